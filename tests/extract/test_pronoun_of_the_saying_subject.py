"""A pronoun subject of a clause told by a saying verb stands for that verb's own subject ("A
announced that it would not join, and B said it would not sign the compact either": B, not A;
"Hungary's government said it ..." : Hungary), never for a subject that only names a state in
passing ("critics of B said it would not sign"). Every sentence is written for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run, withdrawals

HEADS = {
    "en": "2018-12-06\n\nWho is in, who is out\n\nThe Global Compact for Migration will be "
          "adopted in Marrakech on 10 December. ",
    "fr": "2018-12-06\n\nQui signe, qui ne signe pas\n\nLe Pacte mondial sur les migrations sera "
          "adopté à Marrakech le 10 décembre. ",
}  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        case("en-second-clause", "en", "Australia announced that it would not join, and Poland "
             "said it would not sign the compact either.", {"aus", "pol"}),
        case("en-owner", "en", "Australia announced that it would not join, and Hungary's "
             "government said it would not sign the compact either.", {"aus", "hun"}),
        case("en-in-passing", "en", "Australia announced that it would not join, and critics of "
             "Poland said it would not sign the compact either.", {"aus"}),
        case("fr-second-clause", "fr", "L'Australie a annoncé qu'elle ne le rejoindrait pas, et "
             "la Pologne a déclaré qu'elle ne signerait pas le pacte non plus.", {"aus", "pol"}),
    ],
)  # fmt: skip
def test_the_saying_subject(gz: Gazetteer, lang: str, sentence: str, expected: set[str]) -> None:
    ex = run(gz, HEADS[lang] + sentence + "\n", "2018-12-06")
    assert set(withdrawals(ex)) == expected
