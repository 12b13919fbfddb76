"""The names after the verb of "Among the organisations that took part in E were A, B and C",
"Entre las organizaciones que participaron en E figuran A, B y C", "Parmi les organisations qui
ont participé à E figurent A et B": each took part in E, however a parser hangs the list (a
parser may read the event's noun as a verb and the list as flat words of its first name). A
negated act gives nothing. Every name is invented for this test. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

CASES = [
    ("Lima Regional Meeting on migration",
     "Among the organisations that took part in the Lima Regional Meeting were the Andean "
     "Migration Network, the Brisamar Foundation and the Lumen Association.",
     {"andean migration network", "brisamar foundation", "lumen association"},
     "lima regional meeting"),
    ("Encuentro Regional de Lima sobre migraciones",
     "Entre las organizaciones que participaron en el Encuentro Regional de Lima figuran la Red "
     "Andina de Migraciones, la Fundaci\u00f3n Brisamar y la Asociaci\u00f3n Lumen.",
     {"red andina de migraciones", "fundaci\u00f3n brisamar", "asociaci\u00f3n lumen"},
     "encuentro regional de lima"),
    ("Rencontre r\u00e9gionale de Lima sur les migrations",
     "Parmi les organisations qui ont particip\u00e9 \u00e0 la Rencontre r\u00e9gionale de Lima "
     "figurent la Fondation Brisamar et l'Association Lumen.",
     {"fondation brisamar", "association lumen"},
     "rencontre r\u00e9gionale de lima"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "sentence", "who", "event"), CASES)
def test_each_name_after_the_among_verb_took_part(
    gz: Gazetteer, title: str, sentence: str, who: set[str], event: str
) -> None:
    ex = run(gz, f"2024-05-02\n\n{title}\n\n{sentence}\n")
    assert named(ex, "PARTICIPATED_IN") == {(w, event) for w in who}, ex.relations


def test_no_participation_said_negated(gz: Gazetteer) -> None:
    sentence = (
        "Entre las organizaciones que no participaron en el Encuentro Regional de Lima figuran "
        "la Red Andina de Migraciones y la Fundaci\u00f3n Brisamar."
    )
    ex = run(gz, f"2024-05-02\n\nEncuentro Regional de Lima sobre migraciones\n\n{sentence}\n")
    assert named(ex, "PARTICIPATED_IN") == set(), ex.relations
