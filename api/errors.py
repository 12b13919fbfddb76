"""The graph's failures as HTTP answers: a query over its time limit is a 504, an unreachable
database a 503 (both instead of a bare 500). Registered once, in api.app.create_app."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import (
    ConnectionAcquisitionTimeoutError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from api.models import Problem
from api.readiness import NotReady, unreachable_answer, watch_of
from graph.queries.common import GraphContext
from ingest.documents.ingestion import GraphUnavailable

# Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration (the per-query timeout the
# driver sends) and Neo.ClientError.Transaction.TransactionTimedOut (the server's own limit).
_TIMED_OUT = "TransactionTimedOut"
# Neo.TransientError.General.DatabaseUnavailable (stopping, starting, a restore) and the
# shutdown of a server with queries in flight: the database is not there now, a 503 too.
_UNAVAILABLE = ("DatabaseUnavailable", "DatabaseNotFound")

# For the read routers' `responses=`: the two answers in the OpenAPI description.
GRAPH_ERRORS: dict[int | str, dict[str, Any]] = {
    status.HTTP_503_SERVICE_UNAVAILABLE: {
        "model": Problem,
        "description": "The graph database is not reachable.",
    },
    status.HTTP_504_GATEWAY_TIMEOUT: {
        "model": Problem,
        "description": "The query took longer than the time limit (COALITION_GRAPH_QUERY_TIMEOUT).",
    },
}


NOT_FOUND: dict[int | str, dict[str, Any]] = {
    status.HTTP_404_NOT_FOUND: {
        "model": Problem,
        "description": "No such entity (or document, coalition, process...): the answer names it.",
    }
}
# Every read that takes include_private (api.deps.Ctx) answers 401 when it comes without the
# token.
READ_ERRORS: dict[int | str, dict[str, Any]] = {
    **GRAPH_ERRORS,
    status.HTTP_401_UNAUTHORIZED: {
        "model": Problem,
        "description": "include_private=true without the API token (or with a wrong one).",
    },
}


def as_json(responses: dict[int | str, dict[str, Any]]) -> dict[int | str, dict[str, Any]]:
    """The same answers for a route whose own answers are not JSON (an HTML page): FastAPI would
    list a `model` under the route's media type, so the JSON schema is named explicitly."""
    return {
        code: {
            "description": answer["description"],
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for code, answer in responses.items()
    }


def invalid(param: str, problem: str, value: Any = None, where: str = "query") -> Exception:
    """A wrong parameter found after FastAPI's own checks, answered in the same 422 shape
    ({"detail": [{"loc", "msg", "type"}]}, as the OpenAPI description says), naming it."""
    error = {"type": "value_error", "loc": (where, param), "msg": problem, "input": value}
    return RequestValidationError([error])


def timed_out(exc: Neo4jError) -> bool:
    return _TIMED_OUT in (exc.code or "")


def unavailable(exc: Neo4jError) -> bool:
    """A server that is starting, stopping or has its database offline (a restore)."""
    return any(code in (exc.code or "") for code in _UNAVAILABLE)


async def _neo4j_error(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, Neo4jError) and unavailable(exc):
        return await _unreachable(request, exc)
    if not (isinstance(exc, Neo4jError) and timed_out(exc)):
        raise exc  # any other server error stays a 500, logged with its traceback
    ctx: GraphContext = request.app.state.graph
    detail = (
        f"The graph took longer than {ctx.timeout:g} s to answer; narrow the question "
        "(a smaller limit, a date, a single position or issue) and ask again."
    )
    return JSONResponse({"detail": detail}, status_code=status.HTTP_504_GATEWAY_TIMEOUT)


async def _unreachable(request: Request, exc: Exception) -> JSONResponse:
    """503: the graph did not answer. The gate (api.readiness) closes at once, so the next
    requests do not try a server that is gone; its watch opens it again when the graph answers.
    A pool with every connection busy is load, not an unreachable server: the gate stays."""
    watch = watch_of(request.scope)
    if watch is not None and not isinstance(exc, NotReady | ConnectionAcquisitionTimeoutError):
        watch.close()
    return unreachable_answer()


async def _invalid(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's 422, each problem once: a query parameter read by a dependency that two
    others share (the read context of /export and /explore/graph) is reported once per use."""
    assert isinstance(exc, RequestValidationError)
    once: dict[str, Any] = {}
    for error in exc.errors():
        once.setdefault(repr(sorted(error.items(), key=lambda kv: kv[0])), error)
    return await request_validation_exception_handler(
        request, RequestValidationError(list(once.values()), body=exc.body)
    )


def add_graph_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Neo4jError, _neo4j_error)
    app.add_exception_handler(ServiceUnavailable, _unreachable)
    app.add_exception_handler(SessionExpired, _unreachable)
    app.add_exception_handler(GraphUnavailable, _unreachable)  # an upload's write
    app.add_exception_handler(NotReady, _unreachable)  # the gate stayed closed
    # every pooled connection busy for connect_timeout: the graph cannot take more just now
    app.add_exception_handler(ConnectionAcquisitionTimeoutError, _unreachable)
