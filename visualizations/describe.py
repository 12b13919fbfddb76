"""Words for a selection: the page's title and subtitle, from the filters and the graph's names."""

from __future__ import annotations

from graph.queries.subgraph import Filters
from graph.queries.types import Subgraph


def describe(filters: Filters, graph: Subgraph) -> tuple[str, str]:
    """(title, subtitle): "Global Coalition on Migration", "coalition and its members · ..."."""
    names = {n.id: n.name or n.id for n in graph.nodes}

    def name(entity_id: str) -> str:
        return names.get(entity_id, entity_id)

    parts: list[tuple[str, str]] = []
    if filters.coalition:
        parts.append((name(filters.coalition), "the coalition and its members"))
    if filters.process:
        parts.append((name(filters.process), "the process, its parts and who acted on it"))
    if filters.position:
        parts.append((name(filters.position), "the position and who advocates it"))
    if filters.issue:
        parts.append((f"Issue: {filters.issue}", "positions on the issue and who advocates them"))
    if filters.around:
        hops = "1 step" if filters.hops == 1 else f"{filters.hops} steps"
        parts.append((f"Around {name(filters.around)}", f"everything within {hops}"))
    if not parts:
        parts.append(("The whole graph", "every public node and link"))
    notes = [what for _, what in parts]
    if filters.as_of:
        notes.append(f"links valid on {filters.as_of}")
    if filters.include_private:
        notes.append("private people included")
    return " \u00b7 ".join(title for title, _ in parts), "; ".join(notes)


def focus_of(filters: Filters) -> str | None:
    """The entity a view is about (its label is drawn first and large), if the filters name one."""
    return filters.around or filters.coalition or filters.process or filters.position
