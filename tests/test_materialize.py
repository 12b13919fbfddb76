"""Claims -> relationships: support, preference, conflicts, rejection (pure logic)."""

from __future__ import annotations

from typing import Any

from ingest.materialize import claim_row, derive
from ingest.records import ClaimRecord, Evidence


def stored(claim: ClaimRecord, status: str | None = None) -> dict[str, Any]:
    """What graph.queries.load.claims_for_keys returns for a claim."""
    props = claim_row(claim)["props"]
    return {"id": claim.id, **props, "status": status or props["status"]}


def evidence(ref: str, confidence: float = 0.9) -> Evidence:
    return Evidence(method="curated", source_ref=ref, confidence=confidence)


def withdrew(props: dict[str, Any], ref: str, **kw: Any) -> ClaimRecord:
    return ClaimRecord("WITHDREW_FROM", "usa", "gcm-compact", props, evidence(ref), **kw)


def test_one_relationship_from_several_claims() -> None:
    a = withdrew({"kind": "withdrew", "date": "2017-12-02"}, "a.csv#row=2")
    b = withdrew({"date": "2017-12-03"}, "b.csv#row=9", preferred=False)
    derived = derive([stored(a), stored(b)])
    (rel,) = derived.upserts
    assert rel.props["date"] == "2017-12-02" and rel.props["kind"] == "withdrew"
    assert rel.props["claim_ids"] == [a.id, b.id]  # preferred first
    assert str(rel.props["valid_from"]) == "2017-12-02" and rel.props["valid_to"] is None


def test_a_later_claim_sets_until() -> None:
    a = withdrew({"kind": "withdrew", "date": "2019-01-08"}, "x#row=18")
    b = withdrew({"until": "2023-01-05"}, "x#row=19")
    (rel,) = derive([stored(a), stored(b)]).upserts
    assert (rel.props["date"], rel.props["until"]) == ("2019-01-08", "2023-01-05")


def test_the_most_confident_preferred_claim_wins_a_disagreement() -> None:
    low = ClaimRecord("VOTED", "svk", "a-res-73-195", {"vote": "yes"}, evidence("l", 0.4))
    high = ClaimRecord("VOTED", "svk", "a-res-73-195", {"vote": "absent"}, evidence("h", 0.9))
    (rel,) = derive([stored(low), stored(high)]).upserts
    assert rel.props["vote"] == "absent" and rel.props["confidence"] == 0.9


def test_rejected_or_only_non_preferred_claims_make_no_relationship() -> None:
    rejected = withdrew({"kind": "withdrew"}, "r", status="rejected")
    derived = derive([stored(rejected)])
    assert derived.upserts == [] and derived.deletions == {"WITHDREW_FROM": [rejected.rel_key]}
    unverified = ClaimRecord(
        "MEMBER_OF",
        "cels",
        "gcm-coalition",
        {"role": "member"},
        evidence("u"),
        preferred=False,
        key_props={"role": "member"},
    )
    assert derive([stored(unverified)]).upserts == []


def test_a_review_rejection_removes_support() -> None:
    claim = withdrew({"kind": "withdrew"}, "a")
    assert derive([stored(claim, status="rejected")]).upserts == []


def test_roles_are_separate_relationships() -> None:
    member = ClaimRecord(
        "MEMBER_OF",
        "picum",
        "gcm-coalition",
        {"role": "member"},
        evidence("a"),
        key_props={"role": "member"},
    )
    treasurer = ClaimRecord(
        "MEMBER_OF",
        "picum",
        "gcm-coalition",
        {"role": "treasurer"},
        evidence("a"),
        key_props={"role": "treasurer"},
    )
    rels = derive([stored(member), stored(treasurer)]).upserts
    assert sorted(r.props["role"] for r in rels) == ["member", "treasurer"]
    assert len({r.key for r in rels}) == 2


def test_property_claims_set_node_values_from_the_preferred_one() -> None:
    official = ClaimRecord(
        "PROPERTY",
        "marrakech",
        None,
        {"states_adopting": 164},
        evidence("u"),
        key_props={"property": "states_adopting"},
    )
    other = ClaimRecord(
        "PROPERTY",
        "marrakech",
        None,
        {"states_adopting": 165},
        evidence("e"),
        preferred=False,
        key_props={"property": "states_adopting"},
    )
    derived = derive([stored(other), stored(official)])
    (node,) = derived.node_props
    assert node["props"] == {"states_adopting": 164}
    assert set(node["claim_ids"]) == {official.id, other.id}


def test_claim_ids_are_deterministic() -> None:
    assert withdrew({"kind": "withdrew"}, "a").id == withdrew({"kind": "withdrew"}, "a").id
    assert withdrew({"kind": "withdrew"}, "a").id != withdrew({"kind": "withdrew"}, "b").id
