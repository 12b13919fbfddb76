"""A state's dated decision and its elided repeats ("A left the pact in July 2018, B in October
and C and D in November"): each repeat is only names of states and a date, so each state
decided the same thing, on its own date. Negated, hedged and forecast decisions repeat nothing,
and a state after a date that goes on with a verb of its own is no repeat. Every text is
written for this test (EN, ES, FR). Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS as HEAD
from tests.extract.conftest import run, withdrawals


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        (
            "en",
            "Chile withdrew from the compact in December 2018, Brazil in January 2019 and "
            "Latvia and Slovakia in February.",
            {"chl": "2018-12", "bra": "2019-01", "lva": "2019-02", "svk": "2019-02"},
        ),
        (
            "en",  # nominal: a withdrawal announced, its repeats after
            "Slovakia announced its withdrawal from the pact on 26 November 2018, Israel on "
            "4 December, and Brazil in January 2019.",
            {"svk": "2018-11-26", "isr": "2018-12-04", "bra": "2019-01"},
        ),
        (
            "es",
            "Chile se retiró del pacto en diciembre de 2018, Brasil en enero de 2019 y Letonia "
            "y Eslovaquia en febrero.",
            {"chl": "2018-12", "bra": "2019-01", "lva": "2019-02", "svk": "2019-02"},
        ),
        (
            "fr",
            "Le Chili s'est retiré du pacte en décembre 2018, le Brésil en janvier 2019 et la "
            "Lettonie et la Slovaquie en février.",
            {"chl": "2018-12", "bra": "2019-01", "lva": "2019-02", "svk": "2019-02"},
        ),
    ],
)
def test_each_repeat_is_the_same_decision_on_its_own_date(
    gz: Gazetteer, lang: str, body: str, expected: dict[str, str]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    got = withdrawals(ex)
    assert set(got) == set(expected)
    for state, when in expected.items():
        if state != next(iter(expected)):  # (another reader may date the subject's sentence)
            assert got[state] == when, state


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Chile did not withdraw from the compact in December 2018, Brazil in January."),
        ("en", "Chile may withdraw from the compact in December, Brazil in January."),
        ("es", "Chile podría retirarse del pacto en diciembre, Brasil en enero."),
        ("fr", "Le Chili pourrait se retirer du pacte en décembre, le Brésil en janvier."),
    ],
)
def test_a_doubted_decision_repeats_nothing(gz: Gazetteer, lang: str, body: str) -> None:
    assert withdrawals(run(gz, HEAD[lang] + body)) == {}


def test_a_state_that_goes_on_with_its_own_verb_is_no_repeat(gz: Gazetteer) -> None:
    body = (
        "Chile withdrew from the compact in December 2018, Germany on 19 December adopted it "
        "at the General Assembly."
    )
    assert set(withdrawals(run(gz, HEAD["en"] + body))) == {"chl"}
