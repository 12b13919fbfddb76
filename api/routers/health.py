"""GET /health: the graph answers, and how big it is."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import Database, Driver
from api.models import Health
from graph.queries.health import graph_size_async

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    summary="Is the graph up?",
    description="Answers 200 once Neo4j answers, with its version and the size of the graph.",
    responses={
        200: {
            "content": {
                "application/json": {
                    "example": {
                        "status": "ok",
                        "neo4j_version": "5.26.29",
                        "nodes": 0,
                        "relationships": 0,
                    }
                }
            }
        }
    },
)
async def health(driver: Driver, database: Database) -> Health:
    size = await graph_size_async(driver, database)
    return Health(
        status="ok", neo4j_version=size.version, nodes=size.nodes, relationships=size.relationships
    )
