"""Where a pronoun stands for no actor: an "it" after a sentence that opens on a person who
spoke of a thing ("P welcomed the compact, saying it ... . 'It calls for X', P said": the
compact, never a state named further back); an "it" of a predicate that says nothing of anyone
("It is time to call for X", "Es hora de exigir X"). Not a limit on an "it" that follows its
body ("The network published a report. It calls for X")."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run


def stances(gz: Gazetteer, body: str) -> set[str]:
    ex = run(gz, f"2018-12-20\n\nMigration pact adopted\n\n{body}\n", "2018-12-20")
    ents = {e.key: e for e in ex.entities}
    return {ents[r.source].name for r in ex.relations if r.type == "ADVOCATES"}


@pytest.mark.parametrize(
    "body",
    [
        "The Harbour Detention Network visited the centre on Monday. It is time to call for a "
        "fairer system.",
        "La Red Ribereña de Migrantes visitó el centro. Es hora de exigir el cierre de los centros "
        "de detención.",
        "The conference took place in Marrakech, Morocco, last week. UN Secretary-General Ana "
        "Lindqvist welcomed the adoption, saying the text offers a platform for cooperation. "
        '"It calls for stronger protection of workers on the move," she said.',
    ],
)
def test_an_it_that_stands_for_no_actor(gz: Gazetteer, body: str) -> None:
    assert stances(gz, body) & {"Harbour Detention Network", "Red Ribereña de Migrantes",
                                "Morocco"} == set()  # fmt: skip


def test_an_it_that_follows_its_body(gz: Gazetteer) -> None:
    body = (
        "The Harbour Detention Network published a report. It calls for an end to child detention."
    )
    assert stances(gz, body) == {"Harbour Detention Network"}
