"""Synthetic subgraphs shaped like the real one, for the benchmark and the page tests (no database).

Hubs (coalitions, statements, events, processes) with members hanging on them, a member in one
or two hubs, a few links between hubs. Hub fan-out stays under the cap, so that every one of the
n nodes is drawn and the benchmark measures n nodes; `big_hub` adds one hub past the cap.
"""

from __future__ import annotations

import random

from graph.queries.types import Evidence, GraphEdge, GraphNode, Subgraph
from visualizations.fold import FAN_OUT_CAP

_HUBS = (("Coalition", "MEMBER_OF"), ("Document", "SIGNED"), ("Event", "PARTICIPATED_IN"))
_MEMBERS = ("Organization", "Organization", "Government", "Person", "IntergovernmentalBody")


def synthetic_graph(n: int, seed: int = 1, big_hub: int = 0) -> Subgraph:
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    hub_count = max(1, n // 20)
    nodes: list[GraphNode] = []
    edges: list[GraphEdge] = []
    for i in range(hub_count):
        kind = _HUBS[i % len(_HUBS)][0]
        nodes.append(GraphNode(id=f"hub-{i}", name=f"{kind} {i}", type=kind))
    capacity = dict.fromkeys(range(hub_count), FAN_OUT_CAP - 8)

    def link(source: str, hub: int) -> None:
        rel = _HUBS[hub % len(_HUBS)][1]
        capacity[hub] -= 1
        if capacity[hub] == 0:
            del capacity[hub]
        edges.append(
            GraphEdge(
                source=source,
                target=f"hub-{hub}",
                type=rel,
                properties={"since": f"{2000 + len(edges) % 24}"},
                evidence=[
                    Evidence(
                        quote=f"{source} is linked to hub {hub} (synthetic).",
                        document_title=f"Synthetic document {hub}",
                        method="synthetic",
                        confidence=0.9,
                    )
                ],
            )
        )

    for i in range(n - hub_count):
        kind = rng.choice(_MEMBERS)
        node_id = f"m-{i}"
        nodes.append(GraphNode(id=node_id, name=f"{kind} {i}", type=kind))
        if not capacity:
            continue
        hubs = rng.sample(sorted(capacity), k=min(len(capacity), 2 if rng.random() < 0.35 else 1))
        for hub in hubs:
            if hub in capacity:
                link(node_id, hub)
    for i in range(1, hub_count):
        if rng.random() < 0.7:
            other = rng.randrange(i)
            edges.append(GraphEdge(source=f"hub-{i}", target=f"hub-{other}", type="PART_OF"))
    for i in range(big_hub):
        node_id = f"fan-{i}"
        nodes.append(GraphNode(id=node_id, name=f"Government {i}", type="Government"))
        vote = "yes" if i % 10 else "no"
        edges.append(
            GraphEdge(source=node_id, target="hub-0", type="VOTED", properties={"vote": vote})
        )
    return Subgraph(nodes=nodes, edges=edges)
