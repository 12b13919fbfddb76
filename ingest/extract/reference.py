"""The curated reference layer as gazetteer entries (names, aliases, acronyms, former names,
the governments' EN/ES/FR names) plus what resolving events and votes needs."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from ingest.extract.gazetteer import EventInfo
from ingest.extract.text import fold
from ingest.extract.types import ENTITY_TYPES, GazetteerEntry
from ingest.records import ClaimRecord, NodeRecord, Value


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
) -> tuple[
    list[GazetteerEntry], dict[str, EventInfo], dict[str, str], dict[str, str], dict[str, str]
]:
    """Entries, events, the document states vote on per process, the date of each dated
    Document (a resolution's adoption: the day its vote took place), and the state of each
    person whose curated posts are all with one state."""
    from ingest.reference.load import reference_records

    records, claims = reference_records(data_dir)
    entries = [entry_of(r) for r in records]
    part_of: dict[str, list[str]] = {}
    for claim in claims:
        if claim.predicate == "PART_OF" and claim.object_id:
            part_of.setdefault(claim.subject_id, []).append(claim.object_id)
    other_names = place_names(data_dir, entries)
    events = {}
    for record in records:
        if "Event" in record.labels:
            place, start = record.props.get("place"), record.props.get("start_date")
            cities, countries = _names_of_place(str(place) if place else "", other_names)
            events[record.id] = EventInfo(
                place=str(place) if place else None,
                start_date=str(start) if start else None,
                processes=tuple(part_of.get(record.id, ())),
                place_names=cities + countries,
                city_names=len(cities),
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
    return entries, events, voted, dates, _person_states(records, claims)


def place_names(data_dir: Path, entries: list[GazetteerEntry]) -> dict[str, tuple[str, ...]]:
    """Folded name -> every folded name of that place: the cities of data/reference/places.csv
    (their names in other languages and spellings) and the states (their EN/ES/FR names)."""
    groups: list[tuple[str, ...]] = []
    path = data_dir / "reference" / "places.csv"
    if path.is_file():
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                names = [row["name"], *(row.get("aliases") or "").split("|")]
                groups.append(tuple(dict.fromkeys(fold(n) for n in names if n.strip())))
    for entry in entries:
        if entry.type == "Government":
            groups.append(tuple(dict.fromkeys(fold(n) for n in (entry.name, *entry.aliases))))
    out: dict[str, tuple[str, ...]] = {}
    for group in groups:
        for name in group:
            out.setdefault(name, group)
    return out


def _names_of_place(
    place: str, other_names: dict[str, tuple[str, ...]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of an event's city (its place's first part) and of the rest of its place
    ("Marrakech, Morocco"; "Geneva, Switzerland (Maison des Associations)"), each part with
    its other names."""
    bare = re.sub(r"\([^)]*\)", "", fold(place))  # (a venue in brackets is no place's name)
    parts = [p.strip() for p in re.split(r"[,;]", bare) if p.strip()]
    named = [tuple(dict.fromkeys((p, *other_names.get(p, ())))) for p in parts]
    cities = named[0] if named else ()
    rest = tuple(dict.fromkeys(n for group in named[1:] for n in group))
    return cities, rest


def _person_states(records: Sequence[NodeRecord], claims: Sequence[ClaimRecord]) -> dict[str, str]:
    """Person id -> the state of their posts, for the people whose curated posts (AFFILIATED_WITH
    a Government) are all with one state."""
    governments = {r.id for r in records if "Government" in r.labels}
    states: dict[str, set[str]] = {}
    for claim in claims:
        if claim.predicate == "AFFILIATED_WITH" and claim.object_id in governments:
            states.setdefault(claim.subject_id, set()).add(claim.object_id)
    return {person: next(iter(s)) for person, s in states.items() if len(s) == 1}
