"""The syntax rules and the per-language word lists, read from data files once.

Rules (ingest/extract/rules/*.yaml) say where in a parse the ends of a relation are; lexicons
(ingest/extract/lexicon/<language>/words.yaml) say which words are which. Adding a language is
adding a lexicon folder; adding a relation is adding a rules file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import simplemma
import yaml

from ingest.extract.text import fold

HERE = Path(__file__).resolve().parent
RULES = HERE / "rules"
LEXICONS = HERE / "lexicon"


class _WordsLoader(yaml.SafeLoader):
    """YAML without its 1.1 booleans: in a word list "no", "on" and "off" are words."""


_WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_WordsLoader)  # noqa: S506


@dataclass(frozen=True)
class Frame:
    relation: str
    name: str
    trigger: str
    pos: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    mode: str  # decision | fact
    negated: bool
    properties: dict[str, Any]
    vote_by_case: dict[str, str]
    role: str | None
    date: str | None
    confidence: float
    source_types: tuple[str, ...] | None
    target_types: tuple[str, ...] | None
    requires_object: str | None
    # the trigger noun is (not) the object of a verb of this class ("ended its participation")
    governed_by: str | None = None
    not_governed_by: str | None = None
    # a word of this class somewhere under the trigger ("wait ... before deciding")
    requires_under: str | None = None
    # only in a heading or one of the first lines ("Joint statement of A and B" under a title)
    title_line: bool = False
    # dependents that never name what the act bears on, so the event in focus may still be
    # meant: obliques of these case classes ("spoke about X"), "poss" (a noun's possessor),
    # "speech" (an object of the speech_noun class: "delivered a statement")
    not_target: tuple[str, ...] = ()
    # a definite event noun with a place, a date or a body of its own names a new meeting
    # ("took part in the regional consultation in <city>"; syntax._definite_new_event)
    new_events: bool = False
    # an act said to hold only for now ("will not sign the compact for now / until parliament
    # votes": a dependent of the trigger of the lexicon class `for_now`): "only" fires on it
    # alone, "never" gives it up (and keeps the other readers from taking it as the act)
    limited: str | None = None


@dataclass
class Lexicon:
    """One language's words: each class a set of folded lemmas, multi-word entries split."""

    language: str
    triggers: dict[str, set[tuple[str, ...]]]
    words: dict[str, set[str]]  # modality and other single-word classes
    cases: dict[str, set[str]]
    suffixes: dict[str, tuple[str, ...]]
    roles: dict[str, str] = field(default_factory=dict)  # trigger lemma -> the graph's role
    trigger_words: set[str] = field(default_factory=set)  # first words of every trigger

    def lemma(self, word: str) -> str:
        found = lemma_of(word.lower(), self.language)
        clitics = self.suffixes.get("enclitic_suffixes")
        if clitics and found.endswith(clitics):  # "retirarse", "sumándose": the verb's lemma
            return _host_lemma(found, self.language, clitics, self.suffixes["host_suffixes"])
        return found

    def in_class(self, name: str, lemma: str) -> bool:
        return (lemma,) in self.triggers.get(name, set())

    def case_class(self, word: str) -> set[str]:
        w = fold(word)
        return {name for name, members in self.cases.items() if w in members}


@lru_cache(maxsize=50_000)
def _host_lemma(word: str, language: str, clitics: tuple[str, ...], hosts: tuple[str, ...]) -> str:
    """The lemma of a verb with pronouns written onto it ("retirarse" -> retirar, "sumándose"
    -> sumar), where the lemmatizer knew no other: the word less its longest pronoun ending
    that leaves an infinitive's or a gerund's ending (lexicon host_suffixes); else the word."""
    for clitic in sorted(clitics, key=len, reverse=True):
        host = word[: -len(clitic)]
        if word.endswith(clitic) and host.endswith(hosts) and len(host) > 3:
            return lemma_of(host, language)
    return word


@lru_cache(maxsize=200_000)
def lemma_of(word: str, language: str) -> str:
    """The folded lemma of a lower-case word; simplemma's data is accented, so the word goes
    in as written ("retiró", not "retiro")."""
    return fold(simplemma.lemmatize(word, lang=language))


def _entries(values: list[str]) -> set[tuple[str, ...]]:
    return {tuple(fold(str(v)).split()) for v in values}


@lru_cache(maxsize=16)
def words_in_every_language(*classes: str) -> frozenset[str]:
    """Some word classes over every language's lexicon, for readers that do not ask a text's
    language (list headings, the names of the regex layer)."""
    out: set[str] = set()
    for path in sorted(LEXICONS.glob("*/words.yaml")):
        lex = lexicon(path.parent.name)
        if lex is not None:
            for name in classes:
                out |= lex.words.get(name, set())
    return frozenset(out)


def suffixes_in_every_language(name: str) -> tuple[str, ...]:
    """A class of word endings over every language's lexicon (longest first)."""
    out: set[str] = set()
    for path in sorted(LEXICONS.glob("*/words.yaml")):
        lex = lexicon(path.parent.name)
        if lex is not None:
            out |= set(lex.suffixes.get(name, ()))
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=8)
def lexicon(language: str) -> Lexicon | None:
    path = LEXICONS / language / "words.yaml"
    if not path.is_file():
        return None
    raw = read_yaml(path)
    triggers = {k: _entries(v) for k, v in raw.get("triggers", {}).items()}
    words: dict[str, set[str]] = {}
    suffixes: dict[str, tuple[str, ...]] = {}
    for key, values in (raw.get("modality") or {}).items():
        if key.endswith("_suffixes"):
            suffixes[key] = tuple(fold(str(v)) for v in values or [])
        else:
            words[key] = {fold(str(v)) for v in values or []}
    for key in (
        "state_nouns",
        "relative",
        "passive_aux",
        "group_nouns",
        "restrictive",
        "pronouns",
        "plural_pronouns",
        "plural_determiners",
    ):
        words[key] = {fold(str(v)) for v in raw.get(key) or []}
    for key in (
        "person_pronouns",
        "thing_pronouns",
        "org_nouns",
        "body_nouns",
        "state_body_nouns",
        "governing_bodies",
        "unit_nouns",  # (a body's unit named alone: syntax._unit_only)
        "unit_modifiers",
        "besides",  # (a name set beside the sentence's group: syntax._context_org)
        "indefinite",
        "first_person",
        "part_nouns",
        "group_object_verbs",  # ("Integran la red A y B": syntax._group_then_members)
        "sentence_adverbs",
        "heading_openers",
        "possessive_determiners",
        "demonstratives",
        "contracted_articles",
        "genitive_articles",
        "of_articles",
        "adverbial_pronouns",
        "of_which",
        "list_joiners",
        "list_breaks",
        "self_pointers",  # (a text pointing at itself: syntax._own_text)
        "self_demonstratives",
        "address_words",  # (tagged_names: "Mr", "Monsieur" before a name)
        "field_words",  # (tagged_names: "Foreign Affairs" is an office's field)
        "team_nouns",  # (tagged_names: "the Legal Team" is part of a body)
    ):
        words[key] = {fold(str(v)) for v in raw.get(key) or []}  # people's roles
    # verbs that list the members of a group ("among the speakers were A"): no trigger
    words["among_verbs"] = {fold(str(v)) for v in raw.get("among_verbs") or []}
    # words after a decision that name others who did the same ("A left, as did B")
    words["likewise"] = {fold(str(v)) for v in raw.get("likewise") or []}
    cases = {k: {fold(str(v)) for v in vs} for k, vs in (raw.get("cases") or {}).items()}
    lex = Lexicon(language, triggers, words, cases, suffixes)
    lex.roles = {fold(str(k)): str(v) for k, v in (raw.get("roles") or {}).items()}
    lex.trigger_words = {entry[0] for entries in triggers.values() for entry in entries}
    # inflected forms the lemmatizer does not bring back to a trigger ("left"): parse them
    lex.trigger_words |= {fold(str(v)) for v in raw.get("trigger_forms") or []}
    # endings of a past tense that only an accent tells ("destacó"): read as written, not folded
    lex.suffixes["past_marks"] = tuple(str(v).lower() for v in raw.get("past_marks") or [])
    # nouns that stand for the event or the process a text is about ("the meeting", "the talks")
    for key, values in (raw.get("stand_ins") or {}).items():
        lex.words[key] = {fold(str(v)) for v in values or []}
    return lex


@lru_cache(maxsize=1)
def frames() -> tuple[Frame, ...]:
    out = []
    for path in sorted(RULES.glob("*.yaml")):
        raw = read_yaml(path)
        for f in raw["frames"]:
            out.append(
                Frame(
                    relation=raw["relation"],
                    name=f["name"],
                    trigger=f["trigger"],
                    pos=f.get("pos", "verb"),
                    source=tuple(f["source"]),
                    target=tuple(f["target"]),
                    mode=f.get("mode", "fact"),
                    negated=str(f.get("negated", "false")).lower() == "true",
                    properties=dict(f.get("properties") or {}),
                    vote_by_case=dict(f.get("vote_by_case") or {}),
                    role=f.get("role"),
                    date=f.get("date"),
                    confidence=float(f.get("confidence", 0.7)),
                    source_types=tuple(f["source_types"]) if "source_types" in f else None,
                    target_types=tuple(f["target_types"]) if "target_types" in f else None,
                    requires_object=f.get("requires_object"),
                    governed_by=f.get("governed_by"),
                    not_governed_by=f.get("not_governed_by"),
                    requires_under=f.get("requires_under"),
                    title_line=str(f.get("title_line", "false")).lower() == "true",
                    not_target=tuple(f.get("not_target") or ()),
                    new_events=str(f.get("new_events", "false")).lower() == "true",
                    limited=f.get("limited"),
                )
            )
    return tuple(out)


def triggered(lex: Lexicon, lemmas: set[str]) -> bool:
    """Whether a unit whose lemmas are these can hold a relation (worth parsing)."""
    return not lex.trigger_words.isdisjoint(lemmas)
