"""Shapes of real event pages (programmes, event reports, network news on meetings) that the
engine misread: a known name that is only the front of a longer one ("UN Human Rights" of "UN
Human Rights Council") or the end of one ("Migration Network" of "X International Migration
Network"); a title's office owned by a body ("Regional Director of O's Regional Office for
C"); a programme page titled by its theme (hours below the title, "Speakers include:");
"Presented by A and B"; an hours-and-day line that is no title; a name with "and" that its
bracketed abbreviation spells out; a meeting named by its quoted theme ('a panel on the theme
of "X"'); a common word shared with a known meeting that names none. Each with what must give
nothing. Every name here is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import GazetteerEntry
from tests.extract.conftest import named, run


def _ids(ex: object, type_: str) -> set[tuple[str, str]]:
    """(source id or name, target id or name) of each relation of a type."""
    ents = {e.key: (e.id or e.name.lower()) for e in ex.entities}  # type: ignore[attr-defined]
    return {
        (ents[r.source], ents[r.target])
        for r in ex.relations  # type: ignore[attr-defined]
        if r.type == type_
    }


# -- a known name that starts inside another known name and ends before it ---------------------


def test_a_known_name_cut_by_a_longer_one_gives_way() -> None:
    gz = Gazetteer(
        [
            GazetteerEntry("north-rights", "Northern Harbour Rights", "Organization"),
            GazetteerEntry("rights-council", "Harbour Rights Council", "IntergovernmentalBody"),
        ]
    )
    text = "An adviser of the Northern Harbour Rights Council spoke."
    assert [(m.text, m.entries[0].id) for m in gz.find(text)] == [
        ("Northern Harbour Rights Council", "rights-council")
    ]
    text = "An adviser of the Northern Harbour Rights office spoke."
    assert [m.entries[0].id for m in gz.find(text)] == ["north-rights"]


def test_the_front_of_a_council_name_is_not_the_office(gz: Gazetteer) -> None:
    ex = run(gz, "2020-11-19\n\nMs. Ana Lind, senior adviser on migration of the UN Human Rights "
                 "Council, opened the dialogue.")  # fmt: skip
    assert _ids(ex, "AFFILIATED_WITH") == {("ana lind", "hrc")}, ex.relations


# -- a known short alias at the end of a longer capitalised name --------------------------------

LONGER = [
    ("Father Leo Marten, the Executive Director of Lakeside International Migration Network, "
     "welcomed the delegates.", "lakeside international migration network"),
    ("Leo Marten, the director of the UN Migration Network, welcomed the delegates.",
     "un-network-on-migration"),
    ("Leo Marten, the director of the Global Migration Network, welcomed the delegates.",
     "un-network-on-migration"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "body"), LONGER)
def test_a_name_that_ends_with_a_known_alias_is_its_own(gz: Gazetteer, text: str,
                                                          body: str) -> None:  # fmt: skip
    ex = run(gz, "2013-06-20\n\n" + text)
    targets = {t for _, t in _ids(ex, "AFFILIATED_WITH")}
    assert targets == {body}, ex.relations


# -- a known full name as the first words of another body's name -----------------------------

GOES_ON = [
    ("Mara Kell, from the European Union Agency for Harbour Rights (EUAHR), spoke.",
     "european union agency for harbour rights"),
    ("Mara Kell of the United Nations Association of Lakeside spoke.",
     "united nations association of lakeside"),
    # a unit of the known body stays the body's
    ("Mara Kell, from the European Union Office in Lakeside, spoke.", "european-union"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "body"), GOES_ON)
def test_a_known_name_before_an_organizations_word_names_another(
    gz: Gazetteer, text: str, body: str
) -> None:
    ex = run(gz, "2015-12-10\n\n" + text)
    assert {t for _, t in _ids(ex, "AFFILIATED_WITH")} == {body}, ex.relations


# -- faith bodies, a university's school, a saint's abbreviation in a name --------------------

BODIES = [
    ("Nora Vell, the Bishop of the Diocese of Lakeside, emphasized the common good.",
     {("nora vell", "diocese of lakeside")}),
    ("Fr. Leo Dunn, the Vicar General of the Missionaries of St. Alban, underlined the point.",
     {("leo dunn", "missionaries of st. alban")}),
    ("Dana Ferro, Associate Director, Lakeside School of Global Affairs, spoke.",
     {("dana ferro", "lakeside school of global affairs")}),
    # the school's name with "&" is one body, no person "Public Policy" at the university
    ("The Lakeside School of Global Affairs & Public Policy at the University of Harbor hosted "
     "a call.", set()),
    # a councillor of a town names no body
    ("Leo Dunn, a city councillor in Lakeside, spoke.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_faith_bodies_and_schools_are_bodies(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2013-06-20\n\n" + text)
    assert named(ex, "AFFILIATED_WITH") == expected, ex.relations


# -- the owner of a title's office -----------------------------------------------------------

OFFICES = [
    ("Ola Berg, Regional Director of the Coastal Migrants Network's Regional Office for Chile, "
     "opened the webinar.", {("ola berg", "coastal migrants network")}),
    ("Mara Kell, head of the Harbor Refugee Council's bureau for Peru, spoke.",
     {("mara kell", "harbor refugee council")}),
    # a title of a state's own ministry stays the state's
    ("Jon Ruiz, Minister for Trade of Chile, spoke.", {("jon ruiz", "chl")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OFFICES)
def test_a_title_of_a_bodys_office_is_the_bodys(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2020-06-23\n\n" + text)
    assert _ids(ex, "AFFILIATED_WITH") == expected, ex.relations


# -- the full names of two UN offices, in three languages --------------------------------------

OFFICE_NAMES = [
    ("2020-01-10\n\nAna Lind, an officer of the United Nations High Commissioner for Refugees, "
     "spoke.", "unhcr"),
    ("2020-01-10\n\nAna Lind, directora regional del Alto Comisionado de las Naciones Unidas "
     "para los Refugiados, intervino.", "unhcr"),
    ("2020-01-10\n\nMr. Leo Marten, Director of the New York Office of the United Nations High "
     "Commissioner for Human Rights, spoke.", "ohchr"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "body"), OFFICE_NAMES)
def test_an_offices_full_name_is_the_office(gz: Gazetteer, text: str, body: str) -> None:
    ex = run(gz, text)
    assert body in {t for _, t in _ids(ex, "AFFILIATED_WITH")}, ex.relations


# -- a programme page titled by its theme ------------------------------------------------------

PROGRAMME_EN = (
    "2024-02-01\n\nRights on the Move: Policy and Practice\n"
    "10:00 a.m.\u20135:30 p.m., March 3, 2024\nLocation: 12 Elm Street, Boston\n"
    "Join us for a series of panel discussions with experts.\n"
    "Presented by the Lakeside Institute and the Harbor School of Public Affairs.\n"
    "Speakers include:\n"
    "  \u2022 Dana Ferro, secretary for equity, Lakeside Institute\n"
    "  \u2022 Omar Bell, deputy director, Harbor Refugee Council\n"
)
PROGRAMME_ES = (
    "2024-02-01\n\nDerechos en movimiento: política y práctica\n"
    "10:00 a 12:30 h, 3 de marzo de 2024\nLugar: Calle del Olmo 12, Quito\n"
    "Ponentes:\n"
    "  \u2022 Dana Ferro, secretaria de equidad, Instituto Ribereño\n"
    "  \u2022 Omar Bell, subdirector, Consejo Costero de Refugiados\n"
)
PROGRAMME_FR = (
    "2024-02-01\n\nDroits en mouvement : politiques et pratiques\n"
    "10h00 - 12h30, 3 mars 2024\nLieu : 12 rue des Ormes, Dakar\n"
    "Intervenants :\n"
    "  \u2022 Dana Ferro, secrétaire à l'équité, Institut Riverain\n"
    "  \u2022 Omar Bell, directeur adjoint, Conseil Côtier des Réfugiés\n"
)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (PROGRAMME_EN, "rights on the move: policy and practice"),
        (PROGRAMME_ES, "derechos en movimiento: política y práctica"),
        (PROGRAMME_FR, "droits en mouvement : politiques et pratiques"),
    ],
)
def test_a_programme_page_is_named_by_its_title(gz: Gazetteer, text: str, event: str) -> None:
    ex = run(gz, text)
    assert named(ex, "SPOKE_AT") == {("dana ferro", event), ("omar bell", event)}, ex.relations


def test_presented_by_names_the_organizers_and_a_day_is_no_title(gz: Gazetteer) -> None:
    ex = run(gz, PROGRAMME_EN)
    event = "rights on the move: policy and practice"
    assert named(ex, "ORGANIZED") == {
        ("lakeside institute", event),
        ("harbor school of public affairs", event),
    }, ex.relations


def test_a_news_title_with_no_hours_below_names_no_meeting(gz: Gazetteer) -> None:
    text = (
        "2024-02-01\n\nRights on the Move: Policy and Practice\n\n"
        "The Lakeside Institute published a study on seasonal work. Its speakers at the "
        "launch praised the findings.\n"
    )
    ex = run(gz, text)
    assert not any(e.type == "Event" and e.name.startswith("Rights on the Move")
                   for e in ex.entities), ex.entities  # fmt: skip


# -- a name with "and" that its abbreviation spells --------------------------------------------

SPELLED = [
    ("2020-11-19\n\nRegional consultation on seasonal work\n\nThe consultation was organized by "
     "the Economic and Social Council for Harbor Lands (ESCHL).",
     {"economic and social council for harbor lands"}),
    ("2020-11-19\n\nConsulta regional sobre trabajo temporal\n\nLa consulta fue organizada por "
     "la Comisión Económica y Social de Tierras Costeras (CESTC).",
     {"comisión económica y social de tierras costeras"}),
    # two names, the abbreviation only the second's
    ("2020-11-19\n\nRegional consultation on seasonal work\n\nThe consultation was organized by "
     "the Harbor Workers Union and the Coastal Rights Network (CRN).",
     {"harbor workers union", "coastal rights network"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), SPELLED)
def test_a_name_its_abbreviation_spells_is_not_split(gz: Gazetteer, text: str,
                                                     orgs: set[str]) -> None:  # fmt: skip
    ex = run(gz, text)
    assert {s for s, _ in named(ex, "ORGANIZED")} == orgs, ex.relations


# -- a meeting named by its quoted theme -------------------------------------------------------

THEMED = [
    ('The Harbor Council organized a panel discussion on the theme of "Rights at sea: an open '
     'conversation".', {("harbor council", "rights at sea: an open conversation")}),
    ('La Red Costera organizó un foro bajo el lema "Derechos en el mar".',
     {("red costera", "derechos en el mar")}),
    ("Le Réseau Côtier a organisé une table ronde sur le thème « Droits en mer ».",
     {("réseau côtier", "droits en mer")}),
    ('The Harbor Council did not organize a panel discussion on the theme of "Rights at sea".',
     set()),
    ('La Red Costera podría organizar un foro bajo el lema "Derechos en el mar".', set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THEMED)
def test_a_meeting_is_named_by_its_quoted_theme(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2015-12-10\n\nNews from the network\n\n" + text)
    assert named(ex, "ORGANIZED") == expected, ex.relations


def test_a_common_word_shared_with_a_known_meeting_names_none(gz: Gazetteer) -> None:
    ex = run(gz, "2018-12-01\n\nNews from the network\n\nThe Harbor Council organized a "
                 "workshop on labour rights.")  # fmt: skip
    known = {e.key: e.id for e in ex.entities}
    assert all(known[r.target] is None for r in ex.relations if r.type == "ORGANIZED"), ex.relations
