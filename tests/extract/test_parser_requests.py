"""A large text is parsed in requests the server accepts: spans are grouped under the request
limit, a span longer than the limit is cut after a full stop, and the real server parses a text
several times the limit (it refused such a text in one request with HTTP 400)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.parser import default_parser
from ingest.extract.parser.corenlp import MAX_REQUEST, CoreNLP, batches


def test_spans_are_grouped_under_the_request_limit() -> None:
    text = "x" * (3 * MAX_REQUEST)
    third = MAX_REQUEST // 3
    spans = [(k * third, (k + 1) * third - 10) for k in range(8)]
    groups = batches(text, spans)
    assert [s for g in groups for s in g] == spans  # every span, in order, none cut
    assert all(sum(e - s + 2 for s, e in g) <= MAX_REQUEST for g in groups)
    assert len(groups) == 3


def test_a_span_longer_than_the_limit_is_cut_after_a_full_stop() -> None:
    sentence = "The network met in the spring. "
    text = sentence * (2 * MAX_REQUEST // len(sentence) + 5)
    groups = batches(text, [(0, len(text))])
    pieces = [s for g in groups for s in g]
    assert len(pieces) >= 3
    assert all(e - s <= MAX_REQUEST for s, e in pieces)
    assert all(text[e - 1] == "." for _, e in pieces[:-1])  # cut after a full stop
    assert "".join(text[s:e] for s, e in pieces).replace(" ", "") == text.replace(" ", "")


def test_the_server_parses_a_text_longer_than_one_request() -> None:
    sentence = "The network met in the spring and the members signed the letter. "
    text = sentence * (MAX_REQUEST * 3 // len(sentence))  # 150,000 characters
    sentences = default_parser().parse(text, [(0, len(text))], "en")
    assert len(sentences) == text.count(".")
    assert all(text[t.start : t.end] == t.word for s in sentences[-3:] for t in s.tokens)


def test_the_development_cache_answers_a_repeated_request_without_the_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = default_parser()
    assert isinstance(real, CoreNLP)
    text = "The council adopted the report. Three members abstained."
    spans = [(0, 31), (32, len(text))]
    first = CoreNLP(real.root, real.java, real.heap, real.timeout, cache=tmp_path)
    parsed = first.parse(text, spans, "en")
    first.stop()
    assert len(list(tmp_path.rglob("*.json"))) == 1  # one request, one file

    def no_server(language: str) -> None:
        raise RuntimeError("no server in this test")

    offline = CoreNLP(real.root, real.java, real.heap, real.timeout, cache=tmp_path)
    monkeypatch.setattr(offline, "ensure", no_server)
    again = offline.parse(text, spans, "en")
    words = [[t.word for t in s.tokens] for s in again]
    assert words == [[t.word for t in s.tokens] for s in parsed]
    assert words[1][:2] == ["Three", "members"]
    assert again[1].tokens[0].start == 32  # offsets mapped back as without a cache
    other = "The council rejected the report."
    with pytest.raises(RuntimeError, match="no server"):
        offline.parse(other, [(0, len(other))], "en")
