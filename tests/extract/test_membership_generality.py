"""Membership, people's organizations and the names they need, on texts written for this test
(no corpus sentence): member lists in prose whose names have no organization word, a country in
brackets after a member, a network's possessive, a member list under a heading of a page that
names its network only in its prose, titles held "at" or "with" an organization, and the
applications, hedges and negations that must give nothing. EN, ES and FR. Needs the local
CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run

HEAD = {
    "en": "2020-03-02\n\nNews from the network and its members this week in the region\n\n",
    "es": "2020-03-02\n\nNoticias de la red y de las organizaciones de la región\n\n",
    "fr": "2020-03-02\n\nLes nouvelles du réseau et de ses membres dans la région\n\n",
}


def pairs(ex: Extraction, kind: str) -> set[tuple[str, str]]:
    """(source name, target name) of each relation of this type, names in lower case."""
    names = {e.key: e.name.lower() for e in ex.entities}
    return {(names[r.source], names[r.target]) for r in ex.relations if r.type == kind}


# (language, sentence, relation type, the (source, target) pairs expected; empty: none)
CASES = [
    # a new name with no organization word, in a list with a known kind of name
    ("en", "The Riverside Labour Network brings together the Dockside Workers Union and Hands "
     "Across the Water.", "MEMBER_OF",
     {("dockside workers union", "riverside labour network"),
      ("hands across the water", "riverside labour network")}),
    ("en", "The Dockside Workers Union, Second Chances and Hands Across the Water are members "
     "of the Riverside Labour Network.", "MEMBER_OF",
     {("dockside workers union", "riverside labour network"),
      ("second chances", "riverside labour network"),
      ("hands across the water", "riverside labour network")}),
    ("es", "La Red Sur de Migraciones reúne a la Asociación Tierra Firme, Manos "
     "Unidas del Valle y Puerta Abierta.", "MEMBER_OF",
     {("asociación tierra firme", "red sur de migraciones"),
      ("manos unidas del valle", "red sur de migraciones"),
      ("puerta abierta", "red sur de migraciones")}),
    # a network's possessive is no part of its name
    ("en", "The Riverside Labour Network's members include the Dockside Workers Union and the "
     "Harbour Legal Centre.", "MEMBER_OF",
     {("dockside workers union", "riverside labour network"),
      ("harbour legal centre", "riverside labour network")}),
    # a country in brackets after a member is where it works, no member
    ("en", "The Riverside Labour Network's members include the Dockside Workers Union (Ghana) "
     "and the Harbour Legal Centre (Togo).", "MEMBER_OF",
     {("dockside workers union", "riverside labour network"),
      ("harbour legal centre", "riverside labour network")}),
    # asking to join, a hedge, a negation, a former member: nothing
    ("en", "The Dockside Workers Union applied for membership of the Riverside Labour Network.",
     "MEMBER_OF", set()),
    ("en", "The Dockside Workers Union could join the Riverside Labour Network next year.",
     "MEMBER_OF", set()),
    ("en", "The Dockside Workers Union is no longer a member of the Riverside Labour Network.",
     "MEMBER_OF", set()),
    ("es", "La Asociación Tierra Firme solicitó su ingreso a la Coordinadora Sur de Migraciones.",
     "MEMBER_OF", set()),
    ("es", "La Asociación Tierra Firme no forma parte de la Coordinadora Sur de Migraciones.",
     "MEMBER_OF", set()),
    ("fr", "L'Association Rive Gauche pourrait adhérer au Réseau Solidarité Frontières.",
     "MEMBER_OF", set()),
    ("fr", "L'Association Rive Gauche n'est pas membre du Réseau Solidarité Frontières.",
     "MEMBER_OF", set()),
    # a title held at or with an organization
    ("en", "Nadia Haddad, a researcher at the Harbour Legal Centre, described the new rules.",
     "AFFILIATED_WITH", {("nadia haddad", "harbour legal centre")}),
    ("en", "Tomas Reyes, a lawyer with the Dockside Workers Union, described the new rules.",
     "AFFILIATED_WITH", {("tomas reyes", "dockside workers union")}),
    ("fr", "Hélène Marchal dirige la Fondation Terre Commune depuis 2016.",
     "AFFILIATED_WITH", {("hélène marchal", "fondation terre commune")}),
    ("en", "Nadia Haddad could become a researcher at the Harbour Legal Centre.",
     "AFFILIATED_WITH", set()),
    ("en", "Nadia Haddad, a former researcher at the Harbour Legal Centre, described the rules.",
     "AFFILIATED_WITH", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "kind", "expected"), CASES)
def test_membership_and_titles_in_new_sentences(
    gz: Gazetteer, lang: str, sentence: str, kind: str, expected: set[tuple[str, str]]
) -> None:
    got = pairs(run(gz, HEAD[lang] + sentence), kind)
    assert expected <= got, (expected - got, got)
    if not expected:
        assert got == set()
    # nothing but what the sentence states
    assert {s for s, _ in got} <= {s for s, _ in expected}, got


def test_a_member_list_of_a_page_that_names_its_network_only_in_its_prose(gz: Gazetteer) -> None:
    text = (
        "2020-03-02\n\nWho we are\n\n"
        "The Riverside Labour Network is a platform of workers' groups on the coast.\n\n"
        "Our members\n\n"
        "Latin America\n"
        "Puerta Abierta (Peru); Manos Unidas del Valle (Chile)\n"
        "Africa\n"
        "Hands Across the Water (Ghana)\n"
    )
    got = pairs(run(gz, text), "MEMBER_OF")
    net = "riverside labour network"
    assert {("puerta abierta", net), ("manos unidas del valle", net),
            ("hands across the water", net)} <= got, got  # fmt: skip
    assert all(t == net for _, t in got), got


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Members: Puerta Abierta (Peru); Manos Unidas del Valle (Chile).", "en"),
        ("Miembros: Puerta Abierta (Perú); Manos Unidas del Valle (Chile).", "es"),
        ("Membres : Puerta Abierta (Pérou) ; Manos Unidas del Valle (Chili).", "fr"),
    ],
)
def test_a_country_in_brackets_makes_no_person(gz: Gazetteer, line: str, lang: str) -> None:
    text = HEAD[lang] + "The Riverside Labour Network\n\n" + line + "\n"
    ex = run(gz, text)
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Puerta Abierta") == "Organization", types
    assert types.get("Manos Unidas del Valle") == "Organization", types


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The report was published by the Harbour Legal Centre in March.", "Harbour Legal Centre"),
        ("Members of the Riverside Labour Network: Puerta Abierta; Second Chances.",
         "Riverside Labour Network"),
        ("The Riverside Labour Network's board met on Monday.", "Riverside Labour Network"),
    ],
)  # fmt: skip
def test_a_name_is_only_its_own_words(gz: Gazetteer, sentence: str, name: str) -> None:
    ex = run(gz, HEAD["en"] + sentence)
    names = {e.name for e in ex.entities}
    assert name in names, names
    assert not any(n != name and name in n for n in names), names


# (language, sentence, the (author, document) pairs expected; empty: none)
REPORTS = [
    ("en", '"Waiting at the Gate", a report by the Harbour Legal Centre, counts sixty cases.',
     {("harbour legal centre", "waiting at the gate")}),
    ("en", 'The study "Waiting at the Gate" from the Harbour Legal Centre counts sixty cases.',
     {("harbour legal centre", "waiting at the gate")}),
    ("es", '"Vidas en la frontera", un informe de la Fundación Tierra Firme, documenta '
     "sesenta casos.", {("fundación tierra firme", "vidas en la frontera")}),
    ("fr", "Selon le rapport « En attente à la porte » de la Fondation Terre Commune, les cas "
     "ont doublé.", {("fondation terre commune", "en attente à la porte")}),
    # a report about someone, a report with no title, a report not (yet) written: nothing
    ("en", '"Waiting at the Gate", a report about the Harbour Legal Centre, counts sixty cases.',
     set()),
    ("en", "A report by the Harbour Legal Centre counts sixty cases.", set()),
    ("en", 'The Harbour Legal Centre will not publish a report, "Waiting at the Gate", this year.',
     set()),
    ("en", 'The Harbour Legal Centre may publish "Waiting at the Gate" next spring.', set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "expected"), REPORTS)
def test_a_report_and_its_writers(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    got = pairs(run(gz, HEAD[lang] + sentence), "AUTHORED")
    assert got == expected, got


# (language, sentence, the (person, organization) AFFILIATED_WITH pairs expected; empty: none)
PEOPLE = [
    # a title a tagger reads as an adjective or a participle, a body after "à", a name the
    # parser hangs on the body ("la déléguée générale de O, P")
    ("fr", "Hélène Marchal, responsable du service juridique de la Fondation Terre Commune, a "
     "répondu.", {("hélène marchal", "fondation terre commune")}),
    ("fr", "La déléguée générale de la Fondation Terre Commune, Hélène Marchal, a répondu.",
     {("hélène marchal", "fondation terre commune")}),
    ("fr", "Hélène Marchal, juriste à la Fondation Terre Commune, a répondu.",
     {("hélène marchal", "fondation terre commune")}),
    # who works for an organization
    ("en", "Tomas Reyes, who works for the Harbour Legal Centre, answered.",
     {("tomas reyes", "harbour legal centre")}),
    ("es", "Lucía Rivas trabaja en la Fundación Tierra Firme desde 2015.",
     {("lucía rivas", "fundación tierra firme")}),
    ("fr", "Hélène Marchal travaille chez la Fondation Terre Commune depuis 2015.",
     {("hélène marchal", "fondation terre commune")}),
    ("en", "Tomas Reyes does not work for the Harbour Legal Centre.", set()),
    ("es", "Lucía Rivas podría trabajar para la Fundación Tierra Firme.", set()),
    ("fr", "Hélène Marchal ne travaille plus pour la Fondation Terre Commune.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "expected"), PEOPLE)
def test_who_works_where(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    got = pairs(run(gz, HEAD[lang] + sentence), "AFFILIATED_WITH")
    assert got == expected, got


def test_a_person_who_worked_with_a_group_is_no_partner_of_it(gz: Gazetteer) -> None:
    ex = run(gz, HEAD["en"] + "Tomas Reyes worked with the Harbour Legal Centre on the appeal.")
    assert pairs(ex, "PARTNERED_WITH") == set()


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "The Harbour Legal Centre serves as the secretariat of the Riverside Labour "
         "Network.", {("harbour legal centre", "riverside labour network")}),
        ("en", "The Harbour Legal Centre acts as the secretariat for the Riverside Labour "
         "Network.", {("harbour legal centre", "riverside labour network")}),
        ("es", "La Fundación Tierra Firme funge como secretaría técnica de la Red Sur de "
         "Migraciones.", {("fundación tierra firme", "red sur de migraciones")}),
        # a seat on a board is no secretariat; a hedge or a negation gives nothing
        ("en", "The Harbour Legal Centre served as chair of the board of the Riverside Labour "
         "Network.", set()),
        ("en", "The Harbour Legal Centre could serve as the secretariat of the Riverside Labour "
         "Network.", set()),
        ("es", "La Fundación Tierra Firme no funge como secretaría de la Red Sur de Migraciones.",
         set()),
    ],
)  # fmt: skip
def test_who_serves_as_a_network_s_secretariat(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    got = pairs(run(gz, HEAD[lang] + sentence), "HOSTS_SECRETARIAT")
    assert got == expected, got


def test_a_longer_name_that_ends_with_a_known_alias_is_another_name(gz: Gazetteer) -> None:
    ex = run(gz, HEAD["en"] + "The Lakeside Migration Network welcomed the report. The UN "
             "Network on Migration did too.")  # fmt: skip
    names = {e.name for e in ex.entities}
    assert "Lakeside Migration Network" in names, names
    known = [e for e in ex.entities if e.id]
    assert all(m.text != "Migration Network" for e in known for m in e.mentions), [
        (e.id, [m.text for m in e.mentions]) for e in known
    ]
    assert any(e.id for e in ex.entities if "UN Network on Migration" in
               [m.text for m in e.mentions]), names  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("The Lakeside Migrant Network, formerly known as the Lakeside Refugee Forum, welcomed "
         "the report.", "FORMERLY_KNOWN_AS",
         {("lakeside migrant network", "lakeside refugee forum")}),
        # a role held no more: no membership, no title, no former name
        ("The Lakeside Migrant Network, formerly a member of the Riverside Labour Network, "
         "welcomed the report.", "MEMBER_OF", set()),
        ("Tomas Reyes, formerly director of the Harbour Legal Centre, welcomed the report.",
         "AFFILIATED_WITH", set()),
        ("The Lakeside Migrant Network, known as the Lakeside Refugee Forum, welcomed the report.",
         "FORMERLY_KNOWN_AS", set()),
    ],
)  # fmt: skip
def test_what_was_and_is_no_more(
    gz: Gazetteer, sentence: str, kind: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(run(gz, HEAD["en"] + sentence), kind) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "The Dockside Workers Union belongs to the Riverside Labour Network.",
         {("dockside workers union", "riverside labour network")}),
        ("fr", "La Fondation Terre Commune appartient au Réseau Solidarité Frontières.",
         {("fondation terre commune", "réseau solidarité frontières")}),
        ("en", "The Riverside Labour Network has 40 members, including the Dockside Workers "
         "Union and the Harbour Legal Centre.",
         {("dockside workers union", "riverside labour network"),
          ("harbour legal centre", "riverside labour network")}),
        # "l'" is no word of a name
        ("fr", "Le Réseau Solidarité Frontières, dont les membres sont la Fondation Terre "
         "Commune et l'Association Rive Gauche, s'est réuni lundi.",
         {("fondation terre commune", "réseau solidarité frontières"),
          ("association rive gauche", "réseau solidarité frontières")}),
        ("es", "La Red Sur de Migraciones tiene 40 miembros, entre ellos la Fundación Tierra "
         "Firme y la Asociación Manos Unidas.",
         {("fundación tierra firme", "red sur de migraciones"),
          ("asociación manos unidas", "red sur de migraciones")}),
        ("en", "The Dockside Workers Union does not belong to the Riverside Labour Network.",
         set()),
        ("en", "The Riverside Labour Network has 40 members, including Tomas Reyes and Nadia "
         "Haddad.", set()),
    ],
)  # fmt: skip
def test_belonging_and_counted_members(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(run(gz, HEAD[lang] + sentence), "MEMBER_OF") == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "Nadia Haddad (Executive Director, Harbour Legal Centre) opened the session.",
         {("nadia haddad", "harbour legal centre")}),
        ("es", "Lucía Rivas (coordinadora, Fundación Tierra Firme) abrió la sesión.",
         {("lucía rivas", "fundación tierra firme")}),
        ("en", "Nadia Haddad, the Harbour Legal Centre's policy lead, opened the session.",
         {("nadia haddad", "harbour legal centre")}),
        ("en", "The Harbour Legal Centre took the lead in the session, said Nadia Haddad.", set()),
        ("en", "Puerta Abierta (Peru) opened the session.", set()),
    ],
)  # fmt: skip
def test_a_title_in_brackets_after_a_name_or_after_a_possessive(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(run(gz, HEAD[lang] + sentence), "AFFILIATED_WITH") == expected
