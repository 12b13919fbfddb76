"""Which existing organization a sheet's name means: exact first, fuzzy last, never a guess.

Order: the id itself; a name, alias, acronym or former name equal once case, accents and
punctuation are set aside; the website's domain; then a fuzzy score (rapidfuzz) over every name.
Two organizations within MARGIN points of each other make a name AMBIGUOUS, a best score below
THRESHOLD makes it UNKNOWN: both are listed for the user with the closest candidates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from graph.queries.members import Candidate
from ingest.spreadsheets.read import fold

THRESHOLD = 90.0  # 0..100; a one-letter typo in a ten-letter name still passes
MARGIN = 3.0  # two candidates closer than this are a coin toss, not a match
SUGGEST = 60.0  # below this a candidate is not worth showing as "did you mean"
MAX_OPTIONS = 3

Status = Literal["matched", "ambiguous", "unknown"]


@dataclass(frozen=True)
class Option:
    id: str
    name: str
    score: float


@dataclass(frozen=True)
class Resolution:
    name: str  # as the sheet wrote it
    status: Status
    org_id: str | None = None
    org_name: str | None = None
    how: str = ""  # id | name | alias | acronym | former name | website | fuzzy
    score: float = 0.0
    options: tuple[Option, ...] = ()  # ambiguous: the candidates; unknown: the closest ones


def similarity(a: str, b: str) -> float:
    """0..100 between two folded names: token_sort_ratio, or WRatio for names of like length.

    WRatio scores a short name found inside a long one highly ("Asia" in "Migrant Forum in
    Asia"); for names of unlike length only the whole-name comparison counts.
    """
    if not a or not b:
        return 0.0
    best = fuzz.token_sort_ratio(a, b)
    if max(len(a), len(b)) < 1.5 * min(len(a), len(b)):
        best = max(best, fuzz.WRatio(a, b))
    return float(best)


def domain(url: str | None) -> str | None:
    """'https://www.picum.org/en/' and 'picum.org' -> 'picum.org'."""
    if not url or not url.strip():
        return None
    text = url.strip().lower()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    host = host.removeprefix("www.")
    return host if "." in host else None


class Matcher:
    """Resolves names against a fixed list of candidates (built once per import)."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self.candidates = {c.id: c for c in candidates}
        self._ids = {c.id.casefold(): c.id for c in self.candidates.values()}
        self._exact: dict[str, dict[str, str]] = defaultdict(dict)  # folded -> {id: how}
        self._domains: dict[str, set[str]] = defaultdict(set)
        self._fuzzy: list[tuple[str, str]] = []  # (folded name, id)
        for c in self.candidates.values():
            kinds = [("name", [c.name]), ("alias", c.aliases), ("former name", c.former_names)]
            kinds.append(("acronym", [c.acronym] if c.acronym else []))
            for how, names in kinds:
                for name in names:
                    folded = fold(name)
                    if folded:
                        self._exact[folded].setdefault(c.id, how)
                        self._fuzzy.append((folded, c.id))
            site = domain(c.url)
            if site:
                self._domains[site].add(c.id)

    def resolve(self, name: str, website: str | None = None) -> Resolution:
        by_id = self._ids.get(name.strip().casefold())
        if by_id:
            return self._matched(name, by_id, "id", 100.0)
        site_ids = self._domains.get(domain(website) or "", set())
        exact = self._exact.get(fold(name), {})
        if len(exact) == 1:
            ((org_id, how),) = exact.items()
            return self._matched(name, org_id, how, 100.0)
        if exact:  # one name, several organizations: the website may tell them apart
            narrowed = set(exact) & site_ids
            if len(narrowed) == 1:
                return self._matched(name, narrowed.pop(), "name and website", 100.0)
            return self._options(name, "ambiguous", {i: 100.0 for i in exact})
        if len(site_ids) == 1:
            return self._matched(name, next(iter(site_ids)), "website", 100.0)
        return self._fuzzy_match(name)

    def _fuzzy_match(self, name: str) -> Resolution:
        folded = fold(name)
        scores: dict[str, float] = {}
        for candidate_name, org_id in self._fuzzy:
            score = similarity(folded, candidate_name)
            if score > scores.get(org_id, 0.0):
                scores[org_id] = score
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        if not ranked or ranked[0][1] < THRESHOLD:
            near = {i: s for i, s in ranked[:MAX_OPTIONS] if s >= SUGGEST}
            return self._options(name, "unknown", near)
        best_id, best = ranked[0]
        close = {i: s for i, s in ranked if s >= best - MARGIN}
        if len(close) > 1:
            return self._options(name, "ambiguous", close)
        return self._matched(name, best_id, "fuzzy", best)

    def _matched(self, name: str, org_id: str, how: str, score: float) -> Resolution:
        org_name = self.candidates[org_id].name
        return Resolution(name, "matched", org_id, org_name, how, round(score, 1))

    def _options(self, name: str, status: Status, scores: dict[str, float]) -> Resolution:
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        options = tuple(
            Option(i, self.candidates[i].name, round(s, 1)) for i, s in ranked[:MAX_OPTIONS]
        )
        return Resolution(name, status, options=options, score=options[0].score if options else 0)
