"""What /health and `db status` report: server version and the size of the graph."""

from __future__ import annotations

from dataclasses import dataclass

from neo4j import AsyncDriver, Driver

VERSION = "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version"
# Counts from the count store: constant time, whatever the size of the graph.
COUNTS = (
    "CALL () { MATCH (n) RETURN count(n) AS nodes } "
    "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } "
    "RETURN nodes, relationships"
)


@dataclass(frozen=True)
class GraphSize:
    version: str
    nodes: int
    relationships: int


def graph_size(driver: Driver, database: str) -> GraphSize:
    version = driver.execute_query(VERSION, database_=database).records[0]["version"]
    counts = driver.execute_query(COUNTS, database_=database).records[0]
    return GraphSize(str(version), int(counts["nodes"]), int(counts["relationships"]))


async def graph_size_async(driver: AsyncDriver, database: str) -> GraphSize:
    version = (await driver.execute_query(VERSION, database_=database)).records[0]["version"]
    counts = (await driver.execute_query(COUNTS, database_=database)).records[0]
    return GraphSize(str(version), int(counts["nodes"]), int(counts["relationships"]))
