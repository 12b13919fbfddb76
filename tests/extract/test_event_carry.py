"""An event carried across sentences: a new event that a sentence brings in with an indefinite
event noun and its own words ("held a follow-up meeting with the labour ministry", "sostuvo
una reunión de seguimiento", "une table ronde sur le travail saisonnier a réuni ...") is the
event of the next sentences of its paragraph that speak of taking part without naming one;
never across a paragraph or a heading. An oblique that names no where ("por parte del
gobierno") leaves the event to the context. A forecast or a hedge gives nothing. Every sentence
is written for this test (invented names). Needs the local CoreNLP parser (EN, ES, FR)."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, run

DATE = "2023-03-14"
NEWS = {"en": "2023-03-14\nNews in brief\n\n", "es": "2023-03-14\nNoticias breves\n\n",
        "fr": "2023-03-14\nEn bref\n\n"}  # fmt: skip
AWF, PMN = "~Andean Workers Federation", "~Pacific Migrant Network"
CDS, FTA = "~Coalición del Sur", "~Federación de Trabajadores Agrícolas"
RCD, CTM = "~Réseau côtier des droits", "~Collectif des travailleurs migrants"
MEETING = "~follow-up meeting with the labour ministry"
REUNION = "~reunión de seguimiento con el ministerio de trabajo"
TABLE = "~table ronde sur le travail saisonnier"

EN_HELD = "The Coastal Rights Network held a follow-up meeting with the labour ministry on Monday."
ES_HELD = (
    "La Red Andina de Migrantes sostuvo una reunión de seguimiento con el ministerio de "
    "trabajo el lunes."
)
FR_HELD = "Une table ronde sur le travail saisonnier a réuni des syndicats à Dakar."

# (case, language, body, source, target, expected)
# fmt: off
CASES = [
    ("en-next-sentence", "en", EN_HELD + " The Andean Workers Federation and the Pacific "
     "Migrant Network also attended.", AWF, MEETING, True),
    ("en-next-sentence-2", "en", EN_HELD + " The Andean Workers Federation and the Pacific "
     "Migrant Network also attended.", PMN, MEETING, True),
    ("es-late-subjects", "es", ES_HELD + " También asistieron la Coalición del Sur y la "
     "Federación de Trabajadores Agrícolas.", FTA, REUNION, True),
    ("es-oblique-names-no-where", "es", ES_HELD + " Por parte del gobierno acudieron Nadia "
     "Ferrante, directora de la Unidad de Trabajo, y Tomás Lindqvist, de la Comisión Nacional "
     "de Empleo.", "~Tomás Lindqvist", REUNION, True),
    ("fr-next-sentence", "fr", FR_HELD + " Le Réseau côtier des droits et le Collectif des "
     "travailleurs migrants y ont participé.", CTM, TABLE, True),
    # --- negative: another paragraph, a heading between, a forecast, a hedge -------------
    ("en-other-paragraph", "en", EN_HELD + "\n\nThe Andean Workers Federation also attended.",
     AWF, MEETING, False),
    ("es-other-paragraph", "es", ES_HELD + "\n\nTambién asistieron la Coalición del Sur y la "
     "Federación de Trabajadores Agrícolas.", FTA, REUNION, False),
    ("fr-after-heading", "fr", FR_HELD + "\n\nAutres nouvelles\n\nLe Réseau côtier des "
     "droits et le Collectif des travailleurs migrants y ont participé.", CTM, TABLE, False),
    ("en-forecast", "en", EN_HELD + " The Andean Workers Federation and the Pacific Migrant "
     "Network are expected to attend.", AWF, MEETING, False),
    ("es-hedged", "es", ES_HELD + " La Coalición del Sur podría asistir.", CDS, REUNION, False),
    ("fr-forecast", "fr", FR_HELD + " Le Réseau côtier des droits devrait y participer.", RCD,
     TABLE, False),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "body", "source", "target", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_event_carried_in_its_paragraph(
    gz: Gazetteer, lang: str, body: str, source: str, target: str, expected: bool
) -> None:
    ex = run(gz, NEWS[lang] + body + "\n", DATE)
    assert found(ex, "PARTICIPATED_IN", source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", EN_HELD + " The Andean Workers Federation is expected to attend."),
        ("es", ES_HELD + " La Coalición del Sur asistirá probablemente."),
        ("fr", FR_HELD + " Le Réseau côtier des droits pourrait y participer."),
    ],
)
def test_forecast_after_an_event_gives_nothing(gz: Gazetteer, lang: str, body: str) -> None:
    ex = run(gz, NEWS[lang] + body + "\n", DATE)
    assert not [r for r in ex.relations if r.type in ("PARTICIPATED_IN", "SPOKE_AT")], [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


# "at the invitation of O": O organized the event the sentence names; a hedge, a forecast or an
# act with no event named gives nothing
INVITED = [
    ("en", "The Andean Workers Federation attended the Regional Forum on Labour Mobility at the "
     "invitation of the Coastal Rights Network.", "~Coastal Rights Network",
     "~Regional Forum on Labour Mobility", True),
    ("es", "El lunes, la Federación de Trabajadores Agrícolas asistió al Foro Andino de las "
     "Migraciones a invitación de la Coalición del Sur, según informó la prensa de la ciudad.",
     CDS, "~Foro Andino de las Migraciones", True),
    ("fr", "Le Collectif des travailleurs migrants a participé à la Rencontre régionale des "
     "réseaux migrants à l'invitation du Réseau côtier des droits.", RCD,
     "~Rencontre régionale des réseaux migrants", True),
    ("en", "The Andean Workers Federation could attend the Regional Forum on Labour Mobility at "
     "the invitation of the Coastal Rights Network.", "~Coastal Rights Network",
     "~Regional Forum on Labour Mobility", False),
    ("fr", "Le Collectif des travailleurs migrants participera à la Rencontre régionale des "
     "réseaux migrants à l'invitation du Réseau côtier des droits.", RCD,
     "~Rencontre régionale des réseaux migrants", False),
    ("en", "The Andean Workers Federation travelled to Lima at the invitation of the Coastal "
     "Rights Network.", "~Coastal Rights Network", "~Lima", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "source", "target", "expected"), INVITED)
def test_invitation_names_the_organizer(
    gz: Gazetteer, lang: str, body: str, source: str, target: str, expected: bool
) -> None:
    ex = run(gz, NEWS[lang] + body + "\n", DATE)
    assert found(ex, "ORGANIZED", source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]
    if not expected:
        assert not [r for r in ex.relations if r.type == "ORGANIZED"]


# a new event name that holds a known event's place and its kind is that known event; another
# kind of meeting held in the same city is a meeting of its own
PLACE_AND_KIND = [
    ("fr", "2018-12-14\nEn bref\n\nLe Réseau côtier des droits a participé à la Conférence "
     "intergouvernementale de Marrakech.\n", RCD, "marrakech-conference-2018", True),
    ("es", "2018-12-14\nNoticias breves\n\nLa Coalición del Sur participó en la Conferencia "
     "intergubernamental de Marrakech junto con otras redes de la región.\n", CDS,
     "marrakech-conference-2018", True),
    ("en", "2018-12-14\nNews in brief\n\nThe Andean Workers Federation took part in the "
     "Marrakech intergovernmental conference.\n", AWF, "marrakech-conference-2018", True),
    ("fr", "2018-12-14\nEn bref\n\nLe Réseau côtier des droits a participé à l'Atelier "
     "syndical de Marrakech.\n", RCD, "marrakech-conference-2018", False),
    ("fr", "2018-12-14\nEn bref\n\nLe Réseau côtier des droits pourrait participer à la "
     "Conférence intergouvernementale de Marrakech.\n", RCD, "marrakech-conference-2018", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "source", "target", "expected"), PLACE_AND_KIND)
def test_new_name_by_place_and_kind_is_the_known_event(
    gz: Gazetteer, lang: str, text: str, source: str, target: str, expected: bool
) -> None:
    ex = run(gz, text, "2018-12-14")
    assert found(ex, "PARTICIPATED_IN", source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]
