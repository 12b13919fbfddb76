"""Finding entities and reading one entity with all its links and their evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from api.deps import DEFAULT_PAGE, Ctx, Format, Limit, Offset, PerType
from api.errors import GRAPH_ERRORS
from api.examples import EVIDENCE, GCM, USA, example, page
from api.listing import found, page_response
from graph.model import load_model
from graph.queries import search
from graph.queries.types import EntityDetail, Page, SearchHit, TimelineEntry

router = APIRouter(tags=["entities"], responses=GRAPH_ERRORS)
EntityId = Annotated[
    str, Path(description="A stable id, e.g. gcm-coalition or usa.", max_length=200)
]
TYPES = "|".join(load_model().labels)


@router.get(
    "/entities",
    summary="Search by name, alias, acronym or former name",
    description="Full-text and fuzzy search. 'NALACC' finds Alianza Americas (its former name); "
    "'GCM' finds both the Global Coalition on Migration and the Global Compact, labelled by type.",
    response_model=Page[SearchHit],
    responses=example(
        page({**GCM, "aliases": ["GCM"], "former_names": [], "acronym": "GCM", "score": 2.1})
    ),
)
async def find_entities(
    ctx: Ctx,
    q: Annotated[str, Query(min_length=1, max_length=200, description="What to look for.")],
    type: Annotated[
        str | None, Query(pattern=f"^({TYPES})$", description="Only this kind, e.g. Coalition.")
    ] = None,
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Format = "json",
) -> Page[SearchHit] | Response:
    hits = await search.search_entities(ctx, q, type, limit, offset)
    return page_response(hits, format, "entities")


@router.get(
    "/entities/{id}",
    summary="One entity, its names and every link with evidence",
    response_model=EntityDetail,
    responses=example(
        {
            **USA,
            "aliases": ["Estados Unidos"],
            "former_names": [],
            "acronym": None,
            "properties": {"un_member": True},
            "relationships": {
                "WITHDREW_FROM": [
                    {
                        "type": "WITHDREW_FROM",
                        "direction": "out",
                        "other": {
                            "id": "gcm-compact",
                            "name": "Global Compact for Safe, Orderly and Regular Migration",
                            "type": "Process",
                            "iso3": None,
                        },
                        "properties": {"kind": "withdrew", "date": "2017-12-02"},
                        "evidence": [EVIDENCE],
                    }
                ]
            },
        }
    ),
)
async def get_entity(ctx: Ctx, id: EntityId, per_type: PerType = DEFAULT_PAGE) -> EntityDetail:
    return found(await search.entity_detail(ctx, id, per_type), "entity", id)


@router.get(
    "/entities/{id}/timeline",
    summary="An entity's dated links, oldest first",
    response_model=Page[TimelineEntry],
    responses=example(
        page(
            {
                "date": "2011-11",
                "type": "MEMBER_OF",
                "direction": "out",
                "other": GCM,
                "properties": {"role": "member"},
                "evidence": [EVIDENCE],
            }
        )
    ),
)
async def get_timeline(
    ctx: Ctx, id: EntityId, limit: Limit = DEFAULT_PAGE, offset: Offset = 0, format: Format = "json"
) -> Page[TimelineEntry] | Response:
    entries = found(await search.timeline(ctx, id, limit, offset), "entity", id)
    return page_response(entries, format, f"{id}-timeline")
