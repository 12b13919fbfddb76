"""`coalition-graph import ...`: bring in what people keep in spreadsheets.

`import members` reads a member list, matches its names, shows how it differs from the graph,
and with --apply records the difference as claims through the one loader (ingest.writer).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from api.cli.output import (
    DATE_HELP,
    checked_date,
    checked_paths,
    clear_errors,
    console,
    err_console,
    load_settings,
)
from graph.database import open_graph
from graph.dates import as_of_day
from graph.settings import get_settings
from ingest.spreadsheets.diff import KINDS, Diff, ImportContext, MatchedRow
from ingest.spreadsheets.importer import UnknownCoalition, Unmatched, apply_plan, plan_import
from ingest.spreadsheets.read import Sheet, SpreadsheetError, read_sheet
from ingest.writer import LoadError

app = typer.Typer(help="Bring in data kept in spreadsheets.", no_args_is_help=True)

CHECK = {"fuzzy", "website", "name and website", "new"}  # matches shown with the sheet's name
COLOURS = {"joined": "green", "left": "red", "changed": "yellow", "unchanged": "dim"}


@app.command()
def members(
    file: Annotated[Path, typer.Argument(help="The member list, .csv or .xlsx.")],
    coalition: Annotated[str, typer.Option(help="Id of the coalition, e.g. gcm-coalition.")],
    apply: Annotated[bool, typer.Option("--apply", help="Write the changes.")] = False,
    source: Annotated[
        str | None, typer.Option(help="Where the list comes from, for rows without a source.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help=f"The date the list describes: {DATE_HELP}")
    ] = None,
    skip_unmatched: Annotated[
        bool, typer.Option("--skip-unmatched", help="Apply the matched rows, list the rest.")
    ] = False,
    add_new: Annotated[
        bool,
        typer.Option(
            "--add-new",
            help="Names that match no organization become new organizations (the sheet is "
            "their source); ambiguous names still stop the import.",
        ),
    ] = False,
) -> None:
    """Compare a member list with the graph (joined, left, role changed); --apply records it.

    Columns and workflow: docs/spreadsheets.md. Without --apply nothing is written.
    """
    when = _date(as_of)
    settings = load_settings(get_settings)
    checked_paths([file])
    sheet = _read(file, settings.max_sheet_rows)
    with clear_errors():
        conn, driver = open_graph(settings)
    try:
        plan = plan_import(driver, conn.database, sheet, coalition, when, source, add_new)
    except UnknownCoalition as exc:
        err_console.print(Text(str(exc)))
        raise typer.Exit(1) from exc
    except SpreadsheetError as exc:
        _show_problems(exc)
        raise typer.Exit(1) from exc
    ctx, diff, unmatched = plan.ctx, plan.diff, plan.unmatched
    _show_diff(sheet, ctx, diff, unmatched)
    for node in plan.new_nodes:
        console.print(Text(f"New organization: {node.props['name']} ({node.id})", style="green"))
    if not apply:
        console.print("A preview: nothing was written. Add --apply to record these changes.")
        return
    if unmatched and not skip_unmatched:
        err_console.print(
            f"[red]Nothing was written:[/] {len(unmatched)} name(s) matched no single "
            "organization. Correct them (an id works too), add --add-new (unknown names "
            "become new organizations) or --skip-unmatched."
        )
        raise typer.Exit(1)
    if unmatched and diff.count("left"):  # an unmatched name may be one of those members
        console.print("[yellow]Departures are held back[/] while some names are unmatched.")
    try:
        summary = apply_plan(driver, conn.database, plan)
    except LoadError as exc:
        err_console.print(f"[red]Nothing was written:[/] {exc}")
        raise typer.Exit(1) from exc
    if summary is None:
        console.print("Nothing to write: the graph already says what the sheet says.")
        return
    c, r = summary.claims, summary.relationships
    console.print(
        f"Recorded {c.created} new claim(s) ({c.unchanged} already there); memberships: "
        f"{r.created} created, {r.updated} updated, {r.unchanged} unchanged."
    )


def _date(text: str | None) -> date:
    """The day the list describes (the one date grammar; a partial date is its first day)."""
    return as_of_day(checked_date(text)) or date.today()


def _read(file: Path, max_rows: int) -> Sheet:
    try:
        return read_sheet(file, max_rows=max_rows)
    except SpreadsheetError as exc:
        _show_problems(exc)
        raise typer.Exit(1) from exc


def _show_problems(exc: SpreadsheetError) -> None:
    table = Table("row", "column", "problem", title=f"{exc.file_name}: nothing was imported")
    for problem in exc.problems:
        row = "-" if problem.row is None else str(problem.row)
        table.add_row(row, Text(problem.column or "-"), Text(problem.message))
    err_console.print(table)


def _show_diff(sheet: Sheet, ctx: ImportContext, diff: Diff, unmatched: Unmatched) -> None:
    encoding = f", {sheet.encoding}" if sheet.encoding else ""
    console.print(
        Text(f"{sheet.file_name} ({sheet.kind}{encoding}): {len(sheet.rows)} rows for ")
        + Text(ctx.coalition_id, style="bold")
        + Text(f" as of {ctx.as_of.isoformat()}")
    )
    if sheet.ignored_columns:
        console.print(Text(f"Columns not read: {', '.join(sheet.ignored_columns)}"))
    for notice in sheet.notices:
        console.print(Text(f"Notice: {notice}", style="yellow"))
    table = Table("change", "organization", "roles", "what", "rows")
    for entry in sorted(diff.entries, key=lambda e: (KINDS.index(e.kind), e.org_name)):
        before, after = ", ".join(entry.roles_before), ", ".join(entry.roles_after)
        roles = after if before == after else f"{before or '-'} -> {after or '-'}"
        table.add_row(
            Text(entry.kind, style=COLOURS[entry.kind]),
            Text(f"{entry.org_name} ({entry.org_id})"),
            Text(roles),
            Text("; ".join(entry.details)),
            Text(", ".join(_row_note(m) for m in sorted(entry.rows, key=lambda m: m.row.row))),
        )
    console.print(table)
    console.print(", ".join(f"{kind} {diff.count(kind)}" for kind in KINDS))
    if unmatched:
        _show_unmatched(unmatched)


def _row_note(matched: MatchedRow) -> str:
    """The row number, and how the name was matched where a person should check it."""
    if matched.how not in CHECK:
        return str(matched.row.row)
    if matched.how == "new":
        return f"{matched.row.row} (new)"
    score = f" {matched.score:g}" if matched.how == "fuzzy" else ""
    return f"{matched.row.row} ({matched.how}{score}: {matched.row.organization!r})"


def _show_unmatched(unmatched: Unmatched) -> None:
    table = Table("row", "name in the sheet", "status", "closest organizations", title="Unmatched")
    for row, found in unmatched:
        options = "; ".join(f"{o.name} ({o.id}) {o.score:g}" for o in found.options) or "none"
        table.add_row(str(row.row), Text(row.organization), found.status, Text(options))
    console.print(table)
