"""The FastAPI application: one async driver for its lifetime, routers mounted."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI

from api.routers import health
from graph.connection import connection
from graph.driver import make_async_driver
from graph.settings import Settings, get_settings

DESCRIPTION = """
A knowledge graph of the civil-society networks around migration governance: coalitions and
their members, statements and who endorsed them, states and the Global Compact for Migration.
Every answer says where it comes from.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Starting the local server blocks for seconds: keep it off the event loop.
        conn = await anyio.to_thread.run_sync(lambda: connection(settings, start=True))
        driver = make_async_driver(conn)
        await driver.verify_connectivity()
        app.state.driver = driver
        app.state.database = conn.database
        try:
            yield
        finally:
            await driver.close()

    app = FastAPI(
        title="coalition-graph",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.include_router(health.router)
    return app
