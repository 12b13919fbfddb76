"""Document symbols no list knows: "A/73/L.99", "A/RES/73/195", "E/CN.6/2019/L.3". The United
Nations and similar bodies name their texts by a series letter and slash-separated parts; a
sentence that votes on or adopts such a text names it by that symbol alone."""

from __future__ import annotations

import re

from ingest.extract.candidates import Spans
from ingest.extract.resolve import Ent, candidate

# a series (capitals), then two or more parts, at least one holding a digit: "A/73/L.99"
_SYMBOL = re.compile(
    r"(?<![\w/])[A-Z]{1,6}(?:\.\d+)?(?:/(?:[A-Z]{1,6}(?:\.\d+)?|\d+(?:\.\d+)?|[A-Z]\.\d+)){2,}"
    r"(?:/(?:Rev|Add|Corr)\.\d+)*(?![\w/])"
)


def document_symbols(text: str, start: int, end: int, taken: Spans) -> list[Ent]:
    """A Document candidate for each symbol in text[start:end] that no known name covers."""
    out: list[Ent] = []
    for m in _SYMBOL.finditer(text, start, end):
        if not any(c.isdigit() for c in m.group()) or taken.overlaps(m.start(), m.end()):
            continue
        out.append(candidate(m.start(), m.end(), m.group(), m.group(), "Document", 0.7))
    return out
