"""A body that speaks during a meeting takes part in it, also where the meeting hangs on a noun
of a stretch of time ("In the course of the forum, O stressed", "En el transcurso del foro, O
destacó", "Au cours de la journée, des associations comme A et B ont exprimé ...") and with
the French verbs of expressing. Not a meeting still to come. Every name is invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run

HEADS = {
    "en": "2021-05-04\n\nAndean Forum on Migration\n\nThe Andean Forum on Migration met in "
          "Quito on 3 May. ",
    "es": "2021-05-04\n\nForo Andino sobre Migración\n\nEl Foro Andino sobre Migración se "
          "celebró en Quito el 3 de mayo. ",
    "fr": "2021-05-04\n\nForum andin sur les migrations\n\nLe Forum andin sur les migrations "
          "s'est tenu à Quito le 3 mai. ",
}  # fmt: skip


def took_part(gz: Gazetteer, lang: str, sentence: str) -> set[str]:
    ex = run(gz, HEADS[lang] + sentence + "\n", "2021-05-04")
    names = {e.key: e.name for e in ex.entities}
    return {names[r.source] for r in ex.relations if r.type == "PARTICIPATED_IN"}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        case("en-course", "en", "In the course of the forum, the Harbour Rights Network stressed "
             "that detention must end.", {"Harbour Rights Network"}),
        case("es-course", "es", "En el transcurso del foro, la Red Ribereña de Migrantes destacó "
             "que la detención debe terminar.", {"Red Ribereña de Migrantes"}),
        case("fr-course-list", "fr", "Au cours de la journée, des associations comme le Réseau des "
             "Migrants du Lac et le Collectif Frontière Ouverte ont exprimé leur inquiétude.",
             {"Réseau des Migrants du Lac", "Collectif Frontière Ouverte"}),
    ],
)  # fmt: skip
def test_bodies_speaking_during_the_meeting(
    gz: Gazetteer, lang: str, sentence: str, expected: set[str]
) -> None:
    assert took_part(gz, lang, sentence) == expected


def test_a_meeting_still_to_come(gz: Gazetteer) -> None:
    text = (
        "2021-05-04\n\nForo Andino sobre Migración\n\nEl Foro Andino sobre Migración se "
        "celebrará en Quito el 3 de junio. Durante el foro, la Red Ribereña de Migrantes "
        "presentará su informe.\n"
    )
    ex = run(gz, text, "2021-05-04")
    assert not [r for r in ex.relations if r.type == "PARTICIPATED_IN"]
