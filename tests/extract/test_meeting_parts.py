"""A part of a meeting spoken at ("addressed the plenary of the forum", "intervino en la sesión
plenaria", "a pris la parole lors de la séance d'ouverture"): the meeting it is part of, named
after "of" or the one the text is about; a part of another meeting, or a talk still to come,
gives no speech at this one. Every name is invented for this test. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

PARTS = [
    ("Lumen Regional Forum on Migration", "Ana Lind addressed the plenary of the forum on Tuesday.",
     {("Ana Lind", "Lumen Regional Forum on Migration")}),
    ("Foro Regional Lumen sobre Migración",
     "Tomás Berg intervino en la sesión plenaria del foro el martes.",
     {("Tomás Berg", "Foro Regional Lumen sobre Migración")}),
    ("Forum régional Lumen sur les migrations",
     "Karl Weyl a pris la parole lors de la séance plénière du forum mardi.",
     {("Karl Weyl", "Forum régional Lumen sur les migrations")}),
    ("Lumen Regional Forum on Migration",
     "Ana Lind will address the closing plenary of the forum next week.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body", "expected"), PARTS)
def test_a_part_of_a_meeting_is_spoken_at_in_that_meeting(
    gz: Gazetteer, title: str, body: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, f"2019-05-14\n\n{title}\n\n{body}\n")
    assert named(ex, "SPOKE_AT", lower=False) == expected, ex.relations
