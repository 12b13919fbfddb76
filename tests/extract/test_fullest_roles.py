"""One tie read twice in one sentence with more and less of a title ("Minister" by one reader,
"Minister of Foreign Affairs and Trade" by another) is one relation with the fuller role. Sentences
written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("2018-11-02\n\nHungary and the Global Compact for Migration\n\nMinister of Foreign "
         "Affairs and Trade Péter Szijjártó told reporters that Hungary would stay out.\n",
         "Minister of Foreign Affairs and Trade"),
    ],
)  # fmt: skip
def test_one_tie_one_role(gz: Gazetteer, text: str, role: str) -> None:
    ex = run(gz, text)
    ties = [r for r in ex.relations if r.type == "AFFILIATED_WITH"]
    roles = [str(r.properties.get("role")) for r in ties]
    assert len({(r.source, r.target) for r in ties}) == len(ties), roles  # one per tie
    assert roles == [role]
