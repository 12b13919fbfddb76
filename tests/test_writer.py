"""The batched loader on the real Neo4j: batch sizes do not change the graph, claims stored and
claims derived in memory agree, a later source updates a relationship it did not create."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from neo4j import Driver

from graph.queries import load as q
from graph.schema import apply_schema
from graph.settings import Settings
from ingest.documents import corrections
from ingest.materialize import as_stored, claim_row
from ingest.records import ClaimRecord, Evidence, NodeRecord
from ingest.reference.load import reference_records
from ingest.writer import _claims_by_key, _key_batches, redirected, write

DATA = Path(__file__).resolve().parent.parent / "data"

PROPERTY_CLAIMS = (
    "MATCH (n:Entity) WHERE n.property_claim_ids IS NOT NULL "
    "RETURN n.id AS id, n.property_claim_ids AS claims ORDER BY id"
)
RELATIONSHIPS = (
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props "
    "ORDER BY type, a, b, r.key"
)


def rows(driver: Driver, settings: Settings, cypher: str) -> list[dict[str, Any]]:
    result = driver.execute_query(cypher, database_=settings.neo4j_database)
    return [record.data() for record in result.records]


def member(org: str, since: str, ref: str, confidence: float = 0.8, **kw: Any) -> ClaimRecord:
    return ClaimRecord(
        "MEMBER_OF",
        org,
        "coal",
        {"role": "member", "since": since},
        Evidence(method="spreadsheet", source_ref=ref, confidence=confidence),
        key_props={"role": "member"},
        **kw,
    )


NODES = [
    NodeRecord("coal", ("Organization", "Coalition"), {"name": "A coalition"}),
    NodeRecord("org-a", ("Organization",), {"name": "Org A"}),
    NodeRecord("org-b", ("Organization",), {"name": "Org B"}),
]


def test_batch_size_does_not_change_the_graph(driver: Driver, graph_settings: Settings) -> None:
    """The reference data loaded 5,000 and 40 rows a transaction: the same relationships,
    properties and claim lists (with 40, a node's property claims and a relationship's claims
    meet claims of earlier transactions)."""
    database = graph_settings.neo4j_database
    apply_schema(driver, database)
    nodes, claims = reference_records(DATA)
    big = write(driver, database, nodes, claims)
    first = rows(driver, graph_settings, RELATIONSHIPS)
    properties = rows(driver, graph_settings, PROPERTY_CLAIMS)
    assert properties  # the reference data has property claims (e.g. the Marrakech count)
    driver.execute_query("MATCH ()-[r]->() DELETE r", database_=database)
    driver.execute_query("MATCH (c:Claim) DELETE c", database_=database)
    driver.execute_query("MATCH (n) REMOVE n.property_claim_ids", database_=database)
    small = write(driver, database, nodes, claims, batch_size=40)
    assert rows(driver, graph_settings, RELATIONSHIPS) == first
    assert rows(driver, graph_settings, PROPERTY_CLAIMS) == properties
    assert small.relationships.created == big.relationships.created == len(first)
    assert small.claims.created == big.claims.created


def test_claims_read_back_as_the_loader_derives_them(
    driver: Driver, graph_settings: Settings
) -> None:
    """New relationships are derived from the batch in memory (as_stored); that must be exactly
    what claims_for_keys reads back once the claims are stored."""
    database = graph_settings.neo4j_database
    apply_schema(driver, database)
    claims = [
        member("org-a", "2017", "sheet.csv#row=2"),
        member("org-a", "2018-03", "other.csv#row=9", 0.55, preferred=False),
        member("org-b", "2019", "sheet.csv#row=3", status="proposed"),
    ]
    write(driver, database, NODES, claims)
    keys = sorted({c.rel_key for c in claims})
    with driver.session(database=database) as session:
        stored = session.execute_read(q.claims_for_keys, keys)
    expected = [as_stored(claim_row(c)) for c in claims]
    assert sorted(stored, key=lambda c: c["id"]) == sorted(expected, key=lambda c: c["id"])


def test_claims_of_one_relationship_far_apart_in_the_input(
    driver: Driver, graph_settings: Settings
) -> None:
    database = graph_settings.neo4j_database
    apply_schema(driver, database)
    weak = member("org-a", "2016", "old.csv#row=4", 0.55, preferred=False)
    strong = member("org-a", "2017", "sheet.csv#row=2", 0.9)
    others = [member("org-b", str(2000 + i), f"b.csv#row={i}") for i in range(3)]
    summary = write(driver, database, NODES, [weak, *others, strong], batch_size=2)
    found = rows(driver, graph_settings, RELATIONSHIPS)
    org_a = [r for r in found if r["a"] == "org-a"]
    assert len(org_a) == 1
    assert org_a[0]["props"]["since"] == "2017"
    assert org_a[0]["props"]["claim_ids"] == [strong.id, weak.id]  # preferred first
    assert summary.relationships.created == 2  # org-a and org-b (one role each)


def test_a_later_source_updates_the_relationship(driver: Driver, graph_settings: Settings) -> None:
    database = graph_settings.neo4j_database
    apply_schema(driver, database)
    first = member("org-a", "2017", "sheet-2023.csv#row=2", 0.7)
    write(driver, database, NODES, [first])
    better = member("org-a", "2016-05", "sheet-2024.csv#row=8", 0.9)
    summary = write(driver, database, [], [better])
    assert (summary.relationships.created, summary.relationships.updated) == (0, 1)
    (rel,) = rows(driver, graph_settings, RELATIONSHIPS)
    assert rel["props"]["since"] == "2016-05"
    assert rel["props"]["claim_ids"] == [better.id, first.id]
    again = write(driver, database, [], [better])
    assert (again.relationships.unchanged, again.relationships.updated) == (1, 0)


def test_key_batches_never_split_a_relationship() -> None:
    claims = [member(f"org-{i % 4}", str(2000 + i), f"s.csv#row={i}") for i in range(23)]
    groups = _claims_by_key(claims)
    assert sorted(len(g) for g in groups.values()) == [5, 6, 6, 6]
    batches = list(_key_batches(groups, 12))
    assert [sum(len(g) for g in b) for b in batches] == [12, 11]
    assert [sum(len(g) for g in b) for b in _key_batches(groups, 4)] == [6, 6, 6, 5]  # whole keys
    seen = [g[0].rel_key for b in batches for g in b]
    assert sorted(seen) == sorted(groups) and len(seen) == len(set(seen))
    assert list(_key_batches(groups, 1)) == [[g] for g in groups.values()]


def test_a_reload_keeps_a_merge(driver: Driver, graph_settings: Settings) -> None:
    """A person merged nnirr into alianza-americas; loading the reference data again (which
    still names nnirr) must not bring nnirr's links back, and changes nothing."""
    database = graph_settings.neo4j_database
    apply_schema(driver, database)
    nodes, claims = reference_records(DATA)
    write(driver, database, nodes, claims)
    corrections.merge(driver, database, "alianza-americas", "nnirr")
    links = "MATCH (:Entity {id: $id})-[r]-() RETURN count(r) AS n"
    merged = rows(driver, graph_settings, RELATIONSHIPS)
    assert driver.execute_query(links, id="nnirr", database_=database).records[0]["n"] == 0

    again = write(driver, database, nodes, claims)
    assert rows(driver, graph_settings, RELATIONSHIPS) == merged
    assert driver.execute_query(links, id="nnirr", database_=database).records[0]["n"] == 0
    assert (again.claims.created, again.claims.updated) == (0, 0)
    assert (again.relationships.created, again.relationships.updated) == (0, 0)


def test_redirected_follows_chains_of_merges() -> None:
    claim = member("org-a", "2017", "s.csv#row=2")
    (moved,) = redirected([claim], {"org-a": "org-b", "org-b": "org-c"})
    assert (moved.subject_id, moved.object_id) == ("org-c", "coal")
    assert moved.rel_key == "MEMBER_OF|org-c|coal|" + '{"role": "member"}'
    assert redirected([claim], {"x": "y"}) == [claim]
    assert redirected([claim], {}) == [claim]
