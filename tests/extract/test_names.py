"""The entity layer's names of people and organizations, on sentences written for these tests:
initials, particles and suffixes in a person's name, a list of names that shares one cue, an
organization named after the people who belong to it, new abbreviations; and the date a text
gives to those who sign it."""

from __future__ import annotations

from ingest.extract.candidates import (
    NAME,
    Spans,
    acronym_candidates,
    org_event_candidates,
    person_candidates,
)
from ingest.extract.engine import _fuzzy
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.resolve import Ent
from tests.extract.conftest import run


def names(text: str) -> list[str]:
    return [m.group() for m in NAME.finditer(text)]


def test_a_name_may_have_initials_particles_and_a_suffix() -> None:
    assert names("the floor to Harriet Q. Lindqvist, Jr., who") == ["Harriet Q. Lindqvist, Jr."]
    assert names("Pieter van der Kolk spoke.") == ["Pieter van der Kolk"]
    assert names("Lucía de la Fuente habló.") == ["Lucía de la Fuente"]
    assert names("Odile M. R. Ferrand a parlé.") == ["Odile M. R. Ferrand"]


def test_a_conjunction_separates_two_people() -> None:
    assert names("Tomas Berg and Ilse Varga met.") == ["Tomas Berg", "Ilse Varga"]
    assert names("Rosa Quispe y Mario Lenz") == ["Rosa Quispe", "Mario Lenz"]


def people(gz: Gazetteer, text: str) -> list[str]:
    taken = Spans(len(text))
    return [e.name for e in person_candidates(text, 0, len(text), taken, _fuzzy(gz))]


def test_a_list_of_names_shares_the_cue_of_one_of_them(gz: Gazetteer) -> None:
    # the organization in brackets after the last name is the list's
    text = "Tomas Berg, Ilse Varga and Pieter van der Kolk (NTN) spoke."
    assert people(gz, text) == ["Tomas Berg", "Ilse Varga", "Pieter van der Kolk"]
    # the cue before the first ("speakers were") is the list's too
    text = "Speakers were Tomas Berg, Ilse Varga and Pieter van der Kolk."
    assert people(gz, text) == ["Tomas Berg", "Ilse Varga", "Pieter van der Kolk"]
    text = "El panel fue moderado por Rosa Quispe y Mario Lenz ante doscientas personas."
    assert people(gz, text) == ["Rosa Quispe", "Mario Lenz"]
    # names that no cue touches are no one's
    assert people(gz, "Tomas Berg and Ilse Varga walked to Lake Ontario Park.") == []


def test_a_name_broken_by_a_sentence_is_no_list(gz: Gazetteer) -> None:
    text = "Tomas Berg went home. Ilse Varga, director of the fund, stayed."
    assert people(gz, text) == ["Ilse Varga"]


def orgs(gz: Gazetteer, text: str) -> list[tuple[str, str]]:
    taken = Spans(len(text))
    return [(e.name, e.type) for e in org_event_candidates(text, 0, len(text), _fuzzy(gz), taken)]


def test_an_organization_named_after_its_people_starts_after_them(gz: Gazetteer) -> None:
    text = "Tomas Berg and Ilse Varga of the Northern Tenants Network spoke first."
    assert orgs(gz, text) == [("Northern Tenants Network", "Organization")]
    text = "Rosa Quispe y Mario Lenz de la Red de Casas del Migrante hablaron."
    assert orgs(gz, text) == [("Red de Casas del Migrante", "Organization")]
    # a name whose head is a keyword keeps its "of"
    text = "The Council of Tenant Associations met."
    assert orgs(gz, text) == [("Council of Tenant Associations", "Organization")]


def acronyms(text: str, known: list[Ent] | None = None) -> list[tuple[str, str, str]]:
    taken = Spans(len(text), [(e.start, e.end) for e in known or []])
    found = acronym_candidates(text, 0, len(text), taken, known or [])
    return [(e.text, e.name, e.type) for e in found]


def test_an_abbreviation_used_twice_is_a_new_organization() -> None:
    text = "L'ABVQ a salué la décision. Pour l'ABVQ, c'est un progrès; le MRX-12.4 aussi."
    assert acronyms(text) == [
        ("ABVQ", "ABVQ", "Organization"),
        ("ABVQ", "ABVQ", "Organization"),
    ]  # once is not enough: MRX-12.4 stays unread


def test_an_abbreviation_that_spells_a_new_names_alias_is_that_name() -> None:
    text = "The Northern Tenants Network (NTN) met. Later NTN wrote to the mayor."
    ntn = Ent(4, 28, "Northern Tenants Network", "candidate:northern-tenants-network", None,
              "Northern Tenants Network", "Organization", 0.7, "candidate", ("NTN",))  # fmt: skip
    found = acronym_candidates(text, 0, len(text), Spans(len(text), [(4, 28)]), [ntn])
    assert {(e.text, e.key) for e in found} == {("NTN", "candidate:northern-tenants-network")}
    assert len(found) == 2  # "(NTN)" and "NTN"


def test_common_abbreviations_headings_and_surnames_in_capitals_name_no_organization() -> None:
    assert acronyms("The NGO said so. Another NGO agreed. HIV and HIV.") == []
    assert acronyms("PRESS RELEASE: ABVQ AND ABVQ WELCOME THE LAW\nText.") == []
    assert acronyms("Ana LÓPEZ spoke; later Ana LÓPEZ left.") == []


def test_signing_the_text_itself_is_dated_by_the_text(gz: Gazetteer) -> None:
    text = (
        "2020-06-12\n\nOpen letter on seasonal workers\n\nWe ask the ministry to act.\n\n"
        "Signatories:\nAmnesty International\nPICUM\n"
    )
    ex = run(gz, text)
    signed = [r for r in ex.relations if r.type == "SIGNED"]
    assert len(signed) == 2
    assert {r.properties.get("date") for r in signed} == {"2020-06-12"}


def test_a_vote_on_a_known_resolution_is_dated_by_its_adoption(gz: Gazetteer) -> None:
    text = "2019-07-15\n\nA year on\n\nHungary voted against resolution 73/195, its minister said."
    ex = run(gz, text)
    votes = [r for r in ex.relations if r.type == "VOTED" and r.target == "a-res-73-195"]
    assert votes and {r.properties.get("date") for r in votes} == {"2018-12-19"}
