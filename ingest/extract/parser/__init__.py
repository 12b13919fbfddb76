"""Dependency parsing for extraction: one long-lived parser per process, started on first use."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Protocol

from ingest.extract.ud import Sentence

LANGUAGES = ("en", "es", "fr")


class Parser(Protocol):
    def parse(self, text: str, spans: list[tuple[int, int]], language: str) -> list[Sentence]:
        """UD sentences of text[start:end] for each span (offsets index `text`)."""
        ...

    def sentences(
        self, text: str, spans: list[tuple[int, int]], language: str
    ) -> Iterator[Sentence]:
        """The same sentences, as they come (a large text's parses are not all held)."""
        ...

    def tagged(self, text: str, spans: list[tuple[int, int]], language: str) -> Iterator[Sentence]:
        """Each span's sentences with parts of speech and named-entity tags (Token.ner) and no
        dependency graph."""
        ...


_LOCK = threading.Lock()
_DEFAULT: Parser | None = None


def default_parser() -> Parser:
    """The process's parser (a local CoreNLP server, provisioned and started on first use)."""
    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            from ingest.extract.parser.corenlp import CoreNLP

            _DEFAULT = CoreNLP.from_settings()
        return _DEFAULT
