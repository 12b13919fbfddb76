"""An abstention told of a group the states are said to be among ("A was among the 12
countries that abstained from the vote", "Among those abstaining were A, B and C", "A estuvo
entre los países que se abstuvieron en la votación", "A fait partie des pays qui se sont
abstenus"): VOTED {vote: abstain} on the resolution the text's process is voted on, though the
sentence names only "the vote" (the act's own noun names no text). Not when the state is
denied to be among them, the abstention is only expected, or others ask for it. The states and
the resolution are the gazetteer's."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

RESOLUTION = "a-res-73-195"
TITLE = {
    "en": "The General Assembly endorses the UN migration compact",
    "es": "La Asamblea General de la ONU respalda el pacto mundial sobre migración",
    "fr": "Scrutin onusien : ce que chaque pays a choisi sur le pacte migratoire mondial",
}


def abstentions(gz: Gazetteer, lang: str, sentence: str) -> set[str]:
    ex = run(gz, f"2018-12-20\n\n{TITLE[lang]}\n\n{sentence}\n", "2018-12-20")
    ents = {e.key: e for e in ex.entities}
    return {
        str(ents[r.source].id)
        for r in ex.relations
        if r.type == "VOTED"
        and r.properties.get("vote") == "abstain"
        and ents[r.target].id == RESOLUTION
    }


@pytest.mark.parametrize(
    ("lang", "sentence", "states"),
    [
        ("en", "Australia was among 12 countries that abstained from the vote.", {"aus"}),
        ("en", "Among those abstaining were Australia, Austria and Italy.", {"aus", "aut", "ita"}),
        ("en", "Chile was one of the countries that abstained in the voting.", {"chl"}),
        ("es", "Chile estuvo entre los 12 países que se abstuvieron en la votación.", {"chl"}),
        ("es", "Italia fue uno de los países que se abstuvieron.", {"ita"}),
        ("fr", "L'Australie fait partie des 12 pays qui se sont abstenus.", {"aus"}),
        ("fr", "L'Autriche s'est abstenue lors du vote.", {"aut"}),
    ],
)
def test_a_state_among_those_that_abstained(
    gz: Gazetteer, lang: str, sentence: str, states: set[str]
) -> None:
    assert abstentions(gz, lang, sentence) == states


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Australia was not among the countries that abstained from the vote."),
        ("en", "Among those expected to abstain are Australia and Austria."),
        ("en", "Campaigners urged Australia to abstain in the vote."),
        ("es", "Chile podría abstenerse en la votación."),
        ("fr", "L'Australie pourrait s'abstenir lors du vote."),
    ],
)
def test_no_abstention_denied_expected_or_asked_for(
    gz: Gazetteer, lang: str, sentence: str
) -> None:
    assert abstentions(gz, lang, sentence) == set()
