"""Where a list of acting states begins and ends: a name with a preposition before the list
("Unlike A, B and C left", "A diferencia de A, B y C abandonaron", "Contrairement à A, B et C
ont quitté") is no actor, whichever reader sees the list (an old pattern's reading of it gives
way to the rules'); a floating "all" or a parser's verb "have" between the list and its verb
still leaves the list the verb's. Every text is written for this test (EN, ES, FR). Needs the
local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS as HEAD
from tests.extract.conftest import run, withdrawals


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Unlike Norway, Chile and Latvia left the compact.", {"chl", "lva"}),
        (
            "en",
            "In contrast to Norway, Chile and Latvia have pulled out of the compact.",
            {"chl", "lva"},
        ),
        ("en", "Chile, Latvia and Brazil have all left the compact.", {"chl", "lva", "bra"}),
        (
            "en",
            "Chile (which left in December), Latvia, Brazil and Slovakia have all withdrawn "
            "from the compact.",
            {"chl", "lva", "bra", "svk"},
        ),
        ("es", "A diferencia de Noruega, Chile y Letonia abandonaron el pacto.", {"chl", "lva"}),
        (
            "fr",
            "Contrairement à la Norvège, le Chili et la Lettonie ont quitté le pacte.",
            {"chl", "lva"},
        ),
    ],
)
def test_the_list_that_acts(gz: Gazetteer, lang: str, body: str, expected: set[str]) -> None:
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == expected
