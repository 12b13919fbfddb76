"""The extractor on the held-out sentences of tests/extract/sentences/{en,es,fr}.yaml: new
sentences written for the tests (never taken from a corpus file), one case per relation type
(WITHDREW_FROM, VOTED, MEMBER_OF, HOSTS_SECRETARIAT, SIGNED, ENDORSED, SPOKE_AT) and kind of
wording (active, passive or nominal, list, negated, hedged or demanded by others). Pure: the
shipped reference data as gazetteer, no database.

A case passes when every `expect` relation is among the predictions and no `absent` one is.
Ends match as in bench/dev_score.py (issue 11, item 1): a gold id equals the predicted entity's
id; a gold "candidate:Name" equals the predicted entity's name or one of its aliases after case
and accent folding, or one contains the other and the shorter has at least 8 characters;
"document:self" is the extraction's own document (is_self_document). An end written as a list
accepts any of its values. The `properties` of an expected relation (kind, vote, role, date) are
checked apart: "ends" counts cases whose relations are found, "props" those whose properties
agree as well (role: folded, one containing the other; the rest: folded, equal).

Run: .venv/bin/python bench/sentence_score.py [-v] [--lang en|es|fr] [--case ID]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer, reference_gazetteer
from ingest.extract.text import fold
from ingest.extract.types import ExtractedEntity, ExtractedRelation, Extraction

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SENTENCES = ROOT / "tests" / "extract" / "sentences"
LANGUAGES = ("en", "es", "fr")
RELATIONS = {
    "withdrew": "WITHDREW_FROM",
    "voted": "VOTED",
    "member": "MEMBER_OF",
    "hosts": "HOSTS_SECRETARIAT",
    "signed": "SIGNED",
    "endorsed": "ENDORSED",
    "spoke": "SPOKE_AT",
}
KINDS = ("active", "passive", "list", "negated", "hedged")
SELF = "document:self"
CANDIDATE = "candidate:"
MIN_CONTAINED = 8
_CASE_ID = re.compile(r"(?P<lang>[a-z]{2})-(?P<rel>[a-z]+)-(?P<kind>[a-z]+)-\d+")
_CONTRACT_DOCUMENT = re.compile(r"document:\d+")


@dataclass(frozen=True)
class Want:
    """An expected (or forbidden) relation; an end lists the values any of which is right."""

    type: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    properties: Mapping[str, str] = field(default_factory=dict)

    def label(self) -> str:
        src, tgt = "|".join(self.sources), "|".join(self.targets)
        props = f" {dict(self.properties)}" if self.properties else ""
        return f"{self.type} {src} -> {tgt}{props}"


@dataclass(frozen=True)
class Case:
    id: str
    language: str
    relation: str  # the relationship type the case is about
    kind: str  # one of KINDS
    text: str
    date: str | None
    expect: tuple[Want, ...]
    absent: tuple[Want, ...]


@dataclass
class Result:
    case: Case
    missing: list[Want] = field(default_factory=list)  # expected, ends not found
    wrong_props: list[tuple[Want, list[dict[str, Any]]]] = field(default_factory=list)
    hits: list[Want] = field(default_factory=list)  # absent relations that were extracted
    predicted: list[str] = field(default_factory=list)

    @property
    def ends_ok(self) -> bool:
        return not self.missing and not self.hits

    @property
    def passed(self) -> bool:
        return self.ends_ok and not self.wrong_props


def _text(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _ends(value: Any) -> tuple[str, ...]:
    return tuple(_text(v) for v in value) if isinstance(value, list) else (_text(value),)


def _want(item: Mapping[str, Any]) -> Want:
    props = {str(k): _text(v) for k, v in (item.get("properties") or {}).items()}
    return Want(str(item["type"]), _ends(item["source"]), _ends(item["target"]), props)


def load_cases(languages: Iterable[str] = LANGUAGES, folder: Path = SENTENCES) -> list[Case]:
    """The cases of the sentence files; the language, relation and kind come from the id."""
    cases = []
    for language in languages:
        items = yaml.safe_load((folder / f"{language}.yaml").read_text(encoding="utf-8"))
        for item in items:
            found = _CASE_ID.fullmatch(str(item["id"]))
            if not found or found["lang"] != language or found["kind"] not in KINDS:
                raise ValueError(f"bad case id {item['id']!r} in {language}.yaml")
            relation = RELATIONS[found["rel"]]
            expect = tuple(_want(x) for x in item.get("expect") or [])
            absent = tuple(_want(x) for x in item.get("absent") or [])
            if not expect and not absent:
                raise ValueError(f"case {item['id']} expects nothing")
            date = item.get("date")
            cases.append(Case(str(item["id"]), language, relation, found["kind"],
                              str(item["text"]), _text(date) if date else None,
                              expect, absent))  # fmt: skip
    return cases


def _norm(name: str) -> str:
    return " ".join(fold(name).split())


def _same_name(gold: str, names: Iterable[str]) -> bool:
    a = _norm(gold)
    for name in names:
        b = _norm(name)
        if not a or not b:
            continue
        short, long_ = sorted((a, b), key=len)
        if a == b or (len(short) >= MIN_CONTAINED and short in long_):
            return True
    return False


def is_self_document(key: str, extraction: Extraction) -> bool:
    """Whether an end is the extraction's own document (the statement the text is).

    The contract names it by the `id` of a documents[] entry ("document:0", ...). Until the
    engine gives those, it is the entity engine._self_document makes: a Document candidate
    ("candidate:<title>") with no mention in the text."""
    ids = {getattr(d, "id", None) for d in extraction.documents}
    if key in ids or _CONTRACT_DOCUMENT.fullmatch(key):
        return True
    entity = next((e for e in extraction.entities if e.key == key), None)
    return (
        entity is not None
        and entity.type == "Document"
        and key.startswith(CANDIDATE)
        and not entity.mentions
    )


def end_matches(gold: str, key: str, extraction: Extraction) -> bool:
    """Whether the gold end `gold` names the predicted end `key` of `extraction`."""
    if gold == SELF:
        return is_self_document(key, extraction)
    if gold.startswith(CANDIDATE) and is_self_document(key, extraction):
        return False  # another statement, named in the text, is never the text itself
    entity: ExtractedEntity | None = next((e for e in extraction.entities if e.key == key), None)
    if not gold.startswith(CANDIDATE):
        return gold == key or (entity is not None and entity.id == gold)
    if entity is None:
        return key.startswith(CANDIDATE) and _same_name(
            gold[len(CANDIDATE) :], [key[len(CANDIDATE) :]]
        )
    return _same_name(gold[len(CANDIDATE) :], [entity.name, *entity.aliases])


def _same_ends(want: Want, rel: ExtractedRelation, extraction: Extraction) -> bool:
    return (
        want.type == rel.type
        and any(end_matches(s, rel.source, extraction) for s in want.sources)
        and any(end_matches(t, rel.target, extraction) for t in want.targets)
    )


def props_agree(want: Mapping[str, str], predicted: Mapping[str, Any]) -> bool:
    """Every property the case states is predicted with the same value."""
    for name, value in want.items():
        got = predicted.get(name)
        if got is None:
            return False
        a, b = _norm(value), _norm(_text(got))
        if not (a == b or (name == "role" and a and b and (a in b or b in a))):
            return False
    return True


def check(case: Case, extraction: Extraction) -> Result:
    """The case's expected and forbidden relations against one extraction."""
    result = Result(case)
    names = {e.key: e.id or e.key for e in extraction.entities}
    result.predicted = [
        f"{r.type} {names.get(r.source, r.source)} -> {names.get(r.target, r.target)} "
        f"{r.properties}"
        for r in extraction.relations
    ]
    for want in case.expect:
        found = [r for r in extraction.relations if _same_ends(want, r, extraction)]
        if not found:
            result.missing.append(want)
        elif not any(props_agree(want.properties, r.properties) for r in found):
            result.wrong_props.append((want, [dict(r.properties) for r in found]))
    for want in case.absent:
        if any(_same_ends(want, r, extraction) for r in extraction.relations):
            result.hits.append(want)
    return result


def run_case(case: Case, gazetteer: Gazetteer) -> Result:
    extraction = extract_relations(case.text, gazetteer, document_date=case.date)
    return check(case, extraction)


def table(results: Sequence[Result]) -> str:
    """Pass counts per language x relation type x kind: "props/ends/cases"."""
    header = f"{'lang':<5}{'relation':<19}" + "".join(f"{k:>10}" for k in KINDS) + f"{'all':>11}"
    lines = ["cells: cases passed with properties / with ends only / cases", header]

    def cell(rs: list[Result]) -> str:
        if not rs:
            return "-"
        return f"{sum(r.passed for r in rs)}/{sum(r.ends_ok for r in rs)}/{len(rs)}"

    for language in LANGUAGES:
        in_lang = [r for r in results if r.case.language == language]
        if not in_lang:
            continue
        for relation in RELATIONS.values():
            rows = [r for r in in_lang if r.case.relation == relation]
            by_kind = [cell([r for r in rows if r.case.kind == k]) for k in KINDS]
            lines.append(f"{language:<5}{relation:<19}" + "".join(f"{c:>10}" for c in by_kind)
                         + f"{cell(rows):>11}")  # fmt: skip
        by_kind = [cell([r for r in in_lang if r.case.kind == k]) for k in KINDS]
        lines.append(f"{language:<5}{'ALL':<19}" + "".join(f"{c:>10}" for c in by_kind)
                     + f"{cell(in_lang):>11}")  # fmt: skip
    by_kind = [cell([r for r in results if r.case.kind == k]) for k in KINDS]
    lines.append(f"{'all':<5}{'ALL':<19}" + "".join(f"{c:>10}" for c in by_kind)
                 + f"{cell(list(results)):>11}")  # fmt: skip
    expected = sum(len(r.case.expect) for r in results)
    found = expected - sum(len(r.missing) for r in results)
    props_ok = found - sum(len(r.wrong_props) for r in results)
    forbidden = sum(len(r.case.absent) for r in results)
    hits = sum(len(r.hits) for r in results)
    lines.append(
        f"relations: expected {expected}, found {found}, with right properties {props_ok}; "
        f"forbidden {forbidden}, extracted anyway {hits}"
    )
    return "\n".join(lines)


def failures(results: Sequence[Result]) -> str:
    lines = []
    for r in results:
        if r.passed:
            continue
        lines.append(f"-- {r.case.id}: {r.case.text[:110]!r}")
        lines.extend(f"   missing  {w.label()}" for w in r.missing)
        lines.extend(f"   props    {w.label()}: predicted {got}" for w, got in r.wrong_props)
        lines.extend(f"   ABSENT   {w.label()} was extracted" for w in r.hits)
        lines.extend(f"   got      {p}" for p in r.predicted)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print the failed cases")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="only these")
    parser.add_argument("--case", action="append", help="only the cases with these ids")
    args = parser.parse_args(argv)
    cases = load_cases(args.lang or LANGUAGES)
    if args.case:
        cases = [c for c in cases if c.id in set(args.case)]
    gazetteer = reference_gazetteer(DATA)
    results = [run_case(c, gazetteer) for c in cases]
    print(table(results))
    if args.verbose:
        print(failures(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
