"""A state's decision is dated when it is told, whichever reader found it: its sentence's date,
else the date of the text that reports it. Texts written for this test. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-11-29\n\nMigrations : le pacte de l'ONU\n\nLa Suisse a décidé de reporter sa "
         "décision sur le pacte mondial sur les migrations jusqu'au vote du Parlement.\n",
         {("DEFERRED_DECISION_ON", "che", "2018-11-29")}),
        ("2018-11-29\n\nThe migration compact\n\nOn 21 November 2018 Switzerland decided to put "
         "off its decision on the Global Compact for Migration until parliament has voted.\n",
         {("DEFERRED_DECISION_ON", "che", "2018-11-21")}),
    ],
)  # fmt: skip
def test_a_decision_is_dated_when_it_is_told(
    gz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    ex = run(gz, text)
    got = {
        (r.type, r.source, str(r.properties.get("date")))
        for r in ex.relations
        if r.type in ("WITHDREW_FROM", "DEFERRED_DECISION_ON", "DECLINED_TO_ATTEND")
    }
    assert got == expected
