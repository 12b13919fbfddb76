"""Fault injection on a throwaway local Neo4j, and what the project does about each fault.

    .venv/bin/python bench/faults.py [--claims 20000] [--seconds 8]

Everything runs on its own Neo4j (a temporary state folder, a free port on 127.0.0.1) and its
own API process (`coalition-graph serve` on another free port); nothing else is touched.

Faults injected:
- kill -9 of the Neo4j JVM during a document's write (its node, claims and relationships: the
  write `ingest` makes), during `entities merge` and during `entities split` of an entity with
  many claims; after each, the server is started again and the consistency checker
  (graph.queries.consistency) counts what a half-done write would leave;
- kill -9 of the Neo4j JVM during a real `coalition-graph ingest` process of three texts (once it
  has said it wrote the first), then a restart, `coalition-graph db check`, and the same ingest
  again to its end;
- `db stop` / `db start`, then kill -9 / start, of Neo4j under a bounded load of requests to the
  API on 127.0.0.1: status codes, the time to the first 503, the slowest 503, the time from the
  server's return to the first 200;
- `db restore` of an empty, a text, a truncated and a bit-flipped dump: refused, the graph's
  counts and ids as before, the server up (same pid: it was never stopped).

It prints one report: faults injected, requests sent, status codes seen, times, checker counts.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from neo4j import Driver, GraphDatabase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.local.backup import backup, restore  # noqa: E402
from graph.local.errors import LocalServerError  # noqa: E402
from graph.local.server import LocalServer, RunningServer, free_port  # noqa: E402
from graph.queries.consistency import Consistency, consistency  # noqa: E402
from graph.schema import apply_schema  # noqa: E402
from graph.settings import Settings  # noqa: E402
from ingest.documents import corrections  # noqa: E402
from ingest.records import ClaimRecord, Evidence, NodeRecord  # noqa: E402
from ingest.writer import write  # noqa: E402

DATABASE = "neo4j"
COALITIONS = 40


def throwaway_settings(state_dir: Path, port: int | None = None) -> Settings:
    """A local server of its own: a small heap, a free port, whatever NEO4J_* the shell has."""
    return Settings(
        _env_file=None,
        neo4j_uri=None,
        neo4j_password=None,
        state_dir=state_dir,
        bolt_port=port or free_port(),
        heap_size="384m",
        pagecache_size="64m",
    )


def connect(server: LocalServer, running: RunningServer) -> Driver:
    return GraphDatabase.driver(
        running.uri,
        auth=("neo4j", server.password()),
        notifications_min_severity="OFF",
        connection_timeout=1.0,
        max_transaction_retry_time=1.0,  # a killed server: the write fails fast (graph.driver)
        initial_retry_delay=0.2,
    )


# --- the graph the faults hit -------------------------------------------------------------------


def base_graph(driver: Driver) -> None:
    """Coalitions and two organizations: `org-keep` and `org-other`, which holds the claims
    a merge moves."""
    nodes = [
        NodeRecord(f"coal-{i}", ("Organization", "Coalition"), {"name": f"Coalition {i}"})
        for i in range(COALITIONS)
    ]
    nodes += [
        NodeRecord("org-keep", ("Organization",), {"name": "Keep Network"}),
        NodeRecord("org-other", ("Organization",), {"name": "Other Network", "aliases": ["ON"]}),
    ]
    claims = [
        ClaimRecord(
            "MEMBER_OF",
            "org-other",
            f"coal-{i % COALITIONS}",
            {"role": f"role-{i}"},
            Evidence("curated", f"faults#other-{i}", confidence=0.9),
            key_props={"role": f"role-{i}"},
        )
        for i in range(2_000)
    ]
    apply_schema(driver, DATABASE)
    write(driver, DATABASE, nodes, claims)


def document_records(n_claims: int, seed: int) -> tuple[list[NodeRecord], list[ClaimRecord]]:
    """One ingested Document citing n_claims extracted claims (what `ingest` writes for a file),
    with as many new organizations."""
    doc_id = f"doc-faults{seed:06d}"
    text = "x" * 100
    doc = NodeRecord(
        doc_id,
        ("Document",),
        {
            "name": f"faults {seed}",
            "ingested": True,
            "method": "extracted",
            "text": text,
            "claims_written": n_claims,
        },
    )
    orgs = [
        NodeRecord(f"org-{seed}-{i}", ("Organization",), {"name": f"Org {seed} {i}"})
        for i in range(n_claims)
    ]
    claims = [
        ClaimRecord(
            "MEMBER_OF",
            f"org-{seed}-{i}",
            f"coal-{i % COALITIONS}",
            {"role": "member"},
            Evidence(
                "extracted",
                f"document:{doc_id}",
                document_id=doc_id,
                quote="x",
                start=i % 100,
                end=i % 100 + 1,
                extractor_version="faults",
                confidence=0.9,
            ),
            key_props={"role": "member"},
        )
        for i in range(n_claims)
    ]
    return [doc, *orgs], claims


# --- kill -9 ------------------------------------------------------------------------------------


def kill_jvm(server: LocalServer) -> None:
    """SIGKILL to the JVM's process group, and wait until it is gone."""
    running = server.running()
    if running is None:
        return
    os.killpg(running.pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while server.running() is not None and time.monotonic() < deadline:
        time.sleep(0.1)


@dataclass
class KillResult:
    what: str
    killed_after: float
    error: str | None
    state: str  # "old" | "new": which whole state the graph holds after the restart
    checker: Consistency


def kill_during(
    server: LocalServer,
    what: str,
    work: Callable[[Driver], Any],
    delay: float,
    state: Callable[[Driver], str],
) -> KillResult:
    """Run work(driver) in a thread, kill -9 the JVM `delay` seconds in, restart, check."""
    running = server.start()
    errors: list[str] = []
    with connect(server, running) as driver:

        def run() -> None:
            try:
                work(driver)
            except Exception as exc:  # the point: the write dies with the server
                errors.append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}")

        thread = threading.Thread(target=run, daemon=True)
        began = time.monotonic()
        thread.start()
        time.sleep(delay)
        finished_first = not thread.is_alive()
        kill_jvm(server)
        killed_after = time.monotonic() - began
        thread.join(60)
    running = server.start()
    with connect(server, running) as driver:
        found = consistency(driver, DATABASE)
        now = state(driver)
    note = "finished before the kill" if finished_first else (errors[0] if errors else None)
    return KillResult(what, killed_after, note, now, found)


def count(driver: Driver, query: str, **params: Any) -> int:
    records = driver.execute_query(query, params, database_=DATABASE).records
    return int(records[0][0])


def document_state(doc_id: str, n_claims: int) -> Callable[[Driver], str]:
    def state(driver: Driver) -> str:
        docs = count(driver, "MATCH (d:Document {id: $id}) RETURN count(d)", id=doc_id)
        claims = count(driver, "MATCH (c:Claim {document_id: $id}) RETURN count(c)", id=doc_id)
        if docs == 0 and claims == 0:
            return "old (nothing written)"
        if docs == 1 and claims == n_claims:
            return "new (document and all its claims)"
        return f"PARTIAL: {docs} document, {claims}/{n_claims} claims"

    return state


def merge_state(driver: Driver) -> str:
    other = count(driver, "MATCH (c:Claim) WHERE c.subject_id = 'org-other' RETURN count(c)")
    kept = count(driver, "MATCH (c:Claim) WHERE c.subject_id = 'org-keep' RETURN count(c)")
    merged = count(
        driver, "MATCH (n:Entity {id: 'org-other'}) WHERE n.merged_into IS NOT NULL RETURN count(n)"
    )
    if other and not kept and not merged:
        return f"old (not merged: {other} claims on org-other)"
    if kept and not other and merged:
        return f"new (merged: {kept} claims on org-keep)"
    return f"PARTIAL: {other} claims on org-other, {kept} on org-keep, merged={merged}"


# --- kill -9 during a real `coalition-graph ingest` ---------------------------------------------

# English texts of the sample corpus (one parser language): one Document each.
INGEST_TEXTS = (
    "data/corpus/seeds/001_132d186d895c0496.txt",
    "data/corpus/more/06_joint-ngo-statement-hrc39_EN.txt",
    "data/corpus/more/05_australia-public-letter_EN.txt",
)


def ingest_folder(folder: Path) -> Path:
    """A folder holding copies of INGEST_TEXTS, named so they are ingested in this order, each
    with a last line of its own: a shipped text would be recognised as the sample corpus's
    Document, and these must be new ingested ones."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, name in enumerate(INGEST_TEXTS, start=1):
        source = ROOT / name
        text = source.read_text(encoding="utf-8").rstrip("\n")
        (folder / f"{number}-{source.name}").write_text(
            f"{text}\n\nCopy {number} for the fault run.\n", encoding="utf-8"
        )
    return folder


@dataclass
class IngestKill:
    files: int
    killed_after: float | None  # seconds into the ingest; None: it ended before the kill
    first_exit: int
    first_output: list[str]  # what the interrupted ingest printed
    documents_after_restart: int
    check_exit: int  # `coalition-graph db check` after the restart
    check: Consistency
    rerun_exit: int
    rerun_seconds: float
    rerun_output: list[str]
    documents: int
    final: Consistency


def run_cli(settings: Settings, *args: str, timeout: float = 900) -> tuple[int, list[str], float]:
    """`coalition-graph ARGS` on the throwaway server: exit code, lines printed, seconds."""
    began = time.monotonic()
    done = subprocess.run(
        [coalition_graph(), *args],
        env=cli_env(settings),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    return done.returncode, lines, time.monotonic() - began


def documents(driver: Driver) -> int:
    return count(driver, "MATCH (d:Document) WHERE d.ingested = true RETURN count(d)")


def kill_during_cli_ingest(
    server: LocalServer, settings: Settings, folder: Path, after_files: int = 1
) -> IngestKill:
    """`coalition-graph ingest FOLDER` as a process of its own; kill -9 of the Neo4j JVM as soon
    as it has said that `after_files` files were written (the next one is being read, parsed or
    written); then restart, `db check`, and the same ingest again to its end."""
    server.start()
    files = len(list(folder.iterdir()))
    began = time.monotonic()
    process = subprocess.Popen(
        [coalition_graph(), "ingest", str(folder)],
        env=cli_env(settings),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    watchdog = threading.Timer(900, lambda: os.killpg(process.pid, signal.SIGKILL))
    watchdog.start()
    output: list[str] = []
    killed_after = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip():
            output.append(line.rstrip())
        written = sum(1 for seen in output if seen.lstrip().startswith("\u2713"))
        if killed_after is None and written >= after_files:
            kill_jvm(server)
            killed_after = time.monotonic() - began
    first_exit = process.wait()
    watchdog.cancel()
    with connect(server, server.start()) as driver:
        after_restart = documents(driver)
    check_exit, _, _ = run_cli(settings, "db", "check")
    with connect(server, server.start()) as driver:
        found = consistency(driver, DATABASE)
    rerun_exit, rerun_output, rerun_seconds = run_cli(settings, "ingest", str(folder))
    with connect(server, server.start()) as driver:
        final = consistency(driver, DATABASE)
        total = documents(driver)
    return IngestKill(
        files,
        killed_after,
        first_exit,
        output,
        after_restart,
        check_exit,
        found,
        rerun_exit,
        rerun_seconds,
        rerun_output,
        total,
        final,
    )


# --- stop/start under load -----------------------------------------------------------------------


@dataclass
class LoadStats:
    sent: int = 0
    codes: Counter[str] = field(default_factory=Counter)
    slowest_503: float = 0.0
    first_503_after: float | None = None
    recovered_after: float | None = None
    fault_at: float = 0.0  # seconds from the start of the load: the fault began
    recover_at: float = 0.0  # recover() was called
    back_at: float = 0.0  # recover() returned
    events: list[tuple[float, int, float]] = field(default_factory=list)  # (sent at, code, s)


def cli_env(settings: Settings) -> dict[str, str]:
    """The environment of a `coalition-graph` process that uses the throwaway server."""
    env = {
        **os.environ,
        "COALITION_GRAPH_STATE_DIR": str(settings.state_dir),
        "COALITION_GRAPH_BOLT_PORT": str(settings.bolt_port),
        "PYTHONUNBUFFERED": "1",  # its lines as they come
        "COLUMNS": "200",
    }
    for key in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        env.pop(key, None)
    return env


def coalition_graph() -> str:
    return str(Path(sys.executable).parent / "coalition-graph")


@contextmanager
def api_process(settings: Settings, port: int) -> Iterator[str]:
    """`coalition-graph serve` on 127.0.0.1:port, for the throwaway server."""
    env = cli_env(settings)
    process = subprocess.Popen(
        [coalition_graph(), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            raise RuntimeError("the API did not answer /health within 180 s")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(30)


PATHS = ("/health", "/entities?q=Network", "/entities/org-keep", "/entities?type=Coalition")


def load_while(
    base: str,
    fault: Callable[[], object],
    recover: Callable[[], object],
    seconds: float,
    rate: float,
) -> LoadStats:
    """`rate` requests a second (4 clients) for `seconds` before the fault, during it, and until
    the first 200 after recover() returned (at most 60 s more)."""
    stats = LoadStats()
    lock = threading.Lock()
    stop = threading.Event()
    marks: dict[str, float] = {}
    began = time.monotonic()

    def client(index: int) -> None:
        with httpx.Client(timeout=10) as http:
            n = 0
            while not stop.is_set():
                path = PATHS[(index + n) % len(PATHS)]
                n += 1
                sent = time.monotonic()
                try:
                    code = http.get(base + path).status_code
                    label = str(code)
                except httpx.HTTPError as exc:
                    code, label = 0, type(exc).__name__
                took = time.monotonic() - sent
                with lock:
                    stats.sent += 1
                    stats.codes[label] += 1
                    stats.events.append((sent - began, code, took))
                    if code == 503:
                        stats.slowest_503 = max(stats.slowest_503, took)
                        if "fault" in marks and stats.first_503_after is None:
                            stats.first_503_after = time.monotonic() - marks["fault"]
                    back = marks.get("back")
                    if (
                        code == 200
                        and back is not None
                        and sent >= back
                        and stats.recovered_after is None
                    ):
                        stats.recovered_after = time.monotonic() - back
                time.sleep(max(0.0, 4 / rate - took))

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(4)]
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    marks["fault"] = time.monotonic()
    stats.fault_at = marks["fault"] - began
    fault()
    time.sleep(seconds)
    stats.recover_at = time.monotonic() - began
    recover()
    marks["back"] = time.monotonic()
    stats.back_at = marks["back"] - began
    deadline = time.monotonic() + 60
    while stats.recovered_after is None and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    stop.set()
    for thread in threads:
        thread.join(15)
    return stats


# --- bad dumps ----------------------------------------------------------------------------------


def bad_dumps(good: Path, folder: Path) -> dict[str, Path]:
    data = good.read_bytes()
    rng = random.Random(14)  # noqa: S311 (reproducible damage, not cryptography)
    flipped = bytearray(data)
    for _ in range(8):
        position = rng.randrange(64, len(flipped))
        flipped[position] ^= 0xFF
    made = {
        "empty": b"",
        "text": b"hello\n",
        "truncated": data[: len(data) // 2],
        "bit-flipped": bytes(flipped),
    }
    paths = {}
    for name, content in made.items():
        path = folder / f"{name}.dump"
        path.write_bytes(content)
        paths[name] = path
    return paths


def snapshot(driver: Driver) -> tuple[int, int, list[str]]:
    nodes = count(driver, "MATCH (n) RETURN count(n)")
    rels = count(driver, "MATCH ()-[r]->() RETURN count(r)")
    records = driver.execute_query(
        "MATCH (n) RETURN n.id AS id ORDER BY id", database_=DATABASE
    ).records
    return nodes, rels, [str(r["id"]) for r in records]


# --- the run ------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000, help="claims of the document write")
    parser.add_argument("--seconds", type=float, default=6.0, help="load before/after a fault")
    parser.add_argument("--rate", type=float, default=20.0, help="requests a second")
    args = parser.parse_args()
    # The driver logs each retry and lost connection; the report says what happened instead.
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    faults = 0
    with tempfile.TemporaryDirectory(prefix="coalition-graph-faults-") as tmp:
        settings = throwaway_settings(Path(tmp) / "state")
        server = LocalServer(settings)
        began = time.monotonic()
        running = server.start()
        print(f"Neo4j on {running.uri} (ready after {time.monotonic() - began:.1f} s)")
        with connect(server, running) as driver:
            base_graph(driver)

        # 1. kill -9 during writes
        kills: list[KillResult] = []
        nodes, claims = document_records(args.claims, 1)
        kills.append(
            kill_during(
                server,
                f"document write ({args.claims:,} claims, one transaction)",
                lambda d: write(d, DATABASE, nodes, claims, one_transaction=True),
                2.0,
                document_state("doc-faults000001", args.claims),
            )
        )
        kills.append(
            kill_during(
                server,
                "entities merge org-keep org-other (2,000 claims)",
                lambda d: corrections.merge(d, DATABASE, "org-keep", "org-other"),
                1.5,
                merge_state,
            )
        )
        running = server.start()
        with connect(server, running) as driver:  # merge for real, then kill the split
            if merge_state(driver).startswith("old"):
                corrections.merge(driver, DATABASE, "org-keep", "org-other")
        kills.append(
            kill_during(
                server,
                "entities split org-keep org-other (2,000 claims)",
                lambda d: corrections.split(d, DATABASE, "org-keep", "org-other"),
                1.5,
                merge_state,
            )
        )
        faults += len(kills)

        # 1b. kill -9 during a real `coalition-graph ingest` process, restart, check, re-run
        ingest_kill = kill_during_cli_ingest(server, settings, ingest_folder(Path(tmp) / "texts"))
        faults += 1

        # 2. stop/start and kill -9/start under load
        loads: list[tuple[str, LoadStats]] = []
        with api_process(settings, free_port()) as base:
            loads.append(
                (
                    "db stop, then db start",
                    load_while(base, server.stop, server.start, args.seconds, args.rate),
                )
            )
            loads.append(
                (
                    "kill -9 of the JVM, then db start",
                    load_while(
                        base, lambda: kill_jvm(server), server.start, args.seconds, args.rate
                    ),
                )
            )
        faults += len(loads)

        # 3. bad dumps
        good = backup(server, Path(tmp) / "good.dump", DATABASE)
        running = server.start()
        with connect(server, running) as driver:
            before = snapshot(driver)
        refused: list[tuple[str, str, bool, bool]] = []
        for name, path in bad_dumps(good, Path(tmp)).items():
            try:
                restore(server, path, DATABASE)
                message = "ACCEPTED"
            except LocalServerError as exc:
                message = exc.message
            now = server.running()
            with connect(server, server.start()) as driver:
                same = snapshot(driver) == before
            refused.append((name, message, now is not None and now.pid == running.pid, same))
            faults += 1
        with connect(server, server.start()) as driver:
            final = consistency(driver, DATABASE)
        server.stop()

    report(faults, kills, ingest_kill, loads, refused, final)


def phase(stats: LoadStats, at: float) -> str:
    """When a request was sent, against the fault's marks."""
    if at < stats.fault_at:
        return f"{stats.fault_at - at:.1f} s before the fault"
    if at < stats.recover_at:
        return f"{at - stats.fault_at:.1f} s into the fault"
    if at < stats.back_at:
        return f"{at - stats.recover_at:.1f} s into the restart"
    return f"{at - stats.back_at:.1f} s after the restart"


def report(
    faults: int,
    kills: list[KillResult],
    ingest_kill: IngestKill,
    loads: list[tuple[str, LoadStats]],
    refused: list[tuple[str, str, bool, bool]],
    final: Consistency,
) -> None:
    print(f"\nfaults injected: {faults}")
    print("\nkill -9 of the Neo4j JVM during a write (then restart and check):")
    for k in kills:
        counts = ", ".join(f"{name} {value}" for name, value in k.checker.counts().items())
        print(f"  {k.what}: killed after {k.killed_after:.1f} s ({k.error or 'no error seen'})")
        print(f"    graph after restart: {k.state}; checker: {counts}")
    ik = ingest_kill
    late = "too late (it ended)"
    when = f"after {ik.killed_after:.1f} s" if ik.killed_after is not None else late
    print(f"\nkill -9 of the Neo4j JVM during `coalition-graph ingest` of {ik.files} texts:")
    print(f"  killed {when}, once it had said it wrote the first file; exit code {ik.first_exit}")
    for line in ik.first_output:
        print(f"    | {line[:150]}")
    counts = ", ".join(f"{name} {value}" for name, value in ik.check.counts().items())
    print(
        f"  after the restart: {ik.documents_after_restart} ingested document(s); "
        f"`db check` exit code {ik.check_exit}; checker: {counts}"
    )
    counts = ", ".join(f"{name} {value}" for name, value in ik.final.counts().items())
    print(
        f"  the same ingest again: exit code {ik.rerun_exit} in {ik.rerun_seconds:.1f} s; "
        f"{ik.documents} ingested documents; checker: {counts}"
    )
    for line in ik.rerun_output:
        if line.startswith("\u2713"):
            print(f"    | {line[:150]}")
    sent = sum(s.sent for _, s in loads)
    print(f"\nrequests sent to the API on 127.0.0.1: {sent}")
    for what, s in loads:
        codes = ", ".join(f"{code}: {n}" for code, n in sorted(s.codes.items()))
        first = f"{s.first_503_after:.2f} s" if s.first_503_after is not None else "none"
        back = f"{s.recovered_after:.2f} s" if s.recovered_after is not None else "not within 60 s"
        print(f"  {what}: {s.sent} requests; status codes {codes}")
        print(
            f"    time to the first 503: {first}; slowest 503: {s.slowest_503:.2f} s; "
            f"first 200 after the server was back: {back}"
        )
        slow = [(took, at, code) for at, code, took in s.events if took > 2.0]
        slowest_200 = max((took for _, code, took in s.events if code == 200), default=0.0)
        print(
            f"    slowest 200: {slowest_200:.2f} s; answers (or none) after more than 2 s: "
            + (", ".join(f"{code or 'none'} in {took:.1f} s" for took, _, code in slow) or "0")
        )
        slowest = max(((took, at) for at, code, took in s.events if code == 503), default=None)
        if slowest is not None:
            print(f"    the slowest 503 was sent {phase(s, slowest[1])}")
        lost = [(at, took) for at, code, took in s.events if code == 0]
        if lost:
            when = ", ".join(f"{phase(s, at)} ({took:.1f} s)" for at, took in lost[:6])
            print(f"    no answer: sent {when}")
    print("\ndb restore of bad dumps:")
    for name, message, same_pid, same in refused:
        print(f"  {name}: {message}")
        print(f"    server never stopped: {same_pid}; counts and ids as before: {same}")
    counts = ", ".join(f"{name} {value}" for name, value in final.counts().items())
    print(f"\nconsistency checker at the end: {counts}")


if __name__ == "__main__":
    main()
