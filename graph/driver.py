"""One driver per process (sync for the CLI and loaders, async for the API), made lazily."""

from __future__ import annotations

from typing import Final

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase

from graph.connection import Connection

# Small pools: this is a desktop tool and a CI job, not a cluster client.
POOL_SIZE = 20
ACQUIRE_TIMEOUT = 30.0
# Server warnings (e.g. a property no node has yet) are for developers, not for users' screens.
NOTIFICATIONS: Final = "OFF"

_drivers: dict[tuple[str, str], Driver] = {}


def get_driver(conn: Connection) -> Driver:
    key = (conn.uri, conn.user)
    if key not in _drivers:
        _drivers[key] = GraphDatabase.driver(
            conn.uri,
            auth=(conn.user, conn.password),
            max_connection_pool_size=POOL_SIZE,
            connection_acquisition_timeout=ACQUIRE_TIMEOUT,
            notifications_min_severity=NOTIFICATIONS,
        )
    return _drivers[key]


def make_async_driver(conn: Connection) -> AsyncDriver:
    """An async driver owned by its caller (the API's lifespan closes it)."""
    return AsyncGraphDatabase.driver(
        conn.uri,
        auth=(conn.user, conn.password),
        max_connection_pool_size=POOL_SIZE,
        connection_acquisition_timeout=ACQUIRE_TIMEOUT,
        notifications_min_severity=NOTIFICATIONS,
    )


def close_drivers() -> None:
    for driver in _drivers.values():
        driver.close()
    _drivers.clear()
