"""Headings that list a text's supporters in the words each language uses ("Organisations
supporting this statement:", "Organizaciones que apoyan esta declaración:", "Organisations
soutenant cette déclaration :"), a promise to list them later giving none. Every name is
invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

SUPPORTERS = [
    ("Joint statement on the compact\n\nWe call on all states to adopt the compact.\n\n"
     "Organisations supporting this statement:\nLumen Rights International\nBrisamar Workers "
     "Union\n", {"lumen rights international", "brisamar workers union"}),
    ("Declaración conjunta sobre el pacto\n\nPedimos a los Estados adoptar el pacto.\n\n"
     "Organizaciones que apoyan esta declaración:\nRed Lumen de Migrantes\nColectivo Brisamar\n",
     {"red lumen de migrantes", "colectivo brisamar"}),
    ("Déclaration commune sur le pacte\n\nNous appelons les États à adopter le pacte.\n\n"
     "Organisations soutenant cette déclaration :\nRéseau Brisemer\nCollectif Lumen\n",
     {"réseau brisemer", "collectif lumen"}),
    ("Joint statement on the compact\n\nWe call on all states to adopt the compact.\n\n"
     "Organisations supporting this statement may add their names by Friday.\n", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUPPORTERS)
def test_a_heading_of_supporters_lists_who_endorsed_the_text(
    gz: Gazetteer, text: str, expected: set[str]
) -> None:
    ex = run(gz, "2018-12-10\n\n" + text)
    endorsed = named(ex, "ENDORSED")
    assert {s for s, _ in endorsed} == expected, ex.relations
    assert all(t != "the compact" for _, t in endorsed)
