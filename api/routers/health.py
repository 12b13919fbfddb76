"""GET /health: the graph answers, and how big it is."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import Graph
from api.errors import GRAPH_ERRORS
from api.examples import example
from api.models import Health
from graph.queries.health import graph_size_async

router = APIRouter(tags=["health"], responses=GRAPH_ERRORS)


@router.get(
    "/health",
    summary="Is the graph up?",
    description="Answers 200 once Neo4j answers, with its version and the size of the graph.",
    response_model=Health,
    responses=example("/health"),
)
async def health(ctx: Graph) -> Health:
    size = await graph_size_async(ctx.driver, ctx.database)
    return Health(
        status="ok", neo4j_version=size.version, nodes=size.nodes, relationships=size.relationships
    )
