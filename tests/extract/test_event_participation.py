"""Events that no list knows and who takes part in them: a title line that names the meeting
(also after a kind word, "Webinar: <title>", or inside the title, "En Lima, cumbre regional
de ..."), a quoted title right after an event noun ("the seminar "X"" is X, not an event named
before), an indefinite event noun with its own words in a text that reports on no event ("a
workshop on seasonal visas"), the title of a programme entry above its list of speakers, and
the relations read from the parse: a body that speaks at an event takes part in it, the
parser's objects after a Spanish verb of taking part are its subjects ("asistieron al foro A y
B"), a list of people under a heading is speakers only when the heading says so. Every
sentence is written for this test (invented names); negated, hedged and forecast sentences
give nothing. Needs the local CoreNLP parser (English, Spanish and French)."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import found, run

DATE = "2023-03-14"
PMN, CRN, AWF = "~Pacific Migrant Network", "~Coastal Rights Network", "~Andean Workers Federation"
RAM, CDS, FTC = "~Red Andina de Migrantes", "~Coalición del Sur", "~Federación de Trabajadores"
RCD, CSA, CTM = "~Réseau côtier des droits", "~Coalition du Sahel", "~Collectif des travailleurs"
FORUM, ENCUENTRO, RENCONTRE = (
    "~Regional Forum on Labour Mobility",
    "~Encuentro Regional de Redes Migrantes",
    "~Rencontre régionale des réseaux migrants",
)
TITLES = {
    "en": "2023-03-14\nRegional Forum on Labour Mobility, Lima\n\n",
    "es": "2023-03-14\nEncuentro Regional de Redes Migrantes\n\n",
    "fr": "2023-03-14\nRencontre régionale des réseaux migrants\n\n",
}
NEWS = {"en": "2023-03-14\nNews in brief\n\n", "es": "2023-03-14\nNoticias breves\n\n",
        "fr": "2023-03-14\nEn bref\n\n"}  # fmt: skip


def _ex(gz: Gazetteer, head: str, body: str) -> Extraction:
    return run(gz, head + body, DATE)


def _events(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities if e.type == "Event"}


# (case, language, title or news, body, type, source, target, expected)
# fmt: off
CASES = [
    # --- English ---------------------------------------------------------------------------
    ("en-passive-list", "en", TITLES, "The meeting was co-convened by the Pacific Migrant "
     "Network and the Coastal Rights Network.", "ORGANIZED", CRN, FORUM, True),
    ("en-active", "en", TITLES, "The Andean Workers Federation took part in the forum.",
     "PARTICIPATED_IN", AWF, FORUM, True),
    ("en-body-speaks", "en", NEWS, "The Pacific Migrant Network addressed the Regional "
     "Consultation on Domestic Work.", "PARTICIPATED_IN", PMN,
     "~Regional Consultation on Domestic Work", True),
    ("en-person-speaks-not-the-body", "en", TITLES, "Nadia Ferrante of the Pacific Migrant "
     "Network addressed the forum.", "PARTICIPATED_IN", PMN, FORUM, False),
    ("en-person-speaks", "en", TITLES, "Nadia Ferrante of the Pacific Migrant Network "
     "addressed the forum.", "SPOKE_AT", "~Nadia Ferrante", FORUM, True),
    ("en-negated", "en", TITLES, "The Coastal Rights Network did not take part in the forum.",
     "PARTICIPATED_IN", CRN, FORUM, False),
    ("en-forecast", "en", TITLES, "The Andean Workers Federation is expected to attend the "
     "forum.", "PARTICIPATED_IN", AWF, FORUM, False),
    ("en-hedged", "en", TITLES, "The Pacific Migrant Network could attend the meeting.",
     "PARTICIPATED_IN", PMN, FORUM, False),
    ("en-described-event", "en", NEWS, "The Pacific Migrant Network organised a workshop on "
     "seasonal work visas.", "ORGANIZED", PMN, "~workshop on seasonal work visas", True),
    ("en-quoted-title-not-the-one-before", "en", NEWS, "The Andean Workers Federation attended "
     "the Regional Summit on Returns. The seminar \"Care Work Across Borders\" was organised "
     "by the Coastal Rights Network.", "ORGANIZED", CRN, "~Care Work Across Borders", True),
    ("en-quoted-title-not-the-one-before-neg", "en", NEWS, "The Andean Workers Federation "
     "attended the Regional Summit on Returns. The seminar \"Care Work Across Borders\" was "
     "organised by the Coastal Rights Network.", "ORGANIZED", CRN, "~Regional Summit", False),
    # --- Spanish ---------------------------------------------------------------------------
    ("es-passive-list", "es", TITLES, "El encuentro fue organizado por la Red Andina de "
     "Migrantes y la Coalición del Sur.", "ORGANIZED", CDS, ENCUENTRO, True),
    ("es-late-subjects-list", "es", TITLES, "Asistieron al encuentro la Federación de "
     "Trabajadores Costeros y la Coalición del Sur.", "PARTICIPATED_IN", CDS, ENCUENTRO, True),
    ("es-late-subjects-first", "es", TITLES, "Asistieron al encuentro la Federación de "
     "Trabajadores Costeros y la Coalición del Sur.", "PARTICIPATED_IN", FTC, ENCUENTRO, True),
    ("es-body-speaks", "es", NEWS, "La Coalición del Sur intervino en la Cumbre Social de los "
     "Pueblos.", "PARTICIPATED_IN", CDS, "~Cumbre Social de los Pueblos", True),
    ("es-negated", "es", TITLES, "La Coalición del Sur no participó en el encuentro.",
     "PARTICIPATED_IN", CDS, ENCUENTRO, False),
    ("es-forecast", "es", TITLES, "La Federación de Trabajadores Costeros participará en el "
     "encuentro.", "PARTICIPATED_IN", FTC, ENCUENTRO, False),
    ("es-described-event", "es", NEWS, "La Red Andina de Migrantes participó en una reunión de "
     "seguimiento con la Fiscalía.", "PARTICIPATED_IN", RAM, "~reunión de seguimiento", True),
    ("es-title-names-it-inside", "es", {"es": "2023-03-14\nEn Lima, cumbre regional de "
     "trabajadoras del hogar migrantes\n\n"}, "La cumbre fue convocada por la Red Andina de "
     "Migrantes.", "ORGANIZED", RAM, "~cumbre regional de trabajadoras", True),
    # --- French ----------------------------------------------------------------------------
    ("fr-passive", "fr", TITLES, "La rencontre a été organisée par la Coalition du Sahel.",
     "ORGANIZED", CSA, RENCONTRE, True),
    ("fr-active", "fr", TITLES, "Le Collectif des travailleurs migrants a pris part à la "
     "rencontre.", "PARTICIPATED_IN", CTM, RENCONTRE, True),
    ("fr-list", "fr", TITLES, "Le Collectif des travailleurs migrants et la Coalition du Sahel "
     "ont participé à la rencontre.", "PARTICIPATED_IN", CSA, RENCONTRE, True),
    ("fr-hedged", "fr", TITLES, "Le Collectif des travailleurs migrants pourrait participer à "
     "la rencontre.", "PARTICIPATED_IN", CTM, RENCONTRE, False),
    ("fr-negated", "fr", TITLES, "Le Réseau côtier des droits n'a pas participé à la "
     "rencontre.", "PARTICIPATED_IN", RCD, RENCONTRE, False),
    ("fr-quoted-title", "fr", NEWS, "La Coalition du Sahel a participé au Forum social des "
     "migrations. Le séminaire « Droits sans frontières » a été organisé par le Réseau côtier "
     "des droits.", "ORGANIZED", RCD, "~Droits sans frontières", True),
    ("fr-quoted-title-neg", "fr", NEWS, "La Coalition du Sahel a participé au Forum social des "
     "migrations. Le séminaire « Droits sans frontières » a été organisé par le Réseau côtier "
     "des droits.", "ORGANIZED", RCD, "~Forum social", False),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "head", "body", "type_", "source", "target", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_event_participation(
    gz: Gazetteer,
    lang: str,
    head: dict[str, str],
    body: str,
    type_: str,
    source: str,
    target: str,
    expected: bool,
) -> None:
    ex = _ex(gz, head[lang], body)
    assert found(ex, type_, source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


def test_negative_sentences_give_no_event_relation(gz: Gazetteer) -> None:
    """Negated, hedged and forecast attendance gives no relation of any event type; the
    readings go to the warnings."""
    bodies = {
        "en": "The Coastal Rights Network did not take part in the forum. The Andean Workers "
        "Federation will attend the forum. The Pacific Migrant Network could attend the forum.",
        "es": "La Coalición del Sur no participó en el encuentro. La Federación de Trabajadores "
        "Costeros participará en el encuentro.",
        "fr": "Le Réseau côtier des droits n'a pas participé à la rencontre. Le Collectif des "
        "travailleurs migrants pourrait participer à la rencontre.",
    }
    kinds = {"PARTICIPATED_IN", "ORGANIZED", "SPOKE_AT", "HOSTED"}
    for lang, body in bodies.items():
        ex = _ex(gz, TITLES[lang], body)
        assert not [r for r in ex.relations if r.type in kinds], lang
        assert any("not taken" in w for w in ex.warnings), lang


@pytest.mark.parametrize(
    ("title", "body", "event"),
    [
        ("Regional Forum on Labour Mobility, Lima", "The forum met on Monday.",
         "Regional Forum on Labour Mobility"),
        ("Webinar: Protecting domestic workers abroad", "The webinar was held on Monday.",
         "Protecting domestic workers abroad"),  # (the kind of meeting is no part of its name)
        ("Encuentro Nacional de Colectivos Migrantes 2023", "El encuentro fue el lunes.",
         "Encuentro Nacional de Colectivos Migrantes"),
        ("En Quito, foro regional de mujeres migrantes", "El foro se celebró el lunes.",
         "foro regional de mujeres migrantes"),
        ("Compte rendu du colloque « Migrer en sécurité » (Rabat, 12 mai 2023)",
         "Le colloque a eu lieu lundi.", "Migrer en sécurité"),
    ],
)  # fmt: skip
def test_title_names_the_event(gz: Gazetteer, title: str, body: str, event: str) -> None:
    """A title that names its meeting gives that event (a forum named so is no organization;
    the day of a date line above is no ordinal of the name)."""
    ex = run(gz, f"{DATE}\n{title}\n\n{body}", DATE)
    assert event in _events(ex)
    assert not [e for e in ex.entities if e.type == "Organization" and e.name == event]


def test_title_naming_a_place_gives_no_new_event(gz: Gazetteer) -> None:
    """ "the conference in Marrakech" is named by its place: no new event of those words."""
    ex = run(gz, f"{DATE}\nCountry X will not attend the conference in Marrakech\n\n"
             "The conference opens on Monday.", DATE)  # fmt: skip
    assert not [n for n in _events(ex) if n.startswith("conference in")]


def test_bare_event_noun_names_no_new_event(gz: Gazetteer) -> None:
    """ "organised a meeting" (no words of its own) names no new event."""
    ex = _ex(gz, NEWS["en"], "The Pacific Migrant Network organised a meeting.")
    assert not [n for n in _events(ex) if n.lower().startswith("meeting")]


PROGRAMME = {
    "en": "Programme of side events\n\nSide event 1: Care work across borders\n"
    "Date: 9 May, 13:00 - 14:30, Room 4\nOrganisers: Pacific Migrant Network, Coastal Rights "
    "Network\nSpeakers:\n- Nadia Ferrante, Director, Pacific Migrant Network\n- Tomas Halloran, "
    "Coordinator, Coastal Rights Network\n\nWages without borders\n10 May, 10:00 - 11:30\n"
    "Panelists:\n- Ines Varga, Researcher, Andean Workers Federation\n",
    "es": "Programa de eventos paralelos\n\nTrabajo doméstico y migración\nMartes 9 de mayo, "
    "13:00 - 14:30\nPonentes:\n- Ana Ruiz, coordinadora, Red Andina de Migrantes\n- Luis Mora, "
    "presidente, Coalición del Sur\n",
    "fr": "Programme des événements parallèles\n\nAtelier 2 : Migrer sans frontières\n"
    "Mardi 9 mai, 13 h - 14 h 30, salle 3\nIntervenants :\n- Awa Diop, présidente, Coalition "
    "du Sahel\n- Moussa Keita, coordinateur, Réseau côtier des droits\n",
}


@pytest.mark.parametrize(
    ("lang", "person", "event", "role"),
    [
        ("en", "~Nadia Ferrante", "~Care work across borders", "speaker"),
        ("en", "~Tomas Halloran", "~Care work across borders", "speaker"),
        ("en", "~Ines Varga", "~Wages without borders", "panelist"),
        ("es", "~Luis Mora", "~Trabajo doméstico y migración", "speaker"),
        ("fr", "~Awa Diop", "~Migrer sans frontières", "speaker"),
    ],
)
def test_programme_entry_title_is_the_event(
    gz: Gazetteer, lang: str, person: str, event: str, role: str
) -> None:
    """A list of speakers belongs to the title of its programme entry, above the lines that
    say when, where and by whom."""
    ex = run(gz, f"{DATE}\n{PROGRAMME[lang]}", DATE)
    assert found(ex, "SPOKE_AT", person, event)
    names = {e.key: e.name for e in ex.entities}
    roles = {r.properties.get("role") for r in ex.relations
             if r.type == "SPOKE_AT" and person[1:] in names[r.source]}  # fmt: skip
    assert roles == {role}
    if lang == "en":
        assert found(ex, "ORGANIZED", CRN, "~Care work across borders")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Panel discussion on seasonal work\n- Nadia Ferrante, Director, Pacific Migrant "
         "Network\n- Tomas Halloran, Coordinator, Coastal Rights Network\n"),
        ("en", "With the support of:\n- Nadia Ferrante, Director, Pacific Migrant Network\n"
         "- Tomas Halloran, Coordinator, Coastal Rights Network\n"),
        ("es", "Panel sobre trabajo doméstico y cuidados en la región andina\n- Ana Ruiz, "
         "coordinadora, Red Andina de Migrantes\n- Luis Mora, presidente, Coalición del Sur\n"),
        ("fr", "Avec le soutien de :\n- Awa Diop, présidente, Coalition du Sahel\n"
         "- Moussa Keita, coordinateur, Réseau côtier des droits\n"),
        ("fr", "Table ronde sur les droits des saisonniers en Afrique de l'Ouest\n- Awa Diop, "
         "présidente, Coalition du Sahel\n- Moussa Keita, coordinateur, Réseau côtier des "
         "droits\n"),
    ],
)  # fmt: skip
def test_people_under_a_topic_heading_are_no_speakers(gz: Gazetteer, lang: str, text: str) -> None:
    """A list of people is a list of speakers only when its heading says so ("Speakers:",
    "Ponentes:", "Intervenants :"), not under a heading that names a topic or a session."""
    head = TITLES[lang]
    ex = run(gz, head + text, DATE)
    assert not [r for r in ex.relations if r.type == "SPOKE_AT"], [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


CONF = "marrakech-conference-2018"


@pytest.mark.parametrize(
    ("text", "state", "expected"),
    [
        ("Poland will not attend the UN conference in Marrakech on migration.", "pol", True),
        ("Slovakia will not send a delegation to the Marrakech summit.", "svk", True),
        ("Le gouvernement a annoncé que la Suisse ne participera pas à la conférence "
         "intergouvernementale de Marrakech, prévue en décembre.", "che", True),
        ("El gobierno anunció el martes que Chile no asistirá a la conferencia "
         "intergubernamental de Marrakech, según un comunicado de la cancillería.", "chl", True),
        ("Poland might not attend the UN conference in Marrakech on migration.", "pol", False),
    ],
)  # fmt: skip
def test_meeting_named_by_place_and_kind(
    gz: Gazetteer, text: str, state: str, expected: bool
) -> None:
    """Two known meetings held in one city in one year: the noun's kind ("the conference in
    <city>", "the <city> summit", a summit and a conference being one kind) picks the one."""
    ex = run(gz, f"2018-12-05\n\n{text}", "2018-12-05")
    assert found(ex, "DECLINED_TO_ATTEND", state, CONF) is expected, [
        (r.type, r.source, r.target) for r in ex.relations
    ]
