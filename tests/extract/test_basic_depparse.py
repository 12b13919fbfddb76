"""The parser's server builds the basic dependency graph only (BasicDepparse, compiled from
ingest/extract/parser/BasicDepparse.java, with BlockedClassifier's network) and answers, as the
engine reads it, what the stock depparse annotator and classifier answer: the same tokens,
lemmas, tags and basic graph, in each language,
with the languages' requests mixed in one server (the server shares a custom annotator between
pipelines, a model per language must still parse its own language). Sentences written for
these tests; the real server."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from typing import Any

import pytest

from ingest.extract.parser import default_parser
from ingest.extract.parser.corenlp import ANNOTATORS, CoreNLP, decode, request_properties

TEXTS = {
    "en": "The Harbour Alliance signed the open letter on Monday.\n\n"
    "Delegates of twelve states walked out of the plenary, while the network stayed.",
    "es": "La Red Ribera firmó la carta abierta el lunes.\n\n"
    "Los delegados de doce Estados abandonaron la sesión plenaria del foro.",
    "fr": "Le Collectif Rivage a signé la lettre ouverte lundi.\n\n"
    "Les délégués de douze États ont quitté la séance plénière du forum.",
}


def _ask(parser: CoreNLP, payload: str, language: str, stock: bool) -> dict[str, Any]:
    props = request_properties(language, basic_only=not stock)
    url = f"http://127.0.0.1:{parser._port}/?properties=" + urllib.parse.quote(json.dumps(props))
    req = urllib.request.Request(
        url, data=payload.encode("utf-8"), headers={"Authorization": parser._auth}
    )
    with urllib.request.urlopen(req, timeout=600) as resp:  # noqa: S310 (loopback http)
        answer = resp.read().decode("utf-8")
    sentences = json.loads(answer)["sentences"]
    assert sentences and "basicDependencies" in sentences[0]
    assert ("enhancedPlusPlusDependencies" in sentences[0]) is stock  # (only basic is built)
    return decode(answer)


def test_a_request_names_one_basic_annotator_a_language() -> None:
    names = set()
    for language, annotators in ANNOTATORS.items():
        props = request_properties(language, basic_only=True)
        *others, last = props["annotators"].split(",")
        assert ",".join(others) == annotators.rsplit(",", 1)[0]  # the same stages before it
        assert props[f"customAnnotatorClass.{last}"] == "coalitiongraph.BasicDepparse"
        names.add(last)
    assert len(names) == len(ANNOTATORS)


def test_the_basic_graph_is_the_stock_annotators_in_every_language() -> None:
    parser = default_parser()
    assert isinstance(parser, CoreNLP)
    for language in ("en", "es", "fr"):  # English first: its model is loaded first
        parser.ensure(language)
    if not parser.basic_only:
        pytest.skip("no javac next to the parser's java: the stock annotator is used")
    for _ in range(2):  # each language after the others, both ways round
        for language, text in TEXTS.items():
            basic = _ask(parser, text, language, stock=False)
            assert basic == _ask(parser, text, language, stock=True), language
