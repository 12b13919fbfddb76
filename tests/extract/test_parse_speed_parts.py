"""Parts of the extraction's speed work (issue 11, item 9) that are pure logic: the request
properties the parse cache is keyed by, and the rules skip a parsed token of no trigger class
without trying any frame. Sentences written for these tests; a hand-made parse stands in for
the parser (no server)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import simplemma

from ingest.extract import syntax
from ingest.extract.engine import extract_relations
from ingest.extract.frames import lexicon
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.parser import corenlp
from ingest.extract.parser.corenlp import ANNOTATORS, request_properties
from ingest.extract.ud import Sentence, Token


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_a_request_asks_the_languages_pipeline_the_cache_is_keyed_by(language: str) -> None:
    props = request_properties(language)
    assert props["annotators"] == ANNOTATORS[language]  # (the cache key's pipeline)
    assert props["pipelineLanguage"] == language
    assert props["outputFormat"] == "json"
    assert props["ssplit.newlineIsSentenceBreak"] == "two"  # (units are joined by a blank line)


class Flat:
    """A parser that makes each span one sentence of its words, every word hung on the first
    (no rule can read a relation from it) and tagged as a verb."""

    def parse(self, text: str, spans: list[tuple[int, int]], language: str) -> list[Sentence]:
        return list(self.sentences(text, spans, language))

    def sentences(
        self, text: str, spans: list[tuple[int, int]], language: str
    ) -> Iterator[Sentence]:
        for s, e in spans:
            tokens, at = [], s
            for k, word in enumerate(text[s:e].split()):
                b = text.index(word, at)
                at = b + len(word)
                head, rel = (-1, "root") if k == 0 else (0, "dep")
                tokens.append(Token(k, word, word.lower(), "VERB", head, rel, b, at))
            if tokens:
                yield Sentence(tokens, tokens[0].start, tokens[-1].end)

    def tagged(self, text: str, spans: list[tuple[int, int]], language: str) -> Iterator[Sentence]:
        return iter(())  # (no names: what the rules read of the flat parse alone is measured)


TEXTS = {
    "en": "The Northern Rowing Federation left the regional league in June.",
    "es": "La Federación Norteña de Remo abandonó la liga regional en junio.",
    "fr": "La Fédération Nordique d'Aviron a quitté la ligue régionale en juin.",
}


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_only_tokens_of_a_trigger_class_try_frames(
    gz: Gazetteer, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[str] = []
    fires = syntax._fires

    def counting(lex: object, sent: Sentence, tok: Token, frame: object) -> bool:
        tried.append(tok.word)
        return fires(lex, sent, tok, frame)  # type: ignore[arg-type]

    monkeypatch.setattr(syntax, "_fires", counting)
    text = TEXTS[language]
    extract_relations(text, gz, language=language, document_date="2024-03-05", parser=Flat())
    assert tried  # the withdrawal verb's token tried its frames
    lex = lexicon(language)
    assert lex is not None
    classes_of = syntax._entries_by_first(lex)[1]
    for word in set(tried):
        tok = Token(0, word, word.lower(), "VERB", -1, "root", 0, len(word))
        assert any(f in classes_of for f in syntax._forms(lex, tok)), word
    # "rowing", "league", "June": words of no trigger class try no frame
    plain = {"Rowing", "Remo", "d'Aviron", "league", "liga", "ligue", "June", "junio", "juin."}
    assert not plain & set(tried)


def test_an_answer_without_lemmas_gets_simplemmas_once_a_word() -> None:
    payload = "Las redes firmaron la carta y las redes firmaron el acuerdo."
    words = [*payload[:-1].split(), "."]
    tokens, at = [], 0
    for word in words:
        b = payload.index(word, at)
        at = b + len(word)
        tokens.append((b, at, word, None, "VERB", "O"))  # (Spanish answers carry no lemma)
    arcs = [(k, 0 if k == 1 else 1, "root" if k == 1 else "dep") for k in range(1, len(words) + 1)]
    data = {"sentences": [{"tokens": tokens, "basicDependencies": arcs}]}
    corenlp._lemma.cache_clear()
    (sent,) = corenlp._sentences(data, payload, [0], [100], "es")
    assert [t.lemma for t in sent.tokens] == [
        str(simplemma.lemmatize(w.lower(), lang="es")).lower() for w in words
    ]
    assert sent.tokens[0].start == 100  # (offsets shifted to the span's place in the text)
    info = corenlp._lemma.cache_info()
    distinct = len({w.lower() for w in words})  # "las redes firmaron" twice: three hits
    assert (info.misses, info.hits) == (distinct, len(words) - distinct)
