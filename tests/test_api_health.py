"""The HTTP app against the real server: /health, /docs, /openapi.json."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.app import create_app
from graph.settings import NEO4J_VERSION, Settings


@pytest.fixture
def client(driver: Driver, graph_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(graph_settings)) as test_client:
        yield test_client


def test_health_reports_version_and_counts(
    client: TestClient, driver: Driver, graph_settings: Settings
) -> None:
    driver.execute_query(
        "CREATE (:Entity:Government {id: 'usa', name: 'United States'})"
        "-[:WITHDREW_FROM {kind: 'withdrew', date: '2017-12-02'}]->"
        "(:Entity:Process {id: 'gcm-compact', name: 'Global Compact for Migration'})",
        database_=graph_settings.neo4j_database,
    )
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body == {"status": "ok", "neo4j_version": NEO4J_VERSION, "nodes": 2, "relationships": 1}


def test_health_on_an_empty_graph(client: TestClient) -> None:
    assert client.get("/health").json()["nodes"] == 0


def test_openapi_and_docs_are_served(client: TestClient) -> None:
    spec = client.get("/openapi.json")
    assert spec.status_code == 200
    health = spec.json()["paths"]["/health"]["get"]
    assert health["summary"] and health["responses"]["200"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_unknown_path_is_a_404(client: TestClient) -> None:
    assert client.get("/no-such-thing").status_code == 404
