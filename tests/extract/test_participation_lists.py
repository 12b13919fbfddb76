"""Long lists of who took part in a meeting, in event reports (EN/ES/FR): a title line that
reports on a meeting ("Compte rendu de l'atelier ...", "Report of the ..."), a sentence that
opens with the meeting ("Al Taller X asistieron A, B y C", "Au Forum X ont participé ..."),
eight names before the verb that a parser hangs on the first one, names with brackets, a
semicolon list whose lines end with the body's country ("A (ACR) - Country;": the country
takes no part), "telles que", ", dont A, B et C", "Attending E were", "Represented at E were",
"were represented", "Estuvieron representados". Forms that must give nothing: invited, urged,
forecast, hedged, negated. Every name is invented for this test. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, run

DATE = "2018-11-20"
HEAD = {
    "en": f"{DATE}\nReport of the Regional Workshop on Labour Mobility, Nairobi\n\n",
    "es": f"{DATE}\nInforme del Taller Regional de Movilidad Laboral, Lima\n\n",
    "fr": f"{DATE}\nCompte rendu de l'atelier régional sur la mobilité, Dakar\n\n",
}
EVENT = {
    "en": "~Regional Workshop on Labour Mobility",
    "es": "~Taller Regional de Movilidad Laboral",
    "fr": "~atelier régional sur la mobilité",
}
P = "PARTICIPATED_IN"
EN8 = [
    "Harbour Builders Alliance", "Tidewater Labour Union", "Pier Women Network",
    "Northbank Migrant Centre", "Valley Care Workers Association", "Open Gate Foundation",
    "Coastline Rights Forum", "Delta Farmworkers Collective",
]  # fmt: skip
ES5 = [
    "Red Andina de Cuidadoras", "Colectivo Sierra Oriente", "Asociación Puente Abierto",
    "Fundación Camino Claro", "Centro Laboral del Sur",
]  # fmt: skip
FR5 = [
    "Réseau Côtier des Droits", "Collectif Sahel Migrations", "Association Pont Ouvert",
    "Fondation Chemin Clair", "Centre Ouvrier du Sud",
]  # fmt: skip
STATES_EN = ["Kenya", "Uganda", "Ghana", "Nigeria", "Senegal"]


def _en(names: list[str], last: str = "and") -> str:
    named = [f"the {n}" for n in names]
    return ", ".join(named[:-1]) + f" {last} " + named[-1]


def _es(names: list[str]) -> str:
    arts = {"Red": "la", "Asociación": "la", "Fundación": "la"}
    named = [f"{arts.get(n.split()[0], 'el')} {n}" for n in names]
    return ", ".join(named[:-1]) + " y " + named[-1]


def _fr(names: list[str]) -> str:
    arts = {"Association": "l'", "Fondation": "la "}
    named = [f"{arts.get(n.split()[0], 'le ')}{n}" for n in names]
    return ", ".join(named[:-1]) + " et " + named[-1]


# (case, language, body, who took part, who must not)
# fmt: off
CASES = [
    # --- a long list before the verb, a line with no final period -------------------------
    ("en-eight-before-verb", "en", _en(EN8).capitalize()[0] + _en(EN8)[1:]
     + " took part in the workshop", EN8, []),
    ("en-attended-by-brackets", "en", "The workshop was attended by the Harbour Builders "
     "Alliance (HBA), the Tidewater Labour Union (Kenya), the Pier Women Network (Ghana) and the "
     "Northbank Migrant Centre (Uganda).", EN8[:4], []),
    ("en-brought-together", "en", "The workshop brought together " + _en(EN8[:5]) + ".",
     EN8[:5], []),
    ("en-attending-were", "en", "Attending the workshop were " + _en(EN8[:3]) + ".", EN8[:3],
     []),
    ("en-participants-included", "en", "Participants included the Harbour Builders Alliance "
     "(Kenya), the Tidewater Labour Union (Ghana) and the Pier Women Network.", EN8[:3], []),
    ("en-such-as", "en", "Organisations such as " + _en(EN8[:5]) + " attended the meeting.",
     EN8[:5], []),
    ("en-states-represented", "en", "Kenya, Uganda, Ghana, Nigeria and Senegal were "
     "represented", STATES_EN, []),
    ("en-represented-at-were", "en", "Represented at the workshop were Kenya, Uganda, Ghana, "
     "Nigeria and Senegal", STATES_EN, []),
    ("es-al-taller-asistieron", "es", "Al Taller Regional de Movilidad Laboral asistieron "
     + _es(ES5) + ".", ES5, []),
    ("es-participaron-en", "es", "Participaron en el taller " + _es(ES5), ES5, []),
    ("es-conto-con", "es", "El taller contó con la participación de " + _es(ES5) + ".", ES5, []),
    ("es-reunio-a", "es", "El encuentro reunió a " + _es(ES5) + ".", ES5, []),
    ("es-brackets", "es", "Asistieron al encuentro la Red Andina de Cuidadoras (RAC), el "
     "Colectivo Sierra Oriente (Perú), la Asociación Puente Abierto (Chile) y la Fundación "
     "Camino Claro (Bolivia).", ES5[:4], ["Perú", "Chile"]),
    ("es-estuvieron-representados", "es", "Estuvieron representados Argentina, Bolivia, Brasil "
     "y Uruguay", ["Argentina", "Uruguay"], []),
    ("fr-title-report-words", "fr", "L'atelier a réuni " + _fr(FR5) + ".", FR5, []),
    ("fr-ont-participe-line", "fr", "Ont participé à l'atelier " + _fr(FR5), FR5, []),
    ("fr-au-forum", "fr", "Au Forum Régional des Mobilités ont participé le Réseau Côtier des "
     "Droits et le Collectif Sahel Migrations.", FR5[:2], []),
    ("fr-telles-que", "fr", "Des organisations telles que " + _fr(FR5[:3]) + " ont participé "
     "à la rencontre.", FR5[:3], []),
    ("fr-dont", "fr", "Une vingtaine d'organisations ont participé, dont " + _fr(FR5[:3]) + ".",
     FR5[:3], []),
    ("fr-semicolon-country", "fr", "Ont participé : le Réseau Côtier des Droits (RCD) "
     "\u2013 Mali ; le Collectif Sahel Migrations (CSM) \u2013 Niger ; l'Association Pont "
     "Ouvert (APO) \u2013 Sénégal ;",
     FR5[:3], ["Mali", "Niger", "Senegal"]),
    ("fr-et-la-in-list", "fr", "Ont participé à l'atelier le Centre Ouvrier du Sud, l'Union des "
     "Travailleuses Rurales et la Fondation Chemin Clair", ["Centre Ouvrier du Sud",
     "Union des Travailleuses Rurales", "Fondation Chemin Clair"], []),
    ("fr-etaient-representes", "fr", "Étaient représentés le Mali, le Niger et le Sénégal",
     ["Mali", "Niger", "Senegal"], []),
    # --- forms that give nothing --------------------------------------------------------------
    ("en-invited", "en", "The Harbour Builders Alliance was invited to take part in the "
     "workshop.", [], EN8[:1]),
    ("en-urged", "en", "NGOs urged the Harbour Builders Alliance to attend the workshop.", [],
     EN8[:1]),
    ("en-could-not", "en", "The Harbour Builders Alliance could not attend the workshop.", [],
     EN8[:1]),
    ("en-forecast-list", "en", _en(EN8[:3]).capitalize()[0] + _en(EN8[:3])[1:] + " will take "
     "part in the workshop next month.", [], EN8[:3]),
    ("en-attending-will-be", "en", "Attending the workshop will be the Harbour Builders "
     "Alliance and the Pier Women Network.", [], ["Harbour Builders Alliance",
     "Pier Women Network"]),
    ("en-represents-workers", "en", "The Harbour Builders Alliance represents domestic workers "
     "in Kenya.", [], ["Harbour Builders Alliance", "Kenya"]),
    ("es-invitada", "es", "La Red Andina de Cuidadoras fue invitada a participar en el taller.",
     [], ES5[:1]),
    ("es-no-participo", "es", "La Red Andina de Cuidadoras no participó en el taller.", [],
     ES5[:1]),
    ("es-no-representada", "es", "Argentina no estuvo representada.", [], ["Argentina"]),
    ("fr-invite", "fr", "Le Réseau Côtier des Droits a été invité à participer à l'atelier.", [],
     FR5[:1]),
    ("fr-participera", "fr", "Le Réseau Côtier des Droits participera à l'atelier le mois "
     "prochain.", [], FR5[:1]),
]
# fmt: on


# a sentence that names its own meeting: that meeting, not the title's
OWN_EVENT = {"fr-au-forum": "~Forum Régional des Mobilités"}


@pytest.mark.parametrize(("case", "lang", "body", "took_part", "not_part"), CASES,
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_participation_lists(
    gz: Gazetteer, case: str, lang: str, body: str, took_part: list[str], not_part: list[str]
) -> None:
    ex = run(gz, HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    for name in took_part:
        assert found(ex, P, f"~{name}", OWN_EVENT.get(case, EVENT[lang])), (name, got)
    events = [e.key for e in ex.entities if e.type == "Event"]
    for name in not_part:
        assert not any(found(ex, P, f"~{name}", e) for e in events), (name, got)


def test_title_report_words_are_no_part_of_the_name(gz: Gazetteer) -> None:
    """ "Compte rendu de l'atelier X, Ville": the meeting is "atelier X", a new event."""
    ex = run(gz, HEAD["fr"] + "L'atelier a réuni le Réseau Côtier des Droits.", DATE)
    names = [e.name for e in ex.entities if e.type == "Event"]
    assert "atelier régional sur la mobilité" in names, names
    assert not any(n.lower().startswith("compte rendu") for n in names), names


REVIEW = {
    "en": "Regional Review of the Global Compact for Migration in East Africa",
    "es": "Informe de la revisión regional del Pacto Mundial en América del Sur",
    "fr": "Rapport de l'examen régional du Pacte mondial en Afrique de l'Ouest",
}
REVIEW_CASES = [
    ("en", "Kenya, Uganda and the Harbour Builders Alliance took part in the review.",
     ["Kenya", "Uganda", "Harbour Builders Alliance"], "~Regional Review of the Global"),
    ("es", "Participaron en la revisión la Red Andina de Cuidadoras y el Colectivo Sierra "
     "Oriente", ES5[:2], "~revisión regional del Pacto"),
    ("fr", "Le Réseau Côtier des Droits et le Collectif Sahel Migrations ont participé à "
     "l'examen régional", FR5[:2], "~examen régional du Pacte"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "took_part", "event"), REVIEW_CASES)
def test_regional_review_title_is_the_meeting(
    gz: Gazetteer, lang: str, body: str, took_part: list[str], event: str
) -> None:
    """A title that reports on a regional review names that meeting ("Rapport de l'examen
    régional ...": the review, without the report's words)."""
    ex = run(gz, f"{DATE}\n{REVIEW[lang]}\n\n{body}", DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    for name in took_part:
        assert found(ex, P, f"~{name}", event), (name, got)
    assert not any(e.name.lower().startswith(("rapport", "informe")) for e in ex.entities)
