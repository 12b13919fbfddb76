"""The page generator without a browser or a database: offline, escaped, folded, laid out."""

from __future__ import annotations

import math
import re
from collections import Counter
from html.parser import HTMLParser
from importlib import resources
from typing import Any

import pytest

from graph.model import load_model
from graph.queries.types import Evidence, GraphEdge, GraphNode, Subgraph
from tests.viz.conftest import page_json
from visualizations import FAN_OUT_CAP, PageOptions, page_data, render_page
from visualizations.adapter import pyvis_page, vis_assets
from visualizations.client import SCRIPT
from visualizations.fold import MORE_PREFIX
from visualizations.layout import layout
from visualizations.page import script_json
from visualizations.render import csp_hash
from visualizations.synthetic import synthetic_graph

EVIL_NAME = "<script>alert(1)</script>"
EVIL_QUOTE = "</script><img src=x onerror=alert(2)> & \"quoted\" 'single' \u2028 end"
UNICODE = "Alianza Américas — 移民 ✊🏽 \u00e9\u0301"


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each script and style."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.bodies: dict[str, list[str]] = {"script": [], "style": []}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.bodies:
            self._open = tag
            self.bodies[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.bodies[self._open][-1] += data


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def evil_graph() -> Subgraph:
    nodes = [
        GraphNode(
            id="evil",
            name=EVIL_NAME,
            type="Organization",
            properties={"aliases": ['"><svg onload=alert(3)>', UNICODE], "description": EVIL_QUOTE},
        ),
        GraphNode(id="doc", name="<b>Bold</b> statement", type="Document"),
        GraphNode(id="uni", name=UNICODE, type="Coalition"),
    ]
    edges = [
        GraphEdge(
            source="evil",
            target="doc",
            type="SIGNED",
            properties={"date": "2018-12-10"},
            evidence=[
                Evidence(quote=EVIL_QUOTE, document_title=EVIL_NAME, method="curated", confidence=1)
            ],
        ),
        GraphEdge(source="evil", target="uni", type="MEMBER_OF", properties={"role": "<i>x</i>"}),
    ]
    return Subgraph(nodes=nodes, edges=edges)


def test_the_page_references_nothing_outside_itself() -> None:
    html = render_page(synthetic_graph(300, big_hub=60), PageOptions(title="offline"))
    tags = parse(html)
    names = Counter(tag for tag, _ in tags.tags)
    for forbidden in ("link", "img", "iframe", "base", "object", "embed", "source", "video"):
        assert names[forbidden] == 0, forbidden
    for tag, attrs in tags.tags:
        for key in ("src", "href", "srcset", "action", "data", "poster", "background"):
            assert key not in attrs, (tag, attrs)
    # Anywhere in the text, inlined library included: no resource reference to another site.
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", html, re.I)
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap", "googleapis", "cloudflare"):
        assert cdn not in html.lower(), cdn
    assert "vis.Network" in html and "vis-network" in html  # the library is inlined


def test_the_policy_allows_only_the_page_s_own_scripts_and_styles() -> None:
    html = render_page(synthetic_graph(50))
    tags = parse(html)
    (policy,) = [
        a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv", "") != ""
    ]
    assert policy is not None
    rules = dict(rule.strip().split(" ", 1) for rule in policy.split(";"))
    assert rules["default-src"] == "'none'" and rules["form-action"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "http" not in policy and "*" not in policy
    executable = [
        body
        for (tag, attrs), body in zip(
            [t for t in tags.tags if t[0] == "script"], tags.bodies["script"], strict=True
        )
        if attrs.get("type") != "application/json"
    ]
    assert len(executable) == 2  # vis-network and the page's own script
    assert sorted(csp_hash(s) for s in executable) == sorted(rules["script-src"].split())
    assert sorted(csp_hash(s) for s in tags.bodies["style"]) == sorted(rules["style-src"].split())


def test_names_and_quotes_reach_the_page_as_data_never_as_markup() -> None:
    html = render_page(evil_graph(), PageOptions(title=EVIL_NAME, subtitle=UNICODE))
    tags = parse(html)
    assert [t for t, _ in tags.tags].count("script") == 3  # data, vis-network, page script
    assert EVIL_NAME not in html and "<img" not in html and "<svg" not in html
    assert "<b>Bold" not in html and "<i>x</i>" not in html
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in html
    assert UNICODE in html  # unicode travels as is, not mangled
    data = page_json(html)  # and the data round-trips exactly
    assert data["details"]["evil"]["name"] == EVIL_NAME
    assert data["details"]["evil"]["names"] == [EVIL_NAME, '"><svg onload=alert(3)>', UNICODE]
    assert data["links"]["e0"]["evidence"][0]["quote"] == EVIL_QUOTE
    assert data["details"]["uni"]["name"] == UNICODE


def test_script_json_cannot_close_its_element() -> None:
    text = script_json({"a": "</script><!-- & \u2028 \u2029 >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text


def test_the_page_script_writes_text_only() -> None:
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "fetch(",
        "XMLHttpRequest",
        "WebSocket",
        "sendBeacon",
        "import(",
    ):
        assert sink not in SCRIPT, sink
    assert "textContent" in SCRIPT
    # vis-network 9 writes a string title with innerText; the page sets no title at all.
    assert ".innerText=t" in vis_assets().js
    assert '"title"' not in SCRIPT


def test_pyvis_own_page_still_has_both_defects() -> None:
    """Why the pages use their own template: pyvis 0.3.2 as shipped (pinned in pyproject)."""
    html = pyvis_page([("a", EVIL_NAME), ("b", "b")], [("a", "b", '<a href="x">link</a>')])
    # 1. cdn_resources="in_line" still links bootstrap from a CDN.
    assert 'href="https://cdn.jsdelivr.net/npm/bootstrap' in html
    assert 'src="https://cdn.jsdelivr.net/npm/bootstrap' in html
    # 2. A title holding "href" switches the template to a popup written with innerHTML.
    template = resources.files("pyvis").joinpath("templates", "template.html").read_text()
    assert "popup.innerHTML = nodeData[0].title;" in template
    ours = render_page(evil_graph())
    assert "bootstrap" not in ours and "innerHTML" not in ours.split("<script>")[-1]


def test_hub_fan_out_is_capped_and_nothing_is_lost() -> None:
    graph = synthetic_graph(200, big_hub=150)
    data = page_data(graph, PageOptions())
    drawn = {n["id"] for n in data["nodes"]}
    more = {i for i in drawn if i.startswith(MORE_PREFIX)}
    assert more == {MORE_PREFIX + "hub-0"}
    fold = data["folds"][MORE_PREFIX + "hub-0"]
    hub_links = [e for e in data["edges"] if "hub-0" in (e["from"], e["to"])]
    assert len(hub_links) == FAN_OUT_CAP + 1  # the cap, plus the link to "+N more"
    (node,) = [n for n in data["nodes"] if n["id"] == MORE_PREFIX + "hub-0"]
    assert node["text"] == f"+{fold['count']} more"
    # Drawn plus folded ids are exactly the subgraph's ids; drawn plus hidden links, its links.
    folded = {n["id"] for n in fold["nodes"]}
    assert not folded & drawn
    assert (drawn - more) | folded == {n.id for n in graph.nodes}
    assert len(data["edges"]) - len(more) + len(data["hidden"]) == len(graph.edges)
    # The 15 "no" votes are a small group: most are kept, not drowned by the 135 "yes"
    # (in proportion to their number they would get 3 of the 40 places).
    kept = {e["from"] for e in hub_links}
    assert sum(1 for i in range(0, 150, 10) if f"fan-{i}" in kept) >= 10
    assert fold["groups"]["VOTED (yes)"] >= 100


def test_a_big_graph_is_laid_out_before_the_page_opens() -> None:
    graph = synthetic_graph(2_000)
    data = page_data(graph, PageOptions())
    assert len(data["nodes"]) == 2_000
    points = [(n["x"], n["y"]) for n in data["nodes"]]
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in points)
    assert len(set(points)) > 1_990  # nodes do not sit on each other
    assert "physics: { enabled: false }" in SCRIPT and "improvedLayout: false" in SCRIPT
    again = page_data(graph, PageOptions())  # seeded: the same picture every time
    assert [(n["x"], n["y"]) for n in again["nodes"]] == points


def test_layout_keeps_linked_nodes_near_and_separates_components() -> None:
    ids = [f"n{i}" for i in range(12)]
    links = [("n0", f"n{i}") for i in range(1, 6)] + [("n6", f"n{i}") for i in range(7, 12)]
    pos = layout(ids, links)

    def dist(a: str, b: str) -> float:
        return math.dist(pos[a], pos[b])

    assert all(dist("n0", f"n{i}") < dist("n0", "n6") for i in range(1, 6))
    assert min(dist(a, b) for a in ids for b in ids if a < b) > 50


def test_private_people_are_left_out_unless_asked_for() -> None:
    graph = Subgraph(
        nodes=[
            GraphNode(id="org", name="Org", type="Organization"),
            GraphNode(id="p", name="Private Person", type="Person", properties={"private": True}),
        ],
        edges=[GraphEdge(source="p", target="org", type="AFFILIATED_WITH")],
    )
    html = render_page(graph)
    assert "Private Person" not in html
    assert set(page_json(html)["details"]) == {"org"}
    shown = page_data(graph, PageOptions(include_private=True))
    assert {n["id"] for n in shown["nodes"]} == {"org", "p"}


def test_the_legend_comes_from_the_model() -> None:
    html = render_page(synthetic_graph(40))
    model = load_model()
    classes = set(re.findall(r'class="(?:kind|rel)-([A-Za-z_]+)"', html))
    assert set(model.labels) | set(model.relationships) <= classes
    assert "member of" in html and "intergovernmental body" in html


@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_tiny_graphs(n: int) -> None:
    graph = synthetic_graph(n) if n else Subgraph(nodes=[], edges=[])
    data = page_data(graph, PageOptions())
    assert {x["id"] for x in data["nodes"]} == {x.id for x in graph.nodes}
    assert "0 nodes" in render_page(graph) or n


def test_links_between_the_same_two_nodes_do_not_hide_each_other() -> None:
    graph = Subgraph(
        nodes=[GraphNode(id=i, name=i, type="Organization") for i in ("a", "b")],
        edges=[
            GraphEdge(source="a", target="b", type="MEMBER_OF"),
            GraphEdge(source="a", target="b", type="HOSTS_SECRETARIAT"),
            GraphEdge(source="b", target="a", type="PARTNERED_WITH"),
        ],
    )
    first, *bent = page_data(graph, PageOptions())["edges"]
    assert "smooth" not in first

    def bend(edge: dict[str, Any]) -> tuple[bool, float]:
        """Which side of a -> b the curve takes (curvedCW is relative to its own direction)."""
        clockwise = edge["smooth"]["type"] == "curvedCW"
        return clockwise != (edge["from"] == "b"), edge["smooth"]["roundness"]

    assert len({bend(e) for e in bent}) == 2


def test_the_force_layout_starts_from_communities() -> None:
    """Three tight groups joined by single links: each starts around its own point (Louvain),
    and the finished layout keeps each group nearer to itself than to the others."""
    import numpy as np

    from visualizations.layout import _by_community, layout

    groups = [[f"{g}{i}" for i in range(8)] for g in "abc"]
    links = [(x, y) for group in groups for i, x in enumerate(group) for y in group[i + 1 :]]
    links += [("a0", "b0"), ("b0", "c0")]
    ids = [n for group in groups for n in group]
    index = {n: i for i, n in enumerate(ids)}
    pairs = np.array([(index[a], index[b]) for a, b in links])
    start = _by_community(len(ids), pairs, 1000.0, np.random.default_rng(7))
    centres = [start[[index[n] for n in group]].mean(axis=0) for group in groups]
    for g, group in enumerate(groups):
        own = start[[index[n] for n in group]]
        others = [c for h, c in enumerate(centres) if h != g]
        assert all(
            np.linalg.norm(p - centres[g]) < min(np.linalg.norm(p - c) for c in others) for p in own
        )
    placed = layout(ids, links)

    def spread(a: list[str], b: list[str]) -> float:
        return float(np.mean([np.hypot(*np.subtract(placed[x], placed[y])) for x in a for y in b]))

    for g, group in enumerate(groups):
        for h, other in enumerate(groups):
            if g != h:
                assert spread(group, group) < spread(group, other)


def test_a_small_view_keeps_a_free_spot_for_every_label() -> None:
    """The layout of a small view (room.py): every node's label, at the spot and on the lines
    kept for it, touches no other label, node or word on a line, and stays inside the frame the
    page fits at zoom 1 in a 1920x1080 window; the page is told the spot."""
    from visualizations.layout import FRAME_PX
    from visualizations.room import AX, AY, BX, BY, GAP, TAG_GAP
    from visualizations.textwidth import halves, text_box

    graph = synthetic_graph(140)
    data = page_data(graph, PageOptions(focus="hub-0"))
    assert len(data["nodes"]) == 140 and data["frame"] == list(FRAME_PX)
    boxes: list[tuple[str, float, float, float, float]] = []
    for node in data["nodes"]:
        first = node["text"] if node["id"] == "hub-0" else node.get("short") or node["text"]
        text = halves(first) if node.get("two") else first
        assert text is not None
        w, h = text_box(text, node["px"])
        x = node["x"] + FRAME_PX[0] / 2
        y = node["y"] + FRAME_PX[1] / 2
        r, s = node["size"], node["slot"]
        lx = x + AX[s] * (r + GAP) + BX[s] * w
        ly = y + AY[s] * (r + GAP) + BY[s] * h
        boxes.append((node["id"], lx - 2, ly - 2, lx + w + 2, ly + h + 2))  # the page's PAD
        boxes.append((node["id"], x - r, y - r, x + r, y + r))
    for edge in data["edges"]:
        if edge.get("tag") and not edge.get("smooth"):
            ends = [n for n in data["nodes"] if n["id"] in (edge["from"], edge["to"])]
            mx = sum(n["x"] for n in ends) / 2 + FRAME_PX[0] / 2
            my = sum(n["y"] for n in ends) / 2 + FRAME_PX[1] / 2
            w, h = text_box(edge["tag"], 15)
            top = my + TAG_GAP
            boxes.append((edge["id"], mx - w / 2 - 2, top - 2, mx + w / 2 + 2, top + h + 2))
    touching = [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[0] != b[0] and a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]
    ]
    assert touching == []
    assert all(
        b[1] >= 0 and b[2] >= 0 and b[3] <= FRAME_PX[0] and b[4] <= FRAME_PX[1] for b in boxes
    )
