"""Who acts in a clause hung on a passive verb: "A was criticised for leaving P" (A left), and
for a verb of joining its agents too: "A and B were joined by C and D in rejecting P", "A et B
ont été rejoints par C et D pour rejeter le pacte" (all four rejected it; lexicon join_group).
A demand in the passive ("A was urged by NGOs to leave P") and a guess ("A was expected to
leave P") stay no fact. Every text is written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS as HEAD
from tests.extract.conftest import run, withdrawals


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Chile was sharply criticised for leaving the compact.", {"chl"}),
        ("en", "Chile was praised by its allies after refusing to sign the compact.", {"chl"}),
        (
            "en",
            "Chile and Brazil were later joined by Latvia and Slovakia in rejecting the compact.",
            {"chl", "bra", "lva", "svk"},
        ),
        ("en", "Chile was joined by Latvia in refusing to sign the compact.", {"chl", "lva"}),
        (
            "fr",
            "Le Chili et le Brésil ont été rejoints par la Lettonie et la Slovaquie pour rejeter "
            "le pacte.",
            {"chl", "bra", "lva", "svk"},
        ),
        ("en", "Chile was urged by the bishops to leave the compact.", set()),
        ("en", "Chile was widely expected to leave the compact.", set()),
    ],
)
def test_a_clause_on_a_passive_verb(
    gz: Gazetteer, lang: str, body: str, expected: set[str]
) -> None:
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == expected
