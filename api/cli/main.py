"""`coalition-graph`: the entry point and the commands that tie the parts together."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from api.app import create_app
from api.cli import ask, db, imports, viz
from api.cli.export import export
from api.cli.output import OneLineErrors, clear_errors, console, err_console, load_settings
from graph.database import open_graph
from graph.settings import get_settings
from ingest.pipeline import StageResult, load_everything
from ingest.writer import LoadError

app = typer.Typer(
    cls=OneLineErrors,
    help="coalition-graph: the knowledge graph of migrant-rights networks.",
    no_args_is_help=True,
)
app.add_typer(db.app, name="db")
app.add_typer(ask.app, name="ask")
app.command("export")(export)
app.add_typer(imports.app, name="import")
app.command("viz")(viz.viz)

Host = Annotated[str, typer.Option(help="Address to serve the API on.")]
Port = Annotated[int, typer.Option(help="Port to serve the API on.")]


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description:>14}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def _print_results(results: list[StageResult]) -> None:
    table = Table("stage", "what", "created", "updated", "unchanged", "deleted")
    for result in results:
        s = result.summary
        for what, counts in (
            ("nodes", s.nodes),
            ("claims", s.claims),
            ("relationships", s.relationships),
        ):
            table.add_row(
                result.stage,
                what,
                str(counts.created),
                str(counts.updated),
                str(counts.unchanged),
                str(counts.deleted),
            )
    if any(r.summary.dry_run for r in results):
        table.title = "dry run: nothing was written"
    console.print(table)
    for result in results:
        for note in result.notes:
            console.print(f"{result.stage}: {note}")


def _load(dry_run: bool) -> None:
    settings = load_settings(get_settings)
    with clear_errors():
        conn, driver = open_graph(settings)
        console.print(f"Neo4j ready at {conn.uri}.")
        try:
            with _progress() as progress:
                results = load_everything(driver, conn.database, settings, dry_run, progress)
        except (LoadError, ValueError, FileNotFoundError) as exc:
            err_console.print(f"[red]Nothing was loaded:[/] {exc}")
            raise typer.Exit(1) from exc
    _print_results(results)


@app.command()
def load(
    dry_run: Annotated[bool, typer.Option(help="Count what would change; write nothing.")] = False,
) -> None:
    """Load the reference data and the sample corpus (safe to repeat: unchanged rows stay)."""
    _load(dry_run)


@app.command()
def up(host: Host = "127.0.0.1", port: Port = 8000) -> None:
    """Start Neo4j if needed, apply the schema, load the data, then serve the API."""
    settings = load_settings(get_settings)
    _load(dry_run=False)
    console.print(f"Serving the API on http://{host}:{port} (docs at /docs). Ctrl-C stops it.")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@app.command()
def serve(host: Host = "127.0.0.1", port: Port = 8000) -> None:
    """Serve the API (starting the local Neo4j if none is configured), without loading."""
    settings = load_settings(get_settings)
    with clear_errors():
        open_graph(settings)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


# Documents: ingest, extract, review, documents/relations/entities corrections
# (api/cli/documents.py, api/cli/review.py).
from api.cli import documents as _documents_cli  # noqa: E402
from api.cli import review as _review_cli  # noqa: E402

_documents_cli.register(app)
_review_cli.register(app)


if __name__ == "__main__":
    app()
