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

import networkx as nx

from graph.model import load_model
from graph.queries.types import GraphEdge, GraphNode, Subgraph
from visualizations.adapter import JSONDict, vis_edge, vis_node
from visualizations.fold import FAN_OUT_CAP, Fold, Folded, fold
from visualizations.layout import (
    DECLUTTER_LIMIT,
    FRAME_MARGIN,
    FRAME_PX,
    PROJECTOR_FRAME_PX,
    VIEW_PX,
    Line,
    arrange,
)
from visualizations.room import Footprint
from visualizations.style import (
    MORE_EDGE,
    MORE_NODE,
    NODE_STYLES,
    edge_style,
    node_style,
    readable,
    variant_name,
    variant_of,
)
from visualizations.textwidth import halves, text_box

CLUSTER_MIN = 4  # members a group needs to be tinted
# the tints of groups (the page draws them at 10 %, the legend's swatches at 40 %)
GROUP_COLOURS = ("#1f77b4", "#c0392b", "#2e7d32", "#6a3d9a", "#b7950b", "#00838f", "#e67e22")
CLUSTER_MAX = len(GROUP_COLOURS)  # groups tinted at most
LABEL_CHARS = 48
LINE_CHARS = 22  # labels are set on up to three lines of about this many characters
LARGE_GRAPH = 1_000  # past this many nodes: edges hidden while dragging or zooming
HUB_DEGREE = 8  # nodes with this many links get a bigger label
BIG_HUB_DEGREE = 25  # and these a bigger one still
# Label sizes in screen pixels (the page draws them, whatever the zoom): a projector needs 14+.
LABEL_PX = 15
HUB_LABEL_PX = 18
BIG_LABEL_PX = 22
TAG_PX = 15  # the words on lines ("opposes"), client.py
SHORT_CHARS = 20  # a label longer than this also gets a short form, drawn where it has no room
SHORT_END = 9  # characters kept at least at each end of a short form
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
    focus: str | None = None  # the entity the view is about: its label is always drawn
    # the frame a small view is laid out in (fitted at zoom 1), and its labels' scale: a deck's
    # view has a smaller pane and larger labels than a page (render.render_deck)
    frame: tuple[float, float] = FRAME_PX
    label_scale: float = 1.0
    # the frames of smaller windows a small view is also laid out in: the page takes the layout
    # made for the largest frame its window holds at zoom 1 (a deck: none)
    also: tuple[tuple[float, float], ...] = (PROJECTOR_FRAME_PX,)


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
    links += [(f.hub, f.id) for f in folded.folds if f.hub is not None]
    drawn_ids = folded.drawn + [f.id for f in folded.folds]
    shrink = node_shrink(len(drawn_ids))
    focus = options.focus
    nodes = [_vis_node(by_id[i], degree[i], (0.0, 0.0), i == focus, shrink) for i in folded.drawn]
    _unique_shorts(nodes, by_id)
    nodes += [_more_node(f, (0.0, 0.0)) for f in folded.folds]
    plain = len(folded.drawn_edges) > PLAIN_LINES_ABOVE
    edges = [_vis_edge(f"e{i}", graph.edges[i], plain) for i in folded.drawn_edges]
    _bend_parallel(edges)
    edges += [
        vis_edge(
            _more_edge(f.id), f.hub, f.id, color=MORE_EDGE.color, width=2, dashes=MORE_EDGE.dashes
        )
        for f in folded.folds
        if f.hub is not None
    ]
    small = len(drawn_ids) <= DECLUTTER_LIMIT
    groups = clusters(folded.drawn, links, by_id, degree, options.seed) if small else []
    # small views: laid out with room for every label (footprints, and the words on lines)
    arranged = arrange(
        drawn_ids,
        links,
        options.seed,
        {n["id"]: footprint(n, n["id"] == focus, options.label_scale) for n in nodes}
        if small
        else None,
        [Line(e["from"], e["to"], _bend(e), _tag_size(e, options.label_scale)) for e in edges]
        if small
        else None,
        options.frame,
        {m: g["anchor"] for g in groups for m in g["members"]},
        options.also if small else (),
    )
    plain_bends = [_bend(e) for e in edges]
    for node in nodes:
        node["x"], node["y"] = arranged.positions[node["id"]]
        if node["id"] in arranged.slots:  # the page tries the spot kept for the label first
            node["slot"] = arranged.slots[node["id"]]
            if arranged.two_lines[node["id"]]:
                node["two"] = True
    original = [e.get("smooth") for e in edges]
    for edge, smooth in zip(edges, _smooths(plain_bends, arranged.bends), strict=True):
        if smooth is not None:
            edge["smooth"] = smooth
    # the same view laid out for smaller windows: positions, label spots, lines (page: layouts)
    layouts = [
        {
            "frame": list(other.frame or options.frame),
            "nodes": {
                i: [*other.positions[i], other.slots.get(i), other.two_lines.get(i, False)]
                for i in drawn_ids
            },
            "smooth": [
                s if s is not None else (o or False)
                for s, o in zip(_smooths(plain_bends, other.bends), original, strict=True)
            ],
        }
        for other in arranged.others
    ]
    return {
        "title": options.title,
        "focus": options.focus if options.focus in set(folded.drawn) else None,
        "clusters": groups,
        "subtitle": options.subtitle,
        "apiBase": options.api_base,
        "truncated": graph.truncated,
        "largeAt": LARGE_GRAPH,
        "declutterAt": DECLUTTER_LIMIT,
        "frame": list(options.frame) if small else None,  # fitted at zoom 1 (1920x1080)
        "layouts": layouts,
        "frameMargin": FRAME_MARGIN,
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
                "nodes": [_vis_node(by_id[i], degree[i], None, False, shrink) for i in f.nodes],
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


def clusters(
    drawn: list[str],
    links: list[tuple[str, str]],
    by_id: dict[str, GraphNode],
    degree: Counter[str],
    seed: int,
) -> list[JSONDict]:
    """The view's groups, for the page to tint: Louvain communities of the drawn graph (seeded),
    CLUSTER_MIN members or more, the biggest CLUSTER_MAX; each named by its anchor, the coalition
    in it with the most links (else its best-connected member)."""
    graph = nx.Graph()
    graph.add_nodes_from(drawn)
    graph.add_edges_from((a, b) for a, b in links if a in by_id and b in by_id and a != b)
    if graph.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(graph, seed=seed)
    groups = sorted(
        (sorted(g) for g in found if len(g) >= CLUSTER_MIN), key=lambda g: (-len(g), g[0])
    )[:CLUSTER_MAX]
    made = []
    for tint, members in enumerate(groups):
        coalitions = [m for m in members if by_id[m].type == "Coalition"]
        anchor = min(coalitions or members, key=lambda m: (-degree[m], m))
        made.append(
            {
                "anchor": anchor,
                "name": by_id[anchor].name or anchor,
                "coalition": bool(coalitions),
                "members": members,
                "tint": tint,
                "colour": GROUP_COLOURS[tint],
            }
        )
    return made


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


def wrap(label: str, width: int = LINE_CHARS) -> str:
    """A label on up to three lines, broken at spaces (a compact box collides less)."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 3:
        lines = [*lines[:2], " ".join(lines[2:])]
    return "\n".join(lines)


def label_px(degree: int, kind: str, focus: bool) -> int:
    if focus or degree >= BIG_HUB_DEGREE:
        return BIG_LABEL_PX
    if degree >= HUB_DEGREE or kind in ("Coalition", "Process"):
        return HUB_LABEL_PX
    return LABEL_PX


def node_shrink(drawn: int) -> float:
    """Smaller shapes in crowded small views (laid out at zoom 1 in the window): room for labels."""
    if drawn > DECLUTTER_LIMIT:
        return 1.0
    return max(0.45, min(1.0, math.sqrt(VIEW_PX[0] * VIEW_PX[1] / max(drawn, 1)) / 160))


def _vis_node(
    node: GraphNode, degree: int, at: tuple[float, float] | None, focus: bool, shrink: float
) -> JSONDict:
    """A node; its label travels as `text` (drawn by the page in screen pixels, not by vis)."""
    x, y = at if at is not None else (0.0, 0.0)
    made = vis_node(
        node.id,
        label="",
        group=node.type if node.type in NODE_STYLES else "default",
        x=x,
        y=y,
        size=round(_node_size(node, degree) * shrink, 1),
    )
    del made["label"]
    made["text"] = wrap(label_of(node))
    short = short_label(node)
    if short != label_of(node):
        made["short"] = short
    made["px"] = label_px(degree, node.type, focus)
    made["rank"] = degree + (10_000 if focus else 0) + (100 if made["px"] > LABEL_PX else 0)
    if at is None:  # placed by the page when its fold is opened
        del made["x"], made["y"]
    return made


def short_label(node: GraphNode, acronym_ok: bool = True) -> str:
    """The label in a few characters: the acronym, else the first and last words."""
    name = " ".join((node.name or node.id).split())
    acronym = node.properties.get("acronym")
    if len(name) <= SHORT_CHARS:
        return name
    if acronym_ok and isinstance(acronym, str) and acronym.strip() and len(acronym) <= 12:
        return acronym.strip()
    words = name.split()
    head, tail = [words[0]], [words[-1]]
    while len(" ".join(head)) < SHORT_END and len(head) + len(tail) < len(words):
        head.append(words[len(head)])
    while len(" ".join(tail)) < SHORT_END and len(head) + len(tail) < len(words):
        tail.insert(0, words[-len(tail) - 1])
    short = " ".join(head) + "\u2026" + " ".join(tail)
    return short if len(short) < len(name) else name


def _unique_shorts(nodes: list[JSONDict], by_id: dict[str, GraphNode]) -> None:
    """Two nodes sharing an acronym (the GCM coalition, the GCM compact) keep words instead."""
    seen = Counter(n.get("short") for n in nodes if n.get("short"))
    for n in nodes:
        if n.get("short") and seen[n["short"]] > 1:
            n["short"] = short_label(by_id[n["id"]], acronym_ok=False)


def _node_size(node: GraphNode, degree: int) -> float:
    return round(node_style(node.type).size * 0.8 + min(14.0, 2.2 * math.sqrt(degree)), 1)


def _tag_size(edge: JSONDict, scale: float) -> tuple[float, float] | None:
    return text_box(edge["tag"], TAG_PX * scale) if edge.get("tag") else None


def footprint(node: JSONDict, focus: bool, scale: float = 1.0) -> Footprint:
    """A drawn node's shape and its label as the page tries it first (the focus: its full text;
    the others: the short form, on one line or broken in two), in screen pixels at zoom 1."""
    first = node["text"] if focus else node.get("short") or node["text"]
    folded = None if focus else halves(first)
    px = node["px"] * scale
    return Footprint(
        float(node.get("size", MORE_NODE.size)),
        text_box(first, px),
        text_box(folded, px) if folded else None,
    )


def _more_node(f: Fold, at: tuple[float, float]) -> JSONDict:
    made = vis_node(f.id, label="", group="more", x=at[0], y=at[1], shape=MORE_NODE.shape)
    del made["label"]
    what = "more" if f.hub is not None else "without a link here"
    made["text"] = f"+{len(f.neighbours)} {what}"
    made["px"] = HUB_LABEL_PX
    made["rank"] = 5_000
    return made


def _vis_edge(edge_id: str, edge: GraphEdge, plain: bool = False) -> JSONDict:
    variant = variant_of(edge.type, edge.properties)
    style = variant.style if variant else edge_style(edge.type)
    dashes = () if plain and not variant else style.dashes
    made = vis_edge(
        edge_id, edge.source, edge.target, color=style.color, width=style.width, dashes=dashes
    )
    if variant and variant.tagged:
        made["tag"] = variant.verb  # written on the line by the page ("opposes")
    return made


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


def _smooths(plain: list[float], bends: list[float]) -> list[JSONDict | None]:
    """Each line's vis-network curve where the layout bent it off a node it ran through (as the
    page would), else None (its own curve stays: straight, or bent apart from a parallel)."""
    made: list[JSONDict | None] = []
    for was, bend in zip(plain, bends + plain[len(bends) :], strict=True):
        if bend != was:
            made.append(
                {
                    "enabled": True,
                    "type": "curvedCW" if bend > 0 else "curvedCCW",
                    "roundness": abs(bend),
                }
            )
        else:
            made.append(None)
    return made


def _bend(edge: JSONDict) -> float:
    """A bent line's roundness, > 0 clockwise, < 0 counter-clockwise; 0 when straight."""
    smooth = edge.get("smooth")
    if not smooth:
        return 0.0
    return float(smooth["roundness"]) * (1.0 if smooth["type"] == "curvedCW" else -1.0)


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
        "size": MORE_NODE.size,
        "color": {"background": MORE_NODE.color, "border": "#7f8c8d"},
        "shapeProperties": {"borderDashes": [6, 4]},
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
    variant = variant_of(edge.type, edge.properties)
    return {
        "from": edge.source,
        "to": edge.target,
        "type": edge.type,
        "verb": variant.verb if variant else readable(edge.type),
        "legend": variant_name(variant) if variant else edge.type,
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
