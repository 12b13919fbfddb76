"""Claims -> relationships and node properties (pure logic, no database).

A relationship exists while at least one accepted, preferred claim supports it. Its properties
come from its preferred claims (the most confident wins a disagreement), its evidence is every
claim about it that is not rejected, preferred first.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from graph.dates import first_day, last_day
from ingest.records import ClaimRecord, content_hash

PROPERTY = "PROPERTY"


@dataclass(frozen=True)
class RelationshipRow:
    rel_type: str
    from_id: str
    to_id: str
    key: str
    props: dict[str, Any]

    def as_row(self) -> dict[str, Any]:
        return {
            "from": self.from_id,
            "to": self.to_id,
            "key": self.key,
            "props": self.props,
            "hash": content_hash([self.key, self.props]),
        }


@dataclass(frozen=True)
class Derived:
    upserts: list[RelationshipRow]
    deletions: dict[str, list[str]]  # type -> keys without support
    node_props: list[dict[str, Any]]  # {id, props, claim_ids}


def claim_row(claim: ClaimRecord) -> dict[str, Any]:
    """How a claim is stored: its assertion, its status and its evidence, flattened."""
    e = claim.evidence
    props = {
        "predicate": claim.predicate,
        "subject_id": claim.subject_id,
        "object_id": claim.object_id,
        "rel_key": claim.rel_key,
        "props_json": json.dumps(claim.props, sort_keys=True, ensure_ascii=False),
        "key_json": json.dumps(claim.key_props, sort_keys=True, ensure_ascii=False),
        "preferred": claim.preferred,
        "status": claim.status,
        "method": e.method,
        "source_ref": e.source_ref,
        "source_urls": list(e.source_urls) or None,  # an empty list would be stored
        "citation": e.citation,
        "document_id": e.document_id,
        "quote": e.quote,
        "start": e.start,
        "end": e.end,
        "extractor_version": e.extractor_version,
        "confidence": e.confidence,
        "confidence_label": e.confidence_label,
        "note": e.note,
    }
    return {"id": claim.id, "props": props, "hash": claim.hash()}


# What graph.queries.load.claims_for_keys returns of a claim, besides id and status.
STORED_FIELDS = (
    "predicate",
    "subject_id",
    "object_id",
    "rel_key",
    "props_json",
    "key_json",
    "preferred",
    "confidence",
)


def as_stored(row: dict[str, Any]) -> dict[str, Any]:
    """A claim row (claim_row) as it reads back once stored, before any review decision."""
    props = row["props"]
    return {
        "id": row["id"],
        **{name: props[name] for name in STORED_FIELDS},
        "status": props["status"],
    }


def _rank(claim: dict[str, Any]) -> tuple[int, float, str]:
    return (0 if claim["preferred"] else 1, -float(claim["confidence"] or 0), claim["id"])


def derive(claims: list[dict[str, Any]]) -> Derived:
    """Relationships to write or delete, and node properties, from stored claims of some keys."""
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in claims:
        by_key[claim["rel_key"]].append(claim)
    upserts: list[RelationshipRow] = []
    deletions: dict[str, list[str]] = defaultdict(list)
    node_props: dict[str, dict[str, Any]] = {}
    for key, group in sorted(by_key.items()):
        group.sort(key=_rank)
        supporting = [c for c in group if c["status"] == "accepted" and c["preferred"]]
        evidence = [c["id"] for c in group if c["status"] != "rejected"]
        predicate = group[0]["predicate"]
        if predicate == PROPERTY:
            _property(group[0]["subject_id"], supporting, evidence, node_props)
            continue
        if not supporting:
            deletions[predicate].append(key)
            continue
        props = _merged(supporting)
        props.update(json.loads(group[0]["key_json"] or "{}"))
        start = props.get("since") or props.get("date")
        valid_from, valid_to = first_day(start), last_day(props.get("until"))
        props.update(
            claim_ids=evidence,
            confidence=max(float(c["confidence"] or 0) for c in supporting),
            valid_from=valid_from,
            valid_to=valid_to,
        )
        upserts.append(
            RelationshipRow(predicate, group[0]["subject_id"], group[0]["object_id"], key, props)
        )
    return Derived(upserts, dict(deletions), list(node_props.values()))


def _merged(supporting: list[dict[str, Any]]) -> dict[str, Any]:
    """Props of the preferred claims; where they disagree, the most confident one's value."""
    merged: dict[str, Any] = {}
    for claim in reversed(supporting):  # least confident first, so the best is written last
        merged.update({k: v for k, v in json.loads(claim["props_json"]).items() if v is not None})
    return merged


def _property(
    subject: str,
    supporting: list[dict[str, Any]],
    evidence: list[str],
    node_props: dict[str, dict[str, Any]],
) -> None:
    entry = node_props.setdefault(subject, {"id": subject, "props": {}, "claim_ids": []})
    entry["claim_ids"] = sorted(set(entry["claim_ids"]) | set(evidence))
    if supporting:
        entry["props"].update(_merged(supporting))
