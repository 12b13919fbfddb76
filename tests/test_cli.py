"""The command line against the real server: db status/init, external mode, and `up` end to end."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from neo4j import Driver
from typer.testing import CliRunner

from api.cli.main import app
from graph.connection import connection
from graph.local.server import free_port
from graph.settings import NEO4J_VERSION, Settings, get_settings
from tests.conftest import env_for

runner = CliRunner()


@pytest.mark.usefixtures("cli_env")
def test_db_status_reports_a_running_server(driver: Driver, graph_settings: Settings) -> None:
    driver.execute_query(
        "CREATE (:Entity:Organization {id: 'mfa-asia', name: 'Migrant Forum in Asia'})",
        database_=graph_settings.neo4j_database,
    )
    result = runner.invoke(app, ["db", "status"])
    assert result.exit_code == 0, result.output
    assert NEO4J_VERSION in result.output
    assert "nodes" in result.output and " 1 " in result.output
    if not graph_settings.is_external:
        assert "running" in result.output and str(graph_settings.bolt_port) in result.output


@pytest.mark.usefixtures("cli_env")
def test_db_init_twice_is_safe(driver: Driver) -> None:
    first = runner.invoke(app, ["db", "init"])
    second = runner.invoke(app, ["db", "init"])
    assert first.exit_code == second.exit_code == 0, first.output + second.output
    assert first.output == second.output


def test_external_server_is_used_without_provisioning(
    driver: Driver, graph_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = connection(graph_settings, start=False)
    monkeypatch.setenv("NEO4J_URI", conn.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", conn.password)
    monkeypatch.setenv("COALITION_GRAPH_STATE_DIR", str(tmp_path / "unused"))
    get_settings.cache_clear()
    try:
        status = runner.invoke(app, ["db", "status"])
        start = runner.invoke(app, ["db", "start"])
    finally:
        get_settings.cache_clear()
    assert status.exit_code == 0, status.output
    assert "external" in status.output
    assert start.exit_code == 1 and "NEO4J_URI is set" in start.output
    assert not (tmp_path / "unused").exists()


def test_default_password_for_a_remote_server_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j://graph.example.org:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "neo4j")
    get_settings.cache_clear()
    try:
        result = runner.invoke(app, ["db", "status"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2
    assert "default 'neo4j'" in result.output


def test_up_serves_health_only_after_loading(driver: Driver, graph_settings: Settings) -> None:
    port = free_port()
    env = {**os.environ, **env_for(graph_settings)}
    if not graph_settings.neo4j_uri:
        env.pop("NEO4J_URI", None)
    cmd = [sys.executable, "-m", "api.cli.main", "up", "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        # a machine that never loaded the shipped documents parses them first (a minute)
        body = _wait_for_health(f"http://127.0.0.1:{port}/health", proc, timeout=300)
        assert body["status"] == "ok" and body["neo4j_version"] == NEO4J_VERSION
        docs = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=10)
        assert docs.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C stops the API
        output = proc.communicate(timeout=60)[0].decode(errors="replace")
    assert proc.returncode == 0, output
    assert "Neo4j ready" in output


def _wait_for_health(url: str, proc: subprocess.Popen[bytes], timeout: float) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.stdout.read().decode() if proc.stdout else "exited")
        try:
            response = httpx.get(url, timeout=5)
            if response.status_code == 200:
                body: dict[str, object] = response.json()
                return body
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise AssertionError("the API did not answer /health in time")
