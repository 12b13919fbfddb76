"""Turning Neo4j values into plain records: public properties, evidence, pages."""

from __future__ import annotations

from typing import Any, TypeVar

from graph.queries.types import EntityRef, Evidence, Link, Page

T = TypeVar("T")

# Bookkeeping on nodes and relationships that users never need to see.
_INTERNAL = {"_hash", "key", "claim_ids", "property_claim_ids", "updated_at", "text"}


def plain(value: Any) -> Any:
    """Neo4j temporal values as ISO strings; everything else unchanged."""
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def public_props(props: dict[str, Any] | None) -> dict[str, Any]:
    return {k: plain(v) for k, v in sorted((props or {}).items()) if k not in _INTERNAL}


def evidence(rows: list[dict[str, Any]] | None) -> list[Evidence]:
    return [Evidence(**row) for row in rows or []]


def link(row: dict[str, Any]) -> Link:
    return Link(
        type=row["type"],
        direction="out" if row["out"] else "in",
        other=EntityRef.from_row(row["other"]),
        properties=public_props(row["props"]),
        evidence=evidence(row["evidence"]),
    )


def page(items: list[T], limit: int, offset: int) -> Page[T]:
    return Page[T](
        items=items[offset : offset + limit], total=len(items), limit=limit, offset=offset
    )
