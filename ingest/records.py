"""What every source turns into before it reaches the graph: node records and claim records.

A claim is one assertion with its provenance (docs/provenance.md). Relationships are derived from
claims (ingest.materialize), never written on their own.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

Scalar = str | int | float | bool | None
Value = Scalar | list[str]


def content_hash(payload: Any) -> str:
    """A stable hash of what a record says: equal hashes mean a re-load changes nothing."""
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class NodeRecord:
    id: str
    labels: tuple[str, ...]  # model labels; Entity is added by the writer
    props: dict[str, Value]

    def hash(self) -> str:
        return content_hash([self.labels, self.props])


@dataclass(frozen=True)
class Evidence:
    """Where a claim comes from: a source (URL or data file row) and, for text, a located quote."""

    method: str  # curated | spreadsheet | extracted
    source_ref: str  # e.g. "data/reference/un_vote_a_res_73_195.csv#row=12"
    source_urls: tuple[str, ...] = ()
    citation: str | None = None  # the source as the data wrote it
    document_id: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    extractor_version: str | None = None
    confidence: float = 0.5
    confidence_label: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ClaimRecord:
    """`subject -[predicate {props}]-> object`, or a property claim when predicate is PROPERTY."""

    predicate: str
    subject_id: str
    object_id: str | None
    props: dict[str, Value]
    evidence: Evidence
    preferred: bool = True
    status: str = "accepted"  # accepted | proposed | rejected
    key_props: dict[str, Value] = field(default_factory=dict)

    # Cached: a loader asks for these several times per claim (dedupe, grouping, rows, hashes).
    @cached_property
    def rel_key(self) -> str:
        """The relationship this claim speaks of: type, ends and the type's key properties."""
        key = json.dumps(self.key_props, sort_keys=True, ensure_ascii=False)
        return f"{self.predicate}|{self.subject_id}|{self.object_id or ''}|{key}"

    @cached_property
    def id(self) -> str:
        """Deterministic: the same assertion from the same source is the same claim."""
        e = self.evidence
        return "claim-" + content_hash(
            [self.rel_key, self.props, e.source_ref, e.document_id, e.start, e.end]
        )

    def hash(self) -> str:
        return self._hash

    @cached_property
    def _hash(self) -> str:
        return content_hash([self.id, self.props, self.evidence, self.preferred, self.status])
