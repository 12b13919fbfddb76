"""Pure fixtures for the extraction tests: no database, the shipped reference data only."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer, reference_gazetteer
from ingest.extract.types import Extraction

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    return reference_gazetteer(DATA)


# the head of a news page on the compact, for the sentences on states' decisions
COMPACT_NEWS = {
    "en": "2019-05-14\n\nThe Global Compact for Migration this week\n\n",
    "es": "2019-05-14\n\nEl Pacto Mundial para la Migración esta semana\n\n",
    "fr": "2019-05-14\n\nLe Pacte mondial sur les migrations cette semaine\n\n",
}


def withdrawals(ex: Extraction) -> dict[str, str]:
    """State id -> date of each withdrawal from the compact (WITHDREW_FROM gcm-compact)."""
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    return {
        ids[r.source]: str(r.properties.get("date"))
        for r in ex.relations
        if r.type == "WITHDREW_FROM" and ids[r.target] == "gcm-compact"
    }


def read(path: Path) -> str:
    """A corpus file as the contract reads it: UTF-8, BOM stripped, newlines untouched."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def named(ex: Extraction, type_: str, lower: bool = True) -> set[tuple[str, str]]:
    """(source name, target name) of each relation of a type ("self" for the text's own
    documents), lower-cased unless told otherwise."""
    ents = {e.key: e.name.lower() if lower else e.name for e in ex.entities}
    ents.update({d.id: "self" for d in ex.documents if d.id})
    return {(ents[r.source], ents[r.target]) for r in ex.relations if r.type == type_}


def rels(extraction: Extraction, type_: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in extraction.relations if r.type == type_}


def run(
    gz: Gazetteer,
    text: str,
    date: str | None = None,
    *,
    start: int = 0,
    end: int | None = None,
    context_event: str | None = None,
    context_document: str | None = None,
) -> Extraction:
    """extract_relations, checked against the contract: exact quotes and mentions inside the
    span, both ends of every relation among the entities, confidences in [0, 1]."""
    stop = len(text) if end is None else end
    extraction = extract_relations(
        text, gz, start=start, end=end, document_date=date, context_event=context_event,
        context_document=context_document,
    )  # fmt: skip
    keys = {e.key for e in extraction.entities}
    for r in extraction.relations:
        assert text[r.start : r.end] == r.quote
        assert start <= r.start < r.end <= stop
        assert r.source in keys and r.target in keys
        assert 0.0 <= r.confidence <= 1.0
    for e in extraction.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
            assert start <= m.start < m.end <= stop
    return extraction


def ends(ex: Extraction, key: str) -> set[str]:
    """The entity keys a test's end names: an id, "~Name" (a name containing it, case folded),
    or "document:self" (the text's own document)."""
    if key == "document:self":
        return {e.key for e in ex.entities if e.type == "Document" and not e.mentions} | {
            str(d.id) for d in ex.documents if getattr(d, "id", None)
        }
    if key.startswith("~"):
        name = key[1:].lower()
        return {e.key for e in ex.entities if name in e.name.lower()}
    return {key}


def found(ex: Extraction, type_: str, source: str, target: str) -> bool:
    """Whether the extraction holds a relation of that type between those ends."""
    sources, targets = ends(ex, source), ends(ex, target)
    return any(
        r.type == type_ and r.source in sources and r.target in targets for r in ex.relations
    )


def case(case_id: str, text: str, *expected: object) -> object:
    """One parametrized case of a sentence and what it should give, named by its id."""
    return pytest.param(text, *expected, id=case_id)
