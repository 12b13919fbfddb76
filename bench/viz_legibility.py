"""What a person sees on the four views of issue 13, measured in Debian's Chromium as the tests
measure it (tests/viz/measure.py), at 1920x1080 and at a 1600x1000 projector: labels drawn of
nodes drawn, labels on top of each other, the smallest label, (line, node) pairs where a line
runs through a node it does not touch, labels drawn away from their node with a leader line, and
how many group members sit nearer their own group's anchor (its coalition) than any other's.

    .venv/bin/python bench/viz_legibility.py --graphs /tmp/views.json

The views are read as bench/viz_layout.py reads them (a throwaway Neo4j, or --graphs FILE).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.viz.measure

from viz_layout import VIEWS, fetch_views

from graph.queries.types import Subgraph
from tests.viz.measure import crossings, legibility
from visualizations import PageOptions, write_page
from visualizations.browser import (
    READY,
    Guard,
    chromium,
    deck_screenshots,
    offline_context,
    watched_page,
)
from visualizations.describe import describe, focus_of
from visualizations.render import Slide, render_deck

SIZES = [(1920, 1080), (1600, 1000)]
PICTURES = {
    "one-hop": "screenshot.png",
    "two-hop": "screenshot-two-hop.png",
    "process": "screenshot-process.png",
}

GROUPS = """() => {
    const g = window.coalitionGraph, pos = g.network.getPositions();
    const anchors = g.data.clusters.map(c => c.anchor);
    let own = 0, all = 0;
    for (const c of g.data.clusters) {
        for (const m of c.members) {
            if (anchors.includes(m)) { continue; }
            const d = anchors.map(a => Math.hypot(pos[m].x - pos[a].x, pos[m].y - pos[a].y));
            all += 1;
            if (d.indexOf(Math.min(...d)) === anchors.indexOf(c.anchor)) { own += 1; }
        }
    }
    return [own, all];
}"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--graphs", type=Path, help="keep the views here (JSON); reused")
    parser.add_argument(
        "--pictures",
        type=Path,
        help="also write the docs' pictures there (1920x1080): screenshot.png (one-hop), "
        "screenshot-two-hop.png, screenshot-process.png, screenshot-deck.png (the sample deck's "
        "third view)",
    )
    args = parser.parse_args()
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    views = json.loads(fetch_views(args.graphs).read_text(encoding="utf-8"))
    print(
        "| view | nodes drawn | labels 1920 ; 1600 | overlaps | smallest px "
        "| lines through a node 1920 / 1600 | leader lines 1920 / 1600 "
        "| members nearest their own anchor |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        for name, filters in VIEWS.items():
            graph = Subgraph.model_validate(views[name]["graph"])
            title, subtitle = describe(filters, graph)
            options = PageOptions(title=title, subtitle=subtitle, focus=focus_of(filters))
            url = write_page(graph, Path(tmp) / f"{name}.html", options).resolve().as_uri()
            seen, lines, leaders = [], [], []
            groups, drawn = (0, 0), 0
            smallest, overlaps = math.inf, 0
            for size in SIZES:
                guard = Guard()
                context = offline_context(browser, guard, size)
                page = watched_page(context, guard)
                page.goto(url)
                page.wait_for_function(READY, timeout=60_000)
                got = legibility(page)
                seen.append(f"{got.node_labels} / {got.nodes}")
                lines.append(str(len(crossings(page))))
                leaders.append(str(sum(1 for label in got.labels if label.get("leader"))))
                smallest = min(smallest, got.smallest_px)
                overlaps += got.overlaps
                if size == SIZES[0]:
                    groups = page.evaluate(GROUPS)
                    drawn = got.nodes
                    if args.pictures and name in PICTURES:
                        page.screenshot(path=str(args.pictures / PICTURES[name]))
                assert guard.blocked == [] and guard.page_errors == [], guard
                context.close()
            print(
                f"| {name} | {drawn} | {' ; '.join(seen)} "
                f"| {overlaps} | {smallest:.0f} | {' / '.join(lines)} | {' / '.join(leaders)} "
                f"| {groups[0]} / {groups[1]} |",
                flush=True,
            )

    if args.pictures:
        deck = views["deck"]
        slides = [
            Slide(
                Subgraph.model_validate(s["graph"]),
                s["title"],
                s["note"],
                PageOptions(title=s["title"], subtitle=s["subtitle"], focus=s["focus"]),
            )
            for s in deck["slides"]
        ]
        with tempfile.TemporaryDirectory() as tmp:
            html = Path(tmp) / "session.html"
            html.write_text(render_deck(slides, deck["title"]), encoding="utf-8")
            made = deck_screenshots(html, Path(tmp) / "session.png", len(slides))
            (args.pictures / "screenshot-deck.png").write_bytes(made[2].read_bytes())


if __name__ == "__main__":
    main()
