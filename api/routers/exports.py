"""The graph, or a filtered part of it, for Gephi, spreadsheets and scripts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import Response

from api.deps import Ctx, SubgraphFilters
from api.errors import NOT_FOUND, READ_ERRORS
from graph import exports
from graph.queries.subgraph import subgraph

router = APIRouter(prefix="/export", tags=["exports"], responses=READ_ERRORS)
FORMATS = {
    "graph.graphml": ("application/graphml+xml", exports.to_graphml),
    "graph.gexf": ("application/gexf+xml", exports.to_gexf),
    "nodes.csv": ("text/csv; charset=utf-8", exports.nodes_csv),
    "edges.csv": ("text/csv; charset=utf-8", exports.edges_csv),
}


@router.get(
    "/{name}",
    summary="Export: graph.graphml, graph.gexf, nodes.csv or edges.csv",
    description="Filter by coalition, process, position or issue, around an entity within hops, "
    "and as_of a date. Private people are left out unless include_private=true with the token.",
    response_class=Response,
    responses={
        200: {
            "description": "The file (Content-Disposition: attachment), its type by its name.",
            "content": {
                "application/graphml+xml": {"schema": {"type": "string"}},
                "application/gexf+xml": {"schema": {"type": "string"}},
                "text/csv": {"schema": {"type": "string"}},
            },
        },
        **NOT_FOUND,
    },
)
async def export(
    ctx: Ctx,
    name: Annotated[str, ...],
    filters: SubgraphFilters,
) -> Response:
    if name not in FORMATS:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"No export {name!r}: try {', '.join(FORMATS)}."
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
