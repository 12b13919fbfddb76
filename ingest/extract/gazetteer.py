"""Known names -> entities, matched fast and exactly on the original text.

Every surface form (name, alias, acronym, former name) is tokenised on the folded text and put in
an index keyed by its first token; matching walks the text's tokens once and keeps the longest
form that starts at each token. Acronyms (and any all-capitals form) match case-sensitively
("MADE" the network, not "made"); other names match case- and accent-insensitively, but a
one-word name must be capitalised in the text ("Conte", not "conte"). Offsets come from the
folded text, which has the original's indices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path

from ingest.extract.demonyms import DEMONYMS
from ingest.extract.text import TOKEN, document_tokens, fold, fold_slice, strip_accents
from ingest.extract.types import GazetteerEntry

_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9&./\-]{2,12}$")
_WEAK_ACRONYMS = {"WHO", "US", "IT", "AS", "AN", "OR", "IN", "ON", "NO", "UN", "EU"}


@dataclass(frozen=True)
class Form:
    tokens: tuple[str, ...]
    text: str  # the surface form as the data writes it
    entry: GazetteerEntry
    kind: str  # name | alias | acronym | former_name
    case_sensitive: bool
    plain: str = ""  # strip_accents(text), for case-sensitive forms
    short: bool = False  # one token, or only tokens of three letters or less
    has_upper: bool = False  # the data writes it with a capital


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    forms: tuple[Form, ...]  # every entry this surface form may name (an acronym may be shared)

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        seen: dict[str, GazetteerEntry] = {}
        for form in self.forms:
            seen.setdefault(form.entry.id, form.entry)
        return tuple(seen.values())


class _Node:
    """A token trie: the names that end here, and the tokens that may follow."""

    __slots__ = ("children", "forms")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.forms: list[Form] = []


_PLACE_WORDS = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class EventInfo:
    """What resolving "the conference in <city>" needs: place, dates, processes."""

    place: str | None = None
    start_date: str | None = None
    processes: tuple[str, ...] = ()
    # every folded name of its city and then of its country, in other languages and spellings
    # ("ginebra", "geneve"; "maroc", "marruecos"): data/reference/places.csv and the state's
    # names; the city's come first, `city_names` of them
    place_names: tuple[str, ...] = ()
    city_names: int = 0

    def names_of_place(self, city_only: bool = False) -> tuple[str, ...]:
        if not self.place_names:  # (an EventInfo built without the places table)
            parts = [p for p in re.split(r"[,;(]", fold(self.place or "")) if p.strip()]
            return tuple(parts[:1] if city_only else parts)
        return self.place_names[: self.city_names] if city_only else self.place_names

    def held_in(self, place: str, city_only: bool = False) -> bool:
        """Whether a place a text names (folded: "ginebra", "marrakesh", "new york") is where
        this event met: every word of it is a word of one name of its city or its country."""
        words = set(_PLACE_WORDS.findall(place))
        return bool(words) and any(
            words <= set(_PLACE_WORDS.findall(n)) for n in self.names_of_place(city_only)
        )

    def place_words(self, city_only: bool = False) -> set[str]:
        """Every word of every name of its place (a title's words are matched against them)."""
        return {w for n in self.names_of_place(city_only) for w in _PLACE_WORDS.findall(n)}


@dataclass
class Gazetteer:
    entries: Iterable[GazetteerEntry]
    events: Mapping[str, EventInfo] = field(default_factory=dict)
    # process id -> the Document states vote on for it (the GA resolution of a compact)
    voted_documents: Mapping[str, str] = field(default_factory=dict)
    # document id -> its date (a resolution's: the day of its vote)
    dates: Mapping[str, str] = field(default_factory=dict)
    # person id -> the one state the reference data holds a post of theirs in (a text about a
    # state's prime minister is about that state)
    person_states: Mapping[str, str] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)  # indexes built on first use

    def __post_init__(self) -> None:
        self.by_id: dict[str, GazetteerEntry] = {}
        self._trie = _Node()
        self.forms: list[Form] = []
        for entry in self.entries:
            self.add(entry)
        self.demonyms = {fold(k): v for k, v in DEMONYMS.items() if v in self.by_id}

    def add(self, entry: GazetteerEntry) -> None:
        """Add one entity (or more names of one already known: names are merged)."""
        old = self.by_id.get(entry.id)
        if old is not None:
            entry = GazetteerEntry(
                old.id, old.name, old.type,
                tuple(dict.fromkeys(old.aliases + entry.aliases + (entry.name,))),
                tuple(dict.fromkeys(old.acronyms + entry.acronyms)),
                tuple(dict.fromkeys(old.former_names + entry.former_names)),
            )  # fmt: skip
        self.by_id[entry.id] = entry
        groups = (
            ("name", (entry.name,)), ("alias", entry.aliases),
            ("acronym", entry.acronyms), ("former_name", entry.former_names),
        )  # fmt: skip
        for kind, names in groups:
            for name in names:
                self._add_form(name, entry, kind)

    def _add_form(self, name: str, entry: GazetteerEntry, kind: str) -> None:
        name = name.strip()
        if len(name) < 2 or name.startswith("@"):
            return
        tokens = tuple(TOKEN.findall(fold(name)))
        if not tokens:
            return
        case_sensitive = kind == "acronym" or bool(_ACRONYM.match(name) and name.upper() == name)
        if not case_sensitive and len(name) <= 3:
            return  # "Mr", "de": too short to be a safe case-insensitive name
        form = Form(
            tokens, name, entry, kind, case_sensitive, strip_accents(name),
            len(tokens) == 1 or all(len(t) <= 3 for t in tokens), name != name.lower(),
        )  # fmt: skip
        node = self._trie
        for token in tokens:
            node = node.children.setdefault(token, _Node())
        if any(f.entry.id == entry.id for f in node.forms):
            return
        node.forms.append(form)
        self.forms.append(form)

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> list[Match]:
        """Longest known names in text[start:end], left to right, never overlapping (entities
        in `exclude`, such as the document being read, are not matched). One pass over the
        tokens (found in C); the trie is walked only where a name's first token occurs."""
        end = len(text) if end is None else end
        root = self._trie.children
        if start == 0 and end == len(text):
            words, starts, ends = document_tokens(text)
        else:
            folded = fold_slice(text, start, end)
            words = TOKEN.findall(folded)
            starts = [m.start() for m in TOKEN.finditer(folded)]
            ends = [m.end() for m in TOKEN.finditer(folded)]
        n = len(words)
        out: list[Match] = []
        skip = 0
        for i in compress(range(n), map(root.__contains__, words)):
            if i < skip:
                continue
            node = root[words[i]]
            named = [(node, i)] if node.forms else []  # the nodes on the path that end a name
            j = i + 1
            while node.children and j < n:
                child = node.children.get(words[j])
                if child is None:
                    break
                node = child
                if node.forms:
                    named.append((node, j))
                j += 1
            for node, last in reversed(named):
                s, e = starts[i] + start, ends[last] + start
                # A match must not start or end inside a word ("Chile" in "Chilean").
                if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                    continue
                if _PLACE_COMPOUND.match(text, e):
                    continue  # "Grenade-sur-Loire", "Valence-en-Brie": a town, not the state
                surface = text[s:e]
                best = tuple(
                    f
                    for f in node.forms
                    if f.entry.id not in exclude and self._case_ok(f, surface, text, s, e)
                )
                if best:
                    longer = self._overrun(text, words, starts, ends, start, i, last, exclude)
                    if longer is not None:  # "UN Human Rights Council": the council, its
                        j, forms = longer  # qualifier with it (not "UN Human Rights" + "Council")
                        e = ends[j] + start
                        out.append(Match(s, e, text[s:e], forms))
                        skip = j + 1
                        break
                    out.append(Match(s, e, surface, best))
                    skip = last + 1
                    break
        return out

    def _overrun(
        self, text: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int],
        start: int, i: int, last: int, exclude: frozenset[str],
    ) -> tuple[int, tuple[Form, ...]] | None:  # fmt: skip
        """A known name that starts inside words[i..last] and ends after it (its last word's
        index and forms): the match is the front of a longer name ("UN Human Rights" of "UN
        Human Rights Council"), not a name."""
        root = self._trie.children
        for k in range(i + 1, last + 1):
            node = root.get(words[k])
            j = k + 1
            while node is not None and node.children and j < len(words):
                node = node.children.get(words[j])
                if node is None:
                    break
                if j > last and node.forms:
                    s, e = starts[k] + start, ends[j] + start
                    forms = tuple(
                        f for f in node.forms
                        if f.entry.id not in exclude and self._case_ok(f, text[s:e], text, s, e)
                    )  # fmt: skip
                    if forms and (e >= len(text) or not text[e].isalnum()):
                        return j, forms
                j += 1
        return None

    @staticmethod
    def _case_ok(form: Form, surface: str, text: str, s: int, e: int) -> bool:
        """Acronyms (and names in capitals) match their case; a one-word or short name must be
        capitalised; a longer one needs a capital somewhere if the data writes one."""
        if form.case_sensitive:
            if surface != form.text and strip_accents(surface) != form.plain:
                return False
            # "US" or "WHO" inside a line in capitals is a word, not a name.
            return not (form.text in _WEAK_ACRONYMS and _shouting(text, s, e))
        if form.short:
            return surface[:1].isupper()
        return not form.has_upper or surface != surface.lower()

    def entry(self, entity_id: str) -> GazetteerEntry | None:
        return self.by_id.get(entity_id)

    def of_type(self, *types: str) -> list[GazetteerEntry]:
        return [e for e in self.by_id.values() if e.type in types]


# the French link words of a compound place name after its first word ("X-sur-Loire")
_PLACE_COMPOUND = re.compile(r"-(?:sur|sous|en|lès|les|lez|le|la|de|du|des|aux|au)-")


def _shouting(text: str, s: int, e: int) -> bool:
    window = text[max(0, s - 30) : e + 30]
    letters = [c for c in window if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def reference_gazetteer(data_dir: Path) -> Gazetteer:
    """Everything curated in data/reference (and the corpus' Document nodes) as a Gazetteer."""
    from ingest.extract.reference import reference_parts

    return Gazetteer(*reference_parts(data_dir))
