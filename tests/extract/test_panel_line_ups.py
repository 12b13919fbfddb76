"""A panel that brings people together ("The afternoon panel brought together A of O1 and B",
"La mesa redonda de la tarde reunió a A, de O1, y a B, de O2"): each person spoke at the
meeting as a panelist (the people are who, never where: the meeting is the one in focus). Not
a panel still to come. Every name is invented for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run

HEADS = {
    "en": "2021-05-04\n\nAndean Forum on Migration\n\nThe Andean Forum on Migration met in "
          "Quito on 3 May. ",
    "es": "2021-05-04\n\nForo Andino sobre Migración\n\nEl Foro Andino sobre Migración se "
          "celebró en Quito el 3 de mayo. ",
}  # fmt: skip


def panelists(gz: Gazetteer, lang: str, sentence: str) -> set[tuple[str, str]]:
    ex = run(gz, HEADS[lang] + sentence + "\n", "2021-05-04")
    names = {e.key: e.name for e in ex.entities}
    return {
        (names[r.source], str(r.properties.get("role")))
        for r in ex.relations
        if r.type == "SPOKE_AT"
    }


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        case("en-brought-together", "en", "The afternoon panel brought together Ana Lind of "
             "the Harbour Rights Network.", {("Ana Lind", "panelist")}),
        case("es-reunio", "es", "La mesa redonda de la tarde reunió a Ana Lind, de la Red "
             "Ribereña, y a Tomás Ruiz, del Colectivo Frontera Abierta.",
             {("Ana Lind", "panelist"), ("Tomás Ruiz", "panelist")}),
        case("es-to-come", "es", "La mesa redonda de mañana reunirá a Ana Lind, de la Red "
             "Ribereña, y a Tomás Ruiz, del Colectivo Frontera Abierta.", set()),
    ],
)  # fmt: skip
def test_a_panel_line_up(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert panelists(gz, lang, sentence) == expected
