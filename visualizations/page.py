"""A Subgraph -> one self-contained, offline HTML page (vis-network inlined, no request at all).

The steps: leave private people out (unless asked), fold hub fan-out past the cap, lay the rest
out in Python, then hand the page its data as JSON inside a non-executed <script> element. Every
name, quote and title reaches the screen through textContent or canvas text (client.py), never as
markup; the template escapes what it writes itself, and the page's Content-Security-Policy allows
only its own scripts and styles (by hash) and no connection of any kind.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from graph.model import load_model
from graph.queries.types import GraphEdge, GraphNode, Subgraph
from visualizations.adapter import JSONDict, vis_edge, vis_node
from visualizations.fold import FAN_OUT_CAP, Folded, fold
from visualizations.layout import layout
from visualizations.style import MORE_EDGE, MORE_NODE, NODE_STYLES, edge_style, node_style

LABEL_CHARS = 48
LARGE_GRAPH = 1_000  # past this many nodes: edges hidden while dragging or zooming
HUB_DEGREE = 8  # nodes with this many links get a bigger label
BIG_HUB_DEGREE = 25  # and these a bigger one still, readable when the whole graph fits
PLAIN_LINES_ABOVE = 5_000  # drawn links: past this, solid lines (dashes cost a lot to draw)
_NOT_SHOWN = {"id", "name", "labels", "text", "checksum", "private", "aliases", "former_names"}
_NOISE = {"citation", "sources", "source", "source_ref", "method", "confidence", "confidence_label"}
_EDGE_NOISE = _NOISE | {"key", "valid_from", "valid_to"}


@dataclass(frozen=True)
class PageOptions:
    title: str = "coalition-graph"
    subtitle: str = ""
    api_base: str | None = None  # when served: links to {api_base}/entities/{id}
    include_private: bool = False
    fan_out_cap: int = FAN_OUT_CAP
    seed: int = 7


def public_part(graph: Subgraph, include_private: bool) -> Subgraph:
    """Private people out (and their links), unless asked for; the query does this too."""
    if include_private:
        return graph
    nodes = [n for n in graph.nodes if n.properties.get("private") is not True]
    kept = {n.id for n in nodes}
    edges = [e for e in graph.edges if e.source in kept and e.target in kept]
    return Subgraph(nodes=nodes, edges=edges, truncated=graph.truncated)


def page_data(graph: Subgraph, options: PageOptions) -> JSONDict:
    """Everything the page's script needs, as plain JSON-able values."""
    graph = public_part(graph, options.include_private)
    folded = fold(graph, options.fan_out_cap)
    by_id = {n.id: n for n in graph.nodes}
    degree: Counter[str] = Counter()
    for e in graph.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    links = [(graph.edges[i].source, graph.edges[i].target) for i in folded.drawn_edges]
    links += [(f.hub, f.id) for f in folded.folds]
    positions = layout(folded.drawn + [f.id for f in folded.folds], links, options.seed)

    nodes = [_vis_node(by_id[i], degree[i], positions[i]) for i in folded.drawn]
    nodes += [
        vis_node(
            f.id,
            label=f"+{len(f.neighbours)} more",
            group="more",
            x=positions[f.id][0],
            y=positions[f.id][1],
            shape=MORE_NODE.shape,
        )
        for f in folded.folds
    ]
    plain = len(folded.drawn_edges) > PLAIN_LINES_ABOVE
    edges = [_vis_edge(f"e{i}", graph.edges[i], plain) for i in folded.drawn_edges]
    _bend_parallel(edges)
    edges += [
        vis_edge(
            _more_edge(f.id), f.hub, f.id, color=MORE_EDGE.color, width=2, dashes=MORE_EDGE.dashes
        )
        for f in folded.folds
    ]
    return {
        "title": options.title,
        "subtitle": options.subtitle,
        "apiBase": options.api_base,
        "truncated": graph.truncated,
        "largeAt": LARGE_GRAPH,
        "groups": _groups(),
        "nodes": nodes,
        "edges": edges,
        "details": {n.id: _details(n, degree[n.id]) for n in graph.nodes},
        "links": {f"e{i}": _link(e) for i, e in enumerate(graph.edges)},
        "hidden": _hidden(graph, folded, plain),
        "plainLines": plain,
        "folds": {
            f.id: {
                "hub": f.hub,
                "edge": _more_edge(f.id),
                "count": len(f.neighbours),
                "groups": f.groups,
                "nodes": [_vis_node(by_id[i], degree[i], None) for i in f.nodes],
            }
            for f in folded.folds
        },
        "counts": {
            "nodes": len(graph.nodes),
            "edges": len(graph.edges),
            "drawnNodes": len(folded.drawn),
            "drawnEdges": len(folded.drawn_edges),
        },
    }


def script_json(value: Any) -> str:
    """JSON that is safe as the text of a <script> element: no <, >, & or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    for char, escape in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def label_of(node: GraphNode) -> str:
    name = " ".join((node.name or node.id).split())
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "\u2026"


def _vis_node(node: GraphNode, degree: int, at: tuple[float, float] | None) -> JSONDict:
    base = node_style(node.type).size
    hub = degree >= HUB_DEGREE or node.type in ("Coalition", "Process")
    font = 52 if degree >= BIG_HUB_DEGREE else 36 if hub else None
    x, y = at if at is not None else (0.0, 0.0)
    made = vis_node(
        node.id,
        label=label_of(node),
        group=node.type if node.type in NODE_STYLES else "default",
        x=x,
        y=y,
        size=round(base + min(22.0, 3 * math.sqrt(degree)), 1),
        font_size=font,
    )
    if at is None:  # placed by the page when its fold is opened
        del made["x"], made["y"]
    return made


def _vis_edge(edge_id: str, edge: GraphEdge, plain: bool = False) -> JSONDict:
    style = edge_style(edge.type)
    dashes = () if plain else style.dashes
    return vis_edge(
        edge_id, edge.source, edge.target, color=style.color, width=style.width, dashes=dashes
    )


def _bend_parallel(edges: list[JSONDict]) -> None:
    """Links between the same two nodes would lie on one line: bend all but the first, to
    alternate sides, so that each can be seen, hovered and clicked (static curves: no cost)."""
    seen: Counter[tuple[str, str]] = Counter()
    for edge in edges:
        pair = (min(edge["from"], edge["to"]), max(edge["from"], edge["to"]))
        nth = seen[pair]
        seen[pair] += 1
        if nth:
            # curvedCW bends to the right of the direction of travel: flip for reversed links.
            side = (nth % 2 == 1) == (edge["from"] == pair[0])
            edge["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if side else "curvedCCW",
                "roundness": 0.25 * ((nth + 1) // 2),
            }


def _more_edge(fold_id: str) -> str:
    return f"{fold_id}:edge"


def _groups() -> JSONDict:
    """vis-network groups: one per node kind (colour, shape, size), plus "+N more" nodes."""
    groups: JSONDict = {}
    for kind in [*load_model().labels, "default"]:
        style = node_style(kind)
        groups[kind] = {
            "shape": style.shape,
            "size": style.size,
            "color": {
                "background": style.color,
                "border": "#1b2631",
                "highlight": {"background": style.color, "border": "#000000"},
                "hover": {"background": style.color, "border": "#000000"},
            },
        }
    groups["Position"]["shapeProperties"] = {"borderDashes": [4, 3]}
    groups["more"] = {
        "shape": MORE_NODE.shape,
        "color": {"background": MORE_NODE.color, "border": "#7f8c8d"},
        "shapeProperties": {"borderDashes": [6, 4]},
        "font": {"size": 40, "color": "#1b2631"},
        "margin": 12,
    }
    return groups


def _details(node: GraphNode, degree: int) -> JSONDict:
    props = node.properties
    names = [node.name or node.id]
    for key in ("aliases", "former_names", "acronym"):
        value = props.get(key)
        names += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    if node.iso3:
        names.append(node.iso3)
    label = load_model().labels.get(node.type)
    order = list(label.properties) if label else []
    shown = [k for k in order if k in props] + sorted(k for k in props if k not in order)
    return {
        "name": node.name or node.id,
        "kind": node.type,
        "names": list(dict.fromkeys(n for n in names if n)),
        "props": {
            k: _text(props[k])
            for k in shown
            if k not in _NOT_SHOWN and k not in _NOISE and props[k] not in (None, "", [])
        },
        "degree": degree,
    }


def _link(edge: GraphEdge) -> JSONDict:
    return {
        "from": edge.source,
        "to": edge.target,
        "type": edge.type,
        "props": {
            k: _text(v)
            for k, v in edge.properties.items()
            if v not in (None, "", []) and k not in _EDGE_NOISE
        },
        "evidence": [e.model_dump(exclude_none=True) for e in edge.evidence],
    }


def _hidden(graph: Subgraph, folded: Folded, plain: bool) -> list[JSONDict]:
    hidden = []
    for i, folds in sorted(folded.hidden_edges.items()):
        item = _vis_edge(f"e{i}", graph.edges[i], plain)
        item["hiddenBy"] = folds
        hidden.append(item)
    return hidden


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
