"""A long sentence that tells of a meeting and ends by pointing at the list under it ("...,
in the presence of the following organisations:", "con la presencia de representantes de las
siguientes organizaciones:", "en présence des organisations suivantes :"): each line is a
participant of that meeting. The cue may stand a few words before what points at the list; a
meeting still to come or hoped for gives no participant. Names are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.text import fold
from tests.extract.conftest import named, run

LINES = {
    "en": "- Harbour Rights Network (Kenya)\n- Coastal Workers Alliance (Ghana)\n"
    "- Migrant Voices Collective (Chile)\n",
    "es": "- Red Andina de Migraciones (Ecuador)\n- Servicio Jesuita a Migrantes (Perú)\n"
    "- Colectivo Voces Migrantes (Chile)\n",
    "fr": "- Réseau Solidarité Migrants (Sénégal) ;\n- Collectif Frontières Ouvertes (Mali) ;\n"
    "- Association des Travailleurs Migrants (Niger).\n",
}
MEMBERS = {
    "en": {"harbour rights network", "coastal workers alliance", "migrant voices collective"},
    "es": {
        "red andina de migraciones",
        "servicio jesuita a migrantes",
        "colectivo voces migrantes",
    },
    "fr": {
        "reseau solidarite migrants",
        "collectif frontieres ouvertes",
        "association des travailleurs migrants",
    },
}
MEETING = {
    "en": "regional meeting of migrant organisations",
    "es": "encuentro regional de organizaciones de migrantes",
    "fr": "rencontre regionale des organisations de migrants",
}

LEADS = [
    ("en", "The Regional Meeting of Migrant Organisations took place in Nairobi on 12 and 13 "
     "May 2019, in the presence of representatives of the following organisations:"),
    ("es", "El 12 y 13 de mayo de 2019 se llevó a cabo en Quito el Encuentro Regional de "
     "Organizaciones de Migrantes, con la presencia de representantes de las siguientes "
     "organizaciones:"),
    ("es", "El Encuentro Regional de Organizaciones de Migrantes se celebró en Quito el 12 de "
     "mayo de 2019 y contó con la asistencia de las organizaciones que se indican a "
     "continuación:"),
    ("fr", "La Rencontre régionale des organisations de migrants s'est tenue à Dakar les 12 et "
     "13 mai 2019, en présence des organisations suivantes :"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "lead"), LEADS)
def test_each_line_under_a_lead_of_presence_took_part(gz: Gazetteer, lang: str, lead: str) -> None:
    ex = run(gz, "2019-05-20\n\nReport\n\n" + lead + "\n" + LINES[lang], "2019-05-20")
    got = {(fold(s), fold(t)) for s, t in named(ex, "PARTICIPATED_IN")}
    assert got == {(m, MEETING[lang]) for m in MEMBERS[lang]}, (ex.relations, ex.warnings)


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "The Regional Meeting of Migrant Organisations will take place in Nairobi next "
         "month, in the presence of representatives of the following organisations:"),
        ("es", "El Encuentro Regional de Organizaciones de Migrantes se celebrará en Quito el "
         "próximo mes y se espera la presencia de representantes de las siguientes "
         "organizaciones:"),
        ("fr", "La Rencontre régionale des organisations de migrants pourrait se tenir à Dakar le "
         "mois prochain, en présence des organisations suivantes :"),
    ],
)  # fmt: skip
def test_a_meeting_still_to_come_has_no_participants_yet(
    gz: Gazetteer, lang: str, lead: str
) -> None:
    ex = run(gz, "2019-05-20\n\nReport\n\n" + lead + "\n" + LINES[lang], "2019-05-20")
    assert not named(ex, "PARTICIPATED_IN"), ex.relations
