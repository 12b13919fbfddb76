"""The review queue: proposed claims and candidate entities, and a person's decisions on them.

A decision is stored as `review_status` on the claim (docs/provenance.md): it overrides `status`
and no re-ingest changes it.
"""

from __future__ import annotations

from typing import Any

from neo4j import ManagedTransaction

from graph.model import CLAIM_LABEL, ENTITY_LABEL
from graph.queries.common import PRIVATE_PARAM, claim_visible, visible

_CLAIM_VIEW = """c {.id, .predicate, .subject_id, .object_id, .rel_key, .props_json, .status,
        .review_status, .method, .extractor_version, .document_id, .quote, .start, .end,
        .confidence, .source_ref, .reviewed_at, .recorded_at,
        effective: coalesce(c.review_status, c.status)}"""


# The queue goes through the one visibility rule (graph.queries.common.visible): a claim naming
# a person marked private, or such a person as a candidate, is listed only with include_private
# (the API's token and include_private=true, the command line's --include-private).


def proposed_claims(
    tx: ManagedTransaction, limit: int, include_private: bool = False
) -> list[dict[str, Any]]:
    """Claims waiting for a person, least confident first, with the names of their ends."""
    query = f"""
    MATCH (c:{CLAIM_LABEL})
    WHERE c.status = 'proposed' AND c.review_status IS NULL AND {claim_visible("c")}
    WITH c ORDER BY c.confidence, c.document_id, c.start, c.id LIMIT $limit
    OPTIONAL MATCH (s:{ENTITY_LABEL} {{id: c.subject_id}})
    OPTIONAL MATCH (o:{ENTITY_LABEL} {{id: c.object_id}})
    RETURN {_CLAIM_VIEW} AS claim, s.name AS subject_name, o.name AS object_name"""
    params = {"limit": limit, PRIVATE_PARAM: include_private}
    return [_claim_record(record) for record in tx.run(query, params)]


def candidate_entities(
    tx: ManagedTransaction, limit: int, include_private: bool = False
) -> list[dict[str, Any]]:
    """Entities found in texts that nobody has confirmed yet, with how many claims name them."""
    query = f"""
    MATCH (n:{ENTITY_LABEL})
    WHERE coalesce(n.candidate, false) AND n.status = 'proposed' AND n.merged_into IS NULL
      AND {visible("n")}
    WITH n ORDER BY n.name, n.id LIMIT $limit
    CALL (n) {{
        MATCH (c:{CLAIM_LABEL}) WHERE c.subject_id = n.id OR c.object_id = n.id
        RETURN count(c) AS claims
    }}
    RETURN n.id AS id, n.name AS name, labels(n) AS labels, n.status AS status, claims"""
    params = {"limit": limit, PRIVATE_PARAM: include_private}
    return [record.data() for record in tx.run(query, params)]


def queue_size(tx: ManagedTransaction, include_private: bool = False) -> dict[str, int]:
    query = f"""
    CALL () {{
        MATCH (c:{CLAIM_LABEL})
        WHERE c.status = 'proposed' AND c.review_status IS NULL AND {claim_visible("c")}
        RETURN count(c) AS claims
    }}
    CALL () {{
        MATCH (n:{ENTITY_LABEL})
        WHERE coalesce(n.candidate, false) AND n.status = 'proposed' AND n.merged_into IS NULL
          AND {visible("n")}
        RETURN count(n) AS entities
    }}
    RETURN claims, entities"""
    record = tx.run(query, {PRIVATE_PARAM: include_private}).single()
    return {"claims": int(record["claims"]), "entities": int(record["entities"])} if record else {}


def claim(
    tx: ManagedTransaction, claim_id: str, include_private: bool = False
) -> dict[str, Any] | None:
    """One claim with the names of its ends and the title of its document (none when it names
    a person marked private and include_private is not set)."""
    query = f"""
    MATCH (c:{CLAIM_LABEL} {{id: $id}}) WHERE {claim_visible("c")}
    OPTIONAL MATCH (s:{ENTITY_LABEL} {{id: c.subject_id}})
    OPTIONAL MATCH (o:{ENTITY_LABEL} {{id: c.object_id}})
    OPTIONAL MATCH (d:{ENTITY_LABEL} {{id: c.document_id}})
    RETURN {_CLAIM_VIEW} AS claim, s.name AS subject_name, o.name AS object_name,
           coalesce(d.title, d.name) AS document_title"""
    record = tx.run(query, {"id": claim_id, PRIVATE_PARAM: include_private}).single()
    return _claim_record(record) if record else None


def hidden_ids(tx: ManagedTransaction, ids: list[str], include_private: bool = False) -> set[str]:
    """Those of `ids` that may not be shown (people marked private, unless asked for)."""
    query = f"""
    UNWIND $ids AS id
    MATCH (n:{ENTITY_LABEL} {{id: id}}) WHERE NOT {visible("n")}
    RETURN n.id AS id"""
    return {r["id"] for r in tx.run(query, {"ids": ids, PRIVATE_PARAM: include_private})}


def claims_full(tx: ManagedTransaction, ids: list[str]) -> list[dict[str, Any]]:
    """Claims with every stored property (to rebuild their records)."""
    query = f"""
    UNWIND $ids AS id
    MATCH (c:{CLAIM_LABEL} {{id: id}})
    RETURN c {{.*}} AS claim"""
    return [record["claim"] for record in tx.run(query, ids=ids)]


def claims_of_key(tx: ManagedTransaction, rel_key: str) -> list[dict[str, Any]]:
    query = f"""
    MATCH (c:{CLAIM_LABEL} {{rel_key: $key}})
    RETURN {_CLAIM_VIEW} AS claim"""
    return [dict(record["claim"]) for record in tx.run(query, key=rel_key)]


def relationship_key(tx: ManagedTransaction, element_id: str) -> str | None:
    """The `key` of a relationship given its element id (as the API and pages show it)."""
    query = "MATCH ()-[r]->() WHERE elementId(r) = $id RETURN r.key AS key"
    record = tx.run(query, id=element_id).single()
    return str(record["key"]) if record and record["key"] else None


def set_claim_review(
    tx: ManagedTransaction, ids: list[str], status: str, now: str, note: str | None = None
) -> int:
    """A person's decision on claims: review_status (accepted | rejected), when, and why."""
    query = f"""
    UNWIND $ids AS id
    MATCH (c:{CLAIM_LABEL} {{id: id}})
    SET c.review_status = $status, c.reviewed_at = $now,
        c.review_note = coalesce($note, c.review_note)
    RETURN count(c) AS n"""
    record = tx.run(query, ids=ids, status=status, now=now, note=note).single()
    return int(record["n"]) if record else 0


def set_claim_fields(tx: ManagedTransaction, rows: list[dict[str, Any]]) -> int:
    """Rows {id, props}: extra fields on claims (review state, merge bookkeeping)."""
    query = f"""
    UNWIND $rows AS row
    MATCH (c:{CLAIM_LABEL} {{id: row.id}})
    SET c += row.props
    RETURN count(c) AS n"""
    record = tx.run(query, rows=rows).single()
    return int(record["n"]) if record else 0


def restore_claims(tx: ManagedTransaction, rows: list[dict[str, Any]]) -> int:
    """Rows {id, props}: claims put back exactly as a snapshot stored them (split of a merge)."""
    query = f"""
    UNWIND $rows AS row
    MERGE (c:{CLAIM_LABEL} {{id: row.id}})
    SET c = row.props
    RETURN count(c) AS n"""
    record = tx.run(query, rows=rows).single()
    return int(record["n"]) if record else 0


def _claim_record(record: Any) -> dict[str, Any]:
    data: dict[str, Any] = dict(record["claim"])
    data["subject_name"] = record.get("subject_name")
    data["object_name"] = record.get("object_name")
    data["document_title"] = record.get("document_title")
    return data
