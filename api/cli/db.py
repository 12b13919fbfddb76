"""`coalition-graph db ...`: the local Neo4j server and the schema."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from neo4j.exceptions import DriverError, Neo4jError
from rich.table import Table

from api.cli.output import clear_errors, console, err_console, load_settings, one_line
from graph.connection import connection
from graph.database import open_graph
from graph.driver import get_driver
from graph.local.backup import backup, restore
from graph.local.errors import LocalServerError, tail
from graph.local.server import LocalServer
from graph.queries.consistency import consistency
from graph.queries.health import graph_size
from graph.schema import apply_schema
from graph.settings import Settings, get_settings

app = typer.Typer(help="Run and look after the Neo4j database.", no_args_is_help=True)


def _local(settings: Settings, what: str) -> LocalServer:
    if settings.is_external:
        raise LocalServerError(
            f"NEO4J_URI is set ({settings.neo4j_uri}), so this project runs no server of its "
            f"own and `db {what}` has nothing to do: manage that server where it runs."
        )
    return LocalServer(settings)


@app.command()
def start() -> None:
    """Start the local Neo4j (downloading it the first time) and wait until it answers."""
    settings = load_settings(get_settings)
    with clear_errors():
        began = time.monotonic()
        server = _local(settings, "start")
        running = server.start()
        console.print(
            f"Neo4j {running.version} is running at [bold]{running.uri}[/] "
            f"(pid {running.pid}, ready after {time.monotonic() - began:.1f} s).\n"
            f"User neo4j; the password is in {settings.password_file}"
        )


@app.command()
def stop() -> None:
    """Stop the local Neo4j and wait until its JVM is gone."""
    settings = load_settings(get_settings)
    with clear_errors():
        stopped = _local(settings, "stop").stop()
    console.print("Neo4j stopped." if stopped else "Neo4j was not running.")


@app.command()
def status() -> None:
    """Running or stopped, version, port, data folder, and the size of the graph."""
    settings = load_settings(get_settings)
    table = Table(show_header=False, box=None)
    with clear_errors():
        if settings.is_external:
            table.add_row("server", f"external: {settings.neo4j_uri}")
            conn = connection(settings, start=False)
        else:
            server = LocalServer(settings)
            running = server.running()
            table.add_row("state", "[green]running[/]" if running else "[yellow]stopped[/]")
            table.add_row("version", running.version if running else server.version)
            table.add_row("port", str(running.port if running else settings.bolt_port))
            table.add_row("data folder", str(server.home.data))
            table.add_row("pid", str(running.pid) if running else "-")
            if running is None:
                console.print(table)
                return
            conn = connection(settings, start=False)
        try:
            size = graph_size(get_driver(conn), conn.database)
        except (DriverError, Neo4jError, OSError) as exc:
            console.print(table)
            err_console.print(
                f"The database {conn.database!r} at {conn.uri} is not available: {one_line(exc)}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(1) from exc
        table.add_row("server version", size.version)
        table.add_row("nodes", str(size.nodes))
        table.add_row("relationships", str(size.relationships))
    console.print(table)


@app.command()
def logs(
    lines: Annotated[int, typer.Option("--lines", "-n", help="How many lines.")] = 50,
) -> None:
    """The last lines of the local server's log."""
    settings = load_settings(get_settings)
    with clear_errors():
        log = _local(settings, "logs").home.neo4j_log
    text = tail(log, lines)
    console.print(text or f"No log yet at {log}.", markup=False, highlight=False)


@app.command()
def init() -> None:
    """Create the constraints and the full-text index (safe to run again)."""
    settings = load_settings(get_settings)
    with clear_errors():
        conn = connection(settings, start=True)
        count = apply_schema(get_driver(conn), conn.database)
    console.print(f"Schema in place: {count} constraints and indexes.")


@app.command("backup")
def backup_command(
    file: Annotated[Path, typer.Argument(help="The dump file to write.")],
) -> None:
    """Dump the local database to FILE (the server is stopped and restarted around it)."""
    settings = load_settings(get_settings)
    with clear_errors():
        path = backup(_local(settings, "backup"), file, settings.neo4j_database)
    console.print(f"Dump written: {path} ({path.stat().st_size:,} bytes).")


@app.command("restore")
def restore_command(
    file: Annotated[Path, typer.Argument(help="A dump made by `db backup` or neo4j-admin.")],
) -> None:
    """Replace the local database with the dump in FILE, then start the server."""
    settings = load_settings(get_settings)
    with clear_errors():
        done = restore(_local(settings, "restore"), file, settings.neo4j_database)
        _, driver = open_graph(settings, init_schema=False)
        size = graph_size(driver, settings.neo4j_database)
    console.print(
        f"Restored {done.source}: {size.nodes} nodes, {size.relationships} relationships.",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    if done.safety_dump is not None:
        console.print(
            f"The database as it was before: {done.safety_dump}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


@app.command("check")
def check_command() -> None:
    """Count what an interrupted write would leave (all 0 on a healthy graph); exit 1 if any."""
    settings = load_settings(get_settings)
    with clear_errors():
        _, driver = open_graph(settings, init_schema=False)
        found = consistency(driver, settings.neo4j_database)
    table = Table(show_header=False, box=None)
    for name, count in found.counts().items():
        table.add_row(name.replace("_", " "), str(count))
    console.print(table)
    if not found.ok:
        err_console.print(
            "Inconsistent: " + ", ".join(found.examples), markup=False, highlight=False
        )
        raise typer.Exit(1)
