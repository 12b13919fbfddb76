"""Positions and demands (ADVOCATES {stance}) to the Position entities of the gazetteer, in EN,
ES and FR: a sentence or list item whose wording covers a position's name or title, said with an
advocacy cue (calls for, urges, must, exige, pide, demande...) or under a list of demands, by
the organization that is its subject or, for "we" and lists, the document's author. Precision
first: a position must be covered almost word for word, and the advocate must be known."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, chain
from typing import cast

from ingest.extract.lexicon import word_set
from ingest.extract.patterns.common import Doc, Proto, hedged, left
from ingest.extract.resolve import Ent
from ingest.extract.text import Unit, document_tokens, fold

_STOP = word_set(
    "the a an of for to and or in on at by with that this their its our is are be from as it "
    "they them which who all de la el los las y en para por con del le les des du et pour sur "
    "au aux un une una que se su sus"
)
_END = {"end", "ending", "stop", "against", "eliminate", "eliminating", "abolish", "halt",
        "fin", "poner", "acabar", "eliminar", "contre", "contra", "mettre", "cesser"}  # fmt: skip
_SPELLING = {"labour": "labor", "programme": "program", "programmes": "programs",
             "organisation": "organization", "organised": "organized", "criminalisation":
             "criminalization", "militarisation": "militarization"}  # fmt: skip
_CUE = re.compile(
    r"\b(?:calls? (?:for|on|upon)|call for|urges?|urged|demands?|demanded|advocates?|advocated|"
    r"must|should|shouldn't|need|needs|recommends?|recommended|insists?|challenges?\b.{0,40}\bto|"
    r"opposes?|oppose|rejects?|condemns?|denounces?|would mean|would|take a stand|"
    r"exige|exigen|exigimos|pide|piden|pedimos|reclama|reclaman|insta|instan|demanda|demandan|"
    r"aboga|abogan|debe|deben|deberia|deberian|rechaza|rechazan|se opone|denuncia|condena|"
    r"demande|demandent|exhorte|appelle|appellent|reclame|reclament|plaide|doit|doivent|"
    r"devrait|devraient|s'oppose|denonce|condamne|rejette)\b"
)
_AGAINST = re.compile(
    r"\b(?:oppose[sd]?|rejects?|condemns?|denounces?|stand against|se opone|se oponen|rechaza|"
    r"rechazan|denuncia|condena|en contra de|s'oppose|s'opposent|denonce|condamne|rejette)\b"
)
_IMPERATIVE = re.compile(
    r"^(?:end|stop|protect|ensure|respect|improve|reform|keep|guarantee|provide|eliminate|"
    r"recognize|uphold|abolish|promote|poner fin|acabar|garantizar|respetar|proteger|mejorar|"
    r"reformar|eliminar|mettre fin|garantir|respecter|ameliorer|reformer|eliminer)\b"
)
_LIST_INTRO = re.compile(
    r"\b(?:calls? (?:for|to) action|demands|recommendations|guideposts|priorities|"
    r"we call|we urge|should push|issues related to|our positions|exigimos|demandas|"
    r"reivindicaciones|propuestas|recomendaciones|nous demandons|revendications|"
    r"recommandations|propositions|pedimos)\b"
)
_WE = re.compile(r"\b(?:we|our|nous|notre|nos|nosotros|nosotras|nuestra|nuestro|nuestras)\b")


def _stem(word: str) -> str:
    word = _SPELLING.get(word, word)
    if word in _END:
        return "end"
    if word.startswith(("immigr", "inmigr")):
        word = word[2:]
    return word[:5]


_TOKEN = re.compile(r"[a-z0-9]+")
_STEMS: dict[str, str] = {}


def _stems(words: list[str]) -> list[str]:
    """The stem of each token, "" for stop words and punctuation (each word stemmed once, then
    looked up)."""
    found: list[str | None] = list(map(_STEMS.get, words))
    if None not in found:
        return cast(list[str], found)
    if len(_STEMS) > 200_000:
        _STEMS.clear()
    stems = []
    for word, stem in zip(words, found, strict=True):
        if stem is None:
            plain = word in _STOP or not word[:1].isalnum()
            stem = _STEMS[word] = "" if plain else _stem(word)
        stems.append(stem)
    return stems


def _content(text: str) -> list[str]:
    return list(filter(None, _stems(_TOKEN.findall(fold(text)))))


def _known_words(doc: Doc, start: int, end: int) -> int:
    """How many tokens of doc.text[start:end] are words of some position (a running count
    per document: one subtraction per question)."""
    words, starts, _ = document_tokens(doc.text)
    running = doc.memo.get("position_words")
    if not isinstance(running, array):
        _, by_word = _index(doc)
        stems = doc.memo.get("stems")
        if not isinstance(stems, list):
            stems = doc.memo["stems"] = _stems(words)
        # machine integers: a count per token of the document, not an int object each
        running = doc.memo["position_words"] = array(
            "i", accumulate(map(by_word.__contains__, stems), initial=0)
        )
    return int(running[bisect_left(starts, end)] - running[bisect_left(starts, start)])


def _span_content(doc: Doc, start: int, end: int) -> list[str]:
    """_content(doc.text[start:end]) from the document's tokens, stemmed once per document."""
    words, starts, _ = document_tokens(doc.text)
    stems = doc.memo.get("stems")
    if not isinstance(stems, list):
        stems = doc.memo["stems"] = _stems(words)
    return list(filter(None, stems[bisect_left(starts, start) : bisect_left(starts, end)]))


@dataclass(frozen=True)
class _Form:
    position: str
    words: frozenset[str]
    negative: bool  # the position is itself a demand to end something ("End ...")
    titled: bool  # a title (a stance), not the position's name when it has titles


def _index(doc: Doc) -> tuple[list[_Form], dict[str, list[int]]]:
    """The names and titles of the positions, and for each stem the forms that hold it."""
    cached = doc.gz.cache.get("positions")
    if not isinstance(cached, tuple):
        forms: list[_Form] = []
        for entry in doc.gz.of_type("Position"):
            names = [frozenset(_content(n)) for n in (entry.name, *entry.aliases)]
            names = [n for n in names if n]
            negative = bool(_IMPERATIVE.match(fold(entry.name)))
            for k, words in enumerate(names):
                forms.append(_Form(entry.id, words, negative, k > 0 or len(names) == 1))
        by_word: dict[str, list[int]] = {}
        for k, form in enumerate(forms):
            for word in form.words:
                by_word.setdefault(word, []).append(k)
        cached = (forms, by_word)
        doc.gz.cache["positions"] = cached
    return cached


Covered = tuple[str, float, int, bool, frozenset[str]]


def covered_positions(doc: Doc, start: int, end: int, titles_only: bool = False) -> list[Covered]:
    """The positions whose name or title doc.text[start:end] covers, best first: (id, coverage,
    words shared, negative, the shared stems), at most one per position. Titles are stances
    ("Borders are not zones of exception"); names can be mere topics."""
    forms, by_word = _index(doc)
    said = set(_span_content(doc, start, end))
    shared = Counter(chain.from_iterable(filter(None, map(by_word.get, said))))
    best: dict[str, Covered] = {}
    for k in sorted(k for k, n in shared.items() if n >= 2):  # every use needs two words
        form = forms[k]
        if titles_only and not form.titled:
            continue
        found = (form.position, shared[k] / len(form.words), shared[k], form.negative,
                 form.words & said)  # fmt: skip
        known = best.get(form.position)
        if known is None or found[1:3] > known[1:3]:
            best[form.position] = found
    return sorted(best.values(), key=lambda p: (-p[1], -p[2]))


def best_position(
    doc: Doc, start: int, end: int, titles_only: bool = False
) -> tuple[str, float, int, bool] | None:
    """The position doc.text[start:end] covers best (see covered_positions)."""
    found = covered_positions(doc, start, end, titles_only)
    return found[0][:4] if found else None


# Any unit may state a position (in a list of demands, as an imperative, or word for word), so
# every unit is looked at; `hot` says whether it holds a word of an advocacy cue (_CUE) at all.
TRIGGER = re.compile(
    r"(?:calls?|urge[sd]?|must|should|shouldn|needs?|insists?|challenges?|oppose[sd]?|condemns?|"
    r"denounces?|would|stand|insta|instan|opone|plaide)$|demand|advocat|recommend|reject|exig|"
    r"pid|ped|reclam|abog|deb|rechaz|denunci|conden|exhort|appell|doi|devr|denonc|condamn|rejet"
)


def extract(doc: Doc, i: int, unit: Unit, hot: int = -1) -> list[Proto]:
    f = doc.folded(unit)
    if unit.kind == "heading" or f.rstrip().endswith(":"):
        doc.advocacy_list = bool(_LIST_INTRO.search(f))
        doc.list_seen = False
        if f.rstrip().endswith(":"):
            return []
    elif unit.kind == "sentence" and doc.advocacy_list and doc.list_seen:
        doc.advocacy_list = False
    in_list = doc.advocacy_list and unit.kind == "line"
    if in_list:
        doc.list_seen = True
    if f.rstrip().endswith("?") or len(f) < 8:
        return []
    cue = _cue(doc, unit, f) if hot else None
    imperative = bool(_IMPERATIVE.match(f.strip())) and len(f.split()) <= 14
    if in_list or imperative:
        span = (unit.start, unit.end)
    elif cue:  # what is called for comes after the cue
        span = (unit.start + cue.start(), unit.end)
    elif doc.author is not None and not _REPORTED.search(f):
        span = (unit.start, unit.end)  # no cue: the author's own near-verbatim titles only
    else:
        return []
    if _known_words(doc, *span) < (2 if in_list or imperative or cue else 4):
        return []  # too few words of any position to cover one
    found = covered_positions(doc, *span, titles_only=not (in_list or imperative or cue))
    said = len(_span_content(doc, *span))
    chosen: list[Covered] = []
    used: set[str] = set()
    for p in found:
        # more positions than one only on words of their own ("protecting the rights of
        # migrants regardless of status and providing pathways for regularization")
        if _enough(p[1], p[2], said, in_list or imperative, cue) and not p[4] & used:
            chosen.append(p)
            used |= p[4]
    if not chosen:
        return []
    if cue and hedged(doc, unit, unit.start + cue.start(), unit.start + cue.end()):
        return []
    if not (in_list or imperative or cue) and _QUOTED.search(f):
        return []  # a quotation of others, a document's title
    advocate = _advocate(doc, unit, cue)
    if advocate is None or (advocate is doc.author and _REPORTED.search(f)):
        return []  # "the panelists agreed that ...": not the author's own position
    out = []
    for position_id, coverage, _, negative, _ in chosen[:3]:
        entry = doc.gz.entry(position_id)
        if entry is None:
            continue
        target = Ent(
            unit.start, unit.start, "", entry.id, entry.id, entry.name, "Position", 0.8, "fuzzy"
        )
        against = bool(_AGAINST.search(f)) and not negative
        conf = 0.8 if (in_list or cue) and coverage >= 0.9 else 0.65
        stance = {"stance": "against" if against else "for"}
        out.append(
            Proto("ADVOCATES", advocate, target, stance, unit,
                  round(conf * min(1.0, 0.5 + coverage / 2), 2))
        )  # fmt: skip
    return out


def _enough(coverage: float, shared: int, said: int, listed: bool, cue: object) -> bool:
    """Does a text cover a position? In a list of demands or as an imperative, most of its
    words; after a cue, most of them and not by chance in a long sentence (three shared words
    of forty); with no cue, nearly all of a title, word for word."""
    if listed:
        return coverage >= 0.7 and shared >= 2
    if cue:
        return (
            coverage >= 0.75
            and shared >= 2
            and (coverage >= 0.9 or shared >= 4 or shared >= 0.3 * said)
        )
    return coverage >= 0.9 and shared >= 4


def _cue(doc: Doc, unit: Unit, f: str) -> re.Match[str] | None:
    """The first advocacy cue of a unit that is a verb of the sentence: not a word of a title
    ("Recommended Principles and Guidelines") nor inside quotation marks."""
    for m in _CUE.finditer(f):
        word = doc.text[unit.start + m.start() : unit.start + m.end()]
        after = doc.text[unit.start + m.end() : unit.start + m.end() + 2].strip()
        if word[:1].isupper() and after[:1].isupper():
            continue
        if f.count('"', 0, m.start()) % 2:
            continue
        return m
    return None


_QUOTED = re.compile(r"[\"“”«»]|\b(?:declaration|declaracion)\b")
# reported speech: somebody else's words ("he called attention to", "the panelists agreed")
_REPORTED = re.compile(
    r"\b(?:he|she|they|il|elle|ils|elles|el|ella|ellos|ellas)\s+(?:\w+\s+){0,2}?(?:said|says|"
    r"stated|noted|added|called|explained|argued|stressed|emphasized|highlighted|dijo|senalo|"
    r"afirmo|agrego|explico|subrayo|destaco|a dit|a declare|a souligne|a ajoute|a explique)\b"
    r"|\b(?:the\s+)?(?:speakers|panelists|panellists|participants|delegates|ponentes|"
    r"participantes|intervenants|participants)\s+(?:\w+\s+)?(?:agreed|noted|said|stressed|called|"
    r"urged|demanded|asked|coincidieron|senalaron|dijeron|pidieron|exigieron|llamaron|"
    r"ont souligne|ont dit|ont convenu|ont appele|ont demande)\b"
)


def _advocate(doc: Doc, unit: Unit, cue: re.Match[str] | None) -> Ent | None:
    if cue is not None:
        subject = left(doc, unit, unit.start + cue.start(), ("Organization", "Coalition", "Person"),
                       reach=40, stop=r"[.;:!?]")  # fmt: skip
        if subject is not None:
            return subject
    return doc.author
