"""A subgraph in the formats other tools read: GraphML and GEXF (Gephi), nodes and edges CSV."""

from __future__ import annotations

import io
import json
from typing import Any

import networkx as nx

from graph.queries.types import Subgraph
from graph.tables import EVIDENCE_COLUMNS, evidence_cells, write_csv


def _scalar(value: Any) -> str | int | float | bool:
    """GraphML and GEXF hold scalars only: lists and maps become text."""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def to_networkx(graph: Subgraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for node in graph.nodes:
        attrs = {
            "label": node.name or node.id,
            "type": node.type,
            "iso3": node.iso3,
            **node.properties,
        }
        g.add_node(node.id, **{k: _scalar(v) for k, v in attrs.items() if v is not None})
    for i, edge in enumerate(graph.edges):
        attrs = {
            "type": edge.type,
            **edge.properties,
            "evidence": [e.model_dump(exclude_none=True) for e in edge.evidence],
        }
        g.add_edge(
            edge.source,
            edge.target,
            key=i,
            **{k: _scalar(v) for k, v in attrs.items() if v is not None},
        )
    return g


def to_graphml(graph: Subgraph) -> bytes:
    out = io.BytesIO()
    nx.write_graphml(to_networkx(graph), out, encoding="utf-8")
    return out.getvalue()


def to_gexf(graph: Subgraph) -> bytes:
    out = io.BytesIO()
    nx.write_gexf(to_networkx(graph), out, encoding="utf-8")
    return out.getvalue()


def nodes_csv(graph: Subgraph) -> str:
    rows = (
        {
            "id": n.id,
            "name": n.name,
            "type": n.type,
            "iso3": n.iso3 or "",
            "properties": json.dumps(n.properties, ensure_ascii=False),
        }
        for n in graph.nodes
    )
    return write_csv(["id", "name", "type", "iso3", "properties"], rows)


EDGE_COLUMNS = ["source", "target", "type", "properties", "sources", "quotes"] + [
    f"evidence_{c}" for c in EVIDENCE_COLUMNS
]


def edges_csv(graph: Subgraph) -> str:
    rows = (
        {
            "source": e.source,
            "target": e.target,
            "type": e.type,
            "properties": json.dumps(e.properties, ensure_ascii=False),
            # every source (URL, else the data row) and every quote, as before the evidence
            # columns were added: scripts that read edges.csv keep working
            "sources": "; ".join(
                sorted({x.source_url or x.source_ref or "" for x in e.evidence} - {""})
            ),
            "quotes": " | ".join(x.quote for x in e.evidence if x.quote),
            **evidence_cells([x.model_dump() for x in e.evidence]),
        }
        for e in graph.edges
    )
    return write_csv(EDGE_COLUMNS, rows)
