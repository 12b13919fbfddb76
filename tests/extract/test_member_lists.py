"""Long member lists on a network's own page (EN/ES/FR): a heading with a colon and one member
a line, names set apart by spaced dashes ("A (X) - B (Y) - C (Z)"), "está formada por",
"Forman parte de la red A, B y C", "le collectif est composé de", "the committee is made up
of", a "Coordination" as a network's name; and the forms that make no membership: former
members, "applied to join", "may join", partners, a panel's speakers. Every name is invented
for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run

EN = ("Harbour Action Committee - About us\n\nThe Harbour Action Committee was founded in 2012 "
      "by migrant groups.\n\n")  # fmt: skip
ES = "Red Andina de Acogida - Quiénes somos\n\nLa Red Andina de Acogida nació en 2012.\n\n"
FR = "Coordination Phare - Qui sommes-nous\n\nLa Coordination Phare est née en 2012.\n\n"
EN_NET, ES_NET, FR_NET = "Harbour Action Committee", "Red Andina de Acogida", "Coordination Phare"

EN4 = {"Lumen Aid Trust", "Brisamar Workers Union", "Faro Legal Centre", "Delta Women Forum"}
EN3 = EN4 - {"Delta Women Forum"}
ES4 = {"Asociación Faro de Derechos", "Colectivo Brisa Migrante", "Fundación Puente Sur",
       "Centro Horizonte"}  # fmt: skip
ES3 = ES4 - {"Centro Horizonte"}
FR4 = {"Association Lumen des Droits", "Collectif Brise Migrante", "Fondation Pont Sud",
       "Centre Étoile"}  # fmt: skip
COUNTRY_NETS = {"Migrant Network of Kenya", "Workers Forum of Ghana", "Rights Trust of Nigeria",
                "Faro Centre of Uganda"}  # fmt: skip


def members(ex: Extraction, group: str) -> set[str]:
    ents = {e.key: e for e in ex.entities}
    return {
        ents[r.source].name
        for r in ex.relations
        if r.type == "MEMBER_OF" and r.source in ents and r.target in ents
        and ents[r.target].name == group
    }  # fmt: skip


def types_of(ex: Extraction) -> set[str]:
    return {r.type for r in ex.relations}


LISTS = [
    # names one after another on a line, set apart by spaced dashes
    (EN, "Members: Lumen Aid Trust (LAT) - Brisamar Workers Union (BWU) - Faro Legal Centre "
         "(FLC)\n", EN_NET, EN3),
    (EN, "Members:\nLumen Aid Trust (Norland) \u2013 Brisamar Workers Union \u2013 Faro Legal "
         "Centre (Kenya)\n", EN_NET, EN3),
    (ES, "Organizaciones miembros: Asociación Faro de Derechos (AFD) - Colectivo Brisa Migrante "
         "(CBM) - Fundación Puente Sur (FPS)\n", ES_NET, ES3),
    (FR, "Membres : Association Lumen des Droits (ALD) \u2013 Collectif Brise Migrante (CBM) "
         "\u2013 Fondation Pont Sud (FPS) \u2013 Centre Étoile (CE)\n", FR_NET, FR4),
    # "the committee" is the committee the page is about
    (EN, "The committee is made up of the Lumen Aid Trust (LAT), the Brisamar Workers Union "
         "(BWU), the Faro Legal Centre (FLC) and the Delta Women Forum (DWF).\n", EN_NET, EN4),
    (EN, "The committee is composed of the Migrant Network of Kenya, the Workers Forum of Ghana, "
         "the Rights Trust of Nigeria and the Faro Centre of Uganda.\n", EN_NET, COUNTRY_NETS),
    (EN, "The committee currently consists of the following organisations:\n- Lumen Aid Trust\n"
         "- Brisamar Workers Union\n- Faro Legal Centre\n- Delta Women Forum\n", EN_NET, EN4),
    # a heading that announces the members, one a line
    (ES, "La red está formada por las siguientes organizaciones:\nAsociación Faro de Derechos "
         "(Chile)\nColectivo Brisa Migrante (Perú)\nFundación Puente Sur (Bolivia)\nCentro "
         "Horizonte (Ecuador)\n", ES_NET, ES4),
    (ES, "La red está constituida por:\nAsociación Faro de Derechos\nColectivo Brisa Migrante\n"
         "Fundación Puente Sur\n", ES_NET, ES3),
    # the members after the group noun of a verb with no subject
    (ES, "Forman parte de la red la Asociación Faro de Derechos, el Colectivo Brisa Migrante, la "
         "Fundación Puente Sur y el Centro Horizonte.\n", ES_NET, ES4),
    (ES, "Desde 2015, las organizaciones que integran la red \u2013la Asociación Faro de "
         "Derechos, el Colectivo Brisa Migrante, la Fundación Puente Sur y el Centro "
         "Horizonte\u2013 trabajan juntas.\n", ES_NET, ES4),
    # a "Coordination" is a network's name; "la coordination est composée de"
    (FR, "La Coordination Phare regroupe l'Association Lumen des Droits, le Collectif Brise "
         "Migrante, la Fondation Pont Sud et le Centre Étoile.\n", FR_NET, FR4),
    (FR, "La coordination est composée de l'Association Lumen des Droits, du Collectif Brise "
         "Migrante, de la Fondation Pont Sud et du Centre Étoile.\n", FR_NET, FR4),
    (FR, "Le collectif est composé des organisations suivantes :\nAssociation Lumen des Droits "
         "(France)\nCollectif Brise Migrante (Belgique)\nFondation Pont Sud (Maroc)\nCentre "
         "Étoile (Sénégal)\n", FR_NET, FR4),
    (FR, "Ses membres sont l'Association Lumen des Droits, le Collectif Brise Migrante, la "
         "Fondation Pont Sud et le Centre Étoile.\n", FR_NET, FR4),
]  # fmt: skip


@pytest.mark.parametrize(("head", "body", "group", "expected"), LISTS)
def test_every_member_of_a_long_list(
    gz: Gazetteer, head: str, body: str, group: str, expected: set[str]
) -> None:
    ex = run(gz, "2018-12-04\n\n" + head + body)
    found = members(ex, group)
    assert expected <= found, ex.relations
    # no name made of the whole dashed line, nothing but the listed names as members
    assert found <= expected, ex.relations
    assert "ORGANIZED" not in types_of(ex), ex.relations


NOTHING = [
    (EN, "The Lumen Aid Trust left the committee in 2017.\n"),
    (EN, "The Brisamar Workers Union has applied to join the committee.\n"),
    (EN, "The Faro Legal Centre may join the committee next year.\n"),
    (EN, "The panel was composed of:\nAna Lind (Lumen Aid Trust)\nTom Berg (Faro Legal "
         "Centre)\n"),
    (ES, "La Asociación Faro de Derechos dejó de ser miembro de la red en 2016.\n"),
    (ES, "El Colectivo Brisa Migrante solicitó su ingreso a la red.\n"),
    (ES, "La Fundación Puente Sur podría sumarse a la red el próximo año.\n"),
    (ES, "No forman parte de la red la Asociación Faro de Derechos y el Colectivo Brisa "
         "Migrante.\n"),
    (ES, "Podrían formar parte de la red la Asociación Faro de Derechos y el Colectivo Brisa "
         "Migrante.\n"),
    (ES, "El panel estuvo formado por:\nAna Lind (Asociación Faro de Derechos)\nTomás Berg "
         "(Colectivo Brisa Migrante)\n"),
    (FR, "L'Association Lumen des Droits a quitté la coordination en 2017.\n"),
    (FR, "Le Collectif Brise Migrante a demandé à rejoindre la coordination.\n"),
    (FR, "La Fondation Pont Sud pourrait rejoindre la coordination.\n"),
    (FR, "La coordination travaille en partenariat avec l'Association Lumen des Droits et le "
         "Centre Étoile.\n"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "body"), NOTHING)
def test_no_membership(gz: Gazetteer, head: str, body: str) -> None:
    ex = run(gz, "2018-12-04\n\n" + head + body)
    assert not [r for r in ex.relations if r.type == "MEMBER_OF"], ex.relations
