"""Render a page: page data + the inlined vis-network + our script, under a strict CSP.

The Content-Security-Policy names each inline script and stylesheet by its SHA-256, so nothing
else can run (not even an injected inline handler), and `default-src 'none'` forbids every
fetch: no CDN, no font, no image beyond data: URIs, no XHR. Offline by construction, and the
tests check it in a real browser as well.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from graph.queries.types import Subgraph
from visualizations.adapter import PYVIS_VERSION, VIS_VERSION, vis_assets
from visualizations.client import SCRIPT
from visualizations.layout import FRAME_MARGIN
from visualizations.page import GROUP_COLOURS, PageOptions, page_data, script_json
from visualizations.style import Legend, legend, legend_css, node_style
from visualizations.template import PAGE, STYLE

_ENV = Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
_TEMPLATE = _ENV.from_string(PAGE)


def csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(scripts: list[str], styles: list[str]) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(csp_hash(s) for s in scripts),
            "style-src " + " ".join(csp_hash(s) for s in styles),
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def render_page(graph: Subgraph, options: PageOptions | None = None) -> str:
    """One self-contained HTML page for a subgraph."""
    options = options or PageOptions()
    data = page_data(graph, options)
    kinds: Counter[str] = Counter(d["kind"] for d in data["details"].values())
    types: Counter[str] = Counter(link["legend"] for link in data["links"].values())
    shown = legend(kinds, types)
    glyphs = _glyphs(shown)
    data["glyphs"] = glyphs
    assets = vis_assets()
    page_css = _page_css(shown)
    data_json = script_json(data)
    csp = content_security_policy([assets.js, SCRIPT], [assets.css, page_css])
    return _TEMPLATE.render(
        deck=False,
        csp=csp,
        title=options.title,
        subtitle=options.subtitle,
        truncated=data["truncated"],
        plain_lines=data["plainLines"],
        counts=data["counts"],
        legend=shown,
        glyphs=glyphs,
        pyvis_version=PYVIS_VERSION,
        vis_version=VIS_VERSION,
        vis_css=Markup(assets.css),  # noqa: S704 - pyvis's shipped stylesheet, checked inlinable
        page_css=Markup(page_css),  # noqa: S704 - our constants and model names (checked)
        vis_js=Markup(assets.js),  # noqa: S704 - pyvis's shipped vis-network, checked inlinable
        page_js=Markup(SCRIPT),  # noqa: S704 - our constant script
        data_json=Markup(data_json),  # noqa: S704 - escaped for <script> by script_json
    )


@dataclass(frozen=True)
class Slide:
    """One view of a prepared sequence: its selection, title, short note and page options."""

    graph: Subgraph
    title: str
    note: str = ""
    options: PageOptions = field(default_factory=PageOptions)


DECK_LABEL_SCALE = 1.2  # a deck is for the wall: labels a fifth larger than on a page
# A deck view's graph pane at 1920x1080 (a narrower side panel, a taller header with the view's
# title and a note: 1560 x 921 pixels with a one-line note), less the frame's margins and room
# for a second line of note: small views are laid out in it.
DECK_FRAME_PX = (1560.0 - 2 * FRAME_MARGIN, 890.0 - 2 * FRAME_MARGIN)


def render_deck(slides: list[Slide], title: str) -> str:
    """One offline page that presents the slides one at a time (arrow keys, Page Up/Down)."""
    views = [
        page_data(
            s.graph, replace(s.options, frame=DECK_FRAME_PX, label_scale=DECK_LABEL_SCALE, also=())
        )
        for s in slides
    ]
    kinds: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for view in views:
        kinds.update(d["kind"] for d in view["details"].values())
        types.update(link["legend"] for link in view["links"].values())
    shown = legend(kinds, types)
    glyphs = _glyphs(shown)
    for view in views:
        view["glyphs"] = glyphs
    data = {
        "deck": [
            {"title": s.title, "note": s.note, "view": v}
            for s, v in zip(slides, views, strict=True)
        ],
        "labelScale": DECK_LABEL_SCALE,
    }
    counts = {
        key: sum(v["counts"][key] for v in views)
        for key in ("nodes", "edges", "drawnNodes", "drawnEdges")
    }
    assets = vis_assets()
    page_css = _page_css(shown)
    csp = content_security_policy([assets.js, SCRIPT], [assets.css, page_css])
    return _TEMPLATE.render(
        deck=True,
        csp=csp,
        title=title,
        subtitle="",
        truncated=any(v["truncated"] for v in views),
        plain_lines=any(v["plainLines"] for v in views),
        counts=counts,
        legend=shown,
        glyphs=glyphs,
        pyvis_version=PYVIS_VERSION,
        vis_version=VIS_VERSION,
        vis_css=Markup(assets.css),  # noqa: S704 - pyvis's shipped stylesheet, checked inlinable
        page_css=Markup(page_css),  # noqa: S704 - our constants and model names (checked)
        vis_js=Markup(assets.js),  # noqa: S704 - pyvis's shipped vis-network, checked inlinable
        page_js=Markup(SCRIPT),  # noqa: S704 - our constant script
        data_json=Markup(script_json(data)),  # noqa: S704 - escaped for <script> by script_json
    )


def write_page(graph: Subgraph, path: Path, options: PageOptions | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_page(graph, options), encoding="utf-8")
    return path


def _glyphs(shown: Legend) -> dict[str, str]:
    return {k.name: node_style(k.name).glyph for k in shown.kinds}


def _page_css(shown: Legend) -> str:
    """Our stylesheet: the constant part, the legend's swatches, the groups' tints."""
    tints = "".join(
        f".group-{i} .swatch{{background:{colour}}}" for i, colour in enumerate(GROUP_COLOURS)
    )
    return STYLE + ".kind-more .swatch{color:#7f8c8d}\n" + legend_css(shown) + "\n" + tints
