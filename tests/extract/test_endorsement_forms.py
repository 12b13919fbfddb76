"""An endorsement said with a light verb and a noun ("gave its support to D", "brindó su apoyo a
D", "ont apporté leur soutien à D", "added its name to D"): the text the noun's oblique names is
endorsed; support given to people is no endorsement of a text, and a negation gives nothing.
Every sentence and name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

DATE = "2021-03-15\n\n"

CASES = [
    ('The Kestrel Workers Union also gave its support to the "Charter for Safe Harbours".',
     {("kestrel workers union", "charter for safe harbours")}),
    ('The Kestrel Workers Union added its name to the "Charter for Safe Harbours" on Monday.',
     {("kestrel workers union", "charter for safe harbours")}),
    ('El Servicio Jesuita a Migrantes brindó su apoyo a la "Carta por los Puertos Seguros".',
     {("servicio jesuita a migrantes", "carta por los puertos seguros")}),
    ("Le Réseau Brisemer et le Secours Populaire ont apporté leur soutien à la « Charte pour des "
     "Ports Sûrs ».",
     {("réseau brisemer", "charte pour des ports sûrs"),
      ("secours populaire", "charte pour des ports sûrs")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_support_given_to_a_text_endorses_it(
    gz: Gazetteer, sentence: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, DATE + sentence)
    ents = {e.key: e for e in ex.entities}
    got = {
        (ents[r.source].name.lower(), ents[r.target].name.lower())
        for r in ex.relations
        if r.type == "ENDORSED"
    }
    assert expected <= got, ex.relations


NOTHING = [
    "The Kestrel Workers Union gave its support to migrant workers in the port.",
    "Le Réseau Brisemer n'a pas apporté son soutien à la « Charte pour des Ports Sûrs ».",
    'El Servicio Jesuita a Migrantes podría brindar su apoyo a la "Carta por los Puertos Seguros".',
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_support_to_people_or_negated_endorses_nothing(gz: Gazetteer, sentence: str) -> None:
    ex = run(gz, DATE + sentence)
    assert not [r for r in ex.relations if r.type == "ENDORSED"], ex.relations
