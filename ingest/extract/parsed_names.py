"""New names read from the parse where a rule's slot wants an event, an organization or a document
and no list knows the words there: "spoke at the Forum citoyen sur les migrations", "participó en
el Encuentro regional de redes", "organised by the Tenants Union of Eastside", "endorsed the Joint
Statement on Safe Harbours".

The regex layer (candidates.py) reads names written in title case; names in sentence case
("Forum social mondial de ...") are common in Spanish and French and only the parse tells
where they end. A name here is a capitalised head noun of the wanted kind (lexicon
event_nouns / org_nouns, or the shared keywords) with the words that depend on it, up to
another clause, an aside or a list."""

from __future__ import annotations

import re

from ingest.extract.candidates import QUOTED_AFTER, looks_like_name
from ingest.extract.dates import MONTH_WORDS, WEEKDAY_WORDS, find_dates
from ingest.extract.frames import Lexicon
from ingest.extract.lexicon import EVENT_KEYWORDS, ORG_KEYWORDS
from ingest.extract.patterns.common import Doc
from ingest.extract.resolve import Ent, candidate
from ingest.extract.text import fold
from ingest.extract.ud import Sentence, Token

# a name ends where another clause, an aside, a list or a verb's complement begins (and a
# copula's words: "los miembros son la Asociación de X" names "Asociación de X")
_STOP = frozenset(
    {"acl", "acl:relcl", "advcl", "parataxis", "appos", "dep", "list", "punct", "conj", "cc",
     "obl", "ccomp", "xcomp", "nsubj", "obj", "cop", "aux", "aux:pass", "nsubj:pass"}
)  # fmt: skip
_EDGE = frozenset({"DET", "ADP", "CCONJ", "PUNCT", "PRON", "NUM"})
MAX_WORDS = 10
EVENT_TYPES = ("Event",)
ORG_TYPES = ("Organization", "Coalition")


def new_name(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> Ent | None:
    """The new event or organization a slot's head token names, else None."""
    if not tok.word[:1].isupper() or tok.i == 0:
        return None  # (a sentence's first word is capitalised whatever it is)
    if tok.upos not in ("NOUN", "PROPN", "VERB", "ADJ"):
        return None  # (a tagger may take a capitalised noun for a verb: "el Encuentro")
    kind = _kind(lex, tok, types)
    if kind is None:
        return None
    near = doc.ents_in(tok.start - 200, tok.end + 200)
    covering = [e for e in near if e.start <= tok.start and tok.end <= e.end]
    if covering:
        # a new name the regex layer read as another kind ("Foro ..." as an organization):
        # the slot says what it is; a known name stays what the lists say
        old = covering[0]
        if len(covering) > 1 or old.id is not None or old.start != tok.start:
            return None
        if old.type == "Event" and kind != "Event":
            return None  # a meeting that took place stays one ("le forum s'est tenu")
        return doc.replace(old, candidate(old.start, old.end, old.text, old.name, kind, 0.6))
    run = sent.phrase(tok, _STOP, _EDGE)
    if kind == "Event" and run and run[0].word[:1].isupper():  # "la Conférence régionale sur
        run = _with_topic(lex, sent, tok, run)  # X" (its topic a parser hung on the verb)
    if kind == "Document" and run and run[0].word[:1].isupper():  # "endorsed the Declaration
        longer = _with_topic(lex, sent, tok, run)  # on Safe Passage": a title's words, each
        more = longer[len(run) :]  # capitalised but the small ones, and no date
        if all(t.word[:1].isupper() or t.upos in _EDGE for t in more) and not find_dates(
            doc.text, more[0].start if more else 0, more[-1].end if more else 0
        ):
            run = longer
    if not 2 <= len(run) <= MAX_WORDS + 4 or not run[0].word[:1].isupper():
        return None  # one word says too little ("the Forum"); a name starts with a capital
    if run[-1].word in ("'s", "\u2019s", "'", "\u2019"):
        run = run[:-1]  # ("the Lumen Network's": the network, its possessive no part of it)
        if len(run) < 2:
            return None
    start, end = run[0].start, run[-1].end
    if any(e.start < end and start < e.end for e in near):
        return None  # a name inside or across another one: the lists' reading stands
    titled = _titled_event(doc, end) if len(run) <= 3 else None
    if titled is not None:  # 'el Foro Regional "X"': the meeting its quoted title names (no
        return titled if kind == "Event" else None  # body of that name)
    name = doc.text[start:end]
    return doc.add(candidate(start, end, name, name, kind, 0.6))


def _titled_event(doc: Doc, end: int) -> Ent | None:
    """The event whose quoted title follows right after a meeting's kind ('el Foro Regional
    "X"'), else None."""
    quoted = QUOTED_AFTER.match(doc.text, end)
    if quoted is None:
        return None
    return next((e for e in doc.events_in(end, quoted.end()) if e.start == quoted.start(1)), None)


def _kind(lex: Lexicon, tok: Token, types: tuple[str, ...]) -> str | None:
    lemmas = {lex.lemma(tok.word), fold(tok.lemma), fold(tok.word)}
    if "Event" in types and (
        lemmas & lex.words.get("event_nouns", set()) or lemmas & EVENT_KEYWORDS
    ):
        return "Event"
    org = lemmas & lex.words.get("org_nouns", set()) or lemmas & ORG_KEYWORDS
    if org and "Organization" in types:
        return "Organization"
    if "Document" in types and lemmas & lex.words.get("title_nouns", set()):
        return "Document"  # "endorsed the Joint Statement on X", "firmó el Llamamiento de X"
    return None


def described_event(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> Ent | None:
    """A new event that an indefinite event noun brings in with its own words ("organised a
    workshop on labour rights", "sostuvieron una reunión de seguimiento", "a tenu un atelier de
    formation"), also in a report on another event ("at the conference, the union held a panel
    on fair recruitment": the panel, not the conference): named by the noun and the words that
    depend on it, as written; a bare noun ("a meeting") names none."""
    lemmas = {lex.lemma(tok.word), fold(tok.lemma), fold(tok.word)}
    if not lemmas & lex.words.get("event_nouns", set()):
        return None
    indefinite = lex.words.get("indefinite", set())
    if not any(fold(d.word) in indefinite for d in sent.children(tok, "det")):
        return None
    run = _glued_left(sent, tok, _with_topic(lex, sent, tok, _noun_run(sent, tok)))
    kinds = lex.words.get("event_qualifiers", set())
    before = [t for t in run if t.i < tok.i]
    if before and all(t.head == tok.i and lex.lemma(t.word) in kinds for t in before):
        run = [t for t in run if t.i >= tok.i]  # "a regional workshop on X": the kind apart
        if len(run) < 2:
            return None
        before = []
    if before and any(tok not in sent.ancestors(t) or t.upos in ("DET", "ADP", "CCONJ", "PRON")
                      or t.word[:1].isupper() for t in before):  # fmt: skip
        return None  # ("a three-day training": its own words; "a MIDEQ discussion": whose)
    run = _shortened(sent, tok, run)
    if not 2 <= len(run) <= MAX_WORDS:
        return None
    start, end = run[0].start, run[-1].end
    dated = find_dates(doc.text, start, end)  # "un atelier sur X le 11 décembre": no date in it
    if dated:
        kept = [t for t in run if t.end <= dated[0].start]
        while kept and kept[-1].upos in _EDGE:
            kept.pop()
        if len(kept) < 2:
            return None
        end = kept[-1].end
    near = doc.ents_in(start - 200, end + 200)
    if any(e.start < end and start < e.end and e.type not in _WHERE for e in near):
        return None  # a name inside (not a place's): the lists' reading stands
    titled = [e for e in near if e.type == "Event" and e.start >= end
              and _TITLE_GAP.fullmatch(doc.text, end, e.start)]  # fmt: skip
    if titled:  # 'a panel on the theme of "X"', 'un foro bajo el lema "X"': X names it
        return titled[0]
    name = doc.text[start:end]
    return _described(doc, candidate(start, end, name, name, "Event", 0.55))


# what stands between a meeting's words and its quoted title ('on the theme of "X"')
_TITLE_GAP = re.compile(r"\s*(?:of|de|d'|:|,)?\s*[\"\u201c\u00ab]?\s*")


_WHERE = ("Place", "Government")


def _described(doc: Doc, ent: Ent) -> Ent:
    """A new event named by a common noun and its words: kept as one the paragraph that names
    it speaks of, not the ones after it (syntax.event_here)."""
    ent = doc.add(ent)
    described = doc.memo.setdefault("described_events", set())
    assert isinstance(described, set)
    described.add(ent.key)
    return ent


def _with_topic(lex: Lexicon, sent: Sentence, tok: Token, run: list[Token]) -> list[Token]:
    """An event noun's run with the topic a parser hung on the verb instead ("convened a
    roundtable on wage theft": "on wage theft" is the roundtable's): an oblique of the noun's
    verb, right after the run, whose case word says what is spoken of."""
    up = sent.head(tok)
    nxt = run[-1].i + 1
    if (
        up is None
        or tok.deprel.split(":")[0] not in ("obj", "obl", "nsubj")
        or nxt >= len(sent.tokens)
    ):
        return run
    case = sent.tokens[nxt]
    if "about" not in lex.case_class(case.word) or case.deprel != "case":
        return run
    topic = sent.tokens[case.head]
    if topic.head != up.i or topic.deprel.split(":")[0] != "obl" or topic.i <= tok.i:
        return run
    more = [t for t in sent.phrase(topic, _STOP, _EDGE) if t.i > run[-1].i]
    if not more or any(t.upos not in ("ADP", "DET") for t in sent.tokens[nxt : more[0].i]):
        return run
    return [*run, *sent.tokens[nxt : more[-1].i + 1]]


def _noun_run(sent: Sentence, tok: Token) -> list[Token]:
    """The run of an event noun's words, with the second word of a noun a parser split ("table
    ronde": "ronde" as an aside)."""
    nxt = sent.tokens[tok.i + 1] if tok.i + 1 < len(sent.tokens) else None
    split = nxt is not None and nxt.head == tok.i and nxt.deprel == "appos"
    return sent.phrase(tok, _STOP - {"appos"} if split else _STOP, _EDGE)


def _shortened(sent: Sentence, tok: Token, run: list[Token]) -> list[Token]:
    """A run too long for a name without its last phrases ("a three-day training on labour
    inspections for community paralegals in <city>": up to "for ...")."""
    while len(run) > MAX_WORDS:
        phrases = [t for t in run if t.i > tok.i and t.deprel.split(":")[0] == "nmod"]
        if len(phrases) < 2:
            break  # (the first phrase after the noun is its own: never cut)
        first = min(t.i for t in sent.subtree(phrases[-1]))
        run = [t for t in run if t.i < first]
    return run


def _glued_left(sent: Sentence, tok: Token, run: list[Token]) -> list[Token]:
    """A run with the word a hyphen glues to its first word ("a three-day training", "a
    follow-up meeting": the phrase's edge drops "three-" as a number and a mark)."""
    k = run[0].i
    if k >= 2 and k > 0:
        mark, num = sent.tokens[k - 1], sent.tokens[k - 2]
        glued = num.end == mark.start and mark.end == run[0].start and mark.word in "-\u2010"
        if glued and tok in [*sent.ancestors(num), num] and num.upos not in ("DET", "ADP"):
            return [num, mark, *run]
    return run


_OF_DATE = frozenset({"of", "de", "del", "du"})  # "la marcha del 18 de diciembre": its name


def definite_event(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, min_words: int = 3
) -> Ent | None:
    """A meeting a definite event noun names by its own words ("took part in the regional
    consultation in Tegucigalpa", "asistieron al encuentro regional de redes", "était présent
    aux assises nationales de l'accueil à Nantes"), when its words say where, when or whose it
    is: a new event named by the noun with the words before it that qualify it and the words
    that depend on it, as written, up to a name inside it ("the founding assembly of <Org>":
    founding assembly) or a date that only says when ("the march on 3 May"; "la marcha del 18
    de diciembre" keeps it); None for "a", "this", a bare plural, a phrase with no place, date
    or name ("the closing day"), or fewer than min_words words of its own (the noun counted)."""
    lemmas = {lex.lemma(tok.word), fold(tok.lemma), fold(tok.word)}
    if not lemmas & lex.words.get("event_nouns", set()) or tok.upos not in ("NOUN", "PROPN"):
        return None
    dets = sent.children(tok, "det")
    indefinite = lex.words.get("indefinite", set()) | lex.words.get("demonstratives", set())
    if any(fold(d.word) in indefinite for d in dets):
        return None
    cases = {fold(c.word) for c in sent.children(tok, "case")}
    if (
        not dets
        and not sent.children(tok, "nmod:poss")
        and not (cases & lex.words.get("contracted_articles", set()))
    ):
        return None  # "took part in protests": some, none named
    # the words right before it that hang on it ("the civil society forum", "the people's
    # summit"), not its article
    mine = {t.i for t in sent.subtree(tok, _STOP)}
    mine |= {t.i for t in sent.tokens if t.word == "-" and {t.i - 1, t.i + 1} <= mine}
    first = tok.i  # ("the follow-up meeting": a hyphen inside the words before it)
    while first - 1 in mine and (
        sent.tokens[first - 1].deprel not in ("det", "case")
        or sent.tokens[first - 1].upos == "PART"  # ("people's")
    ):
        first -= 1
    after = _with_topic(lex, sent, tok, _noun_run(sent, tok))
    after = _shortened(sent, tok, [t for t in after if t.i >= tok.i])
    run = [*sent.tokens[first : tok.i], *after]
    # without a name inside it: "the founding assembly of the Northern Platform": founding
    # assembly; "PICUM's general assembly": general assembly
    near = doc.ents_in(run[0].start - 200, run[-1].end + 200)
    names = [e for e in near if e.start < run[-1].end and run[0].start < e.end]
    # a meeting of its own says where, when or whose it is ("in <city>", "del 18 de
    # diciembre", "of <Org>"); "the closing day", "la asamblea fundacional" may be any
    proper = [t for t in run if t.upos == "PROPN" and t.word[:1].isupper()]
    if (
        not names
        and not proper
        and not find_dates(doc.text, run[0].start, run[-1].end)
        and not (min_words <= 2 and (_qualified_meeting(lex, sent, tok) or _topical(lex, after)))
    ):
        return None
    names = [e for e in names if e.type not in _WHERE]
    if any(e.start <= tok.start < e.end for e in names):
        return None  # the noun is a word of a name: the lists' reading stands
    if _titled_or_numbered(sent, tok):  # "the 3rd meeting of the X Working Group", "l'Atelier
        names = [e for e in names if e.end <= tok.start]  # régional du Réseau X": the body's
    for e in names:  # name is a word of the meeting's own
        if e.end <= tok.start:
            run = [t for t in run if t.start >= e.end]
        else:
            run = [t for t in run if t.end <= e.start]
    while run and run[0] is not tok and (run[0].upos in _EDGE or run[0].deprel == "case"):
        run.pop(0)
    if tok not in run:
        return None
    dated = find_dates(doc.text, run[0].start, run[-1].end)
    if dated:
        gap = [t for t in run if tok.end <= t.start and t.end <= dated[0].start]
        of_date = (
            bool(gap)
            and fold(gap[0].word) in _OF_DATE
            and all(t.upos in ("ADP", "DET") for t in gap)
        )  # ("la marcha del 18 de diciembre", "la manifestation du 18 décembre")
        if not of_date:
            run = [t for t in run if t.end <= dated[0].start]
    acting = [t for t in run if t.i > tok.i and _acted(lex, sent, t)]
    if acting:  # ("el taller sobre X organizado por O": a participle a parser made an
        run = [t for t in run if t.i < acting[0].i]  # adjective, with its agent: no name's)
    while run and run[-1] is not tok and (run[-1].upos in _EDGE or run[-1].deprel == "case"):
        run.pop()
    words = [t for t in run if t.upos not in ("DET", "ADP", "PUNCT", "PART", "CCONJ")]
    if len(words) < max(2, min_words) or len(run) > MAX_WORDS + 4:
        return None
    start, end = run[0].start, run[-1].end
    if "\n" in doc.text[start:end]:
        return None
    name = doc.text[start:end]
    return _described(doc, candidate(start, end, name, name, "Event", 0.55))


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|[ºª°]|e|er|re|eme|ème|a|o)?\.?|[ivxl]+", re.IGNORECASE)


def _titled_or_numbered(sent: Sentence, tok: Token) -> bool:
    """An event noun written as a title's word (capitalised, not the sentence's first word) or
    numbered ("3rd", "the third", "3ª", "IIe"): a meeting of a series whose name holds the body
    that meets ("the 3rd meeting of the X Working Group"), not "the founding assembly of X"."""
    if tok.i > 0 and tok.word[:1].isupper():
        return True
    ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "primera", "segunda", "tercera", "cuarta", "quinta", "primer",
                "tercer", "segundo", "primero", "premier", "premiere", "deuxieme", "troisieme",
                "quatrieme", "cinquieme"}  # fmt: skip
    near = sent.children(tok, "amod", "nummod", "compound", "det")
    if tok.i > 0:  # (a parser that hangs "3ª" on the article: the word right before)
        near.append(sent.tokens[tok.i - 1])
    return any(
        c.i < tok.i and (_ORDINAL.fullmatch(c.word) or fold(c.word) in ordinals) for c in near
    )


def _qualified_meeting(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A singular event noun with a word of its own that says what meeting it was ("the
    founding meeting", "la reunión de seguimiento", "l'atelier régional"): where no event is
    in focus, a meeting named as written; never a part or another one of a meeting ("the
    closing session", "the next meeting"), nor a plural ("the regional consultations": a
    process's many)."""
    word = fold(tok.word)
    if word.endswith(("s", "x")) and word not in (lex.lemma(tok.word), fold(tok.lemma)):
        return False
    up = sent.head(tok)
    if up is not None and any(  # "skipped the signing ceremony in <city>" (the place a
        c.upos == "PROPN" and c.i > tok.i and not _agent(lex, sent, c)
        for c in sent.children(up, "obl", "nmod")
    ):  # parser hangs on the verb): the meeting held there, not a new one (a passive's
        # agent is who acts: "the workshop on X was attended by O")
        return False
    parts = lex.words.get("event_parts", set())
    other = lex.words.get("other_event", set()) - lex.words.get("event_qualifiers", set())
    own = [
        c
        for c in sent.children(tok, "amod", "compound", "nmod")
        if c.upos in ("ADJ", "NOUN", "VERB")
        and not sent.children(c, "det")
        and not (c.deprel == "nmod" and c.i < tok.i)
    ]
    words = {lex.lemma(c.word) for c in own} | {fold(c.word) for c in own}
    return bool(own) and not words & (parts | other)


def held_event(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> Ent | None:
    """A meeting that a sentence says took place, named by a common noun with its own words
    ("L'atelier régional des organisations de la société civile s'est tenu à Dakar", "the
    regional consultation of civil society on labour migration took place in Accra"): a new
    event named as written; a bare noun ("the meeting"), or one that is another than the
    text's ("the next meeting"), names none."""
    lemmas = {lex.lemma(tok.word), fold(tok.lemma), fold(tok.word)}
    if not lemmas & lex.words.get("event_nouns", set()) or tok.upos not in ("NOUN", "PROPN"):
        return None
    near = {lex.lemma(c.word) for c in sent.children(tok, "amod", "nummod")}
    if near & (lex.words.get("other_event", set()) - lex.words.get("event_qualifiers", set())):
        return None
    before = [t for t in sent.tokens if t.i < tok.i and t.head == tok.i and t.upos == "ADJ"]
    run = before + [t for t in sent.phrase(tok, _STOP, _EDGE) if t.i >= tok.i]
    words = [t for t in run if t.upos not in ("ADP", "DET")]
    if len(words) < 3 or len(run) > MAX_WORDS + 4:
        return None  # ("l'atelier régional" says too little to be a name)
    start, end = run[0].start, run[-1].end
    near_ents = doc.ents_in(start - 200, end + 200)
    if any(e.start < end and start < e.end and e.type not in _WHERE for e in near_ents):
        return None  # a name inside (not a place's): the lists' reading stands
    name = doc.text[start:end]
    return doc.add(candidate(start, end, name, name, "Event", 0.55))


def introduced_event(doc: Doc, lex: Lexicon, sent: Sentence) -> Ent | None:
    """The last new event a sentence brings in with an indefinite event noun and its own words,
    as the subject or the object of its verb ("held a follow-up meeting with the ministry",
    "sostuvieron una reunión de seguimiento", "une table ronde sur le travail a réuni ..."):
    the event the next sentences of its paragraph speak of when they name none. A bare noun
    ("a meeting") or "another meeting" names none."""
    nouns = lex.words.get("event_nouns", set())
    indefinite = lex.words.get("indefinite", set()) - lex.words.get("other_event", set())
    found: Ent | None = None
    for tok in sent.tokens:
        if tok.deprel.split(":")[0] not in ("obj", "nsubj") or not (
            {lex.lemma(tok.word), fold(tok.lemma), fold(tok.word)} & nouns
        ):
            continue
        dets = [fold(d.word) for d in sent.children(tok, "det")]
        if not dets or not set(dets) <= indefinite:
            continue
        near_words = {lex.lemma(c.word) for c in sent.children(tok, "amod", "nummod")}
        other = lex.words.get("other_event", set()) - lex.words.get("event_qualifiers", set())
        if near_words & other:
            continue  # "a separate meeting", "una próxima reunión"
        # the words between the article and the noun are the noun's own ("a follow-up meeting")
        first = max(d.i for d in sent.children(tok, "det")) + 1
        before = sent.tokens[first : tok.i]
        if any(tok not in sent.ancestors(t) for t in before):
            continue
        nxt = sent.tokens[tok.i + 1] if tok.i + 1 < len(sent.tokens) else None
        split = nxt is not None and nxt.head == tok.i and nxt.deprel == "appos"
        stop = _STOP - {"appos"} if split else _STOP  # a parser's split noun ("table ronde")
        run = before + [t for t in sent.phrase(tok, stop, _EDGE) if t.i >= tok.i]
        if not 2 <= len(run) <= MAX_WORDS:
            continue
        start, end = run[0].start, run[-1].end
        near = doc.ents_in(start - 200, end + 200)
        if any(e.start < end and start < e.end and e.type not in _WHERE for e in near):
            continue  # a name inside (not a place's): the lists' reading stands
        name = doc.text[start:end]
        found = doc.add(candidate(start, end, name, name, "Event", 0.55))
    return found


_CONNECTORS = frozenset({"ADP", "DET"})


# acts whose lists name bodies ("the network brings together A, B, C", "signatories include A,
# B, C"): three capitalised names or more there are bodies, none of them known
_BODY_LISTS = frozenset({"MEMBER_OF", "SIGNED", "ENDORSED", "CO_SPONSORED"})


def listed_org(doc: Doc, sent: Sentence, tok: Token) -> Ent | None:
    """A new organization named in a list with a known one ("A, Women on the Move and B",
    "reúne a A, Casa del Caminante y B"): a capitalised proper-noun run, coordinated with an
    organization a list knows, that no name covers. Its words are capitalised but for the
    small words between them ("on the", "del"); a run of one word says too little."""
    if tok.upos not in ("PROPN", "NOUN") or not tok.word[:1].isupper() or tok.i == 0:
        return None
    group = sent.conjuncts(tok)
    up = sent.head(tok)
    if tok.deprel == "conj" and up is not None:
        group = sent.conjuncts(up)
    items = _list_items(sent, tok)  # (a parser may set a list's names side by side: appos)
    listing = doc.memo.get("relation") in _BODY_LISTS and len(items) >= 3
    if len(group) < 2 and not listing:
        return None
    near = doc.ents_in(sent.start, sent.end)
    orgs = [e for e in near if e.type in ORG_TYPES]
    known = any(
        any(e.start <= t.start and t.end <= e.end for e in orgs) for t in group if t is not tok
    )
    # the members a group's act of membership lists ("la red agrupa a A, B, C y D", "le réseau
    # regroupe A, B et C"): three capitalised names or more, none of them known, are bodies
    members = listing and all(t.word[:1].isupper() and t.upos in ("PROPN", "NOUN") for t in items)
    if not known and not members:
        return None
    run = _capital_run(sent, tok)  # (as written: a parser may hang "for D" elsewhere)
    if not (1 if members and tok.upos == "PROPN" else 2) <= len(run) <= 8:
        return None
    start, end = run[0].start, run[-1].end
    if "\n" in doc.text[start:end] or any(e.start < end and start < e.end for e in near):
        return None
    name = doc.text[start:end]
    made = doc.add(candidate(start, end, name, name, "Organization", 0.55))
    if members:  # (the list's other names too, so that the list reads as one: each a body)
        for item in items:
            other = _capital_run(sent, item)
            a, b = (other[0].start, other[-1].end) if other else (0, 0)
            if other and item is not tok and not doc.ents_in(a, b) and "\n" not in doc.text[a:b]:
                doc.add(candidate(a, b, doc.text[a:b], doc.text[a:b], "Organization", 0.55))
    return made


def _list_items(sent: Sentence, tok: Token) -> list[Token]:
    """The heads of the names of a list tok is one of: its first item and the items a parser
    hangs on it as conjuncts or appositions."""
    top = tok
    while top.deprel in ("conj", "appos"):
        up = sent.head(top)
        if up is None or up.upos not in ("PROPN", "NOUN"):
            break
        top = up
    items: list[Token] = []
    todo = [top]
    while todo:
        cur = todo.pop()
        items.append(cur)
        todo += [c for c in sent.children(cur, "conj", "appos") if c not in items]
    return items


def capital_run(sent: Sentence, tok: Token) -> list[Token]:
    """The title-case name's words around tok, as written (see _capital_run)."""
    return _capital_run(sent, tok)


def connected_run(sent: Sentence, tok: Token) -> bool:
    """A capitalised run of a body's shape rather than a person's: three capitalised words or
    more with a preposition between two of them ("Coordinadora de Inmigrantes de X", "Maison
    des Femmes de Y")."""
    run = _capital_run(sent, tok)
    caps = [t for t in run if t.word[:1].isupper()]
    return len(caps) >= 3 and any(t.upos == "ADP" for t in run)


def _capital_run(sent: Sentence, tok: Token) -> list[Token]:
    """The words around tok as written that a title-case name is made of: capitalised words,
    with the small words between two of them ("Women on the Move", "Casa del Caminante")."""
    toks = sent.tokens
    cap = [t.word[:1].isupper() and t.upos in ("PROPN", "NOUN", "ADJ", "NUM") for t in toks]
    first = tok.i
    while True:
        if first - 1 > 0 and cap[first - 1]:
            first -= 1
            continue
        k = first - 1
        while k > 0 and first - k <= 3 and toks[k].upos in _CONNECTORS:
            k -= 1
        if k < first - 1 and k > 0 and cap[k]:
            first = k
            continue
        break
    last = tok.i
    while True:
        if last + 1 < len(toks) and cap[last + 1]:
            last += 1
            continue
        k = last + 1
        while k < len(toks) and k - last <= 3 and toks[k].upos in _CONNECTORS:
            k += 1
        if k > last + 1 and k < len(toks) and cap[k]:
            last = k
            continue
        break
    return toks[first : last + 1]


ACTOR_TYPES = ("Organization", "Person")


def proper_actor(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> Ent | None:
    """A new actor that a slot's head names with a proper noun no list knows ("Oxfam endorsed
    D", "firmado por Cáritas Diocesana", "Emmaüs a signé"): the proper-noun run of the head
    (its flat and compound words, as written), an organization, or a person when only a
    person can stand there or the words look like a person's name. The parser's tag decides
    (a sentence's capitalised first word is a name only when it tags it as one); a month, a
    weekday, or a word of another name is none."""
    if tok.upos != "PROPN" or not set(types) & set(ACTOR_TYPES) or _quoted(doc, sent, tok):
        return None  # (a quoted title's first word is no actor: '"Harvest of Debt", published')
    if not _acting(lex, sent, tok):
        return None  # ("director of Oxfam": an organization word may name that, not a bare noun)
    words_of = [  # (a parser may hang a name's last word as a modifier: "Lumen Nord")
        c for c in sent.children(tok, "flat", "compound", "flat:name", "amod", "nmod")
        if c.word[:1].isupper() and not sent.children(c, "case")
    ]  # fmt: skip
    parts = sorted([tok, *words_of], key=lambda t: t.i)
    if not 1 <= len(parts) <= 5 or parts[-1].i - parts[0].i != len(parts) - 1:
        return None
    if not all(t.upos in ("PROPN", "NOUN", "ADJ", "NUM") and _proper_word(t.word) for t in parts):
        return None
    words = {fold(t.word) for t in parts}
    if words & (MONTH_WORDS | WEEKDAY_WORDS) or words & lex.words.get("state_nouns", set()):
        return None
    if len(parts) == 1 and (sent.children(tok, "det") or common_noun(lex, tok)):
        return None  # "the Assembly", "le Leadership": a noun of something named elsewhere
    start, end = parts[0].start, parts[-1].end
    possessive = re.search(r"['\u2019]s?$", doc.text[start:end])
    if possessive is not None and possessive.start() > 0:  # ("Oxfam\u2019s" as one token: Oxfam)
        end = start + possessive.start()
    if any(e.start < end and start < e.end for e in doc.ents_in(start - 200, end + 200)):
        return None  # part of a known name: that name's reading stands
    if len(parts) <= 3 and _titled_event(doc, end) is not None:
        return None  # 'el Foro Regional "X"': a meeting's kind before its title, no body
    name = doc.text[start:end]
    person = 2 <= len(parts) <= 4 and looks_like_name(name, titles=True)
    if person:  # (a person's name where only an organization may stand is no new organization)
        kind = "Person" if "Person" in types else None
    else:
        kind = "Organization" if "Organization" in types else None
    if kind is None:
        return None
    return doc.add(candidate(start, end, name, name, kind, 0.55))


def _proper_word(word: str) -> bool:
    """A word of a name as written: capitalised letters, digits, hyphens ("CNCD-11.11.11")."""
    return word[:1].isupper() and any(c.isalpha() for c in word) and "\n" not in word


def _acting(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether tok is who acts: a subject, a passive's agent ("by O", "por O", "par O"), or a
    conjunct of one."""
    for t in [tok, *([sent.head(tok)] if tok.deprel == "conj" else [])]:
        if t is None:
            continue
        rel = t.deprel
        if rel in ("nsubj", "nsubj:pass", "obl:agent"):
            return True
        if rel in ("obl", "nmod", "obj") and any(
            "by" in lex.case_class(c.word) for c in sent.children(t, "case")
        ):  # (a parser may label the agent of a participle an object: "organizado por O")
            return rel in ("obl", "obj")
    return False


_NOUN_CLASSES = ("body_nouns", "org_nouns", "event_nouns", "state_nouns", "title_nouns",
                 "group_nouns", "speaker_role", "session_role")  # fmt: skip


def common_noun(lex: Lexicon, tok: Token) -> bool:
    """A word the lexicon knows as a common noun of some class ("Assembly", "Network")."""
    lemmas = {lex.lemma(tok.word), fold(tok.lemma), fold(tok.word)}
    return any(lemmas & lex.words.get(c, set()) for c in _NOUN_CLASSES)


def _quoted(doc: Doc, sent: Sentence, tok: Token) -> bool:
    """Whether tok is inside quotation marks of its sentence."""
    return quote_open(doc.text, sent.start, tok.start)


def quote_open(text: str, begin: int, start: int) -> bool:
    """Whether a quotation opened in text[begin:start] is still open at start."""
    before = text[begin:start]
    opened = sum(before.count(q) for q in "\u201c\u00ab")
    opened -= sum(before.count(q) for q in "\u201d\u00bb")
    return opened > 0 or before.count('"') % 2 == 1


def _agent(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A passive's agent ("by O", "por O", "par O"): who acts, never where."""
    return tok.deprel == "obl:agent" or any(
        "by" in lex.case_class(c.word) for c in sent.children(tok, "case")
    )


def _topical(lex: Lexicon, run: list[Token]) -> bool:
    """An event noun's run that says what the meeting was on ("la consulta regional sobre
    migración laboral", with the topic a parser hung on the verb): a meeting of its own, as
    written, where no event is in focus."""
    about = [k for k, t in enumerate(run) if k and t.deprel == "case" and _about(lex, t)]
    return bool(about) and any(t.upos in ("NOUN", "PROPN") for t in run[about[0] + 1 :])


def _acted(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A word with an agent of its own ("organizado por O", "organisé par O"): a participle,
    whatever a parser tagged it."""
    return any(_agent(lex, sent, c) for c in sent.children(tok, "obl", "obj", "nmod", "obl:agent"))


def _about(lex: Lexicon, tok: Token) -> bool:
    return "about" in lex.case_class(tok.word)
