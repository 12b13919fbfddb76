"""Maps that read on a wall (issue 13), measured in Debian's Chromium at 1920x1080 and at a
1600x1000 projector: labels drawn at 14 px or more in screen pixels, never on top of each other,
every label drawn in small views, no line through a node it does not touch, "against" drawn
unlike "for", and the unlinked nodes of a filtered view folded, not set out in a grid."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from api.cli.viz import fetch_subgraph
from graph.queries.subgraph import Filters
from graph.settings import Settings
from tests.viz.measure import crossings, legibility
from visualizations import PageOptions, write_page
from visualizations.browser import READY, Guard, offline_context, watched_page
from visualizations.describe import describe, focus_of
from visualizations.fold import UNLINKED
from visualizations.layout import FRAME_PX, PROJECTOR_FRAME_PX
from visualizations.style import readable

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

VIEWS = {
    "coalition": Filters(coalition="gcm-coalition"),
    "one-hop": Filters(around="alianza-americas", hops=1),
    "two-hop": Filters(around="alianza-americas", hops=2),
    "process": Filters(process="gcm-compact", as_of="2018-12-10"),
}
SIZES = [(1920, 1080), (1600, 1000)]
EVERY_LABEL_UP_TO = 150


@pytest.fixture(scope="module")
def pages(
    reference_graph: object, graph_settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("legibility")
    made = {}
    for name, filters in VIEWS.items():
        graph = fetch_subgraph(graph_settings, filters)
        assert graph is not None
        title, subtitle = describe(filters, graph)
        options = PageOptions(title=title, subtitle=subtitle, focus=focus_of(filters))
        made[name] = write_page(graph, folder / f"{name}.html", options).resolve().as_uri()
    return made


@pytest.fixture(scope="module")
def one_layout(
    reference_graph: object, graph_settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """The two-hop view laid out for 1920x1080 only (as before the projector's layout)."""
    filters = VIEWS["two-hop"]
    graph = fetch_subgraph(graph_settings, filters)
    assert graph is not None
    options = PageOptions(focus=focus_of(filters), also=())
    path = tmp_path_factory.mktemp("one-layout") / "two-hop.html"
    return write_page(graph, path, options).resolve().as_uri()


@pytest.fixture
def opened(browser: Browser) -> Iterator[list[tuple[Page, Guard]]]:
    handles: list[tuple[Page, Guard]] = []
    yield handles
    for page, guard in handles:
        assert guard.blocked == [] and guard.page_errors == [] and guard.console_errors == []
        assert page.evaluate("performance.getEntriesByType('resource').length") == 0
        page.context.close()


def show(
    browser: Browser, url: str, size: tuple[int, int], opened: list[tuple[Page, Guard]]
) -> Page:
    guard = Guard()
    page = watched_page(offline_context(browser, guard, size), guard)
    opened.append((page, guard))
    page.goto(url)
    page.wait_for_function(READY, timeout=60_000)
    assert set(guard.requests) == {url}
    return page


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", list(VIEWS))
def test_labels_are_large_and_never_overlap(
    browser: Browser,
    pages: dict[str, str],
    opened: list[tuple[Page, Guard]],
    view: str,
    size: tuple[int, int],
) -> None:
    page = show(browser, pages[view], size, opened)
    seen = legibility(page)
    assert seen.node_labels > 0
    assert seen.overlaps == 0
    assert seen.smallest_px >= 14
    focus = focus_of(VIEWS[view])
    assert any(label["id"] == focus for label in seen.labels)  # the view's subject, always


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_label_is_drawn_up_to_150_nodes(
    browser: Browser, pages: dict[str, str], opened: list[tuple[Page, Guard]], view: str
) -> None:
    page = show(browser, pages[view], SIZES[0], opened)
    seen = legibility(page)
    assert seen.nodes <= EVERY_LABEL_UP_TO
    assert seen.node_labels == seen.nodes, f"{seen.node_labels} of {seen.nodes} labels"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", ["coalition", "one-hop", "process"])
def test_no_line_runs_through_a_node_it_does_not_touch(
    browser: Browser,
    pages: dict[str, str],
    opened: list[tuple[Page, Guard]],
    view: str,
    size: tuple[int, int],
) -> None:
    page = show(browser, pages[view], size, opened)
    assert page.evaluate("window.coalitionGraph.edges.length") > 5
    assert crossings(page) == []


def test_minor_labels_wait_for_the_zoom_and_show_on_hover(
    browser: Browser, pages: dict[str, str], opened: list[tuple[Page, Guard]]
) -> None:
    page = show(browser, pages["two-hop"], SIZES[1], opened)
    at_fit = {label["id"] for label in legibility(page).labels}
    missing = [i for i in page.evaluate("window.coalitionGraph.nodes.getIds()") if i not in at_fit]
    assert missing  # 135 nodes in 1,160 x 900 pixels: not every label has room at fit
    hidden = missing[0]
    page.evaluate(
        """id => { const net = window.coalitionGraph.network;
                   net.focus(id, {scale: net.getScale() * 4, animation: false}); }""",
        hidden,
    )
    page.evaluate("window.coalitionGraph.network.redraw()")
    zoomed = page.evaluate("window.coalitionGraph.labels()")
    assert hidden in {label["id"] for label in zoomed}
    assert min(label["px"] for label in zoomed) >= 14  # still screen pixels, not zoomed text


def test_against_is_drawn_unlike_for_and_the_panel_says_opposes(
    browser: Browser, pages: dict[str, str], opened: list[tuple[Page, Guard]]
) -> None:
    page = show(browser, pages["one-hop"], SIZES[0], opened)
    links = page.evaluate("window.coalitionGraph.data.links")
    against = next(
        i
        for i, link in links.items()
        if link["type"] == "ADVOCATES"
        and link["props"].get("stance") == "against"
        and link["from"] == "alianza-americas"
    )
    pro = next(
        i
        for i, link in links.items()
        if link["type"] == "ADVOCATES" and link["props"].get("stance") == "for"
    )
    drawn = page.evaluate(
        "ids => ids.map(id => window.coalitionGraph.edges.get(id))", [against, pro]
    )
    assert drawn[0]["color"]["color"] != drawn[1]["color"]["color"]
    assert drawn[0].get("dashes") and not drawn[1].get("dashes")
    assert drawn[0]["tag"] == "opposes"  # written on the line
    words = {label["text"] for label in page.evaluate("window.coalitionGraph.labels()")}
    assert "opposes" in words
    page.evaluate(f"window.coalitionGraph.showEdge('{against}')")
    headline = page.locator("#details h2").inner_text()
    assert headline == "Alianza Americas \u2192 opposes \u2192 Militarization of borders"
    legend = page.locator("#legend .rels").first.inner_text()
    assert "opposes" in legend and "advocates" in legend


def test_unlinked_nodes_of_a_dated_view_are_folded_not_gridded(
    browser: Browser,
    pages: dict[str, str],
    opened: list[tuple[Page, Guard]],
    graph_settings: Settings,
) -> None:
    graph = fetch_subgraph(graph_settings, VIEWS["process"])
    assert graph is not None
    linked = {e.source for e in graph.edges} | {e.target for e in graph.edges}
    unlinked = {n.id for n in graph.nodes} - linked
    assert len(unlinked) > 100  # the states whose votes came after 2018-12-10
    page = show(browser, pages["process"], SIZES[0], opened)
    drawn = set(page.evaluate("window.coalitionGraph.nodes.getIds()"))
    assert not drawn & unlinked
    assert UNLINKED in drawn
    fold = page.evaluate(f"window.coalitionGraph.data.folds['{UNLINKED}']")
    assert {n["id"] for n in fold["nodes"]} == unlinked and fold["hub"] is None
    page.evaluate(f"window.coalitionGraph.showNode('{UNLINKED}')")
    assert "without a link in this view" in page.locator("#details h2").inner_text()
    page.get_by_role("button", name="Show all").click()
    assert unlinked <= set(page.evaluate("window.coalitionGraph.nodes.getIds()"))


def test_a_label_without_room_beside_its_node_is_drawn_further_out_with_a_leader(
    browser: Browser, one_layout: str, opened: list[tuple[Page, Guard]]
) -> None:
    # at 1920x1080 every label has the spot the layout kept for it; that layout fitted into a
    # 1600x1000 projector's window is smaller, and some labels go further out
    page = show(browser, one_layout, SIZES[1], opened)
    seen = legibility(page)
    led = [label for label in seen.labels if label["leader"]]
    assert led
    at = page.evaluate(
        """ids => { const net = window.coalitionGraph.network;
                    const pos = net.getPositions(ids);
                    return ids.map(id => [net.canvasToDOM(pos[id]),
                                          net.body.nodes[id].options.size * net.getScale()]); }""",
        [label["id"] for label in led],
    )
    for label, (centre, radius) in zip(led, at, strict=True):
        x0, y0, x1, y1 = label["leader"]
        # the line starts at the node's edge and ends on the label's box
        assert abs(((x0 - centre["x"]) ** 2 + (y0 - centre["y"]) ** 2) ** 0.5 - radius) < 4
        assert label["x"] - 1 <= x1 <= label["x"] + label["w"] + 1
        assert label["y"] - 1 <= y1 <= label["y"] + label["h"] + 1


def test_groups_are_tinted_and_named_by_their_coalition(
    browser: Browser, pages: dict[str, str], opened: list[tuple[Page, Guard]]
) -> None:
    page = show(browser, pages["two-hop"], SIZES[0], opened)
    groups = page.evaluate("window.coalitionGraph.data.clusters")
    details = page.evaluate("window.coalitionGraph.data.details")
    drawn = set(page.evaluate("window.coalitionGraph.nodes.getIds()"))
    assert len(groups) >= 3
    seen: set[str] = set()
    for group in groups:
        members = set(group["members"])
        assert members <= drawn and not members & seen and len(members) >= 4
        seen |= members
        coalitions = [m for m in members if details[m]["kind"] == "Coalition"]
        assert group["coalition"] == bool(coalitions)
        if coalitions:  # the coalition anchors its group and names it
            assert group["anchor"] in coalitions
        assert group["name"] == details[group["anchor"]]["name"]
    names = {g["name"] for g in groups}
    assert {"Women in Migration Network", "Global Coalition on Migration"} <= names
    rows = page.locator("#groups li").all_inner_texts()
    assert len(rows) == len(groups)
    for row, group in zip(rows, groups, strict=True):
        assert group["name"] in row and f"({len(group['members'])})" in row
    assert page.locator("#groups-title").is_visible()


def test_a_projector_s_window_gets_the_layout_made_for_it(
    browser: Browser,
    pages: dict[str, str],
    one_layout: str,
    opened: list[tuple[Page, Guard]],
) -> None:
    # 1600x1000: the view laid out in the 1,160 x 943 pixels it has there draws more labels than
    # the 1920x1080 layout fitted into them (zoom 0.8, labels keep their pixel size)
    page = show(browser, pages["two-hop"], SIZES[1], opened)
    assert page.evaluate("window.coalitionGraph.layoutFrame()") == list(PROJECTOR_FRAME_PX)
    made_for_it = legibility(page)
    scaled = legibility(show(browser, one_layout, SIZES[1], opened))
    assert made_for_it.overlaps == 0 and made_for_it.smallest_px >= 14
    assert made_for_it.node_labels > scaled.node_labels + 10, (
        made_for_it.node_labels,
        scaled.node_labels,
    )
    # a window resized to 1920x1080 takes the 1920x1080 layout, and every label is drawn again
    page.set_viewport_size({"width": SIZES[0][0], "height": SIZES[0][1]})
    page.wait_for_function(f"() => window.coalitionGraph.layoutFrame()[0] === {FRAME_PX[0]}")
    again = legibility(page)
    assert again.overlaps == 0 and again.node_labels == again.nodes


def test_groups_sit_around_their_coalition(
    browser: Browser, pages: dict[str, str], opened: list[tuple[Page, Guard]]
) -> None:
    # each group's members nearer their own anchor (its coalition) than any other group's; the
    # two-hop view's members share coalitions most (81 of 129 measured with the shipped
    # documents' relations loaded, 97 of 128 without them)
    for view, share in (("one-hop", 0.8), ("two-hop", 0.6), ("process", 0.8)):
        page = show(browser, pages[view], SIZES[0], opened)
        own, members = page.evaluate(GROUPS_NEAR)
        assert members >= 20 and own >= share * members, (view, own, members)


GROUPS_NEAR = """() => {
    const g = window.coalitionGraph, pos = g.network.getPositions();
    const anchors = g.data.clusters.map(c => c.anchor);
    let own = 0, all = 0;
    for (const c of g.data.clusters) {
        for (const m of c.members) {
            if (anchors.includes(m)) { continue; }
            const d = anchors.map(a => Math.hypot(pos[m].x - pos[a].x, pos[m].y - pos[a].y));
            all += 1;
            if (d.indexOf(Math.min(...d)) === anchors.indexOf(c.anchor)) { own += 1; }
        }
    }
    return [own, all];
}"""


def test_withdrawals_declined_invitations_and_deferrals_are_drawn_apart(
    browser: Browser, pages: dict[str, str], opened: list[tuple[Page, Guard]]
) -> None:
    # the process on 2018-12-10: states that withdrew, declined to attend, deferred a decision
    page = show(browser, pages["process"], SIZES[0], opened)
    drawn = page.evaluate(
        """() => window.coalitionGraph.edges.get().map(e => [
               (window.coalitionGraph.data.links[e.id] || {}).type,
               e.color.color, JSON.stringify(e.dashes || false), e.width])"""
    )
    looks: dict[str, set[tuple[str, str, float]]] = {}
    for kind, colour, dashes, width in drawn:
        looks.setdefault(kind, set()).add((colour, dashes, width))
    turns = ["WITHDREW_FROM", "DECLINED_TO_ATTEND", "DEFERRED_DECISION_ON"]
    assert set(turns) <= set(looks)
    for kind in [*turns, "PARTICIPATED_IN"]:
        assert len(looks[kind]) == 1, (kind, looks[kind])  # one look per type
    seen = [next(iter(looks[kind])) for kind in [*turns, "PARTICIPATED_IN"]]
    assert len(set(seen)) == len(seen)  # each unlike the others and unlike taking part
    assert len({dashes for _, dashes, _ in seen[:3]}) == 3  # apart even without colour
    legend = page.locator("#legend .rels").first.inner_text()
    for kind in turns:
        assert readable(kind) in legend
