"""Pure tests of the parse's small helpers: tags mapped to universal ones, and the run of a
phrase's words across a hyphen written inside a word (no parser needed: the sentence is built
by hand as the parser would give it)."""

from __future__ import annotations

from ingest.extract.parser.corenlp import upos
from ingest.extract.ud import Sentence, Token


def test_penn_tags_become_universal_and_universal_tags_stay() -> None:
    assert [upos(t) for t in ("HYPH", "NFP", "NNPS", "VBZ", "MD", "-LRB-", ",")] == [
        "PUNCT", "PUNCT", "PROPN", "VERB", "AUX", "PUNCT", "PUNCT",
    ]  # fmt: skip
    assert [upos(t) for t in ("PROPN", "DET", "AUX", "ADP", "SYM")] == [
        "PROPN", "DET", "AUX", "ADP", "SYM",
    ]  # fmt: skip


def _sentence(text: str, rows: list[tuple[str, str, int, str]]) -> Sentence:
    """rows: (word, upos, head, deprel); offsets found in text left to right."""
    tokens, at = [], 0
    for i, (word, tag, head, rel) in enumerate(rows):
        start = text.index(word, at)
        at = start + len(word)
        tokens.append(Token(i, word, word.lower(), tag, head, rel, start, at))
    return Sentence(tokens, 0, len(text))


STOP = frozenset({"punct", "acl:relcl"})
LEAD = frozenset({"DET", "ADP", "PUNCT"})


def test_a_hyphen_inside_a_word_stays_in_the_phrase() -> None:
    text = "We back a rights-based health service - now."
    sent = _sentence(text, [
        ("We", "PRON", 1, "nsubj"), ("back", "VERB", -1, "root"), ("a", "DET", 7, "det"),
        ("rights", "NOUN", 5, "obl:npmod"), ("-", "PUNCT", 5, "punct"),
        ("based", "ADJ", 7, "amod"), ("health", "NOUN", 7, "compound"),
        ("service", "NOUN", 1, "obj"), ("-", "PUNCT", 7, "punct"), ("now", "ADV", 1, "advmod"),
        (".", "PUNCT", 1, "punct"),
    ])  # fmt: skip
    run = sent.phrase(sent.tokens[7], STOP, LEAD)
    assert text[run[0].start : run[-1].end] == "rights-based health service"


def test_a_dash_between_spaces_still_ends_the_phrase() -> None:
    text = "We back health care - and more."
    sent = _sentence(text, [
        ("We", "PRON", 1, "nsubj"), ("back", "VERB", -1, "root"),
        ("health", "NOUN", 3, "compound"), ("care", "NOUN", 1, "obj"),
        ("-", "PUNCT", 3, "punct"), ("and", "CCONJ", 6, "cc"), ("more", "ADJ", 3, "conj"),
        (".", "PUNCT", 1, "punct"),
    ])  # fmt: skip
    run = sent.phrase(sent.tokens[3], STOP, LEAD)
    assert text[run[0].start : run[-1].end] == "health care"
