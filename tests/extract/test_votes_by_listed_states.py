"""A resolution adopted or endorsed in the assembly "by 152 countries, among them A and B":
each state the group lists voted for it ("entre ellos A y B", "including A", "among which was
A", "entre los que figuró A"); a state named alone as the agent ("approved by A") or a group
that lists no state gives no vote, and a negated or hedged adoption none either. Needs the
local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import rels, run

TITLES = {
    "en": "General Assembly endorses the Global Compact for Migration",
    "es": "La Asamblea General respalda el Pacto Mundial para la Migraci\u00f3n",
    "fr": "L'Assembl\u00e9e g\u00e9n\u00e9rale approuve le Pacte mondial sur les migrations",
}


def yes_votes(gz: Gazetteer, lang: str, sentence: str) -> set[str]:
    ex = run(gz, f"2018-12-20\n\n{TITLES[lang]}\n\n{sentence}\n")
    return {
        s for r in ex.relations if r.type == "VOTED" and r.properties.get("vote") == "yes"
        for s in [r.source]
    }  # fmt: skip


CASES = [
    ("en", "The compact was endorsed in the General Assembly by 152 countries, including Brazil "
     "and Chile.", {"bra", "chl"}),
    ("en", "The compact was endorsed in the General Assembly by 152 countries, among which was "
     "Brazil.", {"bra"}),
    ("es", "El Pacto Mundial fue aprobado en la Asamblea General por 152 pa\u00edses, entre ellos "
     "Brasil y Chile.", {"bra", "chl"}),
    ("es", "El Pacto Mundial fue ratificado en 2018 en la Asamblea General por 152 pa\u00edses, "
     "entre los que figur\u00f3 entonces Brasil.", {"bra"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "states"), CASES)
def test_each_listed_state_voted_yes(
    gz: Gazetteer, lang: str, sentence: str, states: set[str]
) -> None:
    assert yes_votes(gz, lang, sentence) == states


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The compact was endorsed in the General Assembly by 152 countries."),
        ("en", "The compact may be endorsed in the General Assembly by 152 countries, including "
         "Brazil and Chile."),
        ("en", "The compact was not endorsed by several countries, including Brazil and Chile."),
        ("es", "El Pacto Mundial podr\u00eda ser aprobado por 152 pa\u00edses, entre ellos Brasil "
         "y Chile."),
    ],
)  # fmt: skip
def test_no_vote_without_a_listed_state_or_a_fact(gz: Gazetteer, lang: str, sentence: str) -> None:
    assert yes_votes(gz, lang, sentence) == set()


def test_the_votes_go_to_the_resolution(gz: Gazetteer) -> None:
    ex = run(gz, f"2018-12-20\n\n{TITLES['en']}\n\n{CASES[0][1]}\n")
    assert {t for s, t in rels(ex, "VOTED")} == {"a-res-73-195"}, ex.relations


AGAINST = [
    ("en", "Hungary was one of the five countries that voted against the compact in the General "
     "Assembly.", {"hun"}),
    ("en", "Hungary and Poland were among the five countries voting against the compact in the "
     "General Assembly.", {"hun", "pol"}),
    ("es", "Hungr\u00eda fue uno de los cinco pa\u00edses que votaron en contra del pacto en la "
     "Asamblea General.", {"hun"}),
    ("es", "Hungr\u00eda y Polonia estuvieron entre los cinco pa\u00edses que votaron en contra "
     "del pacto.", {"hun", "pol"}),
    ("fr", "La Hongrie \u00e9tait l'un des cinq pays qui ont vot\u00e9 contre le pacte \u00e0 "
     "l'Assembl\u00e9e g\u00e9n\u00e9rale.", {"hun"}),
    ("fr", "La Hongrie et la Pologne figuraient parmi les cinq pays ayant vot\u00e9 contre le "
     "pacte.", {"hun", "pol"}),
    ("en", "Hungary cast one of the five votes against the Global Compact for Migration in the "
     "UN General Assembly.", {"hun"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "states"), AGAINST)
def test_states_among_those_that_voted_against_the_compact(
    gz: Gazetteer, lang: str, sentence: str, states: set[str]
) -> None:
    """ "A was one of the N countries that voted against the compact": a no vote on the
    resolution the compact was voted in."""
    ex = run(gz, f"2018-12-20\n\n{TITLES[lang]}\n\n{sentence}\n")
    votes = {
        (r.source, r.target, r.properties.get("vote")) for r in ex.relations if r.type == "VOTED"
    }
    assert votes == {(s, "a-res-73-195", "no") for s in states}, ex.relations
