"""A part of the graph chosen by filters: the one selection behind exports and pages.

Filters: a coalition (it and its members), a process (it, what is part of it, the states that
acted on it), a position or an issue (the positions and who advocates them), `around` an entity
within `hops`; then `as_of` keeps relationships valid on that date. Private people stay out
unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from graph.dates import as_of_day
from graph.queries.common import EVIDENCE_CALL, MAX_HOPS, GraphContext, read, valid_on, visible
from graph.queries.shape import evidence, public_props
from graph.queries.types import EntityRef, GraphEdge, GraphNode, Subgraph

MAX_NODES = 20_000
MAX_EDGES = 100_000


@dataclass(frozen=True)
class Filters:
    coalition: str | None = None
    process: str | None = None
    position: str | None = None
    issue: str | None = None
    around: str | None = None
    hops: int = 1
    as_of: str | None = None
    include_private: bool = False
    with_evidence: bool = True


_SEEDS = {
    "coalition": "MATCH (c:Organization {id: $id}) "
    "OPTIONAL MATCH (m:Entity)-[:MEMBER_OF|HOSTS_SECRETARIAT]->(c) "
    "WITH c, collect(DISTINCT m.id) AS members RETURN [c.id] + members AS ids",
    "process": "MATCH (p:Entity {id: $id}) "
    "OPTIONAL MATCH (part:Entity)-[:PART_OF*1..2]->(p) "
    "WITH p, collect(DISTINCT part) AS parts "
    "UNWIND [p] + parts AS core "
    "OPTIONAL MATCH (x:Entity)-[r]-(core) "
    "RETURN collect(DISTINCT core.id) + collect(DISTINCT x.id) AS ids",
    "position": "MATCH (p:Position {id: $id}) OPTIONAL MATCH (o:Entity)-[:ADVOCATES]->(p) "
    "WITH p, collect(DISTINCT o.id) AS others RETURN [p.id] + others AS ids",
    "issue": "MATCH (p:Position) WHERE toLower(p.topic) = toLower($id) "
    "OR toLower(coalesce(p.title, p.name)) CONTAINS toLower($id) "
    "OPTIONAL MATCH (o:Entity)-[:ADVOCATES]->(p) "
    "RETURN collect(DISTINCT p.id) + collect(DISTINCT o.id) AS ids",
}


async def _seed_ids(ctx: GraphContext, f: Filters) -> list[str] | None:
    """The ids the filters select, or None for the whole graph; [] when the seed is unknown."""
    chosen: list[set[str]] = []
    for kind in ("coalition", "process", "position", "issue"):
        value = getattr(f, kind)
        if value:
            rows = await read(ctx, _SEEDS[kind], id=value)
            chosen.append({i for i in (rows[0]["ids"] if rows else []) if i})
    if f.around:
        chosen.append(await _neighbourhood(ctx, f.around, max(1, min(f.hops, MAX_HOPS))))
    if not chosen:
        return None
    ids = set.intersection(*chosen) if len(chosen) > 1 else chosen[0]
    return sorted(ids)


async def _neighbourhood(ctx: GraphContext, start: str, hops: int) -> set[str]:
    """Breadth-first, one query a hop: path enumeration would explode around hubs."""
    start_query = "MATCH (n:Entity {id: $id}) WHERE " + visible("n") + " RETURN n.id AS id"
    if not await read(ctx, start_query, id=start):
        return set()
    seen, frontier = {start}, [start]
    for _ in range(hops):
        rows = await read(
            ctx,
            "MATCH (n:Entity)--(m:Entity) WHERE n.id IN $ids AND "
            + visible("m")
            + " RETURN DISTINCT m.id AS id LIMIT $cap",
            ids=frontier,
            cap=MAX_NODES,
        )
        frontier = [r["id"] for r in rows if r["id"] not in seen]
        seen.update(frontier)
        if not frontier or len(seen) >= MAX_NODES:
            break
    return seen


_NODES = (
    "MATCH (n:Entity) WHERE ($ids IS NULL OR n.id IN $ids) "
    "AND " + visible("n") + " "
    "RETURN n {.*, labels: labels(n)} AS n ORDER BY n.id LIMIT $cap"
)
_EDGES_TAIL = (
    " RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props, "
    "evidence LIMIT $cap"
)
_EDGES = (
    "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids "
    "AND " + valid_on("r") + " WITH a, b, r " + EVIDENCE_CALL + _EDGES_TAIL
)
_EDGES_BARE = _EDGES.replace(EVIDENCE_CALL, " WITH a, b, r, [] AS evidence ")


async def subgraph(ctx: GraphContext, f: Filters) -> Subgraph | None:
    """The nodes and edges the filters select; None when a named seed entity does not exist.
    ValueError when as_of is not a real date."""
    on = as_of_day(f.as_of)
    if f.include_private != ctx.include_private:  # the CLI's --include-private
        ctx = replace(ctx, include_private=f.include_private)
    seeds = await _seed_ids(ctx, f)
    if seeds == []:
        return None
    node_rows = await read(ctx, _NODES, ids=seeds, cap=MAX_NODES + 1)
    nodes = [_node(r["n"]) for r in node_rows[:MAX_NODES]]
    ids = [n.id for n in nodes]
    query = _EDGES if f.with_evidence else _EDGES_BARE
    edge_rows = await read(
        ctx, query, ids=ids, as_of=on.isoformat() if on else None, cap=MAX_EDGES + 1
    )
    edges = [
        GraphEdge(
            source=e["source"],
            target=e["target"],
            type=e["type"],
            properties=public_props(e["props"]),
            evidence=evidence(e["evidence"]),
        )
        for e in edge_rows[:MAX_EDGES]
    ]
    truncated = len(node_rows) > MAX_NODES or len(edge_rows) > MAX_EDGES
    return Subgraph(nodes=nodes, edges=edges, truncated=truncated)


def _node(row: dict[str, Any]) -> GraphNode:
    ref = EntityRef.from_row(row)
    props = {
        k: v for k, v in public_props(row).items() if k not in ("id", "name", "labels", "iso3")
    }
    return GraphNode(**ref.model_dump(), properties=props)
