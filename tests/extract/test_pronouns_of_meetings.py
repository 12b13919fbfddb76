"""An object pronoun after a sentence that opens on a meeting ("The conference opens on Monday.
A will boycott it") stands for that meeting: a refusal to attend it (DECLINED_TO_ATTEND), never
a refusal of the process the meeting is about (WITHDREW_FROM). After a sentence on the process
itself ("The compact will be adopted on Monday. A will not sign it") the pronoun is the process.
Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS, run


def acts(gz: Gazetteer, text: str) -> set[tuple[str, str]]:
    ex = run(gz, COMPACT_NEWS["en"] + text)
    return {(r.type, r.source) for r in ex.relations
            if r.type in ("WITHDREW_FROM", "DECLINED_TO_ATTEND")}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The intergovernmental conference on the compact opens in Marrakech on Monday. "
         "Slovenia will boycott it.", {("DECLINED_TO_ATTEND", "svn")}),
        ("The intergovernmental conference on the compact opens in Marrakech on Monday. "
         "Slovenia will not attend it.", {("DECLINED_TO_ATTEND", "svn")}),
        ("The compact will be adopted in Marrakech on Monday. Slovenia will not sign it.",
         {("WITHDREW_FROM", "svn")}),
        ("The compact was adopted at the Marrakech conference in December. Hungary rejected it.",
         {("WITHDREW_FROM", "hun")}),
    ],
)  # fmt: skip
def test_what_it_stands_for(gz: Gazetteer, text: str, expected: set[tuple[str, str]]) -> None:
    assert acts(gz, text) == expected
