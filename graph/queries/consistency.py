"""The consistency checker: what a write cut short (kill -9, a lost connection) would leave.

Three counts, all 0 on a healthy graph:

- `unsupported_relationships`: relationships of the model's types that no accepted, preferred
  claim supports (ingest.materialize derives a relationship only from such claims, and removes
  it with the last of them);
- `claims_without_relationship`: accepted, preferred claims of a relationship type whose
  relationship is missing;
- `incomplete_documents`: ingested Documents whose claims never arrived (the node says how many
  claims its write carried, `claims_written`; none of them cites it).

Used by `coalition-graph db check`, the tests and bench/faults.py.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from neo4j import Driver, ManagedTransaction

from graph.model import CLAIM_LABEL, ENTITY_LABEL, load_model

# Effective status: a person's review decision wins over what the loader wrote.
_ACCEPTED = "coalesce(c.review_status, c.status) = 'accepted' AND c.preferred = true"


@dataclass(frozen=True)
class Consistency:
    unsupported_relationships: int
    claims_without_relationship: int
    incomplete_documents: int
    examples: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not (
            self.unsupported_relationships
            or self.claims_without_relationship
            or self.incomplete_documents
        )

    def counts(self) -> dict[str, int]:
        values = asdict(self)
        values.pop("examples")
        return values


def _types() -> list[str]:
    return sorted(load_model().relationships)


def check_consistency(tx: ManagedTransaction, examples: int = 5) -> Consistency:
    """The three counts (one read transaction), and a few ids of what is wrong."""
    unsupported = tx.run(
        f"""
        MATCH (:{ENTITY_LABEL})-[r]->(:{ENTITY_LABEL})
        WHERE type(r) IN $types AND r.key IS NOT NULL
          AND NOT EXISTS {{ MATCH (c:{CLAIM_LABEL} {{rel_key: r.key}}) WHERE {_ACCEPTED} }}
        RETURN count(r) AS n, collect(r.key)[..$examples] AS sample""",
        types=_types(),
        examples=examples,
    ).single(strict=True)
    missing = tx.run(
        f"""
        CALL () {{
          MATCH ()-[r]->() WHERE type(r) IN $types AND r.key IS NOT NULL
          RETURN collect(DISTINCT r.key) AS present
        }}
        MATCH (c:{CLAIM_LABEL})
        WHERE c.predicate IN $types AND {_ACCEPTED}
        WITH DISTINCT c.rel_key AS key, present
        WHERE NOT key IN present
        RETURN count(key) AS n, collect(key)[..$examples] AS sample""",
        types=_types(),
        examples=examples,
    ).single(strict=True)
    incomplete = tx.run(
        f"""
        MATCH (d:Document)
        WHERE d.ingested = true AND coalesce(d.claims_written, 0) > 0
          AND NOT EXISTS {{ MATCH (c:{CLAIM_LABEL} {{document_id: d.id}}) }}
        RETURN count(d) AS n, collect(d.id)[..$examples] AS sample""",
        examples=examples,
    ).single(strict=True)
    return Consistency(
        int(unsupported["n"]),
        int(missing["n"]),
        int(incomplete["n"]),
        tuple(str(x) for x in [*unsupported["sample"], *missing["sample"], *incomplete["sample"]]),
    )


def consistency(driver: Driver, database: str) -> Consistency:
    """check_consistency in a read transaction of its own."""
    with driver.session(database=database, default_access_mode="READ") as session:
        return session.execute_read(check_consistency)


__all__ = ["Consistency", "check_consistency", "consistency"]
