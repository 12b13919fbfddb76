"""The lexicons are read once per process (every unit of every text asks for them), and the
classes read over every language hold each language's words."""

from __future__ import annotations

from ingest.extract.frames import lexicon, words_in_every_language


def test_a_languages_lexicon_is_read_once() -> None:
    assert lexicon("en") is lexicon("en")
    assert lexicon("fr") is lexicon("fr")


def test_a_class_over_every_language_holds_each_languages_words() -> None:
    negation = words_in_every_language("negation")
    assert {"not", "no", "pas"} <= negation  # English, Spanish, French
    assert words_in_every_language("negation") is negation
    assert {"later", "luego", "ensuite"} <= words_in_every_language("sentence_adverbs")
