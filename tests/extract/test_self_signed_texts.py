"""A text that says its signers sign it ("A and B sign this statement", "A firma la presente
declaración", "A signe la présente déclaration"): SIGNED A -> the text itself, where the text
calls itself a text and names no other one before. Not when the signing is denied, hedged or
still to come. Every name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, ends, run

HEADS = {
    "en": "2020-03-02\n\nJoint statement on pushbacks at sea\n\nPushbacks at sea break the law. ",
    "es": "2020-03-02\n\nDeclaración conjunta sobre las devoluciones en el mar\n\n"
          "Las devoluciones en el mar violan la ley. ",
    "fr": "2020-03-02\n\nDéclaration commune sur les refoulements en mer\n\n"
          "Les refoulements en mer violent le droit. ",
}  # fmt: skip


def signers(gz: Gazetteer, lang: str, sentence: str) -> set[str]:
    ex = run(gz, HEADS[lang] + sentence + "\n", "2020-03-02")
    names, itself = {e.key: e.name.lower() for e in ex.entities}, ends(ex, "document:self")
    return {names[r.source] for r in ex.relations if r.type == "SIGNED" and r.target in itself}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        case("en-list", "en",
             "The Harbour Rights Network and the Lantern Legal Centre sign this statement.",
             {"harbour rights network", "lantern legal centre"}),
        case("es-active", "es", "La Red Ribereña de Migrantes firma la presente declaración.",
             {"red ribereña de migrantes"}),
        case("es-list", "es", "La Red Ribereña de Migrantes y el Colectivo Frontera Abierta "
             "firmamos esta declaración.",
             {"red ribereña de migrantes", "colectivo frontera abierta"}),
        case("es-named-list", "es", "Las organizaciones Red Ribereña de Migrantes, Sindicato de "
             "Trabajadores Fronterizos y Centro de Apoyo al Migrante firmamos la presente "
             "declaración.", {"red ribereña de migrantes", "sindicato de trabajadores fronterizos",
                              "centro de apoyo al migrante"}),
        case("fr-active", "fr", "Le Réseau des Migrants du Lac signe la présente déclaration.",
             {"réseau des migrants du lac"}),
    ],
)  # fmt: skip
def test_signers_of_the_text_itself(
    gz: Gazetteer, lang: str, sentence: str, expected: set[str]
) -> None:
    assert signers(gz, lang, sentence) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        case("en-negated", "en", "The Harbour Rights Network will not sign this statement."),
        case("es-hedged", "es", "La Red Ribereña de Migrantes podría firmar la presente "
             "declaración."),
        case("fr-negated", "fr", "Le Réseau des Migrants du Lac ne signe pas cette déclaration."),
    ],
)  # fmt: skip
def test_no_signer_when_denied_or_hedged(gz: Gazetteer, lang: str, sentence: str) -> None:
    assert signers(gz, lang, sentence) == set()
