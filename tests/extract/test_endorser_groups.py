"""Who endorsed a text, named through a group: "endorsed by a large number of organisations
including A, B and C", "by several networks in the region such as A", "Among the networks that
endorsed it were A, B and C" (a parser may read the verb as the copular clause's subject),
"Entre las redes que respaldaron la declaración estaban A, B y C", "approuvée par plusieurs
organisations, comme A et B". Each named body endorsed the text; a negated or hedged act gives
nothing. Every name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

TITLES = {
    "en": "Open letter on the rights of fishers at sea",
    "es": "Carta abierta sobre los derechos de los pescadores en el mar",
    "fr": "Lettre ouverte sur les droits des p\u00eacheurs en mer",
}


def endorsers(gz: Gazetteer, sentence: str) -> set[str]:
    lang = "es" if "carta" in sentence else "fr" if "lettre" in sentence else "en"
    ex = run(gz, f"2024-05-02\n\n{TITLES[lang]}\n\n{sentence}\n")
    return {s for s, _ in named(ex, "ENDORSED")}


CASES = [
    ("It was also endorsed by a large number of organisations including the Lumen Network of "
     "Migrant Workers (LNMW), the Harbour Coalition for Refugee Rights (HCRR) and Brisamar "
     "Foundation.",
     {"lumen network of migrant workers", "harbour coalition for refugee rights",
      "brisamar foundation"}),
    ("The letter has also been endorsed by several networks in the region such as the Lumen "
     "Network of Migrant Workers (LNMW).",
     {"lumen network of migrant workers"}),
    ("Among the networks that endorsed it and shared the letter early were the Lumen Coalition "
     "for Migrant Rights (LCMR), the Harbour Refugee Alliance (HRA) and Brisamar Foundation.",
     {"lumen coalition for migrant rights", "harbour refugee alliance", "brisamar foundation"}),
    ("Among the organisations that have endorsed the letter are the Lumen Network of Migrant "
     "Workers (LNMW), the Harbour Coalition for Refugee Rights (HCRR) and Brisamar Foundation.",
     {"lumen network of migrant workers", "harbour coalition for refugee rights",
      "brisamar foundation"}),
    ("Entre las redes que respaldaron la carta estaban la Coalici\u00f3n Lumen por los Derechos "
     "de los Migrantes (CLDM), la Alianza Harbour para los Refugiados (AHR) y la Fundaci\u00f3n "
     "Brisamar.",
     {"coalici\u00f3n lumen por los derechos de los migrantes",
      "alianza harbour para los refugiados", "fundaci\u00f3n brisamar"}),
    ("La carta fue respaldada por numerosas organizaciones, entre ellas la Coalici\u00f3n Lumen "
     "por los Derechos de los Migrantes (CLDM) y la Fundaci\u00f3n Brisamar.",
     {"coalici\u00f3n lumen por los derechos de los migrantes", "fundaci\u00f3n brisamar"}),
    ("La lettre a \u00e9t\u00e9 approuv\u00e9e par plusieurs organisations de la r\u00e9gion, "
     "comme l'Alliance Harbour et la Fondation Brisamar.",
     {"alliance harbour", "fondation brisamar"}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "who"), CASES)
def test_each_body_a_group_names_endorsed(gz: Gazetteer, sentence: str, who: set[str]) -> None:
    assert endorsers(gz, sentence) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not endorsed by organisations such as the Lumen Network of Migrant Workers.",
        "It may be endorsed by several networks such as the Lumen Network of Migrant Workers.",
        "Among the networks that did not endorse the letter were the Lumen Coalition for Migrant "
        "Rights (LCMR) and the Harbour Refugee Alliance (HRA).",
        "Among the networks that may endorse the letter are the Lumen Coalition for Migrant "
        "Rights (LCMR) and the Harbour Refugee Alliance (HRA).",
    ],
)
def test_no_endorsement_negated_or_hedged(gz: Gazetteer, sentence: str) -> None:
    assert endorsers(gz, sentence) == set()
