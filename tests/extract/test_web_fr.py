"""Shapes seen on real French pages of the field (event reports, network news), in the three
languages where the shape exists: a title on a governing body of an organisation named by an
acronym alone ("président du conseil d'administration de l'ABCD"); two coordinated titles of
one person ("fondateur et vice-président du ABCD"); a body's statutory meeting ("l'Assemblée
générale de l'ABCD": that body's meeting, not the UN General Assembly); a list heading with a
copula ("Les intervenants étaient :"); a list entry that ends with a stop; a meeting named by
its day ("LE COLLOQUE DU 12 MARS 2019"); and the forms that must give nothing (former roles,
negations, forecasts). Every name here is invented for this test. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

# (text, relation type, expected (source, target) pairs): the whole set of that type
BOARD_TITLES = [
    ("Le mot d'ouverture de la rencontre a été prononcé par Komi Aboda, président du conseil "
     "d'administration de l'ARDES, devant les délégués des associations membres.",
     "AFFILIATED_WITH", {("komi aboda", "ardes")}),
    ("Lors de l'atelier, Khadija Sarr, membre du comité de pilotage du RPMD, a présenté la "
     "cartographie des organisations de la société civile.", "AFFILIATED_WITH",
     {("khadija sarr", "rpmd")}),
    ("Paul Mbeki, secrétaire général du bureau de la FADEM, a présenté les comptes de "
     "l'association aux membres réunis.", "AFFILIATED_WITH", {("paul mbeki", "fadem")}),
    ("The meeting was opened by Komi Aboda, chair of the board of ARDES, before the delegates "
     "of the member associations.", "AFFILIATED_WITH", {("komi aboda", "ardes")}),
    ("La reunión fue abierta por Komi Aboda, presidente del consejo directivo de la ARDES, ante "
     "los delegados de las asociaciones miembros.", "AFFILIATED_WITH",
     {("komi aboda", "ardes")}),
    # negated, former: nothing
    ("Komi Aboda, qui n'est pas président du conseil d'administration de l'ARDES, a pris la "
     "parole devant les délégués.", "AFFILIATED_WITH", set()),
    ("Komi Aboda, ancien président du conseil d'administration de l'ARDES, a pris la parole "
     "devant les délégués des associations.", "AFFILIATED_WITH", set()),
]  # fmt: skip

COORDINATED_TITLES = [
    ("Lors du débat, Samba Koné, fondateur et vice-président du RAMEX, a rappelé l'histoire "
     "des associations de migrants.", "AFFILIATED_WITH", {("samba koné", "ramex")}),
    ("During the debate, Samba Kone, founder and vice-president of RAMEX, recalled the history "
     "of migrant associations.", "AFFILIATED_WITH", {("samba kone", "ramex")}),
    ("Durante el debate, Samba Koné, fundador y vicepresidente de la RAMEX, recordó la historia "
     "de las asociaciones de migrantes.", "AFFILIATED_WITH", {("samba koné", "ramex")}),
    # two people, each with a title: each keeps their own
    ("Lors du débat, Samba Koné, président du RAMEX, et Awa Diallo, directrice de la FADEM, ont "
     "rappelé l'histoire des associations.", "AFFILIATED_WITH",
     {("samba koné", "ramex"), ("awa diallo", "fadem")}),
]  # fmt: skip

STATUTORY_MEETINGS = [
    ("L'association Horizon Sud a participé à l'Assemblée générale de l'ARDES, qui s'est tenue "
     "à Lomé du 28 au 30 novembre, selon le communiqué du réseau.", "PARTICIPATED_IN",
     {("association horizon sud", "assemblée générale de l'ardes")}),
    ("The Horizon South Association took part in the General Assembly of the Coastal Migrants "
     "Network, according to a statement from the network.", "PARTICIPATED_IN",
     {("horizon south association", "general assembly of the coastal migrants network")}),
    # the UN's own assembly stays the UN's
    ("La Belgique a participé à l'Assemblée générale des Nations unies, selon le communiqué du "
     "ministère des Affaires étrangères.", "PARTICIPATED_IN",
     {("belgium", "united nations general assembly")}),
    # negated, forecast: nothing
    ("L'association Horizon Sud n'a pas participé à l'Assemblée générale de l'ARDES, selon le "
     "communiqué publié par le réseau.", "PARTICIPATED_IN", set()),
    ("L'association Horizon Sud participera à l'Assemblée générale de l'ARDES, selon le "
     "communiqué publié par le réseau.", "PARTICIPATED_IN", set()),
]  # fmt: skip

HOLDERS_AND_PRESENCE = [
    # "à l'initiative de O": O organized the meeting the clause's subject names
    ("Le Forum régional sur la mobilité s'est tenu à Dakar en mars 2019 à l'initiative du "
     "Réseau Migrations Ouest.", "ORGANIZED",
     {("réseau migrations ouest", "forum régional sur la mobilité")}),
    ("The Regional Forum on Mobility took place in Dakar in March 2019 at the initiative of "
     "the West Migration Network.", "ORGANIZED",
     {("west migration network", "regional forum on mobility")}),
    ("El Foro Regional sobre Movilidad se celebró en Dakar en marzo de 2019 por iniciativa de "
     "la Red Migraciones Oeste.", "ORGANIZED",
     {("red migraciones oeste", "foro regional sobre movilidad")}),
    ("Organisé par le Réseau Migrations Ouest et la Fondation Horizon, le Forum régional sur la "
     "mobilité s'est tenu à Dakar en mars 2019.", "ORGANIZED",
     {("réseau migrations ouest", "forum régional sur la mobilité"),
      ("fondation horizon", "forum régional sur la mobilité")}),
    # forecast, negated: nothing
    ("Le Forum régional sur la mobilité se tiendra à Dakar en mars 2020 à l'initiative du "
     "Réseau Migrations Ouest.", "ORGANIZED", set()),
    ("The Regional Forum on Mobility will take place in Dakar in March 2020 at the initiative "
     "of the West Migration Network.", "ORGANIZED", set()),
    ("Le Forum régional sur la mobilité ne s'est pas tenu à l'initiative du Réseau Migrations "
     "Ouest, selon les organisateurs.", "ORGANIZED", set()),
    ("Organisé par le Réseau Migrations Ouest, le Forum régional sur la mobilité se tiendra à "
     "Dakar en mars 2020.", "ORGANIZED", set()),
    # "en présence de P": P was at the meeting
    ("Le Forum régional sur la mobilité s'est ouvert à Dakar en présence de Marie Diop, "
     "ministre de l'Intégration, selon les organisateurs.", "PARTICIPATED_IN",
     {("marie diop", "forum régional sur la mobilité")}),
    ("The Regional Forum on Mobility opened in Dakar in the presence of Marie Diop, Minister "
     "of Integration, according to the organisers.", "PARTICIPATED_IN",
     {("marie diop", "regional forum on mobility")}),
    ("El Foro Regional sobre Movilidad contó con la presencia de Marie Diop, ministra de "
     "Integración, según los organizadores.", "PARTICIPATED_IN",
     {("marie diop", "foro regional sobre movilidad")}),
    # forecast, absence: nothing
    ("Le Forum régional sur la mobilité s'ouvrira à Dakar en présence de Marie Diop, ministre "
     "de l'Intégration, selon les organisateurs.", "PARTICIPATED_IN", set()),
    ("El Foro Regional sobre Movilidad contará con la presencia de Marie Diop, ministra de "
     "Integración, según los organizadores.", "PARTICIPATED_IN", set()),
    ("The Regional Forum on Mobility will open in Dakar in the presence of Marie Diop, "
     "Minister of Integration, according to the organisers.", "PARTICIPATED_IN", set()),
    ("Le Forum régional sur la mobilité s'est ouvert à Dakar sans la présence de Marie Diop, "
     "ministre de l'Intégration, selon les organisateurs.", "PARTICIPATED_IN", set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    BOARD_TITLES + COORDINATED_TITLES + STATUTORY_MEETINGS + HOLDERS_AND_PRESENCE,
)
def test_titles_and_meetings_of_real_pages(
    gz: Gazetteer, text: str, type_: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2018-12-01\n\n" + text)
    assert named(ex, type_) == expected, ex.relations


REPRESENTED = [
    ("Le Collectif Horizon Sud était représenté au Forum régional sur la mobilité par sa "
     "présidente, Awa Diallo."),
    ("The Horizon South Collective was represented at the Regional Forum on Mobility by its "
     "president, Awa Diallo."),
    ("La Red Horizonte Sur estuvo representada en el Foro Regional sobre Movilidad por su "
     "presidenta, Awa Diallo."),
]  # fmt: skip


@pytest.mark.parametrize("text", REPRESENTED)
def test_a_meeting_has_no_president_of_the_body_represented_there(gz: Gazetteer, text: str) -> None:
    ex = run(gz, "2018-12-01\n\n" + text)
    affiliated = named(ex, "AFFILIATED_WITH")
    assert not any("foro" in o or "forum" in o for _, o in affiliated), ex.relations
    assert {o for _, o in named(ex, "PARTICIPATED_IN")} <= {
        "forum régional sur la mobilité",
        "regional forum on mobility",
        "foro regional sobre movilidad",
    }, ex.relations


def test_another_bodys_assembly_is_not_the_un_general_assembly(gz: Gazetteer) -> None:
    ex = run(gz, "2018-12-01\n\nLa Red Horizonte Sur participó en la Asamblea General de la Red "
                 "Andina de Migrantes, según el comunicado de la red.")  # fmt: skip
    assert not any(e.id == "unga" for e in ex.entities), ex.entities


SPEAKERS = """LE COLLOQUE DU 12 MARS 2019

En mars dernier, nous avons commencé un inventaire des attitudes des diasporas.

{heading}
Marc Dupuis, coordinateur des programmes au GRADEL
Léa Martin, sociologue, CNRSX
Samuel Koné, fondateur du RAMEX (Rassemblement des associations maliennes) et président de la Fédération des associations de Kayesso.
Claire Rivière, économiste, ancienne membre du Haut conseil de la coopération
Oumar Traoré, président du Conseil des Maliens de Lyonnaise
"""  # noqa: E501

SPEAKER_NAMES = {"marc dupuis", "léa martin", "samuel koné", "claire rivière", "oumar traoré"}


@pytest.mark.parametrize("heading", ["Les intervenants étaient :", "Intervenants :"])
def test_a_speakers_list_under_a_copula_heading_and_its_long_entries(
    gz: Gazetteer, heading: str
) -> None:
    ex = run(gz, "2019-03-20\n\n" + SPEAKERS.format(heading=heading))
    spoke = named(ex, "SPOKE_AT")
    assert {p for p, _ in spoke} == SPEAKER_NAMES, ex.relations
    assert {e for _, e in spoke} == {"le colloque du 12 mars 2019"}, ex.relations
    # a former role is no affiliation
    assert not any(p == "claire rivière" for p, _ in named(ex, "AFFILIATED_WITH")), ex.relations


@pytest.mark.parametrize(
    "heading", ["Les intervenants seront :", "Les intervenants pourraient être :"]
)
def test_a_speakers_list_announced_for_later_gives_no_speakers(gz: Gazetteer, heading: str) -> None:
    ex = run(gz, "2019-03-20\n\n" + SPEAKERS.format(heading=heading))
    assert named(ex, "SPOKE_AT") == set(), ex.relations


def test_speakers_were_in_english(gz: Gazetteer) -> None:
    text = ("2019-03-20\n\nKayes Workshop on Migration\n\nThe speakers were:\n"
            "Mark Dupont, coordinator at GRADEL\nLea Martin, president of the Horizon South "
            "Association\n")  # fmt: skip
    ex = run(gz, text)
    assert named(ex, "SPOKE_AT") == {
        ("mark dupont", "kayes workshop on migration"),
        ("lea martin", "kayes workshop on migration"),
    }, ex.relations
