"""Visual exploration: a Subgraph (graph.queries.subgraph) as one self-contained offline page.

    from visualizations import PageOptions, render_page
    html = render_page(subgraph, PageOptions(title="GCM and its members"))

pyvis 0.3.2 is used behind a small typed adapter (visualizations.adapter); the page has its own
template, its own script and a strict Content-Security-Policy (docs/visualizations.md).
"""

from visualizations.fold import FAN_OUT_CAP
from visualizations.page import PageOptions, page_data
from visualizations.render import render_page, write_page

__all__ = ["FAN_OUT_CAP", "PageOptions", "page_data", "render_page", "write_page"]
