"""What routers receive through Depends: the graph context (driver, database, time limit)."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Query, Request, status
from pydantic import AfterValidator

from api.auth import Credentials, token_ok
from api.readiness import admit
from graph.dates import DATE_GRAMMAR, why_not_a_date
from graph.queries.common import DEFAULT_LIMIT, MAX_HOPS, MAX_LIMIT, MAX_OFFSET, GraphContext
from graph.queries.subgraph import Filters


# async: FastAPI runs a plain `def` dependency in its thread pool, a thread hop per request.
async def _ctx(
    request: Request,
    credentials: Credentials,
    include_private: Annotated[
        bool,
        Query(
            description="Include people marked private (needs the API token; 401 without it). "
            "Without it they appear in no answer."
        ),
    ] = False,
) -> GraphContext:
    """The graph context of every read: private people only for a caller with the token who
    asks for them (graph.queries.common.visible applies it to every query)."""
    ctx: GraphContext = request.app.state.graph
    if not include_private:
        await admit(request.scope, reads=True)
        return ctx
    if not token_ok(request, credentials):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "include_private needs the API token.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    await admit(request.scope, reads=True)
    return replace(ctx, include_private=True)


Ctx = Annotated[GraphContext, Depends(_ctx)]


async def _graph(request: Request) -> GraphContext:
    ctx: GraphContext = request.app.state.graph
    await admit(request.scope, reads=True)
    return ctx


# The context without the include_private question: for /health, which shows no entity.
Graph = Annotated[GraphContext, Depends(_graph)]
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
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Skip this many items (paging).")]
Format = Annotated[Literal["json", "csv"], Query(description="json, or csv for spreadsheets.")]
DEFAULT_PAGE = DEFAULT_LIMIT


def _real_date(value: str | None) -> str | None:
    """An impossible date (2017-02-30) fails here, as a 422 naming the parameter."""
    if value:
        problem = why_not_a_date(value)
        if problem:
            raise ValueError(problem)
    return value or None  # an empty field of a submitted form means "not given"


# The one date parameter of every endpoint: a partial date asks about its first day.
AsOf = Annotated[
    str | None,
    Query(
        max_length=10,
        pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$",
        description=f"Links valid on this date: {DATE_GRAMMAR} (a partial date means its first "
        "day: 2017 is 2017-01-01).",
    ),
    AfterValidator(_real_date),
]


def _id(description: str) -> Any:
    return Query(max_length=200, description=description)


async def _filters(
    ctx: Ctx,
    coalition: Annotated[str | None, _id("A coalition id: it and its members.")] = None,
    process: Annotated[str | None, _id("A process id: it, its parts, who acted on it.")] = None,
    position: Annotated[str | None, _id("A position id: it and who advocates it.")] = None,
    issue: Annotated[
        str | None, _id("A topic, e.g. detention: its positions and advocates.")
    ] = None,
    around: Annotated[str | None, _id("An entity id: everything within `hops` of it.")] = None,
    hops: Annotated[int, Query(ge=1, le=MAX_HOPS, description="Steps from `around`.")] = 1,
    as_of: AsOf = None,
) -> Filters:
    """The selection of /export and /explore/graph (graph.queries.subgraph), from the query.
    Empty fields (a submitted form) mean "not given". Private people: as the context says."""
    return Filters(
        coalition=coalition or None,
        process=process or None,
        position=position or None,
        issue=issue or None,
        around=around or None,
        hops=hops,
        as_of=as_of,
        include_private=ctx.include_private,
    )


SubgraphFilters = Annotated[Filters, Depends(_filters)]
