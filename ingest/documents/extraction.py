"""A file's text -> its documents and what the extraction engine finds in them.

The gazetteer is the shipped reference data (ingest.extract.gazetteer.reference_gazetteer),
plus, when a graph is at hand, the names of its entities and the merges people decided: a name
of an entity merged into another resolves to the one kept.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.documents.language import detect_language
from ingest.documents.metadata import derived_title, read_meta
from ingest.documents.readers import SourceText
from ingest.documents.segments import post_segment, split_posts
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import (
    ENTITY_TYPES,
    DocumentSegment,
    ExtractedEntity,
    Extraction,
    GazetteerEntry,
    document_key,
)
from ingest.records import NodeRecord


@dataclass(frozen=True)
class Segmented:
    segments: list[DocumentSegment]
    kinds: list[str]  # per segment: post | press release | statement | ... | document
    source_url: str | None = None
    warnings: list[str] = field(default_factory=list)


def segment(source: SourceText, date: str | None = None) -> Segmented:
    """The documents of a file: one per post when it holds several, else the whole text.

    date (`--date`): the date of a file that carries none; a document (post) that states no date
    of its own gets it, and relative dates in it resolve against it. It goes before the file's
    metadata (HTML head, PDF info); a date the text states goes before both."""
    text = source.text
    bounds = source.posts if source.posts and len(source.posts) >= 2 else split_posts(text)
    meta = read_meta(text)
    url = meta.url or source.hints.url
    given = date or source.hints.date
    if len(bounds) >= 2:
        segments = [post_segment(text, start, end, detect_language) for start, end in bounds]
        segments = [s if s.date or not given else replace(s, date=given) for s in segments]
        segments = [
            s if s.title else replace(s, title=derived_title(text, None, s.start, s.end))
            for s in segments
        ]
        return Segmented(segments, ["post"] * len(segments), url)
    warnings = []
    if meta.date and given and meta.date[:4] != given[:4]:
        said = "--date says" if date else "the file's metadata says"
        warnings.append(
            f"{source.path.name}: the text is dated {meta.date}, {said} {given}; "
            "the text's date is kept"
        )
    whole = DocumentSegment(
        title=meta.title or source.hints.title or derived_title(text, url),
        date=meta.date or given,
        language=detect_language(text),
        start=0,
        end=len(text),
        author=meta.author or source.hints.author,
    )
    return Segmented([whole], [meta.kind], url, warnings)


# --- gazetteer --------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _reference_gazetteer_parts(
    data_dir: Path,
) -> tuple[tuple[GazetteerEntry, ...], Any, Any, Any, Any]:
    from ingest.extract.reference import reference_parts

    entries, events, voted, dates, person_states = reference_parts(data_dir)
    return tuple(entries), events, voted, dates, person_states


def reference_gazetteer(data_dir: Path) -> Gazetteer:
    """The shipped reference data as a fresh gazetteer (the parsed data is cached)."""
    entries, events, voted, dates, person_states = _reference_gazetteer_parts(data_dir)
    return Gazetteer(list(entries), events, voted, dates, person_states)


@lru_cache(maxsize=4)
def reference_nodes(data_dir: Path) -> Mapping[str, NodeRecord]:
    """The shipped nodes by id: written as `coalition-graph load` writes them when a text names
    one that the graph does not hold yet."""
    from ingest.reference.load import reference_records

    nodes, _ = reference_records(data_dir)
    return {node.id: node for node in nodes}


def graph_entries(rows: Iterable[Mapping[str, Any]]) -> list[GazetteerEntry]:
    """Rows of graph.queries.entities.gazetteer_rows as gazetteer entries."""
    entries = []
    for row in rows:
        labels = list(row.get("labels") or [])
        kind = (
            "Coalition"
            if "Coalition" in labels
            else next((label for label in labels if label in ENTITY_TYPES), None)
        )
        if kind is None:
            continue
        entries.append(
            GazetteerEntry(
                id=str(row["id"]),
                name=str(row["name"]),
                type=kind,
                aliases=_strings(row.get("aliases")),
                acronyms=_strings(row.get("acronym")),
                former_names=_strings(row.get("former_names")),
            )
        )
    return entries


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value if v)
    return ()


def gazetteer(
    data_dir: Path,
    graph_rows: Iterable[Mapping[str, Any]] = (),
    same_as: Mapping[str, str] | None = None,
) -> Gazetteer:
    """Reference data + the graph's names; names of merged-away entities join the kept one.

    One entry per id, built before the gazetteer is: an entity the graph holds with no name the
    reference data lacks gives exactly the reference entry, so adding the graph changes the
    extraction only where the graph knows more.
    """
    entries, events, voted, dates, person_states = _reference_gazetteer_parts(data_dir)
    by_id = {entry.id: entry for entry in entries}
    for entry in graph_entries(graph_rows):
        old = by_id.get(entry.id)
        by_id[entry.id] = entry if old is None else _with_names(old, entry)
    for other, kept in (same_as or {}).items():
        old, keep = by_id.pop(other, None), by_id.get(kept)
        if old is not None and keep is not None:
            by_id[kept] = _with_names(keep, old)
    return Gazetteer(list(by_id.values()), events, voted, dates, person_states)


def _with_names(entry: GazetteerEntry, more: GazetteerEntry) -> GazetteerEntry:
    """entry with the names of more that it lacks (the same object when there are none)."""
    known = {entry.name, *entry.aliases, *entry.acronyms, *entry.former_names}
    aliases = [n for n in (more.name, *more.aliases) if n and n not in known]
    acronyms = [n for n in more.acronyms if n and n not in known]
    former = [n for n in more.former_names if n and n not in known]
    if not (aliases or acronyms or former):
        return entry
    return replace(
        entry,
        aliases=tuple(dict.fromkeys((*entry.aliases, *aliases))),
        acronyms=tuple(dict.fromkeys((*entry.acronyms, *acronyms))),
        former_names=tuple(dict.fromkeys((*entry.former_names, *former))),
    )


# --- extraction -------------------------------------------------------------------------------


def reference_checksums(data_dir: Path) -> dict[str, str]:
    """checksum -> id of the shipped Documents (the sample corpus)."""
    return {
        str(node.props["checksum"]): node_id
        for node_id, node in reference_nodes(data_dir).items()
        if "Document" in node.labels and node.props.get("checksum")
    }


def document_ids_for(text: str, segmented: Segmented, known: Mapping[str, str]) -> list[str]:
    """doc-<12 hex of the text's SHA-256> (and -p<N> per post), or the id of the Document that
    already stores exactly this text."""
    from ingest.documents.build import checksum, document_ids, sha256

    if len(segmented.segments) == 1 and checksum(text) in known:
        return [known[checksum(text)]]
    return document_ids(sha256(text), len(segmented.segments))


def extract(
    text: str,
    segmented: Segmented,
    gaz: Gazetteer,
    ids: list[str],
    known_ids: Collection[str] = (),
) -> Extraction:
    """The engine on each document (post) of the text, with its language and date, the document
    itself in context; entities found in several posts are one entity with all their mentions.
    Then the documents are named (name_documents); known_ids: ids that name a Document
    the graph or the reference data already holds."""
    from ingest.extract.engine import extract_relations

    entities: dict[str, ExtractedEntity] = {}
    relations = []
    warnings = list(segmented.warnings)
    for doc_id, seg in zip(ids, segmented.segments, strict=True):
        part = extract_relations(
            text,
            gaz,
            start=seg.start,
            end=seg.end,
            language=seg.language,
            document_date=seg.date,
            context_document=doc_id,
        )
        for entity in part.entities:
            known = entities.get(entity.key)
            if known is None:
                entities[entity.key] = replace(entity, mentions=list(entity.mentions))
                continue
            known.mentions.extend(m for m in entity.mentions if m not in known.mentions)
            known.aliases.extend(a for a in entity.aliases if a not in known.aliases)
            known.confidence = max(known.confidence, entity.confidence)
        relations.extend(part.relations)
        prefix = f"{seg.title or doc_id}: " if len(ids) > 1 else ""
        warnings.extend(prefix + warning for warning in part.warnings)
    extraction = Extraction(
        text, list(segmented.segments), list(entities.values()), relations, warnings
    )
    existing = {doc_id for doc_id in ids if doc_id in known_ids or gaz.entry(doc_id) is not None}
    return name_documents(extraction, ids, existing)


def name_documents(extraction: Extraction, ids: list[str], known: Collection[str]) -> Extraction:
    """The contract names the file's own documents: documents[i] gets id "document:i" (and
    known_id, ids[i], when that Document already exists: known); a relation end that is one of
    the file's own documents (the engine's context document: ids) becomes the id of the
    document (post) that holds the relation's quote, and the entity that stood for it goes."""
    documents = [
        replace(d, id=document_key(i), known_id=ids[i] if ids[i] in known else None)
        for i, d in enumerate(extraction.documents)
    ]
    own = {doc_id: i for i, doc_id in enumerate(ids)}

    def holder(start: int, end: int, default: int) -> int:
        return next(
            (i for i, d in enumerate(documents) if d.start <= start and end <= d.end), default
        )

    relations = []
    for r in extraction.relations:
        source, target = own.get(r.source), own.get(r.target)
        if source is None and target is None:
            relations.append(r)
            continue
        relations.append(
            replace(
                r,
                source=r.source if source is None else document_key(holder(r.start, r.end, source)),
                target=r.target if target is None else document_key(holder(r.start, r.end, target)),
            )
        )
    entities = [e for e in extraction.entities if e.key not in own]
    return replace(extraction, documents=documents, entities=entities, relations=relations)


def apply_same_as(extraction: Extraction, same_as: Mapping[str, str]) -> Extraction:
    """Entities merged by a person are one: ids follow the decisions, mentions are pooled."""
    if not same_as:
        return extraction
    from ingest.writer import resolve

    merged: dict[str, ExtractedEntity] = {}
    keys: dict[str, str] = {}
    later: list[tuple[str, ExtractedEntity]] = []
    for entity in extraction.entities:
        kept = resolve(entity.id, same_as) if entity.id is not None else None
        if kept is None or kept == entity.id:
            merged[entity.key] = replace(entity, mentions=list(entity.mentions))
            keys[entity.key] = entity.key
        else:
            later.append((kept, entity))
    for kept, entity in later:
        keys[entity.key] = kept
        target = merged.get(kept)
        if target is None:
            merged[kept] = replace(entity, key=kept, id=kept, mentions=list(entity.mentions))
            continue
        pooled = {(m.start, m.end): m for m in [*target.mentions, *entity.mentions]}
        target.mentions = sorted(pooled.values(), key=lambda m: m.start)
        target.aliases = sorted({*target.aliases, entity.name, *entity.aliases} - {target.name})
    relations = [
        replace(
            relation,
            source=keys.get(relation.source, relation.source),
            target=keys.get(relation.target, relation.target),
        )
        for relation in extraction.relations
    ]
    return replace(extraction, entities=list(merged.values()), relations=relations)
