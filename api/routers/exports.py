"""The graph, or a filtered part of it, for Gephi, spreadsheets and scripts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import Response

from api.auth import Credentials, token_ok
from api.deps import Ctx
from api.errors import GRAPH_ERRORS
from graph import exports
from graph.queries.common import MAX_HOPS
from graph.queries.subgraph import Filters, subgraph

router = APIRouter(prefix="/export", tags=["exports"], responses=GRAPH_ERRORS)
FORMATS = {
    "graph.graphml": ("application/graphml+xml", exports.to_graphml),
    "graph.gexf": ("application/gexf+xml", exports.to_gexf),
    "nodes.csv": ("text/csv; charset=utf-8", exports.nodes_csv),
    "edges.csv": ("text/csv; charset=utf-8", exports.edges_csv),
}
Opt = Annotated[str | None, Query(max_length=200)]


@router.get(
    "/{name}",
    summary="Export: graph.graphml, graph.gexf, nodes.csv or edges.csv",
    description="Filter by coalition, process, position or issue, around an entity within hops, "
    "and as_of a date. Private people are left out unless include_private=true with the token.",
    responses={
        200: {
            "content": {"application/graphml+xml": {}, "application/gexf+xml": {}, "text/csv": {}}
        }
    },
)
async def export(
    request: Request,
    ctx: Ctx,
    credentials: Credentials,
    name: Annotated[str, ...],
    coalition: Opt = None,
    process: Opt = None,
    position: Opt = None,
    issue: Opt = None,
    around: Opt = None,
    hops: Annotated[int, Query(ge=1, le=MAX_HOPS)] = 1,
    as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    include_private: bool = False,
) -> Response:
    if name not in FORMATS:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"No export {name!r}: try {', '.join(FORMATS)}."
        )
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
        around=around,
        hops=hops,
        as_of=as_of,
        include_private=include_private,
    )
    graph = await subgraph(ctx, filters)
    if graph is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, "A filter names an entity that does not exist."
        )
    media_type, render = FORMATS[name]
    return Response(
        render(graph),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
