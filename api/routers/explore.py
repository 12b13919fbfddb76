"""Interactive pages of the network for strategy sessions: the same pages `coalition-graph viz`
writes, served with links to each entity's API page."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from api.deps import AsOf, Ctx, SubgraphFilters
from api.errors import NOT_FOUND, READ_ERRORS, as_json
from graph.queries.common import MAX_HOPS
from graph.queries.names import entities_named
from graph.queries.subgraph import Filters, subgraph
from visualizations import PageOptions, render_page
from visualizations.describe import describe, focus_of
from visualizations.index_page import render_choices, render_index

router = APIRouter(prefix="/explore", tags=["explore"], responses=as_json(READ_ERRORS))


HTML: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/html": {}}, "description": "A self-contained HTML page."}
}


def _root(request: Request) -> str:
    root: str = request.scope.get("root_path", "")
    return root.rstrip("/")


@router.get(
    "",
    summary="Index of the visual pages",
    description="Links to a page per coalition, process, position and issue (topic), and a form "
    "for the neighbourhood of one entity. HTML, no script.",
    response_class=HTMLResponse,
    responses=HTML,
)
async def explore_index(request: Request, ctx: Ctx) -> HTMLResponse:
    graph = await subgraph(ctx, Filters(with_evidence=False))
    if graph is None:  # no seed: cannot happen, but keep the type honest
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Nothing to explore.")
    root = _root(request)
    return HTMLResponse(render_index(graph, root + "/explore/graph", root + "/explore/around"))


@router.get(
    "/around",
    summary="The page around an entity, found by its name",
    description="What the index's 'Around one actor' form sends: a name, alias, former name or "
    "acronym (any case). One entity of that name: a redirect (303) to its page. Several (GCM is "
    "a coalition and a compact): a page to choose from. None: 404. Private people are found "
    "only with include_private=true and the token (and the page it leads to includes them).",
    response_class=HTMLResponse,
    response_model=None,
    responses={
        **HTML,
        303: {"description": "To /explore/graph?around=..."},
        404: {"content": {"text/html": {}}, "description": "No entity of that name: a page."},
    },
)
async def explore_around(
    request: Request,
    ctx: Ctx,
    name: Annotated[str, Query(min_length=1, max_length=300, description="A name.")],
    hops: Annotated[int, Query(ge=1, le=MAX_HOPS)] = 1,
    as_of: AsOf = None,  # the one date grammar: checked here, not only on the page it leads to
) -> HTMLResponse | RedirectResponse:
    found = await entities_named(ctx, name)
    graph_url = _root(request) + "/explore/graph"

    def link(entity_id: str) -> str:
        params = {"around": entity_id, "hops": str(hops)} | ({"as_of": as_of} if as_of else {})
        if ctx.include_private:  # asked for with the token: the page includes them too
            params["include_private"] = "true"
        return graph_url + "?" + urlencode(params)

    if len(found) == 1:
        return RedirectResponse(link(found[0].id), status_code=status.HTTP_303_SEE_OTHER)
    choices = [(link(e.id), e.name or e.id, e.type) for e in found]
    code = status.HTTP_200_OK if choices else status.HTTP_404_NOT_FOUND
    return HTMLResponse(render_choices(name, choices, _root(request) + "/explore"), code)


@router.get(
    "/graph",
    summary="An interactive page of the network, filtered",
    description="The same selection as /export (graph.queries.subgraph): a coalition and its "
    "members, a process, a position or an issue, around an entity within hops, as_of a date. "
    "One self-contained page (vis-network inlined, no request to any other site): colours and "
    "shapes by kind, a legend, search by name or alias, and the evidence of each link on click, "
    "with a link to the entity's API page. Hubs with more than 40 neighbours show '+N more'. "
    "Private people are left out unless include_private=true with the token.",
    response_class=HTMLResponse,
    responses={**HTML, **as_json(NOT_FOUND)},
)
async def explore_graph(request: Request, ctx: Ctx, filters: SubgraphFilters) -> HTMLResponse:
    graph = await subgraph(ctx, filters)
    if graph is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, "A filter names an entity that does not exist."
        )
    title, subtitle = describe(filters, graph)
    options = PageOptions(
        title=title,
        subtitle=subtitle,
        api_base=_root(request),
        include_private=filters.include_private,
        focus=focus_of(filters),
    )
    return HTMLResponse(render_page(graph, options))
