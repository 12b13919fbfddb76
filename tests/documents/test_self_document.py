"""The contract names the document itself: documents[] ids ("document:0", ...) and known_id, a
relation to the file's own document names the post that holds its quote, claims attach to that
post's Document node; `--date` for a file that carries no date. Texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from api.cli.main import app
from graph.settings import Settings
from ingest.documents.build import GraphState, build, document_ids, sha256
from ingest.documents.extraction import name_documents, segment
from ingest.documents.ingestion import ingest_paths
from ingest.documents.readers import Hints, SourceText
from ingest.extract.types import DocumentSegment, ExtractedEntity, ExtractedRelation, Extraction
from tests.documents.helpers import SEEDS, write

runner = CliRunner()
LETTER = (
    "Open letter on the detention of children\n\n"
    "We, the undersigned organizations, call on all governments to end the detention of "
    "migrant children.\n\n"
    "Signatories:\nAlianza Americas\nRefugee Rights Network of the Andes\n"
)
PAGE = (
    "Network news\n\n"
    "Members meet in Lima\n2019-03-01\n\n"
    "The members of the network met in Lima on Monday to plan the work of the year together.\n\n"
    "Open letter on the detention of children\n2019-03-04\n\n"
    "We, the undersigned organizations, call on all governments to end the detention of "
    "migrant children.\n\n"
    "Signatories: Alianza Americas, Refugee Rights Network of the Andes.\n\n"
    "New coordinator appointed\n2019-03-09\n\n"
    "The network appointed a new coordinator for its secretariat in Quito last week.\n"
)
UNDATED = (
    "Austria and the compact\n\n"
    "Austria announced on Wednesday that it will not sign the Global Compact for Migration.\n"
)


def contract(path: Path, *extra: str) -> dict[str, Any]:
    result = runner.invoke(app, ["extract", str(path), "--json", *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# --- pure: naming the documents and building the claims --------------------------------------

TWO = "First post\n\nSome words here.\n\nSecond post\n\nVivid Harbour signed this letter.\n"


def _two_posts() -> tuple[Extraction, list[str]]:
    second = TWO.index("Second post")
    quote = "Vivid Harbour signed this letter."
    at = TWO.index(quote)
    ids = document_ids(sha256(TWO), 2)
    entities = [
        ExtractedEntity("candidate:vivid-harbour", None, "Vivid Harbour", "Organization"),
        ExtractedEntity(ids[1], ids[1], ids[1], "Document"),  # the engine's context document
    ]
    relations = [
        ExtractedRelation("SIGNED", "candidate:vivid-harbour", ids[1], {}, quote, at,
                          at + len(quote), 0.9),
        # the engine's context was post 1, the quote is in post 2: post 2 is named
        ExtractedRelation("SIGNED", "candidate:vivid-harbour", ids[0], {}, quote, at,
                          at + len(quote), 0.9),
    ]  # fmt: skip
    documents = [
        DocumentSegment("First post", None, "en", 0, second - 2),
        DocumentSegment("Second post", None, "en", second, len(TWO) - 1),
    ]
    return Extraction(TWO, documents, entities, relations), ids


def test_documents_get_ids_and_relations_name_the_post_holding_their_quote() -> None:
    extraction, ids = _two_posts()
    named = name_documents(extraction, ids, {ids[0]})
    assert [(d.id, d.known_id) for d in named.documents] == [
        ("document:0", ids[0]),
        ("document:1", None),
    ]
    assert [(r.source, r.target) for r in named.relations] == [
        ("candidate:vivid-harbour", "document:1"),
        ("candidate:vivid-harbour", "document:1"),
    ]
    assert [e.key for e in named.entities] == ["candidate:vivid-harbour"]
    assert [(d.start, d.end) for d in named.documents] == [
        (d.start, d.end) for d in extraction.documents
    ]


def test_claims_to_document_ids_attach_to_the_posts_document_node() -> None:
    extraction, ids = _two_posts()
    named = name_documents(extraction, ids, ())
    built = build(Path("page.txt"), named, ids, "text", GraphState(), {}, ["post", "post"])
    assert built.skipped == 0 and len(built.claims) == 2
    assert {(c.predicate, c.object_id, c.evidence.document_id) for c in built.claims} == {
        ("SIGNED", ids[1], ids[1])
    }
    assert built.candidates == 1 and built.entities == 0  # the documents are no entities


def test_a_given_date_fills_documents_without_one() -> None:
    whole = segment(SourceText(Path("a.txt"), "text", UNDATED), "2018-11-02")
    assert whole.segments[0].date == "2018-11-02" and not whole.warnings
    # the text's own date wins, and a year that disagrees is said
    dated = "Austria and the compact\n2017-05-01\n\nAustria will not sign the compact.\n"
    kept = segment(SourceText(Path("b.txt"), "text", dated), "2018-11-02")
    assert kept.segments[0].date == "2017-05-01"
    assert len(kept.warnings) == 1 and "--date says 2018-11-02" in kept.warnings[0]
    # the given date goes before the file's metadata
    hinted = SourceText(Path("c.html"), "html", UNDATED, hints=Hints(date="2015"))
    assert segment(hinted, "2018-11").segments[0].date == "2018-11"
    assert segment(hinted).segments[0].date == "2015"
    # posts without a date line get it; the others keep theirs
    undated_post = PAGE + "\n\nClosing note\n\nThe office closes in August for the holidays.\n"
    posts = segment(SourceText(Path("d.txt"), "text", undated_post), "2019-04")
    assert [s.date for s in posts.segments] == ["2019-03-01", "2019-03-04", "2019-03-09", "2019-04"]


# --- the command line --------------------------------------------------------------------------


def test_extract_json_names_the_letter_itself(tmp_path: Path) -> None:
    data = contract(write(tmp_path / "letter.txt", LETTER))
    assert [(d["id"], d["known_id"]) for d in data["documents"]] == [("document:0", None)]
    signed = {(r["source"], r["target"]) for r in data["relations"] if r["type"] == "SIGNED"}
    assert ("alianza-americas", "document:0") in signed
    assert all(e["type"] != "Document" for e in data["entities"])
    page = contract(write(tmp_path / "page.txt", PAGE))
    docs = page["documents"]
    assert [d["id"] for d in docs] == ["document:0", "document:1", "document:2"]
    assert docs[1]["title"] == "Open letter on the detention of children"
    to_docs = [r for r in page["relations"] if r["target"].startswith("document:")]
    assert to_docs and all(r["target"] == "document:1" for r in to_docs)
    assert all(docs[1]["start"] <= r["start"] < r["end"] <= docs[1]["end"] for r in to_docs)


def test_a_shipped_document_is_named_with_its_known_id() -> None:
    data = contract(SEEDS / "001_132d186d895c0496.txt")
    (doc,) = data["documents"]
    assert doc["id"] == "document:0" and doc["known_id"] == "alianza-statement-gcm-2017"


def test_extract_date_resolves_relative_dates(tmp_path: Path) -> None:
    path = write(tmp_path / "undated.txt", UNDATED)
    plain, dated = contract(path), contract(path, "--date", "2018-11-02")
    assert plain["documents"][0]["date"] is None
    assert dated["documents"][0]["date"] == "2018-11-02"
    (rel,) = [r for r in dated["relations"] if r["type"] == "WITHDREW_FROM"]
    assert rel["properties"]["date"] == "2018-10-31"  # the Wednesday before


@pytest.mark.parametrize("bad", ["2018-13", "2018-02-30", "12/05/2018", "next week", "18"])
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_bad_date_is_one_line_and_exit_code_2(tmp_path: Path, command: str, bad: str) -> None:
    path = write(tmp_path / "undated.txt", UNDATED)
    result = runner.invoke(app, [command, str(path), "--date", bad])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "YYYY-MM-DD" in lines[0] and bad in lines[0]


# --- ingestion on the real Neo4j ---------------------------------------------------------------


def test_ingested_signatures_cite_the_post_they_sign(
    graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    page = write(tmp_path / "page.txt", PAGE)
    undated = write(tmp_path / "undated.txt", UNDATED)
    db = graph_settings.neo4j_database
    results = ingest_paths(graph, db, graph_settings, [page, undated], date="2018-11-02")
    assert all(r.ok for r in results), [r.error for r in results]
    posts = results[0].documents
    assert len(posts) == 3
    query = """
    MATCH (c:Claim {method: 'extracted', predicate: 'SIGNED'})
    OPTIONAL MATCH (s {id: c.subject_id})-[r:SIGNED]->(d:Document {id: c.object_id})
    RETURN c.object_id AS object, c.document_id AS doc, s.id AS source, d.title AS title
    """
    rows = [r.data() for r in graph.execute_query(query, database_=db).records]
    assert rows and all(r["object"] == posts[1] == r["doc"] for r in rows)
    accepted = [r for r in rows if r["source"] is not None]
    assert {r["source"] for r in accepted} >= {"alianza-americas"}
    assert {r["title"] for r in accepted} == {"Open letter on the detention of children"}
    dates = graph.execute_query(
        "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.date AS date",
        {"ids": [*posts, *results[1].documents]},
        database_=db,
    ).records
    by_id = {r["id"]: r["date"] for r in dates}
    assert [by_id[p] for p in posts] == ["2019-03-01", "2019-03-04", "2019-03-09"]
    assert by_id[results[1].documents[0]] == "2018-11-02"
