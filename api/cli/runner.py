"""Run the API's async query functions from the command line, so both always agree."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from graph.connection import connection
from graph.driver import make_async_driver
from graph.queries.common import GraphContext
from graph.settings import Settings

T = TypeVar("T")


def run_query(
    settings: Settings,
    query: Callable[[GraphContext], Awaitable[T]],
    include_private: bool = False,
) -> T:
    """Start the local server if needed, then run one query function with a fresh context
    (people marked private only with include_private: the command line's --include-private).

    Works from plain code and from inside a running event loop (a notebook, Playwright's sync
    API), where asyncio.run cannot be used: then it runs on a worker thread of its own.
    """
    conn = connection(settings, start=True)

    async def main() -> T:
        driver = make_async_driver(conn)
        try:
            ctx = GraphContext(driver, conn.database, settings.query_timeout, include_private)
            return await query(ctx)
        finally:
            await driver.close()

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(main())
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, main()).result()
