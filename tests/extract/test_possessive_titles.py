"""A title after a body's possessive ("the Lumen Network's Executive Director, Ana Lind") is no
part of the body's name: the person holds the title at the body. A name with a possessive of its
own ("People's Global Action") stays whole. Every name but the known coalition is invented for
this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind, the Lumen Network's Executive Director, said the compact was weak.",
        "The Lumen Network's Executive Director, Ana Lind, said the compact was weak.",
        "Ana Lind, the Lumen Network\u2019s Regional Coordinator, moderated the panel.",
    ],
)
def test_the_title_after_a_possessive_is_the_persons(gz: Gazetteer, sentence: str) -> None:
    ex = run(gz, "2024-05-02\n\n" + sentence + "\n")
    assert named(ex, "AFFILIATED_WITH") == {("ana lind", "lumen network")}, ex.relations
    orgs = {e.name.lower() for e in ex.entities if e.type == "Organization"}
    assert not any("director" in n or "coordinator" in n for n in orgs), orgs


def test_a_name_with_its_own_possessive_stays_whole(gz: Gazetteer) -> None:
    ex = run(gz, "2024-05-02\n\nThe People's Global Action met in Lima.\n")
    assert [e.id for e in ex.entities if e.type == "Coalition"] == ["pga"], ex.entities
