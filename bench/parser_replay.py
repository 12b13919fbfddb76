"""The parser alone, on the requests the engine makes on corpus/dev: its CPU per pass under other
server properties or JVM options, without the Python side's noise (docs/performance.md,
"Extraction speed").

    .venv/bin/python bench/parser_replay.py record /tmp/requests.json --parse-cache DIR
    .venv/bin/python bench/parser_replay.py replay /tmp/requests.json [--order odd,even,odd,even]
        [--props '{"annotators": "tokenize,ssplit,pos,lemma"}'] [--language en]

`record` runs every dev file through the engine (as bench/dev_score.py does; with a parse cache
it takes seconds) and keeps each request's text and language by half; the file holds the
even half's text too: it is read by this tool only. `replay` starts a fresh server (JVM options
from COALITION_GRAPH_PARSER_JAVA_OPTIONS, as always), parses one short text per language (the
models are loaded outside the passes), then sends each pass's half's requests with the
engine's properties updated by --props, and prints the server's CPU seconds for each pass.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from dev_score import DATA, DEV, WARM_UP, body, extraction_of, half_of

from graph.settings import get_settings
from ingest.extract.gazetteer import reference_gazetteer
from ingest.extract.parser.corenlp import CoreNLP, request_properties


def record(out: Path, cache: Path | None) -> None:
    if cache is not None:
        os.environ["COALITION_GRAPH_PARSE_CACHE_DIR"] = str(cache.resolve())
        get_settings.cache_clear()
    asked: list[tuple[str, str]] = []
    original = CoreNLP._cached

    def cached(self: CoreNLP, payload: str, language: str) -> dict[str, Any]:
        asked.append((payload, language))
        return original(self, payload, language)

    CoreNLP._cached = cached  # type: ignore[method-assign]
    gz = reference_gazetteer(DATA)
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))["docs"]
    halves: dict[str, list[tuple[str, str]]] = {"odd": [], "even": []}
    for name in sorted(gold):
        text, date = body(DEV / name)
        asked.clear()
        extraction_of(DEV / name, text, date, gz)
        halves[half_of(name)].extend(asked)
    out.write_text(json.dumps(halves), encoding="utf-8")
    for half, requests in halves.items():
        chars = sum(len(p) for p, _ in requests)
        print(f"{half}: {len(requests)} requests, {chars} characters")


def replay(path: Path, order: list[str], props: dict[str, str], only: str | None) -> None:
    halves: dict[str, list[list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    os.environ.pop("COALITION_GRAPH_PARSE_CACHE_DIR", None)
    get_settings.cache_clear()
    parser = CoreNLP.from_settings()
    parser.cache = None

    def send(payload: str, language: str) -> int:
        fields = {**request_properties(language, parser.basic_only), **props}
        url = f"http://127.0.0.1:{parser._port}/?properties=" + urllib.parse.quote(
            json.dumps(fields)
        )
        req = urllib.request.Request(
            url, data=payload.encode("utf-8"), headers={"Authorization": parser._auth}
        )
        with urllib.request.urlopen(req, timeout=600) as resp:  # noqa: S310 (loopback http)
            return len(resp.read())

    parser.ensure("en")
    for language, text in WARM_UP.items():
        send(text, language)
    print(f"start and warm-up: parser CPU {parser.cpu_seconds():.2f} s")
    for k, half in enumerate(order, start=1):
        before, size = parser.cpu_seconds(), 0
        requests = [(p, lang) for p, lang in halves[half] if only in (None, lang)]
        for payload, language in requests:
            size += send(payload, language)
        print(f"pass {k} ({half}): parser CPU {parser.cpu_seconds() - before:.2f} s, "
              f"{len(requests)} requests, {size} bytes answered")  # fmt: skip
    parser.stop()


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = args.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--parse-cache", type=Path, default=None)
    rep = sub.add_parser("replay")
    rep.add_argument("requests", type=Path)
    rep.add_argument("--order", default="odd,even,odd,even")
    rep.add_argument("--props", default="{}", help="server properties to set, as JSON")
    rep.add_argument("--language", default=None, help="replay this language's requests only")
    ns = args.parse_args(argv)
    if ns.command == "record":
        record(ns.out, ns.parse_cache)
    else:
        replay(ns.requests, ns.order.split(","), json.loads(ns.props), ns.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
