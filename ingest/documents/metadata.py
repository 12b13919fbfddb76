"""What a text says about itself: title, date, author and kind, read from its first lines; and,
for a text with no title line, a title derived from its URL's slug or its first sentence.

Dates are read in English, Spanish and French ("December 5, 2018", "5 décembre 2018",
"10 de diciembre de 2018", "2018-12-10", "November 20th, 2014") and kept as precise as written
(YYYY-MM-DD, YYYY-MM or YYYY). Ambiguous numeric dates (03/04/2018) are not guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

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


# --- a title for a text that has no title line ------------------------------------------------

DERIVED_TITLE_CHARS = 120  # longer first sentences are cut at a clause or a word, with "…"
TITLE_WINDOW = 20_000  # characters at the top of a text a derived title is looked for in
_SLUG_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jspx?|cfm|txt|pdf)$", re.IGNORECASE)
_SLUG_SEPARATORS = re.compile(r"[-_+.\s]+")
_ID_LIKE = re.compile(r"^(?:\d+|[0-9a-f]{8,}|(?=.*\d)[0-9a-z]{12,})$", re.IGNORECASE)
_TOKEN = re.compile(r"\w+")
# A sentence ends at . ! ? (a closing quote may follow) before a capital, a quote or a digit,
# unless the word before the full stop is an abbreviation or an initial ("Dr.", "U.S.", "J.").
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019»)]*(?=\s+[\"'\u201c\u2018«(¿¡]*[A-ZÀ-Ý0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-ZÀ-Ý]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|Sr|Sra|Mme|Mgr|Prof|Gen|"
    r"Gov|Sen|Rep|Jr|No|Nr|Art|Núm|núm|vs|etc|approx|p|pp|cf|ca|Ste|Vol|Inc|Ltd|Co|Av))$"
)
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:]|\s[\u2013\u2014-])\s")


def derived_title(
    text: str, url: str | None = None, start: int = 0, end: int | None = None
) -> str | None:
    """A title for text[start:end] when it has no title line: the words of its URL's slug (the
    publisher's own name for the page, "jair-bolsonaro-retira-brasil-pacto-migratorio"), written
    as the text writes them (capitals, accents, apostrophes), else its first sentence, cut at a
    clause or a word past DERIVED_TITLE_CHARS. None for a text with neither. Only the first
    TITLE_WINDOW characters are read."""
    stop = len(text) if end is None else end
    body = text[start : min(stop, start + TITLE_WINDOW)]  # a large text is not read whole
    words = slug_words(url) if url else []
    if words:
        return _as_in_text(words, body)
    sentence = first_sentence(body)
    return _shortened(sentence) if sentence else None


def slug_words(url: str) -> list[str]:
    """The words of the last path segment of `url` that reads as a slug (three words or more,
    two of them of three letters at least; an id, a number or a file name is no slug)."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return []
    for segment in reversed([s for s in unquote(path).split("/") if s]):
        words = [w for w in _SLUG_SEPARATORS.split(_SLUG_EXTENSION.sub("", segment)) if w]
        if len(words) <= 1 and (not words or _ID_LIKE.match(words[0])):
            continue  # a trailing id or number: the slug may be the segment before
        if len(words) >= 3 and sum(1 for w in words if w.isalpha() and len(w) >= 3) >= 2:
            return [] if any(_ID_LIKE.match(w) and not w.isdigit() for w in words) else words
        return []
    return []


def _as_in_text(words: list[str], body: str) -> str:
    """Slug words as the text writes them: the text's own run of those words when it has one
    (punctuation and all; a word or two at either end of the slug that the text lacks, such as
    "detail_", left out), else each word in its most frequent written form."""
    # URL lines hold the slug itself: they are no writing of its words.
    body = "\n".join(" " * len(line) if is_url(line) else line for line in body.split("\n"))
    tokens = list(_TOKEN.finditer(body))
    folded = [fold(t.group(0)) for t in tokens]
    wanted = [fold(w) for w in words]
    spans = sorted(
        ((a, len(wanted) - b) for a in range(3) for b in range(3) if len(wanted) - a - b >= 3),
        key=lambda span: span[0] - span[1],
    )
    for first, stop in spans:
        part = wanted[first:stop]
        for i in range(len(tokens) - len(part) + 1):
            if folded[i] == part[0] and folded[i : i + len(part)] == part:
                run = body[tokens[i].start() : tokens[i + len(part) - 1].end()]
                return _capitalized(" ".join(run.split()))
    forms: dict[str, Counter[str]] = {}
    for token, key in zip(tokens, folded, strict=True):
        written = token.group(0)
        if not (written.isupper() and len(written) > 4):  # "NO AL PACTO": shouting, no form
            forms.setdefault(key, Counter())[written] += 1
    out = [forms[w].most_common(1)[0][0] if w in forms else w for w in wanted]
    return _capitalized(" ".join(out))


def _capitalized(title: str) -> str:
    return title[:1].upper() + title[1:]


def first_sentence(body: str) -> str | None:
    """The first sentence of the body: header lines (URL, date, byline, a short line) skipped,
    a dateline ("CHICAGO—December 5, 2018—") left out."""
    for raw_line in body.split("\n"):
        line = " ".join(raw_line.split())
        if not line or is_url(line) or is_date_line(line) or byline(line):
            continue
        if dateline_date(line):
            line = _after_dateline(line)
        for match in _SENTENCE_END.finditer(line):
            if not _ABBREVIATION.search(line[: match.start()]):
                return line[: match.end()].strip()
        return line
    return None


def _after_dateline(line: str) -> str:
    """A paragraph without the dateline that opens it ("CHICAGO—December 5, 2018—As ...")."""
    year = re.search(r"(?:1[89]|20)\d\d\)?\s*[\u2013\u2014:-]+\s*", line[:80])
    return line[year.end() :] if year else line


def _shortened(sentence: str) -> str:
    """The sentence as a title: without its final full stop; past DERIVED_TITLE_CHARS cut at the
    last clause break (when that keeps half of it) or word, with "…"."""
    sentence = sentence.rstrip()
    if sentence.endswith(".") and not sentence.endswith(".."):
        sentence = sentence[:-1]
    if len(sentence) <= DERIVED_TITLE_CHARS:
        return sentence
    head = sentence[: DERIVED_TITLE_CHARS + 1]
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(head) if m.start() <= DERIVED_TITLE_CHARS]
    cut = breaks[-1] if breaks and breaks[-1] >= DERIVED_TITLE_CHARS // 2 else head.rfind(" ")
    return sentence[: cut if cut > 0 else DERIVED_TITLE_CHARS].rstrip(" ,;:\u2013\u2014-") + "…"
