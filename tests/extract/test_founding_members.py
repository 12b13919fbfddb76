"""Members said with a qualified noun ("A and B are founding members of the alliance", "son
miembros fundadores de la red", "sont membres fondateurs du réseau"), where a parser reads the
adjective as a verb ("are founding") or hangs the "of" phrase on it: members of the network the
noun names; a negated or hedged one gives nothing, and "is founding a network" is no
membership. Every name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

EN = "The Lumen Migrant Alliance is a network of migrant groups. "
ES = "La Red Lumen de Migrantes reúne a colectivos de todo el país. "
FR = "Le Réseau Brisemer rassemble des associations de tout le pays. "
CASES = [
    (EN + "The Harbour Workers Union and the Saltmarsh Rights Network are founding members of "
     "the alliance.", {("Harbour Workers Union", "Lumen Migrant Alliance"),
                       ("Saltmarsh Rights Network", "Lumen Migrant Alliance")}),
    (ES + "La Asociación Faro y el Colectivo Brisamar son miembros fundadores de la red.",
     {("Asociación Faro", "Red Lumen de Migrantes"),
      ("Colectivo Brisamar", "Red Lumen de Migrantes")}),
    (FR + "L'Association Phare et le Collectif Lumen sont membres fondateurs du réseau.",
     {("Association Phare", "Réseau Brisemer"), ("Collectif Lumen", "Réseau Brisemer")}),
    (EN + "The Harbour Workers Union is not a founding member of the alliance.", set()),
    (ES + "La Asociación Faro podría ser miembro fundador de la red.", set()),
    (EN + "The Harbour Workers Union is founding a new network.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_founding_members_are_members(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-05-14\n\nNews from the network\n\n" + text + "\n")
    assert named(ex, "MEMBER_OF", lower=False) == expected, ex.relations
