"""Relations read from dependency parses with the rules of ingest/extract/rules/.

For each unit that holds a trigger word of its language, the parser gives a UD tree; each frame
whose trigger is a token there looks for its two ends in the slots it names, one relation per
conjunct ("A, B and C signed"), and the reading's modality decides whether it is a fact: a
negation, a hedge, someone else's demand, a condition, a question, or a forecast of an event
gives a warning with its quote, never a relation.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import astuple, dataclass
from typing import cast

from ingest.extract import parsed_names, stances, structure
from ingest.extract.candidates import NP, TITLE_COMPLEMENT, generic_body, looks_like_name
from ingest.extract.dates import _PRECISION as PRECISION
from ingest.extract.dates import MONTH_WORDS, date_in, find_dates
from ingest.extract.demonyms import capitals
from ingest.extract.frames import Frame, Lexicon, frames, lexicon
from ingest.extract.gate import worth_parsing
from ingest.extract.lexicon import EVENT_KEYWORDS, EVENT_WORD_EN, ROLE_WORDS
from ingest.extract.parser import Parser
from ingest.extract.patterns import events as events_patterns
from ingest.extract.patterns.common import Doc, Proto
from ingest.extract.resolve import Ent, candidate, from_entry
from ingest.extract.text import Unit, document_tokens, fold, fold_slice
from ingest.extract.ud import CLAUSAL, Sentence, Token

ACTORS = ("Organization", "Coalition", "Government", "IntergovernmentalBody", "Person")
_OBL = ("obl", "nmod", "obl:arg", "obl:agent", "obl:mod")
_SUBJ = ("nsubj", "csubj")
_UP = ("xcomp", "ccomp", "advcl", "conj", "obj", "obl", "nmod", "acl", "parataxis", "csubj")


@dataclass(frozen=True)
class Reading:
    """How a trigger is said: what stops it from being a fact."""

    negated: bool = False
    hedged: bool = False
    demanded: bool = False
    future: bool = False
    conditional: bool = False
    question: bool = False


def extract(doc: Doc, parser: Parser) -> list[Proto]:
    lang = doc.language if doc.language in ("en", "es", "fr") else "en"
    lex = lexicon(lang)
    if lex is None:
        return []
    # parse only what can hold a relation: a trigger word and a named end (or a word that
    # stands for one: a pronoun or "the government" is read from the sentences before)
    doc.memo["parser"] = parser  # (an earlier sentence's event is read when a later needs it)
    units = [u for u in doc.units if worth_parsing(doc, u, lex)]  # (ingest/extract/gate.py)
    if not units:
        return []
    # one request's parses at a time (the rules read each sentence once, in order)
    sentences = parser.sentences(doc.text, [(u.start, u.end) for u in units], lang)
    starts = [u.start for u in units]
    out: list[Proto] = []
    # the parses of the paragraph being read, which a later sentence of it may read again
    # (_introduced_event): not parsed twice, and no more than a paragraph's parses kept
    kept: dict[int, list[Sentence]] = {}
    doc.memo["paragraph_parses"] = kept
    for sent in sentences:
        k = bisect.bisect_right(starts, sent.start) - 1
        if k < 0:
            continue
        if kept and units[k].start not in kept:
            last = units[bisect.bisect_left(starts, max(kept))]
            if last.paragraph != units[k].paragraph:
                kept.clear()
        kept.setdefault(units[k].start, []).append(sent)
        out.extend(_sentence(doc, lex, sent, units[k]))
    return out


def _sentence(doc: Doc, lex: Lexicon, sent: Sentence, unit: Unit) -> Iterator[Proto]:
    classes_of = _entries_by_first(lex)[1]
    for tok in sent.tokens:
        # the classes whose entries begin with one of the token's forms: no other can fire
        classes = set().union(*(classes_of.get(f, ()) for f in _forms(lex, tok)))
        if not classes:
            continue  # (most tokens: no frame and no meeting to try)
        if any(c in classes and _in_class(lex, sent, tok, c) for c in _MEETING_CLASSES):
            _meeting_named(doc, lex, sent, tok)  # (before a frame reads it as a group)
        for frame in frames():
            if frame.trigger not in classes or not _fires(lex, sent, tok, frame):
                continue
            yield from _apply(doc, lex, sent, tok, frame, unit)


# verbs whose subject is a meeting that took place ("the forum was held", "the forum brought
# together A and B")
_MEETING_CLASSES = ("take_place", "gather_event")


def _meeting_named(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> None:
    """ "Le Séminaire régional sur la mobilité s'est tenu à Dakar", "El Encuentro de redes se
    celebró en Lima": the meeting that takes place is an event (a new name as written, lower-case
    words and all), for the sentences and lists after it."""
    reading = _reading(lex, sent, tok)
    if reading.negated or reading.hedged or reading.question:
        return
    doc.memo["new_events"] = False  # (the meeting a frame names comes with the frame)
    doc.memo["relation"] = None
    for slot in ("subject", "object"):
        if _slot(doc, lex, sent, tok, slot, ("Event",)):
            return
    if _in_class(lex, sent, tok, "take_place"):  # "l'atelier régional des OSC s'est tenu"
        for head in _slot_heads(lex, sent, tok, "subject", "") + _reflexive_object(sent, tok):
            if parsed_names.held_event(doc, lex, sent, head) is not None:
                return
        for noun in _met_for(lex, sent, tok):  # "groups met in Accra for a regional
            if parsed_names.described_event(doc, lex, sent, noun) is not None:  # consultation
                return  # on X": that meeting, named as written


def _met_for(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """The event nouns of a verb of meeting's obliques, with an indefinite article ("met for a
    regional consultation on X", "se reunieron en un taller sobre X"), where its subject is no
    meeting (who met)."""
    nouns = lex.words.get("event_nouns", set())
    if any(lex.lemma(s.word) in nouns for s in sent.children(tok, "nsubj", "nsubj:pass")):
        return []
    return [
        o
        for o in sent.children(tok, "obl")
        if lex.lemma(o.word) in nouns
        and any(fold(d.word) in lex.words["indefinite"] for d in sent.children(o, "det"))
    ]


def _reflexive_object(sent: Sentence, tok: Token) -> list[Token]:
    """The object a parser reads after a reflexive verb of taking place, its subject put last
    ("se celebró en Lima la consulta regional sobre X"): the meeting held."""
    if not any(
        fold(c.word) in ("se", "s'", "s\u2019")
        for c in sent.children(tok, "obj", "expl", "expl:pv", "expl:pass")
    ):
        return []
    return [c for c in sent.children(tok, "obj") if c.i > tok.i and c.upos == "NOUN"]


def _fires(lex: Lexicon, sent: Sentence, tok: Token, frame: Frame) -> bool:
    if frame.pos == "verb" and tok.upos not in ("VERB", "AUX", "NOUN", "ADJ"):
        return False  # taggers call some participles adjectives ("hosted", "signed")
    if frame.pos == "noun" and tok.upos not in ("NOUN", "PROPN"):
        return False
    if frame.pos == "adj" and tok.upos != "ADJ":
        return False  # ("A est adhérente de C": a tagger's adjective for a member noun)
    return _in_class(lex, sent, tok, frame.trigger)


def _in_class(lex: Lexicon, sent: Sentence, tok: Token, cls: str) -> bool:
    """Whether a token is a word of a lexicon class; a multi-word entry ("put off", "poner
    fin") also needs its other words among the token's dependents or right after it."""
    by_first = _entries_by_first(lex)[0].get(cls)
    if not by_first:
        return False
    for entry in (e for form in _forms(lex, tok) for e in by_first.get(form, ())):
        if len(entry) == 1:
            return True
        rest = set(entry[1:])
        kids = sent.children(tok)  # (as lemmas or as written: "opening" is no "open" here)
        near = {lex.lemma(c.word) for c in kids} | {fold(c.word) for c in kids}
        following = sent.tokens[tok.i + 1 : tok.i + len(entry)]
        if rest <= near or [lex.lemma(t.word) for t in following] == list(entry[1:]):
            return True
    return False


def _apply(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, frame: Frame, unit: Unit
) -> Iterator[Proto]:
    if frame.requires_object and not _has_object(lex, sent, tok, frame.requires_object):
        return
    if frame.relation in _ROLE_RELATIONS and frame.pos == "noun" and _in_a_name(doc, tok):
        return  # "Coordinadora de Instituciones ...": a title word inside a body's name
    if frame.governed_by and not _governed(lex, sent, tok, frame.governed_by):
        return
    if frame.not_governed_by and _governed(lex, sent, tok, frame.not_governed_by):
        return
    if frame.title_line and not _title_line(doc, unit):
        return
    if frame.relation == "WITHDREW_FROM" and _in_class(lex, sent, tok, "defer"):
        return  # "left the decision to parliament": a deferral is no withdrawal
    if (
        not frame.negated
        and lex.lemma(tok.word) in lex.words["refuse"]
        and any(c.upos in ("VERB", "AUX") for c in sent.children(tok, "xcomp"))
    ):
        return  # "renonce à se rendre", "rejected to sign": the act refused is the one said
    if frame.trigger == "made_of" and any(
        lex.lemma(c.word) in lex.words.get("part_nouns", set()) for c in sent.children(tok)
    ):
        return  # "Forman parte de C A y B": being part of C (join_org), never C made of them
    if frame.trigger == "part_noun" and any(
        fold(g.word) in lex.words["negation"] or lex.lemma(g.word) in lex.words["negation"]
        for c in sent.children(tok, "amod", "advmod")
        for g in sent.children(c, "advmod")
    ):
        return  # "A is no longer part of C": a parser's "longer" on the noun, "no" on it
    if (
        frame.trigger == "include"
        and frame.relation == "MEMBER_OF"
        and any(_in_class(lex, sent, o, "member_noun") for o in sent.children(tok, "obj"))
    ):
        return  # "incluyendo a otros miembros de C", "C includes the members of D": the noun's
        # own group is no member (members-including reads "C has 40 members, including A")
    if frame.trigger == "invitation" and tok.deprel.split(":")[0] in ("obj", "nsubj", "iobj"):
        return  # "welcomed the initiative of O", "la iniciativa de O fue un éxito": a plan of
        # O's acted on, never "at the initiative of O" (how a meeting came about)
    if (
        frame.pos == "noun"
        and frame.mode == "decision"
        and any("about" in lex.case_class(c.word) for c in sent.children(tok, "case"))
    ):
        return  # "the working group on return", "talks on A's withdrawal": a topic, no act
    if frame.requires_under and not any(
        _in_class(lex, sent, t, frame.requires_under) for t in sent.subtree(tok) if t is not tok
    ):
        return
    if frame.limited == "only" and not _for_now(lex, sent, tok):
        return
    src_types, tgt_types = _types(frame)
    if tgt_types == ("Government",) and _org_follows_title(doc, sent, tok):
        return  # "Mme P, Présidente, Union X, <country>": the post is the body's, not a state's
    if frame.role == "trigger_phrase" and _title_continues(lex, sent, tok):
        return  # "Deputy Prime Minister P": the last title word reads the whole title
    if frame.role == "trigger_phrase" and _hyphen_head(sent, tok) is not None:
        tok = _hyphen_head(sent, tok) or tok  # "Secretary-General P": the title ends at "General"
    # a capital stands for its state in a state's own decision ("Prague said it would not
    # sign"), never as the end of a title or a membership ("the ambassador in Vienna")
    doc.memo["capitals"] = frame.mode == "decision"
    doc.memo["new_events"] = frame.new_events  # (syntax._definite_new_event)
    doc.memo["relation"] = frame.relation  # (syntax._other_own_meeting)
    if (
        frame.relation == "MEMBER_OF"
        and frame.pos == "noun"
        and _slot(doc, lex, sent, tok, "title_holder", ("Person",))
    ):
        return  # "P, president of A and of B": a person's title, never A a member of B
    sources = _slot_list(doc, lex, sent, tok, frame.source, src_types, frame)
    if "Government" not in src_types:  # "Warsaw rejects the pact": a capital speaks for its
        sources = [x for x in sources if x.id or fold(x.name) not in capitals()]  # state
    if frame.limited == "never" and _for_now(lex, sent, tok):
        # "will not sign for now": a deferral (its own frame), no refusal for any reader
        refused = doc.memo.setdefault("refused", set())
        assert isinstance(refused, set)
        refused.update((frame.relation, s.key, unit.start) for s in sources)
        return
    if frame.relation in STATE_DECISIONS and tok.upos == "VERB" and "Government" in src_types:
        listed = _states_before(doc, sent, tok)  # (a parser that hangs a long list anywhere)
        if listed and (not sources or any(s in listed for s in sources)):
            sources += [s for s in listed if s not in sources]
    if frame.relation in STATE_DECISIONS and tok.upos in ("VERB", "NOUN"):
        after_colon, others = _colon_lists(doc, sent, tok)
        subjects = _subject(lex, sent, tok) if tok.upos == "VERB" else []
        if (
            len(after_colon) >= 2
            and not any(h.upos == "PROPN" for h in subjects)
            and (tok.upos == "VERB" or not sources)
        ):
            sources = after_colon  # "eight countries have left: A, B and C; D has postponed":
        sources = [x for x in sources  # A, B, C; "the withdrawals so far: A, B and C"
                   if not any(a <= x.start < b for a, b in others)]  # fmt: skip
    gap_dates: dict[str, str | None] = {}
    if frame.relation in STATE_DECISIONS and frame.mode == "decision":
        for ent, when in _gapped_states(doc, sent, tok, sources):
            gap_dates[ent.key] = when  # (the subject's: its own clause's first date)
            if ent not in sources:
                sources.append(ent)
    if sources and frame.mode == "decision":
        sources += [c for c in _companions(doc, lex, sent, tok) if c not in sources]
    elif sources and frame.relation == "VOTED":  # "A votó a favor, al igual que B y C": they
        sources += [c for c in _likewise(doc, lex, sent, tok) if c not in sources]  # voted so
    if sources and frame.relation == "PARTICIPATED_IN" and tok.upos == "VERB":
        listed = _states_before(doc, sent, tok, _PARTY_TYPES)  # ("A, B, ... and H took part
        if listed and any(s in listed for s in sources):  # in E": a parser that hangs a long
            sources += [s for s in listed if s not in sources]  # list on its first name)
    if sources and frame.relation == "PARTICIPATED_IN":  # "A took part in E together with B"
        sources += [c for c in _together_with(doc, lex, sent, tok, src_types) if c not in sources]
        sources += [c for c in _after_semicolon(doc, lex, sent, tok, src_types) if c not in sources]
        sources = [x for x in sources if not _country_of_name(doc, x)]
    if sources and frame.relation == "SPOKE_AT" and tok.upos == "VERB" and "Person" in src_types:
        # "intervinieron A, coordinadora de X; B, de Y; y C": the speakers after a semicolon
        sources += [
            c for c in _after_semicolon(doc, lex, sent, tok, ("Person",)) if c not in sources
        ]
    if frame.role == "trigger_phrase":
        sources = _title_holders(doc, sent, tok, sources)
    if not sources:
        why = _refusal(_reading(lex, sent, tok), frame) if frame.mode == "decision" else None
        if why not in (None, "negated", "affirmative"):  # "instaron a A a retirarse": an
            doubted = doc.memo.setdefault("doubted", set())  # actor the rules did not find
            assert isinstance(doubted, set)  # is still no actor of a fact for another reader
            doubted.add((frame.relation, unit.start))
        return  # (before the targets: a slot may add a new entity, a phrase's Position)
    if frame.relation == "AUTHORED" and frame.title_line:
        named = doc.memo.setdefault("authors", [])  # who "we" are (stances.speaker)
        assert isinstance(named, list)
        named.extend(s for s in sources if all(s.key != n.key for n in named))
    targets = _slot_list(doc, lex, sent, tok, frame.target, tgt_types, frame)
    if (  # "the director of O, P; the president of C, Q": a semicolon parts a list's people
        frame.relation in _ROLE_RELATIONS  # and posts (a body named before the title may still
        and frame.pos != "verb"  # be "its"; a plural title may be shared across the items)
        and not fold(tok.word).endswith(("s", "x"))
    ):
        targets = [
            t for t in targets
            if not t.text or t.start < tok.start or ";" not in doc.text[tok.end : t.start]
        ]  # fmt: skip
    if frame.relation in ("MEMBER_OF", "HOSTS_SECRETARIAT") and any(
        _unit_only(lex, t) for t in targets
    ):  # "serving on the Executive Committee": the committee of the body the text is about
        kept = [t for t in targets if not _unit_only(lex, t)]
        targets = kept or _focus(doc, sent, "coalition", tgt_types)
    if (
        frame.relation in ("PARTICIPATED_IN", "DECLINED_TO_ATTEND")
        and "Event" in tgt_types
        and not set(frame.target) <= _OWN_MEETING_SLOTS  # (slots that read their meeting alone)
    ):
        editions = _series_editions(doc, lex, sent, tok)  # "attended the <series> in <city>":
        if editions:  # that year's meeting, not the series
            ids = {e.id for e in editions}
            targets = [*editions, *(x for x in targets if x.id not in ids and x.type == "Event")]
    if frame.relation == "DECLINED_TO_ATTEND":  # a new event no meeting's noun names (a
        targets = [t for t in targets if t.id or _meeting_name(lex, t.name)]  # headline) is none
    if frame.role == "trigger_phrase":  # ("Ivo Brandt, Policy Officer, ...": a "name" that
        targets = [t for t in targets if t.id or not t.start <= tok.start < t.end]  # the title)
    reading = _reading(lex, sent, tok)
    if frame.mode == "decision" and len(sources) >= 2 and _split_after(doc, lex, sent):
        reading = dataclasses.replace(reading, hedged=True)  # ("A, B and C followed suit.
        # Some reject the accord, others postponed their decision": neither is said of any)
    up = sent.head(tok)  # "B did not follow A in rejecting the pact": the joining's own
    if (  # negation, hedge or demand is the act's
        up is not None
        and tok.deprel.split(":")[0] in ("advcl", "obl", "xcomp")
        and _in_class(lex, sent, up, "join_group")
    ):
        outer = astuple(_reading(lex, sent, up))
        reading = Reading(*(a or b for a, b in zip(astuple(reading), outer, strict=True)))
    if (
        frame.relation == "PARTNERED_WITH"
        and frame.pos == "noun"
        and up is not None
        and any(_in_class(lex, sent, up, c) for c in ("organize", "hold_event", "host"))
    ):
        return  # "A organised E in cooperation with B": B organised it too (ORGANIZED)
    if (  # "A does not work in partnership with B": a noun's act said by its verb, its
        frame.relation == "PARTNERED_WITH"  # negation, hedge or tense with it
        and frame.pos == "noun"
        and up is not None
        and up.upos == "VERB"
        and tok.deprel.split(":")[0] == "obl"
    ):
        outer = astuple(_reading(lex, sent, up))
        reading = Reading(*(a or b for a, b in zip(astuple(reading), outer, strict=True)))
    if (  # "E se tiendra à l'initiative de O", "E s'ouvrira en présence de P": the verb
        frame.relation in ("ORGANIZED", "PARTICIPATED_IN", "SPOKE_AT")  # the noun hangs on
        # says whether it is a fact ("In her remarks, P will note": a speech still to come)
        and frame.pos == "noun"
        and up is not None
        and up.upos in ("VERB", "AUX")
        and tok.deprel.split(":")[0] in ("obl", "advcl")
    ) or (  # "A may renew its call for P", "A will issue a call for P": a stance by its noun
        frame.relation == "ADVOCATES"  # is a fact as the verb it hangs on tells it
        and frame.pos == "noun"
        and up is not None
        and up.upos in ("VERB", "AUX")
    ):
        outer = astuple(_reading(lex, sent, up))
        reading = Reading(*(a or b for a, b in zip(astuple(reading), outer, strict=True)))
        verb_forms = [fold(up.word), *(fold(c.word) for c in sent.children(up, "aux", "aux:pass"))]
        if any(w.endswith(lex.suffixes.get("future_suffixes", ())) for w in verb_forms):
            reading = dataclasses.replace(reading, future=True)
        if any(w.endswith(lex.suffixes.get("conditional_suffixes", ())) for w in verb_forms):
            reading = dataclasses.replace(reading, hedged=True)
    top = sent.head(up) if up is not None else None
    if (  # "La primera en intervenir fue P", "La première à prendre la parole fut P": the
        frame.relation == "SPOKE_AT"  # copula on the name says whether it is a fact, not the
        and tok.deprel.startswith("acl")  # infinitive's own mark
        and up is not None
        and up.upos == "ADJ"
        and up.deprel.startswith("nsubj")
        and top is not None
        and sent.children(top, "cop")
    ):
        reading = _reading(lex, sent, top)
        said = [fold(c.word) for c in sent.children(top, "cop", "aux")]
        if any(w.endswith(lex.suffixes.get("future_suffixes", ())) for w in said) or any(
            c.word.lower().endswith(("r\u00e1", "r\u00e1n"))  # ("será": its accent)
            for c in sent.children(top, "cop")
        ):
            reading = dataclasses.replace(reading, future=True)
    if (  # "A will be one of the participants", "A was not one of them": the copula's own
        frame.relation == "PARTICIPATED_IN"  # reading is the noun's
        and frame.pos == "noun"
        and up is not None
        and tok.deprel.split(":")[0] in ("nmod", "obl")
        and sent.children(up, "cop")
    ):
        outer = astuple(_reading(lex, sent, up))
        reading = Reading(*(a or b for a, b in zip(astuple(reading), outer, strict=True)))
        copulas = sent.children(up, "cop", "aux")
        said = [fold(c.word) for c in copulas]  # ("será una de": its accent tells the future)
        if any(w.endswith(lex.suffixes.get("future_suffixes", ())) for w in said) or any(
            c.word.lower().endswith(("r\u00e1", "r\u00e1n")) for c in copulas
        ):
            reading = dataclasses.replace(reading, future=True)
        if any(w.endswith(lex.suffixes.get("conditional_suffixes", ())) for w in said):
            reading = dataclasses.replace(reading, hedged=True)
    if (  # "la delegación de A en E estará integrada por P": the clause a noun is the
        frame.relation == "PARTICIPATED_IN"  # subject of says whether it is a fact
        and frame.pos == "noun"
        and up is not None
        and tok.deprel.startswith("nsubj")
        and up.upos in ("VERB", "AUX", "ADJ", "NOUN")
    ):
        outer = astuple(_reading(lex, sent, up))
        reading = Reading(*(a or b for a, b in zip(astuple(reading), outer, strict=True)))
        helpers = [fold(c.word) for c in sent.children(up, "cop", "aux", "aux:pass")]
        ends = (
            lex.suffixes.get("future_suffixes", ()),
            lex.suffixes.get("conditional_suffixes", ()),
        )
        if any(w.endswith(ends[0]) for w in helpers if ends[0]):  # "estará integrada"
            reading = dataclasses.replace(reading, future=True)
        if any(w.endswith(ends[1]) for w in helpers if ends[1]):  # "serait composée"
            reading = dataclasses.replace(reading, hedged=True)
    # "says no to", "dijo no al": the trigger's own word after it is no negation
    own_no = _multiword_parts(lex, sent, tok, frame.trigger) & lex.words["negation"]
    denied = [
        c for c in sent.children(tok) if lex.lemma(c.word) in lex.words["negation"]
        and not (lex.lemma(c.word) in own_no and c.i > tok.i)
    ]  # fmt: skip
    if own_no and reading.negated and not denied:
        reading = Reading(False, *astuple(reading)[1:])
    quote = doc.text[unit.start : unit.end]
    doubtful = _hedged_members(lex, sent, sources)
    if doubtful:
        refused = doc.memo.setdefault("refused", set())
        assert isinstance(refused, set)
        refused.update((frame.relation, s.key, unit.start) for s in doubtful)
        names = ", ".join(s.name for s in doubtful[:3])
        doc.warnings.append(f"{frame.relation} not taken (hedged): {names}: {quote[:160]!r}")
        sources = [s for s in sources if s not in doubtful]
        if not sources:
            return
    why = _refusal(reading, frame)
    if why == "affirmative":
        return  # a frame of a refusal ("will not sign") on a plain act: not this frame's
    if why:
        # the other readers of this sentence must not take it as a fact either
        refused = doc.memo.setdefault("refused", set())
        assert isinstance(refused, set)
        refused.update((frame.relation, s.key, unit.start) for s in sources)
        if why == "negated":  # the whole act denied, whoever the other readers take as actor
            doubted = doc.memo.setdefault("doubted", set())
            assert isinstance(doubted, set)
            doubted.add((frame.relation, unit.start))
        names = ", ".join(s.name for s in sources[:3])
        if targets:
            doc.warnings.append(f"{frame.relation} not taken ({why}): {names}: {quote[:160]!r}")
        return
    if not targets:
        other = cast(set[tuple[str, int, int]], doc.memo.get("other_end") or set())
        if (frame.relation, sent.start, tok.i) in other:
            doubted = doc.memo.setdefault("doubted", set())  # "withdrew its ambassador",
            assert isinstance(doubted, set)  # "se retiró del Acuerdo de París": no reader
            doubted.add((frame.relation, unit.start))  # takes the process in focus instead
        return  # (after the reading: "urged A to endorse the text" still tells other readers)
    props = dict(frame.properties)
    followed = next(
        (
            _decision_before(doc, sent, tok, slot.partition(":")[2])
            for slot in frame.target
            if slot.startswith("decision_before")
        ),
        None,
    )
    if followed is not None:  # "B followed suit": the kind of decision A made
        props.update({k: v for k, v in followed[1].items() if k == "kind"})
    if frame.vote_by_case:
        vote = _vote(lex, sent, tok, frame)
        if vote is None and "vote" not in props:
            return
        props.setdefault("vote", vote)
    if frame.role:
        role = _role(doc, lex, sent, tok, frame, targets)
        if role:
            props["role"] = role
    if frame.date == "sentence":
        anchor = _post_date(doc, unit.start) or doc.document_date  # a post's own date line
        dated = _clause_date(doc, sent, tok, anchor) if frame.mode == "decision" else None
        props["date"] = (
            dated
            or date_in(doc.text, unit.start, unit.end, anchor)
            or (anchor if frame.mode == "decision" else None)
        )
    same_list = _written_members(doc, lex, sent, tok) if frame.relation == "MEMBER_OF" else set()
    for s in sources:
        for end in targets:
            t = end
            if s.key in same_list and t.key in same_list:
                continue  # ("Integran la red A, B, C y D": a parser's subject among the list)
            if s.key == t.key and frame.relation == "FORMERLY_KNOWN_AS":
                t = _former_name_node(doc, t) or t  # (a known body's old name, as written)
            if s.key == t.key:
                continue
            if (
                frame.relation == "MEMBER_OF"
                and not _member_pair_ok(sent, s, t)
                and not (_DASH_GAP.match(doc.text, s.end) and s.end < t.start < tok.start)
                and not _GROUP_TO_LIST.fullmatch(doc.text, t.end, s.start)
            ):  # ("A - founded in X, a C member": no list, whatever the tree; "Font partie du
                # Collectif X l'Association A": an article alone joins no list's names)
                continue
            if frame.relation == "ADOPTED" and s.type == "Government" and _voted_on(doc, t):
                continue  # states vote on a resolution; one "adopting the text" joins it
            own = dict(props)
            if s.key in gap_dates and frame.date == "sentence":
                own["date"] = gap_dates[s.key] or own.get("date")
            if frame.role == "listed_role":  # "A (President), B (Treasurer) and C"
                own["role"] = listed_role(doc, lex, s) or "member"
            if frame.mode == "decision":  # what "B followed suit" after it repeats
                told = doc.memo.setdefault("decisions", [])
                assert isinstance(told, list)
                told.append((frame.relation, unit, tok.start, t, own))
            relation = frame.relation
            if relation == "ENDORSED" and s.type == "Government" and _voted_on(doc, t):
                relation = "VOTED"  # "Brasil también respaldó la resolución": a state backs a
                own = {**own, "vote": "yes"}  # resolution put to the vote with its vote
            yield Proto(relation, s, t, own, unit, frame.confidence,
                        f"syntax:{frame.name}")  # fmt: skip


_NOT_LIMITS = frozenset({"nsubj", "nsubj:pass", "conj", "parataxis", "ccomp", "csubj", "punct"})


def _for_now(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether the act is said to hold only for now: a word of the class `for_now` ("for the
    time being", "until parliament votes", "por el momento", "pour l'instant") on the trigger,
    on its case or mark word, or on its object (a parser's "el pacto por el momento")."""
    near = [c for c in sent.children(tok) if c.deprel not in _NOT_LIMITS]
    near += [k for o in sent.children(tok, "obj") for k in sent.children(o, "nmod", "acl")]
    return any(
        _in_class(lex, sent, c, "for_now")
        or any(_in_class(lex, sent, m, "for_now") for m in sent.children(c, "mark", "case"))
        for c in near
    )


def _colon_lists(doc: Doc, sent: Sentence, tok: Token) -> tuple[list[Ent], list[tuple[int, int]]]:
    """The states a colon after the act lists ("have withdrawn since July: A, B and C"), up to a
    semicolon, a word that opens another clause ("while", "but", "with": lexicon list_breaks),
    a bracket that holds a clause, or ", and" before a verb; and the spans of the lists other
    acts' colons open before this one, whose names are theirs, not this act's ("...: A, B; C and
    D have postponed": not A, B). A list that is the subject of the verb after it ("...
    governments: A and B are among those that ...") is that clause's."""
    lex = lexicon(doc.language) if doc.language else None
    breaks = lex.words.get("list_breaks", set()) if lex is not None else set()
    own: list[Ent] = []
    others: list[tuple[int, int]] = []
    for colon in (t for t in sent.tokens if t.word == ":"):
        end = _list_end(sent, colon, breaks)
        if end is None:
            continue  # "... governments: A and B are among those that ...": a clause's subject
        if colon.i > tok.i and not own:
            between = sent.tokens[tok.i + 1 : colon.i]
            if not any(t.upos in ("VERB", "AUX") for t in between):
                own = [e for e in doc.ents_in(colon.end, end, ("Government",)) if e.text]
        elif colon.i < tok.i and end <= tok.start:
            others.append((colon.end, end))
    return own, others


def _colon_listed(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The actors a colon after the act lists where who acts is a common noun ("Organisations
    that took part in E, held in C: A, B (X) and D", "The following groups took part in E: A
    and B", "Organisations ayant participé à E : A, B"): each of them; never where a name acts
    ("A took part in E: a day of talks") nor past another clause's verb before the colon."""
    colon = next((t for t in sent.tokens[tok.i + 1 :] if t.word == ":"), None)
    if colon is None or tok.upos not in ("VERB", "AUX", "ADJ"):
        return []
    up = sent.head(tok)
    heads = _subject(lex, sent, tok)
    if not heads and tok.deprel.startswith("acl") and up is not None:
        heads = [up]  # ("Organisations ayant participé à E :": the noun the participle is on)
    if not heads or any(  # (a tagger's proper noun for a capitalised first word: no name;
        h.upos not in ("NOUN", "PROPN")  # "Tres ONG asistieron a E: A, B": a kind of body)
        or any(
            e.start <= h.start and h.end <= e.end and not generic_body(doc.text, e)
            for e in doc.ents_in(h.start - 200, h.end + 200)
        )
        for h in heads
    ):
        return []
    between = sent.tokens[tok.i + 1 : colon.i]  # ("..., held in C with support from O:": a
    own = {h.i for h in heads}  # ("Organisations taking part in E included: A, B": theirs)
    if any(  # participle or a relative clause on the event is still the act's; a verb with a
        fold(s.word) not in lex.words["relative"]  # subject of its own opens another clause
        and s.i not in own
        for t in between
        if t.upos in ("VERB", "AUX")
        for s in sent.children(t, *_SUBJ)
    ):
        return []
    breaks = lex.words.get("list_breaks", set())
    end = _list_end(sent, colon, breaks)
    if end is None:
        return []
    found = [e for e in doc.ents_in(colon.end, end, types) if e.text and _plausible(sent, e)]
    listed = [e for e in structure.listed_actors(doc, colon.end, end) if e.type in types]
    found = [  # (the list's own reading of its items first: "A y B 21" is two names)
        e
        for e in found
        if not any(x.key != e.key and x.start < e.end and e.start < x.end for x in listed)
    ]
    return list({e.key: e for e in [*found, *listed]}.values())


def _list_end(sent: Sentence, colon: Token, breaks: set[str]) -> int | None:
    """Where the list after a colon ends (an offset), None where a verb takes it as subject."""
    joined: Token | None = None  # the comma of ", and" / ", y": another clause may follow
    after = sent.tokens[colon.i + 1 :]
    for k, t in enumerate(after):
        if t.word == ";" or t.deprel == "mark" or t.upos == "SCONJ" or fold(t.word) in breaks:
            return t.start
        if t.word == "(":
            inside = next((i for i in range(k + 1, len(after)) if after[i].word == ")"), None)
            if any(x.upos in ("VERB", "AUX") for x in after[k + 1 : inside]):
                return t.start  # "A, B and C (D and E have postponed)"
        if t.word == "," and k + 1 < len(after) and after[k + 1].upos == "CCONJ":
            joined = t
        if t.upos in ("VERB", "AUX"):
            return joined.start if joined is not None else None
    return sent.end


def _clause_date(doc: Doc, sent: Sentence, tok: Token, anchor: str | None) -> str | None:
    """The date of a decision's own clause, else of the clauses it hangs in, never of a
    relative clause or a clause beside it ("A, which had backed the text in July, said on
    Monday it would not sign": Monday; "A left in July, followed by B in October": October for
    B)."""
    cur: Token | None = tok
    beside: Token | None = None  # the first clause of a coordination the trigger's is in
    while cur is not None:
        start, end = sent.span(cur)
        own = sent.subtree(cur, CLAUSAL)  # (its words: not a relative clause inside its span)
        said = [d for d in find_dates(doc.text, start, end, anchor) if d.value
                and any(t.start <= d.start < t.end for t in own)]  # fmt: skip
        if cur is beside:  # "A endorsed X in 2016 but later rejected Y": 2016 is X's; "In
            said = [d for d in said if d.start < cur.start]  # 2016, A endorsed X and left Y"
        if any(_AHEAD.search(fold(d.text)) for d in said):
            said = []  # "will not send anyone to the conference next week": not the decision's
        said.sort(key=lambda d: (PRECISION.index(d.kind), d.start))  # (as date_in ranks them)
        if said:
            return said[0].value
        if cur.deprel == "conj" and cur.i > (sent.head(cur) or cur).i:
            beside = sent.head(cur)
        cur = sent.head(cur)
    return anchor if beside is not None else None  # (never the clause beside's date)


_AHEAD = re.compile(r"\b(?:next|coming|proxim[oa]s?|siguiente|prochaine?s?|venidero)\b")


_FULL_DATES = ("iso", "dmy", "mdy")


def _post_date(doc: Doc, at: int) -> str | None:
    """The date of the post a place is in: the date its heading lines (a title and a date
    line, "31 October 2018 | <city>") give; none where the post's headings give none."""
    memo = doc.memo.get("post_dates")
    dates: list[tuple[int, str | None]] = memo if isinstance(memo, list) else []
    if not isinstance(memo, list):  # (where a post's heading lines start, their date)
        for i, u in enumerate(doc.units):
            if u.kind != "heading" or (i and doc.units[i - 1].kind == "heading"):
                continue
            run = [u]
            for v in doc.units[i + 1 :]:
                if v.kind != "heading":
                    break
                run.append(v)
            full = [d.value for v in run for d in find_dates(doc.text, v.start, v.end,
                    doc.document_date) if d.value and d.kind in _FULL_DATES]  # fmt: skip
            dates.append((u.start, full[-1] if full else None))  # (the post's, not the page's)
        doc.memo["post_dates"] = dates
    before = [d for start, d in dates if start <= at]
    return before[-1] if before else None


def _companions(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> list[Ent]:
    """The states a decision's actor joins in it ("would not sign the pact, joining A and B",
    "no firmará el pacto, sumándose a A y B", "ne signerait pas le pacte, rejoignant A"): they
    decided so too."""
    joined: list[Token] = []
    for verb in sent.children(tok, "dep", "advcl", "conj"):
        if verb.i > tok.i and _in_class(lex, sent, verb, "join_group"):
            joined += sent.children(verb, "obj", "obl")
    up = sent.head(tok)  # "C joined A and B in rejecting the pact", "se sumó a A y B en su
    if (  # rechazo", "a rejoint A et B dans leur rejet": A and B had done so
        up is not None
        and up.i < tok.i
        and tok.deprel.split(":")[0] in ("advcl", "obl", "xcomp")
        and _in_class(lex, sent, up, "join_group")
    ):
        joined += [c for c in sent.children(up, "obj", "obl") if c.i < tok.i and c is not tok]
    for obj in sent.children(tok, "obj", "obl"):  # a parser's "joining" hung on its object
        if any(v.i < obj.i and _in_class(lex, sent, v, "join_group")
               for v in sent.children(obj, "amod", "acl")):  # fmt: skip
            joined.append(obj)
    out: list[Ent] = []
    for obj in joined:
        for conj in sent.conjuncts(obj):
            out += [e for e in doc.ents_in(*sent.span(conj, CLAUSAL | {"conj", "appos"}))
                    if e.type == "Government" and e not in out]  # fmt: skip
    return out + [e for e in _likewise(doc, lex, sent, tok) if e not in out]


_BESIDE_GAP = re.compile(r"\s*(?:(?:the|la|el|los|las|le|les|l')\s*)?", re.I)


_ACRONYM_FIRST = re.compile(r"^\s*\([^()]{1,20}\)")


def _detour(sent: Sentence, start: int, end: int, gap: str) -> bool:
    """A verbless aside between two names of a list ("B, through its department of X, and C"):
    no verb, no stop, and the list's own joint at its end."""
    if any(c in gap for c in ".;:") or not _LIST_GAP.search(gap.rstrip() + " "):
        return False
    inside = [t for t in sent.tokens if start <= t.start and t.end <= end]
    return not any(t.upos in ("VERB", "AUX") for t in inside) and gap.lstrip().startswith(",")


def _together_with(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...],
    words_of: str = "together_with",
) -> list[Ent]:  # fmt: skip
    """The actors named right after "together with", "junto con", "aux côtés de" (lexicon
    together_with) in the trigger's own clause ("co-facilitated the talks together with B and
    C"): they took part beside the subject. With `words_of="alliance_with"`: the bodies named
    after "in partnership with", "con la colaboración de", "en partenariat avec", who back the
    act as partners of its doer."""
    phrases = [p.split() for p in lex.words.get(words_of, set())]
    mine = {t.i for t in sent.subtree(tok, CLAUSAL - {"conj"})}
    words = [fold(t.word) for t in sent.tokens]
    out: list[Ent] = []
    for p in phrases:
        for i in range(len(words) - len(p) + 1):
            if words[i : i + len(p)] != p or i not in mine:
                continue
            at = sent.tokens[i + len(p) - 1].end
            for t in sent.tokens[i + len(p) :]:
                if t.upos != "DET" and t.start >= at:
                    break
                at = max(at, t.end)  # an article, also one written into "du", "del"
            for e in sorted(doc.ents_in(at, sent.end), key=lambda e: e.start):
                if e.start < at or e.end > sent.end:
                    continue
                if (
                    out
                    and re.fullmatch(r"\s*\(\s*", doc.text[at : e.start])
                    and doc.text[e.end : e.end + 1] == ")"
                ):  # "B (BB), C": the bracketed acronym is B's own name
                    at = e.end + 1
                    continue
                gap = _ACRONYM_FIRST.sub("", doc.text[at : e.start], count=1)  # "B (BB), C"
                if not (
                    _BESIDE_GAP.fullmatch(gap)
                    or (out and _LIST_GAP.fullmatch(gap))
                    or (out and words_of == "alliance_with" and _detour(sent, at, e.start, gap))
                ):
                    break
                if e.type in types and e not in out:
                    out.append(e)
                at = e.end
    return out


def _after_semicolon(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The names of a list of actors that goes on after a semicolon ("acudieron A, titular
    de X; B, de Y; C, de Z, y D"), which a parser hangs on the verb as a bare oblique: each
    of them (and its conjuncts) acts too."""
    out: list[Ent] = []
    for c in _semicolon_heads(sent, tok):
        apposed = [a for a in sent.children(c, "appos") if a.upos == "PROPN"]
        for k in sent.conjuncts(c) + apposed:
            ent = _entity(doc, lex, sent, k, types)
            titled = sent.children(k, "appos", "amod")  # ("y C, subsecretaria de X": a person
            if ent is None and "Person" in types and k.upos == "PROPN" and titled:
                ent = _new_person(doc, sent, k)  # with what she is, in a list of people)
            if ent is not None and ent not in out and ent.start <= k.start < ent.end:
                out.append(ent)
    return out


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _series_editions(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> list[Ent]:
    """The known meeting of a series a verb's object or oblique names with its place or year
    ("attended the <series> in <city>", "took part in the 2017 <series>", "participó en la
    <serie> de <ciudad>"): the edition held there or then (the year of the sentence, else of
    the text); none when the series has no such edition or two are as good."""
    out: list[Ent] = []
    heads = [c for h in sent.children(tok, "obj", *_OBL) for c in sent.conjuncts(h)]
    for c in heads:
        named = [
            e
            for e in doc.ents_in(c.start - 200, c.end + 200)
            if e.id and e.type != "Event" and e.start <= c.start and c.end <= e.end
        ]
        if not named or not _has_editions(doc, named[0]):
            continue
        series = named[0]
        places = [
            t.word
            for t in sent.tokens
            if t.upos == "PROPN"
            and t.head in (c.i, tok.i)
            and not series.start <= t.start < series.end
            and (_case_ok(lex, sent, t, "at") or _case_ok(lex, sent, t, "place"))
        ]
        year = _YEAR_WORD.search(doc.text, sent.start, sent.end)
        before = (
            fold_slice(doc.text, max(sent.start, year.start() - 12), year.start()) if year else ""
        )
        if set(before.split()) & lex.words.get("since_words", set()):
            continue  # "has attended the <series> since 2007": many meetings, none alone
        when = year.group() if year else (doc.document_date or "")[:4] or None
        edition = events_patterns._edition(doc, series, when, places[:1], new=False)
        if edition is None and places and year is None:
            edition = events_patterns._edition(doc, series, None, places[:1], new=False)
        if edition is not None and all(o.id != edition.id for o in out):
            out.append(edition)
    return out


def _has_editions(doc: Doc, series: Ent) -> bool:
    """Whether a known body is a series of meetings: a known event's name or alias holds its
    name or acronym as whole words ("<ACRONYM> 2017", "<Series> 2016 (<city>)")."""
    if series.type == "Government" or not series.id:
        return False
    entry = doc.gz.entry(series.id)
    names = {fold(n) for n in (series.name, *(entry.aliases if entry else ())) if len(n) >= 3}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    return bool(names) and any(
        pattern.search(fold(n))
        for event in doc.gz.of_type("Event")
        for n in (event.name, *event.aliases)
    )


def _affiliation_aside(lex: Lexicon, sent: Sentence, tok: Token, c: Token) -> bool:
    """An of-phrase after a comma that a parser hangs on the verb, in a list of people after
    it ("acudieron A, de X; B, de la Comisión Y, y C"): whose each one is, never where."""
    if c.i < tok.i or not _case_ok(lex, sent, c, "of"):
        return False
    first = min((t for t in sent.subtree(c) if t.upos != "PUNCT"), key=lambda t: t.i)
    return first.i > 0 and sent.tokens[first.i - 1].word == ","


def _in_charge(lex: Lexicon, sent: Sentence, tok: Token, names: bool = True) -> list[Token]:
    """The people a part of a meeting, as the subject, is said to be in the charge of ("la
    clausura estuvo a cargo de A y B", "la apertura corrió a cargo de A"): a parser makes the
    name the copula's head or the verb's object; none under a negation, a modal or a future.
    With `names` False, the phrases after "a cargo de" whatever their head ("de la ministra P
    y de delegados de A")."""
    up = sent.head(tok)
    phrases = lex.words.get("in_charge", set())
    if up is None or not tok.deprel.startswith("nsubj"):  # (a parser's clause on the noun:
        up = next((c for c in sent.children(tok, "acl") if c.i > tok.i), None)  # "estuvo")
    if up is None or not phrases:
        return []
    if sent.children(up, "cop"):
        heads, verbs = [up], sent.children(up, "cop")
    else:
        heads, verbs = sent.children(up, "obj", *_OBL), [up]
    heads = [h for h in heads if h.i > tok.i and (h.upos == "PROPN" or not names)]
    negation = lex.words.get("negation", set())
    perfect = lex.words.get("perfect_aux", set())
    tense = lex.suffixes.get("future_suffixes", ()) + lex.suffixes.get("conditional_suffixes", ())
    if any(fold(c.word) in negation for c in sent.children(up, "advmod", "neg")) or any(
        lex.lemma(c.word) not in perfect for c in sent.children(up, "aux")
    ):
        return []
    if any(fold(v.word).endswith(tense) or v.word.lower().endswith(("rá", "rán")) for v in verbs):
        return []  # ("la clausura estará / será / correrá a cargo de P": to come)
    out: list[Token] = []
    for h in heads:
        for case in sent.children(h, "case"):
            said = " ".join(fold(w.word) for w in [case, *sent.children(case, "fixed")])
            if said not in phrases:
                continue
            if not names:
                out += [k for k in sent.conjuncts(h) if k not in out]
                continue
            for k in sent.conjuncts(h):  # ("y del diputado P": the name beside the title)
                named = [k] if k.upos == "PROPN" else [
                    a for a in sent.children(k, "appos") if a.upos == "PROPN"]  # fmt: skip
                out += [n for n in named if n not in out]
    return out


def _not_said_as_fact(lex: Lexicon, sent: Sentence, verb: Token) -> bool:
    """Whether a verb (or a copula's head) is negated, hedged or in a future or conditional
    tense: its own words, its copula and its auxiliaries."""
    said = _reading(lex, sent, verb)
    if said.negated or said.hedged or said.future or said.conditional or said.question:
        return True
    negation = lex.words.get("negation", set())
    perfect = lex.words.get("perfect_aux", set())
    tense = lex.suffixes.get("future_suffixes", ()) + lex.suffixes.get("conditional_suffixes", ())
    if any(fold(c.word) in negation for c in sent.children(verb, "advmod", "neg")):
        return True
    if any(lex.lemma(c.word) not in perfect for c in sent.children(verb, "aux")):
        return True
    words = [verb, *sent.children(verb, "cop")]
    return any(w.upos in ("VERB", "AUX") and fold(w.word).endswith(tense) for w in words)


def _own_agent(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether an act's noun names its own actor in an of-phrase ("el retiro de EEUU del
    pacto", "the withdrawal of A"): a name there that is no process, text or event."""
    for c in sent.children(tok, "nmod"):
        if c.i < tok.i or c.upos != "PROPN" or not _case_ok(lex, sent, c, "of"):
            continue
        named = [e for e in doc.ents_in(*sent.span(c, CLAUSAL | {"nmod", "appos"}))]
        if not any(e.type in ("Process", "Document", "Event") for e in named):
            return True
    return False


def _in_charge_people(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> list[Ent]:
    """The people named right after "a cargo de" when the part of a meeting is the subject and
    a parser flattens a list of titles and names into one name ("la sesión inaugural estuvo a
    cargo del Ministro de X, P, el Presidente de C, Q, y ..."): every person up to the next
    verb or relative word; none under a negation or a future."""
    phrases = lex.words.get("in_charge", set())
    words = [fold(t.word) for t in sent.tokens]
    at = next(
        (
            (i, n)
            for i in range(tok.i + 1, min(len(words), tok.i + 6))
            for n in (3, 2, 4)
            if " ".join(words[i : i + n]) in phrases
        ),
        None,
    )
    if at is None:
        return []
    i, n = at
    between = sent.tokens[tok.i + 1 : i]
    negation = lex.words.get("negation", set())
    tense = lex.suffixes.get("future_suffixes", ()) + lex.suffixes.get("conditional_suffixes", ())
    if any(t.upos == "NOUN" or fold(t.word) in negation for t in between):
        return []  # (another noun between: not the part's own verb)
    verbs = [t for t in between if t.upos in ("VERB", "AUX")]
    if not verbs or any(fold(v.word).endswith(tense) for v in verbs):
        return []
    stops = lex.words.get("relative_words", set()) | {"que", "quien", "quienes", "cual"}
    end = sent.tokens[i + n - 1].end
    for t in sent.tokens[i + n :]:
        if t.upos == "VERB" or fold(t.word) in stops or t.word in (";", ":"):
            break
        end = t.end
    return doc.ents_in(sent.tokens[i + n - 1].end, end, ("Person",))


def _semicolon_heads(sent: Sentence, tok: Token) -> list[Token]:
    """The names a parser hangs on a verb after a semicolon, with no preposition."""
    out: list[Token] = []
    for c in sent.children(tok, "obl", "obj", "dep", "parataxis"):
        words = [t for t in sent.subtree(c) if t.upos != "PUNCT"]  # (the ";" may hang on it)
        first = min(words or [c], key=lambda t: t.i)
        if c.i < tok.i or sent.children(c, "case") or c.upos != "PROPN":
            continue
        if first.i > 0 and sent.tokens[first.i - 1].word == ";":
            out.append(c)
    return out


def _on_behalf(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """The body an act is done on behalf of ("spoke on behalf of O", "intervino en nombre de
    O", "au nom de O"; lexicon behalf_nouns)."""
    nouns = lex.words.get("behalf_nouns", set())
    out: list[Token] = []
    for c in sent.children(tok, *_OBL):
        if lex.lemma(c.word) in nouns or fold(c.word) in nouns:
            out += [o for o in sent.children(c, "nmod") if _case_ok(lex, sent, o, "of")]
        elif any(fold(f.word) in nouns for k in sent.children(c, "case")
                 for f in sent.children(k, "fixed")):  # fmt: skip
            out.append(c)  # ("en nombre de O": a parser's fixed preposition)
    return out


def _group_said_of(lex: Lexicon, sent: Sentence, noun: Token) -> list[Token]:
    """The names a group noun with a relative clause is said of by a copula: "A and B are
    among the countries that have left", "A is one of the states that ...", "Among those who
    will not sign are A and B", "A y B están entre los países que ...", "A et B font partie des
    pays qui ...": A (its conjuncts B). Only a noun of states or groups, or a pronoun."""
    nouns = lex.words["state_nouns"] | lex.words["group_nouns"] | lex.words["part_nouns"]
    nouns = nouns | lex.words["org_nouns"]  # ("A is one of the organisations that took part")
    named = {lex.lemma(noun.word), fold(noun.lemma)}
    if noun.upos not in ("PRON", "DET", "NUM") and not named & nouns:
        return []
    up = sent.head(noun)
    for holder in (noun, up):
        if holder is None:
            continue
        if sent.children(holder, "cop") or lex.lemma(holder.word) in lex.words["among_verbs"]:
            subj = [c for c in sent.children(holder, "nsubj") if c is not noun and c.i != noun.i]
            if subj and subj[0].upos in ("PROPN", "NOUN"):
                return subj[:1]
        if holder is up and holder.upos == "PROPN" and sent.children(holder, "cop"):
            return [holder]  # "Among those who ... are A and B"
        verb = sent.head(holder) if holder is up and holder.deprel == "obj" else None
        if verb is not None and lex.lemma(holder.word) in lex.words["part_nouns"]:
            subj = sent.children(verb, "nsubj")  # "A et B font partie des pays qui ..."
            if subj and subj[0].upos in ("PROPN", "NOUN"):
                return subj[:1]
    return []


def _likewise(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> list[Ent]:
    """The states named right after a decision's words of "the same" ("A left the pact, as did
    B and C", "A abandonó el pacto, al igual que B", "A a quitté le pacte, tout comme B"; lexicon
    likewise): they decided so too. Only the names that follow the words, up to the next word
    that is no part of a list of names ("as did B in July": B)."""
    phrases = [p.split() for p in lex.words.get("likewise", set())]
    if not phrases:
        return []
    words = sent.tokens
    for i in range(tok.i + 1, len(words)):
        for parts in phrases:
            seq = words[i : i + len(parts)]
            if len(seq) != len(parts) or not all(
                p in (fold(t.word), lex.lemma(t.word), fold(t.lemma))
                for p, t in zip(parts, seq, strict=True)
            ):
                continue
            end = i + len(parts)
            stop = end
            while stop < len(words) and (
                words[stop].upos in ("PROPN", "DET", "CCONJ")
                or words[stop].word == ","
                or any(e.start <= words[stop].start < e.end for e in doc.ents_in(
                    words[stop].start, words[stop].end, ("Government",)))
            ):  # fmt: skip
                stop += 1
            if stop == end:
                continue
            return doc.ents_in(words[end].start, words[stop - 1].end, ("Government",))
    return []


def _voted_on(doc: Doc, ent: Ent) -> bool:
    return ent.id is not None and ent.id in doc.gz.voted_documents.values()


def _title_line(doc: Doc, unit: Unit) -> bool:
    """A heading, or a line among the first of the text that is no sentence (no final stop)."""
    if unit.kind == "heading":
        return True
    first = doc.units[:4]
    return unit in first and not doc.text[unit.start : unit.end].rstrip().endswith(".")


# per lexicon: each class's entries by first word, and each first word's classes (a token's
# classes are looked up by its forms: reading every entry of every class for every token and
# frame was two thirds of the extraction's Python time)
_Firsts = tuple[dict[str, dict[str, list[tuple[str, ...]]]], dict[str, set[str]]]
_FIRSTS: dict[int, tuple[Lexicon, _Firsts]] = {}


def _entries_by_first(lex: Lexicon) -> _Firsts:
    found = _FIRSTS.get(id(lex))
    if found is None or found[0] is not lex:
        by_class: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        classes: dict[str, set[str]] = {}
        for cls, entries in lex.triggers.items():
            for entry in entries:
                by_class.setdefault(cls, {}).setdefault(entry[0], []).append(entry)
                classes.setdefault(entry[0], set()).add(cls)
        found = _FIRSTS[id(lex)] = (lex, (by_class, classes))
    return found[1]


def _forms(lex: Lexicon, tok: Token) -> set[str]:
    """The forms a class entry's first word is matched against: lemma, lemmatized word, word."""
    return {fold(tok.lemma), lex.lemma(tok.word), fold(tok.word)}


_ROLE_RELATIONS = ("AFFILIATED_WITH", "MEMBER_OF")


def _in_a_name(doc: Doc, tok: Token) -> bool:
    """Whether the token is a word inside the name of a body, an event or a text."""
    return any(
        e.start <= tok.start and tok.end <= e.end and e.end - e.start > tok.end - tok.start
        for e in doc.ents_in(max(0, tok.start - 200), tok.end + 200)
        if e.text and e.type not in ("Person", "Government", "Place")
    )


def _governed(lex: Lexicon, sent: Sentence, tok: Token, cls: str) -> Token | None:
    """The verb of a word class whose object (or oblique) the trigger noun is."""
    head = sent.head(tok)
    if head is None or tok.deprel.split(":")[0] not in ("obj", "obl", "nsubj", "nmod"):
        return None
    return head if _in_class(lex, sent, head, cls) else None


def _hedged_members(lex: Lexicon, sent: Sentence, sources: list[Ent]) -> list[Ent]:
    """Members of a list that a hedge word qualifies ("A, B y, probablemente, C")."""
    hedges = lex.words["hedge_words"]
    out = []
    for ent in sources:
        toks = [t for t in sent.tokens if ent.start <= t.start and t.end <= ent.end]
        kids = [c for t in toks for c in sent.children(t, "advmod")]
        if any(fold(c.word) in hedges or lex.lemma(c.word) in hedges for c in kids):
            out.append(ent)
    return out


def _bracket_members(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The names a bracket lists right after the group of a plural member noun ("members of C
    (A, B, D)", "membres du C (A, B, D)", "miembros de C (A, B)"): two or more, never one
    (C's acronym: "a member of C (CC)")."""
    owner = _bracket_owner(lex, sent, tok)
    if owner is None:
        return []
    inside = {t.i for t in sent.subtree(owner)}
    opening = next((t for t in sent.tokens[owner.i + 1 :] if t.word == "("), None)
    if opening is None or any(t.i not in inside for t in sent.tokens[owner.i + 1 : opening.i]):
        return []  # (the bracket must close the group's own name)
    close = doc.text.find(")", opening.end, sent.end)
    if close < 0 or not re.search(r"[,;]", doc.text[opening.end : close]):
        return []
    listed = [e for e in structure.listed_actors(doc, opening.end, close) if e.type in types]
    return listed if len(listed) >= 2 else []


def _bracket_owner(lex: Lexicon, sent: Sentence, tok: Token) -> Token | None:
    """The group of a plural member noun ("members of C", "the member states of C"): its
    of-phrase, none where another group is joined to it ("miembros de C (A, B) y de D (E,
    F)": which bracket is whose, no tree says)."""
    up = sent.head(tok)
    if tok.deprel == "compound" and up is not None and up.upos == "NOUN" and up.i > tok.i:
        tok = up  # "the member states of C (A, B, D)": the noun the member word qualifies
    if lex.lemma(tok.word) == fold(tok.word):
        return None  # (a plural noun only)
    owners = [c for c in sent.children(tok, "nmod") if _case_ok(lex, sent, c, "of")]
    if not owners or sent.children(owners[0], "conj"):
        return None
    return owners[0]


def _unit_only(lex: Lexicon, ent: Ent) -> bool:
    """A new name that is only a body's unit ("Executive Committee", "International
    Secretariat", "Junta Directiva"; lexicon unit_nouns, unit_modifiers): no body of its own."""
    if ent.id is not None:
        return False
    said = re.findall(r"[a-z]+", fold(ent.text or ent.name))
    units = lex.words.get("unit_nouns", set())
    mods = lex.words.get("unit_modifiers", set())
    return any(w in units for w in said) and all(
        w in units or w in mods or w + "'" in mods for w in said
    )


def _types(frame: Frame) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from ingest.extract.engine import allowed_types  # the model's ends, read once

    src, tgt = allowed_types(frame.relation)
    return frame.source_types or src, frame.target_types or tgt


# --- slots ---------------------------------------------------------------------------------


def _slot_list(
    doc: Doc,
    lex: Lexicon,
    sent: Sentence,
    tok: Token,
    slots: tuple[str, ...],
    types: tuple[str, ...],
    frame: Frame,
) -> list[Ent]:
    named = sent.children(tok, "obj", "nsubj:pass", *_OBL)
    named = [c for c in named if not _summing_up(lex, sent, tok, c)]
    alike = _likewise(doc, lex, sent, tok) if named else []  # ("A votó a favor, al igual que
    named = [c for c in named if not any(e.start <= c.start < e.end for e in alike)]  # B": who
    if named and frame.mode == "decision":  # "eight countries have withdrawn: A, B and C":
        colon = next((t for t in sent.tokens[tok.i + 1 :] if t.word == ":"), None)  # the
        named = [c for c in named if colon is None or c.i < colon.i]  # list names who acts
    if _passive(sent, tok, lex):  # a passive's agent says who, not on what
        agents = {a.i for a in _agents(lex, sent, tok)}
        named = [c for c in named if c.i not in agents]
        if sent.children(tok, "cop"):  # "O está presidida por P": a copula's named subject
            named += [  # is what the act bears on ("el panel estuvo conformado por": the
                c  # context's meeting)
                for c in sent.children(tok, "nsubj")
                if c.i not in agents and doc.ents_in(*sent.span(c, CLAUSAL | {"appos"}))
            ]
    if named:  # "took part", "a pris la parole": the trigger's own words name nothing
        own = _multiword_parts(lex, sent, tok, frame.trigger)
        named = [c for c in named if lex.lemma(c.word) not in own]
    if named and frame.not_target:  # "spoke about X", "P's address": who or what about
        named = [c for c in named if not _not_target(lex, sent, c, frame.not_target)]
        if "plain" in frame.not_target:  # "in response to", "in her capacity as": no where
            named = [c for c in named if c.deprel == "obj" or _names_a_where(doc, lex, sent, c)]
        if "unnamed" in frame.not_target:  # "the Interior minister": a portfolio names no one
            named = [c for c in named if doc.ents_in(*sent.span(c, CLAUSAL | {"appos"}))]
    delegation = next((x for x in frame.source if x.split(":")[0] == "delegation_members"), None)
    if named and delegation:  # "the delegation included A", "the panel brought together A": who
        _, _, nouns = delegation.partition(":")
        members = {c.i for c in _slot_heads(lex, sent, tok, "delegation_members", nouns)}
        named = [c for c in named if c.i not in members]
    if named and "late_subject" in frame.source:  # "asistieron representantes de A": who
        late = {c.i for c in _slot_heads(lex, sent, tok, "late_subject", "")}
        late |= {c.i for c in _semicolon_heads(sent, tok)}  # ("acudieron A, de X; B, de Y")
        named = [c for c in named if c.i not in late and not _affiliation_aside(lex, sent, tok, c)]
    if named and frame.relation == "PARTICIPATED_IN":  # "asistió como invitada": a parser's
        guests = lex.words.get("attendee_role", set())  # object with "as" is a role, never
        named = [
            c
            for c in named
            if not (
                c.deprel == "obj"
                and lex.lemma(c.word) in guests
                and any("as" in lex.case_class(m.word) for m in sent.children(c, "mark", "case"))
            )
        ]  # where
    if named and frame.relation == "PARTICIPATED_IN" and "object" in frame.source:
        named = [c for c in named if c.deprel != "nsubj:pass"]  # ("A and B were represented":
        # who, not where)
    if named and "among_oblique" in frame.source:  # "ont participé, dont A et B": who
        named = [c for c in named if not any(
            n.upos == "PRON" and n.i < c.i and "among" in lex.case_class(n.word)
            for n in sent.children(c, "nmod"))  # ("took part, including A and B": who)
            and not any("among" in lex.case_class(k.word)
                        for k in sent.children(c, "case"))]  # fmt: skip
    # "a report convened by A": a participle on a noun bears on that noun, never on the focus
    # ("those present": a pronoun's adjective bears on no noun)
    up = sent.head(tok)
    if "focus:resolution" in slots:  # "abstained in the vote", "se abstuvo en la votación":
        acts = lex.words.get("act_nouns", set())  # the act's own noun (or a reflexive "se" a
        own = lex.words.get("reflexive", set())  # parser made an object) names no text
        named = [
            c for c in named
            if fold(c.word) not in own
            and (lex.lemma(c.word) not in acts or doc.ents_in(*sent.span(c, CLAUSAL | {"appos"})))
            and not sent.children(c, "cop")  # ('the states that voted "no" were A, B': a
        ]  # fmt: skip                          # parser's object of the verb is the copula's)
    explicit = bool(named) or (
        tok.deprel in ("acl", "amod")
        and _passive(sent, tok, lex)
        and not (up is not None and up.upos in ("DET", "PRON"))
        and not (tok.upos == "ADJ" and "among:adj" in frame.source)  # ("entre las organizaciones
        # firmantes están A": the noun is who signed, the text the context's)
        and not (  # ("Étaient présents A et B": the noun is who, the event the context's)
            "late_subject" in frame.source
            and up is not None
            and up in _slot_heads(lex, sent, tok, "late_subject", "")
        )
    )
    # "por parte del gobierno acudieron A y B": an oblique that names no where leaves the event
    # to the context
    # (an oblique with no preposition, a word of a person's name: a parser's reading of a list)
    semis = _semicolon_heads(sent, tok)  # ("intervinieron A, de X; B, de Y": B acts too)
    patients = ("obj", "nsubj:pass", "nsubj")  # (a copula's passive's subject: _slot_list)
    where = [c for c in named if (c.deprel in patients and c not in semis) or (
        sent.children(c, "case") and not _a_person(doc, c)
        and _names_a_where(doc, lex, sent, c))]  # fmt: skip
    # "did not join the Declaration": an object that names a text, a body or a person says
    # what the act bears on, even in a decision: never the process in focus instead
    named_object = (
        any(
            c.upos == "PROPN"
            or any(
                e.text and e.type not in types
                for e in doc.ents_in(*sent.span(c, CLAUSAL | {"appos"}))
            )
            for c in named
            if c.deprel in ("obj", "nsubj:pass")
            and not sent.children(c, "case")  # (a parser's "obj" with a preposition: "al X")
        )
        and "object" in slots
    )  # fmt: skip (a frame that reads its end in the object)
    for slot in slots:
        if slot == "focus:process" and named_object:
            break
        if (
            slot == "focus:process"
            and any(s.split(":")[0] in ("object", "oblique", "nmod") for s in slots)
            and _other_end(doc, lex, sent, named, types)
        ):  # (a frame that reads no object, "prefers to wait for parliament", has none)
            other = doc.memo.setdefault("other_end", set())
            assert isinstance(other, set)
            other.add((frame.relation, sent.start, tok.i))  # (no other reader takes the focus)
            break
        if (
            slot.startswith("focus")
            and slot != "focus:body"  # (who acts, not what the act bears on)
            and explicit
            and (frame.mode == "fact" or slot == "focus:event")
            and (slot != "focus:event" or where or not named)
        ):
            break  # the sentence names what the act bears on: never guess it from context
        if (
            slot == "focus:event"
            and frame.relation == "ORGANIZED"
            and _holds_no_meeting(doc, lex, sent, tok)
        ):
            break  # "a tenu à rappeler que", "convocó a los gobiernos a firmar": no meeting
        if slot == "focus:government" and _body_title(lex, sent, tok):
            break  # "Assembly President P": the title of a body, not of a state
        after = sent.tokens[tok.i + 1] if tok.i + 1 < len(sent.tokens) else None
        if slot == "focus:government" and after is not None and after.word == ":":
            break  # "Président : P (Association X)", a list's label: the list's, no state's
        up = sent.head(tok) if tok.deprel == "appos" else None
        near = sent.children(tok, "appos", "conj") + (
            [c for c in sent.children(up, "appos") if c is not tok] if up is not None else []
        )
        if slot == "focus:government" and any(_title_word(lex, c) for c in near):
            break  # "P, Ambassador, Head of the Delegation of X": whose ambassador is said there
        if (
            slot != "title_of"
            and "title_of" in slots
            and types == ("Government",)
            and _title_of_other(doc, lex, sent, tok)
        ):
            break  # "présidente de l'Association X (Mali)": the association's, no state's
        found = _slot(doc, lex, sent, tok, slot, types)
        if found:
            return found
    return []


def _summing_up(lex: Lexicon, sent: Sentence, tok: Token, c: Token) -> bool:
    """An object after the verb, a comma between, whose noun sums the clause up with an
    indefinite article ("A will not sign, a decision criticised by B", "no firmará, una
    decisión ..."): no object of the verb (a parser's reading of an apposition)."""
    if c.deprel != "obj" or c.i <= tok.i + 1:
        return False
    first = min([c.i, *(d.i for d in sent.children(c, "det"))])
    return (
        sent.tokens[first - 1].word == ","
        and lex.lemma(c.word) in lex.words.get("summary_nouns", set())
        and any(fold(d.word) in lex.words.get("indefinite", set()) for d in sent.children(c, "det"))
    )


def _decision_before(
    doc: Doc, sent: Sentence, tok: Token, relation: str
) -> tuple[Ent, dict[str, object]] | None:
    """The decision (of a relation) that a "followed suit" repeats: the last one the rules
    read before the trigger in its paragraph ("A left the pact. B and C followed suit", "A
    rejected the pact, and B followed"), with its properties; none where the paragraph told
    none (a trigger that follows something else)."""
    told = doc.memo.get("decisions")
    if not isinstance(told, list):
        return None
    unit = next((u for u in doc.units if u.start <= tok.start < u.end), None)
    for rel, where, at, target, props in reversed(told):
        if rel != relation or at >= tok.start or unit is None:
            continue
        if where.paragraph != unit.paragraph:
            return None
        return target, props
    return None


def _meeting_name(lex: Lexicon, name: str) -> bool:
    """Whether a new event's name has a word of a meeting ("Summit on X", "reunión con el
    ministro"), unlike a headline that a layout took for one ("A says no, will skip B")."""
    words = set(re.findall(r"\w+", fold(name)))
    return bool(words & (EVENT_KEYWORDS | lex.words.get("event_nouns", set())))


def _other_end(
    doc: Doc, lex: Lexicon, sent: Sentence, named: list[Token], types: tuple[str, ...]
) -> bool:
    """Whether an act's object or from-oblique says it bears on something other than a
    process, so that the process in focus is not meant: a common noun that is no process's,
    text's or act's noun ("withdrew its ambassador", "left the room", "retiró a su embajador"),
    a name of another kind ("withdrew from the Human Rights Council"). "Withdrew its support",
    "postponed its decision" and a pronoun still leave the process to the context."""
    if "Process" not in types:
        return False
    stand = (
        lex.words.get("process_nouns", set())
        | lex.words.get("document_nouns", set())
        | lex.words.get("act_nouns", set())
    )
    # who an act is left or handed to ("deferred its decision to parliament"), not what it is for
    bodies = lex.words.get("own_bodies", set()) | lex.words.get("state_nouns", set())
    for c in named:
        if c.deprel not in ("obj", "nsubj:pass") and not (
            _case_ok(lex, sent, c, "from")
            or (_case_ok(lex, sent, c, "into") and _in_class(lex, sent, c, "title_noun"))
        ):
            continue  # ("retiró a su embajador": a person's "a"; never "en 2019")
        if c.deprel == "obj" and sent.children(c, "case") and not _case_ok(lex, sent, c, "from"):
            continue  # a parser's object with a preposition ("remitió su decisión al X")
        if any(
            {lex.lemma(m.word), fold(m.word)} & lex.words.get("process_nouns", set())
            for m in sent.children(c, "amod", "compound")
            if m.i < c.i
        ):  # a tagger's adjective "compact" ("will not sign the compact, citing sovereignty
            continue  # concerns": "the compact" is the object, "concerns" a clause's)
        if c.upos == "PRON":
            continue
        if lex.lemma(c.word) in lex.words.get("act_nouns", set()) and any(
            o.upos == "NOUN"
            and not {lex.lemma(o.word), fold(o.lemma), fold(o.word)} & (stand | bodies)
            and not find_dates(doc.text, *sent.span(o))
            for o in _act_complements(lex, sent, c)
        ):
            return True  # "withdrew its support for the motion against P": the motion's
        ents = [e for e in doc.ents_in(*sent.span(c, CLAUSAL | {"appos"})) if e.text]
        if any(e.type in types for e in ents) or any(
            e.type == "Government" and e.start <= c.start and c.end <= e.end for e in ents
        ):
            continue  # (its slot reads it; a state is who acts: "the withdrawal of A, B")
        if c.upos == "PROPN" or ents:
            return True
        lemmas = {lex.lemma(c.word), fold(c.lemma), fold(c.word)}
        if c.upos == "NOUN" and not lemmas & stand:
            return True
        if lemmas & lex.words.get("process_nouns", set()) and _other_process(doc, lex, sent, c):
            return True  # "withdrew from the Paris climate agreement"
    return False


def _act_complements(lex: Lexicon, sent: Sentence, act: Token) -> list[Token]:
    """What an act noun is for: its own "for"/"to" phrase ("its support for the motion"), or
    one a parser hangs on the verb right after it ("retiró su apoyo a la moción", "a retiré son
    soutien à la motion")."""
    found = sent.children(act, "nmod")
    verb = sent.head(act)
    if verb is not None:
        found += [o for o in sent.children(verb, "obl") if o.i > act.i and (
                  _case_ok(lex, sent, o, "for") or _case_ok(lex, sent, o, "into"))]  # fmt: skip
    return found


def _other_process(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether a process noun's own words make it another process than the one in focus: a
    name or a noun before it, or a name after "of", that is no word of that process's names
    ("the Paris agreement", "the climate deal", "l'accord de Paris", "el acuerdo de París"),
    unlike "the UN migration pact" or "le pacte de Marrakech"."""
    focal = doc.focal_process
    memo = f"process_stems {focal.key if focal is not None else ''}"  # (once a document)
    stems = cast(set[str] | None, doc.memo.get(memo))
    if stems is None:
        entry = doc.gz.entry(focal.id) if focal is not None and focal.id else None
        names = [focal.name] if focal is not None else []
        if entry is not None:
            names += [entry.name, *entry.aliases, *entry.acronyms]
        stems = {w[:5] for n in names for w in re.findall(r"\w+", fold(n)) if len(w) > 2}
        doc.memo[memo] = stems
    for c in sent.children(tok, "compound", "flat", "nmod"):
        if c.deprel == "nmod" and (c.upos != "PROPN" or not _case_ok(lex, sent, c, "of")):
            continue  # ("the pact on migration")
        if c.upos not in ("PROPN", "NOUN") or fold(c.word)[:5] in stems:
            continue
        near = [e for e in doc.ents_in(c.start - 100, c.end + 100)
                if e.start <= c.start and c.end <= e.end]  # fmt: skip
        if any(e.type in ("IntergovernmentalBody", "Process") for e in near) or (
            not near and c.word.isupper() and len(c.word) <= 4
        ):
            continue  # "the UN pact", "el pacto de la ONU": the body whose process it is
        return True
    return False


def _among_verb(lex: Lexicon, tok: Token) -> bool:
    return bool({lex.lemma(tok.word), fold(tok.lemma)} & lex.words.get("among_verbs", set()))


_ENTRY_WORDS: dict[str, frozenset[str]] = {}


def _entry_words(lex: Lexicon) -> frozenset[str]:
    """The words after the first of the multi-word trigger entries ("support" of "give
    support", "parole" of "prendre parole"), per language."""
    if lex.language not in _ENTRY_WORDS:
        _ENTRY_WORDS[lex.language] = frozenset(
            w for entries in lex.triggers.values() for e in entries for w in e[1:] if len(w) > 3
        )
    return _ENTRY_WORDS[lex.language]


def _multiword_parts(lex: Lexicon, sent: Sentence, tok: Token, cls: str) -> set[str]:
    """The other words of the multi-word entries of a class that the trigger starts and whose
    words are among its dependents ("part" of "take part", "parole" of "prendre parole")."""
    lemmas = {fold(tok.lemma), lex.lemma(tok.word), fold(tok.word)}
    near = {lex.lemma(c.word) for c in sent.children(tok)}
    out: set[str] = set()
    for entry in lex.triggers.get(cls, set()):
        if len(entry) > 1 and entry[0] in lemmas and set(entry[1:]) <= near:
            out |= set(entry[1:])
    return out


def _not_target(lex: Lexicon, sent: Sentence, c: Token, kinds: tuple[str, ...]) -> bool:
    """Whether a dependent is of a kind that names no end the act bears on (a frame's
    not_target: case classes, "poss", "speech")."""
    if c.deprel == "nmod:poss":
        return "poss" in kinds
    if any(_case_ok(lex, sent, c, k) for k in kinds if k not in ("poss", "speech", "plain")):
        return True  # ("sobre las visas" hung as an object too)
    return c.deprel == "obj" and "speech" in kinds and _in_class(lex, sent, c, "speech_noun")


def _a_person(doc: Doc, c: Token) -> bool:
    """Whether a token is a word of a person's name (a parser's oblique in a list of people)."""
    near = doc.ents_in(c.start - 100, c.end + 100, ("Person",))
    return any(e.start <= c.start and c.end <= e.end for e in near)


def _names_a_where(doc: Doc, lex: Lexicon, sent: Sentence, c: Token) -> bool:
    """Whether an oblique says where or through what an act took place: it names something
    (an event, a place, a body) or is a noun of an event, a process or a channel ("in an
    interview", "in an op-ed"), not a phrase such as "in response to" or "in her capacity"."""
    start, end = sent.span(c, CLAUSAL | {"nmod", "appos"})  # its own words ("in her capacity")
    if doc.ents_in(start, end):
        return True
    lemmas = {lex.lemma(c.word), fold(c.lemma), fold(c.word)}
    nouns = ("event_nouns", "process_nouns", "channel_nouns")
    return c.upos == "PROPN" or any(lemmas & lex.words.get(k, set()) for k in nouns)


def _slot(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, slot: str, types: tuple[str, ...]
) -> list[Ent]:
    name, _, arg = slot.partition(":")
    if name == "focus":
        return _focus(doc, sent, arg, types)
    if name in _MEMBER_SLOTS:
        return _member_slot(doc, lex, sent, tok, name, types)
    if name == "speaker":  # "we call for", "nos organisations plaident": the text's author
        return stances.speaker(doc, lex, sent, tok, types)
    if name == "own_text":  # "the appeal was drafted by X", "cette lettre": the text itself
        return _own_text(doc, lex, sent, tok, types, arg or "object")
    if name == "phrase":  # a stance in the actor's own words: "call for <phrase>"
        inner, _, inner_arg = arg.partition(":")
        heads = _slot_heads(lex, sent, tok, inner, inner_arg)
        if inner_arg in ("for", "against"):  # "plaide en faveur de X", "argued in favour of X"
            heads += [
                h
                for h in _in_favour_of(lex, sent, tok, inner_arg)
                if h not in heads
                and (not inner.startswith("change_") or _change_noun(lex, sent, h))
            ]
        if inner.removeprefix("change_") in ("object", "oblique") and _request_clauses(
            lex, sent, tok
        ):
            heads = []  # "urged member states to act": the object is who is asked, no stance
        named = [_stance_process(doc, lex, sent, h) if "Process" in types else None for h in heads]
        named = [
            n or stances.position(doc, lex, sent, h, types)
            for n, h in zip(named, heads, strict=True)
        ]
        return [p for p in named if p is not None]
    if name == "initiative_of":  # "C nació por iniciativa de P y de su esposa Q": P, Q
        return _initiative_of(doc, lex, sent, tok, types)
    if name == "title_of":  # "Minister for Trade and Industry of C", "head of unit of C": C
        return _title_of(doc, lex, sent, tok, types)
    if name == "title_holder" and "Person" in types and not _title_holder(lex, sent, tok):
        # "A and B, researchers at O": a plural title after a list of people, where a parser
        # made it a subject of its own
        listed = _listed_before(doc, lex, sent, tok, types, ("Person",)) or _people_before(
            doc, lex, sent, tok
        )
        if listed and tok.deprel.split(":")[0] in ("nsubj", "appos", "conj", "dep", "root"):
            return listed
    if name == "demonym":  # "Hungarian Foreign Minister P", "le ministre belge de l'Intérieur"
        return _demonym_state(doc, sent, tok, types)
    if name == "among_oblique":  # "thirty groups took part, among them A and B": A, B
        return _among_oblique(doc, lex, sent, tok, types)
    if name == "with_partner":  # "A organised E in cooperation with B": B, beside A
        links = [
            c for c in sent.children(tok, "obl") if _in_class(lex, sent, c, "partnership_noun")
        ]
        withs = [
            c for n in links for c in sent.children(n, "nmod") if _case_ok(lex, sent, c, "with")
        ]
        withs += [  # "en colaboración con B" that a parser makes one fixed case word
            c for c in sent.children(tok, "obl")
            if any(_in_class(lex, sent, f, "partnership_noun")
                   for case in sent.children(c, "case") for f in sent.children(case, "fixed"))
        ]  # fmt: skip
        partners = [k for c in withs for k in sent.conjuncts(c)]
        allies = _together_with(doc, lex, sent, tok, types, "alliance_with")
        beside = [x for x in _ends_of(doc, lex, sent, partners, tok, types) if x not in allies]
        # "organised by A together with B", "junto con B": B beside A
        return beside + [x for x in _together_with(doc, lex, sent, tok, types) if x not in beside]
    if name == "joined_subject":  # "A and B joined C in abstaining / in abstention": A, B
        head = sent.head(tok)
        if (
            head is None
            or tok.deprel.split(":")[0] not in ("obl", "advcl", "nmod")
            or tok.i < head.i
            or not sent.children(tok, "case", "mark")
            or not _in_class(lex, sent, head, "join_group")
        ):
            return []
        subjects = [k for c in sent.children(head, "nsubj") for k in sent.conjuncts(c)]
        return _ends_of(doc, lex, sent, subjects, head, types)
    if name == "with_ally":  # "organised by A in partnership with B": B, A's partner
        return _together_with(doc, lex, sent, tok, types, "alliance_with")
    if name == "states_listed":  # "adopted by 152 countries, among them A and B": A, B (a
        return [  # group of states the subject's noun lists, never one state named alone)
            e for h in _slot_heads(lex, sent, tok, "subject", "")
            if h.upos == "NOUN" and lex.lemma(h.word) in lex.words["state_nouns"]
            for e in _group(doc, lex, sent, h, tok, types)
        ]  # fmt: skip
    if name == "bracket_members":  # "members of C (A, B, D)", "membres du C (A, B, D)": A, B, D
        return _bracket_members(doc, lex, sent, tok, types)
    if name == "bracket_group":  # ... and C itself (its own name, never a list's other group)
        owner = _bracket_owner(lex, sent, tok)
        found = _entity(doc, lex, sent, owner, types) if owner is not None else None
        return [found] if found is not None else []
    if name == "colon_listed":  # "Organisations that took part in E, held in C: A, B and D"
        return _colon_listed(doc, lex, sent, tok, types)
    if name == "own_meeting_for":  # "O met for an internal workshop": never with another
        if any(_case_ok(lex, sent, c, "with") for c in sent.children(tok, *_OBL)):
            return []  # ("met with the minister for a briefing": the minister's, or both's)
        return _slot(doc, lex, sent, tok, "event_oblique:for", types)
    if name == "dropped_subject_event":  # "También reunió a A y B" after a meeting's
        return _dropped_subject_event(doc, lex, sent, tok, types)  # sentence: that meeting
    if name == "quoted_title":  # '"X", a report by O', 'the report "X" by O': X
        found = _quoted_beside(doc, sent, tok) if "Document" in types else None
        return [found] if found is not None else []
    if name == "after_title":  # 'the report "X" by O', 'le rapport « X » de O': O
        return _after_title(doc, lex, sent, tok, arg, types)
    if name in ("current_name", "former_name"):  # "C, formerly B", "C (previously called B)"
        tree = _ends_of(doc, lex, sent, _renamed(lex, sent, tok, name == "former_name"), tok,
                        types)  # fmt: skip
        return tree or _renamed_in_text(doc, lex, sent, tok, name == "former_name", types)
    if name in ("now_current", "now_former"):  # "B, now C", "B (hoy C)": the other way round
        return _renamed_in_text(doc, lex, sent, tok, name == "now_current", types)
    if name == "start_name":  # "founded in 2004 as B", "nació como B": B, a name of its own
        as_names = [
            c
            for c in sent.children(tok, *_OBL, "xcomp")
            if c.upos == "PROPN"
            and any("as" in lex.case_class(m.word) for m in sent.children(c, "case", "mark"))
        ]
        return _ends_of(doc, lex, sent, as_names, tok, types)
    if name in ("renamed_to", "renamed_from"):  # "A was renamed B", "A changed its name to B"
        return _renamed_ends(doc, lex, sent, tok, name == "renamed_to", types)
    if name == "new_name":  # "B, which became C", "se convirtió en C": C, a name after the verb
        heads = [
            c
            for c in sent.children(tok, "obj", "xcomp", *_OBL)  # (never "a member of
            if c.i > tok.i
            and c.upos == "PROPN"  # C": a common noun's phrase)
            and not (c.deprel.startswith("obl") and not _case_ok(lex, sent, c, "into"))
        ]
        return _ends_of(doc, lex, sent, heads, tok, types)
    if name in ("of_which_group", "of_which_members"):  # "C, dont font partie A et B"
        return _of_which(doc, lex, sent, tok, name == "of_which_group", types)
    if name == "dropped_subject":  # "Está coordinada por P", "Est présidée par P"
        return _dropped_subject(doc, lex, sent, tok, types)
    if name == "office_named_before":  # "Assembly President P", "Secretary-General P"
        found = _office_named_before(doc, lex, sent, tok, types)
        return [found] if found is not None else []
    if name == "decision_before":  # "A left the pact. B and C followed suit": what A left
        own = _multiword_parts(lex, sent, tok, "follow_suit")
        for obj in sent.children(tok, "obj"):  # "followed A", "followed her example", never
            if lex.lemma(obj.word) in own | lex.words.get("example_nouns", set()):  # "followed
                continue  # the debate"
            if obj.upos != "PRON" and not doc.ents_in(*sent.span(obj), ("Government",)):
                return []
        followed = _decision_before(doc, sent, tok, arg)
        return [followed[0]] if followed is not None and followed[0].type in types else []
    if name == "voted_text":  # a process where a text is wanted: the resolution it was voted in
        texts: list[Ent] = []
        for head in _slot_heads(lex, sent, tok, name, arg):
            wide = tuple(dict.fromkeys((*types, "Process")))
            text = _entity(doc, lex, sent, head, wide)
            if text is not None and text.type == "Process":
                text = _voted_document(doc, text)
            if text is not None and text.type in types:
                texts.append(text)
        return texts
    if name == "listed_quotes":  # 'convened actions ...: "X", "Y" and "Z"': X, Y, Z
        return _listed_quotes(doc, lex, sent, tok, types)
    if name == "head_subject" and "Event" not in types and _own_agent(doc, lex, sent, tok):
        return []  # "México lamenta el retiro de EEUU del pacto": the act is EEUU's, not México's
    # (a meeting as the subject: "E s'est tenu à l'initiative de O", "E s'est ouvert en
    # présence de P": P's act at E, the meeting no actor)
    if name == "meeting_oblique":  # "During the forum, O stressed": a meeting the sentence
        # names, never a new name with no meeting's noun ("on Migrants Day") nor in a headline
        # ("O Joins Groups in Advance of E")
        k = bisect.bisect_right([u.start for u in doc.units], sent.start) - 1
        if k >= 0 and doc.units[k].kind == "heading":
            return []
        nouns = {
            w
            for lang in ("en", "es", "fr")  # (a name in another language than the line)
            if (other := lexicon(lang)) is not None
            for w in other.words.get("event_nouns", set())
        }
        return [
            e
            for e in _slot(doc, lex, sent, tok, "event_oblique:at", types)
            if e.id is not None or set(re.findall(r"\w+", fold(e.name))) & nouns
        ]
    if name == "session_focus":  # "O facilitated the (first) workshop", "l'atelier « X » a été
        # animé par O": a session's noun is a part of the meeting in focus, a named meeting itself
        agents = {a.i for a in _agents(lex, sent, tok)} | {  # (who acts, never where:
            c.i for c in sent.children(tok, "obj", *_OBL) if _case_ok(lex, sent, c, "by")
        }  # "por")
        nouns = lex.words.get("event_nouns", set())

        def meeting(c: Token) -> bool:
            return bool({lex.lemma(c.word), fold(c.lemma), fold(c.word)} & nouns)

        said = [
            c
            for c in sent.children(tok, "obj", "nsubj:pass", *_OBL)
            if c.i not in agents and (c.upos == "PROPN" or meeting(c))
        ]
        said += [c for c in sent.children(tok, "nsubj") if c.upos == "NOUN" and meeting(c)]
        if any(
            c not in said and c.i not in agents for c in sent.children(tok, "obj", "nsubj:pass")
        ):
            return []  # ("O chairs the working group": no meeting)
        said += [
            n
            for c in said
            if c.upos != "PROPN"
            for n in sent.children(c, "nmod")
            if n.upos == "PROPN" and _case_ok(lex, sent, n, "at")
        ]  # ("a session at E")
        if any(c.upos == "PROPN" for c in said):
            return _ends_of(doc, lex, sent, [c for c in said if c.upos == "PROPN"], tok, types)
        focus = event_here(doc, tok.start)
        return [focus] if focus is not None and focus.type in types else []
    if name == "bracketed":  # "the participating delegations (A, B and C)": each name
        return _bracketed_list(doc, sent, tok, types)
    if name == "in_charge":  # "la inauguración estuvo a cargo de P": P, and each person of a
        tree = _ends_of(doc, lex, sent, _in_charge(lex, sent, tok), tok, types)  # list of
        if "Person" in types:  # titles and names a parser flattened
            keys = {e.key for e in tree}
            tree += [e for e in _in_charge_people(doc, lex, sent, tok) if e.key not in keys]
        return tree
    if name == "reported_event":  # "P stressed", "P destacó", "P a souligné": a report's meeting
        return _reported_event(doc, lex, sent, tok, types)
    if name in ("event_oblique", "new_event_oblique"):  # "invites you to a webinar on X",
        heads = _slot_heads(lex, sent, tok, "oblique", arg)  # never "to a reflection on E"
        spans = lex.words.get("span_nouns", set())  # ("au cours de la journée": the day)
        heads = [n for h in heads for n in (
            sent.children(h, "nmod") if lex.lemma(h.word) in spans else [h])]  # fmt: skip
        nouns = lex.words.get("event_nouns", set())
        heads = [h for h in heads if _named_as(doc, h, types) or lex.lemma(h.word) in nouns]
        reached = _ends_of(doc, lex, sent, heads, tok, types)
        if name == "new_event_oblique":  # (who invites others to a known meeting, or to the
            # one the text is about, does not hold it: "invited its members to the summit")
            reached = [e for e in reached if e.id is None and sent.start <= e.start < sent.end]
        return reached
    heads = _slot_heads(lex, sent, tok, "subject" if name == "body_subject" else name, arg)
    if name == "subject" and "Event" not in types and tok.deprel == "acl":
        # "the forum, held at the offices of X": the meeting is what is held, and no name in
        # its phrase acts
        heads = [h for h in heads if not _meeting_word(doc, lex, h)]
    if name == "subject" and not heads and _first_person_verb(lex, sent, tok):
        return _authors(doc, types)  # "Somos miembros de C", "formamos parte de C": the authors
    comma = tok.i > 0 and sent.tokens[tok.i - 1].word == ","  # ("X, organizada por O")
    if name == "object" and _event_slot(types) and tok.deprel in ("acl", "amod") and comma:
        heads = [_event_above(lex, sent, h) for h in heads]
    if name == "object_name" and not heads:  # "heads the Harbour Workers Centre": a tagger's
        heads = [  # common noun for a word of a name is still the name's
            h for h in _slot_heads(lex, sent, tok, "object", arg)
            if _named_as(doc, h, types)
            and all(_same_name(doc, h, c) for c in sent.children(h, "nmod", "nmod:poss"))
        ]  # fmt: skip
    if name == "body_subject":  # "O addressed E": O itself, never "P of O" (a person spoke)
        kinds = lex.words.get("org_nouns", set())  # ("animé par l'association O": O)
        heads = [next((a for a in sent.children(h, "appos") if _named_as(doc, a, types)), h)
                 if h.upos == "NOUN" and lex.lemma(h.word) in kinds
                 and not _named_as(doc, h, types) else h for h in heads]  # fmt: skip
        heads = [
            h
            for h in heads
            if h.upos == "PRON" or _named_as(doc, h, types) or _such_as(lex, sent, h)
        ]  # ("colectivos como A y B advirtieron": A, B)
    return _ends_of(doc, lex, sent, heads, tok, types)


_LISTED_QUOTE = re.compile(r"[\"\u201c\u00ab]\s*([^\"\u201d\u00bb\n]{3,120}?)\s*[\"\u201d\u00bb]")


def _listed_quotes(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The quoted names a colon lists after the trigger's object when that object is a plural
    noun of actions or meetings ('has convened actions that ...: "X", "Y" and "Z"',
    'a organisé des mobilisations : « X » et « Y »'): each a new event."""
    if "Event" not in types:
        return []
    objs = [
        o for o in sent.children(tok, "obj")
        if lex.in_class("action_nouns", lex.lemma(o.word))
        or lex.in_class("event_nouns", lex.lemma(o.word))
    ]  # fmt: skip
    if not objs or fold(objs[0].word) == lex.lemma(objs[0].word):
        return []  # (a plural noun: "actions", "acciones"; "an action: X" names none)
    text = doc.text
    start, end = sent.tokens[objs[0].i].end, sent.tokens[-1].end
    colon = text.find(":", start, end)
    if colon < 0:
        return []
    found = [m for m in _LISTED_QUOTE.finditer(text, colon, end)]
    if len(found) < 2:
        return []
    between = [text[found[k - 1].end() : found[k].start()] for k in range(1, len(found))]
    if any(not re.fullmatch(r"\s*(?:,|;|,?\s+(?:and|y|e|et))\s*", g) for g in between):
        return []  # only a list of names, nothing between them
    return [doc.add(candidate(m.start(1), m.end(1), m.group(1), m.group(1), "Event", 0.6))
            for m in found]  # fmt: skip


def _renamed_ends(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, new: bool, types: tuple[str, ...]
) -> list[Ent]:
    """ "A was renamed B", "A changed its name to B", "A fue rebautizada B": the old name is
    the passive's subject (the subject of a verb of changing its name), the new one what comes
    after the verb (its object, complement or oblique), never the word "name" itself."""
    own = {w for entry in lex.triggers.get("rename", set()) for w in entry[1:]}
    if not new:
        heads = sent.children(tok, "nsubj:pass")
        named = any(lex.lemma(c.word) in own for c in sent.children(tok, "obj"))
        passive = _passive(sent, tok, lex) or any(
            lex.lemma(c.word) in lex.words["passive_aux"] for c in sent.children(tok, "aux")
        )  # ("fue rebautizada": a parser's plain subject and auxiliary of a passive)
        if not heads and (named or passive):
            heads = sent.children(tok, "nsubj")
        up = sent.head(tok)
        if not heads and up is not None and tok.deprel in ("acl", "amod"):
            heads = [up]  # "B, rebaptisé C en 2015,": the noun the participle is set beside
        return _ends_of(doc, lex, sent, heads, tok, types)
    heads = [c for c in sent.children(tok, "obj", "xcomp", *_OBL)
             if c.i > tok.i and lex.lemma(c.word) not in own]  # fmt: skip
    heads += [  # "a pris le nom de C", "adopted the name C": the name the noun is of
        n
        for c in sent.children(tok, "obj")
        if lex.lemma(c.word) in own
        for n in sent.children(c, "nmod", "appos", "flat", "compound")
        if n.i > c.i and n.upos == "PROPN"
    ]
    return _ends_of(doc, lex, sent, heads, tok, types)


def _of_which(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, group: bool, types: tuple[str, ...]
) -> list[Ent]:
    """ "C, dont font partie A et B", "C, de la que forman parte A y B": a relative clause on
    C whose pronoun is the "of" of "part of": the group is the noun the clause hangs on, the
    members the names the clause lists after the trigger's words (a parser may hang them
    anywhere)."""
    up = sent.head(tok)
    if up is None or not tok.deprel.startswith("acl") or tok.i < up.i:
        return []
    of_which = lex.words.get("of_which", set())
    rel = [
        c for c in sent.children(tok) if c.i < tok.i
        and (c.upos == "PRON" or fold(c.word) in lex.words["relative"])  # ("which": a DET too)
        and (fold(c.word) in of_which or any(
            "of" in lex.case_class(k.word) for k in sent.children(c, "case")))
    ]  # fmt: skip
    if not rel:
        return []
    if group:
        ent = _owner_entity(doc, lex, sent, up, types)
        return [ent] if ent is not None else []
    subjects = [c for c in sent.children(tok, "nsubj") if c not in rel]
    if subjects:  # "C, dont A fait partie"
        return _ends_of(doc, lex, sent, subjects, tok, types)
    own = {w for entry in lex.triggers.get("join_org", set()) for w in entry[1:]}
    end = tok.end
    for t in sent.tokens[tok.i + 1 : tok.i + 3]:  # past the trigger's other words ("partie")
        if lex.lemma(t.word) in own or fold(t.word) in own:
            end = t.end
    out: list[Ent] = []
    for e in doc.ents_in(end, sent.end, types):
        gap = doc.text[end : e.start]
        words = [w for w in re.split(r"[\s,]+", gap) if w]
        joiners = lex.words.get("list_joiners", set())
        if e.text is None or any(fold(w) not in joiners for w in words):
            break
        out.append(e)
        end = e.end
    return out


def _dropped_subject(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """A passive whose subject a language leaves out ("Está coordinada por P desde 2018"):
    the subject of the sentence before, when this one opens with the verb or its auxiliary
    and has no subject of its own (nor a clause the verb hangs on that has one)."""
    if tok.deprel != "root" or not _passive(sent, tok, lex):
        return []
    if sent.children(tok, "nsubj", "nsubj:pass", "expl", "csubj"):
        return []
    first = next((t for t in sent.tokens if t.upos != "PUNCT"), None)
    opening = [tok, *sent.children(tok, "aux", "aux:pass", "cop")]
    if first is None or first not in opening:
        return []
    found, _ = _previous_subject(doc, lex, sent, tuple(t for t in types if t in _ORGS))
    return [found] if found is not None else []


def _authors(doc: Doc, types: tuple[str, ...]) -> list[Ent]:
    """Who "we" are: the authors the text's title lines name, else its author; none where the
    text names none (never the subject of the sentence before)."""
    named = doc.memo.get("authors") or structure.title_authors(doc)
    authors = list(named) if isinstance(named, list) and named else []
    authors = authors or ([doc.author] if doc.author is not None else [])
    return [a for a in authors if a.type in types]


def _first_person(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """ "we", "nous", "nosotras", or a noun the first person owns that stands for a body ("our
    network", "nuestra organización", "notre réseau")."""
    first = lex.words.get("first_person", set())
    if tok.upos == "PRON":
        return fold(tok.word) in first
    nouns = lex.words.get("org_nouns", set()) | lex.words.get("body_nouns", set())
    return lex.lemma(tok.word) in nouns and any(
        fold(d.word) in first for d in sent.children(tok, "det", "nmod:poss")
    )


def _first_person_verb(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A clause with no subject whose verb or copula is in the first person plural ("Somos
    miembros de C", "formamos parte de C"; lexicon first_person_suffixes), up the coordinated
    and controlled verbs that share its subject."""
    endings = lex.suffixes.get("first_person_suffixes", ())
    cur: Token | None = tok
    for _ in range(4):
        if not endings or cur is None or sent.children(cur, "nsubj", "csubj", "expl"):
            return False
        verbs = [cur, *sent.children(cur, "cop", "aux")]
        if any(v.upos in ("VERB", "AUX") and fold(v.word).endswith(endings) for v in verbs):
            return True
        if cur.deprel not in ("conj", "xcomp"):
            return False
        cur = sent.head(cur)
    return False


def _ends_of(
    doc: Doc, lex: Lexicon, sent: Sentence, heads: list[Token], tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The entities a slot's heads and their conjuncts stand for, each once, in order."""
    out: list[Ent] = []
    for head in heads:
        _entities(doc, lex, sent, head, tok, types)  # (a new name may name its list's others:
        for conj in _coordinated(doc, sent, head):  # parsed_names.listed_org)
            for ent in _entities(doc, lex, sent, conj, tok, types):
                if all(e.key != ent.key for e in out):
                    out.append(ent)
    return out


def _title_of(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The body of a title: the last "of" phrase of the title's own words that names one
    ("Regional Representative for Asia of the Office", "Minister for Trade and Industry of
    C", "head of the unit of C"); not the words of another title or person coordinated with
    it ("president of A and director of B": A for the president)."""
    others = {c.i for c in sent.children(tok, "conj") if _title_word(lex, c)
              or (c.upos == "PROPN" and any(e.type == "Person"
                                            for e in doc.ents_in(c.start, c.end)))}  # fmt: skip
    stop = (CLAUSAL - {"conj"}) | {"appos", "nmod:poss"}
    found: list[Ent] = []
    owned: set[int] = set()  # the of-phrases an owner's name closed ("of O's office for C")
    for t in sent.subtree(tok, stop):
        if t is tok or t.deprel.split(":")[0] not in ("nmod", "obl"):
            continue
        if any(a.i in others or a.i in owned for a in sent.ancestors(t)) or t.i in others:
            continue
        if t.i < tok.i:
            continue
        owner = _office_owner(doc, lex, sent, tok, t, types)
        if owner is not None:
            found = [owner]
            owned.add(t.i)
            continue
        if t.head == tok.i and _case_ok(lex, sent, t, "for") and t.word[:1].isupper():
            office = _office_named_before(doc, lex, sent, t, types)  # "spokesman for the
            if office is not None:  # Secretary-General": its body
                found = [office]
                continue
        # ("head of advocacy for O", "chargée de plaidoyer pour O": the title's own words)
        for_body = tok.i in (t.head, sent.tokens[t.head].head) and _case_ok(lex, sent, t, "for")
        at_body = (
            _case_ok(lex, sent, t, "title_at")
            and (
                t.head == tok.i
                or (  # "chargée de plaidoyer au X": at the body, after the title's own words
                    sent.tokens[t.head].head == tok.i
                    and sent.tokens[t.head].upos == "NOUN"
                    and not sent.tokens[t.head].word[:1].isupper()
                    and _named_as(doc, t, types)
                )
            )
        )
        if (
            not _case_ok(lex, sent, t, "of") and not for_body and not at_body
        ):  # ("a researcher at O", "a lawyer with O", "juriste chez O")
            continue
        for conj in _coordinated(doc, sent, t):
            # "legal adviser for O": a body, never a state the title is about ("envoy for C")
            want = tuple(x for x in types if x != "Government") if for_body and not _case_ok(
                lex, sent, t, "of") else types  # fmt: skip
            ent = _entity(doc, lex, sent, conj, want)
            if ent is not None and ent.start <= tok.start < ent.end:
                continue  # a "name" that holds the title itself ("President of the Assembly")
            if ent is not None and _inside_other_name(doc, ent):
                continue  # "president of the Workers Union of <city>": the union's, no state's
            beside = (
                ent is not None
                and ent.type == "Government"
                and not (ent.start <= conj.start < ent.end)
            )  # "présidente de l'Association X (Mali)": the country beside the body
            if beside and any(
                e.type != "Government" and e.start <= conj.start < e.end
                for e in doc.ents_in(conj.start - 200, conj.end + 200)
            ):
                continue
            posted = at_body and not _case_ok(lex, sent, t, "of") and found
            if ent is not None and ent.type == "Government" and posted:
                continue  # "embajador de México en Colombia": where the post is, not whose
            if ent is not None:
                found = [ent] if conj is t else [*found, ent]
    return found


def _office_owner(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, t: Token, types: tuple[str, ...]
) -> Ent | None:
    """The owner of a title's unnamed office ("Regional Director of O's Regional Office for
    C", "head of O's Geneva bureau"): O, not the region or state the office serves."""
    if t.head != tok.i or not _case_ok(lex, sent, t, "of"):
        return None
    if any(e.start <= t.start < e.end for e in doc.ents_in(t.start, t.end)):
        return None  # the phrase is a name of its own
    for c in sent.children(t, "nmod:poss"):
        ent = _entity(doc, lex, sent, c, tuple(x for x in types if x != "Government"))
        if ent is not None and ent.type != "Person":
            return ent
    return None


def _title_of_other(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether a title's own of-phrase names a body that is no state and holds no state's name
    ("presidente de la Asociación X", not "Representative of the Permanent Mission of C"):
    then a state named elsewhere in the sentence is no end of that title."""
    bodies = _title_of(doc, lex, sent, tok, ("Organization", "Coalition", "IntergovernmentalBody"))
    return any(
        e.type != "Government"
        and not any(g.type == "Government" for g in doc.ents_in(e.start, e.end) if g is not e)
        for e in bodies
    )


def _demonym_state(doc: Doc, sent: Sentence, tok: Token, types: tuple[str, ...]) -> list[Ent]:
    """The state a title's own adjective names ("Hungarian Foreign Minister P", "Czech Prime
    Minister P", "le ministre belge de l'Intérieur", "el canciller chileno"): the adjective on
    the title or before it on the same name, read as the state (data/reference/demonyms.csv),
    never an adjective inside another name."""
    if "Government" not in types:
        return []
    near = [c for c in sent.children(tok, "amod") if c.upos == "ADJ"]
    near += [  # (or on its portfolio: "le ministre des Affaires étrangères hongrois")
        a for n in sent.children(tok, "nmod") for a in sent.children(n, "amod")
        if a.upos == "ADJ" and a.i > n.i
    ]  # fmt: skip
    k = tok.i - 1  # (or on the name the title is a word of: "Hungarian Foreign Minister P")
    while (
        k >= 0
        and sent.tokens[k].head in (tok.head, tok.i)
        and sent.tokens[k].deprel in ("amod", "compound")
    ):
        near.append(sent.tokens[k])
        k -= 1
    for c in near:
        gov = doc.gz.demonyms.get(fold(c.word))
        entry = doc.gz.entry(gov) if gov else None
        if entry is None or entry.type != "Government" or _in_other_name(doc, c):
            continue
        return [doc.add(from_entry(c.start, c.end, c.word, entry, 0.8, "context"))]
    return []


def _inside_other_name(doc: Doc, ent: Ent) -> bool:
    """Whether a name is a word of a longer name of another entity ("Lima" in "Workers Union
    of Lima")."""
    near = doc.ents_in(ent.start - 200, ent.end + 200)
    return any(
        e.start <= ent.start and ent.end <= e.end and e.end - e.start > ent.end - ent.start
        and e.key != ent.key
        for e in near
    )  # fmt: skip


def _event_above(lex: Lexicon, sent: Sentence, noun: Token) -> Token:
    """The event noun a participle's noun hangs in, where a parser hung the participle set off
    by a comma on the last noun before it ("la jornada de consulta con la sociedad civil,
    organizada por O": the jornada, not the sociedad); the noun itself when it is one or
    names something."""
    nouns = lex.words.get("event_nouns", set())
    cur = noun
    for _ in range(4):
        if lex.lemma(cur.word) in nouns or cur.upos == "PROPN":
            return cur
        up = sent.head(cur)
        if up is None or cur.deprel.split(":")[0] != "nmod":
            break
        cur = up
    return noun


def _initiative_of(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The people whose initiative an oblique of the trigger names ("was set up at the
    initiative of P and Q", "nació por iniciativa de P y de su esposo Q", "fondé à l'initiative
    de P"): each, and the name a relative's noun sets beside it ("her husband Q": Q)."""
    out: list[Ent] = []
    for o in sent.children(tok, *_OBL, "obj"):  # (a parser's "obj" with its case word)
        if not _in_class(lex, sent, o, "initiative_noun"):
            continue
        if o.deprel == "obj" and not sent.children(o, "case"):
            continue
        for n in sent.children(o, "nmod"):
            for c in _coordinated(doc, sent, n):
                heads = [c]
                if c.upos == "NOUN":  # ("su esposo Q", "son mari Q": the name beside the noun)
                    heads = [a for a in sent.children(c, "appos") if a.upos == "PROPN"]
                for h in heads:
                    out += [e for e in _entities(doc, lex, sent, h, tok, types) if e not in out]
    return out


def _in_quotes(sent: Sentence, tok: Token) -> bool:
    """Whether a token stands inside quotation marks opened before it in its sentence (a title's
    own words: 'the report "Borders of Shame"')."""
    marks = [t.word for t in sent.tokens[: tok.i] if t.upos == "PUNCT"]
    opened = sum(w in ("\u201c", "\u00ab", "\u201e") for w in marks)
    closed = sum(w in ("\u201d", "\u00bb") for w in marks)
    straight = sum(w in ('"', "''", "``") for w in marks)
    return opened > closed or straight % 2 == 1


def _same_name(doc: Doc, head: Token, dep: Token) -> bool:
    """Whether one name covers both tokens ("l'Union des Ouvrières du Fleuve": the words after
    "Union" are its own name's, not another body it is of)."""
    near = doc.ents_in(head.start - 200, head.end + 200)
    return any(e.start <= min(head.start, dep.start) and max(head.end, dep.end) <= e.end
               for e in near)  # fmt: skip


def _named_as(doc: Doc, tok: Token, types: tuple[str, ...]) -> bool:
    """Whether the name that covers a token is of one of these types."""
    near = doc.ents_in(tok.start - 200, tok.end + 200)
    covering = [e for e in near if e.start <= tok.start and tok.end <= e.end]
    return bool(covering) and max(covering, key=lambda e: e.end - e.start).type in types


def _own_text(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...], via: str
) -> list[Ent]:
    """The text itself, where the object (or the slot `via`: "own_text:head_subject", "the
    letter bears the signatures of") is a noun for a text that names none and that the text's
    title calls itself ("Appeal to ..." and "the appeal was drafted by X"; not "a letter", "the
    letter of X", nor "the text" of a title that says no "text")."""
    if "Document" not in types:
        return []
    titled = {lex.lemma(w) for w in re.findall(r"\w+", doc.self_doc.name)}
    slot, _, arg = via.partition(":")  # ("own_text:nmod:of": the noun after "of")
    for head in _slot_heads(lex, sent, tok, slot, arg):
        if (
            fold(head.word) in lex.words["thing_pronouns"]
            and titled & {e[0] for e in lex.triggers.get("document_noun", ())}
            and not doc.ents_in(max(0, head.start - 600), head.start, ("Document",))
        ):  # "it was endorsed by A" in a text titled "Open letter on X", no other text named
            return [doc.self_doc]  # before: the letter itself
        if not _in_class(lex, sent, head, "document_noun") or _in_other_name(doc, head):
            continue
        pointers = lex.words.get("self_pointers", set())
        if any(fold(a.word) in pointers for a in sent.children(head, "advmod", "amod")):
            return [doc.self_doc]  # "the statement (below)", "la déclaration ci-dessous"
        near = lex.words.get("self_demonstratives", set())
        if (
            titled & {e[0] for e in lex.triggers.get("document_noun", ())}
            and any(fold(d.word) in near for d in sent.children(head, "det"))
            and not sent.children(head, "nmod", "nmod:poss", "acl", "acl:relcl")
            and not doc.ents_in(max(0, head.start - 600), head.start, ("Document",))
        ):  # "we sign this statement", "signataires de ce communiqué" in a text that calls
            return [doc.self_doc]  # itself a text and names no other one before
        if lex.lemma(head.word) not in titled:
            continue
        if sent.children(head, "nmod", "nmod:poss", "appos", "acl", "acl:relcl"):
            continue
        dets = sent.children(head, "det")
        if dets and not any(lex.lemma(d.word) in lex.words.get("indefinite", ()) for d in dets):
            return [doc.self_doc]
    return []


def _office_named_before(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> Ent | None:
    """The body a capitalised title stands in, named before in the text by a name that ends
    with the title's words or with the body's noun before it: "Assembly President P" after "the
    UN General Assembly"; "Secretary-General P" after "the UN Secretary-General"."""
    mods = [t for t in sent.tokens[: tok.i] if t.head == tok.i and t.deprel in ("compound", "amod")]
    k = tok.i - 1  # (or the words before it on the same name: "Assembly President P")
    while k >= 0 and sent.tokens[k].head == tok.head and sent.tokens[k].deprel == "compound":
        mods.insert(0, sent.tokens[k])
        k -= 1
    phrases = []
    if mods and lex.lemma(mods[-1].word) in lex.words.get("body_nouns", set()):
        phrases.append(fold(mods[-1].word))  # "Assembly President": the assembly
    if lex.lemma(tok.word) in lex.words.get("body_nouns", set()):
        phrases.append(fold(doc.text[(mods[0] if mods else tok).start : tok.end]))  # "for the
        # General Assembly"
    start = mods[0].start if mods else tok.start
    if "-" in doc.text[start : tok.end]:  # "Secretary-General": an office named as a body
        phrases.append(fold(doc.text[start : tok.end]))
    if not tok.word[:1].isupper() or not phrases:
        return None
    near = [tok, *mods, *[h for h in [sent.head(tok)] if h is not None]]
    if any(_case_ok(lex, sent, c, "of") for t in near for c in sent.children(t, "nmod")):
        return None  # "Secretary-General of the Conference", "P of O": the title's own body
    for e in reversed(doc.ents_in(0, start, types)):
        names = (fold(e.text), fold(e.name), *(fold(a) for a in e.aliases))
        if e.text and any(n.endswith(p) for n in names for p in phrases):
            return e
    if "-" not in doc.text[start : tok.end]:
        return None
    # none named before: the one known body that goes by "<its short name> <office>" ("UN
    # Secretary-General" in the reference data for "Secretary-General P")
    office = fold(doc.text[start : tok.end])
    if any(sent.children(t, "nmod:poss", "det") for t in near):
        return None  # "the NGO's Secretary-General P", "its Secretary-General": another's
    first = min(t.i for t in [tok, *mods])
    if sent.children(tok, "nmod") or (
        first > 0
        and sent.tokens[first - 1].word[:1].isupper()
        and sent.tokens[first - 1].head in {t.i for t in near}
    ):  # "Assistant Secretary-General for Human Rights": another office than the body's
        return None
    known = [g for g in doc.gz.of_type(*types)
             if any(fold(a).endswith(" " + office) for a in (g.name, *g.aliases))]  # fmt: skip
    if len(known) != 1 or _body_after_title(doc, tok):
        return None
    return doc.add(from_entry(start, tok.end, doc.text[start : tok.end], known[0], 0.6, "office"))


def _body_after_title(doc: Doc, tok: Token) -> bool:
    """Whether a body's name follows a title after a comma or a dash ("P, Secretary-General,
    O"): the title is that body's, not the one body its office names."""
    after = doc.text[tok.end : tok.end + 8]
    gap = re.match(r"[ \t]*[,\u2013\u2014-][ \t]*", after)
    if gap is None:
        return False
    at = tok.end + gap.end()
    return any(
        e.start == at and e.type != "Government"
        for e in doc.ents_in(at, at + 200, ("Organization", "Coalition", "IntergovernmentalBody"))
    )


def _entities(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, trigger: Token, types: tuple[str, ...]
) -> list[Ent]:
    """A slot head's entities: one, or the members a group word stands for ("the countries
    that left are A and B", "they" after "A, B and C"); "we" and "our network" are the text's
    authors."""
    if _first_person(lex, sent, tok):
        return _authors(doc, types)
    if (
        sent.children(tok, "cop")
        and _case_ok(lex, sent, tok, "among")
        and _plural_clause(lex, sent, tok, any_number=True)
    ):  # "A and B are among those / the members that left": A and B
        members = _group(doc, lex, sent, tok, trigger, types)
        if members:
            return members
    ent = _entity(doc, lex, sent, tok, types)
    lemma = lex.lemma(tok.word)
    if ent is None and (lemma in lex.words["state_nouns"] or lemma in lex.words["group_nouns"]):
        return _group(doc, lex, sent, tok, trigger, types)
    if lemma in lex.words.get("org_nouns", set()) and _plural(lex, sent, tok):
        # "endorsed by several networks in the region, such as A and B", "Entre las
        # organizaciones que ... figuran A, B y C", "alongside networks that exist - A, B and
        # C": the networks it names, not the first name alone
        members = _group(doc, lex, sent, tok, trigger, types)
        if members and (ent is None or _case_ok(lex, sent, tok, "among") or len(members) > 1):
            return members
    named = ent is not None and ent.start <= tok.start < ent.end  # ("the United States")
    if ent is not None and not named and lemma in lex.words["group_nouns"]:
        # "a number of governments - A, B and C - left": a parser hangs the list on the group
        # word loosely (dep), and the first name alone is not the group
        members = _group(doc, lex, sent, tok, trigger, types)
        if members:
            return members
    if (
        ent is not None
        and not named
        and lemma in lex.words["state_nouns"]
        and _plural_clause(lex, sent, tok)
    ):
        # "A and B are among the countries that left", "the countries that have decided not
        # to sign": a set the sentence lists, never the one state named before
        return _group(doc, lex, sent, tok, trigger, types)
    if (
        ent is not None
        and not named
        and lemma in lex.words["state_nouns"]
        and _plural(lex, sent, tok)
    ):  # "several countries left, among them A and B": the members the sentence lists
        members = _group(doc, lex, sent, tok, trigger, types)
        if members:
            return members
    if ent is not None and fold(tok.word) in lex.words["plural_pronouns"]:
        return _antecedent_group(doc, sent, ent, types)
    if (
        ent is not None
        and not named
        and lemma in lex.words.get("org_nouns", set())
        and (_plural(lex, sent, tok))
    ):  # "Las organizaciones A, B y C": the list the group noun's name goes on with
        return _listed_on(doc, sent, tok, [ent], types)
    return [ent] if ent is not None else []


def _plural(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A plural noun ("countries", "les pays"; not a noun listed as it is, "authorities")."""
    word = fold(tok.word)
    dets = {fold(d.word) for d in sent.children(tok, "det")}
    if word in lex.words["state_nouns"] and word != lex.lemma(tok.word):
        return False
    return word != lex.lemma(tok.word) or bool(dets & lex.words.get("plural_determiners", set()))


def _plural_clause(lex: Lexicon, sent: Sentence, tok: Token, any_number: bool = False) -> bool:
    """A plural noun that a relative clause qualifies ("the countries that left")."""
    plural_det = lex.words.get("plural_determiners", set())
    dets = {fold(d.word) for d in sent.children(tok, "det")}
    if not any_number and fold(tok.word) == lex.lemma(tok.word) and not dets & plural_det:
        return False  # ("les pays qui": a plural its article tells)
    return any(
        fold(s.word) in lex.words["relative"]
        for c in sent.children(tok, "acl:relcl", "acl", "dep")
        for s in sent.children(c, "nsubj", "nsubj:pass")
    )


# where the members of a group noun are listed: "countries that left: A, B", "the countries
# that left include A and B" (the group noun is the subject), "los países que ... son A y B"
_LISTED = ("appos", "dep", "list", "parataxis")


def _group(
    doc: Doc, lex: Lexicon, sent: Sentence, noun: Token, trigger: Token, types: tuple[str, ...]
) -> list[Ent]:
    own = {t.i for t in sent.subtree(trigger)}
    if noun.i in own:  # ("works alongside networks - A, B and C": the noun is the trigger's
        own -= {t.i for t in sent.subtree(noun)}  # own end; its names are its members)
    spans: list[tuple[int, int]] = []
    for c in sent.children(noun, *_LISTED):
        if c.i not in own:
            spans.append(sent.span(c, frozenset()))
    # "countries, including A and B, left"; "states left, among them A and B"
    # ("a group of countries including A and B": the members the group's own noun lists)
    # ("a number of networks including A", "networks in the region such as A": the names an
    # "among" lists on the group's own modifier)
    kinds = lex.words["state_nouns"] | lex.words.get("org_nouns", set())
    counted = [o for o in sent.children(noun, "nmod") if o.upos == "NOUN" and (
        not _case_ok(lex, sent, o, "of") or lex.lemma(o.word) in kinds)]  # fmt: skip
    for c in [*sent.children(noun, *_OBL), *sent.children(trigger, *_OBL, "advcl", "dep"),
              *(k for o in counted for k in sent.children(o, *_OBL))]:  # fmt: skip
        if c is not noun and _case_ok(lex, sent, c, "among"):
            spans.append(sent.span(c, frozenset()))
    for c in sent.subtree(trigger):  # a parser's "se retiraron, entre ellos A, B": the
        if c.upos == "PROPN" and any(  # names an "entre ellos" hangs on, wherever they hang
            m.upos == "PRON" and _case_ok(lex, sent, m, "among") for m in sent.children(c, "nmod")
        ):
            spans += [sent.span(k, frozenset({"conj"})) for k in sent.conjuncts(c)]
    up = sent.head(noun)  # "among the networks that endorsed it were A, B and C": the copular
    if up is trigger and trigger.deprel == "csubj":  # clause's own names, after its copula (a
        up = sent.head(trigger)  # parser's root is the first of them)
    if (
        up is not None
        and up.i not in own
        and _case_ok(lex, sent, noun, "among")
        and (cops := sent.children(up, "cop"))
        and cops[0].i > noun.i
    ):
        for k in sent.conjuncts(up):
            toks = [x for x in sent.subtree(k, frozenset({"conj", "obl", "acl:relcl"}))
                    if x.i > cops[0].i]  # fmt: skip
            if toks:
                spans.append((toks[0].start, toks[-1].end))
    if _case_ok(lex, sent, noun, "among") and noun.i < trigger.i:  # "Entre las organizaciones
        later = [x for x in sent.tokens if x.i > trigger.i and _among_verb(lex, x)]  # que
        if later:  # participaron en E figuran A, B y C": the names after the verb, however a
            spans.append((later[0].end, sent.end))  # parser hangs them
    for rel in sent.children(noun, "acl", "acl:relcl"):  # "152 countries, among which was A",
        if rel is trigger or not any(  # "152 países, entre los que figuró A": its names
            _case_ok(lex, sent, m, "among") for m in sent.children(rel, *_OBL)
        ):
            continue
        named = [rel] if sent.children(rel, "cop") else sent.children(rel, "nsubj")
        spans += [sent.span(k, frozenset({"conj"})) for n in named for k in sent.conjuncts(n)]
    if sent.children(noun, "cop"):  # "A and B are among the countries that left"
        spans += [sent.span(c) for s in sent.children(noun, "nsubj") if s.i not in own
                  for c in sent.conjuncts(s)]  # fmt: skip
    head = sent.head(noun)
    if head is not None and noun.deprel.startswith("nsubj") and head.i not in own:
        copular = bool(sent.children(head, "cop"))
        if copular or any(e[0] == lex.lemma(head.word) for e in lex.triggers.get("include", ())):
            inner = {t.i for t in sent.subtree(noun)}
            # the predicate's words (the copula's own head too: "son A, B y C")
            toks = [t for t in sent.subtree(head)
                    if t.i not in inner and (t.i != head.i or copular)]  # fmt: skip
            toks = [t for t in toks if t.i not in own]
            if toks:
                spans.append((toks[0].start, toks[-1].end))
    # "three countries have left the pact: A, B and C", "el pacto fue rechazado por tres
    # países: A y B": the names after a colon that follows the act
    # (a bare noun opening a line, "Pays ayant rejeté le pacte :", heads a list: structure's)
    counted = sent.children(noun, "det", "nummod", "amod")
    if (
        counted
        and noun.deprel in ("nsubj", "nsubj:pass", "obl:agent", "obl")
        and sent.head(noun) is trigger
    ):
        colon = next((t for t in sent.tokens if t.word == ":" and t.i > trigger.i), None)
        if colon is not None and colon.i > noun.i:
            spans.append((colon.end, sent.end))
    # "ten countries (A, B and C) pulled out", "a number of governments - A, B and C - had
    # left": the names in brackets or between dashes right after the noun's own words
    spans += _bracketed_after(sent, noun, trigger)
    # "parmi les pays qui ont rejeté le pacte figurent A et B", "entre los países que ...
    # figuran A y B": the names the among-verb's subject lists
    verb = sent.head(noun)
    if verb is not None and _case_ok(lex, sent, noun, "among") and _among_verb(lex, verb):
        spans += [sent.span(k) for c in sent.children(verb, "nsubj") if c.i not in own
                  for k in sent.conjuncts(c)]  # fmt: skip
    # "the list of countries that have left includes A and B": the list's own predicate
    group = sent.head(noun) if noun.deprel.split(":")[0] == "nmod" else None
    if group is not None and lex.lemma(group.word) in lex.words["group_nouns"]:
        verb = sent.head(group)
        if verb is not None and group.deprel == "nsubj" and _in_class(lex, sent, verb, "include"):
            spans += [sent.span(k) for c in sent.children(verb, "obj") if c.i not in own
                      for k in sent.conjuncts(c)]  # fmt: skip
    # "A joined the (list of) countries that left": A is one of them
    holder = sent.head(noun) if noun.deprel.split(":")[0] == "nmod" else None
    for via in (noun, holder):
        verb = sent.head(via) if via is not None else None
        if (
            via is not None
            and verb is not None
            and via.deprel.split(":")[0] in ("obj", "obl")
            and _in_class(lex, sent, verb, "join_group")
        ):
            spans += [sent.span(s) for s in sent.children(verb, "nsubj")]
            break
    spans += _copula_after_clause(sent, noun, trigger) if not spans else []
    out: list[Ent] = []
    for start, end in spans:
        for e in doc.ents_in(start, end, types):
            if _plausible(sent, e) and all(o.key != e.key for o in out):
                out.append(e)
    return _listed_on(doc, sent, noun, out, types) if out else out


def _listed_on(
    doc: Doc, sent: Sentence, noun: Token, found: list[Ent], types: tuple[str, ...]
) -> list[Ent]:
    """The names a group noun's list goes on with after those found ("Las organizaciones A, B
    y C firmamos", a parser that hangs B and C inside A's name): each that follows in the
    noun's phrase, joined to the one before by a list's separators only."""
    out = list(found)
    own_end = sent.span(noun, frozenset())[1]
    at = max(e.end for e in out)
    for e in sorted(doc.ents_in(at, own_end, types), key=lambda x: x.start):
        if e.start < at or not _LIST_GAP.fullmatch(doc.text, at, e.start):
            break
        if _plausible(sent, e) and all(o.key != e.key for o in out):
            out.append(e)
        at = e.end
    return out


# what separates two names of a list: a comma or a conjunction, an article, a quote
_LIST_GAP = re.compile(
    r"[\s\"\u201c\u201d\u00ab\u00bb]*(?:[,;][\s\"\u201c\u201d\u00ab\u00bb]*)?"
    r"(?:(?:and|y|e|et|&)\s+)?(?:(?:the|la|el|los|las|le|les|al|du|del|des)\s+|l['\u2019])?"
    r"[\s\"\u201c\u201d\u00ab\u00bb]*",
    re.I,
)


def _copula_after_clause(sent: Sentence, noun: Token, trigger: Token) -> list[tuple[int, int]]:
    """The names after the copula of "the states that voted no were A, B and C", "les pays
    qui ont voté contre sont A et B" where a parser hangs the copula inside the relative clause
    (on a name it makes the clause's object or oblique): the words from the copula's name to
    the sentence's end. Only a group noun that heads the sentence and its relative clause."""
    if sent.head(trigger) is not noun or not trigger.deprel.startswith("acl") or noun.i > trigger.i:
        return []
    if noun.deprel not in ("root", "nsubj"):
        return []
    cop = next((t for t in sent.tokens if t.deprel == "cop" and t.i > trigger.i), None)
    if cop is None or cop.head <= cop.i or sent.tokens[cop.head].upos != "PROPN":
        return []
    words = [t for t in sent.tokens[cop.i + 1 :] if t.upos != "PUNCT" or t.word in ",;"]
    return [(words[0].start, words[-1].end)] if words else []


def _antecedent_group(doc: Doc, sent: Sentence, ent: Ent, types: tuple[str, ...]) -> list[Ent]:
    """A plural pronoun whose antecedent is one conjunct of a list in its sentence stands for
    the whole list ("A, B and C said they would leave")."""
    if not sent.start <= ent.start < sent.end:  # "A, B and C met. They said they would not
        return _list_opened_by(doc, ent, types)  # sign": the list the sentence before names
    inside = [t for t in sent.tokens if ent.start <= t.start and t.end <= ent.end]
    # the name's head: the one word whose head lies outside the name
    at = next((t for t in inside if t.head < 0
               or not ent.start <= sent.tokens[t.head].start < ent.end), None)  # fmt: skip
    if at is None:
        return [ent]
    while at.deprel == "conj" and (up := sent.head(at)) is not None:
        at = up  # the list's first member holds the others
    out: list[Ent] = []
    for conj in _coordinated(doc, sent, at):
        found = [e for e in doc.ents_in(conj.start - 200, conj.end + 200, types)
                 if e.start <= conj.start < e.end]  # fmt: skip
        for e in found[:1]:
            if all(o.key != e.key for o in out):
                out.append(e)
    return out or [ent]


_AND_GAP = re.compile(r",?\s*(?:(?:and|y|e|et)\s+)?(?:(?:the|el|la|los|las|le|les)\s+|l')?")


def _list_opened_by(doc: Doc, ent: Ent, types: tuple[str, ...]) -> list[Ent]:
    """A name and the names of its type written after it with only a comma, a conjunction and
    an article between them ("A, B and the C"): the list it opens, in a text's earlier
    sentence that no parse is at hand for."""
    out, last = [ent], ent
    for e in sorted(doc.ents_in(ent.end, ent.end + 400, types), key=lambda x: x.start):
        if not e.text or e.start < last.end or e.key in {o.key for o in out}:
            continue
        if not _AND_GAP.fullmatch(fold(doc.text[last.end : e.start])):
            break
        out.append(e)
        last = e
    return out


def _coordinated(doc: Doc, sent: Sentence, head: Token) -> list[Token]:
    """The conjuncts of a slot's head, also where the parser hung the coordination on a word
    inside the head's name ("Forum in Asia and the Platform": conj of "Asia")."""
    name = [e for e in doc.ents_in(head.start - 200, head.end + 200)
            if e.start <= head.start and head.end <= e.end]  # fmt: skip
    inside = [head]
    if name:
        span = max(name, key=lambda e: e.end - e.start)
        inside = [t for t in sent.tokens if span.start <= t.start and t.end <= span.end] or [head]
    out: list[Token] = []
    for tok in inside:
        for conj in sent.conjuncts(tok):
            cases = {fold(c.word) for c in sent.children(conj, "case")}
            if (
                conj is not head
                and conj.upos == "NOUN"
                and cases
                and not cases & {fold(c.word) for c in sent.children(tok, "case")}
                and not any(e.start <= conj.start and conj.end <= e.end
                            for e in doc.ents_in(conj.start - 200, conj.end + 200))
            ):  # fmt: skip
                continue  # "à l'initiative de A et avec le soutien de B": another phrase
            if conj not in out and (conj is head or conj not in inside):
                out.append(conj)
    # "agrupa a A, B y C", "asistieron A, B y C": B hung on A's name ("flat")
    if name and head.deprel in ("obj", "nsubj", "nsubj:pass"):
        for glued in _glued_names(doc, sent, inside) + _articled_glued(doc, sent, inside):
            out.extend(c for c in sent.conjuncts(glued) if c not in out)
    if name and name[0].type == "Government":  # "le retrait de A, de B et de C": a parser may
        out.extend(t for t in _states_after(doc, sent, name[0]) if t not in out)  # hang B anywhere
    if name and name[0].type in ("Organization", "Coalition"):  # "A (ACR), the B (BCR), and C":
        # a parser hangs the later names on a word inside an earlier one
        found = _states_after(doc, sent, name[0], ("Organization", "Coalition"))
        if not head.deprel.startswith("nsubj"):  # ("At the invitation of A, B attended": B
            found = [t for t in found if not _subject_name(doc, sent, t)]  # is no list's)
        out.extend(t for t in found if t not in out)
        out.extend(t for t in _names_glued_before(doc, sent, name[0], inside) if t not in out)
    if name and name[0].type == "Person":  # "A (Org), B, Director of C, and D": a parser
        for tok in list(out):  # may hang the list's people on each other as appositions
            for c in sent.children(tok, "appos"):
                if c not in out and _person_at(doc, c, name[0].key):
                    out.append(c)
    lex = lexicon(doc.language) if doc.language else None
    if lex is not None:  # ('groups such as "A", "B" and "C" ...': each of them)
        out.extend(c for c in _quoted_such_as(doc, lex, sent, head) if c not in out)
    if not name and head.upos == "NOUN":  # "organizaciones, entre ellas A y B": A and B
        for named in sent.children(head, "appos"):
            if named.upos == "PROPN":
                out.extend(c for c in sent.conjuncts(named) if c not in out)
    if not name and lex is not None and (head.upos == "NOUN" or _delegate(lex, head)):
        # "the representatives of A and B", "the governments of A, B and C": each of them
        for of in sent.children(head, "nmod"):
            if _case_ok(lex, sent, of, "of"):
                out.extend(c for c in sent.conjuncts(of)[1:] if c not in out)
        if (_delegate(lex, head) or _such_as(lex, sent, head)) and sent.children(head, "nmod"):
            # "Representatives of A, B and C", "des représentants de A, du B et de C": the
            # names listed as written (a parser hangs B and C anywhere in A's phrase)
            for of in sent.children(head, "nmod"):
                out.extend(c for c in sent.conjuncts(of)[1:] if c not in out)
            out.extend(t for t in _listed_after(doc, sent, head) if t not in out)
    return out


_ACRONYM_GAP = re.compile(r"^\s*\([^()\s]{2,12}\)")  # "(ACR)" right after a name
_NAME_GAP = re.compile(
    r"\s*(?:,|;|,?\s*(?:and|y|e|et|&))\s*(?:(?:the|la|el|los|las|le|les|l')\s*)?$", re.I
)
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"^\s*\)")
_LIST_GAP = re.compile(
    r"\s*(?:,|;|,?\s*(?:and|y|e|et|&))\s*(?:(?:of|from|de|del|du|des|d')\s*)?"
    r"(?:(?:the|la|el|los|las|le|les|l')\s*)?$",
    re.I,
)


def _names_glued_before(doc: Doc, sent: Sentence, last: Ent, inside: list[Token]) -> list[Token]:
    """The earlier names of a list "A, B and C" that a parser made words of the last name
    (A's and B's words "compound" on C's head): the first word of each, where the names run
    as one list up to C (commas, and a conjunction before C) and every word of them hangs
    on C's words through compounds, conjuncts and their punctuation only."""
    own = {t.i for t in inside}
    glue = ("compound", "flat", "conj", "punct", "cc", "det")

    def hung(t: Token) -> bool:
        for _ in range(len(sent.tokens)):
            if t.i in own:
                return True
            up = sent.head(t)
            if up is None or t.deprel.split(":")[0] not in glue:
                return False
            t = up
        return False

    kinds = ("Organization", "Coalition")
    names = sorted(doc.ents_in(sent.start, last.start, kinds), key=lambda e: e.start)
    out: list[Token] = []
    nxt = last
    for ent in reversed(names):
        if ent.end > nxt.start or not ent.text:
            continue
        gap = _ACRONYM_GAP.sub("", doc.text[ent.end : nxt.start], count=1)
        if not _NAME_GAP.match(gap) or (nxt is last and not _LAST_GAP.match(gap)):
            break
        words = [t for t in sent.tokens if ent.start <= t.start < ent.end]
        tops = [t for t in words if not ent.start <= sent.tokens[t.head].start < ent.end]
        if not words or not all(hung(t) for t in tops):  # (a name's own inner tree aside)
            break
        out.insert(0, words[0])
        nxt = ent
    return out


def _subject_name(doc: Doc, sent: Sentence, first: Token) -> bool:
    """Whether the name a token opens is a clause's subject (a word of it is the subject of
    a word outside it)."""
    name = [e for e in doc.ents_in(first.start, first.end + 200) if e.start == first.start]
    end = max((e.end for e in name), default=first.end)
    inside = [t for t in sent.tokens if first.start <= t.start and t.end <= end]
    return any(
        t.deprel.startswith("nsubj") and not (first.start <= sent.tokens[t.head].start < end)
        for t in inside
        if t.head >= 0
    )


def _states_after(
    doc: Doc, sent: Sentence, first: Ent, types: tuple[str, ...] = ("Government",)
) -> list[Token]:
    """The first words of the states (or names of the given types) listed as written right
    after a name, with only a comma or a conjunction (and its "of" and article) between them,
    an acronym in brackets after a name passed over ("A (ACR), the B")."""
    out: list[Token] = []
    last = first
    for ent in sorted(doc.ents_in(first.end, sent.end, types), key=lambda e: e.start):
        if ent.start < last.end:
            continue
        gap = doc.text[last.end : ent.start]
        if ent.key == last.key and _OPEN_BRACKET.fullmatch(gap):
            last = ent  # "A (ACR)": A's acronym, its bracket closed below
            continue
        gap = _ACRONYM_GAP.sub("", _CLOSE_BRACKET.sub("", gap, count=1), count=1)
        states = types == ("Government",)  # ("of A and of B": states only; "president of A
        if not (_LIST_GAP if states else _NAME_GAP).match(gap):  # and of B" names two bodies)
            break
        tok = next((t for t in sent.tokens if ent.start <= t.start < ent.end), None)
        if tok is not None:
            out.append(tok)
        last = ent
    return out


# between a repeat's last name and its date, at most two short words ("in", "on", "le", "en")
_GAP_TO_DATE = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+){0,2}$")
_REPEAT_ENDS = re.compile(r"\s*(?:[,;.:)]|$)")


def _gapped_states(
    doc: Doc, sent: Sentence, tok: Token, sources: list[Ent]
) -> list[tuple[Ent, str | None]]:
    """A state's dated decision and its elided repeats, each state with its own date: "A left
    the pact in July, B in October, and C and D in November", "A se retiró del pacto en julio,
    B en octubre", "A s'est retiré en juillet, B le 31 octobre": A (July), B (October), C and D
    (November). A repeat holds only names of states and a date, set apart by commas or a
    conjunction, so it can say nothing but the decision again; none where the actors are not
    all states named before the verb."""
    if not sources or any(s.type != "Government" or s.start > tok.start for s in sources):
        return []
    anchor = _post_date(doc, sent.start) or doc.document_date
    dates = [d for d in find_dates(doc.text, tok.end, sent.end, anchor) if d.value]
    if len(dates) < 2:
        return []
    states = sorted(doc.ents_in(dates[0].end, sent.end, ("Government",)), key=lambda e: e.start)
    out: list[tuple[Ent, str | None]] = []
    pos = dates[0].end
    while True:
        group: list[Ent] = []
        for ent in states:
            if ent.start < pos or not ent.text:
                continue
            if not _LIST_GAP.match(doc.text[pos : ent.start]):
                break
            group.append(ent)
            pos = ent.end
        when = next((d for d in dates if d.start >= pos), None)
        after = next((e for e in states if when is not None and e.start >= when.end), None)
        if (
            not group
            or when is None
            or not _GAP_TO_DATE.match(doc.text[pos : when.start])
            or not (  # the repeat ends there: a mark, the sentence's end or the next repeat
                _REPEAT_ENDS.match(doc.text[when.end : sent.end])
                or (after is not None and _LIST_GAP.match(doc.text[when.end : after.start]))
            )
        ):
            break
        out += [(e, when.value) for e in group]
        pos = when.end
    if not out:
        return []
    return [(s, dates[0].value) for s in sources] + out


_BEFORE_VERB = frozenset({"AUX", "ADV", "PART"})
_BRACKETS_FIRST = re.compile(r"^\s*\([^()]{1,60}\)")
STATE_DECISIONS = frozenset({"WITHDREW_FROM", "DECLINED_TO_ATTEND", "DEFERRED_DECISION_ON"})
_LAST_GAP = re.compile(r"\s*,?\s*(?:and|y|e|et|&)\s*(?:(?:the|la|el|los|las|le|les|l')\s*)?$", re.I)


_COUNTRY_GAP = re.compile(r"\)?\s*(?:\([^()]{1,60}\))?\s*(?:[-\u2013\u2014]|\()\s*$")


def _country_of_name(doc: Doc, ent: Ent) -> bool:
    """A state written right after an organization's name, in brackets or after a dash ("A
    (ACR) - Country", "A (Country)"): where the organization is from, no actor of its own."""
    if ent.type != "Government":
        return False
    before = [e for e in doc.ents_in(max(0, ent.start - 90), ent.start) if e.end <= ent.start]
    if not before:
        return False
    prev = max(before, key=lambda e: e.end)
    return prev.type in ("Organization", "Coalition") and bool(
        _COUNTRY_GAP.fullmatch(doc.text[prev.end : ent.start])
    )


_PARTY_TYPES = ("Organization", "Coalition", "Government", "IntergovernmentalBody")


def _states_before(
    doc: Doc, sent: Sentence, tok: Token, types: tuple[str, ...] = ("Government",)
) -> list[Ent]:
    """The states listed as written right before a decision's verb, with only auxiliaries,
    adverbs or a reflexive pronoun between ("In the run-up to the conference, A, B and C pulled
    out", "A, B et C se sont retirés"), where a parser hung the list on another word: the list
    must read as one ("A, B and C"; "Unlike A, B left": B alone)."""
    k = tok.i - 1
    while k >= 0 and (
        sent.tokens[k].upos in _BEFORE_VERB
        or sent.tokens[k].deprel.startswith("aux")  # (a parser's VERB "have")
        or (sent.tokens[k].upos == "DET" and sent.tokens[k].head == tok.i)  # "have all left"
        or (sent.tokens[k].upos == "PRON" and len(sent.tokens[k].word.strip("'")) <= 2)
    ):
        k -= 1
    if k < 0:
        return []
    names = sorted(doc.ents_in(sent.start, sent.tokens[k].end, types),
                   key=lambda e: e.start)  # fmt: skip
    if not names or names[-1].end != sent.tokens[k].end:
        return []
    out = [names[-1]]
    for ent in reversed(names[:-1]):
        if ent.end > out[-1].start:
            continue
        first = next((t for t in sent.tokens if ent.start <= t.start < ent.end), None)
        if first is not None and any(  # "A diferencia de A, B y C": A is no actor
            c.i < first.i for t in sent.tokens if ent.start <= t.start < ent.end
            for c in sent.children(t, "case")
        ):  # fmt: skip
            break
        gap = doc.text[ent.end : out[-1].start]
        if types != ("Government",):  # "A (ACR), B (Country) and C": a name's brackets
            gap = _BRACKETS_FIRST.sub("", gap, count=1)
        if not _LIST_GAP.match(gap) or (len(out) == 1 and not _LAST_GAP.match(gap)):
            break  # ("Unlike A, B left": no conjunction before the last name, no list)
        out.append(ent)
    return list(reversed(out)) if len(out) > 1 else []


def _listed_after(doc: Doc, sent: Sentence, head: Token) -> list[Token]:
    """The first words of the names a noun's own phrase lists after it, one after another
    with only a comma or a conjunction (and its "of" and article) between them."""
    end = sent.span(head, CLAUSAL - {"conj"})[1]
    names = sorted((e for e in doc.ents_in(head.end, end) if e.text), key=lambda e: e.start)
    out: list[Token] = []
    last = None
    for ent in names:
        if last is not None and (ent.start < last.end or not _LIST_GAP.match(
            doc.text[last.end : ent.start]
        )):  # fmt: skip
            if ent.start < last.end:
                continue
            break
        first = next((t for t in sent.tokens if ent.start <= t.start < ent.end), None)
        if first is not None:
            out.append(first)
        last = ent
    return out if len(out) > 1 else []


def _among_oblique(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The names an oblique of "among" lists on the trigger ("une vingtaine d'organisations
    ont pris part, parmi lesquelles A et B", "participated, among them A and B")."""
    out: list[Ent] = []
    for obl in sent.children(tok, *_OBL, "obj"):  # (a parser's object: "entre ellas A y B")
        if not _case_ok(lex, sent, obl, "among"):
            continue
        heads = sent.children(obl, "appos") if obl.upos == "PRON" else [obl]
        found = _ends_of(doc, lex, sent, heads, tok, types)
        out += [e for e in found if all(o.key != e.key for o in out)]
    subj = _subject(lex, sent, tok)
    if out or not subj or subj[0].upos != "NOUN":
        return out
    # "30 organizaciones participaron en el encuentro, entre ellas A y B", "ont pris part à la
    # rencontre, dont A et B": a parser hangs the list on the event noun after the verb
    heads = []
    for o in sent.children(tok, *_OBL, "obj"):
        if o.i < tok.i:
            continue
        for n in sent.children(o, "nmod"):
            if n.upos == "PRON" and _case_ok(lex, sent, n, "among"):
                heads += sent.children(n, "appos")
            if n.upos == "PRON" and n.i < o.i and "among" in lex.case_class(n.word):
                heads.append(o)  # ", dont A, B et C": a parser's object A, "dont" its nmod
        for a in sent.children(o, "appos"):
            if any(p.upos == "PRON" and "among" in lex.case_class(p.word)
                   for p in sent.children(a, "nmod")):  # fmt: skip
                heads.append(a)
    found = _ends_of(doc, lex, sent, heads, tok, types)
    return [e for e in found if e.type != "Event"]


_OPENERS = {"(": ")", "-": "-", "\u2013": "\u2013", "\u2014": "\u2014", "--": "--"}


def _bracketed_after(sent: Sentence, noun: Token, trigger: Token) -> list[tuple[int, int]]:
    """What brackets or dashes hold right after a noun and the words of its phrase, before the
    act: "ten countries (A, B and C) left", "a number of governments - A, B and C - left"."""
    k = noun.i + 1
    while k < trigger.i and sent.tokens[k].upos in ("ADP", "DET", "ADJ", "NOUN", "NUM"):
        k += 1  # ("a number of governments", "countries in Europe")
    if k >= trigger.i or sent.tokens[k].word not in _OPENERS:
        return []
    close = _OPENERS[sent.tokens[k].word]
    end = next((t for t in sent.tokens[k + 1 : trigger.i] if t.word == close), None)
    return [(sent.tokens[k].end, end.start)] if end is not None else []


def _such_as(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A common noun whose names follow "such as" ("organizaciones como A, B y C",
    "des associations comme A et B", "groups such as A and B")."""
    if tok.upos != "NOUN":
        return False
    return any(
        "among" in lex.case_class(m.word)
        for c in sent.children(tok, "nmod")
        for m in sent.children(c, "case", "mark")
    )


def _delegate(lex: Lexicon, tok: Token) -> bool:
    """A noun of people sent by a body ("Representatives of A, B and C attended", a tagger's
    proper noun at a sentence's start)."""
    nouns = lex.words.get("delegate_nouns", set())
    return lex.lemma(tok.word) in nouns or fold(tok.lemma) in nouns


_OWN_MEETING_SLOTS = frozenset({"meeting_oblique", "session_focus"})
_BRACKET = re.compile(r"\(([^()\n]{3,600})\)")


def _bracketed_list(doc: Doc, sent: Sentence, tok: Token, types: tuple[str, ...]) -> list[Ent]:
    """The names that brackets in a noun's phrase list, two or more to a bracket ("the
    participating delegations, members of X (A, B, C) and of Y (D, E)"); never a bracket of
    one name (an acronym, "(CSM)") nor one that names a person."""
    start, end = sent.span(tok, CLAUSAL - {"conj"})
    out: list[Ent] = []
    for m in _BRACKET.finditer(doc.text, start, end):
        inside = [e for e in doc.ents_in(m.start(1), m.end(1)) if e.text]
        if len(inside) < 2 or any(e.type == "Person" for e in inside):
            continue
        out += [e for e in inside if e.type in types and all(o.key != e.key for o in out)]
    return out


_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u00ab\u00bb\u2018\u2019")


def _appos_on_cased_object(
    lex: Lexicon, sent: Sentence, tok: Token, found: list[Token]
) -> list[Token]:
    """The actors a parser sets beside an oblique it reads as an object (its own case word:
    "Asistieron al taller representantes de A y de B", "Participaron en el taller A, B y C"):
    the names (or the noun of delegates) after it, and the list's next names that the parser
    hangs on a word of the first name."""
    out: list[Token] = []
    for o in sent.children(tok, "obj"):
        if o.i < tok.i or not sent.children(o, "case") or o.upos != "NOUN":
            continue
        named = [a for a in sent.children(o, "appos", "amod") if a.i > o.i and a not in found
                 and (_delegate(lex, a) or (a.deprel == "appos" and (
                     a.upos == "PROPN" or a.word[:1].isupper())))]  # fmt: skip
        if not named or any(t.word in _QUOTE_MARKS for t in sent.tokens[o.i : named[0].i]):
            continue  # (a quoted title after the noun is the meeting's name)
        first = named[0]
        # ("taller A de B, C": "B" a word of the first name; "al foro delegados de A": the
        # names of the delegates' bodies, hung on the noun of the meeting)
        inside = [n for n in sent.children(o, "nmod") if n.i > first.i and n.upos == "PROPN"]
        if _delegate(lex, first) and not sent.children(first, "nmod"):
            named += inside[:1]
        out += named + [c for t in [first, *inside] for c in sent.children(t, "conj")
                        if c.upos == "PROPN" and c not in out]  # fmt: skip
    return out


def _glued_names(doc: Doc, sent: Sentence, inside: list[Token]) -> list[Token]:
    """The next names of a list that the parser made words of the first name: a "flat" or
    "compound" word past the name's end, after a comma or a conjunction, where another name
    starts."""
    if not inside:
        return []
    end = inside[-1].end
    lex = lexicon(doc.language) if doc.language else None
    out: list[Token] = []
    for tok in inside:
        for c in sent.children(tok, "flat", "flat:name", "compound", "appos"):
            if c.start < end or c in inside:
                continue
            if lex is not None and any(_title_word(lex, t) for t in sent.subtree(c, CLAUSAL)):
                continue  # "P, Director of O, who ...": P's title, no second name
            between = sent.tokens[inside[-1].i + 1 : c.i]
            if not any(t.word in (",", ";") or t.upos == "CCONJ" for t in between):
                continue
            if any(e.start >= end and e.start <= c.start and e.end >= c.end and e.text
                   for e in doc.ents_in(end, c.end + 300)):  # fmt: skip
                out.append(c)
    return out


_QUOTED_RUN = re.compile(
    r"(such[ \t\u00a0]+as|[\w\u2019'-]+)[ \t\u00a0]+("
    r"(?:[\"\u201c\u00ab][^\"\u201c\u201d\u00ab\u00bb\n]{2,120}[\"\u201d\u00bb]"
    r"(?:\s*,\s*|\s*,?\s+(?:and|y|e|et)\s+)?){2,})"
)
_QUOTED_ONE = re.compile(
    r"[\"\u201c\u00ab]\s*([^\"\u201c\u201d\u00ab\u00bb\n]{2,120}?)\s*[\"\u201d\u00bb]"
)


def _quoted_such_as(doc: Doc, lex: Lexicon, sent: Sentence, head: Token) -> list[Token]:
    """The names of a quoted list after "such as" that holds a slot's head ('movimientos como
    "A", "B" y "C" expresaron ...', 'des associations comme « A » et « B »'): each quoted
    capitalised name (a new body where no list knows it), however a parser hangs them."""
    out: list[Token] = []
    for m in _QUOTED_RUN.finditer(doc.text, sent.start, sent.end):
        word = " ".join(fold(m.group(1)).split())
        if "among" not in lex.case_class(word) and word != "such as":
            continue
        spans = [q.span(1) for q in _QUOTED_ONE.finditer(doc.text, m.start(2), m.end(2))]
        noun = head.upos == "NOUN" and 0 <= m.start() - head.end <= 2  # ("groups such as")
        if not noun and not any(s <= head.start < e for s, e in spans):
            continue
        for s, e in spans:
            if not doc.text[s : s + 1].isupper() or len(doc.text[s:e].split()) > 8:
                continue
            first = next((t for t in sent.tokens if s <= t.start < e), None)
            named = [x for x in doc.ents_in(s - 200, e + 200) if x.start <= s and e <= x.end]
            if first is None or (
                not named and any(x.start < e and s < x.end for x in doc.ents_in(s - 200, e + 200))
            ):
                continue  # (a name inside: the lists' reading stands)
            if not named:
                doc.add(candidate(s, e, doc.text[s:e], doc.text[s:e], "Organization", 0.55))
            out.append(first)
    return out


def _articled_glued(doc: Doc, sent: Sentence, inside: list[Token]) -> list[Token]:
    """The next names of a written list of bodies that a parser chained as "flat" words of the
    first ("asistieron la Asociación de X, el Colectivo de Y, la Coordinadora de Inmigrantes de
    Z y la Red W"): each after a comma or a conjunction and its article, a capitalised run of a
    body's shape (a new name where no list knows it)."""
    if not inside or doc.language not in ("es", "fr"):
        return []
    end = inside[-1].end
    out: list[Token] = []
    queue = list(inside)
    while queue:
        tok = queue.pop(0)
        for c in sent.children(tok, "flat", "flat:name"):
            if c.start < end or c in inside or c in out or c.i < 2:
                continue
            art, sep = sent.tokens[c.i - 1], sent.tokens[c.i - 2]
            if art.upos != "DET" or not (sep.word in (",", ";") or sep.upos == "CCONJ"):
                continue
            named = [e for e in doc.ents_in(c.start - 200, c.end + 200)
                     if e.start <= c.start and c.end <= e.end and e.text]  # fmt: skip
            if not named:
                run = parsed_names.capital_run(sent, c)
                near = doc.ents_in(sent.start, sent.end)
                s, e = (run[0].start, run[-1].end) if run else (0, 0)
                if (
                    run[:1] != [c]
                    or not parsed_names.connected_run(sent, c)
                    or any(x.start < e and s < x.end for x in near)
                ):
                    continue
                name = doc.text[s:e]
                doc.add(candidate(s, e, name, name, "Organization", 0.55))
            out.append(c)
            queue.append(c)
    return out


def _person_at(doc: Doc, tok: Token, other: str) -> bool:
    """Whether a proper noun is a word of the name of a person other than `other`."""
    return tok.upos == "PROPN" and any(
        e.type == "Person" and e.key != other and e.start <= tok.start and tok.end <= e.end
        for e in doc.ents_in(tok.start - 200, tok.end + 200)
    )


def _made_of_subject(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """ "le réseau est composé de A", "la red está formada por A": a participle of the made_of
    class with a passive auxiliary and no agent is a state said of its subject, the whole."""
    aux = [c for c in sent.children(tok, "aux", "cop")
           if lex.lemma(c.word) in lex.words.get("passive_aux", set())]  # fmt: skip
    return sent.children(tok, "nsubj") if aux else []


def _requested(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """The infinitive a demand verb puts to someone it names ("called on states to end X",
    "calling for governments to ratify X", "exige a los Estados respetar X", "appelle les États
    à fermer X", "vous demandons de procéder à X"): the act asked for. None without an
    addressee ("asked to speak": one's own wish, no stance), nor in a passive with no agent
    ("states were urged to": whose demand is not said; "... by A to": A's)."""
    if _passive(sent, tok, lex) and not _agents(lex, sent, tok):
        return []
    if any(fold(c.word) in lex.words["plural_pronouns"] for c in sent.children(tok, "nsubj")):
        return []  # "they call on states to": a group of signers no one name stands for
    parts = _multiword_parts(lex, sent, tok, "advocate_to")  # "hizo un llamado a A a <inf>":
    nodes = [tok, *(c for c in sent.children(tok, "obj") if lex.lemma(c.word) in parts)]  # noun's
    told = [a for n in nodes for a in sent.children(n, "obj", "iobj", "nsubj:pass", *_OBL)
            if _governs(lex, sent, a)]  # fmt: skip
    return [
        c
        for n in nodes
        for c in _request_clauses(lex, sent, n)
        if any(a.i < c.i for a in told)
        or (
            sent.children(c, "mark")
            and any(_governs(lex, sent, a) for a in sent.children(c, "nsubj"))
        )
    ]


def _governs(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether a demand's addressee is one who governs (states, governments, a parliament, a
    named state or union, the "you" of a letter: lexicon governing_addressees): what it is
    asked to do is a stance; "calls on participants / civil society / agencies to" is none."""
    governing = lex.words.get("governing_addressees", set())
    if tok.upos == "PROPN" and tok.deprel != "obl:agent":  # a named addressee: a state, a
        bodies = lex.words.get("org_nouns", set()) | lex.words.get("body_nouns", set())
        name = [tok, *sent.children(tok, "compound", "flat", "flat:name")]  # union; never a
        return not any(  # party or a network ("urged the X Party to")
            {lex.lemma(t.word), fold(t.word)} & (bodies - governing) for t in name
        )
    return bool({lex.lemma(tok.word), fold(tok.word)} & governing)


_NOT_CHANGES = ("event_nouns", "process_nouns", "document_noun", "document_nouns", "participation")


def _change_noun(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether a noun names a change or a right one may stand for ("the closure of", "an end
    to", "el acceso a", "la régularisation de"; lexicon change_nouns, change_suffixes), never
    a body, a meeting, a text or a process ("the organisation of", "the conference on")."""
    if tok.upos == "VERB":
        return True  # "supports ending detention", "apoya cerrar los centros"
    if tok.upos != "NOUN":
        return False
    lemma, word = lex.lemma(tok.word), fold(tok.word)
    words = lex.words
    bodies = ("org_nouns", "body_nouns", "state_nouns", "group_nouns")
    if {lemma, word} & set().union(*(words.get(k, set()) for k in bodies)) or any(
        _in_class(lex, sent, tok, c) for c in _NOT_CHANGES
    ):
        return False
    if {lemma, word} & words.get("change_nouns", set()):
        return True
    return word.endswith(lex.suffixes.get("change_suffixes", ()) or ("\0",))


def _in_favour_of(lex: Lexicon, sent: Sentence, tok: Token, arg: str) -> list[Token]:
    """What an oblique headed by a stance's own noun bears on ("en faveur de X", "in favour of
    X", where a parser makes "faveur" the oblique and X its "of" phrase): X."""
    return [
        n
        for o in sent.children(tok, "obl", "obl:arg")
        if arg in lex.case_class(o.word) and o.upos == "NOUN"
        for n in sent.children(o, "nmod")
        if _case_ok(lex, sent, n, "of")
    ]


def _request_clauses(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """The infinitive clauses after a verb ("to end X", "garantizar X", "de fermer X"), with no
    mark but those of an infinitive or a "for A to" (never "so that", "para que")."""
    marks = lex.words.get("request_marks", set())
    out = []
    for c in sent.children(tok, "xcomp", "advcl", "ccomp", "acl"):  # (acl: "un llamado a A a")
        if c.upos != "VERB" or c.i < tok.i:
            continue
        own = [fold(m.word) for m in sent.children(c, "mark") if m.i < c.i]
        if any(m not in marks for m in own):
            continue  # "so that", "para que", "pour que": a purpose, not the act asked for
        bare = fold(c.word).endswith(lex.suffixes.get("infinitive_suffixes", ()) or ("\0",))
        if not (bare or set(own) & lex.words.get("infinitive_particles", set())):
            continue  # (an infinitive: "to end", "garantizar", "fermer")
        out.append(c)
    return out


def _passive(sent: Sentence, tok: Token, lex: Lexicon | None = None) -> bool:
    """A passive: marked so by the parser, a participle hanging on a noun ("the text signed
    by"), or (parsers of some languages) a passive auxiliary with an agent ("fue firmado por")."""
    if sent.children(tok, "aux:pass", "nsubj:pass"):
        return True
    if tok.upos == "ADJ" and tok.deprel in ("acl", "amod"):
        return True
    if lex is None:
        return False
    aux = [
        c for c in sent.children(tok, "aux", "cop") if lex.lemma(c.word) in lex.words["passive_aux"]
    ]
    if aux:
        return bool(_agents(lex, sent, tok))
    # a participle with an agent and no subject: "Organised by A and B." (a programme's line),
    # "a debate convened by A" (where the parser makes the participle a verb)
    return (
        not sent.children(tok, *_SUBJ) and _participle(lex, tok) and bool(_agents(lex, sent, tok))
    )


def _participle(lex: Lexicon, tok: Token) -> bool:
    """Whether a verb form may be a participle (languages whose agent word is ambiguous list
    the endings of their participles; others list none and every form may be one)."""
    endings = lex.suffixes.get("participle_suffixes", ())
    return not endings or any(fold(tok.word).endswith(e) for e in endings)


def _decider(lex: Lexicon, sent: Sentence, subj: Token) -> list[Token]:
    """A parser's subject "decision" of "announced their decision not to sign" (the noun of a
    decision made the infinitive's subject) stands for whose decision it is."""
    if subj.upos != "NOUN" or not _in_class(lex, sent, subj, "decide"):
        return [subj]
    owners = sent.children(subj, "nmod:poss") or [
        o for o in sent.children(subj, "nmod") if _case_ok(lex, sent, o, "of")
    ]
    return owners or [subj]


def _slot_heads(lex: Lexicon, sent: Sentence, tok: Token, name: str, arg: str) -> list[Token]:
    if name == "behalf":  # "spoke on behalf of O": O
        return _on_behalf(lex, sent, tok)
    if name == "delegate_subject":  # "the representatives of A and B addressed E": A and B
        return [c for c in _subject(lex, sent, tok) if _delegate(lex, c)]
    if name == "request":  # "calls on A to <act>", "exige a A <act>": the act A is asked to do
        return _requested(lex, sent, tok)
    if name.startswith("change_"):  # "supports the regularisation of X": a change asked for,
        heads = _slot_heads(lex, sent, tok, name.removeprefix("change_"), arg)  # never a thing
        return [h for h in heads if _change_noun(lex, sent, h)]  # ("supports local groups")
    if name == "of_object":  # "welcomed the adoption of the compact": what the object bears on
        return [
            o
            for c in sent.children(tok, "obj")
            for o in sent.children(c, "nmod")
            if _case_ok(lex, sent, o, "of")
        ]
    if name == "drafted":  # "contributed to the drafting of the compact": the compact
        texts = lex.words.get("document_nouns", set())  # ("negotiated the text of the compact")
        drafting = [c for c in sent.children(tok, *_OBL, "obj")
                    if _in_class(lex, sent, c, "drafting_noun")
                    or lex.lemma(c.word) in texts]  # fmt: skip
        return [
            o for c in drafting for o in sent.children(c, "nmod") if _case_ok(lex, sent, o, "of")
        ]
    if name == "subject":
        return [w for c in _subject(lex, sent, tok) for w in _decider(lex, sent, c)]
    if name == "object":
        late = sent.children(tok, "nsubj")
        if late and _object_as_subject(sent, tok, late[0]):
            return late[:1]
        if _passive(sent, tok, lex) or (
            tok.upos == "ADJ"
            and sent.children(tok, "cop")
            and _PARTICIPLE_FORM.search(fold(tok.word))
            and _in_class(lex, sent, tok, "represented")
        ):  # ("Estuvieron representados A y B": a parser's adjective for the participle)
            found = sent.children(tok, "nsubj:pass") or sent.children(tok, "nsubj")
            if not found and tok.deprel in ("acl", "amod"):  # "the statement signed by A"
                head = sent.head(tok)
                found = [head] if head else []
            return found
        objects = sent.children(tok, "obj")
        share = lex.words.get("share_of", set())  # "attended most of the talks": the talks
        objects = [
            next((o for o in sent.children(c, "nmod") if _case_ok(lex, sent, o, "of")), c)
            if lex.lemma(c.word) in share or fold(c.word) in share
            else c
            for c in objects
        ]
        if any(fold(c.word) in lex.words["relative"] for c in objects):
            head = sent.head(tok)  # "the compact, which X left": the noun the clause is on
            return [head] if head is not None and tok.deprel == "acl:relcl" else []
        return objects
    if name in ("oblique", "nmod"):
        found = [c for c in sent.children(tok, *_OBL) if _case_ok(lex, sent, c, arg)]
        if found and tok.upos == "NOUN":  # "the withdrawal of A, B and C" (a parser that
            last = found[-1].i  # hangs the list's other names on the noun): each of them
            found += [c for c in sent.children(tok, "conj") if c.upos == "PROPN" and c.i > last
                      and not sent.children(c, "case")]  # fmt: skip
        # a particle's oblique: "stays away from P", "says no to P" ("away", "no" hold it)
        parts = [c for c in sent.children(tok, "advmod", "compound:prt", "obj")
                 if c.upos in ("ADV", "ADP", "DET", "INTJ", "PART")]  # fmt: skip
        found += [o for p in parts for o in sent.children(p, *_OBL) if _case_ok(lex, sent, o, arg)]
        over = sent.head(tok)  # "no estuvo presente en E": a parser's object of the copula,
        if (  # whose obliques are the adjective's
            tok.upos == "ADJ"
            and tok.deprel in ("obj", "xcomp")
            and over is not None
            and {lex.lemma(over.word), fold(over.lemma)} & lex.words["passive_aux"]
        ):
            found += [c for c in sent.children(over, *_OBL) if _case_ok(lex, sent, c, arg)]
        # a multi-word trigger's noun holds it: "gave its support to D", "apporté son soutien à D"
        held = [c for c in sent.children(tok, "obj") if lex.lemma(c.word) in _entry_words(lex)]
        found += [o for c in held for o in sent.children(c, "nmod") if sent.children(o, "case")
                  and _case_ok(lex, sent, o, arg)]  # fmt: skip
        # an object with a preposition ("aboga por X" parsed as obj) is an oblique
        found += [c for c in sent.children(tok, "obj") if arg and sent.children(c, "case")
                  and _case_ok(lex, sent, c, arg)]  # fmt: skip
        # "miembros fundadores de la red", "membres fondateurs du réseau": the "of" phrase a
        # parser hangs on the noun's qualifier (lexicon member_qualifiers)
        if tok.upos == "NOUN" and not found:
            kinds = lex.words.get("member_qualifiers", set())
            found += [o for a in sent.children(tok, "amod", "appos", "nmod") if a.i == tok.i + 1
                      and (lex.lemma(a.word) in kinds or fold(a.word) in kinds)
                      and not sent.children(a, "case")  # ("miembros fundadores de C")
                      for o in sent.children(a, *_OBL) if _case_ok(lex, sent, o, arg)]  # fmt: skip
        # a parser that reads a capitalised heading as one name hangs "de A" on it as flat
        found += [c for c in sent.children(tok, "flat") if sent.children(c, "case")
                  and _case_ok(lex, sent, c, arg)]  # fmt: skip
        if name == "nmod" and not found and tok.upos == "NOUN":
            found += _actor_event_phrase(lex, sent, tok, arg)
        verb = sent.head(tok)  # "mène la fronde | contre le pacte": a noun's phrase that a
        if name == "nmod" and not found and tok.deprel == "obj" and verb is not None:  # parser
            found += [c for c in sent.children(verb, "obl") if c.i > tok.i  # hangs on the verb
                      and _case_ok(lex, sent, c, arg)]  # fmt: skip
        return found
    if name == "as_holder":  # "A took part as a founding member of C", "participó como
        verb = _as_verb(lex, sent, tok)  # miembro de C": A, the one the noun says it is
        return _subject(lex, sent, verb) if verb is not None else []
    if name == "venue_owner":  # "took place at the headquarters of X", "au siège de X": X
        places = [c for c in sent.children(tok, *_OBL) if _in_class(lex, sent, c, "venue_noun")]
        return [n for c in places for n in sent.children(c, "nmod", "nmod:poss")
                if n.deprel == "nmod:poss" or _case_ok(lex, sent, n, "of")]  # fmt: skip
    if name == "cast_vote":  # "A cast one of the five votes against X": X, under the votes
        return [n for v in _cast_votes(lex, sent, tok) for n in sent.children(v, "nmod", "obl")
                if n.i > v.i and sent.children(n, "case")]  # fmt: skip
    if name == "voted_text":  # "the compact was approved": the text states voted on
        return _slot_heads(lex, sent, tok, arg or "object", "")  # ("voted against the compact")
    if name == "marked":  # "A out of the pact" (a headline): the noun the trigger marks
        head = sent.head(tok)
        if tok.deprel in ("case", "fixed"):
            return [head] if head is not None else []
        return sent.children(tok, *_OBL)
    if name == "marked_holder":  # ... and the word that noun (or the trigger) hangs on: A
        head = sent.head(tok)
        if tok.deprel in ("case", "fixed") and head is not None:
            head = sent.head(head)
        return [head] if head is not None else []
    if name == "verb_event":  # "at the invitation of O, P attended E": what the verb is at
        head = sent.head(tok)
        if head is None or tok.deprel.split(":")[0] not in ("obl", "nmod"):
            return []
        return [c for c in sent.children(head, "obj", *_OBL) if c is not tok]
    if name == "own_speech_subject":  # "In her remarks, P noted", "Durante su intervención,
        up = sent.head(tok)  # P lanzó", "Dans son discours, P a rappelé": the clause's subject
        owned = any(
            _possessive(lex, c) or (c.deprel == "nmod:poss" and c.upos == "PRON")
            for c in sent.children(tok)
        )
        if up is None or up.upos != "VERB" or tok.deprel.split(":")[0] != "obl" or not owned:
            return []
        return [t for t in _subject(lex, sent, up) if t.upos == "PROPN"]
    if name == "possessor":  # "its", "O's"; a possessive determiner ("sus", "ses")
        return [c for c in sent.children(tok) if c.deprel == "nmod:poss" or _possessive(lex, c)]
    if name == "governor":
        head = sent.head(tok)
        return [head] if head is not None and tok.deprel in ("compound", "amod", "nmod") else []
    if name == "appos_of":
        head = sent.head(tok)
        if head is None or tok.deprel != "appos":
            return []
        if head.upos == "NOUN" and _title_word(lex, head):
            return []  # "A, présidente de B, et C, coordinateur de D": a title is no member
        clause = sent.head(head)
        if (
            head.deprel.split(":")[0] == "obl"
            and _case_ok(lex, sent, head, "place")
            and clause is not None
            and clause.deprel == "acl"
            and (holder := sent.head(clause)) is not None
        ):  # "A, founded in 2001 in X, a member of C": the aside is A's, not X's
            return [holder]
        return [_list_first(lex, sent, tok, head)]
    if name == "in_phrase_subject":  # 'In the report "X", A shows'; 'A joined C in support of D'
        head = sent.head(tok)
        rel = tok.deprel.split(":")[0]
        verb = sent.head(head) if head is not None and head.deprel == "obj" else None
        if rel == "nmod" and verb is not None and arg and lex.in_class(arg, lex.lemma(verb.word)):
            head, rel = verb, "obl"  # ("joined others in support of D" hung on the object)
        if (
            head is None
            or rel != "obl"
            or (arg and not lex.in_class(arg, lex.lemma(head.word)))  # (a verb of this class)
            or not _case_ok(lex, sent, tok, "place")
            or any(  # (a text of its own: "in the report "X" of O, A says": O wrote it)
                not arg and (_case_ok(lex, sent, c, "by") or _case_ok(lex, sent, c, "of"))
                for t in [tok, *sent.children(tok, "appos")]
                for c in sent.children(t, "nmod", "acl")
                if not _in_quotes(sent, c)
            )
            or sent.children(head, "aux:pass")
        ):
            return []  # ('in the report "X" by O, A says': O wrote it, not A)
        return sent.children(head, "nsubj")
    if name == "head_subject":
        for anc in sent.ancestors(tok):
            subj = sent.children(anc, *_SUBJ)
            if subj:
                return subj
        return []
    if name == "object_name":  # a named object, a pronoun or a state's or network's noun
        stand = lex.words["state_nouns"] | lex.words.get("org_nouns", set())
        return [
            h for h in _slot_heads(lex, sent, tok, "object", arg)
            if h.upos in ("PROPN", "PRON") or lex.lemma(h.word) in stand
        ]  # fmt: skip
    if name == "oblique_owner":  # "sat on C's committee", "served on the board of C": C
        bodies = [c for c in sent.children(tok, *_OBL) if _case_ok(lex, sent, c, arg)]
        bodies = [c for c in bodies if lex.lemma(c.word) in lex.words["body_nouns"]]
        return [o for c in bodies for o in sent.children(c, "nmod", "nmod:poss")]
    if name == "object_owner":  # the coalition whose secretariat is hosted ("son
        mine = lex.words.get("possessive_determiners", set())  # secrétariat": its antecedent)
        return [
            o
            for c in _object_nouns(sent, tok, lex)
            for o in _owners(sent, c) + [d for d in sent.children(c, "det") if fold(d.word) in mine]
        ] + [
            c for c in _object_nouns(sent, tok, lex) if _office_under(lex, sent, c)
        ]  # (a parser that hangs "C's secretariat" on C: C)
    if name == "title_holder":
        verb = _as_verb(lex, sent, tok)  # "P took part as O's coordinator": P
        if verb is not None and _in_class(lex, sent, verb, "appoint"):
            named = [c for c in sent.children(verb, "obj", "xcomp", "iobj")
                     if c.upos == "PROPN" and c.i < tok.i]  # fmt: skip
            if named:  # "O appointed P as its coordinator", "nombró a P como ...": P, not O
                return named
        return _subject(lex, sent, verb) if verb is not None else _title_holder(lex, sent, tok)
    if name == "appointer":  # "O appointed P as coordinator", "O a élu P comme présidente": O
        verb = _as_verb(lex, sent, tok)
        if verb is None or not _in_class(lex, sent, verb, "appoint"):
            return []
        return sent.children(verb, "nsubj")
    if name in ("current_name", "former_name"):  # "C, formerly B", "C (previously called B)"
        return _renamed(lex, sent, tok, name == "former_name")
    if name == "inside":
        return [c for c in sent.children(tok, "compound", "amod", "flat")]
    if name in ("delegation_members", "delegation_event"):  # "the delegation (of O) (to E)
        nouns = lex.words.get(arg or "delegate_nouns", set())  # included A and B", "la delegación
        subjects = [  # ("the panel was composed of A": a passive's subject too)
            s for s in sent.children(tok, *_SUBJ, "nsubj:pass") if lex.lemma(s.word) in nouns
        ]
        if not subjects:  # (en E) estuvo integrada por A", "la délégation était composée de A"
            return []
        future = lex.suffixes.get("future_suffixes", ())  # ("estará integrada por A": to come)
        if any(fold(c.word).endswith(future) for c in sent.children(tok, "cop", "aux")):
            return []
        if name == "delegation_event":
            return sent.children(subjects[0], "nmod")
        return [c for c in sent.children(tok, "obj", *_OBL) if c.i > tok.i]
    if name == "late_subject":  # "participaron en E A y B": a parser's object after the verb
        where = lex.words.get("adverbial_pronouns", set())  # ("Y ont participé A et B": "y")
        up = sent.head(tok)
        copula = (  # "Étaient présents au forum A et B": the copula a parser makes the verb
            tok.deprel == "xcomp"
            and up is not None
            and lex.lemma(up.word) in lex.words["passive_aux"]
            and not sent.children(up, *_SUBJ)
        )
        if (  # "Étaient présents l'Association X et le Collectif Y": a parser's adjective on
            tok.deprel == "amod"  # the first name, the copula's object
            and up is not None
            and up.i == tok.i + 1 + len([d for d in sent.children(up, "det") if d.i > tok.i])
            and up.deprel == "obj"
            and (verb := sent.head(up)) is not None
            and verb.i < tok.i
            and lex.lemma(verb.word) in lex.words["passive_aux"]
            and not sent.children(verb, *_SUBJ)
        ):  # ("Seront présents A et B": the copula's own forecast, no one yet)
            tense = lex.suffixes.get("future_suffixes", ()) + lex.suffixes.get(
                "conditional_suffixes", ()
            )
            return [] if fold(verb.word).endswith(tense) else [up]
        subjects = [s for s in sent.children(tok, *_SUBJ) if fold(s.word) not in where]
        if subjects or _passive(sent, tok, lex) or (tok.deprel in CLAUSAL and not copula):
            return []  # (of a verb with no subject of its own: the actors, not what is done)
        objects = sent.children(tok, "obj") + (sent.children(up, "obj") if copula and up else [])
        late = [c for c in objects if c.i > tok.i
                and (c.upos == "PROPN" or _delegate(lex, c) or _such_as(lex, sent, c)
                     or c.word[:1].isupper() or _titled_name(sent, c))]  # fmt: skip
        # "Ont pris part à l'atelier des représentants de A et de B": a parser's noun of
        # delegates hung on the oblique that comes before it
        late += [n for o in sent.children(tok, *_OBL) if o.i > tok.i
                 for n in sent.children(o, "nmod") if _delegate(lex, n)]  # fmt: skip
        # "Asistieron al taller delegados de A y de B": a parser's delegates hung on the
        # meeting's noun as its compound, their bodies as the meeting's own "of"
        events = lex.words.get("event_nouns", set())
        late += [n for o in sent.children(tok, "obj", *_OBL) if o.i > tok.i
                 and lex.lemma(o.word) in events
                 and any(_delegate(lex, d) for d in sent.children(o, "compound", "appos"))
                 for n in sent.children(o, "nmod")
                 if n.upos == "PROPN" and _case_ok(lex, sent, n, "of")]  # fmt: skip
        # "Estuvieron presentes en el foro A y B": names a parser sets beside the oblique
        for o in sent.children(tok, *_OBL):
            named = [a for a in sent.children(o, "appos")
                     if a.i > o.i and (a.upos == "PROPN" or a.word[:1].isupper())]  # fmt: skip
            if o.i > tok.i and named and not sent.children(o, "nmod"):
                late += named + [c for c in sent.children(o, "conj")
                                 if c.upos == "PROPN" and c.i > named[0].i]  # fmt: skip
        late += _appos_on_cased_object(lex, sent, tok, late)
        return late
    if name == "copula_head":  # "Also present were A and B", "Among those present were A": a
        cur = tok  # parser's copula on the names, the trigger (or "those" it hangs on) its subject
        if tok.deprel == "amod" and sent.head(tok) is not None:
            cur = sent.head(tok) or tok
        elif tok.deprel.startswith("acl") and sent.head(tok) is not None:
            head = sent.head(tok)  # "Among those attending E were A": the verb on "those"
            if head is not None and head.upos in ("DET", "PRON", "ADJ"):  # ("La primera en
                cur = head  # intervenir fue P", "La première à prendre la parole fut P")
        up = sent.head(cur)
        subject = cur.deprel.startswith(("nsubj", "csubj")) or (
            up is not None and cur.deprel == "dep" and cur.i < up.i
        )  # ("Attending E were A and B", "Represented at E were A": a clausal subject)
        if up is None or not subject or not sent.children(up, "cop"):
            return []
        negation = lex.words.get("negation", set())  # ("... were not A": the copula's own)
        if any(fold(c.word) in negation for c in sent.children(up, "advmod", "neg")):
            return []
        perfect = lex.words.get("perfect_aux", set())  # ("... will be A", "may be A": the
        if any(lex.lemma(c.word) not in perfect for c in sent.children(up, "aux")):  # copula's
            return []  # own forecast or hedge)
        return [up]
    if name == "own_word_appos":  # "tomó la palabra P", "a pris la parole P": a parser's
        if sent.children(tok, *_SUBJ):  # apposition on the trigger's own object, where the
            return []  # verb has no subject of its own
        own = {w for e in lex.triggers.get(arg, set()) for w in e[1:]}
        return [
            a for o in sent.children(tok, "obj") if lex.lemma(o.word) in own
            for a in sent.children(o, "appos") if a.upos == "PROPN"
        ]  # fmt: skip
    if name == "in_charge":  # "la inauguración estuvo / corrió a cargo de P": P (lexicon
        return _in_charge(lex, sent, tok)  # in_charge), never a forecast, hedge or negation
    if name == "in_charge_delegates":  # "... a cargo de P y de delegados de A y B": the
        return [  # nouns of delegates in that list (each stands for the bodies it names)
            t
            for h in _in_charge(lex, sent, tok, names=False)
            for t in sent.subtree(h, CLAUSAL - {"conj"})
            if (t is h or t.deprel in ("conj", "appos")) and _delegate(lex, t)
        ]
    if name == "xcomp_oblique":  # "vuelve a adherirse al pacto": the oblique of the verb it rules
        return [o for x in sent.children(tok, "xcomp") for o in sent.children(x, *_OBL)]
    if name == "listed":  # "X's partners include A and B", "X's partner, Y", "... are A and B"
        found = sent.children(tok, "appos")
        head = sent.head(tok)
        if head is not None and tok.deprel.startswith("nsubj"):
            if lex.in_class("include", lex.lemma(head.word)):
                found += sent.children(head, "obj")
            elif sent.children(head, "cop"):
                found.append(head)
            elif head.upos == "AUX" and _among_verb(lex, head):  # "los panelistas fueron: A,
                found += [c for c in sent.children(head, "obj") if c.i > head.i]  # ...; B"
        return found
    if name == "thanked":  # "thanked P for a strong opening statement": P spoke
        head = sent.head(tok)
        if head is None or not _in_class(lex, sent, head, "thank"):
            return []
        return [c for c in sent.children(head, "obj", "iobj") if c.i != tok.i]
    if name == "verb_subject":  # "P served as rapporteur", "with P serving as rapporteur"
        head = sent.head(tok)
        return _subject(lex, sent, head) if head is not None else []
    if name == "among":  # "among the speakers were A and B"; "the speakers, including A"
        if arg == "adj" and tok.upos != "ADJ":
            return []  # (only a tagger's adjective: a noun has its own frames)
        head = sent.head(tok)
        if tok.upos == "ADJ" and tok.deprel == "amod" and head is not None and head.upos == "NOUN":
            tok, head = head, sent.head(head)  # "entre las organizaciones firmantes están A"
        among = _case_ok(lex, sent, tok, "among")
        found = [c for c in sent.children(tok, *_OBL) if _case_ok(lex, sent, c, "among")]
        if among and head is not None and tok.deprel.split(":")[0] in ("nmod", "obl"):
            if sent.children(head, "cop"):
                found.append(head)  # "among the speakers were A": the copula's head
            elif _among_verb(lex, head):  # "entre ellos estuvieron A" ("parmi les participants
                found += sent.children(head, "nsubj") or [  # figuraient A": a parser's object)
                    c for c in sent.children(head, "obj") if c.i > head.i
                ]
        verbs = [head] if found and head is not None else []
        if among:  # "parmi les intervenants figuraient A" (the verb hung on the noun)
            for verb in sent.children(tok, "acl"):
                if _among_verb(lex, verb):
                    found += sent.children(verb, "nsubj", "obj")
                    verbs.append(verb)
        if any(_not_said_as_fact(lex, sent, v) for v in verbs):
            return []  # ("entre los ponentes estará / no estuvo / podría estar A": to come,
        return found  # denied or hedged)
    if name == "before":  # "General Assembly President P": the body named just before
        k = tok.i - 1  # back over the title's own words ("Deputy Prime")
        while k >= 0 and sent.tokens[k].head == tok.head and _title_word(lex, sent.tokens[k]):
            k -= 1
        prev = sent.tokens[k] if k >= 0 else None
        same = prev is not None and prev.head == tok.head and prev.deprel == "compound"
        return [prev] if same and prev is not None and tok.deprel == "compound" else []
    return []


def _former_name_node(doc: Doc, ent: Ent) -> Ent | None:
    """A known body's former name, as written, is a node of its own for the old name ("launched
    in 2004 as <its former name>": the lists give the old name to the body it became)."""
    entry = doc.gz.entry(ent.id) if ent.id else None
    if entry is None or not ent.text:
        return None
    if fold(ent.text) not in {fold(n) for n in entry.former_names}:
        return None
    return doc.replace(ent, candidate(ent.start, ent.end, ent.text, ent.text, ent.type, 0.6))


_ASIDE_OPEN = re.compile(r"[ \t]*[(,\u2013\u2014][ \t]*$|[ \t]+-[ \t]+$")
_ASIDE_CLOSE = re.compile(  # (a year may close the aside: "devenu C en 2015,")
    r"[ \t]*(?:(?:in|en|since|desde|depuis)[ \t]+\d{4}[ \t]*)?(?:[),;.\u2013\u2014]|[ \t]-[ \t]|$)"
)
_NAMING_GAP = re.compile(
    r"[ \t]*(?:(?:known|called|named|conocid[oa]s?|llamad[oa]s?|denominad[oa]s?|connue?s?|"
    r"appel[ée]e?s?|nomm[ée]e?s?)[ \t]+(?:as|como|comme|sous le nom de)?[ \t]*)?"
    r"(?:(?:the|el|la|los|las|le|les)[ \t]+|l[\u2019'][ \t]*)?"
)


def _renamed_in_text(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, former: bool, types: tuple[str, ...]
) -> list[Ent]:
    """The two names an aside with a word of an earlier time sets side by side, read from the
    words where a parser's tree of the aside is no guide ("C - formerly B -", "C (antes B)",
    "C, anciennement appelé B,"): the name right before the bracket, comma or dash is the
    current one, the name right after the word (and "known as", "the") the old one, which
    ends the aside."""
    if tok.upos not in ("ADV", "ADJ", "VERB"):
        return []
    before = [
        e
        for e in doc.ents_in(sent.start, tok.start, types)
        if (m := _ASIDE_OPEN.search(doc.text, e.end, tok.start)) and m.start() == e.end
    ]
    gap = _NAMING_GAP.match(doc.text, tok.end)
    after = [e for e in doc.ents_in(tok.end, tok.end + 200, types)
             if gap is not None and e.start == gap.end()]  # fmt: skip
    if not before or not after or not _ASIDE_CLOSE.match(doc.text, after[0].end):
        return []
    return [after[0]] if former else [before[-1]]


def _renamed(lex: Lexicon, sent: Sentence, tok: Token, former: bool) -> list[Token]:
    """The two names a word of an earlier time sets side by side: "C, formerly B", "C
    (previously the B)", "C, anciennement B" (the name it qualifies is the old one, the one
    that name is set beside the current); "C was previously called B", "C, anteriormente
    conocida como B", "C, anciennement appelé B" (a naming verb's object or "as" phrase is the
    old name, its subject or the noun it qualifies the current)."""
    h = sent.head(tok)
    if h is None or tok.deprel != "advmod":
        return []
    if _in_class(lex, sent, h, "name_verb"):
        if former:
            return [c for c in sent.children(h, "obj", "xcomp", *_OBL)
                    if c.upos in ("PROPN", "NOUN") and (c.deprel in ("obj", "xcomp")
                    or _case_ok(lex, sent, c, "as") or sent.children(c, "mark"))]  # fmt: skip
        up = sent.head(h)
        if h.deprel in ("acl", "amod", "appos", "dep") and up is not None:
            return [up]
        return sent.children(h, "nsubj:pass", "nsubj")
    up = sent.head(h)
    if h.upos in ("PROPN", "NOUN") and h.deprel in ("appos", "dep", "parataxis") and up is not None:
        return [h] if former else [up]
    return []


def _org_follows_title(doc: Doc, sent: Sentence, tok: Token) -> bool:
    """Whether an organization's name follows a title right after its comma ("Présidente,
    Union X"): the title of that body."""
    k = tok.i + 1
    if k + 1 >= len(sent.tokens) or sent.tokens[k].word != ",":
        return False
    nxt = sent.tokens[k + 1]
    if nxt.upos == "DET" and k + 2 < len(sent.tokens):
        nxt = sent.tokens[k + 2]
    return any(e.start == nxt.start and e.type in _ORGS
               for e in doc.ents_in(nxt.start, nxt.end + 200))  # fmt: skip


def _name_before_comma(sent: Sentence, tok: Token) -> Token | None:
    """The name that ends right before ", <tok>" (its first word's token), else None."""
    if tok.i < 2 or sent.tokens[tok.i - 1].word != ",":
        return None
    name = sent.tokens[tok.i - 2]
    if name.upos != "PROPN":
        return None
    while name.deprel.split(":")[0] in ("flat", "compound") and (up := sent.head(name)):
        if up.upos != "PROPN" or up.i > name.i:
            break
        name = up
    return name


def _list_first(lex: Lexicon, sent: Sentence, tok: Token, head: Token) -> Token:
    """The first name of a list a plural apposition after it speaks of ("A and B, members of
    C", "A y B, miembros de C": a parser hangs it on B), else the name it hangs on."""
    if head.deprel != "conj" or not _plural(lex, sent, tok) or tok.i < head.i:
        return head
    if not fold(tok.word).endswith(("s", "x")):
        return head  # "A, juriste à X, et B, chercheuse à Y": a feminine title, lemma masculine
    while head.deprel == "conj" and sent.head(head) is not None:
        head = sent.head(head) or head
    return head


def _as_verb(lex: Lexicon, sent: Sentence, tok: Token) -> Token | None:
    """The verb a title hangs on with "as" ("took part as coordinator of O", "participó como
    coordinadora de O", "a parlé comme directrice de O"), else None."""
    head = sent.head(tok)
    if (
        head is None
        or head.upos not in ("VERB", "AUX")
        or tok.deprel.split(":")[0] not in ("obl", "nmod", "xcomp", "advcl", "obj")
    ):
        return None
    marks = sent.children(tok, "case", "mark")
    return head if any("as" in lex.case_class(m.word) for m in marks) else None


_TITLES = ("title_noun", "state_title")


def _title_word(lex: Lexicon, tok: Token) -> bool:
    lemma = lex.lemma(tok.word)
    return any(
        entry[0] in (lemma, fold(tok.word)) for c in _TITLES for entry in lex.triggers.get(c, ())
    )


def _body_title(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A title whose words name a body ("Assembly President", "Council chair")."""
    near = [*sent.children(tok, "compound", "amod")]
    near += [t for t in sent.tokens[: tok.i] if t.head == tok.head and t.deprel == "compound"]
    return any(lex.lemma(t.word) in lex.words.get("body_nouns", ()) for t in near)


def _hyphen_head(sent: Sentence, tok: Token) -> Token | None:
    """The word a title word is joined to by a hyphen and hangs on ("Secretary-General")."""
    if tok.i + 2 >= len(sent.tokens) or sent.tokens[tok.i + 1].word != "-":
        return None
    nxt = sent.tokens[tok.i + 2]
    return nxt if tok.head == nxt.i and nxt.start == tok.end + 1 else None


def _title_continues(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether the next word goes on with the same title ("Prime" before "Minister")."""
    if tok.i + 1 >= len(sent.tokens):
        return False
    nxt = sent.tokens[tok.i + 1]
    return nxt.head == tok.head and nxt.deprel in ("compound", "amod") and _title_word(lex, nxt)


def _another_title_between(between: str) -> bool:
    """Whether a stretch of text after a title holds another title of a body of its own, set
    off by a comma (", the Chancellor of B,"): what follows is that title's."""
    return any(set(m.group(1).split()) & ROLE_WORDS for m in _COMMA_TITLE.finditer(between))


_COMMA_TITLE = re.compile(
    r",\s*(?:(?:the|la|el|le|l')\s*)?((?:[a-z\-]+\s+){0,2}[a-z\-]+)\s+(?:of|de|du|del|des)\s"
)


def _title_holders(doc: Doc, sent: Sentence, tok: Token, found: list[Ent]) -> list[Ent]:
    """The person of a title, never a "person" whose name holds the title itself (an entity
    layer that read "Foreign Minister" as a name): then the proper names after the title."""
    good = [e for e in found if not e.start <= tok.start < e.end]
    good = [  # "the Prime Minister of A, the Chancellor of B, P": P holds the nearer title
        e for e in good
        if e.start < tok.end or not _another_title_between(fold_slice(doc.text, tok.end, e.start))
    ]  # fmt: skip
    if not fold(tok.word).endswith(("s", "x")):  # ("the chair, P; the president of C, Q": a
        good = [  # semicolon parts a list's people; a plural title may be shared across it:
            e for e in good  # "los cónsules de A, P; de B, Q")
            if ";" not in doc.text[min(e.end, tok.start) : max(e.start, tok.end)]
        ]  # fmt: skip
    if _names_a_body(doc, tok):
        return []  # "la Coordinadora de Instituciones de X (CIX)": a body's name, no title
    before = _person_before(doc, sent, tok)
    if before is not None and good:  # "A, titular de la unidad de X; B, ...": the title is A's
        ahead = [e for e in good if e.start < tok.start]  # ("A and B, directors of X": both)
        if not fold(tok.word).endswith(("s", "x")):
            return [before]  # a title in the singular is one person's ("...; C, delegada de X")
        return ahead if any(e.key == before.key for e in ahead) else [before]
    if good or not found:
        return good
    head = sent.head(tok)
    if head is None:
        return []
    names = [t for t in sent.tokens[tok.i + 1 : head.i + 1] if t.upos == "PROPN"]
    if not names or names[-1].i != head.i:
        return []
    text = doc.text[names[0].start : names[-1].end]
    if len(names) < 2 or not all(t.word[:1].isupper() for t in names):
        return []
    return [doc.add(candidate(names[0].start, names[-1].end, text, text, "Person", 0.6))]


_ACRONYM_PAREN = re.compile(r"[ \t\u00a0]*\([A-Z][A-Z0-9&.\-]{1,11}\)")


def _names_a_body(doc: Doc, tok: Token) -> bool:
    """A capitalised title word that opens a name spelled by an acronym after it ("Coordinadora
    de Instituciones de X (CIX)", "Commissioner for Refugees Office (CRO)")."""
    if not tok.word[:1].isupper():
        return False
    run = NP.match(doc.text, tok.start)
    if run is None or run.end() <= tok.end or not _ACRONYM_PAREN.match(doc.text, run.end()):
        return False
    people = doc.ents_in(tok.start, run.end(), ("Person",))
    return not any(e.end == run.end() for e in people)  # ("President A B (ABC)": A B's title)


def _person_before(doc: Doc, sent: Sentence, tok: Token) -> Ent | None:
    """The person a title follows in a list of people and their titles ("A, director of X";
    "A, Ambassador, Head of the Delegation of X; B, ..."): the nearest person before the
    title, then a comma, with only titles' words and commas between (no other person, no
    semicolon, no verb); or the name right before the bracket a title opens ("A (researcher
    at X and member of Y), B (director of Z)": X and Y are A's alone)."""
    k = tok.i
    while (
        k > 0
        and sent.tokens[k - 1].head == tok.i
        and sent.tokens[k - 1].deprel in ("amod", "compound", "det")
    ):
        k -= 1
    up = sent.head(tok)
    if (  # a second title in the same bracket ("(investigadora de X e integrante de Y)")
        k > 0
        and tok.deprel == "conj"
        and up is not None
        and up.i < tok.i
        and sent.tokens[k - 1].upos == "CCONJ"
        and not any(t.word in ("(", ")", ";") for t in sent.tokens[up.i : tok.i])
    ):
        return _person_before(doc, sent, up)
    if k > 0 and sent.tokens[k - 1].word == "(":
        opened = sent.tokens[k - 1]
        named = [e for e in doc.ents_in(max(sent.start, opened.start - 200), opened.start,
                                        ("Person",)) if e.text]  # fmt: skip
        if named and not doc.text[named[-1].end : opened.start].strip():
            return named[-1]
        return None
    if k == 0 or sent.tokens[k - 1].word != ",":
        return None
    comma = sent.tokens[k - 1]
    people = [e for e in doc.ents_in(max(sent.start, comma.start - 300), comma.start, ("Person",))
              if e.text]  # fmt: skip
    if not people:
        return None
    person = people[-1]
    between = [t for t in sent.tokens if person.end <= t.start and t.end <= comma.start]
    if between and (between[0].word != "," or len(between) > 16):
        return None
    if any(t.word in (";", "(", ")") or t.upos in ("VERB", "AUX", "PRON") for t in between):
        return None
    return person


def _fronted_appos(sent: Sentence, tok: Token) -> list[Token]:
    """A subject a parser hung as an apposition on the oblique that opens the clause, set off
    by a comma before the verb that has no subject ("Pendant l'atelier, P, directrice de O, a
    souligné": P), a proper name only."""
    for o in sent.children(tok, "obl"):
        if o.i > tok.i:
            continue
        for a in sent.children(o, "appos"):
            comma = a.i > 0 and sent.tokens[a.i - 1].word == ","
            if a.upos == "PROPN" and o.i < a.i < tok.i and comma:
                return [a]
    return []


def _credited(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token] | None:
    """Who did an act another is thanked or praised for ("P thanked O for hosting E", "agradeció
    a O por organizar E", "a remercié O d'avoir organisé E"): the object of the verb that
    credits, never its subject (None where the trigger is no such act)."""
    up = sent.head(tok)
    if (
        up is None
        or tok.deprel.split(":")[0] not in ("advcl", "xcomp", "acl", "obl")
        or sent.children(tok, "nsubj", "csubj")
        or not {lex.lemma(up.word), fold(up.lemma)} & lex.words.get("credit_verbs", set())
    ):
        return None
    return [c for c in sent.children(up, "obj", "iobj", "obl") if c.i < tok.i][:1]


def _subject(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """The logical subject: a passive's agent, else nsubj; climbing control verbs,
    coordinated verbs and relative clauses when the trigger has none of its own."""
    if _passive(sent, tok, lex):
        return _agents(lex, sent, tok)
    up = sent.head(tok)
    if (
        tok.upos == "NOUN"
        and tok.deprel == "obj"
        and up is not None
        and up.upos == "VERB"
        and fold(up.word).endswith("ing")
        and up.i == tok.i - 1
        and any(lex.lemma(a.word) == "be" for a in sent.children(up, "aux"))
    ):  # "A and B are founding members of C": a parser's verb for the noun's adjective
        return sent.children(up, "nsubj")
    credited = _credited(lex, sent, tok)
    if credited is not None:
        return credited
    cur: Token | None = tok
    for _ in range(4):
        if cur is None:
            return []
        subj = sent.children(cur, "nsubj", "csubj")
        subj = [s for s in subj if s.deprel != "nsubj:pass"]
        if subj and _object_as_subject(sent, cur, subj[0]):
            subj = []  # "que no firmaría el pacto": the pact is what is signed
        if subj:
            s = subj[0]
            after = [c for c in sent.conjuncts(s)[1:] if c.i > s.i]
            if s.upos in ("PROPN", "NOUN") and sent.children(s, "case") and after:
                # "Unlike A, B and C left", "Contrairement à A, B et C ont quitté": a name
                # with a preposition is no subject; the names a parser hung on it after it are
                return after[:1]
            # (a parser may hang a relative clause as a plain dep)
            up = sent.head(cur)
            among = [o for o in sent.children(cur, "obl") if o.i < s.i
                     and _case_ok(lex, sent, o, "among")]  # fmt: skip
            if fold(s.word) in lex.words["relative"] and cur.deprel == "csubj" and among:
                return among[:1]  # (a parser's "among the N that endorsed X are A, B": N)
            if fold(s.word) in lex.words["relative"] and (
                cur.deprel in ("acl:relcl", "acl", "dep")
                or (cur.deprel == "ccomp" and up is not None and up.upos == "NOUN")
            ):  # (a parser's relative clause on a noun read as its ccomp)
                head = sent.head(cur)
                said = _group_said_of(lex, sent, head) if head is not None else []
                if said:
                    return said  # "A and B are among the countries that have left"
                # "A, B and C, which have left": a clause after a comma on a list's last
                # member speaks of the whole list (its first member holds the others)
                comma = s.i > 0 and sent.tokens[s.i - 1].upos == "PUNCT"
                while comma and head is not None and head.deprel == "conj":
                    up = sent.head(head)
                    if up is None or up.upos not in ("NOUN", "PROPN"):
                        break
                    head = up
                return [head] if head else []
            stray = [c for c in sent.children(cur, "conj") if c.upos == "PROPN" and c.i > s.i
                     and s.upos == "PROPN" and sent.children(c, "cc")
                     and not sent.children(c, *_SUBJ, "obj", "cop", "aux")]  # fmt: skip
            return [s, *stray]  # ("Sont intervenus A, juriste à O, et B": B hung on the verb)
        if cur is tok and tok.upos in ("VERB", "AUX"):
            fronted = _fronted_appos(sent, tok)
            if fronted:
                return fronted
        if cur.deprel in ("acl", "amod") and cur.upos == "VERB":
            head = sent.head(cur)  # "Among those abstaining were A and B", "among the
            said = (  # countries abstaining were A and B": the names the group is said of
                _group_said_of(lex, sent, head)
                if head is not None and _case_ok(lex, sent, head, "among")
                else []
            )
            denied = any(  # ("... were not A and B": none of them)
                fold(c.word) in lex.words["negation"] or lex.lemma(c.word) in lex.words["negation"]
                for s in said
                for c in sent.children(s, "advmod")
            )
            if said and not denied:
                return said
        if cur.deprel in ("acl:relcl", "acl"):
            head = sent.head(cur)
            if head is not None and cur.deprel == "acl" and sent.children(cur, "mark"):
                # "A's refusal to sign", "la decisión de A de no firmar", "le refus de A de
                # signer": the one who acts is the noun's owner
                owners = sent.children(head, "nmod:poss") or [
                    c for c in sent.children(head, "nmod")
                    if c.i < cur.i and _case_ok(lex, sent, c, "of")
                ]  # fmt: skip
                if owners and head.upos == "NOUN":
                    return owners[:1]
            joined = _joined_then(lex, sent, cur) if cur is tok else None
            if joined is not None:
                return joined
            return [head] if head else []
        if cur.deprel in ("dep", "parataxis", "appos", "list") and cur is tok:
            head = sent.head(cur)
            if (
                head is not None
                and head.upos in ("PROPN", "NOUN")
                and head.deprel == "root"
                and any(c.word == ":" and head.i < c.i < cur.i for c in sent.children(head))
            ):
                return [head]  # "Austria: will not sign", a list's line: the label acts
        up = sent.head(cur)
        if cur.deprel == "dep" and up is not None and fold(up.word) in lex.words["relative"]:
            # "P, who directs O, and Q": a parser's loose relative pronoun hung on the name
            named = sent.head(up)
            return [named] if named is not None and named.upos in ("PROPN", "NOUN") else []
        head = sent.head(cur)
        if (
            (cur.deprel == "advcl" or (cur.deprel == "dep" and sent.children(cur, "case", "mark")))
            and head is not None
            and _passive(sent, head, lex)
        ):
            # "A was criticised for leaving P": the passive's subject acts; "A and B were
            # joined by C in rejecting P": its agents too, for a verb of joining
            patients = sent.children(head, "nsubj:pass")[:1]
            if patients and _in_class(lex, sent, head, "join_group"):
                return patients + _agents(lex, sent, head)
            if patients:
                return patients
        if cur.deprel not in ("xcomp", "conj", "ccomp", "advcl"):
            return []
        if cur.deprel == "xcomp" and head is not None and sent.children(head, "obj"):
            return sent.children(head, "obj")[:1]  # "urged X to leave": X leaves, if anyone
        cur = head
    return []


def _joined_then(lex: Lexicon, sent: Sentence, clause: Token) -> list[Token] | None:
    """ "A joined 40 other groups, calling on states to act": a participle after a comma on
    the group one joins is said of the one who joins too (its subject; None if no such form)."""
    head = sent.head(clause)
    verb = sent.head(head) if head is not None else None
    if (
        head is None
        or verb is None
        or head.deprel != "obj"
        or not _in_class(lex, sent, verb, "join_group")
        or sent.children(clause, "mark", "nsubj")
        or not any(c.upos == "PUNCT" and head.i < c.i < clause.i for c in sent.children(head))
    ):
        return None
    return _subject(lex, sent, verb)


def _dropped_subject_event(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """A Spanish main verb with no subject of its own ("También reunió a representantes de A y
    B", the meeting told of in the sentence before): the event in focus there."""
    if doc.language != "es" or tok.deprel != "root" or tok.upos not in ("VERB", "AUX"):
        return []
    if sent.children(tok, "nsubj", "nsubj:pass", "csubj") or _slot_heads(
        lex, sent, tok, "subject", ""
    ):
        return []
    k = next((i for i, u in enumerate(doc.units) if u.start <= sent.start < u.end), 0)
    before = doc.units[k - 1] if k > 0 else None
    told = {e.key for e in doc.events_in(before.start, before.end)} if before else set()
    # (only the meeting the sentence right before tells of: "La red X nació en 2010. Reúne a
    # A y B" is no meeting's)
    return [e for e in _focus(doc, sent, "event", types) if e.key in told]


def _actor_event_phrase(lex: Lexicon, sent: Sentence, tok: Token, arg: str) -> list[Token]:
    """The meeting a parser hangs on the actor of a noun of taking part instead of on the noun
    ("the participation of O in the workshop", "la participation de O à l'atelier": "in the
    workshop" under O): an event noun after the actor's of-phrase, with a case of that class."""
    if arg != "at":
        return []
    nouns = lex.words.get("event_nouns", set())
    return [
        t
        for o in sent.children(tok, "nmod")
        if _case_ok(lex, sent, o, "of")
        for t in sent.subtree(o, CLAUSAL)
        if t.i > o.i
        and t.deprel == "nmod"
        and lex.lemma(t.word) in nouns
        and sent.children(t, "case")
        and _case_ok(lex, sent, t, arg)
    ]


def _object_as_subject(sent: Sentence, verb: Token, subj: Token) -> bool:
    """A parser's post-verbal "subject" of a verb without an object, in a clause that takes
    its subject from the clause above ("anunció que no firmaría el pacto"): the object."""
    return (
        subj.i > verb.i
        and subj.upos == "NOUN"
        and not sent.children(verb, "obj")
        and verb.deprel in ("ccomp", "xcomp")
        and not sent.children(verb, "aux:pass", "cop")
    )


def _agents(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """A passive's agents: an oblique with the agent's case word (some parsers label it obj)."""
    return [c for c in sent.children(tok, *_OBL, "obj") if _case_ok(lex, sent, c, "by")]


def _case_ok(lex: Lexicon, sent: Sentence, tok: Token, wanted: str) -> bool:
    cases = sent.children(tok, "case")
    if not wanted:
        return True
    if wanted in ("for", "against") and any(  # "a favor de", "en contra de": a stance's
        wanted in lex.case_class(f.word) for c in cases for f in sent.children(c, "fixed")
    ):  # word fixed on the case
        return True
    return any(wanted in lex.case_class(c.word) for c in cases) or (
        wanted == "by" and tok.deprel == "obl:agent"
    )


def _has_object(lex: Lexicon, sent: Sentence, tok: Token, cls: str) -> bool:
    return any(
        lex.in_class(cls, lex.lemma(n.word))
        or lex.in_class(cls, fold(n.lemma))
        or _in_class(lex, sent, n, cls)  # "the coordination office", "la oficina de coordinación"
        for n in _object_nouns(sent, tok, lex)
    ) or any(_office_under(lex, sent, n, cls) for n in _object_nouns(sent, tok, lex))


def _office_under(lex: Lexicon, sent: Sentence, noun: Token, cls: str = "secretariat") -> bool:
    """A name the parser made the object with its office hung under it ("C's secretariat is
    hosted by X" read as C ... secretariat): the office's owner is that name."""
    return any(
        c.deprel == "nmod" and lex.in_class(cls, lex.lemma(c.word)) and c.i > noun.i
        for c in sent.children(noun)
    )


def _object_nouns(sent: Sentence, tok: Token, lex: Lexicon | None = None) -> list[Token]:
    found = sent.children(tok, "obj", "nsubj:pass")
    if not found and tok.deprel in ("acl", "amod"):
        head = sent.head(tok)
        found = [head] if head else []
    if not found and lex is not None and _passive(sent, tok, lex):  # "es acogida por X"
        found = sent.children(tok, "nsubj")  # (a passive parsed as a copula and a noun)
    return found


def _owners(sent: Sentence, noun: Token) -> list[Token]:
    return [c for c in sent.children(noun) if c.deprel in ("nmod:poss", "nmod", "compound")]


def _title_holder(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """The person a title word belongs to: "P, director of O" (appos), "Minister P" (the
    title inside the name's phrase), "the director, P" (P appos of the title), "P is the
    director" (copula)."""
    head = sent.head(tok)
    own = [c for c in sent.children(tok, "appos") if c.upos == "PROPN" and c.i > tok.i]
    if tok.deprel == "conj" and own:  # "P, the prime minister, or the German chancellor, Q":
        return own  # a second title with a name of its own is that name's
    if (  # "P, fondateur et vice-président de O": the second title is the first one's holder's
        tok.deprel == "conj"
        and head is not None
        and head.i < tok.i
        and _title_word(lex, head)
        and not any(t.upos == "PROPN" for t in sent.tokens[head.i + 1 : tok.i])
    ):
        return _title_holder(lex, sent, head)
    if tok.deprel == "appos" and head is not None and head.upos != "PROPN":
        near = _name_before_comma(sent, tok)  # "de P, présidente de O, et de Q, chercheuse
        if near is not None:  # au Centre Y": a parser that hangs Q's title on the list's noun
            return [near]
    if tok.deprel == "appos" and head is not None:
        return [_list_first(lex, sent, tok, head)]
    if tok.deprel == "nmod" and sent.children(tok, "case"):
        return []  # "the Office of the High Commissioner": a title inside a body's name
    if (
        tok.deprel.startswith("nsubj")
        and head
        and head.upos == "PROPN"
        and sent.children(head, "cop")
    ):
        return [head]  # "its director is P"
    if (  # "P, who is the chair of O": a parser that makes "who" the copula's head
        tok.deprel.startswith("nsubj")
        and head is not None
        and fold(head.word) in lex.words["relative"]
        and sent.children(head, "cop")
        and head.i >= 2
        and sent.tokens[head.i - 1].word == ","
        and sent.tokens[head.i - 2].upos == "PROPN"
    ):
        return [sent.tokens[head.i - 2]]
    tails = lex.words.get("title_tails", set())
    while (  # "IOM Director General P": the title ends at "General", the name comes after it
        head is not None
        and head.i == tok.i + 1
        and tok.deprel in ("compound", "flat", "amod")
        and fold(head.word) in tails
        and (after := sent.head(head)) is not None
        and after.upos == "PROPN"
        and after.i > head.i
    ):
        tok, head = head, after
    if tok.deprel in ("compound", "nmod", "amod", "flat", "acl") and head and head.upos == "PROPN":
        up = sent.head(head)  # ("Le 22 mai, P Q, chargée de ...": hung on the name's last word)
        if tok.deprel == "acl" and head.deprel == "flat:name" and up is not None:
            return [up]
        return [head]  # ("acl": "P, responsable de O" read as an adjective's clause)
    found = [c for c in sent.children(tok, "appos", "flat") if c.upos == "PROPN"]
    # "O's director P opened": a parser may hang the name after the title as a loose "dep"
    found += [c for c in sent.children(tok, "dep") if c.upos == "PROPN" and c.i > tok.i
              and all(t.upos == "PROPN" for t in sent.tokens[tok.i + 1 : c.i])]  # fmt: skip
    # "a déclaré sa présidente, P": a parser's second subject right after the title and a comma
    found += [c for c in sent.children(head, "nsubj") if c.upos == "PROPN"
              and tok.deprel == "nsubj" and c.i == tok.i + 2
              and sent.tokens[tok.i + 1].word == ","] if head is not None else []  # fmt: skip
    if found:
        return found
    appointed = head is not None and _in_class(lex, sent, head, "appoint")
    if head is not None and tok.deprel in ("obj", "xcomp") and appointed:
        # "P was appointed director of O", "fue nombrada directora de O", "a été élue
        # présidente de O", "P became director of O": the verb's own subject, not its agent
        return sent.children(head, "nsubj:pass") or [
            s for s in sent.children(head, "nsubj") if not _case_ok(lex, sent, s, "by")
        ]
    if sent.children(tok, "cop"):
        subjects = sent.children(tok, "nsubj")
        if (  # "P, qui est présidente de O": the relative pronoun stands for P
            head is not None
            and tok.deprel == "acl:relcl"
            and head.upos == "PROPN"
            and all(fold(x.word) in lex.words["relative"] for x in subjects)
        ):
            return [head]
        return subjects
    # "the director of O, P": a parser may hang P on O
    return [c for o in sent.children(tok, "nmod") for c in sent.children(o, "appos")
            if c.upos == "PROPN" and c.i > o.i][-1:]  # fmt: skip


def _body_of_state(doc: Doc, lex: Lexicon, tok: Token, types: tuple[str, ...]) -> bool:
    """In a state's decision, a body of the state that decides for itself ("Belgium's largest
    party", "Slovakia's parliament", "el partido gobernante de Polonia"; lexicon own_bodies):
    its own decision, never the state's; "Austria's government", "the Czech cabinet", "the
    Federal Council" stand for it."""
    if not doc.memo.get("capitals") or "Government" not in types:
        return False
    lemmas = {lex.lemma(tok.word), fold(tok.lemma)}
    return bool(lemmas & lex.words.get("own_bodies", set()))


def _state_of_office(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> Ent | None:
    """The state whose office abroad a token heads ("the Permanent Mission of X", "l'ambassade
    du X", "la Misión Permanente de X"; lexicon state_body_nouns): the state X."""
    if lex.lemma(tok.word) not in lex.words.get("state_body_nouns", set()):
        return None
    for part in sent.children(tok, "nmod", "flat", "flat:name"):
        if part.deprel == "nmod" and not _case_ok(lex, sent, part, "of"):
            continue  # ("la Misión Permanente de X": X may hang as a flat name)
        found = [e for e in doc.ents_in(part.start, part.end) if e.type == "Government"]
        if found:
            return found[0]
    return None


def _covering(doc: Doc, tok: Token, types: tuple[str, ...]) -> list[Ent]:
    """The names of a wanted type that hold a token (the longest first)."""
    held = [
        e
        for e in doc.ents_in(tok.start - 200, tok.end + 200)
        if e.start <= tok.start and tok.end <= e.end and e.type in types
    ]
    return sorted(held, key=lambda e: e.start - e.end)


def _entity(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> Ent | None:
    """The entity a slot's head token stands for: the mention that covers it, else the first
    mention of a wanted type in its own phrase; a pronoun or a state noun from context."""
    if "Government" in types:
        office = _state_of_office(doc, lex, sent, tok)
        if office is not None:  # "the Permanent Mission of X": the state X
            return office
    covering = [e for e in doc.ents_in(tok.start - 200, tok.end + 200)
                if e.start <= tok.start and tok.end <= e.end and e.type in types
                and _plausible(sent, e)]  # fmt: skip
    if covering:
        return max(covering, key=lambda e: e.end - e.start)
    if types == ("Government",):  # "Prague said it would not sign": a capital for its state
        seat = _capital_state(doc, sent, tok)
        if seat is not None:
            return seat
    if (
        _event_slot(types) or ("Event" in types and not {"Organization", "Coalition"} & set(types))
    ) and not _acting_subject(lex, sent, tok):
        # "took part in the Regional Forum on X": a new forum is a meeting (also where a known
        # intergovernmental body may stand: no new name is one)
        met = _forum_as_event(doc, tok)
        if met is not None:
            return met
    again = _acronym_again(doc, tok, types)
    if again is not None:
        return again
    if lex.lemma(tok.word) in lex.words.get("relational_nouns", set()):
        return None  # "X's partners": someone other than X
    if "Organization" in types and _new_acronym(lex, sent, tok) and not _in_other_name(doc, tok):
        # ("Representatives of ABCD, the X Union and Y": ABCD itself, not the next name)
        return doc.add(candidate(tok.start, tok.end, tok.word, tok.word, "Organization", 0.6))
    # the head's own phrase first ("the Hungarian government"), then one step into its
    # modifiers ("the government of X"), never deeper ("the office of the mission of X")
    narrow = CLAUSAL | {"appos", "nmod", "obl", "nmod:poss"}
    # ... and the names beside a common noun ("organizaciones, entre ellas A y B")
    appos = [c for c in sent.children(tok, "appos") if c.upos == "PROPN" and tok.upos == "NOUN"]
    for part in [tok, *sent.children(tok, "nmod", "nmod:poss"), *appos]:
        if part is not tok and _body_of_state(doc, lex, tok, types):
            continue  # "Belgium's largest party quit ...": the party's decision, not Belgium's
        found = [e for e in doc.ents_in(*sent.span(part, narrow)) if e.type in types]
        if not found and part is not tok and part.upos == "PROPN" and _delegate(lex, tok):
            found = _covering(doc, part, types)  # ("les représentants du Réseau X des droits":
            # the body's name, a phrase of its own in it)
        found = [e for e in found if _plausible(sent, e)]
        if found:
            return found[0]
    if types == ("Person",) and tok.upos == "PROPN":
        return _new_person(doc, sent, tok)
    if types == ("Person",) and tok.upos == "NOUN":  # "la activista María López": the name
        for c in sent.children(tok, "appos"):
            found = [e for e in doc.ents_in(*sent.span(c, narrow)) if e.type == "Person"]
            if found or c.upos == "PROPN":
                return found[0] if found else _new_person(doc, sent, c)
    if tok.upos == "NOUN" and lex.lemma(tok.word) in lex.words.get("org_nouns", ()):
        for c in sent.children(tok, "appos", "flat", "flat:name", "nmod"):  # "du réseau X",
            in_quotes = c.i == tok.i + 2 and sent.tokens[tok.i + 1].word in _OPEN_QUOTES
            if (
                (c.i != tok.i + 1 and not in_quotes)
                or c.upos != "PROPN"
                or sent.children(c, "case")
            ):
                continue  # "la red X", 'la red "X"'
            found = [e for e in doc.ents_in(c.start, c.end + 200, types) if e.start == c.start]
            if found:
                return max(found, key=lambda e: e.end)
        opens = tok.i + 1 < len(sent.tokens) and sent.tokens[tok.i + 1].word in _OPEN_QUOTES
        inside = _apposed_name(doc, sent, tok, types) if opens else []
        if inside:  # 'la red "X"' where a parser hangs the quoted name elsewhere
            return inside[0]
    if _event_slot(types) and tok.upos == "PROPN":  # "went to <city>": the event held there
        held = _known_event_at(doc, _place_name(doc, tok), "")
        if held is not None:
            return held
    if "Document" in types and not set(types) & set(ACTORS):
        quoted = _quoted_document(doc, sent, tok)  # endorsed the "Joint Statement on X"
        if quoted is not None:
            return quoted
    named = parsed_names.new_name(doc, lex, sent, tok, types)  # "the Forum citoyen sur ..."
    if named is not None and named.type == "Event" and named.id is None:
        known = known_event_named(doc, named.name)  # "la Conférence ... de <ville>"
        entry = doc.gz.entry(known) if known else None
        if entry is not None:
            named = doc.replace(named, from_entry(named.start, named.end, named.text, entry,
                                                  0.75, "fuzzy"))  # fmt: skip
    if named is not None:
        return named
    if "Organization" in types and (
        "Person" not in types or parsed_names.connected_run(sent, tok)
    ):  # "A, Casa del Caminante and B" (where a person may stand: a name with "de" inside)
        listed = parsed_names.listed_org(doc, sent, tok)
        if listed is not None:
            return listed
    actor = parsed_names.proper_actor(doc, lex, sent, tok, types)  # "Oxfam endorsed D"
    if actor is not None:
        return actor
    if _in_other_name(doc, tok):
        return None  # a word of a name of another type ("the United States"): no stand-in
    if (
        tok.upos == "PRON"
        or _possessive(lex, tok)
        or (lex.lemma(tok.word) in lex.words["state_nouns"] and tok.deprel not in _MODIFIERS)
    ):
        if tok.upos == "PRON" and not _third_person(lex, tok):
            return None  # "we", "you", "nos": the speaker or the addressee, not one named
        if _bare_plural(lex, sent, tok):
            return None  # "States that postponed ...:": some states, none named before
        types = _animate(lex, tok, types)
        if tok.upos != "PRON" and not _possessive(lex, tok):  # "the government": a state
            types = tuple(t for t in types if t == "Government")
            for place in sent.children(tok, "nmod"):  # "the government in Vienna"
                seat = (
                    _capital_state(doc, sent, place)
                    if (_case_ok(lex, sent, place, "at") or _case_ok(lex, sent, place, "of"))
                    else None
                )
                if seat is not None and types:
                    return seat
        owner = tok.deprel == "nmod:poss" or _possessive(lex, tok)
        if owner and "Document" in types and not set(types) & set(ACTORS):
            quoted = _quoted_before(doc, tok)  # "its signatories": the text named before, in
            if quoted is not None:  # quotes, in the same paragraph
                return quoted
        before = _chain_start(lex, sent, tok)
        return _referent(doc, lex, sent, tok, before, types) if types else None
    if lex.lemma(tok.word) in lex.words.get("org_nouns", ()) and doc.memo.get("relation") in (
        "MEMBER_OF",
        "PARTNERED_WITH",
    ):  # (a group joined or worked with, not a text's author: "a report by the body called C")
        called = _called_after(doc, tok, types)
        if called is not None:  # "joined the coalition called C", "la red denominada C": C
            return called
    if (
        lex.lemma(tok.word) in lex.words.get("org_nouns", ())
        and _definite(lex, sent, tok)
        and fold(tok.word) == lex.lemma(tok.word)  # ("the following organisations": no one)
    ):
        orgs = tuple(t for t in types if t in ("Organization", "Coalition"))
        named = _same_noun(doc, lex, sent, tok, orgs, author=False) if orgs else None
        if named is not None:  # "The Saltmarsh Network ... . The network brings together"
            return named
        return _referent(doc, lex, sent, tok, tok.start, orgs) if orgs else None  # "the network"
    if lex.lemma(tok.word) in lex.words.get("org_nouns", ()) and _definite_object(lex, sent, tok):
        return _same_noun(doc, lex, sent, tok, types)  # "A joined the network"
    if "Organization" in types and _new_acronym(lex, sent, tok):
        return doc.add(candidate(tok.start, tok.end, tok.word, tok.word, "Organization", 0.6))
    return _stand_in(doc, lex, sent, tok, types)


def _capital_state(doc: Doc, sent: Sentence, tok: Token) -> Ent | None:
    """The state whose capital a name is (data/reference/demonyms.csv), where a state is
    wanted: "Prague said", "Varsovia rechazó", "le gouvernement de Vienne"; a name that any
    entity already covers (a place, a body) is that one, not a state."""
    if not doc.memo.get("capitals") or tok.upos != "PROPN" or tok.deprel in ("flat", "compound"):
        return None
    # (a list's "and", "," are no part of the name: "Washington, Budapest and Warsaw")
    skip = CLAUSAL | {"nmod", "appos", "conj", "case", "det", "amod", "cc", "punct"}
    start, end = sent.span(tok, skip)
    if any(e.start < end and start < e.end and e.id for e in doc.ents_in(start, end)):
        return None  # (a new name another rule guessed is no known place)
    gov = capitals().get(fold(doc.text[start:end]))
    entry = doc.gz.entry(gov) if gov else None
    if entry is None or entry.type != "Government":
        return None
    return from_entry(start, end, doc.text[start:end], entry, 0.75, "capital")


_FORUM_HEADS = EVENT_KEYWORDS | {"forum"}


def _holds_no_meeting(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A verb of holding that bears on a clause ("tient à remercier", "celebró que", "held
    that") or on people or things that are no meeting ("convocó a los gobiernos a firmar",
    "a réuni ses membres"): it holds no meeting, the one in focus neither."""
    if sent.children(tok, "xcomp", "ccomp"):
        return True
    if tok.upos == "NOUN" and any(_case_ok(lex, sent, c, "of") for c in sent.children(tok, "nmod")):
        return True  # "an organiser of past conferences": of others, not the one in focus
    for c in sent.children(tok, "obj", "obl", "obl:arg"):
        if c.deprel != "obj" and not _case_ok(lex, sent, c, "at"):
            continue  # ("organizado en Lima", "organised in June": where, when)
        if c.upos == "PRON" or _meeting_word(doc, lex, c) or c.deprel.startswith("obl"):
            continue
        return True
    return False


def _meeting_word(doc: Doc, lex: Lexicon, tok: Token) -> bool:
    """A noun of a meeting, or a word of an event's name."""
    if lex.lemma(tok.word) in lex.words.get("event_nouns", set()):
        return True
    near = doc.ents_in(tok.start - 200, tok.end + 200, ("Event",))
    return any(e.start <= tok.start and tok.end <= e.end for e in near)


def _acting_subject(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """The subject of a verb that acts on an object, or a passive's agent ("the X Forum
    convened a consultation", "organised by the X Forum"): a body that acts, never a meeting
    that meets ("the X Forum took place", "brought together A and B")."""
    up = sent.head(tok)
    if up is None:
        return False
    if tok.deprel == "conj":  # ("A and the X Forum held a seminar": the list's first)
        first = sent.conjuncts(tok)[0]
        if first is not tok:
            return _acting_subject(lex, sent, first)
    if tok.deprel == "obl:agent":
        return True
    if tok.deprel != "nsubj" or any(_in_class(lex, sent, up, c) for c in _MEETING_CLASSES[1:]):
        return False
    own = _multiword_parts(lex, sent, up, "take_place")
    return any(lex.lemma(o.word) not in own for o in sent.children(up, "obj"))


def _forum_as_event(doc: Doc, tok: Token) -> Ent | None:
    """A new name read as an organization whose head is a meeting's word ("Regional Forum on
    Labour Mobility", "Foro Andino de ..."), where only an event may stand: that event (every
    mention of it)."""
    near = doc.ents_in(tok.start - 200, tok.end + 200, ("Organization", "Coalition"))
    named = [e for e in near if e.start <= tok.start and tok.end <= e.end and e.id is None]
    if not named:
        return None
    org = max(named, key=lambda e: e.end - e.start)
    head = re.split(r"\s(?:on|of|for|de|del|du|des|sur|sobre|para|pour)\s", fold(org.name))[0]
    if not set(head.split()) & _FORUM_HEADS:
        return None
    new = None
    for e in [x for x in doc.ents if x.key == org.key]:
        made = candidate(e.start, e.end, e.text, org.name, "Event", 0.6)
        made = doc.replace(e, made)
        new = made if e is org else new
    return new


def _bare_plural(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A plural noun with no article ("countries that left"): no antecedent stands for it."""
    plural = tok.upos in ("NOUN", "PROPN") and fold(tok.word) != lex.lemma(tok.word)
    return plural and not sent.children(tok, "det", "nmod:poss")


_QUOTED_NAME = re.compile(  # (a comma before the closing quote, 'issued "X," a statement',
    # is the sentence's, not the title's)
    r'["\u201c\u201e\u00ab]\s*([^"\u201c\u201d\u201e\u00ab\u00bb\n]{4,160}?)[\s,]*["\u201d\u00bb]'
)


def _quoted_document(doc: Doc, sent: Sentence, tok: Token) -> Ent | None:
    """A text named by its title in quotes where a document is wanted: the head word inside
    the quotes, or a noun right before them ("the statement "X"", "l'« Appel de X »")."""
    for m in _QUOTED_NAME.finditer(doc.text, sent.start, sent.end):
        inside = m.start() <= tok.start < m.end()
        gap = fold_slice(doc.text, tok.end, m.start()) if m.start() >= tok.end else None
        after = gap is not None and (not gap.strip(" ,:") or _TITLED_GAP.fullmatch(gap))
        if not (inside or after):  # ('a report titled "X"', 'un rapport intitulé « X »')
            continue
        name = m.group(1)
        if not name[:1].isupper():
            return None
        return _exact_document(doc, m) or doc.add(
            candidate(m.start(1), m.end(1), name, name, "Document", 0.7)
        )
    return None


def _quoted_before(doc: Doc, tok: Token) -> Ent | None:
    """The last text named by its quoted title before tok in its paragraph ('The "Charter for
    X" was published. Among its signatories are ...'): that document."""
    start = doc.text.rfind("\n\n", 0, tok.start) + 1
    last = None
    for m in _QUOTED_NAME.finditer(doc.text, start, tok.start):
        if m.group(1)[:1].isupper():
            last = m
    if last is None:
        return None
    return _exact_document(doc, last) or doc.add(
        candidate(last.start(1), last.end(1), last.group(1), last.group(1), "Document", 0.7)
    )


def _exact_document(doc: Doc, m: re.Match[str]) -> Ent | None:
    """The Document named by exactly a quoted title's words, if one is known or found."""
    for e in doc.ents_in(m.start(1), m.end(1), ("Document",)):
        if e.start == m.start(1) and e.end == m.end(1):
            return e
    return None


_BESIDE_TITLE = re.compile(r"^[\s,:\u2013\u2014-]*(?:\w+[\s\u2019']+){0,3}$")


def _after_title(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, cls: str, types: tuple[str, ...]
) -> list[Ent]:
    """The name right after a quoted title that follows the noun, or right after the noun,
    behind a case word of this class ('the report "X" by O', 'le rapport « X » de O', '"X", a
    report by O'), as written (a parser may hang the phrase on the title's last word or on the
    verb)."""
    right = _CASE_AFTER.match(doc.text, tok.end)
    if right is not None and cls in lex.case_class(right.group(1)):
        return [e for e in doc.ents_in(right.end(), right.end() + 200, types)
                if e.start == right.end()][:1]  # fmt: skip
    for m in _QUOTED_NAME.finditer(doc.text, tok.end, sent.end):
        if doc.text[tok.end : m.start()].strip(" ,:"):
            return []
        after = _CASE_AFTER.match(doc.text, m.end())
        if after is None or cls not in lex.case_class(after.group(1)):
            return []
        return [e for e in doc.ents_in(after.end(), after.end() + 200, types)
                if e.start == after.end()][:1]  # fmt: skip
    return []


_CASE_AFTER = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*(\w+)[ \t\u00a0]+"
    r"(?:(?:the|la|el|le|les|los|las)[ \t\u00a0]+|l[\u2019'])?"
)


def _quoted_beside(doc: Doc, sent: Sentence, tok: Token) -> Ent | None:
    """The quoted title of the text a noun stands for, as written beside it: right before its
    phrase ('"X", a new report by O') or right after it ('the report "X"', 'un informe, «X»')."""
    for m in _QUOTED_NAME.finditer(doc.text, sent.start, sent.end):
        if m.end() <= tok.start:
            between = doc.text[m.end() : tok.start]
            comma = between.strip(" ").startswith(",") or m.group(0)[:-1].rstrip().endswith(",")
            if not _BESIDE_TITLE.match(between) or not comma:
                continue  # ('"X", a report': an apposition, not "X" and then a report)
        elif m.start() >= tok.end:
            # ('a new report by O, "X", documents': past the noun's own phrase)
            _, own_end = sent.span(tok, CLAUSAL | {"appos", "punct", "dep", "parataxis"})
            gap = doc.text[tok.end : m.start()].strip(" ,:")
            if gap and (own_end > m.start() or doc.text[own_end : m.start()].strip(" ,:")):
                continue
        else:
            continue
        name = m.group(1)
        if not name[:1].isupper():
            return None
        known = _exact_document(doc, m)
        if known is not None:
            return known
        if doc.ents_in(m.start(1), m.end(1)):
            return None  # a quoted name of something else
        return doc.add(candidate(m.start(1), m.end(1), name, name, "Document", 0.65))
    return None


def _in_other_name(doc: Doc, tok: Token) -> bool:
    near = doc.ents_in(tok.start - 200, tok.end + 200)
    return any(e.start <= tok.start and tok.end <= e.end for e in near)


def _stance_process(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> Ent | None:
    """ "rejects the pact", "rejette le pacte mondial": the process in focus, where the
    phrase is the process noun alone (with its adjectives), never "the pact's implementation"."""
    qualified = [c for c in sent.children(tok, "nmod", "acl", "acl:relcl", "nmod:poss")
                 if not _case_ok(lex, sent, c, "since")]  # fmt: skip
    if lex.lemma(tok.word) not in lex.words.get("process_nouns", set()) or qualified:
        return None
    return _stand_in(doc, lex, sent, tok, ("Process",))


def _stand_in(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> Ent | None:
    """A common noun for the event or the process the text is about, where only an event or a
    process may stand ("organised the panel", "the meeting was convened by", "co-facilitated
    the talks"): that event or process; never "another meeting", "the next session"."""
    if not types or set(types) & {"Organization", "Coalition", "Government", "Person"}:
        return None  # an actor's slot: a noun is no stand-in there
    if tok.word[:1].isupper() and any(
        e.type not in types and e.text.split()[-1:] == [tok.word]
        for e in doc.ents_in(0, tok.start)
        if e.text
    ):  # "the UN General Assembly ... Addressing the Assembly": the body named before by its
        return None  # head word, no meeting it stands for
    lemmas = {lex.lemma(tok.word), fold(tok.lemma), fold(tok.word)}
    near = {lex.lemma(c.word) for c in sent.children(tok, "amod", "det", "nummod", "compound")}
    near |= {lex.lemma(c.word) for c in sent.children(tok, "nmod")}  # "conferencia de prensa"
    qualified = near & lex.words.get("other_event", set())
    if qualified - lex.words.get("event_qualifiers", set()):
        return None
    pick: Ent | None = None
    parts = lex.words.get("event_parts", set()) - lex.words.get("event_nouns", set())
    if "Event" in types and lemmas & parts and not sent.children(tok, "amod", "nummod"):
        # "addressed the plenary (of the forum)", "intervino en la sesión plenaria": a part of
        # a meeting, spoken at in that meeting, named after "of" or the one in focus
        for of in sent.children(tok, "nmod"):
            if _case_ok(lex, sent, of, "of"):
                named = _entity(doc, lex, sent, of, types) or _stand_in(doc, lex, sent, of, types)
                if named is not None:
                    return named
        return event_here(doc, tok.start) if not qualified else None
    if qualified:  # "organised a regional workshop on X": a new one, never the text's own
        if "Event" in types and lemmas & lex.words.get("event_nouns", set()):
            pick = _titled_after(doc, tok) or parsed_names.described_event(doc, lex, sent, tok)
            pick = pick or _definite_new_event(doc, lex, sent, tok, lemmas)
        return pick if pick is not None and pick.type in types else None
    if (
        "Process" in types
        and lemmas & lex.words.get("event_nouns", set())
        and _plural(lex, sent, tok)
    ):  # "the consultations on the compact": the process they were its rounds of
        for c in sent.children(tok, "nmod"):
            named = _entity(doc, lex, sent, c, ("Process",))
            named = named or _stand_in(doc, lex, sent, c, ("Process",))
            if named is not None:
                return named
    if "Event" in types and lemmas & lex.words.get("event_nouns", set()):
        # "the meeting in <country>", "the <city> conference": the known event held there
        # (also "la conferencia organizada por O en <ciudad>": the place of its participle)
        held = [
            o for a in sent.children(tok, "acl", "amod") if a.i > tok.i
            for o in sent.children(a, "obl") if _case_ok(lex, sent, o, "at")
        ]  # fmt: skip
        for c in sent.children(tok, "nmod", "compound", "flat") + held:
            if c.upos == "PROPN" and (not sent.children(c, "case") or _case_ok(lex, sent, c, "at")
                                      or _case_ok(lex, sent, c, "of")):  # fmt: skip
                kind = min({EVENT_WORD_EN.get(w, w) for w in lemmas})  # ("conference")
                pick = pick or _known_event_at(doc, _place_name(doc, c), kind)
        # "the seminar « X »", "un webinar titled "X"": the event named right after the noun
        pick = pick or _titled_after(doc, tok) or parsed_names.described_event(doc, lex, sent, tok)
        pick = pick or _headed_event(doc, lex, sent, tok)
        pick = pick or _definite_new_event(doc, lex, sent, tok, lemmas)
        new = any(fold(d.word) in lex.words["indefinite"] for d in sent.children(tok, "det"))
        pick = pick or (None if new else _kind_here(doc, tok.start, lemmas))  # ("a summit":
        if pick is None and _other_own_meeting(doc, lex, sent, tok, lemmas):
            return None  # ("celebró su asamblea anual" in a report on a forum: not the forum)
        if pick is None and new and sent.children(tok, "amod", "compound", "nmod"):
            return None  # ("co-organised a side event with B" in a report on a forum: another
            # meeting, of words of its own, never the one in focus)
        pick = pick or event_here(doc, tok.start)  # none of its kind named before it)
        if pick is None:  # "the conference": the one of the process the text is about
            pick = _known_of_kind(doc, lemmas)
    elif "Process" in types and lemmas & lex.words.get("process_nouns", set()):
        pick = None if _other_process(doc, lex, sent, tok) else doc.focal_process
    elif "Document" in types and lemmas & lex.words.get("document_nouns", set()):
        start, end = sent.span(tok, CLAUSAL - {"acl"})  # "the resolution endorsing the pact"
        inner = [e for e in doc.ents_in(start, end) if e.text and tok.end <= e.start]
        processes = [e for e in inner if e.type == "Process"]
        texts = {e.key: e for e in inner if e.type == "Document"}
        if len(texts) == 1:  # "the draft resolution on the forums (A/73/L.5)"
            pick = next(iter(texts.values()))
        elif processes and len(inner) == len(processes):  # "the resolution on the compact"
            pick = _voted_document(doc, processes[0])
        elif not inner:  # "the resolution": the one the text speaks of
            pick = _document_in_focus(doc, sent)
    return pick if pick is not None and pick.type in types else None


def _other_own_meeting(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, lemmas: set[str]
) -> bool:
    """An event noun of another kind than the event in focus, with words of its own that say
    whose it is or what it is on ("its annual assembly", "el conversatorio sobre refugio",
    "l'atelier sur les visas"): another meeting, never the one in focus; a noun of any
    meeting ("the meeting", "la reunión") may still be it."""
    if lemmas & lex.words.get("generic_event_nouns", set()):
        return False
    focus = event_here(doc, tok.start)
    if focus is None or _of_kinds(focus, lemmas):
        return False
    said = set(_WORDS.findall(fold(focus.name))) & (EVENT_KEYWORDS | {"forum"})
    if said and doc.memo.get("relation") in ("ORGANIZED", "HOSTED"):
        return True  # ("the workshop was organised by O" in a report on a conference: who
        # holds one of its workshops does not hold the conference; a title that says no
        # kind may be any)
    owners = lex.words.get("possessive_determiners", set())
    if any(fold(d.word) in owners for d in sent.children(tok, "det")):
        return True
    if any(c.upos == "PRON" for c in sent.children(tok, "nmod:poss")):
        return True
    return any(_case_ok(lex, sent, c, "about") for c in sent.children(tok, "nmod"))


def _of_kinds(event: Ent, lemmas: set[str]) -> bool:
    """Whether an event's name says the kind a noun says ("the conference": a Conference)."""
    kinds = {EVENT_WORD_EN.get(w, w) for w in lemmas}
    return bool(kinds & {EVENT_WORD_EN.get(w, w) for w in _WORDS.findall(fold(event.name))})


def _kind_here(doc: Doc, at: int, lemmas: set[str]) -> Ent | None:
    """The last event named before `at` since its section's heading whose name says the
    noun's kind ("... the Conference met in <city>. A took part in the civil society forum.
    B took part in the conference's debate": the Conference); else the text's own event if its
    name says it; else None."""
    starts = doc.memo.get("unit_starts")
    if not isinstance(starts, list):
        starts = doc.memo["unit_starts"] = [u.start for u in doc.units]
    k = bisect.bisect_right(starts, at) - 1
    j = k
    while j > 0 and doc.units[j].kind != "heading":
        j -= 1
    begin = doc.units[j].start if j >= 0 else 0
    named = [e for e in doc.events_in(begin, at) if e.text and e.end <= at]
    for e in reversed(named):
        if _of_kinds(e, lemmas) or _named_after_noun(doc, e, lemmas):
            return e
    context = doc.context_event
    return context if context is not None and _of_kinds(context, lemmas) else None


_NOUN_BEFORE_NAME = re.compile(r"(\w+)[ \t\u00a0]*[\"\u201c\u00ab\u2018'][ \t\u00a0]*$")


def _named_after_noun(doc: Doc, e: Ent, lemmas: set[str]) -> bool:
    """Whether an event's name was brought in in quotes right after a noun of that kind ('se
    realizó el panel "X"', 'the webinar "X"'): "the panel" later is X, whatever X's words."""
    m = _NOUN_BEFORE_NAME.search(fold(doc.text[max(0, e.start - 40) : e.start]))
    return m is not None and m.group(1) in lemmas


def _known_of_kind(doc: Doc, lemmas: set[str]) -> Ent | None:
    kinds = {EVENT_WORD_EN.get(w, w) for w in lemmas}
    return next((e for k in sorted(kinds) if (e := _known_event_at(doc, None, k))), None)


def _definite_new_event(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, lemmas: set[str]
) -> Ent | None:
    """A definite event noun with words of its own that make it another meeting than the one
    in focus ("took part in the founding assembly of the network", "asistieron al encuentro
    regional de redes"): a new event named as written (parsed_names.definite_event). The event
    in focus (or the known one of its kind) is meant, and given, when its name says the noun's
    kind ("the regional consultation" in a report on a "Regional Consultation on X"); a phrase
    of two words ("the people's summit", "la asamblea fundacional") names a new one only where
    no event is in focus."""
    nouns = lex.words.get("event_nouns", set())
    for c in sent.subtree(tok, CLAUSAL | {"appos", "obl", "punct"}):
        if c is not tok and c.deprel.split(":")[0] == "nmod" and lex.lemma(c.word) in nouns:
            # "the opening session of the forum", "the conference's plenary debate": a part
            # of the meeting the other noun stands for
            if not _definite(lex, sent, c, any_role=True):
                continue
            return _stand_in(doc, lex, sent, c, ("Event",))
    if any(fold(d.word) in lex.words["indefinite"] for d in sent.children(tok, "det")):
        return None  # ("a summit": a new one, parsed_names.described_event)
    focus = event_here(doc, tok.start)
    if focus is None:
        known = _known_of_kind(doc, lemmas)
        focus = known if known is not None and _fits_known(doc, lex, sent, tok, known) else None
    if focus is not None:
        same = _kind_here(doc, tok.start, lemmas)
        if same is not None or _of_kinds(focus, lemmas):
            return same or focus
        own = {lex.lemma(t.word) for t in sent.subtree(tok, CLAUSAL | {"appos", "obl"})}
        if own & lex.words.get("event_parts", set()):
            return focus  # "the closing session", "la jornada de clausura": a part of it
    if not doc.memo.get("new_events"):
        return None  # (a frame whose rule reads no new meeting: rules/*.yaml new_events)
    return parsed_names.definite_event(doc, lex, sent, tok, 3 if focus is not None else 2)


def _fits_known(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, event: Ent) -> bool:
    """Whether an event noun's own words fit the known event of its kind that the text's
    process suggests ("the intergovernmental conference", "the conference in <city>"): every
    qualifying word or place is in its names or its place (compared by their first letters,
    across languages); "the founding meeting", "the meeting in <other city>" is another."""
    info = doc.gz.events.get(event.id or "")
    entry = doc.gz.entry(event.id) if event.id else None
    if entry is None:
        return True
    known = " ".join((entry.name, *entry.aliases, (info.place if info else None) or ""))
    stems = {w[:5] for w in _WORDS.findall(fold(known))}
    own = [
        t
        for c in sent.children(tok, "amod", "compound", "nmod", "flat")
        for t in sent.subtree(c, CLAUSAL)
        if t.upos in ("ADJ", "NOUN", "PROPN") and len(t.word) > 3
        and fold(t.word) not in MONTH_WORDS and not t.word[:1].isdigit()
    ]  # fmt: skip
    return all(fold(t.word)[:5] in stems for t in own)


def _document_in_focus(doc: Doc, sent: Sentence) -> Ent | None:
    """What "the resolution", "el texto" stand for: the one document (other than the text
    itself) that the sentence or else the text names; with none named, the resolution states
    vote on for the process the text is about."""
    for start, end in ((sent.start, sent.end), (0, len(doc.text))):
        named = {e.key: e for e in doc.ents_in(start, end, ("Document",)) if e.text}
        if len(named) == 1:
            return next(iter(named.values()))
        if named:
            return None  # two texts named: which one is meant is not said
    return _voted_document(doc, doc.focal_process)


def _voted_document(doc: Doc, process: Ent | None) -> Ent | None:
    """The resolution states vote on for a process (a compact's endorsement), if known."""
    voted = doc.gz.voted_documents.get(process.id) if process and process.id else None
    entry = doc.gz.entry(voted) if voted else None
    if entry is None:
        return None
    return from_entry(0, 0, "", entry, 0.7, "context")


_TITLED_GAP = re.compile(
    r"\s*(?:,?\s*(?:called|titled|entitled|named|intitulee?s?|titulad[oa]s?|denominad[oa]s?|"
    r"llamad[oa]s?|appelee?s?|sur le theme|sobre el tema|on the theme)\s*)?[:\u2013\u2014-]?\s*"
    r"[\"\u201c\u201e\u00ab\u2018']?\s*"
)


_CALLED_GAP = re.compile(
    r"\s*,?\s*(?:called|named|known\s+as|llamad[oa]|denominad[oa]|conocid[oa]\s+como|"
    r"appelee?|denommee?|baptisee?)\s+[\"\u201c\u201e\u00ab]?\s*"
)


def _called_after(doc: Doc, tok: Token, types: tuple[str, ...]) -> Ent | None:
    """A body whose name follows a noun for one after a word of naming ("the coalition called
    C", "la red denominada C", "le collectif appelé C"): C."""
    orgs = tuple(t for t in types if t in _ORGS)
    for e in doc.ents_in(tok.end, tok.end + 40, orgs) if orgs else []:
        if e.text and _CALLED_GAP.fullmatch(fold_slice(doc.text, tok.end, e.start)):
            return e
    return None


def _titled_after(doc: Doc, tok: Token) -> Ent | None:
    """An event whose name follows an event noun, quoted or after "titled" ("le séminaire
    « X »", "a webinar titled "X"", "el foro: X"), also past the noun's own words ("une table
    ronde intitulée « X »", "el Foro Regional "X"") or after "on" with a quote ("a side event
    on "X""): that event, not one named before; a quoted title no entity holds yet is a new
    event of that name."""
    tail = _NOUN_TAIL.match(doc.text, tok.end)
    ends = [tok.end] + ([tail.end()] if tail and tail.end() > tok.end else [])
    for at in ends:
        for e in doc.events_in(at, at + 60):
            if e.text and _TITLED_GAP.fullmatch(fold_slice(doc.text, at, e.start)):
                return e
    for at in ends:
        quoted = _TITLE_QUOTED.match(doc.text, at)
        if quoted is None:
            continue
        a, b = quoted.span(1)
        kinds = ("Document", "Organization", "Coalition", "Government", "Person")
        if any(x.end - x.start >= 0.8 * (b - a) for x in doc.ents_in(a, b, kinds)):
            return None  # (a text's or a body's quoted name, no meeting's)
        return doc.add(candidate(a, b, doc.text[a:b], doc.text[a:b], "Event", 0.6))
    return None


# the event noun's own words after it ("table ronde", "Foro Regional"): two at most, no comma
_NOUN_TAIL = re.compile(
    r"(?:[ \t]+[^\W\d_][\w\-]*){1,2}?(?=[ \t]*(?:[\"\u201c\u00ab:]|"
    r"(?i:intitul|titul|titled|entitled|called|llamad|appel|denominad)))"
)
# a quoted title right after an event noun, or after "titled" / "on" ("a side event on "X"")
_TITLE_QUOTED = re.compile(
    r"[ \t]*(?:,?[ \t]*(?i:called|titled|entitled|named|intitul[ée]e?s?|titulad[oa]s?|"
    r"denominad[oa]s?|llamad[oa]s?|appel[ée]e?s?|on|about|sur|sobre|de)[ \t]*)?[:\u2013\u2014-]?"
    r"[ \t]*[\"\u201c\u00ab][ \t\u00a0]*([^\"\u201d\u00bb\n]{3,150}?)[ \t\u00a0]*[\"\u201d\u00bb]"
)


def _event_slot(types: tuple[str, ...]) -> bool:
    """A slot where only an event (or a process) may stand."""
    return "Event" in types and not set(types) & set(ACTORS)


def _place_name(doc: Doc, tok: Token) -> str:
    """The folded name of the place a token names: its entity's (a state, a city), or the word."""
    near = doc.ents_in(tok.start - 200, tok.end + 200)
    named = [e for e in near if e.start <= tok.start and tok.end <= e.end]
    return fold(named[0].name if named else tok.word)


def _known_event_at(doc: Doc, place: str | None, kind: str) -> Ent | None:
    """A known event named by where it met ("<city>", "the meeting in <country>") or, with no
    place, by its kind ("the conference"): the one of the process the text is about first,
    then one of the text's year; nothing when none of them is."""
    if place is not None and len(place) < 3:
        return None
    process = doc.focal_process.id if doc.focal_process else None
    year = (doc.document_date or "")[:4]
    best: tuple[int, str] | None = None
    for event_id, info in doc.gz.events.items():
        if place is not None:
            if not info.held_in(place):
                continue
        else:  # (a summit and a conference both name a process's big meeting)
            entry = doc.gz.entry(event_id)
            words = set(_WORDS.findall(fold(entry.name))) if entry is not None else set()
            if kind not in words and not ({kind} | words) >= {"summit", "conference"}:
                continue
        score = 2 if process and process in info.processes else 0
        score += 1 if year and (info.start_date or "")[:4] == year else 0
        if place is not None and kind and _of_kind(doc, event_id, kind):
            score += 1  # "the conference in <city>": of two meetings held there, the conference
        if best is None or score > best[0]:
            best = (score, event_id)
        elif score == best[0]:
            best = (score, "")  # two events as good: neither
    if best is None or not best[1] or best[0] < (1 if place is not None else 2):
        return None
    entry = doc.gz.entry(best[1])
    return from_entry(0, 0, "", entry, 0.75, "context") if entry is not None else None


_WORDS = re.compile(r"[a-z0-9]+")


def known_event_named(doc: Doc, name: str) -> str | None:
    """The known event a new event name stands for by its place and its kind ("Conférence
    intergouvernementale de <ville>", "the <city> intergovernmental conference"): the one
    known event held there whose name or aliases say that kind; None when none or two are."""
    words = set(_WORDS.findall(fold(name)))
    kinds = {EVENT_WORD_EN.get(w, w) for w in words & EVENT_KEYWORDS}
    if not kinds or len(words) > 6:
        return None  # (a long name says more than where and what kind: a meeting of its own)
    found, cities = set(), set()
    for event_id, info in doc.gz.events.items():
        for name in info.names_of_place(city_only=True):
            if (city := set(_WORDS.findall(name))) and city <= words:
                cities.add(name)
                if any(_of_kind(doc, event_id, k) for k in kinds):
                    found.add(event_id)
    if len(found) == 1:
        return next(iter(found))
    if len(cities) != 1:
        return None
    # "the <city> meeting", "la cita de <ciudad>": of the meetings held there, the one of the
    # process the text is about (or of its year), whatever word the name gives its kind
    held = _known_event_at(doc, next(iter(cities)), min(kinds))
    return held.id if held is not None else None


def _of_kind(doc: Doc, event_id: str, kind: str) -> bool:
    """Whether a known event's name or one of its aliases says it is a meeting of this kind."""
    entry = doc.gz.entry(event_id)
    names = (entry.name, *entry.aliases) if entry is not None else ()
    return any(kind in {EVENT_WORD_EN.get(w, w) for w in _WORDS.findall(fold(n))} for n in names)


_QUOTES = "\"\u201c\u201d\u00ab\u00bb\u2018\u2019'"


def _headed_event(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> Ent | None:
    """The event "this side event", "este encuentro", "cet atelier" stands for under a section
    heading that names no event and no entity ("Protecting migrant children" / "At this side
    event, ..."): a new event named by the heading's words, as written; none under the text's
    title or a heading that names something."""
    demonstratives = lex.words.get("demonstratives", set())
    if not any(fold(d.word) in demonstratives for d in sent.children(tok, "det")):
        return None
    k = next((j for j in range(len(doc.units) - 1, -1, -1) if doc.units[j].start <= tok.start), -1)
    head = next((j for j in range(k - 1, 0, -1) if doc.units[j].kind == "heading"), None)
    if head is None:
        return None
    unit = doc.units[head]
    s, e = unit.start, unit.end
    while e > s and doc.text[e - 1] in " :.\t":
        e -= 1
    if doc.ents_in(s, e) or not 2 <= len(doc.text[s:e].split()) <= 12:
        return None
    name = doc.text[s:e]
    return doc.add(candidate(s, e, name, name, "Event", 0.55))


def _told_past(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether a verb is told in the past: a perfect ("has stressed", "a souligné", "ha
    destacado") or a past form (lexicon past_forms, past_suffixes, and past_marks read as
    written: "destacó")."""
    words = lex.words
    auxes = sent.children(tok, "aux", "aux:pass")
    if any(lex.lemma(a.word) in words.get("perfect_aux", set()) for a in auxes):
        return True
    ends = lex.suffixes.get("past_suffixes", ())
    marks = lex.suffixes.get("past_marks", ())
    return any(
        fold(f.word) in words.get("past_forms", set())
        or (ends and fold(f.word).endswith(ends))
        or (marks and f.word.lower().endswith(marks))
        for f in [tok, *auxes]
    )


def _reported_event(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The meeting a report tells a person's words at ("P stressed that", "P destacó", "P a
    souligné"): the event in focus, where the verb is told in the past, outside quotes, with no
    oblique of its own that names a place, a channel, a text or another meeting ("in a
    statement", "to reporters", "in Geneva"; a part of the meeting, "in the first panel", is
    still it), and where that meeting is the text's own or named before in the section; never
    one still to come."""
    if tok.upos != "VERB" or _in_quotes(sent, tok) or not _told_past(lex, sent, tok):
        return []
    subjects = _subject(lex, sent, tok)
    if tok.deprel.startswith("acl") and (up := sent.head(tok)) is not None:
        subjects = [up]  # ("P, who stressed": the name the relative clause hangs on)
    named = [  # a speaker the report names there ("P", "the rector P"), not a pronoun read
        t  # from context
        for t in subjects
        if t.upos == "PROPN"
        or any(c.upos == "PROPN" for c in sent.children(t, "appos", "flat", "compound"))
    ]
    if not named:
        return []
    cur: Token | None = tok  # the sentence's own saying, or a relative clause's on its speaker
    while cur is not None and cur.deprel != "root":  # ("P, who stressed"), never a saying
        up = sent.head(cur)  # told inside another ("said the plan he described as")
        if cur.deprel == "conj":
            cur = up
            continue
        relative = any(fold(c.word) in lex.words["relative"] for c in sent.children(cur, "nsubj"))
        if cur.deprel.split(":")[0] == "acl" and relative and up is not None and up.upos == "PROPN":
            break
        return []
    nouns = lex.words.get("event_nouns", set()) | lex.words.get("generic_event_nouns", set())
    meeting = nouns | lex.words.get("event_parts", set())
    channels = lex.words.get("channel_nouns", set())
    said = sent.children(tok, "obl", "nmod", "iobj") + [  # ("Back in C, P stressed",
        d  # "Speaking to journalists, P stressed": an adverb's or a participle's own)
        for a in sent.children(tok, "advmod", "advcl")
        for d in sent.children(a, "obl", "nmod", "iobj", "obj")
    ]
    for c in said:
        lemmas = {lex.lemma(c.word), fold(c.lemma), fold(c.word)}
        joined = [t for t in sent.children(c, "compound", "punct") if t.i < c.i]  # ("op-ed":
        if joined and fold(doc.text[joined[0].start : c.end]).replace(" ", "") in channels:
            return []  # a hyphenated word a tokenizer split)
        if (
            _case_ok(lex, sent, c, "by")
            or lemmas & lex.words.get("behalf_nouns", set())
            or not _names_a_where(doc, lex, sent, c)
        ):
            continue  # (a passive's agent; "on behalf of O", "in response to", "on 12 March")
        start, end = sent.span(c, CLAUSAL | {"nmod", "appos"})
        mods = {lex.lemma(m.word) for m in sent.children(c, "amod", "compound", "nmod")}
        mods |= {fold(m.word) for m in sent.children(c, "amod", "compound")}
        around = any(e.start < end and start < e.end for e in doc.ents)  # (a name around it)
        if around or not (lemmas | mods) & meeting or (lemmas | mods) & channels:
            return []  # ("during the opening ceremony": a part of the meeting; "acto inaugural")
    if _told_through(doc, lex, sent, channels):
        return []  # ("Lajcak regretted it in a statement. Lajcak stressed that": the statement's)
    event = _report_topic(doc, tok.start) or event_here(doc, tok.start)
    if (
        event is None
        or event.type not in types
        or (event.id is None and not set(re.findall(r"\w+", fold(event.name))) & nouns)
        or set(re.findall(r"\w+", fold(event.name))) & channels  # ("Migrants Day": no
        or not _reported_meeting(doc, tok.start, event)  # meeting; "press conference": a channel)
        or _said_another_day(doc, sent, event)
    ):
        return []
    return [event]


def _said_another_day(doc: Doc, sent: Sentence, event: Ent) -> bool:
    """Whether a sentence dates what it tells to a day before a meeting or more than a week
    after its first day ("The forum was held on 12 March. On 3 May, P stressed"): no speech
    at it. Days only, a new meeting's as the sentence that first names it writes it."""
    said = date_in(doc.text, sent.start, sent.end, doc.document_date)
    if said is None or len(said) != 10:
        return False
    if event.id is not None:
        info = doc.gz.events.get(event.id)
        began = info.start_date if info is not None else None
    else:
        first = min((e.start for e in doc.ents if e.key == event.key and e.text), default=None)
        unit = next((u for u in doc.units if first is not None and u.start <= first < u.end), None)
        began = date_in(doc.text, unit.start, unit.end, doc.document_date) if unit else None
    if began is None or len(began) != 10:
        return False
    gap = (datetime.date.fromisoformat(said) - datetime.date.fromisoformat(began)).days
    return gap < 0 or gap > 7


def _told_through(doc: Doc, lex: Lexicon, sent: Sentence, channels: set[str]) -> bool:
    """Whether an earlier sentence of a sentence's line (or the sentence) tells its words as a
    channel's: a channel noun that says where or who says ("in a statement her office put
    out", "the statement recalled", "en una entrevista"); a speaker's own ("in her
    statement") is a speech at the meeting."""
    kept = doc.memo.get("paragraph_parses")
    starts = doc.memo.get("unit_starts")
    if not isinstance(starts, list):
        starts = doc.memo["unit_starts"] = [u.start for u in doc.units]
    k = bisect.bisect_right(starts, sent.start) - 1
    if not isinstance(kept, dict) or k < 0:
        return False
    line = doc.units[k].line
    mine = (
        lex.words.get("possessive_determiners", set())
        | lex.words.get("person_pronouns", set())
        | lex.words.get("plural_pronouns", set())
    )
    for j in range(k - 1, -1, -1):  # an earlier sentence the parser did not read ("P regretted
        unit = doc.units[j]  # it in a statement"): a channel noun 1-2 words after "in"
        if unit.line != line:
            break
        if unit.start in kept:
            continue
        words = re.findall(r"\w+", fold(doc.text[unit.start : unit.end]))
        for i, w in enumerate(words):
            near = words[i + 1 : i + 3]
            if (
                "place" in lex.case_class(w)
                and any(n in channels for n in near)
                and near[0] not in mine  # ("in her statement": her own speech)
            ):
                return True
    for at, parsed in kept.items():
        j = bisect.bisect_right(starts, at) - 1
        if j < 0 or doc.units[j].line != line or at > sent.start:
            continue
        for s in cast(list[Sentence], parsed):
            for t in s.tokens:
                if (
                    (
                        t.deprel.split(":")[0] == "nsubj"
                        or (
                            t.deprel.split(":")[0] in ("obl", "nmod")
                            and _case_ok(lex, s, t, "place")
                        )
                    )
                    and t.upos == "NOUN"
                    and {lex.lemma(t.word), fold(t.word)} & channels
                    and not any(
                        _possessive(lex, d) or d.deprel == "nmod:poss" for d in s.children(t)
                    )
                ):
                    return True
    return False


def _report_topic(doc: Doc, at: int) -> Ent | None:
    """The meeting a report's line speaks of at an offset: the last one its own line names
    before it, else the first one its section names (what the section reports on: "The forum
    was held in C ... the dialogue followed the conference held the week before. P stressed":
    the forum), not counting the heading."""
    k = next((j for j in range(len(doc.units) - 1, -1, -1) if doc.units[j].start <= at), -1)
    if k < 0:
        return None
    line = doc.units[k].line
    first: Ent | None = None
    for j in range(k, -1, -1):
        unit = doc.units[j]
        if unit.kind == "heading":
            break
        named = [e for e in doc.events_in(unit.start, unit.end)
                 if e.text and e.via != "edition" and e.start < at]  # fmt: skip
        quoted = [e for e in named if structure.quoted_after_event_noun(doc, e)]
        if len(named) > 1 and len(quoted) == 1:  # ('In the frame of E, the talk "X" was
            named = quoted  # held': X, the meeting the sentence brings in by name)
        if named and unit.line == line:
            return named[-1]
        first = named[0] if named else first
    return first


def _reported_meeting(doc: Doc, at: int, event: Ent) -> bool:
    """Whether a meeting is the one a text reports on at this offset: held by the text's date
    (a known one), and the text's own (its title's) or named before in its section (since its
    heading)."""
    if event.id is not None and doc.document_date:
        info = doc.gz.events.get(event.id)
        begun = info.start_date if info is not None else None
        if begun and begun[: len(doc.document_date)] > doc.document_date:
            return False  # (a meeting still to come)
    if doc.context_event is not None and doc.context_event.key == event.key:
        return True
    if event.id is not None and not event.text:
        return True  # (a known one its paragraph names by kind and place: "the conference in C")
    k = next((j for j in range(len(doc.units) - 1, -1, -1) if doc.units[j].start <= at), -1)
    if k < 0:
        return False
    for j in range(k, -1, -1):
        unit = doc.units[j]
        named = any(
            e.key == event.key and e.start < at for e in doc.events_in(unit.start, unit.end)
        )
        if named:
            return True
        if unit.kind == "heading":
            return False  # (the section's heading, and no further)
    return False


def event_here(doc: Doc, at: int, first: bool = False) -> Ent | None:
    """The event a word at this offset speaks of: the last event its unit names before it (with
    `first`, the unit's first), else the last one named since its section's heading (a heading
    that is a quoted title names a new event: a programme's "Title of the side event" line),
    else the document's event."""
    starts = doc.memo.get("unit_starts")
    if not isinstance(starts, list):
        starts = doc.memo["unit_starts"] = [u.start for u in doc.units]
    k = bisect.bisect_right(starts, at) - 1
    paragraph = doc.units[k].paragraph if k >= 0 else -1
    for j in range(k, -1, -1):
        unit = doc.units[j]
        named = [e for e in doc.events_in(unit.start, unit.end) if e.text and e.via != "edition"]
        named = [e for e in named if e.start < at] if j == k else named  # not one named after
        if j < k and unit.kind in ("heading", "line") and named:
            entry = structure.entry_event(doc, unit.start)  # ("3 May, 10:00, <X> Conference
            if entry is not None:  # Room": a line of when and where under an entry's title)
                return entry
        if unit.paragraph != paragraph:  # ("a follow-up meeting with X": its paragraph's only)
            described = doc.memo.get("described_events") or set()
            named = [e for e in named if e.key not in cast(set[str], described)]
        if j < k and len(named) > 1:  # ('se realizó el panel "X", como sesión
            quoted = [e for e in named if structure.quoted_after_event_noun(doc, e)]  # de la
            if len(quoted) == 1:  # Cumbre Y': X, the meeting the sentence brings in by name)
                return quoted[0]
        if named:
            return named[0] if j == k and first else named[-1]
        if j < k and unit.paragraph == paragraph and unit.kind == "sentence":
            introduced = _introduced_event(doc, unit)  # "held a meeting ... Attending were"
            if introduced is not None:
                return introduced
            placed = _placed_event(doc, unit)  # "The conference opens in <city> on Monday."
            if placed is not None:
                return placed
        if unit.kind == "heading":  # (a programme entry's line of when or by whom: its title)
            return (_quoted_title(doc, unit) or structure.entry_event(doc, unit.start)
                    or doc.context_event or _title_quote(doc))  # fmt: skip
        if unit.kind == "line" and (entry := structure.entry_event(doc, unit.start)):
            return entry  # ('1. "Title" - organised by A': the entry's title)
    return doc.context_event or _title_quote(doc)


_PLACED_EVENT = re.compile(
    r"\b(?:the|la|le|el|l')\s+(?:[a-z\-]+\s+){0,2}(conference|summit|meeting|conferencia|cumbre|"
    r"reunion|conference|sommet|reunion)\b[^.;:]{0,60}?\b(?:in|at|en|a|\u00e0)\s+"
    r"([A-Z\u00c0-\u00de][\w\-]+)"
)


def _placed_event(doc: Doc, unit: Unit) -> Ent | None:
    """The known meeting an earlier sentence of the paragraph names by its kind and place,
    with no name ("The intergovernmental conference opens in <city> on Monday.", "La cumbre
    se celebra en <ciudad>"): the event the next sentences speak of when they name none."""
    text = doc.text[unit.start : unit.end]
    m = _PLACED_EVENT.search(fold(text[:1]) + text[1:])
    if m is None:
        return None
    kind = EVENT_WORD_EN.get(fold(m.group(1)), fold(m.group(1)))
    return _known_event_at(doc, fold(m.group(2)), kind)


def _introduced_event(doc: Doc, unit: Unit) -> Ent | None:
    """A new event an earlier sentence of the paragraph brings in with an indefinite event noun
    ("X held a follow-up meeting with the ministry. Attending were A and B."), read from its
    parse (once per sentence)."""
    cache = doc.memo.setdefault("introduced_events", {})
    parser = doc.memo.get("parser")
    if not isinstance(cache, dict) or parser is None:
        return None
    if unit.start not in cache:
        lang = doc.language if doc.language in ("en", "es", "fr") else "en"
        lex = lexicon(lang)
        kept = doc.memo.get("paragraph_parses")
        sents = kept.get(unit.start) if isinstance(kept, dict) else None
        if not sents:  # (a unit the gate sent to the parser is not parsed again)
            sents = cast(Parser, parser).parse(doc.text, [(unit.start, unit.end)], lang)
        cache[unit.start] = None
        if lex is not None:
            for sent in sents:
                cache[unit.start] = (
                    parsed_names.introduced_event(doc, lex, sent) or cache[unit.start]
                )
    return cast(Ent | None, cache[unit.start])


_QUOTED_PART = re.compile(
    r"[\"\u201c\u00ab]\s*([^\"\u201c\u201d\u00ab\u00bb\n]{6,200}?)\s*[\"\u201d\u00bb]"
)


def _title_quote(doc: Doc) -> Ent | None:
    """A title that quotes a name ("Day of migrants: « Which protection for whom? »"): the
    event a text with no named event reports on is the one so named."""
    heads = [u for u in doc.units[:3] if u.kind == "heading"][:2]  # a date line, the title
    found = next((m for u in heads if (m := _QUOTED_PART.search(doc.text, u.start, u.end))), None)
    if found is None:
        return None
    s, e = found.start(1), found.end(1)
    named = [x for x in doc.ents_in(s, e) if x.start == s and x.end == e]
    if named:
        return named[0] if named[0].type == "Event" else None
    return doc.add(candidate(s, e, doc.text[s:e], doc.text[s:e], "Event", 0.6))


def _quoted_title(doc: Doc, unit: Unit) -> Ent | None:
    text = doc.text[unit.start : unit.end]
    if len(text) < 8 or text[0] not in _QUOTES or text[-1] not in _QUOTES:
        return None
    body = text[1:-1].strip()
    if not 6 <= len(body) <= 200 or any(q in body for q in _QUOTES[:5]):
        return None
    start = unit.start + text.index(body)
    return doc.add(candidate(start, start + len(body), body, body, "Event", 0.7))


def titled_person(doc: Doc, ent: Ent, strict: bool = False) -> bool:
    """A new "person" whose name starts with a title ("Deputy Director for Advocacy",
    "Foreign Minister") or holds a field or an organization's word ("Humanitarian Affairs",
    "Coordinating Office"): a reading of a title as a name, whatever reader made it; strict (a
    person's affiliation): any title in it ("the Special Rapporteur" speaks, but is no one's
    staff by that name). A new "organization" that is only a title ("Director", "Policy
    Officer": a list line's title read as a signer) is one too."""
    if ent.type in ("Organization", "Coalition") and ent.id is None and ent.name:
        return _only_a_title(doc, ent.name) or (strict and _post_of_the(doc, ent.name))
    if ent.type != "Person" or ent.id is not None or not ent.name:
        return False
    if not looks_like_name(ent.name, titles=strict):
        return True  # "Deputy Director for Advocacy", "Central Liaison Office"
    if strict and _post_after_name(doc, ent):
        return True  # "P, Outreach Worker, O": P's post, no one's name
    lex = lexicon(doc.language if doc.language in ("en", "es", "fr") else "en")
    if lex is None:
        return False
    first = ent.name.split()[0]
    lemma = lex.lemma(first)
    return any(
        entry[0] in (lemma, fold(first)) for c in _TITLES for entry in lex.triggers.get(c, ())
    )


def _post_of_the(doc: Doc, name: str) -> bool:
    """A new organization's name that starts with a post, a link word and an article: a post
    and its body read as one name ("Outreach Worker with the X Centre")."""
    from ingest.extract.frames import words_in_every_language
    from ingest.extract.patterns.membership import reads_as_title

    words = fold(name).split()
    links = words_in_every_language("title_links")
    articles = words_in_every_language("title_articles")
    cut = next((k for k, w in enumerate(words) if w in links), None)
    if cut is None or not 1 <= cut <= 4 or cut + 2 >= len(words) or words[cut + 1] not in articles:
        return False
    language = doc.language if doc.language in ("en", "es", "fr") else None
    return reads_as_title(language, words[:cut])


def _post_after_name(doc: Doc, ent: Ent) -> bool:
    """A "person" set off by a comma or a dash right after another person's name whose words
    read as a post (patterns.membership.reads_as_title): "P, Outreach Worker, O"."""
    from ingest.extract.patterns.membership import reads_as_title

    language = doc.language if doc.language in ("en", "es", "fr") else None
    words = re.findall(r"[^\W\d_][\w\-'\u2019]*", fold(ent.name))
    if re.search(r"['\u2019]s\s+$", doc.text[max(0, ent.start - 4) : ent.start]):
        return reads_as_title(language, words, by_ending=False)  # "O's Senior Officer"
    before = [
        e for e in doc.ents_in(max(0, ent.start - 120), ent.start, ("Person",)) if e.key != ent.key
    ]
    gap = doc.text[before[-1].end : ent.start] if before else ""
    if not before or not re.fullmatch(r"\s*[,\u2013\u2014-]\s*", gap):
        return False
    return reads_as_title(language, words)


def _only_a_title(doc: Doc, name: str) -> bool:
    """A name of at most three words whose last is a title of the lexicon and that holds no
    "of" and no organization's word ("Director", "Policy Officer", "Programme Coordinator")."""
    lex = lexicon(doc.language if doc.language in ("en", "es", "fr") else "en")
    words = fold(name).split()
    if lex is None or not 1 <= len(words) <= 3 or not words[0][:1].isalpha():
        return False
    if set(words) & (_OF_WORDS | lex.words.get("org_nouns", set())):
        return False
    last = lex.lemma(words[-1])
    return any((last,) == entry or (words[-1],) == entry
               for c in _TITLES for entry in lex.triggers.get(c, ()))  # fmt: skip


_OF_WORDS = frozenset({"of", "de", "del", "du", "des", "for", "para", "pour"})


_NOT_A_NAME_START = frozenset({"ADP", "SCONJ", "VERB", "AUX", "ADV", "PRON", "CCONJ"})


def _plausible(sent: Sentence, ent: Ent) -> bool:
    """A new name (no id) does not begin with a preposition, a verb or an adverb: "Before the
    Forum" and "Addressing the Assembly" are a sentence's opening words, not organizations."""
    if ent.id is not None:
        return True
    first = next((t for t in sent.tokens if t.start == ent.start), None)
    return first is None or first.upos not in _NOT_A_NAME_START


_DEFINITE = frozenset({"the", "la", "el", "le", "les", "los", "las", "l'", "l\u2019"})
# an article, one capitalised word and "of" right before a name: the name ends a body's name
_BODY_OF_BEFORE = re.compile(
    r"(?:^|[\s,;(])(?:[Tt]he|[Ll]a|[Ee]l|[Ll]e|[Ll]es|[Ll]os|[Ll]as|[Ll][\u2019'])[ \t]*"
    r"[A-Z\u00c0-\u00de][\w\-]+[ \t]+(?:of|de|del|du|des|d[\u2019'])[ \t]*"
    r"(?:(?:the|la|las|los|el|les)[ \t]+)?$"
)


def _new_person(doc: Doc, sent: Sentence, tok: Token) -> Ent | None:
    """A name the entity layer did not know, where only a person can stand ("M. O. spoke"):
    two to four capitalised words of one flat or compound name."""
    parts = [tok, *sent.children(tok, "flat", "compound", "flat:name")]
    parts.sort(key=lambda t: t.i)
    if not 2 <= len(parts) <= 4 or parts[-1].i - parts[0].i != len(parts) - 1:
        return None
    if not all(t.upos == "PROPN" and t.word[:1].isupper() and _name_word(t.word) for t in parts):
        return None
    if not looks_like_name(doc.text[parts[0].start : parts[-1].end], titles=False):
        return None  # "Central Liaison Office", "Humanitarian Affairs": no person's name
    if any(fold(d.word) in _DEFINITE for d in sent.children(tok, "det")):
        return None  # "the Seaside Legal Clinic", "la Casa Nueva": a body's name
    if _BODY_OF_BEFORE.search(doc.text, max(0, parts[0].start - 60), parts[0].start):
        return None  # "la Coordinadora de | Mujeres Migrantes": the "of" words of a body's name
    if TITLE_COMPLEMENT.search(fold_slice(doc.text, max(0, parts[0].start - 60), parts[0].start)):
        return None  # "Ministro Interino de | Relaciones Exteriores": what a title is of
    place_lex = lexicon(doc.language if doc.language in ("en", "es", "fr") else "en")
    if place_lex is not None and _case_ok(place_lex, sent, tok, "place"):
        return None  # "founded in Port Elm, a member of C": a place, no person
    if any(e.start < parts[-1].end and parts[0].start < e.end
           for e in doc.ents_in(parts[0].start - 200, parts[-1].end + 200)):  # fmt: skip
        return None  # part of a known name: not a new person
    place = _PLACE_AFTER.match(doc.text, parts[-1].end)
    if place and any(e.start == place.end() and e.type in ("Government", "Place")
                     for e in doc.ents_in(place.end(), place.end() + 60)):  # fmt: skip
        return None  # "Puerta Abierta (Peru)": where a group works, no sign of a person
    name = doc.text[parts[0].start : parts[-1].end]
    return doc.add(candidate(parts[0].start, parts[-1].end, name, name, "Person", 0.6))


_PLACE_AFTER = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*")


def _name_word(word: str) -> bool:
    """A word of a person's name: letters, or an initial ("K.")."""
    return word.isalpha() or (len(word) == 2 and word[0].isalpha() and word[1] == ".")


_MODIFIERS = ("compound", "amod", "flat", "nmod:poss")


def _animate(lex: Lexicon, tok: Token, types: tuple[str, ...]) -> tuple[str, ...]:
    """A person's pronoun ("his") stands for a person, a thing's ("its") never does."""
    word = fold(tok.word)
    if word in lex.words.get("person_pronouns", ()):
        return tuple(t for t in types if t == "Person")
    if word in lex.words.get("thing_pronouns", ()):
        return tuple(t for t in types if t != "Person")
    return types


def _possessive(lex: Lexicon, tok: Token) -> bool:
    """A third person's possessive determiner ("su", "sus", "son", "ses", "leurs")."""
    return tok.upos == "DET" and fold(tok.word) in lex.words.get("possessive_determiners", ())


def _third_person(lex: Lexicon, tok: Token) -> bool:
    word = fold(tok.word)
    keys = ("pronouns", "person_pronouns", "thing_pronouns", "plural_pronouns", "relative")
    return any(word in lex.words.get(k, ()) for k in keys)


def _referent(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, before: int, types: tuple[str, ...]
) -> Ent | None:
    """A pronoun's antecedent: a wanted entity named earlier in its sentence, else the text's
    subject, the first named in the sentence before (its subject, as a rule); else the text's
    author when named just before (a network's page says "it" of itself); else the last.
    A capital is its state ("Prague said that it ...", "the government in Rome said it")."""
    if (
        tok.deprel.split(":")[0] in ("obj", "obl")
        and "Process" in types
        and "Event" not in types
        and not doc.ents_in(sent.start, before, types)
        and _meeting_said_before(doc, lex, sent)
    ):
        return None  # ("The conference opens on Monday. A will boycott it": a meeting, no process)
    if (
        tok.deprel.split(":")[0] in ("obj", "obl")
        and "Event" in types
        and not doc.ents_in(sent.start, before, types)
        and _meeting_said_before(doc, lex, sent)
    ):
        met = event_here(doc, sent.start)  # ("... A will boycott it": that meeting)
        if met is not None and met.type in types:
            return met
    if "Person" not in types and _person_said_of(doc, lex, sent, tok):
        return None  # "P a dressé un état des lieux, dont elle a dénoncé ...": P, no body
    if "Government" in types:
        for anc in sent.ancestors(tok):
            for subj in sent.children(anc, "nsubj"):
                if subj.i > tok.i:
                    continue
                seat = _capital_state(doc, sent, subj)
                if seat is None and lex.lemma(subj.word) in lex.words["state_nouns"]:
                    places = sent.children(subj, "nmod")
                    seat = next((p for c in places if (p := _capital_state(doc, sent, c))), None)
                if seat is not None:
                    return seat
    if tok.deprel.startswith("nsubj"):  # "A announced that it would not join, and B said it
        for anc in list(sent.ancestors(tok))[1:]:  # would not sign": the subject of the clause's
            sayers = [s for s in sent.children(anc, "nsubj") if s.i < tok.i]  # own saying verb
            if sayers:  # (the subject itself or its owner: "Poland", "Hungary's government",
                heads = [sayers[0], *sent.children(sayers[0], "nmod:poss")]  # not "critics of A")
                bound = {e.key: e for h in heads for e in doc.ents_in(h.start, h.end, types)
                         if e.text and e.start <= h.start and h.end <= e.end}  # fmt: skip
                if len(bound) == 1:
                    return next(iter(bound.values()))
                break
    if doc.ents_in(sent.start, before, types):
        return _antecedent(doc, before, types)
    # a heading starts a new post: what it or its text says "it" of is named since the heading
    floor = max((u.start for u in doc.units if u.kind == "heading" and u.start <= sent.start),
                default=0)  # fmt: skip
    owner = sent.head(tok) if tok.deprel in ("det", "nmod:poss") else None  # ("Son secrétariat
    if tok.deprel.startswith("nsubj") or (  # est assuré par O": the subject's owner, as a subject)
        owner is not None and owner.deprel.startswith("nsubj")
    ):
        found, narrowed = _previous_subject(doc, lex, sent, types)
        if found is not None or narrowed != types:
            return found  # "The network ... . It ...": an organization or nothing
    author = doc.author
    named = doc.ents_in(max(0, before - 600), before)
    if author is not None and author.type in types and any(e.key == author.key for e in named):
        return author
    found = _antecedent(doc, before, types)
    return found if found is None or found.start >= floor else None


def _person_said_of(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether a pronoun that may stand for a person ("elle", "il", "she") follows, in its
    sentence, a main clause whose subject is a person: that person is what it stands for."""
    word = fold(tok.word)
    if word in lex.words.get("thing_pronouns", ()) or word not in lex.words["pronouns"]:
        return False
    root = next((t for t in sent.tokens if t.head < 0), None)
    subjects = sent.children(root, "nsubj") if root is not None else []
    return any(  # (a person, or a name of two words no list knows: "Ana Lind a dressé")
        s.i < tok.i
        and (
            any(e.type == "Person" for e in doc.ents_in(*sent.span(s)))
            or (
                s.upos == "PROPN"
                and sent.children(s, "flat:name")
                and not doc.ents_in(*sent.span(s))
            )
        )
        for s in subjects
    )


def _meeting_said_before(doc: Doc, lex: Lexicon, sent: Sentence) -> bool:
    """Whether the sentence before (in the same paragraph) opens on a meeting's noun: "The
    intergovernmental conference on the compact opens on Monday. A will boycott it"."""
    before = [u for u in doc.units if u.end <= sent.start and u.kind != "heading"][-1:]
    if not before or doc.text[before[0].end : sent.start].count("\n") > 1:
        return False
    opening = [m for m in re.finditer(r"\S+", doc.text[before[0].start : before[0].end])][:4]
    nouns = lex.words.get("event_nouns", set())
    bodies = [e for e in doc.ents_in(before[0].start, before[0].end) if e.type != "Event"]
    return any(
        (lex.lemma(w) in nouns or fold(w) in nouns)
        and not any(  # ("The General Assembly endorsed ...": a body's name, no meeting)
            e.start <= before[0].start + m.start() < e.end for e in bodies
        )
        for m in opening
        for w in [m.group().strip(",.")]
    )


def _previous_subject(
    doc: Doc, lex: Lexicon, sent: Sentence, types: tuple[str, ...]
) -> tuple[Ent | None, tuple[str, ...]]:
    """The first wanted entity of the sentences before (up to three), over those that open
    with a pronoun or a noun that stands for one named still earlier ("It is ...")."""
    # (never before the heading of its post: a heading starts another text)
    floor = max((u.start for u in doc.units if u.kind == "heading" and u.start <= sent.start),
                default=0)  # fmt: skip
    before = [u for u in doc.units
              if floor <= u.start and u.end <= sent.start and u.kind != "heading"
              and u.start >= sent.start - 800][-5:]  # fmt: skip
    stand_in = lex.words["pronouns"] | lex.words["state_nouns"] | lex.words.get("org_nouns", set())
    plain = 0  # (sentences that open with a stand-in, "It ...", "The network ...", "Our
    for u in reversed(before):  # members ...", go on a chain: three others at most are read)
        first = {lex.lemma(w) for w in doc.text[u.start : u.end].split()[:2]}
        first_person = {fold(w) for w in doc.text[u.start : u.end].split()[:1]}
        if not (first & stand_in or first_person & lex.words.get("first_person", set())):
            plain += 1
            if plain > 3:
                break
        if first & lex.words.get("org_nouns", set()):  # "The network ...": an organization
            types = tuple(t for t in types if t in ("Organization", "Coalition"))
        found = [e for e in doc.ents_in(u.start, u.end, types) if e.text]
        if u.kind == "line" and _opens_with_person(doc, u) and "Person" not in types:
            continue  # a list's line about a person ("P, director of O") is no subject for "it"
        if not found and "Person" not in types and _opens_with_other(doc, u, types):
            return None, ()  # ("P welcomed the compact, saying it ... . It calls for": the
            # thing P spoke of, never a body named further back)
        opening = doc.text[u.start : u.end].split()[:2]  # (a name may open with the noun:
        opened = u.start + len(" ".join(opening))  # "Le Réseau des Droits est ...")
        apposed = found and not doc.text[opened : found[0].start].strip()  # "Le réseau X est"
        ours = first_person & lex.words.get("first_person", set())  # ("Our members are A")
        if (
            found
            and found[0].start > u.start
            and (first & stand_in or ours)
            and found[0].start >= opened
            and not (apposed and first & lex.words.get("org_nouns", set()))
        ):
            continue  # the sentence's subject stands for something named before it
        if found:
            return found[0], types
    return None, types


def _opening_name(doc: Doc, unit: Unit) -> Ent | None:
    """The name a sentence opens on (its subject, as a rule)."""
    named = [e for e in doc.ents_in(unit.start, unit.end) if e.text]
    return named[0] if named and named[0].start <= unit.start + 4 else None


def _opens_with_other(doc: Doc, unit: Unit, types: tuple[str, ...]) -> bool:
    """Whether a sentence opens on a name of another kind than the wanted ones (a person, a UN
    office)."""
    first = _opening_name(doc, unit)
    return first is not None and first.type not in types


def _opens_with_person(doc: Doc, unit: Unit) -> bool:
    first = _opening_name(doc, unit)
    return first is not None and first.type == "Person"


def _chain_start(lex: Lexicon, sent: Sentence, tok: Token) -> int:
    """Where a pronoun's antecedent is looked for: before the first pronoun of its kind in
    the sentence ("It is a member of C; it sat on C's board": both name what came before)."""
    if tok.upos != "PRON":
        return tok.start
    word = fold(tok.word)
    kinds = [k for k in ("person_pronouns", "thing_pronouns") if word in lex.words.get(k, ())]
    for t in sent.tokens[: tok.i]:
        w = fold(t.word)
        if t.upos == "PRON" and (w == word or any(w in lex.words[k] for k in kinds)):
            return t.start
    return tok.start


def _definite(lex: Lexicon, sent: Sentence, tok: Token, any_role: bool = False) -> bool:
    """A noun that names something said before: a subject or possessor with no article
    that makes it new ("the network is", "the coalition's board"; not "a network of"); with
    any_role, any noun with a definite article ("of the forum", "del foro")."""
    if any_role:
        cases = {fold(c.word) for c in sent.children(tok, "case")}
        if cases & lex.words.get("contracted_articles", set()):
            return True
    elif tok.deprel not in ("nsubj", "nsubj:pass", "nmod:poss") or sent.children(tok, "nmod"):
        return False
    dets = sent.children(tok, "det")
    return bool(dets) and not any(
        lex.lemma(d.word) in lex.words.get("indefinite", ()) for d in dets
    )


def _definite_object(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """An object or oblique "the network", "la plataforma", "le réseau" (no modifier naming
    another: "the network of X" is not the one spoken of)."""
    if tok.deprel.split(":")[0] not in ("obj", "obl", "nmod") or sent.children(tok, "nmod"):
        return False
    if sent.children(tok, "amod", "nmod:poss", "compound", "flat", "appos"):
        return False
    dets = sent.children(tok, "det")
    return bool(dets) and all(
        d.upos == "DET" and lex.lemma(d.word) not in lex.words.get("indefinite", ())
        and fold(d.word) not in lex.words.get("first_person", set())
        for d in dets
    )  # fmt: skip


def _same_noun(
    doc: Doc,
    lex: Lexicon,
    sent: Sentence,
    tok: Token,
    types: tuple[str, ...],
    author: bool = True,
) -> Ent | None:
    """What "the network" stands for where it is acted on: the last organization named
    before whose name holds that noun ("the Tidewater Network ... joined the network"),
    not one of the clause's own subjects; else the organization the text is about."""
    types = tuple(t for t in types if t in _ORGS)
    if not types:
        return None
    noun = lex.lemma(tok.word)
    own = (
        set()
        if not author
        else {e.key for h in _subject(lex, sent, tok) for e in doc.ents_in(*sent.span(h))}
    )
    before = [e for e in doc.ents_in(max(0, tok.start - 3000), tok.start, types)
              if e.text and e.key not in own]  # fmt: skip
    for e in reversed(before):
        if noun in {lex.lemma(w) for w in re.findall(r"\w+", e.name)}:
            return e
    spoken = doc.author if author else None
    if spoken is not None and spoken.type in types and spoken.key not in own:
        return spoken
    return None


def _new_acronym(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """An acronym no list knows, named as a title's organization ("director of ABCD") or
    among the bodies a noun of delegates lists ("Representatives of ABCD, EFGH and the X
    Union took part")."""
    head = sent.head(tok)
    word = tok.word
    if not (tok.upos in ("PROPN", "NOUN") and 2 <= len(word) <= 10 and word.isalpha()
            and word.isupper()):  # fmt: skip
        return False
    first = tok
    while first.deprel == "conj" and sent.head(first) is not None:
        first = sent.head(first) or first
    up = sent.head(first)
    if (
        first.deprel == "nmod"
        and up is not None
        and _delegate(lex, up)
        and _case_ok(lex, sent, first, "of")
    ):
        return True
    return (
        tok.upos == "PROPN"
        and tok.deprel == "nmod"
        and head is not None
        and (_title_word(lex, head) or _titled_board(lex, sent, head))
    )


def _titled_board(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A governing body a title sits on ("président du conseil d'administration de ABCD",
    "chair of the board of ABCD", "miembro del comité de pilotaje de ABCD"; lexicon
    governing_bodies): the acronym after it names the body's organization."""
    up = sent.head(tok)
    return (
        tok.deprel == "nmod"
        and up is not None
        and lex.lemma(tok.word) in lex.words.get("governing_bodies", set())
        and _title_word(lex, up)
    )


def _acronym_again(doc: Doc, tok: Token, types: tuple[str, ...]) -> Ent | None:
    """A new name's acronym said again after the name defined it ("the X Policy Institute
    (XPI) ... XPI's partners"): that name."""
    word = tok.word
    if not (2 <= len(word) <= 12 and word[:1].isupper() and any(c.isupper() for c in word[1:])):
        return None
    for e in reversed(doc.ents_in(0, tok.start)):
        if e.type in types and word in e.aliases:
            return doc.add(Ent(tok.start, tok.end, word, e.key, e.id, e.name, e.type,
                               e.confidence, "coref", e.aliases))  # fmt: skip
    return None


def _antecedent(doc: Doc, before: int, types: tuple[str, ...]) -> Ent | None:
    """The last entity of a wanted type named before a pronoun (within a few sentences)."""
    found = [e for e in doc.ents_in(max(0, before - 600), before) if e.type in types and e.text]
    return found[-1] if found else None


def _focus(doc: Doc, sent: Sentence, what: str, types: tuple[str, ...]) -> list[Ent]:
    pick: Ent | None = None
    if what == "process":
        pick = doc.focal_process
    elif what == "event":  # ("At this side event, speakers included": the heading's event)
        lex = lexicon(doc.language) if doc.language else None
        nouns = lex.words.get("event_nouns", set()) if lex is not None else set()
        said = [t for t in sent.tokens if lex is not None and lex.lemma(t.word) in nouns]
        pick = next((e for t in said if lex and (e := _headed_event(doc, lex, sent, t))), None)
        if (  # a speaker in a report: the meeting its line or section reports on, not one its
            pick is None  # section names in passing ("First to speak was P")
            and doc.memo.get("relation") == "SPOKE_AT"
            and not doc.events_in(sent.start, sent.end)
        ):
            pick = _report_topic(doc, sent.start)
        pick = pick or event_here(doc, sent.end, first=True)
    elif what == "document":
        pick = doc.self_doc
    elif what == "resolution":  # the one text other than this one that the sentence or the
        # document names; with none named, the one states vote on for the text's process
        pick = _document_in_focus(doc, sent)
    elif what == "government":  # the state the post is about, else the one its sentence names
        govs = {e.key: e for e in doc.ents_in(sent.start, sent.end, ("Government",))}
        pick = _post_state(doc, sent.start) or (
            next(iter(govs.values())) if len(govs) == 1 else None
        )
    elif what in ("author", "coalition"):
        pick = doc.author
    elif what == "body":  # the one body the sentence names ("approved in the Assembly")
        bodies = {e.key: e for e in doc.ents_in(sent.start, sent.end, ("IntergovernmentalBody",))}
        pick = next(iter(bodies.values())) if len(bodies) == 1 else None
    if pick is None or pick.type not in types:
        return []
    if what == "coalition" and pick.type != "Coalition":
        return []
    return [pick]


def _post_state(doc: Doc, at: int) -> Ent | None:
    """The state a post (the text from its heading to the next) is about: named most, its
    heading counting twice over, and clearly more than any other."""
    start, end, heading = 0, len(doc.text), None
    run = False  # a title and its dateline are one heading
    for u in doc.units:
        if u.kind == "heading":
            if u.start <= at:
                start = start if run else u.start
                heading, run = u, True
            else:
                end = u.start
                break
        else:
            run = False
    score: dict[str, float] = {}
    found: dict[str, Ent] = {}
    for e in doc.ents_in(start, end, ("Government",)):
        score[e.key] = score.get(e.key, 0) + 1
        if heading is not None and e.start < heading.end:
            score[e.key] += 2  # named in the heading
        found.setdefault(e.key, e)
    if heading is not None:  # "Croatian president will ...": a heading's demonym
        words, starts, _ = document_tokens(doc.text)
        i = bisect.bisect_left(starts, start)
        while i < len(words) and starts[i] < heading.end:
            gov = doc.gz.demonyms.get(words[i])
            entry = doc.gz.entry(gov) if gov else None
            if entry is not None and entry.type == "Government":
                score[entry.id] = score.get(entry.id, 0) + 2
                found.setdefault(entry.id, from_entry(0, 0, "", entry, 0.8, "context"))
            i += 1
    for e in doc.ents_in(start, end, ("Person",)):  # the state's own people ("Morrison said
        state = doc.gz.person_states.get(e.id or "")  # ... apart from the US"): its state
        entry = doc.gz.entry(state) if state else None
        if entry is not None:
            score[entry.id] = score.get(entry.id, 0) + 1
            found.setdefault(entry.id, from_entry(0, 0, "", entry, 0.8, "context"))
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] <= ranked[1][1]):
        return None
    return found[ranked[0][0]]


# --- modality ------------------------------------------------------------------------------


def _modal_lemmas(lex: Lexicon, toks: list[Token]) -> set[str]:
    """The words of toks that may hedge: no name or number ("on 3 May", "en mayo" are dates,
    not the auxiliary "may")."""
    near = [c for c in toks if c.upos not in ("PROPN", "NOUN", "NUM")]
    return {lex.lemma(c.word) for c in near} | {fold(c.word) for c in near}


_PARTICIPLE_FORM = re.compile(r"(?:[ai]d[oa]s?|ees?|es|ed)$")
_PARTICIPLE_END = re.compile(r"(?:(a)|(i))d[oa]s?$")


def _passive_participle(sent: Sentence, tok: Token) -> set[str]:
    """The verbs a participle a parser read as a noun or adjective with a copula may be of
    ("fue invitada": invitar): none for a word with no copula or passive auxiliary."""
    if tok.upos not in ("NOUN", "ADJ") or not sent.children(tok, "cop", "aux:pass"):
        return set()
    m = _PARTICIPLE_END.search(fold(tok.word))
    if m is None:
        return set()
    stem = fold(tok.word)[: m.start()]
    return {stem + "ar"} if m.group(1) else {stem + "er", stem + "ir"}


def _told(lex: Lexicon, sent: Sentence, tok: Token, clause: Token, verb: Token, future: bool
          ) -> bool:  # fmt: skip
    """Whether a verb that demands with an infinitive or a subjunctive ("told A to sign",
    "insisted that A withdraw", "insistió en que A firme") reports a fact with a clause in the
    future or a perfect ("told reporters that A would not sign", "insisted that A had left",
    "insistió en que A no firmará", "a insisté que A ne signera pas"): lexicon telling_verbs."""
    words = lex.words
    telling = words.get("telling_verbs", set())
    if not telling or (lex.lemma(verb.word) not in telling and fold(verb.lemma) not in telling):
        return False
    if clause.deprel.split(":")[0] not in ("ccomp", "advcl", "obl", "xcomp") or not sent.children(
        clause, "nsubj", "nsubj:pass"
    ):
        return False  # "told A to sign": an infinitive with no subject of its own is a demand
    purpose = words.get("purpose_marks", set())
    if any(fold(m.word) in purpose for m in sent.children(clause, "mark")):
        return False  # "insisté pour que A signe": a purpose is a demand
    aux = {lex.lemma(c.word) for c in sent.children(clause, "aux", "aux:pass")}
    return future or bool(aux & (words["future_aux"] | words.get("perfect_aux", set())))


def _denied_cleft(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A relative clause on a name that a negated copula puts in focus ("It is not A that
    hosts it", "Ce n'est pas A qui héberge", "No es A quien acoge"): denied, however a parser
    hangs the copula (on the name or a word above it)."""
    relative = any(fold(c.word) in lex.words["relative"] for c in sent.children(tok, "nsubj"))
    if tok.deprel not in ("acl:relcl", "acl") and not (tok.deprel == "dep" and relative):
        return False  # (a parser's "dep" for the clause: "that" as its subject)
    name = sent.head(tok)
    if name is None:
        return False
    for node in [x for x in (name, sent.head(name)) if x is not None]:
        kids = sent.children(node)
        be = any(
            c.deprel in ("cop", "aux", "aux:pass") and lex.lemma(c.word) in lex.words["passive_aux"]
            for c in kids
        )
        if be and any(fold(c.word) in lex.words["negation"] for c in kids if c.i < name.i):
            return True
    return False


def _office_to_come(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A decision said to follow a government's taking office, in a clause not told in the past
    ("the new government would pull A out after it takes office", "abandona el pacto una vez
    que X asuma el gobierno"; lexicon take_office): no one in office has taken it yet."""
    words = lex.words
    for clause in [tok, *list(sent.ancestors(tok))[:2]]:
        for c in sent.children(clause, "advcl"):
            if not _in_class(lex, sent, c, "take_office"):
                continue
            forms = [c, *sent.children(c, "aux", "aux:pass")]
            past = any(
                fold(f.word) in words.get("past_forms", set())
                or any(fold(f.word).endswith(s) for s in lex.suffixes.get("past_suffixes", ()))
                for f in forms
            )
            if not past:
                return True
    return False


def _told_by_others(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """A clause told on the word of rumours, analysts or sources ("according to analysts",
    "según rumores", "selon des observateurs"; lexicon forecasters, hearsay_nouns): a guess."""
    said = lex.words.get("forecasters", set()) | lex.words.get("hearsay_nouns", set())
    return any(
        {lex.lemma(c.word), fold(c.lemma)} & said
        for c in sent.children(tok, "obl", "advmod", "nmod", "obl:arg", "parataxis")
    )


_NEXT_SENTENCE = re.compile(r"[^.!?\n]*[.!?]?")


def _split_after(doc: Doc, lex: Lexicon, sent: Sentence) -> bool:
    """Whether the sentence right after this one (in its paragraph) splits the group this one
    names into some and others ("Some reject the accord, others postponed their decision",
    "Algunos lo rechazan, otros aplazaron su decisión", "Certains rejettent l'accord, d'autres
    ont reporté leur décision"): what this one says of them all is then said of none."""
    some = lex.words.get("some_of_them", set())
    others = lex.words.get("others_of_them", set())
    if not some or not others:
        return False
    at = sent.end
    while at < len(doc.text) and doc.text[at] in " \t":
        at += 1
    nxt = _NEXT_SENTENCE.match(fold_slice(doc.text, at, min(len(doc.text), at + 300)))
    words = re.findall(r"[a-z]+(?:'[a-z]+)?", nxt.group() if nxt else "")
    head = " ".join(words[:3])
    if not any(re.search(rf"\b{re.escape(w)}\b", head) for w in some):
        return False
    at_others = next(
        (i for i, w in enumerate(words) if i and (w in others or w.removeprefix("d'") in others)),
        None,
    )
    # the others do an act of their own ("others postponed their decision"), not the same act
    # at another time ("some did so in July, others in November")
    return at_others is not None and any(
        lex.lemma(w) in lex.trigger_words or w in lex.trigger_words for w in words[at_others + 1 :]
    )


def _one_of_two_acts(lex: Lexicon, sent: Sentence, tok: Token, negated: bool = False) -> bool:
    """Whether the trigger is one of two acts set as a choice ("A, B and C either left the
    compact or voiced doubts about it", "se retiraron o expresaron reservas", "ont soit quitté
    le pacte, soit annoncé leur abstention"): the text does not say which act each one did.
    Two words of one act ("signed or endorsed") are no choice, nor two acts both denied ("did
    not sign or attend", "refused to sign or endorse": neither), unless the other is a finite
    form a parser hung on a bare one ("refused to sign it or voiced concerns")."""
    choice = lex.words.get("alternatives", set())
    if not choice:
        return False

    def chosen(verb: Token, *rels: str) -> bool:
        return any(fold(c.word) in choice for c in sent.children(verb, *rels))

    def said(verb: Token, entry: tuple[str, ...]) -> bool:  # ("pulled out": "pull out")
        words = {fold(c.word) for c in sent.children(verb)}
        return entry[0] in {lex.lemma(verb.word), fold(verb.lemma)} and set(entry[1:]) <= words

    def akin(other: Token) -> bool:  # "have signed or endorsed": one act in two words
        return any(
            any(said(tok, e) for e in entries) and any(said(other, e) for e in entries)
            for entries in lex.triggers.values()
        )

    def finite_after_bare(other: Token) -> bool:
        return fold(tok.word) == fold(tok.lemma) and fold(other.word) != fold(other.lemma)

    if chosen(tok, "cc:preconj", "dep"):
        return True  # "have either withdrawn (...)": however a parser hangs the other act
    up = sent.head(tok)
    if tok.deprel == "conj" and up is not None and up.upos == "VERB" and chosen(tok, "cc"):
        return not akin(up) and not negated
    return any(
        c.upos in ("VERB", "AUX")
        and chosen(c, "cc")
        and not akin(c)
        and (not negated or finite_after_bare(c))
        for c in sent.children(tok, "conj")
    )


_QUOTED_BY = _QUOTE_MARKS | {"``", "''", "`"}  # (a parser's tokens of quotation marks too)


def _quoted_word(sent: Sentence, tok: Token) -> bool:
    """A word alone between quotation marks ('voted "no"'): a word named, not used."""
    words = sent.tokens
    return (
        0 < tok.i < len(words) - 1
        and words[tok.i - 1].word in _QUOTED_BY
        and words[tok.i + 1].word in _QUOTED_BY
    )


def _asked_before(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """Whether a verb of asking comes before an infinitive in its sentence with no other verb
    between ("an open letter calling on member states to adopt the compact"): the act is asked
    for, whatever head a parser gives the infinitive."""
    asking = lex.words["demand_verbs"]
    for t in reversed(sent.tokens[: tok.i]):
        if t.word in (";", ":") or t.upos == "AUX":
            return False
        if t.upos == "VERB" and t.deprel.split(":")[0] not in _NOMINAL:  # (a tagger's verb
            return bool({lex.lemma(t.word), fold(t.lemma)} & asking)  # for a noun: "states")
    return False


_NOMINAL = ("obj", "nsubj", "obl", "nmod", "compound", "appos", "iobj")


def _reading(lex: Lexicon, sent: Sentence, tok: Token) -> Reading:
    words = lex.words
    kids = sent.children(tok)
    # and the words on its adverbs ("no longer", "not yet")
    near = kids + [g for c in sent.children(tok, "advmod") for g in sent.children(c)]
    over = sent.head(tok)
    if (
        tok.upos == "ADJ"
        and tok.deprel in ("obj", "xcomp")
        and over is not None
        and {lex.lemma(over.word), fold(over.lemma)} & words["passive_aux"]
    ):  # "Chile no estuvo presente": a parser's object of the copula, whose words are its
        near += [c for c in sent.children(over) if c is not tok]
    near = [c for c in near if not _quoted_word(sent, c)]  # 'voted "no"': a word named, no negation
    kid_lemmas = {lex.lemma(c.word) for c in near} | {fold(c.word) for c in near}
    # "ne ... que" is "only", not a negation (words that undo a negation word beside them)
    # (a clause's own "que" is its mark, not the "que" of "ne ... que")
    only = {lex.lemma(c.word) for c in near if c.deprel != "mark"} | {
        fold(c.word) for c in near if c.deprel != "mark"
    }
    negated = bool(kid_lemmas & words["negation"]) and not (only & words["restrictive"])
    hedged = bool(_modal_lemmas(lex, near) & (words["hedge_aux"] | words["hedge_words"]))
    hedged = hedged or _told_by_others(lex, sent, tok)
    future = bool(kid_lemmas & words["future_aux"])
    # "if ... , X would quit": the condition marks the trigger or a clause hanging on it
    conditional = any(
        m.deprel == "mark" and fold(m.word) in words["condition"]
        for c in [tok, *sent.children(tok, "advcl")]
        for m in sent.children(c)
    )
    word = fold(tok.word)
    if any(word.endswith(s) for s in lex.suffixes.get("conditional_suffixes", ())):
        # "announced that it would not sign" (a reported decision: the future of the past),
        # not "it could": a conditional under a verb of saying is no hedge
        head = sent.head(tok)
        said = words["report_verbs"]
        reported = (
            tok.deprel == "ccomp"
            and head is not None
            and (lex.lemma(head.word) in said or fold(head.lemma) in said)
        )
        future = future or reported
        hedged = hedged or not reported
    elif any(word.endswith(s) for s in lex.suffixes.get("future_suffixes", ())):
        future = True
    head = sent.head(tok)
    if head is not None and tok.deprel in ("case", "fixed", "mark", "cop"):
        # a trigger of function words ("a cargo de") takes the tense of its clause's copula
        # ("La apertura será a cargo de P": still to come)
        tense = [fold(c.word) for c in sent.children(head, "cop", "aux")]
        endings = tuple(lex.suffixes.get("future_suffixes", ()))
        future = future or any(w in words["future_aux"] or w.endswith(endings) for w in tense)
    auxes = {lex.lemma(c.word) for c in kids if c.deprel.startswith("aux")}
    if auxes & words.get("counterfactual_aux", set()) and auxes & words["perfect_aux"]:
        conditional = True  # "(had they won,) A would have left": what did not happen
    demanded = False
    reporting = words["report_verbs"]
    cur = tok
    reversing = words.get("reverse_verbs", set())
    if any(  # (a parser's "decision to leave (root) ... was overturned (dep)")
        c.upos == "VERB" and {lex.lemma(c.word), fold(c.lemma)} & reversing
        for c in sent.children(tok, "dep", "parataxis")
    ):
        hedged = True
    for anc in list(sent.ancestors(tok))[:3]:
        if {lex.lemma(anc.word), fold(anc.lemma)} & reversing:
            hedged = True  # "its decision to leave was overturned", "backtracked on its
            break  # withdrawal": undone, no fact (a reviewer may still take it)
        if cur.deprel.split(":")[0] not in _UP:
            break
        lemma = lex.lemma(anc.word)
        akids = sent.children(anc)
        if (
            anc.upos == "NOUN"
            and cur.deprel.split(":")[0] in ("acl", "nmod")
            and any(fold(d.word) in words["negation"] for d in sent.children(anc, "det"))
        ):
            negated = not negated  # "there is no question of A leaving": denied
        alemmas = {lex.lemma(c.word) for c in akids} | {fold(c.word) for c in akids}
        if (lemma in words["demand_verbs"] or fold(anc.lemma) in words["demand_verbs"]) and not (
            _told(lex, sent, tok, cur, anc, future)
        ):
            demanded = True
        elif (
            cur.deprel in ("acl", "xcomp")
            and _passive_participle(sent, anc) & words["demand_verbs"]
        ):
            demanded = True  # "fue invitada a participar": a parser's noun for the participle
        if lemma in words["hedge_verbs"] or fold(anc.lemma) in words["hedge_verbs"]:
            hedged = True
        if cur.deprel.split(":")[0] == "xcomp" and _one_of_two_acts(lex, sent, anc):
            hedged = True  # "either refused to sign or said they would abstain"
        if cur.deprel.split(":")[0] in ("xcomp", "ccomp") and _told_by_others(lex, sent, anc):
            hedged = True  # "según los analistas, A terminará por retirarse"
        if lemma in words["forecast"] or fold(anc.lemma) in words["forecast"]:
            future = True
        if (
            cur.deprel.split(":")[0] in ("xcomp", "advcl")
            and anc.upos in ("VERB", "AUX")
            and (
                alemmas & words["future_aux"]
                or fold(anc.word).endswith(tuple(lex.suffixes.get("future_suffixes", ())))
            )
        ):
            future = True  # "will travel to C to attend E": the trip, and so the act, to come
        if {lemma, fold(anc.lemma)} & words.get("expect_verbs", set()):
            hedged = True  # "analysts expect A to leave", "A is expected to leave": a guess
        if {lemma, fold(anc.lemma)} & (
            words.get("deny_verbs", set()) | words.get("hearsay_nouns", set())
        ):
            hedged = True  # "denied that it would leave", "rumours that A had left": no fact
        if lemma in words["refuse"] and cur.deprel in ("xcomp", "acl"):
            negated = not negated  # "refused to sign", "A's refusal to sign"
        elif cur.deprel in ("advcl", "xcomp", "acl") and any(
            "against" in lex.case_class(m.word) for m in sent.children(cur, "mark", "case")
        ):
            negated = not negated  # "decided against signing"
        if lemma in words["hedge_words"]:
            hedged = True  # "is likely to leave", "es probable que"
        if alemmas & words["negation"] and cur.deprel == "xcomp":
            negated = not negated
        elif alemmas & words["negation"] and cur.deprel == "ccomp" and lemma in reporting:
            hedged = True  # "did not say it would leave": no decision either way
        # (a hedge on a name the clause hangs on, "y, probablemente, D, que ...", is that
        # member's: _hedged_members)
        if _modal_lemmas(lex, akids) & (
            words["hedge_aux"] | words["hedge_words"]
        ) and anc.upos not in (
            "NOUN",
            "PROPN",
        ):
            hedged = True
        if any(c.deprel == "mark" and fold(c.word) in words["condition"] for c in akids):
            conditional = True
        cur = anc
    marks = {fold(m.word) for m in sent.children(tok, "mark")}
    if (
        not demanded
        and marks & words.get("infinitive_particles", set())
        and _asked_before(lex, sent, tok)
    ):
        demanded = True  # "a letter calling on A to adopt it", however a parser hangs the act
    if marks & words.get("infinitive_marks", set()) and tok.deprel.split(":")[0] in (
        "acl", "root", "ccomp", "parataxis", "conj"
    ):  # fmt: skip
        future = True  # "a workshop to be organised by A": still to come
    if marks & words.get("irrealis_marks", set()):
        hedged = True  # "it would be a mistake / it is time for A to leave": no act told
    for clause in [tok, *list(sent.ancestors(tok))[:3]]:
        if any(  # "A said it would leave but later reversed its position": undone since
            c.i > tok.i and {lex.lemma(c.word), fold(c.lemma)} & reversing
            for c in sent.children(clause, "conj")
        ):
            hedged = True
            break
    subjects = sent.children(tok, "nsubj") or [
        s for a in list(sent.ancestors(tok))[:2] for s in sent.children(a, "nsubj")
    ]
    if any(  # "A's president-elect promised to leave": no one in office yet
        part in words.get("not_in_office", set())
        for c in subjects
        for t in [c, *sent.children(c, "amod", "compound", "flat")]
        for part in re.split(r"[-\s]", fold(t.word))
    ):
        hedged = True
    if _office_to_come(lex, sent, tok) and not _title_word(lex, tok):
        hedged = True  # "the new government would pull A out once it takes office" (not a
        # title: "the new chancellor, P, said so on taking office" holds the post)
    if _denied_cleft(lex, sent, tok):
        negated = True  # "it is not A that hosts the secretariat", "ce n'est pas A qui"
    question = sent.tokens[-1].word == "?"
    if any(  # "neither A nor B will sign", "ni A ni B firmarán", "no country signed"
        fold(d.word) in words["negation"]
        for c in sent.children(tok, "nsubj")
        for d in sent.children(c, "cc", "cc:preconj", "det")
        if d.i < c.i
    ):
        negated = True
    if _in_class(lex, sent, tok, "attend") and any(  # "sent no delegation to E", "no envió
        fold(d.word) in words["negation"]  # ninguna delegación", "n'a envoyé aucun délégué"
        for c in sent.children(tok, "obj")
        for d in sent.children(c, "det")
        if d.i < c.i
    ):
        negated = True
    if any(
        lex.lemma(c.word) in words["refuse"] and c.upos == "NOUN"
        for c in sent.children(tok, "nsubj")
    ):
        negated = not negated  # a parser's "A's refusal (subject) to sign"
    if tok.upos in ("NOUN", "PROPN") and _former(lex, sent, tok):
        negated = True  # "the former director", "el entonces presidente": held no more
    if tok.upos == "VERB" and _in_class(lex, sent, tok, "lead_org") and _former(lex, sent, tok):
        negated = True  # "who once chaired C", "who led C until 2019": a post held no more
    up = sent.head(tok)
    if (
        tok.upos in ("NOUN", "PROPN")
        and tok.deprel.split(":")[0] in ("nsubj", "dislocated")
        and up is not None
        and sent.children(up, "cop")
    ):  # "the members of C may be A and B": the copular clause's own modality
        copular = sent.children(up, "aux", "cop", "advmod")
        cop_lemmas = {lex.lemma(c.word) for c in copular} | {fold(c.word) for c in copular}
        negated = negated or bool(cop_lemmas & words["negation"])
        hedged = hedged or bool(cop_lemmas & (words["hedge_aux"] | words["hedge_words"]))
        future = future or bool(cop_lemmas & words["future_aux"])
    if (
        tok.upos in ("NOUN", "PROPN")
        and tok.deprel.split(":")[0] == "nsubj"
        and up is not None
        and up.upos == "VERB"
        and not _title_word(lex, tok)  # ("the Prime Minister, P, intends to sign": a title
    ):  # names a person, no act) "A's return to the pact is expected next week": the act
        said = {lex.lemma(up.word), fold(up.lemma)}  # a noun names is what its verb guesses
        hedged = hedged or bool(said & (words.get("expect_verbs", set()) | words["hedge_verbs"]))
        future = future or bool(said & words["forecast"])
    if (future or conditional) and up is not None and tok.deprel.split(":")[0] == "ccomp":
        hedged = hedged or _speaker_of_others(lex, sent, up)  # "P, leader of the X Party, said
    shared = sent.head(tok)
    if (
        tok.deprel == "conj"
        and shared is not None
        and shared.upos in ("VERB", "AUX")
        and not sent.children(tok, *_SUBJ, "aux", "aux:pass", "cop")
        and fold(tok.word) == fold(tok.lemma)  # (a bare form: "will not go, and reserves")
    ):  # "would not sign it or attend E": the first verb's negation and tense are the second's
        first = _reading(lex, sent, shared)
        negated = negated or first.negated
        hedged = hedged or first.hedged
        future = future or first.future
        conditional = conditional or first.conditional
    # one of two acts ("withdrew or voiced doubts"), unless both are denied ("did not sign or
    # attend", "refused to sign or take part": neither)
    hedged = hedged or _one_of_two_acts(lex, sent, tok, negated)
    reading = Reading(negated, hedged, demanded, future, conditional, question)  # A would go"
    return _with_listing_verb(lex, sent, tok, reading)


def _speaker_of_others(lex: Lexicon, sent: Sentence, verb: Token) -> bool:
    """Whether a verb of saying has for subject a person named with a title and no post of a
    state ("P, the leader of the opposition party, said that A would leave"): what the state
    will do, told by someone who does not speak for it, is a guess. A post of a state among the
    person's titles ("P, vice-chancellor and party leader", "P, a government spokesman")
    speaks for it."""
    said = lex.words["report_verbs"]
    if {lex.lemma(verb.word), fold(verb.lemma)}.isdisjoint(said):
        return False
    for who in sent.children(verb, "nsubj"):
        if who.upos != "PROPN":
            return False
        titles = sent.children(who, "appos")
        titles += [c for x in titles for c in sent.children(x, "conj")]
        if not titles:
            return False
        states = lex.words["state_nouns"]
        return not any(
            _in_class(lex, sent, x, "state_title")
            or any(_in_class(lex, sent, c, "state_title") for c in sent.children(x, "compound"))
            or any(  # ("a government spokesman", "the cabinet's spokeswoman")
                lex.lemma(c.word) in states
                for c in sent.children(x, "compound", "nmod", "nmod:poss", "amod")
            )
            for x in titles
        )
    return False


def _with_listing_verb(lex: Lexicon, sent: Sentence, tok: Token, reading: Reading) -> Reading:
    """A role noun said through a verb that lists or casts people ("entre los ponentes no
    estuvo A", "A participará como ponente"): that verb's negation, tense and hedges count."""
    if tok.upos not in ("NOUN", "PROPN"):
        return reading
    verbs = [v for v in sent.children(tok, "acl") if _among_verb(lex, v)]  # "parmi eux figurent"
    head = sent.head(tok)
    if head is None or head.upos not in ("VERB", "AUX"):
        head = None
    casting = head is not None and any(_in_class(lex, sent, head, c) for c in ("serve", "include"))
    role = tok.deprel.split(":")[0] in ("obl", "nmod", "obj", "nsubj")
    if head is not None and ((casting and role) or _among_verb(lex, head)):
        verbs.append(head)  # ("the speakers will include A", "A will serve as rapporteur")
    elif head is not None and _as_verb(lex, sent, tok) is head:
        verbs.append(head)  # "A will take part as O's delegate": a forecast
    elif (
        head is not None
        and tok.deprel in ("obj", "xcomp")
        and _in_class(lex, sent, head, "appoint")
    ):
        verbs.append(head)  # "P was not elected president of O", "P could become director"
    for verb in verbs:
        up = _reading(lex, sent, verb)
        reading = Reading(*(a or b for a, b in zip(astuple(reading), astuple(up), strict=True)))
    return reading


def _former(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    near = list(sent.children(tok, "amod", "advmod", "compound", "dep"))
    head = sent.head(tok)
    if head is not None and tok.deprel in ("compound", "amod", "flat"):
        near += [t for t in sent.tokens[: tok.i] if t.head == tok.head]  # "former Minister P"
    if tok.i > 0:
        near.append(sent.tokens[tok.i - 1])
    if head is not None and head.upos in ("NUM", "PRON") and tok.deprel == "nmod":
        near += sent.children(head, "advmod", "amod")  # "once one of the members of C"
    words = lex.words.get("former", set()) | lex.words.get("not_yet", set())  # ("a future
    # member of C": not yet)
    if any(  # "a member of C until 2019": a membership ended
        _case_ok(lex, sent, c, "until") for c in sent.children(tok, "nmod", "obl")
    ):
        return True
    return any(fold(t.word) in words or lex.lemma(t.word) in words for t in near) or fold(
        tok.word
    ).startswith("ex-")


def _refusal(reading: Reading, frame: Frame) -> str | None:
    if reading.negated != frame.negated:
        return "negated" if reading.negated else "affirmative"
    if reading.demanded:
        return "demanded by others"
    if reading.hedged:
        return "hedged"
    if reading.conditional:
        return "condition"
    if reading.question:
        return "question"
    if reading.future and frame.mode != "decision":
        return "forecast"
    return None


# --- properties ----------------------------------------------------------------------------


def _cast_votes(lex: Lexicon, sent: Sentence, tok: Token) -> list[Token]:
    """The vote nouns a verb's object holds ("cast one of the five votes", "emitió uno de los
    votos"): the object itself or the noun under it."""
    objects = sent.children(tok, "obj")
    found = [o for o in objects if _in_class(lex, sent, o, "vote") and o.upos == "NOUN"]
    found += [n for o in objects for n in sent.children(o, "nmod")
              if n.upos == "NOUN" and _in_class(lex, sent, n, "vote")]  # fmt: skip
    return found


def _vote(lex: Lexicon, sent: Sentence, tok: Token, frame: Frame) -> str | None:
    cast = [n for v in _cast_votes(lex, sent, tok) for n in sent.children(v, "nmod")]
    said = {w: cls for cls in frame.vote_by_case for w in lex.words.get(f"vote_{cls}", ())}
    after = [t for t in sent.tokens[tok.i + 1 : tok.i + 3] if _quoted_word(sent, t)]
    for c in [*sent.children(tok, "obj", "xcomp", "advmod", "ccomp"), *after]:
        if fold(c.word) in said:  # 'voted "no"', "voted yes": the vote as its own word
            return frame.vote_by_case[said[fold(c.word)]]
    for c in [*sent.children(tok, *_OBL, "advmod", "obj"), *cast]:
        cases = sent.children(c, "case")
        cases += [f for k in cases for f in sent.children(k, "fixed")]  # ("en contra del")
        classes = set().union(*(lex.case_class(k.word) for k in cases))
        classes |= lex.case_class(c.word)
        for f in sent.children(c, "fixed"):  # ("votó a favor": the adverb's own fixed word)
            classes |= lex.case_class(f.word)
        for cls, vote in frame.vote_by_case.items():
            if cls in classes:
                return vote
    nxt = sent.tokens[tok.i + 1] if tok.i + 1 < len(sent.tokens) else None
    if nxt is not None and nxt.upos == "ADP":  # "ont voté contre sont A et B": a parser's
        classes = lex.case_class(nxt.word)  # case word on the copula's subject, right after
        return next((v for cls, v in frame.vote_by_case.items() if cls in classes), None)
    return None


def _role(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, frame: Frame, targets: list[Ent]
) -> str | None:
    if frame.role == "trigger":
        return fold(tok.word)
    if frame.role == "listed_role":
        return None  # each member's own (listed_role)
    if frame.role == "trigger_role":
        lemma = lex.lemma(tok.word)
        return lex.roles.get(lemma) or lex.roles.get(fold(tok.lemma)) or lemma
    if frame.role == "body":  # "forma parte del comité ejecutivo de C": the body, as written
        for c in sent.children(tok, "obj", *_OBL):
            named = any(e.start <= c.start < e.end for e in doc.ents_in(c.start - 200, c.end))
            owned = bool(sent.children(c, "nmod", "nmod:poss"))  # a body of a group, not it
            nxt = sent.tokens[c.i + 1] if c.i + 1 < len(sent.tokens) else None
            if nxt is not None and any(t.start == nxt.start for t in targets):
                continue  # "la red X": the group itself, named
            if sent.children(c, "nummod") or fold(c.word) != lex.lemma(c.word):
                continue  # "integrada por 25 organizaciones de seis países": how many, no body
            if lex.lemma(c.word) in lex.words.get("body_nouns", ()) and owned and not named:
                own = sent.subtree(c, CLAUSAL | {"nmod", "nmod:poss", "case", "det", "punct"})
                return " ".join(t.word for t in own) or None
        return None
    if frame.role == "oblique":
        for c in sent.children(tok, *_OBL):
            if lex.lemma(c.word) in lex.words.get("body_nouns", ()):  # "the C's steering board"
                own = sent.subtree(c, CLAUSAL | {"nmod", "nmod:poss", "case", "det", "punct"})
                return " ".join(t.word for t in own) or None
        for c in sent.children(tok, *_OBL):
            start, end = sent.span(c)
            phrase = doc.text[start:end]
            for t in targets:
                phrase = phrase.replace(t.text, "") if t.text else phrase
            words = [w for w in phrase.split() if w[:1].isupper()]
            return " ".join(words) or None
        return None
    if frame.role == "trigger_phrase":
        return _title_phrase(doc, sent, tok, targets)
    return frame.role


def _title_phrase(doc: Doc, sent: Sentence, tok: Token, targets: list[Ent]) -> str | None:
    """The title as written: the modifiers before the trigger ("Foreign Minister"), the trigger
    and the words after it that are its own ("Minister for Trade and Industry", "Regional
    Representative for Asia"), up to the organization, a person, an aside or a clause."""
    # the people around the title (not a "person" whose name swallowed the title itself)
    people = [e for e in doc.ents if e.type == "Person" and not e.start <= tok.start < e.end]
    # (a body named by the office itself, "Secretary-General", leaves the title whole)
    named = [e for e in targets if e.text and not e.start <= tok.start < e.end] + people

    def taken(t: Token) -> bool:
        return any(e.start <= t.start < e.end for e in named)

    others = {c.i for c in sent.children(tok, "conj") if _title_word_any(doc, c) or taken(c)}
    own = {t.i for t in sent.subtree(tok, (CLAUSAL - {"conj"}) | {"appos", "nmod:poss"})}
    own -= {t.i for c in others for t in sent.subtree(sent.tokens[c])}
    first, last = tok.i, tok.i
    k = tok.i - 1  # "Foreign Minister P": the words before the title that modify the same name
    while (
        k >= 0
        and not taken(sent.tokens[k])
        and (
            sent.tokens[k].deprel in ("compound", "amod", "flat", "nmod")
            or (sent.tokens[k].word == "-" and sent.tokens[k].head == tok.i)
        )
        and (k in own or sent.tokens[k].head == tok.head)
    ):
        first = k
        k -= 1
    while first < tok.i and sent.tokens[first].upos in ("ADP", "DET", "CCONJ", "PUNCT", "PRON"):
        first += 1
    generic = _generic_body_of(doc, sent, tok, taken)
    for t in sent.tokens[tok.i + 1 :]:
        if t.i not in own or taken(t) or t.word in ("(", ")", ";", ":", "\u2013", "\u2014"):
            break
        if t.i in generic:
            break
        last = t.i
    while last > tok.i and sent.tokens[last].upos in ("ADP", "DET", "CCONJ", "PUNCT", "PRON"):
        last -= 1
    return doc.text[sent.tokens[first].start : sent.tokens[last].end] or None


def _generic_body_of(
    doc: Doc, sent: Sentence, tok: Token, taken: Callable[[Token], bool]
) -> set[int]:
    """The tokens of a title's "of the network" ("chair of the network", "presidenta de la
    red"): the body named by a common noun, the relation's other end, no part of the role."""
    lex = lexicon(doc.language if doc.language in ("en", "es", "fr") else "en")
    if lex is None:
        return set()
    nouns = lex.words.get("org_nouns", set()) | lex.words.get("body_nouns", set())
    for c in sent.children(tok, "nmod"):
        if c.i < tok.i or not c.word[:1].islower() or lex.lemma(c.word) not in nouns:
            continue
        if not sent.children(c, "det"):
            continue  # ("Head of Unit": a title's own words)
        sub = sent.subtree(c)
        if any(taken(t) or t.word[:1].isupper() for t in sub):
            continue  # ("Secretary of the Board of C": a named body's part)
        return {t.i for t in sub}
    return set()


def _title_word_any(doc: Doc, tok: Token) -> bool:
    lex = lexicon(doc.language if doc.language in ("en", "es", "fr") else "en")
    return lex is not None and _title_word(lex, tok)


# --- membership: who is in a group, and with what role ------------------------------------

_MEMBER_SLOTS = frozenset({"members_listed", "member_owner", "context_org", "named_subject",
                           "named_object", "object_part", "member_governor",
                           "owner_named_before", "one_of", "network_members",
                           "network_holder", "listed_subject", "object_members",
                           "subject_members", "oblique_members", "admitted",
                           "admitting", "aside_of", "object_appos",
                           "object_appos_group", "dash_name", "compound_name",
                           "listed_before", "bracketed_of", "named_after_member",
                           "group_before_member"})  # fmt: skip
_ORGS = ("Organization", "Coalition")
_PAREN = re.compile(r"\s*\(([^()]{2,60})\)")


_DASH_GAP = re.compile(
    r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:[\u2013\u2014]|(?<=[ \t])-(?=[ \t]))[ \t]*"
)


_MEMBER_LIST_GAP = re.compile(
    r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:,|;)?[ \t]*(?:(?:and|y|e|et|&)[ \t]+)?"
    r"(?:(?:the|la|las|los|el|le|les)[ \t]+|l[\u2019'][ \t]*)?"
)


def _listed_before(
    doc: Doc,
    lex: Lexicon,
    sent: Sentence,
    tok: Token,
    types: tuple[str, ...],
    kinds: tuple[str, ...] = ("Organization", "Coalition", "IntergovernmentalBody"),
) -> list[Ent]:
    """The names a plural member noun's aside follows ("A, B and D, all members of C, said",
    "A y B, ambos miembros de C", "A et B, tous deux membres de C"): the list of two or more
    bodies' names that ends at the comma before the aside, in the trigger's sentence."""
    if fold(tok.word) == lex.lemma(tok.word) or tok.upos != "NOUN":
        return []  # (a plural noun only)
    lead = [c.i for c in sent.children(tok, "det", "amod", "nummod") if c.i < tok.i]
    first = sent.tokens[min([tok.i, *lead])]
    k = first.i - 1  # ("tous deux", "ambos": quantifiers a parser may hang elsewhere)
    while k >= 0 and sent.tokens[k].word != "," and first.i - k <= 2:
        k -= 1
    if k < 0 or sent.tokens[k].word != ",":
        return []
    found = [e for e in doc.ents_in(sent.start, sent.tokens[k].start, types) if e.type in kinds]
    if (
        not found
        or not re.fullmatch(  # (the list ends at the comma, its last bracket aside)
            r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?", doc.text[found[-1].end : sent.tokens[k].start]
        )
    ):
        return []
    run = [found[-1]]
    for prev in reversed(found[:-1]):
        gap = _MEMBER_LIST_GAP.fullmatch(doc.text, prev.end, run[0].start)
        if gap is None or prev.end > run[0].start:
            break
        run.insert(0, prev)
    return run if len(run) > 1 else []


def _named_after_member(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> Token | None:
    """The name a member word written before it qualifies ("C member A", "C member states A
    and B", "fellow C members A and B"): a name the word (or its noun of states or bodies) is
    a compound of, after it."""
    up = sent.head(tok)
    if up is None or tok.deprel != "compound" or up.i < tok.i:
        return None
    nouns = lex.words["state_nouns"] | lex.words.get("org_nouns", set())
    if up.upos == "NOUN" and lex.lemma(up.word) in nouns and up.deprel == "compound":
        up = sent.head(up)  # ("member states A and B": the states' names)
    if up is None or up.upos != "PROPN" or up.i < tok.i:
        return None
    near = doc.ents_in(up.start - 200, up.end + 200)
    return up if any(e.start <= up.start and up.end <= e.end for e in near) else None


def _bracketed_of(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The name a singular member noun's bracket follows ("A (member of C)", "A (a member of
    C) welcomed", "firmada por A (miembro de C) y B"): the one name right before the bracket,
    never the list it stands in (B is no member)."""
    if fold(tok.word) != lex.lemma(tok.word):
        return []  # (a plural's list: listed_before)
    lead = [c.i for c in sent.children(tok, "det", "amod", "compound") if c.i < tok.i]
    first = min([tok.i, *lead])
    if first == 0 or sent.tokens[first - 1].word != "(":
        return []
    up = sent.head(tok)
    if up is None or up.i >= first:
        return []
    opening = sent.tokens[first - 1]
    named = [e for e in doc.ents_in(sent.start, opening.start, types)
             if not doc.text[e.end : opening.start].strip()]  # fmt: skip
    return [max(named, key=lambda e: e.end - e.start)] if named else []


_PHRASE_POS = frozenset({"PROPN", "NOUN", "ADP", "DET", "CCONJ", "ADJ", "NUM", "PUNCT"})


def _indefinite_phrase(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token
) -> tuple[int, Ent | None] | None:
    """Where a singular noun's indefinite phrase starts in the text, and the body's name
    written right before the noun ("a ACR, Full Name of the Network member": ACR's), read
    from the words, not the tree: names, small words and up to two commas back to "a", "un"."""
    if fold(tok.word) != lex.lemma(tok.word):
        return None
    one = lex.words.get("indefinite", set())
    commas = 0
    for k in range(tok.i - 1, max(-1, tok.i - 25), -1):
        t = sent.tokens[k]
        if (t.upos not in _PHRASE_POS and t.upos != "PART") or (
            t.upos == "PUNCT" and t.word not in (",", "'", "\u2019", "-")
        ):
            return None  # (names, small words, commas; a plural's apostrophe in a name)
        commas += t.word == ","
        if commas > 2:
            return None
        if t.upos == "DET" and fold(t.word) in one:
            bodies = ("Organization", "Coalition", "IntergovernmentalBody")
            near = [e for e in doc.ents_in(t.end, tok.start, bodies)
                    if not doc.text[e.end : tok.start].strip()]  # fmt: skip
            return t.start, (max(near, key=lambda e: e.end - e.start) if near else None)
    return None


def _people_before(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> list[Ent]:
    """New people's names that open a sentence as a list right before a plural title set off
    by a comma ("Mei Tan and Tom Berg, researchers at O, ..."): two or more, each of two to
    four capitalised words, joined by commas and "and" only."""
    if fold(tok.word) == lex.lemma(tok.word) or tok.i < 4 or sent.tokens[tok.i - 1].word != ",":
        return []
    if _in_class(lex, sent, tok, "member_noun"):
        return []  # ("Lantern House and Open Door, members of C": bodies as well as people)
    joiners = lex.words.get("list_joiners", set()) | {","}
    heads: list[Token] = []
    for t in sent.tokens[: tok.i - 1]:
        if t.upos == "PROPN" and t.deprel not in ("compound", "flat", "flat:name"):
            heads.append(t)
        elif t.upos != "PROPN" and fold(t.word) not in joiners and t.upos != "CCONJ":
            return []  # (only names and their joiners before the title)
    people = [_new_person(doc, sent, h) for h in heads]
    if len(people) < 2 or any(p is None for p in people):
        return []
    return [p for p in people if p is not None]


def _dash_name(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The name a line or sentence opens with, set off by a dash from the member noun's phrase
    that describes it ("• A (ACR) - a member of C since 2019, runs ...", "A - miembro de C desde
    2016", "A - founded in 2010 in X, a C member, runs ..."): A. Only the sentence's first
    name, and no other body's name between it and the phrase but the phrase's own."""
    if tok.upos != "NOUN":
        return []
    lead = [c.i for c in sent.children(tok, "det", "amod", "compound", "flat") if c.i < tok.i]
    at = sent.tokens[min([tok.i, *lead])].start
    phrase = _indefinite_phrase(doc, lex, sent, tok)
    at = min(at, phrase[0]) if phrase is not None else at
    bodies = ("Organization", "Coalition", "IntergovernmentalBody")
    # (the first name of the sentence, or of a bullet item written on one line with others)
    opens = [
        m.end() for m in re.finditer(r"[\u2022\u25cf\u25aa\u00b7;:\n]", doc.text[sent.start : at])
    ]
    seg = sent.start + (opens[-1] if opens else 0)
    found = doc.ents_in(seg, at, bodies)
    if not found or doc.text[seg : found[0].start].strip(" \t\u2022*\u00b7-\n"):
        return []
    ent = found[0]
    gap = _DASH_GAP.match(doc.text, ent.end, at)
    if gap is None or "\n" in doc.text[ent.end : at] or ent.type not in types:
        return []
    between = doc.text[gap.end() : at]
    if between and not between.rstrip().endswith(","):
        return []  # (after the dash, the phrase itself or a participle's aside before it)
    own = {e.key for t in sent.subtree(tok, CLAUSAL) for e in doc.ents_in(t.start, t.end, bodies)}
    if any(e.key not in own and e.key != ent.key for e in doc.ents_in(gap.end(), at, bodies)):
        return []
    return [ent]


def _member_slot(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, name: str, types: tuple[str, ...]
) -> list[Ent]:
    if name == "members_listed":  # "its members include A and B", "the members are A and B"
        return _members_listed(doc, lex, sent, tok, types)
    if name == "member_owner":  # the group of "its members", "the members of C", "our members"
        return _member_owner(doc, lex, sent, tok, types)
    if name == "context_org":  # "Members include A": the organization the text speaks of
        spoken = _context_org(doc, lex, sent, tok.start, types)
        return [spoken] if spoken is not None else []
    if name == "aside_of":  # "A, integrante de C, ...": a tagger's adjective set off by a comma
        up = sent.head(tok)
        comma = tok.i > 0 and sent.tokens[tok.i - 1].word == ","
        if up is None or tok.upos != "ADJ" or tok.deprel not in ("amod", "acl") or not comma:
            return []
        return _ends_of(doc, lex, sent, [up], tok, types)
    if name in ("admitted", "admitting"):  # "C welcomed A as a new member": A, C
        verb, admitted = _admitted_as_member(lex, sent, tok)
        if verb is None:
            return []
        if name == "admitting":
            return _ends_of(doc, lex, sent, _subject(lex, sent, verb), tok, types)
        return _ends_of(doc, lex, sent, admitted, tok, types)
    if name in ("object_members", "subject_members", "oblique_members"):
        # "groups such as A and B": A, B; "conformada por 14 organizaciones, entre ellas A"
        slot = "object" if name == "object_members" else "subject"
        heads = _slot_heads(lex, sent, tok, slot, "") if name != "oblique_members" else [
            c for c in sent.children(tok, *_OBL, "obj") if sent.children(c, "case")
        ]  # fmt: skip
        generic = [h for h in heads if h.upos == "NOUN" and not _in_other_name(doc, h)]
        members = [e for h in generic for e in _network_members(doc, lex, sent, h, types)]
        return [e for k, e in enumerate(members) if all(o.key != e.key for o in members[:k])]
    if name == "listed_before":  # "A, B and D, all members of C, said": A, B, D
        return _listed_before(doc, lex, sent, tok, types)
    if name == "bracketed_of":  # "signed by A (member of C) and B": A alone
        return _bracketed_of(doc, lex, sent, tok, types)
    if name in ("named_after_member", "group_before_member"):  # "C member A", "fellow C
        after = _named_after_member(doc, lex, sent, tok)  # members A and B": A (B); C
        if after is None:
            return []
        if name == "named_after_member":
            return _ends_of(doc, lex, sent, [after], tok, types)
        kinds = tuple(k for k in types if k != "Government")
        lead = {c.i for c in sent.children(tok, "compound", "amod", "flat") if c.i < tok.i}
        group = [e for e in doc.ents_in(sent.start, tok.start, kinds)
                 if not doc.text[e.end : tok.start].strip()
                 and any(t.i in lead for t in sent.tokens
                         if e.start <= t.start < e.end)]  # fmt: skip
        return group[-1:]
    if name == "dash_name":  # "• A (ACR) - a member of C since 2019, ...": A
        return _dash_name(doc, lex, sent, tok, types)
    if name == "compound_name":  # "A, a C member": C (one member, said of one body)
        indef = lex.words.get("indefinite", set())
        phrase = _indefinite_phrase(doc, lex, sent, tok)
        if phrase is not None and phrase[1] is not None and phrase[1].type in types:
            return [phrase[1]]  # ("a ACR, Full Name of the Network member": a parser's
            # tree of it is no guide)
        if not any(fold(d.word) in indef for d in sent.children(tok, "det")):
            return []  # (not "A and B are among other EU members")
        names = [c for c in sent.children(tok, "compound", "flat") if c.i < tok.i
                 and c.upos == "PROPN"]  # fmt: skip
        return _ends_of(doc, lex, sent, names[-1:], tok, types)
    if name in ("object_appos", "object_appos_group"):  # "Forman parte de la red A, B y C"
        return _object_appos(doc, lex, sent, tok, types, name == "object_appos_group")
    if name == "named_subject":  # "C includes A": C itself, never "the delegation of C"
        own = lex.words.get("reflexive", set())
        if any(fold(c.word) in own for c in sent.children(tok, "obj", "iobj", "expl", "expl:pv")):
            return []  # "A y B se agrupan en la red C": A and B are grouped, C groups none
        heads = [h for h in _subject(lex, sent, tok) if _named_head(doc, lex, h)]
    elif name == "named_object":  # "A joined C": C itself, never "the call of C"
        objects = _slot_heads(lex, sent, tok, "object", "")
        up = sent.head(tok)
        if not objects and up is not None and tok.deprel in ("acl", "amod"):
            objects = [up]  # "le réseau X, composé de A et B": the noun the participle is on
        if not objects and _in_class(lex, sent, tok, "made_of"):
            objects = _made_of_subject(lex, sent, tok)
        heads = [h for h in objects
                 if _named_head(doc, lex, h) and _bare_or(lex, sent, h, "into")]  # fmt: skip
        nouns = lex.words.get("org_nouns", set())
        if any(
            len([x for x in _direct_list(doc, sent, h) if not (  # ('la red "X"': its name)
                x.deprel == "appos" and x.head == h.i and lex.lemma(h.word) in nouns)]) > 1
            for h in heads
        ) or _joined_in_act(lex, sent, tok):  # fmt: skip
            return []  # "A joined B, C and D in calling for ...": an act done together
    elif name == "owner_named_before":  # "hosts the secretariat of this coalition"
        nouns = lex.words.get("org_nouns", set())
        owners = [o for c in _object_nouns(sent, tok, lex) for o in _owners(sent, c)]
        named = [_owner_entity(doc, lex, sent, o, types) for o in owners
                 if lex.lemma(o.word) in nouns]  # fmt: skip
        return [e for e in named if e is not None][:1]
    elif name == "member_governor":  # "member organizations A and B", "A, organisation membre"
        np = _member_phrase(lex, sent, tok)
        heads = [np] if np is not tok else []
    elif name == "listed_subject":  # "the organizations that make up C (A, B and D)": A, B, D
        heads = _subject(lex, sent, tok)
        near = doc.ents_in(sent.start, sent.end)
        generic = [h for h in heads if h.upos == "NOUN" and fold(h.word) != lex.lemma(h.word)
                   and not any(e.start <= h.start < e.end for e in near)]  # fmt: skip
        if generic:
            return _aside_names(doc, sent, types)
    elif name == "one_of":  # "A is one of the founding members of C": A
        up = sent.head(tok)
        one = up is not None and up.upos in ("NUM", "PRON") and _case_ok(lex, sent, tok, "of")
        heads = _subject(lex, sent, up) if one and up is not None else []
        above = sent.head(up) if one and up is not None and up.deprel == "appos" else None
        if not heads and above is not None:  # "A, one of the founding members of C, said": A
            heads = [above]
    elif name == "network_members":  # "a network of groups, including A and B": A, B
        networked = _network_members(doc, lex, sent, tok, types)
        return networked or _members_beside(doc, lex, sent, tok, types)
    elif name == "network_holder":  # "C is a network of ...", "C, a network of ...": C
        heads = sent.children(tok, "nsubj") if sent.children(tok, "cop") else []
        up = sent.head(tok)
        heads += [up] if up is not None and tok.deprel == "appos" else []
        aside = (  # "C, a coalition of A and B, said": a parser's conjunct for the aside
            up is not None and tok.deprel == "conj" and not sent.children(tok, "cc")
            and any(lex.lemma(d.word) in lex.words.get("indefinite", set())
                    for d in sent.children(tok, "det"))
            and any(t.word == "," for t in sent.tokens[up.i + 1 : tok.i])
        )  # fmt: skip
        if aside and up is not None:  # (the name itself, never the list it heads)
            held = _owner_entity(doc, lex, sent, up, types)
            return [held] if held is not None else []
    else:  # object_part: "forma parte de C", "fait partie de C"
        parts = lex.words.get("part_nouns", set())
        heads = [o for c in sent.children(tok, "obj", "nsubj:pass", "xcomp")
                 if lex.lemma(c.word) in parts for o in sent.children(c, "nmod", "obl")
                 if _case_ok(lex, sent, o, "of")]  # fmt: skip
        if any(lex.lemma(c.word) in parts for c in sent.children(tok)):  # "forma parte de C"
            heads += [o for o in sent.children(tok, "obj", *_OBL) if _case_ok(lex, sent, o, "of")]
    out: list[Ent] = []
    for head in heads:
        for conj in _coordinated(doc, sent, head):
            found: list[Ent] = []
            if lex.lemma(conj.word) in lex.words.get("org_nouns", set()):
                found = _apposed_name(doc, sent, conj, types)  # "la red Migrantes con Derechos"
            found = found or _entities(doc, lex, sent, conj, tok, types)
            if not found and lex.lemma(conj.word) in lex.words.get("org_nouns", set()):
                found = [e for e in [_owner_entity(doc, lex, sent, conj, types)] if e]
            for ent in found:  # ("la red, integrada por A": the network named before)
                if all(e.key != ent.key for e in out):
                    out.append(ent)
    return out


def _object_appos(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...], group: bool
) -> list[Ent]:
    """The members a verb with no subject names after its group noun, which a parser sets
    beside that noun: "Forman parte de la red A, B y C", "Font partie du réseau A et B"; with
    group, the organization that noun stands for (named before), never the names after it."""
    subjects = sent.children(tok, *_SUBJ, "nsubj:pass")
    if any(s.i < tok.i for s in subjects):
        return []
    written = _group_then_members(doc, lex, sent, tok, types)
    if written is not None:  # (the words, where a parser runs the group into the list; "Integran
        return [written[0]] if group else written[1]  # la red A y B": no subject but the list)
    if subjects:
        return []
    nouns = lex.words.get("org_nouns", set()) | lex.words.get("network_noun", set())
    out: list[Ent] = []
    parts = lex.words.get("part_nouns", set())
    groups = sent.children(tok, "obj", *_OBL) + [  # ("Font partie du réseau A": of "partie")
        n for p in sent.children(tok, "obj") if lex.lemma(p.word) in parts
        for n in sent.children(p, "nmod")
    ]  # fmt: skip
    people = "Person" in types or group  # a person's name takes no article ("la red P y Q")
    for o in groups:
        if o.i < tok.i or lex.lemma(o.word) not in nouns:
            continue
        named = [a for a in sent.children(o, "appos")
                 if a.i > o.i and a.word[:1].isupper()
                 and (sent.children(a, "det") or (people and a.upos == "PROPN"))]  # fmt: skip
        if people and named:  # ("Font partie du réseau A et B": a parser's B on the verb)
            named += [c for c in sent.children(tok, "conj")
                      if c.i > named[0].i and c.upos == "PROPN"]  # fmt: skip
        if group:
            contracted = lex.words.get("contracted_articles", set())  # ("del movimiento")
            dets = sent.children(o, "det") + [
                c for c in sent.children(o, "case") if fold(c.word) in contracted
            ]
            definite = dets and not any(
                lex.lemma(d.word) in lex.words.get("indefinite", ()) for d in dets
            )
            held = _context_org(doc, lex, sent, o.start, types) if named and definite else None
            if held is not None:
                return [held]
            continue
        for a in named:
            for c in _coordinated(doc, sent, a):
                for ent in _entities(doc, lex, sent, c, tok, types):
                    if all(e.key != ent.key for e in out):
                        out.append(ent)
    return out


# between a trigger that opens a sentence and the group it names: its own small words only
# ("Forman parte de la", "Son miembros fundadores de", "Font partie du", "Sont membres de l'")
_TO_GROUP = re.compile(
    r"[ \t\u00a0]*(?:[^\W\d_]+[ \t\u00a0]+|[^\W\d_]{1,2}[\u2019'][ \t\u00a0]*){0,4}"
)
_GROUP_TO_LIST = re.compile(
    r"[ \t\u00a0]*(?:\([^()\n]{1,60}\)[ \t\u00a0]*)?[:\u2013\u2014]?[ \t\u00a0]*"
    r"(?:(?:la|las|los|el|le|les|the)[ \t\u00a0]+|l[\u2019'][ \t\u00a0]*)?"
)
_ARTICLE_WORDS = frozenset({"la", "las", "los", "el", "le", "les", "l", "the"})


def _group_then_members(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> tuple[Ent, list[Ent]] | None:
    """A sentence that opens with the act of belonging and names the group, then its members
    as a list ("Forman parte de la Red X la Fundación A, el B y la C",
    "Son miembros fundadores de C A y B", "Font partie du réseau l'Association A et la B"):
    the group (the organization the text speaks of for a bare "la red") and the members, read
    from the words where a parser's tree runs the names together. None unless the trigger
    opens the sentence; the list ends where a name no longer joins it."""
    bodies = ("Organization", "Coalition", "IntergovernmentalBody")
    if doc.ents_in(sent.start, tok.start, bodies) or doc.ents_in(sent.start, tok.start, ACTORS):
        return None  # (a subject before the trigger: the tree's reading stands)
    if any(t.upos in ("NOUN", "PROPN", "PRON") for t in sent.tokens[: tok.i]):
        return None
    ents = sorted(doc.ents_in(tok.end, sent.end, bodies), key=lambda e: e.start)
    lead = _TO_GROUP.match(doc.text, tok.end, ents[0].start if ents else tok.end)
    if not ents or lead is None:
        return None
    nouns = lex.words.get("org_nouns", set()) | lex.words.get("network_noun", set())
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", doc.text[tok.end : lead.end()])]
    small = [w for w in words if w not in nouns]
    while small and small[-1] in _ARTICLE_WORDS:
        small.pop()
    direct = not small and lex.lemma(tok.word) in lex.words.get("group_object_verbs", set())
    if not direct and (not small or not (
        "of" in lex.case_class(small[-1]) or small[-1] in lex.words.get("of_articles", set())
    )):  # fmt: skip
        return None  # ("of" C: "Sus miembros son A y B" names no group after the trigger;
        # a verb whose object is the group, "Integran la red A y B", needs none)
    held: Ent | None
    bare = [t for t in sent.tokens if tok.end <= t.start < ents[0].start]
    noun = next((t for t in bare if lex.lemma(t.word) in nouns), None)
    if noun is not None:  # "de la red A, B y C": the network named before
        if not _GROUP_TO_LIST.fullmatch(doc.text, noun.end, ents[0].start):
            return None  # ("de la red Migrantes Unidos": the network's name, then whose?)
        held = _context_org(doc, lex, sent, noun.start, types)
        members, at = ents, noun.end
    elif lead.end() == ents[0].start:
        held, members = ents[0], ents[1:]
        at = held.end
    else:
        return None
    if held is None or not members:
        return None
    run: list[Ent] = []
    for k, ent in enumerate(members):
        gap = (_GROUP_TO_LIST if k == 0 else _MEMBER_LIST_GAP).fullmatch(doc.text, at, ent.start)
        if gap is None or ent.start < at:
            break
        run.append(ent)
        at = ent.end
    run = [e for e in run if e.type in types and e.key != held.key]
    return (held, run) if run else None


def _written_members(doc: Doc, lex: Lexicon, sent: Sentence, tok: Token) -> set[str]:
    """The members a sentence that opens with the act of belonging lists after its group
    ("Integran la red A, B y C"): none of them is the group of another."""
    kinds = ("Organization", "Coalition", "IntergovernmentalBody", "Government")
    written = _group_then_members(doc, lex, sent, tok, kinds)
    return {e.key for e in written[1]} if written is not None else set()


_OPEN_QUOTES = frozenset(['"', "\u201c", "\u00ab", "'", "``"])


def _apposed_name(doc: Doc, sent: Sentence, noun: Token, types: tuple[str, ...]) -> list[Ent]:
    """The name right after a noun for an organization ("le réseau Migreurop")."""
    k = noun.i + 1
    if k < len(sent.tokens) and sent.tokens[k].word in _OPEN_QUOTES:
        k += 1  # ('la red "X"', « X »: the quoted name)
    if k >= len(sent.tokens):
        return []
    nxt = sent.tokens[k]
    named = [e for e in doc.ents_in(nxt.start, nxt.end + 200, types) if e.start == nxt.start]
    return named[:1]


def _joined_in_act(lex: Lexicon, sent: Sentence, tok: Token) -> bool:
    """ "joined A in calling for", "se sumó a B para exigir": joining others in an act."""
    for c in sent.children(tok, "advcl", *_OBL):
        marks = sent.children(c, "mark", "case")
        if c.upos == "VERB" and c.i > tok.i and any("on" in lex.case_class(m.word) for m in marks):
            return True
    return False


def _bare_or(lex: Lexicon, sent: Sentence, tok: Token, cls: str) -> bool:
    """An object with no case word, or one of this class ("con C" is no object of joining)."""
    cases = sent.children(tok, "case")
    return not cases or any(cls in lex.case_class(c.word) for c in cases)


def _named_head(doc: Doc, lex: Lexicon, tok: Token) -> bool:
    """A slot head that is itself a name, a pronoun or a noun for an organization."""
    near = doc.ents_in(tok.start - 200, tok.end + 200)
    if any(e.start <= tok.start and tok.end <= e.end for e in near):
        return True
    return tok.upos == "PRON" or lex.lemma(tok.word) in lex.words.get("org_nouns", set())


def _member_phrase(lex: Lexicon, sent: Sentence, tok: Token) -> Token:
    """The noun phrase a member word stands in: "member organizations", "organisations
    membres" (the word modifies another noun), else the word itself."""
    head = sent.head(tok)
    if (
        head is not None
        and head.upos in ("NOUN", "PROPN")
        and (
            tok.deprel in ("compound", "amod")
            or (tok.deprel == "nmod" and not sent.children(tok, "case"))
        )
    ):
        return head
    return tok


def _network_members(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The members a network noun names with "including", "among them", "entre ellas",
    "dont", "notamment": the names in those phrases, inside the noun's own phrase."""
    keep = CLAUSAL - {"conj"}
    out: list[Ent] = []
    for t in sent.subtree(tok, keep):
        colon = (  # "réunit des associations du Mali et du Sénégal : A, B et C"
            t.deprel == "appos"
            and t.head == tok.i
            and any(sent.tokens[k].word == ":" for k in range(tok.i + 1, t.i))
        )
        if t is tok or not (colon or _among_marked(lex, sent, t)):
            continue
        parts = [t, *sent.conjuncts(t)[1:]]
        if t.deprel == "appos":  # "14 organizaciones, entre ellas A, B y C": a parser's
            for sib in sent.children(tok, "appos"):  # list of asides on the noun
                if sib.i > t.i and sib not in parts:
                    parts += sent.conjuncts(sib)
        for part in parts:
            start, end = sent.span(part, keep)
            found = [e for e in doc.ents_in(start, end, types) if _plausible(sent, e) and e.text]
            if not found and part.upos == "PROPN":  # a name in sentence case, as parsed
                named = parsed_names.new_name(doc, lex, sent, part, types)
                found = [named] if named is not None else []
            out.extend(e for e in found if all(o.key != e.key for o in out))
    if _in_class(lex, sent, tok, "network_noun"):
        out += [e for e in _network_of(doc, lex, sent, tok, types) if e not in out]
    return out


def _members_beside(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """ "C has 25 member organizations in 12 countries, among them A and B": the names of an
    "among" phrase a parser hangs on the verb whose object the member noun's phrase is, right
    after that phrase."""
    if not _in_class(lex, sent, tok, "member_noun"):
        return []
    np = _member_phrase(lex, sent, tok)
    if np is not tok:  # ("25 member organizations, among them A": the phrase's own)
        found = _network_members(doc, lex, sent, np, types)
        if found:
            return found
    verb = sent.head(np)
    if verb is None or np.deprel != "obj":
        return []
    end = max(t.i for t in sent.subtree(np, CLAUSAL))
    out: list[Ent] = []
    for t in sent.children(verb, *_OBL, "dep", "appos"):
        if t.i <= end or not _among_marked(lex, sent, t):
            continue
        if any(sent.tokens[k].upos in ("VERB", "AUX") for k in range(end + 1, t.i)):
            continue  # (only the phrase's own aside, no other clause between)
        start, stop = sent.span(t, CLAUSAL - {"conj"})
        out += [e for e in doc.ents_in(start, stop, types)
                if _plausible(sent, e) and e.text and all(o.key != e.key for o in out)]  # fmt: skip
    return out


def _network_of(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """ "an alliance of A, B and C", "une coordination de A et B": the names a network noun's
    own of-phrase lists (each a name of its own, never a word inside one); "una articulación
    de organizaciones como A y B": the names the generic noun there marks."""
    out: list[Ent] = []
    for c in sent.children(tok, "nmod"):
        if not _case_ok(lex, sent, c, "of") or _in_a_name(doc, tok):
            continue
        if c.upos == "NOUN" and not _in_other_name(doc, c):
            found = _network_members(doc, lex, sent, c, types)
        else:
            parts = [*sent.conjuncts(c)]
            parts += [a for a in sent.children(tok, "appos") if a.i > c.i]  # (a parser's
            found = []  # list of asides on the network noun)
            for part in [p for a in parts for p in sent.conjuncts(a)]:
                near = doc.ents_in(part.start - 200, part.end + 200, types)
                named = [e for e in near if e.text and e.start <= part.start < e.end
                         and _plausible(sent, e)]  # fmt: skip
                if not named and part.upos == "PROPN":  # a name no list knows, as parsed
                    new = parsed_names.new_name(doc, lex, sent, part, types)
                    named = [new] if new is not None else []
                found += [e for e in named if e not in found]
        out += [e for e in found if all(o.key != e.key for o in out)]
    return out


def _direct_list(doc: Doc, sent: Sentence, head: Token) -> list[Token]:
    """A head's conjuncts, without those of an aside in brackets or dashes after it."""
    marks = [t.i for t in sent.tokens if t.word in ("(", "\u2013", "\u2014")]
    return [c for c in _coordinated(doc, sent, head)
            if not any(min(head.i, c.i) < k < max(head.i, c.i) for k in marks)]  # fmt: skip


_ASIDE = re.compile(r"[\u2013\u2014(]([^\u2013\u2014()]{3,400})[\u2013\u2014)]")


def _aside_names(doc: Doc, sent: Sentence, types: tuple[str, ...]) -> list[Ent]:
    """The names of an aside between dashes or brackets that lists two or more of them."""
    for m in _ASIDE.finditer(doc.text, sent.start, sent.end):
        found = [e for e in doc.ents_in(m.start(1), m.end(1), types) if e.text]
        if len(found) >= 2:
            return found
    return []


def _among_marked(lex: Lexicon, sent: Sentence, t: Token) -> bool:
    """A phrase marked as members of a group: "including A", "A ... entre ellas" hung on A,
    "dont A" (the pronoun hung on A)."""
    if sent.children(t, "case") and _case_ok(lex, sent, t, "among"):
        return True
    if t.upos == "PROPN" and any(  # ("organizaciones como A": a parser's mark on A)
        "among" in lex.case_class(m.word) for m in sent.children(t, "mark")
    ):
        return True
    return any(
        c.upos == "PRON"
        and c.i < t.i
        and ("among" in lex.case_class(c.word) or _case_ok(lex, sent, c, "among"))
        and (sent.children(c, "case") or "among" in lex.case_class(c.word))
        for c in sent.children(t)
    )


def _members_listed(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The members a sentence lists for a member noun: the objects of a verb of including
    whose subject it is ("its members include A, B and C"), the predicate of a copula ("the
    members of C are A (President) and B"), the subject of a verb the noun is "among" ("entre
    sus miembros figuran A y B"), or a list after a colon ("Members: A, B")."""
    np = _member_phrase(lex, sent, tok)
    verb = sent.head(np)
    inner = {t.i for t in sent.subtree(np)}
    keep = CLAUSAL - {"conj", "list"}
    spans: list[Token] = []
    after: list[Ent] = []
    if verb is not None and np.deprel.startswith("nsubj"):
        if _in_class(lex, sent, verb, "include"):
            spans += sent.children(verb, "obj")
            if not spans:  # a long list the parser did not hang on the verb: what follows it
                after = [e for e in doc.ents_in(verb.end, sent.end, types) if e.text]
        elif sent.children(verb, "cop") and verb.i > np.i:
            spans.append(verb)
    elif (
        verb is not None
        and np.deprel.split(":")[0] in ("obl", "nmod")
        and _case_ok(lex, sent, np, "among")
    ):
        counted = _in_class(lex, sent, verb, "include")  # "C counts A among its members":
        if counted:  # the subject is the group, its objects the members
            spans += [o for o in sent.children(verb, "obj") if o.i not in inner]
        else:
            spans += [s for s in sent.children(verb, "nsubj") if s.i not in inner]
        if _among_verb(lex, verb) and not counted:  # (a parser's object of "figurent")
            spans += [o for o in sent.children(verb, "obj") if o.i not in inner and o.i > verb.i]
        if sent.children(verb, "cop") and verb.i > np.i:
            spans.append(verb)  # "among the members of C are A and B": the copula's head
    colon = [t.i for t in sent.tokens if t.word == ":"]
    for c in sent.children(np, "appos", "list", "dep", "parataxis"):
        if any(np.i < k < c.i for k in colon):
            spans.append(c)
    out: list[Ent] = []
    for head in spans:
        toks = [t for t in sent.subtree(head, keep) if t.i not in inner]
        if head is verb:  # a copula's predicate: not its subject, copula or clauses
            toks = [t for t in toks if t.i > np.i]
        if not toks:
            continue
        for e in doc.ents_in(toks[0].start, toks[-1].end, types):
            if _plausible(sent, e) and e.text and all(o.key != e.key for o in out):
                out.append(e)
        for c in sent.conjuncts(head) if head.upos in ("NOUN", "PROPN") else []:
            # a member named in sentence case, which only the parse tells the end of ("parmi
            # ses membres figurent l'Association des travailleurs de X et le Collectif de Y")
            if not doc.ents_in(c.start, c.end, types):
                named = parsed_names.new_name(doc, lex, sent, c, types)
                if named is not None and all(o.key != named.key for o in out):
                    out.append(named)
    out += [e for e in after if all(o.key != e.key for o in out)]
    if out:  # "se encuentran la Fundación A y la B": a parser's list broken after A's name
        kinds = tuple(k for k in types if k in ("Organization", "Coalition"))
        last = max(out, key=lambda e: e.end)
        for t in _states_after(doc, sent, last, kinds) if kinds else []:
            if _subject_name(doc, sent, t) and not _subject_name(doc, sent, sent.tokens[0]):
                break  # ("its members include A and B, and C signed": C acts on its own)
            opened = [e for e in doc.ents_in(t.start, sent.end, kinds) if e.start == t.start]
            out += [e for e in opened[:1] if all(o.key != e.key for o in out)]
    return out


def _admitted_as_member(
    lex: Lexicon, sent: Sentence, tok: Token
) -> tuple[Token | None, list[Token]]:
    """ "C welcomed A as a new member", "C aceptó a A como miembro", "C a accueilli A comme
    nouveau membre": the verb of admitting (lexicon admit_member) and what it admits, its object
    (a parser may hang the member noun on the verb or on that object); none when the member
    noun names the group itself ("as a member of D": that is D's)."""
    bodies = lex.words.get("org_nouns", set()) | lex.words.get("body_nouns", set())
    if any(
        _case_ok(lex, sent, c, "of") and (c.upos == "PROPN" or lex.lemma(c.word) in bodies)
        for c in sent.children(tok, "nmod")
    ):  # ("como miembro de pleno derecho": a kind of member, no group)
        return None, []
    marks = sent.children(tok, "case", "mark")
    if not any("as" in lex.case_class(m.word) for m in marks):
        return None, []
    up = sent.head(tok)
    if up is not None and up.upos in ("NOUN", "PROPN") and up.deprel == "obj":
        verb = sent.head(up)
        admitted = [up]
    else:
        verb = up
        admitted = [c for c in sent.children(up, "obj") if c is not tok] if up is not None else []
    if verb is None or verb.upos != "VERB" or not _in_class(lex, sent, verb, "admit_member"):
        return None, []
    own = _multiword_parts(lex, sent, verb, "admit_member")
    return verb, [a for a in admitted if lex.lemma(a.word) not in own]


def _member_owner(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> list[Ent]:
    """The group whose members a member noun names: "the members of C", "C's members", "its
    members" (what "its" stands for), "the network's members" (the network named before),
    "our members" (the text's author)."""
    np = _member_phrase(lex, sent, tok)
    for noun in dict.fromkeys([tok, np]):
        owners = [c for c in sent.children(noun, "nmod") if _case_ok(lex, sent, c, "of")]
        owners += sent.children(noun, "nmod:poss")
        for o in owners:
            found = _owner_entity(doc, lex, sent, o, types)
            if found is not None:
                return [found]
        for d in sent.children(noun, "det"):  # "sus miembros", "ses membres", "our members"
            word = fold(d.word)
            if word in lex.words.get("first_person", set()):
                author = doc.author
                return [author] if author is not None and author.type in types else []
            if word in lex.words["pronouns"] and d.upos in ("DET", "PRON"):
                found = _counting_subject(doc, lex, sent, np, types)
                found = found or _context_org(doc, lex, sent, d.start, types)
                return [found] if found is not None else []
    return []


def _counting_subject(
    doc: Doc, lex: Lexicon, sent: Sentence, np: Token, types: tuple[str, ...]
) -> Ent | None:
    """ "C counts A and B among its members": "its" is the subject of the verb of including
    the member noun is an oblique of, not the last name before it."""
    verb = sent.head(np)
    if verb is None or np.deprel.split(":")[0] not in ("obl", "nmod"):
        return None
    if not _case_ok(lex, sent, np, "among") or not _in_class(lex, sent, verb, "include"):
        return None
    for subj in sent.children(verb, "nsubj"):
        found = _owner_entity(doc, lex, sent, subj, types)
        if found is not None:
            return found
    return None


def _owner_entity(
    doc: Doc, lex: Lexicon, sent: Sentence, tok: Token, types: tuple[str, ...]
) -> Ent | None:
    covering = [e for e in doc.ents_in(tok.start - 200, tok.end + 200)
                if e.start <= tok.start and tok.end <= e.end]  # fmt: skip
    if covering:
        best = max(covering, key=lambda e: e.end - e.start)
        return best if best.type in types else None
    word = fold(tok.word)
    if word in lex.words.get("first_person", set()):
        return doc.author if doc.author is not None and doc.author.type in types else None
    if tok.upos in ("PRON", "DET") and word in lex.words["pronouns"]:
        if word in lex.words.get("person_pronouns", set()):
            return None
        return _context_org(doc, lex, sent, tok.start, types)
    nouns = lex.words.get("org_nouns", set()) | lex.words.get("body_nouns", set())
    if lex.lemma(tok.word) in nouns:
        # "the committee of C", "C's board", "le réseau C": the body's own name or owner,
        # before the organization the text speaks of
        for c in sent.children(tok, "nmod", "nmod:poss", "appos", "flat"):
            if (
                c.deprel.split(":")[0] != "nmod"
                or c.deprel == "nmod:poss"
                or _case_ok(lex, sent, c, "of")
            ):
                found = _owner_entity(doc, lex, sent, c, types)
                if found is not None:
                    return found
        dets = sent.children(tok, "det")
        if dets and not any(lex.lemma(d.word) in lex.words.get("indefinite", ()) for d in dets):
            return _context_org(doc, lex, sent, tok.start, types)  # "the network's members"
    return None


def _context_org(
    doc: Doc, lex: Lexicon, sent: Sentence, before: int, types: tuple[str, ...]
) -> Ent | None:
    """The organization a sentence speaks of without naming it: one named earlier in the same
    sentence, else the subject of the sentences before, else the text's author."""
    types = tuple(t for t in types if t in _ORGS)
    if not types:
        return None
    here = [e for e in doc.ents_in(sent.start, before, types)
            if e.text and not _set_beside(doc, lex, sent, e)]  # fmt: skip
    if here:
        return here[-1]
    found, _ = _previous_subject(doc, lex, sent, types)
    if found is not None:
        return found
    author = doc.author
    return author if author is not None and author.type in types else None


def _set_beside(doc: Doc, lex: Lexicon, sent: Sentence, ent: Ent) -> bool:
    """A name set beside the ones its sentence speaks of ("In addition to A, the members
    include B", "Además de A, ...", "Outre A, ..."; lexicon besides): not the sentence's group."""
    before = fold_slice(doc.text, sent.start, ent.start).rstrip(" '\u2019")
    before = re.sub(r"(?:^|\s)(?:the|el|la|los|las|le|les|l)$", "", before).rstrip()
    return any(before == w or before.endswith(" " + w) for w in lex.words.get("besides", set()))


def listed_role(doc: Doc, lex: Lexicon, ent: Ent) -> str | None:
    """A member's role written in brackets after its name ("A (President), B (Treasurer)")."""
    m = _PAREN.match(doc.text, ent.end)
    if m is None:
        return None
    inner = m.group(1).strip()
    words = inner.split()
    roles = set().union(*(set(e) for e in lex.triggers.get("role_noun", set())))
    if words and {lex.lemma(words[0]), fold(words[0]), lex.lemma(words[-1])} & roles:
        return inner
    return None


def _member_pair_ok(sent: Sentence, source: Ent, target: Ent) -> bool:
    """A membership never joins a state to anything but an intergovernmental body, nor two
    members of one list ("A, B and C" are not members of one another)."""
    if source.type == "Government" and target.type != "IntergovernmentalBody":
        return False
    a, b = _name_head(sent, source), _name_head(sent, target)
    return a is None or b is None or _list_root(sent, a) is not _list_root(sent, b)


def _name_head(sent: Sentence, ent: Ent) -> Token | None:
    inside = [t for t in sent.tokens if ent.start <= t.start and t.end <= ent.end]
    return next((t for t in inside if t.head < 0
                 or not ent.start <= sent.tokens[t.head].start < ent.end), None)  # fmt: skip


def _list_root(sent: Sentence, tok: Token) -> Token:
    """The first member of the list a name stands in (conjuncts and appositions of names)."""
    cur = tok
    for _ in range(len(sent.tokens)):
        up = sent.head(cur)
        if up is None or cur.deprel not in ("conj", "appos") or up.upos not in ("NOUN", "PROPN"):
            break
        if up.upos == "NOUN" and not up.word[:1].isupper() and cur.deprel == "appos":
            break  # ("A y B, miembros de la red, X": a name on a common noun is no list's)
        cur = up
    return cur


def _titled_name(sent: Sentence, c: Token) -> bool:
    """A title noun with the name after it ("intervinieron la canciller alemana A B"): a
    parser's object after a verb with no subject names the person who acted."""
    return any(a.upos == "PROPN" and a.i > c.i for a in sent.children(c, "appos", "flat"))
