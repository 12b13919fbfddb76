"""A pronoun or a possessive at the head of a sentence names what the sentences before speak
of, read back over those that open with a stand-in themselves ("It was founded ...", "Our
members include ...", "The network is coordinated ..."), not the last body they name; the
nearest sentence that names a body plainly wins ("The Lumen Legal Clinic joined it in 2015.
Its director is P"). Every name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run


def pairs(gz: Gazetteer, text: str, type_: str) -> set[tuple[str, str]]:
    ex = run(gz, "2021-04-09\n\n" + text)
    names = {e.key: e.name.lower() for e in ex.entities}
    return {(names[r.source], names[r.target]) for r in ex.relations if r.type == type_}


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("The Harbour Migrant Rights Network is a coalition of 22 organisations. It was founded "
         "in 2012 in Valmont.\n\nOur members include the Lumen Legal Clinic and the Coastal "
         "Refugee Council.\n\nThe network is coordinated by a steering committee. Its current "
         "chair is Rita Kovac.", "AFFILIATED_WITH",
         {("rita kovac", "harbour migrant rights network")}),
        ("The Harbour Migrant Rights Network is a coalition of 22 organisations. The Lumen Legal "
         "Clinic joined it in 2015. Its director is Rita Kovac.", "AFFILIATED_WITH",
         {("rita kovac", "lumen legal clinic")}),
        ("Le Parti du progrès a tenu son congrès samedi. Il a élu un nouveau bureau. Il a adopté "
         "une motion sur l'asile. Mercredi, il a plaidé pour la fermeture des centres de "
         "rétention.", "ADVOCATES",
         {("parti du progrès", "fermeture des centres de rétention")}),
    ],
)  # fmt: skip
def test_a_chain_of_stand_ins(
    gz: Gazetteer, text: str, type_: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(gz, text, type_) == expected
