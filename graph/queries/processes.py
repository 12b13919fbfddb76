"""States and the compact: withdrawals, refusals, deferrals, and how each voted."""

from __future__ import annotations

from typing import Any

from graph.queries.common import EVIDENCE_CALL, GraphContext, page_items, read, summary, visible
from graph.queries.shape import evidence, read_page
from graph.queries.types import EntityRef, Page, VoteEntry, Votes, Withdrawal

STATE_ACTIONS = ["WITHDREW_FROM", "DEFERRED_DECISION_ON", "DECLINED_TO_ATTEND"]

# A process's own events (Marrakech is PART_OF the compact) count: declining to attend them is
# part of the story of the process.
_WITHDRAWALS = (
    "MATCH (p:Entity {id: $id}) WHERE p:Process OR p:Event "
    "CALL (p) { MATCH (g:Government)-[r]->(t:Entity) "
    "WHERE type(r) IN $types AND "
    + visible("g")
    + " AND "
    + visible("t")
    + " AND (t = p OR (t)-[:PART_OF]->(p)) "
    "WITH g, r, t ORDER BY coalesce(r.valid_from, date('9999-12-31')), g.name "
    "RETURN collect({g: g, r: r, t: t}) AS rows } "
    + page_items(
        "row.g AS g, row.r AS r, row.t AS t",
        "{state: "
        + summary("g")
        + ", target: "
        + summary("t")
        + ", type: type(r), kind: r.kind, date: r.date, until: r.until, evidence: evidence}",
    )
)


def _withdrawal(row: dict[str, Any]) -> Withdrawal:
    return Withdrawal(
        state=EntityRef.from_row(row["state"]),
        target=EntityRef.from_row(row["target"]),
        type=row["type"],
        kind=row["kind"],
        date=row["date"],
        until=row["until"],
        evidence=evidence(row["evidence"]),
    )


async def withdrawals(
    ctx: GraphContext, process_id: str, limit: int, offset: int
) -> Page[Withdrawal] | None:
    """One page of the states' withdrawals, refusals, deferrals and declines, oldest first;
    None when there is no such process (or event)."""
    return await read_page(
        ctx, _WITHDRAWALS, limit, offset, _withdrawal, id=process_id, types=STATE_ACTIONS
    )


_VOTES = (
    "MATCH (d:Document {id: $id}) "
    "OPTIONAL MATCH (g:Government)-[r:VOTED]->(d) WHERE " + visible("g") + " "
    "WITH d, g, r ORDER BY g.name "
    + EVIDENCE_CALL
    + " RETURN "
    + summary("d")
    + " AS resolution, collect(CASE WHEN g IS NULL THEN NULL ELSE {state: "
    + summary("g")
    + ", vote: r.vote, evidence: evidence} END) AS rows"
)


async def votes(ctx: GraphContext, resolution_id: str) -> Votes | None:
    rows = await read(ctx, _VOTES, id=resolution_id)
    if not rows:
        return None
    by_vote: dict[str, list[VoteEntry]] = {"yes": [], "no": [], "abstain": [], "absent": []}
    for x in rows[0]["rows"]:
        entry = VoteEntry(
            **EntityRef.from_row(x["state"]).model_dump(), evidence=evidence(x["evidence"])
        )
        by_vote.setdefault(x["vote"], []).append(entry)
    return Votes(resolution=EntityRef.from_row(rows[0]["resolution"]), **by_vote)
