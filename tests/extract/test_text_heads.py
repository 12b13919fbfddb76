"""Who wrote a text, as its head says: a kind of text on a line of its own ("JOINT MEDIA
RELEASE", "Declaración pública", "Déclaration publique") and the names under it, a person's
title line under the person passed over, letters after a name ("MP", "QC") no part of it.
Every name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run


def authors(ex: Extraction) -> set[str]:
    ents = {e.key: e for e in ex.entities}
    own = {d.id for d in ex.documents}
    return {
        ents[r.source].name for r in ex.relations if r.type == "AUTHORED" and r.target in own
    } | {ents[r.source].name for r in ex.relations if r.type == "AUTHORED" and r.target in ents
         and ents[r.target].type == "Document"}  # fmt: skip


HEADS = [
    ("JOINT MEDIA RELEASE\n\nThe Hon Kara Lind MP\nMinister for Home Affairs\n\nSenator the Hon "
     "Tom Berg QC\nMinister for Foreign Affairs\n\nNorland will not sign the compact\n\nThe "
     "Government has decided that Norland will not sign the compact.\n",
     {"Kara Lind", "Tom Berg"}),
    ("PUBLIC STATEMENT\n\nLumen Rights International\n\nStates must put the compact to work\n\n"
     "On International Migrants Day, Lumen Rights International calls on states to act.\n",
     {"Lumen Rights International"}),
    ("Declaración pública\n\nRed Lumen de Migrantes\n\nLos Estados deben cumplir el pacto\n\n"
     "En el Día Internacional del Migrante, la Red Lumen de Migrantes pide a los Estados "
     "actuar.\n", {"Red Lumen de Migrantes"}),
    ("Déclaration publique\n\nRéseau Brisemer des Droits\n\nLes États doivent appliquer le "
     "pacte\n\nEn ce jour, le Réseau Brisemer des Droits appelle les États à agir.\n",
     {"Réseau Brisemer des Droits"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_the_names_under_a_kind_of_text_wrote_it(
    gz: Gazetteer, text: str, expected: set[str]
) -> None:
    ex = run(gz, "2018-12-18\n\n" + text)
    assert authors(ex) == expected, ex.relations


def test_a_statement_quoted_in_a_report_has_no_head(gz: Gazetteer) -> None:
    text = ("News from the network\n\nOn Monday, Lumen Rights International issued a public "
            "statement calling on states to act.\n")  # fmt: skip
    ex = run(gz, "2018-12-18\n\n" + text)
    assert authors(ex) == set(), ex.relations
