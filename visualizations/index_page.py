"""The /explore index: links to a page per coalition, process, position and topic, and a form.

Built from the same selection as the pages (the whole public graph, without evidence), so every
link it shows opens a page that exists. No script at all; autoescaped; CSP without fetches.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import urlencode

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup

from graph.queries.common import MAX_HOPS
from graph.queries.types import Subgraph
from visualizations.render import csp_hash

STYLE = """
body{font-family:system-ui,'DejaVu Sans',sans-serif;font-size:20px;margin:0 auto;max-width:1100px;
  padding:12px 24px;color:#111}
h1{font-size:32px}h2{font-size:26px;margin-top:28px;border-bottom:2px solid #d5d8dc}
ul{padding-left:22px}li{margin:4px 0}.count{color:#666;font-size:17px}
form{display:flex;flex-wrap:wrap;gap:10px;align-items:end}
label{display:flex;flex-direction:column;font-size:17px}
input,select,button{font-size:19px;padding:5px 8px}
.topic{margin-top:12px;font-weight:600}
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Explore the network</title>
<style>{{ style }}</style>
</head>
<body>
<h1>Explore the network</h1>
<p>Each link opens one interactive page (it works offline once saved): click a node or a line to
see where it comes from, search by name, and click &ldquo;+N more&rdquo; to open a crowded hub.
<a href="{{ link() }}">The whole graph</a> ({{ total }} nodes).</p>
<h2>Around one actor</h2>
<form method="get" action="{{ graph_url }}">
<label>Entity id
  <input name="around" list="ids" required placeholder="e.g. alianza-americas"></label>
<label>Steps <select name="hops">
{%- for h in hops %}<option{% if h == 1 %} selected{% endif %}>{{ h }}</option>{% endfor -%}
</select></label>
<label>As of <input name="as_of" type="date"></label>
<button type="submit">Open</button>
</form>
<datalist id="ids">
{%- for e in entities %}<option value="{{ e.id }}">{{ e.name }}</option>{% endfor -%}
</datalist>
<h2>Coalitions</h2>
<ul>
{%- for c in coalitions %}
<li><a href="{{ link(coalition=c.id) }}">{{ c.name }}</a>
  <span class="count">{{ c.members }} member{{ "s" if c.members != 1 }}</span></li>
{%- endfor %}
</ul>
<h2>Processes</h2>
<ul>
{%- for p in processes %}
<li><a href="{{ link(process=p.id) }}">{{ p.name }}</a></li>
{%- endfor %}
</ul>
<h2>Issues and positions</h2>
{%- for topic, positions in topics %}
<div class="topic"><a href="{{ link(issue=topic) }}">{{ topic }}</a>
  <span class="count">{{ positions|length }} position{{ "s" if positions|length != 1 }}</span>
</div>
<ul>
{%- for p in positions %}
<li><a href="{{ link(position=p.id) }}">{{ p.name }}</a></li>
{%- endfor %}
</ul>
{%- endfor %}
</body>
</html>
"""

_ENV = Environment(autoescape=True, undefined=StrictUndefined)
_TEMPLATE = _ENV.from_string(PAGE)


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    members: int = 0


def render_index(graph: Subgraph, graph_url: str) -> str:
    """The index page; graph_url is where GET /explore/graph is served (e.g. /explore/graph)."""
    members: Counter[str] = Counter(
        e.target for e in graph.edges if e.type in ("MEMBER_OF", "HOSTS_SECRETARIAT")
    )

    def entries(kind: str) -> list[Entry]:
        chosen = [n for n in graph.nodes if n.type == kind]
        made = [Entry(n.id, n.name or n.id, members[n.id]) for n in chosen]
        return sorted(made, key=lambda e: e.name.casefold())

    topics = {n.id: n.properties.get("topic") for n in graph.nodes if n.type == "Position"}
    by_topic: dict[str, list[Entry]] = defaultdict(list)
    for position in entries("Position"):
        topic = topics.get(position.id)
        by_topic[str(topic) if topic else "other"].append(position)

    def link(**params: str) -> str:
        return graph_url + ("?" + urlencode(params) if params else "")

    csp = "; ".join(
        [
            "default-src 'none'",
            f"style-src {csp_hash(STYLE)}",
            "form-action 'self'",
            "base-uri 'none'",
        ]
    )
    return _TEMPLATE.render(
        csp=csp,
        style=Markup(STYLE),  # noqa: S704 - a constant
        link=link,
        graph_url=graph_url,
        total=len(graph.nodes),
        hops=list(range(1, MAX_HOPS + 1)),
        entities=sorted(
            (Entry(n.id, n.name or n.id) for n in graph.nodes), key=lambda e: e.name.casefold()
        ),
        coalitions=entries("Coalition"),
        processes=entries("Process"),
        topics=sorted(by_topic.items(), key=lambda kv: kv[0].casefold()),
    )
