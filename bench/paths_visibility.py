"""What the visibility filter costs the paths query (`/paths`, `ask path`), side by side.

    .venv/bin/python bench/paths_visibility.py [--scale 0.2] [--pairs 300] [--state-dir DIR]

One run, all on this machine: a throwaway local Neo4j (heap 1g, page cache 1g), the shipped
reference data and bench/api_latency.py's synthetic graph at --scale (0.2: 210,000 relationships;
1.0: the 1,050,000 of the API benchmark), written through the project's loader; one person in
ten of the synthetic graph is then marked private. For --pairs pairs of public entities (half
two organizations, a quarter an organization and a coalition or a document, a quarter a person
and an organization; 3 hops at most, as the API benchmark asks), the query function
graph.queries.paths.paths is called three ways, in a rotating order per pair (the server's JIT
keeps warming up, and whatever runs second would look faster):

- `no filter`: the same query without the visibility filter (what it cost before it existed);
- `public`: the filter, private people hidden (every request without the token);
- `with private`: the filter, include_private=true (the token and include_private=true).

It prints p50/p95/p99 and the mean per way, the pairs whose answer the filter changed (their
shortest paths ran through a private person: the filtered query looks further), and checks that
`no filter` and `with private` give the same paths and `public` none with a private node.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from neo4j import GraphDatabase

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.api_latency import (  # noqa: E402
    DATABASE,
    Scale,
    graph_counts,
    load,
    synthetic_graph,
)
from graph.connection import Connection  # noqa: E402
from graph.driver import make_async_driver  # noqa: E402
from graph.local.server import LocalServer, free_port  # noqa: E402
from graph.queries import paths as path_queries  # noqa: E402
from graph.queries.common import MAX_HOPS, GraphContext  # noqa: E402
from graph.queries.types import Page  # noqa: E402
from graph.queries.types import Path as GraphPath  # noqa: E402
from graph.settings import Settings  # noqa: E402

HOPS = 3
WAYS = ("no filter", "public", "with private")
FILTERED = dict(path_queries._PATHS)
UNFILTERED = {h: path_queries._paths_query(h, filtered=False) for h in range(1, MAX_HOPS + 1)}


def pairs(ids: dict[str, list[str]], private: set[str], n: int) -> list[tuple[str, str]]:
    rng = random.Random(14)  # noqa: S311 - reproducible choice, no secret
    people = [p for p in ids["person"] if p not in private]
    out = []
    for i in range(n):
        kind = i % 4
        if kind < 2:
            a, b = rng.sample(ids["org"], 2)
        elif kind == 2:
            a = rng.choice(ids["org"])
            b = rng.choice(ids[rng.choice(("coalition", "document"))])
        else:
            a, b = rng.choice(people), rng.choice(ids["org"])
        out.append((a, b))
    return out


async def run(
    conn: Connection, work: list[tuple[str, str]], warmup: int
) -> tuple[dict[str, list[float]], dict[str, list[Page[GraphPath]]]]:
    driver = make_async_driver(conn)
    public = GraphContext(driver, DATABASE, timeout=60.0)
    everyone = GraphContext(driver, DATABASE, timeout=60.0, include_private=True)

    def way(name: str) -> Callable[[str, str], Awaitable[Page[GraphPath]]]:
        ctx = public if name == "public" else everyone
        texts = UNFILTERED if name == "no filter" else FILTERED

        async def call(a: str, b: str) -> Page[GraphPath]:
            path_queries._PATHS = texts
            return await path_queries.paths(ctx, a, b, HOPS, 50, 0)

        return call

    calls = {name: way(name) for name in WAYS}
    times: dict[str, list[float]] = {name: [] for name in WAYS}
    answers: dict[str, list[Page[GraphPath]]] = {name: [] for name in WAYS}
    try:
        for a, b in work[:warmup]:
            for name in WAYS:
                await calls[name](a, b)
        for index, (a, b) in enumerate(work[warmup:]):
            order = WAYS[index % 3 :] + WAYS[: index % 3]
            for name in order:
                began = time.perf_counter()
                page = await calls[name](a, b)
                times[name].append((time.perf_counter() - began) * 1000)
                answers[name].append(page)
    finally:
        path_queries._PATHS = FILTERED
        await driver.close()
    return times, answers


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def signature(page: Page[GraphPath]) -> list[tuple[str, ...]]:
    return sorted(tuple(n.id for n in p.nodes) for p in page.items)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--scale", type=float, default=0.2, help="1.0: 1,050,000 relationships")
    parser.add_argument("--pairs", type=int, default=300, help="timed pairs")
    parser.add_argument("--warmup", type=int, default=60, help="untimed pairs first")
    parser.add_argument("--state-dir", type=Path, default=None, help="keep the database here")
    args = parser.parse_args()
    syn = synthetic_graph(Scale.of(args.scale))
    with tempfile.TemporaryDirectory(prefix="cg-bench-paths-") as tmp:
        settings = Settings(
            _env_file=None,
            neo4j_uri=None,
            neo4j_password=None,
            state_dir=args.state_dir or Path(tmp) / "state",
            data_dir=ROOT / "data",
            bolt_port=free_port(),
            heap_size="1g",
            pagecache_size="1g",
        )
        server = LocalServer(settings)
        try:
            running = server.start()
            password = server.password()
            with GraphDatabase.driver(
                running.uri, auth=(settings.neo4j_user, password), notifications_min_severity="OFF"
            ) as driver:
                nodes, rels = graph_counts(driver)
                if rels < syn.relationship_count:
                    began = time.perf_counter()
                    load(driver, syn, settings)
                    print(f"loaded in {time.perf_counter() - began:.0f} s")
                    nodes, rels = graph_counts(driver)
                private = set(syn.ids["person"][::10])
                driver.execute_query(
                    "UNWIND $ids AS id MATCH (p:Person {id: id}) SET p.private = true",
                    ids=sorted(private),
                    database_=DATABASE,
                )
            print(
                f"graph: {nodes:,} nodes (claims included), {rels:,} relationships; "
                f"{len(private):,} of {len(syn.ids['person']):,} synthetic people private"
            )
            work = pairs(syn.ids, private, args.warmup + args.pairs)
            conn = Connection(running.uri, settings.neo4j_user, password, DATABASE, True)
            times, answers = asyncio.run(run(conn, work, args.warmup))
            load_average = os.getloadavg()[0]
        finally:
            server.stop()

    print(
        f"\n/paths query ({HOPS} hops at most), {args.pairs} pairs each way after "
        f"{args.warmup} untimed, one client; machine load average {load_average:.1f} "
        f"on {os.cpu_count()} CPUs"
    )
    print(f"{'':14}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'mean ms':>9}")
    for name in WAYS:
        t = times[name]
        print(
            f"{name:14}{percentile(t, 0.5):9.1f}{percentile(t, 0.95):9.1f}"
            f"{percentile(t, 0.99):9.1f}{statistics.fmean(t):9.1f}"
        )
    base = statistics.fmean(times["no filter"])
    for name in WAYS[1:]:
        print(f"  {name} / no filter (mean): {statistics.fmean(times[name]) / base:.2f}")
    same = sum(
        signature(x) == signature(y)
        for x, y in zip(answers["no filter"], answers["with private"], strict=True)
    )
    changed = sum(
        signature(x) != signature(y)
        for x, y in zip(answers["no filter"], answers["public"], strict=True)
    )
    leaks = sum(
        any(n.id in private for p in page.items for n in p.nodes) for page in answers["public"]
    )
    found = sum(1 for page in answers["no filter"] if page.total)
    print(
        f"pairs with a path: {found} of {args.pairs}; 'with private' = 'no filter' on "
        f"{same} of {args.pairs}; answers the filter changed (a private person on the way): "
        f"{changed}; public answers with a private node: {leaks}"
    )


if __name__ == "__main__":
    main()
