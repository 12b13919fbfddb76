"""Prepared views for a session (`coalition-graph viz --deck FILE`): the sample deck against the
real Neo4j, stepped through with the keyboard in Chromium, a PNG of each view and a PDF of them."""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli.main import app
from api.cli.viz import fetch_subgraph
from graph.settings import Settings, get_settings
from tests.conftest import env_for
from tests.viz.conftest import Opened, page_json
from visualizations.deck import DeckError, load_deck
from visualizations.fold import MORE_PREFIX

runner = CliRunner()
Opener = Callable[[str], Opened]
SAMPLE = Path(__file__).resolve().parents[2] / "data" / "decks" / "gcm-session.yaml"
SHOWN_IDS = """() => window.coalitionGraph.nodes.getIds().filter(id => !id.startsWith("more:"))
    .concat(Object.values(window.coalitionGraph.data.folds).flatMap(f => f.nodes.map(n => n.id)))"""


def test_a_deck_file_is_checked_before_anything_is_drawn(tmp_path: Path) -> None:
    deck = load_deck(SAMPLE)
    assert len(deck.views) >= 3 and all(v.title for v in deck.views)
    assert deck.views[2].as_of == "2018-12-10"  # YAML's date, kept as the text viz takes
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: x\nviews:\n  - title: y\n    coalitoin: gcm-coalition\n")
    with pytest.raises(DeckError, match="coalitoin"):  # a misspelt filter is refused
        load_deck(bad)
    bad.write_text("title: x\nviews:\n  - title: y\n    as_of: 10/12/2018\n")
    with pytest.raises(DeckError, match="YYYY-MM-DD"):
        load_deck(bad)


@pytest.fixture(scope="module")
def session(
    reference_graph: object, graph_settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The sample deck written by the command, with its PNGs (before any page test opens the
    browser: Playwright's sync API runs one browser a thread)."""
    folder = tmp_path_factory.mktemp("deck")
    out, png = folder / "session.html", folder / "session.png"
    with pytest.MonkeyPatch.context() as env:
        for key in ("NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_USER", "NEO4J_DATABASE"):
            env.delenv(key, raising=False)
        for key, value in env_for(graph_settings).items():
            env.setenv(key, value)
        get_settings.cache_clear()
        args = ["viz", "--deck", str(SAMPLE), "--out", str(out), "--png", str(png)]
        pictures = ["--pdf", str(folder / "session.pdf"), "--svg", str(folder / "session.svg")]
        result = runner.invoke(app, [*args, *pictures])
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    return out


def test_the_deck_command_writes_one_page_and_a_picture_of_each_view(session: Path) -> None:
    deck = load_deck(SAMPLE)
    data = page_json(session.read_text(encoding="utf-8"))
    assert [v["title"] for v in data["deck"]] == [v.title for v in deck.views]
    for number in range(1, len(deck.views) + 1):
        picture = session.with_name(f"session-{number}.png")
        head = picture.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", head[16:24]) == (1920, 1080)
        svg = session.with_name(f"session-{number}.svg").read_text(encoding="utf-8")
        assert "<svg" in svg[:300] and deck.views[number - 1].title in unescape(svg)
    pdf = session.with_name("session.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert pages == len(deck.views)  # one page a view: a slide deck


def test_the_sample_deck_presents_each_view_with_the_keyboard(
    session: Path, graph_settings: Settings, open_page: Opener
) -> None:
    deck = load_deck(SAMPLE)
    url = session.resolve().as_uri()
    page, guard = open_page(url)
    for step, view in enumerate(deck.views):
        if step:
            page.keyboard.press("ArrowRight" if step % 2 else "PageDown")
            page.wait_for_function(
                f"() => window.coalitionGraph.step === {step} && window.coalitionGraph.ready"
            )
        assert page.locator("#deck-title").inner_text() == view.title
        assert page.locator("#deck-note").inner_text() == view.note
        assert page.locator("#deck-step").inner_text() == f"{step + 1} / {len(deck.views)}"
        expected = fetch_subgraph(graph_settings, view.filters())
        assert expected is not None
        assert set(page.evaluate(SHOWN_IDS)) == {n.id for n in expected.nodes}
        labels = page.evaluate("window.coalitionGraph.labels()")
        assert labels and min(label["px"] for label in labels) >= 14 * 1.2  # wall size
    page.keyboard.press("ArrowRight")  # past the last view: stays there
    assert page.locator("#deck-step").inner_text() == f"{len(deck.views)} / {len(deck.views)}"
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"() => window.coalitionGraph.step === {len(deck.views) - 2}")
    assert page.locator("#deck-title").inner_text() == deck.views[-2].title
    page.keyboard.press("Home")
    assert page.locator("#deck-title").inner_text() == deck.views[0].title
    assert not any(i.startswith(MORE_PREFIX + "x") for i in page.evaluate(SHOWN_IDS))
    assert guard.requests == [url] or set(guard.requests) <= {url, url + "#1"}
    assert guard.blocked == [] and guard.page_errors == [] and guard.console_errors == []
    assert page.evaluate("performance.getEntriesByType('resource').length") == 0


@pytest.mark.usefixtures("cli_env", "reference_graph")
def test_a_deck_view_naming_no_entity_says_which(tmp_path: Path) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text("title: x\nviews:\n  - title: Nobody\n    around: no-such-entity\n")
    result = runner.invoke(app, ["viz", "--deck", str(deck), "--out", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert "View 1 (Nobody)" in result.output
    assert not (tmp_path / "x.html").exists()
