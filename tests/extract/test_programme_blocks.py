"""A programme is a sequence of blocks, each headed by its entry's title: whoever the block
lists as speaking, organising, hosting or sponsoring acts at that entry's event, never at the
conference the programme is of nor at the entry before it. The title may be numbered, follow
its hours with no stop, carry a subtitle with commas or numbers, run long, or sit above lines
of when, where and what that no label names ("Pavilion B, Room 2", "Light lunch served"); a
part of the meeting ("Opening remarks", "Cérémonie d'ouverture") is no entry of its own.
Organising said in prose: an organiser noun ("the organisers of E were A and B"), "a la
convocatoria de A", "à l'initiative de A"; a forecast, a hedge, a demand by others or a
negation gives nothing. Every name and title is invented for this test. Needs the local
CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named as pairs
from tests.extract.conftest import run

HEAD = "Side events at the intergovernmental conference in Marrakech\n\n"
# an entry before the one under test: its speakers must stay its own
FIRST = (
    "Children on the move\nOrganizers: Northwind Children's Fund\nSpeakers: Karl Weyl, "
    "Northwind Children's Fund; Rosa Mendo, Harbour Legal Clinic\n\n"
)
FIRST_SPOKE = {("karl weyl", "children on the move"), ("rosa mendo", "children on the move")}
SPEAKERS = "Speakers: Ana Lind, Lumen Islands Alliance; Tomas Berg, Brisamar Foundation"

TITLES = [
    # a subtitle with a comma, with a number, a title that opens with a year, a long title
    "Climate and mobility: protecting people, not borders",
    "Agenda 2030: leaving no migrant behind",
    "2030 and beyond: migration in the new agenda",
    "Making the compact work for women migrant workers in domestic work, care and agriculture: "
    "what governments, unions and employers can do together",
    # a comma after a first part that is no person's name
    "Labour migration, employers' priorities and the trade unions",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_title_of_any_shape_heads_its_block(gz: Gazetteer, title: str) -> None:
    text = HEAD + FIRST + f"{title}\nOrganizers: Lumen Islands Alliance\n{SPEAKERS}\n"
    ex = run(gz, "2018-12-12\n\n" + text)
    t = title.lower()
    assert pairs(ex, "SPOKE_AT") == FIRST_SPOKE | {("ana lind", t), ("tomas berg", t)}, ex.relations
    assert ("lumen islands alliance", t) in pairs(ex, "ORGANIZED"), ex.relations


DETAILS = [
    "Pavilion B, Room 2",
    "Light lunch will be served",
    "English and French interpretation",
    "By invitation only",
    "10 December, 1.15 pm - 2.45 pm",
]


@pytest.mark.parametrize("detail", DETAILS)
def test_a_line_no_label_names_is_passed_over(gz: Gazetteer, detail: str) -> None:
    text = HEAD + f"Women on the move: rights at every step\n{detail}\n{SPEAKERS}\n"
    ex = run(gz, "2018-12-12\n\n" + text)
    t = "women on the move: rights at every step"
    assert pairs(ex, "SPOKE_AT") == {("ana lind", t), ("tomas berg", t)}, ex.relations


BLOCKS = [
    # numbered entries with no line of when or by whom
    ("1. Fair wages for seasonal workers\nSpeakers: Ana Lind, Lumen Workers Union; Tomas Berg, "
     "Brisamar Foundation\n\n2. Children on the move\nSpeakers: Karl Weyl, Northwind Children's "
     "Fund\n",
     {("ana lind", "fair wages for seasonal workers"),
      ("tomas berg", "fair wages for seasonal workers"),
      ("karl weyl", "children on the move")}, set()),
    # the hours then the title, no stop between
    ("10 December 2018\n\n13:00-14:30 Fair wages for seasonal workers\nSpeakers: Ana Lind, Tomas "
     "Berg\n\n15:00-16:30 Children on the move\nSpeakers: Karl Weyl, Rosa Mendo\n",
     {("ana lind", "fair wages for seasonal workers"),
      ("tomas berg", "fair wages for seasonal workers"),
      ("karl weyl", "children on the move"), ("rosa mendo", "children on the move")}, set()),
    # blocks of a title and its speakers only, a list's heading with no colon
    ("Women on the move\nSpeakers: Ana Lind, Lumen Islands Alliance; Tomas Berg, Brisamar "
     "Foundation\n\nChildren at sea\nSPEAKERS\nKarl Weyl, Northwind Children's Fund\n",
     {("ana lind", "women on the move"), ("tomas berg", "women on the move"),
      ("karl weyl", "children at sea")}, set()),
    # an organiser's sentence and a description inside the block
    ("Fair wages for seasonal workers\nOrganized by the Lumen Workers Union with the support of "
     "the Brisamar Foundation. The event looks at wage theft in seasonal schemes and at what "
     "states can do about it.\nSpeakers: Ana Lind, Lumen Workers Union; Tomas Berg, Brisamar "
     "Foundation\n",
     {("ana lind", "fair wages for seasonal workers"),
      ("tomas berg", "fair wages for seasonal workers")}, set()),
    # what kind of meeting it is, then who holds it
    ("Fair wages for seasonal workers\nA side event organized by the Lumen Workers Union and the "
     "Brisamar Foundation\nSpeakers: Ana Lind; Tomas Berg\n",
     {("ana lind", "fair wages for seasonal workers"),
      ("tomas berg", "fair wages for seasonal workers")},
     {("lumen workers union", "fair wages for seasonal workers"),
      ("brisamar foundation", "fair wages for seasonal workers")}),
    # "Convened by" (no "co-" in it), and a "Panel:" line that lists its panelists
    ("Women on the move\nConvened by the Lumen Islands Alliance\nPanel: Ana Lind (Lumen Islands "
     "Alliance), Tomas Berg (Brisamar Foundation)\nModerator: Ines Varga, Harbour Legal Clinic\n",
     {("ana lind", "women on the move"), ("tomas berg", "women on the move"),
      ("ines varga", "women on the move")},
     {("lumen islands alliance", "women on the move")}),
]  # fmt: skip


@pytest.mark.parametrize(("entries", "spoke", "organized"), BLOCKS)
def test_each_block_acts_at_its_own_entry(
    gz: Gazetteer, entries: str, spoke: set[tuple[str, str]], organized: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2018-12-12\n\n" + HEAD + entries)
    assert pairs(ex, "SPOKE_AT") == spoke, ex.relations
    if organized:
        assert pairs(ex, "ORGANIZED") == organized, ex.relations
    else:
        assert not any("conference" in t for _, t in pairs(ex, "ORGANIZED")), ex.relations


def test_a_body_named_before_the_kind_of_meeting_holds_it_too(gz: Gazetteer) -> None:
    text = HEAD + (
        "Seasonal work after the pandemic\nA LUMA discussion on seasonal work, co-convened by "
        "the Brisamar Foundation and Harbour Legal Clinic.\n\nCare work and the compact\nA "
        "High-Level Panel organised by the Northwind Care Network\n"
    )
    ex = run(gz, "2018-12-12\n\n" + text)
    assert pairs(ex, "ORGANIZED") == {
        ("luma", "seasonal work after the pandemic"),
        ("brisamar foundation", "seasonal work after the pandemic"),
        ("harbour legal clinic", "seasonal work after the pandemic"),
        ("northwind care network", "care work and the compact"),
    }, ex.relations


def test_a_long_block_keeps_its_closing_speaker(gz: Gazetteer) -> None:
    people = "\n".join(
        f"- {p}, Lumen Islands Alliance"
        for p in ("Ana Lind", "Tomas Berg", "Paul Ortega", "Ines Varga", "Marta Solis",
                  "Lea Novak", "Omar Haddad", "Sara Okon")
    )  # fmt: skip
    text = (
        HEAD + FIRST + "Women on the move\nDate: 10 December 2018\nTime: 13:00-14:30\nVenue: "
        "Room 4\nOrganizers: Lumen Islands Alliance\nOpening remarks:\n- Olaf Berg, Minister of "
        f"Labour\nSpeakers:\n{people}\nModerator:\n- Lidia Moro, Brisamar Radio\nClosing "
        "remarks:\n- Rosa Kim, Northwind Children's Fund\n"
    )
    ex = run(gz, "2018-12-12\n\n" + text)
    spoke = pairs(ex, "SPOKE_AT")
    assert ("rosa kim", "women on the move") in spoke, ex.relations
    assert ("olaf berg", "women on the move") in spoke, ex.relations
    assert not any("conference" in t for _, t in spoke), ex.relations


def test_sponsors_of_an_entry_sponsor_its_event_not_the_text(gz: Gazetteer) -> None:
    text = HEAD + (
        "Women on the move: rights at every step\nCo-sponsored by the Lumen Islands Alliance\n"
        f"{SPEAKERS}\n"
    )
    ex = run(gz, "2018-12-12\n\n" + text)
    assert pairs(ex, "CO_SPONSORED") == {
        ("lumen islands alliance", "women on the move: rights at every step")
    }, ex.relations


SPANISH = (
    "Programa de eventos paralelos del Foro Regional sobre Movilidad Laboral\n\n"
    'Martes 2 de marzo, 10:00 - 11:30\n"Salarios justos para trabajadores temporales"\n'
    "Organizan: Sindicato Lumen de Trabajadores, Fundación Brisamar\nPonentes: Ana Lind "
    "(Sindicato Lumen de Trabajadores), Tomás Berg (Fundación Brisamar)\n\n"
    'Martes 2 de marzo, 12:00 - 13:30\n"Niñez en movimiento"\nOrganiza: Fondo Norteño para la '
    "Niñez\nPonentes: Karl Weyl (Fondo Norteño para la Niñez), Rosa Mendo (Clínica Jurídica del "
    "Puerto)\n"
)


def test_a_single_organiser_label_in_spanish(gz: Gazetteer) -> None:
    ex = run(gz, "2021-03-05\n\n" + SPANISH)
    assert ("fondo norteño para la niñez", "niñez en movimiento") in pairs(ex, "ORGANIZED"), (
        ex.relations
    )
    spoke = pairs(ex, "SPOKE_AT")
    assert {("karl weyl", "niñez en movimiento"), ("rosa mendo", "niñez en movimiento")} <= spoke
    assert not any(t == "salarios justos para trabajadores temporales"
                   for p, t in spoke if p in ("karl weyl", "rosa mendo")), ex.relations  # fmt: skip


def test_an_opening_ceremony_is_a_part_of_the_workshop(gz: Gazetteer) -> None:
    text = (
        "Atelier régional des organisations de la société civile sur la mobilité, Valmont, 4-5 "
        "mai 2019\n\nProgramme\n\nJeudi 4 mai\n\n9h00 - 9h30 : Cérémonie d'ouverture\n"
        "Intervenants : Jean Mabire, président du Réseau Valmontais des Migrants ; Awa Sene, "
        "représentante de la Fondation Brisemer\n"
    )
    ex = run(gz, "2019-05-06\n\n" + text)
    spoke = pairs(ex, "SPOKE_AT")
    assert {p for p, _ in spoke} == {"jean mabire", "awa sene"}, ex.relations
    assert not any("ouverture" in t for _, t in spoke), ex.relations


PROSE = [
    ("The organisers of the Valdoria Forum on Labour Mobility were the Lumen Workers Union and "
     "the Brisamar Foundation.\n",
     {("lumen workers union", "valdoria forum on labour mobility"),
      ("brisamar foundation", "valdoria forum on labour mobility")}),
    ("The Lumen Workers Union was the main organiser of the Valdoria Forum on Labour Mobility.\n",
     {("lumen workers union", "valdoria forum on labour mobility")}),
    ("Los organizadores del Foro Regional de Valdoria fueron la Red Faro y la Fundación "
     "Brisamar.\n",
     {("red faro", "foro regional de valdoria"),
      ("fundación brisamar", "foro regional de valdoria")}),
    ("Les organisateurs du Forum citoyen de Valmont étaient le Réseau Brisemer et la Fondation "
     "Lumière.\n",
     {("réseau brisemer", "forum citoyen de valmont"),
      ("fondation lumière", "forum citoyen de valmont")}),
    ("A la convocatoria de la Red Faro de Derechos Migrantes, cerca de cien personas participaron "
     "en la Marcha por los Desaparecidos el 2 de noviembre.\n",
     {("red faro de derechos migrantes", "marcha por los desaparecidos")}),
    ("À l'initiative du Réseau Brisemer, la Journée de mobilisation de Valmont s'est tenue le 4 "
     "mai.\n",
     {("réseau brisemer", "journée de mobilisation de valmont")}),
    # actions a movement convened, listed by their quoted names after a colon
    ("A lo largo de estos años, la Red Faro ha convocado acciones que denuncian la violencia en "
     'la frontera: "Marcha Azul", "Puentes Abiertos" y "Voces del Río".\n',
     {("red faro", "marcha azul"), ("red faro", "puentes abiertos"),
      ("red faro", "voces del río")}),
    ("Over the years, the Lumen Workers Union has organised actions that expose wage theft: "
     '"Fair Harvest", "Open Gates" and "Pay Day".\n',
     {("lumen workers union", "fair harvest"), ("lumen workers union", "open gates"),
      ("lumen workers union", "pay day")}),
    ("Le Réseau Brisemer a organisé des mobilisations contre la détention : « Portes ouvertes » "
     "et « Voix du fleuve ».\n",
     {("réseau brisemer", "portes ouvertes"), ("réseau brisemer", "voix du fleuve")}),
    ("Le Forum citoyen de Valmont, co-organisé par le Réseau Brisemer et la Fondation Lumière, a "
     "réuni quarante associations.\n",
     {("réseau brisemer", "forum citoyen de valmont"),
      ("fondation lumière", "forum citoyen de valmont")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), PROSE)
def test_organising_said_in_prose(
    gz: Gazetteer, sentence: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-12-12\n\nNews from the network\n\n" + sentence)
    assert pairs(ex, "ORGANIZED") == expected, ex.relations


NOTHING = [
    "The organisers of the Valdoria Forum on Labour Mobility may be the Lumen Workers Union and "
    "the Brisamar Foundation.\n",
    "The organisers of the Valdoria Forum on Labour Mobility will be the Lumen Workers Union.\n",
    "The Lumen Workers Union was not among the organisers of the Valdoria Forum on Labour "
    "Mobility.\n",
    "The Lumen Workers Union will organise a seminar on wage theft next month.\n",
    "The Brisamar Foundation plans to hold a forum on border deaths in June.\n",
    "The Northwind Children's Fund was invited to organise a webinar on family reunification.\n",
    "NGOs urged the Lumen Workers Union to organise a march to the border.\n",
    "Will the Lumen Workers Union organise the Valdoria Forum on Labour Mobility?\n",
    "Los organizadores del Foro Regional de Valdoria podrían ser la Red Faro y la Fundación "
    "Brisamar.\n",
    "La Red Faro de Derechos Migrantes organizará un seminario sobre robo de salarios el próximo "
    "mes.\n",
    "Le Réseau Brisemer organiserait un atelier sur les visas saisonniers.\n",
    "Le Réseau Brisemer n'a pas organisé la marche du 18 décembre.\n",
    'The Lumen Workers Union may organise actions: "Fair Harvest" and "Open Gates".\n',
    'La Red Faro no ha convocado acciones como "Marcha Azul" y "Puentes Abiertos".\n',
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_no_organising_that_is_not_told_as_done(gz: Gazetteer, sentence: str) -> None:
    ex = run(gz, "2019-12-12\n\nNews from the network\n\n" + sentence)
    assert not pairs(ex, "ORGANIZED"), ex.relations
    assert not pairs(ex, "HOSTED"), ex.relations
