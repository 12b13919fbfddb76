"""Prepared views for a strategy session: a small YAML file a facilitator writes.

    title: GCM strategy session
    views:
      - title: Who the coalition is
        note: Nine member organizations; Alianza Americas hosts the secretariat.
        coalition: gcm-coalition
      - title: Where Alianza stands
        around: alianza-americas
        hops: 1
        focus: alianza-americas        # optional: the node whose label is always drawn

Each view takes the filters of `coalition-graph viz` (coalition, process, position, issue,
around, hops, as_of); private people are never shown in a deck. Unknown keys are refused, so
that a misspelt filter does not silently show the whole graph.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from graph.queries.common import MAX_HOPS
from graph.queries.subgraph import Filters

MAX_VIEWS = 40
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DeckError(ValueError):
    """The deck file cannot be read: the message says where and why."""


class DeckView(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1, max_length=200)
    note: str = Field(default="", max_length=600)
    focus: str | None = None
    coalition: str | None = None
    process: str | None = None
    position: str | None = None
    issue: str | None = None
    around: str | None = None
    hops: int = Field(default=1, ge=1, le=MAX_HOPS)
    as_of: str | None = None

    @field_validator("as_of", mode="before")
    @classmethod
    def _date(cls, value: object) -> object:
        text = str(value) if value is not None else None  # YAML reads 2018-12-10 as a date
        if text is not None and not _DATE.match(text):
            raise ValueError("use YYYY-MM-DD")
        return text

    def filters(self) -> Filters:
        return Filters(
            coalition=self.coalition,
            process=self.process,
            position=self.position,
            issue=self.issue,
            around=self.around,
            hops=self.hops,
            as_of=self.as_of,
        )


class Deck(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1, max_length=200)
    views: list[DeckView] = Field(min_length=1, max_length=MAX_VIEWS)


def load_deck(path: Path) -> Deck:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DeckError(f"{path}: {exc}") from exc
    try:
        return Deck.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise DeckError(f"{path}: {problems}") from exc
