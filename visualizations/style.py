"""How each kind of node and each relationship type looks, and the legend built from the model.

Colour carries the kind; shape repeats it for people who cannot tell the colours apart. Labels and
relationship types come from graph/model.yaml (graph.model.load_model), so a new label or type
shows up in the legend with a neutral style until it is given one here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from graph.model import load_model


@dataclass(frozen=True)
class NodeStyle:
    color: str
    shape: str  # a vis-network shape whose label sits outside the shape
    glyph: str  # the same shape as a character, for the legend
    size: int = 22


@dataclass(frozen=True)
class EdgeStyle:
    color: str
    dashes: tuple[int, ...] = ()  # () is a solid line
    width: float = 2.0


NODE_STYLES: dict[str, NodeStyle] = {
    "Coalition": NodeStyle("#c0392b", "hexagon", "\u2b22", 30),
    "Organization": NodeStyle("#1f77b4", "dot", "\u25cf", 22),
    "Government": NodeStyle("#2e7d32", "square", "\u25a0", 18),
    "IntergovernmentalBody": NodeStyle("#6a3d9a", "diamond", "\u25c6", 24),
    "Person": NodeStyle("#e67e22", "triangle", "\u25b2", 18),
    "Document": NodeStyle("#5d6d7e", "triangleDown", "\u25bc", 20),
    "Event": NodeStyle("#b7950b", "star", "\u2605", 22),
    "Process": NodeStyle("#00838f", "diamond", "\u25c6", 30),
    "Position": NodeStyle("#ad1457", "dot", "\u25c9", 20),
    "Place": NodeStyle("#7f8c8d", "dot", "\u2022", 14),
}
DEFAULT_NODE = NodeStyle("#95a5a6", "dot", "\u25cf", 18)
MORE_NODE = NodeStyle("#ecf0f1", "square", "+", 20)

_SOLID, _DASHED, _DOTTED = (), (10, 8), (3, 7)
EDGE_STYLES: dict[str, EdgeStyle] = {
    "MEMBER_OF": EdgeStyle("#1f77b4", _SOLID, 3),
    "HOSTS_SECRETARIAT": EdgeStyle("#0b3c5d", _SOLID, 4),
    "AFFILIATED_WITH": EdgeStyle("#e67e22", _DASHED, 2.5),
    "AUTHORED": EdgeStyle("#34495e", _SOLID, 3),
    "SIGNED": EdgeStyle("#27ae60", _SOLID, 3),
    "ENDORSED": EdgeStyle("#27ae60", _DASHED, 3),
    "CO_SPONSORED": EdgeStyle("#27ae60", _DOTTED, 3),
    "ORGANIZED": EdgeStyle("#b7950b", _SOLID, 3),
    "HOSTED": EdgeStyle("#b7950b", _DASHED, 3),
    "PARTICIPATED_IN": EdgeStyle("#7f8c8d", _DOTTED, 2.5),
    "SPOKE_AT": EdgeStyle("#d35400", _DOTTED, 2.5),
    "WITHDREW_FROM": EdgeStyle("#c0392b", _SOLID, 4),
    "DECLINED_TO_ATTEND": EdgeStyle("#c0392b", _DASHED, 3),
    "DEFERRED_DECISION_ON": EdgeStyle("#c0392b", _DOTTED, 3),
    "VOTED": EdgeStyle("#6a3d9a", _SOLID, 1.5),
    "ADOPTED": EdgeStyle("#6a3d9a", _DASHED, 3),
    "ADVOCATES": EdgeStyle("#ad1457", _SOLID, 2.5),
    "PART_OF": EdgeStyle("#00838f", _DASHED, 3),
    "PARTNERED_WITH": EdgeStyle("#16a085", _SOLID, 3),
    "MENTIONS": EdgeStyle("#aab7b8", _DOTTED, 1.5),
    "FORMERLY_KNOWN_AS": EdgeStyle("#95a5a6", _DASHED, 2),
}
DEFAULT_EDGE = EdgeStyle("#95a5a6", _SOLID, 2)
MORE_EDGE = EdgeStyle("#95a5a6", _DASHED, 2)
_LONG_DASH = (16, 8)


@dataclass(frozen=True)
class Variant:
    """A relationship whose property turns its meaning: "against" is not "for"."""

    rel_type: str
    key: str
    value: str
    verb: str  # the word on the line, in the panel headline and in the legend
    style: EdgeStyle
    tagged: bool = True  # the verb is written on the line itself


# Looked up by (type, property, value); the plain type keeps its EDGE_STYLES look.
_VARIANT_LIST = [
    Variant("ADVOCATES", "stance", "against", "opposes", EdgeStyle("#c62828", _LONG_DASH, 4)),
    Variant("VOTED", "vote", "no", "voted no", EdgeStyle("#c62828", _LONG_DASH, 3)),
    Variant("VOTED", "vote", "abstain", "abstained", EdgeStyle("#7f8c8d", _DOTTED, 2.5), False),
    Variant("VOTED", "vote", "absent", "absent", EdgeStyle("#bdc3c7", _DOTTED, 2), False),
]
VARIANTS = {(v.rel_type, v.key, v.value): v for v in _VARIANT_LIST}


def variant_of(rel_type: str, props: dict[str, object]) -> Variant | None:
    for (kind, key, value), variant in VARIANTS.items():
        found = props.get(key)
        if kind == rel_type and isinstance(found, str) and found.strip().lower() == value:
            return variant
    return None


def variant_name(variant: Variant) -> str:
    """ADVOCATES:against: the legend's and the CSS class's name for a variant."""
    return f"{variant.rel_type}:{variant.value}"


_CSS_NAME = re.compile(r"[^A-Za-z0-9_-]")


def node_style(kind: str) -> NodeStyle:
    return NODE_STYLES.get(kind, DEFAULT_NODE)


def edge_style(rel_type: str) -> EdgeStyle:
    """The look of a type, or of a variant named "TYPE:value" (ADVOCATES:against)."""
    if ":" in rel_type:
        kind, value = rel_type.split(":", 1)
        for variant in _VARIANT_LIST:
            if variant.rel_type == kind and variant.value == value:
                return variant.style
    return EDGE_STYLES.get(rel_type, DEFAULT_EDGE)


def css_name(name: str) -> str:
    """A name safe to use inside a CSS class (model names already are; others are cleaned)."""
    return _CSS_NAME.sub("_", name)


def readable(name: str) -> str:
    """MEMBER_OF -> member of; IntergovernmentalBody -> intergovernmental body;
    ADVOCATES:against -> opposes."""
    if ":" in name:
        kind, value = name.split(":", 1)
        for variant in _VARIANT_LIST:
            if variant.rel_type == kind and variant.value == value:
                return variant.verb
    if "_" in name or name.isupper():
        return name.replace("_", " ").lower()
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


@dataclass(frozen=True)
class LegendEntry:
    name: str
    label: str
    description: str
    count: int
    css: str


@dataclass(frozen=True)
class Legend:
    kinds: list[LegendEntry]
    relationships: list[LegendEntry]


def legend(kind_counts: Counter[str], type_counts: Counter[str]) -> Legend:
    """Every label and relationship type of the model (present ones first), plus unknown ones."""
    model = load_model()
    kinds = [(n, label.description) for n, label in model.labels.items()]
    kinds += [(n, "") for n in sorted(kind_counts) if n not in model.labels]
    types: list[tuple[str, str]] = []
    for n in model.relationships:
        types.append((n, _ends(n)))
        types += [
            (variant_name(v), f"{readable(n)}, {v.key} {v.value}")
            for v in _VARIANT_LIST
            if v.rel_type == n
        ]
    known = {name for name, _ in types}
    types += [(n, "") for n in sorted(type_counts) if n not in known]

    def entries(items: list[tuple[str, str]], counts: Counter[str]) -> list[LegendEntry]:
        made = [LegendEntry(n, readable(n), d, counts.get(n, 0), css_name(n)) for n, d in items]
        return sorted(made, key=lambda e: e.count == 0)  # stable: model order within each part

    return Legend(entries(kinds, kind_counts), entries(types, type_counts))


def _ends(rel_type: str) -> str:
    rel = load_model().relationships[rel_type]
    return f"{' / '.join(rel.sources)} \u2192 {' / '.join(rel.targets)}"


def legend_css(shown: Legend) -> str:
    """CSS classes for the legend swatches (no inline style attributes: the page's CSP)."""
    rules = []
    for kind in shown.kinds:
        rules.append(f".kind-{kind.css} .swatch{{color:{node_style(kind.name).color}}}")
    for rel in shown.relationships:
        style = edge_style(rel.name)
        line = "dotted" if style.dashes == _DOTTED else "dashed" if style.dashes else "solid"
        width = max(2, round(style.width))
        rules.append(f".rel-{rel.css} .swatch{{border-top:{width}px {line} {style.color}}}")
    return "\n".join(rules)
