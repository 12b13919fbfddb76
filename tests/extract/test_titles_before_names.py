"""A title and its body set right before a person's name ("the director of O, P", "According to
the head of O, P"), also as items of a list ("... by the director of O1, P1, and the
coordinator of O2, P2"): AFFILIATED_WITH P -> O with the title as role, and never P1 with the
next item's body. A title held no more gives nothing. A Spanish speaking verb with the speakers
after it ("intervinieron la directora de O, P, y ..."): each spoke at the meeting, not when the
speaking is still to come or denied. Every name is invented for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run

HEAD = "2021-06-10\n\nAndean Forum on Migration\n\nThe forum met for two days in the city. "
HEAD_ES = (
    "2021-06-10\n\nForo Andino sobre Migración\n\nEl foro se reunió durante dos días en la ciudad. "
)


def posts(gz: Gazetteer, text: str) -> set[tuple[str, str, str]]:
    ex = run(gz, text, "2021-06-10")
    names = {e.key: e.name for e in ex.entities}
    return {
        (names[r.source], names[r.target], str(r.properties.get("role", "")).lower())
        for r in ex.relations
        if r.type == "AFFILIATED_WITH"
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("list", "The forum was opened by the director of the Andean Network, Lucía Paredes, "
             "and the coordinator of the Open Border Collective, Tomás Ruiz.",
             {("Lucía Paredes", "Andean Network", "director"),
              ("Tomás Ruiz", "Open Border Collective", "coordinator")}),
        case("clause-opening", "According to the head of the Lantern Legal Centre, Tom Berg, "
             "the law is unfair.", {("Tom Berg", "Lantern Legal Centre", "head")}),
        case("held-no-more", "The former director of the Lantern Legal Centre, Tom Berg, spoke "
             "first.", set()),
    ],
)  # fmt: skip
def test_title_of_body_before_a_name(
    gz: Gazetteer, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert posts(gz, HEAD + sentence + "\n") == expected


def speakers(gz: Gazetteer, sentence: str) -> set[str]:
    ex = run(gz, HEAD_ES + sentence + "\n", "2021-06-10")
    names = {e.key: e.name for e in ex.entities}
    return {names[r.source] for r in ex.relations if r.type == "SPOKE_AT"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("es-after-verb", "En el Foro Andino sobre Migración intervinieron la directora de la "
             "Red Andina, Lucía Paredes, y el coordinador del Colectivo Frontera Abierta, Tomás "
             "Ruiz.", {"Lucía Paredes", "Tomás Ruiz"}),
        case("es-future", "En el Foro Andino sobre Migración intervendrán la directora de la Red "
             "Andina, Lucía Paredes, y el ministro del Interior.", set()),
        case("es-negated", "En el Foro Andino sobre Migración no intervino la directora de la Red "
             "Andina, Lucía Paredes.", set()),
    ],
)  # fmt: skip
def test_speakers_after_a_spanish_verb(gz: Gazetteer, sentence: str, expected: set[str]) -> None:
    assert speakers(gz, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("en", "Also addressing the forum were the Prime Minister of Morocco, the Chancellor "
             "of Germany, Angela Merkel, and the President of Chile.",
             {("Angela Merkel", "Germany")}),
    ],
)  # fmt: skip
def test_a_name_holds_the_nearer_title(
    gz: Gazetteer, sentence: str, expected: set[tuple[str, str]]
) -> None:
    # a title with another title of a body of its own between it and the name is not the name's
    got = {(p, o) for p, o, _ in posts(gz, HEAD + sentence + "\n")}
    assert got == expected
