"""Faults on a real Neo4j of this module's own: kill -9 during writes, a server that goes away
under the API, bad dumps, unwritable backups. Nothing is lost, nothing is left half-written.

The fault injectors are bench/faults.py's (the script prints the same measurements).
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from typer.testing import CliRunner

from api.app import create_app
from api.cli.main import app as cli_app
from bench.faults import (
    DATABASE,
    bad_dumps,
    base_graph,
    connect,
    document_records,
    document_state,
    ingest_folder,
    kill_during,
    kill_during_cli_ingest,
    merge_state,
    snapshot,
)
from graph.local import backup as backups
from graph.local.backup import backup, restore
from graph.local.errors import LocalServerError
from graph.local.server import LocalServer, free_port
from graph.queries.consistency import consistency
from graph.settings import Settings, get_settings
from ingest.documents import corrections
from ingest.writer import write
from tests.conftest import local_settings

runner = CliRunner()


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return local_settings(tmp_path_factory.mktemp("faults") / "state", free_port())


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[LocalServer]:
    local = LocalServer(settings)
    running = local.start()
    with connect(local, running) as driver:
        base_graph(driver)
    yield local
    local.stop()


@pytest.fixture
def driver(server: LocalServer) -> Iterator[Driver]:
    with connect(server, server.start()) as session_driver:
        yield session_driver


# --- kill -9 during writes ---------------------------------------------------------------------


def test_kill_during_a_document_write_leaves_all_of_it_or_nothing(server: LocalServer) -> None:
    nodes, claims = document_records(8_000, 1)
    result = kill_during(
        server,
        "document write",
        lambda d: write(d, DATABASE, nodes, claims, one_transaction=True),
        1.0,
        document_state("doc-faults000001", 8_000),
    )
    assert not result.state.startswith("PARTIAL"), result
    assert result.checker.counts() == {
        "unsupported_relationships": 0,
        "claims_without_relationship": 0,
        "incomplete_documents": 0,
    }


def test_kill_during_merge_and_split_leaves_the_old_state_or_the_new(
    server: LocalServer,
) -> None:
    merged = kill_during(
        server,
        "merge",
        lambda d: corrections.merge(d, DATABASE, "org-keep", "org-other"),
        0.8,
        merge_state,
    )
    assert merged.state.startswith(("old", "new")), merged
    assert merged.checker.ok, merged
    with connect(server, server.start()) as driver:
        if merge_state(driver).startswith("old"):
            corrections.merge(driver, DATABASE, "org-keep", "org-other")
        assert merge_state(driver).startswith("new")
    split = kill_during(
        server,
        "split",
        lambda d: corrections.split(d, DATABASE, "org-keep", "org-other"),
        0.8,
        merge_state,
    )
    assert split.state.startswith(("old", "new")), split
    assert split.checker.ok, split
    with connect(server, server.start()) as driver:
        if merge_state(driver).startswith("new"):
            corrections.split(driver, DATABASE, "org-keep", "org-other")
        assert merge_state(driver).startswith("old")
        assert consistency(driver, DATABASE).ok


def test_kill_during_a_real_cli_ingest_then_check_and_the_same_ingest_completes(
    server: LocalServer, settings: Settings, tmp_path: Path
) -> None:
    """`coalition-graph ingest` of three texts, as a process of its own; the Neo4j JVM is killed
    (SIGKILL) once the first file is written. The ingest says so in one line and exits 1; after
    a restart `db check` finds nothing half-written and the same command ingests the rest."""
    result = kill_during_cli_ingest(server, settings, ingest_folder(tmp_path / "texts"))
    assert result.killed_after is not None, result  # killed while the ingest ran
    assert result.first_exit == 1, result
    assert "Traceback" not in "\n".join(result.first_output)
    written_lines = [line for line in result.first_output if line.startswith("\u2713")]
    (stopped,) = [line for line in result.first_output if line not in written_lines]
    assert stopped.startswith("stopped:") and "Neo4j is not reachable" in stopped, stopped
    written = int(stopped.split(" file(s) written before it")[0].rsplit(" ", 1)[-1])
    assert written == len(written_lines) >= 1
    assert result.documents_after_restart == written  # whole files only
    assert result.check_exit == 0 and result.check.ok, result
    assert result.rerun_exit == 0, result.rerun_output
    assert result.documents == result.files == 3
    assert result.final.ok, result
    # the files written before the kill are unchanged the second time
    for line in result.rerun_output[:written]:
        assert "written 0/0/" in line, line


def test_the_checker_counts_what_a_cut_write_leaves(
    driver: Driver, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert consistency(driver, DATABASE).ok
    broken = [
        # a relationship whose claims are gone
        "MATCH (a:Entity {id: 'coal-1'}), (b:Entity {id: 'coal-2'}) "
        "CREATE (a)-[:MEMBER_OF {key: 'MEMBER_OF|coal-1|coal-2|{}'}]->(b)",
        # an accepted claim whose relationship is gone
        "CREATE (:Claim {id: 'claim-cut', predicate: 'MEMBER_OF', rel_key: 'MEMBER_OF|x|y|{}',"
        " status: 'accepted', preferred: true})",
        # a Document written without its claims
        "CREATE (:Entity:Document {id: 'doc-cut', ingested: true, claims_written: 3})",
    ]
    for query in broken:
        driver.execute_query(query, database_=DATABASE)
    found = consistency(driver, DATABASE)
    assert found.counts() == {
        "unsupported_relationships": 1,
        "claims_without_relationship": 1,
        "incomplete_documents": 1,
    }
    assert set(found.examples) == {"MEMBER_OF|coal-1|coal-2|{}", "MEMBER_OF|x|y|{}", "doc-cut"}
    _cli_env(monkeypatch, settings)
    result = runner.invoke(cli_app, ["db", "check"])
    assert result.exit_code == 1
    assert "incomplete documents" in result.output and "doc-cut" in result.output
    driver.execute_query(
        "MATCH ()-[r {key: 'MEMBER_OF|coal-1|coal-2|{}'}]->() DELETE r", database_=DATABASE
    )
    driver.execute_query(
        "MATCH (n) WHERE n.id IN ['claim-cut', 'doc-cut'] DELETE n", database_=DATABASE
    )
    result = runner.invoke(cli_app, ["db", "check"])
    assert result.exit_code == 0, result.output


def _cli_env(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    for key in ("NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_USER", "NEO4J_DATABASE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("COALITION_GRAPH_STATE_DIR", str(settings.state_dir))
    monkeypatch.setenv("COALITION_GRAPH_BOLT_PORT", str(settings.bolt_port))
    monkeypatch.setenv("COLUMNS", "200")
    get_settings.cache_clear()


# --- the API while the server goes away, and after a restore -------------------------------------


def test_the_api_answers_503_within_2_s_and_a_failed_load_is_undone(
    server: LocalServer, settings: Settings
) -> None:
    with connect(server, server.start()) as driver:
        before = snapshot(driver)
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code == 200
        server.stop()
        for path in ("/entities?q=Network", "/health"):
            began = time.monotonic()
            answer = client.get(path)
            took = time.monotonic() - began
            assert answer.status_code == 503, answer.text
            assert answer.headers["Retry-After"] == "5"
            assert took < 2.0, (path, took)
        # while it is stopped: what a restore does when the load fails (the store comes back)
        aside = backups._move_aside(server, DATABASE)
        broken = server.home.data / "databases" / DATABASE
        broken.mkdir(parents=True)
        (broken / "neostore").write_bytes(b"half a load")
        backups._put_back(server, DATABASE, aside)
        assert not aside.exists()
        server.start()
        again = _answer(client, "/entities?q=Network")
        assert again.status_code == 200
        assert again.json()["total"] >= 2
    with connect(server, server.start()) as driver:
        assert snapshot(driver) == before


def _timed(client: TestClient, path: str) -> tuple[int, float, str | None, Any]:
    began = time.monotonic()
    answer = client.get(path)
    took = time.monotonic() - began
    body = answer.json() if answer.headers.get("content-type") == "application/json" else None
    return answer.status_code, took, answer.headers.get("Retry-After"), body


def test_while_neo4j_starts_every_request_is_a_quick_503_or_a_right_answer(
    server: LocalServer, settings: Settings
) -> None:
    """A JVM that has just started takes connections and then seconds to answer its first
    query: the API's gate (api.readiness) answers 503 with Retry-After within 2 s until the
    graph answers, and the right answer after."""
    with connect(server, server.start()) as driver:
        total = len(snapshot(driver)[2])
    with TestClient(create_app(settings)) as client:
        assert client.get("/health").status_code == 200
        server.stop()
        starting = threading.Thread(target=server.start)
        starting.start()
        seen: list[tuple[int, float, str | None, Any]] = []
        while starting.is_alive():
            seen.append(_timed(client, "/health"))
            seen.append(_timed(client, "/entities?q=Network"))
        starting.join()
        assert server.running() is not None
        # right after the server says it answers: quick 503s while it warms up, then the answer
        deadline = time.monotonic() + 30
        while (after := _timed(client, "/health"))[0] != 200 and time.monotonic() < deadline:
            seen.append(after)
    codes = {code for code, *_ in seen}
    assert 503 in codes, seen  # the requests really met the server down or starting
    assert codes <= {200, 503}, seen
    for code, took, retry_after, body in seen:
        if code == 503:
            assert took < 2.0 and retry_after == "5", (took, retry_after)
        elif body and "nodes" in body:
            assert body["nodes"] == total
    code, _, _, body = after
    assert code == 200 and body["nodes"] == total, after


def test_a_hung_neo4j_is_a_503_within_2_s_even_for_a_request_in_flight(
    server: LocalServer, settings: Settings
) -> None:
    """A JVM that stops answering (SIGSTOP: the kernel still takes its connections): a request
    already sent to it is answered 503 when the watch finds the graph silent; the next ones
    too, until it answers again."""
    running = server.start()
    with TestClient(create_app(settings)) as client:
        assert client.get("/entities?q=Network").status_code == 200
        os.kill(running.pid, signal.SIGSTOP)
        try:
            hung = [_timed(client, "/entities?q=Network"), _timed(client, "/health")]
        finally:
            os.kill(running.pid, signal.SIGCONT)
        for code, took, retry_after, _ in hung:
            assert code == 503 and retry_after == "5", hung
            assert took < 2.0, hung
        deadline = time.monotonic() + 30
        while _timed(client, "/health")[0] != 200:
            assert time.monotonic() < deadline, "the API did not answer again after SIGCONT"
            time.sleep(0.2)
        answer = _answer(client, "/entities?q=Network")
        assert answer.status_code == 200 and answer.json()["total"] >= 2


@pytest.fixture(scope="module")
def older_dump(server: LocalServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    server.start()
    return backup(server, tmp_path_factory.mktemp("dumps") / "older.dump", DATABASE)


def _answer(client: TestClient, path: str) -> Any:
    """The answer to `path`, after the quick 503s with Retry-After of a server that was just
    restarted and warms up (api.readiness), if any; within 10 s."""
    began = time.monotonic()
    while (answer := client.get(path)).status_code == 503:
        assert answer.headers["Retry-After"] == "5"
        assert time.monotonic() - began < 10, f"{path}: no answer 10 s after the restart"
    return answer


def test_a_running_api_serves_a_restored_older_dump_at_once(
    server: LocalServer, settings: Settings, older_dump: Path
) -> None:
    server.start()
    dump = older_dump
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    with TestClient(create_app(settings)) as client:
        older = client.get("/health").json()["nodes"]
        with connect(server, server.start()) as driver:
            driver.execute_query(
                "UNWIND range(1, 50) AS i CREATE (:Entity:Organization {id: 'later-' + i})",
                database_=DATABASE,
            )
        assert client.get("/health").json()["nodes"] == older + 50  # the API saw the newer one
        done = restore(server, dump, DATABASE)
        answer = _answer(client, "/health")
        assert answer.status_code == 200, answer.text
        assert answer.json()["nodes"] == older
        assert _answer(client, "/entities/org-keep").status_code == 200
    assert done.safety_dump is not None and done.safety_dump.is_file()
    assert stat.S_IMODE(done.safety_dump.stat().st_mode) == 0o600
    assert stat.S_IMODE(settings.state_dir.stat().st_mode) == 0o700


# --- bad dumps, failed restores and backups ------------------------------------------------------


def test_bad_dumps_are_refused_and_leave_the_graph_and_the_server_as_they_were(
    server: LocalServer, tmp_path: Path, older_dump: Path
) -> None:
    good = older_dump
    running = server.start()
    with connect(server, running) as driver:
        before = snapshot(driver)
    assert before[0] > 40
    for name, path in bad_dumps(good, tmp_path).items():
        with pytest.raises(LocalServerError) as failure:
            restore(server, path, DATABASE)
        assert str(path) in failure.value.message, name
        assert "was not touched" in failure.value.message, name
        assert "coalition-graph-" not in failure.value.message  # no temporary path
        now = server.running()
        assert now is not None and now.pid == running.pid, name  # never stopped
        with connect(server, running) as driver:
            assert snapshot(driver) == before, name


@pytest.mark.parametrize("where", ["/proc/graph.dump", "a-file/graph.dump"])
def test_a_backup_to_an_unwritable_place_leaves_the_server_running(
    server: LocalServer, tmp_path: Path, where: str
) -> None:
    running = server.start()
    (tmp_path / "a-file").write_text("not a folder")
    target = Path(where) if where.startswith("/") else tmp_path / where
    with pytest.raises(LocalServerError, match="Cannot write the dump to"):
        backup(server, target, DATABASE)
    now = server.running()
    assert now is not None and now.pid == running.pid


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 16 KiB tmpfs: a dump does not fit (the tests run as root, as CI does)."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.fail(f"a full disk needs a small tmpfs (root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_backup_onto_a_full_disk_fails_and_the_server_comes_back(
    server: LocalServer, full_disk: Path
) -> None:
    running = server.start()
    with connect(server, running) as driver:
        before = snapshot(driver)
    target = full_disk / "graph.dump"
    with pytest.raises(LocalServerError) as failure:
        backup(server, target, DATABASE)
    assert str(target) in failure.value.message
    assert "No space left on device" in failure.value.message, failure.value.message
    assert not list(full_disk.iterdir())  # no partial dump left behind
    now = server.running()
    assert now is not None  # started again after the dump (Community dumps a stopped database)
    with connect(server, now) as driver:
        assert snapshot(driver) == before


# --- the command line with Neo4j out of reach ----------------------------------------------------


def _unreachable_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{free_port()}")
    monkeypatch.setenv("NEO4J_PASSWORD", "not-needed")
    monkeypatch.setenv("COLUMNS", "200")
    get_settings.cache_clear()


def test_db_status_says_in_one_line_that_the_database_is_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _unreachable_env(monkeypatch)
    result = runner.invoke(cli_app, ["db", "status"])
    get_settings.cache_clear()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    problem = [line for line in result.output.splitlines() if "not available" in line]
    assert len(problem) == 1, result.output


def test_ingest_stops_at_once_with_one_line_when_neo4j_is_unreachable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _unreachable_env(monkeypatch)
    (tmp_path / "a.txt").write_text("The Global Coalition on Migration met.", encoding="utf-8")
    began = time.monotonic()
    result = runner.invoke(cli_app, ["ingest", str(tmp_path)])
    get_settings.cache_clear()
    assert result.exit_code == 1
    assert time.monotonic() - began < 10
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "not reachable" in lines[0], result.output
