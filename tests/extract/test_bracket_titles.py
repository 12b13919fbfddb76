"""A title in brackets after a name is that name's alone, in a list of people each with their
own bracket ("A (researcher at X and member of Y), B (director of Z) and C (coordinator of
W)"): X and Y are A's, never B's or C's, whatever list a parser hangs the names in. The
people and bodies are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

CASES = [
    (
        "Speakers included Ana Vale (researcher at the Harbour Institute and member of the "
        "Coastal Workers Alliance), John Smith (director of the Riverside Legal Centre) and "
        "Maria Lopez (coordinator of the Andean Migration Network).",
        {
            ("ana vale", "harbour institute"),
            ("john smith", "riverside legal centre"),
            ("maria lopez", "andean migration network"),
        },
    ),
    (
        "Hablaron en la conferencia: Ana Valle Ortega (investigadora de CEMAP e integrante de "
        "REDIM), Marco Arenas Cedeño (director del Centro de Estudios Rurales) y Pedro Fajardo "
        "Navas (director del Centro de Derechos Humanos Tierra Viva).",
        {
            ("ana valle ortega", "cemap"),
            ("ana valle ortega", "redim"),
            ("marco arenas cedeño", "centro de estudios rurales"),
            ("pedro fajardo navas", "centro de derechos humanos tierra viva"),
        },
    ),
    (
        "Marie Dupont (chercheuse au Centre d'études rurales), Jean Martin (directeur du Réseau "
        "Solidarité Migrants) et Paul Roux (coordinateur du Collectif Frontières Ouvertes) ont "
        "pris la parole.",
        {
            ("marie dupont", "centre d'études rurales"),
            ("jean martin", "réseau solidarité migrants"),
            ("paul roux", "collectif frontières ouvertes"),
        },
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_bracketed_title_is_the_name_before_it(
    gz: Gazetteer, sentence: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2020-05-01\n\nReport of the meeting\n\n" + sentence + "\n", "2020-05-01")
    got = named(ex, "AFFILIATED_WITH")
    people = {p for p, _ in expected}
    # every post read is one the sentence gives that person, and each person's first is read
    assert {(p, o) for p, o in got if p in people} <= expected, got
    assert {p for p, _ in got} >= people, got
