"""What every pattern family works on: the document's units and resolved mentions, and helpers
to pick the arguments of a trigger (nearest typed mention, lists of mentions, anaphora)."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ingest.extract.candidates import clean_name, conjoined_names, spelled_after, state_office
from ingest.extract.frames import words_in_every_language
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.lexicon import HEDGE
from ingest.extract.resolve import Ent, Fuzzy, candidate
from ingest.extract.text import Unit, fold_document, fold_slice

ORGS = ("Organization", "Coalition", "IntergovernmentalBody")
ACTORS = (*ORGS, "Government", "Person")
GOV = ("Government",)
_HEDGE = re.compile(rf"\b{HEDGE}\b")
_FORECAST = re.compile(
    r"\b(?:will|would|shall|va a|van a|podra|se espera|va|vont|devrait|devraient)\s+"
    r"(?:\w+\s+){0,2}(?:adopt|adoptar|adopter|be adopted|ser adoptado|etre adopte)"
)


@dataclass
class Proto:
    """A relation before it is written out: the unit it came from is its quote."""

    type: str
    source: Ent
    target: Ent
    props: dict[str, Any]
    unit: Unit
    confidence: float
    method: str = "patterns"  # which reader: patterns | syntax:<frame> | structure


def _order(ent: Ent) -> tuple[int, int]:
    return (ent.start, -ent.end)


@dataclass
class Doc:
    text: str
    units: list[Unit]
    ents: list[Ent]
    gz: Gazetteer
    fuzzy: Fuzzy
    language: str | None
    document_date: str | None
    self_doc: Ent
    context_event: Ent | None = None
    author: Ent | None = None
    focal_process: Ent | None = None
    event_focus: Ent | None = None
    section_start: int = 0  # unit index of the current section's heading
    last_event: Ent | None = None  # the last event named anywhere before
    role_list: tuple[str, int] | None = None  # ("moderator", line) of an open role list
    advocacy_list: bool = False  # inside a list of demands ("Urgent calls for action:")
    list_seen: bool = False
    warnings: list[str] = field(default_factory=list)
    memo: dict[str, object] = field(default_factory=dict)  # per-document results of a family
    _whole: str = ""
    _starts: list[int] = field(default_factory=list)
    _events: list[Ent] = field(default_factory=list)
    _event_starts: list[int] = field(default_factory=list)
    _last_fold: tuple[int, int, str] = (-1, -1, "")

    def index(self) -> None:
        self.ents.sort(key=_order)
        self._starts = [e.start for e in self.ents]
        self._event_starts = []  # rebuilt when next asked for

    def events_in(self, start: int, end: int) -> list[Ent]:
        """ents_in(start, end, ("Event",)), from an index of the events alone."""
        if not self._event_starts:
            self._events = [e for e in self.ents if e.type == "Event"]
            self._event_starts = [e.start for e in self._events] or [-1]
        i = bisect.bisect_left(self._event_starts, start)
        out = []
        while i < len(self._events) and self._events[i].start < end:
            if self._events[i].end <= end:
                out.append(self._events[i])
            i += 1
        return out

    def add(self, ent: Ent) -> Ent:
        """Register a mention found by a pattern (a list item, an event phrase)."""
        for other in self.ents_in(ent.start, ent.end):
            if other.start == ent.start and other.end == ent.end:
                return other
        k = bisect.bisect_right(self.ents, (ent.start, -ent.end), key=_order)
        self.ents.insert(k, ent)
        self._starts.insert(k, ent.start)
        self._event_starts = []  # rebuilt when next asked for
        return ent

    def replace(self, old: Ent, new: Ent) -> Ent:
        """Read a mention anew (a new name that turns out to be an event)."""
        self.ents = [new if e is old else e for e in self.ents]
        self.index()
        return new

    def ents_in(self, start: int, end: int, types: tuple[str, ...] | None = None) -> list[Ent]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].start < end:
            e = self.ents[i]
            if e.end <= end and (types is None or e.type in types):
                out.append(e)
            i += 1
        return out

    def folded(self, unit: Unit) -> str:
        last = self._last_fold
        if last[0] == unit.start and last[1] == unit.end:
            return last[2]  # every family asks for the unit it is on
        if not self._whole:
            self._whole = fold_document(self.text)  # one pass; same indices as the text
        folded = self._whole[unit.start : unit.end]
        self._last_fold = (unit.start, unit.end, folded)
        return folded

    def quote(self, unit: Unit) -> str:
        return self.text[unit.start : unit.end]


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def left(doc: Doc, unit: Unit, pos: int, types: tuple[str, ...], reach: int = 80,
         stop: str = r"[.;:!?]") -> Ent | None:  # fmt: skip
    """The nearest mention of a type ending before absolute position pos, in the same clause."""
    cands = [e for e in doc.ents_in(max(unit.start, pos - reach - 200), pos, types) if e.end <= pos]
    for ent in reversed(cands):
        between = doc.text[ent.end : pos]
        if len(between) > reach or _compiled(stop).search(between):
            return None
        return ent
    return None


def right(doc: Doc, unit: Unit, pos: int, types: tuple[str, ...], reach: int = 60,
          stop: str = r"[.;:!?]") -> Ent | None:  # fmt: skip
    for ent in doc.ents_in(pos, min(unit.end, pos + reach + 200), types):
        between = doc.text[pos : ent.start]
        if len(between) > reach or _compiled(stop).search(between):
            return None
        return ent
    return None


def first(doc: Doc, unit: Unit, pos: int, types: tuple[str, ...]) -> Ent | None:
    """The first mention of a type in the unit before pos (the sentence's subject, usually)."""
    found = doc.ents_in(unit.start, pos, types)
    return found[0] if found else None


_SEP = re.compile(
    r"^(?:[\s,;/&\u2013\u2014-]|\band\b|\bet\b|\by\b|\be\b|\bas well as\b|\bainsi que\b|"
    r"\bthe\b|\bla\b|\bel\b|\ble\b|\bles\b|\blos\b|\blas\b|\bl'|\bdu\b|\bde\b|\bdes\b|"
    r"\bas also\b|\(\s*[A-Z][\w&\-]{1,10}\s*\)|\(|\)|\bprobablemente\b|\bprobably\b|"
    r"\bprobablement\b|\bpossibly\b|\bperhaps\b|\bquizas?\b|\bpeut-etre\b)*$"
)


def run(doc: Doc, unit: Unit, ent: Ent, types: tuple[str, ...], leftward: bool) -> list[Ent]:
    """A list of mentions joined only by separators (commas, and/y/et, articles), from ent on."""
    pool = [e for e in doc.ents_in(unit.start, unit.end, types)]
    if ent not in pool:
        return [ent]
    i = pool.index(ent)
    out = [ent]
    step = -1 if leftward else 1
    j = i + step
    while 0 <= j < len(pool):
        a, b = (pool[j], out[-1]) if leftward else (out[-1], pool[j])
        if not _SEP.match(doc.text[a.end : b.start]):
            break
        out.append(pool[j])
        j += step
    return out


def hedged(doc: Doc, unit: Unit, start: int, end: int) -> bool:
    """A hedge, a question or a forecast in the clause of a trigger: no relation (precision)."""
    quote = doc.quote(unit).rstrip()
    if quote.endswith("?"):
        return True
    folded = doc.folded(unit)
    s, e = start - unit.start, end - unit.start
    clause_start = max(folded.rfind(c, 0, s) for c in ",;:(")
    clause = folded[max(0, clause_start, s - 80) : e]
    return bool(_HEDGE.search(clause))


def to_come(doc: Doc, unit: Unit, start: int, end: int) -> bool:
    """A meeting still to be held in the clause of a trigger ("to be organised by A", "sera
    accueilli par A"): a forecast, no fact."""
    folded = doc.folded(unit)
    s, e = start - unit.start, end - unit.start
    clause_start = max(folded.rfind(c, 0, s) for c in ",;:(")
    return bool(_future_marks().search(folded[max(0, clause_start, s - 80) : e]))


@lru_cache(maxsize=1)
def _future_marks() -> re.Pattern[str]:
    """A clause that says the act is still to come ("to be organised by A", "sera accueilli
    par A"; lexicon future_marks, every language): a forecast, no fact."""
    marks = sorted(words_in_every_language("future_marks"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(m) for m in marks) + r")\b")


def forecast(doc: Doc, unit: Unit) -> bool:
    return bool(_FORECAST.search(doc.folded(unit)))


_ITEM_SPLIT = re.compile(  # (a partner named after "in cooperation with" is an item too)
    r",|;|\s/\s|\n|\u2022|\s+(?:en\s+(?:colaboraci[oó]n|cooperaci[oó]n|coordinaci[oó]n)\s+con|"
    r"in\s+(?:cooperation|collaboration|partnership)\s+with|"
    r"en\s+(?:collaboration|coop[eé]ration|partenariat)\s+avec|junto\s+con|together\s+with)\s+"
)
_CONJ_EDGE = re.compile(r"^\s*(?:and|et|y|e|as well as|ainsi que|&)\s+|\s+(?:and|et|y|e)\s*$")
# no "^": used as _LEAD.match(text, pos), where "^" would only match at 0
_LEAD = re.compile(r"\s*(?:(?:the|la|el|le|les|los|las)\s+|l['\u2019]\s*)+", re.I)


def itemize(doc: Doc, unit: Unit, start: int, end: int, kind: str = "Organization",
            types: tuple[str, ...] = ACTORS) -> list[tuple[Ent, bool]]:  # fmt: skip
    """The items of a written list in text[start:end], as (entity, hedged) pairs: known
    mentions where they cover the item, new candidates for capitalised items."""
    text = doc.text
    named = doc.ents_in(start, end)
    ents = [e for e in named if e.type in types]
    others = [e for e in named if e.type not in types and e.id]  # a pact, a document ...
    pieces: list[tuple[int, int]] = []
    cursor = start
    for m in _ITEM_SPLIT.finditer(text, start, end):
        if any(e.start < m.start() < e.end for e in named):
            continue  # a comma inside a known name
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, end))
    # the list's last item (a lower-case tail such as ", appelle a la mobilisation" is no item)
    for k in range(len(pieces) - 1, -1, -1):
        head = _OPENING.sub("", doc.text[pieces[k][0] : pieces[k][1]], count=1)
        if head[:1].isupper():
            pieces[k : k + 1] = _split_last(doc, *pieces[k])
            break
    out: list[tuple[Ent, bool]] = []
    hedge_next = False
    for n, (s, e) in enumerate(pieces):
        raw = fold_slice(text, s, e)
        if _HEDGE.fullmatch(raw.strip()):
            hedge_next = True
            continue
        head = _OPENING.sub("", text[s:e], count=1)
        if n and head[:1].islower() and not _LOWER_NAME.match(head):
            break  # ", at the Church Centre ...": the sentence goes on, the list is over
        edge = _CONJ_EDGE.search(raw)
        while edge:
            s, e = (s + edge.end(), e) if edge.start() == 0 else (s, s + edge.start())
            raw = fold_slice(text, s, e)
            edge = _CONJ_EDGE.search(raw) if raw.strip() else None
        lead = _LEAD.match(text, s, e)
        if lead:
            s = lead.end()
        place = _PAREN_END.search(text, s, e)
        if place and any(
            x.type in ("Government", "Place")
            and place.start(1) <= x.start
            and x.end <= place.end(1)
            for x in named
        ):  # "A (Kenya)": the member's country, no member
            e = place.start()
        acr = re.search(r"\s*\(\s*[A-Z][\w&\-]{1,10}\s*\)\s*$", text[s:e])
        if acr:
            e = s + acr.start()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " \t\n\u00a0.":
            e -= 1
        if e <= s:
            continue
        inside = [x for x in ents if x.start >= s - 1 and x.end <= e + 1]
        hedge = hedge_next or bool(_HEDGE.search(fold_slice(text, s, e)))
        hedge_next = False
        states = [x for x in inside if x.type == "Government"]
        if states and states[-1].end >= e - 1 and state_office(text[s:e]):
            # "the Permanent Mission of X": the state X
            out.append((states[-1], hedge))
            continue
        if len(inside) > 1 and all(
            _SEP.match(fold_slice(text, a.end, b.start)) for a, b in itertools.pairwise(inside)
        ):  # "NNIRR and Migrant Forum in Asia": known names joined by separators
            out.extend((x, hedge) for x in inside)
            continue
        covering = [x for x in inside if (x.end - x.start) >= 0.6 * (e - s)]
        if not covering and len(inside) == 1 and inside[0].start <= s + 1:
            covering = inside  # "OHCHR on October 23rd": the name, not the date after it
        if covering:
            out.append((covering[0], hedge))
            continue
        s2, e2 = clean_name(text, s, e)
        words = text[s2:e2].split()
        if not words or not words[0][:1].isupper() or len(words) > 9 or e2 - s2 < 3:
            continue
        if any(x.start < e2 and s2 < x.end for x in others):
            continue  # "le Pacte Mondial pour une migration sûre, ...": named, and no actor
        name = text[s2:e2]
        hit = doc.fuzzy.lookup(name, types)
        if hit:
            ent = Ent(s2, e2, name, hit[0].id, hit[0].id, hit[0].name, hit[0].type,
                      round(0.9 * hit[1], 2), "fuzzy")  # fmt: skip
        else:
            ent = candidate(s2, e2, name, name, kind, 0.65)
        out.append((doc.add(ent), hedge))
    return out


_PAREN_END = re.compile(r"\s*\(\s*([^()]{2,40}?)\s*\)\s*$")
_LOWER_NAME = re.compile(r"[a-z]+[A-Z]|e\.V|i\.e")  # "eLife", "iDignity": names may start small
_OPENING = re.compile(
    r"^\s*(?:(?:and|et|y|e|&|as well as|ainsi que)\s+)?"
    r"(?:(?:the|la|el|le|les|los|las)\s+|l['\u2019])?",
    re.I,
)


_BRACKET_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&\-]{1,10})\)")


def _split_last(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """The last item of a list may hold the list's conjunction: "B and C", "Gisti et Migreurop"
    (unless a known name spans it, or one word before it starts a longer name)."""
    found = conjoined_names(doc.text, s, e)
    if not found:
        return [(s, e)]
    a, b = s, e
    while a < b and doc.text[a].isspace():
        a += 1
    lead = _LEAD.match(doc.text, a, b)
    a = lead.end() if lead else a
    while b > a and doc.text[b - 1].isspace():
        b -= 1
    if spelled_after(doc.text, a, b):
        return [(s, e)]  # "the Economic and Social Council for X (ESCX)": one name
    bracket = _BRACKET_ACRONYM.search(doc.text, s, e)  # ("... and the Pacific (ESCAP)")
    if bracket is not None and spelled_after(doc.text, s, bracket.start()):
        # one name its abbreviation spells, "and" included; a next name may follow it
        rest = doc.text[bracket.end() : e].strip()
        return [(s, bracket.end()), (bracket.end(), e)] if rest else [(s, e)]
    # "Confer y Justicia y Paz": the list's conjunction comes first, a name may hold another
    c_start, c_end = found[0]
    if any(x.start < c_start and x.end > c_end and x.id for x in doc.ents_in(s, e)):
        return [(s, e)]
    left_words = doc.text[s:c_start].split()
    right_words = doc.text[c_end:e].split()
    right_start = c_end + len(doc.text[c_end:e]) - len(doc.text[c_end:e].lstrip())
    tail = len(doc.text[a:b].rstrip(" .;,:"))
    named_right = any(
        x.start >= right_start and x.end >= a + tail and x.start <= right_start + 6
        for x in doc.ents_in(c_end, e + 1)
    )  # "Kalvenor and the Harbour Fund": a name read on its own after the conjunction
    if len(found) == 1 and len(left_words) == 1 and len(right_words) > 1 and not named_right:
        return [(s, e)]  # "Migration and Development Civil Society Network"
    if doc.fuzzy.lookup(doc.text[s:e]) is not None:
        return [(s, e)]
    return [(s, c_start), (c_end, e)]


def anaphor_document(doc: Doc, unit_index: int) -> Ent:
    """ "the document", "this statement": the section's document, the last one named, or the
    text itself."""
    heading = doc.units[doc.section_start]
    docs = doc.ents_in(heading.start, heading.end, ("Document",))
    if docs and heading.kind == "heading":
        return docs[0]
    unit = doc.units[unit_index]
    before = doc.ents_in(doc.units[doc.section_start].start, unit.start, ("Document",))
    if not before:
        post = section_document(doc, unit_index - 1)
        if post is not None:
            return post
    if not before:  # the last document named earlier in the text
        before = [e for e in doc.ents_in(doc.units[0].start, unit.start, ("Document",)) if e.text]
    return before[-1] if before else doc.self_doc


_SECTION_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[IVX]{1,4}\.)[ \t]+")


def section_document(doc: Doc, unit_index: int) -> Ent | None:
    """A section of a text of many posts (a newsletter) headed by a text's noun ("3. Statement
    on the detention law"): the document of that section, not the whole text, is what "the
    statement" of its sentences is."""
    for k in range(min(unit_index, len(doc.units) - 1), 0, -1):
        head = doc.units[k]
        bol = doc.text.rfind("\n", 0, head.start) + 1
        number = _SECTION_NUMBER.match(doc.text, bol, head.end)
        if head.kind == "line" and number is not None:
            break
        if head.kind == "heading":
            titles = [u for u in doc.units[:k] if u.kind == "heading"
                      and re.search(r"[^\W\d]{3}", doc.text[u.start : u.end])]  # fmt: skip
            if number is None and len(titles) < 2:
                return None  # (the text's own title or a lone heading: the text itself)
            break
    else:
        return None
    s = max(head.start, number.end()) if number is not None else head.start
    e = head.end
    while e > s and doc.text[e - 1] in " \t\n.:":
        e -= 1
    first = fold_slice(doc.text, s, e).split()[:2]
    nouns = words_in_every_language("title_nouns")
    if not first or not (first[0] in nouns or (len(first) > 1 and first[1] in nouns)):
        return None
    name = doc.text[s:e]
    return doc.add(candidate(s, e, name, name, "Document", 0.6))


def event_in_focus(doc: Doc) -> Ent | None:
    return doc.event_focus or doc.context_event or doc.last_event
