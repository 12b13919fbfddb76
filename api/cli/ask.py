"""`coalition-graph ask ...`: the API's questions from the command line (same query functions)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, TypeVar

import typer
from pydantic import BaseModel
from rich.table import Table

from api.cli.output import (
    DATE_HELP,
    bad_input,
    checked_date,
    clear_errors,
    console,
    err_console,
    load_settings,
)
from api.cli.runner import run_query
from graph.dates import as_of_day
from graph.model import load_model
from graph.queries import coalitions, paths, processes, search
from graph.queries import interlocks as interlock_queries
from graph.queries import partners as partner_queries
from graph.queries.common import DEFAULT_LIMIT, MAX_HOPS, MAX_LIMIT, MAX_OFFSET, GraphContext
from graph.queries.events import event_detail
from graph.queries.types import Interlocks, Page, Path, SearchHit, SharedReason, Tie
from graph.settings import get_settings

T = TypeVar("T")

app = typer.Typer(help="Ask the graph the questions the API answers.", no_args_is_help=True)
_private = {"include": False}  # --include-private, set by the group's callback


@app.callback()
def _options(
    include_private: Annotated[
        bool,
        typer.Option(
            "--include-private",
            help="Show people marked private (left out of every answer otherwise).",
        ),
    ] = False,
) -> None:
    """Ask the graph the questions the API answers. People marked private are left out unless
    --include-private comes before the question (`ask --include-private search NAME`)."""
    _private["include"] = include_private


Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
# The API's paging (same query functions, same clamp). A command shows one page: the first
# MAX_LIMIT rows (search: the best DEFAULT_LIMIT, as before) unless told otherwise, and says so
# on stderr when more remain.
Limit = Annotated[int, typer.Option(min=1, max=MAX_LIMIT, help=f"At most {MAX_LIMIT} rows.")]
Offset = Annotated[int, typer.Option(min=0, max=MAX_OFFSET, help="Skip this many rows (paging).")]


def _show(
    result: Any, as_json: bool, columns: list[str], rows: list[list[str]], asked: str = ""
) -> None:
    """A table or JSON; None (the id names nothing) is one line naming it, exit code 1."""
    if result is None:
        named = f": no entity with id {asked!r}" if asked else ""
        err_console.print(f"Not found{named}.", markup=False, highlight=False)
        raise typer.Exit(1)
    if as_json:
        data = (
            [r.model_dump(mode="json") for r in result]
            if isinstance(result, list)
            else (result.model_dump(mode="json") if isinstance(result, BaseModel) else result)
        )
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    table = Table(*columns)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _ask(query: Callable[[GraphContext], Awaitable[T]]) -> T:
    """One query function with the user's settings; errors as one readable paragraph."""
    settings = load_settings(get_settings)
    with clear_errors():
        return run_query(settings, query, _private["include"])


def _known(*ids: str) -> None:
    """An id the graph does not hold is named, exit code 1 (as the API's 404), not an empty
    table that reads like 'no connection'."""
    missing = _ask(lambda ctx: paths.path_endpoints_exist(ctx, list(ids)))
    if missing:
        err_console.print(
            f"Not found: no entity with id {missing[0]!r}.", markup=False, highlight=False
        )
        raise typer.Exit(1)


def _items(page: Page[Any] | None) -> list[Any] | None:
    """The page's rows (None stays None: not found); a note on stderr when rows remain."""
    if page is None:
        return None
    shown = page.offset + len(page.items)
    if shown < page.total:
        err_console.print(
            f"Rows {page.offset + 1}-{shown} of {page.total}; --offset {shown} for the next ones."
        )
    return page.items


def _sources(evidence: list[Any]) -> str:
    return "; ".join(e.quote or e.source_url or e.source_ref or "" for e in evidence[:2])


@app.command()
def members(
    coalition: str,
    as_of: Annotated[str | None, typer.Option(help=f"Members on this date: {DATE_HELP}")] = None,
    role: Annotated[str | None, typer.Option()] = None,
    limit: Limit = MAX_LIMIT,
    offset: Offset = 0,
    as_json: Json = False,
) -> None:
    """Members of a coalition and their roles (as of a date)."""
    as_of = checked_date(as_of)
    result = _items(
        _ask(lambda ctx: coalitions.coalition_members(ctx, coalition, as_of, role, limit, offset))
    )
    rows = [
        [
            m.member.id,
            m.member.name or "",
            m.role or "",
            m.since or "",
            m.until or "",
            _sources(m.evidence),
        ]
        for m in result or []
    ]
    _show(result, as_json, ["id", "name", "role", "since", "until", "evidence"], rows, coalition)


@app.command()
def votes(resolution: str = "a-res-73-195", as_json: Json = False) -> None:
    """How each state voted on a resolution."""
    result = _ask(lambda ctx: processes.votes(ctx, resolution))
    rows = []
    if result is not None:
        for vote in ("yes", "no", "abstain", "absent"):
            states: list[Any] = getattr(result, vote)
            rows.append([vote, str(len(states)), ", ".join(s.iso3 or s.id for s in states)])
    _show(result, as_json, ["vote", "count", "states"], rows, resolution)


@app.command()
def withdrawals(
    process: str = "gcm-compact",
    limit: Limit = MAX_LIMIT,
    offset: Offset = 0,
    as_json: Json = False,
) -> None:
    """States that withdrew, refused, deferred or declined, with dates and sources."""
    result = _items(_ask(lambda ctx: processes.withdrawals(ctx, process, limit, offset)))
    rows = [
        [
            w.state.name or w.state.id,
            w.type,
            w.kind or "",
            w.date or "",
            w.until or "",
            _sources(w.evidence),
        ]
        for w in result or []
    ]
    _show(result, as_json, ["state", "what", "kind", "date", "until", "evidence"], rows, process)


@app.command("search")
def search_command(
    q: Annotated[str | None, typer.Argument(help="What to look for; none to browse.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Only this kind.")] = None,
    member_of: Annotated[
        str | None, typer.Option("--member-of", help="Only members of this coalition.")
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
    as_json: Json = False,
) -> None:
    """Find entities by name, alias, acronym or former name; without Q, list them by name."""
    if q is not None and not q.strip():
        bad_input("Q", "give some words to look for, or none to browse")
    if type_ is not None and type_ not in load_model().labels:
        bad_input("--type", f"{type_!r} is not a kind: {', '.join(load_model().labels)}")

    def query(ctx: GraphContext) -> Awaitable[Page[SearchHit]]:
        if q is None:
            return search.browse_entities(ctx, type_, member_of, limit, offset)
        return search.search_entities(ctx, q, type_, limit, offset, member_of)

    result = _items(_ask(query))
    rows = [
        [h.id, h.name or "", h.type, "" if h.score is None else f"{h.score:.2f}"]
        for h in result or []
    ]
    _show(result, as_json, ["id", "name", "type", "score"], rows)


@app.command()
def path(
    from_id: str,
    to_id: str,
    max_hops: Annotated[int, typer.Option(min=1, max=MAX_HOPS)] = 3,
    limit: Limit = MAX_LIMIT,
    offset: Offset = 0,
    as_json: Json = False,
) -> None:
    """How two actors are connected."""
    _known(from_id, to_id)
    result = _items(_ask(lambda ctx: paths.paths(ctx, from_id, to_id, max_hops, limit, offset)))
    rows = [[_draw(p), str(p.hops)] for p in result or []]
    _show(result, as_json, ["path", "hops"], rows)


def _draw(p: Path) -> str:
    """'alianza-americas -CO_SPONSORED-> event <-ENDORSED- ohchr', each link with its role,
    dates, stance or vote: the arrow shows which way the link runs."""
    text = p.nodes[0].id
    for step, node in zip(p.relationships, p.nodes[1:], strict=True):
        facts = ", ".join(str(step.properties[k]) for k in _SHOWN if step.properties.get(k))
        label = f"{step.type} ({facts})" if facts else step.type
        arrow = f" -{label}-> " if step.direction == "forward" else f" <-{label}- "
        text += arrow + node.id
    return text


_SHOWN = ("role", "stance", "vote", "kind", "since", "until", "date")


@app.command()
def partners(
    for_id: Annotated[str | None, typer.Option("--for")] = None,
    position: Annotated[str | None, typer.Option()] = None,
    issue: Annotated[str | None, typer.Option()] = None,
    side: Annotated[
        partner_queries.Side,
        typer.Option(help="With --for: allies (same stance), opponents (the other) or all."),
    ] = "allies",
    limit: Limit = MAX_LIMIT,
    offset: Offset = 0,
    as_json: Json = False,
) -> None:
    """Who else holds the same positions."""
    if not (for_id or position or issue):
        bad_input("ask partners", "give --for, --position or --issue")
    if for_id:
        _known(for_id)
    result = _items(
        _ask(
            lambda ctx: partner_queries.partners(ctx, position, issue, for_id, limit, offset, side)
        )
    )
    rows = [
        [
            p.partner.id,
            f"{p.score:g}",
            str(p.shared_positions),
            str(p.shared_coalitions),
            "; ".join(_stance(r) for r in p.reasons if r.kind == "position"),
        ]
        for p in result or []
    ]
    _show(result, as_json, ["partner", "score", "positions", "coalitions", "stances"], rows)


def _stance(reason: SharedReason) -> str:
    """'against border-militarization (shared)': the partner's stance and how it stands to yours."""
    agreement = f" ({reason.agreement})" if reason.agreement else ""
    return f"{reason.stance or '?'} {reason.via.id}{agreement}"


@app.command()
def interlocks(
    a: str,
    b: str,
    as_of: Annotated[str | None, typer.Option(help=f"Ties valid on this date: {DATE_HELP}")] = None,
    as_json: Json = False,
) -> None:
    """What two actors share: members of both coalitions (with both roles), coalitions, events,
    documents."""
    as_of = checked_date(as_of)
    _known(a, b)
    day = as_of_day(as_of)

    async def query(ctx: GraphContext) -> Interlocks:
        refs = await interlock_queries.entity_refs(ctx, [a, b])
        return await interlock_queries.interlocks(
            ctx, refs[a], refs[b], day.isoformat() if day else None
        )

    result = _ask(query)
    rows = [
        [kind, shared.entity.id, _ties(shared.a), _ties(shared.b)]
        for kind, found in (
            ("member of both", result.shared_members),
            ("coalition", result.coalitions),
            ("event", result.events),
            ("document", result.documents),
        )
        for shared in found
    ]
    rows += [
        ["direct", f"{a} -{link.type}-> {link.other.id}", "", ""]
        if link.direction == "out"
        else ["direct", f"{a} <-{link.type}- {link.other.id}", "", ""]
        for link in result.direct
    ]
    _show(result, as_json, ["shared", "id", a, b], rows)


def _ties(ties: list[Tie]) -> str:
    """'MEMBER_OF (executive committee, 2017)': each tie with its role and dates."""
    shown = []
    for tie in ties:
        facts = ", ".join(str(tie.properties[k]) for k in _SHOWN if tie.properties.get(k))
        shown.append(f"{tie.type} ({facts})" if facts else tie.type)
    return "; ".join(shown)


@app.command()
def event(event_id: str, as_json: Json = False) -> None:
    """Organizers, speakers with roles and participants of an event."""
    result = _ask(lambda ctx: event_detail(ctx, event_id))
    rows = [
        [s.person.name or s.person.id, s.role or "", _sources(s.evidence)]
        for s in (result.speakers if result else [])
    ]
    _show(result, as_json, ["speaker", "role", "evidence"], rows, event_id)
