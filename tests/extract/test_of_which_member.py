"""A relative clause on a group whose pronoun is the "of" of "member of" ("C, of which A is a
member", "C, de la cual A es miembro", "C, dont A est membre"): MEMBER_OF A -> C. Not when the
clause denies or hedges it."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run


def members(gz: Gazetteer, sentence: str) -> set[tuple[str, str]]:
    ex = run(gz, f"2019-05-01\n\nNetwork news\n\n{sentence}\n", "2019-05-01")
    return named(ex, "MEMBER_OF", lower=False)


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        (
            "The Coastal Workers Alliance, of which the Harbour Rights Network is a member, met "
            "in May.",
            ("Harbour Rights Network", "Coastal Workers Alliance"),
        ),
        (
            "La Alianza de Trabajadores Costeros, de la cual la Red Ribereña de Migrantes es "
            "miembro, se reunió en mayo.",
            ("Red Ribereña de Migrantes", "Alianza de Trabajadores Costeros"),
        ),
        (
            "L'Alliance des Travailleurs Côtiers, dont le Réseau des Migrants du Lac est membre, "
            "s'est réunie en mai.",
            ("Réseau des Migrants du Lac", "Alliance des Travailleurs Côtiers"),
        ),
    ],
)
def test_member_of_which(gz: Gazetteer, sentence: str, pair: tuple[str, str]) -> None:
    assert pair in members(gz, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Coastal Workers Alliance, of which the Harbour Rights Network is no longer a member, "
        "met in May.",
        "The Coastal Workers Alliance, of which the Harbour Rights Network may become a member, "
        "met in May.",
    ],
)
def test_no_member_denied_or_hedged(gz: Gazetteer, sentence: str) -> None:
    assert members(gz, sentence) == set()
