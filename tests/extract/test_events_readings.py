"""Who took part in a meeting, read from sentences nobody wrote rules against: a meeting that
takes place "on 3 May" is no hedge ("May" is a month there, not the auxiliary); a new name
with a meeting's word that the lists read as an organization stays an event once a sentence
says it took place ("le Forum ... s'est tenu"), whatever slot reads it later; people sent by
bodies ("representatives of A, B and C", "des représentants de A, du B et de C",
"asistieron representantes de A, de B y de C") and a noun with "such as" ("organizaciones
como A y B", "des associations comme A et B") stand for each body they list, never for a name
that starts with "Representatives of" or "de l'"; a Spanish verb whose actors come after it
("Asistieron representantes de A") leaves the event to the context. Negated, hedged and
forecast attendance gives nothing. Every text is written for this test (invented names).
Needs the local CoreNLP parser (EN, ES, FR)."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, run

DATE = "2019-05-14"
HEAD = {"en": "Network news\n\n", "es": "Noticias de la red\n\n", "fr": "Nouvelles du réseau\n\n"}

EN_HELD = "The Lakeshore Forum on Seasonal Work took place in Kisumu on 3 May. "
ES_HELD = "El Foro Andino sobre Trabajo Temporal se celebró en Cuenca el 3 de mayo. "
FR_HELD = "Le Forum sahélien sur le travail saisonnier s'est tenu à Kayes le 3 mai. "

CASES = [
    # active, with the event named before ("on 3 May" is a date, no hedge)
    (
        "en",
        EN_HELD + "The Riverbank Tenants Union and the Orchard Pickers Alliance took part "
        "in the meeting.",
        ["~Riverbank Tenants Union", "~Orchard Pickers Alliance"],
        "~Lakeshore Forum on Seasonal Work",
        True,
    ),
    # a list of bodies behind a noun of people they sent
    (
        "en",
        EN_HELD + "Representatives of the Riverbank Tenants Union, the Granary Workers "
        "Network and the Orchard Pickers Alliance attended.",
        ["~Riverbank Tenants Union", "~Granary Workers Network", "~Orchard Pickers Alliance"],
        "~Lakeshore Forum on Seasonal Work",
        True,
    ),
    (
        "en",
        EN_HELD + "Participants included delegates of the Riverbank Tenants Union and the "
        "Granary Workers Network.",
        ["~Riverbank Tenants Union", "~Granary Workers Network"],
        "~Lakeshore Forum on Seasonal Work",
        True,
    ),
    (
        "en",
        EN_HELD + "Groups such as the Granary Workers Network and the Orchard Pickers "
        "Alliance took part.",
        ["~Granary Workers Network", "~Orchard Pickers Alliance"],
        "~Lakeshore Forum on Seasonal Work",
        True,
    ),
    # negated, forecast
    (
        "en",
        EN_HELD + "Representatives of the Riverbank Tenants Union did not attend.",
        ["~Riverbank Tenants Union"],
        "~Lakeshore Forum on Seasonal Work",
        False,
    ),
    (
        "en",
        "The Lakeshore Forum on Seasonal Work will take place in Kisumu on 3 June. "
        "Representatives of the Riverbank Tenants Union and the Granary Workers Network are "
        "expected to attend.",
        ["~Riverbank Tenants Union", "~Granary Workers Network"],
        "~Lakeshore Forum on Seasonal Work",
        False,
    ),
    # Spanish: actors after the verb, a list behind "representantes de", "como"
    (
        "es",
        ES_HELD + "Asistieron representantes de la Red Serrana de Jornaleros y del "
        "Colectivo Mar Abierto.",
        ["~Red Serrana de Jornaleros", "~Colectivo Mar Abierto"],
        "~Foro Andino sobre Trabajo Temporal",
        True,
    ),
    (
        "es",
        ES_HELD + "Participaron organizaciones como la Red Serrana de Jornaleros y el "
        "Colectivo Mar Abierto.",
        ["~Red Serrana de Jornaleros", "~Colectivo Mar Abierto"],
        "~Foro Andino sobre Trabajo Temporal",
        True,
    ),
    (
        "es",
        ES_HELD + "No asistieron representantes de la Red Serrana de Jornaleros ni del "
        "Colectivo Mar Abierto.",
        ["~Red Serrana de Jornaleros", "~Colectivo Mar Abierto"],
        "~Foro Andino sobre Trabajo Temporal",
        False,
    ),
    (
        "es",
        "Está previsto que la Red Serrana de Jornaleros participe en el Foro Andino sobre "
        "Trabajo Temporal.",
        ["~Red Serrana de Jornaleros"],
        "~Foro Andino sobre Trabajo Temporal",
        False,
    ),
    # French: "au forum", "y" after a forum that was held; "des associations comme"
    (
        "fr",
        FR_HELD + "Des représentants de l'Association Fleuve Solidaire et du Collectif Terre "
        "Ouverte y ont participé.",
        ["~Association Fleuve Solidaire", "~Collectif Terre Ouverte"],
        "~Forum sahélien sur le travail saisonnier",
        True,
    ),
    (
        "fr",
        FR_HELD + "Des représentants de l'Association Fleuve Solidaire, du Collectif Terre "
        "Ouverte et de l'Union des Cueilleuses ont participé au forum.",
        ["~Association Fleuve Solidaire", "~Collectif Terre Ouverte", "~Union des Cueilleuses"],
        "~Forum sahélien sur le travail saisonnier",
        True,
    ),
    (
        "fr",
        FR_HELD + "Des associations comme l'Association Fleuve Solidaire et le Collectif "
        "Terre Ouverte y ont participé.",
        ["~Association Fleuve Solidaire", "~Collectif Terre Ouverte"],
        "~Forum sahélien sur le travail saisonnier",
        True,
    ),
    (
        "fr",
        "L'Association Fleuve Solidaire devrait participer au Forum sahélien sur le travail "
        "saisonnier.",
        ["~Association Fleuve Solidaire"],
        "~Forum sahélien sur le travail saisonnier",
        False,
    ),
    (
        "fr",
        FR_HELD + "Le Collectif Terre Ouverte n'y a pas participé.",
        ["~Collectif Terre Ouverte"],
        "~Forum sahélien sur le travail saisonnier",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "body", "sources", "target", "expected"), CASES)
def test_who_took_part(
    gz: Gazetteer, lang: str, body: str, sources: list[str], target: str, expected: bool
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    for source in sources:
        assert found(ex, "PARTICIPATED_IN", source, target) is expected, (source, got)
    if not expected:
        assert not [r for r in ex.relations if r.type == "PARTICIPATED_IN"], got


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", EN_HELD + "Representatives of the Riverbank Tenants Union attended."),
        (
            "fr",
            FR_HELD + "Des représentants du Collectif Terre Ouverte et de l'Union des "
            "Cueilleuses y ont pris part.",
        ),
        (
            "es",
            ES_HELD + "Asistieron representantes de la Red Serrana de Jornaleros y del "
            "Colectivo Mar Abierto.",
        ),
    ],
)
def test_no_name_starts_with_the_people_sent_or_a_case_word(
    gz: Gazetteer, lang: str, body: str
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    names = [e.name for e in ex.entities]
    leads = ("representatives", "représentants", "de l", "del ", "du ", "de la ")
    assert not [n for n in names if n.lower().startswith(leads)], names
    assert not [n for n in names if " y del " in n or " y de la " in n], names


@pytest.mark.parametrize(
    ("lang", "body", "event"),
    [
        ("en", EN_HELD, "~Lakeshore Forum on Seasonal Work"),
        ("es", ES_HELD, "~Foro Andino sobre Trabajo Temporal"),
        (
            "fr",
            FR_HELD + "Le Collectif Terre Ouverte y a participé.",
            "~Forum sahélien sur le travail saisonnier",
        ),
    ],
)
def test_a_forum_that_took_place_is_an_event(
    gz: Gazetteer, lang: str, body: str, event: str
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    name = event[1:].lower()
    kinds = {e.type for e in ex.entities if name in e.name.lower()}
    assert kinds == {"Event"}, [(e.name, e.type) for e in ex.entities]


# --- a meeting that gathers bodies, a body represented or sending a delegation ------------------
GATHER = [
    (
        "en",
        EN_HELD + "The forum brought together the Riverbank Tenants Union and the Granary "
        "Workers Network.",
        ["~Riverbank Tenants Union", "~Granary Workers Network"],
        True,
    ),
    (
        "en",
        "The Riverbank Tenants Union was represented at the Lakeshore Forum on Seasonal Work "
        "by its director.",
        ["~Riverbank Tenants Union"],
        True,
    ),
    (
        "en",
        "The Riverbank Tenants Union sent a delegation to the Lakeshore Forum on Seasonal Work.",
        ["~Riverbank Tenants Union"],
        True,
    ),
    (
        "en",
        "The Riverbank Tenants Union was not represented at the Lakeshore Forum on Seasonal Work.",
        ["~Riverbank Tenants Union"],
        False,
    ),
    (
        "en",
        "The Riverbank Tenants Union will send a delegation to the Lakeshore Forum on "
        "Seasonal Work.",
        ["~Riverbank Tenants Union"],
        False,
    ),
    (
        "en",
        EN_HELD.replace(" on 3 May", "") + "It was held with the participation of the "
        "Riverbank Tenants Union and the Granary Workers Network.",
        ["~Riverbank Tenants Union", "~Granary Workers Network"],
        True,
    ),
    (
        "es",
        "El Foro Andino sobre Trabajo Temporal reunió a la Red Serrana de Jornaleros y al "
        "Colectivo Mar Abierto.",
        ["~Red Serrana de Jornaleros", "~Colectivo Mar Abierto"],
        True,
    ),
    (
        "es",
        "La Red Serrana de Jornaleros envió una delegación al Foro Andino sobre Trabajo Temporal.",
        ["~Red Serrana de Jornaleros"],
        True,
    ),
    (
        "es",
        ES_HELD + "El encuentro contó con la participación de la Red Serrana de Jornaleros y "
        "del Colectivo Mar Abierto.",
        ["~Red Serrana de Jornaleros", "~Colectivo Mar Abierto"],
        True,
    ),
    (
        "es",
        "La Red Serrana de Jornaleros podría enviar una delegación al Foro Andino sobre "
        "Trabajo Temporal.",
        ["~Red Serrana de Jornaleros"],
        False,
    ),
    (
        "fr",
        "Le Forum sahélien sur le travail saisonnier a réuni l'Association Fleuve Solidaire "
        "et le Collectif Terre Ouverte.",
        ["~Association Fleuve Solidaire", "~Collectif Terre Ouverte"],
        True,
    ),
    (
        "fr",
        "L'Association Fleuve Solidaire a envoyé une délégation au Forum sahélien sur le "
        "travail saisonnier.",
        ["~Association Fleuve Solidaire"],
        True,
    ),
    (
        "fr",
        FR_HELD + "La rencontre a vu la participation de l'Association Fleuve Solidaire et "
        "du Collectif Terre Ouverte.",
        ["~Association Fleuve Solidaire", "~Collectif Terre Ouverte"],
        True,
    ),
    (
        "fr",
        "Le Collectif Terre Ouverte n'était pas représenté au Forum sahélien sur le travail "
        "saisonnier.",
        ["~Collectif Terre Ouverte"],
        False,
    ),
]


@pytest.mark.parametrize(("lang", "body", "sources", "expected"), GATHER)
def test_gathered_represented_sent(
    gz: Gazetteer, lang: str, body: str, sources: list[str], expected: bool
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    for source in sources:
        took_part = any(found(ex, "PARTICIPATED_IN", source, f"~{w}") for w in ("Forum", "Foro"))
        assert took_part is expected, (source, got)
    assert not [r for r in ex.relations if r.type == "MEMBER_OF"], got  # (a forum held is no group)


def test_a_group_that_brings_bodies_together_is_no_meeting(gz: Gazetteer) -> None:
    body = (
        "The Riverbank Tenants Union brings together the Granary Workers Network and the Orchard "
    )
    ex = run(gz, DATE + "\n\n" + HEAD["en"] + body + "Pickers Alliance.", DATE)
    assert not [r for r in ex.relations if r.type == "PARTICIPATED_IN"]


# --- a new meeting brought in with its kind ("a regional workshop on X") ------------------------
@pytest.mark.parametrize(
    ("lang", "body", "org", "guests", "event"),
    [
        (
            "en",
            "The Riverbank Tenants Union held a regional workshop on seasonal visas in Kisumu. "
            "The Granary Workers Network and the Orchard Pickers Alliance took part in the "
            "workshop.",
            "~Riverbank Tenants Union",
            ["~Granary Workers Network", "~Orchard Pickers Alliance"],
            "~workshop on seasonal visas",
        ),
        (
            "es",
            "La Red Serrana de Jornaleros organizó un taller regional sobre visas temporales en "
            "Cuenca. La Asociación Valle Verde y el Colectivo Mar Abierto participaron en el "
            "taller.",
            "~Red Serrana de Jornaleros",
            ["~Asociación Valle Verde", "~Colectivo Mar Abierto"],
            "~taller regional sobre visas temporales",
        ),
        (
            "fr",
            "L'Association Fleuve Solidaire a organisé un atelier régional sur les visas "
            "saisonniers à Kayes. Le Collectif Terre Ouverte et l'Union des Cueilleuses ont "
            "participé à la rencontre.",
            "~Association Fleuve Solidaire",
            ["~Collectif Terre Ouverte", "~Union des Cueilleuses"],
            "~atelier régional sur les visas saisonniers",
        ),
    ],
)
def test_a_regional_workshop_is_a_new_event(
    gz: Gazetteer, lang: str, body: str, org: str, guests: list[str], event: str
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, "ORGANIZED", org, event), got
    for guest in guests:
        assert found(ex, "PARTICIPATED_IN", guest, event), (guest, got)


def test_a_regional_workshop_still_to_come_gives_nothing(gz: Gazetteer) -> None:
    body = (
        "Le Réseau Fleuve Solidaire organisera un atelier régional sur les visas saisonniers "
        "en juin."
    )
    ex = run(gz, DATE + "\n\n" + HEAD["fr"] + body, DATE)
    assert not [r for r in ex.relations if r.type in ("ORGANIZED", "PARTICIPATED_IN")]


# --- programmes: sessions, a labelled title, organizers of the whole meeting ---------------------
PROGRAMME_EN = """Lakeshore Dialogue on Seasonal Work
Kisumu, 3 May 2019

09:00 Opening session
Chair: Amina Wekesa, Director, Riverbank Tenants Union

11:00 Panel 1: Recruitment fees
Moderator: Daniel Ochieng (Granary Workers Network)
Panelists: Sarah Atieno, Orchard Pickers Alliance; Joseph Kiprono, Lake Fishers Union

Organizers:
Riverbank Tenants Union
Granary Workers Network
"""

PROGRAMME_FR = """Rencontre sahélienne des associations de saisonniers
Kayes, 12 avril 2019

Programme
9h00 Ouverture par Karim Diallo, président de l'Association Fleuve Solidaire
9h30 Table ronde 1 : « Accès aux droits »
Animée par Leila Traoré (Collectif Terre Ouverte)
Intervenants : Youssef Keita (Union des Cueilleuses), Nadia Coulibaly (Réseau Sahel Mobilité)

Organisateurs : Association Fleuve Solidaire, Collectif Terre Ouverte
"""

PROGRAMME_ES = """Encuentro andino de organizaciones de jornaleros
Cuenca, 8 de mayo de 2019

Programa
09:00 Panel «Derechos laborales en tránsito»
Moderación: Jorge Quispe, Red Serrana de Jornaleros
Panelistas:
- Elena Vargas, Asociación Valle Verde
- Miguel Herrera, Colectivo Mar Abierto

Convocan: Red Serrana de Jornaleros, Asociación Valle Verde
"""

SIDE_EVENTS_EN = """Side events at the Lakeshore Conference

Side event 1
Title: Fair recruitment in practice
Organizers: Riverbank Tenants Union and Granary Workers Network
Time: 13:15-14:45, Room 3
Speakers: Amina Wekesa (Riverbank Tenants Union), Peter Otieno (Lake Fishers Union)
"""


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (PROGRAMME_EN, "SPOKE_AT", "~Daniel Ochieng", "~Lakeshore Dialogue on Seasonal Work"),
        (PROGRAMME_EN, "SPOKE_AT", "~Sarah Atieno", "~Lakeshore Dialogue on Seasonal Work"),
        (
            PROGRAMME_EN,
            "ORGANIZED",
            "~Granary Workers Network",
            "~Lakeshore Dialogue on Seasonal Work",
        ),
        (PROGRAMME_FR, "SPOKE_AT", "~Youssef Keita", "~Rencontre sahélienne"),
        (PROGRAMME_FR, "SPOKE_AT", "~Leila Traoré", "~Rencontre sahélienne"),
        (PROGRAMME_FR, "ORGANIZED", "~Collectif Terre Ouverte", "~Rencontre sahélienne"),
        (PROGRAMME_ES, "SPOKE_AT", "~Jorge Quispe", "~Encuentro andino"),
        (PROGRAMME_ES, "SPOKE_AT", "~Elena Vargas", "~Encuentro andino"),
        (PROGRAMME_ES, "ORGANIZED", "~Asociación Valle Verde", "~Encuentro andino"),
        (SIDE_EVENTS_EN, "ORGANIZED", "~Granary Workers Network", "~Fair recruitment in practice"),
        (SIDE_EVENTS_EN, "SPOKE_AT", "~Peter Otieno", "~Fair recruitment in practice"),
    ],
)
def test_programme_parts_speak_at_the_meeting(
    gz: Gazetteer, text: str, type_: str, source: str, target: str
) -> None:
    ex = run(gz, DATE + "\n\n" + text, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, type_, source, target), got
    titles = ("recruitment fees", "accès aux droits", "derechos laborales", "title:")
    parts = {e.key for e in ex.entities if e.name.lower().startswith(titles)}
    assert not [r for r in ex.relations if r.target in parts], got  # a session is no event
    # (an organizer is no speaker, a speaker no organizer)
    assert not found(ex, "SPOKE_AT", "~Network", "~"), got


SIDE_EVENTS_MORE = """Side events at the Lakeshore Conference

Migration 2030: fair recruitment in practice
Monday 10 June 2019, 13:15-14:45, Conference Room 3
Organizers: Riverbank Tenants Union
Speakers:
- H.E. Ambassador Jurg Feldmann, Permanent Representative of Switzerland
- Ms. Amina Wekesa, Executive Director, Riverbank Tenants Union
- Dr. Peter Otieno (Lake Fishers Union, Kenya)
- Representative of the Ministry of Labour of Kenya
Moderator: Prof. Ana Lopes, University of Lakeshore

Side event: protecting children on the move.
Organizers: Save Youth Network
Speakers: Laura Chen, Ocean Justice Project; Tom Riley, Harbour Workers Federation
"""


@pytest.mark.parametrize(
    ("type_", "source", "target"),
    [
        ("SPOKE_AT", "~Amina Wekesa", "~Migration 2030: fair recruitment"),
        ("SPOKE_AT", "~Ana Lopes", "~Migration 2030: fair recruitment"),  # (under a long list)
        ("ORGANIZED", "~Riverbank Tenants Union", "~Migration 2030: fair recruitment"),
        ("SPOKE_AT", "~Laura Chen", "~protecting children on the move"),
        ("ORGANIZED", "~Save Youth Network", "~protecting children on the move"),
    ],
)
def test_side_event_titles(gz: Gazetteer, type_: str, source: str, target: str) -> None:
    """A title with a number before its colon, a kind's title with its stop, a long list of
    speakers between a title and its moderator; a conference room is where, no meeting."""
    ex = run(gz, DATE + "\n\n" + SIDE_EVENTS_MORE, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, type_, source, target), got
    assert not [e for e in ex.entities if e.type == "Event" and "room" in e.name.lower()]
    assert not found(ex, "SPOKE_AT", "~Lakeshore", "~"), got


# --- a meeting named by a common noun with its own words; "at the initiative of"; "among them" ---
REPORT_FR = """Compte rendu

L'atelier régional des organisations de la société civile sur les visas saisonniers s'est tenu à \
Kayes du 10 au 12 mai 2019, à l'initiative du Réseau Fleuve Solidaire.

Une vingtaine d'organisations ont pris part à l'atelier, parmi lesquelles l'Union des \
Cueilleuses et l'Association Sahel Mobilité.
"""


@pytest.mark.parametrize(
    ("type_", "source"),
    [
        ("ORGANIZED", "~Réseau Fleuve Solidaire"),
        ("PARTICIPATED_IN", "~Union des Cueilleuses"),
        ("PARTICIPATED_IN", "~Association Sahel Mobilité"),
    ],
)
def test_a_workshop_held_named_as_written(gz: Gazetteer, type_: str, source: str) -> None:
    ex = run(gz, DATE + "\n\n" + REPORT_FR, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, type_, source, "~atelier régional des organisations"), got


@pytest.mark.parametrize(
    ("lang", "body", "org", "expected"),
    [
        (
            "en",
            "The Lakeshore Forum on Seasonal Work took place in Kisumu on 3 May at the "
            "initiative of the Riverbank Tenants Union.",
            "~Riverbank Tenants Union",
            True,
        ),
        (
            "es",
            "El Foro Andino sobre Trabajo Temporal se celebró en Cuenca a iniciativa de la "
            "Red Serrana de Jornaleros.",
            "~Red Serrana de Jornaleros",
            True,
        ),
        (
            "fr",
            "Le Forum sahélien sur le travail saisonnier s'est tenu à Kayes le 3 mai, à "
            "l'initiative du Réseau Fleuve Solidaire.",
            "~Réseau Fleuve Solidaire",
            True,
        ),
        (
            "en",
            "The Riverbank Tenants Union launched an initiative on seasonal visas with the "
            "Granary Workers Network.",
            "~Riverbank Tenants Union",
            False,
        ),
        (
            "fr",
            "Le Forum sahélien sur le travail saisonnier pourrait se tenir à Kayes, à "
            "l'initiative du Réseau Fleuve Solidaire.",
            "~Réseau Fleuve Solidaire",
            False,
        ),
    ],
)
def test_at_the_initiative_of(
    gz: Gazetteer, lang: str, body: str, org: str, expected: bool
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert any(r.type == "ORGANIZED" for r in ex.relations) is expected, got
    if expected:
        assert found(ex, "ORGANIZED", org, "~Fo"), got


@pytest.mark.parametrize(
    ("lang", "body", "source", "event", "expected"),
    [
        (
            "en",
            "The second regional review of the seasonal work pact took place in Kisumu on 3 May, "
            "hosted by the Granary Workers Network. The Riverbank Tenants Union took part in the "
            "review.",
            "~Riverbank Tenants Union",
            "~regional review of the seasonal work pact",
            True,
        ),
        (
            "es",
            "La segunda revisión regional del pacto de trabajo temporal se realizó en Cuenca el 3 "
            "de mayo. La Red Serrana de Jornaleros participó en la revisión.",
            "~Red Serrana de Jornaleros",
            "~revisión regional del pacto de trabajo temporal",
            True,
        ),
        (
            "fr",
            "L'examen régional du pacte sur le travail saisonnier s'est tenu à Kayes le 3 mai, à "
            "l'initiative du Réseau Fleuve Solidaire. Le Collectif Terre Ouverte a participé à "
            "l'examen.",
            "~Collectif Terre Ouverte",
            "~examen régional du pacte sur le travail saisonnier",
            True,
        ),
        (
            "en",
            "The second regional review of the seasonal work pact may take place in Kisumu. "
            "The Riverbank Tenants Union hopes to take part in the review.",
            "~Riverbank Tenants Union",
            "~review",
            False,
        ),
    ],
)
def test_a_review_held_is_a_meeting(
    gz: Gazetteer, lang: str, body: str, source: str, event: str, expected: bool
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, "PARTICIPATED_IN", source, event) is expected, got
