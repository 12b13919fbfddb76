"""One throwaway real Neo4j for the whole test session, on a free port, torn down at the end.

An external server is used only when COALITION_GRAPH_TEST_NEO4J_URI names it, and only if it is
empty: Community has a single user database and the tests wipe it between tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver, GraphDatabase

from api.app import create_app
from graph.local.server import LocalServer, free_port
from graph.schema import apply_schema
from graph.settings import Settings, get_settings
from ingest.pipeline import StageResult, load_everything
from ingest.writer import LoadSummary

TEST_URI = "COALITION_GRAPH_TEST_NEO4J_URI"


def local_settings(state_dir: Path, port: int, **overrides: Any) -> Settings:
    """Settings for a project-run server in state_dir, whatever NEO4J_* the shell has."""
    values: dict[str, Any] = {
        "neo4j_uri": None,
        "neo4j_password": None,
        "state_dir": state_dir,
        "bolt_port": port,
        "heap_size": "384m",
        "pagecache_size": "64m",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


def _external_settings(uri: str) -> Settings:
    return Settings(
        _env_file=None,
        neo4j_uri=uri,
        neo4j_user=os.environ.get("COALITION_GRAPH_TEST_NEO4J_USER", "neo4j"),
        neo4j_password=os.environ.get("COALITION_GRAPH_TEST_NEO4J_PASSWORD", ""),
        neo4j_database=os.environ.get("COALITION_GRAPH_TEST_NEO4J_DATABASE", "neo4j"),
    )


@pytest.fixture(scope="session")
def graph_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """Settings that point at the session's Neo4j."""
    external = os.environ.get(TEST_URI)
    if external:
        settings = _external_settings(external)
        with GraphDatabase.driver(
            external, auth=(settings.neo4j_user, settings.neo4j_password or "")
        ) as driver:
            records = driver.execute_query(
                "MATCH (n) RETURN count(n) AS n", database_=settings.neo4j_database
            ).records
        if records[0]["n"] != 0:
            pytest.exit(f"{TEST_URI} names a server that holds data; the tests would wipe it.", 2)
        yield settings
        return
    settings = local_settings(tmp_path_factory.mktemp("neo4j-session"), free_port())
    server = LocalServer(settings)
    server.start()
    yield settings
    server.stop()


@pytest.fixture(scope="session")
def session_driver(graph_settings: Settings) -> Iterator[Driver]:
    from graph.connection import connection

    conn = connection(graph_settings, start=False)
    with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password)) as driver:
        yield driver


@pytest.fixture
def driver(session_driver: Driver, graph_settings: Settings) -> Driver:
    """The session's driver on an empty graph (tests never see each other's data)."""
    with session_driver.session(database=graph_settings.neo4j_database) as session:
        # CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    return session_driver


@pytest.fixture(scope="module")
def reference_graph(session_driver: Driver, graph_settings: Settings) -> Iterator[LoadSummary]:
    """The graph after one load of the shipped data; tests using it only read."""
    with session_driver.session(database=graph_settings.neo4j_database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    apply_schema(session_driver, graph_settings.neo4j_database)
    results = load_everything(session_driver, graph_settings.neo4j_database, graph_settings)
    yield combined(results)


def combined(results: list[StageResult]) -> LoadSummary:
    """The counts of every stage of one load, added up."""
    total = LoadSummary(dry_run=all(r.summary.dry_run for r in results))
    for result in results:
        total.nodes.add(result.summary.nodes)
        total.claims.add(result.summary.claims)
        total.relationships.add(result.summary.relationships)
    return total


def env_for(settings: Settings) -> dict[str, str]:
    """Environment that makes a fresh `coalition-graph` (process or CliRunner) use the session's
    server."""
    if settings.neo4j_uri:
        return {
            "NEO4J_URI": settings.neo4j_uri,
            "NEO4J_USER": settings.neo4j_user,
            "NEO4J_PASSWORD": settings.neo4j_password or "",
            "NEO4J_DATABASE": settings.neo4j_database,
        }
    return {
        "COALITION_GRAPH_STATE_DIR": str(settings.state_dir),
        "COALITION_GRAPH_BOLT_PORT": str(settings.bolt_port),
    }


@pytest.fixture
def cli_env(graph_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command line, run in this process, uses the session's server."""
    for key in ("NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_USER", "NEO4J_DATABASE"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env_for(graph_settings).items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("COLUMNS", "200")  # rich reads it when it prints: tables stay unwrapped
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="module")
def client(reference_graph: LoadSummary, graph_settings: Settings) -> Iterator[TestClient]:
    """The HTTP app over the reference graph (test modules needing another app override it)."""
    with TestClient(create_app(graph_settings)) as test_client:
        yield test_client
