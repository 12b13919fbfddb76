"""A body that backs another's act without being its co-author ("organised by A in partnership
with B and C", "organizado por A con la colaboración de B y C", "organisé par A en partenariat
avec B et C"; lexicon alliance_with): PARTNERED_WITH A -> B, A -> C, and only A organised the
meeting. "In collaboration with" stays a co-organiser's (ORGANIZED B too). A list of partners
goes on past a bracketed acronym and a verbless aside. Not when the meeting is only announced
or hedged."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

TITLE = "Regional forum on the rights of migrant domestic workers"


def relations(gz: Gazetteer, sentence: str) -> set[tuple[str, str, str]]:
    ex = run(gz, f"2019-05-02\n\n{TITLE}\n\n{sentence}\n", "2019-05-02")
    ents = {e.key: e for e in ex.entities}
    return {
        (r.type, ents[r.source].name, ents[r.target].name)
        for r in ex.relations
        if r.type in ("PARTNERED_WITH", "ORGANIZED")
    }


def partners(found: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, t) for kind, s, t in found if kind == "PARTNERED_WITH"}


def organisers(found: set[tuple[str, str, str]]) -> set[str]:
    return {s for kind, s, _ in found if kind == "ORGANIZED"}


@pytest.mark.parametrize(
    ("sentence", "organiser", "allies"),
    [
        (
            "The forum was organised by the Lakeside Migrant Network in partnership with the "
            "Open Borders Institute and the Riverside Workers Union.",
            "Lakeside Migrant Network",
            {"Open Borders Institute", "Riverside Workers Union"},
        ),
        (
            "El foro fue organizado por la Red Ribereña de Migrantes con la colaboración de la "
            "Fundación Horizonte Abierto y la Unión de Trabajadores del Valle.",
            "Red Ribereña de Migrantes",
            {"Fundación Horizonte Abierto", "Unión de Trabajadores del Valle"},
        ),
        (
            "Le forum est organisé par le Réseau des Migrants du Lac, en partenariat avec "
            "l'Association Horizon Ouvert et le Collectif des Travailleurs du Val.",
            "Réseau des Migrants du Lac",
            {"Association Horizon Ouvert", "Collectif des Travailleurs du Val"},
        ),
        (
            "El foro fue organizado por la Red Ribereña de Migrantes con la colaboración de la "
            "Fundación Horizonte Abierto (FHA), a través de su Programa de Movilidad Humana, y "
            "de la Unión de Trabajadores del Valle (UTV).",
            "Red Ribereña de Migrantes",
            {"Fundación Horizonte Abierto", "Unión de Trabajadores del Valle"},
        ),
    ],
)
def test_partners_of_the_organiser(
    gz: Gazetteer, sentence: str, organiser: str, allies: set[str]
) -> None:
    found = relations(gz, sentence)
    assert partners(found) == {(organiser, ally) for ally in allies}
    assert organiser in organisers(found)
    assert not organisers(found) & allies


def test_collaboration_with_stays_a_co_organiser(gz: Gazetteer) -> None:
    found = relations(
        gz,
        "The Lakeside Migrant Network organised the forum in collaboration with the Open "
        "Borders Institute.",
    )
    assert organisers(found) == {"Lakeside Migrant Network", "Open Borders Institute"}
    assert partners(found) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The forum will be organised next year by the Lakeside Migrant Network in partnership "
        "with the Open Borders Institute.",
        "The forum may be organised by the Lakeside Migrant Network in partnership with the "
        "Open Borders Institute.",
        "El foro no fue organizado por la Red Ribereña de Migrantes con la colaboración de la "
        "Fundación Horizonte Abierto.",
    ],
)
def test_no_partners_of_a_meeting_to_come_hedged_or_denied(gz: Gazetteer, sentence: str) -> None:
    assert partners(relations(gz, sentence)) == set()
