"""A report's title names its meeting after words that say it is a report ("Report of the",
"Informe del", "Compte rendu du"): the meeting's name leaves them out and keeps the capitalised
words before its kind ("Lumen Regional Forum on Migration", not "Forum on Migration"). Every
name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

TITLES = [
    ("Report of the Lumen Regional Forum on Migration",
     "Ana Lind addressed the forum on Tuesday.", "Lumen Regional Forum on Migration"),
    ("Informe del Foro Regional Lumen sobre Migración",
     "En el foro, Tomás Berg tomó la palabra en nombre de la Red Lumen.",
     "Foro Regional Lumen sobre Migración"),
    ("Compte rendu du Forum régional Lumen sur les migrations",
     "Lors du forum, Karl Weyl a pris la parole au nom du Réseau Brisemer.",
     "Forum régional Lumen sur les migrations"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "body", "event"), TITLES)
def test_a_report_title_names_its_meeting(gz: Gazetteer, title: str, body: str, event: str) -> None:
    ex = run(gz, f"2019-05-14\n\n{title}\n\n{body}\n")
    ents = {e.key: e for e in ex.entities}
    spoke = [ents[r.target].name for r in ex.relations if r.type == "SPOKE_AT"]
    assert spoke == [event], ex.relations
