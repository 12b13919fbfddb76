"""What a person sees on a page, measured in the browser: labels drawn, their size in screen
pixels, labels on top of each other, lines running through nodes they do not touch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

# Every drawn label's box in screen pixels, as the page placed it; overlaps counted here from
# the boxes (not taken from the page's own word), and the node labels compared with the nodes.
LABELS = """() => {
    const g = window.coalitionGraph;
    g.fitView();
    g.network.redraw();
    return {labels: g.labels(), nodes: g.nodes.getIds(),
            width: document.querySelector('#graph').clientWidth,
            height: document.querySelector('#graph').clientHeight};
}"""

# (line, node) pairs where a drawn line passes through a node that is not one of its ends:
# points along the line as vis-network draws it (straight or curved), against the node's shape
# (a circle of its size, in the graph's own units).
CROSSINGS = """() => {
    const net = window.coalitionGraph.network;
    const nodes = net.body.nodes, found = [];
    const drawn = window.coalitionGraph.nodes.getIds();
    for (const id of window.coalitionGraph.edges.getIds()) {
        const e = net.body.edges[id];
        if (!e || !e.edgeType) { continue; }
        const pts = [];
        for (let t = 0.0; t <= 1.0001; t += 0.01) { pts.push(e.edgeType.getPoint(t)); }
        for (const nid of drawn) {
            if (nid === e.fromId || nid === e.toId) { continue; }
            const n = nodes[nid], r = (n.options.size || 20);
            if (pts.some(p => (p.x - n.x) ** 2 + (p.y - n.y) ** 2 < r * r)) {
                found.push([id, nid]);
            }
        }
    }
    return found;
}"""


@dataclass(frozen=True)
class Legibility:
    nodes: int
    node_labels: int
    overlaps: int
    smallest_px: float
    labels: list[dict[str, Any]]


def legibility(page: Page) -> Legibility:
    got = page.evaluate(LABELS)
    labels: list[dict[str, Any]] = got["labels"]
    overlaps = 0
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            if (
                a["x"] < b["x"] + b["w"]
                and b["x"] < a["x"] + a["w"]
                and a["y"] < b["y"] + b["h"]
                and b["y"] < a["y"] + a["h"]
            ):
                overlaps += 1
    node_ids = set(got["nodes"])
    return Legibility(
        nodes=len(node_ids),
        node_labels=sum(1 for label in labels if label["id"] in node_ids),
        overlaps=overlaps,
        smallest_px=min((float(label["px"]) for label in labels), default=0.0),
        labels=labels,
    )


def crossings(page: Page) -> list[tuple[str, str]]:
    return [(a, b) for a, b in page.evaluate(CROSSINGS)]
