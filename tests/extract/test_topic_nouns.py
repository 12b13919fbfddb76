"""A decision's noun that a text names as a topic ("the working group on return", "talks on the
withdrawal of A") states no act; the same noun as what is announced does ("A announced its
return to the compact", "The withdrawal of A from the compact was announced"). Every
organisation is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS, run


def acts(gz: Gazetteer, text: str) -> set[tuple[str, str]]:
    ex = run(gz, COMPACT_NEWS["en"] + text)
    names = {e.key: e.name.lower() for e in ex.entities}
    return {(r.type, names[r.source]) for r in ex.relations
            if r.type in ("WITHDREW_FROM", "PARTICIPATED_IN")}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lumen Network convenes the working group on return and reintegration.", set()),
        ("Ministers held talks on the withdrawal of Hungary from the compact.", set()),
        ("The United States announced its return to the compact.",
         {("PARTICIPATED_IN", "united states of america")}),
        ("The withdrawal of Hungary from the compact was announced on Monday.",
         {("WITHDREW_FROM", "hungary")}),
    ],
)  # fmt: skip
def test_a_topic_is_no_act(gz: Gazetteer, text: str, expected: set[tuple[str, str]]) -> None:
    assert acts(gz, text) == expected
