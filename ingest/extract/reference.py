"""The curated reference layer as gazetteer entries (names, aliases, acronyms, former names,
the governments' EN/ES/FR names) plus what resolving events and votes needs."""

from __future__ import annotations

from pathlib import Path

from ingest.extract.gazetteer import EventInfo
from ingest.extract.types import ENTITY_TYPES, GazetteerEntry
from ingest.records import NodeRecord, Value


def _names(value: Value) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v) for v in value if v)
    return (str(value),) if isinstance(value, str) and value else ()


def most_specific_label(labels: tuple[str, ...]) -> str:
    if "Coalition" in labels:
        return "Coalition"
    return next((label for label in labels if label in ENTITY_TYPES), labels[0])


def entry_of(record: NodeRecord) -> GazetteerEntry:
    props = record.props
    name = str(props.get("name") or props.get("title") or record.id)
    aliases = [*_names(props.get("aliases")), *_names(props.get("title"))]
    for extra in ("name_es", "name_fr"):
        aliases.extend(_names(props.get(extra)))
    return GazetteerEntry(
        id=record.id,
        name=name,
        type=most_specific_label(record.labels),
        aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
        acronyms=_names(props.get("acronym")),
        former_names=_names(props.get("former_names")),
    )


def reference_parts(
    data_dir: Path,
) -> tuple[list[GazetteerEntry], dict[str, EventInfo], dict[str, str], dict[str, str]]:
    """Entries, events, the document states vote on per process, and the date of each dated
    Document (a resolution's adoption: the day its vote took place)."""
    from ingest.reference.load import reference_records

    records, claims = reference_records(data_dir)
    entries = [entry_of(r) for r in records]
    part_of: dict[str, list[str]] = {}
    for claim in claims:
        if claim.predicate == "PART_OF" and claim.object_id:
            part_of.setdefault(claim.subject_id, []).append(claim.object_id)
    events = {}
    for record in records:
        if "Event" in record.labels:
            place, start = record.props.get("place"), record.props.get("start_date")
            events[record.id] = EventInfo(
                place=str(place) if place else None,
                start_date=str(start) if start else None,
                processes=tuple(part_of.get(record.id, ())),
            )
    voted: dict[str, str] = {}
    counts: dict[str, int] = {}
    for claim in claims:
        if claim.predicate == "VOTED" and claim.object_id:
            counts[claim.object_id] = counts.get(claim.object_id, 0) + 1
    for document, _ in sorted(counts.items(), key=lambda kv: -kv[1]):
        for process in part_of.get(document, []):
            voted.setdefault(process, document)
    dates = {
        r.id: str(r.props["date"])
        for r in records
        if "Document" in r.labels and r.props.get("date")
    }
    return entries, events, voted, dates
