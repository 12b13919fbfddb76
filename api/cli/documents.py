"""`coalition-graph ingest`, `extract`, `documents`, `relations` and `entities`: documents in,
relations out, and the corrections of what came in (the logic is in ingest.documents)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated

import typer
from neo4j import Driver
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from api.cli.output import (
    checked_date,
    checked_paths,
    clear_errors,
    console,
    err_console,
    load_settings,
    one_line,
)
from graph.database import open_graph
from graph.queries import documents as qd
from graph.queries import entities as qe
from graph.settings import Settings, get_settings
from ingest.documents import corrections
from ingest.documents.contract import to_contract
from ingest.documents.errors import DocumentError
from ingest.documents.extraction import apply_same_as, gazetteer, reference_gazetteer
from ingest.documents.ingestion import (
    FileResult,
    GraphUnavailable,
    Ingestor,
    checksum_lookup,
    collect,
    prepare,
    unreachable,
)
from ingest.extract.types import Extraction
from ingest.writer import same_as_map

MAX_WARNINGS = 5  # per file in the summary
documents_app = typer.Typer(
    help="Documents made by `ingest`: list and remove.", no_args_is_help=True
)
relations_app = typer.Typer(help="Correct relationships: retract one.", no_args_is_help=True)
entities_app = typer.Typer(
    help="Correct entities: merge two, split a wrong merge.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("extract")(extract)
    app.add_typer(documents_app, name="documents")
    app.add_typer(relations_app, name="relations")
    app.add_typer(entities_app, name="entities")


def graph(settings: Settings) -> tuple[Driver, str]:
    with clear_errors():
        conn, driver = open_graph(settings)
    return driver, conn.database


def fail(message: str) -> typer.Exit:
    err_console.print(f"[red]{escape(message)}[/]", soft_wrap=True)
    return typer.Exit(1)


DATE_HELP = (
    "YYYY[-MM[-DD]]: the date of a file that carries none (relative dates resolve against it)."
)


# --- ingest -----------------------------------------------------------------------------------


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt .md .html .pdf) or folders.")],
    dry_run: Annotated[bool, typer.Option(help="Extract and count; write nothing.")] = False,
    date: Annotated[str | None, typer.Option("--date", help=DATE_HELP)] = None,
) -> None:
    """Read documents, extract entities and relations, and load them as reviewable claims."""
    date = checked_date(date and date.strip(), "--date")
    checked_paths(paths)
    settings = load_settings(get_settings)
    quiet_driver_logs()
    driver, database = graph(settings)
    files, results = collect(paths)
    try:
        ingestor = Ingestor(driver, database, settings, dry_run, date)
    except (ServiceUnavailable, SessionExpired, Neo4jError) as exc:
        if not unreachable(exc):
            raise
        raise fail(f"error: Neo4j is not reachable ({one_line(exc)}); nothing was written") from exc
    show_bar = len(files) > 1 or any(p.is_dir() for p in paths)
    if dry_run:
        console.print("[bold]dry run: nothing was written[/] (counts are what would be)")
    for missing in results:
        print_result(missing)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not show_bar,
    ) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for done, path in enumerate(files):
            progress.update(task, description=f"ingesting {path.name}")
            try:
                result = ingestor.ingest(path)
            except GraphUnavailable as exc:
                progress.stop()
                written = sum(1 for r in results if r.ok)
                err_console.print(
                    f"[red]stopped:[/] {escape(str(exc))}; {written} file(s) written before it, "
                    f"{len(files) - done - 1} not tried",
                    soft_wrap=True,
                )
                raise typer.Exit(1) from exc
            results.append(result)
            print_result(result)  # as it goes: an interrupted run has said what it wrote
            progress.advance(task)
    print_results(results, dry_run, lines=False)
    if any(not r.ok for r in results):
        raise typer.Exit(1)


def quiet_driver_logs() -> None:
    """The driver logs each retry as a warning and a lost connection as an error; the command
    says what happened in one line of its own."""
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)


def _written(result: FileResult) -> str:
    if result.summary is None:
        return "-"
    n, c = result.summary.nodes, result.summary.claims
    return f"{n.created + c.created}/{n.updated + c.updated}/{n.unchanged + c.unchanged}"


def print_result(r: FileResult) -> None:
    """A file's line: documents, entities, relations, candidates, claims to review, records
    written (new/changed/same), or that it failed."""
    if r.error:
        console.print(f"[red]✗[/] {escape(r.path.name)}: 1 error (see below)", soft_wrap=True)
        return
    console.print(
        f"[green]✓[/] {escape(r.path.name)}: {len(r.documents)} document(s), "
        f"{r.entities} entities, {r.relations} relations, {r.candidates} candidates, "
        f"{r.proposed} to review; written {_written(r)} (new/changed/same), 0 errors",
        soft_wrap=True,
    )


def print_results(results: list[FileResult], dry_run: bool, lines: bool = True) -> None:
    """A line per file (unless they were printed as they came), then the warnings, the errors
    and the totals."""
    if lines:
        if dry_run:
            console.print("[bold]dry run: nothing was written[/] (counts are what would be)")
        for r in results:
            print_result(r)
    failed = [r for r in results if r.error]
    for r in results:
        for warning in r.warnings[:MAX_WARNINGS]:
            console.print(f"[yellow]warning:[/] {escape(warning)}", soft_wrap=True)
        if len(r.warnings) > MAX_WARNINGS:
            more = len(r.warnings) - MAX_WARNINGS
            console.print(f"[yellow]warning:[/] {escape(r.path.name)}: {more} more", soft_wrap=True)
    for r in failed:
        err_console.print(f"[red]failed:[/] {escape(r.error or '')}", soft_wrap=True)
    seconds = sum(r.seconds for r in results)
    chars = sum(r.characters for r in results)
    console.print(
        f"{len(results) - len(failed)} file(s) ingested, {len(failed)} failed, "
        f"{chars:,} characters in {seconds:.2f} s"
    )


# --- extract ----------------------------------------------------------------------------------


def extract(
    file: Annotated[Path, typer.Argument(help="One .txt, .md, .html or .pdf file.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="The JSON contract of docs/documents.md on stdout.")
    ] = False,
    use_db: Annotated[
        bool, typer.Option("--use-db", help="Add the graph's names and merges to the gazetteer.")
    ] = False,
    date: Annotated[str | None, typer.Option("--date", help=DATE_HELP)] = None,
) -> None:
    """Run the whole extraction on one file and print it; nothing is written."""
    date = checked_date(date and date.strip(), "--date")
    checked_paths([file])
    settings = load_settings(get_settings)
    same_as: dict[str, str] = {}
    known = None
    if use_db:
        driver, database = graph(settings)
        same_as = same_as_map(driver, database)
        with driver.session(database=database) as session:
            rows = session.execute_read(qe.gazetteer_rows)
        gaz = gazetteer(settings.data_dir, rows, same_as)
        known = checksum_lookup(driver, database)
    else:
        gaz = reference_gazetteer(settings.data_dir)
    try:
        prepared = prepare(file, settings, gaz, known, date)
    except DocumentError as exc:
        raise fail(str(exc)) from exc
    extraction = apply_same_as(prepared.extraction, same_as)
    if as_json:
        typer.echo(json.dumps(to_contract(extraction), ensure_ascii=False, indent=2))
        return
    print_extraction(extraction)


def print_extraction(extraction: Extraction) -> None:
    docs = Table("#", "document", "date", "language", "start", "end", title="documents")
    for index, d in enumerate(extraction.documents):  # "#" N: relations name it "document:N"
        docs.add_row(
            str(index),
            escape(d.title or "-") + (f" (= {escape(d.known_id)})" if d.known_id else ""),
            d.date or "-",
            d.language or "-",
            str(d.start),
            str(d.end),
        )
    console.print(docs)
    entities = Table("id", "name", "type", "mentions", title="entities")
    for e in extraction.entities:
        entities.add_row(
            escape(e.id or "(candidate)"), escape(e.name), e.type, str(len(e.mentions))
        )
    console.print(entities)
    names = {e.key: e.id or f"{e.name} (candidate)" for e in extraction.entities}
    relations = Table(
        "source", "type", "target", "properties", "confidence", "quote", title="relations"
    )
    for r in extraction.relations:
        props = ", ".join(f"{k}={v}" for k, v in r.properties.items() if v is not None)
        quote = " ".join(r.quote.split())
        quote = quote if len(quote) <= 80 else quote[:77] + "..."
        relations.add_row(
            escape(names.get(r.source, r.source)),
            r.type,
            escape(names.get(r.target, r.target)),
            escape(props),
            f"{r.confidence:.2f}",
            escape(quote),
        )
    console.print(relations)
    for warning in extraction.warnings:
        console.print(f"[yellow]warning:[/] {escape(warning)}", soft_wrap=True)


# --- documents, relations, entities ------------------------------------------------------------


def _outcome(outcome: corrections.Outcome) -> None:
    console.print(escape(outcome.message))
    for detail in outcome.details:
        console.print(f"  {escape(detail)}")
    r = outcome.relationships
    console.print(f"relationships: {r.created} created, {r.updated} updated, {r.deleted} removed")


def _correct(action: str, *args: str) -> None:
    settings = load_settings(get_settings)
    driver, database = graph(settings)
    try:
        outcome = getattr(corrections, action)(driver, database, *args)
    except corrections.CorrectionError as exc:
        raise fail(str(exc)) from exc
    _outcome(outcome)


@documents_app.command("list")
def list_documents(
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
) -> None:
    """Documents that `ingest` made, with how many claims cite each."""
    settings = load_settings(get_settings)
    driver, database = graph(settings)
    with driver.session(database=database) as session:
        rows = session.execute_read(qd.ingested_documents, limit)
    table = Table("title", "date", "lang", "claims", "file")
    table.add_column("id", no_wrap=True)
    table.columns.insert(0, table.columns.pop())
    for row in rows:
        table.add_row(
            row["id"],
            escape(str(row.get("title") or "-")),
            str(row.get("date") or "-"),
            str(row.get("language") or "-"),
            str(row["claims"]),
            escape(Path(str(row.get("source_file") or "-")).name),
        )
    console.print(table)


@documents_app.command("remove")
def remove_document(
    document_id: Annotated[
        str, typer.Argument(help="A Document id (doc-<hex> removes every post).")
    ],
) -> None:
    """Remove a wrongly ingested document with the claims that cite it."""
    _correct("remove_document", document_id)


@relations_app.command("retract")
def retract(
    claim_or_rel: Annotated[
        str, typer.Argument(help="A claim id, a relationship key, or a relationship element id.")
    ],
    source: Annotated[
        str | None,
        typer.Option(help="Only the claims from this document id or source_ref (default: all)."),
    ] = None,
) -> None:
    """Retract one relationship: reject the claims that support it."""
    settings = load_settings(get_settings)
    driver, database = graph(settings)
    try:
        outcome = corrections.retract(driver, database, claim_or_rel, source)
    except corrections.CorrectionError as exc:
        raise fail(str(exc)) from exc
    _outcome(outcome)


@entities_app.command("merge")
def merge(
    keep_id: Annotated[str, typer.Argument(help="The entity that stays.")],
    other_id: Annotated[str, typer.Argument(help="The entity merged into it.")],
    unsure: Annotated[
        bool, typer.Option(help="Only record that they may be the same; merge nothing.")
    ] = False,
) -> None:
    """Merge OTHER_ID into KEEP_ID (the decision is stored; `entities split` undoes it)."""
    settings = load_settings(get_settings)
    driver, database = graph(settings)
    try:
        outcome = corrections.merge(
            driver, database, keep_id, other_id, "unsure" if unsure else "accepted"
        )
    except corrections.CorrectionError as exc:
        raise fail(str(exc)) from exc
    _outcome(outcome)


@entities_app.command("split")
def split(
    keep_id: Annotated[str, typer.Argument(help="The entity that was kept.")],
    other_id: Annotated[str, typer.Argument(help="The entity merged into it by mistake.")],
) -> None:
    """Undo a merge and record that the two are different (re-ingest keeps them apart)."""
    _correct("split", keep_id, other_id)
