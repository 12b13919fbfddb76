"""A text's title whose topic a parser hangs on the verb ("endorsed the Declaration | on Safe
Passage"): the endorsement or the signature goes to the text so named, never to the page that
reports it; a date or small words after the noun are no part of a title. Every name is
invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run


def acts(gz: Gazetteer, text: str) -> set[tuple[str, str, str]]:
    ex = run(gz, "2021-04-09\n\nNews from the networks\n\n" + text)
    names = {e.key: e.name.lower() for e in ex.entities}
    return {
        (r.type, names[r.source], names.get(r.target, r.target))
        for r in ex.relations
        if r.type in ("SIGNED", "ENDORSED")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lumen Network has endorsed the Declaration on Safe Passage.",
         {("ENDORSED", "lumen network", "declaration on safe passage")}),
        ("The Lumen Network signed the Declaration on Safe Passage.",
         {("SIGNED", "lumen network", "declaration on safe passage")}),
        ("La Red Andina firmó la Declaración sobre Paso Seguro.",
         {("SIGNED", "red andina", "declaración sobre paso seguro")}),
        ("Le Réseau Lumen a signé la Déclaration sur le Passage Sûr.",
         {("SIGNED", "réseau lumen", "déclaration sur le passage sûr")}),
    ],
)  # fmt: skip
def test_the_act_goes_to_the_text_named(
    gz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert acts(gz, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Lumen Network endorsed the Declaration on Monday.",
        "The Lumen Network endorsed the Declaration on migrant children at the meeting.",
    ],
)
def test_a_date_or_small_words_make_no_title(gz: Gazetteer, text: str) -> None:
    named = {t for _, _, t in acts(gz, text)}
    assert not any(t.startswith("declaration on") for t in named), named
