"""Headless Chromium for pictures, tests and the benchmark: Debian's chromium through Playwright.

Never `playwright install`: the browser is the system's (CHROMIUM_PATH, default /usr/bin/chromium),
launched headless with the flags below, and every request that is neither a local file nor
loopback is aborted and recorded, so a page that tries to reach the network is caught.
Playwright is imported lazily: it comes with the `test` extra, and only PNG output needs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from playwright.sync_api import (
        Browser,
        BrowserContext,
        ConsoleMessage,
        Dialog,
        Error,
        Page,
        Request,
        Route,
        ViewportSize,
    )

CHROMIUM_PATH_ENV = "CHROMIUM_PATH"
DEFAULT_CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
LOCAL_SCHEMES = {"file", "data", "blob", "about"}
READY = "() => window.coalitionGraph !== undefined && window.coalitionGraph.ready === true"
VIEWPORT_SIZE = (1600, 1000)
PICTURE_SIZE = (1920, 1080)  # PNG, SVG and PDF: a 16:9 slide, the size the layout is made for


class BrowserMissing(RuntimeError):
    """No usable Chromium or no Playwright: say which, and what to do."""


def chromium_path() -> Path:
    return Path(os.environ.get(CHROMIUM_PATH_ENV) or DEFAULT_CHROMIUM)


def missing_browser() -> str | None:
    """Why no page can be opened here, or None when Chromium and Playwright are both present."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (pip install -e '.[test]')"
    path = chromium_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        return (
            f"no Chromium at {path} (apt-get install chromium, or set {CHROMIUM_PATH_ENV}); "
            "never `playwright install`"
        )
    return None


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (parts.hostname or "") in LOOPBACK


@dataclass
class Guard:
    """What a page asked for: every request, the ones blocked, console errors, page errors."""

    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def chromium() -> Iterator[Browser]:
    reason = missing_browser()
    if reason:
        raise BrowserMissing(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(chromium_path()), headless=True, args=LAUNCH_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


def offline_context(
    browser: Browser, guard: Guard, size: tuple[int, int] = VIEWPORT_SIZE
) -> BrowserContext:
    """A browser context where only files and loopback answer; everything else is aborted."""
    viewport: ViewportSize = {"width": size[0], "height": size[1]}
    context = browser.new_context(viewport=viewport, service_workers="block")

    def route(route: Route) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            guard.blocked.append(url)
            route.abort("blockedbyclient")

    context.route("**/*", route)
    return context


def watched_page(context: BrowserContext, guard: Guard) -> Page:
    page = context.new_page()

    def on_request(request: Request) -> None:
        guard.requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            guard.console_errors.append(message.text)

    def on_error(error: Error) -> None:
        guard.page_errors.append(str(error))

    def on_dialog(dialog: Dialog) -> None:  # alert(1) from an injected script would land here
        guard.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", on_error)
    page.on("dialog", on_dialog)
    return page


def screenshot(html: Path, png: Path, timeout_ms: float = 60_000) -> Guard:
    """Open a page file offline, wait until it is drawn, save a PNG of the window."""
    guard = Guard()
    with chromium() as browser:
        context = offline_context(browser, guard, PICTURE_SIZE)
        page = watched_page(context, guard)
        page.goto(html.resolve().as_uri())
        page.wait_for_function(READY, timeout=timeout_ms)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        context.close()
    return guard


def deck_screenshots(html: Path, png: Path, views: int, timeout_ms: float = 60_000) -> list[Path]:
    """A PNG of each view of a deck page: session.png -> session-1.png, session-2.png, ..."""
    made = []
    guard = Guard()
    with chromium() as browser:
        context = offline_context(browser, guard, PICTURE_SIZE)
        page = watched_page(context, guard)
        page.goto(html.resolve().as_uri())
        page.wait_for_function(READY, timeout=timeout_ms)
        for i in range(views):
            page.evaluate("i => window.coalitionGraph.go(i)", i)
            page.wait_for_function(READY, timeout=timeout_ms)
            target = png.with_name(f"{png.stem}-{i + 1}{png.suffix or '.png'}")
            target.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(target))
            made.append(target)
        context.close()
    if guard.blocked:
        raise RuntimeError(f"the deck page asked for the network: {guard.blocked}")
    return made


@dataclass(frozen=True)
class Picture:
    """One view as the page drew it: its title, its note and the geometry (picture.py)."""

    title: str
    note: str
    geometry: dict[str, Any]


_HEADINGS = """() => {
    const text = sel => { const e = document.querySelector(sel); return e ? e.textContent : ""; };
    return document.body.classList.contains("deck")
        ? [text("#deck-title"), text("#deck-note")]
        : [text("header h1"), text("header .subtitle")];
}"""


def pictures(html: Path, views: int = 0, timeout_ms: float = 60_000) -> list[Picture]:
    """The geometry of a page as drawn at PICTURE_SIZE; of a deck (views > 0), of each view."""
    guard = Guard()
    found = []
    with chromium() as browser:
        context = offline_context(browser, guard, PICTURE_SIZE)
        page = watched_page(context, guard)
        page.goto(html.resolve().as_uri())
        page.wait_for_function(READY, timeout=timeout_ms)
        for i in range(max(1, views)):
            if views:
                page.evaluate("i => window.coalitionGraph.go(i)", i)
                page.wait_for_function(READY, timeout=timeout_ms)
            title, note = page.evaluate(_HEADINGS)
            geometry = page.evaluate("window.coalitionGraph.picture()")
            found.append(Picture(" ".join(title.split()), " ".join(note.split()), geometry))
        context.close()
    if guard.blocked:
        raise RuntimeError(f"the page asked for the network: {guard.blocked}")
    return found


def write_pdf(svgs: list[str], pdf: Path, timeout_ms: float = 60_000) -> Path:
    """The SVG pictures printed by Chromium into one PDF, a picture a page (vector, not pixels)."""
    first = svgs[0]
    width = first.split('width="', 1)[1].split('"', 1)[0]
    height = first.split('height="', 1)[1].split('"', 1)[0]
    body = "".join(
        f'<div class="page">{svg.split("?>", 1)[-1]}</div>' for svg in svgs
    )  # each SVG escapes its own text (picture.py)
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
        f"@page{{size:{width}px {height}px;margin:0}}html,body{{margin:0}}"
        ".page{break-after:page;overflow:hidden}.page svg{display:block}"
        f"</style></head><body>{body}</body></html>"
    )
    guard = Guard()
    with chromium() as browser:
        context = offline_context(browser, guard, PICTURE_SIZE)
        page = watched_page(context, guard)
        page.set_content(html, timeout=timeout_ms)
        pdf.parent.mkdir(parents=True, exist_ok=True)
        page.pdf(path=str(pdf), width=f"{width}px", height=f"{height}px", print_background=True)
        context.close()
    if guard.blocked:
        raise RuntimeError(f"the pictures asked for the network: {guard.blocked}")
    return pdf
