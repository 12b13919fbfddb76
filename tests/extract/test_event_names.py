"""Meetings named with a number before their name: a year ("the 2021 Regional Consultation on
X"), an ordinal ("the 12th Global Forum on Y", "le 4e Forum social de Z"), an ordinal word
("the Third Global Forum", "el Tercer Foro Regional", "le Troisième Forum") or a Roman numeral
("el VIII Foro Social"). Such a name is an event even where its noun may name a body ("Forum",
"Foro", "Conferencia"), and the number is part of its name; the same words with no number stay
a body ("is a member of the Continental Forum on X"). A negated or hedged participation gives
nothing. Every name here is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

CASES = [
    # (text, relation type, expected (source, target) pairs)
    ("The Harbour Workers Union took part in the 2021 Regional Consultation on Seasonal Work.",
     "PARTICIPATED_IN",
     {("harbour workers union", "2021 regional consultation on seasonal work")}),
    ("The 12th Global Forum on Seasonal Work was attended by the Coastal Migrants Network.",
     "PARTICIPATED_IN", {("coastal migrants network", "12th global forum on seasonal work")}),
    ("The Coastal Migrants Network and the Lakeside Refugee Council attended the Third Global "
     "Forum on Care Work.", "PARTICIPATED_IN",
     {("coastal migrants network", "third global forum on care work"),
      ("lakeside refugee council", "third global forum on care work")}),
    ("Maria Feldt spoke at the XII Global Forum on Seasonal Work.", "SPOKE_AT",
     {("maria feldt", "xii global forum on seasonal work")}),
    ("The Riverside Alliance convened the Second Continental Forum on Labour Rights.",
     "ORGANIZED", {("riverside alliance", "second continental forum on labour rights")}),
    ("The Harbour Workers Union did not attend the 12th Global Forum on Seasonal Work.",
     "PARTICIPATED_IN", set()),
    ("The Harbour Workers Union hopes to take part in the Third Global Forum on Care Work.",
     "PARTICIPATED_IN", set()),
    ("La Red Andina de Migrantes participó en el VIII Foro Social de las Migraciones.",
     "PARTICIPATED_IN", {("red andina de migrantes", "viii foro social de las migraciones")}),
    ("El Tercer Foro Regional sobre Trabajo Agrícola fue organizado por la Red Andina de "
     "Migrantes.", "ORGANIZED",
     {("red andina de migrantes", "tercer foro regional sobre trabajo agrícola")}),
    ("La Red Andina de Migrantes y la Federación Sur asistieron al 5º Foro Andino de Movilidad.",
     "PARTICIPATED_IN", {("red andina de migrantes", "5º foro andino de movilidad"),
                         ("federación sur", "5º foro andino de movilidad")}),
    ("Ana Robles intervino en el Segundo Foro Continental sobre Movilidad.", "SPOKE_AT",
     {("ana robles", "segundo foro continental sobre movilidad")}),
    ("La Red Andina de Migrantes no participó en el VIII Foro Social de las Migraciones.",
     "PARTICIPATED_IN", set()),
    ("La Red Andina de Migrantes podría participar en el Tercer Foro Regional sobre Trabajo "
     "Agrícola.", "PARTICIPATED_IN", set()),
    ("Le Collectif des Travailleurs Saisonniers a participé au Troisième Forum Social des "
     "Migrations.", "PARTICIPATED_IN",
     {("collectif des travailleurs saisonniers", "troisième forum social des migrations")}),
    ("Le Deuxième Forum Africain sur la Mobilité a été organisé par l'Association des Femmes "
     "Migrantes.", "ORGANIZED",
     {("association des femmes migrantes", "deuxième forum africain sur la mobilité")}),
    ("Le Collectif des Travailleurs Saisonniers et l'Association des Femmes Migrantes ont pris "
     "part au 4e Forum Social des Migrations.", "PARTICIPATED_IN",
     {("collectif des travailleurs saisonniers", "4e forum social des migrations"),
      ("association des femmes migrantes", "4e forum social des migrations")}),
    ("Claire Dubois est intervenue lors du Troisième Forum Social des Migrations.", "SPOKE_AT",
     {("claire dubois", "troisième forum social des migrations")}),
    ("Le Collectif des Travailleurs Saisonniers n'a pas participé au Troisième Forum Social des "
     "Migrations.", "PARTICIPATED_IN", set()),
    ("Le Collectif des Travailleurs Saisonniers devrait participer au 4e Forum Social des "
     "Migrations.", "PARTICIPATED_IN", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_", "expected"), CASES)
def test_a_numbered_meeting_is_an_event_named_with_its_number(
    gz: Gazetteer, text: str, type_: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    assert named(ex, type_) == expected, ex.relations


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Harbour Workers Union is a member of the Continental Forum on Labour Rights.",
         "Continental Forum on Labour Rights"),
        ("La Red Andina de Migrantes es miembro del Foro Regional sobre Trabajo Agrícola.",
         "Foro Regional sobre Trabajo Agrícola"),
    ],
)  # fmt: skip
def test_the_same_words_with_no_number_stay_a_body(gz: Gazetteer, text: str, body: str) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get(body) == "Organization", ex.entities
    assert not any(e.type == "Event" for e in ex.entities), ex.entities


HEADED = [
    # a capitalised name whose head noun is a meeting's noun (lexicon event_nouns, also in the
    # plural): the last word in English, the first in Spanish and French
    ("The Harbour Workers Union attended the Regional Civil Society Days in Accra.",
     "PARTICIPATED_IN", {("harbour workers union", "regional civil society days in accra")}),
    ("Ana Lind spoke at the Launch of the Seasonal Workers Charter.", "SPOKE_AT",
     {("ana lind", "launch of the seasonal workers charter")}),
    ("The Second Regional Review of the Harbour Compact was attended by the Coastal Migrants "
     "Network and the Riverside Alliance.", "PARTICIPATED_IN",
     {("coastal migrants network", "second regional review of the harbour compact"),
      ("riverside alliance", "second regional review of the harbour compact")}),
    ("The Harbour Workers Union did not take part in the Second Regional Review of the Harbour "
     "Compact.", "PARTICIPATED_IN", set()),
    ("The Harbour Workers Union may attend the Regional Civil Society Days in Accra.",
     "PARTICIPATED_IN", set()),
    ("La Red Andina de Migrantes participó en la Segunda Revisión Regional del Pacto Costero.",
     "PARTICIPATED_IN",
     {("red andina de migrantes", "segunda revisión regional del pacto costero")}),
    ("La Red Andina de Migrantes y la Federación Sur asistieron a las Jornadas Andinas de "
     "Movilidad.", "PARTICIPATED_IN",
     {("red andina de migrantes", "jornadas andinas de movilidad"),
      ("federación sur", "jornadas andinas de movilidad")}),
    ("La Red Andina de Migrantes no asistió a las Jornadas Andinas de Movilidad.",
     "PARTICIPATED_IN", set()),
    ("Le Collectif des Travailleurs Saisonniers a participé au Deuxième Examen Régional du "
     "Pacte Côtier.", "PARTICIPATED_IN",
     {("collectif des travailleurs saisonniers", "deuxième examen régional du pacte côtier")}),
    ("Claire Dubois est intervenue lors des Journées Africaines de la Mobilité.", "SPOKE_AT",
     {("claire dubois", "journées africaines de la mobilité")}),
    ("Le Collectif des Travailleurs Saisonniers pourrait participer aux Journées Africaines de "
     "la Mobilité.", "PARTICIPATED_IN", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_", "expected"), HEADED)
def test_a_name_headed_by_a_meeting_noun_is_an_event(
    gz: Gazetteer, text: str, type_: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    assert named(ex, type_) == expected, ex.relations


def test_a_body_whose_name_holds_a_meeting_noun_elsewhere_stays_a_body(gz: Gazetteer) -> None:
    ex = run(gz, "2019-05-14\n\nThe Harvest Days Alliance is a coalition of farmworker groups.")
    assert {e.name: e.type for e in ex.entities}.get("Harvest Days Alliance") == "Organization"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Asistieron a las Jornadas Andinas de Movilidad representantes de la Red Andina de "
         "Migrantes.", "Jornadas Andinas de Movilidad"),
        ("Participèrent aux Journées Africaines de la Mobilité des délégués de plusieurs "
         "réseaux.", "Journées Africaines de la Mobilité"),
    ],
)  # fmt: skip
def test_an_opening_verb_of_taking_part_is_no_word_of_the_meeting(
    gz: Gazetteer, text: str, event: str
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    assert [e.name for e in ex.entities if e.type == "Event"] == [event], ex.entities


EVENT_EN = "Third Global Forum on Care Work"
EVENT_ES = "Tercer Foro Regional sobre Trabajo Agrícola"
EVENT_FR = "Troisième Forum Social des Migrations"
DELEGATIONS = [
    # what a delegation (of a body) (to a meeting) is made of: each member took part; the body
    # and the meeting are two names, not one run across "to the", "en el", "au"
    (f"The delegation of the Harbour Workers Union to the {EVENT_EN} included Ana Lind, "
     "director of the union.", {("ana lind", EVENT_EN.lower())}),
    (f"The delegation of the Harbour Workers Union to the {EVENT_EN} was made up of Ana Lind, "
     "director of the union, and Tomas Berg, treasurer of the union.",
     {("ana lind", EVENT_EN.lower()), ("tomas berg", EVENT_EN.lower())}),
    (f"The delegation of the Harbour Workers Union to the {EVENT_EN} will include Ana Lind, "
     "director of the union.", set()),
    (f"The delegation of the Harbour Workers Union to the {EVENT_EN} did not include Ana Lind, "
     "director of the union.", set()),
    (f"La delegación de la Red Andina de Migrantes en el {EVENT_ES} estuvo integrada por Ana "
     "Robles y Luis Peña.", {("ana robles", EVENT_ES.lower()), ("luis peña", EVENT_ES.lower())}),
    (f"La delegación de la Red Andina de Migrantes en el {EVENT_ES} incluyó a Ana Robles, "
     "directora de la Red.", {("ana robles", EVENT_ES.lower())}),
    (f"La delegación de la Red Andina de Migrantes en el {EVENT_ES} estará integrada por Ana "
     "Robles y Luis Peña.", set()),
    (f"La délégation du Collectif des Travailleurs Saisonniers au {EVENT_FR} était composée de "
     "sa présidente, Claire Dubois, et de Paul Martin, trésorier du Collectif.",
     {("claire dubois", EVENT_FR.lower()), ("paul martin", EVENT_FR.lower())}),
    (f"La délégation du Collectif des Travailleurs Saisonniers au {EVENT_FR} comprenait Claire "
     "Dubois, présidente du Collectif.", {("claire dubois", EVENT_FR.lower())}),
    (f"La délégation du Collectif des Travailleurs Saisonniers au {EVENT_FR} sera composée de "
     "sa présidente, Claire Dubois, et de Paul Martin, trésorier du Collectif.", set()),
    # a group made of members is no delegation: a membership, no meeting
    ("The Coastal Migrants Network is made up of the Harbour Workers Union and the Riverside "
     "Alliance.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DELEGATIONS)
def test_the_members_of_a_delegation_took_part(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    got = named(ex, "PARTICIPATED_IN")
    orgs = {e.name.lower() for e in ex.entities if e.type in ("Organization", "Coalition")}
    assert {p for p in got if p[0] not in orgs} == expected, ex.relations
    # the body whose delegation it is took part too, where its delegation did
    assert bool({p for p in got if p[0] in orgs}) == bool(expected), ex.relations
    bodies = {e.name for e in ex.entities if e.type in ("Organization", "Coalition")}
    assert not any(" to the " in b or " au " in b or " en el " in b for b in bodies), bodies


def test_a_delegation_with_no_meeting_named_is_at_the_one_in_focus(gz: Gazetteer) -> None:
    text = (
        f"2019-05-14\n\nReport from the {EVENT_EN}\n\nThe delegation of the Harbour Workers "
        "Union included Ana Lind, director of the union.\n"
    )
    ex = run(gz, text)
    assert named(ex, "PARTICIPATED_IN") == {("ana lind", EVENT_EN.lower())}, ex.relations


AMONG = [
    # "among the participants in E were / figured A and B" (a parser's object after the verb)
    (f"Parmi les participants au {EVENT_FR} figuraient le Collectif des Travailleurs "
     "Saisonniers et l'Association des Femmes Migrantes.",
     {("collectif des travailleurs saisonniers", EVENT_FR.lower()),
      ("association des femmes migrantes", EVENT_FR.lower())}),
    (f"Entre los participantes en el {EVENT_ES} figuraban la Red Andina de Migrantes y la "
     "Federación Sur.", {("red andina de migrantes", EVENT_ES.lower()),
                          ("federación sur", EVENT_ES.lower())}),
    (f"Among the participants in the {EVENT_EN} were the Coastal Migrants Network and the "
     "Lakeside Refugee Council.", {("coastal migrants network", EVENT_EN.lower()),
                                   ("lakeside refugee council", EVENT_EN.lower())}),
    (f"Parmi les participants attendus au {EVENT_FR} figureront le Collectif des Travailleurs "
     "Saisonniers et l'Association des Femmes Migrantes.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AMONG)
def test_those_among_the_participants_took_part(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    assert named(ex, "PARTICIPATED_IN") == expected, ex.relations


def test_those_among_the_members_are_members_and_no_participants(gz: Gazetteer) -> None:
    ex = run(gz, "2019-05-14\n\nParmi les membres du Réseau Sahel figuraient le Collectif des "
                 "Travailleurs Saisonniers et l'Association des Femmes Migrantes.")  # fmt: skip
    assert not named(ex, "PARTICIPATED_IN"), ex.relations
    assert named(ex, "MEMBER_OF") == {
        ("collectif des travailleurs saisonniers", "réseau sahel"),
        ("association des femmes migrantes", "réseau sahel"),
    }, ex.relations


THOSE = [
    # "among those attending E were A and B": a parser's copula on the names, the verb hung on
    # "those"; "parmi ceux qui ont assisté au E figuraient A"
    (f"Among those attending the {EVENT_EN} were the Coastal Migrants Network and the Lakeside "
     "Refugee Council.", {("coastal migrants network", EVENT_EN.lower()),
                          ("lakeside refugee council", EVENT_EN.lower())}),
    (f"Parmi ceux qui ont assisté au {EVENT_FR} figuraient le Collectif des Travailleurs "
     "Saisonniers et l'Association des Femmes Migrantes.",
     {("collectif des travailleurs saisonniers", EVENT_FR.lower()),
      ("association des femmes migrantes", EVENT_FR.lower())}),
    (f"Among those expected to attend the {EVENT_EN} are the Coastal Migrants Network and the "
     "Lakeside Refugee Council.", set()),
    (f"Among those attending the {EVENT_EN} were not the Coastal Migrants Network and the "
     "Lakeside Refugee Council.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THOSE)
def test_those_attending_a_meeting_took_part(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    assert named(ex, "PARTICIPATED_IN") == expected, ex.relations
