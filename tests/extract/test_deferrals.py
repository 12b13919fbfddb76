"""A state that puts off its decision on the process defers it, and does not withdraw: "left the
decision to parliament", "reservó su decisión", "laisse la décision au Parlement", "s'en remet
au Parlement". Sentences written for this test in English, Spanish and French, with the
negated and hedged ones that give nothing. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import rels, run

HEAD = {
    "en": "2018-11-30\n\nStates and the Global Compact for Migration\n\n",
    "es": "2018-11-30\n\nLos Estados y el Pacto Mundial para la Migración\n\n",
    "fr": "2018-11-30\n\nLes États et le pacte mondial sur les migrations\n\n",
}
GCM = "gcm-compact"

DEFERRED = [
    ("en", "The Norwegian government left the decision on the compact to parliament.", "nor"),
    ("en", "Finland reserved its decision on the compact until its parliament has voted.", "fin"),
    ("es", "Noruega dejó la decisión sobre el pacto en manos del parlamento.", "nor"),
    ("es", "Finlandia reservó su decisión sobre el pacto hasta el voto del parlamento.", "fin"),
    ("fr", "La Norvège laisse la décision sur le pacte au Parlement.", "nor"),
    ("fr", "La Finlande s'en remet au Parlement pour décider du pacte.", "fin"),
]


@pytest.mark.parametrize(("lang", "sentence", "state"), DEFERRED)
def test_a_decision_left_to_others_is_a_deferral_not_a_withdrawal(
    gz: Gazetteer, lang: str, sentence: str, state: str
) -> None:
    ex = run(gz, HEAD[lang] + sentence)
    assert rels(ex, "DEFERRED_DECISION_ON") == {(state, GCM)}
    assert rels(ex, "WITHDREW_FROM") == set()


NOTHING = [
    ("en", "Norway did not postpone its decision on the compact."),
    ("en", "Norway might leave the decision on the compact to parliament."),
    ("es", "Noruega podría dejar la decisión sobre el pacto en manos del parlamento."),
    ("fr", "La Norvège pourrait laisser la décision sur le pacte au Parlement."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOTHING)
def test_negated_or_hedged_deferrals_give_nothing(gz: Gazetteer, lang: str, sentence: str) -> None:
    ex = run(gz, HEAD[lang] + sentence)
    assert rels(ex, "DEFERRED_DECISION_ON") == set()
    assert rels(ex, "WITHDREW_FROM") == set()


def test_leaving_the_compact_is_still_a_withdrawal(gz: Gazetteer) -> None:
    ex = run(gz, HEAD["en"] + "Norway left the compact on Monday.")
    assert rels(ex, "WITHDREW_FROM") == {("nor", GCM)}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Norway, which chaired the talks together with Sweden, has not withdrawn from it."),
        (
            "es",
            "Noruega, que presidió las negociaciones con Suecia, no se ha retirado del pacto.",
        ),
        (
            "fr",
            "La Norvège, qui a présidé les négociations avec la Suède, ne s'est pas retirée.",
        ),
    ],
)
def test_a_negated_withdrawal_is_no_other_states_withdrawal(
    gz: Gazetteer, lang: str, sentence: str
) -> None:
    """The rules read the sentence as negated: no reader may give its withdrawal to the other
    state the sentence names."""
    assert rels(run(gz, HEAD[lang] + sentence), "WITHDREW_FROM") == set()
