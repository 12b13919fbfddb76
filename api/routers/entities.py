"""Finding entities and reading one entity with all its links and their evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status
from fastapi.responses import Response

from api.deps import DEFAULT_PAGE, Ctx, Format, Limit, Offset, PerType
from api.errors import READ_ERRORS
from api.examples import example
from api.listing import found, page_response
from api.models import Problem
from graph.model import load_model
from graph.queries import search
from graph.queries.partners import entity_exists
from graph.queries.types import EntityDetail, Page, SearchHit, TimelineEntry

router = APIRouter(tags=["entities"], responses=READ_ERRORS)
EntityId = Annotated[
    str, Path(description="A stable id, e.g. gcm-coalition or usa.", max_length=200)
]
TYPES = "|".join(load_model().labels)


@router.get(
    "/entities",
    summary="Search by name, alias, acronym or former name; or browse by kind",
    description="With `q`: full-text and fuzzy search, an exact id, name, acronym, alias or "
    "former name first. 'NALACC' finds Alianza Americas (its former name); 'GCM' finds the "
    "Global Coalition on Migration and the Global Compact, labelled by type, before the "
    "documents that mention them. Without `q`: every entity (of `type`), sorted by name, a page "
    "at a time. `member_of` keeps the members of one coalition.",
    response_model=Page[SearchHit],
    responses={
        **example("/entities"),
        404: {"model": Problem, "description": "member_of names no entity."},
    },
)
async def find_entities(
    ctx: Ctx,
    q: Annotated[
        str | None, Query(min_length=1, max_length=200, description="What to look for.")
    ] = None,
    type: Annotated[
        str | None, Query(pattern=f"^({TYPES})$", description="Only this kind, e.g. Coalition.")
    ] = None,
    member_of: Annotated[
        str | None, Query(max_length=200, description="Only members of this coalition (an id).")
    ] = None,
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Format = "json",
) -> Page[SearchHit] | Response:
    if member_of and not await entity_exists(ctx, member_of):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No entity with id {member_of!r}.")
    if q is None:
        hits = await search.browse_entities(ctx, type, member_of, limit, offset)
    else:
        hits = await search.search_entities(ctx, q, type, limit, offset, member_of)
    return page_response(hits, format, "entities")


@router.get(
    "/entities/{id}",
    summary="One entity, its names and every link with evidence",
    response_model=EntityDetail,
    responses=example("/entities/{id}"),
)
async def get_entity(ctx: Ctx, id: EntityId, per_type: PerType = DEFAULT_PAGE) -> EntityDetail:
    return found(await search.entity_detail(ctx, id, per_type), "entity", id)


@router.get(
    "/entities/{id}/timeline",
    summary="An entity's dated links, oldest first",
    response_model=Page[TimelineEntry],
    responses=example("/entities/{id}/timeline"),
)
async def get_timeline(
    ctx: Ctx, id: EntityId, limit: Limit = DEFAULT_PAGE, offset: Offset = 0, format: Format = "json"
) -> Page[TimelineEntry] | Response:
    entries = found(await search.timeline(ctx, id, limit, offset), "entity", id)
    return page_response(entries, format, f"{id}-timeline")
