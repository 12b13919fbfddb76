"""Entities called exactly this: a name, an alias, a former name, an acronym or an id.

For forms where people type a name (GET /explore/around): case-insensitive, whole names only;
private people only when asked for (the caller checks the token)."""

from __future__ import annotations

from graph.queries.common import GraphContext, read
from graph.queries.types import EntityRef

MAX_NAMED = 20

_NAMED = (
    "MATCH (n:Entity) WHERE ($private OR NOT coalesce(n.private, false)) AND ("
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
    rows = await read(ctx, _NAMED, raw=text, q=text.lower(), private=include_private, cap=MAX_NAMED)
    return [EntityRef.from_row(r["n"]) for r in rows]
