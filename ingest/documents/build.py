"""One extraction -> the records ingest.writer.write loads: Document nodes (one per post),
candidate nodes, the shipped nodes the text names but the graph lacks, and one claim per relation.

A relation becomes a claim with method "extracted", its extractor version, the document it is
quoted from and offsets into that document's stored text. It waits for review (status
"proposed") when its confidence is below REVIEW_THRESHOLD or one of its ends is a candidate;
otherwise it is accepted. A relation a person rejected from this document before is written as
rejected, never proposed again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import load_model
from ingest.extract.types import (
    EXTRACTOR_VERSION,
    DocumentSegment,
    ExtractedEntity,
    Extraction,
    document_key,
)
from ingest.records import ClaimRecord, Evidence, NodeRecord, Value
from ingest.writer import resolve

REVIEW_THRESHOLD = 0.7
METHOD = "extracted"
CANDIDATE_PREFIX = "cand-"
_SLUG = re.compile(r"[^a-z0-9]+")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def checksum(text: str) -> str:
    """As the sample corpus writes it (ingest.reference.corpus): "sha256:<hex>"."""
    return "sha256:" + sha256(text)


def document_ids(file_checksum_hex: str, segments: int) -> list[str]:
    base = "doc-" + file_checksum_hex[:12]
    return [base] if segments == 1 else [f"{base}-p{n}" for n in range(1, segments + 1)]


def candidate_id(entity: ExtractedEntity) -> str:
    """A candidate's node id: stable for its name and type, whatever the name holds."""
    key = entity.key.removeprefix("candidate:")
    slug = _SLUG.sub("-", key.lower()).strip("-")[:60]
    if not slug or slug != key:
        digest = hashlib.sha256(f"{entity.type}|{entity.name}".encode()).hexdigest()[:10]
        slug = f"{slug[:48]}-{digest}".strip("-")
    return CANDIDATE_PREFIX + slug


@dataclass(frozen=True)
class GraphState:
    """What the graph already knows, as far as this extraction needs it."""

    # id -> {labels, candidate, status, merged_into}
    entities: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # an id merged into another -> the kept id (accepted same_as decisions)
    same_as: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Built:
    documents: list[tuple[str, DocumentSegment]]  # id and segment (offsets into the file text)
    nodes: list[NodeRecord]
    claims: list[ClaimRecord]
    entities: int = 0  # resolved to known nodes
    candidates: int = 0
    proposed: int = 0
    skipped: int = 0
    warnings: list[str] = field(default_factory=list)


def node_id_of(entity: ExtractedEntity, same_as: Mapping[str, str]) -> str:
    return resolve(entity.id if entity.id else candidate_id(entity), same_as)


def build(
    path: Path,
    extraction: Extraction,
    ids: list[str],
    file_format: str,
    state: GraphState,
    reference_nodes: Mapping[str, NodeRecord],
    kinds: list[str] | None = None,
    source_url: str | None = None,
) -> Built:
    """ids: one per document of the extraction (ingest.documents.extraction.document_ids_for);
    a single id that is not doc-<hex> names a Document that already holds this text."""
    text = extraction.text
    segments = extraction.documents
    file_hex = sha256(text)
    built = Built(list(zip(ids, segments, strict=True)), [], [])
    own = set(document_ids(file_hex, len(segments)))
    post = len(segments) > 1
    for index, (doc_id, segment) in enumerate(built.documents):
        if doc_id not in own:
            # The same text is already a Document (its claims cite that one): a shipped one
            # the graph lacks is written as `coalition-graph load` writes it.
            if doc_id not in state.entities and doc_id in reference_nodes:
                built.nodes.append(reference_nodes[doc_id])
            continue
        kind = kinds[index] if kinds and index < len(kinds) else "document"
        record = _document_record(path, doc_id, segment, text, file_hex, file_format, kind, post)
        if source_url:
            record.props["source_url"] = source_url
        built.nodes.append(record)
    ends = _ends(extraction, state, reference_nodes, built, own)
    _claims(extraction, ends, built)
    # How many claims the write carries for each Document: graph.queries.consistency finds a
    # Document whose claims never arrived by it.
    cited: dict[str, set[str]] = {}
    for claim in built.claims:
        cited.setdefault(claim.evidence.document_id or "", set()).add(claim.id)
    for node in built.nodes:
        if node.id in own and "Document" in node.labels:
            node.props["claims_written"] = len(cited.get(node.id, ()))
    return built


def mark_rejected(built: Built, rejected: list[dict[str, str]]) -> None:
    """A relation a person rejected from a document stays rejected (never re-proposed) even
    when the extractor now words it a little differently: other offsets or properties make
    another claim id, which is written as rejected. (The same claim keeps its review_status.)"""
    ids = {row["id"] for row in rejected}
    keys = {(row["key"], row["doc"]) for row in rejected}
    for index, claim in enumerate(built.claims):
        if claim.id in ids or (claim.rel_key, claim.evidence.document_id or "") not in keys:
            continue
        if claim.status == "proposed":
            built.proposed -= 1
        built.claims[index] = ClaimRecord(
            claim.predicate, claim.subject_id, claim.object_id, claim.props, claim.evidence,
            claim.preferred, "rejected", claim.key_props,
        )  # fmt: skip


def _document_record(
    path: Path,
    doc_id: str,
    segment: DocumentSegment,
    text: str,
    file_hex: str,
    file_format: str,
    kind: str,
    post: bool,
) -> NodeRecord:
    stored = text[segment.start : segment.end]
    number = doc_id.rsplit("-p", 1)[-1]
    title = segment.title or (f"{path.name} (post {number})" if post else None)
    props: dict[str, Value] = {
        "name": (title or path.name)[:200],
        "title": title,
        "kind": "post" if post else kind,
        "date": segment.date,
        "language": segment.language,
        "authors": [segment.author] if segment.author else [],
        "source_file": str(path.resolve()),
        "format": file_format,
        "checksum": checksum(stored),
        "file_checksum": "sha256:" + file_hex,
        "segment_start": segment.start,
        "segment_end": segment.end,
        "text": stored,
        "ingested": True,
        "method": METHOD,
        "extractor_version": EXTRACTOR_VERSION,
    }
    return NodeRecord(doc_id, ("Document",), props)


@dataclass(frozen=True)
class _End:
    id: str
    candidate: bool  # a pending candidate: its relations wait for review
    rejected: bool  # a candidate a person rejected: its relations are not written


def _ends(
    extraction: Extraction,
    state: GraphState,
    reference_nodes: Mapping[str, NodeRecord],
    built: Built,
    own_documents: set[str],
) -> dict[str, _End]:
    labels = load_model().labels
    ends: dict[str, _End] = {}
    written: set[str] = {node.id for node in built.nodes} | own_documents
    documents = {doc_id for doc_id, _ in built.documents}
    for entity in extraction.entities:
        node_id = node_id_of(entity, state.same_as)
        known = state.entities.get(node_id)
        if node_id in own_documents:
            candidate = rejected = False
        elif known is not None:
            candidate = bool(known.get("candidate")) and known.get("status") == "proposed"
            rejected = known.get("status") == "rejected"
        elif entity.id is not None:
            candidate = rejected = False
            record = reference_nodes.get(node_id) or _entity_record(entity, labels, False, node_id)
            if node_id not in written:
                built.nodes.append(record)
                written.add(node_id)
        else:
            candidate, rejected = True, False
            if node_id not in written:
                built.nodes.append(_entity_record(entity, labels, True, node_id))
                written.add(node_id)
        ends[entity.key] = _End(node_id, candidate, rejected)
    # a relation to the file's own document names it by its contract id ("document:0"; the
    # post that holds the quote): that is the Document node of the post
    for index, (doc_id, segment) in enumerate(built.documents):
        end = _End(resolve(doc_id, state.same_as), False, False)
        ends[segment.id or document_key(index)] = end
    unique = {end.id: end for end in ends.values() if end.id not in documents}
    built.candidates = sum(1 for end in unique.values() if end.candidate)
    built.entities = sum(1 for end in unique.values() if not end.candidate and not end.rejected)
    return ends


def _entity_record(
    entity: ExtractedEntity, labels: Mapping[str, Any], candidate: bool, node_id: str = ""
) -> NodeRecord:
    label = entity.type if entity.type in labels else "Organization"
    chain = ("Organization", "Coalition") if label == "Coalition" else (label,)
    props: dict[str, Value] = {"name": entity.name[:300]}
    if candidate:
        props.update(candidate=True, status="proposed", method=METHOD)
    else:
        props["aliases"] = sorted({a for a in entity.aliases if a and a != entity.name})
    return NodeRecord(node_id or str(entity.id), chain, props)


def _segment_of(segments: list[DocumentSegment], start: int, end: int) -> int | None:
    for index, segment in enumerate(segments):
        if segment.start <= start and end <= segment.end:
            return index
    return None


def _claims(extraction: Extraction, ends: dict[str, _End], built: Built) -> None:
    model = load_model().relationships
    text = extraction.text
    for relation in extraction.relations:
        source, target = ends.get(relation.source), ends.get(relation.target)
        rel_type = model.get(relation.type)
        if source is None or target is None or rel_type is None:
            built.skipped += 1
            built.warnings.append(
                f"relation {relation.type} at {relation.start}-{relation.end} skipped: "
                "unknown type or entity"
            )
            continue
        if source.rejected or target.rejected:
            built.skipped += 1
            continue
        if text[relation.start : relation.end] != relation.quote:
            built.skipped += 1
            built.warnings.append(
                f"relation {relation.type} at {relation.start}-{relation.end} skipped: "
                "its quote is not the text at its offsets"
            )
            continue
        index = _segment_of(extraction.documents, relation.start, relation.end)
        if index is None:
            built.skipped += 1
            built.warnings.append(
                f"relation {relation.type} at {relation.start}-{relation.end} skipped: "
                "its quote is in no document of the file (page header or between posts)"
            )
            continue
        doc_id, segment = built.documents[index]
        props: dict[str, Value] = {
            k: _value(v)
            for k, v in sorted(relation.properties.items())
            if k in rel_type.properties and v is not None and v != ""
        }
        status = "accepted"
        if relation.confidence < REVIEW_THRESHOLD or source.candidate or target.candidate:
            status = "proposed"
        key_props = {k: props.get(k) for k in rel_type.key}
        evidence = Evidence(
            method=METHOD,
            source_ref=f"document:{doc_id}",
            document_id=doc_id,
            quote=relation.quote,
            start=relation.start - segment.start,
            end=relation.end - segment.start,
            extractor_version=relation.method.split(":", 1)[-1],
            confidence=round(float(relation.confidence), 4),
        )
        claim = ClaimRecord(
            relation.type, source.id, target.id, props, evidence, True, status, key_props
        )
        if claim.status == "proposed":
            built.proposed += 1
        built.claims.append(claim)


def _value(value: Any) -> Value:
    if isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return str(value)
