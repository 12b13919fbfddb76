"""Stances in an actor's own words ("X calls for <phrase>", "nos organisations plaident pour
<phrase>"): the Position is named by the phrase as written, unless it names a known one.

The syntax engine finds the phrase's head token (a frame slot `phrase:<slot>`); this module
turns the head's subtree into a name, and reads "we" / "our organizations" as the text's
author (slot `speaker`)."""

from __future__ import annotations

from ingest.extract import structure
from ingest.extract.dates import find_dates
from ingest.extract.frames import Lexicon
from ingest.extract.patterns.common import Doc
from ingest.extract.resolve import Ent, candidate
from ingest.extract.text import fold
from ingest.extract.ud import Sentence, Token

# a phrase ends where another clause, a parenthesis or an aside begins
_STOP = frozenset({"acl:relcl", "advcl", "parataxis", "appos", "dep", "list", "punct"})
_LEAD = frozenset({"DET", "ADP", "CCONJ", "PUNCT", "PRON"})
_CLAUSE_EDGE = frozenset({"mark", "nsubj", "nsubj:pass", "aux", "aux:pass"})
_DAY_KINDS = frozenset({"iso", "dmy", "mdy", "rel_day", "weekday"})  # (dates.find_dates)
MAX_WORDS = 14  # longer is a clause, not the name of a position
MIN_WORDS = 2  # shorter is a thing ("the document"), unless a known position is named


def position(
    doc: Doc, lex: Lexicon, sent: Sentence, head: Token, types: tuple[str, ...]
) -> Ent | None:
    """The Position a phrase names: a known one inside it, else a new one named by the phrase
    (its leading articles and prepositions dropped)."""
    if head.upos == "PRON":
        return None  # "la réclame", "called for it": a pronoun names no position
    if head.upos in ("VERB", "AUX"):  # "to end X", "for A to ratify X": the act, its own mark
        edge = {t.i for c in sent.children(head, *_CLAUSE_EDGE) if c.i < head.i
                for t in sent.subtree(c)}  # fmt: skip  # and subject left out
        run = [t for t in sent.phrase(head, _STOP, _LEAD) if t.i not in edge]
        if not any(t.upos in ("NOUN", "PROPN") for t in run):
            return None  # "to do more", "to act": an act with no object names no position
        clause = sent.subtree(head)
        days = find_dates(doc.text, clause[0].start, clause[-1].end)
        if any(d.kind in _DAY_KINDS for d in days):
            return None  # "to vote on Thursday for X": an act on a given day, no standing aim
    else:
        run = sent.phrase(head, _STOP, _LEAD)
    fixed = {f.i for c in sent.children(head, "case") for f in sent.children(c, "fixed")}
    while run[0] is not head and run[0].i in fixed | {d.i for d in run if d.upos in _LEAD}:
        run = run[1:]  # "a favor de la X", "en contra de la X": the case's own words
    run += _stranded_of(lex, sent, head, run)
    if len(run) > MAX_WORDS:
        return None
    if len(run) < MIN_WORDS and not doc.ents_in(run[0].start, run[-1].end):
        return None  # "demanded action", "calls for more": a lone word names no position
    start, end = run[0].start, run[-1].end
    known = [e for e in doc.ents_in(start, end) if e.type in types]
    if known:
        return known[0]
    if "Position" not in types:
        return None
    if _decision_on_process(doc, lex, sent, head, start, end):
        return None  # "urged states to sign / to reject the compact": a stance on the
        # process itself (the model's gap), no new position
    near = doc.ents_in(head.start - 200, head.end + 200)
    named = [e for e in near if e.start <= head.start and head.end <= e.end]
    if named:  # "rejects the compact": the phrase names a thing; a process may be a stance's
        whole = named[0].start <= start and end <= named[0].end  # (never "the compact to be
        return named[0] if whole and named[0].type in types else None  # scrapped")
    name = doc.text[start:end]
    return doc.add(candidate(start, end, name, name, "Position", 0.6))


# what a state decides on a process ("sign the compact", "reject the pact", "vote for it")
_DECISIONS = ("sign", "adopt", "vote", "leave", "refuse", "endorse")


def _decision_on_process(
    doc: Doc, lex: Lexicon, sent: Sentence, head: Token, start: int, end: int
) -> bool:
    """Whether an act asked for is a decision on a known process the phrase names."""
    if head.upos not in ("VERB", "AUX"):
        return False
    if not any(e.type == "Process" for e in doc.ents_in(start, end)):
        return False
    verbs = sent.conjuncts(head)
    return any(lex.in_class(c, lex.lemma(v.word)) for v in verbs for c in _DECISIONS)


def _stranded_of(lex: Lexicon, sent: Sentence, head: Token, run: list[Token]) -> list[Token]:
    """The "of" phrase right after the run that a parser hung on the verb instead of the
    phrase's noun ("plaide pour la fermeture | des centres"): part of the phrase."""
    nxt = run[-1].i + 1
    if nxt >= len(sent.tokens) or fold(sent.tokens[nxt].word) not in lex.words.get(
        "genitive_articles", set()
    ):
        return []
    for sib in sent.tokens:  # hung on the verb, or on the noun as an apposition
        if sib.i == head.i or (sib.head, sib.deprel) not in (
            (head.head, "obj"),
            (head.head, "obl"),
            (head.i, "appos"),
            (head.i, "dep"),
        ):
            continue
        tail = sent.subtree(sib, _STOP)
        if tail[0].i == nxt and [t.i for t in tail] == list(range(nxt, tail[-1].i + 1)):
            return tail
    return []


def speaker(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """ "We call for", "nuestras organizaciones exigen": the text's authors (those its title
    line names, else its author), when the subject is the first person plural or a noun that
    the first person owns."""
    first = lex.words.get("first_person", set())
    ours = any(
        fold(subj.word) in first
        or any(fold(o.word) in first for o in sent.children(subj, "det", "nmod:poss"))
        for subj in sent.children(tok, "nsubj")
    )
    if not ours:
        return []
    subjects = sent.children(tok, "nsubj")
    beside = [a for subj in subjects for a in sent.children(subj, "appos")]
    beside += [s for s in subjects if fold(s.word) not in first]  # (a parser's second subject)
    said = [  # "Nous - A, associations et syndicats - demandons", "We, A and its partners,
        e  # call": the names set beside "we"
        for a in beside
        for e in doc.ents_in(*sent.span(a))
        if e.type in types
    ]
    if said:
        return said
    named = doc.memo.get("authors") or structure.title_authors(doc)
    authors = list(named) if isinstance(named, list) and named else []
    authors = authors or ([doc.author] if doc.author else [])
    return [a for a in authors if a.type in types]
