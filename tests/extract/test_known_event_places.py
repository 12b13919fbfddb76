"""A known meeting named by its city in another language or spelling ("Marrakesh", "Ginebra",
"Genève"), or by its country's name in the text's language ("en Marruecos", "au Maroc"), is the
meeting held there: the cities' other names are data (data/reference/places.csv), the states'
are their reference names. A meeting named by its city and a generic word ("the <city> meeting",
"la reunión de <ciudad>") is the known one of the process the text is about; with two meetings
held there and no process to choose, it stays a meeting of its own. The states are the
gazetteer's; the sentences are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import EventInfo, Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import COMPACT_NEWS, run

CONFERENCE = "marrakech-conference-2018"


def targets(ex: Extraction, type_: str) -> set[tuple[str, str]]:
    """(source id or name, target id or name) of each relation of a type."""
    ents = {e.key: e for e in ex.entities}
    return {
        (ents[r.source].id or ents[r.source].name, ents[r.target].id or ents[r.target].name)
        for r in ex.relations
        if r.type == type_
    }


@pytest.mark.parametrize(
    ("place", "held"),
    [
        ("marrakesh", True),
        ("marrakech", True),
        ("marruecos", True),  # the state's Spanish name
        ("maroc", True),
        ("ginebra", False),
        ("rabat", False),
        ("", False),
    ],
)
def test_a_known_meeting_is_held_in_every_name_of_its_place(
    gz: Gazetteer, place: str, held: bool
) -> None:
    assert gz.events[CONFERENCE].held_in(place) is held


def test_the_city_alone_when_asked() -> None:
    info = EventInfo("Lakeside, Northland", place_names=("lakeside", "lake side", "northland"),
                     city_names=2)  # fmt: skip
    assert info.held_in("lake side", city_only=True)
    assert info.held_in("northland") and not info.held_in("northland", city_only=True)
    # without the places table, the place's own parts
    bare = EventInfo("Lakeside, Northland (Old Town Hall)")
    assert bare.held_in("northland") and bare.held_in("lakeside", city_only=True)
    assert not bare.held_in("northland", city_only=True)


def test_a_venue_in_brackets_names_no_place(gz: Gazetteer) -> None:
    geneva = [i for i in gz.events.values() if i.place and "(" in i.place and i.held_in("geneva")]
    assert geneva, "the reference data holds a meeting at a venue in Geneva"
    assert not any(i.held_in("maison") for i in geneva)


# (language, sentence, (type, state id)): a state that stays away from, or goes to, the
# conference named by its city or its country in the text's own words
CASES = [
    ("en", "Switzerland will not attend the conference in Marrakesh.",
     ("DECLINED_TO_ATTEND", "che")),
    ("en", "Italy will not take part in the Marrakesh meeting, the prime minister said.",
     ("DECLINED_TO_ATTEND", "ita")),
    ("en", "The United States did not participate in the conference held in Marrakesh.",
     ("DECLINED_TO_ATTEND", "usa")),
    ("es", "Chile no asistirá a la reunión de Marrakech.", ("DECLINED_TO_ATTEND", "chl")),
    ("es", "El gobierno de Chile no estará presente en la conferencia de la ONU en Marruecos.",
     ("DECLINED_TO_ATTEND", "chl")),
    ("es", "Brasil participó en la cumbre de Marrakesh.", ("PARTICIPATED_IN", "bra")),
    ("fr", "La Pologne ne participera pas à la réunion de Marrakesh.",
     ("DECLINED_TO_ATTEND", "pol")),
    ("fr", "L'Autriche n'a pas assisté à la conférence de l'ONU au Maroc.",
     ("DECLINED_TO_ATTEND", "aut")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_a_state_and_the_meeting_held_in_a_named_place(
    gz: Gazetteer, lang: str, sentence: str, expected: tuple[str, str]
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence, "2019-05-14")
    type_, state = expected
    assert (state, CONFERENCE) in targets(ex, type_), (ex.relations, ex.warnings)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # another city: another meeting
        ("en", "Switzerland will not attend the conference in Lisbon."),
        ("es", "Chile no asistirá a la reunión de Lisboa."),
        ("fr", "La Pologne ne participera pas à la réunion de Lisbonne."),
    ],
)
def test_a_meeting_in_another_place_is_not_the_known_one(
    gz: Gazetteer, lang: str, sentence: str
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence, "2019-05-14")
    assert not any(e.id == CONFERENCE for e in ex.entities), ex.relations


def test_with_no_process_two_meetings_in_one_city_are_neither(gz: Gazetteer) -> None:
    # two known meetings met in that city that year (a civil-society one and the conference):
    # with no process to choose by, "the <city> meeting" is a meeting of its own
    text = "2018-12-20\n\nOn Monday, Italy did not take part in the Marrakesh meeting.\n"
    ex = run(gz, text, "2018-12-20")
    assert not any(e.id == CONFERENCE for e in ex.entities), ex.relations
    assert {t for _, t in targets(ex, "DECLINED_TO_ATTEND")} == {"Marrakesh meeting"}
