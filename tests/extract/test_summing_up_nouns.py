"""A noun set after a clause by a comma that sums it up ("A would not sign, a decision
criticised by B", "A no firmará, una decisión criticada por B", "A ne signera pas, une décision
critiquée par B") is no object of the verb: the process in focus is still what A will not
sign. The known meeting's names in each language ("la cumbre de Marrakech", "la conférence de
Marrakech"): a state that will not attend it declined to. Every sentence is written for this
test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS, case, run, withdrawals


@pytest.mark.parametrize(
    ("lang", "sentence", "state"),
    [
        case("en", "en", "Valmont's premier announced on Monday that Chile would not sign, a "
             "decision criticised by Mexico.", "chl"),
        case("es", "es", "El presidente anunció el lunes que Chile no firmará, una decisión "
             "criticada por México.", "chl"),
        case("fr", "fr", "Le président a annoncé lundi que le Chili ne signera pas, une décision "
             "critiquée par le Mexique.", "chl"),
    ],
)  # fmt: skip
def test_a_summing_up_noun_is_no_object(
    gz: Gazetteer, lang: str, sentence: str, state: str
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence + "\n", "2019-05-14")
    assert set(withdrawals(ex)) == {state}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        case("en-hedged", "en", "Valmont's premier said Chile might not sign, a move that "
             "surprised Mexico."),
        case("es-demand", "es", "La oposición exige que Chile no firme, una medida que México "
             "critica."),
    ],
)  # fmt: skip
def test_no_decision_when_hedged_or_demanded(gz: Gazetteer, lang: str, sentence: str) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence + "\n", "2019-05-14")
    assert withdrawals(ex) == {}


@pytest.mark.parametrize(
    ("lang", "sentence", "state"),
    [
        case("es", "es", "Chile no asistirá a la cumbre de Marrakech, informó la cancillería.",
             "chl"),
        case("fr", "fr", "La Suisse ne participera pas à la conférence de Marrakech, a indiqué "
             "le gouvernement.", "che"),
    ],
)  # fmt: skip
def test_the_meeting_named_in_each_language(
    gz: Gazetteer, lang: str, sentence: str, state: str
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence + "\n", "2019-05-14")
    ids = {e.key: e.id for e in ex.entities}
    got = {(ids[r.source], ids[r.target]) for r in ex.relations if r.type == "DECLINED_TO_ATTEND"}
    assert got == {(state, "marrakech-conference-2018")}
