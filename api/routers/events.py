"""An event: organizers, sponsors, hosts, speakers with roles, participants."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.deps import Ctx
from api.errors import READ_ERRORS
from api.examples import example
from api.listing import found
from graph.queries.events import event_detail
from graph.queries.types import EventDetail

router = APIRouter(tags=["events"], responses=READ_ERRORS)


@router.get(
    "/events/{id}",
    summary="Who organized, sponsored, hosted, spoke at and took part in an event",
    response_model=EventDetail,
    responses=example("/events/{id}"),
)
async def event(
    ctx: Ctx, id: Annotated[str, Path(description="e.g. pga-2016-dhaka", max_length=200)]
) -> EventDetail:
    return found(await event_detail(ctx, id), "event", id)
