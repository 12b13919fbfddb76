"""A state's decision told on someone else's word is no fact: what analysts, sources or rumours
say it will do or did ("according to analysts", "según rumores", "selon des observateurs"),
what a party leader with no post in the state says it would do ("P, the leader of the
opposition party, said that A would leave"), what it must do, and a decision said to follow a
government's taking office ("the new government would pull A out once it takes office", "una
vez que X asuma el gobierno", "dès que le gouvernement prendra ses fonctions"). The same
decision told by the state, a minister or a government spokesman, or taken after a government
took office, is one. Every person and party is invented for this test. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import rels, run

TITLE = "Global Compact for Migration: state decisions\n\n"


def withdrawals(gz: Gazetteer, sentence: str) -> set[str]:
    ex = run(gz, "2018-12-01\n\n" + TITLE + sentence + "\n")
    return {s for s, t in rels(ex, "WITHDREW_FROM") if t == "gcm-compact"}


NO_FACT = [
    # analysts, sources, rumours
    "According to analysts, Poland will leave the Global Compact for Migration.",
    "Poland, according to diplomatic sources, has withdrawn from the Global Compact for Migration.",
    "Polonia, seg\u00fan los analistas, terminar\u00e1 por retirarse del Pacto Mundial para la "
    "Migraci\u00f3n.",
    "Polonia, seg\u00fan rumores, se retir\u00f3 del Pacto Mundial para la Migraci\u00f3n.",
    "Selon des observateurs, la Pologne finira par se retirer du pacte mondial sur les migrations.",
    # a party leader with no post in the state, and what a state must do
    "Karl Brenner, the leader of the far-right Liberty Party, said on Monday that Austria would "
    "leave the Global Compact for Migration.",
    "Karl Brenner, head of the opposition Liberty Party, said in October that Austria must leave "
    "the Global Compact for Migration.",
    # a decision said to follow a government's taking office
    "Chile, por su parte, ha anunciado que abandona el pacto en marzo, una vez que Pedro Soto "
    "asuma el gobierno.",
    "L'Italie quittera le pacte d\u00e8s que le nouveau gouvernement prendra ses fonctions en "
    "janvier.",
]


@pytest.mark.parametrize("sentence", NO_FACT)
def test_a_decision_told_on_others_word_is_no_fact(gz: Gazetteer, sentence: str) -> None:
    assert withdrawals(gz, sentence) == set()


FACT = [
    ("According to the government, Poland withdrew from the Global Compact for Migration on "
     "Monday.", "pol"),
    ("Seg\u00fan el gobierno, Polonia se retir\u00f3 del Pacto Mundial para la Migraci\u00f3n.",
     "pol"),
    ("Karl Brenner, the Austrian vice-chancellor and leader of the far-right Liberty Party, said "
     "on Monday that Austria would leave the Global Compact for Migration.", "aut"),
    ("Karl Brenner, a government spokesman, said on Monday that Austria would leave the Global "
     "Compact for Migration.", "aut"),
    ("Brazil left the compact in January, after the new government took office.", "bra"),
    ("Chile abandon\u00f3 el pacto en marzo, una vez que Pedro Soto asumi\u00f3 el gobierno.",
     "chl"),
    ("L'Italie a quitt\u00e9 le pacte en janvier, apr\u00e8s que le nouveau gouvernement a pris "
     "ses fonctions.", "ita"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "state"), FACT)
def test_the_same_decision_told_by_the_state_is_one(
    gz: Gazetteer, sentence: str, state: str
) -> None:
    assert withdrawals(gz, sentence) == {state}
