"""The extractor scored on corpus/dev (40 documents nobody wrote rules against, gold.json; the
format in its README.md), then on the seeds and corpus/more (bench/extract_score.py), in one run.

Each dev file is read without its first line (the source URL): the date line stays first, and
its date is the document's date (as --date would give it). The file goes through what
`coalition-graph extract` runs (segments, the engine per post, the documents named "document:N"),
with the shipped reference data as gazetteer. The rule of the match is ingest/extract/devscore.py.

The odd-numbered files (101, 103, ...) are the development half; the even-numbered ones (102,
104, ...) are measured only: for them only the aggregate numbers are printed, never a miss, a
wrong prediction or a negative (-v details the odd half only).

Run: .venv/bin/python bench/dev_score.py [--half odd|even|both] [-v] [--dev DIR] [--no-seeds]
The corpus is ../shared/corpus/dev beside the repository; a clone has none: pass --dev DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.settings import get_settings
from ingest.documents.extraction import document_ids_for, extract, segment
from ingest.documents.readers import SourceText
from ingest.extract.dates import find_dates
from ingest.extract.devscore import (
    DocResult,
    Summary,
    gold_relations,
    known_ends,
    label_finder,
    model_gap,
    predictions,
    score_document,
)
from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer, reference_gazetteer
from ingest.extract.parser import default_parser
from ingest.extract.parser.corenlp import CoreNLP
from ingest.extract.types import Extraction

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
WARM_UP = {
    "en": "Warm-up\n\nThe network signed the statement on Monday.",
    "es": "Prueba\n\nLa red firmó la declaración el lunes.",
    "fr": "Essai\n\nLe réseau a signé la déclaration lundi.",
}
# the first day-and-month date of a process imports dateparser and compiles its patterns (about
# 0.5-1 s of CPU once a process, as the parser's start): resolved in the warm-up, not in a half
WARM_DATES = "The members met on 12 March and again on 3 June."


GOAL_KB_PER_CORE = 20.0  # issue 11: KB of text per second per core, parser included


@dataclass
class Half:
    name: str
    summary: Summary = field(default_factory=Summary)
    details: list[tuple[str, DocResult]] = field(default_factory=list)
    seconds: float = 0.0
    cpu: float = 0.0
    parser_cpu: float = 0.0
    size: int = 0  # bytes of text extracted
    chars: int = 0  # characters of text extracted
    parsed_chars: int = 0  # of them, sent to the parser
    parsed_tokens: int = 0


def body(path: Path) -> tuple[str, str | None]:
    """The text the extractor reads (the file after its first line) and its date line's date."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        raw = handle.read()
    text = raw.split("\n", 1)[1] if "\n" in raw else ""
    first = text.split("\n", 1)[0].strip()
    return text, first if _DATE.fullmatch(first) else None


def extraction_of(path: Path, text: str, date: str | None, gz: Gazetteer) -> Extraction:
    """What `coalition-graph extract` makes of the text (no graph; the shipped gazetteer)."""
    segmented = segment(SourceText(path, "text", text), date)
    ids = document_ids_for(text, segmented, {})
    return extract(text, segmented, gz, ids)


def half_of(name: str) -> str:
    """The half of a file by the number its name starts with (any number of digits)."""
    number = re.match(r"\d+", name)
    return "odd" if number and int(number.group()) % 2 else "even"


def run_dev(dev: Path, halves: list[str], gz: Gazetteer, verbose: bool) -> dict[str, Half]:
    gold = json.loads((dev / "gold.json").read_text(encoding="utf-8"))["docs"]
    label_of = label_finder(gz.by_id.values())
    allowed = {
        name: (set(rule.sources), set(rule.targets))
        for name, rule in _model().relationships.items()
    }
    is_gap = model_gap(allowed, label_of)
    out = {h: Half(h) for h in halves}
    began, cpu, pcpu = time.perf_counter(), time.process_time(), _parser_cpu()
    parser = default_parser()
    for lang, warm in WARM_UP.items():  # the lazy indexes, the parser and its models per language
        extract_relations(warm, gz)
        parser.parse(warm, [(0, len(warm))], lang)  # (whether or not a unit is worth a parse)
    find_dates(WARM_DATES, 0, len(WARM_DATES), "2018-09-10")
    started = parser.started_seconds if isinstance(parser, CoreNLP) else 0.0
    py, parsed = time.process_time() - cpu, _parser_cpu() - pcpu
    print(f"warm-up (indexes, parser start, a model per language, the date resolver): "
          f"{time.perf_counter() - began:.2f} s wall (parser start-up {started:.2f} s), CPU "
          f"Python {py:.2f} s + parser {parsed:.2f} s")  # fmt: skip
    for name in sorted(gold):
        half = out.get(half_of(name))
        if half is None:
            continue
        doc: dict[str, Any] = gold[name]
        text, date = body(dev / name)
        wall, cpu, pcpu, parsed = time.perf_counter(), time.process_time(), _parser_cpu(), _parsed()
        extraction = extraction_of(dev / name, text, date, gz)
        half.seconds += time.perf_counter() - wall
        half.cpu += time.process_time() - cpu
        half.parser_cpu += _parser_cpu() - pcpu
        half.size += len(text.encode("utf-8"))
        half.chars += len(text)
        half.parsed_chars += _parsed()[0] - parsed[0]
        half.parsed_tokens += _parsed()[1] - parsed[1]
        result = score_document(
            text,
            gold_relations(doc.get("relations") or []),
            gold_relations(doc.get("negatives") or []),
            predictions(extraction),
            is_gap,
            known_ends(extraction),
        )
        half.summary.add(result, str(doc.get("language") or "?"))
        if verbose and half.name == "odd":
            half.details.append((name, result))
    return out


def steady(dev: Path, halves: list[str], gz: Gazetteer) -> None:
    """The same files again with the parser warm (its JIT compiled by the first pass): the
    steady state, printed apart. No parse is kept between passes unless --parse-cache is given,
    but the dependency parser keeps its last 5,000 hidden-layer products of a word at a feature
    position outside its precomputed list (per language): text parsed again costs it less than
    new text, so this line is an upper bound for new text (docs/performance.md)."""
    gold = json.loads((dev / "gold.json").read_text(encoding="utf-8"))["docs"]
    for name in halves:
        size, cpu, pcpu = 0, time.process_time(), _parser_cpu()
        for doc in sorted(d for d in gold if half_of(d) == name):
            text, date = body(dev / doc)
            extraction_of(dev / doc, text, date, gz)
            size += len(text.encode("utf-8"))
        py, parsed = time.process_time() - cpu, _parser_cpu() - pcpu
        kb, both = size / 1024, py + parsed
        print(f"steady state, {name} half again (parser warm): Python {py:.2f} s + parser "
              f"{parsed:.2f} s CPU for {kb:.1f} KB: {kb / both:.1f} KB/s per core")  # fmt: skip


def _model() -> Any:
    from graph.model import load_model

    return load_model()


def print_half(half: Half) -> None:
    title = {
        "odd": "odd half (101, 103, ...): development",
        "even": "even half (102, 104, ...): measured only, never inspected",
    }[half.name]
    s = half.summary
    print(f"== corpus/dev, {title}: {s.documents} documents")
    print(s.table())
    kb = half.size / 1024
    print(
        f"time: {half.seconds:.2f} s wall for {kb:.1f} KB: "
        f"{kb / half.seconds if half.seconds else 0:.1f} KB/s end to end (warm); this process's "
        f"CPU {half.cpu:.2f} s: {kb / half.cpu if half.cpu else 0:.1f} KB/s"
    )
    both = half.cpu + half.parser_cpu
    print(
        f"per core, both processes: Python {half.cpu:.2f} s + parser {half.parser_cpu:.2f} s "
        f"CPU: {kb / both if both else 0:.1f} KB/s per core (goal {GOAL_KB_PER_CORE:.0f})"
    )
    share = half.parsed_chars / half.chars if half.chars else 0.0
    print(
        f"parsed: {100 * share:.1f} % of the text ({half.parsed_tokens} tokens); parser CPU "
        f"{1000 * half.parser_cpu / half.parsed_tokens if half.parsed_tokens else 0:.2f} ms a token"
    )
    for name, result in half.details:  # the odd half only (run_dev keeps no other)
        print(f"-- {name}: {result.total().found}/{result.total().gold} found, "
              f"{len(result.wrong)} wrong")  # fmt: skip
        for g in result.misses:
            print(f"  miss   {g.label()} {dict(g.properties)}  | {g.evidence[:100]}")
        for p in result.wrong:
            reader = p.method.removeprefix("extracted:").split("@")[0]
            print(f"  wrong  {p.label()} {dict(p.properties)} [{reader}] | {p.quote[:100]!r}")
        for n, p in result.negatives_hit:
            print(f"  NEGATIVE {n.label()} ({n.why})  | {p.quote[:100]!r}")
        for g, p, prop in result.prop_errors:
            print(f"  {prop:<6} {g.label()}: gold {g.properties[prop]!r}, "
                  f"predicted {p.properties.get(prop)!r}")  # fmt: skip


def _parsed() -> tuple[int, int]:
    """Characters and tokens parsed so far (the parser's counters)."""
    parser = default_parser()
    return (parser.parsed_chars, parser.parsed_tokens) if isinstance(parser, CoreNLP) else (0, 0)


def _parser_cpu() -> float:
    parser = default_parser()
    return parser.cpu_seconds() if isinstance(parser, CoreNLP) else 0.0


def print_memory() -> None:
    parser = default_parser()
    java = parser.memory_kib() if isinstance(parser, CoreNLP) else 0
    python = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"memory: Python peak {python / 1024:.0f} MiB, parser (CoreNLP, resident) "
          f"{java / 1024:.0f} MiB")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--half", choices=("odd", "even", "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true", help="misses (odd half only)")
    parser.add_argument("--dev", type=Path, default=None, help=f"corpus/dev (default {DEV})")
    parser.add_argument("--no-seeds", action="store_true", help="skip the seeds and more")
    parser.add_argument(
        "--parse-cache", type=Path, default=None, metavar="DIR",
        help="keep parses in DIR and reuse them (for rule work; the speed lines then measure "
        "no parsing)",
    )  # fmt: skip
    parser.add_argument(
        "--steady", action="store_true",
        help="then extract each half once more with the parser warm and print its speed apart",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.parse_cache:
        os.environ["COALITION_GRAPH_PARSE_CACHE_DIR"] = str(args.parse_cache.resolve())
        get_settings.cache_clear()
        print(f"parse cache {args.parse_cache}: the speed lines below do not measure parsing\n")
    gz = reference_gazetteer(DATA)
    dev: Path = args.dev or DEV
    status = 0
    if not (dev / "gold.json").is_file():
        print(
            f"corpus/dev not found: no {dev / 'gold.json'} (it lives outside the repository, "
            "in ../shared/corpus/dev; a clone has none): pass --dev DIR. Dev set not scored.",
            file=sys.stderr,
        )
        status = 1 if args.dev else 0
    else:
        halves = ["odd", "even"] if args.half == "both" else [args.half]
        for half in run_dev(dev, halves, gz, args.verbose).values():
            print_half(half)
            print()
        if args.steady:
            steady(dev, halves, gz)
        print_memory()
    if not args.no_seeds:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from extract_score import main as seeds

        seeds(args.verbose)
    return status


if __name__ == "__main__":
    sys.exit(main())
