"""Adjectives of states (EN/ES/FR, all genders and numbers) -> government id.

Used only where a state is named by its adjective next to a state noun ("the Australian
government", "le gouvernement italien", "el gobierno brasileño"), never as free mentions.

The names are reference data, not code: data/reference/demonyms.csv, one row per government id
of governments.csv, columns `id,en,es,fr,capital`. A language cell holds the adjective's forms
separated by `|` ("keniano|keniana|kenianos|kenianas"); an empty cell means no form is sure
enough (one that names two states, "Congolese", "Korean", is left out). `capital` holds the
capital's EN|ES|FR names, for a city standing for its state ("Budapest said ...").
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from graph.settings import get_settings
from ingest.extract.text import fold

FILE = Path("reference") / "demonyms.csv"
LANGUAGES = ("en", "es", "fr")


def demonyms_path(data_dir: Path | None = None) -> Path:
    """data/reference/demonyms.csv of data_dir (the configured data folder by default)."""
    return (data_dir if data_dir is not None else get_settings().data_dir) / FILE


@lru_cache(maxsize=4)
def _rows(path: Path) -> tuple[tuple[str, dict[str, tuple[str, ...]]], ...]:
    """(government id, {column: forms}) for each row of the file."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(
            (
                row["id"].strip(),
                {
                    column: tuple(f.strip() for f in (value or "").split("|") if f.strip())
                    for column, value in row.items()
                    if column and column != "id"
                },
            )
            for row in csv.DictReader(handle)
        )


def forms(data_dir: Path | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """Government id -> {"en"|"es"|"fr": its adjective forms}, as written in the file."""
    rows = _rows(demonyms_path(data_dir))
    return {gov: {lang: cells.get(lang, ()) for lang in LANGUAGES} for gov, cells in rows}


@lru_cache(maxsize=4)
def _demonyms(path: Path) -> dict[str, str]:
    return {
        word: gov
        for gov, cells in _rows(path)
        for lang in LANGUAGES
        for word in cells.get(lang, ())
    }


def demonyms(data_dir: Path | None = None) -> dict[str, str]:
    """Every adjective form, as written (not folded) -> government id. Cached: do not mutate."""
    return _demonyms(demonyms_path(data_dir))


@lru_cache(maxsize=4)
def _capitals(path: Path) -> dict[str, str]:
    return {fold(name): gov for gov, cells in _rows(path) for name in cells.get("capital", ())}


def capitals(data_dir: Path | None = None) -> dict[str, str]:
    """Folded capital name ("budapest", "viena", "le caire") -> government id. Cached."""
    return _capitals(demonyms_path(data_dir))


DEMONYMS: dict[str, str] = demonyms()
