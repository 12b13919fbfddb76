"""Extraction throughput on one core: the sample corpus (data/corpus) repeated to at least 5 MB,
extracted document by document with the reference gazetteer, in one process (one core).

Prints MB of text per second of this process's CPU time (what one core does, whatever else the
machine runs), wall-clock MB/s, and the best round's CPU MB/s (a round is one pass over the
corpus: the least disturbed by other processes sharing the core's caches). The parser (a
CoreNLP server, its own process) is timed apart and with this process ("both processes"): the
same texts repeated are parses it has half cached (bench/dev_score.py measures new text).
Run: .venv/bin/python bench/extract_rate.py [--mb N]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import reference_gazetteer
from ingest.extract.parser import default_parser
from ingest.extract.parser.corenlp import CoreNLP

DATA = Path(__file__).resolve().parent.parent / "data"
GOAL = 1.0  # MB of text per second per core


def read(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def main(target_mb: float = 5.0) -> None:
    gazetteer = reference_gazetteer(DATA)
    texts = [read(p) for p in sorted((DATA / "corpus").rglob("*.txt"))]
    for text in texts:  # warm caches (fuzzy index, regexes, word masks)
        extract_relations(text, gazetteer)
    size = sum(len(t.encode("utf-8")) for t in texts)
    rounds = max(1, -(-int(target_mb * 1024 * 1024) // size))
    relations = 0
    best = float("inf")
    parser = default_parser()
    parser_cpu0 = parser.cpu_seconds() if isinstance(parser, CoreNLP) else 0.0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            relations += len(extract_relations(text, gazetteer).relations)
        best = min(best, time.process_time() - started)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    parser_cpu = (parser.cpu_seconds() if isinstance(parser, CoreNLP) else 0.0) - parser_cpu0
    megabytes = rounds * size / 1e6
    per_core = megabytes / cpu
    print(
        f"{megabytes:.1f} MB ({len(texts)} documents x {rounds} rounds, {relations} relations)\n"
        f"  per core (CPU time {cpu:.2f} s): {per_core:.2f} MB/s\n"
        f"  wall clock ({wall:.2f} s):        {megabytes / wall:.2f} MB/s\n"
        f"  best round (CPU time):          {size / 1e6 / best:.2f} MB/s\n"
        f"  both processes (+ parser CPU {parser_cpu:.2f} s): "
        f"{megabytes / (cpu + parser_cpu):.2f} MB/s per core\n"
        f"  goal >= {GOAL:.1f} MB/s per core: {'met' if per_core >= GOAL else 'not met'}"
    )


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main(float(arguments[arguments.index("--mb") + 1]) if "--mb" in arguments else 5.0)
