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
ul.roles{list-style:none;display:flex;flex-wrap:wrap;gap:2px 18px;margin:2px 0 8px;padding:0;
  font-size:17px;color:#444}
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
<form method="get" action="{{ around_url }}">
<label>Name, alias or acronym
  <input name="name" list="names" required autocomplete="off"
    placeholder="e.g. Alianza Americas, NALACC or PICUM"></label>
<label>Steps <select name="hops">
{%- for h in hops %}<option{% if h == 1 %} selected{% endif %}>{{ h }}</option>{% endfor -%}
</select></label>
<label>As of <input name="as_of" type="date"></label>
<button type="submit">Open</button>
</form>
<datalist id="names">
{%- for name in names %}<option value="{{ name }}">{% endfor -%}
</datalist>
<h2>Coalitions</h2>
<ul>
{%- for c in coalitions %}
<li><a href="{{ link(coalition=c.id) }}">{{ c.name }}</a>
  <span class="count">{{ c.members }} member {{- " organization" if c.organizations }}
  {{- "s" if c.members != 1 }}</span>
  {%- if c.roles %}
  <ul class="roles">{% for role, n in c.roles %}<li>{{ role }}: {{ n }}</li>{% endfor %}</ul>
  {%- endif %}</li>
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
    members: int = 0  # distinct members (an organization in three roles counts once)
    organizations: bool = True  # every member is an organization (or a coalition)
    roles: tuple[tuple[str, int], ...] = ()  # ("member", 8), ("executive committee", 4), ...


ORGANIZATION_KINDS = {"Organization", "Coalition"}


def render_index(graph: Subgraph, graph_url: str, around_url: str | None = None) -> str:
    """The index page; graph_url is where GET /explore/graph is served (e.g. /explore/graph),
    around_url where the name form goes (GET /explore/around)."""
    kinds = {n.id: n.type for n in graph.nodes}
    members: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for e in graph.edges:
        if e.type == "MEMBER_OF":
            members[e.target].add(e.source)
            role = e.properties.get("role")
            roles[e.target][str(role) if role else "member"] += 1
        elif e.type == "HOSTS_SECRETARIAT":
            roles[e.target]["hosts the secretariat"] += 1

    def entries(kind: str) -> list[Entry]:
        chosen = [n for n in graph.nodes if n.type == kind]
        made = [
            Entry(
                n.id,
                n.name or n.id,
                len(members[n.id]),
                all(kinds.get(m) in ORGANIZATION_KINDS for m in members[n.id]),
                tuple(roles[n.id].most_common()),
            )
            for n in chosen
        ]
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
        around_url=around_url or graph_url.rsplit("/", 1)[0] + "/around",
        names=_names(graph),
        total=len(graph.nodes),
        hops=list(range(1, MAX_HOPS + 1)),
        coalitions=entries("Coalition"),
        processes=entries("Process"),
        topics=sorted(by_topic.items(), key=lambda kv: kv[0].casefold()),
    )


def _names(graph: Subgraph) -> list[str]:
    """Every name the form's type-ahead offers: names, aliases, former names, acronyms."""
    names: set[str] = set()
    for node in graph.nodes:
        names.add(node.name or node.id)
        for key in ("aliases", "former_names", "acronym"):
            value = node.properties.get(key)
            for name in value if isinstance(value, list) else [value]:
                if isinstance(name, str) and name.strip():
                    names.add(" ".join(name.split()))
    return sorted(names, key=str.casefold)


CHOICES = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Which {{ name }}?</title>
<style>{{ style }}</style>
</head>
<body>
{%- if choices %}
<h1>Which &ldquo;{{ name }}&rdquo;?</h1>
<ul>
{%- for url, label, kind in choices %}
<li><a href="{{ url }}">{{ label }}</a> <span class="count">{{ kind }}</span></li>
{%- endfor %}
</ul>
{%- else %}
<h1>Nothing called &ldquo;{{ name }}&rdquo;</h1>
<p>Try another spelling, an acronym or a former name.</p>
{%- endif %}
<p><a href="{{ back }}">Back to the index</a></p>
</body>
</html>
"""
_CHOICES = _ENV.from_string(CHOICES)


def render_choices(name: str, choices: list[tuple[str, str, str]], back: str) -> str:
    """The page after the name form when the name is shared (or unknown): links to choose from."""
    csp = f"default-src 'none'; style-src {csp_hash(STYLE)}; base-uri 'none'; form-action 'none'"
    return _CHOICES.render(
        csp=csp,
        style=Markup(STYLE),  # noqa: S704 - a constant
        name=name,
        choices=choices,
        back=back,
    )
