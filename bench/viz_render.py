"""Time to first paint and to a usable page in headless Chromium: our pages vs pyvis's defaults.

    .venv/bin/python bench/viz_render.py                       # 150, 200, 2,000, 10,000 nodes
    .venv/bin/python bench/viz_render.py --sizes 200,2000 --timeout 120 --runs 3

For each size, one synthetic graph shaped like the real one (visualizations.synthetic: hubs with
members, no hub past the fan-out cap, so all n nodes are drawn), rendered two ways:
- ours: visualizations.render_page, layout computed in Python, physics off (up to 160 nodes,
  150 here, the layout also makes room for every label: visualizations/room.py); "usable" is
  the page's first drawing with every node in place (window.coalitionGraph.readyAt);
- pyvis 0.3.2 as shipped (Network defaults: Barnes-Hut physics, 1,000 stabilisation iterations,
  its own template with the CDN links taken out); "usable" is the end of stabilisation, when its
  loading bar goes away (stabilizationIterationsDone). Capped by --timeout: "> timeout".
"First paint" is Chromium's first-paint entry. Times are from navigation start, median of --runs
for ours (one run for pyvis, which takes minutes). Debian's Chromium (CHROMIUM_PATH), headless,
the flags and the network block of the tests. Results depend on the machine: the load average is
printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from playwright.sync_api import Browser
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from visualizations import render_page
from visualizations.adapter import pyvis_page
from visualizations.browser import Guard, chromium, offline_context, watched_page
from visualizations.synthetic import synthetic_graph

GOALS = {2_000: 2.0, 10_000: 4.0}  # seconds to a usable page
PAINT = "() => (performance.getEntriesByName('first-paint')[0] || {}).startTime"
PYVIS_HOOK = (
    "<script>network.once('stabilizationIterationsDone', function () {"
    " window.__usable = performance.now(); });</script>"
)


@dataclass
class Result:
    nodes: int
    edges: int
    prepare_s: float  # Python: query result -> HTML (layout included)
    paint_s: float | None
    usable_s: float | None  # None: the timeout was reached
    html_kb: int


def open_and_time(browser: Browser, path: Path, usable_js: str, timeout_s: float) -> Result:
    guard = Guard()
    context = offline_context(browser, guard)
    page = watched_page(context, guard)
    try:
        began = time.monotonic()
        page.goto(path.as_uri(), wait_until="commit")
        paint = usable = None
        try:  # never evaluate in a page that may be busy for minutes: wait with a deadline
            page.wait_for_function(f"{PAINT} !== undefined", timeout=timeout_s * 1000)
            paint = page.evaluate(PAINT) / 1000
            left = max(1.0, timeout_s - (time.monotonic() - began))
            page.wait_for_function(f"() => ({usable_js}) !== undefined", timeout=left * 1000)
            usable = page.evaluate(f"() => {usable_js}") / 1000
        except PlaywrightTimeout:
            pass
        return Result(0, 0, 0.0, paint, usable, 0)
    finally:
        context.close()


def ours(browser: Browser, n: int, runs: int, timeout_s: float, folder: Path) -> Result:
    graph = synthetic_graph(n)
    began = time.perf_counter()
    html = render_page(graph)
    prepare = time.perf_counter() - began
    path = folder / f"ours-{n}.html"
    path.write_text(html, encoding="utf-8")
    timed = [
        open_and_time(
            browser, path, "window.coalitionGraph && window.coalitionGraph.readyAt", timeout_s
        )
        for _ in range(runs)
    ]
    usable = [t.usable_s for t in timed if t.usable_s is not None]
    paints = [t.paint_s for t in timed if t.paint_s is not None]
    return Result(
        n,
        len(graph.edges),
        prepare,
        statistics.median(paints) if paints else None,
        statistics.median(usable) if len(usable) == runs else None,
        len(html) // 1024,
    )


def pyvis_default(browser: Browser, n: int, timeout_s: float, folder: Path) -> Result:
    graph = synthetic_graph(n)
    began = time.perf_counter()
    html = pyvis_page(
        [(node.id, node.name or node.id) for node in graph.nodes],
        [(e.source, e.target, e.type) for e in graph.edges],
    )
    prepare = time.perf_counter() - began
    # Offline like ours: pyvis's bootstrap links (its first defect) would only be blocked anyway.
    html = re.sub(
        r"<link[^>]*bootstrap[^>]*/>|<script\s+src=[^>]*bootstrap[^>]*>\s*</script>", "", html
    )
    html = html.replace("drawGraph();\n", "drawGraph();\n</script>" + PYVIS_HOOK + "<script>", 1)
    path = folder / f"pyvis-{n}.html"
    path.write_text(html, encoding="utf-8")
    timed = open_and_time(browser, path, "window.__usable", timeout_s)
    return Result(n, len(graph.edges), prepare, timed.paint_s, timed.usable_s, len(html) // 1024)


def seconds(value: float | None, timeout_s: float) -> str:
    return f"> {timeout_s:.0f}" if value is None else f"{value:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--sizes", default="150,200,2000,10000")
    parser.add_argument("--runs", type=int, default=3, help="runs of our page per size (median)")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds, per page")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    load = os.getloadavg()
    print(f"{os.cpu_count()} CPUs, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")

    rows: list[tuple[Result, Result]] = []
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        folder = Path(tmp)
        mine = {n: ours(browser, n, args.runs, args.timeout, folder) for n in sizes}
        for n in sizes:
            print(f"  ours {n:>6}: usable {seconds(mine[n].usable_s, args.timeout)} s", flush=True)
        for n in sizes:
            theirs = pyvis_default(browser, n, args.timeout, folder)
            print(f"  pyvis {n:>5}: usable {seconds(theirs.usable_s, args.timeout)} s", flush=True)
            rows.append((mine[n], theirs))

    print()
    print(
        "| nodes  | links  | ours: Python s | ours: first paint s | ours: usable s "
        "| pyvis defaults: first paint s | pyvis defaults: usable s | usable, pyvis / ours |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for mine_row, theirs in rows:
        t = args.timeout
        if mine_row.usable_s and theirs.usable_s:
            ratio = f"{theirs.usable_s / mine_row.usable_s:.0f}x"
        elif mine_row.usable_s:
            ratio = f"> {t / mine_row.usable_s:.0f}x"
        else:
            ratio = "-"
        print(
            f"| {mine_row.nodes:,} | {mine_row.edges:,} | {mine_row.prepare_s:.2f} "
            f"| {seconds(mine_row.paint_s, t)} | {seconds(mine_row.usable_s, t)} "
            f"| {seconds(theirs.paint_s, t)} | {seconds(theirs.usable_s, t)} | {ratio} |"
        )
    print()
    for n, goal in GOALS.items():
        if n in mine:
            got = mine[n].usable_s
            verdict = "met" if got is not None and got <= goal else "NOT met"
            print(
                f"goal: {n:,} nodes usable in <= {goal:.0f} s: {verdict} "
                f"({seconds(got, args.timeout)} s)"
            )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = [{"ours": asdict(a), "pyvis": asdict(b)} for a, b in rows]
        args.json.write_text(json.dumps({"load": load, "rows": payload}, indent=2))


if __name__ == "__main__":
    main()
