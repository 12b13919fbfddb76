"""`coalition-graph export FILE`: the same exports as /export/..., from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli.output import (
    AsOfOption,
    checked_date,
    clear_errors,
    console,
    err_console,
    load_settings,
)
from api.cli.runner import run_query
from graph import exports
from graph.queries.common import MAX_HOPS
from graph.queries.subgraph import Filters, subgraph
from graph.settings import get_settings

RENDERERS = {".graphml": exports.to_graphml, ".gexf": exports.to_gexf}
Opt = Annotated[str | None, typer.Option()]


def export(
    out: Annotated[Path, typer.Argument(help="graph.graphml, graph.gexf, nodes.csv or edges.csv")],
    coalition: Opt = None,
    process: Opt = None,
    position: Opt = None,
    issue: Opt = None,
    around: Opt = None,
    hops: Annotated[int, typer.Option(min=1, max=MAX_HOPS, help="Steps from --around.")] = 1,
    as_of: AsOfOption = None,
    include_private: Annotated[bool, typer.Option(help="Include people marked private.")] = False,
) -> None:
    """Export the graph (or a filtered part) for Gephi, spreadsheets or scripts."""
    as_of = checked_date(as_of)
    settings = load_settings(get_settings)
    filters = Filters(
        coalition=coalition,
        process=process,
        position=position,
        issue=issue,
        around=around,
        hops=hops,
        as_of=as_of,
        include_private=include_private,
    )
    with clear_errors():
        graph = run_query(settings, lambda ctx: subgraph(ctx, filters))
    if graph is None:
        err_console.print("[red]A filter names an entity that does not exist.[/]")
        raise typer.Exit(1)
    if out.suffix in RENDERERS:
        out.write_bytes(RENDERERS[out.suffix](graph))
    elif out.name.endswith("edges.csv"):
        out.write_text(exports.edges_csv(graph), encoding="utf-8")
    elif out.suffix == ".csv":
        out.write_text(exports.nodes_csv(graph), encoding="utf-8")
    else:
        err_console.print(f"[red]Unknown export format {out.suffix!r}[/]: .graphml, .gexf, .csv")
        raise typer.Exit(2)
    console.print(f"Wrote {out}: {len(graph.nodes)} nodes, {len(graph.edges)} edges.")
