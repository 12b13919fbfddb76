"""Relationships per second through the real loader (ingest.writer.write): batched vs per row.

    .venv/bin/python bench/load_rate.py [--relationships 200000] [--per-row-sample 2000]
                                        [--warmup 100000]

One run, on a throwaway local Neo4j (its own temp state dir and free port; heap 1g, page cache
512m; stopped at the end), after a warm-up load of --warmup relationships that is wiped again:

batched:      write() of the whole synthetic graph (Organization and Coalition nodes, one
              MEMBER_OF claim per relationship, each with spreadsheet evidence), 5,000 rows a
              transaction; the clock runs from the call to its return (nodes, claims and the
              relationships derived from them), and the rate is relationships / seconds.
batched again: the same records a second time: everything must come back "unchanged".
per-row:      on a clean graph holding the same nodes, a sample of the claims through write()
              with batch_size=1: one transaction per relationship (its claim, then the
              relationship), the same code path; the rate is extrapolated.
floor:        what the server needs for the relationships alone, without claims or evidence:
              graph.queries.load.create_relationships with only the key, 5,000 a transaction, on
              the same nodes. No loader that keeps evidence can beat it; it says how far the
              goal is from what this machine's Neo4j does at all.

The graph
is wiped between phases with CALL { DETACH DELETE } IN TRANSACTIONS. Besides wall clock, each
phase reports the CPU seconds of this process and of the server JVM: on a shared machine the wall
clock moves with other work, the CPU seconds much less. Every phase checks its counts (created,
then all unchanged) and stops with an error if they are not what they should be.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neo4j import Driver, GraphDatabase

from graph.local.server import LocalServer, free_port
from graph.queries import load as q
from graph.schema import apply_schema
from graph.settings import Settings
from ingest.records import ClaimRecord, Evidence, NodeRecord
from ingest.writer import BATCH_SIZE, write

DATABASE = "neo4j"
ROLES = ("member", "steering committee", "treasurer", "observer")
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
GOAL_RATE = 50_000.0
GOAL_RATIO = 50.0


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def synthetic_graph(relationships: int) -> tuple[list[NodeRecord], list[ClaimRecord]]:
    """Organizations and coalitions (10:1) and one MEMBER_OF claim per relationship.

    Claim k joins organization k mod n_org to a coalition chosen by k // n_org, with a role;
    (organization, coalition, role) is distinct for every k, so every claim is its own key.
    """
    n_org = max(10, relationships // 10)
    n_coal = max(10, relationships // 100)
    nodes = [
        NodeRecord(
            f"bench-org-{i:06d}",
            ("Organization",),
            {
                "name": f"Organization {i}",
                "country": ("bra", "mex", "phl", "ken", "deu")[i % 5],
                "url": f"https://org{i}.example.org",
                "founded": str(1950 + i % 70),
            },
        )
        for i in range(n_org)
    ]
    nodes += [
        NodeRecord(
            f"bench-coalition-{j:05d}",
            ("Organization", "Coalition"),
            {"name": f"Coalition {j}", "acronym": f"C{j}", "founded": str(1990 + j % 30)},
        )
        for j in range(n_coal)
    ]
    claims = []
    for k in range(relationships):
        org, round_ = k % n_org, k // n_org
        coalition = (org * 7 + round_) % n_coal  # distinct per round while round_ < n_coal
        role = ROLES[(round_ + org) % len(ROLES)]
        year = 2000 + k % 20
        since = f"{year}" if k % 3 else f"{year}-{1 + k % 12:02d}"  # partial dates, as sheets
        until = None if k % 4 else f"{year + 1 + k % 5}-{1 + k % 12:02d}-{1 + k % 28:02d}"
        claims.append(
            ClaimRecord(
                predicate="MEMBER_OF",
                subject_id=f"bench-org-{org:06d}",
                object_id=f"bench-coalition-{coalition:05d}",
                props={"role": role, "since": since, "until": until},
                evidence=Evidence(
                    method="spreadsheet",
                    source_ref=f"bench/members-{coalition:05d}.csv#row={k + 2}",
                    confidence=(0.9, 0.7, 0.55)[k % 3],
                    confidence_label=("H", "M", "L-M")[k % 3],
                ),
                key_props={"role": role},
            )
        )
    if len({c.rel_key for c in claims}) != len(claims):
        raise SystemExit("the synthetic claims do not have distinct keys; use more nodes")
    return nodes, claims


def wipe(driver: Driver) -> None:
    with driver.session(database=DATABASE) as session:
        session.run(WIPE).consume()  # auto-commit: CALL IN TRANSACTIONS needs it


def server_cpu(pid: int) -> float:
    """User + system CPU seconds of the server JVM so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def client_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Phase:
    mode: str
    rows: int
    seconds: float = 0.0
    client_cpu: float = 0.0
    server_cpu: float = 0.0

    @property
    def rate(self) -> float:
        return self.rows / self.seconds


class Clock:
    """Wall clock and CPU seconds of both processes across one phase."""

    def __init__(self, pid: int, phase: Phase) -> None:
        self.pid, self.phase = pid, phase

    def __enter__(self) -> Phase:
        self.began = (time.perf_counter(), client_cpu(), server_cpu(self.pid))
        return self.phase

    def __exit__(self, *exc: object) -> None:
        wall, client, server = self.began
        self.phase.seconds = time.perf_counter() - wall
        self.phase.client_cpu = client_cpu() - client
        self.phase.server_cpu = server_cpu(self.pid) - server


def floor(driver: Driver, claims: Sequence[ClaimRecord], batch_size: int) -> q.Counts:
    rows: list[dict[str, Any]] = [
        {"from": c.subject_id, "to": c.object_id, "key": c.rel_key, "props": {}, "hash": ""}
        for c in claims
    ]
    counts = q.Counts()
    with driver.session(database=DATABASE) as session:
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            counts.add(session.execute_write(q.create_relationships, "MEMBER_OF", batch))
    return counts


def check(label: str, counts: q.Counts, **expected: int) -> None:
    got = {name: getattr(counts, name) for name in expected}
    if got != expected:
        raise SystemExit(f"{label}: expected {expected}, got {got}")


def run_phases(
    driver: Driver, pid: int, nodes: list[NodeRecord], claims: list[ClaimRecord], sample: int
) -> list[Phase]:
    n_rels = len(claims)
    phases = []
    with Clock(pid, Phase("batched", n_rels)) as phase:
        summary = write(driver, DATABASE, nodes, claims)
    check("batched nodes", summary.nodes, created=len(nodes))
    check("batched claims", summary.claims, created=n_rels)
    check("batched relationships", summary.relationships, created=n_rels)
    phases.append(phase)

    with Clock(pid, Phase("batched again (unchanged)", n_rels)) as phase:
        summary = write(driver, DATABASE, nodes, claims)
    check("again nodes", summary.nodes, unchanged=len(nodes), created=0, updated=0)
    check("again claims", summary.claims, unchanged=n_rels, created=0, updated=0)
    check("again relationships", summary.relationships, unchanged=n_rels, created=0, updated=0)
    phases.append(phase)

    wipe(driver)
    write(driver, DATABASE, nodes, [])  # a clean graph with the same nodes
    with Clock(pid, Phase("per-row (1 tx per row)", sample)) as phase:
        summary = write(driver, DATABASE, [], claims[:sample], batch_size=1)
    check("per-row relationships", summary.relationships, created=sample)
    phases.append(phase)

    wipe(driver)
    write(driver, DATABASE, nodes, [])
    with Clock(pid, Phase("floor: bare relationships", n_rels)) as phase:
        counts = floor(driver, claims, BATCH_SIZE)
    check("floor relationships", counts, created=n_rels)
    phases.append(phase)
    return phases


def report(phases: list[Phase], n_rels: int, peak_rss: float, jvm_rss: float) -> None:
    print()
    print(
        f"{'mode':<27}{'rows':>9}{'seconds':>9}{'rows/s':>9}{'client cpu s':>14}"
        f"{'server cpu s':>14}{'extrapolated s':>16}"
    )
    for p in phases:
        extrapolated = f"{n_rels / p.rate:>16,.0f}" if p.rows < n_rels else ""
        print(
            f"{p.mode:<27}{p.rows:>9,}{p.seconds:>9.2f}{p.rate:>9,.0f}{p.client_cpu:>14.1f}"
            f"{p.server_cpu:>14.1f}{extrapolated}"
        )
    batched, per_row_rate, floor_rate = phases[0].rate, phases[2].rate, phases[3].rate
    ratio = batched / per_row_rate
    print()
    print(f"batched / per-row: {ratio:.1f}x; batched / floor: {batched / floor_rate:.2f}")
    print(
        f"goal: >= {GOAL_RATE:,.0f} relationships/s batched "
        f"({'met' if batched >= GOAL_RATE else 'NOT met'}), "
        f">= {GOAL_RATIO:.0f}x the per-row rate ({'met' if ratio >= GOAL_RATIO else 'NOT met'})"
    )
    print(
        f"peak RSS of this process: {peak_rss:,.0f} MiB; "
        f"server JVM RSS at the end: {jvm_rss:,.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--relationships", type=int, default=200_000, metavar="N")
    parser.add_argument("--per-row-sample", type=int, default=2_000, metavar="N")
    parser.add_argument(
        "--warmup",
        type=int,
        default=100_000,
        metavar="N",
        help="relationships loaded (and wiped) before the clock starts, so the server's JIT is "
        "warm; 0 measures a cold server",
    )
    args = parser.parse_args()
    n_rels: int = args.relationships
    sample: int = max(1, min(args.per_row_sample, n_rels // 2))

    began = time.perf_counter()
    nodes, claims = synthetic_graph(n_rels)
    print(
        f"synthetic graph: {len(nodes):,} nodes, {len(claims):,} MEMBER_OF claims "
        f"(built in {time.perf_counter() - began:.1f} s); "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    with tempfile.TemporaryDirectory(prefix="cg-bench-load-") as tmp:
        settings = Settings(
            _env_file=None,
            neo4j_uri=None,
            neo4j_password=None,
            state_dir=Path(tmp) / "state",
            bolt_port=free_port(),
            heap_size="1g",
            pagecache_size="512m",
        )
        server = LocalServer(settings)
        running = server.start()
        try:
            auth = (settings.neo4j_user, server.password())
            with GraphDatabase.driver(
                running.uri, auth=auth, notifications_min_severity="OFF"
            ) as driver:
                apply_schema(driver, DATABASE)
                if args.warmup > 0:
                    write(driver, DATABASE, *synthetic_graph(args.warmup))
                    wipe(driver)
                phases = run_phases(driver, running.pid, nodes, claims, sample)
            jvm_rss = rss_mib(running.pid)
        finally:
            server.stop()
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    report(phases, n_rels, peak_rss, jvm_rss)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (other work skews wall clock)")


if __name__ == "__main__":
    main()
