"""`coalition-graph viz`: one offline HTML page (and a PNG for slides) of a filtered subgraph."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from api.cli.output import AsOfOption, checked_date, clear_errors, err_console, load_settings
from api.cli.runner import run_query
from graph.queries.common import MAX_HOPS
from graph.queries.subgraph import Filters, subgraph
from graph.queries.types import Subgraph
from graph.settings import Settings, get_settings
from visualizations import PageOptions, write_page
from visualizations.describe import describe, focus_of

Id = Annotated[str | None, typer.Option(help="An entity id: everything within --hops of it.")]


def fetch_subgraph(settings: Settings, filters: Filters) -> Subgraph | None:
    """THE selection (graph.queries.subgraph), run the way the API runs it: an async driver."""
    return run_query(settings, lambda ctx: subgraph(ctx, filters))


def viz(
    coalition: Annotated[str | None, typer.Option(help="A coalition and its members.")] = None,
    process: Annotated[str | None, typer.Option(help="A process and who acted on it.")] = None,
    position: Annotated[str | None, typer.Option(help="A position and who advocates it.")] = None,
    issue: Annotated[str | None, typer.Option(help="A topic, e.g. detention.")] = None,
    around: Id = None,
    hops: Annotated[int, typer.Option(min=1, max=MAX_HOPS, help="Steps from --around.")] = 1,
    as_of: AsOfOption = None,
    include_private: Annotated[
        bool, typer.Option(help="Include people marked private (left out by default).")
    ] = False,
    out: Annotated[Path, typer.Option(help="The HTML file to write.")] = Path(
        "coalition-graph.html"
    ),
    png: Annotated[
        Path | None,
        typer.Option(help="Also a PNG of the page (headless Chromium); of a deck, one a view."),
    ] = None,
    svg: Annotated[
        Path | None,
        typer.Option(help="Also an SVG picture (vector); of a deck, one a view (x-1.svg, ...)."),
    ] = None,
    pdf: Annotated[
        Path | None,
        typer.Option(help="Also a PDF (vector); of a deck, one page a view: a slide deck."),
    ] = None,
    deck: Annotated[
        Path | None,
        typer.Option(
            help="A YAML file of prepared views (data/decks/gcm-session.yaml): one page that "
            "presents them in turn; the arrow keys step through them."
        ),
    ] = None,
) -> None:
    """Write one self-contained HTML page of the network (works offline), optionally a PNG."""
    if deck is not None:
        if any(v is not None for v in (coalition, process, position, issue, around, as_of)):
            raise typer.BadParameter(
                "the views of a deck carry their own filters", param_hint="--deck"
            )
        views = _deck(deck, out, png)
        _pictures(out, views, svg, pdf)
        return
    filters = Filters(
        coalition=coalition,
        process=process,
        position=position,
        issue=issue,
        around=around,
        hops=hops,
        as_of=checked_date(as_of),
        include_private=include_private,
    )
    settings = load_settings(get_settings)
    with clear_errors():
        graph = fetch_subgraph(settings, filters)
    if graph is None:
        err_console.print("[red]A filter names an entity that does not exist.[/]")
        raise typer.Exit(1)
    title, subtitle = describe(filters, graph)
    options = PageOptions(
        title=title, subtitle=subtitle, include_private=include_private, focus=focus_of(filters)
    )
    typer.echo(str(write_page(graph, out, options)))
    if png is not None:
        _png(out, png)
    _pictures(out, 0, svg, pdf)


def _deck(path: Path, out: Path, png: Path | None) -> int:
    """Write the deck's page (and PNGs); the number of its views."""
    from visualizations.deck import DeckError, load_deck
    from visualizations.render import Slide, render_deck

    try:
        loaded = load_deck(path)
    except DeckError as exc:
        err_console.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from exc
    settings = load_settings(get_settings)
    slides = []
    for number, view in enumerate(loaded.views, start=1):
        filters = view.filters()
        with clear_errors():
            graph = fetch_subgraph(settings, filters)
        if graph is None:
            err_console.print(
                f"[red]View {number} ({view.title}): a filter names an entity "
                "that does not exist.[/]"
            )
            raise typer.Exit(1)
        focus = view.focus or focus_of(filters)
        options = PageOptions(title=view.title, subtitle=describe(filters, graph)[1], focus=focus)
        slides.append(Slide(graph, view.title, view.note, options))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_deck(slides, loaded.title), encoding="utf-8")
    typer.echo(str(out))
    if png is not None:
        from visualizations.browser import BrowserMissing, deck_screenshots

        try:
            for picture in deck_screenshots(out, png, len(slides)):
                typer.echo(str(picture))
        except BrowserMissing as exc:
            err_console.print(f"[red]No PNG:[/] {exc}")
            raise typer.Exit(1) from exc
    return len(slides)


def _pictures(html: Path, views: int, svg: Path | None, pdf: Path | None) -> None:
    """SVG pictures of the page (of each view of a deck) and a PDF of them, as drawn."""
    if svg is None and pdf is None:
        return
    from visualizations.browser import BrowserMissing, pictures, write_pdf
    from visualizations.picture import svg_picture

    try:
        drawn = pictures(html, views)
        made = [svg_picture(p.geometry, p.title, p.note) for p in drawn]
        if svg is not None:
            for number, text in enumerate(made, start=1):
                target = svg if not views else svg.with_name(f"{svg.stem}-{number}.svg")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
                typer.echo(str(target))
        if pdf is not None:
            typer.echo(str(write_pdf(made, pdf)))
    except BrowserMissing as exc:
        err_console.print(f"[red]No picture:[/] {exc}")
        raise typer.Exit(1) from exc


def _png(html: Path, png: Path) -> None:
    from visualizations.browser import BrowserMissing, screenshot

    try:
        guard = screenshot(html, png)
    except BrowserMissing as exc:
        err_console.print(f"[red]No PNG:[/] {exc}")
        raise typer.Exit(1) from exc
    if guard.blocked:
        err_console.print(f"[yellow]The page asked for the network:[/] {guard.blocked}")
    typer.echo(str(png))
