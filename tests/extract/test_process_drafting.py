"""A state that took part in making a process's text ("Hungary had participated in the drafting
of the compact", "Poland negotiated the text of the compact", "Italy helped to draft the
compact", "the compact was negotiated by 192 countries, including A and B", "La Suisse a joué
un rôle clé dans la rédaction du pacte"): PARTICIPATED_IN the process. Not when denied, hedged,
still to come or someone else's view of what it should have done."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS, case, run


def took_part(gz: Gazetteer, lang: str, sentence: str) -> set[str]:
    ex = run(gz, COMPACT_NEWS[lang] + sentence + "\n", "2019-05-14")
    ids = {e.key: e.id for e in ex.entities}
    return {
        str(ids[r.source])
        for r in ex.relations
        if r.type == "PARTICIPATED_IN" and ids[r.target] == "gcm-compact"
    }


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        case("en-drafting", "en", "Hungary had participated in the drafting of the compact until "
             "July.", {"hun"}),
        case("en-negotiated", "en", "Poland negotiated the text of the compact with the other "
             "member states.", {"pol"}),
        case("en-helped", "en", "Italy helped to draft the compact.", {"ita"}),
        case("en-passive-list", "en", "The compact was negotiated by 192 countries, including "
             "Austria and Hungary.", {"aut", "hun"}),
        case("en-role", "en", "Switzerland played a key role in drafting the compact.", {"che"}),
        case("fr-role", "fr", "La Suisse a joué un rôle clé dans la rédaction du pacte.", {"che"}),
        case("es-negotiations", "es", "Chile participó en las negociaciones del pacto durante "
             "dos años.", {"chl"}),
    ],
)  # fmt: skip
def test_states_that_made_the_text(
    gz: Gazetteer, lang: str, sentence: str, expected: set[str]
) -> None:
    assert took_part(gz, lang, sentence) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        case("en-negated", "en", "Poland did not negotiate the text of the compact."),
        case("en-hedged", "en", "Poland may help draft the compact."),
        case("en-others-view", "en", "Critics say Poland should have negotiated the compact."),
        case("en-future", "en", "Poland will negotiate the compact."),
    ],
)  # fmt: skip
def test_no_part_when_denied_hedged_or_to_come(gz: Gazetteer, lang: str, sentence: str) -> None:
    assert took_part(gz, lang, sentence) == set()
