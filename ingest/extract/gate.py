"""Which units are worth a parse (the parser is most of the extraction's cost).

A unit is parsed when a frame of ingest/extract/rules/ can fire in it and it names a possible
end. A frame fires on a word of its trigger class, so a unit needs a word of a class that some
frame triggers on (the classes the rules read only around a trigger that fired, "thank" or
"venue_noun", do not count) with every other word of a multi-word entry ("take part", "poner
fin") in the unit too; words match as written and as lemmas, the way the rules match them after
the parse. The inflected forms the lemmatizer misses (`trigger_forms`) are parsed whatever
they are. The end is a named entity or a word that stands for one (a pronoun, "the government",
"we": the text's authors), or two capitalised words (a name no list knows).
"""

from __future__ import annotations

import bisect

from ingest.extract.demonyms import capitals as capitals_of_states
from ingest.extract.frames import Lexicon, frames
from ingest.extract.patterns.common import Doc
from ingest.extract.text import Unit, document_tokens

# a multi-word trigger's words this short ("de", "à", "up") may be split off or merged by the
# parser's tokenizer ("del" -> "de el", "au" -> "à le"): not required before the parse
_SHORT = 3

# what a frame needs besides its trigger before it can read anything: the classes of words its
# rule looks for around the trigger (requires_object, governed_by, requires_under) and whether
# it reads title lines only
_Needs = tuple[tuple[str, ...], bool]
# per language: first word -> (the other words, the class) of each entry of a class a frame
# triggers on or needs; each trigger class's frames' needs; trigger_forms
_Index = tuple[
    dict[str, list[tuple[tuple[str, ...], str]]], dict[str, list[_Needs]], frozenset[str]
]
_INDEXES: dict[str, _Index] = {}


def _index(lex: Lexicon) -> _Index:
    if lex.language not in _INDEXES:
        needs: dict[str, list[_Needs]] = {}
        for f in frames():
            wanted = tuple(c for c in (f.requires_object, f.governed_by, f.requires_under) if c)
            needs.setdefault(f.trigger, []).append((wanted, f.title_line))
        classes = set(needs) | {c for ns in needs.values() for wanted, _ in ns for c in wanted}
        classes.add("take_place")  # (a parsed sentence's meeting that takes place is named)
        firsts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for cls in classes:
            for entry in lex.triggers.get(cls, set()):
                firsts.setdefault(entry[0], []).append((entry[1:], cls))
        entries = {e[0] for es in lex.triggers.values() for e in es}
        _INDEXES[lex.language] = (firsts, needs, frozenset(lex.trigger_words - entries))
    return _INDEXES[lex.language]


def has_trigger(doc: Doc, unit: Unit, lex: Lexicon) -> bool:
    """A word a frame can fire on (with the other words of its entry) and the words the frame
    needs around it (a unit with "host" and no word of the secretariat class is read by no
    frame of "host"; a title-line frame only in a title line), or a trigger form."""
    firsts, needs, forms = _index(lex)
    words, starts, ends = document_tokens(doc.text)
    i = bisect.bisect_left(starts, unit.start)
    seen: set[str] = set()
    found: list[str] = []
    while i < len(words) and starts[i] < unit.end:
        w = words[i]
        lemma = lex.lemma(doc.text[starts[i] : ends[i]])
        if w in forms or lemma in forms:
            return True
        seen.update((w, lemma))
        found.extend(x for x in (w, lemma) if x in firsts)
        i += 1
    present = {
        cls
        for first in found
        for rest, cls in firsts[first]
        if all(r in seen or len(r) <= _SHORT for r in rest)
    }
    if "take_place" in present and any(cls in needs for cls in present):
        return True  # the rules read its meeting whether or not a frame fires
    return any(
        all(c in present for c in wanted) and (not title or _title_line(doc, unit))
        for cls in present
        for wanted, title in needs.get(cls, ())
    )


def _title_line(doc: Doc, unit: Unit) -> bool:
    from ingest.extract.syntax import _title_line as title_line  # (syntax imports this module)

    return title_line(doc, unit)


def has_end(doc: Doc, unit: Unit, lex: Lexicon) -> bool:
    if doc.ents_in(unit.start, unit.end):
        return True
    words, starts, ends = document_tokens(doc.text)
    i = bisect.bisect_left(starts, unit.start)
    stand_ins = (
        lex.words["state_nouns"] | lex.words["pronouns"] | lex.words.get("first_person", set())
    )
    capitals = 0  # a person's name no list knows ("Ana Lind spoke"): two capitalised words
    while i < len(words) and starts[i] < unit.end:
        if words[i] in stand_ins:
            return True
        word = doc.text[starts[i] : ends[i]]
        if word[:1].isupper() and words[i] in capitals_of_states():
            return True  # "Budapest has pulled out": a capital may stand for its state
        capitals = capitals + 1 if word[:1].isupper() and word[1:].islower() else 0
        if capitals == 2:
            return True
        i += 1
    return False


def worth_parsing(doc: Doc, unit: Unit, lex: Lexicon) -> bool:
    return has_trigger(doc, unit, lex) and has_end(doc, unit, lex)
