"""The word lists the name finder (candidates.py) and the old patterns share, read from
ingest/extract/lexicon/<language>/names.yaml: the words of every language together, since these
readers match fold(text) (lower case, no accents) whatever its language. Adding a language or a
synonym is an edit of data, not of this module.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.extract.frames import LEXICONS, read_yaml


def alt(words: str) -> str:
    """A regex alternation of |-separated phrases, longest first (spaces match any space)."""
    items = sorted({w.strip() for w in words.split("|") if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in items) + ")"


def word_set(words: str) -> frozenset[str]:
    """A set of the space-separated words of a string (long lists stay readable)."""
    return frozenset(words.split())


def _read() -> list[dict[str, Any]]:
    return [read_yaml(path) or {} for path in sorted(LEXICONS.glob("*/names.yaml"))]


_FILES = _read()


def _words(key: str) -> frozenset[str]:
    """A class's words in every language (names.yaml `key`)."""
    return frozenset(str(w) for data in _FILES for w in data.get(key) or [])


def _phrases(key: str) -> str:
    """A class's words in every language as one regex alternation (alt)."""
    return alt("|".join(sorted(_words(key))))


ORG_KEYWORDS = _words("org_words")
# A publication a body puts out under its own name ("X Network Newsletter", "Boletín de la
# Red X"): the word is no part of the body's name.
PUBLICATION_WORDS = _words("publication_words")
# "International" names an organization only near the end ("Refugees International").
TAIL_ORG_KEYWORDS = _words("org_tail_words")
# Words that name an organization only as a name's first word ("Mesa Nacional de X",
# "Casa del Migrante de Y"), never as a surname ("Ana Mesa") nor in a meeting's name ("Mesa
# Redonda sobre X", "Mesa de diálogo": a meeting's word wins).
HEAD_ORG_KEYWORDS = _words("org_head_words")
EVENT_KEYWORDS = _words("event_words")
# nouns of a backing ("avec le soutien de", "con el apoyo de"): no name's lower-case words
COMPANY_WORDS = _words("company_words")
_ROLE_PHRASES = "|".join(sorted(_words("roles")))
ROLE = alt(_ROLE_PHRASES)
# every word of a role (folded): a text without one of them holds no role
ROLE_WORDS = frozenset(re.findall(r"[a-z]+", _ROLE_PHRASES))
# each role's head: its last word before an of-phrase ("minister of foreign affairs": minister)
ROLE_HEADS = frozenset(
    re.split(r"\s+(?:of|de|del|du|des|for|para|pour)\s+", r)[0].split()[-1]
    for r in _words("roles")
    if r.strip()
)
GOV_ROLE = _phrases("government_roles")
# an abbreviation's stops may be followed by a space ("H.E." or "H. E.")
_PREFIXES = "|".join(
    r"\.\s?".join(map(re.escape, p.rstrip(".").split("."))) + r"\."
    for p in sorted(_words("honorific_prefixes"), key=len, reverse=True)
)
_TITLES = "|".join(map(re.escape, sorted(_words("honorifics"), key=len, reverse=True)))
HONORIFIC = (rf"(?:(?:{_PREFIXES})\s+)?" if _PREFIXES else "") + rf"(?:{_TITLES})\.?"
HEDGE = _phrases("hedges")
NEGATION = _phrases("negations")
STATE_NOUN = _phrases("state_nouns")
CONJ = rf"(?:{_phrases('conjunctions')}|&)"
# Event-name words of ES / FR (and English variants) -> one English form, so that "Foro Social
# Mundial de las Migraciones" and "World Social Forum on Migration" share their words.
EVENT_WORD_EN: dict[str, str] = {
    str(k): str(v) for data in _FILES for k, v in (data.get("event_words_in_english") or {}).items()
}
