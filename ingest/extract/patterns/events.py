"""Events: who spoke in which role (SPOKE_AT {role}), who organized or hosted them (ORGANIZED,
HOSTED) and who took part (PARTICIPATED_IN), in EN, ES and FR. Event phrases ("a celebration and
interactive dialogue", "the New York OHCHR event") are matched against the known events by their
rarest words; "this event" is the event in focus; in a meeting paper it is the paper's event."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import cast

from ingest.extract.dates import MONTH_WORDS as _MONTH_WORDS
from ingest.extract.frames import words_in_every_language
from ingest.extract.lexicon import EVENT_KEYWORDS, EVENT_WORD_EN, word_set
from ingest.extract.patterns.common import (
    ACTORS,
    ORGS,
    Doc,
    Proto,
    event_in_focus,
    first,
    hedged,
    itemize,
    left,
    right,
    run,
    to_come,
)  # fmt: skip
from ingest.extract.resolve import Ent, candidate, from_entry
from ingest.extract.text import Unit, fold, fold_slice

_ROLE_LABELS = [
    ("moderator", r"moderators?|moderated by|moderadora?e?s?|moderado por|moderada por|"
                  r"moderat(?:eur|rice)s?|modere par|chairs?|chaired by|chair(?:person|man|woman)|"
                  r"facilitators?|facilitadora?e?s?|animat(?:eur|rice)s?|anime par"),
    ("rapporteur", r"rapporteurs?|relatora?e?s?|rapporteuse?s?"),
    ("discussion starter", r"discussion starters?|discussants?|comentaristas?|lead discussants?"),
    ("speaker", r"speakers?|panell?ists?|keynote speakers?|presenters?|ponentes?|oradora?e?s?|"
                r"panelistas?|conferencistas?|intervenant(?:e)?s?|orat(?:eur|rice)s?|panelistes?"),
]  # fmt: skip
_ROLE_LABEL = re.compile(
    r"^(?:" + "|".join(f"(?P<{k.replace(' ', '_')}>{v})" for k, v in _ROLE_LABELS) + r")\s*:"
)
_SPEAKERS_INCLUDED = re.compile(
    r"\b(?:speakers|panell?ists|ponentes|oradores|intervenants|orateurs)\b[^:;]{0,80}?"
    r"\b(?:included|include|were|incluyeron|fueron|etaient|ont ete|:)\s*:?\s*"
)
_SPOKE = re.compile(
    r"\b(?P<verb>spoke|speaks|speaking|addressed|presented|delivered (?:a|the|his|her) "
    r"(?:speech|keynote|remarks|statement|presentation)|took the floor|gave (?:a|the) "
    r"(?:speech|keynote|presentation|talk)|moderated|chaired|intervino|hablo|expuso|"
    r"tomo la palabra|modero|a pris la parole|est intervenue?|s'est exprimee?|a modere|a anime|"
    r"contextualized|highlighted|emphasized|stressed)\b"
)
_ORGANIZED = re.compile(
    r"\b(?P<verb>organi[sz]ed|organi[sz]es|organi[sz]ing|will organi[sz]e|to organi[sz]e|"
    r"co-?organi[sz]ed|co-?organi[sz]e|convened|convenes|hosted|hosts|will host|is hosting|"
    r"will be holding|is holding|will hold|holds|held|celebrara|celebro|tiendra|a tenu|"
    r"organizo|organizaron|organiza|organizan|co-?organizo|convoco|convocaron|acogio|"
    r"a organise|ont organise|organise|organisent|co-?organisent|a accueilli|accueille)\b"
)
_HOLD = re.compile(r"hold|held|celebr|tiendra|tenu")
_ROLE_BY = re.compile(
    r"\b(?:moderated|chaired|facilitated|moderad[oa]s?|presidid[oa]s?|facilitad[oa]s?|"
    r"moderee?s?|animee?s?|presidee?s?)\s+(?:by|por|par)\s+"
)
_BY = re.compile(
    r"\b(?P<verb>organi[sz]ed|co-?organi[sz]ed|convened|hosted|led|sponsored|organizad[oa]s?|"
    r"co-?organizad[oa]s?|convocad[oa]s?|acogid[oa]s?|organise[e]?s?|co-?organise[e]?s?|"
    r"accueilli[e]?s?)\s+(?:by|por|par)\s+"
)
_PARTICIPATED = re.compile(
    r"\b(?:participated in|participates in|took part in|takes part in|attended|"
    r"(?:an?\s+)?(?:active\s+)?(?:civil society\s+)?participant in|participo en|participaron en|"
    r"asistio a|asistieron a|tomo parte en|a participe a|ont participe a|a pris part a|"
    r"ont pris part a|a assiste a|ont assiste a)\b"
)
_REPRESENTATIVES = re.compile(
    r"\b(?:representatives|delegates|members|personnalites|representants|delegues|membres|"
    r"representantes|delegados|miembros)\s+(?:de\s+premier\s+plan\s+|of\s+the\s+|de\s+alto\s+nivel\s+)?"
    r"(?:of|from|du|de la|des|de|del|de l')\s+"
)
_REP_VERB = re.compile(
    r"\b(?:participated|took part|attended|presented|spoke|ont presente|ont participe|"
    r"ont pris part|ont assiste|participaron|asistieron|presentaron)\b"
)
_VENUE = re.compile(
    r"\b(?:took place|was held|will take place|a eu lieu|s'est tenue?|se tiendra|tuvo lugar|"
    r"se celebro|se llevo a cabo)\b[^.;]{0,120}?\b(?:at the (?:headquarters|offices|premises) of|"
    r"au siege d[ue]|au siege de la|dans les locaux d[ue]|en la sede de|en las oficinas de|"
    r"hosted by)\s*"
)
_ORGANIZING_MEMBER = re.compile(
    r"\b(?:as|como|comme)\s+(?:an?\s+|un\s+|una\s+)?(?:international\s+|national\s+|"
    r"internacional\s+)?(?:organi[sz]ing committee member|member of the organi[sz]ing committee|"
    r"miembro del comite organizador|membre du comite d'organisation|co-?organi[sz]er|"
    r"organi[sz]er|co-?organizador|organizador|co-?organisateur|organisateur)\b"
)
_ANAPHOR_EVENT = re.compile(
    r"^\W*(?:this|the|that|our|este|esta|el|la|cet|cette|le|la|dicho|dicha|ledit|ladite)\s+"
    r"(?:side\s+|same\s+|mismo\s+|misma\s+|meme\s+|parallel\s+)?(?:event|evento|evenement|"
    r"meeting|reunion|rencontre|conference|conferencia|seminar|seminario|seminaire|celebration|"
    r"gathering|encuentro|workshop|taller|atelier|summit|cumbre|sommet|forum|foro|dialogue|"
    r"dialogo|consultation|consulta|session|sesion|webinar|panel|roundtable|colloque|"
    r"hearing|audiencia|audience)s?\b"
)
_KW = "|".join(
    sorted(
        EVENT_KEYWORDS
        | {"event", "events", "evento", "evenement", "side", "panel", "ronde", "redonda"},
        key=len,
        reverse=True,
    )
)
_EVENT_NP = re.compile(
    r"^\W*(?:(?:a|an|the|our|its|their|this|un|une|le|la|les|el|los|las|una|ce|cette|own|"
    r"nuestro|nuestra|notre|a series of|series of|une serie de|una serie de|year-long|"
    r"parallel|new)\s+)*"
    rf"(?P<np>(?:[\w'\-]+\s+){{0,7}}?(?:{_KW})s?\b(?:\s+(?:on|of|about|for|sur|de|sobre|del|du|des|"
    r"to|and|y|et|in|en|a)\s+(?:the\s+|la\s+|le\s+|el\s+)?[\w'\-]+(?:\s+[\w'\-]+){0,5})?)"
)
# (a quoted title also names a meeting after "panel discussion", "debate": 'the panel
# discussion "X"', 'le débat « X »')
_TITLED_KW = _KW + "|discussion|debate|debat"
_QUOTED_EVENT = re.compile(
    rf"\b(?:{_TITLED_KW})s?\s+(?:called|titled|entitled|intitule[e]?|titulad[oa]|denominad[oa]|:|"
    # "a panel discussion on the theme of "X"", "sous le thème « X »", "bajo el lema "X""
    r"(?:on|under|with)\s+the\s+(?:theme|topic|title)(?:\s+of)?|themed|"
    r"(?:sous|sur|avec)\s+le\s+(?:theme|titre)(?:\s+de)?|"
    r"(?:bajo|sobre|con)\s+el\s+(?:tema|lema|titulo)(?:\s+de)?)?\s*"
    # (a press page's title closed by two apostrophes, or in single quotes, is quoted too)
    # (folded text: curly quotes are straight; a closing pair of apostrophes is a quote too)
    r"(?:[\"\u201c\u00ab]\s*(?P<title>[^\"\u201d\u00bb]{4,120}?)\s*(?:[\"\u201d\u00bb]|'')"
    r"|(?<!\w)'\s*(?P<single>[^'\n]{4,120}?)\s*'(?!\w))"
)
_STOP = word_set(
    "a an the of on for and to in at with by de la le les el los las des du y et en sur sobre "
    "del our its this new"
)


_WORD = re.compile(r"[a-z0-9]+")
_EDITION = re.compile(r"(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th|e|eme|er|re|a|o)")
_GENERIC = {EVENT_WORD_EN.get(w, w) for w in EVENT_KEYWORDS} | {
    "event", "events", "evento", "evenement", "side", "forum", "panel", "annual", "international",
    "regional", "national", "global", "world", "high", "level", "civil", "society", "first",
    "second", "third", "new",
}  # fmt: skip
# words of organizers' names too common to tie an organizer to an event
_COMMON = {"migration", "migrants", "rights", "human", "united", "nations", "un", "network",
           "coalition", "alliance", "council", "committee", "office", "development", "people",
           "peoples", "platform", "cooperation", "women", "action"}  # fmt: skip
_EVENT_WORDS_EN = {EVENT_WORD_EN.get(w, w) for w in EVENT_KEYWORDS} | {"forum"}


def event_words(text: str) -> set[str]:
    """The content words of an event name, ES / FR words in their English form."""
    return {EVENT_WORD_EN.get(w, w) for w in _WORD.findall(fold(text)) if w not in _STOP}


def _event_index(doc: Doc) -> tuple[list[tuple[str, set[str]]], dict[str, float]]:
    cached = doc.gz.cache.get("events")
    if cached is None:
        events = []
        for entry in doc.gz.of_type("Event"):
            words: set[str] = set()
            for name in (entry.name, *entry.aliases):
                words |= event_words(name)
            events.append((entry.id, words))
        df = Counter(w for _, ws in events for w in ws)
        idf = {w: math.log(1 + len(events) / n) for w, n in df.items()}
        cached = (events, idf)
        doc.gz.cache["events"] = cached
    return cached  # type: ignore[return-value]


# the event phrase before a passive "... (was) organized by": "the workshop was", "El foro fue"
_EVENT_BEFORE = re.compile(
    rf"((?:[\w'\-]+\s+){{0,4}}(?:{_KW})s?)\s*,?\s*(?:(?:was|were|is|are|has been|have been|"
    r"had been|will be|fue|fueron|es|son|ha sido|han sido|sera|seran|a ete|ont ete|est|sont|"
    r"seront|etait|etaient|fut)\s+)?(?:(?:jointly|conjuntamente|conjointement|also|tambien|"
    r"aussi)\s+)?$"
)


def resolve_event_np(doc: Doc, unit: Unit, pos: int, extra: str = "") -> Ent | None:
    """The known event an event phrase right after pos names, or the event in focus for "this
    event"; None when nothing is close enough (precision first)."""
    rest = doc.folded(unit)[pos - unit.start :]
    if _ANAPHOR_EVENT.match(rest) and not re.match(r"^\W*\w+\s+\w+\s+(?:on|of|sur|de)\b", rest[5:]):
        focus = event_in_focus(doc)
        if focus is not None and not _other_kind(focus, rest):
            return focus
    named = right(doc, unit, pos, ("Event",), reach=25)
    if named is not None:
        return named
    m = _EVENT_NP.match(rest)
    if m is None:
        return None
    np = m.group("np")
    year = re.search(r"\b(?:19|20)\d\d\b", rest[: m.end() + 60])
    found = match_event(doc, np, extra + (" " + year.group() if year else ""))
    if found is None:
        return None
    entry = doc.gz.entry(found[1])
    if entry is None:
        return None
    s = pos + m.start("np")
    ent = Ent(s, s + len(np.rstrip()), doc.text[s : s + len(np.rstrip())], entry.id, entry.id,
              entry.name, entry.type, round(min(0.8, found[0] + 0.2), 2), "fuzzy")  # fmt: skip
    return doc.add(ent)


def _other_kind(focus: Ent, rest: str) -> bool:
    """ "The consultation was organized by X" after a headline on a regional review: the noun
    says a kind of meeting (not "event", "meeting") that the event in focus is not named by."""
    m = _ANAPHOR_EVENT.match(rest)
    noun = m.group().split()[-1].rstrip("s") if m else ""
    kind = EVENT_WORD_EN.get(noun, noun)
    if not kind or kind in _ANY_KIND:
        return False
    return kind not in event_words(focus.name) and noun not in _WORD.findall(fold(focus.name))


# nouns of any meeting: "the event", "the meeting" may stand for a meeting of any kind
_ANY_KIND = frozenset({"event", "evento", "evenement", "meeting", "reunion", "rencontre",
                       "gathering", "encuentro", "session", "sesion"})  # fmt: skip


def match_event(doc: Doc, phrase: str, extra: str = "") -> tuple[float, str] | None:
    """The known event whose name shares the rarest words with a phrase (score, id); words of
    `extra` (the organizer's name, a year) count when shared but are not required."""
    memo = cast(dict[tuple[str, str], object], doc.gz.cache.setdefault("match_event", {}))
    key = (phrase, extra)
    if key not in memo:
        if len(memo) > 50_000:
            memo.clear()
        memo[key] = _match_event(doc, phrase, extra)
    found = memo[key]
    return found if isinstance(found, tuple) else None


def _match_event(doc: Doc, phrase: str, extra: str) -> tuple[float, str] | None:
    events, idf = _event_index(doc)
    said = event_words(phrase)
    # a number in the phrase (a year, an edition: "39th session") must be the event's own
    numbers = {w for w in said if _EDITION.fullmatch(w)}
    words = {w for w in said if w in idf}
    bonus = {w for w in event_words(extra) if w in idf}
    if not words:
        return None
    # words no known event has ("a leaders' summit on refugees") speak against every one
    unknown = [w for w in said - words if len(w) > 2 and w not in _GENERIC and not w.isdigit()]
    rare = math.log(1 + len(events) / 2)
    total = sum(idf[w] for w in words) + len(unknown) * math.log(1 + len(events)) + 1.0
    phrase_words = set(words)
    words |= bonus
    best: tuple[float, str] | None = None
    for event_id, ev_words in events:
        if not numbers <= ev_words:
            continue
        shared = words & ev_words
        # a shared word of the phrase itself that is not a bare "event" word ...
        distinctive = [w for w in shared & phrase_words if w not in _GENERIC]
        # ... or a rare one, when the organizer or the year said around it is the event's too
        # ("GCM hosted a celebration": the GCM celebration; "the conference": no known one)
        if not distinctive and not (
            (bonus - _GENERIC - _COMMON) & ev_words
            and any(idf[w] >= rare for w in shared & phrase_words)
        ):
            continue
        score = sum(idf[w] for w in shared) / total
        own = sum(idf[w] for w in shared & phrase_words) / total
        if distinctive and all(w in _COMMON for w in distinctive) and own < 0.45:
            continue  # "Harbor Council organized a workshop on labour rights": only a common
            # word ("rights") of the phrase, the rest the organizer's, names no known meeting
        if (
            len(distinctive) == 1
            and distinctive[0] in _COMMON
            and [w for w in said - ev_words - _GENERIC - _COMMON if len(w) > 2 and not w.isdigit()]
        ):
            continue  # "the regional consultation on labour migration": a word of its own
            # ("labour") the event lacks, and one common word alone shared: another meeting
        if best is None or score > best[0]:
            best = (score, event_id)
    if best is None or best[0] < 0.45:
        return None
    return best


def quoted_events(doc: Doc, unit: Unit) -> None:
    """ "le séminaire « En route pour ... »": a new event, named by its quoted title."""
    for m in _QUOTED_EVENT.finditer(doc.folded(unit)):
        group = "title" if m.group("title") is not None else "single"
        s, e = unit.start + m.start(group), unit.start + m.end(group)
        title = doc.text[s:e]
        if not doc.ents_in(s, e, ("Event",)):
            doc.add(candidate(s, e, title, title, "Event", 0.7))


_EDITION_NP = re.compile(
    r"\b(?:(?:la|el|le|the|its|sa|su|leur|this|cette|esta)\s+)?(?:(?:derniere|ultima|last|latest|"
    r"prochaine|proxima|next|precedente|anterior|previous|premiere|primera|first|deuxieme|segunda|"
    r"second|\d{1,2}(?:e|eme|a|o|st|nd|rd|th))\s+)?(?:edition|edicion|session|sesion|sommet|"
    r"cumbre|summit|forum|foro)s?\s*\((?P<info>[^()]{3,60})\)"
    r"|\b(?:la|el|the)\s+(?:suivante|siguiente|next one|following one|precedente|anterior|"
    r"previous one)\s*\((?P<info2>[^()]{3,60})\)"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_IN_PLACE = re.compile(r"\s+(?:in|at|en|a|à|au)\s+([A-ZÀ-Þ][\w\-]+)")
_PLACE_WORD = re.compile(r"\b[A-ZÀ-Þ][\w\-]{2,}")
_SERIES = ("IntergovernmentalBody", "Organization", "Coalition", "Process", "Event")


def edition_events(doc: Doc, unit: Unit, f: str) -> None:
    """ "le Forum Global Migration et Développement, dont la dernière édition (Juillet 2017 à
    <ville>) et la suivante (2018, <ville>)": the editions of a series, each told by its year
    and city: the known event of that edition, or a new one named "<series> <year> <city>"."""
    for m in _EDITION_NP.finditer(f):
        s, e = unit.start + m.start(), unit.start + m.end()
        if doc.ents_in(s, e, ("Event",)):
            continue
        group = "info" if m.group("info") else "info2"
        info_s, info_e = unit.start + m.start(group), unit.start + m.end(group)
        year = _YEAR.search(doc.text, info_s, info_e)
        places = [
            w.group()
            for w in _PLACE_WORD.finditer(doc.text, info_s, info_e)
            if fold(w.group()) not in _MONTH_WORDS
        ]
        series = [
            x
            for x in doc.ents_in(unit.start, s, _SERIES)
            if x.id and s - x.end < 200 and x.via != "edition"
        ]
        if not series or not (year or places):
            continue
        edition = _edition(doc, series[-1], year.group() if year else None, places[:1])
        if edition is None:
            continue
        doc.add(Ent(s, e, doc.text[s:e], edition.key, edition.id, edition.name, "Event",
                    edition.confidence, "edition"))  # fmt: skip


def _edition(
    doc: Doc, series: Ent, year: str | None, places: list[str], new: bool = True
) -> Ent | None:
    """The known edition of a series in a year and/or a city; else (when `new`) a new event
    named "<series acronym> <year> <city>" ("<ACRONYM> 2018 <City>"). Without a year, only a
    city that one edition alone was held in."""
    entry = doc.gz.entry(series.id or "")
    names = [fold(n) for n in (series.name, *(entry.aliases if entry else ()))]
    acronym = entry.acronyms[0] if entry and entry.acronyms else None
    place = fold(places[0]) if places else None
    found = []
    for event in doc.gz.of_type("Event"):
        event_names = [fold(n) for n in (event.name, *event.aliases)]
        if not any(n in en for n in names for en in event_names):
            continue  # not an edition of this series
        info = doc.gz.events.get(event.id)
        if info is None:
            continue
        if year and (info.start_date or "")[:4] != year:
            continue
        if place and not info.held_in(place):
            continue
        found.append(event)
    if len(found) == 1 or (found and year):
        event = found[0]
        return Ent(0, 0, "", event.id, event.id, event.name, "Event", 0.75, "context")
    if not new or not year or found:
        return None
    name = " ".join(x for x in (acronym or series.name, year, *places) if x)
    return candidate(0, 0, "", name, "Event", 0.65)


def _role_of(m: re.Match[str]) -> str:
    return next(k for k, _ in _ROLE_LABELS if m.group(k.replace(" ", "_")))


def _meeting_event(doc: Doc) -> Ent | None:
    return doc.context_event or event_in_focus(doc)


# A word (its start) every pattern of this family needs at least one of (see states.TRIGGER);
# quoted event titles and role lists ("Moderator: ...") are looked for in every unit.
_SPEAK_WORDS = (
    r"speaker|panel|ponente|orador|intervenant|orateur|spoke$|speak(?:s|ing)$|addressed$|"
    r"presented$|delivered$|took$|gave$|moder|presid(?:ed|ido|ida|ee?s?)$|facilit(?:ated|ad[oa]s?|"
    r"ee?s?)$|anim(?:ated|ee?s?|ad[oa]s?)$|chair(?:ed)?$|intervino$|hablo$|expuso$|tomo$|pris$|"
    r"intervenue?$|exprimee?$|contextualized$|highlighted$|emphasized$|stressed$|thank|agradec|"
    r"remerci"
)
_ORGANIZE_WORDS = (
    r"organi[sz](?!ation|acion)|organisation$|conven(?:ed|es)$|host(?:s|ed|ing)?$|"
    r"hold(?:s|ing)?$|held$|celebr(?:ara|o)$|tiendra$|tenu$|convoc|acog(?:io|id[oa]s?|ieron|e|"
    r"en)$|accueil|led$|sponsored$|(?:headquarters|offices|premises|siege|locaux|sede|oficinas)$|"
    r"report|rapport|informe|relatoria|proceedings|actes$|memoria$|synthes"
)
_PARTICIPATE_WORDS = (
    r"particip(?:ated|ates|ant|o|aron|e)$|parte?$|attended$|asist(?:io|ieron)$|assiste$|"
    r"(?:representatives|representants|representantes|delegates|delegues|delegados|members|"
    r"membres|miembros|personnalites)$"
)
# Words (their start) the patterns of each part of this family need at least one of: a unit
# without one is not looked at by that part (tests/extract/test_triggers.py checks that this
# loses nothing); quoted titles, role lists and editions are looked for in every unit.
_EDITION_WORDS = (
    r"(?:edition|edicion|session|sesion|sommet|cumbre|summit|forum|foro|suivante|siguiente|next|"
    r"following|precedente|anterior|previous)s?$"
)
_ALL_WORDS = (_SPEAK_WORDS, _ORGANIZE_WORDS, _PARTICIPATE_WORDS, _EDITION_WORDS)
PARTS = tuple(re.compile(w) for w in _ALL_WORDS)
SPEAK, ORGANIZE, PARTICIPATE, EDITION = 1, 2, 4, 8
TRIGGER = re.compile("|".join(_ALL_WORDS))


def extract(doc: Doc, i: int, unit: Unit, hot: int = -1) -> list[Proto]:
    """The relations of events in a unit; `hot` says which PARTS' words it holds."""
    out: list[Proto] = []
    f = doc.folded(unit)
    if '"' in f or "'" in f:  # (a title in single quotes: "el conversatorio 'X'")
        quoted_events(doc, unit)
    out.extend(_role_lists(doc, i, unit))
    if hot & EDITION and "(" in f:
        edition_events(doc, unit, f)
    if hot & SPEAK:
        out.extend(_speakers(doc, i, unit, f))
    if hot & ORGANIZE:
        out.extend(_organized(doc, i, unit, f))
    if hot & PARTICIPATE:
        out.extend(_participated(doc, i, unit, f))
    return out


def _speakers(doc: Doc, i: int, unit: Unit, f: str) -> list[Proto]:
    out: list[Proto] = []
    base = unit.start
    event: Ent | None
    for m in _SPEAKERS_INCLUDED.finditer(f):
        event = resolve_event_np(doc, unit, base + m.start() + len(m.group().split()[0]) + 1)
        event = event or (resolve_event_np(doc, unit, base + f.find(" at ", m.start()) + 4)
                          if " at " in m.group() else None) or _meeting_event(doc)  # fmt: skip
        if event is None:
            continue
        for person in doc.ents_in(base + m.end(), unit.end, ("Person",)):
            out.append(Proto("SPOKE_AT", person, event, {"role": "speaker"}, unit, 0.8))
    for m in _SPOKE.finditer(f):
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e):
            continue
        speaker = _speaker(doc, i, unit, m)
        event = event_in_focus(doc)
        at = re.match(r"^\s+(?:at|en|a|au|lors d[eu])\s+", f[m.end() :])
        if at:
            event = resolve_event_np(doc, unit, e + at.end()) or event
        if speaker is None or event is None:
            continue
        verb = m.group("verb")
        role = (
            "moderator"
            if verb.startswith(("moderat", "chair", "modero", "a modere", "a anime"))
            else "speaker"
        )
        weak = verb in ("contextualized", "highlighted", "emphasized", "stressed")
        out.append(Proto("SPOKE_AT", speaker, event, {"role": role}, unit, 0.6 if weak else 0.75))
    for m in _THANKED.finditer(f):
        # "thanking the High Commissioner for a strong opening statement": the one thanked for
        # a speech spoke at the event in focus
        s, e = base + m.start(), base + m.end()
        speech = _FOR_SPEECH.search(f, m.end(), min(len(f), m.end() + 90))
        event = event_in_focus(doc)
        if speech is None or event is None or hedged(doc, unit, s, e):
            continue
        for speaker in _thanked(doc, e, base + speech.start()):
            out.append(Proto("SPOKE_AT", speaker, event, {"role": "speaker"}, unit, 0.65))
    for m in _ROLE_BY.finditer(f):
        # "The panel was moderated by Jane Doe", "la mesa fue moderada por Ana Pérez"
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e):
            continue
        people = doc.ents_in(e, _clause_end(doc, unit, e), ("Person",))
        if not people or people[0].start - e > 25:
            continue
        clause = max(f.rfind(c, 0, m.start()) for c in ",;(") + 1
        event = (
            left(doc, unit, s, ("Event",), reach=60)
            or resolve_event_np(doc, unit, base + clause)
            or event_in_focus(doc)
        )
        if event is not None:
            for person in run(doc, unit, people[0], ("Person",), leftward=False):
                out.append(Proto("SPOKE_AT", person, event, {"role": "moderator"}, unit, 0.75))
    return out


def _speaker(doc: Doc, i: int, unit: Unit, m: re.Match[str]) -> Ent | None:
    base = unit.start
    person = left(doc, unit, base + m.start(), ("Person",), reach=120, stop=r"[.;!?]")
    if m.group("verb") == "speaking" and person is None:
        person = right(doc, unit, base + m.end(), ("Person",), reach=160, stop=r"[.;!?]")
    if person is None and re.match(r"^\s*(?:he|she|il|elle|el|ella)\b", doc.folded(unit)):
        for j in range(i - 1, max(-1, i - 3), -1):
            people = doc.ents_in(doc.units[j].start, doc.units[j].end, ("Person",))
            if people:
                return people[0]
    return person


_BLANK = re.compile(r"\n[ \t\u00a0]*\n")


def _role_lists(doc: Doc, i: int, unit: Unit) -> list[Proto]:
    """ "Moderators: Name, Org" and the lines under it ("Discussion starters: A, Org / B, Org")."""
    f = doc.folded(unit)
    m = _ROLE_LABEL.match(f)
    state = doc.role_list
    if m:
        doc.role_list = (_role_of(m), unit.line)
        start = unit.start + m.end()
    elif (
        state and unit.kind != "sentence" and unit.line - state[1] <= 3 and len(f) < 140
        and not (i and _BLANK.search(doc.text, doc.units[i - 1].end, unit.start))
    ):  # fmt: skip
        # (across a blank line a list has ended: the next programme entry's title follows)
        doc.role_list = (state[0], unit.line)
        start = unit.start
    else:
        if unit.kind == "sentence" or (state and unit.line - state[1] > 3):
            doc.role_list = None
        return []
    role = doc.role_list[0] if doc.role_list else "speaker"
    event = _meeting_event(doc)
    if event is None:
        event = doc.add(
            candidate(
                doc.self_doc.start,
                doc.self_doc.start,
                "",
                f"event of {doc.self_doc.name}",
                "Event",
                0.5,
            )
        )
    people = doc.ents_in(start, unit.end, ("Person",))
    if not people:
        items = itemize(doc, unit, start, unit.end, kind="Person", types=("Person",))
        people = [p for p, _ in items[:1] if p.type == "Person"]
    return [Proto("SPOKE_AT", p, event, {"role": role}, unit, 0.85) for p in people[:4]]


def _organized(doc: Doc, i: int, unit: Unit, f: str) -> list[Proto]:
    out = []
    base = unit.start
    for m in _ORGANIZED.finditer(f):
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e) or to_come(doc, unit, s, e):
            continue
        verb = m.group("verb")
        kind = "HOSTED" if re.search(r"host|acogi|accueil", verb) else "ORGANIZED"
        subject = left(doc, unit, s, ACTORS, reach=120, stop=r"[.;:!?]")
        if subject is None:
            continue
        if kind == "ORGANIZED" and subject.type == "Government" and _HOLD.search(verb):
            continue  # "Morocco held the conference": a state holds a meeting on its soil
        extra = f"{subject.name} {subject.text}"  # "GCM hosted a celebration": GCM's
        event = resolve_event_np(doc, unit, e, extra)
        if event is None:
            continue
        for x in run(doc, unit, subject, ACTORS, leftward=True):
            out.append(Proto(kind, x, event, {}, unit, 0.8))
        partner = re.search(
            r"\balong with\b|\btogether with\b|\bjunto con\b|\bavec\b", f[: m.start()]
        )
        if partner:
            for x in doc.ents_in(unit.start, s, ACTORS):
                if x is not subject:
                    out.append(Proto(kind, x, event, {}, unit, 0.75))
    for m in _ORGANIZING_MEMBER.finditer(f):
        subject = first(doc, unit, base + m.start(), ACTORS)
        events_here = doc.ents_in(unit.start, base + m.start(), ("Event",))
        if (
            subject is not None
            and events_here
            and not hedged(doc, unit, base + m.start(), base + m.end())
        ):
            out.append(Proto("ORGANIZED", subject, events_here[-1], {}, unit, 0.7))
    for m in _BY.finditer(f):
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e) or to_come(doc, unit, s, e):
            continue
        verb = m.group("verb")
        kind = "HOSTED" if re.search(r"host|acogi|accueil", verb) else "ORGANIZED"
        if verb.startswith("sponsor"):
            continue
        event = left(doc, unit, s, ("Event",), reach=60) or _passive_subject(doc, unit, s)
        before = _EVENT_BEFORE.search(f, 0, m.start())
        if event is None and before:
            agents = " ".join(
                f"{x.name} {x.text}" for x in doc.ents_in(e, _clause_end(doc, unit, e), ACTORS)
            )
            found = match_event(doc, before.group(1), agents)
            entry = doc.gz.entry(found[1]) if found else None
            if entry is not None:
                bs = base + before.start(1)
                be = base + before.end(1)
                event = doc.add(from_entry(bs, be, doc.text[bs:be], entry, 0.7, "fuzzy"))
        if event is None:
            clause = max(f.rfind(c, 0, m.start()) for c in ",;(") + 1
            event = resolve_event_np(doc, unit, base + clause, "")
            if event is None and re.search(
                r"\b(?:event|evento|evenement)\b", f[max(0, clause) : m.start()]
            ):
                event = event_in_focus(doc)
        if event is None:
            continue
        # "la dernière édition (...) et la suivante (...) sont co-organisées par": both
        targets = run(doc, unit, event, ("Event",), leftward=True) if event.text else [event]
        for x, hedge in itemize(doc, unit, e, _clause_end(doc, unit, e), types=ACTORS):
            if not hedge and x.type in ACTORS:
                out.extend(Proto(kind, x, t, {}, unit, 0.8) for t in targets)
    for m in _REPORT_OF.finditer(f):
        # "X et Y diffusent le rapport du séminaire « ... »", "X published the report of the
        # workshop": who reports on a meeting of theirs organized it (a weaker sign)
        s, e = base + m.start(), base + m.end()
        subject = left(doc, unit, s, ORGS, reach=40)
        if subject is None or hedged(doc, unit, s, e):
            continue
        event = right(doc, unit, e, ("Event",), reach=40) or resolve_event_np(doc, unit, e)
        if event is None:
            continue
        for x in run(doc, unit, subject, ORGS, leftward=True):
            out.append(Proto("ORGANIZED", x, event, {}, unit, 0.6))
    for m in _VENUE.finditer(f):
        host = right(
            doc,
            unit,
            base + m.end(),
            ("Organization", "IntergovernmentalBody", "Government"),
            reach=5,
        )
        named = doc.ents_in(unit.start, base + m.start(), ("Event",))
        event = named[-1] if named else event_in_focus(doc)
        if host is None:
            nxt = itemize(doc, unit, base + m.end(), _clause_end(doc, unit, base + m.end()))
            host = nxt[0][0] if nxt else None
        if host is not None and event is not None:
            out.append(Proto("HOSTED", host, event, {}, unit, 0.7))
    return out


_AUX = re.compile(
    r"\s*,?\s*(?:(?:was|were|is|are|has been|have been|had been|will be|fue|fueron|es|son|"
    r"ha sido|han sido|sera|seran|a ete|ont ete|est|sont|seront|etait|etaient|fut)\s+)?"
    r"(?:(?:jointly|conjuntamente|conjointement|also|tambien|aussi)\s+)?"
)


def _event_named_as_org(doc: Doc, unit: Unit, pos: int, stop: int) -> Ent | None:
    """ "participaron en el Foro Social Mundial de las Migraciones": a new name with an event
    word that was read as an organization, right after the verb, is an event."""
    nxt = right(doc, unit, pos, ("Organization",), reach=12)
    if nxt is None or nxt.id is not None or nxt.start >= stop:
        return None
    if not (event_words(nxt.name) & _EVENT_WORDS_EN):
        return None
    return _as_event(doc, nxt)


def _same_kind(name: str, known: tuple[str, ...]) -> bool:
    """Whether a new meeting's name says no kind of meeting (forum, summit ...) that the known
    meeting's names lack (a summit and a conference count alike)."""
    kinds = event_words(name) & _EVENT_WORDS_EN
    said = set().union(*(event_words(n) for n in known)) & _EVENT_WORDS_EN
    alike = {"summit", "conference"}
    return not kinds or bool(kinds & said) or bool(kinds & alike and said & alike)


def _as_event(doc: Doc, ent: Ent) -> Ent:
    """A new name read as an organization, read as an event: the known event it names, else a
    new event."""
    found = match_event(doc, ent.name)
    entry = doc.gz.entry(found[1]) if found else None
    if entry is not None and not _same_kind(ent.name, (entry.name, *entry.aliases)):
        entry = None  # ("the Regional Forum on Migration" is no known training on migration)
    if entry is not None:
        conf = round(min(0.8, (found[0] if found else 0) + 0.2), 2)
        new = from_entry(ent.start, ent.end, ent.text, entry, conf, "fuzzy")
    else:
        new = candidate(ent.start, ent.end, ent.text, ent.name, "Event", 0.65)
    return doc.replace(ent, new)


def _passive_subject(doc: Doc, unit: Unit, pos: int) -> Ent | None:
    """ "El Foro Social Mundial de las Migraciones fue organizado por": what is organized is an
    event; a new name with an event word (Foro, Forum, Conférence) read as an organization is
    the known event it matches, or a new event."""
    subject = left(doc, unit, pos, ("Event", "Organization"), reach=60)
    if subject is None or not _AUX.fullmatch(
        doc.folded(unit)[subject.end - unit.start : pos - unit.start]
    ):
        return None
    if subject.type == "Event":
        return subject
    if subject.id is not None or not (event_words(subject.name) & _EVENT_WORDS_EN):
        return None
    return _as_event(doc, subject)


_CLAUSE_END = re.compile(
    r"[.;:()]|,\s+(?:which|who|where|when|que|qui|ou|donde|on|in|at|en|a)\b|\s+on\s+\w+\s+\d"
)
# "... by PICUM and NNIRR in Brussels.", "... par la Cimade et le Gisti à Paris, le 3 mai"
_WHERE = re.compile(r"\s+(?:in|at|à|a|en|au|dans)\s+[A-ZÀ-Þ][\w\-]+\s*(?=[.,;:(]|$)")


_THANKED = re.compile(r"\b(?:thank(?:s|ed|ing)?|agradec\w*|remerci\w*)\s+(?:(?:a|al)\s+)?")
_FOR_SPEECH = re.compile(
    r"\s+(?:for|por|pour)\s+(?:(?:his|her|their|its|a|an|the|su|sus|son|sa|ses|el|la|le|un|une|"
    r"una)\s+)?(?:[\w\-]+\s+){0,3}?(?:statement|speech|remarks|address|presentation|keynote|"
    r"intervention|words|discurso|intervencion|palabras|presentacion|ponencia|declaracion|"
    r"discours|allocution|expose|declaration)s?\b"
)
_TITLE_WORDS = re.compile(
    r"[A-ZÀ-Þ][\w\-]*(?:(?:\s+(?:of|for|on|de|del|la|des|du|pour))?\s+[A-ZÀ-Þ][\w\-]*){0,5}"
)
_LEAD_ARTICLE = re.compile(r"\s*(?:(?i:the|la|el|le|madame|monsieur|mr|ms|mrs)\.?\s+|(?i:l)')?")


def _thanked(doc: Doc, start: int, stop: int) -> list[Ent]:
    """The people thanked in doc.text[start:stop]: people named there, or an office held by
    one ("the High Commissioner", "la Relatora Especial") as a person known by the title."""
    people = doc.ents_in(start, stop, ("Person",))
    if people:
        return people
    lead = _LEAD_ARTICLE.match(doc.text, start, stop)
    s = lead.end() if lead else start
    e = stop
    while e > s and doc.text[e - 1] in " ,":
        e -= 1
    title = doc.text[s:e]
    if not title or not _TITLE_WORDS.fullmatch(title) or doc.ents_in(s, e):
        return []
    return [doc.add(candidate(s, e, title, title, "Person", 0.6))]


_REPORT_OF = re.compile(
    r"\b(?:publish(?:es|ed)?|release[sd]?|issue[sd]?|present(?:s|ed)?|share[sd]?|"
    r"disseminate[sd]?|circulate[sd]?|publica(?:n|ron)?|publico|difunde(?:n)?|difundio|"
    r"difundieron|presenta(?:n|ron)?|presento|comparte(?:n)?|publie(?:nt)?|diffuse(?:nt)?|"
    r"presente(?:nt)?|partage(?:nt)?|(?:a|ont)\s+(?:publie|diffuse|presente|partage))\s+"
    r"(?:the|its|their|a|el|la|los|su|sus|le|les|leur|son|sa|un|une)\s+(?:final\s+|full\s+|"
    r"complete\s+|final\s+)?(?:report|rapport|informe|relatoria|proceedings|actes|memoria|"
    r"compte[- ]rendu|synthesis|synthese|outcome document)s?\s+(?:final\s+)?(?:of|on|from|du|de|"
    r"des|de la|del|sobre)\s+"
)


# "organised by A in partnership with B": B is A's partner (syntax's organize-ally), no organiser
_ALLIANCE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(words_in_every_language("alliance_with")))
    + r")\b"
)


def _clause_end(doc: Doc, unit: Unit, pos: int) -> int:
    folded = fold_slice(doc.text, pos, unit.end)
    m = _CLAUSE_END.search(folded)
    stop = pos + m.start() if m else unit.end
    ally = _ALLIANCE.search(folded, 0, stop - pos)
    if ally:
        stop = pos + ally.start()
    for where in _WHERE.finditer(doc.text, pos, stop):
        if not any(x.start < where.start() < x.end for x in doc.ents_in(pos, stop)):
            return where.start()  # a place after the list ends it (not "Forum in Asia")
    return stop


def _participated(doc: Doc, i: int, unit: Unit, f: str) -> list[Proto]:
    out: list[Proto] = []
    base = unit.start
    for m in _PARTICIPATED.finditer(f):
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e) or f[m.end() :].startswith((" part of", " as part")):
            continue
        subject = left(doc, unit, s, ACTORS, reach=120, stop=r"[.;:!?]") or first(
            doc, unit, s, ACTORS
        )
        if re.search(r",\s*(?:who|qui|quien|quienes)\s+$", f[max(0, m.start() - 12) : m.start()]):
            subject = left(doc, unit, s, ("Person",), reach=200, stop=r"[.;:!?]") or subject
        if subject is None:
            continue
        targets = []
        stop = _clause_end(doc, unit, e)
        named = [x for x in doc.ents_in(e, stop, ("Event", "Process", "IntergovernmentalBody"))]
        if named:
            targets = run(
                doc, unit, named[0], ("Event", "Process", "IntergovernmentalBody"), leftward=False
            )
            # "the Global Forum on Migration and Development in Berlin": its Berlin edition
            where = _IN_PLACE.match(doc.text, targets[-1].end, unit.end)
            if len(targets) == 1 and targets[0].type != "Event" and where:
                year = _YEAR.search(doc.text, unit.start, unit.end)
                edition = _edition(doc, targets[0], year.group() if year else None,
                                   [where.group(1)], new=False)  # fmt: skip
                targets = [edition] if edition is not None else targets
        else:
            event = resolve_event_np(doc, unit, e) or _event_named_as_org(doc, unit, e, stop)
            targets = [event] if event else []
        subjects = [subject]
        if subject.end <= s and subject.type != "Person":  # "A (RJM) y B (SJR) participaron"
            subjects = run(doc, unit, subject, ACTORS, leftward=True)
        for x in subjects:
            out.extend(Proto("PARTICIPATED_IN", x, t, {}, unit, 0.75) for t in targets)
    for m in _REPRESENTATIVES.finditer(f):
        verb = _REP_VERB.search(f, m.end())
        event = _meeting_event(doc)
        if (
            verb is None
            or event is None
            or hedged(doc, unit, base + verb.start(), base + verb.end())
        ):
            continue
        orgs = [
            x
            for x in doc.ents_in(
                base + m.end(),
                base + verb.start(),
                ("Organization", "Coalition", "IntergovernmentalBody"),
            )
        ]
        seen = set()
        for x in orgs:
            if x.key not in seen and not re.search(r"[.;]", doc.text[base + m.end() : x.start]):
                seen.add(x.key)
                out.append(Proto("PARTICIPATED_IN", x, event, {}, unit, 0.65))
    return out
