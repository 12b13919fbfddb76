"""Batched writes of the loaders: nodes, claims and the relationships derived from claims.

Each statement takes a batch of rows (`UNWIND $rows`) and reports how many rows it created,
updated or found unchanged, by comparing a content hash (`_hash`) the loader computed.
Labels and relationship types are written into the text (Cypher cannot take them as parameters);
they come from the validated model only (graph.model), never from user input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from neo4j import ManagedTransaction

from graph.model import CLAIM_LABEL, ENTITY_LABEL, load_model

_COUNTS = """
RETURN sum(CASE WHEN old IS NULL THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN old IS NOT NULL AND old <> row.hash THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN old = row.hash THEN 1 ELSE 0 END) AS unchanged
"""


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def add(self, other: Counts) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.deleted += other.deleted


def _counts(record: Any) -> Counts:
    if record is None:
        return Counts()
    return Counts(int(record["created"]), int(record["updated"]), int(record["unchanged"]))


def _model_label(label: str) -> str:
    if label not in load_model().labels:
        raise ValueError(f"{label!r} is not a label of the model")
    return label


def _model_type(rel_type: str) -> str:
    if rel_type not in load_model().relationships:
        raise ValueError(f"{rel_type!r} is not a relationship type of the model")
    return rel_type


def merge_nodes(
    tx: ManagedTransaction, labels: tuple[str, ...], rows: list[dict[str, Any]], now: str
) -> Counts:
    """Rows {id, props, hash}: MERGE on Entity.id, add the labels, set props when changed."""
    label_text = "".join(f":{_model_label(label)}" for label in labels)
    query = f"""
    UNWIND $rows AS row
    MERGE (n:{ENTITY_LABEL} {{id: row.id}})
    WITH n, row, n._hash AS old
    SET n{label_text}
    FOREACH (_ IN CASE WHEN old IS NULL OR old <> row.hash THEN [1] ELSE [] END |
        SET n += row.props, n._hash = row.hash, n.updated_at = $now)
    {_COUNTS}"""
    return _counts(tx.run(query, rows=rows, now=now).single())


def merge_claims(tx: ManagedTransaction, rows: list[dict[str, Any]], now: str) -> Counts:
    """Rows {id, props, hash}. A review decision already on a claim (review_status) is kept."""
    query = f"""
    UNWIND $rows AS row
    MERGE (c:{CLAIM_LABEL} {{id: row.id}})
    ON CREATE SET c.recorded_at = $now
    WITH c, row, c._hash AS old
    FOREACH (_ IN CASE WHEN old IS NULL OR old <> row.hash THEN [1] ELSE [] END |
        SET c += row.props, c._hash = row.hash)
    {_COUNTS}"""
    return _counts(tx.run(query, rows=rows, now=now).single())


def create_claims(tx: ManagedTransaction, rows: list[dict[str, Any]], now: str) -> Counts:
    """Rows as merge_claims, for relationships no stored claim speaks of: a claim's id hashes
    its rel_key, so none of these can exist yet (the uniqueness constraint still checks)."""
    query = f"""
    UNWIND $rows AS row
    CREATE (c:{CLAIM_LABEL} {{id: row.id}})
    SET c += row.props, c._hash = row.hash, c.recorded_at = $now
    RETURN count(*) AS created"""
    record = tx.run(query, rows=rows, now=now).single()
    return Counts(created=int(record["created"]) if record else 0)


def claims_for_keys(tx: ManagedTransaction, rel_keys: list[str]) -> list[dict[str, Any]]:
    """Every claim about these relationships, with its effective status."""
    query = f"""
    UNWIND $keys AS key
    MATCH (c:{CLAIM_LABEL} {{rel_key: key}})
    RETURN c {{.id, .predicate, .subject_id, .object_id, .rel_key, .props_json, .key_json,
              .preferred, .confidence, status: coalesce(c.review_status, c.status)}} AS claim"""
    return [record["claim"] for record in tx.run(query, keys=rel_keys)]


def keys_with_claims(tx: ManagedTransaction, rel_keys: list[str]) -> set[str]:
    """Which of these relationships have at least one stored claim (an index seek per key)."""
    query = f"""
    UNWIND $keys AS key
    MATCH (c:{CLAIM_LABEL} {{rel_key: key}})
    RETURN DISTINCT key"""
    return {record["key"] for record in tx.run(query, keys=rel_keys)}


def property_keys(tx: ManagedTransaction, subject_ids: list[str]) -> set[str]:
    """The keys of every property claim about these nodes (their values combine per node)."""
    query = f"""
    UNWIND $ids AS id
    MATCH (c:{CLAIM_LABEL} {{subject_id: id}}) WHERE c.predicate = 'PROPERTY'
    RETURN DISTINCT c.rel_key AS key"""
    return {record["key"] for record in tx.run(query, ids=subject_ids)}


def create_relationships(
    tx: ManagedTransaction, rel_type: str, rows: list[dict[str, Any]]
) -> Counts:
    """Rows as merge_relationships, for keys no claim spoke of before this transaction.

    A relationship exists only while a claim supports it (ingest.materialize), so a key without
    claims has no relationship yet: CREATE, which is about twice as fast as MERGE here.
    """
    query = f"""
    UNWIND $rows AS row
    MATCH (a:{ENTITY_LABEL} {{id: row.from}})
    MATCH (b:{ENTITY_LABEL} {{id: row.to}})
    CREATE (a)-[r:{_model_type(rel_type)} {{key: row.key}}]->(b)
    SET r += row.props, r._hash = row.hash
    RETURN count(*) AS created"""
    record = tx.run(query, rows=rows).single()
    return Counts(created=int(record["created"]) if record else 0)


def merge_relationships(
    tx: ManagedTransaction, rel_type: str, rows: list[dict[str, Any]]
) -> Counts:
    """Rows {from, to, key, props, hash}: one relationship per key, props set when changed."""
    query = f"""
    UNWIND $rows AS row
    MATCH (a:{ENTITY_LABEL} {{id: row.from}})
    MATCH (b:{ENTITY_LABEL} {{id: row.to}})
    MERGE (a)-[r:{_model_type(rel_type)} {{key: row.key}}]->(b)
    WITH r, row, r._hash AS old
    FOREACH (_ IN CASE WHEN old IS NULL OR old <> row.hash THEN [1] ELSE [] END |
        SET r += row.props, r._hash = row.hash)
    {_COUNTS}"""
    return _counts(tx.run(query, rows=rows).single())


def delete_relationships(tx: ManagedTransaction, rel_type: str, keys: list[str]) -> int:
    """Remove relationships no accepted, preferred claim supports any more."""
    query = f"""
    UNWIND $keys AS key
    MATCH ()-[r:{_model_type(rel_type)} {{key: key}}]->()
    DELETE r
    RETURN count(*) AS deleted"""
    record = tx.run(query, keys=keys).single()
    return int(record["deleted"]) if record else 0


def set_node_properties(tx: ManagedTransaction, rows: list[dict[str, Any]]) -> int:
    """Rows {id, props, claim_ids}: property values chosen from preferred property claims."""
    query = f"""
    UNWIND $rows AS row
    MATCH (n:{ENTITY_LABEL} {{id: row.id}})
    SET n += row.props, n.property_claim_ids = row.claim_ids
    RETURN count(*) AS n"""
    record = tx.run(query, rows=rows).single()
    return int(record["n"]) if record else 0


def existing_hashes(tx: ManagedTransaction, label: str, ids: list[str]) -> dict[str, str]:
    """For --dry-run: the stored hash of each id that exists (label is Entity or Claim)."""
    if label not in (ENTITY_LABEL, CLAIM_LABEL):
        raise ValueError(f"{label!r} is not a label with hashes")
    query = f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id AS id, n._hash AS hash"
    return {record["id"]: record["hash"] for record in tx.run(query, ids=ids)}


def existing_ids(tx: ManagedTransaction, ids: list[str]) -> set[str]:
    query = f"UNWIND $ids AS id MATCH (n:{ENTITY_LABEL} {{id: id}}) RETURN n.id AS id"
    return {record["id"] for record in tx.run(query, ids=ids)}
