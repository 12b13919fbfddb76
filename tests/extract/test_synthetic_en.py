"""Whole-document shapes found by feeding invented English documents (newsletter, network
page, side-event programme) through the engine: a title's "of the network" is the body, no
part of the role; a page heading "About the X" names X; a state's office abroad ends at its
state's name ("the Permanent Mission of X and the Y Shelter": the state X and the shelter);
in a newsletter, the endorsers of "the statement" of a section headed "3. Statement on ..."
endorse that statement, not the newsletter. Every name is invented for this test. Needs the
local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import ends, found, named, run

DATE = "2019-05-20\n\n"


def roles(gz: Gazetteer, text: str) -> set[tuple[str, str, str]]:
    ex = run(gz, DATE + text)
    names = {e.key: e.name.lower() for e in ex.entities}
    return {
        (names[r.source], names[r.target], str(r.properties.get("role")))
        for r in ex.relations
        if r.type == "AFFILIATED_WITH"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Network Newsletter\n\nRita Kovac, chair of the network, opened the meeting "
         "on 3 May.", ("rita kovac", "harbour network", "chair")),
        ("Boletín de la Red Puertos Abiertos\n\nAna Ruiz, presidenta de la red, abrió la "
         "reunión del 3 de mayo.", ("ana ruiz", "red puertos abiertos", "presidenta")),
        ("Lettre du Réseau Ports Ouverts\n\nMarie Dubois, présidente du réseau, a ouvert la "
         "réunion du 3 mai.", ("marie dubois", "réseau ports ouverts", "présidente")),
        ("Tobias Wren, Secretary of the Board of the Alder Legal Clinic, spoke on 3 May.",
         ("tobias wren", "alder legal clinic", "Secretary of the Board")),
    ],
)  # fmt: skip
def test_role_without_the_body_noun(
    gz: Gazetteer, text: str, expected: tuple[str, str, str]
) -> None:
    got = roles(gz, text)
    assert expected in got, got
    assert not any(" the network" in r or " la red" in r or " du réseau" in r for _, _, r in got)


@pytest.mark.parametrize(
    ("text", "network", "member"),
    [
        ("About the Thornbury Migration Alliance\n\nThe Thornbury Migration Alliance is a "
         "network of 22 organisations. Our members include the Greenhill Refugee Centre and "
         "the Society for Displaced Families.",
         "thornbury migration alliance", "greenhill refugee centre"),
        ("Sobre la Red Andina de Movilidad\n\nLa Red Andina de Movilidad agrupa a 20 "
         "organizaciones. Nuestros miembros son la Casa del Caminante y la Asociación Puente "
         "Sur.", "red andina de movilidad", "asociación puente sur"),
    ],
)  # fmt: skip
def test_about_heading_names_the_network(
    gz: Gazetteer, text: str, network: str, member: str
) -> None:
    ex = run(gz, DATE + text)
    names = {e.name.lower() for e in ex.entities}
    assert not any(n.startswith(("about ", "sobre ")) for n in names), names
    assert (member, network) in named(ex, "MEMBER_OF")


HEAD = "Side event: Protecting migrant children at borders\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The side event was co-hosted by the Permanent Mission of Ghana and the Open Gate "
         "Shelter.", {"ghana", "open gate shelter"}),
        ("Co-hosted by the Permanent Mission of Ghana and the Open Gate Shelter",
         {"ghana", "open gate shelter"}),
        ("The side event was organised by the Permanent Mission of Ghana, the Embassy of "
         "Mexico and the Kestrel Rights Foundation.",
         {"ghana", "mexico", "kestrel rights foundation"}),
        ("The side event was organised by the Embassy of Mexico, the Permanent Mission of "
         "Ghana and the Kestrel Rights Foundation.",
         {"ghana", "mexico", "kestrel rights foundation"}),
        ("El evento paralelo fue organizado por la Misión Permanente de México y la Red "
         "Puertos Abiertos.", {"mexico", "red puertos abiertos"}),
        ("The side event will be co-hosted by the Permanent Mission of Ghana and the Open "
         "Gate Shelter next year.", set()),
    ],
)  # fmt: skip
def test_state_office_and_a_body(gz: Gazetteer, text: str, expected: set[str]) -> None:
    ex = run(gz, DATE + HEAD + text)
    got = {s for s, _ in named(ex, "ORGANIZED")}
    assert got == expected, got
    names = {e.name.lower() for e in ex.entities}
    merged = ("mission of", "embassy of", "misión permanente de", " and the ", " y la ")
    assert not any(m in n for m in merged for n in names), names


NEWSLETTER = (
    "Lakeside Solidarity Platform Newsletter - Autumn 2019\n\n"
    "1. Workshop on detention alternatives\n\n"
    "On 8 October, the Lakeside Solidarity Platform held a workshop on alternatives to "
    "detention in Marlow.\n\n"
    "2. Welcome to our new members\n\n"
    "We are happy to welcome three new members: the Kingsbridge Migrant Forum, the Eastbank "
    "Family Support Group and Hope Harbour.\n\n"
)


@pytest.mark.parametrize(
    ("text", "document", "endorsers"),
    [
        (NEWSLETTER + "3. Statement on the asylum bill\n\nThe platform published a statement "
         "on 20 October calling on the parliament to amend the asylum bill. The statement was "
         "endorsed by 42 organisations, among them the Marlow Refugee Network and Hope "
         "Harbour.", "~statement on the asylum bill", ("~marlow refugee", "~hope harbour")),
        (NEWSLETTER + "3. Joint declaration on returns\n\nThe declaration was signed by 12 "
         "groups, including the Birchwood Advice Centre and the Union of Care Workers.",
         "~joint declaration on returns", ("~birchwood advice", "~union of care workers")),
        # a statement that is the text itself: its signers sign the text
        ("Statement on the asylum bill\n\nWe call on the parliament to amend the asylum bill. "
         "The statement was endorsed by 42 organisations, among them the Marlow Refugee "
         "Network and Hope Harbour.", "document:self", ("~marlow refugee", "~hope harbour")),
    ],
)  # fmt: skip
def test_section_statement_of_a_newsletter(
    gz: Gazetteer, text: str, document: str, endorsers: tuple[str, ...]
) -> None:
    ex = run(gz, DATE + text)
    for x in endorsers:
        assert any(found(ex, t, x, document) for t in ("ENDORSED", "SIGNED")), x
    mine = ends(ex, document) if document == "document:self" else ends(ex, "document:self")
    hits = {r.target for r in ex.relations if r.type in ("ENDORSED", "SIGNED")}
    if document == "document:self":
        assert hits <= mine, hits  # (no section's statement made up for a whole text)
    else:
        assert not hits & mine, hits  # (the newsletter itself endorses nothing)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dialogue was organised by the Westmarch Climate Justice Network together with "
         "the Institute for Mobility Studies.",
         {"westmarch climate justice network", "institute for mobility studies"}),
        ("The Westmarch Climate Justice Network organised the dialogue together with the "
         "Institute for Mobility Studies and the Delta Youth Forum.",
         {"westmarch climate justice network", "institute for mobility studies",
          "delta youth forum"}),
        ("The Westmarch Climate Justice Network will organise the dialogue together with the "
         "Institute for Mobility Studies.", set()),
        ("The Westmarch Climate Justice Network did not organise the dialogue together with "
         "the Institute for Mobility Studies.", set()),
    ],
)  # fmt: skip
def test_organised_together_with(gz: Gazetteer, text: str, expected: set[str]) -> None:
    ex = run(gz, DATE + "Regional dialogue on climate displacement\n\n" + text)
    assert {s for s, _ in named(ex, "ORGANIZED")} == expected
