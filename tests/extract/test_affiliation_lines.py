"""People and the bodies they are with, as lists and titles write them: a signature line with
no title ("Ana Lind, Harbour Workers Union" under a signatures' heading: the person with the
body, and the body still signs), a media contact's line with its address ("P - O -
p@o.org", "P, O, +1 ..."), a title and a body in a person's brackets ("P (Director, O)"), a
title before "at O" ("P, Policy Officer at O": O, never "Policy Officer at O" as a body), and
an office the reference data names a body by ("Secretary-General P", with no other body named:
that office's body; never "the NGO's Secretary-General P" nor "Assistant Secretary-General
for X"). Each with what must give nothing. The names and texts are written for this test.
Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, named, run

DATE = "2021-03-09"
AFF = "AFFILIATED_WITH"

SIGNED_LIST = (
    "Joint statement on seasonal visas\n\nWe call for fair visas for seasonal workers.\n\n"
    "Signed:\nNora Vilkas, Harbour Workers Union\nTeodor Brask, Quay Aid Association\n"
    "Lowland Porters Network\n"
)


def test_signature_line_person_and_body(gz: Gazetteer) -> None:
    ex = run(gz, SIGNED_LIST, DATE)
    assert found(ex, AFF, "~Nora Vilkas", "~Harbour Workers Union"), ex.relations
    assert found(ex, AFF, "~Teodor Brask", "~Quay Aid Association"), ex.relations
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Nora Vilkas", "Teodor Brask"} <= people, people
    signers = {s for s, _ in named(ex, "SIGNED")}
    assert {"harbour workers union", "quay aid association", "lowland porters network"} <= (
        signers
    ), signers
    assert not any("lowland" in s for s, _ in named(ex, AFF)), named(ex, AFF)


def test_signature_line_of_two_bodies_is_no_person(gz: Gazetteer) -> None:
    text = (
        "Joint statement on seasonal visas\n\nWe call for fair visas.\n\n"
        "Signed:\nHarbour Workers Union, Quay Aid Association\nLowland Porters Network\n"
    )
    ex = run(gz, text, DATE)
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert not people & {"Harbour Workers Union", "Quay Aid Association"}, people
    assert not named(ex, AFF), named(ex, AFF)


CONTACTS = (
    "Joint media release\nHarbour Workers Union\n\nThe union called for fair visas.\n\n"
    "Media contacts:\nNora Vilkas \u2013 Quay Aid Association \u2013 nora@example.org\n"
    "Teodor Brask, Lowland Porters Network, +44 20 7946 0101\n"
)


@pytest.mark.parametrize(
    ("person", "body"),
    [("~Nora Vilkas", "~Quay Aid Association"), ("~Teodor Brask", "~Lowland Porters Network")],
)
def test_media_contact_line_with_address(gz: Gazetteer, person: str, body: str) -> None:
    ex = run(gz, CONTACTS, DATE)
    assert found(ex, AFF, person, body), named(ex, AFF)
    roles = {r.properties.get("role") for r in ex.relations if r.type == AFF}
    assert roles == {"media contact"}, roles


def test_media_contact_inline_spanish(gz: Gazetteer) -> None:
    text = (
        "Comunicado de prensa conjunto\n\nLas organizaciones pidieron visados justos.\n\n"
        "Contacto de prensa: Lucía Paredes Ochoa, Red Sierra de Jornaleras, lucia@example.org\n"
    )
    ex = run(gz, text, DATE)
    assert found(ex, AFF, "~Lucía Paredes Ochoa", "~Red Sierra de Jornaleras"), named(ex, AFF)


SPEAKERS = (
    "Webinar: Seasonal visas in practice\n\nSpeakers:\n"
    "- Nora Vilkas (Director, Harbour Workers Union)\n"
    "- Teodor Brask, Policy Officer at the Quay Aid Association\n"
    "- Ilse Marant (Lowland Porters Network, Belgium)\n"
)


def test_title_and_body_in_brackets_and_after_at(gz: Gazetteer) -> None:
    ex = run(gz, SPEAKERS, DATE)
    pairs = named(ex, AFF)
    assert ("nora vilkas", "harbour workers union") in pairs, pairs
    assert ("teodor brask", "quay aid association") in pairs, pairs
    assert ("ilse marant", "lowland porters network") in pairs, pairs
    bodies = {t for _, t in pairs}
    assert not any(b.startswith(("director", "policy officer")) for b in bodies), bodies
    roles = {
        r.properties.get("role")
        for r in ex.relations
        if r.type == AFF and r.source in {e.key for e in ex.entities if e.name == "Nora Vilkas"}
    }
    assert "Director" in roles, roles


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("News\n\nThe mission said that Secretary-General Aldo Ferrandi had been informed of "
         "the decision on seasonal visas.\n", True),
        ("News\n\nThe NGO's Secretary-General Aldo Ferrandi said the visas were unfair.\n",
         False),
        ("News\n\nSpeakers included Mr. Aldo Ferrandi, Assistant Secretary-General for Human "
         "Rights, and others.\n", False),
        ("News\n\nAldo Ferrandi, Secretary-General of the Harbour Workers Union, said the visas "
         "were unfair.\n", False),
    ],
)  # fmt: skip
def test_office_named_by_reference_data(gz: Gazetteer, text: str, linked: bool) -> None:
    ex = run(gz, text, DATE)
    got = found(ex, AFF, "~Aldo Ferrandi", "un-secretariat")
    assert got is linked, named(ex, AFF)
