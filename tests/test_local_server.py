"""Provisioning the local server for real: start, status, restart, stop, failures, dump/load.

These tests run a second Neo4j of their own (not the session's), in a temporary state folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import GraphDatabase

from graph.local.backup import backup, restore
from graph.local.errors import LocalServerError
from graph.local.jars import is_resolved
from graph.local.java import find_java
from graph.local.server import MAIN_CLASS, LocalServer, RunningServer, free_port
from graph.settings import NEO4J_VERSION, Settings
from tests.conftest import local_settings


def jvms_of(home_root: Path) -> list[int]:
    """Pids of every JVM running a server from this home folder."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if MAIN_CLASS in cmdline and f"--home-dir={home_root}" in cmdline:
            pids.append(int(proc.name))
    return pids


def query(server: RunningServer, settings: Settings, cypher: str) -> list[dict[str, object]]:
    password = settings.password_file.read_text().strip()
    with GraphDatabase.driver(server.uri, auth=("neo4j", password)) as driver:
        return [r.data() for r in driver.execute_query(cypher).records]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return local_settings(tmp_path_factory.mktemp("provisioning"), free_port())


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[LocalServer]:
    local = LocalServer(settings)
    yield local
    local.stop()
    assert jvms_of(local.home.root) == []


def test_start_answers_and_keeps_its_password_private(
    server: LocalServer, settings: Settings
) -> None:
    running = server.start()
    assert running.uri == f"bolt://127.0.0.1:{settings.bolt_port}"
    assert query(running, settings, "RETURN 1 AS one") == [{"one": 1}]
    mode = stat.S_IMODE(settings.password_file.stat().st_mode)
    assert mode == 0o600
    assert len(settings.password_file.read_text().strip()) >= 24
    conf = (server.home.conf / "neo4j.conf").read_text()
    assert "server.http.enabled=false" in conf
    assert f"server.bolt.listen_address=127.0.0.1:{settings.bolt_port}" in conf
    assert "dbms.security.auth_enabled=true" in conf
    assert is_resolved(settings.cache_dir, NEO4J_VERSION)


def test_start_again_is_a_no_op(server: LocalServer) -> None:
    first = server.start()
    assert server.start() == first
    assert jvms_of(server.home.root) == [first.pid]


def test_only_loopback_bolt_is_open(server: LocalServer) -> None:
    running = server.start()
    with socket.socket() as sock:  # HTTP is off: 7474 is not this server's
        assert not _listening_pid_has_port(running.pid, 7474)
        assert sock.connect_ex(("127.0.0.1", running.port)) == 0


def _listening_pid_has_port(pid: int, port: int) -> bool:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            cols = line.split()
            if cols[3] == "0A" and cols[9] in inodes and int(cols[1].split(":")[1], 16) == port:
                return True
    return False


def test_restart_keeps_the_data(server: LocalServer, settings: Settings) -> None:
    running = server.start()
    query(running, settings, "CREATE (:Entity:Organization {id: 'picum', name: 'PICUM'})")
    assert server.stop() is True
    assert jvms_of(server.home.root) == []
    assert server.running() is None
    running = server.start()
    assert query(running, settings, "MATCH (n:Organization) RETURN n.id AS id") == [{"id": "picum"}]


def test_stop_when_stopped_says_so(server: LocalServer) -> None:
    server.stop()
    assert server.stop() is False


def test_stale_pid_file_is_cleaned_up(server: LocalServer, settings: Settings) -> None:
    running = server.start()
    os.killpg(running.pid, signal.SIGKILL)  # the JVM dies without cleaning up
    deadline = time.monotonic() + 30
    while Path(f"/proc/{running.pid}").exists() and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(running.pid, os.WNOHANG)  # the JVM is this process's child: reap it
        time.sleep(0.2)
    assert server.home.pid_file.exists()
    assert server.running() is None
    assert not server.home.pid_file.exists()
    again = server.start()
    assert again.pid != running.pid
    assert query(again, settings, "MATCH (n) RETURN count(n) AS n")[0]["n"] == 1


def test_garbage_pid_file_counts_as_stale(server: LocalServer) -> None:
    server.stop()
    server.home.pid_file.write_text("not json")
    assert server.running() is None
    assert not server.home.pid_file.exists()


def test_backup_and_restore_round_trip(
    server: LocalServer, settings: Settings, tmp_path: Path
) -> None:
    running = server.start()
    query(
        running,
        settings,
        "UNWIND range(1, 500) AS i CREATE (:Entity:Organization {id: 'org-' + i})"
        " WITH collect(1) AS _ MATCH (a {id: 'org-1'}), (b {id: 'org-2'})"
        " CREATE (a)-[:MEMBER_OF {role: 'member'}]->(b)",
    )
    counts = "MATCH (n) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r"
    ids = "MATCH (n) RETURN n.id AS id ORDER BY id"
    before, before_ids = query(running, settings, counts), query(running, settings, ids)
    dump = backup(server, tmp_path / "graph.dump", settings.neo4j_database)
    assert dump.stat().st_size > 0
    running = server.start()
    query(running, settings, "MATCH (n) DETACH DELETE n")
    assert query(running, settings, counts) == []  # nothing left
    restore(server, dump, settings.neo4j_database)
    running = server.start()
    assert query(running, settings, counts) == before
    assert query(running, settings, ids) == before_ids


def test_restore_of_a_missing_file_is_refused(server: LocalServer, tmp_path: Path) -> None:
    with pytest.raises(LocalServerError, match="no dump file"):
        restore(server, tmp_path / "nothing.dump", "neo4j")


def test_taken_port_gives_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        local = LocalServer(local_settings(tmp_path, port))
        with pytest.raises(LocalServerError, match=f"Port {port} .* already taken"):
            local.start()
    assert jvms_of(local.home.root) == []


def test_server_that_exits_during_start_reports_why(tmp_path: Path) -> None:
    local = LocalServer(local_settings(tmp_path, free_port(), heap_size="1k"))
    with pytest.raises(LocalServerError, match="exited with code") as failure:
        local.start()
    assert "heap" in failure.value.log_tail.lower()
    assert jvms_of(local.home.root) == []
    assert not local.home.pid_file.exists()


def test_missing_java_is_named(tmp_path: Path) -> None:
    local = LocalServer(local_settings(tmp_path, free_port(), java_home=tmp_path / "no-jdk"))
    with pytest.raises(LocalServerError, match="No Java 17 or 21"):
        local.start()


def test_missing_maven_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no mvn anywhere, and no cached jars
    java_home = find_java().parent.parent
    settings = local_settings(
        tmp_path, free_port(), cache_dir=tmp_path / "cache", java_home=java_home
    )
    local = LocalServer(settings)
    with pytest.raises(LocalServerError, match="Maven"):
        local.start()


def test_pid_file_records_port_and_version(server: LocalServer, settings: Settings) -> None:
    running = server.start()
    info = json.loads(server.home.pid_file.read_text())
    assert info == {"pid": running.pid, "port": settings.bolt_port, "version": NEO4J_VERSION}
