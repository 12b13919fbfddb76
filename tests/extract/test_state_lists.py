"""Headings that list states by what they did about the process a text is about: withdrawals,
refusals to join and deferrals, one state per line or inline after the colon, in English,
Spanish and French. Every document is written for this test; a heading that negates or hedges
("have not withdrawn", "could withdraw", "indecisos") lists nothing. Needs the local CoreNLP
parser (the sentences around the lists are parsed)."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

GCM = "gcm-compact"


def decided(gz: Gazetteer, text: str) -> set[tuple[str, str, str, str]]:
    """(type, state, process, kind) of each withdrawal or deferral read from a list (by the
    list reader, or by the rules where the heading is a sentence with its list after a colon:
    "Refused to sign (2): A, B.")."""
    ex = run(gz, text)
    return {
        (r.type, r.source, r.target, str(r.properties.get("kind", "")))
        for r in ex.relations
        if r.type in ("WITHDREW_FROM", "DEFERRED_DECISION_ON")
        and r.method.startswith(("extracted:structure", "extracted:syntax"))
    }


LISTS = [
    (
        "2018-12-20\n\nWhere states stand on the Global Compact for Migration\n\n"
        "Countries that have withdrawn:\nNorway\nFinland\n\nStates that postponed their "
        "decision:\nDenmark\n",
        {
            ("WITHDREW_FROM", "nor", GCM, "withdrew"),
            ("WITHDREW_FROM", "fin", GCM, "withdrew"),
            ("DEFERRED_DECISION_ON", "dnk", GCM, ""),
        },
    ),
    (
        "2018-12-20\n\nWhere states stand on the Global Compact for Migration\n\n"
        "Refused to sign (2): Norway, Finland.\n",
        {
            ("WITHDREW_FROM", "nor", GCM, "will_not_join"),
            ("WITHDREW_FROM", "fin", GCM, "will_not_join"),
        },
    ),
    (
        "2018-12-20\n\nLos Estados y el Pacto Mundial para la Migración\n\n"
        "Países que se retiraron:\n- Noruega\n- Finlandia\n\n"
        "No suscribirán el pacto:\n- Dinamarca\n",
        {
            ("WITHDREW_FROM", "nor", GCM, "withdrew"),
            ("WITHDREW_FROM", "fin", GCM, "withdrew"),
            ("WITHDREW_FROM", "dnk", GCM, "will_not_join"),
        },
    ),
    (
        "2018-12-20\n\nLes États et le pacte mondial sur les migrations\n\n"
        "Pays ayant rejeté le pacte : Norvège, Finlande et Danemark.\n\n"
        "Ont reporté leur décision :\nSuède\n",
        {
            ("WITHDREW_FROM", "nor", GCM, "will_not_join"),
            ("WITHDREW_FROM", "fin", GCM, "will_not_join"),
            ("WITHDREW_FROM", "dnk", GCM, "will_not_join"),
            ("DEFERRED_DECISION_ON", "swe", GCM, ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_a_heading_lists_states_that_left_refused_or_deferred(
    gz: Gazetteer, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert decided(gz, text) == expected


NOTHING = [
    "2018-12-20\n\nThe Global Compact for Migration\n\nCountries that have not withdrawn:\n"
    "Norway\nFinland\n",
    "2018-12-20\n\nThe Global Compact for Migration\n\nCountries that could withdraw: Norway, "
    "Finland.\n",
    "2018-12-20\n\nEl Pacto Mundial para la Migración\n\nIndecisos:\nNoruega\nFinlandia\n",
    "2018-12-20\n\nLe pacte mondial sur les migrations\n\nPays qui pourraient se retirer :\n"
    "Norvège\nFinlande\n",
]


@pytest.mark.parametrize("text", NOTHING)
def test_negated_or_hedged_headings_list_no_decision(gz: Gazetteer, text: str) -> None:
    assert decided(gz, text) == set()


def votes(gz: Gazetteer, text: str) -> set[tuple[str, str]]:
    """(state, vote) of each VOTED read from a list."""
    ex = run(gz, text)
    return {
        (r.source, str(r.properties.get("vote")))
        for r in ex.relations
        if r.type == "VOTED" and r.method.startswith("extracted:structure")
    }


VOTE_HEAD = {
    "en": "2019-05-14\n\nThe Assembly adopted draft resolution A/74/L.12 by a recorded vote.\n\n",
    "es": "2019-05-14\n\nLa Asamblea aprobó el proyecto de resolución A/74/L.12 en votación "
    "registrada.\n\n",
    "fr": "2019-05-14\n\nL'Assemblée a adopté le projet de résolution A/74/L.12 par un vote "
    "enregistré.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "lists", "expected"),
    [
        ("en", "Against (list not exhaustive): Norway, Finland.\n\nCountries expected to vote "
         "against next week: Denmark, Sweden.\n", {("nor", "no"), ("fin", "no")}),
        ("en", "Abstaining:\nNorway\n\nStates that might abstain:\nDenmark\n",
         {("nor", "abstain")}),
        ("es", "En contra: Noruega, Finlandia.\n\nPaíses que podrían votar en contra: Dinamarca, "
         "Suecia.\n", {("nor", "no"), ("fin", "no")}),
        ("fr", "Contre : Norvège, Finlande.\n\nPays qui devraient voter contre : Danemark, "
         "Suède.\n", {("nor", "no"), ("fin", "no")}),
        ("fr", "Pays qui ne voteront pas contre : Danemark, Suède.\n", set()),
    ],
)  # fmt: skip
def test_a_heading_that_forecasts_hedges_or_negates_a_vote_lists_none(
    gz: Gazetteer, lang: str, lists: str, expected: set[tuple[str, str]]
) -> None:
    assert votes(gz, VOTE_HEAD[lang] + lists) == expected
