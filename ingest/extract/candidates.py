"""New names the gazetteer does not know: organizations and events (capitalised phrases with a
keyword: Network, Red, Réseau, Summit...), people next to an honorific or a role, states named by
their adjective ("the Australian government"), and short references to people already named
("Ms. Tactaquin", "Gottardo", "Yanira")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import yaml

from ingest.extract.dates import MONTH_WORDS, WEEKDAY_WORDS
from ingest.extract.frames import (
    lemma_of,
    lexicon,
    suffixes_in_every_language,
    words_in_every_language,
)
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.language import detect_language
from ingest.extract.lexicon import (
    COMPANY_WORDS,
    EVENT_KEYWORDS,
    HEAD_ORG_KEYWORDS,
    HONORIFIC,
    ORG_KEYWORDS,
    PUBLICATION_WORDS,
    ROLE,
    ROLE_WORDS,
    STATE_NOUN,
    TAIL_ORG_KEYWORDS,
    word_set,
)
from ingest.extract.resolve import ORG_TYPES, Ent, Fuzzy, candidate, from_entry
from ingest.extract.text import fold, fold_slice

UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
# a capitalised word; a plural's apostrophe before another capitalised word stays in the name
# ("Alliance for Workers' Rights"), and an inclusive ending ("Migrant\u00b7e\u00b7s")
# ("the Missionaries of St. Alban": a saint's abbreviation before a name goes on with it)
CAP = (
    rf"(?:(?:St|Ste|Sto|Sta|Mt)\.(?=[ \t\u00a0]+[{UP}])"
    rf"|[{UP}][\w\u2019'\-.&\u00b7]*\w(?:(?<=s)[\u2019'](?=[ \t\u00a0]+[{UP}]))?|[{UP}])"
)
CONN = (
    r"(?:of|for|on|and|&|the|de|del|de\s+la|de\s+las|de\s+los|des|du|y|et|pour|sur|sobre|en|in|"
    r"against|"
    r"to|la|las|los|le|les|d[\u2019']|l[\u2019']|au|aux|al|à(?=[ \t\u00a0]+(?:la|l['\u2019]))|"
    r"all|with|con|para|por|sin|sans|avec|a|für|van|von)"
)
SP = r"[ \t\u00a0]+"  # names never run across lines
NP = re.compile(rf"{CAP}(?:(?:{SP}|(?<=[\u2019']))(?:{CONN}{SP}|{CONN}(?=[{UP}]))*{CAP})*")
LEADING = re.compile(
    # no "^": used as LEADING.match(text, pos), where "^" would only match at 0
    r"(?:(?:The|A|An|La|Las|Los|El|Le|Les|Des|Du|Un|Une|Una|Among|In|At|On|For|By|From|"
    r"With|And|Y|Et|Of|Al|Au|Aux|En|Dans|To|During|Durante|Our|Its|Their|This|These|Ces|Cette|Nuestra|Nuestro|Notre|Nos|Both|"
    r"Para|Pour|Por|Par|Selon|Según|Segun|de|del|du|of|According\s+to(?:\s+the)?|Thanks\s+to(?:\s+the)?|"
    r"Mme|Mlle|Mrs|Mr|Ms|Dr)\s+"  # (an honorific written with no stop: no part of the name)
    r"|[Ll][\u2019']\s*)+"
)
_LOW = "a-zà-öø-ÿā-ž"
_WORD = rf"[{UP}][{_LOW}]*(?:[{UP}][{_LOW}]+)?(?:[-\u2019'][{UP}]?[{_LOW}]+)*"
_PARTICLE = (  # (also capitalised inside a name: "Carlos Yamberla De La Torre")
    r"(?:de|da|del|van|von|der|den|di|dos|das|la|le|bin|al|ten|ter|De|Del|Da|Di|Dos|Das|La|Van|Von)"
)
# a person's name: two to four capitalised words, with middle initials ("John K. Doe"),
# particles ("Anna van der Berg", "Juan de la Cruz") and a generational suffix ("Jr.")
NAME = re.compile(
    rf"{_WORD}(?:[ \t\u00a0]+(?:[{UP}]\.[ \t\u00a0]+)*(?:{_PARTICLE}[ \t\u00a0]+){{0,2}}"
    rf"{_WORD}){{1,3}}(?:,?[ \t\u00a0]+(?:Jr|Sr)\.)?"
)
_ROLE_WORD = re.compile(rf"\b{ROLE}\b")
# a participle and its agent's word at the start of a line ("Organised by", "Convocado por",
# "Organisée par"): no word of the name after them
_AGENT_LEAD = re.compile(
    r"^(?:co-?)?[a-z]+(?:ed|ado|ada|ados|adas|ido|ida|idos|idas|e|ee|es|ees)\s+(?:by|por|par)\s+"
    r"(?:(?:the|la|el|los|las|le|les)\s+|l')?"
)


@lru_cache(maxsize=1)
def _document_lead() -> re.Pattern[str]:
    """A noun of a text (lexicon document_noun, every language) and the word of whose text it
    is, opening a capitalised run: "Comunicado de la", "Joint Statement by the"."""
    nouns: set[str] = set()
    for language in ("en", "es", "fr"):
        lex = lexicon(language)
        if lex is not None:
            nouns |= {e[0] for e in lex.triggers.get("document_noun", set()) if len(e) == 1}
    alts = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) or "x^"
    return re.compile(
        rf"^(?:[a-z]+\s+)?(?:{alts})\s+(?:[a-z]+\s+)?(?:of|by|from|de|del|du|des|d')\s*"
        r"(?:(?:the|la|el|los|las|le|les)\s+|l')?"
    )


_ROLE_LEAD = re.compile(
    rf"^(?:{ROLE}|(?:international\s+|internacional\s+)?(?:executive|steering|coordinating|"
    r"organi[sz]ing)\s+committee|board(?:\s+of\s+directors)?|secretariat|comite\s+(?:ejecutivo|"
    r"directivo|coordinador|organizador|executif|de\s+pilotage|de\s+coordination|"
    r"d'organisation)|junta\s+directiva|consejo\s+directivo|conseil\s+d'administration|"
    r"secretaria(?:do)?|secretariado|members|member organi[sz]ations|miembros|integrantes|"
    r"organizaciones miembro|membres|organisations membres|representatives|representantes|"
    r"representants|delegates|delegados|delegadas|delegues|delegation|delegacion|"
    r"(?:a\s+|una\s+|une\s+)?delegations?)\s+(?:of|for|from|at|de|du|del|de la|des)\s+"
    r"(?:the\s+|la\s+|el\s+|le\s+|l')?"
)
# "la red X", "le réseau X", "the network X": the word before a new name makes it one
_NETWORK_WORDS = word_set(
    "red network coalition coalicion reseau plataforma plateforme platform association asociacion "
    "fundacion fondation foundation alianza alliance organizacion organisation organization ong "
    "ngo collectif colectivo movimiento mouvement movement group grupo groupe"
)
_NOT_NAME_WORDS = word_set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday global international national "
    "united nations human rights migration migrant migrants compact statement report "
    "government president minister director committee council network alliance coalition day "
    "action summit conference forum new york university"
)
_ROLE_AFTER = re.compile(rf"^\s*,\s*(?:the\s+|el\s+|la\s+|le\s+)?{ROLE}\b")
# ", Legal Officer, O", ", Senior Researcher at O": a role with a word of its own before it
_WORD_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?!(?:an?|the|un|una|une|el|la|le|les)\s)[a-z\-]+\s+"
    rf"{ROLE}\s*(?:,|\b(?:of|at|for|with|de|del|du|des|en|chez)\b)"
)
_PAREN_ROLE = re.compile(rf"^\s*\(\s*(?:[a-z\-]+\s+)?{ROLE}\b")
_PAREN_ORG = re.compile(r"^\s*\(\s*[A-Z][\w&\-]*(?:\s*/\s*[A-Z][\w&\-]*)*\s*\)")
_IS_ROLE = re.compile(
    rf"^\s+(?:is|was|es|est|fue|etait)\s+(?:the\s+|an?\s+|el\s+|la\s+|le\s+)?(?:new\s+)?{ROLE}\b"
)
_ROLE_BEFORE = re.compile(
    rf"\b{ROLE}(?:\s+[a-z\-]+)?(?:\s+(?:of|de|du|des)\s+[\w\s]{{2,30}}?)?\s*,?\s*$"
)
_ACRONYM_TEXT = re.compile(r"[A-Z][A-Z0-9&\-]{1,11}")
_OF_ORG = re.compile(
    r"\s*,?\s+(?:of|from|with|for|at|de|del|du|d'|con|avec|pour|para|\u00e0)\s+"
    r"(?:(?:the|la|el|le|les)\s+|l')?(?:(?:network|red|r\u00e9seau|coalition|coalici\u00f3n|"
    r"alliance|alianza|platform|plataforma|plateforme|movement|movimiento|mouvement)\s+)?"
)
_SPEAKER_BEFORE = re.compile(
    r"\b(?:moderated|chaired|facilitated|presented|introduced|opened|closed|moderad[oa]s?|"
    r"presidid[oa]s?|facilitad[oa]s?|presentad[oa]s?|moderee?s?|animee?s?|presidee?s?|"
    r"presentee?s?|introduite?s?)\s+(?:by|por|par)\s+$|\b(?:speakers?|panell?ists?|"
    r"moderators?|ponentes?|panelistas?|oradora?e?s?|moderadora?e?s?|intervenants?|"
    r"moderat(?:eur|rice)s?)\s*(?:included|include|were|are|:|fueron|son|eran|etaient|sont)\s*:?\s*$"
)
_HONORIFIC_BEFORE = re.compile(rf"(?:^|[\s(])(?:{HONORIFIC})\s*$")


_STATE_NOUN = re.compile(rf"\b{STATE_NOUN}\b")


def government_phrases(text: str, start: int, end: int, gz: Gazetteer) -> list[Ent]:
    """ "the Australian government", "le gouvernement italien", "el gobierno brasileño"."""
    folded = fold_slice(text, start, end)
    patterns = gz.cache.get("demonyms")
    if not isinstance(patterns, tuple):
        adjectives = "|".join(sorted(map(re.escape, gz.demonyms), key=len, reverse=True)) or "x^"
        joiner = r"(?:\s*,\s*(?:(?:and|y|e|et)\s+)?|\s+(?:and|y|e|et)\s+)"
        patterns = (
            re.compile(rf"\b({adjectives})\s+$"),  # before the noun (searched in a window)
            re.compile(rf"\s+({adjectives})\b"),  # after it
            # "the Hungarian, Polish and Czech governments", "los gobiernos húngaro y polaco":
            # the other adjectives of a list before or after the noun, one state each
            re.compile(rf"\b({adjectives}){joiner}$"),
            re.compile(rf"{joiner}({adjectives})\b"),
        )
        gz.cache["demonyms"] = patterns
    before, after, listed_before, listed_after = patterns
    out = []
    done = 0  # matches never overlap (left to right, as one regex would find them)
    for noun in _STATE_NOUN.finditer(folded):
        a, b = noun.span()
        if a < done:
            continue
        window = max(done, a - 40)
        m = before.search(folded, window, a)
        if m is not None:
            adj, s, e = m.group(1), m.start(), b
        else:
            m = after.match(folded, b)
            if m is None:
                continue
            adj, s, e = m.group(1), a, m.end()
        entry = gz.entry(gz.demonyms[adj])
        if entry is None:
            continue
        out.append(from_entry(start + s, start + e, text[start + s : start + e], entry, 0.9,
                              "demonym"))  # fmt: skip
        done = e
        plural = folded[a:b].endswith(("s", "x"))  # (governments, gobiernos, gouvernements)
        more: list[tuple[int, int]] = []
        if plural and m.re is before:
            cur = s
            while (k := listed_before.search(folded, max(0, cur - 40), cur)) is not None:
                more.append(k.span(1))
                cur = k.start()
        elif plural:
            cur = e
            while (k := listed_after.match(folded, cur)) is not None:
                more.append(k.span(1))
                cur = done = k.end()
        for ms, me in more:
            other = gz.entry(gz.demonyms[folded[ms:me]])
            if other is not None:
                out.append(from_entry(start + ms, start + me, text[start + ms : start + me],
                                      other, 0.85, "demonym"))  # fmt: skip
    return sorted(out, key=lambda x: x.start)


_GOVERNMENT_OF = re.compile(
    rf"\b{STATE_NOUN}\s+(?:of|de|du|del|de\s+la|de\s+los|des|d')\s*(?:the\s+|la\s+|l')?$"
)


def government_of(text: str, ents: list[Ent]) -> list[Ent]:
    """ "the Government of Ecuador", "el Gobierno de Chile", "le gouvernement du Brésil": the
    state's mention spans the phrase (so that no new organization is made of it)."""
    out = []
    for ent in ents:
        if ent.type == "Government" and ent.text:
            window = max(0, ent.start - 40)
            m = _GOVERNMENT_OF.search(fold_slice(text, window, ent.start))
            if m:
                s = window + m.start()
                ent = Ent(s, ent.end, text[s : ent.end], ent.key, ent.id, ent.name, ent.type,
                          ent.confidence, ent.via)  # fmt: skip
        out.append(ent)
    return out


@lru_cache(maxsize=8192)
def _kind_of(name: str) -> str | None:
    words = _LETTERS.findall(fold(name))
    if not words:
        return None
    # the head decides: "Session of the Human Rights Council" is a session, "Council of Europe"
    # a council
    head = _HEAD.split(" ".join(words), maxsplit=1)[0].split()
    if (
        len(head) < len(words)
        and any(w in EVENT_KEYWORDS for w in head)
        and not any(w in ORG_KEYWORDS for w in head)
    ):
        return "Event"
    org = any(w in ORG_KEYWORDS for w in words) or any(w in TAIL_ORG_KEYWORDS for w in words[-2:])
    if not org and len(words) >= 2 and words[0] in HEAD_ORG_KEYWORDS:
        return None if any(w in EVENT_KEYWORDS for w in words) else "Organization"
    if org:
        return "Organization"
    if any(w in EVENT_KEYWORDS for w in words) and len(words) >= 2:
        if words[-1] in _VENUE_TAILS or words[0] in _VENUE_TAILS:
            return None  # "Conference Room", "Salle de conférence": where, no meeting
        return "Event"
    return None


# meeting nouns too wide to make a capitalised name a meeting ("High-Level Panel", "Asamblea
# Nacional", "Side Event" headings)
_NOT_EVENT_HEADS = frozenset(
    {"event", "evento", "evenement", "panel", "table", "debate", "debat", "discussion",
     "congress", "congreso", "congres", "asamblea", "assemblee", "rendez-vous", "forum"}
)  # fmt: skip
_ROMAN_WORD = re.compile(r"[ivxl]+")


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    nouns = words_in_every_language("event_nouns") | EVENT_KEYWORDS
    return frozenset(nouns - _NOT_EVENT_HEADS - ORG_KEYWORDS)


def _event_head(name: str) -> bool:
    """The head noun of a name's words before its first of-phrase is a meeting's noun (lexicon
    event_nouns, also in the plural: "Civil Society Days", "Jornadas de X"): the last word in
    English, the first after a number in Spanish and French ("Segunda Revisión Regional")."""
    words = _LETTERS.findall(fold(name))
    if not words or words[-1] in _VENUE_TAILS or words[0] in _VENUE_TAILS:
        return False  # "Conference Room 3": where, no meeting
    head = _HEAD.split(" ".join(words), maxsplit=1)[0].split()
    ordinals = words_in_every_language("ordinal_words")
    cut = next((i for i, w in enumerate(head) if i and w in ("in", "en")), len(head))
    rest = [w for w in head[:cut] if w not in ordinals and not _ROMAN_WORD.fullmatch(w)]
    nouns = _event_heads()
    if " ".join(head) in words_in_every_language("meeting_phrases"):
        return True  # "Assemblée générale de l'ABCD": that body's statutory meeting
    return any(w in nouns or w.removesuffix("s") in nouns for w in rest[-1:] + rest[:1])


_VENUE_TAILS = frozenset(
    {"room", "rooms", "hall", "halls", "salle", "salles", "sala", "salas", "salon", "auditorium",
     "auditorio", "building", "edificio", "batiment", "venue", "lobby", "terrace", "pavilion",
     "centre", "center", "centro", "palace", "palais", "palacio", "hotel", "annex", "annexe"}
)  # fmt: skip


_LETTERS = re.compile(r"[a-z]+")
_TRAILING = re.compile(rf"\s+{CONN}$|[\s,.\u2019']+$|(?<=\w)[\u2019']s$")  # ("C's members": C)
_LAST_WORD = re.compile(r"[ \t\u00a0]+(\S+)$")
_PAREN_OPEN = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&\-]{1,10})\)")
_REPEATED_OF = re.compile(r"\s+(?:and|y|et)\s+(?:of|de|del|du|des)\s", re.I)
_CONJOINED = re.compile(  # ("y a la Unión X": Spanish "a" before a named object, repeated)
    r"\s+(?:and|y|et|&)\s+(?:of\s+|de\s+|del\s+|du\s+|des\s+|al\s+|a\s+(?=(?:la|el|los|las)\s))?"
    r"(?:the\s+|la\s+|el\s+|le\s+|les\s+|l[\u2019'])?"
)


_HEAD = re.compile(r"\s(?:of|on|for|de|del|du|des|sur|sobre|para|pour)\s")
_ORDINAL_BEFORE = re.compile(  # (on the name's line: a date line's day is no ordinal)
    r"\b(\d{1,3}(?:st|nd|rd|th|e|eme|\u00e8me|er|re|a|o|\u00aa|\u00ba)?)[ \t\u00a0]+$"
)
# a year between an article and a meeting's name ("the 2019 Regional Consultation on X")
_YEAR_BEFORE = re.compile(
    r"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Ee]l|[Ll]a|[Ll]e|[Ll]es|del|al|du|au)[ \t\u00a0]+|"
    r"\b[Ll][\u2019'])((?:19|20)\d\d)[ \t\u00a0]+$"
)
_ROMAN = re.compile(r"(?=[IVXL])X{0,3}(?:IX|IV|V?I{0,3})|L?X{0,3}(?:IX|IV|V?I{0,3})")


_NUMBERED_HEADS = EVENT_KEYWORDS | {"forum"}  # ("Forum" alone may name a body)


def _numbered_event(text: str, start: int, s: int, e: int) -> bool:
    """A name numbered as a meeting: its head holds an event keyword (even one that may name a
    body: forum, foro, conferencia) and a number comes first ("the Third Global Forum on X",
    "the XII Global Forum on Y", "the 12th Forum on Z", "the 2019 Forum", "el VIII Foro
    Social de W", "le 3e Forum social"). "The Continental Forum on X" stays a body."""
    words = _LETTERS.findall(fold(text[s:e]))
    head = _HEAD.split(" ".join(words), maxsplit=1)[0].split()
    if len(words) < 2 or not any(w in _NUMBERED_HEADS for w in head):
        return False
    first = text[s:e].split()[0]
    return bool(
        fold(first) in words_in_every_language("ordinal_words")
        or (len(first) > 1 and _ROMAN.fullmatch(first))
        or _ORDINAL_BEFORE.search(text, max(start, s - 8), s)
        or _YEAR_BEFORE.search(text, max(start, s - 12), s)
    )


_BASED = re.compile(rf"{CAP}-based{SP}(?=[{UP}])")


# a quoted title right after a meeting's capitalised kind ('el Foro Regional "X"')
QUOTED_AFTER = re.compile(
    r"[ \t]*[:\u2013]?[ \t]*[\"\u201c\u00ab][ \t\u00a0]*([^\"\u201d\u00bb\n]{3,150}?)[ \t\u00a0]*"
    r"[\"\u201d\u00bb]"
)


def clean_name(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading articles and trailing connectors of a capitalised phrase, and a sentence's
    opening adverb before an article ("Later the Harbour Alliance": Harbour Alliance)."""
    opening = _OPENING.match(text, s, e)
    if opening and (  # ... and a month's ("On 14 March the X Forum": X Forum)
        fold(opening.group(1)) in words_in_every_language("sentence_adverbs", "heading_openers")
        or fold(opening.group(1)) in MONTH_WORDS
        or _gerund(opening.group(1))  # ("Addressing the X Forum": X Forum)
    ):
        s = opening.end()
    verb = _OPENING_VERB.match(text, s, e)  # "Participaron en el Foro X": the forum
    if verb and (  # ... and "Asistieron la Asociación X": who came
        (_event_verb(verb.group(1)) and _AT_WORDS & set(fold(verb.group(0)).split()))
        or _opening_inflected_verb(verb)
    ):
        s = verb.end()
    lead = LEADING.match(text, s, e)
    if lead:
        s = lead.end()
    based = _BASED.match(text, s, e)  # "the Tamsin-based X Centre": the centre
    if based:
        s = based.end()
    while True:
        m = _TRAILING.search(text, s, e)
        if not m or m.start() == s:
            break
        e = m.start()
    words = _LETTERS.findall(fold(text[s:e]))
    if len(words) > 2 and words[0] in PUBLICATION_WORDS:  # "Boletín de la Red X": the network
        of = _PUBLICATION_OF.match(text, s, e)
        if of is not None:
            return clean_name(text, of.end(), e)
    tail = _PUBLICATION_TAIL.search(text, s, e)  # "X Network Newsletter No. 12": the network
    if tail is not None and tail.start() > s and fold(tail.group(1)) in PUBLICATION_WORDS:
        return clean_name(text, s, tail.start())
    month = _MONTH_END.search(text, s, e)  # "published by the O in March": O ("on Monday")
    if month and month.start() > s and fold(month.group(1)) in MONTH_WORDS | WEEKDAY_WORDS:
        return clean_name(text, s, month.start())
    owner = _POSSESSIVE.search(text, s, e)  # "the Lumen Network's Executive Director": the
    if owner is not None and owner.start() > s:  # network (its title is no part of its name)
        after = text[owner.end() : e]
        parts = _LETTERS.findall(fold(after))
        if parts and all(p in _TITLE_WORDS for p in parts) and _ROLE_WORD.search(fold(after)):
            return s, owner.start()
    return s, e


def _gerund(word: str) -> bool:
    """A verb's -ing form (lexicon gerund_suffixes) of more than its ending and a stem."""
    folded = fold(word)
    ends = suffixes_in_every_language("gerund_suffixes")
    return word[:1].isupper() and any(folded.endswith(x) and len(folded) > len(x) + 3 for x in ends)


_POSSESSIVE = re.compile(r"['\u2019]s[ \t]+(?=[A-Z])")
_PUBLICATION_OF = re.compile(
    r"\S+[ \t]+(?:de|del|du|des|of|d[\u2019'])[ \t]*"
    r"(?:(?:la|las|los|el|le|les|the)[ \t]+|l[\u2019'])?"
)
_PUBLICATION_TAIL = re.compile(r"[ \t]+(\w+)(?:[ \t]+No\.?(?:[ \t]*\d+)?)?[ \t]*$")


# a word, then an article and a capital: the word may open the sentence rather than the name
_OPENING = re.compile(rf"([\w'\-]+){SP}(?:the|la|las|los|el|le|les|l['\u2019])[ \t]*(?=[{UP}])")
# a sentence's opening verb and the small words after it, before a name
_OPENING_VERB = re.compile(rf"([\w'\-]+){SP}(?:{CONN}(?:{SP}|(?<=[\u2019'])))*(?=[{UP}])")
_EVENT_VERBS = ("participate", "attend", "organize", "hold_event", "speak", "moderate")
_AT_WORDS = frozenset({"in", "at", "to", "en", "a", "al", "au", "aux", "\u00e0"})  # (where)


@lru_cache(maxsize=4096)
def _event_verb(word: str) -> bool:
    """A word that is a form of a verb of taking part in, holding or speaking at a meeting, in
    any language ("Participaron", "Asistimos", "Organisent"): never a name's first word."""
    for language in ("en", "es", "fr"):
        lex = lexicon(language)
        lemma = (lex.lemma(word),) if lex is not None else ()
        if lex is not None and any(lemma in lex.triggers.get(c, set()) for c in _EVENT_VERBS):
            return True
    return False


_ARTICLES = frozenset({"the", "la", "las", "los", "el", "le", "les", "l'", "l\u2019"})


@lru_cache(maxsize=4096)
def _belonging_verb(word: str) -> bool:
    """A form of a verb of belonging to a group, in any language ("Integran la Red X A y B",
    "Conforman la Red X ...", "Composent le Réseau X ..."): the verb before its subject."""
    for language in ("en", "es", "fr"):
        lex = lexicon(language)
        if lex is not None and (lex.lemma(word),) in lex.triggers.get("join_org", set()) | (
            lex.triggers.get("made_of", set())
        ):
            return True
    return False


def _opening_inflected_verb(verb: re.Match[str]) -> bool:
    """A sentence's opening verb of taking part, inflected, then an article: the verb comes
    before its subject ("Asistieron la Asociación X", "Participaron los Colectivos Y"), and no
    name opens with a past or plural form ("Speak Up Network" keeps its word)."""
    word = verb.group(1)
    small = fold(verb.group(0)[len(word) :]).split()
    if not small or small[0] not in _ARTICLES or not (_event_verb(word) or _belonging_verb(word)):
        return False
    for language in ("es", "fr"):
        lex = lexicon(language)
        if lex is not None and fold(lex.lemma(word)) not in (fold(word), ""):
            return True
    return False


_MONTH_END = re.compile(
    r"[ \t\u00a0]+(?:in|on|en|el|le|du|de|since|desde|depuis)[ \t\u00a0]+(\w+)$"
)


def org_event_candidates(
    text: str,
    start: int,
    end: int,
    fuzzy: Fuzzy,
    taken: Spans,
    known: Sequence[Ent] = (),
) -> list[Ent]:
    """Capitalised phrases with an organization or event keyword that no known name covers.
    A phrase right before a known organization's acronym ("la Red de Mujeres en la Migración
    WIMN", "Réseau X (ACR)") spells that acronym out in other words: it names the same entity."""
    out = []
    spans = []
    acronyms = {
        x.start: x
        for x in known
        if x.type in ORG_TYPES and x.id and _ACRONYM_TEXT.fullmatch(x.text)
    }
    out.extend(_spelled_names(text, start, end, taken, acronyms))
    out.extend(_expanded_acronyms(text, start, end, taken))
    out.extend(_defined_acronyms(text, start, end, taken))
    for m in NP.finditer(text, start, end):
        cut = m.start()  # "the X Network's Y Z": the network, then a name of its own
        owned = [o for o in _OWNED.finditer(text, m.start(), m.end())
                 if not _ROLE_WORD.search(fold_slice(text, o.end(), m.end()))]  # fmt: skip
        for own in [*owned, None]:  # (not "X's Regional Director P": the title reads it)
            stop = own.start() if own is not None else m.end()
            if stop > cut:
                for part in _split_conjoined(text, *clean_name(text, cut, stop)):
                    for piece in _split_at_event(text, start, *part):
                        spans.extend(_split_at_during(text, *piece))
            cut = own.end() if own is not None else cut
    for s, e in spans:
        e = _with_lowercase_tail(text, s, e, end, taken)
        if e - s < 4:
            continue
        expands: Ent | None = None
        tail = _LAST_WORD.search(text, s, e) if acronyms else None
        if tail and tail.start(1) in acronyms and acronyms[tail.start(1)].end == e:
            expands = acronyms[tail.start(1)]
            e = tail.start()
        elif acronyms:
            paren = _PAREN_OPEN.match(text, e, e + 6)
            expands = acronyms.get(paren.end()) if paren else None
        if (
            expands is not None
            and _kind_of(text[s:e]) == "Organization"
            and not taken.overlaps(s, e)
        ):
            ent = Ent(s, e, text[s:e], expands.key, expands.id, expands.name, expands.type, 0.85,
                      "context")  # fmt: skip
            out.append(ent)
            taken.add(s, e)
            continue
        lead = _ROLE_LEAD.match(fold_slice(text, s, e))
        if lead:  # "Chief Executive Officer of the Refugee Council": the council
            s += lead.end()
        agent = _AGENT_LEAD.match(fold_slice(text, s, e))
        if agent:  # "Organizado por la Red X", "Hosted by the Y Council": the agent's name
            s += agent.end()
        text_of = _document_lead().match(fold_slice(text, s, e))
        if text_of:  # "Comunicado de la Red X", "Statement of the Y Alliance": the body's name
            s += text_of.end()
        e = _before_titled_name(text, s, e)  # "the Assembly President Ana Lind": the assembly
        s = _past_people(text, s, e)
        s = _past_portfolio(text, start, s, e)
        if e - s < 4:
            continue
        name = text[s:e]
        kind = _kind_of(name) if " " in name.strip() else None
        if kind != "Event" and " " in name.strip() and not taken.overlaps(s, e):
            # "Civil Society Days in X", "the Second Regional Review of Y" (a known name inside
            # makes no new meeting: "the Civil Society Days of <a known forum>")
            kind = "Event" if _event_head(name) else kind
        if kind is None:  # one word, or no keyword: "la red X", "le réseau X" make it a name
            at = max(start, s - 25, text.rfind("\n", 0, s) + 1)  # (the noun on the name's line)
            before = re.sub(r"[\"\u201c\u00ab\u2018']", " ", fold_slice(text, at, s)).split()
            noun = _WORD_AFTER.match(text, e)  # (and 'la red "X"', « X »: the quoted name)
            if (
                " " in name.strip()
                and noun
                and _noun_after(text, e)
                and not taken.overlaps(s, noun.end())
                and fold(text[max(start, s - 4) : s]).strip() == "the"
            ):  # "the Coastal Rights network": the network's name, its noun with it
                e = noun.end()
                name = bare = text[s:e]
            elif (not before or before[-1] not in _NETWORK_WORDS or _people_list(name)) and not (
                " " in name.strip() and (own_acronym(text, s, e) or _defined(text, start, s, e))
            ):  # ("Harbour Legal Clinic (HLC)", "HLC - Harbour Legal Clinic": a body)
                continue  # ("forman parte de la red A B y C D": people after the noun)
            kind = "Organization"
        bare = name
        if kind == "Organization" and _numbered_event(text, start, s, e):
            kind = "Event"  # "the XII Global Forum on X", "el 8º Foro Social de Y": a meeting
        titled = QUOTED_AFTER.match(text, e)
        if (
            titled
            and len(name.split()) <= 3
            and (kind == "Event" or set(_LETTERS.findall(fold(name))) & EVENT_KEYWORDS)
        ):
            # 'el Foro Regional "Fronteras X"': the meeting is named by its quoted title, its
            # kind's words are no name
            kind, (s, e) = "Event", titled.span(1)
            name = bare = text[s:e]
            if taken.overlaps(s, e):
                continue
        if kind == "Event":
            e = _through_date(text, s, e)  # "LE COLLOQUE DU 23 NOVEMBRE 2007": the day names it
            name = text[s:e]
            # "the 39th Session of the Human Rights Council": the session, whose body may be
            # a known name (the event's name holds it) and whose number comes first; "the
            # 2019 Regional Consultation on X": its year too
            ordinal = _ORDINAL_BEFORE.search(text, max(start, s - 8), s) or _YEAR_BEFORE.search(
                text, max(start, s - 12), s
            )
            if ordinal:
                s = ordinal.start(1)
                name = text[s:e]
            head = _HEAD.search(fold_slice(text, s, e))
            if taken.overlaps(s, s + head.start() if head else e):
                continue

        elif (
            taken.overlaps(s, e)
            and not _longer_name(text, known, taken, s, e)
            and not _name_goes_on(text, known, s, e)
        ):
            continue
        acronym = _ACRONYM_AFTER.match(text, e, e + 16)
        hit = fuzzy.lookup(bare)
        if hit:
            ent = from_entry(s, e, name, hit[0], round(0.9 * hit[1], 2), "fuzzy")
        else:
            ent = candidate(s, e, name, name, kind)
            if acronym:
                ent.aliases = (acronym.group(1),)
        out.append(ent)
        taken.add(s, e)
        # "le FMAS, Forum des Alternatives Maroc": the acronym before a new name is its own
        acr = _ACRONYM_APPOSED.search(text, max(start, s - 16), s) or _acronym_line(
            text, start, s, e
        )
        if acr and ent.id is None and not taken.overlaps(acr.start(1), acr.end(1)):
            a_s, a_e = acr.span(1)
            out.append(Ent(a_s, a_e, text[a_s:a_e], ent.key, None, ent.name, ent.type,
                           ent.confidence, "candidate"))  # fmt: skip
            ent.aliases = (*ent.aliases, text[a_s:a_e])
            taken.add(a_s, a_e)
    return out


# "du 23 novembre 2007", "del 5 de marzo de 2019", "of 12 March 2019": a day after a meeting
_DAY_AFTER = re.compile(
    r"[ \t\u00a0]+(?:of|du|de|del)[ \t\u00a0]+(\d{1,2})(?:er)?[ \t\u00a0]+(?:de[ \t\u00a0]+)?"
    r"(\w+)(?:[ \t\u00a0]+(?:de[ \t\u00a0]+)?(\d{4}))?(?!\w)",
    re.I,
)


def _through_date(text: str, s: int, e: int) -> int:
    """The end of a meeting's name that goes on with the day it was held when its words stop at
    a connector ("LE COLLOQUE DU 23 NOVEMBRE 2007", "la Rencontre du 5 mars"): the day is part of
    the name of a meeting that has no other."""
    trail = re.search(r"[ \t\u00a0]+(?:of|du|de|del)$", text[s:e], re.I)
    if trail is None:
        return e
    day = _DAY_AFTER.match(text, s + trail.start())
    if day is None or fold(day.group(2)) not in MONTH_WORDS:
        return e
    return day.end()


_OWNED = re.compile(r"(?<=\w)['\u2019]s[ \t\u00a0]+(?=[A-Z\u00c0-\u00de])")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&\-]{1,9})\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w\-]*[\u2019']?")
_SMALL = frozenset(
    re.findall(
        r"\S+",
        "of for on and the de del des du y et pour sur sobre en in to la las los le les d l au "
        "aux with con para por a al und für",
    )
)


def _spelled_names(
    text: str, start: int, end: int, taken: Spans, acronyms: dict[int, Ent]
) -> list[Ent]:
    """An organization's name in sentence case that the acronym after it spells out ("Centre
    for migration and development studies (CMDS)", "Asociación de trabajadores del campo
    (ATC)", "Association pour l'accueil des travailleurs migrants (AATM)"): the words from a
    capital whose initials, small words left out, are the acronym's letters; a name with an
    organization keyword only, and never across a line or a punctuation mark."""
    out: list[Ent] = []
    for m in _PAREN_ACRONYM.finditer(text, start, end):
        letters = re.sub(r"[^A-Z0-9]", "", m.group(1))
        line_start = max(text.rfind("\n", start, m.start()) + 1, start)
        before = text[line_start : m.start()].rstrip()
        cut = max(before.rfind(c) for c in ',;:.()\u2013\u2014"')
        words = list(_NAME_WORD.finditer(before, cut + 1))[-14:]
        best: tuple[int, int] | None = None
        for k in range(len(words) - 1, -1, -1):
            first = words[k].group()
            if not first[:1].isupper() or fold(first).rstrip("\u2019'") in _SMALL:
                continue
            content = [
                w.group() for w in words[k:] if fold(w.group()).rstrip("\u2019'") not in _SMALL
            ]
            initials = "".join(w[0] for w in content).upper()
            parts = "".join(p[0] for w in content for p in w.split("-") if p).upper()
            if letters in (initials, parts) and any(w[:1].islower() for w in content):
                best = (line_start + words[k].start(), line_start + words[-1].end())
        if best is None:
            continue
        s, e = best
        name = text[s:e]
        kind = _kind_of(name)
        if kind is None or taken.overlaps(s, e):
            continue
        known = acronyms.get(m.start(1))
        if known is not None and kind == "Organization":
            ent = Ent(s, e, name, known.key, known.id, known.name, known.type, 0.85, "context")
        else:
            ent = candidate(s, e, name, name, kind)
            ent.aliases = (m.group(1),)
        out.append(ent)
        taken.add(s, e)
    return out


_ACRONYM_THEN_NAME = re.compile(r"\b([A-Z][A-Z0-9&\-]{1,9})[ \t\u00a0]+\(([^()\n]{5,160})\)")
_ELIDED = re.compile(r"^\w{1,5}[\u2019']")  # "sull'", "dell'", "l'", "d'": an article written on


# a line of a list of abbreviations: "ACR - Full name of the network", "ACR: Nom du réseau"
_DEFINITION_LINE = re.compile(
    r"^[ \t]*(?:[\u2022*\u00b7][ \t]*)?([A-Z][A-Z0-9&\-]{1,9})[ \t]*(?:[:=\u2013\u2014]|[ \t]-)"
    r"[ \t]*([A-Z\u00c0-\u00de][^\n:;()]{3,140}?)[ \t.]*$",
    re.MULTILINE,
)


def _defined_acronyms(text: str, start: int, end: int, taken: Spans) -> list[Ent]:
    """A line that defines an abbreviation by a name written to the line's end in any case
    ("RSR - Réseau solidaire des rives"), whose letters spell the abbreviation: a new
    organization, the abbreviation one of its names."""
    out: list[Ent] = []
    for m in _DEFINITION_LINE.finditer(text, start, end):
        acr, name = m.group(1), m.group(2).strip()
        s, e = m.start(2), m.start(2) + len(name)
        if acr in _not_organizations() or taken.overlaps(m.start(1), e):
            continue
        if not 2 <= len(name.split()) <= 15 or not spells(acr, name):
            continue
        if _kind_of(name) == "Event":
            continue
        ent = candidate(s, e, name, name, "Organization")
        ent.aliases = (acr,)
        out.append(ent)
        out.append(Ent(m.start(1), m.end(1), acr, ent.key, None, ent.name, ent.type,
                       ent.confidence, "candidate", ent.aliases))  # fmt: skip
        taken.add(m.start(1), m.end(1))
        taken.add(s, e)
    return out


def _expanded_acronyms(text: str, start: int, end: int, taken: Spans) -> list[Ent]:
    """A new acronym spelled out in brackets after it ("ASGI (Associazione per gli Studi
    Giuridici sull'Immigrazione)", in any language): the capitalised words' initials are its
    letters. The name in brackets is the organization (or event, by its keyword), the acronym
    one of its names."""
    out: list[Ent] = []
    for m in _ACRONYM_THEN_NAME.finditer(text, start, end):
        acr, inner = m.group(1), m.group(2)
        if acr in _not_organizations() or taken.overlaps(m.start(1), m.end(2)):
            continue
        words = [_ELIDED.sub("", w.group()) for w in _NAME_WORD.finditer(inner)]
        caps = [w for w in words if w[:1].isupper()]
        letters = re.sub(r"[^A-Z0-9]", "", acr)
        if len(caps) < 2 or not words[0][:1].isupper():
            continue
        if "".join(w[0] for w in caps).upper() != letters:
            continue
        s, e = m.start(2), m.end(2)
        name = text[s:e].strip()
        kind = _kind_of(name) or "Organization"
        ent = candidate(s, s + len(name), name, name, kind)
        ent.aliases = (acr,)
        out.append(ent)
        out.append(Ent(m.start(1), m.end(1), acr, ent.key, None, ent.name, ent.type,
                       ent.confidence, "candidate", ent.aliases))  # fmt: skip
        taken.add(m.start(1), m.end(1))
        taken.add(s, s + len(name))
    return out


def _longer_name(text: str, known: Sequence[Ent], taken: Spans, s: int, e: int) -> bool:
    """A capitalised name that ends with a known organization's short alias, more words of its
    own before it ("the Lakeside Migration Network" is no "Migration Network"): another name.
    Never an acronym, nor the known name as the lists write it."""
    inner = [x for x in known if x.type in ORG_TYPES and x.id and s < x.start and x.end == e]
    if len(inner) != 1 or taken.overlaps(s, inner[0].start):
        return False
    alias = inner[0]
    words = text[s : alias.start].split()
    return (
        not _ACRONYM_TEXT.fullmatch(alias.text)
        and fold(alias.text) != fold(alias.name)
        and " " in alias.text.strip()
        and all(w[:1].isupper() for w in words)
        # one word of its own is enough ("Lakeside International Migration Network"); generic
        # words or an acronym ("the UN Migration Network") leave the known name
        and any(fold(w) not in _NOT_NAME_WORDS and not w.isupper() for w in words)
    )


def _name_goes_on(text: str, known: Sequence[Ent], s: int, e: int) -> bool:
    """A known body's full name as the first words of another's, an organization's word
    right after it ("the European Harbour Agency for Fundamental Rights" is no "European
    Harbour"): another name. Never an acronym's ("O Office", "O Regional Bureau": O's own
    units), nor a unit's word after it."""
    inner = [x for x in known if x.start == s and x.end < e and x.id]
    if len(inner) != 1 or _ACRONYM_TEXT.fullmatch(inner[0].text) or " " not in inner[0].text:
        return False
    if any(x.start >= inner[0].end and x.start < e for x in known):
        return False  # another known name after it: a list or a name of its own
    rest = text[inner[0].end : e].split()
    first = fold(rest[0]) if rest else ""
    return (
        first in ORG_KEYWORDS
        and first not in _UNIT_WORDS
        and all(w[:1].isupper() or fold(w) in _SMALL for w in rest)
    )


# a body's own units after its name ("O Office", "O Secretariat"): O's, no other body
_UNIT_WORDS = word_set("office offices secretariat bureau mission delegation committee board")


_OF_TAIL = re.compile(
    r"[ \t\u00a0]+(?:of|de|del|du|des|from)[ \t\u00a0]+(?:(?:the|la|el|le|les)[ \t\u00a0]+)?"
)
_LIST_WORDS = frozenset(("and", "y", "et", "e", "&"))


def _past_people(text: str, s: int, e: int) -> int:
    """Where an organization's name starts in "Jane Roe and John Doe of the Example Network":
    after the names of people (capitalised words without a keyword) and the "of" that ties
    them to it."""
    m = _OF_TAIL.search(text, s, e)
    if m is None:
        return s
    head = text[s : m.start()].split()
    words = [fold(w) for w in head]
    if len(head) < 2 or any(w in ORG_KEYWORDS or w in EVENT_KEYWORDS for w in words):
        return s
    if not all(w in _LIST_WORDS or h[:1].isupper() for w, h in zip(words, head, strict=True)):
        return s
    return m.end() if _kind_of(text[m.end() : e]) else s


def _people_list(name: str) -> bool:
    """Two people's names or more joined by a conjunction ("Ana Soto y Luis Mena")."""
    parts = re.split(r"\s*,\s*|\s+(?:and|y|e|et|&)\s+", name)
    return len(parts) >= 2 and all(
        NAME.fullmatch(p) is not None and _looks_like_name(p) for p in parts
    )


def _past_portfolio(text: str, start: int, s: int, e: int) -> int:
    """Where an organization's name starts after a title's portfolio ("directora de Programas
    de la Fundación X", "Head of Advocacy of the X Network"): after the words with no keyword
    and the "of" that ties them to the name, when a title comes just before."""
    if not TITLE_COMPLEMENT.search(fold_slice(text, max(start, s - 60), s)):
        return s
    for m in _OF_TAIL.finditer(text, s, e):
        head = [fold(w) for w in text[s : m.start()].split()]
        if any(w in ORG_KEYWORDS for w in head):
            return s
        if _kind_of(text[m.end() : e]) == "Organization":
            return m.end()
    return s


_ACRONYM_APPOSED = re.compile(r"(?:^|(?<=[\s(]))([A-Z][A-Z0-9&\-]{1,9}),[ \t\u00a0]+$")


# the word of where a body goes before a meeting's name ("the delegation of O to the E")
# "ACR - Full Name of the Network" as a line of its own (a list of abbreviations)
_ACRONYM_DASHED = re.compile(
    r"[ \t]*(?:[\u2022*\u00b7][ \t]*)?([A-Z][A-Z0-9&\-]{1,9})[ \t]*[:\u2013\u2014-][ \t]*$"
)


def _defined(text: str, start: int, s: int, e: int) -> bool:
    """Whether a line defines an abbreviation by this name ("HLC - Harbour Legal Clinic")."""
    m = _acronym_line(text, start, s, e)
    return m is not None and spells(m.group(1), text[s:e])


def _acronym_line(text: str, start: int, s: int, e: int) -> re.Match[str] | None:
    """The abbreviation a line opens with before a dash or colon, where the new name after
    it fills the rest of the line and starts with its first letter."""
    line = max(start, text.rfind("\n", 0, s) + 1)
    m = _ACRONYM_DASHED.match(text, line, s)
    rest = text[e : (text.find("\n", e) + 1 or len(text) + 1) - 1]
    if m is None or rest.strip(" \t.;") or fold(m.group(1)[0]) != fold(text[s]):
        return None
    return m


_TO_EVENT = re.compile(
    rf"{SP}(?:to{SP}the|to|at{SP}the|au|aux|\u00e0{SP}la|\u00e0{SP}l['\u2019]|al|a{SP}la|"
    rf"en{SP}el|en{SP}la|on{SP}the|on|sobre{SP}el|sobre{SP}la|sur{SP}la|sur{SP}le|sur){SP}(?=[{UP}])"
)


def _split_at_event(text: str, start: int, s: int, e: int) -> list[tuple[int, int]]:
    """ "the delegation of the X Union to the Third Global Forum on Y", "la délégation du
    Collectif X au Forum Y", "Statement by the X Centre on International Migrants Day": a
    body's name, then a meeting's name (a body's keyword before the word, a meeting's name after
    it), are two names."""
    for m in _TO_EVENT.finditer(text, s, e):
        left, right = text[s : m.start()], text[m.end() : e]
        if " " not in right.strip() or _kind_of(left) != "Organization":
            continue
        numbered = _numbered_event(text, start, m.end(), e)
        if _kind_of(right) == "Event" or _event_head(right) or numbered:
            return [(s, m.start()), (m.end(), e)]
    return [(s, e)]


# a title-case word of time or place before a meeting's name in a headline ("... and Migrant
# Protection During Consultation on X", "Unions Meet At Regional Forum on Y")
_DURING = re.compile(r"[ \t\u00a0]+(?:During|At|Durante|Lors|Pendant|Throughout)[ \t\u00a0]+")


def _split_at_during(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A headline's capitalised words, then a title-case "During" or "At" and a meeting's name:
    the meeting's name starts after that word (the words before it are no name of it)."""
    for m in _DURING.finditer(text, s, e):
        right = text[m.end() : e]
        if " " in right.strip() and (_kind_of(right) == "Event" or _event_head(right)):
            return [(s, m.start()), (m.end(), e)]
    return [(s, e)]


def _topic_goes_on(left_part: str, right_part: str) -> bool:
    """A meeting's title whose topic phrase ("on", "sur", "sobre", "para" ...) a conjunction
    continues with capitalised words of no keyword: the same title, never a second name."""
    if _kind_of(left_part) != "Event" or _kind_of(right_part) is not None:
        return False
    if _ACRONYM_TEXT.fullmatch(right_part.strip()):
        return False
    return _HEAD.search(f" {left_part} ") is not None and len(right_part.split()) >= 2


def _split_conjoined(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """ "the People's Summit ... and the Rights of Nature Tribunal" are two names, and so are
    "Cimade Rhône et Réseau Accueil Sud" (a name of two words or more, then a keyword name)."""
    if spelled_after(text, s, e):
        return [(s, e)]  # "the Economic and Social Council for X (ESCX)": one name, spelled out
    for m in _CONJOINED.finditer(text[s:e]):
        left_part, right_part = text[s : s + m.start()], text[s + m.end() : e]
        if _topic_goes_on(left_part, right_part):
            continue  # ("the Regional Consultation on the Protection of Migrant Workers and
            # Their Families": one meeting's title, its topic joined by "and")
        both = _kind_of(left_part) and _kind_of(right_part)
        shaped = (
            (_kind_of(right_part) or _ACRONYM_TEXT.fullmatch(right_part))
            and len(left_part.split()) >= 2
            and s + m.start() in {c for c, _ in conjoined_names(text, s, e)}
        )
        # the last two items of a written list "A, B C and D E": two names of two words or more
        # ... and a name whose head word ends it before "and" ("the X Workers Union and Y Z")
        last = _LETTERS.findall(fold(left_part))[-1:]
        headed = bool(last) and last[0] in ORG_KEYWORDS
        listed = (
            (_LIST_BEFORE.search(text, max(0, s - 5), s) is not None or headed)
            and len(left_part.split()) >= 2
            and (len(right_part.split()) >= 2 or (headed and _ONE_NAME.fullmatch(right_part)))
            and s + m.start() in {c for c, _ in conjoined_names(text, s, e)}
        )  # ("the X Refugee Service and Y": a one-word name after a name's head word)
        # "le Collectif des femmes de Dakar et la Fédération des ...": an article after the
        # conjunction, then a keyword: the next name's head, never a word of this one
        right_words = right_part.split()
        articled = (len(m.group(0).split()) > 1 or m.group(0).rstrip()[-1:] in "'\u2019") and (
            _kind_of(right_words[0] if right_words else "") == "Organization"
            or (len(left_part.split()) == 1 and _kind_of(right_part) == "Organization")
        )  # ("Ghana and the Harbour Builders Alliance": one word, then a keyword's name)
        # "el Colectivo X Y y la Coordinadora de Mujeres Z": an article after the conjunction
        # and a name of two capitalised words or more on each side (never "Paz y la Libertad")
        capitals = [w for w in right_words if w[:1].isupper()]
        articled = (
            articled
            or (
                m.group(0).strip() != m.group(0).split()[0]
                and len(left_part.split()) >= 2
                and _HEAD.search(f" {left_part} ") is None  # ("Foundation for Peace and the Rule
                and len(capitals) >= 2  # of Law": the "for" phrase goes on)
                and right_words[:1] == capitals[:1]
            )
        )
        articled = articled or _state_office_and(left_part, m.group(0), right_part)
        # "delegados de A y de la B", "officials of A and of B": the "of" said again after the
        # conjunction joins two of-phrases, two names (never "Foundation for Peace and the X")
        articled = articled or (
            _REPEATED_OF.match(m.group(0)) is not None
            and len(left_part.split()) >= 2
            and len(right_part.split()) >= 2
        )
        if both or shaped or listed or articled or _listed_articled(text, s, e, m):
            return [
                *_split_articled(text, *clean_name(text, s, s + m.start())),
                *_split_conjoined(text, s + m.end(), e),
            ]
    return _split_articled(text, s, e)


def spelled_after(text: str, s: int, e: int) -> bool:
    """Whether the abbreviation in brackets after a span spells all of it, "and" included
    ("Economic and Social Commission for Asia and the Pacific (ESCAP)"), or all of it past a
    first word in capitals ("UN Economic and Social ..."): one name, not two."""
    acr = _ACRONYM_AFTER.match(text, e, e + 16)
    if acr is None or not _CONJOINED.search(text[s:e]):
        return False
    first = re.match(r"[A-Z]{2,5}\s+", text[s:e])
    starts = (s, s + first.end()) if first else (s,)
    return any(spells(acr.group(1), text[a:e]) for a in starts)


# a state's office abroad and its state's name at the end of a name ("Permanent Mission of X")
_STATE_OFFICE_END = re.compile(
    r"\b([\w\-]+)[ \t\u00a0]+(?:of|de|del|du|d[\u2019'])[ \t\u00a0]*"
    r"(?:(?:the|la|le|el)[ \t\u00a0]+|l[\u2019'])?[A-Z][\w\-]*(?:[ \t\u00a0]+[A-Z][\w\-]*){0,2}$"
)


def _state_office_and(left_part: str, conj: str, right_part: str) -> bool:
    """ "the Permanent Mission of X and the Y Shelter": a state's office (lexicon
    state_body_nouns) ends at its state's name; an article and a keyword's name after the
    conjunction are the next body, never more words of the state's name."""
    if not state_office(left_part):
        return False
    articled = len(conj.split()) > 1 or conj.rstrip()[-1:] in "'\u2019"
    return articled and _kind_of(right_part) == "Organization"


def state_office(name: str) -> bool:
    """ "Permanent Mission of X", "Embajada de X": a state's office abroad, named by its state."""
    m = _STATE_OFFICE_END.search(name.rstrip())
    return m is not None and fold(m.group(1)) in words_in_every_language("state_body_nouns")


def _split_articled(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Two names with only an article between them (see _BARE_ARTICLE)."""
    for m in _BARE_ARTICLE.finditer(text, s, e):
        # "Forman parte de la Red X la Fundación Y, ...", "Font partie du Collectif X
        # l'Association Y": an article right after a capitalised word, then a keyword's name,
        # opens the next name (a name's own article follows its preposition: "pour la")
        right_words = text[m.end() : e].split()
        left_words = text[s : m.start()].split()
        if (  # (after a capitalised word: "Encuentro de la Red X" is one name)
            len(left_words) >= 2
            and left_words[-1][:1].isupper()
            and right_words
            and _kind_of(right_words[0]) == "Organization"
        ):
            return [(s, m.start()), *_split_articled(text, m.end(), e)]
    return [(s, e)]


_BARE_ARTICLE = re.compile(
    r"(?<=\w)(?:[ \t\u00a0]+(?:la|las|los|el|le|les)[ \t\u00a0]+|[ \t\u00a0]+[lL][\u2019'])"
    rf"(?=[{UP}])"
)


_LIST_BEFORE = re.compile(r"[,;][ \t\u00a0]*(?:[lL][\u2019'])?$")  # (", l'Union des X et la Y")
# a list's separator and an article before a name ("..., el Colectivo X y la Y")
_ARTICLED_BEFORE = re.compile(
    r"[,;:][ \t\u00a0]*(?:(?:el|la|los|las|le|les|du|des|del)[ \t\u00a0]+|[lL][\u2019'])?$"
)


def _listed_articled(text: str, s: int, e: int, m: re.Match[str]) -> bool:
    """The last two items of a written list of bodies, each with its article: "..., el
    Colectivo de Mujeres del Sur y la Coordinadora de Inmigrantes de X", "..., le Collectif des
    Y et la Maison des Femmes de Z": a keyword's name before the conjunction, an article and a
    capitalised name of two words or more after it (a preposition's object ends the first)."""
    if len(m.group(0).split()) < 2 and m.group(0).rstrip()[-1:] not in "'\u2019":
        return False  # (no article after the conjunction)
    if m.group(0).split()[0] not in ("y", "et"):
        return False  # (English lists: the rules above)
    left_part, right_part = text[s : s + m.start()], text[s + m.end() : e]
    right_words = right_part.split()
    return (
        _ARTICLED_BEFORE.search(text, max(0, s - 8), s) is not None
        and _kind_of(left_part) == "Organization"
        and len(left_part.split()) >= 2
        and len(right_words) >= 2
        and right_words[0][:1].isupper()
    )


_ONE_NAME = re.compile(r"[A-Z][\w\-]+")


_CONJ_MID = re.compile(
    r"[ \t\u00a0]+(?:and|et|y|e|&)[ \t\u00a0]+(?:(?:the|la|el|le|les|los|las)[ \t\u00a0]+|l')?"
)
_PREP_WORD = re.compile(
    r"\b(?:of|for|on|in|against|to|with|de|del|des|du|d'|pour|sur|contre|en|para|por|contra|"
    r"sobre|con|avec)\s+[^\s]+$|\bd'[^\s]+$"
)


def conjoined_names(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The conjunctions (start, end) in text[s:e] that may join two names, as in "Save the
    Children and Terre des Hommes", rather than two words of one name: never right after a
    preposition's object ("Forms of Discrimination and Racism", "Women in Migration and
    Development Network") and never before a lower-case word."""
    folded = fold_slice(text, s, e)
    found = []
    for m in _CONJ_MID.finditer(folded):
        left_part, right_part = folded[: m.start()].strip(), text[s + m.end() : e].strip()
        if not left_part or not right_part or not right_part[0].isupper():
            continue
        if not (left_part[-1].isalnum() or left_part[-1] in ")'"):
            continue
        if _PREP_WORD.search(left_part):
            continue
        found.append((s + m.start(), s + m.end()))
    return found


class Spans:
    """Character spans of a text already named: a mark per character, so that an overlap test
    is one bytearray.find."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._marks = bytearray(size)
        for s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        if e > s:
            self._marks[s:e] = b"\x01" * (e - s)

    def overlaps(self, s: int, e: int) -> bool:
        return e > s and self._marks.find(1, s, e) >= 0

    def covers(self, s: int, e: int) -> bool:
        return e > s and self._marks.find(0, s, e) < 0


def looks_like_name(name: str, titles: bool = True) -> bool:
    """Whether a new person's name is made of names: no title ("Foreign Minister"; with
    titles=False an office alone, "the Special Rapporteur", may stand for its holder), no word
    of an organization ("Coordinating Office"), no field ("Humanitarian Affairs")."""
    return _looks_like_name(name, titles)


def _looks_like_name(name: str, titles: bool = True) -> bool:
    words = re.findall(r"[a-z]+", fold(name))
    folded = fold(name)
    if titles and not ROLE_WORDS.isdisjoint(_LETTERS.findall(folded)) and _ROLE_WORD.search(folded):
        return False
    if any(len(w) > 6 and w.endswith(_NOUN_ENDINGS) for w in words):
        return False  # "European Integration", "Humanitarian Affairs": a field, not a person
    return bool(words) and not any(w in _NOT_NAME_WORDS or w in ORG_KEYWORDS for w in words)


# endings of abstract nouns that no person's name has (folded: "integración" -> "integracion")
_NOUN_ENDINGS = ("tion", "sion", "cion", "ness", "ities", "affairs", "programs", "programmes")


_NAME_LIST_GAP = re.compile(
    r"[ \t\u00a0]*(?:,[ \t\u00a0]*(?:(?:and|y|et|e)[ \t\u00a0]+)?"
    r"|[ \t\u00a0]+(?:and|y|et|e|&)[ \t\u00a0]+)"
)


def person_candidates(
    text: str, start: int, end: int, taken: Spans, fuzzy: Fuzzy, places: Spans | None = None
) -> list[Ent]:
    """People: a capitalised name of 2-4 words next to an honorific, a role or (ORG); the names
    of one list ("A, B and C of ORG", "speakers: A, B and C") share what one of them has."""
    found: list[tuple[int, int, bool]] = []
    pos = start
    while (m := NAME.search(text, pos, end)) is not None:
        s, e = m.start(), m.end()
        pos = e
        lead = LEADING.match(text, s, e)
        if lead:
            s = lead.end()
        owner = _OWNER_FIRST.match(text, s, e)
        if owner is not None:  # "Chile's Ana Lind": the name after the possessive
            s = owner.end()
        owned = list(_OWNED.finditer(text, s, e))
        if owned:  # "the X Network's Ana Lind" (a name's possessive word inside the match):
            pos = owned[-1].end()  # the name read again from after it
            continue
        title = _last_title(text, s, e)
        if (
            title is not None
            and _ARTICLE_END.search(text, max(start, s - 8), s)
            and _TITLE_OF_END.search(text, s, title)
        ):
            continue  # "la Coordinadora de Mujeres X": a body named by a title word, no person
        if title is not None:  # "Assembly President Ana Lind": the name after the title
            pos = title
            continue
        if lead and _ARTICLE_END.search(lead.group()):
            continue  # "the Harbourside Legal Clinic", "la Casa Nueva": a body, no person
        name = text[s:e]
        if " " not in name.replace("\u00a0", " ") or taken.overlaps(s, e):
            continue
        if not _looks_like_name(name):
            continue
        if TITLE_COMPLEMENT.search(fold_slice(text, max(start, s - 60), s)):
            continue  # "Representative for Southern Africa": where or what, not who
        found.append((s, e, _person_context(text, start, s, e, taken, places)))
    # a list of names: context flows along it both ways
    context = [c for _, _, c in found]
    for order in (range(len(found) - 1), range(len(found) - 2, -1, -1)):
        for i in order:
            gap = _NAME_LIST_GAP.fullmatch(text, found[i][1], found[i + 1][0])
            if gap and (context[i] or context[i + 1]):
                context[i] = context[i + 1] = True
    out = []
    for (s, e, _), ok in zip(found, context, strict=True):
        if not ok or taken.overlaps(s, e):
            continue
        name = text[s:e]
        hit = fuzzy.lookup(name, ("Person",))
        if hit:
            out.append(from_entry(s, e, name, hit[0], round(0.9 * hit[1], 2), "fuzzy"))
        else:
            out.append(candidate(s, e, name, name, "Person", 0.75))
        taken.add(s, e)
    return out


# a title's "of" at its end ("Coordinadora de", "Coordinator of the"): a body's name goes on
_TITLE_OF_END = re.compile(
    r"\s(?:de|del|du|des|of)\s+(?:(?:la|el|the|les|los|las)\s+)?$|\sd[\u2019']\s*$"
)
# a definite article right before a capitalised run: the name of a body, never a person's
_ARTICLE_END = re.compile(
    r"(?:^|\s)(?:the|The|la|La|las|Las|los|Los|el|El|le|Le|les|Les)\s+$|[Ll][\u2019']\s*$"
)
_TITLE_WORDS = ROLE_WORDS - {"de", "la", "of"}


def _last_title(text: str, s: int, e: int) -> int | None:
    """The end of the last title word inside a capitalised run that a name follows ("Foreign
    Minister Ana Lind", "Secretary-General Ana Lind"), else None."""
    words = list(re.finditer(r"\S+", text[s:e]))
    tails = words_in_every_language("title_tails")  # ("Director General Ana Lind")
    for k in range(len(words) - 2, -1, -1):
        parts = _LETTERS.findall(fold(words[k].group()))
        if (
            parts
            and all(p in _TITLE_WORDS for p in parts)
            and _ROLE_WORD.search(fold(words[k].group()))
        ):
            while k + 2 < len(words) and fold(words[k + 1].group()) in tails:
                k += 1
            return s + words[k].end()
    return None


def _title_run(text: str, s: int, words: list[re.Match[str]], i: int) -> bool:
    """Whether the title words that end at word i hold a title of their own ("Council
    President", "Director General"), not only its adjectives ("Legal", "Regional")."""
    j = i
    while j > 0 and all(p in _TITLE_WORDS for p in _LETTERS.findall(fold(words[j - 1].group()))):
        j -= 1
    return bool(_ROLE_WORD.search(fold(text[s + words[j].start() : s + words[i].end()])))


def _before_titled_name(text: str, s: int, e: int) -> int:
    """Where a capitalised run ends that goes on with a title and a person's name ("Council
    President Ana Lind", "Assembly Chair Ana Lind"): before the title, else where it ended."""
    words = list(re.finditer(r"\S+", text[s:e]))
    for i in range(len(words) - 3, -1, -1):
        parts = _LETTERS.findall(fold(words[i].group()))
        rest = text[s + words[i + 1].start() : e]
        if (
            parts
            and all(p in _TITLE_WORDS for p in parts)
            and 2 <= len(words) - i - 1 <= 4
            and NAME.fullmatch(rest)
            and _looks_like_name(rest)
            and _title_run(text, s, words, i)  # (not "X Workers Legal Aid Kenya": no title)
        ):
            tails = words_in_every_language("title_tails")  # "X Director General Ana Lind"
            while i > 0 and fold(words[i].group()) in tails:
                i -= 1
            return s + words[i - 1].end() if i > 0 else s  # (no space after the name)
    return e


# a title's complement ("Minister for Foreign Affairs", "directora de Programas"): the
# capitalised words after it name a portfolio or a body, not the title's holder
_CONNECTOR_END = re.compile(
    r"\b(?:of|for|to|on|at|in|the|de|del|du|des|pour|para|a|au|aux|en|la|le|el|los|las|les|"
    r"d'|l')\s*$"
)


TITLE_COMPLEMENT = re.compile(  # (read by structure.py too)
    rf"\b{ROLE}\s+(?:[a-z\-]+\s+)?(?:of|for|to|on|at|de|del|du|des|pour|para|a|au|aux|en)\s+"
    r"(?:(?:the|la|le|el|los|las|les)\s+|l'\s*|d'\s*)?$"
)


_OWNER_FIRST = re.compile(r"\S+(?:'s|\u2019s)[ \t\u00a0]+")
_POSSESSIVE_END = re.compile(r"(?:'s|\u2019s)[ \t\u00a0]+$")


def own_acronym(text: str, s: int, e: int) -> bool:
    """Whether a bracket right after a capitalised run holds the run's own initials
    ("Harbour Legal Clinic (HLC)"): the run names a body, never a person."""
    m = _ACRONYM_AFTER.match(text, e, e + 16)
    return m is not None and spells(m.group(1), text[s:e])


def spells(acronym: str, name: str) -> bool:
    """Whether an abbreviation's letters are a name's, in order, from its first letter on
    ("HLC" of "Harbour Legal Clinic", "KELIN" of "Kenya Legal Aid Network"), the name having
    two words or more and the abbreviation's letters being capitals."""
    letters = fold("".join(c for c in acronym if c.isalpha()))
    words = re.findall(r"[^\W\d_]+", fold(name))
    if len(letters) < 2 or len(words) < 2 or acronym != acronym.upper():
        return False
    if letters[0] != words[0][0]:
        return False
    caps = [w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]
    if len(letters) < len(caps) - 1:
        return False  # (not "Ana María Torres Rivas (AT)")
    it = iter("".join(words))
    return all(c in it for c in letters)


def _person_context(
    text: str, start: int, s: int, e: int, taken: Spans, places: Spans | None = None
) -> bool:
    """A role, an honorific, a speaker's cue or a known organization next to a name."""
    if own_acronym(text, s, e):
        return False  # "Harbour Legal Clinic (HLC)": a body's name and its initials
    after = fold_slice(text, e, e + 90)
    before = fold_slice(text, max(start, s - 80), s)
    of_org = _OF_ORG.match(text, e, e + 12)
    paren = _PAREN_OPEN.match(text, e, e + 4)
    poss = _POSSESSIVE_END.search(text, max(start, s - 4), s)
    # a country in brackets is where an organization works ("Sin Fronteras (Mexico)"), no sign
    # of a person
    in_place = bool(paren and places and places.overlaps(paren.end(), paren.end() + 1))
    return bool(
        _ROLE_AFTER.match(after) or _WORD_ROLE_AFTER.match(after)
        or (_PAREN_ORG.match(text[e : e + 40]) and not in_place)
        or _PAREN_ROLE.match(after)  # "Name (Executive Director, O)"
        or _IS_ROLE.match(after)
        or (not ROLE_WORDS.isdisjoint(_LETTERS.findall(before)) and _ROLE_BEFORE.search(before)
            and not _CONNECTOR_END.search(before))
        or _HONORIFIC_BEFORE.search(text[max(start, s - 8) : s])
        or _SPEAKER_BEFORE.search(before)
        or _title_set_off(text, s, e)  # "Name, <a post the lexicon may not list>, O"
        # "Jane Doe of PICUM", "Ana Pérez, de Sin Fronteras IAP": a name, then a known one
        or (of_org and taken.overlaps(of_org.end(), of_org.end() + 1))
        # "Name Surname (Known Organization)": a name, then a known one in brackets
        or (paren and taken.overlaps(paren.end(), paren.end() + 1) and not in_place)
        # "O's Jane Doe": a known name's possessive right before
        or (poss is not None and taken.overlaps(poss.start() - 1, poss.start()))
        or _line_then_body(text, s, e, taken)
    )  # fmt: skip


# a programme's line: (a bullet) a name, a mark, then a name already read ("Ana Lind - O",
# "Ana Lind | O", "Ana Lind / O")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+)?$")
_LINE_MARK = re.compile(r"[ \t]+[\u2013\u2014|/-][ \t]*")  # (a comma: "Media Relations, O")


def _line_then_body(text: str, s: int, e: int, taken: Spans) -> bool:
    """A name that opens its line and a known or found name right after a mark on it."""
    mark = _LINE_MARK.match(text, e)
    teams = words_in_every_language("team_nouns")
    return (
        mark is not None
        and not any(w in teams for w in fold_slice(text, s, e).split())  # ("Press Office")
        and _LINE_START.search(text, max(0, s - 6), s) is not None
        and taken.overlaps(mark.end(), mark.end() + 1)
    )


@lru_cache(maxsize=1)
def _set_off_title() -> re.Pattern[str]:
    """A post set off after a name and the capitalised name of its body after it: a comma or a
    dash, the post's words, then a comma, a dash or a link word (lexicon title_links, an article
    of title_articles after it) before a capital: "Name, <post>, O", "Name - <post>, O",
    "Name, <post> de O"."""
    links = sorted(words_in_every_language("title_links"), key=len, reverse=True)
    articles = sorted(words_in_every_language("title_articles"), key=len, reverse=True)
    link = "|".join(re.escape(w) for w in links if not w.endswith("'"))
    elided = "|".join(re.escape(w[:-1]) for w in (*links, *articles) if w.endswith("'"))
    article = "|".join(re.escape(w) for w in articles if not w.endswith("'"))
    return re.compile(
        r"(?:[ \t]*,|[ \t]+[\u2013\u2014-])[ \t]*(?P<t>[^\W\d_][^,;:.()\[\]\n\u2013\u2014]{0,80}?)"
        rf"(?:[ \t]*,|[ \t]+[\u2013\u2014-]|[ \t]+(?:{link})(?:[ \t]+(?:{article}))?"
        rf"|[ \t]+(?:{elided})['\u2019])[ \t]*(?=[A-Z\u00c0-\u00de])"
    )


# "Name, O's <post>", "Name, the O's <post>": a capitalised name, its possessive, the post
_OWNED_POST = re.compile(
    r"[ \t]*,[ \t]*(?:the[ \t]+)?[A-Z\u00c0-\u00de][\w&\-]*(?:[ \t]+[\w&\-]+){0,6}?['\u2019]s[ \t]+"
    r"(?P<t>[^\W\d_][\w\-]*(?:[ \t]+[^\W\d_][\w\-]*){0,4})"
)


def _title_set_off(text: str, s: int, e: int) -> bool:
    """A post read by its shape right after a name, with a body's name after it; never after a
    run of three words or more that a verb of the lexicon opens ("Acudieron Ana Lind, ...")."""
    from ingest.extract.patterns.membership import reads_as_title

    first, *rest = text[s:e].split()
    if len(rest) >= 2 and any(
        (lex := lexicon(lang)) is not None and lemma_of(first.lower(), lang) in lex.trigger_words
        for lang in ("en", "es", "fr")
    ):
        return False
    m = _set_off_title().match(text, e, min(len(text), e + 140))
    owned = _OWNED_POST.match(text, e, min(len(text), e + 140))
    if m is None and owned is not None:  # "Name, O's <post>"
        words = re.findall(r"[^\W\d_][\w\-'\u2019]*", fold(owned.group("t")))
        return any(reads_as_title(None, words[:k]) for k in range(1, len(words) + 1))
    if m is None:
        return False
    words = re.findall(r"[^\W\d_][\w\-'\u2019]*", fold(m.group("t")))
    if words and words[0] in ("and", "y", "et"):
        return False  # "Chair in Maritime Law, and Professor of Law, O": a list of posts
    if words and words[0] in words_in_every_language("title_articles"):
        return False  # "X, a member of C": a body or a place may be described so too
    return reads_as_title(None, words)


_ACRONYM_WORD = re.compile(r"(?<![\w\-.])[A-Z][A-Z0-9]*(?:[\-&.][A-Z0-9]+)*(?![\w\-])")
# a surname in capitals after a given name ("Ana LÓPEZ") is no abbreviation
_GIVEN_NAME_BEFORE = re.compile(rf"[{UP}][{_LOW}]+[ \t\u00a0]+$")
_ACRONYMS_FILE = Path(__file__).resolve().parent / "lexicon" / "acronyms.yaml"


_BRACKETED_ACRONYM = re.compile(r"[ \t\u00a0]*\(\s*([A-Z][A-Za-z.]{1,7})\s*\)")


def generic_body(text: str, ent: Ent) -> bool:
    """A new "organization" that is a kind of body spelled out, no body's name: its name is a
    common abbreviation ("OSC", "NGOs") or it is defined by one right after it ("Organizaciones
    de la Sociedad Civil (OSC)", "non-governmental organisations (NGOs)")."""
    if ent.id is not None or ent.type not in ("Organization", "Coalition"):
        return False
    if ent.name.upper().rstrip("S") in _not_organizations() or ent.name.upper() in (
        _not_organizations()
    ):
        return True
    after = _BRACKETED_ACRONYM.match(text, ent.end)
    return after is not None and after.group(1).upper() in _not_organizations()


@lru_cache(maxsize=1)
def _not_organizations() -> frozenset[str]:
    data = yaml.safe_load(_ACRONYMS_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(str(w) for w in data.get("not_organizations") or ())


def acronym_candidates(
    text: str, start: int, end: int, taken: Spans, known: Sequence[Ent] = ()
) -> list[Ent]:
    """Abbreviations no list knows ("L'ABCD a salué ..."): one that spells a new name's alias
    ("Name (ABCD)") is that name again; one used twice or more in the text is a new
    organization; a line in capitals (a heading) names none."""
    aliases = {a: e for e in known if e.id is None for a in e.aliases}
    seen: dict[str, list[tuple[int, int]]] = {}
    for m in _ACRONYM_WORD.finditer(text, start, end):
        word = m.group()
        letters = sum(c.isalpha() for c in word)
        if not 2 <= len(word) <= 12 or letters < 2 or word in _not_organizations():
            continue
        if taken.overlaps(m.start(), m.end()) or _capital_line(text, m.start()):
            continue
        if _given_name_before(text, start, m.start()):
            continue
        seen.setdefault(word, []).append(m.span())
    out = []
    for word, spans in seen.items():
        same = aliases.get(word)
        if same is None and len(spans) < 2 and not _noun_after(text, spans[0][1]):
            continue
        for s, e in spans:
            if same is not None:
                ent = Ent(s, e, word, same.key, None, same.name, same.type, same.confidence,
                          "candidate", same.aliases)  # fmt: skip
            else:
                ent = candidate(s, e, word, word, "Organization", 0.6)
            out.append(ent)
            taken.add(s, e)
    return sorted(out, key=lambda x: x.start)


_WORD_AFTER = re.compile(r"[ \t\u00a0]+([a-z\u00e0-\u00ff]+)\b")


def _noun_after(text: str, at: int) -> bool:
    """A network's noun right after a name, in small letters ("the ABC network", "the Coastal
    Rights coalition"): the name is that network's."""
    m = _WORD_AFTER.match(text, at)
    return m is not None and fold(m.group(1)) in _NETWORK_WORDS - {"ong", "ngo", "group"}


def _given_name_before(text: str, start: int, at: int) -> bool:
    """ "Ana LÓPEZ": a capitalised word right before, not one that opens a sentence."""
    given = _GIVEN_NAME_BEFORE.search(text, max(start, at - 30), at)
    if given is None:
        return False
    before = text[max(start, given.start() - 2) : given.start()].strip()
    return not before or before[-1] not in '.!?:;"\u201c\u00ab('


def _capital_line(text: str, at: int) -> bool:
    """Whether the line around an offset is written in capitals (a heading, a banner)."""
    s = text.rfind("\n", 0, at) + 1
    e = text.find("\n", at)
    line = text[s : e if e >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.7 * len(letters)


_CAPITALISED_WORD = re.compile(rf"[{UP}][\w\u2019'\-]+")
_CAPITAL_NEXT = re.compile(rf"\s+[{UP}]")


@lru_cache(maxsize=256)
def _references(parts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?<=[\s(])|^)(?:{HONORIFIC}\s+)?(" + "|".join(map(re.escape, parts)) + r")\b"
    )


def person_references(
    text: str, start: int, end: int, people: list[Ent], taken: Spans
) -> list[Ent]:
    """ "Ms. Tactaquin", "M. Conte", "Gottardo", "Yanira": a part of a name already found."""
    parts: dict[str, Ent] = {}
    for p in sorted(people, key=lambda p: p.start):
        for word in _CAPITALISED_WORD.findall(p.text):
            if len(word) >= 4 and fold(word) not in _NOT_NAME_WORDS:
                parts.setdefault(word, p)
    if not parts:
        return []
    pattern = _references(tuple(parts))
    out = []
    for m in pattern.finditer(text, start, end):
        s, e = m.start(), m.end()
        if taken.overlaps(s, e):
            continue
        ref = parts[m.group(1)]
        if ref.start >= s:
            continue  # only back-references
        if _CAPITAL_NEXT.match(text, e, e + 2):
            continue  # part of a longer capitalised name
        out.append(
            Ent(s, e, text[s:e], ref.key, ref.id, ref.name, ref.type,
                round(ref.confidence * 0.9, 2), "coref")
        )  # fmt: skip
        taken.add(s, e)
    return out


# -- a Spanish or French name that goes on in lower case after its head noun ("Réseau andin des
# migrations", "Red Andina para los derechos de los migrantes"): its adjectives and
# prepositional phrases, up to a verb, a clause, a list's next name, a place, a date or a stop
_TAIL_PREP = re.compile(
    r"(?:de[ \t\u00a0]+la|de[ \t\u00a0]+las|de[ \t\u00a0]+los|del|des|du|de|d['\u2019]|pour|para|"
    r"por|sur|sobre|contre|contra|avec|con|sans|sin|au|aux|al|a|\u00e0)"
    r"(?=[ \t\u00a0]|(?<=['\u2019]))"
)
_TAIL_ARTICLE = re.compile(r"(?:la|las|los|le|les|el|l['\u2019])(?=[ \t\u00a0]|(?<=['\u2019]))")
_TAIL_WORD = re.compile(rf"[{_LOW}][{_LOW}\-]+(?![\w'\u2019])")
_TAIL_GAP = re.compile(r"[ \t\u00a0]*")
# a word that opens a verb's object: the word before it was the verb ("la Red X firma la carta")
_OBJECT_AFTER = re.compile(
    r"[ \t\u00a0]+(?:la|las|los|le|les|el|l['\u2019]|un|une|una|su|sus|son|sa|ses|leur|leurs|"
    r"este|esta|ce|cette|ces|par|por)"
    r"(?=[ \t\u00a0]|(?<=['\u2019]))"
)
_INFINITIVE = ("ar", "er", "ir", "re")
_PARTICIPLE = ("é", "ée", "és", "ées", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_TAIL_MAX = 10
_LATER_PREPS = frozenset({"avec", "con", "au", "aux", "al", "a"})  # ("a" folds "à" too)


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The verbs of the rules' triggers in Spanish and French (their lemmas)."""
    out: set[str] = set()
    for language in ("es", "fr"):
        lex = lexicon(language)
        if lex is not None:
            out |= {w for w in lex.trigger_words if w.endswith(_INFINITIVE)}
    return frozenset(out)


@lru_cache(maxsize=20_000)
def _verb_like(word: str, languages: tuple[str, ...] = ("es", "fr")) -> bool:
    """A lower-case word a name cannot hold: a conjugated verb (by its lemma in either
    language), or a form of a trigger's verb ("firma", "signe"); a participle stays an
    adjective ("unidas", "réunis")."""
    w = fold(word)
    if w in MONTH_WORDS or w in WEEKDAY_WORDS or len(w) < 3:
        return True  # (two letters: "a", "ha", "se", "es", "et", "ou"...)
    if word.endswith(_PARTICIPLE) and len(w) > 4:
        return False
    for language in languages:  # (the text's own: "agricoles" is no Spanish verb here)
        lemma = lemma_of(word, language)
        if lemma != w and lemma.endswith(_INFINITIVE) and w not in (lemma + "s", lemma + "es"):
            return True
    stem = re.sub(r"(?:ent|an|en|a|e)$", "", w)
    return stem != w and any(stem + i in _verb_lemmas() for i in _INFINITIVE)


# a purpose after a name: "por organizar", "para apoyar", "pour agir", "d'avoir signé"
_PURPOSE_PREPS = frozenset({"por", "para", "pour"})
_INFINITIVE_ENDS = ("ar", "er", "ir", "re")
_AUX_INFINITIVES = frozenset({"avoir", "etre", "haber"})


def _tail_word(
    text: str, i: int, end: int, languages: tuple[str, ...], noun: bool = False
) -> int | None:
    """The end of a lower-case word a name may hold at i, else None; a noun after a
    preposition is no verb ("de soutien", "de lucha"), save a participle after "a"."""
    m = _TAIL_WORD.match(text, i, end)
    if m is None or fold(m.group()) in _NOT_TAIL:
        return None
    w = fold(m.group())
    if noun and not (w in MONTH_WORDS or w in WEEKDAY_WORDS or len(w) < 3):
        return m.end()
    return None if _verb_like(m.group(), languages) else m.end()


_NOT_TAIL = frozenset(
    {"que", "qui", "quien", "quienes", "dont", "donde", "cuyo", "cuya", "lequel", "laquelle",
     "cual", "avait", "etait", "sera", "seran", "sont", "son", "ont", "han", "fue", "ete",
     "tambien", "aussi", "ainsi", "ya", "deja", "pas", "non", "mais", "pero", "como", "comme",
     "ni", "hoy", "ayer", "aujourd", "hier", "lors", "durante", "pendant", "depuis",
     "desde", "hasta", "jusqu", "apres", "despues", "antes", "avant", "tras", "via", "segun",
     "and", "the", "for", "with", "from", "that", "which", "who", "has", "was", "were", "are",
     "will", "its", "their", "selon", "este", "esta", "ese", "esa", "cette", "ces", "leur",
     "leurs", "sus", "ses",
     # pronouns ("le Collectif X vous invite", "la Red X les invita"): never a name's word
     "vous", "nous", "les", "lui", "los", "las", "nos", "ils", "elles", "elle", "ella", "ellos",
     "ellas", "eux", "usted", "ustedes",
     # a verb that is also a noun ("la Red X cuenta con 40 miembros")
     "cuenta", "cuentan"}
)  # fmt: skip


_OF_CAPITALS = re.compile(
    r"[ \t\u00a0]+(?:de[ \t\u00a0]+la|des|du|del|de|d['\u2019])[ \t\u00a0]*"
    rf"(?<=[ \t\u00a0'\u2019])({CAP}(?:{SP}{CAP})*)"
)
_CAPITAL_PHRASE = re.compile(
    r"[ \t\u00a0]+(?:de[ \t\u00a0]+la|des|du|del|de|d['\u2019])[ \t\u00a0]*"
    rf"(?<=[ \t\u00a0'\u2019])[{UP}]"
)


_AND_WORD = re.compile(r"(?:y|et|e)[ \t\u00a0]+(?=[a-z\u00e0-\u00ff])")
_PLACE_AFTER = re.compile(
    r"[ \t\u00a0]+(?:en|in|a|\u00e0|au|aux|el|le|por|par|desde|depuis|dans|durante|pendant)"
    r"(?=[ \t\u00a0])"
)


def _participle_clause(text: str, i: int, e: int, end: int) -> bool:
    """A participle that opens a clause of its own ("celebrado en X", "réunie à Y")."""
    return text[i:e].endswith(_PARTICIPLE) and _PLACE_AFTER.match(text, e, end) is not None


def _is_prep(text: str, i: int, e: int) -> bool:
    p = _TAIL_PREP.match(text, i)
    return p is not None and p.end() == e


def lowercase_tail(text: str, e: int, end: int, taken: Spans) -> int:
    """Where a name whose head noun ends its capitalised words at e ends with its lower-case
    words: adjectives, then phrases "preposition [article] noun adjectives...", then a
    capitalised word right after a noun ("Réseau des travailleurs X"); no more than ten words,
    none a verb, and no phrase in a place ("en Colombie" stays out: its noun is lower-case)."""
    out = e
    words = 0
    i = e
    after_prep = False
    found = detect_language(text[text.rfind("\n", 0, e) + 1 : e + 200].split("\n")[0])
    if found == "en":
        return e  # (an English name is written in title case)
    languages = (found,) if found in ("es", "fr") else ("es", "fr")

    def gap(j: int) -> int | None:
        g = _TAIL_GAP.match(text, j, end)
        return g.end() if g and g.end() > j else None

    # adjectives right after the head ("Réseau andin", "Red Andina andina...")
    while words < _TAIL_MAX:
        j = gap(i)
        w = _tail_word(text, j, end, languages) if j is not None else None
        if j is None or w is None or _is_prep(text, j, w):
            break
        if _OBJECT_AFTER.match(text, w, end) or _participle_clause(text, j, w, end):
            return out  # "la Coalition X signe la lettre": its verb and object
        words += 1
        i = out = w
    while words < _TAIL_MAX:
        j = gap(i) if text[i - 1 : i] not in ("'", "\u2019") else i
        p = _TAIL_PREP.match(text, j, end) if j is not None else None
        if p is None:
            break
        k = gap(p.end()) if text[p.end() - 1] not in ("'", "\u2019") else p.end()
        if k is None:
            break
        a = _TAIL_ARTICLE.match(text, k, end)
        if a:
            k2 = gap(a.end()) if text[a.end() - 1] not in ("'", "\u2019") else a.end()
            if k2 is None:
                break
            k = k2
        w = _tail_word(text, k, end, languages, noun=True)
        if w is None:
            break
        prep = fold(text[p.start() : p.end()])
        if (
            prep == "a"
            and not a
            and (text[k:w].endswith(_PARTICIPLE) or _verb_like(text[k:w], languages))
        ):
            break  # ("Réseau X a signé": the verb's auxiliary, no preposition)
        if prep in _LATER_PREPS and not after_prep:
            break  # ("le Réseau X avec les syndicats": company, not its name)
        said = fold(text[k:w])
        if prep in _LATER_PREPS and said in EVENT_KEYWORDS | COMPANY_WORDS:
            break  # ("la participation du Réseau des X à l'atelier": where it went)
        if said in _AUX_INFINITIVES or (
            prep.strip(" '\u2019") in _PURPOSE_PREPS and not a and said.endswith(_INFINITIVE_ENDS)
        ):
            break  # ("agradeció a la Red X por organizar", "remercié O d'avoir organisé": why)
        words += 1
        i = out = w
        after_prep = True
        while words < _TAIL_MAX:  # its adjectives ("de mujeres migrantes")
            j = gap(i)
            w = _tail_word(text, j, end, languages) if j is not None else None
            both = _AND_WORD.match(text, j, end) if j is not None and w is None else None
            if both:  # "de organizaciones migrantes y promigrantes": two of them, no article
                w = _tail_word(text, both.end(), end, languages)
                if w is None or _OBJECT_AFTER.match(text, w, end):
                    break
                words += 1
                i = out = w
                continue
            if j is None or w is None or _is_prep(text, j, w):
                break
            if _OBJECT_AFTER.match(text, w, end) or _participle_clause(text, j, w, end):
                return out
            words += 1
            i = out = w
    if out > e and not after_prep and _CAPITAL_PHRASE.match(text, out, end):
        return e  # ("Fédération internationale des Unions de X": a name in title case goes on)
    if out > e and after_prep:  # "Asociación de mujeres migrantes X": its own name last
        j = gap(out)
        cap = NP.match(text, j, end) if j is not None else None
        if cap and not taken.overlaps(cap.start(), cap.end()) and " " not in cap.group():
            out = cap.end()
        placed = _OF_CAPITALS.match(text, out, end)  # "Collectif des pêcheurs du Nord"
        if placed and not taken.overlaps(placed.start(1), placed.end()):
            out = placed.end()
    return out


_HEAD_WORD = re.compile(r"[^\W\d_]+")
_ARTICLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:la|las|los|le|les|el|del|du|des|au|aux|al|l['\u2019]|d['\u2019])[ \t\u00a0]*$"
)


def _with_lowercase_tail(text: str, s: int, e: int, end: int, taken: Spans) -> int:
    """The end of a name whose first word is an organization's head noun ("Red Andina",
    "Réseau") with its lower-case words; a lone capitalised head takes them only after an
    article (a sentence's first word is capitalised whatever it is)."""
    lead = LEADING.match(text, s, e) or _TAIL_ARTICLE.match(text, s, e)  # ("Selon la Red X")
    at = lead.end() if lead else s
    at += len(text[at:e]) - len(text[at:e].lstrip(" \t\u00a0"))
    head = _HEAD_WORD.match(text, at, e)
    word = fold(head.group()) if head else ""
    if head is None or word not in ORG_KEYWORDS | HEAD_ORG_KEYWORDS or word in EVENT_KEYWORDS:
        return e  # ("Foro X de las migraciones celebrado en Y": a meeting's name ends apart)
    if head.end() == e and not _ARTICLE_BEFORE.search(fold_slice(text, max(0, s - 6), s)):
        return e
    out = lowercase_tail(text, e, end, taken)
    return out if out > e and not taken.overlaps(e, out) else e
