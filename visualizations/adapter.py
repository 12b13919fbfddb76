"""The typed face of pyvis 0.3.2: what the pages take from it, and nothing else.

pyvis is untyped and its page template has two defects (docs/visualizations.md): in `in_line`
mode it still links bootstrap from a public CDN, and it writes a node's `title` into the page
with `innerHTML`. So the pages take from pyvis only
- the vis-network library it ships (JavaScript and CSS, inlined into the page), and
- its Node and Edge classes, which shape the items vis-network draws,
and render them with their own template (visualizations.template). `pyvis_page` renders a graph
the way pyvis does by default, for the benchmark and for the tests that pin the two defects.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

VIS_VERSION = "9.1.2"
PYVIS_VERSION = "0.3.2"

JSONDict = dict[str, Any]


@dataclass(frozen=True)
class VisAssets:
    js: str
    css: str


@lru_cache(maxsize=1)
def vis_assets() -> VisAssets:
    """vis-network's JavaScript and CSS as pyvis ships them (no CDN copy is ever used)."""
    lib = resources.files("pyvis").joinpath("templates", "lib", f"vis-{VIS_VERSION}")
    js = lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = lib.joinpath("vis-network.css").read_text(encoding="utf-8")
    # Inlined as raw text inside <script>/<style>: these would end the element early.
    for text, end in ((js, "</script"), (css, "</style")):
        if end in text.lower() or "<!--" in text:
            raise ValueError(f"vis-network {VIS_VERSION} holds {end!r}: it cannot be inlined")
    return VisAssets(js=js, css=css)


def vis_node(
    node_id: str,
    *,
    label: str,
    group: str,
    x: float,
    y: float,
    size: float | None = None,
    font_size: int | None = None,
    shape: str | None = None,
) -> JSONDict:
    """One item of vis-network's node DataSet, shaped by pyvis.node.Node."""
    options: JSONDict = {"group": group, "x": x, "y": y}
    if size is not None:
        options["size"] = size
    if font_size is not None:
        options["font"] = {"size": font_size}
    # pyvis puts the shape on every node; None lets the group's shape apply.
    made: JSONDict = Node(node_id, shape, label=label, font_color=False, **options).options
    if shape is None:
        made.pop("shape")
    return made


def vis_edge(
    edge_id: str,
    source: str,
    target: str,
    *,
    color: str,
    width: float,
    dashes: tuple[int, ...] = (),
) -> JSONDict:
    """One item of vis-network's edge DataSet (directed), shaped by pyvis.edge.Edge."""
    options: JSONDict = {"id": edge_id, "color": {"color": color, "highlight": color}}
    options["width"] = width
    if dashes:
        options["dashes"] = list(dashes)
    made: JSONDict = Edge(source, target, directed=True, **options).options
    return made


def pyvis_page(nodes: list[tuple[str, str]], edges: list[tuple[str, str, str]]) -> str:
    """A page as pyvis 0.3.2 makes it by default (physics on, its own template, `in_line`).

    nodes: (id, label); edges: (source, target, title). Only for the benchmark's baseline and
    for the tests that show the defects of pyvis's template; never served.
    """
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    # Network.add_node/add_edge scan lists on every call (quadratic): add through the same
    # Node/Edge classes directly, which is what those methods do once their checks pass.
    for node_id, label in nodes:
        net.nodes.append(Node(node_id, "dot", label=label, color="#97c2fc").options)
        net.node_ids.append(node_id)
    for source, target, title in edges:
        net.edges.append(Edge(source, target, directed=True, title=title).options)
    html: str = net.generate_html(notebook=False)
    return html
