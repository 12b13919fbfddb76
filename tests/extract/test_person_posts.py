"""A person's post at a body (AFFILIATED_WITH) in more shapes, in English, Spanish and French:
"P, qui dirige l'Union des X" (a body's name whose head a tagger reads as a common noun, with
its own of-words), people a group's noun lists after a verb with no subject ("Forman parte de
la red P y Q", "Font partie du réseau P et Q"), the founders an oblique of initiative names
("nació por iniciativa de P y de su hermana Q", "was set up at the initiative of P and Q"), a
unit of the body's people between the names and the body ("P y Q, del equipo de la Red X", "du
secrétariat du Réseau X"), a rarer title ("primer visitador de la ACR"), a state's post said on
taking office ("El nuevo canciller, P, ..., al asumir el cargo"), and speaker lines with two
bodies or a title after the body's name ("P, Director, Asociación X; miembro del consejo de Y",
"P, O Chair, <country>"). Each with what gives nothing: a negation, a hedge, a forecast, a
question, someone else's demand, a former post, and no body cut out of another's name. The
names and texts are written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import re

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, ends, found

DATE = "2023-03-09\n\n"
AFF = "AFFILIATED_WITH"
SIDE = "Side event: seasonal work after the pandemic\n\n"


FOUND = [
    # a body's name whose head word a tagger reads as a common noun with of-words of its own
    case("fr-qui-dirige-union", "« Non », a dit Mariama Sow, qui dirige l'Union des Ouvrières "
         "du Fleuve.", "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("fr-dirige-union", "Mariama Sow dirige l'Union des Ouvrières du Fleuve depuis 2019.",
         "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("es-encabeza-union", "Lucía Ferreyra encabeza la Unión de Jornaleras del Valle.",
         "~Lucía Ferreyra", "~Unión de Jornaleras del Valle"),
    # people a group's noun lists after a verb with no subject
    case("es-forman-parte-1", "La Red Austral de Jornaleras reúne a activistas de cuatro "
         "países. Forman parte de la red Lucía Ferreyra y Tomás Urrutia.", "~Lucía Ferreyra",
         "~Red Austral de Jornaleras"),
    case("es-forman-parte-2", "La Red Austral de Jornaleras reúne a activistas de cuatro "
         "países. Forman parte de la red Lucía Ferreyra y Tomás Urrutia.", "~Tomás Urrutia",
         "~Red Austral de Jornaleras"),
    case("es-forman-parte-del-movimiento", "La Red Austral de Jornaleras reúne a activistas. "
         "Forman parte del movimiento Tomás Urrutia, Rosa Páez y Julián Soto.", "~Julián Soto",
         "~Red Austral de Jornaleras"),
    case("fr-font-partie-1", "Le Réseau Fleuve et Solidarité rassemble des militants. Font "
         "partie du réseau Mariama Sow et Awa Diallo.", "~Mariama Sow",
         "~Réseau Fleuve et Solidarité"),
    case("fr-font-partie-2", "Le Réseau Fleuve et Solidarité rassemble des militants. Font "
         "partie du réseau Mariama Sow et Awa Diallo.", "~Awa Diallo",
         "~Réseau Fleuve et Solidarité"),
    # founders named by an oblique of initiative, a relative's noun beside a name
    case("es-iniciativa-1", "La Red Austral de Jornaleras nació por iniciativa de Lucía "
         "Ferreyra y de su hermana Rosa Ferreyra.", "~Lucía Ferreyra",
         "~Red Austral de Jornaleras"),
    case("es-iniciativa-hermana", "La Red Austral de Jornaleras nació por iniciativa de Lucía "
         "Ferreyra y de su hermana Rosa Ferreyra.", "~Rosa Ferreyra",
         "~Red Austral de Jornaleras"),
    case("es-creada-por-iniciativa", "La Asociación de Recolectoras del Valle fue creada en "
         "2011 por iniciativa de Tomás Urrutia.", "~Tomás Urrutia",
         "~Asociación de Recolectoras del Valle"),
    case("fr-initiative-mari", "Le Réseau Fleuve et Solidarité a été fondé à l'initiative de "
         "Mariama Sow et de son mari Ousmane Ba.", "~Ousmane Ba", "~Réseau Fleuve et Solidarité"),
    case("fr-ne-a-linitiative", "Le Collectif des Femmes de Tambacounda est né en 2015 à "
         "l'initiative d'Awa Diallo et de Fatou Ndiaye.", "~Fatou Ndiaye",
         "~Collectif des Femmes de Tambacounda"),
    case("en-set-up-initiative", "The Tidewater Labour Network was set up in 2004 at the "
         "initiative of Selma Aydin and Ivo Brandt.", "~Ivo Brandt", "~Tidewater Labour Network"),
    case("en-created-initiative-three", "The Harbour Workers Alliance was created on the "
         "initiative of Priya Raman, Selma Aydin and Ivo Brandt.", "~Priya Raman",
         "~Harbour Workers Alliance"),
    # a unit of the body's people between the names and the body
    case("es-del-equipo-1", "Lucía Ferreyra y Tomás Urrutia, del equipo de la Red Austral de "
         "Jornaleras, presentaron el informe.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("es-del-equipo-after-verb", "Presentaron el informe Lucía Ferreyra y Tomás Urrutia, "
         "del equipo de la Red Austral de Jornaleras.", "~Tomás Urrutia",
         "~Red Austral de Jornaleras"),
    case("fr-de-lequipe", "Mariama Sow et Awa Diallo, de l'équipe du Réseau Fleuve et "
         "Solidarité, ont présenté le rapport.", "~Awa Diallo", "~Réseau Fleuve et Solidarité"),
    case("fr-du-secretariat", "Le rapport a été présenté par Mariama Sow et Awa Diallo, du "
         "secrétariat du Réseau Fleuve et Solidarité.", "~Mariama Sow",
         "~Réseau Fleuve et Solidarité"),
    # a rarer title with the body's acronym
    case("es-primer-visitador", "La Comisión Estatal de Derechos Laborales (CEDL) publicó un "
         "informe. Según Tomás Urrutia, primer visitador de la CEDL, la situación empeora.",
         "~Tomás Urrutia", "~Comisión Estatal de Derechos Laborales"),
    # a state's post said on taking office still holds
    case("es-canciller-al-asumir", "Chile y el pacto\n\nEl gobierno no firmará el acuerdo. El "
         "nuevo canciller, Mateo Ilabaca, ya lo había anticipado el lunes, al asumir el cargo.",
         "~Mateo Ilabaca", "chl"),
    # a relative clause with a copula or a verb of working, in French and English
    case("fr-qui-est-presidente", "Mariama Sow, qui est présidente de l'Union des Ouvrières du "
         "Fleuve, a parlé.", "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("fr-qui-travaille-a", "Mariama Sow, qui travaille à l'Union des Ouvrières du Fleuve, "
         "a parlé.", "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("en-who-is-the-chair", "Selma Aydin, who is the chair of the Tidewater Labour "
         "Network, spoke.", "~Selma Aydin", "~Tidewater Labour Network"),
    # who speaks on a body's behalf
    case("es-en-representacion-first", "En representación de la Red Austral de Jornaleras, "
         "Lucía Ferreyra señaló que la ley es injusta.", "~Lucía Ferreyra",
         "~Red Austral de Jornaleras"),
    case("fr-au-nom-de-aside", "Mariama Sow, au nom de l'Union des Ouvrières du Fleuve, a "
         "rappelé que la loi est injuste.", "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("en-on-behalf-of", "Selma Aydin spoke on behalf of the Tidewater Labour Network.",
         "~Selma Aydin", "~Tidewater Labour Network"),
    case("es-intervino-en-nombre", "Lucía Ferreyra intervino en nombre de la Red Austral de "
         "Jornaleras.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    # speaker lines: a title after the body's name, a body after a bare title, two bodies
    case("en-line-body-then-title", SIDE + "Speakers:\nPriya Raman, Harbour Workers Alliance "
         "Chair, Norway\nIvo Brandt, Director of Programmes, Tidewater Labour Network (Sweden)\n",
         "~Priya Raman", "~Harbour Workers Alliance"),
    case("es-line-title-body-semicolon", SIDE + "Ponentes:\n- Tomás Urrutia, Director, "
         "Asociación de Recolectoras del Valle; miembro del consejo del Sindicato de Temporeros "
         "Unidos\n", "~Tomás Urrutia", "~Sindicato de Temporeros Unidos"),
    case("fr-line-title-body-semicolon", SIDE + "Intervenants :\n- Awa Diallo, chargée de "
         "plaidoyer, Collectif des Femmes de Tambacounda ; membre du bureau de l'Association des "
         "Ouvriers de Kayes\n", "~Awa Diallo", "~Collectif des Femmes de Tambacounda"),
]  # fmt: skip

NOT_FOUND = [
    case("es-no-forman-parte", "La Red Austral de Jornaleras reúne a activistas. No forman "
         "parte de la red Lucía Ferreyra y Tomás Urrutia.", "~Lucía Ferreyra",
         "~Red Austral de Jornaleras"),
    case("fr-pourraient-faire-partie", "Le Réseau Fleuve et Solidarité rassemble des "
         "militants. Pourraient faire partie du réseau Mariama Sow et Awa Diallo.",
         "~Mariama Sow", "~Réseau Fleuve et Solidarité"),
    case("es-podria-nacer", "La Red Austral de Jornaleras podría nacer por iniciativa de Lucía "
         "Ferreyra.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("en-will-be-set-up", "The Tidewater Labour Network will be set up at the initiative "
         "of Selma Aydin.", "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-not-created", "The Tidewater Labour Network was not created at the initiative of "
         "Selma Aydin.", "~Selma Aydin", "~Tidewater Labour Network"),
    case("es-taller-por-iniciativa", "La Red Austral de Jornaleras organizó un taller por "
         "iniciativa de Lucía Ferreyra.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("en-expected-appointed", "Selma Aydin is expected to be appointed chair of the "
         "Tidewater Labour Network.", "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-could-become", "Selma Aydin could become president of the Tidewater Labour "
         "Network next year.", "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-was-proposed", "Selma Aydin was proposed as chair of the Tidewater Labour Network, "
         "but the board declined.", "~Selma Aydin", "~Tidewater Labour Network"),
    case("es-podria-convertirse", "Lucía Ferreyra podría convertirse en presidenta de la Red "
         "Austral de Jornaleras.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("es-se-espera-nombrada", "Se espera que Lucía Ferreyra sea nombrada directora de la "
         "Red Austral de Jornaleras.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("fr-pourrait-etre-elue", "Mariama Sow pourrait être élue présidente du Réseau Fleuve "
         "et Solidarité.", "~Mariama Sow", "~Réseau Fleuve et Solidarité"),
    case("fr-proposee-comme", "Mariama Sow a été proposée comme présidente du Réseau Fleuve et "
         "Solidarité.", "~Mariama Sow", "~Réseau Fleuve et Solidarité"),
    case("en-question", "Should Selma Aydin chair the Tidewater Labour Network?",
         "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-urged", "Members urged Selma Aydin to lead the Tidewater Labour Network.",
         "~Selma Aydin", "~Tidewater Labour Network"),
    case("es-pidieron-que-dirija", "Los socios pidieron a Lucía Ferreyra que dirija la Red "
         "Austral de Jornaleras.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("fr-demande-de-presider", "Les membres ont demandé à Mariama Sow de présider le Réseau "
         "Fleuve et Solidarité.", "~Mariama Sow", "~Réseau Fleuve et Solidarité"),
    case("es-dejo-de-ser", "Lucía Ferreyra dejó de ser integrante de la Red Austral de "
         "Jornaleras en 2019.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("en-former-director", "Ivo Brandt, the former director of the Tidewater Labour "
         "Network, spoke first.", "~Ivo Brandt", "~Tidewater Labour Network"),
    case("fr-ancienne-presidente", "Awa Diallo, ancienne présidente du Réseau Fleuve et "
         "Solidarité, a parlé.", "~Awa Diallo", "~Réseau Fleuve et Solidarité"),
    case("fr-qui-nest-plus", "Mariama Sow, qui n'est plus présidente de l'Union des "
         "Ouvrières du Fleuve, a parlé.", "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    case("en-who-is-not-the-chair", "Selma Aydin, who is not the chair of the Tidewater Labour "
         "Network, spoke.", "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-will-speak-on-behalf", "Selma Aydin will speak on behalf of the Tidewater Labour "
         "Network next week.", "~Selma Aydin", "~Tidewater Labour Network"),
    case("en-did-not-speak-on-behalf", "Selma Aydin did not speak on behalf of the Tidewater "
         "Labour Network.", "~Selma Aydin", "~Tidewater Labour Network"),
    case("es-podria-intervenir-en-nombre", "Lucía Ferreyra podría intervenir en nombre de la "
         "Red Austral de Jornaleras.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
    case("fr-travaille-a-un-rapport", "Mariama Sow travaille à la rédaction d'un rapport sur "
         "l'Union des Ouvrières du Fleuve.", "~Mariama Sow", "~Union des Ouvrières du Fleuve"),
    # the wrong body: a title whose body follows it is no state's post; a title after the
    # second name of a list is that name's, not the first's
    case("fr-line-title-body-country", SIDE + "Intervenants :\n- Mme Mariama Sow, Présidente, "
         "Union des Ouvrières du Fleuve, Sénégal\n", "~Mariama Sow", "sen"),
    case("fr-second-name-title", "Avec la participation de Mariama Sow, présidente de l'Union "
         "des Ouvrières du Fleuve, et d'Awa Diallo, chercheuse au Centre d'Études du Fleuve.",
         "~Mariama Sow", "~Centre d'Études du Fleuve"),
    case("es-exdirectora", "La exdirectora de la Red Austral de Jornaleras, Lucía Ferreyra, "
         "habló primero.", "~Lucía Ferreyra", "~Red Austral de Jornaleras"),
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


# (text, person, a pattern no name of the person's bodies may match)
NO_CUT_NAMES = [
    pytest.param(SIDE + "Speakers:\nPriya Raman, Harbour Workers Alliance Chair, Norway\n",
                 "~Priya Raman", r"Chair$", id="en-title-not-in-name"),
    pytest.param(SIDE + "Ponentes:\n- Tomás Urrutia, Director, Asociación de Recolectoras del "
                 "Valle; miembro del consejo del Sindicato de Temporeros Unidos\n",
                 "~Tomás Urrutia", r"^Recolectoras", id="es-asociacion-not-cut"),
    pytest.param(SIDE + "Intervenants :\n- Awa Diallo, chargée de plaidoyer, Collectif des "
                 "Femmes de Tambacounda ; membre du bureau de l'Association des Ouvriers de "
                 "Kayes\n", "~Awa Diallo", r"^Femmes", id="fr-collectif-not-cut"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "bad"), NO_CUT_NAMES)
def test_no_body_cut_from_a_name(gz: Gazetteer, text: str, person: str, bad: str) -> None:
    """A body's name in a speaker line is whole: "Asociación de X" is no title "Asociación"
    of a body "X", and a title after a body's name ("O Chair") is no part of it."""
    ex = extract_relations(DATE + text, gz)
    names = {e.key: e.name for e in ex.entities}
    people = ends(ex, person)
    targets = [names.get(r.target, r.target) for r in ex.relations
               if r.type == AFF and r.source in people]  # fmt: skip
    assert targets, [(r.type, r.source, r.target) for r in ex.relations]
    assert not any(re.search(bad, t) for t in targets), targets


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Mme Mariama Sow, présidente de l'Union des Ouvrières du Fleuve, a parlé.",
                     "Mariama Sow", id="fr-mme"),
        pytest.param("Ms Selma Aydin, chair of the Tidewater Labour Network, spoke.",
                     "Selma Aydin", id="en-ms"),
        pytest.param("Dr Ivo Brandt, director of the Tidewater Labour Network, spoke.",
                     "Ivo Brandt", id="en-dr"),
    ],
)  # fmt: skip
def test_honorific_without_stop(gz: Gazetteer, text: str, name: str) -> None:
    """An honorific written with no stop ("Mme", "Ms", "Dr") is no part of the person's name."""
    ex = extract_relations(DATE + text, gz)
    names = {e.key: e.name for e in ex.entities}
    people = [names.get(r.source) for r in ex.relations if r.type == AFF]
    assert people and all(p == name for p in people), people
