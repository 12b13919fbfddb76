"""People and organizations, in forms the first rules were not written for: a title after an
owner's name ("O's director P"), a title given by a verb ("P was appointed director of O", "fue
nombrada directora de O", "a été élue présidente de O"), a list of people who all hold it ("P and
Q, both of O", "P y Q, ambos de O"), a person who represents a body ("O was represented by P"),
a title for a body ("legal adviser for O", "chargée de plaidoyer pour O"), a plural apposition
hung by the parser on a list's last name ("A y B, miembros de C"), members a copula lists after
"among" ("Among the members of C are A and B"), member names in sentence case ("Parmi les
membres de C figurent l'Association des travailleurs de X"), "le réseau X" as the group, an
earlier name ("C, formerly B", "C was previously called B", "C, anteriormente conocida como B",
"C, anciennement appelé B"), a secretariat kept at an organization ("C's secretariat is based at
X"), organizations in sentence case spelled by their acronym ("Centre for migration and
development studies (CMDS)"), and signatory lines whose last word is a place ("Name, Title,
Organization, Country": the country is no organization). Each with what gives nothing: a
negation, a hedge, a forecast, a former role. The sentences and every name in them are written
for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import case, ends

DATE = "2022-06-14\n\n"


AFF, MEM, FKA, HOST = "AFFILIATED_WITH", "MEMBER_OF", "FORMERLY_KNOWN_AS", "HOSTS_SECRETARIAT"

# (text, relation, source, target): the relation must be there
FOUND = [
    # --- people: English
    case("en-owner-title-name", "The Tidewater Labour Network's director Rhea Okonkwo opened "
         "the hearing.", AFF, "~Rhea Okonkwo", "~Tidewater Labour Network"),
    case("en-appointed", "Rhea Okonkwo was appointed director of the Tidewater Labour Network "
         "in March.", AFF, "~Rhea Okonkwo", "~Tidewater Labour Network"),
    case("en-became", "Rhea Okonkwo became chair of the Tidewater Labour Network last year.",
         AFF, "~Rhea Okonkwo", "~Tidewater Labour Network"),
    case("en-both-of-1", "Ivo Brandt and Selma Aydin, both of the Tidewater Labour Network, "
         "wrote the brief.", AFF, "~Ivo Brandt", "~Tidewater Labour Network"),
    case("en-both-of-2", "Ivo Brandt and Selma Aydin, both of the Tidewater Labour Network, "
         "wrote the brief.", AFF, "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-represented-passive", "At the hearing, the Tidewater Labour Network was represented "
         "by Selma Aydin.", AFF, "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-represented-active", "Selma Aydin represented the Tidewater Labour Network at the "
         "hearing.", AFF, "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-adviser-for", "Ivo Brandt works as a legal adviser for the Tidewater Labour "
         "Network.", AFF, "~Ivo Brandt", "~Tidewater Labour Network"),
    case("en-spelled-acronym", "Nadia Haddad, director of the Centre for seasonal labour and "
         "mobility studies (CSLMS), spoke first.", AFF, "~Nadia Haddad",
         "~Centre for seasonal labour and mobility studies"),
    case("en-owner-possessive-name", "According to the Tidewater Labour Network's Selma Aydin, "
         "the plan is unfair.", AFF, "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-demonym-title", "Hungarian Foreign Minister Gábor Farkas said the pact was "
         "dangerous.", AFF, "~Gábor Farkas", "hun"),
    case("en-demonym-prime-minister", '"We will not sign," Czech Prime Minister Pavel Dvorak '
         "told reporters.", AFF, "~Pavel Dvorak", "cze"),
    case("fr-demonym-after-title", "Le ministre belge de l'Intérieur, Jan De Smet, a quitté le "
         "gouvernement.", AFF, "~Jan De Smet", "bel"),
    case("en-two-relative-clauses", "Hanna Berglund, who directs the Northern Migrant Rights "
         "Network, and Tomas Lindgren, who chairs the Coastal Workers Alliance, signed.", AFF,
         "~Hanna Berglund", "~Northern Migrant Rights Network"),
    # --- people: Spanish
    case("es-nombrada", "Valeria Montes fue nombrada directora de la Red Austral de Jornaleras "
         "en marzo.", AFF, "~Valeria Montes", "~Red Austral de Jornaleras"),
    case("es-ambos", "Tomás Quiroga y Valeria Montes, ambos de la Red Austral de Jornaleras, "
         "escribieron el informe.", AFF, "~Tomás Quiroga", "~Red Austral de Jornaleras"),
    case("es-representada", "En la audiencia, la Red Austral de Jornaleras estuvo representada "
         "por Valeria Montes.", AFF, "~Valeria Montes", "~Red Austral de Jornaleras"),
    case("es-plural-title", "Tomás Quiroga y Valeria Montes, investigadores de la Red Austral "
         "de Jornaleras, escribieron el informe.", AFF, "~Tomás Quiroga",
         "~Red Austral de Jornaleras"),
    # --- people: French
    case("fr-elue", "Mariama Sow a été élue présidente de l'Union des Ouvrières du Fleuve en "
         "mars.", AFF, "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("fr-represente", "Lors de l'audience, l'Union des Ouvrières du Fleuve était "
         "représentée par Mariama Sow.", AFF, "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("fr-pour", "Mariama Sow, chargée de plaidoyer pour l'Union des ouvrières du fleuve, a "
         "parlé.", AFF, "~Mariama Sow", "~Union des ouvrières du fleuve"),
    case("fr-spelled-acronym", "Yves Kerbrat, délégué général de l'Association pour la défense "
         "des saisonniers agricoles (ADSA), a parlé.", AFF, "~Yves Kerbrat",
         "~Association pour la défense des saisonniers agricoles"),
    # --- members
    case("en-among-copula", "Among the members of the Tidewater Labour Network are the Quayside "
         "Porters Union and the Riverbank Growers Guild Association.", MEM,
         "~Quayside Porters Union", "~Tidewater Labour Network"),
    case("es-among-copula", "Entre los miembros de la Red Austral de Jornaleras están la "
         "Asociación de Recolectoras del Valle y el Sindicato de Temporeros Unidos.", MEM,
         "~Sindicato de Temporeros Unidos", "~Red Austral de Jornaleras"),
    case("es-plural-appos", "La Asociación de Recolectoras del Valle y el Sindicato de "
         "Temporeros Unidos, miembros de la Red Austral de Jornaleras, firmaron la carta.", MEM,
         "~Asociación de Recolectoras del Valle", "~Red Austral de Jornaleras"),
    case("es-copula-sentence-case", "Los miembros de la Red Austral de Jornaleras son la "
         "Asociación de recolectoras del valle y el Sindicato de temporeros.", MEM,
         "~Asociación de recolectoras del valle", "~Red Austral de Jornaleras"),
    case("fr-parmi-sentence-case", "Parmi les membres du Réseau Fleuve et Solidarité figurent "
         "l'Association des ouvriers saisonniers et le Collectif des femmes de Kayes.", MEM,
         "~Collectif des femmes de Kayes", "~Réseau Fleuve et Solidarité"),
    case("fr-le-reseau-x", "L'Association des Ouvriers Saisonniers est membre du réseau Fleuve "
         "et Solidarité.", MEM, "~Association des Ouvriers Saisonniers",
         "~Fleuve et Solidarité"),
    case("fr-list-article-split", "Le Réseau Fleuve et Solidarité regroupe le Collectif des "
         "femmes de Kayes et la Fédération des ouvriers maliens.", MEM,
         "~Fédération des ouvriers maliens", "~Réseau Fleuve et Solidarité"),
    case("es-conformada-entre-ellas", "La Red Austral de Jornaleras está conformada por 12 "
         "organizaciones, entre ellas la Fundación Surco Abierto y el Colectivo Manos del Valle.",
         MEM, "~Colectivo Manos del Valle", "~Red Austral de Jornaleras"),
    case("en-made-up-including", "The Tidewater Labour Network is made up of nine groups, "
         "including the Quayside Porters Union and the Riverbank Growers Association.", MEM,
         "~Quayside Porters Union", "~Tidewater Labour Network"),
    # --- earlier names
    case("en-formerly-appos", "The Tidewater Labour Network, formerly the Quayside Workers "
         "Forum, met in May.", FKA, "~Tidewater Labour Network", "~Quayside Workers Forum"),
    case("en-formerly-paren", "The Tidewater Labour Network (formerly the Quayside Workers "
         "Forum) met in May.", FKA, "~Tidewater Labour Network", "~Quayside Workers Forum"),
    case("en-previously-called", "The Tidewater Labour Network was previously called the "
         "Quayside Workers Forum.", FKA, "~Tidewater Labour Network", "~Quayside Workers Forum"),
    case("es-anteriormente", "La Red Austral de Jornaleras, anteriormente conocida como "
         "Alianza Sur de Temporeras, se reunió en mayo.", FKA, "~Red Austral de Jornaleras",
         "~Alianza Sur de Temporeras"),
    case("fr-anciennement", "Le Réseau Fleuve et Solidarité, anciennement appelé Collectif "
         "Solidarité Saisonniers, s'est réuni en mai.", FKA, "~Réseau Fleuve et Solidarité",
         "~Collectif Solidarité Saisonniers"),
    # --- secretariat
    case("en-secretariat-based-at", "The Tidewater Labour Network's secretariat is based at the "
         "Quayside Porters Union.", HOST, "~Quayside Porters Union", "~Tidewater Labour Network"),
    case("en-secretariat-housed-at", "The secretariat of the Tidewater Labour Network is housed "
         "at the Quayside Porters Union.", HOST, "~Quayside Porters Union",
         "~Tidewater Labour Network"),
]  # fmt: skip

# (text, relation, source, target): no such relation
NOT_FOUND = [
    case("en-not-elected", "Rhea Okonkwo was not elected president of the Tidewater Labour "
         "Network.", AFF, "~Rhea Okonkwo", "~Tidewater Labour Network"),
    case("en-could-become", "Rhea Okonkwo could become director of the Tidewater Labour "
         "Network.", AFF, "~Rhea Okonkwo", "~Tidewater Labour Network"),
    case("en-will-be-represented", "The Tidewater Labour Network will be represented by Selma "
         "Aydin at next week's hearing.", AFF, "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-former-director", "Selma Aydin, former director of the Tidewater Labour Network, "
         "wrote the brief.", AFF, "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-envoy-for-state", "The special envoy for Norway, Selma Aydin, spoke.", AFF,
         "~Selma Aydin", "nor"),
    case("en-city-in-union-name", "Ivo Brandt, president of the Dock Workers Union of Lima, "
         "spoke.", AFF, "~Ivo Brandt", "per"),
    case("es-podria-ser-nombrada", "Valeria Montes podría ser nombrada directora de la Red "
         "Austral de Jornaleras.", AFF, "~Valeria Montes", "~Red Austral de Jornaleras"),
    case("fr-pourrait-etre-elue", "Mariama Sow pourrait être élue présidente de l'Union des "
         "Ouvrières du Fleuve.", AFF, "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("fr-ne-represente-pas", "L'Union des Ouvrières du Fleuve n'était pas représentée par "
         "Mariama Sow.", AFF, "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("en-secretariat-hedged", "The secretariat of the Tidewater Labour Network could be "
         "based at the Quayside Porters Union.", HOST, "~Quayside Porters Union",
         "~Tidewater Labour Network"),
    case("en-secretariat-city", "The secretariat of the Tidewater Labour Network is based in "
         "Nairobi.", HOST, "~Nairobi", "~Tidewater Labour Network"),
    case("es-conformada-negated", "La Red Austral de Jornaleras no está conformada por "
         "organizaciones como la Fundación Surco Abierto.", MEM, "~Fundación Surco Abierto",
         "~Red Austral de Jornaleras"),
    case("fr-title-no-member", "En présence de Mariama Sow, présidente de l'Union des "
         "Ouvrières du Fleuve, et de Yves Kerbrat, coordinateur de la Fédération des Saisonniers "
         "Bretons.", MEM, "~Union des Ouvrières du Fleuve", "~Fédération des Saisonniers Bretons"),
    case("en-owner-title-name-no-split", "The Tidewater Labour Network's Regional Director Selma "
         "Aydin spoke.", AFF, "~Selma Aydin", "~Regional Director"),
    case("en-demonym-former", "Former Hungarian Foreign Minister Gábor Farkas criticised the "
         "pact.", AFF, "~Gábor Farkas", "hun"),
    case("en-demonym-in-org-name", "The Hungarian Refugee Association's president, Eva Kiss, "
         "spoke.", AFF, "~Eva Kiss", "hun"),
    case("fr-n-est-plus-membre", "L'Association des Ouvriers Saisonniers n'est plus membre du "
         "réseau Fleuve et Solidarité.", MEM, "~Association des Ouvriers Saisonniers",
         "~Fleuve et Solidarité"),
]  # fmt: skip


def _found(ex: Extraction, rel: str, source: str, target: str) -> bool:
    sources, targets = ends(ex, source), ends(ex, target)
    return any(r.type == rel and r.source in sources and r.target in targets
               for r in ex.relations)  # fmt: skip


@pytest.mark.parametrize(("text", "rel", "source", "target"), FOUND)
def test_found(gz: Gazetteer, text: str, rel: str, source: str, target: str) -> None:
    ex = extract_relations(DATE + text, gz)
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    assert _found(ex, rel, source, target), got


@pytest.mark.parametrize(("text", "rel", "source", "target"), NOT_FOUND)
def test_not_found(gz: Gazetteer, text: str, rel: str, source: str, target: str) -> None:
    ex = extract_relations(DATE + text, gz)
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    assert not _found(ex, rel, source, target), got


SIGNATORIES = """Joint letter on seasonal work

Signatories:
Ivo Brandt, Policy Officer, Tidewater Labour Network, Sweden
Selma Aydin, Coordinator, Quayside Porters Union and Riverbank Growers Association
Nadia Haddad, Executive Director of the Harbourside Refugee Council
"""

FIRMANTES = """Carta abierta sobre el trabajo temporal

Firmantes:
Tomás Quiroga - Sindicato de Temporeros Unidos, Perú
"""


def test_signatory_lines(gz: Gazetteer) -> None:
    """A country after the organization is where, not whom; two organizations of one person
    are two; "Title of Organization" names the organization, never the title."""
    ex = extract_relations(DATE + SIGNATORIES, gz)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    assert _found(ex, AFF, "~Ivo Brandt", "~Tidewater Labour Network"), got
    assert not _found(ex, AFF, "~Ivo Brandt", "swe"), got
    assert _found(ex, AFF, "~Selma Aydin", "~Quayside Porters Union"), got
    assert _found(ex, AFF, "~Selma Aydin", "~Riverbank Growers Association"), got
    assert _found(ex, AFF, "~Nadia Haddad", "~Harbourside Refugee Council"), got
    names = {e.key: e.name for e in ex.entities}
    bodies = [names[t] for r, _, t in got if r == AFF]
    bad = ("Union and Riverbank", "Executive Director", "Officer", "Coordinator")
    assert not any(b in n for n in bodies for b in bad), bodies
    ex = extract_relations(DATE + FIRMANTES, gz)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    assert _found(ex, AFF, "~Tomás Quiroga", "~Sindicato de Temporeros Unidos"), got
    assert not _found(ex, AFF, "~Tomás Quiroga", "per"), got


BUREAU = """Collectif Fleuve et Solidarité

Le Collectif Fleuve et Solidarité est un réseau d'associations de travailleurs saisonniers.

Membres du bureau :
Président : Ousmane Diarra (Association des Ouvriers de Kayes)
Secrétaire générale : Aïssata Konaté
"""


def test_committee_lines_with_labels(gz: Gazetteer) -> None:
    """A committee's lines "Title : Name (Organization)": the person holds the title in the
    list's group and is of the organization in brackets; the title names no state."""
    ex = extract_relations(DATE + BUREAU, gz)
    got = [(r.type, r.source, r.target, r.properties.get("role")) for r in ex.relations]
    assert _found(ex, AFF, "~Ousmane Diarra", "~Collectif Fleuve et Solidarité"), got
    assert _found(ex, AFF, "~Ousmane Diarra", "~Association des Ouvriers de Kayes"), got
    assert _found(ex, AFF, "~Aïssata Konaté", "~Collectif Fleuve et Solidarité"), got
    roles = {p for r, s, t, p in got if r == AFF}
    assert "Secrétaire générale" in roles, got
    assert not any(r == MEM and "diarra" in s for r, s, _, _ in got), got
    assert not any(r == AFF and t in ("mli", "sen", "fra") for r, _, t, _ in got), got
