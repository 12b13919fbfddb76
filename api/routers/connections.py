"""Partners on an issue, paths between two actors, what two actors share."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.responses import Response

from api.deps import DEFAULT_PAGE, AsOf, Ctx, Format, Limit, Offset
from api.errors import READ_ERRORS, invalid
from api.examples import example
from api.listing import page_response
from api.models import Problem
from graph.dates import as_of_day
from graph.queries import interlocks as interlock_queries
from graph.queries import partners as partner_queries
from graph.queries import paths as path_queries
from graph.queries.common import MAX_HOPS, MAX_LIMIT
from graph.queries.partners import Side
from graph.queries.types import Interlocks, Page, Partner, Path

router = APIRouter(tags=["connections"], responses=READ_ERRORS)
Id = Annotated[str, Query(max_length=200)]


@router.get(
    "/partners",
    summary="Who else holds a position, ranked by shared positions and coalitions",
    description="Give a position id, or an issue (a topic or words of a position's title), and "
    "optionally `for` an organization: then its allies (the same stance on a position), its "
    "opponents (side=opponents) or both (side=all), ranked by positions (1 each) and coalitions "
    "shared (0.5 each). Each position reason says the partner's stance (for/against), the stance "
    "of `for` and whether they are shared or opposed, with its evidence.",
    response_model=Page[Partner],
    responses=example("/partners"),
)
async def partners(
    ctx: Ctx,
    position: Annotated[str | None, Query(max_length=200, description="A position id.")] = None,
    issue: Annotated[
        str | None, Query(max_length=200, description="A topic, e.g. detention.")
    ] = None,
    for_: Annotated[
        str | None, Query(alias="for", max_length=200, description="Your organization's id.")
    ] = None,
    side: Annotated[
        Side,
        Query(
            description="With `for`: allies (they share its stance), opponents (they take the "
            "other stance) or all."
        ),
    ] = "allies",
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Format = "json",
) -> Page[Partner] | Response:
    if not (position or issue or for_):
        raise invalid("position", "give position, issue or for")
    if side != "allies" and not for_:
        raise invalid("side", "allies and opponents are those of `for`: give for", side)
    if for_ and not await partner_queries.entity_exists(ctx, for_):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No entity with id {for_!r}.")
    result = await partner_queries.partners(ctx, position, issue, for_, limit, offset, side)
    return page_response(result, format, "partners")


@router.get(
    "/paths",
    summary="How two actors are connected (shortest paths)",
    description=f"All shortest paths of at most max_hops (capped at {MAX_HOPS}) steps, in either "
    "direction. Each step says its relationship's type, which way it runs along the path "
    "(forward or backward), its properties (role, dates, stance, vote) and its evidence. An "
    "empty list means no connection that short; from an entity to itself, one path of 0 hops.",
    response_model=Page[Path],
    responses=example("/paths"),
)
async def paths(
    ctx: Ctx,
    from_: Annotated[str, Query(alias="from", max_length=200, description="An entity id.")],
    to: Annotated[str, Query(max_length=200, description="Another entity id.")],
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS, description=f"1 to {MAX_HOPS}.")] = 3,
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Format = "json",
) -> Page[Path] | Response:
    missing = await path_queries.path_endpoints_exist(ctx, [from_, to])
    if missing:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No entity with id {missing[0]!r}.")
    result = await path_queries.paths(ctx, from_, to, max_hops, limit, offset)
    return page_response(result, format, "paths")


@router.get(
    "/interlocks",
    summary="What two actors share: members, coalitions, events, documents",
    description="For two coalitions: the members of both, each with its role and dates in each "
    "and the evidence of both memberships. For two organizations: the coalitions, events and "
    "documents both are tied to, with each one's ties. A pair that is both (a coalition that is "
    "a member of another) gets both answers, and `direct` holds the links between the two. "
    "`as_of` keeps the ties valid on that day. Each list holds at most "
    f"{MAX_LIMIT} entries, by name.",
    response_model=Interlocks,
    responses={
        **example("/interlocks"),
        404: {"model": Problem, "description": "No entity with one of the ids."},
    },
)
async def interlocks(ctx: Ctx, a: Id, b: Id, as_of: AsOf = None) -> Interlocks:
    refs = await interlock_queries.entity_refs(ctx, [a, b])
    for ident in (a, b):
        if ident not in refs:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"No entity with id {ident!r}.")
    day = as_of_day(as_of)
    return await interlock_queries.interlocks(
        ctx, refs[a], refs[b], day.isoformat() if day else None
    )
