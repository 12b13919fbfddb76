"""The reference layer loaded into the real Neo4j: the facts users rely on, with their sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from ingest.pipeline import load_everything
from ingest.writer import LoadSummary

DATA = Path(__file__).resolve().parent.parent / "data"


def rows(driver: Driver, settings: Settings, cypher: str, **params: Any) -> list[dict[str, Any]]:
    result = driver.execute_query(cypher, params, database_=settings.neo4j_database)
    return [record.data() for record in result.records]


def graph_counts(driver: Driver, settings: Settings) -> dict[str, int]:
    (counts,) = rows(
        driver,
        settings,
        "CALL () { MATCH (n) RETURN count(n) AS nodes } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "CALL () { MATCH (c:Claim) RETURN count(c) AS claims } RETURN nodes, rels, claims",
    )
    return counts


@pytest.fixture(scope="module")
def loaded(reference_graph: LoadSummary) -> LoadSummary:
    return reference_graph


@pytest.fixture
def db(loaded: LoadSummary, session_driver: Driver) -> Driver:
    return session_driver


def test_193_un_member_states(db: Driver, graph_settings: Settings) -> None:
    (row,) = rows(db, graph_settings, "MATCH (g:Government {un_member: true}) RETURN count(g) AS n")
    assert row["n"] == 193
    (usa,) = rows(db, graph_settings, "MATCH (g:Government {id: 'usa'}) RETURN g.iso3 AS iso3")
    assert usa["iso3"] == "USA"


def test_vote_counts_use_the_preferred_claims(db: Driver, graph_settings: Settings) -> None:
    found = rows(
        db,
        graph_settings,
        "MATCH (:Government)-[v:VOTED]->(:Document {id: 'a-res-73-195'}) "
        "RETURN v.vote AS vote, count(*) AS n",
    )
    assert {r["vote"]: r["n"] for r in found} == {"yes": 152, "no": 5, "abstain": 12, "absent": 24}


def test_slovakia_absent_and_slovenia_yes_with_the_rejected_claims_kept(
    db: Driver, graph_settings: Settings
) -> None:
    votes = rows(
        db,
        graph_settings,
        "MATCH (g:Government)-[v:VOTED]->(:Document {id: 'a-res-73-195'}) "
        "WHERE g.id IN ['svk', 'svn'] RETURN g.id AS id, v.vote AS vote ORDER BY id",
    )
    assert votes == [{"id": "svk", "vote": "absent"}, {"id": "svn", "vote": "yes"}]
    rejected = rows(
        db,
        graph_settings,
        "MATCH (c:Claim {predicate: 'VOTED', subject_id: 'svn', status: 'rejected'}) "
        "RETURN c.props_json AS props, c.source_urls AS urls",
    )
    assert any('"absent"' in r["props"] and r["urls"] for r in rejected)


def test_usa_withdrew_on_2017_12_02_with_its_source(db: Driver, graph_settings: Settings) -> None:
    (rel,) = rows(
        db,
        graph_settings,
        "MATCH (:Government {id: 'usa'})-[w:WITHDREW_FROM]->(:Process {id: 'gcm-compact'}) "
        "RETURN w.kind AS kind, w.date AS date, w.claim_ids AS claim_ids",
    )
    assert (rel["kind"], rel["date"]) == ("withdrew", "2017-12-02")
    evidence = rows(
        db,
        graph_settings,
        "MATCH (c:Claim) WHERE c.id IN $ids RETURN c.source_urls AS urls, c.preferred AS pref, "
        "c.source_ref AS ref",
        ids=rel["claim_ids"],
    )
    assert any(e["pref"] and any("seattletimes.com" in u for u in e["urls"]) for e in evidence)
    assert any(
        e["ref"].startswith("data/reference/gcm_compact_state_actions.csv#row=") for e in evidence
    )


def test_switzerland_deferred_and_declined_but_did_not_withdraw(
    db: Driver, graph_settings: Settings
) -> None:
    (row,) = rows(
        db,
        graph_settings,
        "MATCH (g:Government {id: 'che'}) RETURN "
        "EXISTS { (g)-[:DEFERRED_DECISION_ON]->(:Process {id: 'gcm-compact'}) } AS deferred, "
        "EXISTS { (g)-[:DECLINED_TO_ATTEND]->(:Event {id: 'marrakech-conference-2018'}) } "
        "AS declined, "
        "EXISTS { (g)-[:WITHDREW_FROM]->() } AS withdrew",
    )
    assert row == {"deferred": True, "declined": True, "withdrew": False}


def test_brazil_withdrawal_ends_on_2023_01_05(db: Driver, graph_settings: Settings) -> None:
    (rel,) = rows(
        db,
        graph_settings,
        "MATCH (:Government {id: 'bra'})-[w:WITHDREW_FROM]->(:Process {id: 'gcm-compact'}) "
        "RETURN w.date AS date, w.until AS until, toString(w.valid_to) AS valid_to",
    )
    assert rel == {"date": "2019-01-08", "until": "2023-01-05", "valid_to": "2023-01-05"}


def test_croatia_false_withdrawal_is_kept_rejected_and_not_a_relationship(
    db: Driver, graph_settings: Settings
) -> None:
    (row,) = rows(
        db,
        graph_settings,
        "MATCH (g:Government {id: 'hrv'}) RETURN EXISTS { (g)-[:WITHDREW_FROM]->() } AS rel, "
        "COUNT { (c:Claim {predicate: 'WITHDREW_FROM', subject_id: 'hrv', status: 'rejected'}) } "
        "AS rejected",
    )
    assert row == {"rel": False, "rejected": 1}


def test_nalacc_and_alianza_americas_are_one_node(db: Driver, graph_settings: Settings) -> None:
    found = rows(
        db,
        graph_settings,
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node "
        "RETURN DISTINCT node.id AS id",
        q='"NALACC"',
    )
    assert [r["id"] for r in found] == ["alianza-americas"]
    (node,) = rows(
        db,
        graph_settings,
        "MATCH (n:Organization {id: 'alianza-americas'}) RETURN n.former_names AS f",
    )
    assert "NALACC" in node["f"]


def test_gcm_coalition_and_gcm_compact_are_two_nodes(db: Driver, graph_settings: Settings) -> None:
    found = rows(
        db,
        graph_settings,
        "MATCH (n:Entity) WHERE n.acronym = 'GCM' OR 'GCM' IN coalesce(n.aliases, []) "
        "RETURN n.id AS id, labels(n) AS labels ORDER BY id",
    )
    by_id = {r["id"]: set(r["labels"]) for r in found}
    assert {"gcm-coalition", "gcm-compact"} <= set(by_id)
    assert "Coalition" in by_id["gcm-coalition"] and "Process" in by_id["gcm-compact"]


def test_secretariat_moved_from_mri_to_alianza_americas(
    db: Driver, graph_settings: Settings
) -> None:
    hosts = rows(
        db,
        graph_settings,
        "MATCH (h)-[s:HOSTS_SECRETARIAT]->(:Coalition {id: 'gcm-coalition'}) "
        "RETURN h.id AS id, s.since AS since, s.until AS until ORDER BY s.valid_from",
    )
    assert [h["id"] for h in hosts] == ["mri", "alianza-americas"]
    assert hosts[0]["until"] and not hosts[1]["until"]


def test_every_relationship_has_evidence_that_holds(db: Driver, graph_settings: Settings) -> None:
    """Walk every relationship: its claims exist, name a source, and quotes sit at their offsets."""
    rels = rows(
        db,
        graph_settings,
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, r.claim_ids AS ids",
    )
    assert len(rels) > 500
    claims = {
        c["id"]: c
        for c in rows(
            db,
            graph_settings,
            "MATCH (c:Claim) RETURN c.id AS id, c.status AS status, c.source_ref AS ref, "
            "c.document_id AS doc, c.quote AS quote, c.start AS start, c.end AS end, "
            "c.confidence AS confidence, c.method AS method, c.recorded_at AS recorded",
        )
    }
    texts = {
        d["id"]: d["text"]
        for d in rows(
            db,
            graph_settings,
            "MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d.id AS id, d.text AS text",
        )
    }
    located = 0
    for rel in rels:
        assert rel["ids"], f"{rel} has no evidence"
        for claim_id in rel["ids"]:
            claim = claims[claim_id]
            assert claim["status"] != "rejected"
            assert claim["method"] in ("curated", "extracted") and claim["recorded"]
            assert 0 <= claim["confidence"] <= 1
            if claim["method"] == "curated":
                ref_file = DATA.parent / claim["ref"].split("#", 1)[0]
                assert ref_file.is_file(), f"{claim['ref']} names no file in data/"
            else:  # a shipped document as the extraction engine reads it
                assert claim["ref"] == f"document:{claim['doc']}" and claim["doc"] in texts
            if claim["start"] is not None and claim["start"] >= 0:
                text = texts[claim["doc"]]
                assert text[claim["start"] : claim["end"]] == claim["quote"]
                located += 1
    assert located > 50


def test_a_second_load_changes_nothing(
    db: Driver, graph_settings: Settings, loaded: LoadSummary
) -> None:
    before = graph_counts(db, graph_settings)
    ids_before = rows(db, graph_settings, "MATCH (n) RETURN n.id AS id ORDER BY id")
    rels_before = rows(db, graph_settings, _RELATIONSHIPS)
    claims_before = rows(db, graph_settings, _CLAIMS)
    reference, shipped = load_everything(db, graph_settings.neo4j_database, graph_settings)
    assert graph_counts(db, graph_settings) == before
    assert rows(db, graph_settings, "MATCH (n) RETURN n.id AS id ORDER BY id") == ids_before
    assert rows(db, graph_settings, _RELATIONSHIPS) == rels_before
    assert rows(db, graph_settings, _CLAIMS) == claims_before
    for s in (reference.summary, shipped.summary):
        assert (s.nodes.created, s.nodes.updated) == (0, 0)
        assert (s.claims.created, s.claims.updated) == (0, 0)
        assert (s.relationships.created, s.relationships.updated) == (0, 0)
        assert (s.nodes.deleted, s.claims.deleted, s.relationships.deleted) == (0, 0, 0)
    assert reference.summary.nodes.unchanged == loaded.nodes.created - shipped_new_nodes(
        db, graph_settings
    )
    assert shipped.summary.claims.unchanged > 100


_RELATIONSHIPS = (
    "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props "
    "ORDER BY a, type, b, r.key"
)
_CLAIMS = (
    "MATCH (c:Claim) RETURN c.id AS id, c.status AS status, c.preferred AS preferred, "
    "c.rel_key AS key ORDER BY id"
)


def shipped_new_nodes(db: Driver, graph_settings: Settings) -> int:
    """Nodes the shipped documents brought: the engine's new names (candidates, accepted or not)."""
    (row,) = rows(
        db, graph_settings, "MATCH (n:Entity) WHERE n.method = 'extracted' RETURN count(n) AS n"
    )
    return int(row["n"])


def test_dry_run_writes_nothing(db: Driver, graph_settings: Settings) -> None:
    before = graph_counts(db, graph_settings)
    results = load_everything(db, graph_settings.neo4j_database, graph_settings, dry_run=True)
    for result in results:
        assert result.summary.dry_run and result.summary.nodes.created == 0
        assert result.summary.claims.created == 0
    assert graph_counts(db, graph_settings) == before


def test_seed_documents_carry_their_text(db: Driver, graph_settings: Settings) -> None:
    docs = rows(
        db,
        graph_settings,
        "MATCH (d:Document) WHERE d.source_file STARTS WITH 'data/corpus/seeds/' "
        "RETURN d.id AS id, d.title AS title, d.language AS lang, d.checksum AS checksum, "
        "size(d.text) AS size",
    )
    assert len(docs) == 5
    assert all(d["title"] and d["lang"] == "en" and d["size"] > 1000 for d in docs)
    assert all(d["checksum"].startswith("sha256:") for d in docs)
