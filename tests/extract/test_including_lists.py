"""Who took part, named after a count of bodies and "including", "entre ellas", "parmi
lesquelles", "dont" ("Fourteen organisations took part, including A and B"): each name took
part in the meeting the text is about, however a parser hangs the list (an oblique, an object
with a preposition, a pronoun's apposition). A forecast gives nothing. Every name is invented
for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

HEAD = "2019-05-20\n\nRegional Consultation on Labour Migration\n\n"


def took_part(gz: Gazetteer, text: str) -> set[str]:
    ex = run(gz, HEAD + text)
    names = {e.key: e.name.lower() for e in ex.entities}
    return {names[r.source] for r in ex.relations if r.type == "PARTICIPATED_IN"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fourteen organisations took part, including Migrant Workers Together and the Coastal "
         "Refugee Council.", {"migrant workers together", "coastal refugee council"}),
        ("Catorce organizaciones participaron, entre ellas la Red Andina y la Alianza Costera.",
         {"red andina", "alianza costera"}),
        ("Une trentaine d'organisations y ont pris part, parmi lesquelles le Collectif "
         "Solidarité Frontières et l'Union des travailleurs migrants.",
         {"collectif solidarité frontières", "union des travailleurs migrants"}),
        ("Quatorze organisations y ont participé, dont le Réseau Lumen et l'Alliance Harbour.",
         {"réseau lumen", "alliance harbour"}),
        ("Fourteen organisations will take part, including Migrant Workers Together.", set()),
        ("Catorce organizaciones participarán, entre ellas la Red Andina.", set()),
    ],
)  # fmt: skip
def test_the_names_after_including(gz: Gazetteer, text: str, expected: set[str]) -> None:
    assert took_part(gz, text) == expected
