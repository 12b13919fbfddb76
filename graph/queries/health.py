"""What /health and `db status` report: server version and the size of the graph."""

from __future__ import annotations

from dataclasses import dataclass

from neo4j import AsyncDriver, Driver, Record, RoutingControl

# One round trip. Counts come from the count store: constant time, whatever the graph's size.
SIZE = (
    "CALL dbms.components() YIELD versions "
    "CALL () { MATCH (n) RETURN count(n) AS nodes } "
    "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } "
    "RETURN versions[0] AS version, nodes, relationships"
)


@dataclass(frozen=True)
class GraphSize:
    version: str
    nodes: int
    relationships: int


def _size(record: Record) -> GraphSize:
    return GraphSize(str(record["version"]), int(record["nodes"]), int(record["relationships"]))


def graph_size(driver: Driver, database: str) -> GraphSize:
    result = driver.execute_query(
        SIZE, database_=database, routing_=RoutingControl.READ, bookmark_manager_=None
    )
    return _size(result.records[0])


async def graph_size_async(driver: AsyncDriver, database: str) -> GraphSize:
    result = await driver.execute_query(
        SIZE, database_=database, routing_=RoutingControl.READ, bookmark_manager_=None
    )
    return _size(result.records[0])


PROBE = "RETURN 1 AS one"


async def probe_async(driver: AsyncDriver, database: str) -> None:
    """One round trip to the database (not only the server): raises when it does not answer."""
    await driver.execute_query(
        PROBE, database_=database, routing_=RoutingControl.READ, bookmark_manager_=None
    )
