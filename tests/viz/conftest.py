"""Fixtures for the page tests: Debian's Chromium through Playwright, offline, watched.

Locally a missing browser skips the page tests with the reason; in CI (CI=true) it fails them.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from visualizations.browser import (
    READY,
    Guard,
    chromium,
    missing_browser,
    offline_context,
    watched_page,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
DATA = re.compile(r'<script id="graph-data" type="application/json">(.*?)</script>', re.S)


def page_json(html: str) -> dict[str, Any]:
    """The data a page carries (the JSON its script reads)."""
    match = DATA.search(html)
    assert match, "no graph-data in the page"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    reason = missing_browser()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and the page tests cannot run: {reason}", pytrace=False)
        pytest.skip(f"page tests need a browser: {reason}")
    with chromium() as launched:
        yield launched


Opened = tuple["Page", Guard]


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Callable[[str], Opened]]:
    """open_page(url) -> (page, guard), drawn and ready; the context closes after the test."""
    contexts = []

    def opener(url: str) -> Opened:
        guard = Guard()
        context = offline_context(browser, guard)
        contexts.append(context)
        page = watched_page(context, guard)
        page.goto(url)
        page.wait_for_function(READY, timeout=60_000)
        return page, guard

    yield opener
    for context in contexts:
        context.close()


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


EVIL_NAME = "<script>alert(1)</script>"
EVIL_QUOTE = '</script><img src=x onerror="window.__xss=1;alert(2)"> said \u201cno\u201d & left'
COALITION_NAME = "\u00d1and\u00fa <Test> Coalition \u79fb\u6c11 \u270a\U0001f3fd"
PRIVATE_NAME = "Private Person Vizcaino"

_INJECT = """
CREATE (c:Entity:Organization:Coalition {id: 'viz-coalition', name: $coalition})
CREATE (e:Entity:Organization {id: 'viz-evil', name: $evil, aliases: ['"><svg onload=alert(3)>']})
CREATE (p:Entity:Person {id: 'viz-private', name: $private, private: true})
CREATE (claim:Claim {id: 'viz-claim', quote: $quote, method: 'curated', confidence: 0.75,
        source_urls: ['https://example.org/statement'], source_ref: 'tests/viz#row=1'})
CREATE (e)-[:MEMBER_OF {role: 'member', since: '2019', claim_ids: ['viz-claim']}]->(c)
CREATE (p)-[:AFFILIATED_WITH {role: 'director', claim_ids: []}]->(e)
"""
_REMOVE = """
MATCH (n) WHERE n.id IN ['viz-coalition', 'viz-evil', 'viz-private', 'viz-claim']
DETACH DELETE n
"""


@pytest.fixture(scope="module")
def injected(
    reference_graph: object, session_driver: Driver, graph_settings: Settings
) -> Iterator[str]:
    """The reference graph plus a coalition whose member's name and quote are HTML, and a
    private person; removed afterwards. Yields the coalition's id."""
    database = graph_settings.neo4j_database
    session_driver.execute_query(
        _INJECT,
        coalition=COALITION_NAME,
        evil=EVIL_NAME,
        private=PRIVATE_NAME,
        quote=EVIL_QUOTE,
        database_=database,
    )
    yield "viz-coalition"
    session_driver.execute_query(_REMOVE, database_=database)
