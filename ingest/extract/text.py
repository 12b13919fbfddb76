"""Text helpers whose offsets never drift: folding and units (sentences, list lines).

`fold` maps every character to exactly one character (lower case, accents stripped,
typographic quotes, dashes and non-breaking spaces made plain), so an index into the folded
text is the same index into the original. Everything is matched on the folded text and quoted
from the original, which is never normalised.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import add

_SPECIAL = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": " ",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u0130": "i", "\u00df": "s", "\u00e6": "a", "\u00c6": "a", "\u0153": "o", "\u0152": "o",
    "\u00f8": "o", "\u00d8": "o", "\u0142": "l", "\u0141": "l", "\u0111": "d", "\u0110": "d",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    base = unicodedata.normalize("NFD", ch)[0].lower()
    # One character in, one character out: that is what keeps the offsets exact.
    return base[0] if base else " "


def _table() -> dict[int, str]:
    return {i: _fold_char(chr(i)) for i in range(0x80, 0x2100)} | {
        ord(k): v for k, v in _SPECIAL.items()
    }


_TABLE = _table()


# What the table changes: every non-ASCII character, and the tab and backquote of _SPECIAL.
_TO_TRANSLATE = re.compile(r"[^\x00-\x08\x0a-\x5f\x61-\x7f]+")


def _translate(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)


def fold(text: str) -> str:
    """Lower-case, accent-free text of the same length (index i in one is index i in the other).
    Only the runs of characters the table changes are translated (str.translate with a dict
    looks up every character, ASCII included); the rest is lower-cased as it is."""
    if text.isascii() and "\t" not in text and "`" not in text:
        return text.lower()
    folded = _TO_TRANSLATE.sub(_translate, text).lower()
    if len(folded) != len(text):  # a character lower() expands: go one by one
        folded = "".join(_fold_char(c) for c in text)
    return folded


# The last document folded whole: fold_slice() of any span of it is a slice, not a new fold.
# A (text, folded) pair assigned at once; the identity check keeps it right for any other text.
_LAST: tuple[str, str] = ("", "")


def fold_document(text: str) -> str:
    """fold(text), kept so that fold_slice(text, start, end) of spans of it costs a slice."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    folded = fold(text)
    _LAST = (text, folded)
    return folded


def fold_slice(text: str, start: int, end: int) -> str:
    """fold(text[start:end]), sliced from the document's fold when text is that document."""
    last = _LAST
    if last[0] is text:
        return last[1][start:end]
    return fold(text[start:end])


TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")  # a word, or one other visible character
_START = re.Match.start
_GROUP = re.Match.group
Tokens = tuple[list[str], Sequence[int], Sequence[int]]  # words, their starts, their ends
_LAST_TOKENS: tuple[str, Tokens] = ("", ([], [], []))


def document_tokens(text: str) -> Tokens:
    """The tokens of fold_document(text) (TOKEN) with their start and end offsets, found once
    per document (in C: no Python frame per token)."""
    global _LAST_TOKENS
    last = _LAST_TOKENS
    if last[0] is text:
        return last[1]
    folded = fold_document(text)
    # one string per distinct word and 32-bit machine integers for the offsets (a document is
    # far below 2**31 characters): a large text's tokens cost a few bytes each, not an object
    words = list(map(sys.intern, map(_GROUP, TOKEN.finditer(folded))))
    starts = array("i", map(_START, TOKEN.finditer(folded)))
    tokens = (words, starts, array("i", map(add, starts, map(len, words))))
    _LAST_TOKENS = (text, tokens)
    return tokens


@lru_cache(maxsize=8192)
def strip_accents(text: str) -> str:
    """Accents and typographic marks made plain, case kept (for case-sensitive acronyms)."""
    out = []
    for ch in text:
        folded = _fold_char(ch)
        out.append(folded.upper() if ch.isupper() else folded)
    return "".join(out)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:80] or "x"


@dataclass(frozen=True)
class Unit:
    """A sentence, a list line or a heading: what a relation quotes."""

    start: int
    end: int
    kind: str  # sentence | line | heading
    paragraph: int  # index of the block of lines (blank lines separate blocks)
    line: int  # index of the line the unit starts on


_BULLET = re.compile(
    r"[ \t\u00a0]*(?:[\u2022\u25cf\u25aa\u2023\u2043*·-]|\d{1,2}[.)]|[a-z][.)])[ \t\u00a0]+"
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|Nos|Sr|Sra|Sres|Mme|Mlle|Me|Jr|vs|etc|al|Inc|Ltd|Co|Art|"
    r"Para|para|p|pp|ca|approx|Gen|Gov|Sen|Rep|Hon|Amb|cf|e\.g|i\.e|U\.S|U\.N|H\.E|S\.E)"
    r"|\b[A-Z])\.$"
)
_SENT_END = re.compile(r"[.!?…]+[\"”\u2019»)\]]*(?=\s+[\"“\u2018«(\[¿¡]*[A-ZÀ-ÖØ-Þ0-9])")


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for match in _SENT_END.finditer(text, start, end):
        stop = match.end()
        if _ABBREV.search(text, max(cursor, stop - 8), stop):
            continue
        spans.append((cursor, stop))
        cursor = stop
    spans.append((cursor, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def units(text: str, start: int = 0, end: int | None = None) -> list[Unit]:
    """Sentences of paragraphs, and each list line or short heading as a unit of its own."""
    end = len(text) if end is None else end
    out: list[Unit] = []
    paragraph, line_no, pos = 0, 0, start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        raw_start, raw_end = _trim(text, pos, line_end)
        if raw_start == raw_end:
            paragraph += 1
        else:
            bullet = _BULLET.match(text, raw_start, raw_end)
            body_start = bullet.end() if bullet else raw_start
            long_line = raw_end - raw_start > 160 or _SENT_END.search(text, raw_start, raw_end)
            if bullet or not long_line:
                is_heading = not bullet and text[raw_end - 1] not in ".;,:"
                kind = "line" if bullet or not is_heading else "heading"
                if bullet and (raw_end - body_start) > 200:
                    for s, e in _split_sentences(text, body_start, raw_end):
                        s, e = _trim(text, s, e)
                        if s < e:
                            out.append(Unit(s, e, "line", paragraph, line_no))
                else:
                    out.append(Unit(body_start, raw_end, kind, paragraph, line_no))
            else:
                for s, e in _split_sentences(text, raw_start, raw_end):
                    s, e = _trim(text, s, e)
                    if s < e:
                        out.append(Unit(s, e, "sentence", paragraph, line_no))
        line_no += 1
        pos = line_end + 1
    return out
