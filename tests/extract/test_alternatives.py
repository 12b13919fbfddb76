"""A choice between two acts says no act of anyone: "A, B and C either withdrew from the compact
or voiced doubts about it" does not say which state did which, so no state's withdrawal is read
(the reading goes to the warnings); "se retiraron o expresaron reservas", "ont soit quitté le
pacte, soit annoncé leur abstention" the same. Two words for one act ("signed or endorsed") and
two acts both denied ("refused to sign or endorse", "did not sign or attend") stay facts.
Every state here is a real state (the gazetteer's); the sentences are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS, run, withdrawals

# (language, sentence, the states whose withdrawal is read)
CHOICES = [
    (
        "en",
        "Austria, Hungary and Poland have either withdrawn from the Global Compact for "
        "Migration or expressed reservations about it.",
        set(),
    ),
    (
        "en",
        "Austria, Hungary and Poland have pulled out of the Global Compact for Migration or "
        "are considering doing so.",
        set(),
    ),
    (
        "en",
        "Austria, Hungary, Poland and Italy either refused to sign the Global Compact for "
        "Migration or said they would abstain.",
        set(),
    ),
    (
        "es",
        "Austria, Hungría y Polonia se retiraron del Pacto Mundial para la Migración o "
        "expresaron reservas.",
        set(),
    ),
    (
        "es",
        "Austria, Hungría y Polonia abandonaron el Pacto Mundial para la Migración o "
        "anunciaron que se abstendrían en la votación.",
        set(),
    ),
    (
        "fr",
        "L'Autriche, la Hongrie et la Pologne se sont retirées du Pacte mondial sur les "
        "migrations ou ont exprimé des réserves.",
        set(),
    ),
    (
        "fr",
        "L'Autriche, la Hongrie et la Pologne ont soit quitté le Pacte mondial sur les "
        "migrations, soit annoncé leur abstention.",
        set(),
    ),
    (
        "en",
        "Austria, Hungary, Poland and Italy are among the countries that have either "
        "refused to sign the pact or expressed reservations about it.",
        set(),
    ),
    (
        "en",
        "Several governments, including Austria, Hungary, Poland and Italy, have either "
        "refused to sign the pact or expressed strong reservations.",
        set(),
    ),
    (
        "en",
        "Austria, Hungary, Poland, Italy and Chile refused to sign it or voiced concerns.",
        set(),
    ),
    (
        "en",
        "The pact has been rejected or questioned by Austria, Hungary, Poland and Italy.",
        set(),
    ),
    # the same act in two words, and both acts denied: facts
    (
        "en",
        "Austria and Hungary withdrew or pulled out of the Global Compact for Migration.",
        {"aut", "hun"},
    ),
    ("en", "Hungary refused to sign or endorse the Global Compact for Migration.", {"hun"}),
    (
        "es",
        "Hungría no firmará el Pacto Mundial para la Migración ni asistirá a la conferencia.",
        {"hun"},
    ),
    # an "or" inside a name or between two others is no choice of the act
    (
        "en",
        "Austria and Hungary withdrew from the Global Compact for Migration, while Italy "
        "postponed its decision or its vote.",
        {"aut", "hun"},
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "states"), CHOICES)
def test_one_of_two_acts_is_no_fact(
    gz: Gazetteer, lang: str, sentence: str, states: set[str]
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence, "2019-05-14")
    assert set(withdrawals(ex)) == states, ex.relations
    if not states:
        assert any("not taken" in w and "WITHDREW_FROM" in w for w in ex.warnings), ex.warnings
