"""`coalition-graph`: the entry point and the commands that tie the parts together."""

from __future__ import annotations

from typing import Annotated

import typer
import uvicorn
from rich.table import Table

from api.app import create_app
from api.cli import db
from api.cli.output import clear_errors, console, load_settings
from graph.database import open_graph
from graph.settings import get_settings
from ingest.pipeline import load_everything

app = typer.Typer(
    help="coalition-graph: the knowledge graph of migrant-rights networks.",
    no_args_is_help=True,
)
app.add_typer(db.app, name="db")

Host = Annotated[str, typer.Option(help="Address to serve the API on.")]
Port = Annotated[int, typer.Option(help="Port to serve the API on.")]


@app.command()
def up(host: Host = "127.0.0.1", port: Port = 8000) -> None:
    """Start Neo4j if needed, apply the schema, load the data, then serve the API."""
    settings = load_settings(get_settings)
    with clear_errors():
        conn, driver = open_graph(settings)
        console.print(f"Neo4j ready at {conn.uri}.")
        results = load_everything(driver, conn.database, settings)
    if results:
        table = Table("stage", "created", "updated", "unchanged")
        for r in results:
            table.add_row(r.stage, str(r.created), str(r.updated), str(r.unchanged))
        console.print(table)
    console.print(f"Serving the API on http://{host}:{port} (docs at /docs). Ctrl-C stops it.")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@app.command()
def serve(host: Host = "127.0.0.1", port: Port = 8000) -> None:
    """Serve the API (starting the local Neo4j if none is configured), without loading."""
    settings = load_settings(get_settings)
    with clear_errors():
        open_graph(settings)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


if __name__ == "__main__":
    app()
