"""Speakers in reports of a meeting, in the three languages: a speaker's own speech noun in an
oblique ("In her remarks, P noted", "Durante su intervención, P lanzó", "Dans son discours, P a
rappelé": P spoke at the meeting in focus), and a subject a parser hangs as an apposition on
the oblique that opens the clause ("Pendant l'atelier, P, directrice de O, a souligné": P). A
forecast, a hedge and a text that is no speech at a meeting ("in an op-ed") give nothing. Every
name here is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

HELD = {
    "en": "The Kandor Migrant Workers Alliance held a regional workshop on labour migration on "
    "3 May 2019. ",
    "es": "La Alianza de Trabajadores Migrantes de Kandor realizó un taller regional sobre "
    "migración laboral el 3 de mayo de 2019. ",
    "fr": "L'Alliance des travailleurs migrants de Kandor a organisé un atelier régional sur la "
    "migration de travail le 3 mai 2019. ",
}
FUTURE = {
    "en": "The Kandor Migrant Workers Alliance will hold a regional workshop on labour migration "
    "on 3 May 2030. ",
}

# (language, sentence after the meeting's, the speaker who spoke at it, or None)
CASES = [
    ("en", "In her remarks, Aisha Noor, a researcher at the University of Kandor, noted that "
     "wage theft is common.", "aisha noor"),
    ("en", "In his speech, Tomas Reyes recalled the rights of seafarers.", "tomas reyes"),
    ("es", "Durante su intervención, Jan Olsen lanzó un mensaje claro sobre el reclutamiento.",
     "jan olsen"),
    ("es", "En su discurso, Rosa Quintero recordó los derechos de los trabajadores del mar.",
     "rosa quintero"),
    ("fr", "Dans son discours, Jan Olsen a rappelé les droits des travailleurs.", "jan olsen"),
    ("fr", "Pendant l'atelier, Maria Delgado, directrice exécutive de l'Alliance, a souligné la "
     "nécessité d'un recrutement éthique.", "maria delgado"),
    ("fr", "Lors de la séance d'ouverture, Maria Delgado, directrice exécutive de l'Alliance, a "
     "souligné la nécessité d'un recrutement éthique.", "maria delgado"),
    # no speech at the meeting: another channel, a hedge
    ("en", "In an op-ed, Aisha Noor noted that wage theft is common.", None),
    ("fr", "Pendant l'atelier, Maria Delgado, directrice exécutive de l'Alliance, pourrait "
     "souligner la nécessité d'un recrutement éthique.", None),
    ("es", "Durante su intervención, Jan Olsen podría lanzar un mensaje sobre el reclutamiento.",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "speaker"), CASES, ids=lambda v: str(v)[:30])
def test_speakers_in_a_report(gz: Gazetteer, lang: str, sentence: str, speaker: str | None) -> None:
    ex = run(gz, "2019-05-10\n\n" + HELD[lang] + sentence, "2019-05-10")
    spoke = {s for s, _ in named(ex, "SPOKE_AT")}
    assert spoke == ({speaker} if speaker else set()), ex.relations


def test_remarks_still_to_come_are_no_speech(gz: Gazetteer) -> None:
    text = FUTURE["en"] + "In her remarks, Aisha Noor will note that wage theft is common."
    assert named(run(gz, "2019-05-10\n\n" + text, "2019-05-10"), "SPOKE_AT") == set()
    text = "The conference will open with remarks by Aisha Noor, a researcher at the University."
    assert named(run(gz, "2019-05-10\n\n" + text, "2019-05-10"), "SPOKE_AT") == set()


def test_a_state_after_a_fronted_oblique_still_acts(gz: Gazetteer) -> None:
    text = (
        "2018-12-10\n\nLa conférence intergouvernementale sur le pacte mondial sur les migrations "
        "s'est ouverte lundi. Lors de la conférence, la Hongrie, représentée par son ministre, a "
        "annoncé qu'elle ne signerait pas le pacte."
    )
    ex = run(gz, text, "2018-12-10")
    ids = {e.key: e.id for e in ex.entities}
    assert {(ids[r.source], ids[r.target]) for r in ex.relations if r.type == "WITHDREW_FROM"} == {
        ("hun", "gcm-compact")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Plus de 150 pays ont adopté le Pacte mondial sur les migrations.",
        "Más de 150 países aprobaron el Pacto Mundial sobre Migración.",
    ],
)
def test_the_compacts_short_names(gz: Gazetteer, text: str) -> None:
    # the short titles the UN's French and Spanish pages give the compact
    assert [m.entries[0].id for m in gz.find(text)] == ["gcm-compact"]
