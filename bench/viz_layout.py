"""Python time of a page's layout for the small views (the label-aware layout, room.py), this
tree's code against another revision's, side by side with the ratio.

    .venv/bin/python bench/viz_layout.py                      # against HEAD
    .venv/bin/python bench/viz_layout.py --baseline 6a30453 --rounds 5 --graphs /tmp/views.json

The views: the four of the legibility tests (tests/viz/test_legibility.py), read from the shipped
reference data in a throwaway local Neo4j (its own temp state dir and free port; with --graphs
FILE they are kept there as JSON and a second run skips Neo4j), and synthetic graphs of 150 and
200 nodes (visualizations.synthetic, as bench/viz_render.py). For each version, a child Python
whose `visualizations` package is that version's (the baseline's exported with `git archive`
into a temp dir, first on sys.path) times `visualizations.page.page_data` once per view after a
warm-up (this tree's also with the 1920x1080 layout alone, without the projector's), and
reports what the layout achieved (labels given a spot, nodes placed on something, lines still
through a node). The versions run in alternation (A B A B ...), so that the load
of other processes on the machine falls on both alike; the figures are medians of --rounds.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from graph.queries.subgraph import Filters

ROOT = Path(__file__).resolve().parent.parent
VIEWS = {
    "coalition": Filters(coalition="gcm-coalition"),
    "one-hop": Filters(around="alianza-americas", hops=1),
    "two-hop": Filters(around="alianza-americas", hops=2),
    "process": Filters(process="gcm-compact", as_of="2018-12-10"),
}
SYNTHETIC = (150, 200)
SAMPLE_DECK = ROOT / "data" / "decks" / "gcm-session.yaml"

# Run in the child: time page_data for each view, catching what arrange() returned.
CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from graph.queries.types import Subgraph
import visualizations.page as page
from visualizations.describe import focus_of
from visualizations.page import PageOptions, page_data
from visualizations.synthetic import synthetic_graph
caught = []
real = page.arrange
def arrange(*args, **kwargs):
    got = real(*args, **kwargs)
    caught.append(got)
    return got
page.arrange = arrange
views = json.loads(open(sys.argv[2]).read())
graphs = {name: (Subgraph.model_validate(v["graph"]), v["focus"]) for name, v in views.items()
          if name != "deck"}
for n in json.loads(sys.argv[3]):
    graphs[f"synthetic {n}"] = (synthetic_graph(n), None)
page_data(graphs["coalition"][0], PageOptions())  # warm-up: imports, caches
out = {}
for name, (graph, focus) in graphs.items():
    caught.clear()
    began = time.perf_counter()
    data = page_data(graph, PageOptions(focus=focus))
    seconds = time.perf_counter() - began
    got = caught[-1]
    try:  # this tree: the 1920x1080 layout alone, without the projector's (PageOptions.also)
        one = PageOptions(focus=focus, also=())
        began = time.perf_counter()
        page_data(graph, one)
        single = time.perf_counter() - began
    except TypeError:  # a revision with one layout only
        single = seconds
    out[name] = {"s": seconds, "one": single, "nodes": len(data["nodes"]),
                 "slots": len(got.slots), "overlaps": got.overlaps, "crossings": got.crossings}
print(json.dumps(out))
"""


def fetch_views(path: Path | None) -> Path:
    """The four views as JSON (graph and focus), from path if it exists, else from Neo4j."""
    if path is not None and path.exists():
        return path
    from api.cli.viz import fetch_subgraph
    from graph.local.server import LocalServer, free_port
    from graph.schema import apply_schema
    from graph.settings import Settings
    from ingest.pipeline import load_everything
    from visualizations.deck import load_deck
    from visualizations.describe import describe, focus_of

    state = Path(tempfile.mkdtemp(prefix="viz-layout-neo4j-"))
    settings = Settings(
        _env_file=None,
        neo4j_uri=None,
        neo4j_password=None,
        state_dir=state,
        bolt_port=free_port(),
        heap_size="384m",
        pagecache_size="64m",
    )
    server = LocalServer(settings)
    server.start()
    try:
        from neo4j import GraphDatabase

        from graph.connection import connection

        conn = connection(settings, start=False)
        with GraphDatabase.driver(conn.uri, auth=(conn.user, conn.password)) as driver:
            apply_schema(driver, settings.neo4j_database)
            load_everything(driver, settings.neo4j_database, settings)
        views: dict[str, Any] = {}
        for name, filters in VIEWS.items():
            graph = fetch_subgraph(settings, filters)
            assert graph is not None, name
            views[name] = {"graph": graph.model_dump(mode="json"), "focus": focus_of(filters)}
        deck = load_deck(SAMPLE_DECK)  # the sample deck's views, for its pictures
        slides = []
        for view in deck.views:
            graph = fetch_subgraph(settings, view.filters())
            assert graph is not None, view.title
            slides.append(
                {
                    "graph": graph.model_dump(mode="json"),
                    "title": view.title,
                    "note": view.note,
                    "focus": view.focus or focus_of(view.filters()),
                    "subtitle": describe(view.filters(), graph)[1],
                }
            )
        views["deck"] = {"title": deck.title, "slides": slides}
    finally:
        server.stop()
    target = path or state / "views.json"
    target.write_text(json.dumps(views), encoding="utf-8")
    return target


def export(revision: str, folder: Path) -> Path:
    """The revision's visualizations/ package, in folder."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "visualizations"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def run_child(code_root: Path, views: Path) -> dict[str, dict[str, float]]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(code_root), str(views), json.dumps(SYNTHETIC)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    result: dict[str, dict[str, float]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--baseline", default="HEAD", help="a git revision (default HEAD)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each version (median)")
    parser.add_argument("--graphs", type=Path, help="keep the views here (JSON); reused")
    args = parser.parse_args()
    logging.getLogger("neo4j").setLevel(logging.ERROR)  # the server's notes on unknown keys
    load = os.getloadavg()
    print(f"{os.cpu_count()} CPUs, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    views = fetch_views(args.graphs)
    with tempfile.TemporaryDirectory() as tmp:
        old_root = export(args.baseline, Path(tmp))
        runs: dict[str, list[dict[str, dict[str, float]]]] = {"before": [], "after": []}
        for _ in range(args.rounds):
            runs["before"].append(run_child(old_root, views))
            runs["after"].append(run_child(ROOT, views))
    load = os.getloadavg()
    print(f"after the runs: load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    print(f"before: {args.baseline}; after: this tree; median of {args.rounds} runs each\n")
    print(
        "| view | nodes | Python s before | after | before / after "
        "| after, the 1920x1080 layout alone | before / that "
        "| labels with a spot before / after | placed on something | lines through a node |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in runs["after"][0]:
        before = statistics.median(r[name]["s"] for r in runs["before"])
        after = statistics.median(r[name]["s"] for r in runs["after"])
        alone = statistics.median(r[name]["one"] for r in runs["after"])
        b, a = runs["before"][0][name], runs["after"][0][name]
        print(
            f"| {name} | {a['nodes']:.0f} | {before:.2f} | {after:.2f} | {before / after:.1f}x "
            f"| {alone:.2f} | {before / alone:.1f}x "
            f"| {b['slots']:.0f} / {a['slots']:.0f} | {b['overlaps']:.0f} / {a['overlaps']:.0f} "
            f"| {b['crossings']:.0f} / {a['crossings']:.0f} |"
        )


if __name__ == "__main__":
    main()
