"""Confidence labels of the sources mapped to numbers in 0..1 (the table in docs/provenance.md).

The original label is always kept beside the number.
"""

from __future__ import annotations

# H: two or more independent sources agree, or a primary/official source.
# M: one credible source, or sources that differ slightly.  L: a single weak source, an inference.
LABELS: dict[str, float] = {
    "h": 0.9,
    "high": 0.9,
    "m-h": 0.8,
    "medium-high": 0.8,
    "m": 0.7,
    "medium": 0.7,
    "l-m": 0.55,
    "low-medium": 0.55,
    "l": 0.4,
    "low": 0.4,
    "unverified": 0.2,
}
DEFAULT = 0.5


def normalise_label(label: str) -> str:
    # Sources write "M\u2013H" (en dash), "M-H", "medium high", "H (date M: one source)".
    text = label.strip().lower().replace("\u2013", "-").replace("\u2014", "-").replace(" ", "-")
    return text.split("(")[0].strip("-")


def confidence_of(label: str | None) -> float:
    """The number for a label; unknown or empty labels get DEFAULT, never an error."""
    if not label:
        return DEFAULT
    return LABELS.get(normalise_label(label), DEFAULT)
