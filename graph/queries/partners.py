"""Who else holds a position: partners on an issue, ranked by shared positions and coalitions."""

from __future__ import annotations

from typing import Any, Literal

from graph.queries.common import EVIDENCE_CALL, GraphContext, page_items, read, summary, visible
from graph.queries.shape import evidence, read_parentless_page
from graph.queries.types import EntityRef, Page, Partner, SharedReason

Side = Literal["allies", "opponents", "all"]
POSITION_WEIGHT = 1.0
COALITION_WEIGHT = 0.5

# Ranking first, evidence last: every candidate is scored from counts alone, and only the
# partners of the requested page have their reasons' evidence read.
#
# One stream of rows, grouped by the other entity `o`: its ADVOCATES of the positions asked about
# (those are the candidates), then its memberships of `joined`, the organizations `for` is a
# member of (read once). Counting memberships from the coalitions' side costs one expansion per
# coalition, not one per candidate (thousands on a large graph). With `for`, the stances it
# takes on each position are read once per position (not once per other advocate), and
# positions it does not advocate are skipped before their advocates are expanded.
# `r.stance IN stances` holds exactly when some `mine` has mine.stance = r.stance (allies); an
# opponent holds some other stance than one of `mine` (a missing stance is neither). A candidate
# keeps its ADVOCATES relationships (in match order) so that the page's reasons need no second
# match.
_RANKED = (
    "CALL () { OPTIONAL MATCH (:Entity {id: $for})-[:MEMBER_OF]->(c:Organization) "
    "RETURN collect(DISTINCT c) AS joined } "
    "CALL (joined) { "
    "MATCH (p:Position) WHERE ($position IS NULL OR p.id = $position) AND ($issue IS NULL OR "
    "toLower(p.topic) = toLower($issue) OR toLower(coalesce(p.title, p.name)) CONTAINS "
    "toLower($issue)) "
    "WITH p, CASE WHEN $for IS NULL THEN [] ELSE COLLECT { "
    "MATCH (:Entity {id: $for})-[mine:ADVOCATES]->(p) RETURN mine.stance } END AS stances "
    "WHERE $for IS NULL OR size(stances) > 0 "
    "MATCH (o:Entity)-[r:ADVOCATES]->(p) WHERE "
    + visible("o")
    + " AND ($for IS NULL OR (o.id <> $for AND CASE $side "
    "WHEN 'allies' THEN r.stance IN stances "
    "WHEN 'opponents' THEN any(s IN stances WHERE s <> r.stance) "
    "ELSE true END)) "
    "RETURN o, r, p, null AS c "
    "UNION ALL "
    "UNWIND joined AS c MATCH (o:Entity)-[:MEMBER_OF]->(c) WHERE o.id <> $for AND "
    + visible("o")
    + " "
    "RETURN o, null AS r, null AS p, c } "
    "WITH o, collect(r) AS advocated, count(DISTINCT p) AS positions, "
    "count(DISTINCT c) AS coalitions "
    "WHERE positions > 0 "
    "WITH o, advocated, positions, coalitions, "
    "$position_weight * positions + $coalition_weight * coalitions AS score "
    "ORDER BY score DESC, CASE WHEN coalesce(o.name, '') = '' THEN o.id ELSE o.name END, o.id "
    "WITH collect({o: o, advocated: advocated, positions: positions, coalitions: coalitions, "
    "score: score}) AS rows "
)

# The reasons of one partner of the page: its shared positions, then its shared coalitions.
_REASONS = (
    "CALL (advocated) { UNWIND advocated AS r WITH r, endNode(r) AS p "
    # `for`'s stance on the same position: the one it shares with r when it has both.
    "WITH r, p, COLLECT { MATCH (:Entity {id: $for})-[mine:ADVOCATES]->(p) "
    "RETURN mine.stance } AS mine "
    "WITH r, p, CASE WHEN r.stance IN mine THEN r.stance ELSE head(mine) END AS yours "
    + EVIDENCE_CALL
    + " RETURN collect({kind: 'position', via: "
    + summary("p")
    + ", stance: r.stance, your_stance: yours, agreement: CASE "
    "WHEN yours IS NULL OR r.stance IS NULL THEN null "
    "WHEN yours = r.stance THEN 'shared' ELSE 'opposed' END, "
    "evidence: evidence}) AS by_position } "
    # From `for`'s few coalitions to `o` (both ends bound), never through a coalition's members.
    "CALL (o) { MATCH (:Entity {id: $for})-[:MEMBER_OF]->(c:Organization) WITH DISTINCT c "
    "MATCH (o)-[r:MEMBER_OF]->(c) WITH c, r ORDER BY c.name, c.id, r.role "
    + EVIDENCE_CALL
    + " RETURN collect({kind: 'coalition', via: "
    + summary("c")
    + ", evidence: evidence}) AS by_coalition }"
)

_PARTNERS = _RANKED + page_items(
    "row.o AS o, row.advocated AS advocated, row.positions AS positions, "
    "row.coalitions AS coalitions, row.score AS score",
    "{partner: " + summary("o") + ", score: score, positions: positions, coalitions: coalitions, "
    "reasons: by_position + by_coalition}",
    _REASONS,
)


async def entity_exists(ctx: GraphContext, entity_id: str) -> bool:
    rows = await read(
        ctx, "MATCH (n:Entity {id: $id}) WHERE " + visible("n") + " RETURN n.id AS id", id=entity_id
    )
    return bool(rows)


def _partner(row: dict[str, Any]) -> Partner:
    return Partner(
        partner=EntityRef.from_row(row["partner"]),
        score=row["score"],
        shared_positions=row["positions"],
        shared_coalitions=row["coalitions"],
        reasons=[
            SharedReason(
                kind=x["kind"],
                via=EntityRef.from_row(x["via"]),
                stance=x.get("stance"),
                your_stance=x.get("your_stance"),
                agreement=x.get("agreement"),
                evidence=evidence(x["evidence"]),
            )
            for x in row["reasons"]
        ],
    )


async def partners(
    ctx: GraphContext,
    position: str | None,
    issue: str | None,
    for_id: str | None,
    limit: int,
    offset: int,
    side: Side = "allies",
) -> Page[Partner]:
    """One page of the entities holding the same positions (as `for_id`, when given), ranked by
    score = POSITION_WEIGHT * shared positions + COALITION_WEIGHT * shared coalitions (coalitions
    count only with `for_id`), then by name; each reason with its evidence and the stances.
    With `for_id`, `side` picks allies (its stance), opponents (the other stance) or all."""
    return await read_parentless_page(
        ctx,
        _PARTNERS,
        limit,
        offset,
        _partner,
        position=position,
        issue=issue,
        position_weight=POSITION_WEIGHT,
        coalition_weight=COALITION_WEIGHT,
        side=side,
        **{"for": for_id},
    )
