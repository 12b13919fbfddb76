"""New names of people and organizations that the parser's named-entity tagger marks, where
neither the reference lists nor the name finder found one: "the Tenants Union of Eastside
joined C", "se sumaron la Red Solidaria con Migrantes y B", "Solidar Kandor" in "P, director
of Solidar Kandor, spoke".

The name finder (candidates.py) reads names by their shape (title case, an organization word,
a role before a person); the tagger's statistical models (CoreNLP's CRFs, from the same Maven
jars as the parser) know names that have neither: lower-case words inside ("Secours
catholique"), no organization word ("Oxfam"), a person with no role beside them. The tagger
reads every unit with a capitalised word no entity holds, before the readers run, so that the
list readers, the patterns and the rules all see the same names; what it marks is a
candidate (confidence 0.55), never a known entity, and the guards below keep out what it
marks wrongly in this field's texts: an office's field ("Foreign Affairs"), a body's team, a
piece of a known name ("United Nations" of "the United Nations Deputy Secretary-General"), the
head or the tail of a longer name, honorifics."""

from __future__ import annotations

import bisect
import re

from ingest.extract.candidates import looks_like_name
from ingest.extract.dates import MONTH_WORDS, WEEKDAY_WORDS
from ingest.extract.frames import Lexicon, lexicon
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.lexicon import EVENT_KEYWORDS, ROLE_WORDS
from ingest.extract.parsed_names import common_noun, quote_open
from ingest.extract.parser import Parser
from ingest.extract.patterns.common import Doc
from ingest.extract.resolve import Ent, candidate
from ingest.extract.text import document_tokens, fold
from ingest.extract.ud import Sentence, Token

# the tagger's classes that name an actor -> the entity type of a new one
KINDS = {"PER": "Person", "ORG": "Organization"}
# words the tagger leaves out between two words of one name ("Red Solidaria con Migrantes",
# "Union of X"): a run of at most this many untagged small words joins the two parts
_GAP = 2
_JOINING = frozenset({"ADP", "DET"})
_EDGE = frozenset({"ADP", "DET", "CCONJ", "PUNCT", "PART", "PRON", "NUM"})
MAX_WORDS = 10
# parts of speech of a sentence's first word that, inflected, no name starts with
_LEADING = frozenset({"VERB", "AUX"})
# an abbreviation in brackets after a name: a body's ("Un Ponte Per (UPP)"), never a person's
_BRACKET_BEFORE = re.compile(r"\([ \t\u00a0]*$")
_SURNAME_IN_CAPITALS = re.compile(r"(?:[A-Z][a-z\u00e0-\u00ff]+[ -]){1,2}[A-Z\u00c0-\u00de]{2,}")
_BRACKET_AFTER = re.compile(r"[ \t\u00a0]*\([A-Z][A-Za-z&\-]{1,10}\)")
CONFIDENCE = 0.55


def add_tagged_names(doc: Doc, parser: Parser) -> None:
    """Tag the units that hold a capitalised word no entity covers and add the people and
    organizations the tagger marks there (the guards of _named) as candidates."""
    language = doc.language or ""
    lex = lexicon(language) if language in ("en", "es", "fr") else None
    if lex is None:
        return
    spans = [(u.start, u.end) for u in doc.units if _new_capital(doc, u.start, u.end)]
    if not spans:
        return
    for sent in parser.tagged(doc.text, spans, language):
        _verb_cut(doc, sent)
        k = 0
        while k < len(sent.tokens):
            tok = sent.tokens[k]
            if tok.ner not in KINDS or tok.upos in _EDGE:
                k += 1
                continue
            run = tag_run(sent, tok)
            if tok.ner == "PER":  # "Monsieur A B": A B
                while run and _folded(run[0]) in lex.words["address_words"]:
                    run.pop(0)
            if not _corrected(doc, lex, sent, run, KINDS[tok.ner]):
                _named(doc, lex, sent, tok, run, KINDS[tok.ner])
            k = max(k + 1, run[-1].i + 1) if run else k + 1


def _corrected(doc: Doc, lex: Lexicon, sent: Sentence, run: list[Token], kind: str) -> bool:
    """Where the name finder read a new person with a title's last word in front ("Minister of
    Foreign Affairs and Trade Ana Lind": "Trade Ana Lind"), the tagger's person without it.
    Whether the run overlaps a new person (then the tagger adds nothing there)."""
    if not run:
        return False
    start, end = run[0].start, run[-1].end
    over = [e for e in doc.ents_in(start - 200, end + 200) if e.start < end and start < e.end]
    if len(over) != 1 or over[0].id is not None or over[0].type != "Person":
        return False
    old = over[0]
    if old.via != "candidate" or "\n" in doc.text[old.start : old.end]:
        return False
    if kind == "Person" and old.start < start and old.end == end:
        before = [t for t in sent.tokens if old.start <= t.start < start]
        if before and all(_title_word(lex, t) for t in before) and before[-1].ner != "PER":
            name = doc.text[start:end]
            doc.replace(old, candidate(start, end, name, name, "Person", old.confidence))
        return True
    return True  # (a new person the tagger marks as a body stays a person: it takes people
    # for bodies as often as the other way round, "Selma Aydin", "Ina Sorvik")


def _verb_cut(doc: Doc, sent: Sentence) -> None:
    """A new name that starts its sentence with an inflected verb ("Intervinieron Ana
    Ruiz (O)", "Speaking for the Harbour Fund, its chair"): the name without them. The name
    finder takes a sentence's first capital for a name's; the tagger's part of speech says
    it is a verb, and inverted subjects ("Participaron A y B") are common in ES and FR."""
    toks = sent.tokens
    if len(toks) < 3 or toks[0].upos not in _LEADING or fold(toks[0].word) == fold(toks[0].lemma):
        return  # (a bare form opens names: "Open Lantern Alliance", "Save the Children")
    first = [e for e in doc.ents_in(toks[0].start, toks[-1].end) if e.start == toks[0].start]
    if len(first) != 1 or first[0].id is not None or first[0].via != "candidate":
        return
    old = first[0]
    if old.type not in KINDS.values() or fold(toks[0].word) in EVENT_KEYWORDS:
        return  # "Encuentro Regional de X" (a title): a meeting's noun, no verb
    inside = [t for t in toks if t.end <= old.end]
    k = 1
    while k < len(inside) and inside[k].upos in _EDGE:
        k += 1
    rest = inside[k:]
    if len(rest) < 2 or not rest[0].word[:1].isupper():
        return  # "Save the Children": one word after the verb is no name of its own
    start = rest[0].start
    name = doc.text[start : old.end]
    if old.type == "Person" and not looks_like_name(name):
        return
    doc.replace(old, candidate(start, old.end, name, name, old.type, old.confidence))


def _new_capital(doc: Doc, start: int, end: int) -> bool:
    """Whether text[start:end] holds a capitalised word that no entity covers, a new
    person's name (which the tagger may read otherwise: _corrected) or a new name at the
    unit's start (which may begin with a verb: _verb_cut)."""
    words, starts, ends = document_tokens(doc.text)
    near = doc.ents_in(start, end)
    if any(e.via == "candidate" and (e.type == "Person" or e.start == start) for e in near):
        return True
    i = bisect.bisect_left(starts, start)
    while i < len(words) and starts[i] < end:
        if doc.text[starts[i] : starts[i] + 1].isupper() and not any(
            e.start <= starts[i] and ends[i] <= e.end for e in near
        ):
            return True
        i += 1
    return False


def _named(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, run: list[Token], kind: str
) -> Ent | None:
    """The run's new person or organization, added to the document, unless a guard says the
    tagger is wrong there."""
    if not run or not run[0].word[:1].isupper() or len(run) > MAX_WORDS:
        return None
    start, end = run[0].start, run[-1].end
    name = doc.text[start:end]
    near = doc.ents_in(start - 200, end + 200)
    if "\n" in name or any(e.start < end and start < e.end for e in near):
        return None  # across a line, or part of a known name: that name's reading stands
    if (
        _tail_of_name(lex, sent, run)
        or _head_of_name(sent, run)
        or _tail_of_known(doc, near, start, name)
    ):
        return None  # "du Haut-Commissariat des | Nations Unies": the end of a longer name
    words = {fold(t.word) for t in run}
    if words & (MONTH_WORDS | WEEKDAY_WORDS) or words & lex.words.get("state_nouns", set()):
        return None
    if kind == "Person" and not _person_words(run):
        return None  # a surname alone refers back to a person named before (person_references)
    if kind == "Person" and (
        not looks_like_name(name, titles=True) or _BRACKET_AFTER.match(doc.text, end)
    ):
        return None  # "Croissant Rouge (FICR)", "Secretary General": a body, an office
    if kind == "Person" and (_place_after(doc, end) or _among_bodies(doc, lex, start, end)):
        return None  # "Puerta Abierta (Peru)", "made of A Lyon, B and C": bodies, no person
    if kind == "Organization" and (
        fold(run[0].word) in EVENT_KEYWORDS
        or lex.lemma(run[0].word) in lex.words.get("title_nouns", set())
    ):
        return None  # "la Conférence intergouvernementale", "Declaration of X": no body
    if kind == "Organization" and _folded(run[-1]) in ROLE_WORDS | lex.roles.keys():
        return None  # "Attorney & Public Defender": a title
    if kind == "Organization" and (
        any(_folded(t) in lex.words["field_words"] for t in run)
        or _folded(run[-1]) in lex.words["team_nouns"]
    ):
        return None  # "Minister of Foreign Affairs", "Member of the Legal Team, O": no body
    if fold(name) in _known_phrases(doc.gz):
        return None  # "the United Nations Deputy Secretary-General": a piece of known names
    if len(run) == 1 and _BRACKET_BEFORE.search(doc.text, max(0, start - 3), start):
        return None  # "Croissant-Rouge (FICR)": the abbreviation of the name before it
    if kind == "Organization" and (
        _SURNAME_IN_CAPITALS.fullmatch(name) or (_person_words(run) and looks_like_name(name))
    ):
        return None  # "Selma Aydin", "Ndioro NDIAYE": the tagger takes people for bodies too
    if len(run) == 1 and re.fullmatch(r"[A-Z]{2,}s", run[0].word):
        return None  # "NGOs", "CSOs": a kind of body, no name
    if len(run) == 1 and sum(c.isupper() for c in run[0].word) < 2:
        return None  # "Iglesia", "Washington": one common word the tagger may take for a body
    if doc.text[max(0, start - 3) : start].strip()[-1:] == "\u00a9":
        return None  # "© A B, O": a photograph's credit, no one's part in what the text says
    if quote_open(doc.text, sent.start, start):
        return None  # 'el albergue "Belén Posada"', 'endorsed the "Roadmap for X"': a title
    if len(run) == 1 and (common_noun(lex, run[0]) or not _proper(run[0].word)):
        return None  # "the Assembly", "le Réseau": a noun of something named elsewhere
    return doc.add(candidate(start, end, name, name, kind, CONFIDENCE))


_PHRASES: dict[int, tuple[Gazetteer, frozenset[str]]] = {}


def _known_phrases(gz: Gazetteer) -> frozenset[str]:
    """Every run of two to five words inside a known name, alias or former name (folded): a
    name the tagger marks that is one of them is a short form of something known ("United
    Nations", "Caritas"), for the resolver, not a new actor."""
    held = _PHRASES.get(id(gz))
    if held is not None and held[0] is gz:
        return held[1]
    out: set[str] = set()
    for entry in gz.by_id.values():
        for n in (entry.name, *entry.aliases, *entry.former_names):
            words = fold(n).replace(",", " ").split()
            for size in range(1, min(5, len(words)) + 1):
                out.update(" ".join(words[k : k + size]) for k in range(len(words) - size + 1))
    if len(_PHRASES) > 4:  # (a gazetteer per test module: keep a few)
        _PHRASES.clear()
    _PHRASES[id(gz)] = (gz, frozenset(out))
    return _PHRASES[id(gz)][1]


def _place_after(doc: Doc, end: int) -> bool:
    """Whether a bracket after the name opens with a state or a place ("(Peru)")."""
    m = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*").match(doc.text, end)
    return m is not None and any(
        e.start == m.end() and e.type in ("Government", "Place")
        for e in doc.ents_in(m.end(), m.end() + 60)
    )


def _among_bodies(doc: Doc, lex: Lexicon, start: int, end: int) -> bool:
    """Whether the name is an item of an enumeration (a joining word between the items) with an
    organization among its items ("composé de A Lyon, Cimade Rhône et Réseau Sud": A Lyon is one
    of the bodies; "P, O" is a person and her body)."""
    joiners = "|".join(re.escape(w) for w in sorted(lex.words.get("list_joiners", ())) if w)
    gap = rf"[ \t\u00a0]*(?:[,;]|\b(?:{joiners})\b)[ \t\u00a0]*(?:(?:{joiners})[ \t\u00a0]+)?"
    item = r"[A-Z\u00c0-\u00de][\w'\u2019.-]*(?:[ \t\u00a0]+[A-Z\u00c0-\u00de][\w'\u2019.-]*)*"
    after = re.compile(rf"{gap}(?:{item}{gap})*")
    before = re.compile(rf"(?:{gap}{item})*{gap}")
    for e in doc.ents_in(start - 160, end + 160):
        if e.type not in ("Organization", "Coalition"):
            continue
        if e.start >= end and after.fullmatch(doc.text, end, e.start):
            between = doc.text[end : e.start]
        elif e.end <= start and before.fullmatch(doc.text, e.end, start):
            between = doc.text[e.end : start]
        else:
            continue
        if re.search(rf"\b(?:{joiners})\b", between):
            return True  # an enumeration: a joining word between the items
    return False


def _title_word(lex: Lexicon, tok: Token) -> bool:
    """A word of a title or an office's field ("Minister", "of", "Trade"), never a first name."""
    word = _folded(tok)
    return (
        not tok.word[:1].isupper()
        or word in ROLE_WORDS
        or word in lex.roles
        or word in lex.words["field_words"]
        or word in lex.words["address_words"]
    )


def _folded(tok: Token) -> str:
    return fold(tok.word).rstrip(".")


def _person_words(run: list[Token]) -> bool:
    """Two to four capitalised words (an initial, a particle between them: "Ana de la Cruz")."""
    capitalised = [t for t in run if t.word[:1].isupper()]
    return 2 <= len(capitalised) <= 4 and all(
        t.word.isalpha() or (len(t.word) == 2 and t.word.endswith(".")) for t in run
    )


def _tail_of_name(lex: Lexicon, sent: Sentence, run: list[Token]) -> bool:
    """Whether the run continues a capitalised name before it through "of" words: "the High
    Commission of | Peoples", "Croix-Rouge et du | Croissant Rouge" (a role before the "of" is
    no name: "Director of | Oxfam")."""
    k = run[0].i - 1
    small: list[str] = []
    while k >= 0 and sent.tokens[k].upos in _JOINING and not sent.tokens[k].word[:1].isupper():
        small.append(sent.tokens[k].upos)
        k -= 1
    if not small:
        return False
    if k >= 0 and sent.tokens[k].upos == "CCONJ":
        if "ADP" not in small:
            return False  # "A and the B": two names
        k -= 1  # "A et du B": the "of" words of a coordination inside one name
    if k <= 0:
        return False
    before = sent.tokens[k]
    if not before.word[:1].isupper() or before.upos == "PUNCT":
        return False
    last = fold(before.word).split("-")[-1]  # ("Haut-Commissariat": no role; "Co-Director")
    return last not in ROLE_WORDS and last not in lex.roles


def _head_of_name(sent: Sentence, run: list[Token]) -> bool:
    """Whether a capitalised name goes on after the run through "of" words the tagger left out:
    "la Croix-Rouge | et du Croissant-Rouge", "the Council | of Europe"."""
    k = run[-1].i + 1
    toks = sent.tokens
    if k < len(toks) and toks[k].upos == "CCONJ":
        k += 1
        if k >= len(toks) or toks[k].upos != "ADP":
            return False  # "A and the B": two names
    small = 0
    while k < len(toks) and toks[k].upos in _JOINING and not toks[k].word[:1].isupper():
        k += 1
        small += 1
    return bool(small) and k < len(toks) and toks[k].word[:1].isupper() and toks[k].ner != "O"


def _tail_of_known(doc: Doc, near: list[Ent], start: int, name: str) -> bool:
    """Whether a known name ends just before the run and one of its full names goes on with the
    run's words ("the Compact for Safe, | Orderly and Regular Migration" found by a shorter
    alias)."""
    words = fold(name)
    for e in near:
        entry = doc.gz.entry(e.id) if e.id is not None and 0 <= start - e.end <= 3 else None
        if entry is not None and any(
            words in fold(n) for n in (entry.name, *entry.aliases, *entry.former_names)
        ):
            return True
    return False


def tag_run(sent: Sentence, tok: Token) -> list[Token]:
    """The words around tok that carry its tag, joined across a short gap of untagged small
    words between two tagged ones, without small words at either edge."""
    toks = sent.tokens
    first = last = tok.i
    while (nxt := _extend(toks, last, +1, tok.ner)) is not None:
        last = nxt
    while (nxt := _extend(toks, first, -1, tok.ner)) is not None:
        first = nxt
    run = toks[first : last + 1]
    while run and run[0] is not tok and run[0].upos in _EDGE:
        run.pop(0)
    while run and run[-1] is not tok and run[-1].upos in _EDGE:
        run.pop()
    joins = [t for t in run if t.upos == "CCONJ"]
    if joins:  # "A y B" tagged as one name: the part that holds tok
        cut = [k for k, t in enumerate(run) if t.upos == "CCONJ"]
        at = run.index(tok) if tok in run else 0
        lo = max([k + 1 for k in cut if k < at], default=0)
        hi = min([k for k in cut if k > at], default=len(run))
        run = run[lo:hi]
    possessive = [t for t in run if t.word in ("'s", "\u2019s", "'", "\u2019")]
    if possessive:  # "Oxfam's staff": Oxfam
        run = run[: run.index(possessive[0])]
    return run


def _extend(toks: list[Token], at: int, step: int, tag: str) -> int | None:
    """The position of the next word of the run from `at` in direction `step`, else None."""
    k = at + step
    if not 0 <= k < len(toks):
        return None
    if toks[k].ner == tag:
        return k
    if tag != "ORG":
        return None  # ("Ana Ruiz para Somos": a person's name takes no "of" words it lacks)
    gap = 0
    while 0 <= k < len(toks) and toks[k].ner == "O" and gap < _GAP:
        if toks[k].upos not in _JOINING or toks[k].word[:1].isupper():
            return None
        k += step
        gap += 1
    if gap and 0 <= k < len(toks) and toks[k].ner == tag and toks[k].word[:1].isupper():
        return k
    return None


def _proper(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)
