"""Who is in a coalition, in which role, on a given date."""

from __future__ import annotations

from graph.queries.common import EVIDENCE_CALL, GraphContext, read, summary
from graph.queries.shape import evidence
from graph.queries.types import EntityRef, Member
from ingest.dates import first_day

# as_of reads valid_from/valid_to: a partial since counts from its first day, a partial until
# to its last day, a missing since is always-before, a missing until is ongoing.
_MEMBERS = (
    "MATCH (c:Organization {id: $id}) "
    "OPTIONAL MATCH (m:Entity)-[r:MEMBER_OF]->(c) "
    "WHERE ($role IS NULL OR toLower(r.role) = toLower($role)) AND ($as_of IS NULL OR "
    "((r.valid_from IS NULL OR r.valid_from <= date($as_of)) AND "
    "(r.valid_to IS NULL OR r.valid_to >= date($as_of)))) "
    "WITH c, m, r ORDER BY m.name, r.role "
    + EVIDENCE_CALL
    + " RETURN c.id AS coalition, collect(CASE WHEN m IS NULL THEN NULL ELSE {member: "
    + summary("m")
    + ", role: r.role, since: r.since, until: r.until, evidence: evidence} END) AS members"
)


async def coalition_members(
    ctx: GraphContext, coalition_id: str, as_of: str | None, role: str | None
) -> list[Member] | None:
    """Members and roles (one row per role); None when there is no such organization.

    as_of may be partial: "2017" asks about 1 January 2017.
    """
    on = first_day(as_of)
    if as_of and on is None:
        raise ValueError(f"as_of {as_of!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    rows = await read(
        ctx, _MEMBERS, id=coalition_id, as_of=on.isoformat() if on else None, role=role
    )
    if not rows:
        return None
    return [
        Member(
            member=EntityRef.from_row(m["member"]),
            role=m["role"],
            since=m["since"],
            until=m["until"],
            evidence=evidence(m["evidence"]),
        )
        for m in rows[0]["members"]
    ]
