"""A kind of body spelled out is no body: civil society organisations defined by "(OSC)",
"non-governmental organisations (NGOs)", "les organisations non gouvernementales (ONG)" and
the common abbreviations themselves take part in nothing; "four NGOs attended E: A, B, C and
D" names A, B, C and D as those who took part. The bodies are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

CASES = [
    (
        "The Regional Forum on Labour Migration was held in Nairobi. Non-governmental "
        "organisations (NGOs) took part in the Regional Forum on Labour Migration. Four NGOs "
        "took part in the Regional Forum on Labour Migration: the Harbour Rights Network, the "
        "Coastal Workers Alliance and the Migrant Voices Collective.",
        {"harbour rights network", "coastal workers alliance", "migrant voices collective"},
    ),
    (
        "El Foro Regional sobre Migración Laboral se celebró en Quito y contó con "
        "Organizaciones de la Sociedad Civil (OSC) del continente. Allí estuvieron cuatro OSC, "
        "que asistieron al Foro Regional sobre Migración Laboral: la Red Andina de Migraciones, "
        "el Colectivo Voces Migrantes, "
        "el Servicio Jesuita a Migrantes y la Casa del Migrante de Lagoverde.",
        {
            "red andina de migraciones",
            "colectivo voces migrantes",
            "servicio jesuita a migrantes",
            "casa del migrante de lagoverde",
        },
    ),
    (
        "Le Forum régional sur les migrations de travail s'est tenu à Dakar. Les organisations "
        "non gouvernementales (ONG) ont participé au Forum régional sur les migrations de "
        "travail. Trois ONG ont participé au Forum régional sur les migrations de travail : le "
        "Réseau Solidarité Migrants, le Collectif Frontières Ouvertes et l'Association des "
        "Travailleurs Migrants.",
        {
            "réseau solidarité migrants",
            "collectif frontières ouvertes",
            "association des travailleurs migrants",
        },
    ),
]


@pytest.mark.parametrize(("text", "bodies"), CASES)
def test_a_kind_of_body_takes_part_in_nothing(gz: Gazetteer, text: str, bodies: set[str]) -> None:
    ex = run(gz, "2019-05-20\n\nReport\n\n" + text + "\n", "2019-05-20")
    assert {s for s, _ in named(ex, "PARTICIPATED_IN")} == bodies, ex.relations
