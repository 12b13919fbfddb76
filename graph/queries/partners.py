"""Who else holds a position: partners on an issue, ranked by shared positions and coalitions."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph.queries.common import EVIDENCE_CALL, GraphContext, read, summary
from graph.queries.shape import evidence
from graph.queries.types import EntityRef, Partner, SharedReason

POSITION_WEIGHT = 1.0
COALITION_WEIGHT = 0.5

# With `for`: the stances it takes on each position are read once per position (not once per
# other advocate), and positions it does not advocate are skipped before their advocates are
# expanded. `r.stance IN stances` holds exactly when some `mine` has mine.stance = r.stance.
_ADVOCATES = (
    "MATCH (p:Position) WHERE ($position IS NULL OR p.id = $position) AND ($issue IS NULL OR "
    "toLower(p.topic) = toLower($issue) OR toLower(coalesce(p.title, p.name)) CONTAINS "
    "toLower($issue)) "
    "WITH p, CASE WHEN $for IS NULL THEN [] ELSE COLLECT { "
    "MATCH (:Entity {id: $for})-[mine:ADVOCATES]->(p) RETURN mine.stance } END AS stances "
    "WHERE $for IS NULL OR size(stances) > 0 "
    "MATCH (o:Entity)-[r:ADVOCATES]->(p) "
    "WHERE $for IS NULL OR (o.id <> $for AND r.stance IN stances) "
    "WITH o, p, r "
    + EVIDENCE_CALL
    + " RETURN "
    + summary("o")
    + " AS other, "
    + summary("p")
    + " AS via, evidence"
)

_COALITIONS = (
    "MATCH (:Entity {id: $for})-[:MEMBER_OF]->(c:Organization)<-[r:MEMBER_OF]-(o:Entity) "
    "WHERE o.id IN $candidates AND o.id <> $for "
    "WITH DISTINCT o, c, r "
    + EVIDENCE_CALL
    + " RETURN "
    + summary("o")
    + " AS other, "
    + summary("c")
    + " AS via, evidence"
)


async def entity_exists(ctx: GraphContext, entity_id: str) -> bool:
    rows = await read(ctx, "MATCH (n:Entity {id: $id}) RETURN n.id AS id", id=entity_id)
    return bool(rows)


async def partners(
    ctx: GraphContext, position: str | None, issue: str | None, for_id: str | None
) -> list[Partner]:
    """Entities holding the same positions (as `for_id`, when given), each reason with evidence."""
    rows = await read(ctx, _ADVOCATES, position=position, issue=issue, **{"for": for_id})
    reasons: dict[str, list[SharedReason]] = defaultdict(list)
    refs: dict[str, EntityRef] = {}
    for row in rows:
        _add(row, "position", reasons, refs)
    if for_id and refs:
        for row in await read(ctx, _COALITIONS, candidates=sorted(refs), **{"for": for_id}):
            _add(row, "coalition", reasons, refs)
    ranked = []
    for entity_id, why in reasons.items():
        positions = len({r.via.id for r in why if r.kind == "position"})
        coalitions = len({r.via.id for r in why if r.kind == "coalition"})
        score = POSITION_WEIGHT * positions + COALITION_WEIGHT * coalitions
        ranked.append(
            Partner(
                partner=refs[entity_id],
                score=score,
                shared_positions=positions,
                shared_coalitions=coalitions,
                reasons=why,
            )
        )
    return sorted(ranked, key=lambda p: (-p.score, p.partner.name or p.partner.id))


def _add(
    row: dict[str, Any],
    kind: str,
    reasons: dict[str, list[SharedReason]],
    refs: dict[str, EntityRef],
) -> None:
    other = EntityRef.from_row(row["other"])
    refs[other.id] = other
    reasons[other.id].append(
        SharedReason(
            kind=kind, via=EntityRef.from_row(row["via"]), evidence=evidence(row["evidence"])
        )
    )
