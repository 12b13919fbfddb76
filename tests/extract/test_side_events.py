"""An indefinite event noun with its own words is a new event, also in a report on another
event: at a conference, "the union held a panel on fair recruitment" organised that panel, not
the conference. A date after the words is no part of the name; a panel still to come gives
nothing. Every sentence and name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

CASES = [
    ("Civil society at the Marrakech conference\n\nThe Lumen Workers Union held a panel on fair "
     "recruitment on 11 December.\n", ("lumen workers union", "panel on fair recruitment")),
    ("La sociedad civil en la conferencia de Marrakech\n\nLa Fundación Brisamar organizó un "
     "taller sobre reclutamiento justo el 11 de diciembre.\n",
     ("fundación brisamar", "taller sobre reclutamiento justo")),
    ("La société civile à la conférence de Marrakech\n\nLe Réseau Brisemer a organisé un atelier "
     "sur le recrutement équitable le 11 décembre.\n",
     ("réseau brisemer", "atelier sur le recrutement équitable")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_side_event_is_organised_not_the_conference(
    gz: Gazetteer, text: str, expected: tuple[str, str]
) -> None:
    ex = run(gz, "2018-12-12\n\n" + text)
    ents = {e.key: e for e in ex.entities}
    got = {
        (ents[r.source].name.lower(), ents[r.target].name.lower())
        for r in ex.relations
        if r.type == "ORGANIZED"
    }
    assert got == {expected}, ex.relations


def test_a_side_event_still_to_come_gives_nothing(gz: Gazetteer) -> None:
    ex = run(gz, "2018-12-12\n\nCivil society at the Marrakech conference\n\nThe Lumen Workers "
                 "Union will hold a panel on fair recruitment next week.\n")  # fmt: skip
    assert not [r for r in ex.relations if r.type == "ORGANIZED"], ex.relations


HEADED = [
    ("Civil society at the Marrakech conference\n\nProtecting migrant children\n\nAt this side "
     "event on 10 December, speakers included Ana Lind and Tomas Berg.\n", "en"),
    ("La sociedad civil en la conferencia de Marrakech\n\nProteger a la niñez migrante\n\nEn este "
     "encuentro del 10 de diciembre, intervinieron Ana Lind y Tomás Berg.\n", "es"),
    ("La société civile à la conférence de Marrakech\n\nProtéger les enfants migrants\n\nLors de "
     "cet atelier du 10 décembre, Ana Lind et Tomas Berg ont pris la parole.\n", "fr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang"), HEADED)
def test_this_side_event_is_the_one_its_heading_names(gz: Gazetteer, text: str, lang: str) -> None:
    ex = run(gz, "2018-12-12\n\n" + text)
    ents = {e.key: e for e in ex.entities}
    heading = text.split("\n\n")[1].lower()
    got = {
        (ents[r.source].name.lower(), ents[r.target].name.lower())
        for r in ex.relations
        if r.type == "SPOKE_AT"
    }
    assert got and {t for _, t in got} == {heading}, (lang, ex.relations)
