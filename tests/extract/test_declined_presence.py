"""A state's own word that it will not be present at a meeting ("La Suisse ne sera pas
présente à la conférence", any gender or number of "présent"; "will not be present at"):
DECLINED_TO_ATTEND. Not when it only may stay away or others ask it to."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

CONFERENCE = "marrakech-conference-2018"


def declined(gz: Gazetteer, sentence: str) -> set[str]:
    ex = run(gz, f"2018-11-21\n\nPacte mondial sur les migrations\n\n{sentence}\n", "2018-11-21")
    ents = {e.key: e for e in ex.entities}
    return {
        str(ents[r.source].id)
        for r in ex.relations
        if r.type == "DECLINED_TO_ATTEND" and ents[r.target].id == CONFERENCE
    }


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("La Norvège ne sera donc finalement pas présente au sommet de Marrakech.", "nor"),
        ("Le Pérou ne sera pas présent à la conférence de Marrakech en décembre.", "per"),
        (
            '"Les Pays-Bas ne seront pas présents à la conférence de Marrakech", a déclaré le '
            "gouvernement.",
            "nld",
        ),
        ("Peru will not be present at the Marrakech conference.", "per"),
    ],
)
def test_not_present(gz: Gazetteer, sentence: str, state: str) -> None:
    assert declined(gz, sentence) == {state}


@pytest.mark.parametrize(
    "sentence",
    [
        "La Norvège pourrait ne pas être présente au sommet de Marrakech.",
        "Des associations demandent que la Norvège ne soit pas présente au sommet de Marrakech.",
        "La Norvège sera bien présente au sommet de Marrakech.",
    ],
)
def test_no_decline_hedged_asked_or_affirmed(gz: Gazetteer, sentence: str) -> None:
    assert declined(gz, sentence) == set()
