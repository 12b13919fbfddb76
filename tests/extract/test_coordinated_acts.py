"""Two acts in one sentence, in the three languages.

A choice between two acts says no act of anyone: "A, B and C either withdrew from the compact
or voiced doubts about it" does not say which state did which, so no state's withdrawal is read
(the reading goes to the warnings); "se retiraron o expresaron reservas", "ont soit quitté le
pacte, soit annoncé leur abstention" the same. Two words for one act ("signed or endorsed") and
two acts both denied ("refused to sign or endorse", "did not sign or attend") stay facts.
A second act that has no subject nor auxiliary of its own shares the first's negation and
tense: "would not sign the compact or attend the conference" declines the conference, "will sign
the compact and attend the conference" is an attendance still to come.
Every state here is a real state (the gazetteer's); the sentences are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import COMPACT_NEWS, named, run, withdrawals

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
        "Austria, Hungría y Polonia se retiraron del pacto migratorio de la ONU o "
        "expresaron reservas.",
        set(),
    ),
    (
        "es",
        "Austria, Hungría y Polonia abandonaron el pacto migratorio de la ONU o "
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
        "Hungría no firmará el pacto migratorio de la ONU ni asistirá a la conferencia.",
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


MARRAKECH = "marrakech-conference-2018"  # (the reference id of the conference)


def at_marrakech(ex: Extraction, type_: str) -> set[str]:
    """Lower-cased names of the sources of a type's relations to the conference."""
    ents = {e.key: e for e in ex.entities}
    return {
        ents[r.source].name.lower()
        for r in ex.relations
        if r.type == type_ and ents[r.target].id == MARRAKECH
    }


# (language, sentence, states that declined the conference, states that took part in it)
SHARED = [
    (
        "en",
        "Hungary announced that it would not sign the Global Compact for Migration or attend "
        "the conference in Marrakech.",
        {"hungary"},
        set(),
    ),
    (
        "en",
        "Poland did not sign the Global Compact for Migration or send a delegation to Marrakech.",
        {"poland"},
        set(),
    ),
    (
        "en",
        "Chile will sign the Global Compact for Migration and attend the conference in Marrakech.",
        set(),
        set(),
    ),
    (
        "en",
        "Chile signed the Global Compact for Migration and attended the conference in Marrakech.",
        set(),
        {"chile"},
    ),
    (
        "es",
        "Hungría no firmará el pacto migratorio de la ONU ni asistirá a la conferencia "
        "de Marrakech.",
        {"hungary"},
        set(),
    ),
    (
        "fr",
        "La Pologne ne signera pas le Pacte mondial sur les migrations ni n'assistera à la "
        "conférence de Marrakech.",
        {"poland"},
        set(),
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "declined", "attended"), SHARED)
def test_a_second_act_shares_the_first_s_negation_and_tense(
    gz: Gazetteer, lang: str, sentence: str, declined: set[str], attended: set[str]
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence, "2018-12-05")
    assert at_marrakech(ex, "DECLINED_TO_ATTEND") == declined
    assert at_marrakech(ex, "PARTICIPATED_IN") == attended


def test_a_finite_second_act_keeps_its_own_reading(gz: Gazetteer) -> None:
    # "will not attend, and postpones": the second verb's own form, no shared negation
    sentence = (
        "Chile will not attend the conference in Marrakech, and postpones its decision on the "
        "Global Compact for Migration until parliament has voted."
    )
    ex = run(gz, COMPACT_NEWS["en"] + sentence, "2018-12-05")
    assert at_marrakech(ex, "DECLINED_TO_ATTEND") == {"chile"}
    assert {s for s, _ in named(ex, "DEFERRED_DECISION_ON")} == {"chile"}, ex.warnings


# a state that will not be there, told with a copula and an adjective, or a meeting's word
# ("la cita de <city>")
ABSENT = [
    ("es", "Chile no estará presente en la conferencia de Marrakech.", {"chile"}),
    ("es", "Austria no acudirá a la cita de Marrakech.", {"austria"}),
    ("es", "Chile estará presente en la conferencia de Marrakech.", set()),
    ("fr", "L'Italie sera absente de la conférence intergouvernementale de Marrakech.", {"italy"}),
    ("fr", "La Hongrie n'enverra aucun représentant à Marrakech.", {"hungary"}),
    # others who do the same ("as will B and C")
    (
        "en",
        "Austria will be absent from the conference in Marrakech, as will Hungary and Poland.",
        {"austria", "hungary", "poland"},
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "declined"), ABSENT)
def test_a_state_absent_from_the_conference(
    gz: Gazetteer, lang: str, sentence: str, declined: set[str]
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence, "2018-12-05")
    assert at_marrakech(ex, "DECLINED_TO_ATTEND") == declined


# an act another is thanked or praised for: the one thanked did it, never the one who thanks
THANKED = [
    (
        "en",
        "Elena Vargova thanked the Lakeside Pilots Centre for organizing the meeting.",
        "ORGANIZED",
        "lakeside pilots centre",
    ),
    (
        "en",
        "The meeting was opened by Elena Vargova, who thanked the Lakeside Pilots Centre for "
        "hosting it.",
        "HOSTED",
        "lakeside pilots centre",
    ),
    (
        "es",
        "Elena Vargova agradeció al Centro de Derechos Portuarios por organizar el encuentro.",
        "ORGANIZED",
        "centro de derechos portuarios",
    ),
    (
        "fr",
        "Elena Vargova a remercié la Ligue des Dockers Solidaires d'avoir organisé la rencontre.",
        "ORGANIZED",
        "ligue des dockers solidaires",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "type_", "doer"), THANKED)
def test_the_one_thanked_did_the_act(
    gz: Gazetteer, lang: str, sentence: str, type_: str, doer: str
) -> None:
    ex = run(gz, "2019-03-20\n\nRegional Dialogue on Harbour Labour\n\n" + sentence, "2019-03-20")
    assert {s for s, _ in named(ex, type_)} == {doer}, ex.relations
