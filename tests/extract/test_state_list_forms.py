"""A nominal withdrawal listing states as written ("le retrait de la Hongrie, de l'Autriche et de
la Pologne": a parser may hang the later names anywhere), and the compact named by its common
names ("the Marrakech pact", "the UN migration pact", "el pacto migratorio de la ONU",
data/reference/entities.yaml) without a title that names it. A forecast about others still
gives nothing. Sentences written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import rels, run

TITLE = "Global Compact for Migration: the news\n\n"

CASES = [
    (TITLE + "Le pacte a été adopté malgré le retrait de la Hongrie, de l'Autriche et de la "
     "Pologne.", {"hun", "aut", "pol"}),
    (TITLE + "El pacto fue adoptado pese a la retirada de Hungría, de Austria y de Polonia.",
     {"hun", "aut", "pol"}),
    ("Austria will not sign the Marrakech pact, the government said on Wednesday.", {"aut"}),
    ("Austria will not sign the UN migration pact, the chancellor said on Wednesday.", {"aut"}),
    ("El gobierno de Chile no firmará el pacto migratorio de la ONU.", {"chl"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), CASES)
def test_every_state_listed_withdraws(gz: Gazetteer, text: str, states: set[str]) -> None:
    ex = run(gz, "2018-12-12\n\n" + text + "\n")
    assert rels(ex, "WITHDREW_FROM") == {(s, "gcm-compact") for s in states}, ex.relations


def test_others_forecast_about_a_pact_gives_nothing(gz: Gazetteer) -> None:
    ex = run(gz, "2018-12-12\n\nAnalysts expect Austria to leave the Marrakech pact soon.\n")
    assert not rels(ex, "WITHDREW_FROM"), ex.relations
