"""Get the graph ready for use: a reachable server, one driver, the schema applied."""

from __future__ import annotations

from neo4j import Driver

from graph.connection import Connection, connection
from graph.driver import get_driver
from graph.schema import apply_schema
from graph.settings import Settings


def open_graph(settings: Settings, init_schema: bool = True) -> tuple[Connection, Driver]:
    """Start the local server when none is configured, connect, and apply the schema."""
    conn = connection(settings, start=True)
    driver = get_driver(conn)
    driver.verify_connectivity()
    if init_schema:
        apply_schema(driver, conn.database)
    return conn, driver
