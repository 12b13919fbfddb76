"""What routers receive through Depends: the graph context (driver, database, time limit)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Query, Request

from graph.queries.common import DEFAULT_LIMIT, MAX_LIMIT, GraphContext


# async: FastAPI runs a plain `def` dependency in its thread pool, a thread hop per request.
async def _ctx(request: Request) -> GraphContext:
    ctx: GraphContext = request.app.state.graph
    return ctx


Ctx = Annotated[GraphContext, Depends(_ctx)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most {MAX_LIMIT} items.")]
PerType = Annotated[
    int,
    Query(
        ge=1,
        le=MAX_LIMIT,
        description="At most this many links of each type (the totals say how many there are; "
        "the list endpoints page through them).",
    ),
]
Offset = Annotated[int, Query(ge=0, description="Skip this many items (paging).")]
Format = Annotated[Literal["json", "csv"], Query(description="json, or csv for spreadsheets.")]
DEFAULT_PAGE = DEFAULT_LIMIT
