"""Mentions -> entities: exact names, shared acronyms read from context, states named by their
adjective, near-miss spellings (rapidfuzz), and new organizations and people as candidates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ingest.extract.gazetteer import Gazetteer, Match
from ingest.extract.text import fold, fold_slice, slug
from ingest.extract.types import GazetteerEntry

_ALNUM = re.compile(r"[a-z0-9]+")
ORG_TYPES = ("Organization", "Coalition", "IntergovernmentalBody")
ACTOR_TYPES = (*ORG_TYPES, "Government", "Person")


@dataclass
class Ent:
    """One mention resolved to an entity (an id) or to a candidate (key candidate:<slug>)."""

    start: int
    end: int
    text: str
    key: str
    id: str | None
    name: str
    type: str
    confidence: float = 1.0
    via: str = "exact"  # exact | fuzzy | context | demonym | candidate | coref
    aliases: tuple[str, ...] = field(default_factory=tuple)


def from_entry(
    m_start: int, m_end: int, text: str, entry: GazetteerEntry, conf: float, via: str
) -> Ent:
    return Ent(m_start, m_end, text, entry.id, entry.id, entry.name, entry.type, conf, via)


def candidate(start: int, end: int, text: str, name: str, type_: str, conf: float = 0.7) -> Ent:
    return Ent(start, end, text, f"candidate:{slug(name)}", None, name, type_, conf, "candidate")


# --- shared acronyms ------------------------------------------------------------------------
# Words that make a reading of a shared acronym likelier, by the type of the entity read.
_CUES = {
    "org": r"coalition|coalicion|member|miembro|membre|membership|secretariat|secretaria|"
    r"network|red\b|reseau|campaign|blog|delegation|steering|executive committee|statement|"
    r"declaration|launch|endorse|host|coordinat|our\b|nuestr|notre|nos\b|civil society|"
    r"sociedad civil|societe civile|representative|organi[sz]ation|allies|staff|webinar",
    "process": r"compact|pacto|pacte|negotiat|negocia|adopt|marrakech|intergovernmental|"
    r"intergubernamental|intergouvernemental|draft|borrador|objective|objetivo|signed|firm|"
    r"withdr|retir|states|governments|gobiernos|etats|gouvernements|implement|non-binding|"
    r"vinculante|contraignant|agreement|acuerdo|accord|endorsement of",
}
# Senses of an acronym that the reference data does not hold as an entity (precision first:
# when these win, the mention is dropped or folded into the state it belongs to).
_OTHER_SENSES = {
    "PGA": r"president of the general assembly|presidente de la asamblea|president de l'assemblee|"
    r"general assembly|asamblea general|assemblee generale|convened|co-?facilitator|appoint|"
    r"h\.e\.|his excellency|her excellency|s\.e\.",
    "MFA": r"ministry|minister|foreign affairs|relaciones exteriores|affaires etrangeres|"
    r"ministerio|ministere|embassy|embajada|ambassade|spokesperson|portavoz|porte-parole",
}
_THE_RIGHT_SENSE = r"migrant|migration|migracion|civil society|network|forum|asia|people'?s"


def _score(cues: str, window: str) -> int:
    return len(re.findall(cues, window))


def _kind(entry: GazetteerEntry) -> str:
    return "org" if entry.type in (*ORG_TYPES, "Person") else "process"


def disambiguate(
    match: Match, text: str, defined: dict[str, str], previous: dict[str, str]
) -> tuple[GazetteerEntry | None, float, str]:
    """Pick the entry a shared name means here: definitions in the document ("Global Compact
    for Migration (GCM)"), the words around it, then the reading used before in the text."""
    entries = match.entries
    surface = match.text
    other = _OTHER_SENSES.get(surface.upper())
    if other:
        near = fold_slice(text, max(0, match.start - 40), match.end + 40)
        if _score(other, near) > _score(_THE_RIGHT_SENSE, near):
            return None, 0.0, "other-sense"
    if len(entries) == 1:
        return entries[0], 1.0, "exact"
    window = fold_slice(text, max(0, match.start - 160), match.end + 160)
    # "(CELS/GCM)", "GCM Statement", "GCM members", "GCM's": an organization doing things.
    after = fold_slice(text, match.end, match.end + 24)
    if re.match(
        r"\s*/|'s\b|\s+(?:statement|blog|members|launches|endorses|hosted|will host|"
        r"sent|participat|will be tracking|delegation)",
        after,
    ) or re.search(r"/\s*$", fold_slice(text, max(0, match.start - 12), match.start)):
        orgs = [e for e in entries if _kind(e) == "org"]
        if len(orgs) == 1:
            return orgs[0], 0.85, "context"
    ids = {e.id for e in entries}
    if surface in defined and defined[surface] in ids:  # the text says what it means by it
        return next(e for e in entries if e.id == defined[surface]), 0.85, "context"
    scores = {e.id: _score(_CUES[_kind(e)], window) for e in entries}
    ranked = sorted(entries, key=lambda e: -scores[e.id])
    top, second = ranked[0], ranked[1]
    if scores[top.id] >= scores[second.id] + 2:
        return top, 0.8, "context"
    if scores[top.id] > scores[second.id]:
        return top, 0.65, "context"
    if surface in previous and previous[surface] in scores:
        return next(e for e in entries if e.id == previous[surface]), 0.6, "context"
    return None, 0.0, "ambiguous"


def acronym_definitions(matches: list[Match], text: str) -> dict[str, str]:
    """ "Full Name (ACR)" in the text fixes what ACR means in this text."""
    defined = {}
    for m in matches:
        if len(m.entries) != 1:
            continue
        tail = re.match(r"\s*\(([A-Za-z][\w\-]{1,10})\)", text[m.end : m.end + 16])
        if tail:
            defined[tail.group(1)] = m.entries[0].id
    return defined


# --- near misses ----------------------------------------------------------------------------
class Fuzzy:
    """Near-miss names ("Allianza Americas") against every multi-word name of the gazetteer."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.choices: list[str] = []
        self.entries: list[GazetteerEntry] = []
        self._memo: dict[str, tuple[GazetteerEntry, float] | bool] = {}
        for form in gazetteer.forms:
            if not form.case_sensitive and len(form.tokens) >= 2 and form.entry.type != "Position":
                self.choices.append(" ".join(t for t in form.tokens if t.isalnum()))
                self.entries.append(form.entry)

    def lookup(
        self, name: str, types: tuple[str, ...] = ACTOR_TYPES
    ) -> tuple[GazetteerEntry, float] | None:
        query = " ".join(_ALNUM.findall(fold(name)))
        if len(query) < 6 or not self.choices:
            return None
        found = self._memo.get(query)
        if found is None:  # names recur across documents: each is compared once
            best = process.extractOne(query, self.choices, scorer=fuzz.ratio, score_cutoff=88)
            found = (self.entries[best[2]], best[1] / 100.0) if best is not None else False
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[query] = found
        if isinstance(found, bool) or found[0].type not in types:
            return None
        return found


def resolve_matches(
    matches: list[Match], text: str, defined: dict[str, str]
) -> tuple[list[Ent], list[str]]:
    """Gazetteer matches as entities; ambiguous ones that context cannot settle are dropped."""
    out: list[Ent] = []
    warnings: list[str] = []
    previous: dict[str, str] = {}
    for m in matches:
        entry, conf, via = disambiguate(m, text, defined, previous)
        if entry is None:
            if via == "ambiguous":
                ids = ", ".join(e.id for e in m.entries)
                warnings.append(f"{m.text!r} at {m.start} is ambiguous ({ids}): left unresolved")
            continue
        previous[m.text] = entry.id
        kind = m.forms[0].kind
        conf = min(conf, 0.95 if kind in ("acronym", "former_name") else 1.0)
        out.append(from_entry(m.start, m.end, m.text, entry, conf, via))
    return out, warnings
