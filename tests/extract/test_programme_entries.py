"""A programme entry's title marked as one (numbered and quoted, '1. "Title: subtitle"') names
the entry's event even when lines that are no title sit between it and the list of speakers:
a line that only says what kind of meeting it is and how it is held ("Side event (hybrid)",
"Evento paralelo (híbrido)"), a line of where ("Room 4, Conference Centre, <city>"), a line of
when and where that names a room ("<X> Conference Room"), a line of who organised it, a
paragraph that describes it. Who organised it ("Organized jointly by the Permanent Missions of
A and B", "Organisé conjointement par les missions permanentes du A et de la B") is each state,
at that entry's event; a venue ("Conference Centre") is no event. Every name and title is
invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named as pairs
from tests.extract.conftest import run

EN = """Civil Society Forum on Labour Mobility, Valmont 2026: side events and panels

1. "Wages Stolen at Sea: Fishers, Recruiters and the Debt That Binds Them"
{kind}
4 June, 10:00 \u2013 11:30, Conference Centre, Room 4, Valmont

The panel looked at the debts that recruitment fees leave fishers with.

Speakers:
\u2022 Amina Odhiambo \u2013 Director of Programmes, Lumen Fishers Union
\u2022 Tomas Herrera \u2013 Researcher, Brisamar Labour Observatory
Moderated by Grace Mwangi of the Northwind Labour Platform.

2. "Care Work Without Borders: Domestic Workers in the Gulf"
Organized jointly by the Permanent Missions of Kenya and the Philippines
{where}

Panelists:
\u2022 Maria Santos, Secretary-General, Harbour Domestic Workers Alliance
\u2022 Joseph Kariuki, Legal Officer, Saltmarsh Legal Aid
"""

ES = """Foro de la Sociedad Civil sobre Movilidad Laboral, Valmont 2026: eventos paralelos

1. \u00abSalarios robados en el mar: pescadores, reclutadores y deudas\u00bb
Evento paralelo (h\u00edbrido)
4 de junio, 10:00 \u2013 11:30, Centro de Convenciones, Sala 4, Valmont

El panel examin\u00f3 las deudas que dejan las tarifas de reclutamiento.

Ponentes:
\u2022 Amina Odhiambo \u2013 Directora de Programas, Sindicato de Pescadores Lumen
\u2022 Tomas Herrera \u2013 Investigador, Observatorio Laboral Brisamar

2. \u00abCuidados sin fronteras: trabajadoras del hogar en el Golfo\u00bb
Organizado conjuntamente por las Misiones Permanentes de Colombia y de Filipinas
Sala 2, Centro de Convenciones, Valmont

Panelistas:
\u2022 Maria Santos, Secretaria General, Alianza de Trabajadoras del Hogar Harbour
\u2022 Jose Quispe, Oficial Jur\u00eddico, Red de Asistencia Legal Saltmarsh
"""

FR = """Forum de la soci\u00e9t\u00e9 civile sur la mobilit\u00e9 du travail, Valmont 2026

1. \u00ab Salaires vol\u00e9s en mer : p\u00eacheurs, recruteurs et dettes \u00bb
\u00c9v\u00e9nement parall\u00e8le (hybride)
4 juin, 10 h 00 \u2013 11 h 30, Centre de conf\u00e9rences, Salle 4, Valmont

Le panel a examin\u00e9 les dettes laiss\u00e9es par les frais de recrutement.

Intervenants :
\u2022 Awa Ndiaye \u2013 Directrice des programmes, Syndicat des p\u00eacheurs Lumen
\u2022 Tomas Herrera \u2013 Chercheur, Observatoire du travail Brisamar

2. \u00ab Soins sans fronti\u00e8res : les travailleuses domestiques dans le Golfe \u00bb
Organis\u00e9 conjointement par les missions permanentes du S\u00e9n\u00e9gal et des Philippines
Salle 2, Centre de conf\u00e9rences, Valmont

Pan\u00e9listes :
\u2022 Marie Diop, Secr\u00e9taire g\u00e9n\u00e9rale, Alliance des domestiques Harbour
\u2022 Joseph Faye, Juriste, R\u00e9seau d'assistance juridique Saltmarsh
"""

WAGES = "wages stolen at sea: fishers, recruiters and the debt that binds them"
CARE = "care work without borders: domestic workers in the gulf"

# (the line under the first title, the line of where under the second entry's organisers)
LAYOUTS = [
    ("Side event (hybrid)", "Conference Centre, Room 2, Valmont"),
    ("Side event (in person, with interpretation)", "Room 2, Conference Centre"),
    ("Webinar \u2013 online only", "Auditorium B, Harbour Building, Valmont"),
    ("SIDE EVENT 4", "Room 2"),
]


@pytest.mark.parametrize(("kind", "where"), LAYOUTS)
def test_marked_titles_name_each_entry(gz: Gazetteer, kind: str, where: str) -> None:
    ex = run(gz, "2026-06-10\n\n" + EN.format(kind=kind, where=where))
    assert pairs(ex, "SPOKE_AT") == {
        ("amina odhiambo", WAGES), ("tomas herrera", WAGES), ("grace mwangi", WAGES),
        ("maria santos", CARE), ("joseph kariuki", CARE),
    }, ex.relations  # fmt: skip
    assert pairs(ex, "ORGANIZED") == {("kenya", CARE), ("philippines", CARE)}, ex.relations
    events = {e.name.lower() for e in ex.entities if e.type == "Event"}
    assert not any(n.startswith(("conference centre", "room", "side event")) for n in events)


@pytest.mark.parametrize(
    ("text", "first", "second", "states"),
    [
        (ES, "salarios robados en el mar: pescadores, reclutadores y deudas",
         "cuidados sin fronteras: trabajadoras del hogar en el golfo", {"colombia", "philippines"}),
        (FR, "salaires vol\u00e9s en mer : p\u00eacheurs, recruteurs et dettes",
         "soins sans fronti\u00e8res : les travailleuses domestiques dans le golfe",
         {"senegal", "philippines"}),
    ],
)  # fmt: skip
def test_marked_titles_in_spanish_and_french(
    gz: Gazetteer, text: str, first: str, second: str, states: set[str]
) -> None:
    ex = run(gz, "2026-06-10\n\n" + text)
    spoke = pairs(ex, "SPOKE_AT")
    assert {t for _, t in spoke} == {first, second}, ex.relations
    assert len(spoke) == 4, ex.relations
    assert pairs(ex, "ORGANIZED") == {(s, second) for s in states}, ex.relations


def test_a_description_names_the_entry_it_describes(gz: Gazetteer) -> None:
    """ "Organised by A, the panel ...", in the paragraph under an entry's title and its line of
    when and where (which names a conference room): A organised that entry, not the forum."""
    text = (
        "Civil Society Forum on Labour Mobility, Valmont 2026\n\n"
        '1. "Wages Stolen at Sea: Fishers and Debt"\n'
        "4 June, 10:00 \u2013 11:30, Serpentine Conference Room, Harbour Building, Valmont\n\n"
        "Organised by the Lumen Fishers Union, the panel heard fishers from three ports.\n\n"
        "Speakers:\n\u2022 Amina Odhiambo \u2013 Lumen Fishers Union\n"
    )
    ex = run(gz, "2026-06-10\n\n" + text)
    assert pairs(ex, "ORGANIZED") == {
        ("lumen fishers union", "wages stolen at sea: fishers and debt")
    }, ex.relations


@pytest.mark.parametrize(
    "line",
    [
        "Organized jointly by the Permanent Missions of Kenya and the Philippines",
        "Co-organised by the Permanent Mission of Kenya and the Permanent Mission of the "
        "Philippines",
    ],
)
def test_state_missions_organise_as_their_states(gz: Gazetteer, line: str) -> None:
    text = f'Side events\n\n2. "Care Work Without Borders"\n{line}\nRoom 2, Valmont\n\n'
    text += "Speakers:\n\u2022 Maria Santos \u2013 Harbour Domestic Workers Alliance\n"
    ex = run(gz, "2026-06-10\n\n" + text)
    assert pairs(ex, "ORGANIZED") == {
        ("kenya", "care work without borders"), ("philippines", "care work without borders"),
    }, ex.relations  # fmt: skip
    orgs = {e.name.lower() for e in ex.entities if e.type == "Organization"}
    assert not any("mission" in n for n in orgs), orgs


@pytest.mark.parametrize(
    "line",
    [
        "The side event will be organised by the Permanent Mission of Kenya",
        "The Permanent Mission of Kenya may organise the side event",
        "The Permanent Mission of Kenya did not organise the side event",
    ],
)
def test_no_fact_of_a_mission_that_may_or_will_organise(gz: Gazetteer, line: str) -> None:
    text = f'Side events\n\n2. "Care Work Without Borders"\n{line}.\n'
    ex = run(gz, "2026-06-10\n\n" + text)
    assert pairs(ex, "ORGANIZED") == set(), ex.relations


def test_a_venue_is_no_event(gz: Gazetteer) -> None:
    text = (
        "The network met at the Harbour Conference Centre in Valmont on 3 May. Ana Lind, "
        "director of the Lumen Fishers Union, spoke at the Valmont Forum on Labour Mobility.\n"
    )
    ex = run(gz, "2026-06-10\n\n" + text)
    events = {e.name.lower() for e in ex.entities if e.type == "Event"}
    assert not any("conference centre" in n for n in events), events
    assert pairs(ex, "SPOKE_AT") == {("ana lind", "valmont forum on labour mobility")}, ex.relations


AGENDA = [
    (
        "March 1-2: Regional Consultation of the Valmont Network on Labour Mobility, organised "
        "by the Lumen Workers Union and the Brisamar Foundation",
        "ORGANIZED",
        {"lumen workers union", "brisamar foundation"},
        "regional consultation of the valmont network on labour mobility",
    ),
    (
        "April 10-11: Annual Meeting of the Harbour Alliance, hosted by the Saltmarsh Legal Clinic",
        "HOSTED",
        {"saltmarsh legal clinic"},
        "annual meeting of the harbour alliance",
    ),
    (
        "3 May: Valmont Dialogue on Fishers' Rights, co-convened by the Northwind Children's Fund "
        "and the Lumen Workers Union",
        "ORGANIZED",
        {"northwind children's fund", "lumen workers union"},
        "valmont dialogue on fishers' rights",
    ),
    (
        "10 de abril: Encuentro Anual de la Alianza Harbour, coorganizado por la Cl\u00ednica "
        "Jur\u00eddica Saltmarsh",
        "ORGANIZED",
        {"cl\u00ednica jur\u00eddica saltmarsh"},
        "encuentro anual de la alianza harbour",
    ),
    (
        "10 avril : Rencontre annuelle de l'Alliance Harbour, co-organis\u00e9e par la Clinique "
        "juridique Saltmarsh",
        "ORGANIZED",
        {"clinique juridique saltmarsh"},
        "rencontre annuelle de l'alliance harbour",
    ),
]


@pytest.mark.parametrize(("line", "kind", "holders", "event"), AGENDA)
def test_agenda_lines_name_the_meeting_and_who_held_it(
    gz: Gazetteer, line: str, kind: str, holders: set[str], event: str
) -> None:
    """ "<date>: <meeting>, organised by A and B": A and B held the meeting named between the
    colon and the comma."""
    ex = run(gz, "2026-06-10\n\nCalendar of the network, 2026\n\n" + line + "\n")
    assert pairs(ex, kind) == {(h, event) for h in holders}, ex.relations


@pytest.mark.parametrize(
    "line",
    [
        "3 May: Workshop on Seasonal Work, to be organised by the Lumen Workers Union",
        "4 June: Dialogue on Fishers' Rights, which may be co-hosted by the Brisamar Foundation",
        "12 mai : S\u00e9minaire sur les droits des p\u00eacheurs, qui sera organis\u00e9 par la "
        "Fondation Brisamar",
        "A workshop to be organised by the Lumen Workers Union will open the week.",
        "The forum is to be hosted by the Brisamar Foundation.",
    ],
)
def test_meetings_still_to_be_held_by_someone_give_nothing(gz: Gazetteer, line: str) -> None:
    ex = run(gz, "2026-06-10\n\nCalendar of the network\n\n" + line + "\n")
    assert pairs(ex, "ORGANIZED") | pairs(ex, "HOSTED") == set(), ex.relations
