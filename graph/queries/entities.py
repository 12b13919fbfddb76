"""Entities as extraction and corrections see them: names for the gazetteer, review states,
merge decisions (`:Decision` nodes) and the claims that name an entity.

A `:Decision` is a person's judgement that two entities are (or are not) the same:
{id, kind: 'same_as', a: the kept id, b: the other id, judgement: accepted | rejected | unsure,
decided_at, added_aliases, moved_claims}. It is not an `:Entity`; it has no relationships.
"""

from __future__ import annotations

from typing import Any

from neo4j import ManagedTransaction

from graph.model import CLAIM_LABEL, DECISION_LABEL, ENTITY_LABEL


def gazetteer_rows(tx: ManagedTransaction) -> list[dict[str, Any]]:
    """Every entity that can be named in a text: not merged away, not a rejected or pending
    candidate, not a document that ingestion itself made."""
    query = f"""
    MATCH (n:{ENTITY_LABEL})
    WHERE n.merged_into IS NULL
      AND coalesce(n.status, 'accepted') <> 'rejected'
      AND NOT (coalesce(n.candidate, false) AND coalesce(n.status, '') = 'proposed')
      AND NOT coalesce(n.ingested, false)
      AND n.name IS NOT NULL
    RETURN n.id AS id, n.name AS name, labels(n) AS labels, n.aliases AS aliases,
           n.acronym AS acronym, n.former_names AS former_names
    ORDER BY id"""
    return [record.data() for record in tx.run(query)]


def entity_states(tx: ManagedTransaction, ids: list[str]) -> dict[str, dict[str, Any]]:
    """For each id that is a node: its labels and review state (candidate, status, merged_into)."""
    query = f"""
    UNWIND $ids AS id
    MATCH (n:{ENTITY_LABEL} {{id: id}})
    RETURN n.id AS id, labels(n) AS labels, coalesce(n.candidate, false) AS candidate,
           n.status AS status, n.merged_into AS merged_into, n.name AS name"""
    return {record["id"]: record.data() for record in tx.run(query, ids=ids)}


def entity(tx: ManagedTransaction, entity_id: str) -> dict[str, Any] | None:
    query = f"""
    MATCH (n:{ENTITY_LABEL} {{id: $id}})
    RETURN n {{.*, labels: labels(n)}} AS node"""
    record = tx.run(query, id=entity_id).single()
    if record is None:
        return None
    node: dict[str, Any] = record["node"]
    node.pop("text", None)
    return node


def claims_naming(tx: ManagedTransaction, entity_id: str) -> list[dict[str, Any]]:
    """Every claim whose subject or object is this entity, with all its stored properties."""
    query = f"""
    MATCH (c:{CLAIM_LABEL}) WHERE c.subject_id = $id
    RETURN c {{.*}} AS claim
    UNION
    MATCH (c:{CLAIM_LABEL}) WHERE c.object_id = $id
    RETURN c {{.*}} AS claim"""
    return [record["claim"] for record in tx.run(query, id=entity_id)]


def claims_of_decision(tx: ManagedTransaction, decision_id: str) -> list[dict[str, Any]]:
    query = f"""
    MATCH (c:{CLAIM_LABEL} {{merge_decision: $id}})
    RETURN c {{.*}} AS claim"""
    return [record["claim"] for record in tx.run(query, id=decision_id)]


def set_entity_review(
    tx: ManagedTransaction, entity_id: str, status: str, candidate: bool, now: str
) -> int:
    """A person's decision on a candidate: status and review_status, and whether it is still
    a candidate."""
    query = f"""
    MATCH (n:{ENTITY_LABEL} {{id: $id}})
    SET n.status = $status, n.review_status = $status, n.candidate = $candidate,
        n.reviewed_at = $now
    RETURN count(n) AS n"""
    record = tx.run(query, id=entity_id, status=status, candidate=candidate, now=now).single()
    return int(record["n"]) if record else 0


def set_merged_into(
    tx: ManagedTransaction, entity_id: str, kept: str | None, status: str | None
) -> None:
    """Mark an entity as merged into another (kept None: undo); a candidate's status with it."""
    query = f"""
    MATCH (n:{ENTITY_LABEL} {{id: $id}})
    SET n.merged_into = $kept,
        n.status = CASE WHEN coalesce(n.candidate, false) THEN $status ELSE n.status END"""
    tx.run(query, id=entity_id, kept=kept, status=status).consume()


def set_aliases(tx: ManagedTransaction, entity_id: str, aliases: list[str]) -> None:
    query = f"MATCH (n:{ENTITY_LABEL} {{id: $id}}) SET n.aliases = $aliases"
    tx.run(query, id=entity_id, aliases=aliases).consume()


def decisions(tx: ManagedTransaction, judgement: str | None = None) -> list[dict[str, Any]]:
    """Stored same_as decisions (all, or those of one judgement)."""
    query = f"""
    MATCH (d:{DECISION_LABEL} {{kind: 'same_as'}})
    WHERE $judgement IS NULL OR d.judgement = $judgement
    RETURN d {{.*}} AS decision
    ORDER BY d.decided_at, d.id"""
    return [record["decision"] for record in tx.run(query, judgement=judgement)]


def decision(tx: ManagedTransaction, decision_id: str) -> dict[str, Any] | None:
    query = f"MATCH (d:{DECISION_LABEL} {{id: $id}}) RETURN d {{.*}} AS decision"
    record = tx.run(query, id=decision_id).single()
    return dict(record["decision"]) if record else None


def save_decision(tx: ManagedTransaction, decision_id: str, props: dict[str, Any]) -> None:
    query = f"""
    MERGE (d:{DECISION_LABEL} {{id: $id}})
    SET d += $props"""
    tx.run(query, id=decision_id, props=props).consume()
