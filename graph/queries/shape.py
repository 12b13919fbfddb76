"""Turning Neo4j values into plain records: public properties, evidence, pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, LiteralString, TypeVar

from graph.queries.common import GraphContext, clamp_limit, read
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


async def read_page(
    ctx: GraphContext,
    text: LiteralString,
    limit: int,
    offset: int,
    item: Callable[[dict[str, Any]], T],
    **params: Any,
) -> Page[T] | None:
    """Run a query that pages in Cypher (graph.queries.common.page_items): its one row holds
    `total` and the page's `items`. None when it returns no row (the parent does not exist)."""
    limit, offset = clamp_limit(limit), max(0, offset)
    rows = await read(ctx, text, limit=limit, offset=offset, **params)
    if not rows:
        return None
    return Page[T](
        items=[item(row) for row in rows[0]["items"]],
        total=rows[0]["total"],
        limit=limit,
        offset=offset,
    )


async def read_parentless_page(
    ctx: GraphContext,
    text: LiteralString,
    limit: int,
    offset: int,
    item: Callable[[dict[str, Any]], T],
    **params: Any,
) -> Page[T]:
    """read_page for a query with no parent to miss: it always answers its one row."""
    found = await read_page(ctx, text, limit, offset, item, **params)
    assert found is not None
    return found
