"""Programmes of side events in the layouts they come in: an entry's title put as a question,
its hours and room on a line of their own (never a title: "13:15-14:45 | Room C"), a
description paragraph and labels set apart by blank lines, a "SIDE EVENT 4" or a date line
right above the title, a state named as a body among the organisers, an acronym after a comma
(no legal form), a programme line's when after its organisers. Speakers belong to their entry,
never to the conference the programme is of. Every name and title is invented for this test.
Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import named as pairs
from tests.extract.conftest import run

HEAD = "Side events at the intergovernmental conference in Marrakech\n\n"


def spoke(ex: Extraction) -> set[tuple[str, str]]:
    return pairs(ex, "SPOKE_AT")


ENTRIES = [
    # a question for a title, its time and room on a label line
    ("Who guards the guards at sea?\nTime: 13:15-14:45, Room B\nOrganizers: Lumen Harbour "
     "Alliance, Brisamar Rescue\nSpeakers: Tomas Berg (Brisamar Rescue); Ana Lind (Lumen Harbour "
     "Alliance)\nModerator: Lidia Moro, Journalist\n",
     "who guards the guards at sea?", {"tomas berg", "ana lind", "lidia moro"}),
    ("¿Quién protege a quienes cruzan el mar?\nHora: 13:15-14:45, Sala B\nOrganizan: Alianza "
     "Lumen, Rescate Brisamar\nPonentes: Tomás Berg (Rescate Brisamar); Ana Lind (Alianza Lumen)\n",
     "¿quién protege a quienes cruzan el mar?", {"tomás berg", "ana lind"}),
    ("Qui protège les passagers de la mer ?\nHoraire : 13h15-14h45, salle B\nOrganisateurs : "
     "Alliance Lumen, Sauvetage Brisemer\nIntervenants : Tomas Berg (Sauvetage Brisemer) ; Ana "
     "Lind (Alliance Lumen)\n",
     "qui protège les passagers de la mer ?", {"tomas berg", "ana lind"}),
    # the hours and the room alone on a line under the title
    ("Labour corridors that work for workers\n13:15-14:45 | Room C\nOrganised by: Lumen Workers "
     "Union\nSpeakers: Sara Okon (Farmhands Union of Norland)\n",
     "labour corridors that work for workers", {"sara okon"}),
    # the title, a description and the labels, each apart
    ("Care work and the women who carry it\n\nThis event looks at how care depends on migrant "
     "women and what the compact offers them.\n\nOrganisers: Lumen Domestic Workers Federation, "
     "Brisamar Solidarity\n\nSpeakers: Rosa Mendo (Lumen Domestic Workers Federation), Karl Weyl "
     "(Brisamar Solidarity)\n",
     "care work and the women who carry it", {"rosa mendo", "karl weyl"}),
    ("El cuidado y las mujeres que lo sostienen\n\nEste evento examina cómo el cuidado depende de "
     "mujeres migrantes y qué les ofrece el pacto.\n\nOrganizan: Federación Lumen de "
     "Trabajadoras del Hogar\n\nPonentes: Rosa Mendo (Federación Lumen de Trabajadoras del "
     "Hogar), Karl Weyl (Solidaridad Brisamar)\n",
     "el cuidado y las mujeres que lo sostienen", {"rosa mendo", "karl weyl"}),
    # "SIDE EVENT 4" right above the title
    ("SIDE EVENT 4\nCare work and the women who carry it\nSpeakers: Rosa Mendo (Lumen Domestic "
     "Workers Federation), Karl Weyl (Brisamar Solidarity)\n",
     "care work and the women who carry it", {"rosa mendo", "karl weyl"}),
    ("ATELIER 4\nLe soin et les femmes qui le portent\nIntervenants : Rosa Mendo (Fédération "
     "Lumen), Karl Weyl (Solidarité Brisemer)\n",
     "le soin et les femmes qui le portent", {"rosa mendo", "karl weyl"}),
    # a date, hours and room line right above the title
    ("Monday, 10 December 2018 | 13:00-14:30 | Room A\nCare work and the women who carry it\n"
     "Speakers: Rosa Mendo (Lumen Domestic Workers Federation), Karl Weyl (Brisamar Solidarity)\n"
     "Moderator: Ana Costa, Lumen Aid\n",
     "care work and the women who carry it", {"rosa mendo", "karl weyl", "ana costa"}),
]  # fmt: skip


@pytest.mark.parametrize(("entry", "title", "speakers"), ENTRIES)
def test_speakers_belong_to_their_entry(
    gz: Gazetteer, entry: str, title: str, speakers: set[str]
) -> None:
    ex = run(gz, "2018-12-12\n\n" + HEAD + entry)
    assert spoke(ex) == {(p, title) for p in speakers}, ex.relations


def test_a_room_is_no_title_and_no_organiser(gz: Gazetteer) -> None:
    entry = ("Care work and the women who carry it\nOrganized by the Lumen Domestic Workers "
             "Federation. 10 December, 13:00, Room A.\nSpeakers:\nRosa Mendo, Lumen Domestic "
             "Workers Federation\nKarl Weyl, Brisamar Solidarity\n")  # fmt: skip
    ex = run(gz, "2018-12-12\n\n" + HEAD + entry)
    title = "care work and the women who carry it"
    assert pairs(ex, "ORGANIZED") == {("lumen domestic workers federation", title)}, ex.relations
    assert spoke(ex) == {("rosa mendo", title), ("karl weyl", title)}, ex.relations
    assert not any("room" in e.name.lower() for e in ex.entities), ex.entities


def test_a_state_named_as_a_body_organises_beside_an_acronym(gz: Gazetteer) -> None:
    entry = (
        "Firewalls between clinics and enforcement\nDate: 10 December 2018, 10:00-11:30\n"
        "Organisers: Lumen Harbour Alliance and the Government of Portugal\n"
        "Speakers: Ana Lind (Lumen Harbour Alliance)\n\n"
        "Ending the detention of children\nDate: 10 December 2018, 12:00-13:30\n"
        "Organisers: Brisamar Rescue, UNICEF\nSpeakers: Tomas Berg (Brisamar Rescue)\n"
    )
    ex = run(gz, "2018-12-12\n\n" + HEAD + entry)
    organized = {(s, t) for s, t in pairs(ex, "ORGANIZED")}
    assert organized == {
        ("lumen harbour alliance", "firewalls between clinics and enforcement"),
        ("portugal", "firewalls between clinics and enforcement"),
        ("brisamar rescue", "ending the detention of children"),
        ("united nations children's fund", "ending the detention of children"),
    }, ex.relations


def test_an_organisation_and_its_country_stay_one_organiser(gz: Gazetteer) -> None:
    entry = (
        "Care work and the women who carry it\nDate: 10 December 2018, 10:00-11:30\n"
        "Organisers: Lumen Domestic Workers Federation, Portugal\n"
        "Speakers: Rosa Mendo (Lumen Domestic Workers Federation)\n"
    )
    ex = run(gz, "2018-12-12\n\n" + HEAD + entry)
    assert pairs(ex, "ORGANIZED") == {
        ("lumen domestic workers federation", "care work and the women who carry it")
    }, ex.relations


def test_a_kind_of_meeting_before_a_colon_is_no_part_of_the_name(gz: Gazetteer) -> None:
    text = ("SIDE EVENT: Climate displacement and the compact\nHosted by the Lumen Islands "
            "Alliance\n\nSpeakers include Ana Lind, Lumen Islands Alliance; and Tomas Berg, "
            "Brisamar Rescue.\n")  # fmt: skip
    ex = run(gz, "2018-12-12\n\n" + text)
    events = [e.name for e in ex.entities if e.type == "Event"]
    assert events == ["Climate displacement and the compact"], ex.entities
    assert ("ana lind", "climate displacement and the compact") in spoke(ex), ex.relations
    assert not pairs(ex, "MEMBER_OF"), ex.relations  # ("Speakers" is no group)


def test_a_question_in_prose_is_no_title(gz: Gazetteer) -> None:
    text = (
        "Report from the conference\n\nWho will protect migrants at sea?\n\nThat question "
        "ran through the day. Ana Lind spoke at the closing plenary of the conference.\n"
    )
    ex = run(gz, "2018-12-12\n\n" + text)
    assert not any("protect" in e.name.lower() for e in ex.entities if e.type == "Event"), (
        ex.entities
    )
