"""Precision and recall per relation type against a hand-written gold (tests/extract/gold_*.yaml).

A predicted relation matches a gold one on type, both ends and the key properties (role, vote,
kind, stance). Ends are stable ids, or "candidate:<name>" matched by name (folded, fuzzy >= 85 or
one name containing the other). A key property missing on either side does not count against
the match (the text gave none); roles compare folded, one containing the other ("Director" and
"Director of UNHCR Office in New York"). Gold and predictions are sets: several quotes of one
relation count once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from ingest.extract.text import fold
from ingest.extract.types import Extraction

KEY_PROPS = ("role", "vote", "kind", "stance")


@dataclass(frozen=True)
class Rel:
    type: str
    sources: tuple[str, ...]  # any of them is right
    targets: tuple[str, ...]
    props: tuple[tuple[str, str], ...] = ()
    date: str | None = None
    model_gap: bool = False

    def prop(self, name: str) -> str | None:
        return dict(self.props).get(name)


@dataclass
class TypeScore:
    gold: int = 0
    predicted: int = 0
    tp_gold: int = 0  # gold relations found
    tp_pred: int = 0  # predictions that are right

    @property
    def precision(self) -> float:
        return self.tp_pred / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0


@dataclass
class Report:
    by_type: dict[str, TypeScore] = field(default_factory=dict)
    misses: list[Rel] = field(default_factory=list)
    wrong: list[Rel] = field(default_factory=list)
    model_gaps: int = 0

    def total(self) -> TypeScore:
        t = TypeScore()
        for s in self.by_type.values():
            t.gold += s.gold
            t.predicted += s.predicted
            t.tp_gold += s.tp_gold
            t.tp_pred += s.tp_pred
        return t

    def table(self) -> str:
        lines = [f"{'type':<22}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}"]
        for name in sorted(self.by_type):
            s = self.by_type[name]
            lines.append(
                f"{name:<22}{s.gold:>6}{s.predicted:>6}{s.precision:>7.2f}{s.recall:>7.2f}"
            )
        t = self.total()
        lines.append(f"{'ALL':<22}{t.gold:>6}{t.predicted:>6}{t.precision:>7.2f}{t.recall:>7.2f}")
        if self.model_gaps:
            lines.append(
                f"(gold relations graph/model.yaml cannot hold, not scored: {self.model_gaps})"
            )
        return "\n".join(lines)


def _ends(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)


SELF = "document:self"  # the file's own document


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The documents of a gold file, each with its relations as Rel. An end "document:self" (the
    file's own document) is right as the id of a documents[] entry (predicted) or as the
    document's id the engine is given as context (`document:` of the gold)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    docs = []
    for d in data["documents"]:
        rels = []
        own = (SELF, str(d["document"])) if d.get("document") else (SELF,)

        def ends(value: Any, own: tuple[str, ...] = own) -> tuple[str, ...]:
            out = _ends(value)
            return tuple(dict.fromkeys(x for e in out for x in (own if e == SELF else (e,))))

        for r in d.get("relations") or []:
            props = tuple((k, str(r[k])) for k in KEY_PROPS if r.get(k) is not None)
            date = str(r["date"]) if r.get("date") else None
            rels.append(Rel(r["type"], ends(r["source"]), ends(r["target"]), props, date,
                            bool(r.get("model_gap"))))  # fmt: skip
        docs.append({**d, "relations": rels})
    return docs


def predicted(extraction: Extraction) -> list[Rel]:
    """The relations of an extraction as Rel, candidates named "candidate:<name>", the file's
    own documents (documents[] ids) "document:self"."""
    names = {e.key: e.name for e in extraction.entities}
    documents = {d.id for d in extraction.documents if d.id}

    def end(key: str) -> str:
        if key in documents:
            return SELF
        return f"candidate:{names.get(key, key)}" if key.startswith("candidate:") else key

    out = []
    for r in extraction.relations:
        props = tuple((k, str(r.properties[k])) for k in KEY_PROPS if r.properties.get(k))
        date = r.properties.get("date")
        out.append(Rel(r.type, (end(r.source),), (end(r.target),), props, date))
    return out


def _same_end(gold: str, pred: str) -> bool:
    if gold == pred:
        return True
    if not (gold.startswith("candidate:") and pred.startswith("candidate:")):
        return False
    a, b = fold(gold[10:]).strip(), fold(pred[10:]).strip()
    return bool(a and b) and (a in b or b in a or fuzz.token_sort_ratio(a, b) >= 85)


def _same_prop(name: str, gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return True
    a, b = fold(gold).strip(), fold(pred).strip()
    return a == b or (name == "role" and (a in b or b in a))


def matches(gold: Rel, pred: Rel) -> bool:
    return (
        gold.type == pred.type
        and any(_same_end(g, p) for g in gold.sources for p in pred.sources)
        and any(_same_end(g, p) for g in gold.targets for p in pred.targets)
        and all(_same_prop(k, gold.prop(k), pred.prop(k)) for k in KEY_PROPS)
    )


def _unique(rels: Iterable[Rel]) -> list[Rel]:
    seen: dict[tuple[Any, ...], Rel] = {}
    for r in rels:
        seen.setdefault((r.type, r.sources, r.targets, r.props), r)
    return list(seen.values())


def score(gold: list[Rel], pred: list[Rel], report: Report | None = None) -> Report:
    """Add one document's counts to a report (a new one when none is given)."""
    report = report or Report()
    scored = [g for g in gold if not g.model_gap]
    report.model_gaps += len(gold) - len(scored)
    scored, pred = _unique(scored), _unique(pred)
    for g in scored:
        s = report.by_type.setdefault(g.type, TypeScore())
        s.gold += 1
        if any(matches(g, p) for p in pred):
            s.tp_gold += 1
        else:
            report.misses.append(g)
    for p in pred:
        s = report.by_type.setdefault(p.type, TypeScore())
        s.predicted += 1
        if any(matches(g, p) for g in scored):
            s.tp_pred += 1
        else:
            report.wrong.append(p)
    return report
