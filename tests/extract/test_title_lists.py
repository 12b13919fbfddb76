"""People and their posts in one sentence's list: a semicolon parts the list's items, so a
title never reaches a name or a body across one ("the director of O, P; the president of C,
Q": C is Q's, never P's), and a second title with a name of its own after "or" is that name's
("P, the Belgian prime minister, or the German chancellor, Q": the chancellor is Q). The people
and bodies are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("The session was chaired by the director of the Harbour Institute, Tom Berg; the "
         "president of the Coastal Council, Lena Holm, and Raul Pinto, coordinator of the "
         "Migrant Forum.", {("tom berg", "coastal council")}),
        ("Abrieron el encuentro el secretario general de la Red Andina, Tomás Ibarra; la "
         "presidenta del Consejo Regional de la Red, Lucía Montes, y Raúl Pinto, coordinador "
         "del Foro Migrante.", {("tomás ibarra", "consejo regional de la red"),
                                ("lucía montes", "red andina")}),
        ("Peu de dirigeants étaient venus ce matin, parmi eux Jean Lemaire, le Premier "
         "ministre belge, ou la chancelière allemande, Greta Holm.",
         {("jean lemaire", "germany")}),
    ],
)  # fmt: skip
def test_no_post_across_a_list_item(
    gz: Gazetteer, sentence: str, wrong: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2018-12-10\n\nReport\n\n" + sentence + "\n", "2018-12-10")
    got = named(ex, "AFFILIATED_WITH")
    assert got, ex.relations  # (the sentence's posts are read)
    assert not got & wrong, got


def test_the_second_title_is_its_own_name(gz: Gazetteer) -> None:
    ex = run(gz, "2018-12-10\n\nRapport\n\nPeu de dirigeants étaient venus ce matin, parmi "
             "eux Jean Lemaire, le Premier ministre belge, ou la chancelière allemande, Greta "
             "Holm.\n", "2018-12-10")  # fmt: skip
    assert named(ex, "AFFILIATED_WITH") == {("jean lemaire", "belgium"), ("greta holm", "germany")}
