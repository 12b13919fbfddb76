"""Documents made by ingestion and the claims that cite them: look-ups and removal."""

from __future__ import annotations

from typing import Any

from neo4j import ManagedTransaction

from graph.model import CLAIM_LABEL, ENTITY_LABEL

_DOCUMENT = "Document"  # a label of graph/model.yaml


def documents_by_checksum(tx: ManagedTransaction, checksums: list[str]) -> dict[str, str]:
    """checksum -> id of a Document that stores exactly that text."""
    query = f"""
    UNWIND $checksums AS checksum
    MATCH (d:{_DOCUMENT} {{checksum: checksum}})
    RETURN checksum, min(d.id) AS id"""
    return {record["checksum"]: record["id"] for record in tx.run(query, checksums=checksums)}


def documents(tx: ManagedTransaction, ids: list[str]) -> list[dict[str, Any]]:
    """Documents by id, or every post of a file given its base id (doc-<hex> -> doc-<hex>-pN)."""
    query = f"""
    MATCH (d:{_DOCUMENT})
    WHERE d.id IN $ids OR any(i IN $ids WHERE d.id STARTS WITH i + '-p')
    RETURN d {{.id, .title, .name, .kind, .date, .language, .source_file, .checksum,
              .ingested, .method, .segment_start, .segment_end}} AS document
    ORDER BY document.id"""
    return [record["document"] for record in tx.run(query, ids=ids)]


def ingested_documents(tx: ManagedTransaction, limit: int) -> list[dict[str, Any]]:
    """Documents ingestion made, and curated ones that extracted claims cite."""
    query = f"""
    MATCH (d:{_DOCUMENT})
    WHERE d.ingested
       OR EXISTS {{ MATCH (:{CLAIM_LABEL} {{document_id: d.id, method: 'extracted'}}) }}
    OPTIONAL MATCH (c:{CLAIM_LABEL} {{document_id: d.id}})
    WITH d, count(c) AS claims
    RETURN d {{.id, .title, .date, .language, .source_file, .kind}} AS document, claims
    ORDER BY d.source_file, d.segment_start, d.id
    LIMIT $limit"""
    return [
        {**record["document"], "claims": record["claims"]} for record in tx.run(query, limit=limit)
    ]


def claims_citing(
    tx: ManagedTransaction, document_ids: list[str], methods: list[str] | None = None
) -> list[dict[str, Any]]:
    """Claims whose evidence is one of these documents (optionally only of some methods)."""
    query = f"""
    UNWIND $ids AS doc
    MATCH (c:{CLAIM_LABEL} {{document_id: doc}})
    WHERE $methods IS NULL OR c.method IN $methods
    RETURN c {{.*}} AS claim"""
    return [record["claim"] for record in tx.run(query, ids=document_ids, methods=methods)]


def claims_about(tx: ManagedTransaction, entity_ids: list[str]) -> list[dict[str, Any]]:
    """Claims whose subject or object is one of these ids (a document can be an object)."""
    query = f"""
    UNWIND $ids AS id
    CALL (id) {{
        MATCH (c:{CLAIM_LABEL}) WHERE c.subject_id = id RETURN c
        UNION
        MATCH (c:{CLAIM_LABEL}) WHERE c.object_id = id RETURN c
    }}
    RETURN DISTINCT c {{.*}} AS claim"""
    return [record["claim"] for record in tx.run(query, ids=entity_ids)]


def rejected_claims(
    tx: ManagedTransaction, document_ids: list[str], rel_keys: list[str]
) -> list[dict[str, str]]:
    """{id, key, doc} of claims a person rejected: never proposed again from that document."""
    query = f"""
    UNWIND $keys AS key
    MATCH (c:{CLAIM_LABEL} {{rel_key: key}})
    WHERE c.document_id IN $ids AND coalesce(c.review_status, c.status) = 'rejected'
    RETURN c.id AS id, c.rel_key AS key, c.document_id AS doc"""
    return [record.data() for record in tx.run(query, keys=rel_keys, ids=document_ids)]


def delete_claims(tx: ManagedTransaction, ids: list[str]) -> int:
    query = f"""
    UNWIND $ids AS id
    MATCH (c:{CLAIM_LABEL} {{id: id}})
    DETACH DELETE c
    RETURN count(*) AS n"""
    record = tx.run(query, ids=ids).single()
    return int(record["n"]) if record else 0


def delete_entities(tx: ManagedTransaction, ids: list[str]) -> int:
    """Remove nodes (and the relationships they have)."""
    query = f"""
    UNWIND $ids AS id
    MATCH (n:{ENTITY_LABEL} {{id: id}})
    DETACH DELETE n
    RETURN count(*) AS n"""
    record = tx.run(query, ids=ids).single()
    return int(record["n"]) if record else 0


def unsupported_candidates(tx: ManagedTransaction, ids: list[str]) -> list[str]:
    """Of these ids, the pending candidates that no claim names any more."""
    query = f"""
    UNWIND $ids AS id
    MATCH (n:{ENTITY_LABEL} {{id: id}})
    WHERE coalesce(n.candidate, false) AND n.status = 'proposed'
      AND NOT EXISTS {{ MATCH (c:{CLAIM_LABEL}) WHERE c.subject_id = id }}
      AND NOT EXISTS {{ MATCH (c:{CLAIM_LABEL}) WHERE c.object_id = id }}
    RETURN n.id AS id"""
    return [record["id"] for record in tx.run(query, ids=ids)]


def candidates_only_in(tx: ManagedTransaction, document_ids: list[str]) -> list[str]:
    """Pending candidates that only these documents proposed: no claim names them, their name
    is in the text of one of these documents and in no other Document's text. (A candidate
    records no document of its own: the text is what says where it came from.)"""
    query = f"""
    MATCH (d:{_DOCUMENT}) WHERE d.id IN $ids AND d.text IS NOT NULL
    WITH collect(d.text) AS texts
    MATCH (n:{ENTITY_LABEL})
    WHERE coalesce(n.candidate, false) AND n.status = 'proposed' AND n.name IS NOT NULL
      AND any(t IN texts WHERE t CONTAINS n.name)
      AND NOT EXISTS {{ MATCH (c:{CLAIM_LABEL}) WHERE c.subject_id = n.id }}
      AND NOT EXISTS {{ MATCH (c:{CLAIM_LABEL}) WHERE c.object_id = n.id }}
      AND NOT EXISTS {{
        MATCH (o:{_DOCUMENT}) WHERE NOT o.id IN $ids AND o.text CONTAINS n.name }}
    RETURN n.id AS id ORDER BY id"""
    return [record["id"] for record in tx.run(query, ids=document_ids)]
