"""A view as a vector picture (SVG), for slides and print: what the page drew, as the page drew it.

The page measures and places everything (fit, shapes, curves, labels where they collide with
nothing, leader lines, the legend); `window.coalitionGraph.picture()` returns that geometry in the
graph pane's pixels and this module writes it as SVG. Every text from the graph is escaped here
(XML), so a name holding markup stays text in the picture too. A PDF is the same SVGs printed by
Chromium, one view a page (visualizations.browser.write_pdf), so it stays vector as well.
"""

from __future__ import annotations

import math
from typing import Any
from xml.sax.saxutils import escape, quoteattr

FACE = "system-ui, 'DejaVu Sans', sans-serif"
HEADER = 96  # pixels above the graph: the title and the note
LEGEND = 380  # pixels to its right: the legend
LINE = 1.2  # line height of labels, as the page draws them


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _points(points: list[list[float]]) -> str:
    return " ".join(f"{_num(x)},{_num(y)}" for x, y in points)


def _polygon(x: float, y: float, r: float, corners: int, turn: float, inner: float = 1.0) -> str:
    points = []
    steps = corners * (2 if inner != 1.0 else 1)
    for i in range(steps):
        angle = turn + 2 * math.pi * i / steps
        radius = r if i % 2 == 0 or inner == 1.0 else r * inner
        points.append([x + radius * math.cos(angle), y + radius * math.sin(angle)])
    return _points(points)


def _shape(item: dict[str, Any]) -> str:
    x, y, r = float(item["x"]), float(item["y"]), max(2.0, float(item["r"]))
    paint = (
        f"fill={quoteattr(str(item['fill']))} stroke={quoteattr(str(item['stroke']))}"
        f' stroke-width="2"' + (' stroke-dasharray="5 3"' if item.get("dashed") else "")
    )
    shape = item.get("shape") or "dot"
    if shape == "square":
        side = _num(2 * r)
        return f'<rect x="{_num(x - r)}" y="{_num(y - r)}" width="{side}" height="{side}" {paint}/>'
    polygons = {
        "diamond": (4, -math.pi / 2, 1.0),
        "triangle": (3, -math.pi / 2, 1.0),
        "triangleDown": (3, math.pi / 2, 1.0),
        "hexagon": (6, 0.0, 1.0),
        "star": (5, -math.pi / 2, 0.45),
    }
    if shape in polygons:
        corners, turn, inner = polygons[shape]
        return f'<polygon points="{_polygon(x, y, r, corners, turn, inner)}" {paint}/>'
    return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}" {paint}/>'


def svg_picture(geometry: dict[str, Any], title: str, note: str = "") -> str:
    """One view as an SVG document: the title and note above, the graph, the legend beside."""
    width, height = float(geometry["width"]), float(geometry["height"])
    total_w, total_h = width + LEGEND, height + HEADER
    colours = sorted({str(line["color"]) for line in geometry["lines"]})
    marker_of = {c: f"arrow-{i}" for i, c in enumerate(colours)}
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(total_w)}" '
        f'height="{_num(total_h)}" viewBox="0 0 {_num(total_w)} {_num(total_h)}" '
        f"font-family={quoteattr(FACE)}>",
        f"<title>{escape(title)}</title>",
        "<defs>",
    ]
    for colour, marker in marker_of.items():
        out.append(
            f'<marker id="{marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" '
            f'markerHeight="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" '
            f"fill={quoteattr(colour)}/></marker>"
        )
    out.append("</defs>")
    out.append(f'<rect width="{_num(total_w)}" height="{_num(total_h)}" fill="#ffffff"/>')
    out.append(
        f'<text x="20" y="44" font-size="34" font-weight="700" fill="#111111">'
        f"{escape(title)}</text>"
    )
    if note:
        out.append(f'<text x="20" y="80" font-size="22" fill="#333333">{escape(note)}</text>')
    out.append(f'<g transform="translate(0,{HEADER})">')
    out.append(f'<rect width="{_num(width)}" height="{_num(height)}" fill="#ffffff"/>')
    for group in geometry.get("groups") or []:  # the tinted areas: opaque circles, one opacity
        circles = "".join(
            f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}"/>' for x, y, r in group["patches"]
        )
        out.append(f'<g fill={quoteattr(str(group["colour"]))} opacity="0.1">{circles}</g>')
    for line in geometry["lines"]:
        points = line["points"]
        if len(points) < 2:
            continue
        dashes = " ".join(_num(d) for d in line.get("dashes") or [])
        out.append(
            f'<polyline points="{_points(points)}" fill="none" '
            f'stroke={quoteattr(str(line["color"]))} stroke-width="{_num(line["width"])}"'
            + (f' stroke-dasharray="{dashes}"' if dashes else "")
            + f' marker-end="url(#{marker_of[str(line["color"])]})"/>'
        )
    out.extend(_shape(item) for item in geometry["shapes"])
    for label in geometry["labels"]:
        if label.get("leader"):
            x0, y0, x1, y1 = label["leader"]
            out.append(
                f'<line x1="{_num(x0)}" y1="{_num(y0)}" x2="{_num(x1)}" y2="{_num(y1)}" '
                'stroke="#505050" stroke-width="1.5"/>'
            )
        px = float(label["px"])
        rows = str(label["text"]).split("\n")
        widths = label.get("widths") or [label["w"]] * len(rows)
        for i, (row, row_w) in enumerate(zip(rows, widths, strict=False)):
            x = float(label["x"]) + (float(label["w"]) - float(row_w)) / 2
            y = float(label["y"]) + i * px * LINE + (LINE - 1) * px / 2 + px * 0.8
            out.append(
                f'<text x="{_num(x)}" y="{_num(y)}" font-size="{_num(px)}" font-weight="600" '
                f'fill={quoteattr(str(label.get("color") or "#111111"))} stroke="#ffffff" '
                f'stroke-width="{_num(max(4.0, px * 0.3))}" stroke-linejoin="round" '
                f'paint-order="stroke">{escape(row)}</text>'
            )
    out.append("</g>")
    out.extend(_legend(geometry.get("legend") or {}, width + 20))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _legend(legend: dict[str, list[dict[str, Any]]], x: float) -> list[str]:
    out = [
        f'<g transform="translate({_num(x)},{HEADER + 10})">',
        '<text x="0" y="24" font-size="24" font-weight="700" fill="#111111">Legend</text>',
    ]
    y = 58.0
    for row in legend.get("kinds", []):
        out.append(
            f'<text x="0" y="{_num(y)}" font-size="22" fill={quoteattr(str(row["color"]))}>'
            f"{escape(str(row['glyph']).strip())}</text>"
            f'<text x="32" y="{_num(y)}" font-size="18" fill="#111111">'
            f"{escape(str(row['text']).removeprefix(str(row['glyph']).strip()).strip())}</text>"
        )
        y += 27
    y += 8
    for row in legend.get("links", []):
        style = str(row.get("line") or "solid")
        dash = {"dashed": ' stroke-dasharray="8 5"', "dotted": ' stroke-dasharray="2 4"'}
        out.append(
            f'<line x1="0" y1="{_num(y - 6)}" x2="40" y2="{_num(y - 6)}" '
            f"stroke={quoteattr(str(row['color']))} "
            f'stroke-width="{_num(max(2.0, float(row.get("width") or 2)))}"'
            f"{dash.get(style, '')}/>"
            f'<text x="50" y="{_num(y)}" font-size="18" fill="#111111">'
            f"{escape(str(row['text']))}</text>"
        )
        y += 25
    groups = legend.get("groups", [])
    if groups:
        y += 10
        out.append(
            f'<text x="0" y="{_num(y)}" font-size="18" font-weight="700" fill="#111111">'
            "Groups (tinted areas)</text>"
        )
        y += 27
    for row in groups:
        out.append(
            f'<rect x="0" y="{_num(y - 15)}" width="26" height="16" rx="8" '
            f'fill={quoteattr(str(row.get("fill") or "#cccccc"))} opacity="0.4"/>'
            f'<text x="36" y="{_num(y)}" font-size="18" fill="#111111">'
            f"{escape(str(row['text']))}</text>"
        )
        y += 25
    out.append("</g>")
    return out
