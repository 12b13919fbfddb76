"""Constraints and indexes derived from the model, applied idempotently (IF NOT EXISTS)."""

from __future__ import annotations

from neo4j import Driver

from graph.model import CLAIM_LABEL, DECISION_LABEL, ENTITY_LABEL, Model, load_model


def schema_statements(model: Model) -> list[str]:
    """One uniqueness constraint on `id` per label (and on Entity, Claim, Decision), then the
    full-text index.

    Names come from model.yaml and were validated when it was read, so writing them into the
    statements is safe; no user text ever reaches this function.
    """
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in [ENTITY_LABEL, CLAIM_LABEL, DECISION_LABEL, *model.label_names()]
    ]
    # Claims are looked up by what they are about and by the document they come from.
    statements += [
        f"CREATE INDEX claim_{prop} IF NOT EXISTS FOR (c:{CLAIM_LABEL}) ON (c.{prop})"
        for prop in ("subject_id", "object_id", "document_id", "rel_key", "status")
    ]
    labels = "|".join(model.label_names())
    props = ", ".join(f"n.{p}" for p in model.fulltext_properties)
    statements.append(
        f"CREATE FULLTEXT INDEX {model.fulltext_index} IF NOT EXISTS "
        f"FOR (n:{labels}) ON EACH [{props}]"
    )
    return statements


def apply_schema(driver: Driver, database: str, model: Model | None = None) -> int:
    """Create what is missing and wait until every index is online; the number of statements."""
    statements = schema_statements(model or load_model())
    with driver.session(database=database) as session:
        for statement in statements:
            session.run(statement).consume()  # schema commands run one per transaction
        session.run("CALL db.awaitIndexes(300)").consume()
    return len(statements)
