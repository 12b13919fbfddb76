"""Shapes found by reading whole invented French documents (event reports, network pages,
board lists): each person's own title and body in a list of speakers, a title with its body
in brackets, a member list with an acronym in brackets, "le réseau" under its own heading, a
funder that is no organiser, a town whose name begins with a state's. Every name is invented
for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

HEAD = "2019-06-20\n\nCompte rendu de l'atelier régional sur la protection des travailleurs\n\n"


def relations(gz: Gazetteer, text: str, kind: str, head: str = HEAD) -> set[tuple[str, str]]:
    ex = run(gz, head + text)
    names = {e.key: e.name.lower() for e in ex.entities}
    return {
        (names.get(r.source, r.source), names.get(r.target, r.target))
        for r in ex.relations
        if r.type == kind
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sont intervenus Omar Diallo, juriste au Collectif Sud, et Sophie Martin, chercheuse à "
         "l'Université de Valmont.",
         {("omar diallo", "collectif sud"), ("sophie martin", "université de valmont")}),
        # A's body is no entity: A gets nothing, never B's body
        ("Sont intervenus Paul Girard, avocat au barreau de Brévannes, et Léa Fontaine, "
         "chercheuse à l'Université de Montclair.",
         {("léa fontaine", "université de montclair")}),
        ("Speakers were Omar Diallo, lawyer at Collectif Sud, and Sophie Martin, researcher at "
         "Valmont University.",
         {("omar diallo", "collectif sud"), ("sophie martin", "valmont university")}),
        # a plural title after two names is still both people's
        ("Omar Diallo et Sophie Martin, chercheuses à l'Université de Valmont, ont pris la parole.",
         {("omar diallo", "université de valmont"), ("sophie martin", "université de valmont")}),
        # a date before the name: the parser hangs the title on the name's last word
        ("Le 22 mai, Clara Petit, chargée de plaidoyer au Réseau Alpes Migrants, a présenté le "
         "rapport annuel.", {("clara petit", "réseau alpes migrants")}),
        ("Clara Petit, chargée de plaidoyer au Réseau Alpes Migrants, a présenté le rapport.",
         {("clara petit", "réseau alpes migrants")}),
        ("El 22 de mayo, Clara Pérez, coordinadora de la Red Andina de Migrantes, presentó el "
         "informe anual.", {("clara pérez", "red andina de migrantes")}),
        # an unnamed ministry declining is nobody's affiliation
        ("Le ministère du Travail, invité, n'a pas envoyé de représentant.", set()),
    ],
)  # fmt: skip
def test_each_speaker_keeps_own_title(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    assert relations(gz, text, "AFFILIATED_WITH") == expected


BOARD = (
    "Réseau Horizons Migrations\n\n"
    "Le Réseau Horizons Migrations est une plateforme d'associations.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Conseil d'administration\n\nAminata Koné, présidente (Association Terre d'Accueil)\n"
         "Jean Ouédraogo, trésorier (Groupe d'appui aux migrants de retour)\n"
         "Fatou Ndiaye, secrétaire générale",
         {("aminata koné", "association terre d'accueil"),
          ("jean ouédraogo", "groupe d'appui aux migrants de retour")}),
        ("Board\n\nMary Stone, treasurer (Friends of the Coast)\n"
         "John Reed, chair (Harbour Workers' Alliance)\nAnn Lee, secretary",
         {("mary stone", "friends of the coast"), ("john reed", "harbour workers' alliance")}),
    ],
)  # fmt: skip
def test_title_with_body_in_brackets(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    found = relations(gz, text, "AFFILIATED_WITH", head="2019-06-20\n\n" + BOARD)
    found = {pair for pair in found if pair[1] != "réseau horizons migrations"}
    assert found == expected  # (never a cut at the apostrophe: "Accueil)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nos membres\n\nLe réseau compte parmi ses membres l'Association des expulsés de "
         "Bakaré, le Groupe d'appui aux migrants de retour (GAMR), la Coordination des femmes "
         "de Tessala et l'Observatoire des frontières du Sahel.",
         {"association des expulsés de bakaré", "groupe d'appui aux migrants de retour",
          "coordination des femmes de tessala", "observatoire des frontières du sahel"}),
        ("Our members\n\nThe network counts among its members the Coastal Aid Group (CAG), "
         "Friends of the Harbour and the Valley Workers Union.",
         {"coastal aid group", "friends of the harbour", "valley workers union"}),
        ("Nos membres\n\nLe réseau pourrait compter parmi ses membres le Groupe d'appui aux "
         "migrants de retour (GAMR).", set()),
    ],
)  # fmt: skip
def test_members_listed_past_an_acronym(gz: Gazetteer, text: str, expected: set[str]) -> None:
    found = relations(gz, text, "MEMBER_OF", head="2019-06-20\n\n" + BOARD)
    assert {m for m, net in found if net == "réseau horizons migrations"} == expected
    assert all(net == "réseau horizons migrations" for _, net in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'atelier s'est tenu à Valmont, à l'initiative du Réseau Lumen et avec le soutien de "
         "la Fondation Harbour.", {"réseau lumen"}),
        ("L'atelier s'est tenu à l'initiative du Réseau Lumen et de la Fondation Harbour.",
         {"réseau lumen", "fondation harbour"}),
        ("El taller se celebró por iniciativa de la Red Lumen y con el apoyo de la Fundación "
         "Harbour.", {"red lumen"}),
        ("The workshop was held at the initiative of the Lumen Network and with the support of "
         "the Harbour Foundation.", {"lumen network"}),
    ],
)  # fmt: skip
def test_a_funder_is_no_organiser(gz: Gazetteer, text: str, expected: set[str]) -> None:
    assert {s for s, _ in relations(gz, text, "ORGANIZED")} == expected


def test_town_named_like_a_state_is_no_state(gz: Gazetteer) -> None:
    text = (
        "Le séminaire s'est tenu à Grenade-sur-Loire. Sont intervenus Paul Girard, avocat au "
        "barreau de Grenade-sur-Loire.\n\nLe ministère du Travail, invité, n'a pas envoyé de "
        "représentant."
    )
    ex = run(gz, HEAD + text)
    assert not [e for e in ex.entities if e.type == "Government"]
    assert not [r for r in ex.relations if r.type in ("DECLINED_TO_ATTEND", "AFFILIATED_WITH")]
