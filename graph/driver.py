"""One driver per process (sync for the CLI and loaders, async for the API), made lazily.

Both fail fast when Neo4j is not there: a connection attempt gives up after the connection's
`connect_timeout` (COALITION_GRAPH_CONNECT_TIMEOUT, 0.75 s) and a transaction is retried for a
short while only, so the API answers 503 within about 2 s and a loader stops at once instead
of retrying for 30 s a file. A retry still carries a query over a server restart (a restore,
a stale pooled connection): the first retry comes after RETRY_DELAY.
"""

from __future__ import annotations

from typing import Any, Final

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase

from graph.connection import Connection

# Small pools: this is a desktop tool and a CI job, not a cluster client.
POOL_SIZE = 20
ACQUIRE_TIMEOUT = 30.0
# How long a transaction is retried after a transient failure (connection refused or lost,
# deadlock, leader switch): the API answers within about a second, a loader within a few.
API_RETRY_TIME = 0.3
CLI_RETRY_TIME = 3.0
RETRY_DELAY = 0.2  # the first retry; each next one waits twice as long
# A pooled connection idle for longer than this is checked (a RESET) before it is used: after
# the server restarted, the pool's connections are dead, and without the check each request
# met one of them, spent its short retries on them and answered 503 although the server was
# back. Under load connections are never idle that long, so the check costs nothing there.
LIVENESS_CHECK = 1.0
# Server warnings (e.g. a property no node has yet) are for developers, not for users' screens.
NOTIFICATIONS: Final = "OFF"

_drivers: dict[tuple[str, str], Driver] = {}


def driver_config(conn: Connection, retry_time: float, acquire_timeout: float) -> dict[str, Any]:
    """The options both drivers share."""
    return {
        "auth": (conn.user, conn.password),
        "max_connection_pool_size": POOL_SIZE,
        "connection_acquisition_timeout": acquire_timeout,
        "connection_timeout": conn.connect_timeout,
        "max_transaction_retry_time": retry_time,
        "initial_retry_delay": RETRY_DELAY,
        "liveness_check_timeout": LIVENESS_CHECK,
        "notifications_min_severity": NOTIFICATIONS,
    }


def get_driver(conn: Connection) -> Driver:
    key = (conn.uri, conn.user)
    if key not in _drivers:
        _drivers[key] = GraphDatabase.driver(
            conn.uri, **driver_config(conn, CLI_RETRY_TIME, ACQUIRE_TIMEOUT)
        )
    return _drivers[key]


def make_async_driver(conn: Connection) -> AsyncDriver:
    """An async driver owned by its caller (the API's lifespan closes it).

    Getting a connection is bounded by connect_timeout too: a server that accepts the socket
    but does not answer yet (one that is starting) would otherwise hold a request for 30 s.
    Two attempts at most, so an unreachable graph is a 503 within about 2 x connect_timeout."""
    return AsyncGraphDatabase.driver(
        conn.uri, **driver_config(conn, API_RETRY_TIME, conn.connect_timeout)
    )


def make_probe_driver(conn: Connection) -> AsyncDriver:
    """A driver of one connection for a liveness probe (api.readiness): it never waits behind
    the requests' pool, and a probe is one try (no retries: its caller probes again)."""
    config = driver_config(conn, 0.0, conn.connect_timeout)
    config["max_connection_pool_size"] = 1
    return AsyncGraphDatabase.driver(conn.uri, **config)


def close_drivers() -> None:
    for driver in _drivers.values():
        driver.close()
    _drivers.clear()
