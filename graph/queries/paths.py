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
    visible,
)
from graph.queries.shape import evidence, public_props, read_parentless_page
from graph.queries.types import EntityRef, Page, Path, PathStep

MAX_PATHS = 10


def _paths_query(hops: int, filtered: bool = True) -> str:
    """Claims are not Entities, so paths run over the domain relationships only.

    `filtered=False` leaves out the visibility filter: only bench/paths_visibility.py asks for
    it, to measure what the filter costs.

    Variable-length bounds cannot be parameters, so there is one query text per bound (an int
    from 1 to MAX_HOPS, never user text). The bound sits in the pattern rather than in a
    `WHERE length(p) <= $hops`: with a path predicate, Neo4j falls back to enumerating every
    path of up to MAX_HOPS steps whenever no path short enough exists, which on a graph of a
    million relationships runs into the query timeout. The answers are the same.
    """
    return (
        "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) "
        f"MATCH p = allShortestPaths((a)-[*..{hops}]-(b)) "
        + ("WHERE all(x IN nodes(p) WHERE " + visible("x") + ") " if filtered else "")
        + "WITH p LIMIT $cap WITH collect(p) AS rows "
        + page_items(
            "row AS p",
            "{nodes: [n IN nodes(p) | " + summary("n") + "], steps: steps}",
            "CALL (p) { UNWIND relationships(p) AS r "
            + EVIDENCE_CALL
            + " RETURN collect({type: type(r), source: startNode(r).id, target: endNode(r).id, "
            "props: properties(r), evidence: evidence}) AS steps }",
        )
    )


_PATHS = {hops: _paths_query(hops) for hops in range(1, MAX_HOPS + 1)}


def _path(row: dict[str, Any]) -> Path:
    nodes = [EntityRef.from_row(n) for n in row["nodes"]]
    return Path(
        nodes=nodes,
        relationships=[
            PathStep(
                type=s["type"],
                source=s["source"],
                target=s["target"],
                # step i runs from nodes[i] to nodes[i + 1]: the link points along it or back
                direction="forward" if s["source"] == nodes[i].id else "backward",
                properties=public_props(s["props"]),
                evidence=evidence(s["evidence"]),
            )
            for i, s in enumerate(row["steps"])
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
        ctx,
        "MATCH (n:Entity {id: $id}) WHERE " + visible("n") + " RETURN " + summary("n") + " AS n",
        id=entity_id,
    )
    found = [Path(nodes=[EntityRef.from_row(r["n"])], relationships=[], hops=0) for r in rows]
    limit, offset = clamp_limit(limit), max(0, offset)
    return Page[Path](
        items=found[offset : offset + limit], total=len(found), limit=limit, offset=offset
    )


async def path_endpoints_exist(ctx: GraphContext, ids: list[str]) -> list[str]:
    """The ids among `ids` that name no entity."""
    rows = await read(
        ctx,
        "UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WHERE "
        + visible("n")
        + " RETURN id, n IS NOT NULL AS found",
        ids=ids,
    )
    return [r["id"] for r in rows if not r["found"]]
