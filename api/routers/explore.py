"""Interactive pages of the network for strategy sessions: the same pages `coalition-graph viz`
writes, served with links to each entity's API page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse

from api.auth import Credentials, token_ok
from api.deps import Ctx
from api.errors import GRAPH_ERRORS
from graph.queries.common import MAX_HOPS
from graph.queries.subgraph import Filters, subgraph
from visualizations import PageOptions, render_page
from visualizations.describe import describe
from visualizations.index_page import render_index

router = APIRouter(prefix="/explore", tags=["explore"], responses=GRAPH_ERRORS)


def _id(description: str) -> Any:
    return Query(max_length=200, description=description)


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
    return HTMLResponse(render_index(graph, _root(request) + "/explore/graph"))


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
    responses=HTML,
)
async def explore_graph(
    request: Request,
    ctx: Ctx,
    credentials: Credentials,
    coalition: Annotated[str | None, _id("A coalition id: it and its members.")] = None,
    process: Annotated[str | None, _id("A process id: it, its parts, who acted on it.")] = None,
    position: Annotated[str | None, _id("A position id: it and who advocates it.")] = None,
    issue: Annotated[
        str | None, _id("A topic, e.g. detention: its positions and advocates.")
    ] = None,
    around: Annotated[str | None, _id("An entity id: everything within `hops` of it.")] = None,
    hops: Annotated[int, Query(ge=1, le=MAX_HOPS, description="Steps from `around`.")] = 1,
    as_of: Annotated[
        str | None,
        Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="Links valid on this date."),
    ] = None,
    include_private: Annotated[
        bool, Query(description="Include people marked private (needs the token).")
    ] = False,
) -> HTMLResponse:
    if include_private and not token_ok(request, credentials):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "include_private needs the API token.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    filters = Filters(
        coalition=coalition,
        process=process,
        position=position,
        issue=issue,
        around=around or None,
        hops=hops,
        as_of=as_of or None,
        include_private=include_private,
    )
    graph = await subgraph(ctx, filters)
    if graph is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, "A filter names an entity that does not exist."
        )
    title, subtitle = describe(filters, graph)
    options = PageOptions(
        title=title, subtitle=subtitle, api_base=_root(request), include_private=include_private
    )
    return HTMLResponse(render_page(graph, options))
