"""What routers receive through Depends: the graph context (driver, database, time limit)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Query, Request, status

from api.auth import Credentials, token_ok
from graph.queries.common import DEFAULT_LIMIT, MAX_HOPS, MAX_LIMIT, GraphContext
from graph.queries.subgraph import Filters


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


def _id(description: str) -> Any:
    return Query(max_length=200, description=description)


async def _filters(
    request: Request,
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
) -> Filters:
    """The selection of /export and /explore/graph (graph.queries.subgraph), from the query.
    Empty fields (a submitted form) mean "not given"."""
    if include_private and not token_ok(request, credentials):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "include_private needs the API token.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Filters(
        coalition=coalition or None,
        process=process or None,
        position=position or None,
        issue=issue or None,
        around=around or None,
        hops=hops,
        as_of=as_of or None,
        include_private=include_private,
    )


SubgraphFilters = Annotated[Filters, Depends(_filters)]
