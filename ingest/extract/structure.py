"""Relations a document states by its layout rather than by its sentences: a heading that
announces a list ("Signatories:", "Against (5):", "Members of the steering committee",
"Panelists:") and the lines under it, one relation per line, with the heading's relation,
properties and target.

The words are data, lexicon/<language>/headings.yaml, all languages read at once (a heading may
be in another language than the text; a new language is a new file). The code knows layouts:
- a heading: cue words, maybe a count "(5)", ending with ":" or standing alone on its line;
  the items are the rest of its line ("Against: A, B, C") or the lines under it (numbered,
  bulleted or plain), up to prose, a new heading, or a blank line no further item follows;
- a region sub-heading ("Europe:", a lone country in a list of organizations) groups items and
  is no item; "[...]" and "the list continues" lines are skipped;
- a line is "Name, Title, Organization" (a person), "Organization (Country)", "Organization,
  Country", "ACRONYM (Expansion)", a comma list of names, or one state (a vote list);
- an address block: a person's name, a title and an organization on three lines.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import simplemma
import yaml

from ingest.extract.candidates import TITLE_COMPLEMENT as _TITLE_COMPLEMENT
from ingest.extract.candidates import looks_like_name
from ingest.extract.dates import find_dates
from ingest.extract.frames import words_in_every_language
from ingest.extract.lexicon import CONJ, EVENT_KEYWORDS
from ingest.extract.patterns.common import ACTORS, GOV, ORGS, Doc, Proto, itemize
from ingest.extract.resolve import Ent, candidate
from ingest.extract.text import Unit, fold, fold_slice

LEXICON = Path(__file__).resolve().parent / "lexicon"
_SHORT = 4  # a one-word cue this short ("for", "to") must be the whole heading


@dataclass(frozen=True)
class Kind:
    """What every line of a list states: relation None is a list that states nothing."""

    relation: str | None
    target: str  # document | vote | process | event | coalition | author | none
    props: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Words:
    cues: dict[str, Kind]
    cue_re: re.Pattern[str]
    regions: frozenset[str]
    gap_re: re.Pattern[str]
    honorific_re: re.Pattern[str]
    title_re: re.Pattern[str]
    connector_re: re.Pattern[str]
    org_words: frozenset[str]
    network_words: frozenset[str]
    prose_re: re.Pattern[str]
    state_body_re: re.Pattern[str]
    event_re: re.Pattern[str]
    opener_re: re.Pattern[str]
    link_re: re.Pattern[str]
    byline_re: re.Pattern[str]
    group_lead_re: re.Pattern[str]
    end_re: re.Pattern[str]
    column_heads: frozenset[str]
    author_re: re.Pattern[str]
    author_after_re: re.Pattern[str]
    topic_re: re.Pattern[str]
    # words that make a heading hedge, forecast or negate what it lists ("Countries expected to
    # vote against:", "Pays qui pourraient se retirer :"): such a list states no fact
    modal: frozenset[str]
    languages: tuple[str, ...]
    # cues that say little of speaking ("With:", "Panel"): speakers only under a named event
    weak_cues: frozenset[str] = frozenset()
    # labels of a programme entry's lines ("Date:", "Venue:"): any other word before a colon
    # makes the line a title ("Beyond borders: ...")
    entry_fields: frozenset[str] = frozenset()
    # labels of the line that gives an entry's title ("Title: Fair recruitment in practice")
    title_fields: frozenset[str] = frozenset()
    # a part of a meeting's programme ("Panel 1: X", "Table ronde 2 : X", "Mesa 1: X")
    session_re: re.Pattern[str] = re.compile(r"(?!)")
    # letters after a person's name ("MP", "QC", "PhD"): no part of the name
    postnominals: frozenset[str] = frozenset()
    # a programme line that names a part of the meeting ("Opening remarks", "Cérémonie
    # d'ouverture"): no entry's title, its speakers speak at the meeting
    part_re: re.Pattern[str] = re.compile(r"(?!)")
    # how an entry is held ("hybrid", "en ligne"): with a kind of meeting alone, no title
    format_re: re.Pattern[str] = re.compile(r"(?!)")
    # a room, a hall, a building ("Room 4, Conference Centre"): a line of where, no title
    venue_re: re.Pattern[str] = re.compile(r"(?!)")
    # a unit of a body's people before its name ("del equipo de O", "of the secretariat of O")
    staff_re: re.Pattern[str] = re.compile(r"(?!)")
    # how a text's signers speak of themselves in its body ("We, the undersigned")
    undersigned_re: re.Pattern[str] = re.compile(r"(?!)")
    # a past copula after a cue before its colon ("The speakers were:", "Les intervenants
    # étaient :"): the heading ends at the cue
    copula_re: re.Pattern[str] = re.compile(r"(?!)")
    # words that point at the list below ("the following", "siguientes", "suivantes"): a long
    # sentence ending in them may hold its cue a few words further back
    following: frozenset[str] = frozenset()
    # verbs that open a list after its cue ("signatories include A, B, C"): a colon's work
    list_verb_re: re.Pattern[str] = re.compile(r"(?!)")
    # the words of a line that groups a list's items by kind or scope ("National
    # Organizations", "State and Local Organizations", "Organisations nationales")
    group_heads: frozenset[str] = frozenset()
    # a letter's salutation ("Dear Senator:", "Estimado Presidente:"): a colon, no list
    salutations: frozenset[str] = frozenset()


def _alternation(phrases: set[str]) -> str:
    """Whole-word alternation, longest first; a space matches any run of spaces."""
    items = sorted((p for p in phrases if p), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items) + ")"


def _words_re(phrases: set[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])" + _alternation(phrases) + r"(?![\w'])")


@lru_cache(maxsize=4)
def load_words(root: Path = LEXICON) -> Words:
    """Every language's headings.yaml merged: cues to kinds, and the layout word lists."""
    cues: dict[str, Kind] = {}
    lists: dict[str, set[str]] = {}
    for path in sorted(root.glob("*/headings.yaml")):
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in data.get("lists") or []:
            props = tuple(
                sorted((str(k), str(v)) for k, v in (entry.get("properties") or {}).items())
            )
            kind = Kind(entry.get("relation"), str(entry.get("target") or "none"), props)
            for cue in entry.get("cues") or []:
                cues.setdefault(" ".join(str(cue).split()), kind)
        for key, value in data.items():
            if key != "lists":
                lists.setdefault(key, set()).update(" ".join(str(v).split()) for v in value or [])

    def get(key: str) -> set[str]:
        return lists.get(key, set())

    return Words(
        cues=cues,
        cue_re=_words_re(set(cues)),
        regions=frozenset(get("regions")),
        gap_re=_words_re(get("gaps")),
        honorific_re=re.compile(r"^(?:" + _alternation(get("honorifics")) + r"\.?\s+)+"),
        postnominals=frozenset(get("postnominals")),
        title_re=_words_re(get("titles")),
        connector_re=re.compile(
            r"(?<![\w'])" + _alternation(get("connectors")) + r"(?:\s+|(?<='))"
        ),
        org_words=frozenset(get("organization_words")),
        network_words=frozenset(get("network_words")),
        prose_re=re.compile(r"^" + _alternation(get("prose")) + r"(?![\w'])"),
        undersigned_re=_words_re(get("undersigned")),
        state_body_re=_words_re(get("state_bodies")),
        event_re=_words_re(get("events")),
        opener_re=re.compile(r"^" + _alternation(get("openers")) + r"(?![\w'])"),
        link_re=re.compile(r"\s+" + _alternation(get("person_links")) + r"\s+", re.I),
        staff_re=re.compile(
            _alternation(get("staff_units"))
            + r"\s+"
            + _alternation(get("person_links"))
            + r"(?:\s+(?:(?:el|la|los|las|le|les|the)\s+|l['\u2019]\s*)?|(?<=d')|(?<=d\u2019))",
            re.I,
        ),
        byline_re=re.compile(r"^" + _alternation(get("bylines")) + r"\s+(?=\w)"),
        group_lead_re=re.compile(
            r"^(?:[\w\-]+\s+(?:and|y|et)\s+)?" + _alternation(get("group_leads")) + r"\s+"
        ),
        end_re=re.compile(r"^" + _alternation(get("list_ends")) + r"(?![\w'])"),
        column_heads=frozenset(get("column_heads")),
        author_re=re.compile(r"(?<![\w'])" + _alternation(get("author_cues")) + r"\s+(?=\S)"),
        author_after_re=re.compile(r"\s+" + _alternation(get("author_nouns")) + r"(?![\w'])"),
        topic_re=re.compile(r"\s" + _alternation(get("author_stops")) + r"\s"),
        modal=words_in_every_language(*_MODAL_CLASSES) - _MODAL_NOUNS,
        languages=tuple(sorted(p.parent.name for p in root.glob("*/words.yaml"))),
        weak_cues=frozenset(get("weak_cues")),
        entry_fields=frozenset(get("entry_fields")),
        title_fields=frozenset(fold(w) for w in get("title_fields")),
        session_re=re.compile(
            r"^"
            + _alternation({fold(w) for w in get("session_words")})
            + r"(?:\s+(?:\d+|[ivx]+|[a-z]))?\s*(?::|[\-\u2013\u2014]|$|(?=[\"\u00ab\u201c]))"
        ),
        part_re=re.compile(
            r"^"
            + _alternation({fold(w) for w in get("part_titles")})
            + r"(?:\s+(?:\d+|[ivx]+))?"  # ("Day 2", "Jour 1")
            + r"(?:$|\s*[:\-\u2013\u2014(]|\s+(?:"
            + _alternation(get("part_links"))
            + r")(?:\s|$))"
        ),
        format_re=_words_re({fold(w) for w in get("entry_formats")}),
        venue_re=_words_re({fold(w) for w in get("venue_words")}),
        copula_re=re.compile(r"\s+" + _alternation({fold(w) for w in get("cue_copulas")}) + r"$"),
        following=frozenset(fold(w) for w in get("following")),
        group_heads=frozenset(fold(w) for w in get("group_heads")),
        salutations=frozenset(fold(w) for w in get("salutations")),
        list_verb_re=re.compile(
            r"(?<![\w'])" + _alternation({fold(w) for w in get("list_verbs")}) + r"(?![\w'])"
        ),
    )


# the classes of the syntax lexicons that make a heading's list no fact; nouns that share a
# form with one of their words ("programme", "set") are left out
_MODAL_CLASSES = ("negation", "forecast", "hedge_aux", "hedge_words", "future_aux")
_MODAL_NOUNS = frozenset({"programme", "programmes", "programa", "set", "due"})


# --- lines ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    start: int  # the body: bullet or number and surrounding spaces left out
    end: int
    bullet: bool
    blank_before: int  # blank lines right above it
    paragraph: int
    number: int  # the line's index in the text


_BULLET = re.compile(
    r"[ \t\u00a0]*(?:[\u2022\u25cf\u25aa\u2023\u2043*\u00b7\u2013\u2014-]|\(?\d{1,3}[.)]|"
    r"\(?[a-z][.)])[ \t\u00a0]+"
)


def _lines(doc: Doc) -> list[Line]:
    if not doc.units:
        return []
    text, pos, stop = doc.text, doc.units[0].start, doc.units[-1].end
    pos = text.rfind("\n", 0, pos) + 1
    out: list[Line] = []
    blank, paragraph, number = 0, 0, 0
    while pos < stop:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            blank += 1
            paragraph += 1 if blank == 1 else 0
        else:
            bullet = _BULLET.match(text, pos, e)
            body = bullet.end() if bullet and bullet.end() < e else s
            out.append(Line(body, e, bool(bullet), blank, paragraph, number))
            blank = 0
        number += 1
        pos = end + 1
    return out


def _unit(doc: Doc, line: Line, start: int | None = None, end: int | None = None) -> Unit:
    """The engine's unit for the line when there is one (identical relations then dedup),
    else the line itself."""
    s, e = line.start if start is None else start, line.end if end is None else end
    for u in doc.units:
        if u.start <= s and e <= u.end and u.kind != "sentence":
            return u
        if u.start > e:
            break
    return Unit(s, e, "line", line.paragraph, line.number)


# --- headings ---------------------------------------------------------------------------------
_COUNT = re.compile(r"\s*[(\[]\s*(?:\d+|n|extract|extrait|extracto)[^)\]]*[)\]]\s*")
_COLON = re.compile(r"\s*:(?=\s|$)")


@dataclass(frozen=True)
class Heading:
    kind: Kind | None  # None: a list intro with no cue (its person lines still say who is who)
    rest: tuple[int, int] | None  # the items on the heading's own line, after the colon
    named: tuple[int, int]  # the heading's words (where a named statement or event may be)


def _heading(doc: Doc, words: Words, line: Line) -> Heading | None:
    text = doc.text
    colon = _COLON.search(text, line.start, line.end)
    if colon is None or _dated_title(doc, words, line) is not None:
        led = _led_heading(doc, words, line)  # (and "March 1-2: X, organised by A and B")
        if led is not None:
            return led
    if colon is not None:
        head_end = colon.start()
        rest = (colon.end(), line.end)
        if not text[rest[0] : rest[1]].strip():
            rest = (line.end, line.end)
    else:
        head_end, rest = line.end, (line.end, line.end)
        while head_end > line.start and text[head_end - 1] in " ,":
            head_end -= 1
    if colon is None:
        verbed = _verb_heading(doc, words, line)
        if verbed is not None:
            return verbed
    head = fold_slice(text, line.start, head_end)
    n_words = len(head.split())
    if (
        colon is not None
        and n_words <= 8
        and head.split()[:1]
        and (head.split()[0].strip(",") in words.salutations)
    ):
        return None  # "Dear Senator:": the letter begins, no list
    if colon is None and text[line.end - 1] not in ".;" and n_words > 14:
        told = _open_participants(doc, words, line, head_end)
        return told if told is not None else _held_over_names(doc, words, line, head_end)
    if colon is None and (text[line.end - 1] in ".;" or n_words > 14):
        return _held_over_names(doc, words, line, head_end)
    if colon is not None and n_words > 14:
        if rest[0] < rest[1]:
            return _clause_heading(doc, words, line, colon)  # a sentence with a colon inside
        # "..., among them:": a long intro announces a list; only its last words may cue it,
        # those of its last sentence ("... on 20 May. The following groups attended:": no
        # hedge in "May")
        ends = list(_SENTENCE_END.finditer(text, line.start, head_end))
        if ends:
            head = fold_slice(text, ends[-1].end(), head_end)
        said = head  # (the whole sentence: "will hold its meeting next month, with ...:")
        # ("..., con la presencia de representantes de las siguientes organizaciones:": the
        # cue stands before what points at the list)
        tail = " ".join(head.split()[-6:])
        points = any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", tail) for w in words.following)
        head = " ".join(head.split()[-12:]) if points else tail
        kind = _kind(words, head, True)
        if kind is not None and kind.relation == "SPOKE_AT" and "particip" in head:
            # "... celebró su 3ª reunión en C, con la participación de:": in a sentence that
            # tells of a meeting, who took part (a programme's own line lists its speakers)
            kind = _participants_kind(words) or kind
            if kind.relation == "PARTICIPATED_IN":
                return Heading(kind, None, (line.start, head_end))
        if (
            kind is not None
            and kind.relation == "PARTICIPATED_IN"
            and _modal(words, _DAY_MONTH.sub(" ", said))
        ):
            return Heading(Kind(None, "none", ()), None, (line.start, head_end))
    # a cue in brackets after a name is a list line's role, not a heading: "A (Chair)"
    kind = _kind(words, _BRACKETS.sub(" ", head) if colon is None else head, colon is not None)
    if kind is None and colon is None:
        return None
    if kind is None and rest[0] < rest[1]:
        return None  # "Coming up: the debrief": a label, not a list
    items = rest if rest[0] < rest[1] else None
    return Heading(kind, items, (line.start, head_end))


# the kinds of list a sentence may open with its cue and a verb instead of a colon
_VERB_LISTS = frozenset({"SIGNED", "ENDORSED", "CO_SPONSORED", "MEMBER_OF"})
_OPENING_ARTICLE = re.compile(
    r"(?:(?:the|la|las|los|le|les|el)\s+|l['\u2019])?[A-Z\u00c0-\u00de0-9]"
)


def _verb_heading(doc: Doc, words: Words, line: Line) -> Heading | None:
    """A sentence that opens with a list's cue and a verb that lists ("Other signatories and
    supporters include A, B, C, D", "Los firmantes son A, B, C", "Les signataires sont A, B,
    C"; headings.yaml list_verbs, an "and <noun>" after the cue allowed): the names after the
    verb, as after a colon. Only names (capitalised, three or more) follow the verb."""
    text = doc.text
    folded = fold_slice(text, line.start, line.end)
    for m in words.list_verb_re.finditer(folded):
        head = folded[: m.start()].strip()
        if not head or len(head.split()) > 7:
            return None
        head = re.sub(r"\s+(?:and|y|et)\s+\w+$", "", head)  # ("signatories and supporters")
        kind = _kind(words, head, True)
        if kind is None or kind.relation not in _VERB_LISTS:
            continue
        start = line.start + m.end()
        while start < line.end and text[start] in " :":
            start += 1
        if not _OPENING_ARTICLE.match(text, start) or text.count(",", start, line.end) < 2:
            return None
        return Heading(kind, (start, line.end), (line.start, line.start + m.start()))
    return None


# a line that opens with a cue that introduces who ("Organised by A and B", "Moderated by P",
# "Convocado por A", "Animé par P", "A l'initiative de A"): its items follow on the line
# ("co-hosted by" is a cue of its own: co-hosts organise, a host lends its venue)
_LEAD_PREFIX = re.compile(r"(?:co-?(?!host)|jointly\s+|conjuntamente\s+|conjointement\s+)?")
_LEAD_CUE_END = re.compile(r"(?:\s(?:by|par|por|de)|featuring)$")


def _led_heading(doc: Doc, words: Words, line: Line) -> Heading | None:
    """A programme's line with no colon that opens with a cue of who organized, hosted or spoke
    ("Co-organised by A and B", "Moderated by P (O)", "Organizado por A y B"): the cue's
    relation, its items after the cue on the same line; never a sentence that goes on ("...
    by A, the forum brought together ...": prose)."""
    text = doc.text
    folded = fold_slice(text, line.start, line.end)
    titled: Any = _QUOTED_FIRST.match(text, line.start, line.end)  # '"Title" - organised by A'
    start = titled.end() - line.start if titled else 0
    dated = None if titled else _dated_title(doc, words, line)
    if dated is not None:  # "March 1-2: Workshop on X, co-convened by A and B"
        titled, start = dated, dated[1] - line.start
    while titled and start < len(folded) and folded[start] in " -\u2013\u2014:,(|":
        start += 1
    m = words.cue_re.match(folded, start)  # ("convened by": no "co-" before "nvened")
    if m is None or not _LEAD_CUE_END.search(m.group()):
        prefix = _LEAD_PREFIX.match(folded, start)
        m = words.cue_re.match(folded, prefix.end() if prefix else start)
    if (m is None or not _LEAD_CUE_END.search(m.group())) and not titled:
        m = _described_cue(words, folded) or m  # "A side event organised by A and B"
    if m is None or not _LEAD_CUE_END.search(m.group()):
        return None
    kind = words.cues.get(" ".join(m.group().split()))
    if (
        kind is None
        or kind.relation is None
        or (kind.target != "event" and kind.relation != "CO_SPONSORED")
    ):
        return None  # ("Co-sponsored by A": of a programme's entry, else of the text)
    rest_s = line.start + m.end()
    while rest_s < line.end and text[rest_s].isspace():
        rest_s += 1
    rest_e = line.end - 1 if text[line.end - 1] == "." else line.end
    when = re.search(r"\.\s+(?=\d)", text[rest_s:rest_e])  # "by A and B. 10 May, Room 2."
    if when is not None and _TIME_LINE.match(text, rest_s + when.end(), rest_e):
        rest_e = rest_s + when.start()
    article = _LOWER_ARTICLE.match(text[rest_s:rest_e])  # "by the Network X": the name
    rest_s += article.end() if article else 0
    body = text[rest_s:rest_e]
    if not body[:1].isupper() and not words.state_body_re.match(fold(body)):
        return None  # (but "par les missions permanentes du X": states' bodies, in lower case)
    if len(body.split()) > 24 or _SENTENCE_END.search(body) or re.search(r",\s+[a-z]", body):
        return None  # a sentence that goes on after its list
    return Heading(kind, (rest_s, rest_e), (line.start, line.start + m.end()))


_BRACKETS = re.compile(r"\([^()]*\)")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[\"\u00ab\u201c\u00bf\u00a1]?[A-Z\u00c0-\u00de])")
_PROSE_LISTS = ("MEMBER_OF", "SIGNED", "ENDORSED", "CO_SPONSORED", "PARTICIPATED_IN")
# an entry's line that says what kind of meeting it is before who holds it ("A side event
# organised by A and B", "A public debate on X, co-convened by A")
_DESCRIBED = re.compile(r"(?:an?|un|une|una)\s+")


def _described_cue(words: Words, folded: str) -> re.Match[str] | None:
    """The cue of who holds a meeting after the line's own words of what it is, an indefinite
    event noun and its words ("a workshop on X, organised by"); None elsewhere."""
    if _DESCRIBED.match(folded) is None:
        return None
    for gap in re.finditer(r",?\s+", folded[:120]):
        said = folded[: gap.start()]
        if re.search(r"[.;:!?]", said) or len(said.split()) > 14:
            return None
        prefix = _LEAD_PREFIX.match(folded, gap.end())
        m = words.cue_re.match(folded, prefix.end() if prefix else gap.end())
        kind = words.cues.get(" ".join(m.group().split())) if m is not None else None
        if m is None or kind is None or kind.relation not in _HOLDERS:
            continue  # ("A panel discussion organised by": "panel" is no holder's cue)
        if not _LEAD_CUE_END.search(m.group()):
            return None
        if not _event_nouns() & set(said.split()[1:5]):
            return None  # ("A group of NGOs organised by ..."): no meeting said first
        return m
    return None


def _dated_title(doc: Doc, words: Words, line: Line) -> tuple[int, int] | None:
    """An agenda line that names a meeting after its date and a colon, then who held it after
    a comma ("March 1-2: Regional Workshop on X, co-convened by A and B", "12 mai : Atelier
    sur X, organisé par A"): the meeting's name. None without a cue of who held it."""
    text, s, e = doc.text, line.start, line.end
    colon = _COLON.search(text, s, e)
    if colon is None or not 1 <= len(text[s : colon.start()].split()) <= 5:
        return None
    head_s, head_e = s, colon.start()
    if not (
        _names_a_date(doc, head_s, head_e)
        or (_TIME_LINE.match(text, head_s, head_e) and _says_when(doc, head_s, head_e))
    ):
        return None
    a, _ = _trim(text, colon.end(), e)
    for gap in re.finditer(r",\s+", text[a:e]):
        rest = fold_slice(text, a + gap.end(), e)
        prefix = _LEAD_PREFIX.match(rest)
        m = words.cue_re.match(rest, prefix.end() if prefix else 0)
        if m is None or not _LEAD_CUE_END.search(m.group()):
            m = words.cue_re.match(rest)
        kind = words.cues.get(" ".join(m.group().split())) if m is not None else None
        if m is None or kind is None or kind.relation not in _HOLDERS:
            continue
        if not _LEAD_CUE_END.search(m.group()):
            return None
        title = _trim(text, a, a + gap.start())
        if not 2 <= len(text[slice(*title)].split()) <= 32 or not text[title[0]].isupper():
            return None
        return title
    return None


def _described_owner(doc: Doc, words: Words, line: Line) -> Ent | None:
    """The body a described entry's line names before its kind of meeting ("A <ACRONYM>
    discussion on X, co-convened by A"): it holds the meeting too. Only a known body or an
    acronym ("A High-Level Panel" names none)."""
    text = doc.text
    art = _DESCRIBED.match(fold_slice(text, line.start, line.end))
    if art is None or _described_cue(words, fold_slice(text, line.start, line.end)) is None:
        return None
    s = line.start + art.end()
    for m in re.finditer(r"\S+", text[s : min(line.end, s + 80)]):
        if fold(m.group()).strip(",") in _event_nouns():
            e = s + m.start()
            break
    else:
        return None
    e = len(text[:e].rstrip())
    if s >= e or len(text[s:e].split()) > 4:
        return None
    known = [
        x
        for x in doc.ents_in(s, e, ACTORS)
        if x.id is not None and x.end - x.start >= 0.8 * (e - s)
    ]
    if known:
        return known[0]
    if not _ACRONYM.fullmatch(text, s, e):
        return None
    return _organization(doc, words, s, e)


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    return frozenset(fold(w) for w in words_in_every_language("event_nouns"))


def _clause_heading(doc: Doc, words: Words, line: Line, colon: re.Match[str]) -> Heading | None:
    """A paragraph's sentence that announces its list after a colon ("... . The network is
    made up of: A, B and C."): the sentence's own words before the colon cue it, and its items
    run to the sentence's end; only lists of members, signers and endorsers."""
    text = doc.text
    ends = list(_SENTENCE_END.finditer(text, line.start, colon.start()))
    start = ends[-1].end() if ends else line.start
    head = fold_slice(text, start, colon.start())
    if len(head.split()) > 14:
        return _opened_by_cue(doc, words, line, colon, start)
    kind = _kind(words, head, True)
    if kind is None or kind.relation not in _PROSE_LISTS:
        return None
    unit = next((u for u in doc.units if u.start <= colon.start() < u.end), None)
    stop = min(line.end, unit.end) if unit is not None else line.end
    stop = stop - 1 if text[stop - 1] == "." else stop
    return Heading(kind, (colon.end(), stop), (start, colon.start()))


_BULLET_NAME = re.compile(
    r"[ \t]*(?:[\u2022\u25cf\u25aa\u00b7*\u2013\u2014-]|\(?\d{1,3}[.)])[ \t]+"
    r"(?:(?:the|la|el|le|les|los|las)[ \t]+|l['\u2019])?[A-Z\u00c0-\u00de0-9]"
)


def _held_over_names(doc: Doc, words: Words, line: Line, head_end: int) -> Heading | None:
    """A sentence that tells a meeting was held, its lines right under it bulleted names with
    no cue between ("From 12 to 14 March the X was held in C." / "- P, director of O (ACR);",
    "The network held its 3rd meeting of the X Working Group in C." / "- ACR" / "- O"): the
    meeting's participants; not a meeting to come or a hedged one."""
    text = doc.text
    ends = list(_SENTENCE_END.finditer(text, line.start, head_end))
    start = ends[-1].end() if ends else line.start
    said = fold_slice(text, start, head_end)
    if not doc.events_in(start, head_end) and _prose_event_start(doc, start, head_end) is None:
        return None
    if not _tells_held(words, said) or _modal(words, _DAY_MONTH.sub(" ", said)):
        return None
    below: list[tuple[int, int]] = []  # the next lines' bodies (blank lines passed over)
    at = line.end
    while len(below) < 3 and at < len(text):
        nl = text.find("\n", at + 1)
        end = nl if nl >= 0 else len(text)
        if text[at:end].strip():
            below.append((at + 1 if text[at] == "\n" else at, end))
        at = end
    bullets = [(a, b) for a, b in below if _BULLET_NAME.match(text, a, b)]
    if len(below) < 2 or not all(_BULLET_NAME.match(text, a, b) for a, b in below[:2]):
        return None
    if sum(_names_one(doc, words, a, b) for a, b in bullets) < 2:
        return None  # ("- Fair recruitment", "- Social protection": topics, no one)
    kind = _participants_kind(words)
    return Heading(kind, None, (start, head_end)) if kind is not None else None


def _names_one(doc: Doc, words: Words, s: int, e: int) -> bool:
    """A bulleted line that names someone: a person or a body the entity layer knows at its
    start, an acronym, or a name with an organization's word."""
    body = _BULLET.match(doc.text, s, e)
    s = body.end() if body is not None else s
    s, e = _trim(doc.text, s, e)
    if len(doc.text[s:e].split()) > 30 or s >= e:
        return False  # (a sentence: what was said, not who took part)
    first = doc.text[s:e].split()[0].strip(",;")
    if _ACRONYM.match(first) or _DOTTED.search(first):
        return True
    return any(x.start <= s + 4 for x in doc.ents_in(s, e, (*ACTORS, "Person"))) or _org_like(
        doc, words, s, e
    )


@lru_cache(maxsize=1)
def _held_words() -> frozenset[str]:
    from ingest.extract.frames import lexicon

    out: set[str] = set()
    for language in ("en", "es", "fr"):
        lex = lexicon(language)
        for entry in lex.triggers.get("take_place", ()) if lex is not None else ():
            out.add(fold(" ".join(entry)))
    return frozenset(out)


def _tells_held(words: Words, said: str) -> bool:
    """Whether a sentence says a meeting took place: a word of the take_place class of any
    language, as written or as its lemma ("was held", "se celebró", "s'est tenue")."""
    tokens = re.findall(r"[\w\-]+", said)
    lemmas = [
        {t} | {fold(simplemma.lemmatize(t, lang=lang)) for lang in words.languages} for t in tokens
    ]
    held = _held_words()
    for k, forms in enumerate(lemmas):
        if forms & held:
            return True
        nxt = lemmas[k + 1] if k + 1 < len(lemmas) else set()
        if any(f"{a} {b}" in held for a in forms for b in nxt):
            return True
    return False


def _prose_event_start(doc: Doc, s: int, e: int) -> int | None:
    """Where _prose_event would name a meeting in text[s:e], without naming it."""
    toks = list(re.finditer(r"[^\s,;:()]+", doc.text[s:e]))
    for k, m in enumerate(toks):
        if fold(m.group()) in _event_nouns() and k > 0:
            ordinal = _ORDINAL_WORD.match(toks[k - 1].group()) is not None
            if ordinal or m.group()[:1].isupper():
                return s + (toks[k - 1].start() if ordinal else m.start())
    return None


def _participants_kind(words: Words) -> Kind | None:
    return next(
        (k for k in words.cues.values() if k.relation == "PARTICIPATED_IN" and k.target == "event"),
        None,
    )


_ORDINAL_WORD = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th|e|er|re|[\u00aa\u00ba]|a|o)?|first|second|third|fourth|fifth|primer|"
    r"primera|segunda|tercera|cuarta|quinta|premi[e\u00e8]re|deuxi[e\u00e8]me|troisi[e\u00e8]me|"
    r"quatri[e\u00e8]me|cinqui[e\u00e8]me)$",
    re.IGNORECASE,
)


def _prose_event(doc: Doc, s: int, e: int) -> Ent | None:
    """The meeting a long sentence of prose names and no reader made an event of ("Du 12 au 14
    mars s'est tenue à Dakar la deuxième Consultation régionale sur X, à laquelle ...", "La Red
    celebró su 3ª reunión del Grupo de Trabajo X, con ..."): named from its ordinal or its
    capitalised meeting noun up to the next comma, as written."""
    text = doc.text
    toks = list(re.finditer(r"[^\s,;:()]+", text[s:e]))
    for k, m in enumerate(toks):
        word = m.group()
        if fold(word) not in _event_nouns():
            continue
        ordinal = k > 0 and _ORDINAL_WORD.match(toks[k - 1].group()) is not None
        if not (ordinal or (word[:1].isupper() and k > 0)):
            continue
        start = s + (toks[k - 1].start() if ordinal else m.start())
        return _phrase_event(doc, start, e)
    return None


def _open_participants(doc: Doc, words: Words, line: Line, head_end: int) -> Heading | None:
    """A long sentence with no colon whose last words say who took part in what it names, the
    list in the lines under it ("... was held in C with the participation of the following
    persons" / "- P, title of O"): a list of participants; not one that hedges or forecasts."""
    text = doc.text
    ends = list(_SENTENCE_END.finditer(text, line.start, head_end))
    said = fold_slice(text, ends[-1].end() if ends else line.start, head_end)
    kind = _kind(words, " ".join(said.split()[-8:]), True)
    if kind is None or kind.relation != "PARTICIPATED_IN":
        return None
    if _modal(words, _DAY_MONTH.sub(" ", said)):
        return Heading(Kind(None, "none", ()), None, (line.start, head_end))
    return Heading(kind, None, (line.start, head_end))


_DAY_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+may\b|\bmay\s+\d")  # a date, no hedge


# where a meeting's name begins after a verb of taking part ("in the X", "en el X", "à l'X")
_AT_NAME = re.compile(
    r"\b(?:in|at|to|en|a|\u00e0|al|au|aux)\s+(?:(?:the|el|la|los|las|le|les)\s+|l['\u2019]\s*)?"
    r"(?=[A-Z\u00c0-\u00de0-9])"
)


def _phrase_event(doc: Doc, s: int, stop: int) -> Ent | None:
    """The meeting named from s up to its first comma, colon, dash or semicolon outside
    brackets, as written (an acronym in brackets after it is its alias): a known meeting named
    in it, else the event found there when one begins at s, else a new one of the whole phrase
    ("the Southern Development Community (SDC) Regional Dialogue on X": not the community)."""
    text = doc.text
    depth, e = 0, stop
    for k in range(s, stop):
        ch = text[k]
        depth += ch in "(["
        depth -= ch in ")]" and depth > 0
        if depth == 0 and (ch in ",:;\n" or text.startswith((" \u2013 ", " \u2014 ", " - "), k)):
            e = k
            break
    e = len(text[:e].rstrip(" \t.;:"))
    paren = _PAREN_END.search(text, s, e)
    acronym = paren.group(1).strip() if paren is not None and paren.start() > s else None
    if acronym is not None and paren is not None and _ACRONYM.match(acronym):
        e = paren.start()
    else:
        acronym = None
    words = text[s:e].split()
    if not 2 <= len(words) <= 30 or not _event_nouns() & {fold(w).strip("()") for w in words}:
        return None
    known = [x for x in doc.events_in(s, e) if x.text and x.id is not None]
    if known:  # ("the Civil Society Days of <a known forum>": that forum)
        return known[0]
    here = [x for x in doc.events_in(s, e) if x.text and x.start <= s + 1]
    if here:
        return max(here, key=lambda x: x.end)
    ent = candidate(s, e, text[s:e], text[s:e], "Event", 0.6)
    if acronym is not None:
        ent.aliases = (acronym,)
    return _added(doc, ent)


def _opened_by_cue(doc: Doc, words: Words, line: Line, colon: re.Match[str], start: int
                   ) -> Heading | None:  # fmt: skip
    """A long sentence that opens with who took part in a meeting it names, then says more of
    the meeting and lists them after a colon ("Organisations that took part in the Regional
    Workshop of X (ACR), held in C on 3 May with the support of O: A, B (ACR), C and D"): the
    participants of the first meeting named after the cue (its opening words alone cue it, so
    that a date's "May" is no hedge; "that will take part" still is)."""
    text = doc.text
    at = _AT_NAME.search(text, start, min(colon.start(), start + 120))
    first = _phrase_event(doc, at.end(), colon.start()) if at is not None else None
    if first is None or at is None:
        return None
    opening = fold_slice(text, start, at.end())
    if not 2 <= len(opening.split()) <= 9:
        return None
    kind = _kind(words, opening, True)
    if kind is None or kind.relation != "PARTICIPATED_IN":
        return None
    unit = next((u for u in doc.units if u.start <= colon.start() < u.end), None)
    stop = min(line.end, unit.end) if unit is not None else line.end
    stop = stop - 1 if text[stop - 1] == "." else stop
    if stop <= colon.end() or len(text[colon.end() : stop].split()) > 60:
        return None
    return Heading(kind, (colon.end(), stop), (start, first.end))


def _kind(words: Words, head: str, colon: bool) -> Kind | None:
    """The kind of the latest cue (a relation's longest): "the signatories call on:" is a list
    of demands; "Executive committee members" is a committee."""
    bare = " ".join(_COUNT.sub(" ", head).replace("\u2013", " ").split()).strip(" -,.?\u00bf")
    if colon:  # "Les intervenants étaient :": the cue ends the heading
        bare = words.copula_re.sub("", bare)
    n_words = len(bare.split())
    best: tuple[int, int, Kind] | None = None
    cue_at = (0, 0)
    for m in words.cue_re.finditer(bare):
        cue = " ".join(m.group().split())
        if len(cue) <= _SHORT and " " not in cue and bare != cue:
            continue
        if bare[max(0, m.start() - 4) : m.start()] in ("non-", "non "):
            continue  # "Non-signatory states:": the states that did not sign
        if not colon and n_words > 6 and m.start() > 0 and len(bare[: m.start()].split()) > 2:
            continue  # a long line without a colon: only a cue at its start makes a heading
        kind = words.cues[cue]
        if kind.relation == "SPOKE_AT" and not _closes_head(bare, m.end(), colon):
            continue  # "Panel discussion on wages", "Opening session": a topic, not who speaks
        if (
            best is None
            or (best[2].relation == kind.relation and len(cue) > best[1])
            or (best[2].relation != kind.relation and m.end() > best[0])
        ):
            best = (m.end(), len(cue), kind)
            cue_at = (m.start(), m.end())
    if best is None:
        if "|" in head or "\t" in head:
            return None  # a table's row ("<state> | Withdrawal"): _decision_rows reads it
        return decision_kind(bare, whole=n_words <= 3) if colon or n_words <= 3 else None
    # the heading's own words beside its cue, its brackets left out ("(list not exhaustive)")
    rest = _BRACKETS.sub(" ", bare[: cue_at[0]] + " " + bare[cue_at[1] :])
    if best[2].relation is not None and _modal(words, _DAY_MONTH.sub(" ", rest)):
        return Kind(None, "none", ())  # "Countries expected to vote against:": no fact
    said = {w[:-1] if w.endswith("s") else w for w in re.findall(r"[\w'\-]+", rest)}
    if best[2].relation in ("MEMBER_OF", "AFFILIATED_WITH") and said & words_in_every_language(
        "former"
    ):
        return Kind(None, "none", ())  # "Former members:", "Anciens membres :": no more
    if (
        best[2].relation == "MEMBER_OF"
        and said & _event_nouns()
        and not said & (words.org_words | words_in_every_language("network_noun"))
    ):
        return Kind(None, "none", ())  # "The panel was made up of:": who spoke, no members
    return best[2]


_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


# the syntax lexicons' classes of a state's decision on a process, what each states, and
# whether only its negation states it ("will not sign")
_DECISIONS = (
    ("leave", "WITHDREW_FROM", "withdrew", False),
    ("leave_noun", "WITHDREW_FROM", "withdrew", False),
    ("say_no", "WITHDREW_FROM", "will_not_join", False),
    ("join", "WITHDREW_FROM", "will_not_join", True),
    ("defer", "DEFERRED_DECISION_ON", "", False),
    ("defer_noun", "DEFERRED_DECISION_ON", "", False),
)


@lru_cache(maxsize=1)
def _decision_lexicons() -> tuple[Any, ...]:
    from ingest.extract.frames import LEXICONS, lexicon

    found = (lexicon(p.parent.name) for p in sorted(LEXICONS.glob("*/words.yaml")))
    return tuple(lex for lex in found if lex is not None)


@lru_cache(maxsize=4096)
def decision_kind(head: str, whole: bool = False) -> Kind | None:
    """A heading or a table's cell that states a decision in the words of the syntax
    lexicons, where no cue of headings.yaml is: "States that have left the compact:",
    "Countries that abandoned the pact:", "Pays qui ont claqué la porte :", a cell "Withdrew" or
    "Will not sign". It speaks of states (a noun of states in it) unless it is a few words
    (whole); a negated leaving, a hedge or a forecast ("Countries that may walk away:") states
    no fact (a kind of no relation); a negated signing is a refusal."""
    text = fold(head)
    tokens = re.findall(r"[\w\-]+(?:'(?=\w))?|'\w+", text)
    tokens = [t.strip("'") for t in tokens if t.strip("'")]
    if not tokens or len(tokens) > 14:
        return None
    lexicons = _decision_lexicons()
    lemmas = {lex.language: [lex.lemma(t) for t in tokens] for lex in lexicons}
    # (negations, refusals and hedges in any language: a cell is too short to tell which)
    negation: set[str] = set()
    hedged = False
    for lex in lexicons:
        own = set(tokens) | set(lemmas[lex.language])
        negation |= set(tokens) & lex.words.get("negation", set())
        negation |= set(lemmas[lex.language]) & lex.words.get("refuse", set())  # "refused to"
        hedged = hedged or any(
            own & lex.words.get(c, set()) for c in ("hedge_aux", "hedge_words", "forecast")
        )
    for lex in lexicons:
        said = lemmas[lex.language]
        seen = set(said) | set(tokens)
        if not whole and not seen & (lex.words.get("state_nouns", set()) | _PLURAL_STATES):
            continue
        for cls, relation, kind, needs_negation in _DECISIONS:
            matched = [
                entry for entry in lex.triggers.get(cls, set())
                if any(_says_entry(entry, tokens, said, i) for i in range(len(tokens)))
            ]  # fmt: skip
            if not matched:
                continue
            negated = bool(negation - set(matched[0]))  # ("saying no", "rejecting": its own)
            if needs_negation and not negated and not hedged:
                continue  # "Countries that support the pact": no decision
            if hedged or negated != needs_negation:
                return Kind(None, "none", ())
            props = (("kind", kind),) if kind else ()
            return Kind(relation, "process", props)
    return None


def _says_entry(entry: tuple[str, ...], tokens: list[str], lemmas: list[str], i: int) -> bool:
    """Whether a lexicon entry's words start at token i, its later words in order within two
    words of each other ("turned their backs on", "ont claqué la porte")."""
    if entry[0] not in (lemmas[i], tokens[i]):
        return False
    at = i
    for part in entry[1:]:
        nxt = next((j for j in range(at + 1, min(at + 4, len(tokens)))
                    if part in (lemmas[j], tokens[j])), None)  # fmt: skip
        if nxt is None:
            return False
        at = nxt
    return True


# plural nouns of states a lemmatizer may leave as written ("countries", "états")
_PLURAL_STATES = frozenset({"countries", "states", "governments", "paises", "estados",
                            "gobiernos", "etats", "gouvernements"})  # fmt: skip


def _modal(words: Words, text: str) -> bool:
    """Whether a word of text, as written or as its lemma in one of the lexicons' languages
    ("expected": expect), hedges, forecasts or negates."""
    for word in re.findall(r"[\w'\-]+", text):
        if word in words.modal or any(
            fold(simplemma.lemmatize(word, lang=lang)) in words.modal for lang in words.languages
        ):
            return True
    return False


# after a cue of speakers, what may still close the heading: a number ("Panel 2"), or, before
# a colon, a phrase on where or what ("Speakers at the launch:", "Ponentes del foro:")
_HEAD_NUMBER = re.compile(r"(?:\s+(?:\d+|[ivx]+|[a-z]))?\s*$")
_HEAD_TAIL = re.compile(
    r"\s+(?:at|of|for|on|in|during|de|del|en|sobre|para|durante|du|des|lors|pour|sur|au|a)\b"
)


def _closes_head(bare: str, end: int, colon: bool) -> bool:
    """Whether a cue of speakers is what the heading announces: it ends the heading, or only a
    number follows it, or (a label before a colon) a phrase of place or topic: a list of
    people after "Panel discussion on wages", "Panel sobre X" (a title line) or "With the
    support of:" is no list of speakers."""
    return bool(_HEAD_NUMBER.match(bare, end) or (colon and _HEAD_TAIL.match(bare, end)))


# --- items ------------------------------------------------------------------------------------
def _is_gap(doc: Doc, words: Words, line: Line) -> bool:
    """ "[...]", "... and further organisations (list abridged)", "The list continues ..."."""
    raw = doc.text[line.start : line.end]
    if not any(c.isalpha() for c in raw) or raw.startswith(("...", "\u2026", "[")):
        return True
    f = fold_slice(doc.text, line.start, line.end)
    return (len(f.split()) <= 14 and bool(words.gap_re.search(f)) and not raw[:1].isupper()) or (
        bool(words.prose_re.match(f)) and bool(words.gap_re.search(f))
    )


def _is_region(doc: Doc, words: Words, line: Line, kind: Kind | None) -> bool:
    """A line that groups the items under it: a region word, or a lone state or place in a
    list that is not of states."""
    f = fold_slice(doc.text, line.start, line.end).strip(" :.-")
    if f in words.regions or _group_heading(words, f):
        return True
    if kind is not None and kind.relation in _STATE_LISTS:
        return False
    whole = [e for e in doc.ents_in(line.start, line.end, ("Government", "Place"))
             if e.end - e.start >= 0.8 * len(f)]  # fmt: skip
    return bool(whole) and not doc.ents_in(line.start, line.end, ORGS)


def _group_heading(words: Words, folded: str) -> bool:
    """A line made only of words that group a list's items by scope or kind ("National
    Organizations", "State and Local Organizations", "Organizaciones nacionales y locales")."""
    found = re.findall(r"[\w\-']+|&", folded)
    return 2 <= len(found) <= 6 and all(w in words.group_heads for w in found)


def _whole_place(doc: Doc, s: int, e: int) -> bool:
    return any(x.end - x.start >= 0.8 * (e - s) for x in doc.ents_in(s, e, ("Government", "Place")))


def _kind_line(doc: Doc, words: Words, line: Line) -> bool:
    """A line that says only what kind of meeting an entry is and how it is held ("Side event
    (hybrid)", "SIDE EVENT 4", "Webinar - online"): a line of what, no title."""
    folded = re.sub(r"\([^()]*\)", " ", fold_slice(doc.text, line.start, line.end))
    bare = " ".join(w for w in re.sub(r"[\d\W_]+", " ", folded).split() if w not in ("n", "no"))
    bare = " ".join(words.format_re.sub(" ", bare).split())
    return bool(bare) and words.event_re.fullmatch(bare) is not None


def _where_line(doc: Doc, words: Words, line: Line) -> bool:
    """A line of where an entry is held: short comma-separated parts, each with a capital or a
    number first, one a room, a hall or a known place ("Room 4, Conference Centre, <city>",
    "Salle 12, Palais des Nations"), no stop and no colon."""
    text, s, e = doc.text, line.start, line.end
    if s >= e or text[e - 1] in ".;:!?" or _COLON.search(text, s, e) is not None:
        return False
    parts = _segments(text, s, e)
    if not parts or any(
        len(text[a:b].split()) > 5 or not (text[a].isupper() or text[a].isdigit()) for a, b in parts
    ):
        return False
    placed = [
        (a, b) for a, b in parts
        if words.venue_re.search(fold_slice(text, a, b)) or _whole_place(doc, a, b)
    ]  # fmt: skip
    if not placed:
        return False
    # one part alone must be a room with its number ("Room 4"), not a title ("Room to grow")
    return len(parts) > 1 or any(c.isdigit() for c in text[s:e])


def _is_prose(doc: Doc, line: Line) -> bool:
    raw = doc.text[line.start : line.end]
    n_words = len(raw.split())
    return len(raw) > 260 or (raw.endswith(".") and n_words > 12 and not line.bullet)


def _list_lines(doc: Doc, words: Words, lines: list[Line], i: int, kind: Kind | None) -> list[Line]:
    """The lines of the list that lines[i] announces."""
    out: list[Line] = []
    for line in lines[i + 1 :]:
        if line.blank_before > 1 or (line.blank_before and out and not _continues(
            doc, words, line, out, kind
        )):  # fmt: skip
            break
        if _is_gap(doc, words, line):
            continue
        contact = _contact_person(doc, words, line, kind)
        if contact is not None:  # "P - O - p@o.org" under "Media contacts": P and O
            out.append(contact)
            continue
        if (_is_prose(doc, line) and not _person_entry(doc, line, out)) or (
            ends_list(doc, words, line.start, line.end) and not _dated_state(doc, kind, line)
        ):
            break
        if _column_heads(doc, words, line):
            continue  # "Organization | Country | Role": a table's head
        head = _heading(doc, words, line)
        if (
            head is not None
            and head.kind is not None
            and not _looks_like(doc, line, out)
            and not _office_label(doc, words, line, kind, head)
        ):
            break
        if _is_region(doc, words, line, kind) or (
            head is not None and head.kind is None and head.rest is None
        ):
            continue  # a region or a country line: a group of the list
        out.append(line)
    return out


def _person_entry(doc: Doc, line: Line, out: list[Line]) -> bool:
    """A long line of a list of people that ends with a stop ("P, fondateur de A et président
    de B."): one more entry like the lines before it, each a person's name and a comma first,
    not a sentence after the list."""
    raw = doc.text[line.start : line.end]
    if not out or len(raw) > 260 or _SENTENCE_END.search(raw[:-1]):
        return False

    def named(x: Line) -> bool:  # (the people of the lines above may be found later)
        return _NAME_COMMA.match(doc.text, x.start, x.end) is not None

    first = [e for e in doc.ents_in(line.start, line.end) if e.start == line.start]
    return any(e.type == "Person" and doc.text[e.end : e.end + 1] == "," for e in first) and all(
        named(x) for x in out
    )


# a line that opens with a name of two to four capitalised words and a comma
_NAME_COMMA = re.compile(r"(?:[A-Z\u00c0-\u00de][\w'\-]+[ \t]+){1,3}[A-Z\u00c0-\u00de][\w'\-]+,")


def _office_label(doc: Doc, words: Words, line: Line, kind: Kind | None, head: Heading) -> bool:
    """ "Chair: P" under a body's people ("Board of Directors"): an office on that body, a
    labelled line of its list; not a session's chair (a programme's line)."""
    if kind is None or kind.relation not in ("MEMBER_OF", "AFFILIATED_WITH"):
        return False
    if head.kind is None or head.kind.relation != "SPOKE_AT" or head.rest is None:
        return False
    label = fold_slice(doc.text, line.start, head.named[1])
    return len(label.split()) <= 3 and bool(words.title_re.fullmatch(label.strip()))


_CONTACT_TAIL = re.compile(r"[\s,;:|\u2013\u2014\-]+$")


def _contact_person(doc: Doc, words: Words, line: Line, kind: Kind | None) -> Line | None:
    """A contact's line in a list of media contacts, "P - O - p@o.org", "P, O, +1 555 0100":
    the line before its address or number, when it opens with a person's name (a contact
    line ends any other list)."""
    if kind is None or kind.relation != "AFFILIATED_WITH":
        return None
    tail = _CONTACT.search(doc.text, line.start, line.end)
    if tail is None or tail.start() <= line.start:
        return None
    cut = doc.text.rfind(" ", line.start, tail.start()) if "@" in tail.group() else tail.start()
    m = _CONTACT_TAIL.search(doc.text, line.start, max(line.start, cut))
    end = m.start() if m is not None else cut
    if end <= line.start or _person_line(doc, words, line.start, end, True) is None:
        return None
    return Line(line.start, end, line.bullet, line.blank_before, line.paragraph, line.number)


def _dated_state(doc: Doc, kind: Kind | None, line: Line) -> bool:
    """A line of a list of states' decisions that opens with a state and gives its date
    ("<state> (31 October 2018)", "<state> - 18 July 2018"): an item, not a place and date line
    that ends the list."""
    if kind is None or kind.relation not in _STATE_LISTS:
        return False
    first = doc.ents_in(line.start, line.end, GOV)
    return bool(first) and first[0].start <= line.start + 4


_CONTACT = re.compile(
    r"@|https?:|www\.|\+?\(?\d[\d ().\-]{7,}\d|^\d{1,5}[a-z]?,?\s+[A-Za-z\u00c0-\u00ff]"
)


def ends_list(doc: Doc, words: Words, s: int, e: int) -> bool:
    """A line after which a list of names has ended, or that is no name of it: a closing or
    contact line ("For more information", "Contact presse", "About us": list_ends in
    headings.yaml), an address, a phone number, a link or an e-mail, a place and date line
    ("Paris, le 10 mai 2024")."""
    raw = doc.text[s:e]
    if words.end_re.match(fold_slice(doc.text, s, e)) or _CONTACT.search(raw):
        return True
    if len(raw.split()) > 9:
        return False
    dated = [d for d in find_dates(doc.text, s, e, doc.document_date) if d.value]
    return any(len(d.value or "") >= 7 and d.end >= e - 2 for d in dated)


def _column_heads(doc: Doc, words: Words, line: Line) -> bool:
    cells = _cells(doc, line.start, line.end)
    return len(cells) > 1 and all(
        fold_slice(doc.text, a, b) in words.column_heads for a, b in cells
    )  # fmt: skip


_CELL = re.compile(r"\s*(?:\||\t)\s*")


def _cells(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """The cells of a table row written as a line ("A | Country | Role", tab-separated)."""
    out, cursor = [], s
    for m in _CELL.finditer(doc.text, s, e):
        out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, e))
    return [(a, b) for a, b in out if a < b]


def _continues(doc: Doc, words: Words, line: Line, seen: list[Line], kind: Kind | None) -> bool:
    """After a blank line the list goes on with a region sub-heading or another bullet, or
    with another office ("Trésorier : P" after "Président : Q", each its own paragraph)."""
    return (
        _is_region(doc, words, line, kind)
        or (line.bullet and seen[-1].bullet)
        or (_office_line(doc, words, line) and _office_line(doc, words, seen[-1]))
    )


def _office_line(doc: Doc, words: Words, line: Line) -> bool:
    """ "Title : Name ...": a short label that holds a title before a colon, a name after."""
    colon = doc.text.find(":", line.start, line.end)
    if colon <= line.start or len(doc.text[line.start : colon].split()) > 5:
        return False
    after = doc.text[colon + 1 : line.end].strip()
    return bool(after) and bool(words.title_re.search(fold_slice(doc.text, line.start, colon)))


def _looks_like(doc: Doc, line: Line, seen: list[Line]) -> bool:
    """A cue inside an item ("Ministry of ..., member of ...") does not end the list: an item
    line looks like the items before it (a bullet like theirs, no colon)."""
    return (
        bool(seen) and seen[-1].bullet == line.bullet and ":" not in doc.text[line.start : line.end]
    )


# --- one line ---------------------------------------------------------------------------------
_PARTICLES = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "van",
        "von",
        "der",
        "den",
        "y",
        "da",
        "di",
        "du",
        "le",
        "dos",
        "das",
        "ter",
        "bin",
        "ben",
        "al",
        "el",
        "e",
        "zu",
        "af",
    ]
)
_PAREN_END = re.compile(r"\s*\(([^()]{1,160})\)\s*$")
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9&.\-/]{1,12}$")
_LOWER_ARTICLE = re.compile(r"^(?:(?:el|la|los|las|le|les|the|un|une|una)\s+|l['\u2019]\s*)")
_QUOTED = re.compile(r"[\"\u201c\u00ab\u201e]\s*([^\"\u201d\u00bb]{2,80}?)\s*[\"\u201d\u00bb]")
_TRAIL = " \t;,.:"


_DOTTED = re.compile(r"(?:^|(?<=\s))(?:[A-Z]\.){1,}[A-Z]$")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRAIL + "\u00a0":
        s += 1
    while e > s and text[e - 1] in _TRAIL + "\u00a0":
        e -= 1
    if e < len(text) and text[e] == "." and _DOTTED.search(text, s, e):
        e += 1  # "C.A.S.A.": an acronym's own last dot
    lead = _LOWER_ARTICLE.match(text, s, e)
    if lead and text[lead.end() : lead.end() + 1].isupper():
        s = lead.end()
    return s, e


def _segments(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Comma-separated parts of text[s:e], commas inside parentheses or quotes kept."""
    out, depth, quoted, cursor = [], 0, False, s
    for k in range(s, e):
        c = text[k]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in '"\u201c\u201d\u00ab\u00bb':
            quoted = not quoted if c == '"' else c in "\u201c\u00ab"
        elif c in ",;" and depth == 0 and not quoted:
            out.append(_trim(text, cursor, k))
            cursor = k + 1
    out.append(_trim(text, cursor, e))
    return [(a, b) for a, b in out if a < b]


def _words_of(doc: Doc, s: int, e: int) -> list[str]:
    return re.findall(r"[\w'\-]+", fold_slice(doc.text, s, e))


def _person_name(doc: Doc, words: Words, s: int, e: int, add: bool = True) -> Ent | None:
    """A person's name over text[s:e] (a courtesy title before it left out): the known
    person, or a new one when its words are names (capitalised, no organization word)."""
    hon = words.honorific_re.match(fold_slice(doc.text, s, e))
    honorific = hon is not None
    if hon:
        s += hon.end()
    s, e = _trim(doc.text, s, e)
    last = doc.text.rfind(" ", s, e)
    if last > s and fold_slice(doc.text, last + 1, e).strip(".") in words.postnominals:
        s, e = _trim(doc.text, s, last)  # "Kara Lind MP": Kara Lind
    titled = not honorific and any(
        m.end() == len(f) for f in [fold_slice(doc.text, s, e)] for m in words.title_re.finditer(f)
    )  # "Policy Adviser", "Communications Officer": a title on its own line, no one's name
    for ent in doc.ents_in(s, e, ("Person",)):
        if ent.start <= s + 1 and ent.end >= e - 1 and not (titled and ent.id is None):
            return ent
    # (a new "organization" of just these words, which another reader guessed, may be a
    # person's name: the words decide below)
    kinds = (*ORGS, "Government", "Event", "Document", "Process")
    guessed = [x for x in doc.ents_in(s, e, ORGS) if x.id is None and (x.start, x.end) == (s, e)]
    blocking = [x for x in doc.ents_in(s, e, kinds) if x not in guessed]
    if blocking:
        return None
    raw = doc.text[s:e].split()
    if not 1 <= len(raw) <= 5 or (len(raw) == 1 and not honorific):
        return None
    if _ACRONYM.match(raw[0]) and len(raw[0]) > 1 and raw[0].upper() == raw[0]:
        return None  # "LDH Belge": an organization's acronym first
    if any(w.lower() not in _PARTICLES and not w[:1].isupper() for w in raw):
        return None
    if any(c.isdigit() for c in doc.text[s:e]) or set(_words_of(doc, s, e)) & words.org_words:
        return None
    if len(raw) == 1 and _ACRONYM.match(raw[0]):
        return None
    if titled:
        return None
    new = candidate(s, e, doc.text[s:e], doc.text[s:e], "Person", 0.7)
    return _added(doc, new) if add else new  # (not added: a caller that may not want it)


def _added(doc: Doc, ent: Ent) -> Ent:
    """doc.add, reading anew a mention of the same span that a list line shows to be of
    another type (a "Person" that is an organization's name)."""
    for other in doc.ents_in(ent.start, ent.end):
        if other.start == ent.start and other.end == ent.end:
            if other.type == ent.type or other.id is not None:
                return other
            return doc.replace(other, ent)
    return doc.add(ent)


def _organization(doc: Doc, words: Words, s: int, e: int, kinds: tuple[str, ...] = ACTORS
                  ) -> Ent | None:  # fmt: skip
    """The organization (or state) named by text[s:e]: "Name (ACR)", "ACR (Expansion)",
    "Name (Country)", a quoted name; a known name when one covers it."""
    text = doc.text
    s, e = _trim(text, s, e)
    quoted = _QUOTED.search(text, s, e)
    if quoted and quoted.end() - quoted.start() < e - s:
        s, e = quoted.start(1), quoted.end(1)
    aliases: tuple[str, ...] = ()
    paren = _PAREN_END.search(text, s, e)
    if paren is not None and paren.start() > s:
        inside = paren.group(1).strip()
        e = paren.start()
        name = text[s:e].strip()
        if _ACRONYM.match(inside) or (_ACRONYM.match(name) and len(inside) > len(name)):
            aliases = (inside,)
    s, e = _trim(text, s, e)
    if e - s < 2 or not (text[s].isupper() or text[s].isdigit()):
        return None
    if len(text[s:e].split()) > 14:
        return None
    for ent in doc.ents_in(s, e, tuple(k for k in kinds if k != "Person")):
        if ent.end - ent.start >= 0.6 * (e - s) and ent.start <= s + 2:
            return ent
    name = text[s:e]
    hit = doc.fuzzy.lookup(name, kinds)
    if hit is not None:
        entry = hit[0]
        return _added(doc, Ent(s, e, name, entry.id, entry.id, entry.name, entry.type,
                               round(0.9 * hit[1], 2), "fuzzy"))  # fmt: skip
    if f" {fold_slice(text, s, e)} " in {f" {r} " for r in words.regions}:
        return None
    ent = candidate(s, e, name, name, "Organization", 0.7)
    ent.aliases = aliases
    return _added(doc, ent)


def _title_start(words: Words, folded: str) -> bool:
    """Whether a segment opens with a title, after up to two words of its own ("Senior
    Fellow at O", "Special Rapporteur on X"), none of them a word of a body's name."""
    m = words.title_re.search(folded)
    if m is None or (m.start() != 0 and not folded[m.start() - 1].isspace()):
        return False
    lead = folded[: m.start()].split()
    return len(lead) <= 2 and not set(lead) & words.org_words


def _org_like(doc: Doc, words: Words, s: int, e: int) -> bool:
    if _TITLE_OF.match(fold_slice(doc.text, s, e)) and words.title_re.match(
        fold_slice(doc.text, s, e)
    ):
        return False  # "Executive Director of the X Council": a title and its body, no name
    if _title_start(words, fold_slice(doc.text, s, e)) and not any(
        x.start <= s + 1 and x.end - x.start >= 0.8 * (e - s)
        for x in doc.ents_in(s, e, (*ORGS, "Government"))
    ):
        return False  # "Senior Fellow at O", "Special Rapporteur on X": a title, no name
    if any(x.end - x.start >= 0.5 * (e - s) for x in doc.ents_in(s, e, (*ORGS, "Government"))):
        return True
    raw = doc.text[s:e].split()
    if raw and _ACRONYM.match(raw[0].strip("()")) and len(raw[0]) >= 2:
        return not words.title_re.match(fold_slice(doc.text, s, e))
    first_word = fold_slice(doc.text, s, e).split()[:1]
    if first_word and words.title_re.match(first_word[0]):
        return False
    return bool(set(_words_of(doc, s, e)) & words.org_words) and doc.text[s : s + 1].isupper()


_TITLE_TAIL = re.compile(
    r"\s+(?:of|de|del|du|des|d'|for|para|pour|at|with|chez|en)$"
)  # ("Director of": Director)
_TITLE_OF = re.compile(r"^(?:[a-z\-]+ ){0,3}[a-z\-]+ (?:of|de|del|du|des|for|para|pour) ")


@dataclass
class Person:
    ent: Ent
    roles: list[tuple[str | None, Ent]]  # (title, organization)
    label: str | None = None  # a title before a colon ("Président : P"): P's on the list's group


_AND_NEXT = re.compile(r"\s+(?:and|y|et|e|&)\s+(?=[a-z\u00e0-\u00ff])")


def _person_line(
    doc: Doc, words: Words, s: int, e: int, expect: bool, labels: bool = False
) -> Person | None:
    """ "Name, Title, Organization", "Name, Title of Organization", "Name (ORG)"; expect:
    the heading lists people (speakers), so a name alone will do."""
    text = doc.text
    parts = _segments(text, s, e)
    if not parts:
        return None
    first_s, first_e = parts[0]
    label: str | None = None
    colon = text.find(":", first_s, first_e)
    short = colon > first_s and len(text[first_s:colon].split()) <= 5
    if labels and short and words.title_re.search(fold_slice(text, first_s, colon)):
        label = " ".join(text[first_s:colon].split())  # "Secretary: P (O)"
        first_s, _ = _trim(text, colon + 1, first_e)
    org_paren = _PAREN_END.search(text, first_s, first_e)
    if org_paren is not None:
        first_e = org_paren.start()
    dash = re.search(r"\s[\u2013\u2014-]\s", text[first_s:first_e])
    if dash is None and label is not None:  # "Title : Name\u2013 Country": a dash set on the name
        dash = re.search(r"(?<=[^\W\d_])[\u2013\u2014]\s", text[first_s:first_e])
    if dash is not None:  # "Name - Title, Org"
        parts.insert(1, (first_s + dash.end(), first_e))
        first_e = first_s + dash.start()
    # a new name is a person's only once the line shows it ("Name (Country)" may be a group's)
    person = _person_name(doc, words, first_s, first_e, add=False)
    if person is None:
        return None
    rest = parts[1:]
    if (
        label is not None
        and len(rest) == 1
        and _whole_place(doc, *rest[0])
        and not doc.ents_in(*rest[0], ORGS)
    ):  # "Title : Name \u2013 <country>": where the member is from, not whom with
        rest = []
    titled = bool(rest) and bool(words.title_re.search(fold_slice(text, *rest[0])))
    honorific = bool(words.honorific_re.match(fold_slice(text, parts[0][0], parts[0][1])))
    # "Name - Organization": a name of two to four words before a dash and an organization
    dashed = (
        dash is not None
        and 2 <= len(text[first_s:first_e].split()) <= 4
        and bool(rest)
        and _org_like(doc, words, *rest[0])
    )
    if not (person.via != "candidate" or titled or honorific or expect or dashed or label):
        return None
    if (
        not rest
        and not org_paren
        and not expect
        and person.via == "candidate"
        and not honorific
        and not label
    ):
        return None
    if person.via == "candidate" and not any(x is person for x in doc.ents_in(s, e)):
        person = _added(doc, person)
    roles: list[tuple[str | None, Ent]] = []
    if org_paren is not None:
        inside = _paren_role(doc, words, org_paren.start(1), org_paren.end(1))
        org = None if inside else _organization(
            doc, words, org_paren.start(1), org_paren.end(1), (*ORGS, "Government")
        )  # fmt: skip
        if (
            label is not None
            and not inside
            and _whole_place(doc, org_paren.start(1), org_paren.end(1))
        ):
            org = None  # "Title : Name (<country>)": where the member is from, not whom with
        roles += inside or ([(None, org)] if org is not None else [])
    # "Name, Title, Organization, Country", "Name - Organization, City": a place ends the line
    # as where the person is, never as whom they are with
    while (
        len(rest) >= 2
        and _whole_place(doc, *rest[-1])
        and not doc.ents_in(*rest[-1], ORGS)
        and _org_like(doc, words, *rest[-2])
        and not _whole_place(doc, *rest[-2])
    ):  # (not "Minister for Migration, <country>": the state is the minister's)
        rest = rest[:-1]
    if (
        len(rest) == 1
        and _org_like(doc, words, *rest[0])
        and not _title_first(doc, words, *rest[0])
    ):  # "Name, Organization" (not "Name, Policy Officer at O": its title and O below)
        tail = _title_tail(doc, words, *rest[0])  # "Name, O Chair": O, its chair
        if tail is not None:
            org = _organization(doc, words, rest[0][0], tail, ORGS)
            if org is not None:
                roles.append((" ".join(text[tail : rest[0][1]].split()), org))
                rest = []
        for piece in _org_pair(doc, words, *rest[0]) if rest else []:
            org = _state_body(doc, words, *piece) or _organization(doc, words, *piece, ORGS)
            if org is not None:
                roles.append((None, org))
                rest = []
    if len(rest) >= 2 and _org_like(doc, words, *rest[-1]):
        title = " ".join(text[rest[0][0] : rest[-2][1]].split())
        for piece in _org_pair(doc, words, *rest[-1]):
            org = _state_body(doc, words, *piece) or _organization(doc, words, *piece, ORGS)
            if org is not None:
                roles.append((title, org))
                rest = []
    bare_title: str | None = None  # a title segment with no body of its own
    for seg in rest:
        found = _title_paren(doc, words, *seg) or _titles_at(doc, words, *seg)
        if not found and bare_title is not None and _org_like(doc, words, *seg):
            org = _organization(doc, words, *seg, ORGS)  # "Title, O; member of Q": O
            found = [(bare_title, org)] if org is not None else []
        is_title = bool(words.title_re.match(fold_slice(text, *seg)))
        bare_title = " ".join(text[seg[0] : seg[1]].split()) if is_title and not found else None
        roles.extend(found)
    return Person(person, roles, label)


def _title_paren(doc: Doc, words: Words, s: int, e: int) -> list[tuple[str | None, Ent]]:
    """ "Name, Title (O)": a title whose body is in brackets after it (never a cut of the
    bracket's name at an apostrophe, "Title (Association Terre" and "Accueil)")."""
    paren = _PAREN_END.search(doc.text, s, e)
    if paren is None or paren.start() <= s:
        return []
    title = " ".join(doc.text[s : paren.start()].split())
    if not words.title_re.fullmatch(fold(title)):
        return []
    org = _organization(doc, words, paren.start(1), paren.end(1), (*ORGS, "Government"))
    return [(title, org)] if org is not None else []


def _title_tail(doc: Doc, words: Words, s: int, e: int) -> int | None:
    """Where a title that ends a body's name begins ("Harbour Workers Alliance Chair",
    "HWA Board Member"): one or two last words that are a title, after a name of two words or
    an acronym; none when a known name covers the title too."""
    s, e = _trim(doc.text, s, e)
    spans = [m.start() for m in re.finditer(r"\S+", doc.text[s:e])]
    for n in (2, 1):
        if len(spans) <= n:
            continue
        at = s + spans[-n]
        if not words.title_re.fullmatch(fold_slice(doc.text, at, e)):
            continue
        if any(x.start <= at < x.end - 1 and x.via != "candidate"
               for x in doc.ents_in(s, e, ORGS)):  # fmt: skip
            return None  # (a known name's own title word: "... Council of Chairs")
        head = doc.text[s:at].split()
        if len(head) >= 2 or (head and _ACRONYM.match(head[0])):
            return at
    return None


def _title_first(doc: Doc, words: Words, s: int, e: int) -> bool:
    """A segment that opens with a title and names its body after a connector ("Policy
    Officer at O", "Director of O"): a title and an organization, not one name."""
    if not words.title_re.match(fold_slice(doc.text, s, e)):
        return False
    return any(x.start > s for x in doc.ents_in(s, e, (*ORGS, "Government"))) or (
        _title_org(doc, words, s, e) is not None
    )


def _paren_role(doc: Doc, words: Words, s: int, e: int) -> list[tuple[str | None, Ent]]:
    """ "P (Director, O)", "P (O, <country>)", "P (Director of O)": a title and a body in a
    person's brackets (a place after them is where, not whom); none for a plain "(O)"."""
    parts = _segments(doc.text, s, e)
    while len(parts) >= 2 and _whole_place(doc, *parts[-1]) and not doc.ents_in(*parts[-1], ORGS):
        parts = parts[:-1]
    if len(parts) == 1 and parts[0] != (s, e):  # "(O, <country>)": O
        org = _state_body(doc, words, *parts[0]) or _organization(doc, words, *parts[0], ORGS)
        return [(None, org)] if org is not None else []
    if len(parts) == 1 and _title_first(doc, words, *parts[0]):  # "(Director of O)"
        return _titles_at(doc, words, *parts[0])
    if len(parts) != 2 or not words.title_re.match(fold_slice(doc.text, *parts[0])):
        return []
    if not _org_like(doc, words, *parts[1]):
        return []
    org = _state_body(doc, words, *parts[1]) or _organization(doc, words, *parts[1], ORGS)
    title = " ".join(doc.text[parts[0][0] : parts[0][1]].split())
    return [(title, org)] if org is not None else []


_ORG_AND = re.compile(
    r"[ \t]+(?:and|y|et|&)[ \t]+(?=[A-Z\u00c0-\u00de])|[ \t]*/[ \t]*(?=[A-Z\u00c0-\u00de])"
)  # ("A Network and B Union", "A Foundation / B Watch")


def _org_pair(doc: Doc, words: Words, s: int, e: int) -> list[tuple[int, int]]:
    """A person's two organizations in one segment ("Coordinator, A Network and B Union"):
    each, when both halves read as organizations of two words or more and no known name runs
    across the conjunction; else the segment."""
    m = _ORG_AND.search(doc.text, s, e)
    if m is None:
        return [(s, e)]
    left, right = (s, m.start()), (m.end(), e)
    if any(x.start < m.start() and x.end > m.end() for x in doc.ents_in(s - 200, e + 200)):
        return [(s, e)]
    if min(len(doc.text[a:b].split()) for a, b in (left, right)) < 2:
        return [(s, e)]
    if _org_like(doc, words, *left) and _org_like(doc, words, *right):
        return [left, right]
    return [(s, e)]


def _state_body(doc: Doc, words: Words, s: int, e: int) -> Ent | None:
    """ "Permanent Mission of X to the United Nations": the state X."""
    if not words.state_body_re.search(fold_slice(doc.text, s, e)):
        return None
    states = doc.ents_in(s, e, GOV)
    return states[0] if states else None


# what may stand between the states a state body names ("Missions of A, B and the C")
_STATE_GLUE = re.compile(
    r"(?:\s|,|\b(?:and|y|e|et|of|de|del|du|des|d'|the|la|las|los|el|le|les|l')\b)*", re.I
)


def _state_bodies(doc: Doc, words: Words, s: int, e: int) -> list[Ent]:
    """ "the Permanent Missions of A and B", "les missions permanentes du A et de la B", "la
    Misión Permanente de A": the states a segment that opens with a state's body names, when
    nothing but the states and the words that join them follows the body's noun (up to "to
    the United Nations", "ante", "auprès")."""
    folded = fold_slice(doc.text, s, e)
    lead = re.match(r"(?:the|la|las|los|el|le|les|l')?\s*", folded)
    m = words.state_body_re.match(folded, lead.end() if lead else 0)
    if m is None:
        return []
    states = doc.ents_in(s + m.end(), e, GOV)
    if not states:
        return []
    cursor = s + m.end()
    for x in states:
        if _STATE_GLUE.fullmatch(doc.text, cursor, x.start) is None:
            return []
        cursor = x.end
    rest = doc.text[cursor:e]
    if rest.strip() and not re.match(r"\s*(?:to|ante|aupr[eè]s|in|en|at|a)\b", rest, re.I):
        return []
    return list(states)


def _titles_at(doc: Doc, words: Words, s: int, e: int) -> list[tuple[str | None, Ent]]:
    """ "president of A and of B", "treasurer of A and executive director of B",
    "Directeur régional de l'OIM pour l'Afrique", "représentant le Programme X": each
    (title, organization) of a segment."""
    text = doc.text
    out: list[tuple[str | None, Ent]] = []
    title: str | None = None
    cursor = s
    pieces = [m.start() for m in _AND_NEXT.finditer(text, s, e)
              if _two_roles(doc, words, s, m.start(), m.end(), e)] + [e]  # fmt: skip
    for stop in pieces:
        piece_s = cursor
        conj = _AND_NEXT.match(text, piece_s)
        if conj is not None:
            piece_s = conj.end()
        found = _title_org(doc, words, piece_s, stop)
        cursor = stop
        if found is None:
            continue
        piece_title, org = found
        title = piece_title or title
        out.append((title, org))
    return out


def _two_roles(doc: Doc, words: Words, s: int, at: int, after: int, e: int) -> bool:
    """ "president of A and of B", "treasurer of A and executive director of B": a second
    role; not "Fédération des Sociétés de X et des Associations de Y"."""
    right = fold_slice(doc.text, after, e)
    if words.title_re.match(right):
        return True
    left_known = bool(doc.ents_in(s, at, (*ORGS, "Government")))
    left_org = left_known or bool(set(_words_of(doc, s, at)) & words.org_words)
    return left_known or (left_org and bool(set(_words_of(doc, after, e)) & words.org_words))


def _title_org(doc: Doc, words: Words, s: int, e: int) -> tuple[str | None, Ent] | None:
    text = doc.text
    f = fold_slice(text, s, e)
    quoted = _QUOTED.search(text, s, e)
    for m in words.connector_re.finditer(f):
        at = s + m.end()
        if at >= e:
            break
        after = fold_slice(text, at, e)
        if any(after == r or after.startswith(r + " ") for r in words.regions):
            continue  # "pour l'Afrique de l'Ouest": where, not who
        known = [x for x in doc.ents_in(at, e, (*ORGS, "Government")) if x.start <= at + 1]
        if not known and quoted is None and not text[at : at + 1].isupper():
            continue
        if words.title_re.match(fold_slice(text, at, e)):
            return None  # "auprès du Président de la République": an office, not an organization
        title = _TITLE_TAIL.sub("", " ".join(text[s : s + m.start()].split())) or None
        if title is not None and not words.title_re.search(fold_slice(text, s, s + m.start())):
            if set(_words_of(doc, s, s + m.start())) & words.org_words:
                return None  # "Asociación de X", "Collectif des Y": one name, no title of X
            title = None
        if known:
            return title, known[0]
        if quoted is not None:
            org = _organization(doc, words, quoted.start(1), quoted.end(1), ORGS)
        else:
            org = _state_body(doc, words, at, e) or _organization(
                doc, words, at, _before_place(doc, words, at, e), ORGS
            )  # "director of O in <city>": O
        if org is not None:
            return title, org
        return None
    return None


_PLACE_TAIL = re.compile(
    r"[ \t]+(?:in|at|en|a|\u00e0)[ \t]+[A-Z\u00c0-\u00de][\w\-']+"
    r"(?:[ \t]+[A-Z\u00c0-\u00de][\w\-']+)?[ \t.,;]*$"
)


def _before_place(doc: Doc, words: Words, s: int, e: int) -> int:
    """Where a new organization's name ends before the place it is in ("O in <city>",
    "Red X en <ciudad>"): the place phrase is no part of the name, unless the name is known."""
    tail = _PLACE_TAIL.search(doc.text, s, e)
    if tail is None or tail.start() <= s:
        return e
    if any(x.start <= s + 1 and x.end >= tail.end() - 1 for x in doc.ents_in(s, e, ORGS)):
        return e  # a known name with its place in it
    if set(_words_of(doc, tail.start(), tail.end())) & words.org_words:
        return e  # "in Migration Network": the name goes on
    return tail.start()


# --- targets ----------------------------------------------------------------------------------
def _before(doc: Doc, lines: list[Line], i: int, reach: int = 4) -> list[Line]:
    """The lines just above lines[i], nearest first."""
    return list(reversed(lines[max(0, i - reach) : i]))


def _target(doc: Doc, words: Words, kind: Kind, lines: list[Line], i: int, head: Heading
            ) -> Ent | None:  # fmt: skip
    s, e = head.named
    if kind.target == "document":
        if words.event_re.search(fold_slice(doc.text, s, e)):  # "our sponsors for this event:"
            return _event(doc, words, lines, i, head)
        if kind.relation == "CO_SPONSORED" and _in_entry(doc, words, lines, i):
            return _event(doc, words, lines, i, head, strict=True)  # a side event's sponsors
        return _named_document(doc, s, e) or doc.self_doc
    if kind.target == "vote":
        return _voted(doc, lines, i, head)
    if kind.target == "process":  # "Countries that have withdrawn:": from the text's process
        return doc.focal_process
    if kind.target == "event":
        if (
            kind.relation == "PARTICIPATED_IN"
            and not doc.events_in(s, e)
            and len(doc.text[s:e].split()) > 14
        ):  # a long sentence that tells of a meeting no reader named: the meeting it names
            told = _prose_event(doc, s, e)
            if told is not None:
                return told
        weak = kind.relation == "SPOKE_AT" and _weak_head(doc, words, head)
        return _event(doc, words, lines, i, head, strict=weak)
    if kind.target == "coalition":  # (not a heading read as a name: "Steering Committee")
        named = [x for x in doc.ents_in(s, e, ORGS)
                 if not words.cue_re.fullmatch(fold_slice(doc.text, x.start, x.end))]  # fmt: skip
        if named:
            return _body_owner(doc, words, named[-1])
        group = (
            _group_before(doc, words, s, e)
            or doc.author
            or _titled_org(doc, words)
            or _network_spoken_of(doc, words, s)
        )
        return _body_owner(doc, words, group) if group is not None else None
    if kind.target == "author":
        return doc.author
    return None


def _in_entry(doc: Doc, words: Words, lines: list[Line], i: int) -> bool:
    """Whether lines[i] is in a programme entry's block (no blank line across): a line of
    speakers, organisers or hosts, or of hours, stands beside it."""
    k = i
    while k > 0 and i - k < 10 and not lines[k].blank_before:
        k -= 1
    block = [k]
    for j in range(k + 1, min(len(lines), k + 20)):
        if lines[j].blank_before:
            break
        block.append(j)
    for j in block:
        if j == i:
            continue
        line = lines[j]
        if _TIME_FIRST.match(doc.text, line.start, line.end) or _TIME_START.match(
            doc.text, line.start, line.end
        ):
            return True
        head = _heading(doc, words, line)
        if head is not None and head.kind is not None and head.kind.relation in (
            "SPOKE_AT", "ORGANIZED", "HOSTED"
        ):  # fmt: skip
            return True
    return False


def _group_before(doc: Doc, words: Words, s: int, e: int) -> Ent | None:
    """The group a list's sentence speaks of without naming it, in the paragraph before it:
    "the network", "la Red", "le collectif" (the last organization named with that word),
    "it", "il" (the first organization of the sentence before)."""
    f = fold_slice(doc.text, s, e)
    para = doc.text.rfind("\n", 0, s) + 1
    if para >= s:
        return None
    before = [x for x in doc.ents_in(para, s, ORGS) if x.text]
    nouns = [w for w in re.findall(r"[\w\-]+", f) if w in words.org_words]
    for w in nouns:
        for x in reversed(before):
            if w in fold_slice(doc.text, x.start, x.end).split():
                return x
    if nouns or not before:
        return None
    return before[0]


def _network_spoken_of(doc: Doc, words: Words, s: int) -> Ent | None:
    """The network a page speaks of before its member list ("The X Network is a platform of
    ..." and then "Membership"): of the organizations named before the list with a network's
    word ("network", "red", "réseau"), the one named most often, the first of equals."""
    named = [x for x in doc.ents_in(0, s, ORGS)
             if x.text and set(_words_of(doc, x.start, x.end)) & words.network_words]  # fmt: skip
    if not named:
        return None
    counts = Counter(x.key for x in named)
    return max(named, key=lambda x: (counts[x.key], -x.start))


def _named_document(doc: Doc, s: int, e: int) -> Ent | None:
    """A statement the heading names: a known document, else a quoted title."""
    named = doc.ents_in(s, e, ("Document",))
    if named:
        return named[-1]
    quoted = _QUOTED.search(doc.text, s, e)
    if quoted is None:
        return None
    name = quoted.group(1)
    return _added(doc, candidate(quoted.start(1), quoted.end(1), name, name, "Document", 0.7))


def _voted(doc: Doc, lines: list[Line], i: int, head: Heading) -> Ent | None:
    """The resolution voted on: named in the heading or just above it, else the one the
    reference data says decides the process in focus."""
    for line in [lines[i], *_before(doc, lines, i, 6)]:
        named = doc.ents_in(line.start, line.end, ("Document",))
        if named:
            return named[-1]
    process = doc.focal_process
    if process is None or process.id is None:
        return None
    voted = doc.gz.voted_documents.get(process.id)
    entry = doc.gz.entry(voted) if voted else None
    if entry is None:
        return None
    return Ent(0, 0, "", entry.id, entry.id, entry.name, entry.type, 0.7, "context")


_DATE_LINE = re.compile(
    r"\s+[\u2013\u2014-]\s+|,\s+(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mie|jue|vie|sab|dom|"
    r"mer|jeu|ven|sam|dim)\w*\b)",
    re.I,
)


def _weak_head(doc: Doc, words: Words, head: Heading) -> bool:
    """A heading that is only a cue saying little of speaking ("With:", "Panel", "Opening")."""
    bare = " ".join(_COUNT.sub(" ", fold_slice(doc.text, *head.named)).split()).strip(" -,.:")
    return bare in words.weak_cues


def _event(doc: Doc, words: Words, lines: list[Line], i: int, head: Heading,
           strict: bool = False) -> Ent | None:  # fmt: skip
    """The event a list of speakers belongs to: named in the heading; a programme entry just
    above ("Public debrief - Tuesday, 5 July 2022"); the text's event; a quoted title. With
    `strict` (a cue that says little of speaking, "With:"), only one the heading or its
    programme entry names; never one named before in prose."""
    named = doc.events_in(*head.named)
    own = _line_title(doc, lines[i]) if i < len(lines) else None
    if named and (own is None or named[-1].id is not None or named[-1].end > own[1]):
        return named[-1]
    if own is not None:  # '"Title" - organised by A': the line's own title (not a name read
        return _title_event(doc, *own)  # short inside it)
    if doc.context_event is not None and _under_session(doc, words, lines, i):
        return doc.context_event  # "Panel 1: X / Moderator: P": P speaks at the meeting
    held = head.kind is not None and head.kind.relation in _HOLDERS  # "Organizers:" is a line
    titled = _entry_title(doc, words, lines, i, 1 if held else 0)  # of by whom under a title
    if titled is not None:
        return titled
    for line in _before(doc, lines, i, 3):
        entry = _programme_entry(doc, line)
        if entry is not None:
            return entry
    top = _block_title(doc, words, lines, i)
    if top is not None:
        return top
    if strict:
        return None
    section = _section_event(doc, head.named[0])
    if section is not None and not _title_event_first(doc, section, head.named[0]):
        return section
    if doc.context_event is not None:
        return doc.context_event
    title = next((u for u in doc.units[:3] if u.kind == "heading" and u.start != 0), None)
    if title is not None:
        quoted = _QUOTED.search(doc.text, title.start, title.end)
        if quoted is not None:
            name = quoted.group(1)
            return _added(doc, candidate(quoted.start(1), quoted.end(1), name, name, "Event", 0.6))
    return doc.last_event


def _block_title(doc: Doc, words: Words, lines: list[Line], i: int) -> Ent | None:
    """The title that heads the block (no blank line across) a list is in, over lines of when,
    where or what the walk up from the list did not read ("Title / Room 4 (Pavilion B) /
    Light lunch served / Speakers: ..."): the block's first line that is no line of when, no
    label and no name alone, with a line or more between it and the list."""
    k = i
    while k > 0 and i - k < 32 and not lines[k].blank_before:
        k -= 1
    if k == i or not lines[k].blank_before:
        return None  # (the text's first lines, or a block longer than a programme's entry)
    text = doc.text
    heads = [u for u in doc.units[:3] if u.kind == "heading"]
    for j in range(k, i - 1):
        line = lines[j]
        s, e = line.start, line.end
        folded = fold_slice(text, s, e)
        bare = " ".join(w for w in re.sub(r"[\d\W_]+", " ", folded).split() if w not in ("n", "no"))
        if (
            (_TIME_FIRST.match(text, s, e) and _line_title(doc, line) is None)
            or _TIME_LINE.match(text, s, e)
            or _dated_line(doc, s, e)
            or (bare and words.event_re.fullmatch(bare))
        ):
            continue  # "Monday 10 December, 13:15", "SIDE EVENT 4": the entry's when and kind
        if any(u.start <= s < u.end for u in heads[:2]):
            return None  # the text's own title
        if (
            _session_line(doc, words, line)
            or _part_title(doc, words, s, e)
            or _heading(doc, words, line) is not None
            or _is_prose(doc, line)
            or text[e - 1] in ".;,"
            or (_COLON.search(text, s, e) is not None and not _titled_line(doc, line))
            or _people_item(doc, words, s, e)
            or _whole_place(doc, s, e)
            or not 2 <= len(text[s:e].split()) <= 32
            or not (text[s : s + 2].lstrip('\u00bf\u00a1"\u201c\u00ab')[:1].isupper())
        ):
            return None
        whole = [x for x in doc.ents_in(s, e, ACTORS) if x.end - x.start >= 0.8 * (e - s)]
        if whole:
            return None  # a name alone ("Lumen Alliance"): who holds it, no title
        quoted = _QUOTED.fullmatch(text, *_trim(text, s, e))
        return _title_event(doc, *(quoted.span(1) if quoted else _trim(text, s, e)))
    return None


def entry_event(doc: Doc, at: int) -> Ent | None:
    """The event of the programme entry whose detail line holds this offset: a line of when
    ("Tuesday 5 May, 10:00"), of who organized ("Organised by A and B", "Organisers: A") or a
    label ("Room 4", "Speakers:") under the entry's title; None for a line that is no such
    detail (a section's own heading)."""
    lines = doc.memo.get("structure_lines")
    if not isinstance(lines, list):
        lines = doc.memo["structure_lines"] = _lines(doc)
    starts = [ln.start for ln in lines]
    i = bisect.bisect_right(starts, at) - 1
    if i + 1 < len(lines) and "\n" not in doc.text[at : lines[i + 1].start]:
        i += 1  # (an offset on the line's bullet)
    if i < 0 or lines[i].end < at:
        return None
    words = load_words()
    line, text = lines[i], doc.text
    own = _line_title(doc, line)
    if own is not None:
        return _title_event(doc, *own)
    colon = _COLON.search(text, line.start, line.end)
    if (
        _TIME_LINE.match(text, line.start, line.end) or _dated_line(doc, line.start, line.end)
        or _where_line(doc, words, line) or _kind_line(doc, words, line)
    ):  # fmt: skip
        labels = 1
    elif colon is None:
        led = _led_heading(doc, words, line)
        if led is None or led.kind is None:
            return None
        labels = 1 if led.kind.relation in _HOLDERS else 0
    elif len(fold_slice(text, line.start, colon.start()).split()) <= 5:
        label = fold_slice(text, line.start, colon.start())
        kind = _kind(words, label, True)
        if kind is None and not _field_label(words, label):
            return None  # "P:" over a contact's lines, "Note:": no line of an entry
        labels = 1 if kind is None or kind.relation in _HOLDERS else 0
    else:
        return None
    found = _entry_title(doc, words, lines, i, labels)
    head = [u for u in doc.units[:3] if u.kind == "heading"]
    if found is not None and any(u.start <= found.start < u.end for u in head[:2]):
        return None  # the text's own title over its dateline: the text's event, if any
    return found


def _entry_title(doc: Doc, words: Words, lines: list[Line], i: int, labels: int = 0
                 ) -> Ent | None:  # fmt: skip
    """The title of the programme entry a list belongs to: the line above it, over the lines
    that say when, where or by whom ("Date: ...", "Room 4", "Organisers: A, B"); a title that
    is a kind of meeting and a name ("Side event 2: Title") is that name. A line that is no
    title (a sentence) ends the search; a title with no such line under it must say it is a
    meeting (a section's heading names no event). A short sentence inside the entry's block
    ("The event is organised by A.", no blank line around it) is passed over, and the title
    then needs a line of when or by whom under it."""
    text = doc.text
    below: Line | None = lines[i] if i < len(lines) else None
    told = False
    blocks = 0  # blank lines crossed: an entry's title, its lines and its description may
    described = False  # stand apart ("Title", "", "A paragraph on it.", "", "Organisers: A")
    for line in _before(doc, lines, i, 32):  # (lists of people and their labels above)
        under, below = below, line
        kinded = False
        if under is not None and under.blank_before:
            blocks += 1
            if (
                blocks > 3
                or under.blank_before > 1
                or (i < len(lines) and _is_prose(doc, lines[i]))
            ):
                return None  # the entry's block ends there (a list in prose has no block)
        if _session_line(doc, words, line) and not _lists_people(doc, words, line):
            return _session_title(doc, words, line)  # "Panel 1: X": a part of the meeting
        own = _line_title(doc, line)
        if own is not None:  # "13:15 - 14:30 | Title", "Title (10:00, Room 2)", '1. "Title" - ...'
            return _title_event(doc, *own)
        if _TIME_FIRST.match(text, line.start, line.end):
            labels += 1  # "13:15-14:45 | Room C": the entry's hours and place
            continue
        if len(_cells(doc, line.start, line.end)) > 1:
            return None  # a table's row or header ("Country | Position | Date") titles nothing
        kind_first = _KIND_LABEL.match(fold_slice(text, line.start, line.end))
        if (
            kind_first
            and words.event_re.fullmatch(kind_first.group(1))
            and not _is_prose(doc, line)
        ):
            pass  # "Side event: protecting children on the move.": a title, its stop and all
        elif _is_prose(doc, line) or (text[line.end - 1] in ".;!?" and not _asked_title(doc, line)):
            n_words = len(text[line.start : line.end].split())
            alone = under is not None and under.blank_before and line.blank_before
            if alone and not described and n_words <= 120:
                described = told = True  # the entry's description, a paragraph of its own
                continue
            if under is None or under.blank_before or line.blank_before or n_words > 30:
                return None
            told = True  # a sentence of the entry's own block
            labels += 1 if _holders_first(doc, words, line) else 0  # "Organised jointly by A."
            continue
        s, e = line.start, line.end
        colon = _COLON.search(text, s, e)
        if colon is not None:
            label = fold_slice(text, s, colon.start())
            if len(label.split()) > 5 and not _titled_line(doc, line):
                return None
            if len(label.split()) > 5:
                colon = None  # a long title and its subtitle
            elif label.strip() in words.title_fields:  # "Title: X": the entry's title is X
                s = colon.end()
                labels += 1
            elif not words.event_re.search(label):
                # "Date: ...", "Venue: ...", "Organisers: ...": when, where and by whom (a list
                # of people above is passed over, but says no entry begins there)
                kind = _kind(words, label, True)
                field = _field_label(words, label)
                cued = kind is not None and (
                    kind.relation is not None or " ".join(label.split()) in words.cues
                )  # ("Agenda 2030: X": a cue that lists nothing, with words of its own)
                if cued or field or not _titled_line(doc, line):
                    held = kind is not None and kind.relation in _HOLDERS
                    labels += 1 if held or field else 0  # (not "P:", a contact's name)
                    continue
                colon = None  # "Beyond borders: labour rights in practice": a title
            elif _lists_people(doc, words, line):
                continue  # "Panel: P (O), Q (O)": the entry's panelists above
            else:
                s = colon.end()  # "Side event 2: Title": the title after the kind
                kinded = True
        elif (_TIME_LINE.match(text, s, e) and _says_when(doc, s, e)) or _dated_line(doc, s, e):
            labels += 1  # "Tuesday 5 May, 10:00 - 11:30", "10 h - 12 h, salle 3", "<city>, 3 May"
            continue
        else:
            led = _led_heading(doc, words, line)
            if led is not None and led.kind is not None:  # "Organised by A and B"
                labels += 1 if led.kind.relation in _HOLDERS else 0
                continue
            if _kind_line(doc, words, line) or _where_line(doc, words, line):
                labels += 1  # "Side event (hybrid)", "Room 4, Conference Centre": what, where
                continue
            if _people_item(doc, words, s, e) or (line.bullet and _bare_name(doc, words, s, e)):
                continue  # an item of the list of people above ("- P, O"): passed over
            k = line.number
            if line.bullet and any(
                x.bullet and abs(x.number - k) == 1 and not x.blank_before * (x.number > k)
                for x in lines[max(0, i - 17) : i + 1]
            ):
                continue  # ("- Representative of the ministry"): an item among items
        s, e = _trim(text, s, e)
        quoted = _QUOTED.fullmatch(text, s, e) or _TITLE_QUOTED.fullmatch(text, s, e)
        if quoted is not None:
            s, e = quoted.start(1), quoted.end(1)
        while e > s and text[e - 1] in ".;" and kinded:  # ("Side event: protecting X.")
            e -= 1
        opening = text[s : s + 2].lstrip("\u00bf\u00a1")[:1]  # ("¿Quién ...?": its first letter)
        if not 2 <= len(text[s:e].split()) <= 32 or not (
            opening.isupper() or kinded or _YEAR_FIRST.match(text, s, e)
        ):  # ("2030 and beyond: X")
            return None
        if _part_title(doc, words, s, e):
            return None  # "Opening remarks": a part of the meeting the programme is of
        marked = None if kinded or quoted is not None else _marked_above(doc, lines, line)
        if marked is not None:  # '1. "Title"' over a line of its own ("In person, with
            return _title_event(doc, *marked)  # interpretation"): the marked title
        over = None if kinded or quoted is not None else _title_over(doc, words, lines, line)
        if over is not None:  # "Title / Subtitle / Speakers:": the entry is named by its title
            return _title_event(doc, *over)
        for ent in doc.events_in(s, e):
            if ent.end - ent.start >= 0.6 * (e - s):
                return ent
        if told and not labels:
            return None
        if (
            not labels and colon is None
            and not _names_a_meeting(words, fold_slice(text, s, e))
            and not _entry_label_above(doc, words, lines, line)
            and not _numbered(doc, line)
            and not _heads_speakers(doc, words, lines, i, line)
        ):  # fmt: skip
            return None  # "Opening of the panel": a part of an event, not an entry's title
        if (
            blocks and not labels and not _entry_label_above(doc, words, lines, line)
            and not _numbered(doc, line)
        ):  # fmt: skip
            return None  # across a blank line, a title needs its line of when or by whom
        return _added(doc, candidate(s, e, text[s:e], text[s:e], "Event", 0.6))
    return None


def _marked_above(doc: Doc, lines: list[Line], line: Line) -> tuple[int, int] | None:
    """A title marked as one (quoted, numbered with quotes, after its hours) on a line right
    above, in the same block as the line a walk up an entry would take for its title: that
    line is a detail or a subtitle of the marked one."""
    k = lines.index(line)
    for above in reversed(lines[max(0, k - 3) : k]):
        if lines[lines.index(above) + 1].blank_before:
            return None
        span = _line_title(doc, above)
        if span is not None:
            return span
    return None


def _session_title(doc: Doc, words: Words, line: Line) -> Ent | None:
    """The event a session's line names ("Session 3 - Fair wages", "Panel: Children at sea")
    where the text is of no one meeting (no event of its own, a programme of side events): the
    title after its label; where the text is a meeting's, the session is a part of it (None)."""
    if doc.context_event is not None:
        return None
    text, s = doc.text, line.start
    first = _TIME_FIRST.match(text, s, line.end) or _TIME_START.match(text, s, line.end)
    if first is not None:
        s = first.end()
    label = words.session_re.match(fold_slice(text, s, line.end))
    if label is None:
        return None
    a, b = _trim(text, s + label.end(), line.end)
    while a < b and (text[a].isspace() or text[a] in "-\u2013\u2014:"):
        a += 1  # ("Session 3 - X", "Panel: X": the label's dash or colon)
    quoted = _QUOTED.fullmatch(text, a, b)
    if quoted is not None:
        a, b = quoted.span(1)
    opening = text[a : a + 2].lstrip("¿¡")[:1]
    if (
        not 2 <= len(text[a:b].split()) <= 32
        or not opening.isupper()
        or _part_title(doc, words, a, b)
    ):
        return None
    return _title_event(doc, a, b)


def _title_over(doc: Doc, words: Words, lines: list[Line], line: Line) -> tuple[int, int] | None:
    """The line right above an entry's title line when it opens the block and reads as a title
    too ("Fair wages for seasonal workers / A dialogue between workers and employers /
    Speakers: ..."): the entry's title, the line under it its subtitle. No line of when, no
    label, no kind of meeting alone, no name alone, no sentence, not the text's own title."""
    k = lines.index(line)
    if line.blank_before or k == 0 or not lines[k - 1].blank_before:
        return None
    above, text = lines[k - 1], doc.text
    s, e = above.start, above.end
    if any(u.start <= s < u.end for u in [u for u in doc.units[:3] if u.kind == "heading"][:2]):
        return None
    bare = " ".join(re.sub(r"[\d\W_]+", " ", fold_slice(text, s, e)).split())
    if (
        _TIME_FIRST.match(text, s, e) or _TIME_LINE.match(text, s, e) or _dated_line(doc, s, e)
        or _COLON.search(text, s, e) or _heading(doc, words, above) is not None
        or _led_heading(doc, words, above) is not None or _session_line(doc, words, above)
        or _is_prose(doc, above) or _people_item(doc, words, s, e)
        or (bare and words.event_re.fullmatch(bare))
    ):  # fmt: skip
        return None
    s, e = _trim(text, s, e)
    while e > s and text[e - 1] in " \u2013\u2014-":
        e -= 1  # ("Title \u2013" over its subtitle)
    if not 2 <= len(text[s:e].split()) <= 32 or not text[s : s + 1].isupper():
        return None
    if text[e - 1] in ".;,!?" or _part_title(doc, words, s, e) or _whole_place(doc, s, e):
        return None
    if any(x.end - x.start >= 0.8 * (e - s) for x in doc.ents_in(s, e, ACTORS)):
        return None  # a name alone ("Lumen Alliance"): who holds it, no title
    return s, e


def _heads_speakers(doc: Doc, words: Words, lines: list[Line], i: int, line: Line) -> bool:
    """Whether a line opens a block of its own (a blank line above it) right over the list of
    speakers lines[i] heads ("Women on the move / Speakers: A, B"): the block's title, unless
    it is the text's own title (a part of the meeting was left out before)."""
    if i >= len(lines) or lines[i].blank_before or not line.blank_before:
        return False
    if lines.index(line) != i - 1:
        return False
    title = next((u for u in doc.units[:3] if u.kind == "heading" and u.start != 0), None)
    if title is not None and title.start <= line.start < title.end:
        return False
    head = _heading(doc, words, lines[i])
    return (
        head is not None and head.kind is not None and head.kind.relation == "SPOKE_AT"
        and not _weak_head(doc, words, head)
    )  # fmt: skip


def _entry_label_above(doc: Doc, words: Words, lines: list[Line], line: Line) -> bool:
    """Whether the line right above a title (no blank line between) says an entry begins: a
    kind of meeting and its number alone ("SIDE EVENT 4", "Atelier n° 2"), or when and where
    ("Monday, 10 December | 13:00-14:30 | Room A")."""
    k = next((n for n, x in enumerate(lines) if x.number == line.number), 0)
    if k <= 1 or line.blank_before:
        return False  # (the text's first line: its date line, not an entry's)
    above = lines[k - 1]
    a, b = above.start, above.end
    bare = " ".join(re.sub(r"[\d\W_]+", " ", fold_slice(doc.text, a, b)).split())
    bare = " ".join(w for w in bare.split() if w not in ("n", "no", "nr"))
    if bare and words.event_re.fullmatch(bare):
        return True
    return bool(
        _TIME_FIRST.match(doc.text, a, b) or _TIME_LINE.match(doc.text, a, b)
        or _dated_line(doc, a, b)
    )  # fmt: skip


def _asked_title(doc: Doc, line: Line) -> bool:
    """A title put as a question or a call ("Who protects migrants at sea?", "¿Qué protección
    para quién?", "Pay them now!"): a short line with a capital, no other stop inside; it
    still needs a line of when, where or by whom under it to be an entry's title."""
    raw = doc.text[line.start : line.end].strip()
    body = raw.lstrip('\u00bf\u00ab"\u201c ')
    return (
        raw.endswith(("?", "!")) and body[:1].isupper() and len(raw.split()) <= 15
        and not re.search(r"[.;!?]\s", raw[:-1])
    )  # fmt: skip


_HOLDERS = ("ORGANIZED", "HOSTED", "CO_SPONSORED")
_KIND_LABEL = re.compile(r"([a-z][a-z ]{2,30}?)\s*(?:\d+\s*)?:\s")  # "side event 2: "


def _under_session(doc: Doc, words: Words, lines: list[Line], i: int) -> bool:
    """Whether the list at lines[i] is in the block of a part of a meeting ("Panel 1: X"
    above it, no blank line between)."""
    below = lines[i] if i < len(lines) else None
    for line in _before(doc, lines, i, 16):
        if below is not None and below.blank_before:
            return False
        if _session_line(doc, words, line) and not _lists_people(doc, words, line):
            return True
        below = line
    return False


def _lists_people(doc: Doc, words: Words, line: Line) -> bool:
    """A "Panel:" line that lists who sits on it ("Panel: P (O), Q (O)", or nothing after its
    colon): the entry's panelists, no part of a meeting with its own title."""
    colon = _COLON.search(doc.text, line.start, line.end)
    if colon is None:
        return False
    s, e = _trim(doc.text, colon.end(), line.end)
    if s >= e:
        return True
    first = _segments(doc.text, s, e)[0]
    bracket = doc.text.find("(", *first)
    end = bracket if bracket > first[0] else first[1]
    if any(w.lower() in _TITLE_CASE for w in doc.text[first[0] : end].split()[1:]):
        return False  # "Panel: Children On The Move": a title in title case
    return _person_name(doc, words, first[0], end, add=False) is not None


def _session_line(doc: Doc, words: Words, line: Line) -> bool:
    """A programme line that names a part of a meeting, its hours first or not ("Panel 1:
    Recruitment fees", "09:30 Table ronde 1 : « Accès aux droits »", "Mesa 2 - Cuidados")."""
    s = line.start
    first = _TIME_FIRST.match(doc.text, s, line.end) or _TIME_START.match(doc.text, s, line.end)
    if first is not None:
        s = first.end()
    return words.session_re.match(fold_slice(doc.text, s, line.end)) is not None


# the hours that open a programme line ("09:30 ", "9h00 ", "10 h 15 - ")
_TIME_START = re.compile(
    r"\d{1,2}(?:[:.h]\s?\d{2}|\s?h)\s*(?:[ap]\.?m\.?)?\s*[-\u2013\u2014|:]?\s+"
)


def _field_label(words: Words, label: str) -> bool:
    """ "Date", "Venue", "Lieu et horaire": a label of an entry's line of when, where or how."""
    found = re.findall(r"[a-z]+", label)
    return bool(found) and any(w in words.entry_fields for w in found)


# small words a title in title case capitalises and a person's name never holds
_TITLE_CASE = frozenset(["the", "on", "for", "of", "and", "in", "at", "to", "with", "from", "a"])


def _titled_line(doc: Doc, line: Line) -> bool:
    """A line that opens with a capital or a number and whose words after its colon (two or
    more) are no date, no list of names and no person's role ("Beyond borders: labour rights
    in practice", "Agenda 2030: cities, rights and the compact"): a title with its subtitle."""
    raw = doc.text[line.start : line.end]
    head, _, tail = raw.partition(":")
    tail = tail.strip()
    if not (head[:1].isupper() or head[:1].isdigit()) or len(tail.split()) < 2:
        return False
    if _TIME_LINE.match(head) and not _YEAR_FIRST.match(head):
        return False  # ("10 May: X", "10:00: X"; "2030 and beyond: X" is a title)
    if _TIME_LINE.match(tail) or (any(c.isdigit() for c in tail) and len(tail.split()) < 4):
        return False  # ("Date: 10 May 2018", "Room: B 204")
    parts = [x.strip() for x in re.split(r"[,;]", tail) if x.strip()]
    if len(parts) > 1 and all(x[:1].isupper() for x in parts):
        return False  # "Languages: English, French", "P: Director, O"
    names = head.split()  # ("P: director of O"): a person's name, each word a capital
    person = 2 <= len(names) <= 4 and all(w[:1].isupper() or w in _PARTICLES for w in names)
    if any(w.lower() in _TITLE_CASE for w in names[1:]):
        return True  # "Children On The Move: who pays?": a title's capitals, no person's name
    return not (person and looks_like_name(head.strip()))


# a year and a word that is no month first ("2030 and beyond"): a title's, not a date's
_YEAR_FIRST = re.compile(
    r"\s*(?:19|20)\d\d\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|"
    r"fev|f\u00e9v|avr|mai|juin|juil|ao\u00fb|d\u00e9c)\w*)[^\W\d]",
    re.I,
)


# a programme line that gives an entry's title with its own time or number: the hours first
# ("13:15 - 14:30 | Title", "10h-12h : Titre"), the hours after in brackets ("Title (10:00-11:15,
# Room 2)"), a quoted title first ('1. "Title" - organised by A')
_HOURS = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|h)?"
_TIME_FIRST = re.compile(
    rf"{_HOURS}\s*(?:[-\u2013\u2014]|to|a|\u00e0)\s*{_HOURS}\s*"
    r"(?:(?:\||[-\u2013\u2014:,])\s+(?=\S)|\s+(?=[\"\u201c\u00ab]?[A-Z\u00c0-\u00de]))"
)
_TIME_AFTER = re.compile(r"\s*\(([^()]*\d[^()]*)\)\s*$")
_DATE_DASH = re.compile(r"\s+[\u2013\u2014-]\s+|\s+\|\s+")
_QUOTED_FIRST = re.compile(
    r"[\"\u201c\u00ab\u201e]\s*([^\"\u201d\u00bb\n]{4,160}?)\s*[\"\u201d\u00bb]"
    r"\s*(?:$|[-\u2013\u2014:,(|])"
)


def _line_title(doc: Doc, line: Line) -> tuple[int, int] | None:
    """The title a programme line gives with its own time or as a quoted name: its span."""
    text, s, e = doc.text, line.start, line.end
    if _session_line(doc, load_words(), line):
        return None  # "09:30 Panel 1: X": a part of the meeting, no event of its own
    span: tuple[int, int] | None = None
    first = _TIME_FIRST.match(text, s, e)
    if first is not None:
        span = _trim(text, first.end(), e)
    elif (quoted := _QUOTED_FIRST.match(text, s, e)) is not None:
        span = quoted.span(1)
    elif (dated := _dated_title(doc, load_words(), line)) is not None:
        span = dated  # "March 1-2: Workshop on X, organised by A"
    elif (after := _TIME_AFTER.search(text, s, e)) is not None and (
        _TIME_LINE.match(after.group(1)) or _names_a_date(doc, *after.span(1))
    ):
        span = _trim(text, s, after.start())
    elif (dash := _DATE_DASH.search(text, s, e)) is not None and _day_first(doc, s, dash.start()):
        span = _trim(text, dash.end(), e)  # "Monday 10 December, 13:15 - Title"
    if span is None:
        return None
    a, b = span
    first_word = fold_slice(text, a, b).split()[:1]
    if (first_word and first_word[0] in load_words().entry_fields) or _whole_place(doc, a, b):
        return None  # "13:15-14:45 | Room C", "10h-12h, <city>": when and where, no title
    quoted_in = _QUOTED.fullmatch(text, a, b)
    if quoted_in is not None:
        a, b = quoted_in.span(1)
    if not 2 <= len(text[a:b].split()) <= 32 or not text[a : a + 1].isupper():
        return None
    if _part_title(doc, load_words(), a, b):
        return None  # "9h00 - 9h30 : Cérémonie d'ouverture": a part of the meeting
    if _names_a_date(doc, a, b):
        return None  # "10:00 a.m.-5:30 p.m., March 3, 2024": its hours and day, no title
    if _place_like(doc, a, b) and not set(re.findall(r"[a-z]+", fold(text[a:b]))) & EVENT_KEYWORDS:
        return None  # "19 December 2018 | <city>": a dateline's place, no title
    return a, b


# a title line in single or low quotes ("\u2018Title\u2019", "'Title'", "\u201eTitel\u201c")
_TITLE_QUOTED = re.compile(r"[\u2018'\u201e]\s*([^\n]{2,160}?)\s*[\u2019'\u201c\u201d]")
_CLOCK = re.compile(r"\d\s?[:.h]\s?\d\d|\d\s?(?:[ap]\.?m\b|h\b)", re.I)


def _says_when(doc: Doc, s: int, e: int) -> bool:
    """Whether a line that opens with a number or a weekday gives an hour or a date ("13:15",
    "10 h", "Tuesday 5 May"), not a title that opens with a number ("10 years of the compact")."""
    return _CLOCK.search(doc.text, s, e) is not None or any(
        d.value for d in find_dates(doc.text, s, e, doc.document_date)
    )


def _day_first(doc: Doc, s: int, e: int) -> bool:
    """Whether text[s:e], the head of a programme line before its dash, is its day and hours
    ("10 December", "Monday 10 December, 13:15"): a short run that opens with a weekday or a
    number and holds a date."""
    if len(doc.text[s:e].split()) > 6 or not _TIME_LINE.match(doc.text, s, e):
        return False
    return any(d.value for d in find_dates(doc.text, s, e, doc.document_date))


def _part_title(doc: Doc, words: Words, s: int, e: int) -> bool:
    """A programme line's title that names a part of the meeting ("Opening remarks by the
    chair", "Ouverture du panel", "Palabras de bienvenida"), no entry of its own."""
    return words.part_re.match(fold_slice(doc.text, s, e).lstrip('"\u201c\u00ab ')) is not None


# a programme line's own number before its title ("2. ", "3) ")
_NUMBER = re.compile(r"[ \t\u00a0]*\(?\d{1,3}[.)][ \t\u00a0]+")


def _numbered(doc: Doc, line: Line) -> bool:
    """A line that opens with its number ("2. Children on the move"): a numbered programme's
    entry, a title even with no line of when or by whom under it."""
    bol = doc.text.rfind("\n", 0, line.start) + 1
    return line.bullet and _NUMBER.fullmatch(doc.text, bol, line.start) is not None


def _holders_first(doc: Doc, words: Words, line: Line) -> bool:
    """A sentence that opens with a cue of who organised or hosted ("Organised jointly by A, B
    and C. The debate ..."): the entry's line of by whom, though it goes on."""
    folded = fold_slice(doc.text, line.start, line.end)
    prefix = _LEAD_PREFIX.match(folded)
    m = words.cue_re.match(folded, prefix.end() if prefix else 0)
    if m is None or not _LEAD_CUE_END.search(m.group()):
        return False
    kind = words.cues.get(" ".join(m.group().split()))
    return kind is not None and kind.relation in _HOLDERS


def _title_event(doc: Doc, s: int, e: int) -> Ent:
    """The event a programme entry's title names: a known one over most of it, else a new one
    (not a name read short inside it, "Dialogue on Fishers" of "Dialogue on Fishers' Rights")."""
    for ent in doc.events_in(s, e):
        if (ent.id is not None and ent.end - ent.start >= 0.6 * (e - s)) or (
            ent.start <= s and ent.end >= e
        ):
            return ent
    return _added(doc, candidate(s, e, doc.text[s:e], doc.text[s:e], "Event", 0.6))


_ITEM_DASH = re.compile(r"\s[\u2013\u2014-]\s")  # "P \u2013 O": a name, its dash, who P is


def _people_item(doc: Doc, words: Words, s: int, e: int) -> bool:
    """A line shaped as an item of a list of people or groups: after its first comma (or its
    first spaced dash), a title or an organization ("P, Officer, O", "P, O", "P - O")."""
    parts = _segments(doc.text, s, e)
    dash = _ITEM_DASH.search(doc.text, *parts[0]) if parts else None
    if dash is not None:  # ("P - Officer, O": its first comma after the dash)
        parts = [_trim(doc.text, s, dash.start()), _trim(doc.text, dash.end(), e)]
    return (
        len(parts) > 1
        and any(
            words.title_re.search(fold_slice(doc.text, a, b)) or _org_like(doc, words, a, b)
            for a, b in parts[1:]
        )
        and (  # a name first ("Youth, education and the Network of X" is a title)
            (
                len(names := doc.text[slice(*parts[0])].split()) > 1
                and all(w[:1].isupper() or w in _PARTICLES for w in names)
                and _person_name(doc, words, *parts[0], add=False) is not None
            )
            or _org_like(doc, words, *parts[0])
            or any(x.id is not None for x in doc.ents_in(*parts[0], ACTORS))
        )
    )


def _names_a_meeting(words: Words, folded: str) -> bool:
    """A title that opens with a kind of meeting ("Regional workshop on ...", "Panel: ...")."""
    m = words.event_re.search(folded)
    return m is not None and len(folded[: m.start()].split()) <= 1


_TIME_LINE = re.compile(
    r"[\W\d]*\d|\s*(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mi[e\u00e9]|jeu|jue|"
    r"ven|vie|sam|s[a\u00e1]b|dim|dom)[a-z\u00e0-\u00ff]*\.?,?\s+\d",
    re.I,
)


def _title_event_first(doc: Doc, section: Ent, pos: int) -> bool:
    """Whether, in the text's opening section (no heading since its title and dateline), the
    meeting the title names is the list's rather than another one the first sentences name
    ("Regional workshop on ... / Ahead of the conference in <city>, fifty groups met ...")."""
    own = doc.context_event
    if own is None or not own.text or own.key == section.key:
        return False
    heads = [k for k, u in enumerate(doc.units) if u.kind == "heading" and u.start < pos]
    title = next((u for u in doc.units[:3] if u.kind == "heading" and u.start <= own.start
                  < u.end), None)  # fmt: skip
    return title is not None and bool(heads) and heads[-1] <= 2


def _section_event(doc: Doc, pos: int) -> Ent | None:
    """The last event named (not an edition of a series) since the section's heading; of the
    events its sentence names, the one brought in by name after its noun ('se realizó el panel
    "X", como sesión de la Cumbre Y': X)."""
    start = doc.units[0].start
    for u in doc.units:
        if u.start >= pos:
            break
        if u.kind == "heading":
            start = u.start
    named = [e for e in doc.events_in(start, pos) if e.text and e.via != "edition"]
    if not named:
        return None
    unit = next((u for u in doc.units if u.start <= named[-1].start < u.end), None)
    same = [e for e in named if unit is not None and unit.start <= e.start < unit.end]
    quoted = [e for e in same if quoted_after_event_noun(doc, e)]
    return quoted[0] if len(same) > 1 and len(quoted) == 1 else named[-1]


_NOUN_BEFORE_QUOTE = re.compile(r"(\w+)[ \t\u00a0]*[\"\u201c\u00ab\u2018'][ \t\u00a0]*$")


@lru_cache(maxsize=1)
def _meeting_nouns() -> frozenset[str]:
    return words_in_every_language("event_nouns")


def quoted_after_event_noun(doc: Doc, e: Ent) -> bool:
    """Whether an event's name comes in quotes right after a meeting's noun ('el panel "X"',
    'the webinar "X"', "le séminaire « X »")."""
    m = _NOUN_BEFORE_QUOTE.search(fold(doc.text[max(0, e.start - 40) : e.start]))
    return m is not None and m.group(1) in _meeting_nouns()


def _programme_entry(doc: Doc, line: Line) -> Ent | None:
    """ "Title - date" on one line: the event named by the title."""
    text = doc.text
    sep = _DATE_LINE.search(text, line.start, line.end)
    if sep is None or not re.search(r"\d", text[sep.end() : line.end]):
        return None
    s, e = _trim(text, line.start, sep.start())
    n_words = len(text[s:e].split())
    if not 2 <= n_words <= 12 or not text[s : s + 1].isupper():
        return None
    if sep.group().lstrip().startswith(",") and _place_like(doc, s, e):
        return None  # "<city>, 12 de noviembre de 2018": a dateline
    if _TIME_LINE.match(text, s, e) or _names_a_date(doc, s, e):
        return None  # "Tuesday 17 May 2022, 10:00": a date and its hours, no title
    for ent in doc.events_in(s, e):
        if ent.start == s and ent.end == e:
            return ent
    return _added(doc, candidate(s, e, text[s:e], text[s:e], "Event", 0.6))


def _place_like(doc: Doc, s: int, e: int) -> bool:
    """A short name of capitalised words only (particles apart), or a known place: where a
    dateline was written, no title."""
    if doc.ents_in(s, e, GOV):
        return True
    raw = doc.text[s:e].split()
    return len(raw) <= 3 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in raw)


def _dated_line(doc: Doc, s: int, e: int) -> bool:
    """A short line that ends with a full date ("<city>, 3 March 2021", "Lima, marzo de 2023"):
    when and where, no title."""
    if len(doc.text[s:e].split()) > 9:
        return False
    dated = [d for d in find_dates(doc.text, s, e, doc.document_date) if d.value]
    return any(len(d.value or "") >= 7 and d.end >= e - 2 for d in dated)


def _names_a_date(doc: Doc, s: int, e: int) -> bool:
    """Whether text[s:e] is mostly a date ("17 May 2022", "Tuesday 17 May")."""
    dated = [d for d in find_dates(doc.text, s, e, doc.document_date) if d.value]
    return any(d.end - d.start >= 0.5 * (e - s) for d in dated)


@lru_cache(maxsize=1)
def _governing_re() -> re.Pattern[str]:
    """ "Board of X", "Bureau International du X", "Junta Directiva de la X": a governing body
    (body_units in headings.yaml), at most one word after it, and the word to its body."""
    names: set[str] = set()
    for path in sorted(LEXICON.glob("*/headings.yaml")):
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        names.update(" ".join(str(v).split()) for v in data.get("body_units") or [])
    return re.compile(
        r"(?:(?:the|el|la|le|l')\s*)?" + _alternation(names)
        + r"(?:\s+[^\W\d_]+)?\s+(?:of\s+the|of|du|des|de\s+la|de\s+los|de\s+las|de|del|d')\s*",
        re.I,
    )  # fmt: skip


def _body_owner(doc: Doc, words: Words, ent: Ent) -> Ent:
    """The organization whose governing body a list's group is ("Bureau International du X":
    X), when X is named on its own elsewhere in the text; else the group itself."""
    if ent.id is not None:
        return ent
    m = _governing_re().match(doc.text, ent.start, ent.end)
    if m is None or m.end() >= ent.end:
        return ent
    rest = doc.text[m.end() : ent.end].strip()
    if len(rest) < 2 or doc.text.count(rest) < 2:
        return ent  # ("Bureau of Population, Refugees and Migration": one name)
    return _organization(doc, words, m.end(), ent.end, ORGS) or ent


def _titled_org(doc: Doc, words: Words) -> Ent | None:
    """A network's own page: its name is the title (short, no sentence) and recurs below."""
    title = next((u for u in doc.units[:3] if u.kind == "heading" and
                  any(c.isalpha() for c in doc.text[u.start : u.start + 4])), None)  # fmt: skip
    if title is None or len(doc.text[title.start : title.end].split()) > 5:
        return None
    name = doc.text[title.start : title.end]
    if doc.text.count(name) < 2:
        return None
    return _organization(doc, words, title.start, title.end, ORGS)


# --- relations --------------------------------------------------------------------------------
_PEOPLE_KINDS = ("SPOKE_AT", "AFFILIATED_WITH")


def extract(doc: Doc) -> list[Proto]:
    """One relation per line of every list a heading announces (see the module's doc)."""
    words = load_words()
    lines = _lines(doc)
    out: list[Proto] = []
    done: set[int] = set()
    for i, line in enumerate(lines):
        if i in done:
            continue
        head = _heading(doc, words, line)
        if head is None:
            continue
        kind = head.kind
        if head.rest is not None:
            spans = [head.rest]
            if kind is not None and kind.relation == "SPOKE_AT":
                spans = _people_pieces(doc, words, *head.rest)
            items = [Line(a, b, False, 0, line.paragraph, line.number) for a, b in spans]
            unit = _unit(doc, line)
            target = _target(doc, words, kind, lines, i, head) if kind else None
            for item in items:
                out.extend(_line_relations(doc, words, kind, target, item, unit, inline=True))
            owner = _described_owner(doc, words, line) if kind and target else None
            if kind and kind.relation and target and owner and owner.key != target.key:
                out.append(Proto(kind.relation, owner, target, dict(kind.props), unit, 0.8,
                                 "structure"))  # fmt: skip
            for k in _more_people(doc, words, lines, i, kind):  # "Speakers: A, Org\n\nB, Org"
                done.add(k)
                more = lines[k]
                out.extend(_line_relations(doc, words, kind, target, more, _unit(doc, more)))
            continue
        members = _list_lines(doc, words, lines, i, kind)
        if not members:
            continue
        target = _target(doc, words, kind, lines, i, head) if kind else None
        for item in members:  # (a contact's line is read cut before its address)
            done.add(next(k for k, x in enumerate(lines) if x.number == item.number))
            out.extend(_line_relations(doc, words, kind, target, item, _unit(doc, item)))
    out.extend(_undersigned_tail(doc, words, lines, out))
    out.extend(_title_authors(doc, words, lines))
    out.extend(_closing_authors(doc, words, lines))
    out.extend(_address_blocks(doc, words, lines))
    out.extend(_state_offices(doc, words, lines))
    out.extend(_opened(doc, words))
    out.extend(_person_affiliations(doc, words))
    out.extend(_led_groups(doc, words, lines))
    out.extend(_decision_rows(doc, lines))
    out.extend(_network_sections(doc, words, lines))
    out.extend(_network_colon_lines(doc, words, lines))
    return out


_MEMBERS = Kind("MEMBER_OF", "coalition", (("role", "member"),))
_ACRONYM_DASH = re.compile(r"(?:^|(?<=[,;:]\s))\s*([A-Z][A-Z0-9&]{1,9})\s+[\u2013\u2014-]\s+$")


def _network_colon_lines(doc: Doc, words: Words, lines: list[Line]) -> list[Proto]:
    """A line that opens with a network's name alone and a colon, then three bodies or more
    ("Collectif X : A, B - its long name, C", "Coalition Y: A, B, C"): the network's members.
    Never a heading of its own kind (its cue decides), nor a sentence before the colon."""
    out: list[Proto] = []
    for line in lines:
        colon = _COLON.search(doc.text, line.start, line.end)
        if colon is None or doc.text.count(",", colon.end(), line.end) < 2:
            continue
        s, e = _trim(doc.text, line.start, colon.start())
        nets = [x for x in doc.ents_in(s, e, ("Organization", "Coalition"))
                if x.end >= e - 1 and _only_kind_words(doc, words, s, x.start)]  # fmt: skip
        first = re.findall(r"\w+", fold_slice(doc.text, s, e))[:1]
        if not nets and first and first[0] in _network_nouns():  # ("Red por los X": a name the
            net = _organization(doc, words, s, e, ("Organization", "Coalition"))  # text's own
            nets = [net] if net is not None else []  # entities did not make)
        if not nets:
            continue
        head = re.split(r"\b(?:of|for|on|de|del|du|des|d|pour|por|para)\b", fold(nets[0].name))[0]
        if not set(re.findall(r"\w+", head)) & _network_nouns():
            continue
        found = _heading(doc, words, line)
        if found is not None and found.kind is not None:
            continue
        item = Line(colon.end(), line.end, False, 0, line.paragraph, line.number)
        unit = _unit(doc, line)
        members = [
            p for p in _line_relations(doc, words, _MEMBERS, nets[0], item, unit, inline=True)
            if p.type == "MEMBER_OF" and p.target.key == nets[0].key and p.source.key != nets[0].key
        ]  # fmt: skip
        # "ACR - Its Long Name": one member, named by its acronym and spelled out after it
        kept: list[Proto] = []
        for p in members:
            acr = _ACRONYM_DASH.search(doc.text, item.start, p.source.start)
            if acr is not None and acr.end() == p.source.start:
                named = _organization(doc, words, acr.start(1), acr.end(1), ORGS)
                p = p if named is None else Proto(p.type, named, p.target, p.props, p.unit,
                                                  p.confidence, p.method)  # fmt: skip
            if all(k.source.key != p.source.key for k in kept):
                kept.append(p)
        members = kept
        if len(members) >= 3:
            out.extend(members)
    return out


# the small words inside a body's name ("Maison des Travailleurs", "Centre for X")
_NAME_SMALL_WORDS = frozenset(
    ["de", "del", "des", "du", "la", "las", "los", "le", "les", "el", "y", "et", "and", "of",
     "for", "on", "the", "in", "en", "pour", "para", "por", "sur", "a", "al", "au", "aux"]
)  # fmt: skip


@lru_cache(maxsize=1)
def _network_nouns() -> frozenset[str]:
    from ingest.extract.frames import lexicon

    out: set[str] = set()
    for lang in ("en", "es", "fr"):
        lex = lexicon(lang)
        if lex is not None:
            out |= {" ".join(e) if isinstance(e, tuple) else str(e)
                    for e in lex.triggers.get("network_noun", set())}  # fmt: skip
    return frozenset(fold(w) for w in out if " " not in w)


def _only_kind_words(doc: Doc, words: Words, s: int, e: int) -> bool:
    """Whether the words before a heading's name only say what kind of body it is ("Le
    réseau X", "Les associations du Réseau X", "The X"): articles and bodies' nouns."""
    said = re.findall(r"[a-z]+", fold_slice(doc.text, s, e))
    kinds = (words.org_words | _network_nouns() | _NAME_SMALL_WORDS | {"l", "d"}) - {
        "partners",  # ("Partners of the X Network": no members)
        "partner",
    }
    return len(said) <= 4 and all(w in kinds or w.rstrip("s") in kinds for w in said)


def _network_sections(doc: Doc, words: Words, lines: list[Line]) -> list[Proto]:
    """A heading that is a network's name alone ("Réseau X (RX)", "Coastal Rights Network"),
    then two or more bullet lines that each name a body and describe it after a colon or a
    dash in small letters ("• Nom : association qui ...", "• A - a legal clinic ..."): the
    network's members."""
    out: list[Proto] = []
    for i, line in enumerate(lines[:-2]):
        if line.bullet or doc.text[line.end - 1] in ".;:,":
            continue
        s, e = _trim(doc.text, line.start, line.end)
        paren = _PAREN_END.search(doc.text, s, e)
        e = paren.start() if paren is not None and paren.start() > s else e
        nets = [x for x in doc.ents_in(s, e, ("Organization", "Coalition"))
                if x.end >= e - 1 and _only_kind_words(doc, words, s, x.start)]  # fmt: skip
        head = re.split(r"\b(?:of|for|on|de|del|du|des|d)\b", fold(nets[0].name))[0] if nets else ""
        if not set(re.findall(r"\w+", head)) & _network_nouns():
            continue  # (its head a network's noun: not "Partners of the X Network")
        if _heading(doc, words, line) is not None:
            continue  # (a heading of its own kind reads its list)
        found: list[Ent] = []
        for item in lines[i + 1 :]:
            if not item.bullet or item.paragraph != lines[i + 1].paragraph:
                break
            cut = _COLON.search(doc.text, item.start, item.end) or _DASH_LEAD.search(
                doc.text, item.start, item.end
            )
            if cut is None or not _described(doc.text, item.start, cut.start(), cut.end(),
                                              item.end):  # fmt: skip
                break
            named = doc.text[item.start : cut.start()].split()
            if len(named) < 2 or not all(
                re.sub(r"^\w['\u2019]", "", w)[:1].isupper() or not w[:1].isalpha()
                or fold(w) in _NAME_SMALL_WORDS for w in named
            ):  # fmt: skip
                break  # ("Mission: to defend ...", "Date of founding: ...": labels, no names)
            ent = _organization(doc, words, item.start, cut.start(), ORGS)
            if ent is None or ent.type not in ("Organization", "Coalition"):
                break
            found.append(ent)
        if len(found) < 2 or lines[i + 1].paragraph - line.paragraph > 1:
            continue
        for ent in found:
            if ent.key != nets[0].key:
                unit = _unit(doc, line)
                out.append(Proto("MEMBER_OF", ent, nets[0], {"role": "member"}, unit, 0.7,
                                 "structure"))  # fmt: skip
    return out


def _decision_rows(doc: Doc, lines: list[Line]) -> list[Proto]:
    """A table's rows of states and what each decided on the process the text is about, in a
    cell of a few words ("<state> | Withdrew | <date>", "<state> | Will not sign"): the cell's
    decision (decision_kind), dated by the row; a hedged or negated cell ("May withdraw",
    "Has not withdrawn") and a row of no state give nothing."""
    target = doc.focal_process
    out: list[Proto] = []
    if target is None:
        return out
    for line in lines:
        cells = _cells(doc, line.start, line.end)
        if len(cells) < 2:
            continue
        states = doc.ents_in(line.start, line.end, GOV)
        said = [
            decision_kind(doc.text[a:b], whole=True)
            for a, b in cells
            if len(doc.text[a:b].split()) <= 4 and not doc.ents_in(a, b, GOV)
        ]
        kinds = [k for k in said if k is not None]
        if not states or len(kinds) != 1 or kinds[0].relation is None:
            continue
        unit = _unit(doc, line)
        for state in states:
            out.append(Proto(kinds[0].relation, state, target, dict(kinds[0].props), unit, 0.75,
                             "structure"))  # fmt: skip
    return out


_AUTHORS = (*ORGS, "Person")


def title_authors(doc: Doc) -> list[Ent]:
    """The authors the title lines name, once per text (who "we" are: stances.speaker)."""
    known = doc.memo.get("title_authors")
    if isinstance(known, list):
        return known
    found: list[Ent] = []
    words, lines = load_words(), _lines(doc)
    for p in [*_title_authors(doc, words, lines), *_closing_authors(doc, words, lines)]:
        if all(p.source.key != f.key for f in found):
            found.append(p.source)
    doc.memo["title_authors"] = found
    return found


def _title_authors(doc: Doc, words: Words, lines: list[Line]) -> list[Proto]:
    """Who wrote the text, as its title lines say: "Joint statement of A, B and C on ...",
    "Comunicado conjunto de A y B", "Communiqué conjoint de A, de B et de C", "Texto de P
    para ...", "A press release: ..." (author_cues, author_nouns and author_stops in
    headings.yaml): AUTHORED, the text itself as target."""
    out: list[Proto] = []
    seen: set[str] = set()
    for line in lines[:5]:
        raw = doc.text[line.start : line.end]
        if _is_prose(doc, line) or (raw.endswith(".") and len(raw.split()) > 8):
            break
        f = fold_slice(doc.text, line.start, line.end)
        named: list[Ent] = []
        cue = words.author_re.search(f)
        if cue is not None and cue.start() > 0 and words.byline_re.match(cue.group() + "x"):
            cue = None  # "adopted by A": only a line that opens with "By" is a byline
        if _author_heading(doc, words, line):  # (before a cue: "comunicado de prensa")
            cue = None
        if cue is not None and (cue.start() == 0 or len(f[: cue.start()].split()) <= 3):
            s = line.start + cue.end()
            e = _topic_stop(doc, words, s, line.end)
            if cue.start() == 0 and words.byline_re.match(cue.group() + "x"):
                medium = _BYLINE_MEDIUM.search(doc.text, s, e)  # "By P | Medium", "Par P avec AFP"
                e = medium.start() if medium is not None else e
            named = _names_at(doc, words, s, e)
        elif _author_heading(doc, words, line):  # "Joint media release:" and its lines
            k = lines.index(line)
            for nxt in lines[k + 1 : k + 5]:
                if _is_prose(doc, nxt):
                    break
                p = _person_line(doc, words, nxt.start, nxt.end, True)
                org = None if p is not None else _whole_org(doc, nxt)  # "Ministry of X of C"
                if (
                    p is None
                    and org is None
                    and named
                    and words.title_re.match(fold_slice(doc.text, nxt.start, nxt.end))
                ):
                    continue  # "Minister for Home Affairs" under a minister's name: the next
                if p is None and org is None:
                    break
                named.append(p.ent if p is not None else cast(Ent, org))
        else:
            after = words.author_after_re.search(f)
            if after is not None and after.start() > 0 and len(f[: after.start()].split()) <= 8:
                # "A press release": a name known before; "A - Press release", "A: statement":
                # any name the separator sets apart from the text's kind
                apart = _AUTHOR_APART.search(f[: after.start()]) is not None
                named = [
                    x
                    for x in _names_at(doc, words, line.start, line.start + after.start())
                    if x.via != "candidate" or apart
                ]
        unit = _unit(doc, line)
        for ent in named:
            if ent.key not in seen:
                seen.add(ent.key)
                out.append(Proto("AUTHORED", ent, doc.self_doc, {}, unit, 0.75, "structure"))
    return out


# where a byline's writers end and its medium begins ("By P | Medium", "Par P avec AFP")
_BYLINE_MEDIUM = re.compile(r"\s*[|/]\s|\s+(?:with|avec)\s+(?=[A-Z])")
_AUTHOR_APART = re.compile(r"\s(?:[\u2013\u2014|-])\s*$|:\s*$")


def _closing_authors(doc: Doc, words: Words, lines: list[Line]) -> list[Proto]:
    """Who signs the text off on one of its last lines, or dates it under its title, with the
    place and the full date ("Harbour Network for Migrant Rights, 12 March 2019", "Red X, Lima,
    12 de marzo de 2019"): its author. A line of a place and a date alone, or a name with no
    date, is none."""
    out: list[Proto] = []
    filled = [x for x in lines if doc.text[x.start : x.end].strip()]
    for line in [*filled[1:3], *filled[-3:]]:  # (under the title, as a dateline, or at the end)
        raw = doc.text[line.start : line.end].strip()
        if _is_prose(doc, line) or len(raw.split()) > 16 or raw.endswith((".", ":", ";")):
            continue
        parts = _segments(doc.text, line.start, line.end)
        if len(parts) < 2 or not _names_a_date(doc, *parts[-1]):
            continue
        first = parts[0]
        named = [
            x for x in doc.ents_in(*first, (*ORGS, "Government"))
            if x.start <= first[0] + 4 and x.end >= first[1] - 1 and not _whole_place(doc, *first)
        ]  # fmt: skip
        if not named and _org_like(doc, words, *first):
            org = _organization(doc, words, *first, ORGS)
            named = [org] if org is not None else []
        out += [Proto("AUTHORED", x, doc.self_doc, {}, _unit(doc, line), 0.7, "structure")
                for x in named[:1]]  # fmt: skip
    return out


# a line of capitalised words alone (small words and a bracket between): a name, no sentence
_CAPITALISED_WORD = r"(?:[A-Z\u00c0-\u00de][\w'\u2019&.\-]*|[a-z\u00e0-\u00ff]{1,4}|[(),\-\u2013])"
_CAPITALISED = re.compile(rf"{_CAPITALISED_WORD}(?:\s+{_CAPITALISED_WORD}){{0,9}}")


def _undersigned_tail(doc: Doc, words: Words, lines: list[Line], read: list[Proto]) -> list[Proto]:
    """A text whose signers speak of themselves in its body ("We, the undersigned
    organisations, call on ...", "Las organizaciones abajo firmantes", "Les organisations
    soussignées") and that ends on two or more lines that each name a body or a person, with no
    heading over them (a contact or a place-and-date line after them aside): each of those
    lines signs the text. Not where a list was read already, nor under a label ("Related
    articles") or with most lines naming nothing known ("Detention Law Debate Continues")."""
    if any(p.type in ("SIGNED", "ENDORSED") for p in read):
        return []
    said = [
        x for x in lines if _is_prose(doc, x) or doc.text[x.start : x.end].rstrip().endswith(".")
    ]
    if not any(words.undersigned_re.search(fold_slice(doc.text, x.start, x.end)) for x in said):
        return []
    kind = next((k for k in words.cues.values() if k.relation == "SIGNED"), None)
    filled = [x for x in lines if doc.text[x.start : x.end].strip()]
    while filled and ends_list(doc, words, filled[-1].start, filled[-1].end):
        filled.pop()  # (a contact, a link, a place and date after the names)
    tail: list[Line] = []
    while filled:
        line = filled[-1]
        raw = doc.text[line.start : line.end].strip()
        if _is_prose(doc, line) or raw.endswith((".", ":", ";")) or len(raw.split()) > 12:
            break
        if _group_heading(words, fold(raw).strip(" :.-")):
            filled.pop()  # ("National Organizations" over some of the names): no name
            continue
        named = doc.ents_in(line.start, line.end, (*ORGS, "Person"))
        bare = " ".join(re.sub(r"[(),]", " ", raw).split())  # ("A (Country)": words in brackets)
        if _heading(doc, words, line) is not None or not (named or _CAPITALISED.fullmatch(bare)):
            break
        tail.append(filled.pop())
    above = doc.text[filled[-1].start : filled[-1].end].rstrip() if filled else ""
    # (a line that ends on its body's country in brackets, "A (Country)", is a signer's line)
    known = [
        x for x in tail if doc.ents_in(x.start, x.end, (*ORGS, "Person")) or _country_tail(doc, x)
    ]
    if kind is None or len(tail) < 2 or 2 * len(known) < len(tail) or not above.endswith("."):
        return []
    own = doc.self_doc
    return [p for line in reversed(tail)
            for p in _line_relations(doc, words, kind, own, line, _unit(doc, line))]  # fmt: skip


def _country_tail(doc: Doc, line: Line) -> bool:
    """Whether a line ends on a state's name in brackets ("A (Country)")."""
    paren = _PAREN_END.search(doc.text, line.start, line.end)
    return paren is not None and any(
        paren.start(1) <= x.start and x.end <= paren.end(1)
        for x in doc.ents_in(paren.start(1), paren.end(1), ("Government",))
    )


def _whole_org(doc: Doc, line: Line) -> Ent | None:
    """The organization or state body a line is wholly the name of."""
    s, e = _trim(doc.text, line.start, line.end)
    for ent in doc.ents_in(s, e, (*ORGS, "Government")):
        if ent.start <= s + 4 and ent.end >= e - 1:
            return ent
    return None


def _author_heading(doc: Doc, words: Words, line: Line) -> bool:
    """A line that is only a text's kind ("Joint media release", "Comunicado:")."""
    f = fold_slice(doc.text, line.start, line.end).strip(" :")
    return words.author_after_re.fullmatch(" " + f) is not None


def _topic_stop(doc: Doc, words: Words, s: int, e: int) -> int:
    """Where the authors' names end: at a word that opens what the text is about ("on",
    "sobre", "sur", "para"), a colon or a dash, outside any name."""
    f = fold_slice(doc.text, s, e)
    marks = [m.start() for m in words.topic_re.finditer(f)]
    marks += [m.start() for m in re.finditer(r"\s*:\s|\s[\u2013\u2014-]\s", f)]
    for k in sorted(marks):
        at = s + k
        if not any(x.start <= at < x.end and x.start >= s for x in doc.ents_in(s, at + 200)):
            return at
    return e


def _names_at(doc: Doc, words: Words, s: int, e: int) -> list[Ent]:
    """The names a stretch of a title lists ("the A, B and C", "de A, de B et du C"): known and
    new names; a name the entity layer read with the cue inside it is read again."""
    s, e = _trim(doc.text, s, e)
    out: list[Ent] = []
    for part_s, part_e in _name_parts(doc, s, e):
        part_s, part_e = _trim(doc.text, part_s, part_e)
        lead = _ARTICLE_AT.match(doc.text, part_s, part_e)  # ("^" of _trim holds at 0 only)
        if lead and doc.text[lead.end() : lead.end() + 1].isupper():
            part_s = lead.end()
        if part_e - part_s < 2:
            continue
        paren = _PAREN_END.search(doc.text, part_s, part_e)  # "P (Medium)": P
        bare_e = paren.start() if paren is not None and paren.start() > part_s else part_e
        person = _person_name(doc, words, part_s, bare_e)  # (no organization word in it)
        ent = person or _organization(doc, words, part_s, part_e, _AUTHORS)
        if ent is not None and ent.type in _AUTHORS and all(o.key != ent.key for o in out):
            out.append(ent)
    return out


_ARTICLE_AT = re.compile(_LOWER_ARTICLE.pattern.lstrip("^"))
_NAME_SPLIT = re.compile(
    r"\s*,\s*(?:(?:and|y|e|et)\s+)?(?:(?:del|des|de|du|d')(?:\s+|(?<=')))?|"
    r"\s+(?:and|y|e|et|&)\s+(?:(?:del|des|de|du|d')(?:\s+|(?<=')))?"
)


def _name_parts(doc: Doc, s: int, e: int) -> list[tuple[int, int]]:
    """A list of names split at commas and conjunctions, never inside a known name."""
    named = doc.ents_in(s - 200, e + 200)
    out, cursor = [], s
    for m in _NAME_SPLIT.finditer(doc.text, s, e):
        if any(x.start < m.start() < x.end and x.start >= s - 1 for x in named):
            continue
        out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, e))
    return out


_AFTER_BRACKET = re.compile(r"(?<=\))\s*(?:[,;]\s*(?:(?:and|y|et|&)\s+)?|\s(?:and|y|et|&)\s+)|;\s*")
_NAME_LIST = re.compile(r"\s*,\s*(?:(?:and|y|et|&)\s+)?|\s+(?:and|y|et|&)\s+")


def _people_pieces(doc: Doc, words: Words, s: int, e: int) -> list[tuple[int, int]]:
    """The people a heading's own line lists ("Speakers: A (O), B (P)", "Panelists: A and B",
    "Intervenants : A ; B"), each with what follows its name; the whole span when it lists
    one person or is no such list ("P, Director, O")."""
    text = doc.text
    cuts = list(_AFTER_BRACKET.finditer(text, s, e))
    if not cuts:
        cuts = list(_NAME_LIST.finditer(text, s, e))
        pieces = _between(s, e, cuts)
        if len(pieces) < 2 or not all(_bare_name(doc, words, a, b) for a, b in pieces):
            return [(s, e)]
        return pieces
    return [(a, b) for a, b in _between(s, e, cuts) if b > a]


def _between(s: int, e: int, cuts: list[re.Match[str]]) -> list[tuple[int, int]]:
    out, cursor = [], s
    for m in cuts:
        out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, e))
    return out


def _bare_name(doc: Doc, words: Words, s: int, e: int) -> bool:
    """Whether text[s:e] is a person's name alone: two to five capitalised words (particles
    apart), no word of an organization, a title or a number."""
    raw = doc.text[s:e].strip(" .").split()
    if not 2 <= len(raw) <= 5 or any(c.isdigit() for c in doc.text[s:e]):
        return False
    if any(w.lower() not in _PARTICLES and not w[:1].isupper() for w in raw):
        return False
    folded = fold_slice(doc.text, s, e)
    return not (set(folded.split()) & words.org_words) and not words.title_re.search(folded)


def _more_people(doc: Doc, words: Words, lines: list[Line], i: int, kind: Kind | None
                 ) -> list[int]:  # fmt: skip
    """The lines after a heading of people that holds its first one ("Discussants: A, Org"):
    the next lines that are each a person and an organization, like it, up to a heading,
    prose or two blank lines."""
    if kind is None or kind.relation != "SPOKE_AT":
        return []
    out: list[int] = []
    for k in range(i + 1, len(lines)):
        line = lines[k]
        text = doc.text[line.start : line.end]
        if line.blank_before > 1 or ":" in text or _is_prose(doc, line) or "," not in text:
            break
        if _heading(doc, words, line) is not None:
            break
        if _person_line(doc, words, line.start, line.end, True) is None:
            break
        out.append(k)
    return out


_LEAD_ARTICLE = re.compile(r"(?:the|la|las|los|el|le|les)[ \t\u00a0]+|l['\u2019][ \t\u00a0]*")


def _led_groups(doc: Doc, words: Words, lines: list[Line]) -> list[Proto]:
    """A network's groups, one a line, each with the member that leads it ("Topic: coordinated
    by ORG"; group_leads in headings.yaml): MEMBER_OF the network named just above (or the
    text's author), the group as role. Two such lines at least make the list."""
    found: list[tuple[int, Ent, str]] = []
    for i, line in enumerate(lines):
        colon = _COLON.search(doc.text, line.start, line.end)
        if colon is None or len(doc.text[line.start : colon.start()].split()) > 10:
            continue
        rest = fold_slice(doc.text, colon.end(), line.end)
        lead = words.group_lead_re.match(rest.lstrip())
        if lead is None:
            continue
        s = colon.end() + (len(rest) - len(rest.lstrip())) + lead.end()
        article = _LEAD_ARTICLE.match(doc.text, s, line.end)  # ("led by the X Centre")
        s = article.end() if article else s
        e = doc.text.find(",", s, line.end)
        org = _organization(doc, words, s, e if e > 0 else line.end, ORGS)
        if org is not None:
            found.append((i, org, " ".join(doc.text[line.start : colon.start()].split())))
    if len(found) < 2:
        return []
    first = found[0][0]
    above = [x for line in _before(doc, lines, first, 2)
             for x in doc.ents_in(line.start, line.end, ("Coalition",))]  # fmt: skip
    above = above or [  # ("The X Coalition coordinates three working groups": a new name)
        x for line in _before(doc, lines, first, 1)
        for x in doc.ents_in(line.start, line.end, ORGS)
        if set(_words_of(doc, x.start, x.end)) & words.network_words
    ]  # fmt: skip
    network = above[0] if above else doc.author
    if network is None:
        return []
    return [
        Proto("MEMBER_OF", org, network, {"role": label}, _unit(doc, lines[i]), 0.75, "structure")
        for i, org, label in found
        if org.key != network.key
    ]


_PAREN_AFTER = re.compile(r"[ \t\u00a0]*\(([^()\n]{2,60})\)")


def _person_affiliations(doc: Doc, words: Words) -> list[Proto]:
    """A person's organization written beside the name: "P (ORG)", "P (PARTY/REGION)", a
    byline's "By P (Medium)", and "P of ORG", "P from ORG" (person_links in headings.yaml)."""
    from ingest.extract.syntax import titled_person

    out: list[Proto] = []
    starts = [u.start for u in doc.units]
    people = [e for e in doc.ents if e.type == "Person" and e.text]
    people += [p for p in _linked_names(doc, words) if all(p.key != e.key for e in people)]
    bylines = _bylines(doc, words)
    people += [p for p in bylines if all(p.key != e.key for e in people)]
    for person in bylines:  # "By P (Medium)": P wrote the text
        k = bisect.bisect_right(starts, person.start) - 1
        if k >= 0:
            out.append(Proto("AUTHORED", person, doc.self_doc, {}, doc.units[k], 0.7, "structure"))
    for person in people:
        k = bisect.bisect_right(starts, person.start) - 1
        if k < 0 or person.end > doc.units[k].end or titled_person(doc, person):
            continue
        org = (
            _paren_org(doc, words, person)
            or _linked_org(doc, words, person)
            or _possessor_org(doc, person)
        )
        if org is None and _PAREN_AFTER.match(doc.text, person.end) is None:
            org = _listed_org(doc, words, person, people)  # "A, B and C of ORG": each
        if org is not None and org.key != person.key:
            out.append(Proto("AFFILIATED_WITH", person, org, {}, doc.units[k], 0.7, "structure"))
    return out


_POSSESSIVE_BEFORE = re.compile(r"(?:'s|\u2019s)[ \t]+$")


def _possessor_org(doc: Doc, person: Ent) -> Ent | None:
    """The organization whose possessive stands right before a person's name ("O's A B",
    "with the network's A B" is none: a name must own it)."""
    m = _POSSESSIVE_BEFORE.search(doc.text, max(0, person.start - 4), person.start)
    if m is None:
        return None
    owners = [e for e in doc.ents_in(max(0, m.start() - 200), m.start(), (*ORGS, "Government"))
              if e.end == m.start() and e.text]  # fmt: skip
    return owners[-1] if owners else None


_PEOPLE_GAP = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*(?:(?:and|y|e|et)[ \t\u00a0]+)?|"
                         r"[ \t\u00a0]+(?:and|y|e|et|&)[ \t\u00a0]+)")  # fmt: skip


def _listed_org(doc: Doc, words: Words, person: Ent, people: list[Ent]) -> Ent | None:
    """The organization after the last name of a list of people that holds this one ("A, B and
    C of ORG", "A, B y C, de ORG"): theirs too; none when a name of the list has its own."""
    by_start = {p.start: p for p in people}
    cur = person
    for _ in range(12):
        gap = _PEOPLE_GAP.match(doc.text, cur.end)
        nxt = by_start.get(gap.end()) if gap is not None else None
        if nxt is None or _PAREN_AFTER.match(doc.text, nxt.end) is not None:
            return None
        org = _linked_org(doc, words, nxt)
        if org is not None:
            return org
        cur = nxt
    return None


_CAP = r"[A-Z\u00c0-\u00de][\w\u2019'\-]+"
_NAME_RUN = re.compile(rf"(?:{_CAP}[ \t]+){{1,2}}{_CAP}$")


def _bylines(doc: Doc, words: Words) -> list[Ent]:
    """ "By P", "Por P (Medium)", "Par P": a line that names its writer (bylines in
    headings.yaml), in the text's first lines."""
    out: list[Ent] = []
    for line in _lines(doc)[:12]:
        m = words.byline_re.match(fold_slice(doc.text, line.start, line.end))
        if m is None:
            continue
        s = line.start + m.end()
        paren = doc.text.find("(", s, line.end)
        e = paren if paren > 0 else line.end
        if len(doc.text[s:e].split()) < 2:
            continue
        person = _person_name(doc, words, s, e)
        if person is not None and person.type == "Person":
            out.append(person)
    return out


_AFTER_ARTICLE = re.compile(
    r"(?:^|\s)(?:the|a|an|el|la|los|las|le|les|un|una|une|in|at|en|of|de|del|du|des)$|l['\u2019]$",
    re.IGNORECASE,
)


def _linked_names(doc: Doc, words: Words) -> list[Ent]:
    """New people named just before "of ORG", "for ORG" where a list or a clause goes on
    ("..., A for ORG and B for ORG2"): two or three capitalised words after a lower-case word
    or a comma, never a sentence's first words."""
    out: list[Ent] = []
    for org in doc.ents:
        if org.type not in ORGS or not org.text:
            continue
        left = doc.text[max(0, org.start - 80) : org.start]
        link = re.search(r"\s+(\w+)\s+(?:(?:the|la|le|el|les|los|las)\s+)?$", left)
        if link is None or not words.link_re.fullmatch(" " + link.group(1) + " "):
            continue
        before = left[: link.start()]
        run = _NAME_RUN.search(before)
        if run is None:
            continue
        prev = before[: run.start()].rstrip(" \t")
        if not prev or not (prev[-1] == "," or prev.split()[-1][:1].islower()):
            continue
        s = org.start - len(left) + run.start()
        if not looks_like_name(run.group()) or _AFTER_ARTICLE.search(prev):
            continue  # "Permanent Observer of X": a title; "en el Edificio Central de X": a thing
        if _TITLE_COMPLEMENT.search(fold_slice(doc.text, max(0, s - 60), s)):
            continue  # "directora de Desarrollo Comunitario de X": the title's department
        person = _person_name(doc, words, s, s + len(run.group()))
        if person is not None and person.type == "Person":
            out.append(person)
    return out


def _paren_org(doc: Doc, words: Words, person: Ent) -> Ent | None:
    m = _PAREN_AFTER.match(doc.text, person.end)
    if m is None:
        return None
    s, e = m.start(1), m.end(1)
    cut = re.search(r"\s*[/,;]", doc.text[s:e])  # "PARTY/REGION": the party
    e = s + cut.start() if cut else e
    s, e = _trim(doc.text, s, e)
    if e - s < 2 or words.title_re.match(fold_slice(doc.text, s, e)):
        return None  # "P (President)": a role, not an organization
    if _ACRONYM.match(doc.text[s:e]) and _initials_in(person.name, doc.text[s:e]):
        return None  # "Name Words (NW)": an organization read as a person spells itself
    if any(c.isdigit() for c in doc.text[s:e]) or len(doc.text[s:e].split()) > 6:
        return None
    if doc.ents_in(s, e, ("Government", "Place", "Person", "Event", "Document", "Process")):
        return None  # "P (Country)": where, not whom
    org = _organization(doc, words, s, e, ORGS)
    return org if org is not None and org.type in ORGS else None


def _initials_in(name: str, acronym: str) -> bool:
    """The initials of the name's capitalised words, in order, inside the acronym."""
    rest = acronym.upper()
    for w in name.split():
        if not w[:1].isupper():
            continue
        k = rest.find(w[0].upper())
        if k < 0:
            return False
        rest = rest[k + 1 :]
    return True


_ORG_NOUN_AT = re.compile(
    r"(?:network|coalition|alliance|platform|organi[sz]ation|association|movement|red|"
    r"coalici\u00f3n|alianza|plataforma|organizaci\u00f3n|asociaci\u00f3n|movimiento|r\u00e9seau|"
    r"plateforme|mouvement|collectif|colectivo)\s+"
)
_ARTICLE_AT = re.compile(r"(?:(?:el|la|los|las|le|les|the)\s+|l['\u2019]\s*)", re.IGNORECASE)


def _linked_org(doc: Doc, words: Words, person: Ent) -> Ent | None:
    comma = person.end + 1 if doc.text[person.end : person.end + 1] == "," else person.end
    m = words.link_re.match(doc.text, comma)  # "P of ORG", "P, de ORG"
    if m is None:
        return None
    at = m.end()
    lead = _ARTICLE_AT.match(doc.text, at)  # ("^" would match at 0 only: no anchor here)
    at = lead.end() if lead else at
    staff = words.staff_re.match(doc.text, at)  # "del equipo de la Red X": the Red X
    at = staff.end() if staff else at
    noun = _ORG_NOUN_AT.match(doc.text, at)  # "of the network ORG", "du réseau ORG"
    if noun and any(e.start == noun.end() for e in doc.ents_in(noun.end(), noun.end() + 200, ORGS)):
        at = noun.end()
    for org in doc.ents_in(at, at + 200, ORGS):
        if org.start != at:
            break
        if doc.text[org.end : org.end + 2] in ("'s", "\u2019s"):
            return None  # "P for ORG's work": what, not whom
        return org
    return None


def _opened(doc: Doc, words: Words) -> list[Proto]:
    """ "Nos dirigimos a usted A, B y C": a letter's first sentence names its signers."""
    out: list[Proto] = []
    for unit in doc.units:
        f = " ".join(re.sub(r"[,;]", " ", doc.folded(unit)).split())
        opener = words.opener_re.match(f)
        if opener is None:
            continue
        # the opener's words, found again in the text (commas in it are not in the match)
        n_words = len(opener.group().split())
        m = re.match(rf"\S+(?:\s+\S+){{{n_words - 1}}}", doc.text[unit.start : unit.end])
        start = unit.start + (m.end() if m else 0)
        stop = unit.end - 1 if doc.text[unit.end - 1] == "." else unit.end
        for ent, hedge in itemize(doc, unit, start, stop, "Organization", ACTORS):
            if hedge or ent.type not in ORGS or _LEGAL_FORM.fullmatch(ent.name.strip(" .")):
                continue
            out.append(Proto("SIGNED", ent, doc.self_doc, {}, unit, 0.75, "structure"))
    return out


# lists whose lines are states: how they voted, their withdrawals and deferrals
_STATE_LISTS = frozenset({"VOTED", "WITHDREW_FROM", "DEFERRED_DECISION_ON"})


def _prose_of_states(doc: Doc, line: Line) -> bool:
    """A line (or what follows a cue's colon) that says something of the states it names
    rather than listing them ("For: the new government of A has withdrawn, while B still
    debates the text", "No: A and B continue to refuse"): three words or more besides the names,
    short words, numbers and what brackets hold."""
    text = doc.text[line.start : line.end]
    for e in doc.ents_in(line.start, line.end):
        text = text.replace(doc.text[e.start : e.end], " ")
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    return len(re.findall(r"[^\W\d_]{4,}", text)) >= 3


def _state_list_end(doc: Doc, line: Line) -> int:
    """Where a line's list of states ends: at a semicolon, at a word that opens another clause
    ("..., while D postponed": lexicon list_breaks), at a bracket of three words or more that
    names other states ("(D and E have postponed)"), or at ", and" after which more than names
    follow ("..., and D and E may follow")."""
    text = doc.text[line.start : line.end]
    breaks = "|".join(sorted(map(re.escape, _list_breaks()[0]), key=len, reverse=True)) or "x^"
    ends = [len(text)]
    for m in re.finditer(rf";|,?\s+(?:{breaks})\b|\((?:[^()]*?\s){{2,}}[^()]*\)", text, re.I):
        if m.group().startswith("(") and not doc.ents_in(
            line.start + m.start(), line.start + m.end(), GOV
        ):
            continue  # ("Poland (in a letter), A": a bracket of its own, not other states')
        ends.append(m.start())
    for m in re.finditer(rf",\s+{CONJ}\s+", text):
        rest = text[m.end() :]
        for e in doc.ents_in(line.start + m.end(), line.end):
            rest = rest.replace(doc.text[e.start : e.end], " ")
        small = _list_breaks()[1]  # (the words between names: "and", "the", "y", "les")
        if any(fold(w) not in small for w in re.findall(r"[^\W\d_]{3,}", rest)):
            ends.append(m.start())
    return line.start + min(ends)


@lru_cache(maxsize=1)
def _list_breaks() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open another clause after a list, and the words between its names."""
    return words_in_every_language("list_breaks"), words_in_every_language("list_joiners")


def _line_relations(doc: Doc, words: Words, kind: Kind | None, target: Ent | None, line: Line,
                    unit: Unit, inline: bool = False) -> list[Proto]:  # fmt: skip
    props = dict(kind.props) if kind else {}
    relation = kind.relation if kind else None
    out: list[Proto] = []
    if relation in _STATE_LISTS:
        if target is None or _prose_of_states(doc, line):
            return out
        for state in doc.ents_in(line.start, _state_list_end(doc, line), GOV):
            out.append(Proto(relation, state, target, props, unit, 0.8, "structure"))
        return out
    if relation == "AFFILIATED_WITH":  # "Media contacts: A, B"
        # ("Contacto de prensa: P, O, p@o.org" on one line: the words before the address)
        cut = _contact_person(doc, words, line, kind) if inline else line
        own = _person_line(doc, words, cut.start, cut.end, True) if cut is not None else None
        if own is not None and own.roles:  # "P - O": a contact for their own body
            return [Proto("AFFILIATED_WITH", own.ent, org, {**props, **({"role": t} if t else {})},
                          unit, 0.75, "structure") for t, org in own.roles]  # fmt: skip
        if target is None:
            return out
        for named, hedge in itemize(doc, unit, line.start, line.end, "Person", ("Person",)):
            if not hedge and named.type == "Person":
                out.append(Proto("AFFILIATED_WITH", named, target, props, unit, 0.75, "structure"))
        return out
    expect = relation in _PEOPLE_KINDS
    # (a committee's list: "Président : P (O)", P's title on it)
    committee = relation == "MEMBER_OF"
    person = None if inline and relation not in _PEOPLE_KINDS else _person_line(
        doc, words, line.start, line.end, expect, committee
    )  # fmt: skip
    if person is not None:
        return _person_relations(relation, target, props, person, unit)
    signer = _signed_name_org(doc, words, line) if relation in _SIGNING and not inline else None
    if signer is not None:  # "P, Organization" under a signatures' heading: P is with it
        out = _person_relations(relation, target, props, signer, unit)
        for _, org in signer.roles:  # (the body signs as it did without its person)
            if target is not None and relation is not None:
                out.append(Proto(relation, org, target, dict(props), unit, 0.8, "structure"))
        return out
    if relation is None or target is None or relation == "SPOKE_AT":
        return out
    part, written = _name_part(doc, words, line)
    for ent in _line_items(doc, words, part, unit, inline):
        if ent.key == target.key:
            continue
        role = dict(props)
        if relation == "MEMBER_OF":  # "A (Treasurer)": the member's own role, as written
            role["role"] = _member_role(doc, ent) or written or role.get("role") or "member"
        out.append(Proto(relation, ent, target, role, unit, 0.8, "structure"))
    return out


_SIGNING = ("SIGNED", "ENDORSED")
_GIVEN_SHAPE = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019\-]+\.?")


def _signed_name_org(doc: Doc, words: Words, line: Line) -> Person | None:
    """ "Ana Lind, Harbour Workers Union" in a list of signatures: a name of two to four plain
    name words (no capital inside a word, as in a brand's name; no organization word) and one
    segment that names an organization by its words (or a known one)."""
    parts = _segments(doc.text, line.start, line.end)
    if len(parts) != 2 or any(doc.text[a:b].count("(") for a, b in parts):
        return None
    (ns, ne), (os_, oe) = parts
    raw = doc.text[ns:ne].split()
    if not 2 <= len(raw) <= 4 or not all(
        _GIVEN_SHAPE.fullmatch(w) or w.lower() in _PARTICLES for w in raw
    ):
        return None
    named = doc.ents_in(os_, oe, (*ORGS, "Government"))
    known = any(x.id is not None and x.end - x.start >= 0.6 * (oe - os_) for x in named)
    if not known and not set(_words_of(doc, os_, oe)) & words.org_words:
        return None
    if not _org_like(doc, words, os_, oe) or _whole_place(doc, os_, oe):
        return None
    person = _person_name(doc, words, ns, ne, add=False)
    if person is None:
        return None
    org = _state_body(doc, words, os_, oe) or _organization(doc, words, os_, oe, ORGS)
    if org is None:
        return None
    if not any(x is person for x in doc.ents_in(ns, ne)):
        person = _added(doc, person)
    return Person(person, [(None, org)])


_DASH_TAIL = re.compile(r"\s+[\u2013\u2014-]\s+|\s*,\s*")
_DASH_LEAD = re.compile(r"\s+[\u2013\u2014-]\s+")
_PREFIX_WORDS = frozenset(["in", "en", "au", "aux", "a", "el", "la", "le", "les", "the"])


def _name_part(doc: Doc, words: Words, line: Line) -> tuple[Line, str | None]:
    """The part of a list line that names its items, and a role written beside them: a
    region or country before a colon ("Au <pays> : A, B") or in a cell ("A | Country | Role"),
    a country or a role after a dash or a comma ("A - Country", "A (Country) - coordinator",
    "A, co-chair") are no item."""
    text = doc.text
    s, e = line.start, line.end
    colon = _COLON.search(text, s, e)
    if colon is not None and _region_words(doc, words, s, colon.start()):
        s = colon.end()
    elif colon is not None and _described(text, s, colon.start(), colon.end(), e):
        e = colon.start()  # "Nom : association qui accompagne ...": the name, no description
    lead = _DASH_LEAD.search(text, s, e)  # "Country - Organization"
    if lead is not None and _region_words(doc, words, s, lead.start()):
        s = lead.end()
    role: str | None = None
    cells = _cells(doc, s, e)
    if len(cells) > 1:
        s, e = cells[0]
        for a, b in cells[1:]:
            if role is None and words.title_re.match(fold_slice(text, a, b)):
                role = " ".join(text[a:b].split())
    else:
        for _ in range(2):  # "A (Country) - coordinator": the role, then the country
            tails = list(_DASH_TAIL.finditer(text, s, e))
            if not tails:
                break
            cut = tails[-1]
            a, b = _trim(text, cut.end(), e)
            if a >= b or ("(" in text[a:b] and ")" not in text[a:b]):
                break
            if _whole_place(doc, a, b):
                e = cut.start()
            elif (
                role is None
                and len(text[a:b].split()) <= 5
                and words.title_re.match(fold_slice(text, a, b))
            ):
                role, e = " ".join(text[a:b].split()), cut.start()
            else:
                break
        e = _before_comma_place(doc, words, s, e)
    return Line(s, e, line.bullet, line.blank_before, line.paragraph, line.number), role


# a state's or province's two-letter code closing an address ("Denver, CO")
_REGION_CODE = re.compile(r"[A-Z]{2}\.?")


def _before_comma_place(doc: Doc, words: Words, s: int, e: int) -> int:
    """Where a list line's name ends before the place written after it with commas ("O,
    Denver, CO", "O, <known city or state>"): the place is no item. A known name with a comma
    in it, or a segment with an organization's word, goes on."""
    text = doc.text
    commas = [m for m in re.finditer(r",", text[s:e])]
    if not commas or "(" in text[s:e]:
        return e
    known = doc.ents_in(s, e, ORGS)
    cuts = [
        s + m.start() for m in commas if not any(x.start < s + m.start() < x.end for x in known)
    ]
    if not cuts:
        return e
    last = _trim(text, cuts[-1] + 1, e)
    if _REGION_CODE.fullmatch(text[slice(*last)]) and len(cuts) >= 2:
        city = _trim(text, cuts[-2] + 1, cuts[-1])
        said = set(_words_of(doc, *city))
        if 1 <= len(said) <= 3 and not said & words.org_words and text[city[0]].isupper():
            return cuts[-2]  # "O, Denver, CO"
        return e
    if _whole_place(doc, *last) and not doc.ents_in(*last, ORGS):
        return cuts[-1]  # "O, <state>"
    return e


def _described(text: str, s: int, colon: int, after: int, e: int) -> bool:
    """Whether a list line is a name, a colon, then words in small letters that describe it
    ("Nom : association fondée en 2008 qui ...", "A: a network of lawyers")."""
    rest = text[after:e].strip()
    name = text[s:colon].strip()
    return (
        bool(rest)
        and rest[0].islower()
        and len(rest.split()) >= 3
        and bool(name)
        and name[0].isupper()
        and len(name.split()) <= 12
    )


def _region_words(doc: Doc, words: Words, s: int, e: int) -> bool:
    """ "<country>", "Au <pays>", "Latin America", "En <pays>": a region or a place, no more."""
    f = fold_slice(doc.text, s, e).strip(" :.-")
    if f in words.regions:
        return True
    tokens = f.split()
    while tokens and tokens[0] in _PREFIX_WORDS:
        tokens = tokens[1:]
    if not tokens or len(tokens) > 4:
        return False
    near = [x for x in doc.ents_in(s, e, ("Government", "Place"))
            if x.end - x.start >= 0.5 * (e - s)]  # fmt: skip
    return _whole_place(doc, s, e) or bool(near)


def _member_role(doc: Doc, ent: Ent) -> str | None:
    from ingest.extract.frames import lexicon
    from ingest.extract.syntax import listed_role

    lex = lexicon(doc.language if doc.language in ("en", "es", "fr") else "en")
    return listed_role(doc, lex, ent) if lex is not None else None


_CONJ = re.compile(r"\s(?:and|y|et|e|&)\s")
_LEGAL_FORM = re.compile(r"[A-Z][A-Za-z.]{0,5}\.?")


def _line_items(doc: Doc, words: Words, line: Line, unit: Unit, inline: bool) -> list[Ent]:
    """The organizations (or states) a list line names: one name with what follows it in
    parentheses, or a comma list; a state after an organization is where it is."""
    text = doc.text
    s, e = _trim(text, line.start, line.end)
    if s >= e:
        return []
    parts = _segments(text, s, e)
    paren = _PAREN_END.search(text, s, e)
    bare_end = paren.start() if paren is not None and paren.start() > s else e
    dashed = _dashed_names(doc, words, s, e) if len(parts) == 1 else []
    if dashed:
        return [x for a, b in dashed for x in [_organization(doc, words, a, b)] if x is not None]
    bodies = _state_bodies(doc, words, s, e) if len(parts) == 1 else []
    if bodies:
        return bodies  # "the Permanent Missions of A and B": the states
    if len(parts) == 1 and (not inline or not _CONJ.search(text, s, bare_end)):
        one = _organization(doc, words, s, e)  # one name a line, "and" inside it or not
        return [one] if one is not None else []
    if len(parts) == 2 and _whole_place(doc, *parts[1]):
        one = _organization(doc, words, *parts[0])  # "Organization, Country"
        return [one] if one is not None else []
    if (
        len(parts) == 2
        and _LEGAL_FORM.fullmatch(text, *parts[1])
        and not doc.ents_in(*parts[1], ACTORS)  # ("A, UNICEF": a second name, no legal form)
    ):
        one = _organization(doc, words, s, e)  # "Centro X, A.C."
        return [one] if one is not None else []
    found = [x for x, hedge in itemize(doc, unit, s, e, "Organization", ACTORS) if not hedge]
    found = [y for x in found for y in _acronym_and(doc, words, x)]
    orgs = [x for x in found if x.type in ORGS]
    states = [x for x in found if x.type == "Government"]
    if not orgs:
        return states
    # a state after an organization is where it is ("O, <country>"), unless it is named as a
    # body ("O and the Government of <country>"): then it stands beside the organizations
    return orgs + [x for x in states if not _bare_state(doc, x)]


def listed_actors(doc: Doc, s: int, e: int) -> list[Ent]:
    """The organizations (or states) a list written in a sentence names between s and e ("A, B
    (X), C.A.S.A. and D"), each as a list's line reads it: also a name or an acronym no other
    reader knows (syntax's colon lists: "Organisations that took part in E: A, B and C")."""
    unit = next((u for u in doc.units if u.start <= s < u.end), None)
    if unit is None:
        return []
    line = Line(s, e, False, 0, 0, -1)
    return _line_items(doc, load_words(), line, unit, inline=True)


_NAME_DASH = re.compile(r"[ \t]+[\u2013\u2014-][ \t]+")


def _dashed_names(doc: Doc, words: Words, s: int, e: int) -> list[tuple[int, int]]:
    """ "A (X) - B (Y) - C (Z)": names one after another on a line, set apart by spaced dashes
    outside brackets; each part must name an organization by its words, an acronym or a known
    name, and there are three or more parts or a bracket closes the part before a dash (so that
    "A - <country>" or one name with a dash inside stays whole)."""
    text = doc.text
    cuts, depth = [], 0
    for k in range(s, e):
        if text[k] in "([":
            depth += 1
        elif text[k] in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and text[k] in "-\u2013\u2014":
            m = _NAME_DASH.match(text, max(s, k - 1))
            if m is not None and m.start() < k < m.end():
                cuts.append(m)
    if not cuts:
        return []
    bounds = [s, *[x for m in cuts for x in (m.start(), m.end())], e]
    parts = [_trim(text, bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    if any(a >= b or not text[a].isupper() for a, b in parts):
        return []
    if len(parts) < 3 and not all(text[m.start() - 1] in ")]" for m in cuts):
        return []
    if not all(_org_like(doc, words, a, b) for a, b in parts):
        return []
    return parts


_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*")


def _acronym_and(doc: Doc, words: Words, ent: Ent) -> list[Ent]:
    """A new name read across a conjunction whose first half is an acronym alone ("UNU-CPR and
    the Lumen Network"): the two names."""
    if ent.id is not None or not ent.text:
        return [ent]
    m = _ORG_AND.search(doc.text, ent.start, ent.end)
    if m is None or not _ACRONYM.fullmatch(doc.text, ent.start, m.start()):
        return [ent]
    left = _organization(doc, words, ent.start, m.start())
    right = _organization(doc, words, m.end(), ent.end)
    return [x for x in (left, right) if x is not None] or [ent]


def _bare_state(doc: Doc, ent: Ent) -> bool:
    """A state written as its name alone ("<country>"), not as a body ("Government of X")."""
    entry = doc.gz.entry(ent.id) if ent.id else None
    names = {fold(n) for n in (entry.name, *entry.aliases)} if entry is not None else set()
    return not ent.text or fold(ent.text) in names or fold(ent.text) == fold(ent.name)


def _person_relations(
    relation: str | None, target: Ent | None, props: dict[str, str], person: Person, unit: Unit
) -> list[Proto]:
    out: list[Proto] = []
    for title, org in person.roles:
        role = {"role": title} if title else {}
        if title and set(re.findall(r"[\w'\-]+", fold(title))) & words_in_every_language("former"):
            continue  # "ancien membre du X", "former director of X": held no more
        out.append(Proto("AFFILIATED_WITH", person.ent, org, role, unit, 0.75, "structure"))
    if target is None or relation is None:
        return out
    if relation == "MEMBER_OF":  # a person on a committee is affiliated with its network
        on = person.label or props.get("role") or "member"
        out.append(
            Proto("AFFILIATED_WITH", person.ent, target, {"role": on}, unit, 0.75, "structure")
        )
    elif relation in ("SIGNED", "ENDORSED", "CO_SPONSORED", "SPOKE_AT", "PARTICIPATED_IN",
                      "ORGANIZED"):  # fmt: skip
        out.append(Proto(relation, person.ent, target, dict(props), unit, 0.8, "structure"))
    return out


def _address_blocks(doc: Doc, words: Words, lines: list[Line]) -> list[Proto]:
    """A person written as lines: a name, a title, an organization (a letter's addressee, a
    signature, a contact: "P\nDirector\nO"), or a name and "Title, Organization" below it
    ("P\nPolicy Adviser, O"). A new name with no courtesy title is a person's only when the
    line below it is a title."""
    out: list[Proto] = []
    for k in range(len(lines) - 1):
        a, b = lines[k], lines[k + 1]
        c = lines[k + 2] if k + 2 < len(lines) else None
        if b.blank_before or b.bullet:
            continue
        if any(doc.text[x.end - 1] in ".:;," or len(doc.text[x.start : x.end].split()) > 10
               for x in (a, b)):  # fmt: skip
            continue
        person = _person_name(doc, words, a.start, a.end, add=False)
        if person is None:
            continue
        read = _stacked_roles(doc, words, b, c)
        if read is None:
            continue
        stacked, roles = read
        if person.via == "candidate" and not any(x is person for x in doc.ents_in(a.start, a.end)):
            person = _added(doc, person)
        last = c if stacked and c is not None else b
        unit = Unit(a.start, last.end, "line", a.paragraph, a.number)
        for title, org in roles:
            props = {"role": title} if title else {}
            out.append(Proto("AFFILIATED_WITH", person, org, props, unit, 0.75, "structure"))
    return out


@lru_cache(maxsize=1)
def _cabinet_titles() -> frozenset[tuple[str, ...]]:
    from ingest.extract.frames import LEXICONS, lexicon

    out: set[tuple[str, ...]] = set()
    for path in sorted(LEXICONS.glob("*/words.yaml")):
        lex = lexicon(path.parent.name)
        if lex is not None:
            out |= lex.triggers.get("cabinet_title", set())
    return frozenset(out)


def _cabinet_title(doc: Doc, s: int, e: int) -> bool:
    """Whether text[s:e] holds a post in a state's government ("Minister for Home Affairs",
    "Prime Minister", "canciller", "secrétaire d'État"): lexicon class cabinet_title."""
    toks = [t.strip(",.;:()") for t in fold_slice(doc.text, s, e).split()]
    return any(
        tuple(toks[i : i + len(c)]) == c for c in _cabinet_titles() for i in range(len(toks))
    )


def _state_offices(doc: Doc, words: Words, lines: list[Line]) -> list[Proto]:
    """A person and a post in a state's government written as lines, with no body named:
    "P\nMinister for Home Affairs", "P, Prime Minister" (a joint release of ministers): the
    post is in the government of the state the post (the text under its heading) is about."""
    from ingest.extract.syntax import _post_state

    out: list[Proto] = []
    for k, a in enumerate(lines):
        b = lines[k + 1] if k + 1 < len(lines) else None
        parts = _segments(doc.text, a.start, a.end)
        if len(parts) == 2:  # "P, Prime Minister"
            name, title = parts
            last = a
        elif len(parts) == 1 and b is not None and not b.blank_before and not b.bullet:
            name, title = parts[0], (b.start, b.end)
            last = b
            c = lines[k + 2] if k + 2 < len(lines) else None
            if c is not None and not c.blank_before and _org_like(doc, words, c.start, c.end):
                continue  # "P\nMinister\nO": O's (_address_blocks)
        else:
            continue
        if len(doc.text[title[0] : title[1]].split()) > 8 or doc.text[title[1] - 1] in ".:;,":
            continue
        said = fold_slice(doc.text, *title)
        if not _cabinet_title(doc, *title) or not words.title_re.search(said):
            continue
        if _former_title(doc, words, *title):
            continue  # "P, former Minister for Foreign Affairs": no post now
        if any(x.id for x in doc.ents_in(*title, (*ORGS, "Government"))):
            continue  # a body or a state named: the title's own readers say whose
        person = _person_name(doc, words, *name, add=False)
        state = _post_state(doc, a.start)
        if state is None:  # (name and post lines read as headings: the post they open)
            after = (u for u in doc.units if u.start >= last.end and u.kind != "heading")
            prose = next(after, None)
            state = _post_state(doc, prose.start) if prose is not None else None
        if person is None or state is None:
            continue
        if person.via == "candidate" and not any(x is person for x in doc.ents_in(*name)):
            person = _added(doc, person)
        role = " ".join(doc.text[title[0] : title[1]].split())
        unit = Unit(a.start, last.end, "line", a.paragraph, a.number)
        out.append(Proto("AFFILIATED_WITH", person, state, {"role": role}, unit, 0.7, "structure"))
    return out


def _former_title(doc: Doc, words: Words, s: int, e: int) -> bool:
    """A title held no more ("Former Minister", "exdirectora", "ancienne présidente")."""
    said = set(re.findall(r"[\w'\-]+", fold_slice(doc.text, s, e)))
    return bool(said & words_in_every_language("former")) or any(
        w.startswith("ex-") or (w.startswith("ex") and bool(words.title_re.fullmatch(w[2:])))
        for w in said
    )


def _title_only(doc: Doc, words: Words, line: Line) -> bool:
    """A line that is a title and nothing else ("Director", "Communications Officer")."""
    f = fold_slice(doc.text, line.start, line.end)
    if _former_title(doc, words, line.start, line.end):
        return False
    if words.title_re.match(f):
        return True
    return (
        bool(words.title_re.search(f))
        and len(f.split()) <= 5
        and "," not in f
        and not _org_like(doc, words, line.start, line.end)
        and not any(x.type != "Person" or x.id for x in doc.ents_in(line.start, line.end))
    )


def _stacked_roles(
    doc: Doc, words: Words, b: Line, c: Line | None
) -> tuple[bool, list[tuple[str | None, Ent]]] | None:
    """The (title, organization) pairs of the lines below a name: a title line and an
    organization line (stacked: True), or one line "Title, Organization" / "Title of O"."""
    text = doc.text
    if _former_title(doc, words, b.start, b.end):
        return None  # "Former Director, O": a role held no more
    parts = _segments(text, b.start, b.end)
    if (
        len(parts) == 1
        and words.title_re.match(fold_slice(text, b.start, b.end))
        and (  # "Director of O", never a portfolio ("Minister for Home Affairs")
            set(_words_of(doc, b.start, b.end)) & words.org_words
            or any(x.id for x in doc.ents_in(b.start, b.end, ORGS))
        )
    ):
        found = _titles_at(doc, words, b.start, b.end)
        found = [(t, o) for t, o in found if o.id or (
            set(_words_of(doc, o.start, o.end)) & words.org_words
            and not _cabinet_title(doc, b.start, b.end))]  # fmt: skip
        if found:
            return False, found
    if _title_only(doc, words, b) and "," not in text[b.start : b.end]:
        if c is None or c.blank_before or c.bullet or text[c.end - 1] in ":;,":
            return None
        if _person_name(doc, words, c.start, c.end, add=False) is not None:
            return None  # the next person's name
        if len(text[c.start : c.end].split()) > 12:
            return None
        if not _org_like(doc, words, c.start, c.end):
            return None
        org = _state_body(doc, words, c.start, c.end) or _organization(
            doc, words, c.start, c.end, ORGS
        )  # fmt: skip
        if org is None:
            return None
        return True, [(" ".join(text[b.start : b.end].split()), org)]
    if len(parts) >= 2 and _title_only(
        doc, words, Line(*parts[0], False, 0, b.paragraph, b.number)
    ):
        rest = parts[1:]
        while len(rest) >= 2 and _whole_place(doc, *rest[-1]) and not doc.ents_in(*rest[-1], ORGS):
            rest = rest[:-1]  # "Title, Organization, Country": the place is where
        if len(rest) != 1 or not _org_like(doc, words, *rest[0]):
            return None
        title = " ".join(text[parts[0][0] : parts[0][1]].split())
        pairs: list[tuple[str | None, Ent]] = []
        for piece in _org_pair(doc, words, *rest[0]):
            org = _state_body(doc, words, *piece) or _organization(doc, words, *piece, ORGS)
            if org is not None:
                pairs.append((title, org))
        return (False, pairs) if pairs else None
    return None
