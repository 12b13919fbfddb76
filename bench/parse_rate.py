"""The parser's cost on the engine's own requests, measured side by side in one server (one run,
one load on the machine for every figure: ratios hold where absolute CPU seconds move with the
other work on two shared cores). Requests come from `bench/parser_replay.py record` (the dev
set's requests, by half). Two modes:

    .venv/bin/python bench/parse_rate.py stages /tmp/requests.json
    .venv/bin/python bench/parse_rate.py ab /tmp/requests.json \
        '[{}, {"depparse.numPreComputed": "50000"}]' [--language en]

`stages`: the server's CPU a half for tokens only (tokenize, ssplit, mwt), tags (+ pos, lemma)
and the whole pipeline (+ depparse) first and then again (text seen before: the dependency
parser's cache of products is warm), each stage's share of the whole, and tokens a second.
`ab`: each variant of the request properties gets its own annotators in the same server; every
request goes to every variant in turn (which goes first rotates) and the server's CPU of each
request is charged to its variant: a paired comparison, with the answers compared byte for byte
and as the engine reads them (tokens, lemmas, tags, basic graph: a variant that changes a parse
says so). A request asks for BasicDepparse when the server has it (corenlp.request_properties);
`{"annotators": "tokenize,ssplit,pos,lemma,depparse"}` asks for the stock annotator.
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

from dev_score import WARM_UP

from ingest.extract.parser.corenlp import ANNOTATORS, CoreNLP, decode, request_properties

# annotators of each stage, per language (ANNOTATORS is the whole pipeline)
STAGES: dict[str, dict[str, str]] = {
    "tokens": {"en": "tokenize,ssplit", "es": "tokenize,ssplit,mwt", "fr": "tokenize,ssplit,mwt"},
    "tags": {"en": "tokenize,ssplit,pos,lemma", "es": "tokenize,ssplit,mwt,pos",
             "fr": "tokenize,ssplit,mwt,pos"},
    "whole": ANNOTATORS,
}  # fmt: skip


class Server:
    """A fresh parser server (JVM options from COALITION_GRAPH_PARSER_JAVA_OPTIONS) with no
    parse cache, and the CPU it has used."""

    def __init__(self) -> None:
        os.environ.pop("COALITION_GRAPH_PARSE_CACHE_DIR", None)
        self.parser = CoreNLP.from_settings()
        self.parser.cache = None
        self.parser.ensure("en")

    def send(self, payload: str, language: str, extra: dict[str, str]) -> bytes:
        props = {**request_properties(language, self.parser.basic_only), **extra}
        url = f"http://127.0.0.1:{self.parser._port}/?properties=" + urllib.parse.quote(
            json.dumps(props)
        )
        req = urllib.request.Request(
            url, data=payload.encode("utf-8"), headers={"Authorization": self.parser._auth}
        )
        with urllib.request.urlopen(req, timeout=600) as resp:  # noqa: S310 (loopback http)
            return bytes(resp.read())

    def cpu(self) -> float:
        return self.parser.cpu_seconds()


def tokens_of(answer: bytes) -> int:
    data: dict[str, Any] = json.loads(answer)
    return sum(len(s.get("tokens", [])) for s in data.get("sentences", []))


def stages(halves: dict[str, list[list[str]]]) -> None:
    server = Server()
    began = server.cpu()
    for language, text in WARM_UP.items():
        for annotators in STAGES.values():
            server.send(text, language, {"annotators": annotators[language]})
    print(f"start and warm-up (every model loaded): parser CPU {server.cpu() - began:.2f} s")
    rows: dict[tuple[str, str], float] = {}
    tokens: dict[str, int] = {}
    for name in ("tokens", "tags", "whole", "whole again"):
        annotators = STAGES[name.split()[0]]
        for half, requests in halves.items():
            before, count = server.cpu(), 0
            for payload, language in requests:
                answer = server.send(payload, language, {"annotators": annotators[language]})
                count += tokens_of(answer)
            rows[name, half] = server.cpu() - before
            tokens[half] = count
    for half in halves:
        whole = rows["whole", half]
        print(f"{half} half ({tokens[half]} tokens parsed):")
        for name in ("tokens", "tags", "whole", "whole again"):
            cpu = rows[name, half]
            print(f"  {name:<12} {cpu:6.2f} s  {100 * cpu / whole if whole else 0:5.1f} % of "
                  f"the whole  {tokens[half] / cpu if cpu else 0:8.0f} tokens/s")  # fmt: skip
    server.parser.stop()


def ab(
    halves: dict[str, list[list[str]]], variants: list[dict[str, str]], only: str | None
) -> None:
    server = Server()
    for k, extra in enumerate(variants):
        before = server.cpu()
        for language, text in WARM_UP.items():
            if only in (None, language):
                server.send(text, language, extra)
        print(f"variant {k} {extra}: models loaded and warmed, CPU {server.cpu() - before:.2f} s")
    for half, requests in halves.items():
        cpu = [0.0] * len(variants)
        answers: list[list[bytes]] = [[] for _ in variants]
        chosen = [(p, lang) for p, lang in requests if only in (None, lang)]
        for i, (payload, language) in enumerate(chosen):
            order = list(range(len(variants)))
            order = order[i % len(order) :] + order[: i % len(order)]
            for k in order:
                before = server.cpu()
                answers[k].append(server.send(payload, language, variants[k]))
                cpu[k] += server.cpu() - before
        same = all(a == answers[0] for a in answers)
        # what the engine reads of an answer: tokens (offsets, word, lemma, tag), basic graph
        read = [[decode(a.decode("utf-8")) for a in ans] for ans in answers]
        same_read = all(r == read[0] for r in read)
        print(f"{half} half ({len(chosen)} requests): "
              + ", ".join(f"variant {k} {c:.2f} s ({c / cpu[0] if cpu[0] else 0:.2f})"
                          for k, c in enumerate(cpu))
              + f"; answers identical: {'yes' if same else 'no'}"
              + f", as the engine reads them: {'yes' if same_read else 'NO'}")  # fmt: skip
    resident = server.parser.memory_kib() // 1024
    print(f"parser resident memory (every variant's models): {resident} MiB")
    server.parser.stop()


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = args.add_subparsers(dest="command", required=True)
    st = sub.add_parser("stages")
    st.add_argument("requests", type=Path)
    cmp = sub.add_parser("ab")
    cmp.add_argument("requests", type=Path)
    cmp.add_argument("variants", help="a JSON list of request-property dicts ({} = as shipped)")
    cmp.add_argument("--language", default=None, help="this language's requests only")
    ns = args.parse_args(argv)
    halves: dict[str, list[list[str]]] = json.loads(ns.requests.read_text(encoding="utf-8"))
    if ns.command == "stages":
        stages(halves)
    else:
        ab(halves, json.loads(ns.variants), ns.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
