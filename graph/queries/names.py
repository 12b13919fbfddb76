"""Entities called exactly this: a name, an alias, a former name, an acronym or an id.

For forms where people type a name (GET /explore/around): case-insensitive, whole names only;
private people only when asked for (the caller checks the token)."""

from __future__ import annotations

from dataclasses import replace

from graph.queries.common import GraphContext, read, visible
from graph.queries.types import EntityRef

MAX_NAMED = 20

_NAMED = (
    "MATCH (n:Entity) WHERE " + visible("n") + " AND ("
    "n.id = $raw OR toLower(n.name) = $q OR toLower(coalesce(n.acronym, '')) = $q "
    "OR toLower(coalesce(n.iso3, '')) = $q "
    "OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $q) "
    "OR any(f IN coalesce(n.former_names, []) WHERE toLower(f) = $q)) "
    "RETURN n {.id, .name, .iso3, labels: labels(n)} AS n ORDER BY n.name, n.id LIMIT $cap"
)


async def entities_named(
    ctx: GraphContext, name: str, include_private: bool = False
) -> list[EntityRef]:
    """Every entity known by exactly this name (any case), best known first, at most 20."""
    text = " ".join(name.split())
    if not text:
        return []
    if include_private:
        ctx = replace(ctx, include_private=True)
    rows = await read(ctx, _NAMED, raw=text, q=text.lower(), cap=MAX_NAMED)
    return [EntityRef.from_row(r["n"]) for r in rows]
