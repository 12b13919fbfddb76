"""A small, fast, offline language guess for EN / ES / FR from function words."""

from __future__ import annotations

import re
from collections import Counter

from ingest.extract.text import fold, fold_slice

_WORDS = {
    "en": "the and of to in is that for on with as by this are was be from at have has it which "
    "their its will not or an were been who they we our",
    "es": "el la los las de del que y en es por con para una un se su sus al lo como más pero "
    "fue han ha son está este esta entre sobre también según",
    "fr": "le la les des du de et en est que qui dans pour une un sur au aux par ne pas plus "
    "sont été ont cette ce avec elle il leur",
}
# matched on the folded text ("más" is "mas", "été" is "ete"), which the engine has already made
_SETS = {lang: set(fold(words).split()) for lang, words in _WORDS.items()}
_TOKEN = re.compile(r"[a-z']+")


def detect_language(text: str, sample: int = 20000) -> str | None:
    """ "en", "es" or "fr" by the share of each language's function words; None if unsure."""
    words = _TOKEN.findall(fold_slice(text, 0, sample))
    if len(words) < 3:
        return None
    counts = Counter(words)
    scores = {lang: sum(counts[w] for w in vocab if w in counts) for lang, vocab in _SETS.items()}
    # Words shared by two languages ("de", "la", "en") count for both: the margin decides.
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= 2 and ranked[0] < 1.2 * ranked[1]:
        return _by_letters(text[:sample], [lang for lang in scores if scores[lang] == ranked[0]])
    if ranked[0] < 2:
        return None
    return best


# letters only one of two close languages writes ("participó", "añadió"; "réunis à", "ça")
_LETTERS = {"es": set("ñáíóú¿¡"), "fr": set("èêàçùûîôëïœ")}


def _by_letters(text: str, tied: list[str]) -> str | None:
    """Of languages whose function words tie ("la ... del Sur ... en la ... de": Spanish or
    French), the one whose own accented letters the text alone writes; None if not one."""
    marked = [lang for lang in tied if lang in _LETTERS and _LETTERS[lang] & set(text)]
    return marked[0] if len(marked) == 1 else None
