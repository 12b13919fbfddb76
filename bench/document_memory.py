"""Memory of one document's ingest in the Python process, against the file's size; the parser
(CoreNLP, a Java process of its own) measured apart.

    .venv/bin/python bench/document_memory.py [--plain-mb 2 8 19.9] [--named-kb 100]
    .venv/bin/python bench/document_memory.py --trace plain 500000   # where it goes (tracemalloc)

Everything runs on a throwaway local Neo4j (a temporary state folder, a free port on 127.0.0.1).
Each case is a fresh Python process that ingests the file as `coalition-graph ingest` does
(ingest.documents.ingestion.Ingestor: read, split, extract, build, write in one transaction):

1. it first ingests a small English text (the parser starts, the gazetteer and the caches are
   built: what every ingest holds whatever the file), then a text of the sample corpus that
   the measured files do not hold (WARM_TEXT: names, stances) and resolves two dates (the
   first day-and-month date of a process imports dateparser and compiles its patterns), so
   that what a process loads once, on its first real text, is not counted as the document's;
   --cold leaves both out;
2. then it resets the kernel's peak-RSS mark (/proc/self/clear_refs, 5), notes its resident
   memory, ingests the measured file, and reads the peak (VmHWM) and the parser's resident
   memory.

"Python peak" is that peak minus the resident memory just before the file, so it counts only
what the document added. The cases:

- plain: prose of common words with no name in it (little for the parser: the memory of reading,
  splitting, matching and writing a large text), at each --plain-mb;
- named: the English texts of the sample corpus repeated to --named-kb (organizations, people,
  states in most sentences: every such sentence goes through the parser).

The goal (issue 14): the Python peak under 20 times the file's size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_RATIO = 20
# a sample text none of the measured files holds (named_text uses seeds 000-002 and more/05-06)
WARM_TEXT = ROOT / "data/corpus/seeds/003_8e9fd9e8fa2ead2b.txt"
WARM_DATES = "The members met on 12 March and again on 3 June."
_FILLER = (
    "the committee discussed report working conditions next meeting members agreed that "
    "access to services remains uneven across regions and several groups asked for more "
    "time to prepare their comments on the draft while others noted the progress made since "
    "last year in training staff and collecting data about wages housing health schools"
)
WORDS = tuple(_FILLER.split())


def plain_text(size: int, seed: int) -> str:
    rng = random.Random(seed)  # noqa: S311 - filler text, no secret
    parts: list[str] = ["Notes of the meeting\n\n"]
    total = len(parts[0])
    while total < size:
        sentences = []
        for _ in range(5):
            words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
            sentences.append(" ".join(words).capitalize() + ".")
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        total += len(paragraph.encode("utf-8"))
    return "".join(parts)


def named_text(size: int) -> str:
    texts = [
        (ROOT / "data/corpus/seeds" / name).read_text(encoding="utf-8")
        for name in ("000_c713805cc658d601.txt", "001_132d186d895c0496.txt",
                     "002_0b53eb6d3a7c7433.txt")
    ] + [
        (ROOT / "data/corpus/more" / name).read_text(encoding="utf-8")
        for name in ("05_australia-public-letter_EN.txt", "06_joint-ngo-statement-hrc39_EN.txt")
    ]  # fmt: skip
    body = "\n\n".join(texts)
    out = ["Collected statements\n\n"]
    total = len(out[0])
    while total < size:
        out.append(body + "\n\n")
        total += len(body.encode("utf-8")) + 2
    return "".join(out)


# --- the child: one ingest, measured ------------------------------------------------------------


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def child(path: Path, warmup: Path, state_dir: Path, port: int, cold: bool) -> None:
    from graph.connection import connection
    from graph.driver import get_driver
    from graph.settings import Settings
    from ingest.documents.ingestion import Ingestor
    from ingest.extract.parser import default_parser
    from ingest.extract.parser.corenlp import CoreNLP

    settings = Settings(
        _env_file=None,
        neo4j_uri=None,
        neo4j_password=None,
        state_dir=state_dir,
        bolt_port=port,
        data_dir=ROOT / "data",
    )
    driver = get_driver(connection(settings, start=False))
    ingestor = Ingestor(driver, settings.neo4j_database, settings)
    for text in [warmup] if cold else [warmup, WARM_TEXT]:
        first = ingestor.ingest(text)
        assert first.ok, first.error
    if not cold:
        # the first day-and-month date of a process imports dateparser and compiles its
        # patterns (3-5 MiB, once a process): the sample text holds no such date
        from ingest.extract.dates import find_dates

        assert find_dates(WARM_DATES, 0, len(WARM_DATES), "2018-09-10")
    Path("/proc/self/clear_refs").write_text("5")  # the peak mark starts again from here
    before = _status_kib("VmRSS")
    began = time.perf_counter()
    result = ingestor.ingest(path)
    seconds = time.perf_counter() - began
    peak = _status_kib("VmHWM")
    parser = default_parser()
    print(
        json.dumps(
            {
                "ok": result.ok,
                "error": result.error,
                "bytes": path.stat().st_size,
                "before_kib": before,
                "peak_kib": peak,
                "seconds": seconds,
                "relations": result.relations,
                "parser_kib": parser.memory_kib() if isinstance(parser, CoreNLP) else 0,
            }
        )
    )


# --- the run ------------------------------------------------------------------------------------


def measure(
    kind: str, text: str, folder: Path, state_dir: Path, port: int, cold: bool
) -> dict[str, object]:
    path = folder / f"{kind}-{len(text)}.txt"
    path.write_text(text, encoding="utf-8")
    warmup = folder / f"warmup-{kind}-{len(text)}.txt"
    warmup.write_text(
        f"Warm-up {kind} {len(text)}\n\nAlianza Americas is a member of the Global Coalition "
        "on Migration. PICUM and NNIRR joined the Women in Migration Network.\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    done = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            str(path),
            str(warmup),
            str(state_dir),
            str(port),
            "cold" if cold else "warm",
        ],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
        env=env,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{kind}: the child failed ({done.returncode}): {done.stderr[-2000:]}")
    measured: dict[str, object] = json.loads(lines[-1])
    measured["kind"] = kind
    return measured


# --- where it goes: tracemalloc over read, split and extract, in this process --------------------


def trace(kind: str, size: int, top: int) -> None:
    """Python allocations (tracemalloc) of read, split and extract of one text, after the same
    warm-up as a measured child: the peak of each stage, then the largest allocation sites at
    the highest point (a snapshot taken by a watcher thread whenever the traced total grows)."""
    import gc
    import threading
    import tracemalloc

    from graph.settings import Settings
    from ingest.documents.extraction import (
        document_ids_for,
        extract,
        gazetteer,
        reference_checksums,
        segment,
    )
    from ingest.documents.readers import read_source
    from ingest.extract.dates import find_dates

    text = plain_text(size, 14) if kind == "plain" else named_text(size)
    folder = Path(tempfile.mkdtemp(prefix="cg-memory-trace-"))
    path = folder / f"{kind}-{size}.txt"
    path.write_text(text, encoding="utf-8")
    del text
    warmup = folder / "warmup.txt"
    warmup.write_text("Warm-up\n\nAlianza Americas is a member of the Global Coalition on "
                      "Migration.\n", encoding="utf-8")  # fmt: skip
    settings = Settings(_env_file=None, data_dir=ROOT / "data", max_document_bytes=25_000_000)
    gaz = gazetteer(settings.data_dir)
    found = dict(reference_checksums(settings.data_dir))
    stages: list[tuple[str, int, int]] = []

    def mark(name: str) -> None:
        current, peak = tracemalloc.get_traced_memory()
        stages.append((name, current, peak))
        tracemalloc.reset_peak()

    def run(file: Path, marks: bool) -> object:
        source = read_source(file, settings.max_document_bytes)
        if marks:
            mark("read")
        segmented = segment(source, None)
        ids = document_ids_for(source.text, segmented, found)
        if marks:
            mark("split")
        extraction = extract(source.text, segmented, gaz, ids, set(found.values()))
        if marks:
            mark("extract")
        return extraction

    for file in (warmup, WARM_TEXT):
        run(file, False)
    find_dates(WARM_DATES, 0, len(WARM_DATES), "2018-09-10")
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    highest: list[Any] = [0, None]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            now = tracemalloc.get_traced_memory()[0] - base
            if now > highest[0] * 1.03 + 100_000:
                highest[0], highest[1] = now, tracemalloc.take_snapshot()
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    result = run(path, True)
    done.set()
    watcher.join()
    tracemalloc.stop()
    nbytes = path.stat().st_size
    print(f"{kind} text of {nbytes:,} bytes: Python allocations (tracemalloc), above the warm-up")
    print(f"{'stage':9}{'peak MiB':>10}{'x file':>8}{'held after MiB':>16}")
    for name, current, peak in stages:
        print(f"{name:9}{(peak - base) / 2**20:10.1f}{(peak - base) / nbytes:8.1f}"
              f"{(current - base) / 2**20:16.1f}")  # fmt: skip
    print(f"largest sites at {highest[0] / 2**20:.1f} MiB:")
    if highest[1] is not None:
        for stat in highest[1].statistics("lineno")[:top]:
            where = str(stat.traceback).replace(str(ROOT) + "/", "")
            print(f"  {stat.size / 2**20:7.2f} MiB {stat.count:9,}  {where}")
    del result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--plain-mb", type=float, nargs="*", default=[2.0, 8.0, 19.9])
    parser.add_argument("--named-kb", type=float, nargs="*", default=[100.0])
    parser.add_argument(
        "--cold", action="store_true", help="warm up with the small text only (no sample text)"
    )
    parser.add_argument(
        "--trace",
        nargs=2,
        metavar=("KIND", "BYTES"),
        help="instead: tracemalloc of read, split and extract of one text (plain or named)",
    )
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.trace:
        trace(args.trace[0], int(args.trace[1]), 15)
        return
    if args.child:
        path, warmup, state_dir, port, warmth = args.child
        child(Path(path), Path(warmup), Path(state_dir), int(port), warmth == "cold")
        return

    from neo4j import GraphDatabase

    from graph.local.server import LocalServer, free_port
    from graph.schema import apply_schema
    from graph.settings import Settings

    with tempfile.TemporaryDirectory(prefix="cg-bench-memory-") as tmp:
        state = Path(tmp) / "state"
        settings = Settings(
            _env_file=None,
            neo4j_uri=None,
            neo4j_password=None,
            state_dir=state,
            bolt_port=free_port(),
            heap_size="1g",
            pagecache_size="256m",
            max_document_bytes=25_000_000,
        )
        server = LocalServer(settings)
        rows = []
        try:
            running = server.start()
            with GraphDatabase.driver(running.uri, auth=("neo4j", server.password())) as driver:
                apply_schema(driver, settings.neo4j_database)
            cases = [("plain", plain_text(int(mb * 1_000_000), 14)) for mb in args.plain_mb]
            cases += [("named", named_text(int(kb * 1_000))) for kb in args.named_kb]
            for kind, text in cases:
                rows.append(measure(kind, text, Path(tmp), state, settings.bolt_port, args.cold))
                print(f"  measured {kind} {rows[-1]['bytes']:,} bytes", flush=True)
            load_average = os.getloadavg()[0]
        finally:
            server.stop()

    print(
        f"\nOne document's ingest (read, split, extract, build, write), a fresh process each, "
        f"warmed up with {'a small text' if args.cold else 'a small text, ' + WARM_TEXT.name}"
        f"{'' if args.cold else ' and two dates'}; "
        f"load average {load_average:.1f} on {os.cpu_count()} CPUs"
    )
    print(
        f"{'text':7}{'file MB':>9}{'Python peak MiB':>17}{'x file':>8}{'seconds':>9}"
        f"{'relations':>11}{'parser RSS MiB':>16}"
    )
    for row in rows:
        size = int(str(row["bytes"]))
        peak = (int(str(row["peak_kib"])) - int(str(row["before_kib"]))) * 1024
        print(
            f"{row['kind']!s:7}{size / 1e6:9.2f}{peak / 2**20:17.0f}{peak / size:8.1f}"
            f"{float(str(row['seconds'])):9.1f}{int(str(row['relations'])):11,}"
            f"{int(str(row['parser_kib'])) / 1024:16.0f}"
            + ("" if row["ok"] else f"  failed: {row['error']}")
        )
    worst = max(
        (int(str(r["peak_kib"])) - int(str(r["before_kib"]))) * 1024 / int(str(r["bytes"]))
        for r in rows
    )
    verdict = "met" if worst < GOAL_RATIO else "NOT met"
    print(f"goal: Python peak < {GOAL_RATIO} x the file: {verdict} (worst {worst:.1f} x)")


if __name__ == "__main__":
    main()
