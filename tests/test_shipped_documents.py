"""The shipped documents as the extraction engine reads them, loaded with the sample data: the
sign-on lists answer their signatories, the stored reviews are applied, quotes sit at their
offsets, and the engine's result is cached on disk.

The expected signatories come from data/corpus/more/GOLD.md and data/reference/relationships.csv,
never from running the engine here.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from neo4j import Driver

from graph.settings import Settings
from ingest.documents import shipped
from ingest.documents.shipped import ShippedFile, shipped_extraction, shipped_files
from ingest.extract.types import Extraction
from ingest.pipeline import shipped_stage
from ingest.reference.reviews import Review, apply_reviews, read_reviews
from ingest.reference.sources import csv_rows
from ingest.writer import LoadSummary

DATA = Path(__file__).resolve().parent.parent / "data"
DOC_06 = "doc-06-joint-ngo-statement-hrc39-en"
DOC_05 = "doc-05-australia-public-letter-en"
ENDORSING = {"SIGNED", "ENDORSED", "CO_SPONSORED"}
_GOLD_RELATION = re.compile(r"^- (.+?) —([A-Z_]+)→ (.+?)(?: \{.*\})?$")


def rows(driver: Driver, settings: Settings, cypher: str, **params: Any) -> list[dict[str, Any]]:
    result = driver.execute_query(cypher, params, database_=settings.neo4j_database)
    return [record.data() for record in result.records]


def gold_signatories(file_name: str) -> dict[str, str]:
    """Subject name -> relation type of each endorsing relation of one file in GOLD.md."""
    section = (DATA / "corpus" / "more" / "GOLD.md").read_text(encoding="utf-8")
    section = section.split(f"## {file_name}", 1)[1].split("\n## ", 1)[0]
    found = {}
    for line in section.splitlines():
        match = _GOLD_RELATION.match(line.strip())
        if match and match.group(2) in ENDORSING:
            found[match.group(1)] = match.group(2)
    return found


def _words(name: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return set(re.findall(r"[a-z0-9]+", folded)) - {"the", "of", "for", "and", "s"}


def same_name(gold: str, name: str) -> bool:
    """GOLD's canonical name and the graph's name of one organization (GOLD may normalise a
    name the page spells otherwise: "Communities'" for "Community")."""
    a, b = _words(gold), _words(name)
    return len(a & b) / len(a | b) >= 0.6 if a and b else False


def matched(gold: dict[str, str], endorsers: list[dict[str, Any]]) -> dict[str, str]:
    """Each gold name -> the id of the one endorser with its name and relation type."""
    out: dict[str, str] = {}
    for name, rel_type in gold.items():
        hits = [
            e["entity"]["id"]
            for e in endorsers
            if e["type"] == rel_type
            and same_name(name, e["entity"]["name"] or "")
            and e["entity"]["id"] not in out.values()
        ]
        assert len(hits) == 1, f"{name} ({rel_type}): {hits or 'no endorser'}"
        out[name] = hits[0]
    return out


def endorsers_of(client: TestClient, doc_id: str) -> list[dict[str, Any]]:
    response = client.get(f"/documents/{doc_id}/endorsers", params={"limit": 100})
    assert response.status_code == 200, response.text
    page = response.json()
    assert page["total"] == len(page["items"])
    items: list[dict[str, Any]] = page["items"]
    return items


def test_the_joint_ngo_statement_answers_its_eleven_co_sponsors(client: TestClient) -> None:
    gold = gold_signatories("06_joint-ngo-statement-hrc39_EN.txt")
    assert len(gold) == 11 and set(gold.values()) == {"CO_SPONSORED"}
    endorsers = endorsers_of(client, DOC_06)
    assert len(endorsers) == 11
    found = matched(gold, endorsers)
    assert found["Refugees International"] == "refugees-international"
    assert found["ACT Alliance"] == "cand-act-alliance"
    for endorser in endorsers:  # each with the engine's quote from the statement itself
        quotes = [e for e in endorser["evidence"] if e["document_id"] == DOC_06]
        assert quotes and all(e["method"] == "extracted" and e["quote"] for e in quotes)


def test_every_shipped_sign_on_list_answers_its_signatories(client: TestClient) -> None:
    # corpus/more: the lists GOLD.md annotates
    letter = gold_signatories("05_australia-public-letter_EN.txt")
    assert len(letter) == 5
    assert len(matched(letter, endorsers_of(client, DOC_05))) == 5
    # the seeds: the lists the curated data reads from them (event sponsors, a signed response)
    expected: dict[str, set[tuple[str, str]]] = {}
    for _, row in csv_rows(DATA / "reference" / "relationships.csv"):
        if row["type"] in ENDORSING and row["source"].startswith("corpus:"):
            expected.setdefault(row["to_id"], set()).add((row["from_id"], row["type"]))
    assert sum(map(len, expected.values())) >= 15
    for target, pairs in expected.items():
        answered = {(e["entity"]["id"], e["type"]) for e in endorsers_of(client, target)}
        assert pairs <= answered, target


def test_a_seed_file_is_its_curated_document_not_a_second_copy(
    reference_graph: LoadSummary, session_driver: Driver, graph_settings: Settings
) -> None:
    documents = rows(
        session_driver,
        graph_settings,
        "MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d.id AS id, d.checksum AS checksum",
    )
    assert len(documents) == len({d["checksum"] for d in documents}) == 11
    cited = rows(
        session_driver,
        graph_settings,
        "MATCH (c:Claim {method: 'extracted'}) RETURN DISTINCT c.document_id AS id ORDER BY id",
    )
    assert {c["id"] for c in cited} == {f.document_id for f in shipped_files(DATA)}
    assert "gcm-activities-news-page" in {c["id"] for c in cited}  # the news page of posts


def test_quotes_are_exact_at_their_offsets(
    reference_graph: LoadSummary, session_driver: Driver, graph_settings: Settings
) -> None:
    claims = rows(
        session_driver,
        graph_settings,
        "MATCH (c:Claim {method: 'extracted'}) MATCH (d:Document {id: c.document_id}) "
        "RETURN d.text AS text, c.start AS start, c.end AS end, c.quote AS quote",
    )
    assert len(claims) > 100
    for claim in claims:
        assert claim["text"][claim["start"] : claim["end"]] == claim["quote"]


def _claims(driver: Driver, settings: Settings, predicate: str, subject: str, obj: str) -> Any:
    return rows(
        driver,
        settings,
        "MATCH (c:Claim {method: 'extracted', predicate: $p, subject_id: $s, object_id: $o}) "
        "OPTIONAL MATCH (:Entity {id: $s})-[r]->(:Entity {id: $o}) WHERE type(r) = $p "
        "RETURN c.status AS status, c.preferred AS preferred, c.note AS note, "
        "c.id IN coalesce(r.claim_ids, []) AS evidence, r IS NOT NULL AS related",
        p=predicate,
        s=subject,
        o=obj,
    )


def test_a_rejected_review_leaves_no_relationship(
    reference_graph: LoadSummary, session_driver: Driver, graph_settings: Settings
) -> None:
    (claim,) = _claims(session_driver, graph_settings, "AUTHORED", "action-committee", "a-res-71-1")
    assert claim["status"] == "rejected" and "reviews.yaml" in claim["note"]
    assert not claim["related"]  # a response to the Declaration: no authorship in the graph


def test_an_accepted_review_confirms_the_relation_and_its_new_name(
    reference_graph: LoadSummary, session_driver: Driver, graph_settings: Settings
) -> None:
    (claim,) = _claims(session_driver, graph_settings, "CO_SPONSORED", "cand-act-alliance", DOC_06)
    assert claim["status"] == "accepted" and "reviews.yaml" in claim["note"]
    assert claim["related"] and claim["evidence"]
    (node,) = rows(
        session_driver,
        graph_settings,
        "MATCH (n:Entity {id: 'cand-act-alliance'}) RETURN n.name AS name, "
        "n.candidate AS candidate, n.status AS status",
    )
    assert node == {"name": "ACT Alliance", "candidate": False, "status": "accepted"}


def test_a_curated_fact_the_engine_also_reads_stays_one_relationship(
    reference_graph: LoadSummary, session_driver: Driver, graph_settings: Settings
) -> None:
    # relationships.csv: MEMBER_OF alianza-americas -> pga {role: steering committee}, quoted
    # from seed 001, which the engine reads too
    related = rows(
        session_driver,
        graph_settings,
        "MATCH (:Entity {id: 'alianza-americas'})-[r:MEMBER_OF]->(:Entity {id: 'pga'}) "
        "MATCH (c:Claim) WHERE c.id IN r.claim_ids "
        "RETURN r.role AS role, collect(c.method) AS methods, "
        "[c IN collect(c) WHERE c.method = 'extracted' | c.preferred] AS extracted",
    )
    assert len(related) == 1
    assert related[0]["role"] == "steering committee"
    assert set(related[0]["methods"]) == {"curated", "extracted"}
    assert related[0]["extracted"] == [False]  # evidence beside the curated claim


def test_every_stored_review_matches_what_the_engine_reads(
    reference_graph: LoadSummary, session_driver: Driver, graph_settings: Settings
) -> None:
    result = shipped_stage(
        session_driver, graph_settings.neo4j_database, graph_settings, True, None
    )
    assert result.summary.dry_run and result.summary.claims.created == 0
    assert not [note for note in result.notes if "matches nothing" in note], result.notes
    assert "11 documents (11 read from the extraction cache)" in result.notes[0]


def test_a_review_that_matches_nothing_is_reported(
    reference_graph: LoadSummary,
    session_driver: Driver,
    graph_settings: Settings,
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    reviews = data / "reference" / "reviews.yaml"
    entries = yaml.safe_load(reviews.read_text(encoding="utf-8"))
    entries.append(
        {"relationship": "SIGNED", "from": "picum", "to": DOC_06, "document": DOC_06,
         "decision": "accept", "reason": "not in the statement"}
    )  # fmt: skip
    reviews.write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    settings = graph_settings.model_copy(update={"data_dir": data})
    result = shipped_stage(session_driver, settings.neo4j_database, settings, True, None)
    unmatched = [note for note in result.notes if "matches nothing" in note]
    assert unmatched == [
        f"review matches nothing the engine reads now: reviews.yaml #{len(entries)}: accept "
        f"picum -SIGNED-> {DOC_06} in {DOC_06}"
    ]


def test_reviews_are_checked_when_read(tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    path = tmp_path / "reference" / "reviews.yaml"
    path.write_text("- {relationship: SIGNED, from: a, to: b, document: b, decision: maybe, "
                    "reason: r}\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ValueError, match="decision must be accept or reject"):
        read_reviews(tmp_path)
    path.write_text("- {relationship: SIGNS, from: a, to: b, document: b, decision: accept, "
                    "reason: r}\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ValueError, match="no relationship of the model"):
        read_reviews(tmp_path)
    shipped = yaml.safe_load((DATA / "reference" / "reviews.yaml").read_text(encoding="utf-8"))
    assert len(read_reviews(DATA)) == len(shipped) > 0  # every shipped review read, none lost


def test_a_review_decides_every_claim_of_its_relation_in_its_document() -> None:
    from ingest.records import ClaimRecord, Evidence, Value

    def claim(doc: str, start: int, role: str | None) -> ClaimRecord:
        evidence = Evidence("extracted", f"document:{doc}", document_id=doc, start=start)
        props: dict[str, Value] = {"role": role} if role else {}
        return ClaimRecord("MEMBER_OF", "a", "b", props, evidence, True, "proposed", props)

    claims = [claim("d1", 0, "member"), claim("d1", 9, "Member"), claim("d2", 0, "member"),
              claim("d1", 20, None)]  # fmt: skip
    review = Review("MEMBER_OF", "a", "b", "d1", "reject", "wrong", "member", 1)
    applied = apply_reviews(claims, [review])
    assert [c.status for c in applied.claims] == ["rejected", "rejected", "proposed", "proposed"]
    assert applied.matched == 2 and applied.unmatched == [] and applied.accepted_ends == set()


def test_the_engine_reading_of_a_shipped_file_is_cached_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, graph_settings: Settings
) -> None:
    (file,) = [f for f in shipped_files(DATA) if f.document_id == DOC_06]
    reading, _ = shipped_extraction(file, DATA, graph_settings.cache_dir, 10**7)
    assert shipped.from_cached(reading.text, shipped.to_cached(reading)) == reading

    calls: list[str] = []

    def engine(f: ShippedFile, source: Any) -> Extraction:
        calls.append(f.document_id)
        return reading

    def no_engine(f: ShippedFile, source: Any) -> Extraction:
        raise AssertionError("the engine ran although its reading is cached")

    monkeypatch.setattr(shipped, "_MEMORY", {})
    first, hit = shipped_extraction(file, DATA, tmp_path, 10**7, engine)
    assert (first, hit, calls) == (reading, False, [DOC_06])
    assert len(list((tmp_path / shipped.CACHE_FOLDER).rglob("*.json"))) == 1
    monkeypatch.setattr(shipped, "_MEMORY", {})  # a new process: only the disk knows
    again, hit = shipped_extraction(file, DATA, tmp_path, 10**7, no_engine)
    assert (again, hit) == (reading, True)


def test_a_parser_that_cannot_start_leaves_the_reference_layer_loaded(
    reference_graph: LoadSummary,
    session_driver: Driver,
    graph_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from graph.local.errors import LocalServerError
    from ingest import pipeline

    def offline(*args: Any, **kwargs: Any) -> Any:
        raise LocalServerError("CoreNLP 4.5.10 models-spanish could not be fetched (offline)")

    monkeypatch.setattr(pipeline, "shipped_extraction", offline)
    result = shipped_stage(
        session_driver, graph_settings.neo4j_database, graph_settings, False, None
    )
    assert result.summary.claims.created == result.summary.claims.unchanged == 0
    assert result.notes == [
        "the shipped documents were not extracted: CoreNLP 4.5.10 models-spanish could not be "
        "fetched (offline) (the reference data is loaded; run `coalition-graph load` again once "
        "the parser can start)"
    ]
