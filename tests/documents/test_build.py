"""Extraction results -> records (pure): ids, candidates, statuses, offsets, stored claims."""

from __future__ import annotations

from pathlib import Path

from ingest.documents.build import (
    REVIEW_THRESHOLD,
    Built,
    GraphState,
    build,
    candidate_id,
    document_ids,
    mark_rejected,
    sha256,
)
from ingest.documents.corrections import record_from_stored
from ingest.documents.extraction import apply_same_as
from ingest.extract.types import (
    DocumentSegment,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    Mention,
)
from ingest.materialize import claim_row
from tests.documents.helpers import INJECTION

TEXT = (
    "News\n\n"
    "First post\n\nAlianza Americas is a member of the Global Coalition on Migration.\n\n"
    "Second post\n\nRed Sur is a member of the Global Coalition on Migration.\n"
)


MEMBER = {"role": "member"}


def _span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def _extraction() -> Extraction:
    first = TEXT.index("First post")
    second = TEXT.index("Second post")
    q1 = "Alianza Americas is a member of the Global Coalition on Migration."
    q2 = "Red Sur is a member of the Global Coalition on Migration."
    s1, e1 = _span(q1)
    s2, e2 = _span(q2)
    entities = [
        ExtractedEntity(
            "alianza-americas", "alianza-americas", "Alianza Americas", "Coalition",
            mentions=[Mention("Alianza Americas", s1, s1 + 16)],
        ),
        ExtractedEntity("gcm", "gcm", "Global Coalition on Migration", "Coalition"),
        ExtractedEntity("candidate:red-sur", None, "Red Sur", "Organization"),
    ]  # fmt: skip
    relations = [
        ExtractedRelation("MEMBER_OF", "alianza-americas", "gcm", MEMBER, q1, s1, e1, 0.9),
        ExtractedRelation("MEMBER_OF", "candidate:red-sur", "gcm", MEMBER, q2, s2, e2, 0.9),
        ExtractedRelation("MEMBER_OF", "alianza-americas", "gcm", {"role": None}, q1, s1, e1, 0.5),
        ExtractedRelation("MEMBER_OF", "alianza-americas", "gcm", {}, "not the text", s1, e1, 0.9),
    ]  # fmt: skip
    documents = [
        DocumentSegment("First post", "2019-01-02", "en", first, second - 2),
        DocumentSegment("Second post", None, "en", second, len(TEXT) - 1),
    ]
    return Extraction(TEXT, documents, entities, relations)


def _build(state: GraphState) -> Built:
    extraction = _extraction()
    ids = document_ids(sha256(TEXT), 2)
    return build(Path("news.txt"), extraction, ids, "text", state, {}, ["post", "post"])


def test_posts_candidates_statuses_and_offsets() -> None:
    built = _build(GraphState())
    doc_ids = [doc_id for doc_id, _ in built.documents]
    assert doc_ids[0].startswith("doc-") and doc_ids == [
        doc_ids[0][:-3] + "-p1",
        doc_ids[0][:-3] + "-p2",
    ]
    docs = {n.id: n for n in built.nodes if "Document" in n.labels}
    assert set(docs) == set(doc_ids)
    assert (
        docs[doc_ids[0]].props["title"] == "First post" and docs[doc_ids[0]].props["kind"] == "post"
    )
    candidate = next(n for n in built.nodes if n.id.startswith("cand-"))
    assert candidate.props["candidate"] is True and candidate.props["status"] == "proposed"
    assert (built.entities, built.candidates) == (2, 1)
    assert len(built.claims) == 3 and built.skipped == 1  # the wrong quote is skipped
    member, via_candidate, weak = built.claims
    assert member.status == "accepted"
    assert via_candidate.status == "proposed"  # an end is a candidate
    assert weak.status == "proposed" and weak.evidence.confidence < REVIEW_THRESHOLD
    for claim in built.claims:
        text = str(docs[str(claim.evidence.document_id)].props["text"])
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote
        assert claim.evidence.method == "extracted" and claim.evidence.extractor_version
    assert member.key_props == {"role": "member"}


def test_known_entities_and_merges_decide_the_ends() -> None:
    state = GraphState(
        entities={"cand-red-sur": {"candidate": True, "status": "rejected"}},
        same_as={"alianza-americas": "nalacc-kept"},
    )
    built = _build(state)
    assert {c.subject_id for c in built.claims} == {"nalacc-kept"}  # merged id -> kept id
    assert built.skipped == 2  # the rejected candidate's relation and the wrong quote


def test_a_relation_rejected_from_a_document_stays_rejected_in_new_wording() -> None:
    built = _build(GraphState())
    member = built.claims[0]
    other_id = "claim-rejected-earlier"
    mark_rejected(
        built, [{"id": other_id, "key": member.rel_key, "doc": str(member.evidence.document_id)}]
    )
    assert built.claims[0].status == "rejected"
    again = _build(GraphState())
    mark_rejected(
        again, [{"id": member.id, "key": member.rel_key, "doc": str(member.evidence.document_id)}]
    )
    assert again.claims[0].status == "accepted"  # the same claim keeps its own review_status


def test_candidate_ids_are_safe_and_stable() -> None:
    entity = ExtractedEntity("candidate:robert-match-n", None, INJECTION, "Person")
    assert candidate_id(entity) == candidate_id(entity)
    assert all(ch.isalnum() or ch == "-" for ch in candidate_id(entity))
    odd = ExtractedEntity(f"candidate:{INJECTION}", None, INJECTION, "Person")
    assert all(ch.isalnum() or ch == "-" for ch in candidate_id(odd))


def test_stored_claims_rebuild_to_the_same_id_and_hash() -> None:
    built = _build(GraphState())
    for claim in built.claims:
        row = claim_row(claim)
        stored = {"id": row["id"], **row["props"]}
        rebuilt = record_from_stored(stored)
        assert rebuilt.id == claim.id and rebuilt.hash() == claim.hash()


def test_merged_entities_pool_their_mentions_in_the_contract() -> None:
    extraction = _extraction()
    pooled = apply_same_as(extraction, {"alianza-americas": "gcm"})
    assert [e.id for e in pooled.entities] == ["gcm", None]
    assert {r.source for r in pooled.relations} == {"gcm", "candidate:red-sur"}
    assert "Alianza Americas" in pooled.entities[0].aliases
