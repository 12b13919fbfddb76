"""Signatures said with nouns: "among its signatories are A and B" (its: the text named before in
quotes), "entre sus firmantes figuran A", "parmi ses signataires figurent A", and "the letter
bears the signatures of A and B" (the letter: the text itself). A negated or hedged sentence
gives nothing, and signatures that are no text's give nothing. Every sentence and name is
invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

DATE = "2021-03-15\n\n"

CASES = [
    ('News\n\nThe "Charter for Safe Harbours" was published on Monday. Among its signatories '
     "are the Kestrel Workers Union and the Oxbow Legal Aid Network.\n",
     {("kestrel workers union", "charter for safe harbours"),
      ("oxbow legal aid network", "charter for safe harbours")}),
    ('Noticias\n\nLa "Carta por los Puertos Seguros" se publicó el lunes. Entre sus firmantes '
     "figuran la Fundación Brisamar y la Red Faro de Derechos.\n",
     {("fundación brisamar", "carta por los puertos seguros"),
      ("red faro de derechos", "carta por los puertos seguros")}),
    ("Nouvelles\n\nLa « Charte pour des ports sûrs » a été publiée lundi. Parmi ses signataires "
     "figurent le Réseau Brisemer et l'Association Escale.\n",
     {("réseau brisemer", "charte pour des ports sûrs"),
      ("association escale", "charte pour des ports sûrs")}),
    ("Open letter on safe harbours\n\nWe call on the European Union to open safe harbours.\n\n"
     "The letter bears the signatures of the Kestrel Workers Union and the Oxbow Legal Aid "
     "Network.\n",
     {("kestrel workers union", "open letter on safe harbours"),
      ("oxbow legal aid network", "open letter on safe harbours")}),
    ("Carta abierta sobre puertos seguros\n\nPedimos a la Unión Europea que abra puertos "
     "seguros.\n\nLa carta lleva las firmas de la Fundación Brisamar y la Red Faro de "
     "Derechos.\n",
     {("fundación brisamar", "carta abierta sobre puertos seguros"),
      ("red faro de derechos", "carta abierta sobre puertos seguros")}),
    # a generic agent whose names stand beside it ("organizaciones, entre ellas A y B")
    ('Noticias\n\nLa "Carta por los Puertos Seguros", firmada por más de 200 organizaciones, '
     "entre ellas la Fundación Brisamar y la Red Faro de Derechos, fue entregada el lunes.\n",
     {("fundación brisamar", "carta por los puertos seguros"),
      ("red faro de derechos", "carta por los puertos seguros")}),
    ('News\n\nThe "Charter for Safe Harbours" was signed by more than 200 organisations, '
     "including the Kestrel Workers Union and the Oxbow Legal Aid Network.\n",
     {("kestrel workers union", "charter for safe harbours"),
      ("oxbow legal aid network", "charter for safe harbours")}),
]  # fmt: skip


def signed(text: str, gz: Gazetteer) -> set[tuple[str, str]]:
    ex = run(gz, DATE + text)
    ents = {e.key: e for e in ex.entities}
    names = {d.id: d.title for d in ex.documents} if ex.documents else {}
    out = set()
    for r in ex.relations:
        if r.type == "SIGNED":
            target = ents[r.target].name if r.target in ents else names.get(r.target, r.target)
            out.add((ents[r.source].name.lower(), str(target).lower()))
    return out


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_signatures_said_with_nouns(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    assert signed(text, gz) == expected


NOTHING = [
    'News\n\nThe "Charter for Safe Harbours" was published on Monday. The Kestrel Workers Union '
    "is not among its signatories.\n",
    "News\n\nThe petition collected the signatures of four thousand people in the port.\n",
    'Noticias\n\nLa "Carta por los Puertos Seguros" se publicó el lunes. La Fundación Brisamar '
    "podría figurar entre sus firmantes.\n",
]


@pytest.mark.parametrize("text", NOTHING)
def test_negated_hedged_or_unnamed_signatures_give_nothing(gz: Gazetteer, text: str) -> None:
    assert signed(text, gz) == set()
