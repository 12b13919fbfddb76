"""A cap on hub fan-out: past FAN_OUT_CAP neighbours a hub shows a "+N more" node instead.

The 193 states that voted on a resolution make a hairball nobody can read on a projector. A hub
keeps FAN_OUT_CAP neighbours, taken in turn from each group of links (relationship type and its
role, vote or stance, smallest groups first, so that the 5 "no" votes are not lost among 152
"yes"), best connected first; its links to the others are folded into one "+N more" node. A node
left with no drawn link is taken out of the drawing and travels with the fold, so that nothing
is lost: drawn ids plus folded ids are exactly the ids of the subgraph, and clicking "+N more"
brings them back.

A filtered view can hold nodes with no link at all (a process on --as-of 2018-12-10: the states
whose votes came later). They are folded the same way, into one "+N without a link" node that
hangs on nothing, instead of being set out in a grid under the picture.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from graph.queries.types import GraphEdge, Subgraph

FAN_OUT_CAP = 40
MORE_PREFIX = "more:"
UNLINKED = MORE_PREFIX + "unlinked"  # the fold of nodes with no link left in the view
_GROUP_BY = ("role", "vote", "stance", "kind")


@dataclass(frozen=True)
class Fold:
    id: str
    hub: str | None  # None: the fold of the view's unlinked nodes (it hangs on nothing)
    neighbours: list[str]  # the hub's neighbours it does not link to directly in the drawing
    nodes: list[str]  # the ids taken out of the drawing until the fold is opened
    groups: dict[str, int]  # "VOTED (yes)" -> 140


@dataclass
class Folded:
    drawn: list[str]  # node ids drawn, in the subgraph's order
    drawn_edges: list[int]  # indices into Subgraph.edges
    hidden_edges: dict[int, list[str]] = field(default_factory=dict)  # index -> folds hiding it
    folds: list[Fold] = field(default_factory=list)


def group_of(edge: GraphEdge) -> str:
    for key in _GROUP_BY:
        value = edge.properties.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            return f"{edge.type} ({value})"
    return edge.type


def fold(graph: Subgraph, cap: int = FAN_OUT_CAP) -> Folded:
    incident: dict[str, list[int]] = defaultdict(list)
    neighbours: dict[str, dict[str, int]] = defaultdict(dict)  # node -> neighbour -> first edge
    for i, edge in enumerate(graph.edges):
        incident[edge.source].append(i)
        if edge.target != edge.source:
            incident[edge.target].append(i)
            neighbours[edge.source].setdefault(edge.target, i)
            neighbours[edge.target].setdefault(edge.source, i)
    degree = {n: len(v) for n, v in neighbours.items()}
    names = {n.id: (n.name or n.id).casefold() for n in graph.nodes}
    hubs = sorted((n for n in neighbours if degree[n] > cap), key=lambda n: (-degree[n], n))

    hidden_by: dict[int, list[str]] = defaultdict(list)
    rests: dict[str, list[str]] = {}
    for hub in hubs:
        kept = _choose(graph, neighbours[hub], degree, names, cap)
        rest = [n for n in neighbours[hub] if n not in kept]
        rests[hub] = rest
        away = set(rest)
        for i in incident[hub]:
            edge = graph.edges[i]
            other = edge.target if edge.source == hub else edge.source
            if other in away:
                hidden_by[i].append(MORE_PREFIX + hub)

    taken: dict[str, list[str]] = defaultdict(list)  # fold id -> nodes it takes out
    drawn: list[str] = []
    unlinked: list[str] = []
    for node in graph.nodes:
        edges = incident.get(node.id, [])
        if edges and all(i in hidden_by for i in edges):
            taken[hidden_by[edges[0]][0]].append(node.id)
        elif not edges and graph.edges:
            unlinked.append(node.id)  # e.g. the states whose votes come after --as-of
        else:
            drawn.append(node.id)
    present = set(drawn)
    drawn_edges, hidden = [], {}
    for i, edge in enumerate(graph.edges):
        if i in hidden_by or edge.source not in present or edge.target not in present:
            hidden[i] = hidden_by.get(i, [])
        else:
            drawn_edges.append(i)
    folds = [
        Fold(
            id=MORE_PREFIX + hub,
            hub=hub,
            neighbours=rests[hub],
            nodes=taken.get(MORE_PREFIX + hub, []),
            groups=dict(
                Counter(group_of(graph.edges[neighbours[hub][n]]) for n in rests[hub]).most_common()
            ),
        )
        for hub in hubs
        if rests[hub]
    ]
    if unlinked:
        kinds = Counter(n.type for n in graph.nodes if n.id in set(unlinked))
        folds.append(Fold(UNLINKED, None, unlinked, unlinked, dict(kinds.most_common())))
    return Folded(drawn, drawn_edges, hidden, folds)


def _choose(
    graph: Subgraph,
    around: dict[str, int],
    degree: dict[str, int],
    names: dict[str, str],
    cap: int,
) -> set[str]:
    """`cap` neighbours, round-robin over the link groups (smallest first), best connected first."""
    groups: dict[str, list[str]] = defaultdict(list)
    for other, i in around.items():
        groups[group_of(graph.edges[i])].append(other)
    queues = [
        sorted(members, key=lambda n: (-degree.get(n, 0), names.get(n, n), n))
        for _, members in sorted(groups.items(), key=lambda kv: (len(kv[1]), kv[0]))
    ]
    kept: list[str] = []
    depth = 0
    while len(kept) < cap and any(depth < len(q) for q in queues):
        for queue in queues:
            if depth < len(queue) and len(kept) < cap:
                kept.append(queue[depth])
        depth += 1
    return set(kept)
