"""One text -> its documents: the whole text, or one segment per post of a page that holds several.

Lines are classified as headings (short, title-like, on their own), date lines, bylines and body.
A heading starts a post when it is followed by body text; the short lines right under it (a
subtitle, a caption, a date, a byline) belong to it. Inside a post, a heading is only a section
of it when
- it is in sentence case on a page whose headings are mostly in title case ("OHCHR launches
  the Guidelines" under "Report - Advancing Human Rights at International Borders"), or
- an earlier heading of the post introduced sections ("Highlights from Lima" followed directly by
  "Rights of Nature Tribunal"): then only a strong sign starts the next post.
Strong signs: a date line or byline under the heading, or two or more blank lines before it.

A text is split only when it reads as a page of posts: at least MIN_POSTS posts, at least two of
them with a strong sign. An article with section headings ("Who Are We?", "Global Activism")
stays one document. Each post's title is its heading; its date is its date line (or a dateline
in its first paragraph); its author its byline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.documents.metadata import byline, dateline_date, is_date_line, is_url, parse_date
from ingest.extract.types import DocumentSegment

MIN_POSTS = 3
MIN_STRONG = 2
MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 24
_TITLE_CASE_SHARE = 0.75
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "for",
        "on",
        "in",
        "at",
        "to",
        "by",
        "with",
        "from",
        "as",
        "into",
        "onto",
        "upon",
        "over",
        "under",
        "during",
        "after",
        "before",
        "about",
        "against",
        "between",
        "through",
        "via",
        "per",
        "vs",
        "is",
        "are",
        "was",
        "be",
        "its",
        "it",
        "de",
        "del",
        "la",
        "las",
        "el",
        "los",
        "y",
        "e",
        "o",
        "u",
        "en",
        "con",
        "por",
        "para",
        "al",
        "un",
        "una",
        "du",
        "des",
        "le",
        "les",
        "et",
        "ou",
        "à",
        "au",
        "aux",
        "dans",
        "sur",
        "pour",
        "par",
        "avec",
        "sans",
        "sous",
        "entre",
    ]
)
_BULLET = re.compile(r"^(?:[•●◦▪■\-*\u2013—]\s|\d{1,3}[.)]\s|[a-z][.)]\s)")
_TABULAR = re.compile(r"\S\s{3,}\S")
_LEADING = re.compile(r"^[\"'\u201c\u2018«¿¡(#\[]*[A-ZÀ-Ý0-9]")

Detect = Callable[[str], str | None]


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # of the stripped text
    text: str  # stripped
    blanks_before: int
    kind: str  # heading | date | byline | meta (a URL) | body


def is_title_like(line: str) -> bool:
    """A line that can be a title: short, starts like a title, does not end like a sentence."""
    text = line.strip()
    if not 3 <= len(text) <= MAX_TITLE_CHARS or len(text.split()) > MAX_TITLE_WORDS:
        return False
    if text[-1] in ".,;:" or text.endswith("...") or _BULLET.match(text):
        return False
    if _TABULAR.search(text) or is_url(text) or not any(ch.isalpha() for ch in text):
        return False
    return bool(_LEADING.match(text))


def is_title_case(line: str) -> bool:
    """Most words that are not small words begin with a capital (or a digit, #, @)."""
    words = [w.strip("\"'\u201c\u201d\u2018\u2019«»()[]:,;!?\u2013—-") for w in line.split()]
    words = [w for w in words if w and any(ch.isalpha() for ch in w)]
    significant = [w for w in words[1:] if w.lower() not in _SMALL_WORDS]
    if not significant:
        return True
    capital = sum(1 for w in significant if not w.lstrip("#@")[:1].islower())
    return capital / len(significant) >= _TITLE_CASE_SHARE


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    lines: list[Line] = []
    blanks = 0
    position = start
    for raw in text[start:end].split("\n"):
        line_start, position = position, position + len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            blanks += 1
            continue
        first = line_start + raw.index(stripped)
        if is_url(stripped):
            kind = "meta"
        elif is_date_line(stripped):
            kind = "date"
        elif byline(stripped):
            kind = "byline"
        elif is_title_like(stripped):
            kind = "heading"
        else:
            kind = "body"
        lines.append(Line(first, first + len(stripped), stripped, blanks, kind))
        blanks = 0
    # A heading stands alone: a title-like line that continues a paragraph is body text, and
    # so is the first line of a hard-wrapped paragraph (about as long as the line under it).
    result: list[Line] = []
    for i, line in enumerate(lines):
        if line.kind == "heading":
            before = lines[i - 1] if i else None
            after = lines[i + 1] if i + 1 < len(lines) else None
            continues = before is not None and line.blanks_before == 0 and before.kind == "body"
            wrapped = (
                after is not None
                and after.blanks_before == 0
                and after.kind == "body"
                and (after.text[:1].islower() or len(line.text) >= 0.75 * len(after.text))
            )
            if continues or wrapped:
                line = Line(line.start, line.end, line.text, line.blanks_before, "body")
        result.append(line)
    return result


@dataclass
class _Post:
    start: int
    heading: Line
    strong: bool
    has_body: bool = False


def _dek(lines: list[Line], i: int) -> tuple[list[Line], int]:
    """The short lines right under heading i (subtitle, caption, date, byline), and the index
    of the first line after them. Two blank lines end a dek."""
    dek: list[Line] = []
    j = i + 1
    while (
        j < len(lines)
        and lines[j].kind != "body"
        and lines[j].blanks_before < 2
        and len(dek) < 4
        and not _dates_next_heading(lines, j)
    ):
        dek.append(lines[j])
        j += 1
    return dek, j


def _dates_next_heading(lines: list[Line], j: int) -> bool:
    """A date (or byline) line set right above a heading belongs to that heading."""
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    return (
        lines[j].kind in ("date", "byline")
        and nxt is not None
        and nxt.kind == "heading"
        and nxt.blanks_before == 0
    )


def _find_posts(lines: list[Line]) -> list[_Post]:
    headings = [line for line in lines if line.kind == "heading"]
    title_case = sum(1 for h in headings if is_title_case(h.text))
    mostly_title_case = len(headings) >= MIN_POSTS and title_case / len(headings) >= 2 / 3
    posts: list[_Post] = []
    current: _Post | None = None
    sections = False  # the current post has introduced sections
    previous_text = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind != "heading" or line.text == previous_text:
            if line.kind == "body" and current is not None:
                current.has_body = True
            previous_text = line.text
            i += 1
            continue
        dek, after = _dek(lines, i)
        followed_by_body = after < len(lines) and lines[after].kind == "body"
        before = lines[i - 1] if i else None
        dated_above = (
            before is not None and before.kind in ("date", "byline") and line.blanks_before < 2
        )
        dated = dated_above or any(d.kind in ("date", "byline") for d in dek)
        separated = line.blanks_before >= 2 and current is not None and current.has_body
        strong = dated or separated
        if i == 0 and dek and dek[0].kind == "heading" and not dated:
            # A heading right over another one at the very top: the page's own title.
            previous_text = line.text
            i += 1
            continue
        if current is None:
            starts_post = followed_by_body or dated
        elif strong:
            starts_post = True
        elif not current.has_body or sections:
            starts_post = False
        elif dek and dek[0].kind == "heading" and dek[0].text != line.text:
            # A heading directly over another heading: it introduces sections of this post.
            sections = True
            starts_post = False
        elif mostly_title_case and not is_title_case(line.text):
            starts_post = False
        else:
            starts_post = followed_by_body
        if starts_post:
            start = before.start if dated_above and before is not None else line.start
            current = _Post(start, line, strong)
            posts.append(current)
            sections = False
            previous_text = (dek[-1] if dek else line).text
            i = after
            continue
        previous_text = line.text
        i += 1
    return [post for post in posts if post.has_body]


def split_posts(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Post boundaries in text[start:end] when it reads as a page of posts, else []."""
    end = len(text) if end is None else end
    posts = _find_posts(lines_of(text, start, end))
    if len(posts) < MIN_POSTS or sum(1 for p in posts if p.strong) < MIN_STRONG:
        return []
    starts = [post.start for post in posts]
    return [(s, e) for s, e in zip(starts, [*starts[1:], end], strict=True)]


def post_segment(text: str, start: int, end: int, detect: Detect) -> DocumentSegment:
    """A post's title (its first line), date (date line or dateline) and author (byline)."""
    lines = lines_of(text, start, end)
    title = next((line.text for line in lines[:3] if line.kind == "heading"), None)
    date = author = None
    for line in lines[:6]:
        if line.kind == "date" and date is None:
            date = parse_date(line.text)
        elif line.kind == "byline" and author is None:
            author = byline(line.text)
        elif line.kind == "body":
            if date is None:
                date = dateline_date(line.text)
            break
    return DocumentSegment(
        title=title,
        date=date,
        language=detect(text[start:end]),
        start=start,
        end=_trimmed_end(text, start, end),
        author=author,
    )


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
