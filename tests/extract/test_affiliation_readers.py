"""A person's post set off after the name, with the body it is of, where the post is read by
its shape, not only by a list: "P, <title> of/at/for O", "P, <title>, O", "P - <title>, O",
"P, <title> - O", "P, O's <title>", "P, T1, O1, T2, O2" (a list of posts), "P, <cargo> de O",
"P, <fonction>, O", in English, Spanish and French; a name the first readers do not know as a
person's is one when such a post follows it. Each with what gives nothing: a tie that is no
post ("a critic of O", "amiga de la fundadora de O", "opposante au O"), a post held no more
("former", "ex", "ancienne"), a place after the name, a verb between the person and the body.
The names and texts are written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import case, ends, found

AFF = "AFFILIATED_WITH"
HEAD = {
    "en": "2022-06-14\n\nRegional meeting of civil society groups on the rights of migrants\n\n",
    "es": "2022-06-14\n\nEncuentro regional de organizaciones sobre los derechos de las "
    "personas migrantes\n\n",
    "fr": "2022-06-14\n\nRencontre des associations de la région sur les droits des personnes "
    "migrantes\n\n",
}


def _extract(gz: Gazetteer, language: str, text: str) -> Extraction:
    return extract_relations(HEAD[language] + text + "\n", gz)


def _bodies_of(ex: Extraction, person: str) -> set[str]:
    """The names of every body an affiliation of the person names."""
    people = ends(ex, person)
    names = {e.key: e.name for e in ex.entities}
    return {names[r.target] for r in ex.relations if r.type == AFF and r.source in people}


PEOPLE = {"Omar Delacroix", "Irene Moss", "Vera Okonjo", "Lucía Barrenechea", "Tomás Urquiza",
          "Margaux Delteil", "Bastien Roussel", "Hana Kowalczyk", "Rafael Ostrander",
          "Dana Whitcombe", "Rosario Echeverría", "Gilberto Anaya", "Solène Maréchal",
          "Idriss Kanté", "Bintou Sarr"}  # fmt: skip

FOUND = [
    # English: a post of the lexicon or one read by its head's ending, with its body
    case("en-comma-title-comma-body", "en", "Omar Delacroix, Senior Campaigns Officer, Coastal "
         "Migrant Alliance, closed the session.", "~Omar Delacroix", "Coastal Migrant Alliance"),
    case("en-dash-line", "en", "Speakers:\nOmar Delacroix \u2013 Legal Officer, Coastal Migrant "
         "Alliance\nIrene Moss \u2013 Policy Analyst, Tideline Workers Union", "~Omar Delacroix",
         "Coastal Migrant Alliance"),
    case("en-dash-line-second", "en", "Speakers:\nOmar Delacroix \u2013 Legal Officer, Coastal "
         "Migrant Alliance\nIrene Moss \u2013 Policy Analyst, Tideline Workers Union",
         "~Irene Moss",
         "Tideline Workers Union"),
    case("en-title-dash-body", "en", "Omar Delacroix, Legal Officer \u2013 Coastal Migrant "
         "Alliance",
         "~Omar Delacroix", "Coastal Migrant Alliance"),
    case("en-possessive", "en", "Omar Delacroix, Coastal Migrant Alliance's Protection "
         "Specialist, closed the session.", "~Omar Delacroix", "Coastal Migrant Alliance"),
    case("en-the-possessive", "en", "Omar Delacroix, the Coastal Migrant Alliance's Protection "
         "Specialist, closed the session.", "~Omar Delacroix", "Coastal Migrant Alliance"),
    case("en-associate", "en", "Omar Delacroix, Research Associate, Institute for Mobility "
         "Studies, presented the findings.", "~Omar Delacroix", "Institute for Mobility Studies"),
    case("en-analyst-lowercase", "en", "Irene Moss, migration analyst, Institute for Mobility "
         "Studies, presented the findings.", "~Irene Moss", "Institute for Mobility Studies"),
    case("en-focal-point-list-first", "en", "Omar Delacroix, Regional Focal Point, Coastal "
         "Migrant Alliance, and Irene Moss, Communications Lead, Tideline Workers Union, spoke.",
         "~Omar Delacroix", "Coastal Migrant Alliance"),
    case("en-focal-point-list-second", "en", "Omar Delacroix, Regional Focal Point, Coastal "
         "Migrant Alliance, and Irene Moss, Communications Lead, Tideline Workers Union, spoke.",
         "~Irene Moss", "Tideline Workers Union"),
    case("en-two-posts-second-body", "en", "Vera Okonjo \u2013 Director, Centre for Coastal "
         "Studies, "
         "Lecturer in Labour Law, Riverbend University", "~Vera Okonjo", "Riverbend University"),
    case("en-two-posts-two-bodies", "en", "Vera Okonjo \u2013 Coordinator, Coastal Migrant "
         "Alliance, "
         "Lecturer in Labour Law, Riverbend University", "~Vera Okonjo",
         "Coastal Migrant Alliance"),
    case("en-head-of", "en", "Irene Moss, Head of Outreach, Tideline Workers Union, opened the "
         "meeting.", "~Irene Moss", "Tideline Workers Union"),
    case("en-list-lines-unknown-posts", "en", "Speakers:\nHana Kowalczyk, Programme Manager, "
         "Delta Seafarers Trust\nRafael Ostrander, Outreach Worker, Northgate Day Labour Centre"
         "\nDana Whitcombe, Campaigns Intern, Northgate Day Labour Centre", "~Rafael Ostrander",
         "Northgate Day Labour Centre"),
    case("en-list-lines-intern", "en", "Speakers:\nHana Kowalczyk, Programme Manager, Delta "
         "Seafarers Trust\nRafael Ostrander, Outreach Worker, Northgate Day Labour Centre\n"
         "Dana Whitcombe, Campaigns Intern, Northgate Day Labour Centre", "~Dana Whitcombe",
         "Northgate Day Labour Centre"),
    case("en-possessive-caseworker", "en", "Hana Kowalczyk, Delta Seafarers Trust's Senior "
         "Caseworker, spoke.", "~Hana Kowalczyk", "Delta Seafarers Trust"),
    case("en-board-trustee", "en", "Hana Kowalczyk, Board Trustee, Delta Seafarers Trust, "
         "spoke.", "~Hana Kowalczyk", "Delta Seafarers Trust"),
    case("en-acronym-after-body", "en", "Omar Delacroix, Senior Campaigns Officer, Coastal "
         "Migrant Alliance (CMA), closed the session.", "~Omar Delacroix",
         "Coastal Migrant Alliance"),
    case("en-body-title-name", "en", "Coastal Migrant Alliance coordinator Omar Delacroix said "
         "the rules must change.", "~Omar Delacroix", "Coastal Migrant Alliance"),
    # Spanish
    case("es-oficial-coma", "es", "Lucía Barrenechea, oficial de programas, Red Andina de "
         "Movilidad, abrió el encuentro.", "~Lucía Barrenechea", "Red Andina de Movilidad"),
    case("es-guion", "es", "Lucía Barrenechea \u2013 coordinadora regional, Red Andina de "
         "Movilidad",
         "~Lucía Barrenechea", "Red Andina de Movilidad"),
    case("es-analista-de", "es", "Lucía Barrenechea, analista de políticas del Colectivo "
         "Frontera Viva, abrió el encuentro.", "~Lucía Barrenechea", "Colectivo Frontera Viva"),
    case("es-integrante", "es", "Lucía Barrenechea, integrante del Colectivo Frontera Viva, "
         "abrió el encuentro.", "~Lucía Barrenechea", "Colectivo Frontera Viva"),
    case("es-especialista-coma", "es", "Tomás Urquiza, especialista en protección, Colectivo "
         "Frontera Viva, moderó el panel.", "~Tomás Urquiza", "Colectivo Frontera Viva"),
    case("es-cargo-guion-cuerpo", "es", "Tomás Urquiza, investigador asociado \u2013 Instituto de "
         "Estudios del Litoral", "~Tomás Urquiza", "Instituto de Estudios del Litoral"),
    case("es-lista-oficial", "es", "Panelistas:\nRosario Echeverría, oficial de protección, "
         "Pastoral de Movilidad del Sur\nGilberto Anaya \u2013 promotor comunitario, Casa Refugio "
         "Los Pinos", "~Rosario Echeverría", "Pastoral de Movilidad del Sur"),
    case("es-lista-promotor", "es", "Panelistas:\nRosario Echeverría, oficial de protección, "
         "Pastoral de Movilidad del Sur\nGilberto Anaya \u2013 promotor comunitario, Casa Refugio "
         "Los Pinos", "~Gilberto Anaya", "Casa Refugio Los Pinos"),
    case("es-moderada-por-enlace", "es", "La mesa fue moderada por Rosario Echeverría, enlace "
         "regional de la Pastoral de Movilidad del Sur.", "~Rosario Echeverría",
         "Pastoral de Movilidad del Sur"),
    case("es-voluntaria", "es", "Rosario Echeverría, voluntaria de la Casa Refugio Los Pinos, "
         "relató su experiencia.", "~Rosario Echeverría", "Casa Refugio Los Pinos"),
    case("fr-etat-dans-un-poste-d-abord", "fr", "Parmi les invitées, Bintou Sarr, journaliste "
         "en exil en France, membre du Collectif Rives Solidaires, a pris la parole.",
         "~Bintou Sarr", "Collectif Rives Solidaires"),
    case("es-que-preside", "es", "Lucía Barrenechea, que preside la Red Andina de Movilidad, "
         "habló.", "~Lucía Barrenechea", "Red Andina de Movilidad"),
    case("es-sigla-tras-cuerpo", "es", "Lucía Barrenechea, oficial de programas de la Red Andina "
         "de Movilidad (RAM), abrió el encuentro.", "~Lucía Barrenechea",
         "Red Andina de Movilidad"),
    case("es-cargo-antes-del-nombre", "es", "La oficial de programas de la Red Andina de "
         "Movilidad, Lucía Barrenechea, dijo que las reglas deben cambiar.", "~Lucía Barrenechea",
         "Red Andina de Movilidad"),
    # French
    case("fr-poste-avant-le-nom", "fr", "La chargée de plaidoyer du Collectif Rives Solidaires, "
         "Margaux Delteil, a rappelé que les règles doivent changer.", "~Margaux Delteil",
         "Collectif Rives Solidaires"),
    case("fr-qui-coordonne", "fr", "Margaux Delteil, qui coordonne le Collectif Rives "
         "Solidaires, a parlé.", "~Margaux Delteil", "Collectif Rives Solidaires"),
    case("fr-liste-chargee-de-mission", "fr", "Intervenants :\nSolène Maréchal, chargée de "
         "mission, Réseau Entraide Exil\nIdriss Kanté \u2013 animateur de réseau, Collectif Rives "
         "Solidaires", "~Solène Maréchal", "Réseau Entraide Exil"),
    case("fr-liste-animateur", "fr", "Intervenants :\nSolène Maréchal, chargée de mission, "
         "Réseau Entraide Exil\nIdriss Kanté \u2013 animateur de réseau, Collectif Rives "
         "Solidaires", "~Idriss Kanté", "Collectif Rives Solidaires"),
    case("fr-animee-par-referente", "fr", "La table ronde a été animée par Solène Maréchal, "
         "référente juridique du Réseau Entraide Exil.", "~Solène Maréchal",
         "Réseau Entraide Exil"),
    case("fr-benevole", "fr", "Solène Maréchal, bénévole au Réseau Entraide Exil, a témoigné.",
         "~Solène Maréchal", "Réseau Entraide Exil"),
    case("fr-chargee-virgule", "fr", "Margaux Delteil, chargée de plaidoyer, Association "
         "Horizons Partagés, a ouvert la séance.", "~Margaux Delteil",
         "Association Horizons Partagés"),
    case("fr-responsable-du-pole", "fr", "Margaux Delteil, responsable du pôle accueil de "
         "l'Association Horizons Partagés, a ouvert la séance.", "~Margaux Delteil",
         "Association Horizons Partagés"),
    case("fr-tiret", "fr", "Margaux Delteil \u2013 juriste, Association Horizons Partagés",
         "~Margaux Delteil", "Association Horizons Partagés"),
    case("fr-sociologue", "fr", "Margaux Delteil, sociologue, Collectif Rives Solidaires, a "
         "présenté l'étude.", "~Margaux Delteil", "Collectif Rives Solidaires"),
    case("fr-adherente", "fr", "Margaux Delteil, adhérente du Collectif Rives Solidaires, a "
         "présenté l'étude.", "~Margaux Delteil", "Collectif Rives Solidaires"),
    case("en-who-leads", "en", "Omar Delacroix, who leads the Coastal Migrant Alliance, "
         "spoke.", "~Omar Delacroix", "Coastal Migrant Alliance"),
    case("en-chaired-by", "en", "The Coastal Migrant Alliance is chaired by Omar Delacroix.",
         "~Omar Delacroix", "Coastal Migrant Alliance"),
    case("fr-qui-preside", "fr", "Margaux Delteil, qui préside le Collectif Rives Solidaires, "
         "a parlé.", "~Margaux Delteil", "Collectif Rives Solidaires"),
    case("fr-fonction-tiret-corps", "fr", "Bastien Roussel, officier de liaison \u2013 Collectif "
         "Rives Solidaires", "~Bastien Roussel", "Collectif Rives Solidaires"),
]  # fmt: skip


NOT_FOUND = [
    case("en-critic", "en", "Omar Delacroix, a long-time critic of the Coastal Migrant Alliance, "
         "closed the session.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-opponent", "en", "Omar Delacroix, an opponent of the Coastal Migrant Alliance, "
         "closed the session.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-supporter", "en", "Omar Delacroix, a supporter of the Coastal Migrant Alliance, "
         "spoke.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-friend-of-founder", "en", "Omar Delacroix, a friend of the Coastal Migrant "
         "Alliance's founder, spoke.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-former-comma", "en", "Omar Delacroix, former Programme Officer, Coastal Migrant "
         "Alliance, spoke.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-ex-title", "en", "Omar Delacroix, ex-Coordinator of the Coastal Migrant Alliance, "
         "spoke.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-place", "en", "Omar Delacroix, Lisbon, Coastal Migrant Alliance", "~Omar Delacroix",
         "~Coastal Migrant Alliance"),
    case("en-met", "en", "Omar Delacroix, Legal Officer, met the Coastal Migrant Alliance.",
         "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-criticised", "en", "Omar Delacroix criticised the Coastal Migrant Alliance.",
         "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-guest", "en", "Omar Delacroix, guest of the Coastal Migrant Alliance, spoke.",
         "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-unit-before-second-post", "en", "Vera Okonjo \u2013 Director, Centre for Coastal "
         "Studies, Lecturer in Labour Law, Riverbend University", "~Vera Okonjo",
         "~Centre for Coastal Studies"),
    case("en-second-body-untitled", "en", "Vera Okonjo \u2013 Associate Director, Centre for "
         "Coastal "
         "Studies, Riverbend University", "~Vera Okonjo", "~Riverbend University"),
    case("en-once-chaired", "en", "Omar Delacroix, who once chaired the Coastal Migrant "
         "Alliance, spoke.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-previously-led", "en", "Omar Delacroix, who previously led the Coastal Migrant "
         "Alliance, spoke.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-led-until", "en", "Omar Delacroix, who led the Coastal Migrant Alliance until "
         "2019, spoke.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("en-formerly-headed", "en", "Omar Delacroix, who formerly headed the Coastal Migrant "
         "Alliance, spoke.", "~Omar Delacroix", "~Coastal Migrant Alliance"),
    case("fr-autrefois-preside", "fr", "Margaux Delteil, qui a autrefois présidé le Collectif "
         "Rives Solidaires, a parlé.", "~Margaux Delteil", "~Collectif Rives Solidaires"),
    case("en-client", "en", "Hana Kowalczyk, a client of the Delta Seafarers Trust, spoke.",
         "~Hana Kowalczyk", "~Delta Seafarers Trust"),
    case("en-beneficiary", "en", "Hana Kowalczyk, a beneficiary of the Delta Seafarers Trust, "
         "spoke.", "~Hana Kowalczyk", "~Delta Seafarers Trust"),
    case("en-has-criticised", "en", "Hana Kowalczyk, who has criticised the Delta Seafarers "
         "Trust, spoke.", "~Hana Kowalczyk", "~Delta Seafarers Trust"),
    case("en-place-a-member-of", "en", "News\n\nLantern Porters Union, founded in 2001 in "
         "Port Wren, a member of the Delta Seafarers Trust, organises dock workers.",
         "~Port Wren", "~Delta Seafarers Trust"),
    case("en-founders-sister", "en", "Hana Kowalczyk, Delta Seafarers Trust's founder's sister, "
         "spoke.", "~Hana Kowalczyk", "~Delta Seafarers Trust"),
    case("en-post-swallowed-by-name", "en", "Panellists included Hana Kowalczyk, Programme "
         "Manager at Delta Seafarers Trust, and Rafael Ostrander, Outreach Worker with the "
         "Northgate Day Labour Centre.", "~Rafael Ostrander", "~Outreach Worker"),
    case("es-critica", "es", "Lucía Barrenechea, crítica del Colectivo Frontera Viva, abrió el "
         "encuentro.", "~Lucía Barrenechea", "~Colectivo Frontera Viva"),
    case("es-amiga", "es", "Lucía Barrenechea, amiga de la fundadora del Colectivo Frontera "
         "Viva, abrió el encuentro.", "~Lucía Barrenechea", "~Colectivo Frontera Viva"),
    case("es-ex", "es", "Lucía Barrenechea, ex coordinadora del Colectivo Frontera Viva, abrió "
         "el encuentro.", "~Lucía Barrenechea", "~Colectivo Frontera Viva"),
    case("es-antigua", "es", "Lucía Barrenechea, antigua directora del Colectivo Frontera Viva, "
         "abrió el encuentro.", "~Lucía Barrenechea", "~Colectivo Frontera Viva"),
    case("es-lugar", "es", "Lucía Barrenechea, Quito, Colectivo Frontera Viva",
         "~Lucía Barrenechea", "~Colectivo Frontera Viva"),
    case("es-simpatizante", "es", "Tomás Urquiza, simpatizante del Colectivo Frontera Viva, "
         "habló.", "~Tomás Urquiza", "~Colectivo Frontera Viva"),
    case("es-usuaria", "es", "Rosario Echeverría, usuaria de la Casa Refugio Los Pinos, relató "
         "su experiencia.", "~Rosario Echeverría", "~Casa Refugio Los Pinos"),
    case("es-beneficiaria", "es", "Rosario Echeverría, beneficiaria de la Casa Refugio Los "
         "Pinos, relató su experiencia.", "~Rosario Echeverría", "~Casa Refugio Los Pinos"),
    case("es-quien-critico", "es", "Rosario Echeverría, quien criticó a la Casa Refugio Los "
         "Pinos, habló.", "~Rosario Echeverría", "~Casa Refugio Los Pinos"),
    case("fr-usagere", "fr", "Solène Maréchal, usagère du Réseau Entraide Exil, a témoigné.",
         "~Solène Maréchal", "~Réseau Entraide Exil"),
    case("fr-beneficiaire", "fr", "Solène Maréchal, bénéficiaire du Réseau Entraide Exil, a "
         "témoigné.", "~Solène Maréchal", "~Réseau Entraide Exil"),
    case("fr-qui-a-critique", "fr", "Solène Maréchal, qui a critiqué le Réseau Entraide Exil, a "
         "parlé.", "~Solène Maréchal", "~Réseau Entraide Exil"),
    case("fr-lieu-2", "fr", "Solène Maréchal, Marseille, Réseau Entraide Exil", "~Solène Maréchal",
         "~Réseau Entraide Exil"),
    case("es-que-presidio", "es", "Lucía Barrenechea, que presidió la Red Andina de Movilidad, "
         "habló.", "~Lucía Barrenechea", "~Red Andina de Movilidad"),
    case("es-que-critica", "es", "Lucía Barrenechea, que critica a la Red Andina de Movilidad, "
         "habló.", "~Lucía Barrenechea", "~Red Andina de Movilidad"),
    case("fr-ancienne", "fr", "Margaux Delteil, ancienne directrice du Collectif Rives "
         "Solidaires, a présenté l'étude.", "~Margaux Delteil", "~Collectif Rives Solidaires"),
    case("fr-opposante", "fr", "Margaux Delteil, opposante au Collectif Rives Solidaires, a "
         "présenté l'étude.", "~Margaux Delteil", "~Collectif Rives Solidaires"),
    case("fr-amie", "fr", "Margaux Delteil, amie de la fondatrice du Collectif Rives "
         "Solidaires, a présenté l'étude.", "~Margaux Delteil", "~Collectif Rives Solidaires"),
    case("fr-accompagnee", "fr", "Margaux Delteil, accompagnée de la présidente du Collectif "
         "Rives Solidaires, a présenté l'étude.", "~Margaux Delteil",
         "~Collectif Rives Solidaires"),
    case("fr-lieu", "fr", "Margaux Delteil, Lyon, Collectif Rives Solidaires",
         "~Margaux Delteil", "~Collectif Rives Solidaires"),
    case("fr-sympathisant", "fr", "Bastien Roussel, sympathisant du Collectif Rives Solidaires, "
         "a pris la parole.", "~Bastien Roussel", "~Collectif Rives Solidaires"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "person", "body"), FOUND)
def test_post_read_by_shape(
    gz: Gazetteer, language: str, text: str, person: str, body: str
) -> None:
    ex = _extract(gz, language, text)
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    assert found(ex, AFF, person, "~" + body), got
    # no body the text does not name, and no post read as a person of its own
    assert all(b in text for b in _bodies_of(ex, person)), got
    names = {e.key: e.name for e in ex.entities}
    assert {names[r.source] for r in ex.relations if r.type == AFF} <= PEOPLE, got


@pytest.mark.parametrize(("language", "text", "person", "body"), NOT_FOUND)
def test_no_post(gz: Gazetteer, language: str, text: str, person: str, body: str) -> None:
    ex = _extract(gz, language, text)
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    assert not found(ex, AFF, person, body), got


def test_role_is_the_post(gz: Gazetteer) -> None:
    """The role is the post as written, not the body nor the link word."""
    ex = _extract(gz, "es", "Tomás Urquiza, especialista en protección, Colectivo Frontera "
                  "Viva, moderó el panel.")  # fmt: skip
    roles = {str(r.properties.get("role")) for r in ex.relations if r.type == AFF}
    assert roles == {"especialista en protección"}


OURS = (
    "The {o} welcomed the new rules. {s} met officials in the capital. The {o} will publish a "
    "report. The {o} thanks its partners."
)
NUESTRO = (
    "El {o} celebró la decisión. {s} se reunió con el ministerio. El {o} publicará un "
    "informe. El {o} agradece a sus aliados."
)


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        pytest.param("en", "A statement by the Coastal Migrant Alliance",
                     OURS.format(o="Coastal Migrant Alliance", s="Last week our Programme and "
                                 "Policy Officer Irene Moss"), True, id="en-our-officer"),
        pytest.param("en", "A statement by the Coastal Migrant Alliance",
                     OURS.format(o="Coastal Migrant Alliance", s="Our friend Irene Moss"), False,
                     id="en-our-friend"),
        pytest.param("en", "A statement by the Coastal Migrant Alliance",
                     OURS.format(o="Coastal Migrant Alliance", s="Our former Coordinator Irene "
                                 "Moss"), False, id="en-our-former"),
        pytest.param("es", "Comunicado del Colectivo Frontera Viva",
                     NUESTRO.format(o="Colectivo Frontera Viva", s="Nuestra coordinadora de "
                                    "incidencia, Lucía Barrenechea,"), True, id="es-nuestra"),
        pytest.param("es", "Comunicado del Colectivo Frontera Viva",
                     NUESTRO.format(o="Colectivo Frontera Viva", s="Nuestra amiga Lucía "
                                    "Barrenechea"), False, id="es-nuestra-amiga"),
    ],
)  # fmt: skip
def test_our_post(gz: Gazetteer, language: str, title: str, text: str, expected: bool) -> None:
    """A post the author names as its own ("our Programme Officer P") is held at the author."""
    ex = extract_relations(f"2022-06-14\n\n{title}\n\n{text}\n", gz)
    person = "~Irene Moss" if language == "en" else "~Lucía Barrenechea"
    body = "~Coastal Migrant Alliance" if language == "en" else "~Colectivo Frontera Viva"
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    assert found(ex, AFF, person, body) is expected, got
