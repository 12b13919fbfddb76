"""Ingestion on the real Neo4j: the seeds as Documents and claims, re-ingest, review, fixes."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from ingest.documents import corrections
from ingest.documents.ingestion import FileResult, ingest_paths
from ingest.writer import same_as_map
from tests.documents.conftest import counts
from tests.documents.helpers import NEWS_PAGE, SEEDS

MEMBER_SENTENCE = (
    "Alianza Americas sits on the Executive Committee of the Global Coalition on Migration "
    "and currently hosts the Secretariat of this coalition."
)


def ingest(driver: Driver, settings: Settings, *paths: Path, dry_run: bool = False) -> list[Any]:
    return ingest_paths(driver, settings.neo4j_database, settings, list(paths), dry_run)


def by_name(results: list[FileResult]) -> dict[str, FileResult]:
    return {r.path.name: r for r in results}


def rows(driver: Driver, settings: Settings, query: str, **params: Any) -> list[dict[str, Any]]:
    records = driver.execute_query(query, params, database_=settings.neo4j_database).records
    return [record.data() for record in records]


def extracted_claims(driver: Driver, settings: Settings) -> list[dict[str, Any]]:
    return [
        r["c"]
        for r in rows(driver, settings, "MATCH (c:Claim {method: 'extracted'}) RETURN c {.*} AS c")
    ]


def relationship_exists(driver: Driver, settings: Settings, rel_key: str) -> bool:
    query = "MATCH ()-[r {key: $key}]->() RETURN count(r) AS n"
    return bool(rows(driver, settings, query, key=rel_key)[0]["n"])


@pytest.fixture
def seeded(graph: Driver, graph_settings: Settings) -> list[FileResult]:
    results = ingest(graph, graph_settings, SEEDS)
    assert all(r.ok for r in results), [r.error for r in results]
    return results


def test_seeds_become_documents_with_one_per_post_and_exact_quotes(
    graph: Driver, graph_settings: Settings
) -> None:
    began = time.perf_counter()
    results = ingest(graph, graph_settings, SEEDS)
    elapsed = time.perf_counter() - began
    print(f"\nseeds ingested in {elapsed:.2f} s")
    assert all(r.ok for r in results), [r.error for r in results]
    files = by_name(results)
    assert len(files) == 5
    news = files[NEWS_PAGE.name]
    assert len(news.documents) == 10
    base = news.documents[0].rsplit("-p", 1)[0]
    assert news.documents == [f"{base}-p{n}" for n in range(1, 11)]
    posts = rows(
        graph,
        graph_settings,
        "MATCH (d:Document) WHERE d.id STARTS WITH $base "
        "RETURN d.id AS id, d.title AS title, d.date AS date, d.kind AS kind "
        "ORDER BY d.segment_start",
        base=base + "-p",
    )
    assert posts[0]["title"] == "Will a Global Compact on Migration Lead to Lasting Change?"
    assert posts[4]["date"] == "2014-11-20" and {p["kind"] for p in posts} == {"post"}
    press = rows(
        graph,
        graph_settings,
        "MATCH (d:Document) WHERE d.id = $id RETURN d {.*} AS d",
        id=files["002_0b53eb6d3a7c7433.txt"].documents[0],
    )[0]["d"]
    assert press["date"] == "2018-12-05" and press["kind"] == "press release"
    assert press["language"] == "en" and press["checksum"].startswith("sha256:")

    claims = extracted_claims(graph, graph_settings)
    assert claims, "the seeds yield relations"
    texts = {
        r["id"]: r["text"]
        for r in rows(graph, graph_settings, "MATCH (d:Document) RETURN d.id AS id, d.text AS text")
    }
    for claim in claims:
        assert texts[claim["document_id"]][claim["start"] : claim["end"]] == claim["quote"]
        assert (
            claim["extractor_version"] and claim["source_ref"] == "document:" + claim["document_id"]
        )
        assert claim["status"] in ("accepted", "proposed")
        if claim["confidence"] < 0.7:
            assert claim["status"] == "proposed"
    assert sum(r.relations for r in results) == len(claims)


def test_reingest_of_unchanged_files_is_a_no_op(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    before = counts(graph, graph_settings)
    again = ingest(graph, graph_settings, SEEDS)
    assert counts(graph, graph_settings) == before
    first = by_name(seeded)
    for result in again:
        assert result.ok and result.summary is not None
        s = result.summary
        assert (s.nodes.created, s.nodes.updated, s.claims.created, s.claims.updated) == (
            0,
            0,
            0,
            0,
        )
        assert (s.relationships.created, s.relationships.updated) == (0, 0)
        old = first[result.path.name]
        assert (result.entities, result.relations, result.candidates, result.proposed) == (
            old.entities,
            old.relations,
            old.candidates,
            old.proposed,
        )


def test_dry_run_counts_and_writes_nothing(graph: Driver, graph_settings: Settings) -> None:
    before = counts(graph, graph_settings)
    results = ingest(graph, graph_settings, SEEDS, dry_run=True)
    assert all(r.ok and r.summary is not None and r.summary.dry_run for r in results)
    assert sum(r.summary.claims.created for r in results if r.summary) > 0
    assert counts(graph, graph_settings) == before


def test_a_rejected_claim_is_never_proposed_again(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    db = graph_settings.neo4j_database
    claim = sorted(extracted_claims(graph, graph_settings), key=lambda c: c["id"])[0]
    outcome = corrections.reject(graph, db, claim["id"], "not what the text says")
    assert outcome.claims == 1
    assert not any(
        c["id"] == claim["id"] for c in corrections.review_queue(graph, db, 10_000).claims
    )
    ingest(graph, graph_settings, SEEDS)
    stored = corrections.review_item(graph, db, claim["id"])
    assert stored["review_status"] == "rejected" and stored["status"] == claim["status"]
    assert not any(
        c["id"] == claim["id"] for c in corrections.review_queue(graph, db, 10_000).claims
    )
    others = [
        c
        for c in extracted_claims(graph, graph_settings)
        if c["rel_key"] == claim["rel_key"] and c.get("review_status") != "rejected"
    ]
    if not any(c["status"] == "accepted" for c in others):
        assert not relationship_exists(graph, graph_settings, claim["rel_key"])


def test_accept_keeps_method_and_extractor_version(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    db = graph_settings.neo4j_database
    queue = corrections.review_queue(graph, db, 10_000)
    if not queue.claims:
        pytest.skip("the extractor proposed no claim on the seeds")
    claim = queue.claims[0]
    corrections.accept(graph, db, claim["id"])
    stored = corrections.review_item(graph, db, claim["id"])
    assert stored["review_status"] == "accepted"
    assert (
        stored["method"] == "extracted"
        and stored["extractor_version"] == claim["extractor_version"]
    )
    assert relationship_exists(graph, graph_settings, claim["rel_key"])
    ingest(graph, graph_settings, SEEDS)
    assert corrections.review_item(graph, db, claim["id"])["review_status"] == "accepted"


def test_candidates_are_reviewable_nodes(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    db = graph_settings.neo4j_database
    queue = corrections.review_queue(graph, db, 10_000)
    candidates = rows(
        graph,
        graph_settings,
        "MATCH (n:Entity) WHERE n.candidate RETURN n.id AS id, n.status AS status",
    )
    assert len(queue.entities) == queue.total_entities == len(candidates)
    assert all(c["status"] == "proposed" and c["id"].startswith("cand-") for c in candidates)
    for claim in extracted_claims(graph, graph_settings):
        if claim["subject_id"].startswith("cand-") or claim["object_id"].startswith("cand-"):
            assert claim["status"] == "proposed"
    if not candidates:
        pytest.skip("the extractor proposed no candidate on the seeds")
    chosen = candidates[0]["id"]
    naming = corrections.review_item(graph, db, chosen)["claims"]
    corrections.reject(graph, db, chosen)
    assert all(
        corrections.review_item(graph, db, c["id"])["review_status"] == "rejected" for c in naming
    )
    ingest(graph, graph_settings, SEEDS)
    node = corrections.review_item(graph, db, chosen)
    assert node["status"] == "rejected"
    assert all(c["status"] == "rejected" for c in node["claims"])


def test_retract_one_relation(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    db = graph_settings.neo4j_database
    accepted = [c for c in extracted_claims(graph, graph_settings) if c["status"] == "accepted"]
    claim = sorted(accepted, key=lambda c: c["id"])[0]
    assert relationship_exists(graph, graph_settings, claim["rel_key"])
    with pytest.raises(corrections.CorrectionError):
        corrections.retract(graph, db, claim["id"], source="doc-nowhere")
    outcome = corrections.retract(graph, db, claim["id"], source=claim["document_id"])
    assert outcome.claims >= 1
    assert not relationship_exists(graph, graph_settings, claim["rel_key"])
    ingest(graph, graph_settings, SEEDS)
    assert not relationship_exists(graph, graph_settings, claim["rel_key"])


def test_remove_a_document_keeps_relationships_with_another_source(
    graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    db = graph_settings.neo4j_database
    first = tmp_path / "first.txt"
    first.write_text(f"Network news\n\n{MEMBER_SENTENCE}\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(f"Who we are\n\nIn short: {MEMBER_SENTENCE}\n", encoding="utf-8")
    before = counts(graph, graph_settings)
    one, two = ingest(graph, graph_settings, first, second)
    assert one.ok and two.ok and one.relations > 0
    shared = {
        c["rel_key"]
        for c in extracted_claims(graph, graph_settings)
        if c["document_id"] == one.documents[0]
    }
    shared &= {
        c["rel_key"]
        for c in extracted_claims(graph, graph_settings)
        if c["document_id"] == two.documents[0]
    }
    assert shared
    outcome = corrections.remove_document(graph, db, one.documents[0])
    assert outcome.claims == one.relations
    assert all(relationship_exists(graph, graph_settings, key) for key in shared)
    assert not any(
        c["document_id"] == one.documents[0] for c in extracted_claims(graph, graph_settings)
    )
    corrections.remove_document(graph, db, two.documents[0])
    assert not any(relationship_exists(graph, graph_settings, key) for key in shared)
    after = counts(graph, graph_settings)
    assert after["documents"] == before["documents"] and after["claims"] == before["claims"]
    assert after["relationships"] == before["relationships"]
    with pytest.raises(corrections.CorrectionError):
        corrections.remove_document(graph, db, one.documents[0])


def _merge_pair(driver: Driver, settings: Settings) -> tuple[str, str]:
    """A candidate organization that claims name (other), and a known organization (keep)."""
    query = """
    MATCH (n:Organization) WHERE n.merged_into IS NULL
    CALL (n) { MATCH (c:Claim) WHERE c.subject_id = n.id OR c.object_id = n.id
               RETURN count(c) AS claims }
    WITH n, claims WHERE claims > 0
    RETURN n.id AS id, coalesce(n.candidate, false) AS candidate, claims
    ORDER BY claims DESC, id"""
    found = rows(driver, settings, query)
    others = [r["id"] for r in found if r["candidate"]] or [r["id"] for r in found[1:]]
    keep = next(r["id"] for r in found if not r["candidate"])
    return keep, others[0]


def test_merge_and_split_round_trip(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    db = graph_settings.neo4j_database
    keep, other = _merge_pair(graph, graph_settings)
    before = counts(graph, graph_settings)
    naming = {
        c["id"]
        for c in extracted_claims(graph, graph_settings)
        if other in (c["subject_id"], c["object_id"])
    }

    merged = corrections.merge(graph, db, keep, other)
    assert merged.claims == len(naming)
    assert same_as_map(graph, db) == {other: keep}
    moved = extracted_claims(graph, graph_settings)
    assert not any(other in (c["subject_id"], c["object_id"]) for c in moved)
    assert not {c["id"] for c in moved} & naming  # moved claims have ids about `keep`
    kept = corrections.review_item(graph, db, keep)
    other_node = corrections.review_item(graph, db, other)
    assert other_node["merged_into"] == keep and other_node["name"] in kept["aliases"]
    assert not rows(graph, graph_settings, "MATCH (:Entity {id: $id})-[r]-() RETURN r", id=other)
    decision = rows(
        graph, graph_settings, "MATCH (d:Decision) RETURN d {.kind, .a, .b, .judgement} AS d"
    )
    assert decision == [{"d": {"kind": "same_as", "a": keep, "b": other, "judgement": "accepted"}}]
    assert corrections.merge(graph, db, keep, other).claims == 0  # already merged

    split = corrections.split(graph, db, keep, other)
    assert split.claims == len(naming)
    assert same_as_map(graph, db) == {}
    restored = counts(graph, graph_settings)
    assert restored == {**before, "nodes": before["nodes"] + 1}  # + the Decision node
    judgement = rows(graph, graph_settings, "MATCH (d:Decision) RETURN d.judgement AS j")
    assert judgement == [{"j": "rejected"}]
    ingest(graph, graph_settings, SEEDS)  # the two stay apart
    assert counts(graph, graph_settings) == restored
    assert corrections.split(graph, db, keep, other).claims == 0  # nothing left to undo


def test_reingest_resolves_names_of_a_merged_entity_to_the_kept_one(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    db = graph_settings.neo4j_database
    keep, other = _merge_pair(graph, graph_settings)
    corrections.merge(graph, db, keep, other)
    moved = {c["id"] for c in extracted_claims(graph, graph_settings)}
    ingest(graph, graph_settings, SEEDS)
    after = extracted_claims(graph, graph_settings)
    assert not any(other in (c["subject_id"], c["object_id"]) for c in after)
    assert moved <= {c["id"] for c in after}
    node = corrections.review_item(graph, db, other)
    assert node["merged_into"] == keep and not node["claims"]


def test_unsure_merge_is_recorded_only(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    db = graph_settings.neo4j_database
    claims = extracted_claims(graph, graph_settings)
    a, b = sorted({c["subject_id"] for c in claims})[:2]
    before = counts(graph, graph_settings)
    corrections.merge(graph, db, a, b, "unsure")
    after = counts(graph, graph_settings)
    assert after["claims"] == before["claims"] and after["hashes"] == before["hashes"]
    assert same_as_map(graph, db) == {}
    with pytest.raises(corrections.CorrectionError):
        corrections.merge(graph, db, a, a)


def test_accepting_a_candidate_confirms_it_and_its_confident_claims(
    graph: Driver, graph_settings: Settings, seeded: list[FileResult]
) -> None:
    db = graph_settings.neo4j_database
    queue = corrections.review_queue(graph, db, 10_000)
    with_claims = [e for e in queue.entities if e["claims"]]
    if not with_claims:
        pytest.skip("the extractor proposed no candidate with relations on the seeds")
    chosen = with_claims[0]["id"]
    outcome = corrections.accept(graph, db, chosen)
    node = corrections.review_item(graph, db, chosen)
    assert node["status"] == "accepted" and node["candidate"] is False
    assert chosen not in {e["id"] for e in corrections.review_queue(graph, db, 10_000).entities}
    claims = [corrections.review_item(graph, db, c["id"]) for c in node["claims"]]
    promoted = [c for c in claims if c["status"] == "accepted" and c.get("review_status") is None]
    assert len(promoted) == outcome.claims
    assert all(c["confidence"] >= 0.7 for c in promoted)
    for claim in promoted:
        ends = [
            corrections.review_item(graph, db, e) for e in (claim["subject_id"], claim["object_id"])
        ]
        if not any(e.get("candidate") for e in ends):
            assert relationship_exists(graph, graph_settings, claim["rel_key"])


def test_remove_a_document_takes_the_candidates_only_it_proposed(
    graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    db = graph_settings.neo4j_database
    first = tmp_path / "first.txt"
    first.write_text("Network news\n\nZorblat Collective and Quimby Union met.\n", "utf-8")
    second = tmp_path / "second.txt"
    second.write_text("More news\n\nQuimby Union spoke again.\n", "utf-8")
    one, two = ingest(graph, graph_settings, first, second)
    assert one.ok and two.ok
    # candidates as the ingestion writes them (no relation, so no claim names them)
    graph.execute_query(
        "UNWIND $names AS name CREATE (:Entity:Organization {id: 'cand-' + toLower(name), "
        "name: name, candidate: true, status: 'proposed', method: 'extracted'})",
        names=["Zorblat Collective", "Quimby Union"],
        database_=db,
    )
    outcome = corrections.remove_document(graph, db, one.documents[0])
    left = {
        r["id"]
        for r in rows(graph, graph_settings, "MATCH (n:Entity) WHERE n.candidate RETURN n.id AS id")
    }
    assert "cand-zorblat collective" not in left  # only the removed document named it
    assert "cand-quimby union" in left  # the other document still names it
    assert any("candidate" in d for d in outcome.details)
