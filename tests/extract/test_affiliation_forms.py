"""People and their bodies written as lines, and titles whose body is named beside a country: a
contact or signature block ("P\\nTitle\\nO"), a name over "Title, Organization" or "Title of
O", a person and a post in a state's government with no body named ("P\\nMinister for Home
Affairs" in a release about one state: that state), and a title of an organization whose
country follows in brackets ("présidente de l'Association X (Mali)": the association, never
Mali); "P, who heads O" where a tagger reads a word of O's name as a common noun; a deputy's
post in a state's government ("el subsecretario del Interior, P"); a demonym after a portfolio
("le ministre des Affaires étrangères hongrois, P": Hungary, not the state of the sentence
before); the members a colon opens after a generic object ("réunit des associations du Mali et
du Sénégal : A et B"); a person's title over two bodies ("P, president of A and of B") makes
neither body a member of the other; "a déclaré sa présidente, P" (a parser's two subjects); a
list under "Former members:" names members no more. Each with what gives nothing: a portfolio
is no organization, a title on its own line is no person, a former post, a body line after the
post, a negation, a hedge. The names and texts are written for this test. Needs the local
CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, ends, found

DATE = "2022-06-14\n\n"
AFF = "AFFILIATED_WITH"


FOUND = [
    case("en-contact-block", "Press release: dock workers call for visas\n\nThe union called "
         "for new visas on Monday.\n\nFor more information:\nPriya Raman\nCommunications "
         "Officer\nQuayside Porters Union\n", "~Priya Raman", "~Quayside Porters Union"),
    case("es-contact-block", "Comunicado de prensa\n\nLa red pidió visados nuevos.\n\n"
         "Contacto:\nLucía Ferreyra\nCoordinadora de Comunicación\nRed Austral de "
         "Jornaleras\n", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("fr-two-lines", "Communiqué\n\nLe collectif demande des visas.\n\nContact presse :\n"
         "Mariama Sow\nChargée de communication, Union des Ouvrières du Fleuve\n",
         "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("en-speaker-two-lines", "Side event: seasonal work after the pandemic\n\nSpeakers:\n"
         "Ivo Brandt\nSenior Policy Adviser, Tidewater Labour Network\nSelma Aydin\n"
         "Director of the Riverbank Growers Association\n", "~Ivo Brandt",
         "~Tidewater Labour Network"),
    case("en-speaker-title-of", "Side event: seasonal work after the pandemic\n\nSpeakers:\n"
         "Ivo Brandt\nSenior Policy Adviser, Tidewater Labour Network\nSelma Aydin\n"
         "Director of the Riverbank Growers Association\n", "~Selma Aydin",
         "~Riverbank Growers Association"),
    case("en-minister-lines", "Joint media release\n\nThe Hon Alana Burke\nMinister for Home "
         "Affairs\n\nThe Hon Ruben Tait\nMinister for Foreign Affairs\n\nNorway will not join "
         "the new visa scheme, the ministers said.\n", "~Alana Burke", "nor"),
    case("es-ministro-linea", "Comunicado conjunto\n\nAndrés Villalba, Ministro del Interior\n"
         "Carla Benítez, Canciller\n\nEl Paraguay no firmará el acuerdo, anunciaron los "
         "ministros.\n", "~Carla Benítez", "pry"),
    case("fr-ministre-lignes", "Communiqué conjoint\n\nÉlodie Marchand\nMinistre de "
         "l'Intérieur\n\nLe Luxembourg ne signera pas l'accord, a indiqué la ministre.\n",
         "~Élodie Marchand", "lux"),
    case("fr-country-after-body", "Intervenants :\n- Mariama Sow, présidente de l'Union des "
         "Ouvrières du Fleuve (Mali)\n", "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("es-country-after-body", "Lucía Ferreyra, directora de la Red Austral de Jornaleras "
         "(Chile), habló primero.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("en-person-title-two-bodies-1", "Rosa Lindqvist, president of the Tidewater Labour "
         "Network and of the Quayside Porters Union, spoke first.", "~Rosa Lindqvist",
         "~Tidewater Labour Network"),
    case("en-person-title-two-bodies-2", "Rosa Lindqvist, president of the Tidewater Labour "
         "Network and of the Quayside Porters Union, spoke first.", "~Rosa Lindqvist",
         "~Quayside Porters Union"),
    # a title and the name a parser reads as two subjects of a verb of saying
    case("fr-declare-sa-presidente", "Le Réseau Fleuve et Solidarité a condamné les règles. "
         "« Ces règles sont injustes », a déclaré sa présidente, Mariama Sow.", "~Mariama Sow",
         "~Réseau Fleuve et Solidarité"),
    case("es-afirmo-su-coordinadora", "La Red Austral de Jornaleras condenó las reglas. "
         "\"Son injustas\", afirmó su coordinadora, Lucía Ferreyra.", "~Lucía Ferreyra",
         "~Red Austral de Jornaleras"),
    case("en-said-its-coordinator", "The Tidewater Labour Network condemned the rules. \"They "
         "are unfair,\" said its coordinator, Selma Aydin.", "~Selma Aydin",
         "~Tidewater Labour Network"),
    # a name's head word that a tagger reads as a common noun is still the name
    case("en-who-heads-noun-head", "Selma Aydin, who heads the Riverside Migrant Workers "
         "Centre, said the rules were unfair.", "~Selma Aydin", "~Riverside Migrant Workers"),
    case("es-dirige", "Lucía Ferreyra dirige la Red Austral de Jornaleras desde 2015.",
         "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    # a deputy's post in a state's government
    case("es-subsecretario", "El subsecretario del Interior, Mateo Ilabaca, explicó que Chile "
         "no firmará el acuerdo.", "~Mateo Ilabaca", "chl"),
    case("en-deputy-minister", "Deputy Minister Ruben Tait said Norway would not join the "
         "scheme.", "~Ruben Tait", "nor"),
    # a demonym after the portfolio is the state, not the state of the sentence before
    case("fr-demonym-after-portfolio", "La Pologne a quitté l'accord. Selon le ministre des "
         "Affaires étrangères hongrois, Ferenc Lakatos, l'accord est dangereux.",
         "~Ferenc Lakatos", "hun"),
]  # fmt: skip

NOT_FOUND = [
    case("en-portfolio-no-org", "Joint media release\n\nThe Hon Alana Burke\nMinister for "
         "Home Affairs\n\nNorway will not join the new visa scheme.\n", "~Alana Burke",
         "~Home Affairs"),
    case("es-portfolio-no-org", "Contacto:\nLucía Ferreyra\nCoordinadora de Comunicación\n",
         "~Lucía Ferreyra", "~Comunicación"),
    case("en-former-minister-line", "Joint media release\n\nThe Hon Ruben Tait\nFormer "
         "Minister for Foreign Affairs\n\nNorway will not join the new visa scheme.\n",
         "~Ruben Tait", "nor"),
    case("fr-ancienne-ligne", "Contact :\nMariama Sow\nAncienne présidente, Union des "
         "Ouvrières du Fleuve\n", "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("en-post-then-body", "Joint statement on seasonal work\n\nIvo Brandt\nPolicy Officer"
         "\nTidewater Labour Network\n\nNorway should protect seasonal workers.\n",
         "~Ivo Brandt", "nor"),
    case("fr-country-after-body-no-state", "Intervenants :\n- Mariama Sow, présidente de "
         "l'Union des Ouvrières du Fleuve (Mali)\n", "~Mariama Sow", "mli"),
    case("es-country-after-body-no-state", "Lucía Ferreyra, directora de la Red Austral de "
         "Jornaleras (Chile), habló primero.", "~Lucía Ferreyra", "chl"),
    case("en-country-after-body-no-state", "Ivo Brandt, chair of the Tidewater Labour Network "
         "(Norway), spoke first.", "~Ivo Brandt", "nor"),
    case("fr-declare-son-ancienne-presidente", "Le Réseau Fleuve et Solidarité a condamné les "
         "règles. « Ces règles sont injustes », a déclaré son ancienne présidente, Mariama Sow.",
         "~Mariama Sow", "~Réseau Fleuve et Solidarité"),
    case("en-no-longer-heads", "Selma Aydin, who no longer heads the Riverside Migrant Workers "
         "Centre, said the rules were unfair.", "~Selma Aydin", "~Riverside Migrant Workers"),
    case("en-may-head", "Selma Aydin may soon head the Riverside Migrant Workers Centre.",
         "~Selma Aydin", "~Riverside Migrant Workers"),
    case("en-heads-delegation-of-state", "Selma Aydin heads the delegation of Norway.",
         "~Selma Aydin", "nor"),
    case("fr-demonym-after-portfolio-not-before", "La Pologne a quitté l'accord. Selon le "
         "ministre des Affaires étrangères hongrois, Ferenc Lakatos, l'accord est dangereux.",
         "~Ferenc Lakatos", "pol"),
    case("es-exsubsecretario", "El exsubsecretario del Interior, Mateo Ilabaca, explicó que "
         "Chile no firmará el acuerdo.", "~Mateo Ilabaca", "chl"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), FOUND)
def test_found(gz: Gazetteer, text: str, source: str, target: str) -> None:
    ex = extract_relations(DATE + text, gz)
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    assert found(ex, AFF, source, target), got


@pytest.mark.parametrize(("text", "source", "target"), NOT_FOUND)
def test_not_found(gz: Gazetteer, text: str, source: str, target: str) -> None:
    ex = extract_relations(DATE + text, gz)
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    assert not found(ex, AFF, source, target), got


def test_title_line_is_no_person(gz: Gazetteer) -> None:
    """A title on its own line under a name ("Policy Adviser") is no speaker of its own."""
    text = ("Side event: seasonal work after the pandemic\n\nSpeakers:\nIvo Brandt\nPolicy "
            "Adviser, Tidewater Labour Network\nSelma Aydin\nCommunications Officer\n")  # fmt: skip
    ex = extract_relations(DATE + text, gz)
    names = {e.key: e.name for e in ex.entities}
    actors = [names[r.source] for r in ex.relations]
    assert not any("Adviser" in n or "Officer" in n for n in actors), actors
    assert "Ivo Brandt" in actors, actors


MEM = "MEMBER_OF"

# (text, member, group, expected): the members a colon opens after a generic object
MEMBERS = [
    pytest.param("Le Réseau Fleuve et Solidarité réunit des associations du Mali et du "
                 "Sénégal : l'Association des Ouvriers de Kayes et le Collectif des Femmes de "
                 "Tambacounda.", "~Collectif des Femmes de Tambacounda",
                 "~Réseau Fleuve et Solidarité", True, id="fr-reunit-colon"),
    pytest.param("The Tidewater Labour Network brings together unions from three countries: "
                 "the Quayside Porters Union, the Riverbank Growers Association and the Coastal "
                 "Domestic Workers Union.", "~Riverbank Growers Association",
                 "~Tidewater Labour Network", True, id="en-colon"),
    pytest.param("La Red Austral de Jornaleras agrupa a organizaciones de cuatro países: la "
                 "Asociación de Recolectoras del Valle y el Sindicato de Temporeros Unidos.",
                 "~Sindicato de Temporeros Unidos", "~Red Austral de Jornaleras", True,
                 id="es-colon"),
    pytest.param("La Red Austral de Jornaleras no agrupa a organizaciones de cuatro países: la "
                 "Asociación de Recolectoras del Valle y el Sindicato de Temporeros Unidos.",
                 "~Sindicato de Temporeros Unidos", "~Red Austral de Jornaleras", False,
                 id="es-colon-negated"),
    pytest.param("The Tidewater Labour Network could bring together unions from three "
                 "countries: the Quayside Porters Union and the Riverbank Growers Association.",
                 "~Riverbank Growers Association", "~Tidewater Labour Network", False,
                 id="en-colon-hedged"),
    # a person's title over two bodies makes neither a member of the other
    pytest.param("Rosa Lindqvist, president of the Tidewater Labour Network and of the "
                 "Quayside Porters Union, spoke first.", "~Tidewater Labour Network",
                 "~Quayside Porters Union", False, id="en-person-title-two-bodies"),
    pytest.param("Lucía Ferreyra, presidenta de la Red Austral de Jornaleras y del Sindicato "
                 "de Temporeros Unidos, habló primero.", "~Red Austral de Jornaleras",
                 "~Sindicato de Temporeros Unidos", False, id="es-person-title-two-bodies"),
    pytest.param("Mariama Sow, présidente de l'Union des Ouvrières du Fleuve et du Réseau "
                 "Fleuve et Solidarité, a parlé.", "~Union des Ouvrières du Fleuve",
                 "~Réseau Fleuve et Solidarité", False, id="fr-person-title-two-bodies"),
    pytest.param("Le Forum social des migrations a réuni l'Association des Ouvriers de Kayes et "
                 "le Collectif des Femmes de Tambacounda à Dakar.",
                 "~Collectif des Femmes de Tambacounda", "~Forum social", False,
                 id="fr-event-reunit-no-member"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "member", "group", "expected"), MEMBERS)
def test_members_after_colon(
    gz: Gazetteer, text: str, member: str, group: str, expected: bool
) -> None:
    ex = extract_relations(DATE + text, gz)
    sources, targets = ends(ex, member), ends(ex, group)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    hit = any(r.type == MEM and r.source in sources and r.target in targets for r in ex.relations)
    assert hit is expected, got


FORMER_LISTS = [
    pytest.param("Tidewater Labour Network\n\nOur members\n\n- Quayside Porters Union (Sweden)\n"
                 "- Riverbank Growers Association (Norway)\n\nFormer members: Harbour Migrant "
                 "Forum.\n", "~Riverbank Growers Association", "~Harbour Migrant Forum",
                 id="en-former-members"),
    pytest.param("Red Austral de Jornaleras\n\nAntiguos miembros: Asociación de Recolectoras "
                 "del Valle.\n\nMiembros actuales: Sindicato de Temporeros Unidos, Colectivo "
                 "Manos del Valle.\n", "~Sindicato de Temporeros Unidos",
                 "~Asociación de Recolectoras del Valle", id="es-antiguos-miembros"),
    pytest.param("Réseau Fleuve et Solidarité\n\nMembres :\n- Union des Ouvrières du Fleuve\n\n"
                 "Anciens membres :\n- Collectif des Femmes de Tambacounda\n",
                 "~Union des Ouvrières du Fleuve", "~Collectif des Femmes de Tambacounda",
                 id="fr-anciens-membres"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "member", "former"), FORMER_LISTS)
def test_former_members_heading(gz: Gazetteer, text: str, member: str, former: str) -> None:
    """A list under "Former members:" ("Antiguos miembros:", "Anciens membres :") names
    members no more; the current list under its own heading still counts."""
    ex = extract_relations(DATE + text, gz)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    members = {r.source for r in ex.relations if r.type == MEM}
    assert members & ends(ex, member), got
    assert not members & ends(ex, former), got
