"""Fixtures of the document tests: an empty graph with its schema, and the CLI pointed at it."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.schema import apply_schema
from graph.settings import Settings


@pytest.fixture
def graph(driver: Driver, graph_settings: Settings) -> Driver:
    """The session's Neo4j, empty, with constraints and indexes."""
    apply_schema(driver, graph_settings.neo4j_database)
    return driver


def counts(driver: Driver, settings: Settings) -> dict[str, Any]:
    """Everything a test compares before and after: nodes by kind, relationships, claims."""
    query = """
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
    CALL () { MATCH (d:Document) RETURN count(d) AS documents }
    CALL () { MATCH (n:Entity) WHERE n.candidate RETURN count(n) AS candidates }
    CALL () { MATCH (c:Claim) RETURN collect(c._hash) AS hashes }
    RETURN nodes, relationships, claims, documents, candidates, hashes"""
    record = driver.execute_query(query, database_=settings.neo4j_database).records[0]
    data = record.data()
    data["hashes"] = sorted(data["hashes"])
    return data
