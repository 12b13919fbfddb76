"""States and the compact: who withdrew, refused, deferred or declined; how each voted."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import Response

from api.deps import DEFAULT_PAGE, Ctx, Format, Limit, Offset
from api.errors import READ_ERRORS
from api.examples import example
from api.listing import found, page_response
from graph.queries import processes
from graph.queries.types import Page, Votes, Withdrawal

router = APIRouter(tags=["processes"], responses=READ_ERRORS)
COMPACT = {
    "id": "gcm-compact",
    "name": "Global Compact for Safe, Orderly and Regular Migration",
    "type": "Process",
    "iso3": None,
}


@router.get(
    "/processes/{id}/withdrawals",
    summary="States that withdrew, refused, deferred or declined, dated and sourced",
    description="WITHDREW_FROM (kind withdrew or will_not_join, with 'until' for a return), "
    "DEFERRED_DECISION_ON (not a withdrawal) and DECLINED_TO_ATTEND (events of the process).",
    response_model=Page[Withdrawal],
    responses=example("/processes/{id}/withdrawals"),
)
async def withdrawals(
    ctx: Ctx,
    id: Annotated[str, Path(description="A process, e.g. gcm-compact.", max_length=200)],
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Format = "json",
) -> Page[Withdrawal] | Response:
    result = found(await processes.withdrawals(ctx, id, limit, offset), "process", id)
    return page_response(result, format, f"{id}-withdrawals")


@router.get(
    "/resolutions/{id}/votes",
    summary="How each state voted on a resolution",
    response_model=Votes,
    responses=example("/resolutions/{id}/votes"),
)
async def votes(
    ctx: Ctx, id: Annotated[str, Path(description="e.g. a-res-73-195", max_length=200)]
) -> Votes:
    return found(await processes.votes(ctx, id), "resolution", id)
