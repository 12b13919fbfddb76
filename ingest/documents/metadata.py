"""What a text says about itself: title, date, author and kind, read from its first lines.

Dates are read in English, Spanish and French ("December 5, 2018", "5 décembre 2018",
"10 de diciembre de 2018", "2018-12-10", "November 20th, 2014") and kept as precise as written
(YYYY-MM-DD, YYYY-MM or YYYY). Ambiguous numeric dates (03/04/2018) are not guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan enero ene janvier janv",
        "february feb febrero fevrier février fevr févr",
        "march mar marzo mars",
        "april apr abril avril avr",
        "may mayo mai",
        "june jun junio juin",
        "july jul julio juillet juil",
        "august aug agosto août aout",
        "september sep sept septiembre setiembre septembre",
        "october oct octubre octobre",
        "november nov noviembre novembre",
        "december dec diciembre dic décembre decembre déc",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)
_MONTH = r"(?P<month>[A-Za-zÀ-ÿ]{3,10})\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?"
_DATE_PATTERNS = [
    re.compile(rf"^{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)$"),
    re.compile(rf"^{_YEAR}/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)$"),
    re.compile(rf"^{_YEAR}-(?P<m>[01]\d)$"),
    re.compile(rf"^{_YEAR}$"),
    re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}$", re.IGNORECASE),  # December 5, 2018
    re.compile(rf"^{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}$", re.IGNORECASE),  # 5 December 2018
    re.compile(rf"^{_DAY}\s+de\s+{_MONTH}\s+(?:de(?:l)?\s+)?{_YEAR}$", re.IGNORECASE),  # ES
    re.compile(rf"^{_MONTH}\s+(?:de(?:l)?\s+)?{_YEAR}$", re.IGNORECASE),  # December 2018
    re.compile(rf"^(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./]{_YEAR}$"),  # only when unambiguous
]
_PREFIX = re.compile(
    rf"^(?:(?:published|posted|updated|date|dated|publicado|publié|publie|fecha|le|el)"
    rf"(?:\s+(?:on|el|le))?\s*:?\s*)?(?:(?:{_WEEKDAYS}),?\s+)?(?:(?:le|el)\s+)?",
    re.IGNORECASE,
)
# Somewhere inside a line: "December 5, 2018", "5 décembre 2018", "2018-12-10".
_DATE_IN_TEXT = re.compile(
    r"(?:(?:1[89]|20)\d\d-[01]\d-[0-3]\d)"
    r"|(?:[A-Za-zÀ-ÿ]{3,10}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d)"
    r"|(?:[0-3]?\d(?:er|º)?\s+(?:de\s+)?[A-Za-zÀ-ÿ]{3,10}\.?\s+(?:de(?:l)?\s+)?(?:1[89]|20)\d\d)",
)
# A dateline opening a paragraph: "CHICAGO—December 5, 2018—", "GENEVA, 5 December 2018 -".
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'\u2019. ]{1,40}(?:,\s*[A-Za-zÀ-ÿ.' ]{2,30})?)"
    r"\s*(?:[—\u2013-]{1,2}|,|\()\s*(?P<rest>.{6,60})"
)
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Pp]or|POR|[Pp]ar|PAR|[Aa]uthor|[Aa]utor|[Aa]uteur|[Aa]utora|[Aa]utrice)\s*:?\s+"
    r"(?P<name>[A-ZÀ-Ý][\w'\u2019.-]+(?:\s+(?:de|del|la|van|von|da|dos|le|du|[A-ZÀ-Ý][\w'\u2019.-]*)){1,5})"
    r"(?:\s*[,|(\u2013—-].*)?$",
)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_PRESS = re.compile(
    r"\b(?:for immediate release|press release|media release|news release|comunicado de prensa|"
    r"nota de prensa|communiqué de presse|communique de presse)\b",
    re.IGNORECASE,
)
_KINDS = (
    (re.compile(r"\b(?:statement|declaración|declaracion|déclaration|declaration)\b", re.I),
     "statement"),
    (re.compile(r"\b(?:open letter|public letter|letter|carta|lettre)\b", re.I), "letter"),
    (re.compile(r"\b(?:report|informe|rapport)\b", re.I), "report"),
    (re.compile(r"\b(?:background paper|briefing|concept note|note conceptuelle)\b", re.I),
     "background paper"),
)  # fmt: skip
HEADER_LINES = 15
_PARAGRAPH_CHARS = 80  # a line this long is body text, not part of the header


@dataclass(frozen=True)
class TextMeta:
    title: str | None
    date: str | None
    author: str | None
    url: str | None
    kind: str
    title_span: tuple[int, int] | None = None


def fold(text: str) -> str:
    """Lower case without accents, for comparing names of months and the like."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _month(name: str) -> int | None:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTHS.get(fold(name))


def _valid(year: int, month: int | None, day: int | None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    days = (31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31)  # fmt: skip
    if not 1 <= day <= days[month - 1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str) -> str | None:
    """A whole string read as a date: "YYYY-MM-DD", "YYYY-MM", "YYYY", or None."""
    value = " ".join(text.strip().strip(".,;:—\u2013-()[]").split())
    value = _PREFIX.sub("", value, count=1).strip()
    if not value or len(value) > 40:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(value)
        if match is None:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        if parts.get("m") is not None:
            month, day = int(parts["m"]), int(parts["d"]) if parts.get("d") else None
            if pattern is _DATE_PATTERNS[-1]:  # d/m/Y or m/d/Y: only when unambiguous
                first, second = int(parts["d"]), int(parts["m"])
                if first <= 12 and second <= 12 and first != second:
                    return None
                day, month = (first, second) if first > 12 or first == second else (second, first)
            return _valid(year, month, day)
        if parts.get("month") is not None:
            month_number = _month(parts["month"])
            if month_number is None:
                return None
            return _valid(year, month_number, int(parts["day"]) if parts.get("day") else None)
        return _valid(year, None, None)
    return None


def is_date_line(line: str) -> bool:
    return parse_date(line) is not None


def find_date(text: str) -> str | None:
    """The first full date written inside a piece of text."""
    for match in _DATE_IN_TEXT.finditer(text):
        parsed = parse_date(match.group(0))
        if parsed is not None:
            return parsed
    return None


def dateline_date(paragraph: str) -> str | None:
    """The date of a dateline opening a paragraph: "CHICAGO—December 5, 2018—..."."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    place = match.group("place").split(",")[0]
    letters = [ch for ch in place if ch.isalpha()]
    if len(letters) < 3 or any(ch.islower() for ch in letters):
        return None
    return find_date(match.group("rest"))


def byline(line: str) -> str | None:
    """The author of a "By Jane Doe, Senior Advisor" line (also Por / Par / Author:)."""
    stripped = " ".join(line.split())
    if len(stripped) > 120:
        return None
    match = _BYLINE.match(stripped)
    return match.group("name").strip() if match else None


def is_url(line: str) -> bool:
    return bool(_URL.match(line.strip()))


def document_kind(header: str, title: str | None) -> str:
    if _PRESS.search(header):
        return "press release"
    for pattern, kind in _KINDS:
        if title and pattern.search(title):
            return kind
    return "document"


def read_meta(text: str, start: int = 0, end: int | None = None) -> TextMeta:
    """Title, date, author, URL and kind of text[start:end], from its header lines.

    The header is everything before the first long paragraph (and at most HEADER_LINES lines):
    a URL line, date lines ("2018-12-10"), a byline ("By ..."), and the first title-like line as
    title. A dateline opening the first paragraphs ("CHICAGO—December 5, 2018—") gives the date
    when no date line does.
    """
    from ingest.documents.segments import is_title_like

    end = len(text) if end is None else end
    title = date = author = url = None
    title_span: tuple[int, int] | None = None
    header: list[str] = []
    seen = 0
    paragraphs = 0
    position = start
    for raw_line in text[start:end].split("\n"):
        line_start, position = position, position + len(raw_line) + 1
        line = raw_line.strip()
        if not line:
            continue
        seen += 1
        header.append(line)
        if url is None and is_url(line):
            url = line
        elif date is None and is_date_line(line):
            date = parse_date(line)
        elif author is None and byline(line):
            author = byline(line)
        elif title is None and is_title_like(line):
            title = line
            offset = raw_line.index(line)
            title_span = (line_start + offset, line_start + offset + len(line))
        elif len(line) >= _PARAGRAPH_CHARS:
            paragraphs += 1
            if date is None:
                date = dateline_date(line)
            if paragraphs >= 2:
                break
        if seen >= HEADER_LINES:
            break
    kind = document_kind("\n".join(header), title)
    return TextMeta(title, date, author, url, kind, title_span)
