"""Lists answer {items, total, limit, offset}, or CSV for spreadsheet users (?format=csv)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TypeVar

from fastapi import HTTPException, status
from fastapi.responses import Response
from pydantic import BaseModel

from graph.queries.types import Page
from graph.tables import evidence_cells, write_csv

T = TypeVar("T", bound=BaseModel)

CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}}
}


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested records as spreadsheet columns: member.id, member.name; evidence as readable cells
    (evidence_count, evidence_first_quote, ...); lists of words or of entities (their ids)
    joined by '; '; a list of records (a partner's reasons, a path's steps) as readable
    key=value text, their evidence in the readable cells of the list (reasons.evidence_count,
    ...): never a JSON blob of evidence in a cell."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif key == "evidence" and isinstance(value, list):
            flat.update(evidence_cells(value, name))
        elif isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
            flat[name] = "; ".join(str(v) for v in value)
        elif isinstance(value, list) and all(isinstance(v, dict) and "id" in v for v in value):
            flat[name] = "; ".join(str(v["id"]) for v in value)
        elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
            flat[name] = " | ".join(_brief(v) for v in value)
            if any("evidence" in v for v in value):
                every = [e for v in value for e in v.get("evidence") or []]
                flat.update(evidence_cells(every, f"{name}.evidence"))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False, default=str)
        else:
            flat[name] = value
    return flat


def _brief(record: dict[str, Any]) -> str:
    """One record in a cell: 'kind=position via=end-immigration-detention stance=for'; an
    entity by its id, empty fields left out, evidence left to its own columns."""
    parts = []
    for key, value in record.items():
        if key == "evidence" or value in (None, "", [], {}):
            continue
        if isinstance(value, dict):
            value = value["id"] if "id" in value else f"({_brief(value)})"
        elif isinstance(value, list):
            value = ", ".join(
                str(v.get("id") or f"({_brief(v)})") if isinstance(v, dict) else str(v)
                for v in value
            )
        parts.append(f"{key}={value}")
    return " ".join(parts)


def to_csv(items: Sequence[BaseModel]) -> str:
    rows = [flatten(item.model_dump(mode="json")) for item in items]
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return write_csv(list(columns), rows)


def page_response(result: Page[T], fmt: str, name: str) -> Page[T] | Response:
    """A page as JSON, or its items as a CSV attachment `name`.csv (?format=csv)."""
    if fmt == "csv":
        return Response(
            to_csv(result.items),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    return result


V = TypeVar("V")


def found(value: V | None, what: str, ident: str) -> V:
    """The value, or a clear 404 naming what was not found."""
    if value is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No {what} with id {ident!r}.")
    return value
