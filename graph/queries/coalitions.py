"""Who is in a coalition, in which role, on a given date."""

from __future__ import annotations

from typing import Any

from graph.dates import as_of_day
from graph.queries.common import GraphContext, page_items, summary, valid_on, visible
from graph.queries.shape import evidence, read_page
from graph.queries.types import EntityRef, Member, Page

# as_of reads valid_from/valid_to: a partial since counts from its first day, a partial until
# to its last day, a missing since is always-before, a missing until is ongoing.
_MEMBERS = (
    "MATCH (c:Organization {id: $id}) "
    "CALL (c) { MATCH (m:Entity)-[r:MEMBER_OF]->(c) "
    "WHERE "
    + visible("m")
    + " AND ($role IS NULL OR toLower(r.role) = toLower($role)) AND "
    + valid_on("r")
    + " "
    "WITH m, r ORDER BY m.name, r.role "
    "RETURN collect({m: m, r: r}) AS rows } "
    + page_items(
        "row.m AS m, row.r AS r",
        "{member: "
        + summary("m")
        + ", role: r.role, since: r.since, until: r.until, evidence: evidence}",
    )
)


def _member(row: dict[str, Any]) -> Member:
    return Member(
        member=EntityRef.from_row(row["member"]),
        role=row["role"],
        since=row["since"],
        until=row["until"],
        evidence=evidence(row["evidence"]),
    )


async def coalition_members(
    ctx: GraphContext,
    coalition_id: str,
    as_of: str | None,
    role: str | None,
    limit: int,
    offset: int,
) -> Page[Member] | None:
    """One page of members and roles (one row per role); None when there is no such
    organization.

    as_of may be partial: "2017" asks about 1 January 2017.
    """
    on = as_of_day(as_of)  # ValueError for a date that does not exist
    return await read_page(
        ctx,
        _MEMBERS,
        limit,
        offset,
        _member,
        id=coalition_id,
        as_of=on.isoformat() if on else None,
        role=role,
    )
