"""Who is in a coalition, in which role, on a date."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from api.deps import DEFAULT_PAGE, AsOf, Ctx, Format, Limit, Offset
from api.errors import READ_ERRORS
from api.examples import example
from api.listing import found, page_response
from graph.queries.coalitions import coalition_members
from graph.queries.types import Member, Page

router = APIRouter(tags=["coalitions"], responses=READ_ERRORS)


@router.get(
    "/coalitions/{id}/members",
    summary="Members of a coalition and their roles, as of a date",
    description="One row per role (a member that is also treasurer appears twice). With as_of, "
    "only memberships valid that day: a partial 'since' (2017) counts from its first day, a "
    "partial 'until' to its last day, no 'until' means ongoing.",
    response_model=Page[Member],
    responses=example("/coalitions/{id}/members"),
)
async def members(
    ctx: Ctx,
    id: Annotated[str, Path(description="The coalition, e.g. gcm-coalition.", max_length=200)],
    as_of: AsOf = None,
    role: Annotated[
        str | None, Query(max_length=100, description="Only this role, e.g. treasurer.")
    ] = None,
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Format = "json",
) -> Page[Member] | Response:
    members = await coalition_members(ctx, id, as_of, role, limit, offset)
    return page_response(found(members, "coalition", id), format, f"{id}-members")
