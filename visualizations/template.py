"""The page's HTML and CSS (Jinja, autoescaped): one file, no external reference of any kind.

Kept as Python strings so that they travel in the wheel with the code that renders them.
`{{ ... }}` values are escaped by Jinja; the only unescaped inserts are the inlined library,
our own script and stylesheet, and the JSON data (escaped for a script element by
page.script_json), each marked safe in render.py.
"""

from __future__ import annotations

STYLE = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font-family:system-ui,'DejaVu Sans',sans-serif;font-size:20px;
  color:#111;background:#fff}
body{display:flex;flex-direction:column}
header{padding:10px 20px;border-bottom:2px solid #d5d8dc;display:flex;flex-wrap:wrap;
  align-items:baseline;gap:6px 24px}
header h1{font-size:30px;margin:0}
header .subtitle{margin:0;font-size:22px;color:#333}
header .counts{margin:0;font-size:18px;color:#555}
header .warning{margin:0;font-size:18px;color:#a04000;font-weight:600}
main{flex:1;display:flex;min-height:0}
#graph{flex:1;min-width:0;position:relative;background:#fff}
aside{width:440px;max-width:45vw;border-left:2px solid #d5d8dc;overflow-y:auto;padding:12px 18px}
aside h2{font-size:24px;margin:8px 0}
aside h2.turned{color:#c62828}
aside h3{font-size:20px;margin:16px 0 6px}
form .row{display:flex;gap:8px}
label.find{font-weight:600;display:block;margin-bottom:4px}
input[type=search]{flex:1;font-size:20px;padding:6px 8px;border:2px solid #566573;border-radius:6px}
button{font:inherit;font-size:18px;padding:6px 12px;border-radius:6px;border:2px solid #566573;
  background:#f4f6f6;cursor:pointer;text-align:left}
button.primary{background:#1f618d;color:#fff;border-color:#1f618d;margin-top:8px}
#search-status{min-height:1.3em;margin:4px 0 8px;font-size:18px;color:#1f618d}
#details{border-top:2px solid #d5d8dc;margin-top:6px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0;font-size:18px}
dt{color:#555}
dd{margin:0;overflow-wrap:anywhere}
.muted{color:#666}
.kind{margin:0 0 6px;font-size:18px}
.evidence{border-left:5px solid #1f618d;padding:4px 10px;margin:10px 0;background:#f8f9f9}
blockquote.quote{margin:4px 0;font-size:19px;font-style:italic;white-space:pre-wrap}
ul.links{list-style:none;padding:0;margin:0}
ul.links li{margin:4px 0}
ul.links button{width:100%;font-size:16px}
a.api-link{display:inline-block;margin:6px 0;font-size:18px}
#legend{border-top:2px solid #d5d8dc;margin-top:12px;font-size:17px}
#legend ul{list-style:none;padding:0;margin:4px 0}
#legend li{margin:3px 0}
#legend .kinds .swatch{font-size:22px;display:inline-block;width:28px;text-align:center}
#legend .rels .swatch{display:inline-block;width:40px;height:0;vertical-align:middle;
  margin-right:8px}
#legend .count{color:#666}
#legend h3{font-size:18px;margin:10px 0 2px}
#legend .groups .swatch{display:inline-block;width:26px;height:16px;border-radius:8px;
  margin-right:8px;vertical-align:middle;opacity:.4}
#legend details summary{cursor:pointer;color:#555}
#tooltip{position:fixed;z-index:10;max-width:360px;background:#fffef5;border:1px solid #7f8c8d;
  border-radius:6px;padding:8px 10px;font-size:17px;box-shadow:2px 2px 8px rgba(0,0,0,.25);
  pointer-events:none;white-space:normal}
#tooltip[hidden]{display:none}
body.deck header{padding:14px 28px}
body.deck header h1{font-size:44px}
body.deck header .subtitle{font-size:28px;color:#222;flex-basis:100%}
body.deck .deck-nav{margin:0 0 0 auto;font-size:22px;color:#555;order:-1;flex-basis:100%;
  text-align:right}
body.deck .deck-nav button{font-size:22px;padding:2px 14px}
body.deck aside{width:360px}
body.deck form .row{flex-wrap:wrap}
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator"
  content="coalition-graph (pyvis {{ pyvis_version }}, vis-network {{ vis_version }})">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>{{ page_css }}</style>
</head>
<body{% if deck %} class="deck"{% endif %}>
<header>
{%- if deck %}
<h1 id="deck-title">{{ title }}</h1>
<p id="deck-note" class="subtitle"></p>
<p class="deck-nav"><button id="deck-prev" type="button" aria-label="Previous view">&larr;</button>
<span id="deck-step"></span>
<button id="deck-next" type="button" aria-label="Next view">&rarr;</button></p>
{%- else %}
<h1>{{ title }}</h1>
{% if subtitle %}<p class="subtitle">{{ subtitle }}</p>{% endif %}
<p class="counts">{{ "{:,}".format(counts.nodes) }} nodes &middot;
{{ "{:,}".format(counts.edges) }} links
{%- if counts.drawnNodes < counts.nodes %} &middot;
{{ "{:,}".format(counts.nodes - counts.drawnNodes) }} behind &ldquo;+N more&rdquo;{% endif %}</p>
{% if truncated %}<p class="warning">The selection was cut at its size limit: narrow the
filters to see all of it.</p>{% endif %}
{%- endif %}
</header>
<main>
<div id="graph" role="img" aria-label="Network of {{ counts.nodes }} nodes; use the search box and
the list of links in the side panel to explore it without a mouse"></div>
<aside>
<form id="search-form" role="search">
<label class="find" for="search">Find a name, alias or acronym</label>
<div class="row">
<input id="search" type="search" list="search-names" autocomplete="off" placeholder="e.g. GCM">
<button type="submit">Find</button>
</div>
</form>
<datalist id="search-names"></datalist>
<p id="search-status" role="status" aria-live="polite"></p>
<section id="details" aria-live="polite"></section>
<section id="legend">
<h2>Legend</h2>
<ul class="kinds">
{%- for kind in legend.kinds if kind.count %}
<li class="kind-{{ kind.css }}" title="{{ kind.description }}"
  ><span class="swatch">{{ glyphs[kind.name] }}</span>{{ kind.label }}
  <span class="count">({{ kind.count }})</span></li>
{%- endfor %}
{%- if counts.drawnNodes < counts.nodes %}
<li class="kind-more"><span class="swatch">&#9634;</span>+N more (click to show them)</li>
{%- endif %}
</ul>
<ul class="rels">
{%- for rel in legend.relationships if rel.count %}
<li class="rel-{{ rel.css }}" title="{{ rel.description }}"
  ><span class="swatch"></span>{{ rel.label }} <span class="count">({{ rel.count }})</span></li>
{%- endfor %}
</ul>
<h3 id="groups-title" hidden>Groups (tinted areas)</h3>
<ul class="groups" id="groups"></ul>
{%- if plain_lines %}
<p class="muted">A big view: links are drawn as solid lines; colours still tell them apart.</p>
{%- endif %}
<details>
<summary>Kinds and links not in this view</summary>
<ul class="kinds">
{%- for kind in legend.kinds if not kind.count %}
<li class="kind-{{ kind.css }}" title="{{ kind.description }}"
  ><span class="swatch">{{ glyphs[kind.name] }}</span>{{ kind.label }}</li>
{%- endfor %}
</ul>
<ul class="rels">
{%- for rel in legend.relationships if not rel.count %}
<li class="rel-{{ rel.css }}" title="{{ rel.description }}"
  ><span class="swatch"></span>{{ rel.label }}</li>
{%- endfor %}
</ul>
</details>
</section>
</aside>
</main>
<div id="tooltip" hidden></div>
<script id="graph-data" type="application/json">{{ data_json }}</script>
<script>{{ vis_js }}</script>
<script>{{ page_js }}</script>
</body>
</html>
"""
