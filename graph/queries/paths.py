"""How two actors are connected: shortest paths and what they share."""

from __future__ import annotations

from typing import Any

from graph.queries.common import (
    EVIDENCE_CALL,
    MAX_HOPS,
    GraphContext,
    clamp_limit,
    page_items,
    read,
    summary,
)
from graph.queries.search import entity_links
from graph.queries.shape import evidence, read_parentless_page
from graph.queries.types import EntityRef, Interlocks, Link, Page, Path, PathStep

MAX_PATHS = 10


def _paths_query(hops: int) -> str:
    """Claims are not Entities, so paths run over the domain relationships only.

    Variable-length bounds cannot be parameters, so there is one query text per bound (an int
    from 1 to MAX_HOPS, never user text). The bound sits in the pattern rather than in a
    `WHERE length(p) <= $hops`: with a path predicate, Neo4j falls back to enumerating every
    path of up to MAX_HOPS steps whenever no path short enough exists, which on a graph of a
    million relationships runs into the query timeout. The answers are the same.
    """
    return (
        "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) "
        f"MATCH p = allShortestPaths((a)-[*..{hops}]-(b)) "
        "WITH p LIMIT $cap WITH collect(p) AS rows "
        + page_items(
            "row AS p",
            "{nodes: [n IN nodes(p) | " + summary("n") + "], steps: steps}",
            "CALL (p) { UNWIND relationships(p) AS r "
            + EVIDENCE_CALL
            + " RETURN collect({type: type(r), source: startNode(r).id, target: endNode(r).id, "
            "evidence: evidence}) AS steps }",
        )
    )


_PATHS = {hops: _paths_query(hops) for hops in range(1, MAX_HOPS + 1)}


def _path(row: dict[str, Any]) -> Path:
    return Path(
        nodes=[EntityRef.from_row(n) for n in row["nodes"]],
        relationships=[
            PathStep(
                type=s["type"],
                source=s["source"],
                target=s["target"],
                evidence=evidence(s["evidence"]),
            )
            for s in row["steps"]
        ],
        hops=len(row["steps"]),
    )


async def paths(
    ctx: GraphContext, from_id: str, to_id: str, max_hops: int, limit: int, offset: int
) -> Page[Path]:
    """One page of the (at most MAX_PATHS) shortest paths; empty when an end does not exist.
    From an entity to itself: one path of no step (shortestPath refuses equal ends)."""
    if from_id == to_id:
        return await _to_itself(ctx, from_id, limit, offset)
    hops = max(1, min(max_hops, MAX_HOPS))
    return await read_parentless_page(
        ctx, _PATHS[hops], limit, offset, _path, cap=MAX_PATHS, **{"from": from_id, "to": to_id}
    )


async def _to_itself(ctx: GraphContext, entity_id: str, limit: int, offset: int) -> Page[Path]:
    rows = await read(
        ctx, "MATCH (n:Entity {id: $id}) RETURN " + summary("n") + " AS n", id=entity_id
    )
    found = [Path(nodes=[EntityRef.from_row(r["n"])], relationships=[], hops=0) for r in rows]
    limit, offset = clamp_limit(limit), max(0, offset)
    return Page[Path](
        items=found[offset : offset + limit], total=len(found), limit=limit, offset=offset
    )


_EVENT_TYPES = {
    "PARTICIPATED_IN",
    "SPOKE_AT",
    "ORGANIZED",
    "HOSTED",
    "CO_SPONSORED",
    "ENDORSED",
    "SIGNED",
    "DECLINED_TO_ATTEND",
}


async def interlocks(ctx: GraphContext, a_id: str, b_id: str) -> Interlocks | None:
    """Coalitions both belong to and events both took part in (in any role)."""
    a, b = await entity_links(ctx, a_id), await entity_links(ctx, b_id)
    if a is None or b is None:
        return None

    def shared(kind: set[str], target_type: set[str]) -> list[EntityRef]:
        def ends(links: list[Link]) -> dict[str, EntityRef]:
            return {
                x.other.id: x.other
                for x in links
                if x.type in kind and x.direction == "out" and x.other.type in target_type
            }

        left, right = ends(a[1]), ends(b[1])
        return [left[i] for i in sorted(set(left) & set(right))]

    return Interlocks(
        a=EntityRef.from_row(a[0]),
        b=EntityRef.from_row(b[0]),
        coalitions=shared({"MEMBER_OF"}, {"Coalition", "Organization", "IntergovernmentalBody"}),
        events=shared(_EVENT_TYPES, {"Event"}),
    )


async def path_endpoints_exist(ctx: GraphContext, ids: list[str]) -> list[str]:
    """The ids among `ids` that name no entity."""
    rows = await read(
        ctx,
        "UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) RETURN id, n IS NOT NULL AS found",
        ids=ids,
    )
    return [r["id"] for r in rows if not r["found"]]
