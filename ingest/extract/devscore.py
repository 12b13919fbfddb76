"""Scoring an extraction against a gold in the format of corpus/dev (its README): pure logic,
no files, no engine.

Gold ends are a stable id, "candidate:<name as the text writes it>" or "document:self" (the
file's own document). A predicted relation matches a gold one when the types are equal and both
ends match:
- a gold id equals the predicted entity's id;
- a gold "candidate:Name" equals the predicted entity's name or one of its aliases after case
  and accent folding (ingest.extract.text.fold, runs of spaces as one), or one contains the
  other and the shorter has at least MIN_CONTAINED characters;
- "document:self" equals the id of a documents[] entry of the extraction ("document:0", ...).
Each predicted relation matches at most one gold relation: predictions are taken in text order
and each takes the first gold relation it matches that no prediction took yet, preferring one
whose evidence overlaps its quote; a prediction whose gold relations are all taken already
repeats a found relation (right, counted as a repeat). Properties do not decide a match; the
accuracy of PROPS on matched pairs is counted apart (role: folded, one may contain the other;
the rest: folded, equal).
A negative is hit when a prediction has its type and ends. A gold relation the model cannot
hold (is_gap) is left out of the score, and so is a prediction that matches only such ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ingest.extract.text import fold
from ingest.extract.types import Extraction, GazetteerEntry

MIN_CONTAINED = 8
PROPS = ("kind", "vote", "role", "date")
SELF = "document:self"
CANDIDATE = "candidate:"


@dataclass(frozen=True)
class GoldRel:
    type: str
    source: str
    target: str
    properties: Mapping[str, str] = field(default_factory=dict)
    evidence: str = ""
    why: str = ""  # negatives: why it must not be extracted

    def label(self) -> str:
        return f"{self.type} {self.source} -> {self.target}"


@dataclass(frozen=True)
class End:
    """A predicted relation's end: an entity (id or None, name and aliases) or one of the
    extraction's own documents (id "document:N")."""

    id: str | None
    names: tuple[str, ...] = ()
    document: bool = False

    def label(self) -> str:
        return self.id or (f"{CANDIDATE}{self.names[0]}" if self.names else "?")


@dataclass(frozen=True)
class PredRel:
    type: str
    source: End
    target: End
    properties: Mapping[str, Any]
    quote: str
    start: int
    end: int
    method: str = ""  # which reader (extracted:<reader>@<version>)

    def label(self) -> str:
        return f"{self.type} {self.source.label()} -> {self.target.label()}"


def gold_relations(items: Iterable[Mapping[str, Any]]) -> list[GoldRel]:
    """The relations (or negatives) of one document of gold.json."""
    return [
        GoldRel(
            str(r["type"]),
            str(r["source"]),
            str(r["target"]),
            {k: str(v) for k, v in (r.get("properties") or {}).items() if v is not None},
            str(r.get("evidence") or ""),
            str(r.get("why") or ""),
        )
        for r in items
    ]


def known_ends(extraction: Extraction) -> list[End]:
    """Every end a relation of this extraction could have: its entities and its documents."""
    return [End(d.id, (), True) for d in extraction.documents if d.id] + [
        End(e.id, tuple(dict.fromkeys([e.name, *e.aliases]))) for e in extraction.entities
    ]


def predictions(extraction: Extraction) -> list[PredRel]:
    """The relations of an extraction with their ends resolved, in text order."""
    entities = {e.key: e for e in extraction.entities}
    documents = {d.id for d in extraction.documents if d.id}

    def end(key: str) -> End:
        if key in documents:
            return End(key, (), True)
        entity = entities.get(key)
        if entity is None:
            return End(None if key.startswith(CANDIDATE) else key, (key.removeprefix(CANDIDATE),))
        return End(entity.id, tuple(dict.fromkeys([entity.name, *entity.aliases])))

    out = [
        PredRel(
            r.type,
            end(r.source),
            end(r.target),
            dict(r.properties),
            r.quote,
            r.start,
            r.end,
            r.method,
        )
        for r in extraction.relations
    ]
    return sorted(out, key=lambda p: (p.start, p.end, p.type, p.source.label(), p.target.label()))


def _norm(name: str) -> str:
    return " ".join(fold(name).split())


def same_name(gold: str, predicted: str) -> bool:
    a, b = _norm(gold), _norm(predicted)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_CONTAINED and short in long


def end_matches(gold: str, predicted: End) -> bool:
    if gold == SELF:
        return predicted.document
    if predicted.document:
        return False
    if gold.startswith(CANDIDATE):
        name = gold[len(CANDIDATE) :]
        return any(same_name(name, n) for n in predicted.names)
    return predicted.id == gold


def matches(gold: GoldRel, predicted: PredRel) -> bool:
    return (
        gold.type == predicted.type
        and end_matches(gold.source, predicted.source)
        and end_matches(gold.target, predicted.target)
    )


def same_prop(name: str, gold: str, predicted: Any) -> bool:
    if predicted is None or predicted == "":
        return False
    a, b = _norm(gold), _norm(str(predicted))
    return a == b or (name == "role" and bool(a) and bool(b) and (a in b or b in a))


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    found: int = 0  # gold relations matched
    right: int = 0  # predictions that match a gold relation

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.found += other.found
        self.right += other.right


@dataclass
class DocResult:
    """One document: what matched, what was missed, what was wrong."""

    by_type: dict[str, Counts] = field(default_factory=dict)
    pairs: list[tuple[GoldRel, PredRel]] = field(default_factory=list)
    misses: list[GoldRel] = field(default_factory=list)
    wrong: list[PredRel] = field(default_factory=list)
    repeats: int = 0
    negatives: int = 0
    negatives_hit: list[tuple[GoldRel, PredRel]] = field(default_factory=list)
    miss_ends: list[int] = field(default_factory=lambda: [0, 0, 0])  # misses by ends found
    type_ends: dict[str, list[int]] = field(default_factory=dict)  # the same, per type
    wrong_by: dict[tuple[str, str], int] = field(default_factory=dict)  # (type, reader) -> n
    # (type, reader, what of it gold holds) -> n: which end of a wrong prediction was right
    wrong_ends: dict[tuple[str, str, str], int] = field(default_factory=dict)
    gaps: int = 0  # gold relations the model cannot hold, left out
    gap_predictions: int = 0  # predictions matching only those, left out
    quotes: int = 0
    quotes_exact: int = 0
    props: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]
    prop_errors: list[tuple[GoldRel, PredRel, str]] = field(default_factory=list)
    readers: dict[str, list[int]] = field(default_factory=dict)  # reader -> [right, predicted]

    def total(self) -> Counts:
        out = Counts()
        for counts in self.by_type.values():
            out.add(counts)
        return out

    def _type(self, name: str) -> Counts:
        return self.by_type.setdefault(name, Counts())


def _overlaps(text: str, evidence: str, predicted: PredRel) -> bool:
    at = text.find(evidence) if evidence else -1
    return at >= 0 and at < predicted.end and predicted.start < at + len(evidence)


def reader(method: str) -> str:
    """The reader family of a method: extracted:syntax:leave-verb@0.2.0 -> syntax."""
    name = method.removeprefix("extracted:").split("@")[0]
    return name.split(":")[0] or "?"


def wrong_shape(gold: Sequence[GoldRel], p: PredRel) -> str:
    """What the gold holds of a wrong prediction: both ends under another type ("type"), its
    source with another target ("source"), its target with another source ("target"), or
    neither: tells a wrong reading from a wrong end without showing the text."""
    if any(end_matches(g.source, p.source) and end_matches(g.target, p.target) for g in gold):
        return "type"
    same = [g for g in gold if g.type == p.type]
    if any(end_matches(g.source, p.source) for g in same):
        return "source"
    if any(end_matches(g.target, p.target) for g in same):
        return "target"
    return "neither"


def score_document(
    text: str,
    gold: list[GoldRel],
    negatives: list[GoldRel],
    predicted: list[PredRel],
    is_gap: Callable[[GoldRel], bool] = lambda _: False,
    known: Sequence[End] = (),
) -> DocResult:
    """One document's gold, negatives and predictions (predictions(extraction)) scored; with
    `known` (known_ends(extraction)), each miss is counted by how many of its ends were found
    as entities: a miss with both is the reading's, one without is the entity finder's."""
    result = DocResult()
    scored = [g for g in gold if not is_gap(g)]
    gaps = [g for g in gold if is_gap(g)]
    result.gaps = len(gaps)
    for g in scored:
        result._type(g.type).gold += 1
    taken: set[int] = set()
    for p in predicted:
        result.quotes += 1
        result.quotes_exact += text[p.start : p.end] == p.quote
        options = [i for i, g in enumerate(scored) if matches(g, p)]
        if not options:
            if any(matches(g, p) for g in gaps):
                result.gap_predictions += 1
                continue
            result._type(p.type).predicted += 1
            result.wrong.append(p)
            result.readers.setdefault(reader(p.method), [0, 0])[1] += 1
            key = (p.type, reader(p.method))
            result.wrong_by[key] = result.wrong_by.get(key, 0) + 1
            shape = (*key, wrong_shape(scored, p))
            result.wrong_ends[shape] = result.wrong_ends.get(shape, 0) + 1
            continue
        tally = result.readers.setdefault(reader(p.method), [0, 0])
        tally[0] += 1
        tally[1] += 1
        counts = result._type(p.type)
        counts.predicted += 1
        counts.right += 1
        free = [i for i in options if i not in taken]
        if not free:
            result.repeats += 1
            continue
        best = next((i for i in free if _overlaps(text, scored[i].evidence, p)), free[0])
        taken.add(best)
        counts.found += 1
        result.pairs.append((scored[best], p))
    result.misses = [g for i, g in enumerate(scored) if i not in taken]
    if known:
        for g in result.misses:
            ends = sum(any(end_matches(x, k) for k in known) for x in (g.source, g.target))
            result.miss_ends[ends] += 1
            result.type_ends.setdefault(g.type, [0, 0, 0])[ends] += 1
    for g, p in result.pairs:
        for name in PROPS:
            if name not in g.properties:
                continue
            tally = result.props.setdefault(name, [0, 0])
            tally[1] += 1
            if same_prop(name, g.properties[name], p.properties.get(name)):
                tally[0] += 1
            else:
                result.prop_errors.append((g, p, name))
    result.negatives = len(negatives)
    for n in negatives:
        hit = next((p for p in predicted if matches(n, p)), None)
        if hit is not None:
            result.negatives_hit.append((n, hit))
    return result


@dataclass
class Summary:
    """Documents added up: overall, per relation type, per language."""

    documents: int = 0
    by_type: dict[str, Counts] = field(default_factory=dict)
    by_language: dict[str, Counts] = field(default_factory=dict)
    props: dict[str, list[int]] = field(default_factory=dict)
    repeats: int = 0
    negatives: int = 0
    negatives_hit: int = 0
    negatives_by: dict[tuple[str, str], int] = field(default_factory=dict)
    gaps: int = 0
    gap_predictions: int = 0
    quotes: int = 0
    quotes_exact: int = 0
    readers: dict[str, list[int]] = field(default_factory=dict)
    miss_ends: list[int] = field(default_factory=lambda: [0, 0, 0])
    type_ends: dict[str, list[int]] = field(default_factory=dict)
    wrong_by: dict[tuple[str, str], int] = field(default_factory=dict)
    wrong_ends: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def add(self, result: DocResult, language: str) -> None:
        self.documents += 1
        self.miss_ends = [a + b for a, b in zip(self.miss_ends, result.miss_ends, strict=True)]
        for name, ends in result.type_ends.items():
            mine = self.type_ends.setdefault(name, [0, 0, 0])
            self.type_ends[name] = [a + b for a, b in zip(mine, ends, strict=True)]
        for key, n in result.wrong_by.items():
            self.wrong_by[key] = self.wrong_by.get(key, 0) + n
        for shape, n in result.wrong_ends.items():
            self.wrong_ends[shape] = self.wrong_ends.get(shape, 0) + n
        for name, (right, predicted) in result.readers.items():
            tally = self.readers.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += predicted
        for name, counts in result.by_type.items():
            self.by_type.setdefault(name, Counts()).add(counts)
        self.by_language.setdefault(language, Counts()).add(result.total())
        for name, (right, total) in result.props.items():
            tally = self.props.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += total
        self.repeats += result.repeats
        self.negatives += result.negatives
        self.negatives_hit += len(result.negatives_hit)
        for neg, hit in result.negatives_hit:  # (counts only: a blind set's lines stay blind)
            key = (neg.type, reader(hit.method))
            self.negatives_by[key] = self.negatives_by.get(key, 0) + 1
        self.gaps += result.gaps
        self.gap_predictions += result.gap_predictions
        self.quotes += result.quotes
        self.quotes_exact += result.quotes_exact

    def total(self) -> Counts:
        out = Counts()
        for counts in self.by_type.values():
            out.add(counts)
        return out

    def table(self) -> str:
        def row(name: str, c: Counts) -> str:
            return (
                f"{name:<24}{c.gold:>6}{c.found:>7}{c.predicted:>6}{c.right:>7}"
                f"{c.precision:>7.2f}{c.recall:>7.2f}"
            )

        head = f"{'':<24}{'gold':>6}{'found':>7}{'pred':>6}{'right':>7}{'P':>7}{'R':>7}"
        lines = [head, row("ALL", self.total()), "per language:"]
        lines += [row("  " + k, self.by_language[k]) for k in sorted(self.by_language)]
        lines.append("per relation type:")
        lines += [row("  " + k, self.by_type[k]) for k in sorted(self.by_type)]
        props = ", ".join(
            f"{name} {self.props[name][0]}/{self.props[name][1]}"
            for name in PROPS
            if name in self.props
        )
        lines.append(f"properties right on matched relations: {props or '-'}")
        readers = ", ".join(
            f"{name} {right}/{total}" for name, (right, total) in sorted(self.readers.items())
        )
        lines.append(f"predictions right per reader: {readers or '-'}")
        if any(self.miss_ends):
            none, one, both = self.miss_ends
            lines.append(f"misses by ends found as entities: both {both}, one {one}, none {none}")
            per_type = ", ".join(
                f"{name} {e[2]}/{e[1]}/{e[0]}" for name, e in sorted(self.type_ends.items())
            )
            lines.append(f"  per type (both/one/none): {per_type}")
        if self.wrong_by:
            wrong = ", ".join(
                f"{t} {r} {n}" for (t, r), n in sorted(self.wrong_by.items(), key=lambda kv: -kv[1])
            )
            lines.append(f"wrong predictions per type and reader: {wrong}")
            shapes = ", ".join(
                f"{t} {r} {what} {n}"
                for (t, r, what), n in sorted(self.wrong_ends.items(), key=lambda kv: -kv[1])
            )
            lines.append(f"  what gold holds of them (type: both ends, another type): {shapes}")
        lines.append(f"negatives hit: {self.negatives_hit} of {self.negatives}")
        if self.negatives_by:
            hits = ", ".join(
                f"{t} {r} {n}"
                for (t, r), n in sorted(self.negatives_by.items(), key=lambda kv: -kv[1])
            )
            lines.append(f"  per type and reader: {hits}")
        lines.append(f"quotes exact: {self.quotes_exact} of {self.quotes}")
        lines.append(
            f"gold relations outside graph/model.yaml (left out of P/R): {self.gaps}; "
            f"predictions matching only those, left out: {self.gap_predictions}"
        )
        lines.append(f"repeated predictions of a found relation (counted right): {self.repeats}")
        return "\n".join(lines)


def model_gap(
    allowed: Mapping[str, tuple[set[str], set[str]]],
    label_of: Callable[[str], str | None],
) -> Callable[[GoldRel], bool]:
    """is_gap for score_document: the gold relation's type is unknown to the model, or an end
    whose label is known (label_of: None when it cannot tell) is not one the type allows."""

    def ok(labels: set[str], end: str) -> bool:
        label = label_of(end)
        if label is None or "any" in labels or label in labels:
            return True
        return label == "Coalition" and "Organization" in labels

    def is_gap(g: GoldRel) -> bool:
        rule = allowed.get(g.type)
        return rule is None or not (ok(rule[0], g.source) and ok(rule[1], g.target))

    return is_gap


# A body that votes laws and resolutions (a parliament, a chamber): a label graph/model.yaml
# does not have; a gold end named so is no Government or IntergovernmentalBody of the model.
LEGISLATURE = "Legislature"
_LEGISLATURE_WORDS = (
    "parliament", "parlement", "parlamento", "chamber", "chambre", "camara", "congress",
    "congreso", "congres", "senate", "senado", "senat", "national assembly",
    "asamblea nacional", "assemblee nationale", "house of representatives", "bundestag", "sejm",
    "national council", "conseil national", "consejo nacional",
)  # fmt: skip


# A name that is a compact of the migration or refugee field ("Pacte mondial de l'ONU sur les
# migrations", "the UN migration pact"), not a phrase about one ("support for the compact").
_COMPACT = re.compile(
    r"(?:the |el |la |le |l')?(?:(?:global|un|onu|mundial|mondial|marrakech|marrakesh|"
    r"migration|migratorio|migratoire) )*(?:compact|pact|pacto|pacte)\b"
)
_FIELD = re.compile(r"\b(?:migra|refug)")


def label_finder(entries: Iterable[GazetteerEntry]) -> Callable[[str], str | None]:
    """label_of for model_gap: an id's type; "document:self" a Document; a candidate's type
    when its folded name is a name or alias of a known entity, a Process when it names a compact
    of the migration or refugee field, "Legislature" when it names a parliament or a chamber;
    None when it cannot tell."""
    types: dict[str, str] = {}
    names: dict[str, str] = {}
    for entry in entries:
        types[entry.id] = entry.type
        for name in (entry.name, *entry.aliases, *entry.former_names):
            names.setdefault(_norm(name), entry.type)

    def label_of(end: str) -> str | None:
        if end == SELF:
            return "Document"
        if not end.startswith(CANDIDATE):
            return types.get(end)
        name = _norm(end[len(CANDIDATE) :])
        if name in names:
            return names[name]
        if _COMPACT.match(name) and _FIELD.search(name):
            return "Process"
        if any(name == w or name.startswith(w + " ") for w in _LEGISLATURE_WORDS):
            return LEGISLATURE
        return None

    return label_of
