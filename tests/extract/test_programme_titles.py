"""A programme of side events names each entry by a title line of its own, in many shapes: in
capitals, in title case, as a question or a call, in guillemets or curly quotes, after a kind of
meeting ("Side event:", "Session 3 -", "Panel:") where the text is no meeting of its own, after
its day and hours ("Monday 10 December, 13:15 - Title", "13:15-14:30 | Title"). Whoever the
entry lists as speaking ("Name - Title, Organisation" lines, with an en dash) speaks at that
entry's event, named by its title as written, never at the entry before it nor at the text's
own event; a line "Name - Organisation" is an item of the list above, no title. A programme
still to be confirmed, speakers to be confirmed, a call for proposals give nothing. Every name
and title is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import named as pairs
from tests.extract.conftest import run as run_text


def run(gz: Gazetteer, text: str) -> Extraction:
    """The text with each " -- " written as the en dash programmes use (" \u2013 ")."""
    return run_text(gz, text.replace(" -- ", " \u2013 "))


HEAD = "Side events programme of the Valdoria Forum on Labour Mobility\n\n"
FIRST = "Speakers:\nAna Lind -- Director, Lumen Workers Union\nTomas Berg -- Brisamar Foundation\n"
SECOND = (
    "Speakers:\nKarl Weyl -- Policy Officer, Northwind Children's Fund\nRosa Mendo -- Harbour "
    "Legal Clinic\n"
)

# (the first entry's title line, the second's, the first's event name, the second's)
SHAPES = [
    ("FAIR WAGES FOR SEASONAL WORKERS", "CHILDREN ON THE MOVE",
     "fair wages for seasonal workers", "children on the move"),
    ("Who pays seasonal workers?", "Children first!",
     "who pays seasonal workers?", "children first!"),
    ("«Fair wages for seasonal workers»", "“Children on the move”",
     "fair wages for seasonal workers", "children on the move"),
    ("Side event: Fair Wages For Seasonal Workers", "Side event: Children On The Move",
     "fair wages for seasonal workers", "children on the move"),
    ("Fair Wages For Seasonal Workers: Who Pays?", "Children On The Move: Rights At Every Border",
     "fair wages for seasonal workers: who pays?",
     "children on the move: rights at every border"),
    # a session's title where the text is a programme of side events, no meeting of its own
    ("Session 3 -- Fair wages for seasonal workers", "Session 4 -- Children on the move",
     "fair wages for seasonal workers", "children on the move"),
    ("Panel: Fair wages for seasonal workers", "Panel: Children on the move",
     "fair wages for seasonal workers", "children on the move"),
    ("Round table 1: Fair wages for seasonal workers", "Round table 2: Children on the move",
     "fair wages for seasonal workers", "children on the move"),
    # the day and hours first, the title after a bar or a dash
    ("13:15-14:30 | Fair wages for seasonal workers", "15:00-16:30 | Children on the move",
     "fair wages for seasonal workers", "children on the move"),
    ("Monday 10 December, 13:15 -- Fair wages for seasonal workers",
     "Monday 10 December, 15:00 -- Children on the move",
     "fair wages for seasonal workers", "children on the move"),
    ("10 December -- Fair wages for seasonal workers", "11 December -- Children on the move",
     "fair wages for seasonal workers", "children on the move"),
    # single quotes, low quotes
    ("\u2018Fair wages for seasonal workers\u2019", "\u201eChildren on the move\u201c",
     "fair wages for seasonal workers", "children on the move"),
    # a subtitle on the line under the title: the entry is named by its title
    ("Fair wages for seasonal workers\nA dialogue between workers and employers",
     "Children on the move \u2013\nRights at every border",
     "fair wages for seasonal workers", "children on the move"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "one", "two"), SHAPES)
def test_each_entry_title_names_its_own_event(
    gz: Gazetteer, first: str, second: str, one: str, two: str
) -> None:
    text = HEAD + f"{first}\n{FIRST}\n{second}\n{SECOND}"
    ex = run(gz, "2018-12-10\n\n" + text)
    assert pairs(ex, "SPOKE_AT") == {
        ("ana lind", one), ("tomas berg", one), ("karl weyl", two), ("rosa mendo", two),
    }, ex.relations  # fmt: skip


def test_a_title_that_opens_with_a_number_is_no_line_of_when(gz: Gazetteer) -> None:
    """ "10 years of X" is no hour: the walk up from its list does not pass over it to the text's
    own title."""
    text = HEAD + f"Fair wages for seasonal workers\n{FIRST}\n10 years of children on the move\n"
    ex = run(gz, "2018-12-10\n\n" + text + SECOND)
    spoke = pairs(ex, "SPOKE_AT")
    assert ("ana lind", "fair wages for seasonal workers") in spoke, ex.relations
    assert not any(p in ("karl weyl", "rosa mendo") and "seasonal" in t for p, t in spoke)
    assert not any("programme" in t for _, t in spoke), ex.relations


def test_a_title_after_a_list_is_no_person(gz: Gazetteer) -> None:
    """The line after a blank line under a list of speakers opens the next entry: no name of
    the list before it."""
    text = (
        HEAD + f"Fair wages for seasonal workers\n{FIRST}\nChildren On The Move\nRoom C\n{SECOND}"
    )
    ex = run(gz, "2018-12-10\n\n" + text)
    people = {e.name.lower() for e in ex.entities if e.type == "Person"}
    assert "children on the move" not in people, ex.entities
    assert ("karl weyl", "fair wages for seasonal workers") not in pairs(ex, "SPOKE_AT")


def test_organisers_of_each_entry(gz: Gazetteer) -> None:
    text = HEAD + (
        "Side event: Fair Wages For Seasonal Workers\nOrganisers: Lumen Workers Union "
        f"(Valdoria), Brisamar Foundation (Ostland)\n{FIRST}\nSide event: Children On The Move\n"
        f"Organisers: Northwind Children's Fund (Ostland)\n{SECOND}"
    )
    ex = run(gz, "2018-12-10\n\n" + text)
    assert pairs(ex, "ORGANIZED") == {
        ("lumen workers union", "fair wages for seasonal workers"),
        ("brisamar foundation", "fair wages for seasonal workers"),
        ("northwind children's fund", "children on the move"),
    }, ex.relations


def test_a_session_of_a_meeting_is_a_part_of_it(gz: Gazetteer) -> None:
    """Where the text is one meeting's programme, "Panel 1: X" is a part of that meeting."""
    text = (
        "Valdoria Forum on Labour Mobility\nValmont, 3 May 2019\n\n11:00 Panel 1: Recruitment "
        "fees\nPanelists:\nAna Lind -- Lumen Workers Union\nTomas Berg -- Brisamar Foundation\n"
    )
    ex = run(gz, "2019-05-04\n\n" + text)
    spoke = pairs(ex, "SPOKE_AT")
    assert {p for p, _ in spoke} == {"ana lind", "tomas berg"}, ex.relations
    assert not any("recruitment" in t for _, t in spoke), ex.relations


NOTHING = [
    "Fair wages for seasonal workers\nProgramme to be confirmed\n\nChildren on the move\n"
    "Speakers: to be confirmed\n",
    "Fair wages for seasonal workers\nSpeakers:\nInvited speakers (tbc)\nRepresentative of the "
    "Lumen Workers Union (tbc)\n",
    "Fair wages for seasonal workers\nSpeakers (to be confirmed):\nAna Lind -- Director, Lumen "
    "Workers Union\nTomas Berg -- Brisamar Foundation\n",
]


@pytest.mark.parametrize("entries", NOTHING)
def test_speakers_not_yet_known_give_nothing(gz: Gazetteer, entries: str) -> None:
    ex = run(gz, "2018-12-10\n\n" + HEAD + entries)
    assert not pairs(ex, "SPOKE_AT"), ex.relations
    assert not pairs(ex, "ORGANIZED"), ex.relations


def test_a_call_for_proposals_gives_nothing(gz: Gazetteer) -> None:
    text = (
        "Call for proposals: side events at the Valdoria Forum on Labour Mobility\n\n"
        "Organisations wishing to hold a side event should send a title, a list of speakers and "
        "the names of the organisers by 1 November.\nSpeakers: names of up to four speakers -- "
        "organisation, title\nOrganisers: up to three organisations\n"
    )
    ex = run(gz, "2018-10-01\n\n" + text)
    assert not pairs(ex, "SPOKE_AT"), ex.relations
    assert not pairs(ex, "ORGANIZED"), ex.relations


OTHER_LANGUAGES = [
    ("Programa de eventos paralelos del Foro de Valdoria sobre Movilidad Laboral\n\n"
     "Evento paralelo: Salarios justos para trabajadores temporales\nOrganizan: Sindicato Lumen "
     "de Trabajadores (Valdoria) y Fundación Brisamar\nPonentes:\nAna Lind -- Directora, "
     "Sindicato Lumen de Trabajadores\nTomás Berg -- Fundación Brisamar\n\nNIÑEZ EN MOVIMIENTO\n"
     "Lunes 10 de diciembre, 15:00-16:30\nPonentes:\nKarl Weyl -- Fondo Norteño para la Niñez\n"
     "Rosa Mendo -- Clínica Jurídica del Puerto\n",
     {("ana lind", "salarios justos para trabajadores temporales"),
      ("tomás berg", "salarios justos para trabajadores temporales"),
      ("karl weyl", "niñez en movimiento"), ("rosa mendo", "niñez en movimiento")},
     {("sindicato lumen de trabajadores", "salarios justos para trabajadores temporales"),
      ("fundación brisamar", "salarios justos para trabajadores temporales")}),
    ("Programme des événements parallèles du Forum de Valmont\n\n« Des salaires justes pour "
     "les saisonniers »\nIntervenants :\nAna Lind -- directrice, Fondation Lumière\nTomas Berg -- "
     "Réseau Brisemer\n\nTable ronde : Les enfants en mouvement\nLundi 10 décembre, 15 h -- 16 h "
     "30\nIntervenants :\nKarl Weyl -- Fonds du Nord pour l'enfance\nRosa Mendo -- Clinique "
     "juridique du Port\n",
     {("ana lind", "des salaires justes pour les saisonniers"),
      ("tomas berg", "des salaires justes pour les saisonniers"),
      ("karl weyl", "les enfants en mouvement"), ("rosa mendo", "les enfants en mouvement")},
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spoke", "organized"), OTHER_LANGUAGES)
def test_programmes_in_spanish_and_french(
    gz: Gazetteer, text: str, spoke: set[tuple[str, str]], organized: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2018-12-10\n\n" + text)
    assert pairs(ex, "SPOKE_AT") == spoke, ex.relations
    assert pairs(ex, "ORGANIZED") == organized, ex.relations
