"""What two actors share: for two coalitions their common members, for two organizations the
coalitions, events and documents both are tied to; each tie with its properties (role, dates)
and evidence, as of a date. A pair that is both (WIMN is a coalition and a member of GCM) gets
both answers, and the links between the two themselves."""

from __future__ import annotations

from typing import Any

from graph.queries.common import (
    EVIDENCE_CALL,
    MAX_LIMIT,
    GraphContext,
    read,
    summary,
    valid_on,
    visible,
)
from graph.queries.shape import evidence, link, public_props
from graph.queries.types import EntityRef, Interlocks, Shared, Tie

# The ties that make two organizations "share" something (not positions: see /partners).
TIES = [
    "MEMBER_OF",
    "HOSTS_SECRETARIAT",
    "AUTHORED",
    "SIGNED",
    "ENDORSED",
    "CO_SPONSORED",
    "ORGANIZED",
    "HOSTED",
    "PARTICIPATED_IN",
    "SPOKE_AT",
]
# The shared entity's kind -> the list of the answer it goes to.
_BUCKETS = {
    "Coalition": "coalitions",
    "Organization": "coalitions",
    "IntergovernmentalBody": "coalitions",
    "Event": "events",
    "Process": "events",
    "Document": "documents",
}


def _ties(var: str, out: str) -> str:
    return (
        f"CALL ({var}) {{ UNWIND {var} AS r "
        # one order for the ties of a pair (collect(DISTINCT ...) keeps none)
        "WITH r ORDER BY type(r), coalesce(r.role, ''), coalesce(toString(r.valid_from), ''), "
        "coalesce(r.claim_ids[0], '') "
        + EVIDENCE_CALL
        + " RETURN collect({type: type(r), props: properties(r), evidence: evidence}) AS "
        + out
        + " } "
    )


_TAIL = (
    "WITH x, collect(DISTINCT ra) AS ras, collect(DISTINCT rb) AS rbs "
    "ORDER BY coalesce(x.name, x.id), x.id LIMIT $cap "
    + _ties("ras", "in_a")
    + _ties("rbs", "in_b")
    + "RETURN "
    + summary("x")
    + " AS x, in_a, in_b"
)
# What both point to: coalitions they are members of, events, documents.
_SHARED_TARGETS = (
    "MATCH (a:Entity {id: $a})-[ra]->(x:Entity)<-[rb]-(b:Entity {id: $b}) "
    "WHERE type(ra) IN $ties AND type(rb) IN $ties AND x <> a AND x <> b "
    "AND NOT x:Person AND NOT x:Position AND "
    + visible("x")
    + " AND "
    + valid_on("ra")
    + " AND "
    + valid_on("rb")
    + " "
    + _TAIL
)
# Who is a member of both (two coalitions).
_SHARED_MEMBERS = (
    "MATCH (a:Coalition {id: $a})<-[ra:MEMBER_OF]-(x:Entity)"
    "-[rb:MEMBER_OF]->(b:Coalition {id: $b}) "
    "WHERE " + visible("x") + " AND " + valid_on("ra") + " AND " + valid_on("rb") + " " + _TAIL
)
_DIRECT = (
    "MATCH (a:Entity {id: $a})-[r]-(m:Entity {id: $b}) WHERE "
    + visible("a")
    + " AND "
    + visible("m")
    + " AND "
    + valid_on("r")
    + " "
    "WITH a, r, m ORDER BY type(r), r.role "
    + EVIDENCE_CALL
    + " RETURN a {.id, .name, .iso3, labels: labels(a)} AS a, "
    "collect({type: type(r), out: startNode(r) = a, other: "
    + summary("m")
    + ", props: properties(r), evidence: evidence}) AS links"
)


async def entity_refs(ctx: GraphContext, ids: list[str]) -> dict[str, EntityRef]:
    """The entities of these ids that exist, by id."""
    rows = await read(
        ctx,
        "UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE "
        + visible("n")
        + " RETURN "
        + summary("n")
        + " AS n",
        ids=ids,
    )
    return {r["n"]["id"]: EntityRef.from_row(r["n"]) for r in rows}


def _tie(row: dict[str, Any]) -> Tie:
    return Tie(
        type=row["type"], properties=public_props(row["props"]), evidence=evidence(row["evidence"])
    )


def _shared(row: dict[str, Any]) -> Shared:
    return Shared(
        entity=EntityRef.from_row(row["x"]),
        a=[_tie(t) for t in row["in_a"]],
        b=[_tie(t) for t in row["in_b"]],
    )


async def interlocks(
    ctx: GraphContext, a: EntityRef, b: EntityRef, as_of: str | None
) -> Interlocks:
    """What a and b share (both exist: the caller looked them up), as of a date (ISO, or None
    for any time). Each list holds at most MAX_LIMIT entries, by name."""
    params: dict[str, Any] = {"a": a.id, "b": b.id, "as_of": as_of, "cap": MAX_LIMIT}
    answer = Interlocks(a=a, b=b, as_of=as_of)
    for row in await read(ctx, _SHARED_TARGETS, ties=TIES, **params):
        shared = _shared(row)
        getattr(answer, _BUCKETS.get(shared.entity.type, "coalitions")).append(shared)
    if a.type == "Coalition" and b.type == "Coalition":
        answer.shared_members = [_shared(r) for r in await read(ctx, _SHARED_MEMBERS, **params)]
    direct = await read(ctx, _DIRECT, **params)
    answer.direct = [link(row) for row in direct[0]["links"]] if direct else []
    return answer
