"""The FastAPI application: one async driver for its lifetime, thin routers over graph.queries."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI

from api.auth import check_startup
from api.docs_pages import add_docs_pages
from api.errors import add_graph_error_handlers
from api.readiness import GraphGate, GraphWatch
from api.routers import (
    coalitions,
    connections,
    documents,
    entities,
    events,
    explore,
    exports,
    health,
    processes,
    writes,
)
from api.uploads import WriteGuard
from graph.connection import connection
from graph.driver import get_driver, make_async_driver, make_probe_driver
from graph.queries.common import GraphContext
from graph.queries.health import probe_async
from graph.settings import Settings, get_settings

DESCRIPTION = """
A knowledge graph of the civil-society networks around migration governance: coalitions and
their members, statements and who endorsed them, states and the Global Compact for Migration.

Every link answers "where does this come from?": each carries **evidence** (the document, the
exact quote and its place in the text, or the public source and the data row it was read from,
the method and a confidence between 0 and 1). Lists come in pages (`limit`, `offset`) and as
spreadsheets with `format=csv`. Writes need a bearer token.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    check_startup(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Starting the local server blocks for seconds: keep it off the event loop.
        conn = await anyio.to_thread.run_sync(lambda: connection(settings, start=True))
        driver = make_async_driver(conn)
        await driver.verify_connectivity()
        app.state.graph = GraphContext(driver, conn.database, settings.query_timeout)
        # Whether the graph answers now (api.readiness): a 503 within 2 s while it does not.
        prober = make_probe_driver(conn)
        watch = app.state.watch = GraphWatch(lambda: probe_async(prober, conn.database))
        watch.start()
        # The write functions are synchronous (shared with the CLI): they get the process's
        # sync driver and run in worker threads.
        app.state.sync_driver = get_driver(conn)
        # Everything loaded so far (FastAPI, pydantic, the driver: hundreds of thousands of
        # objects) lives as long as the process: keep it out of the collector's full passes,
        # which otherwise stall every request in flight for tens of milliseconds.
        gc.freeze()
        try:
            yield
        finally:
            await watch.stop()
            await prober.close()
            await driver.close()

    app = FastAPI(
        title="coalition-graph",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # api.docs_pages serves both from local files, not from a CDN
        redoc_url=None,
    )
    add_docs_pages(app)
    app.state.settings = settings
    add_graph_error_handlers(app)
    app.add_middleware(GraphGate)
    app.add_middleware(WriteGuard, settings=settings)  # outside the gate: refusals come first
    for module in (
        health,
        entities,
        coalitions,
        documents,
        processes,
        connections,
        events,
        exports,
        explore,
        writes,
    ):
        app.include_router(module.router)
    return app
