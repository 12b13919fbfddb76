"""Reviews of what the extraction engine reads in the shipped documents, kept as data.

data/reference/reviews.yaml holds a person's decisions on the engine's relations in the sample
corpus, keyed by what they are about, never by claim ids (a claim's id hashes its quote and
offsets, which change with the engine): the relationship type, both end ids (a candidate's id is
cand-<slug of its name>), the document, and for a type keyed by role (MEMBER_OF, ...) optionally
the role. decision is accept or reject, reason says why.

They are applied each time the sample data loads, after the engine ran: an accepted relation is
accepted (and a candidate at one of its ends becomes an accepted entity), a rejected one is
written as rejected, so it supports no relationship and is never proposed again. A review that
matches no relation of the engine any more is reported by the load, not dropped in silence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from graph.model import load_model
from ingest.records import ClaimRecord
from ingest.reference.sources import yaml_list

FILE = "reviews.yaml"
DECISIONS = {"accept": "accepted", "reject": "rejected"}
_FIELDS = {"relationship", "from", "to", "document", "decision", "reason", "role"}


@dataclass(frozen=True)
class Review:
    relationship: str
    from_id: str
    to_id: str
    document: str
    decision: str  # accept | reject
    reason: str
    role: str | None = None
    line: int = 0  # the entry's position in the file (1-based), for messages

    @property
    def status(self) -> str:
        return DECISIONS[self.decision]

    def describe(self) -> str:
        role = f" {{role: {self.role}}}" if self.role else ""
        return (
            f"{FILE} #{self.line}: {self.decision} {self.from_id} -{self.relationship}{role}-> "
            f"{self.to_id} in {self.document}"
        )

    def matches(self, claim: ClaimRecord) -> bool:
        if (claim.predicate, claim.subject_id, claim.object_id) != (
            self.relationship,
            self.from_id,
            self.to_id,
        ) or claim.evidence.document_id != self.document:
            return False
        if self.role is None:
            return True
        role = claim.props.get("role", claim.key_props.get("role"))
        return isinstance(role, str) and role.casefold() == self.role.casefold()


def read_reviews(data_dir: Path) -> list[Review]:
    """The entries of data/reference/reviews.yaml (none when the file is absent), checked: a
    relationship type of the model, both ends, a document, a decision and a reason."""
    path = data_dir / "reference" / FILE
    if not path.is_file():
        return []
    model = load_model().relationships
    reviews = []
    for index, entry in enumerate(yaml_list(path), start=1):
        reviews.append(_review(entry, index, model))
    return reviews


def _review(entry: Any, index: int, model: Any) -> Review:
    where = f"{FILE} entry {index}"
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: not a mapping")
    unknown = sorted(set(entry) - _FIELDS)
    if unknown:
        raise ValueError(f"{where}: unknown fields {', '.join(unknown)}")
    values = {k: str(v).strip() for k, v in entry.items() if v is not None and str(v).strip()}
    missing = [f for f in ("relationship", "from", "to", "document", "decision", "reason")
               if f not in values]  # fmt: skip
    if missing:
        raise ValueError(f"{where}: {', '.join(missing)} missing")
    if values["relationship"] not in model:
        raise ValueError(f"{where}: {values['relationship']!r} is no relationship of the model")
    if values["decision"] not in DECISIONS:
        raise ValueError(f"{where}: decision must be accept or reject")
    return Review(
        values["relationship"], values["from"], values["to"], values["document"],
        values["decision"], values["reason"], values.get("role"), index,
    )  # fmt: skip


@dataclass
class Applied:
    claims: list[ClaimRecord]
    accepted_ends: set[str]  # ends of accepted relations (candidates among them are accepted)
    unmatched: list[Review]
    matched: int = 0  # claims a review decided


def apply_reviews(claims: Sequence[ClaimRecord], reviews: Sequence[Review]) -> Applied:
    """Each claim a review matches gets the review's status and its reason as note; the reviews
    that match no claim are returned apart."""
    used: set[int] = set()
    out: list[ClaimRecord] = []
    ends: set[str] = set()
    matched = 0
    for claim in claims:
        review = next((r for r in reviews if r.matches(claim)), None)
        if review is None:
            out.append(claim)
            continue
        used.add(review.line)
        matched += 1
        note = f"reviewed ({review.decision}, data/reference/{FILE}): {review.reason}"
        out.append(
            replace(
                claim,
                status=review.status,
                evidence=replace(claim.evidence, note=note),
            )
        )
        if review.status == "accepted":
            ends.update({claim.subject_id, claim.object_id or claim.subject_id})
    unmatched = [r for r in reviews if r.line not in used]
    return Applied(out, ends, unmatched, matched)
