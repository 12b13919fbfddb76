"""`coalition-graph review list|show|accept|reject`: the queue of proposed claims and candidate
entities (the logic is in ingest.documents.corrections; the API calls the same functions)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from api.cli.documents import fail, graph
from api.cli.output import console, load_settings
from graph.settings import get_settings
from ingest.documents import corrections

app = typer.Typer(
    help="Review what extraction proposed: claims and new entities.", no_args_is_help=True
)

Note = Annotated[str | None, typer.Option(help="Why (stored with the decision).")]


def register(main: typer.Typer) -> None:
    main.add_typer(app, name="review")


def _short(text: Any, width: int = 90) -> str:
    value = " ".join(str(text or "").split())
    return value if len(value) <= width else value[: width - 3] + "..."


@app.command("list")
def list_queue(
    limit: Annotated[
        int, typer.Option(help="At most this many items.")
    ] = corrections.DEFAULT_LIMIT,
    include_private: Annotated[
        bool, typer.Option("--include-private", help="Include people marked private.")
    ] = False,
) -> None:
    """Candidate entities, then proposed claims (least confident first)."""
    settings = load_settings(get_settings)
    driver, database = graph(settings)
    queue = corrections.review_queue(driver, database, limit, include_private)
    if queue.entities:
        table = Table("id", "name", "type", "claims", title="candidate entities")
        for row in queue.entities:
            labels = [label for label in row["labels"] if label != "Entity"]
            table.add_row(
                row["id"], escape(row["name"] or ""), ",".join(labels), str(row["claims"])
            )
        console.print(table)
    if queue.claims:
        table = Table("id", "relation", "confidence", "quote", title="proposed claims")
        for c in queue.claims:
            relation = (
                f"{c.get('subject_name') or c['subject_id']} -{c['predicate']}-> "
                f"{c.get('object_name') or c['object_id']}"
            )
            table.add_row(
                c["id"],
                escape(relation),
                f"{c.get('confidence') or 0:.2f}",
                escape(_short(c.get("quote"))),
            )
        console.print(table)
    console.print(
        f"{queue.total_entities} candidate entities and {queue.total_claims} claims wait for review"
        f" (showing {len(queue.entities) + len(queue.claims)})."
    )


@app.command("show")
def show(
    item_id: Annotated[str, typer.Argument(help="A claim id or an entity id.")],
    include_private: Annotated[
        bool, typer.Option("--include-private", help="Include people marked private.")
    ] = False,
) -> None:
    """One claim with its quote and document, or one entity with the claims that name it."""
    settings = load_settings(get_settings)
    driver, database = graph(settings)
    try:
        item = corrections.review_item(driver, database, item_id, include_private)
    except corrections.CorrectionError as exc:
        raise fail(str(exc)) from exc
    table = Table(show_header=False, box=None)
    claims = item.pop("claims", None)
    for key in sorted(item):
        value = item[key]
        if key == "props_json" and value:
            value = json.loads(value)
        if value is None or key.startswith("_"):
            continue
        table.add_row(key, escape(str(value)))
    console.print(table)
    if claims:
        listing = Table("claim", "relation", "status", "quote", title="claims naming it")
        for c in claims:
            listing.add_row(
                c["id"],
                escape(f"{c['subject_id']} -{c['predicate']}-> {c['object_id']}"),
                str(c.get("status")),
                escape(_short(c.get("quote"), 70)),
            )
        console.print(listing)


def _decide(action: str, item_id: str, note: str | None) -> None:
    settings = load_settings(get_settings)
    driver, database = graph(settings)
    try:
        outcome = getattr(corrections, action)(driver, database, item_id, note)
    except corrections.CorrectionError as exc:
        raise fail(str(exc)) from exc
    console.print(escape(outcome.message))
    for detail in outcome.details:
        console.print(f"  {escape(detail)}")
    r = outcome.relationships
    console.print(f"relationships: {r.created} created, {r.updated} updated, {r.deleted} removed")


@app.command("accept")
def accept(
    item_id: Annotated[str, typer.Argument(help="A claim id or a candidate's id.")],
    note: Note = None,
) -> None:
    """Accept a claim (it keeps its method and extractor version) or a candidate entity."""
    _decide("accept", item_id, note)


@app.command("reject")
def reject(
    item_id: Annotated[str, typer.Argument(help="A claim id or a candidate's id.")],
    note: Note = None,
) -> None:
    """Reject a claim (never proposed again) or a candidate (with the claims naming it)."""
    _decide("reject", item_id, note)
