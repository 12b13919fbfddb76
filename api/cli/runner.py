"""Run the API's async query functions from the command line, so both always agree."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from graph.connection import connection
from graph.driver import make_async_driver
from graph.queries.common import GraphContext
from graph.settings import Settings

T = TypeVar("T")


def run_query(settings: Settings, query: Callable[[GraphContext], Awaitable[T]]) -> T:
    """Start the local server if needed, then run one query function with a fresh context."""
    conn = connection(settings, start=True)

    async def main() -> T:
        driver = make_async_driver(conn)
        try:
            return await query(GraphContext(driver, conn.database, settings.query_timeout))
        finally:
            await driver.close()

    return asyncio.run(main())
