"""Dates in EN/ES/FR text, absolute and relative, resolved against the document's date.

Expressions are found with our own regexes (so we know what precision the text gives) and
resolved with dateparser (RELATIVE_BASE = the document date, languages en/es/fr, no network).
The result keeps the text's precision: "2017" stays "2017", "in June 2017" is "2017-06",
"last year" is a year, "Tuesday" or "ayer miércoles" is a day.
"""

from __future__ import annotations

import calendar
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from ingest.extract.text import fold, fold_slice

_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "fr": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
}
_MONTH_NUM = {
    name: i + 1 for words in _MONTHS.values() for i, name in enumerate(words.split())
} | {"sept": 9, "setiembre": 9, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
     "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}  # fmt: skip
MONTH_WORDS = frozenset(_MONTH_NUM)
_MONTH = r"(?:" + "|".join(sorted(_MONTH_NUM, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sabado": 5, "domingo": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3,
    "vendredi": 4, "samedi": 5, "dimanche": 6,
}  # fmt: skip
WEEKDAY_WORDS = frozenset(_WEEKDAYS)
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|o|º)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_REL_DAY = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "ayer": -1, "hoy": 0, "anteayer": -2,
    "hier": -1, "aujourd'hui": 0, "demain": 1, "avant-hier": -2,
}  # fmt: skip
_REL_YEAR = {
    "last year": -1, "this year": 0, "next year": 1, "el ano pasado": -1, "este ano": 0,
    "el proximo ano": 1, "el ano proximo": 1, "l'an dernier": -1, "l'annee derniere": -1,
    "l'an passe": -1, "l'annee passee": -1, "cette annee": 0, "l'an prochain": 1,
    "l'annee prochaine": 1,
}  # fmt: skip
_REL_MONTH = {"last month": -1, "el mes pasado": -1, "le mois dernier": -1, "next month": 1}
_REL_WEEK = {"last week": -7, "la semana pasada": -7, "la semaine derniere": -7, "next week": 7,
             "la semana proxima": 7, "la semaine prochaine": 7}  # fmt: skip

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-[01]\d(?:-[0-3]\d)?\b")),
    ("dmy", re.compile(
        rf"\b{_DAY}(?:\s*(?:-|et|and|y|al|au)\s*{_DAY})?(?:\s+de)?\s+{_MONTH}"
        rf"(?:,?\s+(?:de\s+|del\s+)?{_YEAR})?\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*-\s*{_DAY})?(?:,?\s+{_YEAR})?\b")),
    ("my", re.compile(rf"\b{_MONTH}(?:\s+de|\s+del)?,?\s+{_YEAR}\b")),
    ("rel_year", re.compile(r"(?:" + "|".join(map(re.escape, _REL_YEAR)) + r")\b")),
    ("rel_month", re.compile(r"(?:" + "|".join(map(re.escape, _REL_MONTH)) + r")\b")),
    ("rel_week", re.compile(r"(?:" + "|".join(map(re.escape, _REL_WEEK)) + r")\b")),
    ("rel_day", re.compile(
        r"\b(?:" + "|".join(map(re.escape, _REL_DAY)) + rf")(?:\s+{_WEEKDAY})?\b")),
    ("weekday", re.compile(rf"\b(?:(?:ce|cet|on|last|this|el|le|este|ese)\s+)?{_WEEKDAY}\b")),
    ("month", re.compile(rf"\b(?:in|en|au mois de|a principios de|a fines de|a finales de|"
                         rf"early|late|mid|fin|debut|mi)[\s-]+(?:de\s+)?{_MONTH}\b")),
    ("year", re.compile(rf"(?<![/\d]){_YEAR}(?![/\d])")),
]  # fmt: skip
# Every pattern above needs a digit or one of these words: spans without any hold no date.
_DATEISH = re.compile(
    rf"\d|\b(?:{_MONTH}|{_WEEKDAY}|yesterday|today|tomorrow|ayer|hoy|anteayer|hier|aujourd|"
    r"demain|year|ano|an|annee|month|mes|mois|week|semana|semaine)"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|upcoming|next|se tiendra|aura lieu|prochain|prochaine|tendra lugar|"
    r"proximo|proxima|se celebrara|a venir|"
    # the future of "be" and "go to" in Spanish and French ("será adoptado", "sera adopté")
    r"sera|seran|seront|va a|van a|vont)\b"
)
# a Spanish verb in the future, told by its accent ("adoptará", "asistirán")
_FUTURE_ACCENTED = re.compile(r"\w{2,}r(?:á|án|é|emos)\b")


# a verb in the past right before a day ("announced on Wednesday", "a annoncé mercredi")
_PAST_BEFORE = re.compile(
    r"\b(?:\w+ed|said|told|wrote|made|took|met|held|announced|anuncio|dijo|informo|confirmo|"
    r"declaro|decidio|(?:a|ont|ha|han|habia)\s+\w+)\s+(?:on\s+|el\s+|ce\s+|este\s+|le\s+)?$"
)


def _future(folded: str, s: int, e: int, original: str = "") -> bool:
    """Is the date at folded[s:e] ahead? By the words around it, not by a far "will"
    (`original`, the unfolded text of the same offsets, keeps the accents a future has)."""
    past = _PAST_BEFORE.search(folded, max(0, s - 30), s)
    if past and not (original and original[past.start() : past.start() + 2].lower() == "à "):
        return False  # ("a annoncé le 3 mai"; not "à <city> le 10 décembre", a place)
    window = (max(0, s - 40), min(len(folded), e + 20))
    return bool(
        _FUTURE.search(folded, *window) or (original and _FUTURE_ACCENTED.search(original, *window))
    )


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str
    value: str | None  # ISO, partial allowed


def parse_base(document_date: str | None) -> date | None:
    if not document_date:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", document_date)
    if not m:
        return None
    # A partial date stands for its last day: "Tuesday" in a 2014-10 text is in that month.
    year, month = int(m.group(1)), int(m.group(2) or 12)
    day = int(m.group(3) or calendar.monthrange(year, month)[1])
    try:
        return date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _dateparser(expr: str, base: date, future: bool) -> date | None:
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.date import DateDataParser  # type: ignore[import-untyped]

        parser = DateDataParser(languages=["en", "es", "fr"], settings=settings)
        data = parser.get_date_data(expr)
    return data.date_obj.date() if data and data.date_obj else None


def _resolve(kind: str, folded: str, original: str, base: date | None, future: bool) -> str | None:
    if kind == "iso":
        return folded
    if kind == "year":
        return folded[-4:]
    if kind == "rel_year":
        return str(base.year + _REL_YEAR[folded]) if base else None
    if kind == "rel_month" and base:
        month = base.month + _REL_MONTH[folded]
        year = base.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    if kind == "rel_week" and base:
        return (base + timedelta(days=_REL_WEEK[folded])).isoformat()[:7]
    if kind == "rel_day" and base:
        word = next(w for w in sorted(_REL_DAY, key=len, reverse=True) if folded.startswith(w))
        return (base + timedelta(days=_REL_DAY[word])).isoformat()
    if kind == "weekday" and base:
        wanted = _WEEKDAYS[folded.split()[-1]]
        delta = (base.weekday() - wanted) % 7
        if future:
            return (base + timedelta(days=(wanted - base.weekday()) % 7)).isoformat()
        return (base - timedelta(days=delta)).isoformat()
    if kind == "month":
        # the last word is the month ("in mid-december": the word is "mid-december")
        month = _MONTH_NUM.get(re.split(r"[\s-]", folded)[-1].rstrip("."), 0)
        if not base or not month:
            return None
        year = base.year
        if not future and month > base.month:
            year -= 1
        if future and month < base.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    years = re.findall(_YEAR, folded)
    months = [m for m in re.findall(r"[a-z]+", folded) if m.rstrip(".") in _MONTH_NUM]
    if not months:
        return None
    month = _MONTH_NUM[months[0].rstrip(".")]
    if kind == "my":
        return f"{years[0]}-{month:02d}" if years else None
    day_match = re.search(r"\d{1,2}", folded if not years else folded.replace(years[0], ""))
    if not day_match:
        return None
    day = int(day_match.group())
    if years:
        try:
            return date(int(years[0]), month, day).isoformat()
        except ValueError:
            return None
    if base is None:
        return None
    parsed = _dateparser(f"{day} {original_month(month)}", base, future)
    return parsed.isoformat() if parsed else None


def original_month(month: int) -> str:
    return _MONTHS["en"].split()[month - 1]


def find_dates(
    text: str, start: int, end: int, document_date: str | None = None
) -> list[DateMention]:
    """Date expressions in text[start:end] with their values (None when unresolvable)."""
    folded = fold_slice(text, start, end)
    if not _DATEISH.search(folded):
        return []
    base = parse_base(document_date)
    taken: list[tuple[int, int]] = []
    out = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value = _resolve(kind, m.group().strip(), text[start + s : start + e], base,
                             _future(folded, s, e, text[start:end]))  # fmt: skip
            taken.append((s, e))
            out.append(DateMention(start + s, start + e, text[start + s : start + e], kind, value))
    return sorted(out, key=lambda d: d.start)


_PRECISION = ["iso", "dmy", "mdy", "rel_day", "weekday", "my", "month", "rel_month",
              "rel_week", "rel_year", "year"]  # fmt: skip


def date_in(text: str, start: int, end: int, document_date: str | None = None) -> str | None:
    """The best-supported date of a span: the most precise resolvable expression in it."""
    found = [d for d in find_dates(text, start, end, document_date) if d.value]
    # "Santiago, 10 décembre 2018 - Le gouvernement a annoncé dimanche": the dateline dates
    # the text, the day in the sentence dates what it tells
    told = [d for d in found if not (d.start - start < 60 and _DATELINE_END.match(text, d.end))]
    found = told or found
    if not found:
        return None
    found.sort(key=lambda d: (_PRECISION.index(d.kind), d.start))
    return found[0].value


_DATELINE_END = re.compile(r"\s*(?:[-\u2013\u2014|:]|\.\s)")


def weekday_conflict(mention: DateMention) -> str | None:
    """ "ayer miércoles" resolved to a Tuesday: say so (the relative day wins)."""
    words = fold(mention.text).split()
    if mention.kind != "rel_day" or len(words) < 2 or not mention.value:
        return None
    wanted = _WEEKDAYS.get(words[-1])
    actual = date.fromisoformat(mention.value).weekday()
    if wanted is not None and wanted != actual:
        return f"{mention.text!r} resolves to {mention.value}, which is not a {words[-1]}"
    return None
