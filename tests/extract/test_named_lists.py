"""A list of organisations with their acronyms in brackets ("A (ACR), the B (BCR), and C"),
which a parser hangs on words inside the earlier names: every name of it is read; "president
of A and of B" names two bodies, no list of one; a list line's title ("Director") is no signer.
Every name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract import engine
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run


def sources(ex: Extraction, type_: str) -> set[str]:
    ents = {e.key: e for e in ex.entities}
    return {ents[r.source].name for r in ex.relations if r.type == type_ and r.source in ents}


LISTS = [
    ("Open letter to the ministers\n\nAmong the other signatories are the Harbour Council of "
     "Norland (HCN), the Federation of Ethnic Community Councils of Norland (FECCN), the "
     "Norland Council of Social Service (NCOSS), and Lumen International Norland.\n",
     {"Harbour Council of Norland", "Federation of Ethnic Community Councils of Norland",
      "Norland Council of Social Service", "Lumen International Norland"}),
    ("Carta abierta a los ministros\n\nEntre los demás firmantes figuran la Red Lumen de "
     "Migrantes (RLM), la Federación de Consejos Comunitarios de Brisamar (FCCB) y la "
     "Asociación Faro de Derechos.\n",
     {"Red Lumen de Migrantes", "Federación de Consejos Comunitarios de Brisamar",
      "Asociación Faro de Derechos"}),
    ("Lettre ouverte aux ministres\n\nParmi les autres signataires figurent le Réseau Lumen "
     "des Migrants (RLM), la Fédération des Conseils Communautaires de Brisemer (FCCB) et "
     "l'Association Phare des Droits.\n",
     {"Réseau Lumen des Migrants", "Fédération des Conseils Communautaires de Brisemer",
      "Association Phare des Droits"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_every_name_of_a_list_with_acronyms_signs(
    gz: Gazetteer, text: str, expected: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the rules over the parse alone (the old list patterns left out): they read the whole list
    monkeypatch.setattr(engine, "REPLACED", engine.REPLACED | {"SIGNED"})
    ex = run(gz, "2018-12-04\n\n" + text)
    assert expected <= sources(ex, "SIGNED"), ex.relations


def test_a_president_of_two_bodies_makes_no_membership(gz: Gazetteer) -> None:
    text = ("News in brief\n\nThe speakers included Mara Colt, president of the Lumen Migrant "
            "Alliance and of the Brisamar Workers Organization.\n")  # fmt: skip
    ex = run(gz, "2018-12-04\n\n" + text)
    assert not [r for r in ex.relations if r.type == "MEMBER_OF"], ex.relations


def test_a_title_on_a_list_line_signs_nothing(gz: Gazetteer) -> None:
    text = ("Open letter to the ministers\n\nWe ask you to protect migrant workers.\n\n"
            "Signatories:\nLumen Rights International (Belgium)\nAna Lind, Director, Lumen Aid\n"
            "Tomas Berg, Policy Officer, Brisamar Workers Union\n")  # fmt: skip
    ex = run(gz, "2018-12-04\n\n" + text)
    signed = sources(ex, "SIGNED")
    assert "Lumen Rights International" in signed, ex.relations
    assert not {"Director", "Policy Officer"} & signed, ex.relations
    assert not any(e.name in ("Director", "Policy Officer") for e in ex.entities if
                   any(r.source == e.key for r in ex.relations))  # fmt: skip
