"""The engine's readings of the shipped documents as records beside the curated claims.

Kept apart from ingest.documents.shipped (the reading and its cache): this module works on the
reading afterwards, so it is not part of the engine's fingerprint and changing it parses nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from graph.model import load_model
from ingest.documents.build import Built, GraphState, build, mark_rejected, node_id_of
from ingest.documents.extraction import reference_nodes
from ingest.documents.shipped import ShippedFile
from ingest.extract.types import ExtractedEntity, Extraction
from ingest.records import ClaimRecord, NodeRecord, Value


@dataclass
class ShippedRecords:
    nodes: list[NodeRecord] = field(default_factory=list)
    claims: list[ClaimRecord] = field(default_factory=list)
    files: int = 0
    cached: int = 0
    corroborating: int = 0  # claims of relationships the curated data states
    proposed: int = 0
    warnings: list[str] = field(default_factory=list)


def records_for(
    files: Sequence[tuple[ShippedFile, Extraction]],
    state: GraphState,
    data_dir: Path,
    rejected: Callable[[list[str], list[str]], list[dict[str, str]]],
) -> tuple[ShippedRecords, list[Built]]:
    """Node and claim records of the engine's readings, as `ingest` builds them (candidates,
    claims, a person's rejections kept), with the curated data's word on each relation."""
    from ingest.reference.load import reference_records

    nodes = reference_nodes(data_dir.resolve())
    _, curated = reference_records(data_dir)
    out = ShippedRecords(files=len(files))
    builts = []
    for file, extraction in files:
        built = build(file.path, extraction, [file.document_id], "text", state, nodes)
        keys = sorted({c.rel_key for c in built.claims})
        if keys:
            mark_rejected(built, rejected([file.document_id], keys))
        builts.append(built)
        out.nodes.extend(built.nodes)
        out.claims.extend(built.claims)
        out.warnings.extend(f"{file.path.name}: {w}" for w in built.warnings)
    out.claims, out.corroborating = beside_curated(out.claims, curated)
    return out, builts


def beside_curated(
    claims: Sequence[ClaimRecord], curated: Sequence[ClaimRecord]
) -> tuple[list[ClaimRecord], int]:
    """Engine claims next to the curated ones, without a second relationship for one fact.

    A relation whose type and ends the curated data states in an accepted claim speaks of that
    relationship (its key: for MEMBER_OF the curated role that matches, else the one from the
    same document, else the first): it is kept as corroborating evidence, accepted and not
    preferred. A relation the curated data holds only as rejected is rejected too. Engine
    relations of one type and ends whose keys differ only in case are one relationship."""
    by_ends: dict[tuple[str, str, str | None], list[ClaimRecord]] = defaultdict(list)
    for claim in curated:
        by_ends[(claim.predicate, claim.subject_id, claim.object_id)].append(claim)
    out: list[ClaimRecord] = []
    folded: dict[tuple[Any, ...], dict[str, Any]] = {}
    corroborating = 0
    for claim in claims:
        ends = (claim.predicate, claim.subject_id, claim.object_id)
        known = by_ends.get(ends, [])
        accepted = [c for c in known if c.status == "accepted"]
        if claim.status == "rejected":  # a person rejected it from this document
            out.append(claim)
        elif accepted:
            key = _curated_key(claim, accepted)
            out.append(replace(claim, key_props=key, preferred=False, status="accepted"))
            corroborating += 1
        elif known:
            out.append(replace(claim, preferred=False, status="rejected"))
        else:
            fold = (*ends, json.dumps(_fold(claim.key_props), sort_keys=True))
            key = folded.setdefault(fold, dict(claim.key_props))
            out.append(claim if key == claim.key_props else replace(claim, key_props=key))
    return out, corroborating


def _fold(props: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.casefold() if isinstance(v, str) else v for k, v in props.items()}


def _curated_key(claim: ClaimRecord, accepted: list[ClaimRecord]) -> dict[str, Any]:
    mine = _fold({**claim.key_props, **{k: claim.props.get(k) for k in claim.key_props}})
    for candidate in accepted:
        if _fold(candidate.key_props) == mine:
            return dict(candidate.key_props)
    same_document = [c for c in accepted if c.evidence.document_id == claim.evidence.document_id]
    return dict((same_document or accepted)[0].key_props)


def accepted_candidates(
    records: ShippedRecords,
    ends: set[str],
    extractions: Sequence[Extraction],
    state: GraphState,
) -> None:
    """Candidates at an end of an accepted review are accepted entities, as accepting the
    relation in `coalition-graph review` makes them: their record (new, or the graph's pending
    candidate written again) says so."""
    from ingest.documents.build import CANDIDATE_PREFIX, METHOD

    by_id: dict[str, ExtractedEntity] = {}
    for extraction in extractions:
        for entity in extraction.entities:
            if entity.id is None:
                by_id.setdefault(node_id_of(entity, state.same_as), entity)
    accepted: dict[str, Value] = {
        "candidate": False,
        "status": "accepted",
        "review_status": "accepted",
    }
    for index, node in enumerate(records.nodes):
        if node.id in ends and node.props.get("candidate"):
            records.nodes[index] = replace(node, props={**node.props, **accepted})
    written = {node.id for node in records.nodes}
    for end in sorted(ends - written):
        known = state.entities.get(end)
        found = by_id.get(end)
        if not end.startswith(CANDIDATE_PREFIX) or found is None or known is None:
            continue
        if known.get("candidate") and known.get("status") == "proposed":
            model = load_model().labels
            labels = tuple(label for label in known.get("labels", []) if label in model)
            props: dict[str, Value] = {"name": found.name[:300], "method": METHOD, **accepted}
            records.nodes.append(NodeRecord(end, labels or ("Organization",), props))
