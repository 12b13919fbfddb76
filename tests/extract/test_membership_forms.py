"""Memberships and affiliations said in the forms a network's own page, a press release or a
news report use: the first person plural of the text's authors ("We are members of C", "Somos
miembros de C y formamos parte de D", "Nous sommes membres de C"; never the subject of the
sentence before, and nobody where the text names no author), and the names of bodies headed by
a word that names one only at the head ("Mesa Nacional de X", "Casa del Migrante de Y") or by
a group's word ("Grupo de Trabajo", "Groupe X", "Migrant Support Group"); a group that takes in
a member ("C welcomed A as a new member", "C aceptó a A como miembro", "C a accueilli A comme
nouveau membre"); a member word a tagger reads as an adjective ("A, integrante de C,"); a
person "at" a body ("said P at O", never "met P at the X Forum"); a title that ends in
"General" ("IOM Director General P"); "A et B, toutes deux de O". Each with what must give
nothing: a negation, a hedge, a forecast, a surname, a round table. The
names and texts are written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, found, run

DATE = "2022-06-14"
MEM = "MEMBER_OF"
AFF = "AFFILIATED_WITH"

EN_HEAD = "Press release\nTidewater Labour Network\n\n"
ES_HEAD = "Comunicado de prensa\nRed Austral de Jornaleras\n\n"
FR_HEAD = "Communiqué de presse\nUnion des Ouvrières du Fleuve\n\n"


FOUND = [
    case(
        "en-we-are-members",
        EN_HEAD + "The Quayside Porters Union called for visas on "
        "Monday. We are members of the Coastal Migrant Alliance.\n",
        MEM,
        "~Tidewater Labour Network",
        "~Coastal Migrant Alliance",
    ),
    case(
        "en-our-network-member",
        EN_HEAD + "Dock workers need visas. Our network is a member "
        "of the Coastal Migrant Alliance.\n",
        MEM,
        "~Tidewater Labour Network",
        "~Coastal Migrant Alliance",
    ),
    case(
        "en-we-joined",
        EN_HEAD + "Dock workers need visas. We joined the Global Harbour Federation in 2017.\n",
        MEM,
        "~Tidewater Labour Network",
        "~Global Harbour Federation",
    ),
    case(
        "es-somos-miembros",
        ES_HEAD + "La Asociación Pampa Migrante pidió visados. Somos "
        "miembros de la Plataforma Andina de Movilidad y formamos parte de la Coalición Sur.\n",
        MEM,
        "~Red Austral de Jornaleras",
        "~Plataforma Andina de Movilidad",
    ),
    case(
        "es-formamos-parte",
        ES_HEAD + "La Asociación Pampa Migrante pidió visados. Somos "
        "miembros de la Plataforma Andina de Movilidad y formamos parte de la Coalición Sur.\n",
        MEM,
        "~Red Austral de Jornaleras",
        "~Coalición Sur",
    ),
    case(
        "es-nos-unimos",
        ES_HEAD + "Las trabajadoras de la región necesitan visados de "
        "temporada y los pedimos desde hace años. Nos unimos a la Red Continental de Cuidados "
        "en 2015.\n",
        MEM,
        "~Red Austral de Jornaleras",
        "~Red Continental de Cuidados",
    ),
    case(
        "fr-nous-sommes-membres",
        FR_HEAD + "L'Association Horizon Nomade demande des visas "
        "pour les travailleurs. Nous sommes membres du Réseau Sahel Mobilité.\n",
        MEM,
        "~Union des Ouvrières du Fleuve",
        "~Réseau Sahel Mobilité",
    ),
    case(
        "fr-notre-reseau",
        FR_HEAD + "Les travailleuses saisonnières ont besoin de visas. "
        "Notre réseau fait partie de la Plateforme Euro-Africaine des Migrations.\n",
        MEM,
        "~Union des Ouvrières du Fleuve",
        "~Plateforme Euro-Africaine",
    ),
    # names headed by a word that names a body only at the head, or by a group's word
    case(
        "es-mesa-coordinator",
        "Comunicado\n\nLas organizaciones pidieron visados para las "
        "trabajadoras. Tomás Quiroga, coordinador de la Mesa Intercultural de Calama, habló "
        "primero.\n",
        AFF,
        "~Tomás Quiroga",
        "~Mesa Intercultural de Calama",
    ),
    case(
        "es-casa-member",
        "Comunicado\n\nLas organizaciones pidieron visados para las "
        "trabajadoras. La Casa del Migrante de Arica es miembro de la Red Austral de "
        "Jornaleras.\n",
        MEM,
        "~Casa del Migrante de Arica",
        "~Red Austral de Jornaleras",
    ),
    case(
        "fr-groupe-member",
        "Communiqué\n\nLes associations demandent des visas pour les "
        "travailleurs. Le Groupe Initiative Migrants est membre du Réseau Sahel Mobilité "
        "depuis 2015.\n",
        MEM,
        "~Groupe Initiative Migrants",
        "~Réseau Sahel Mobilité",
    ),
    case(
        "en-group-list",
        "News\n\nThe Coastal Migrant Alliance brings together the Migrant "
        "Support Group, the Quayside Porters Union and Harbour Rights Watch.\n",
        MEM,
        "~Migrant Support Group",
        "~Coastal Migrant Alliance",
    ),
    # a group that takes in a member ("welcomed A as a new member"), one member or a list
    case(
        "en-welcomed-as-member",
        "News\n\nThe Coastal Migrant Alliance welcomed Harbour Rights Watch as a new member.\n",
        MEM,
        "~Harbour Rights Watch",
        "~Coastal Migrant Alliance",
    ),
    case(
        "en-admitted-list",
        "News\n\nDock workers need visas. The Coastal Migrant Alliance admitted the Quayside "
        "Porters Union and the Riverbank Growers Association as full members in 2019.\n",
        MEM,
        "~Riverbank Growers Association",
        "~Coastal Migrant Alliance",
    ),
    case(
        "es-dio-la-bienvenida",
        "Noticias\n\nLa Plataforma Andina de Movilidad dio la bienvenida a la Asociación Pampa "
        "Migrante como nuevo miembro en 2020.\n",
        MEM,
        "~Asociación Pampa Migrante",
        "~Plataforma Andina de Movilidad",
    ),
    case(
        "es-acepto-pleno-derecho",
        "Noticias\n\nLas trabajadoras de la región necesitan visados. La Plataforma Andina de "
        "Movilidad aceptó a la Red Austral de Jornaleras como miembro de pleno derecho.\n",
        MEM,
        "~Red Austral de Jornaleras",
        "~Plataforma Andina de Movilidad",
    ),
    case(
        "fr-accueilli-comme-membre",
        "Actualités\n\nLes travailleurs saisonniers ont besoin de visas. Le Réseau Sahel "
        "Mobilité a accueilli l'Association Horizon Nomade comme nouveau membre.\n",
        MEM,
        "~Association Horizon Nomade",
        "~Réseau Sahel Mobilité",
    ),
    # a member word a tagger reads as an adjective, set off by commas
    case(
        "es-integrante-aside",
        "Noticias\n\nLa Asociación Pampa Migrante, integrante de la Plataforma Andina de "
        "Movilidad, pidió visados para las trabajadoras de la región.\n",
        MEM,
        "~Asociación Pampa Migrante",
        "~Plataforma Andina de Movilidad",
    ),
    case(
        "es-afiliado-aside",
        "Noticias\n\nLas trabajadoras de la región necesitan visados. El Colectivo Sur "
        "Abierto, afiliado a la Red Austral de Jornaleras, los pidió al ministerio.\n",
        MEM,
        "~Colectivo Sur Abierto",
        "~Red Austral de Jornaleras",
    ),
    case(
        "fr-adherente-aside",
        "Actualités\n\nL'Association Horizon Nomade, adhérente du Réseau Sahel Mobilité, "
        "demande des visas pour les travailleurs saisonniers.\n",
        MEM,
        "~Association Horizon Nomade",
        "~Réseau Sahel Mobilité",
    ),
    # a person "at" a body, in a quote's attribution; a title that ends in "General"
    case(
        "en-according-to-p-at-o",
        "News\n\nAccording to Ivo Brandt at the Coastal Migrant Alliance, the rules are unfair.\n",
        AFF,
        "~Ivo Brandt",
        "~Coastal Migrant Alliance",
    ),
    case(
        "en-said-p-at-o",
        'News\n\n"The rules are unfair," said Rosa Lindqvist at the Quayside Porters Union.\n',
        AFF,
        "~Rosa Lindqvist",
        "~Quayside Porters Union",
    ),
    case(
        "en-director-general",
        "News\n\nIOM Director General William Lacy Swing welcomed the new rules on seasonal "
        "work.\n",
        AFF,
        "william-lacy-swing",
        "iom",
    ),
    case(
        "es-directora-general",
        "Noticias\n\nLa Directora General de la Red Austral de Jornaleras, Lucía Ferreyra, "
        "pidió visados para las trabajadoras de la región.\n",
        AFF,
        "~Lucía Ferreyra",
        "~Red Austral de Jornaleras",
    ),
    case(
        "fr-directeur-general",
        "Actualités\n\nLe directeur général de l'Association Horizon Nomade, Jean Petit, "
        "demande des visas pour les travailleurs.\n",
        AFF,
        "~Jean Petit",
        "~Association Horizon Nomade",
    ),
    case(
        "en-body-director-general-new-name",
        "News\n\nThe Harbour Rights Watch Director General Ivo Brandt welcomed the new rules "
        "on seasonal work.\n",
        AFF,
        "~Ivo Brandt",
        "~Harbour Rights Watch",
    ),
    # "A et B, toutes deux de O": each of the list
    case(
        "fr-toutes-deux-de",
        "Actualités\n\nMariama Sow et Awa Diallo, toutes deux de l'Association Horizon Nomade, "
        "ont pris la parole devant les ministres.\n",
        AFF,
        "~Awa Diallo",
        "~Association Horizon Nomade",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), FOUND)
def test_found(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert found(ex, type_, source, target), [(r.type, r.source, r.target) for r in ex.relations]


NOTHING = [
    # "we" with no author named: nobody, never the subject of the sentence before
    case(
        "en-we-no-author",
        "News\n\nThe Quayside Porters Union called for visas on Monday. "
        "We are members of the Coastal Migrant Alliance.\n",
        MEM,
        "~Quayside Porters Union",
        "~Coastal Migrant Alliance",
    ),
    case(
        "en-we-hedged",
        EN_HEAD + "Dock workers need visas. We may join the Global Harbour Federation next year.\n",
        MEM,
        "~Tidewater Labour Network",
        "~Global Harbour Federation",
    ),
    case(
        "es-no-somos",
        ES_HEAD + "La Asociación Pampa Migrante pidió visados. No somos "
        "miembros de la Plataforma Andina de Movilidad.\n",
        MEM,
        "~Red Austral de Jornaleras",
        "~Plataforma Andina de Movilidad",
    ),
    case(
        "es-seremos",
        ES_HEAD + "Las trabajadoras necesitan visados. Quizás formemos parte de "
        "la Coalición Sur el próximo año.\n",
        MEM,
        "~Red Austral de Jornaleras",
        "~Coalición Sur",
    ),
    case(
        "fr-ne-sommes-pas",
        FR_HEAD + "L'Association Horizon Nomade demande des visas pour "
        "les travailleurs. Nous ne sommes pas membres du Réseau Sahel Mobilité.\n",
        MEM,
        "~Union des Ouvrières du Fleuve",
        "~Réseau Sahel Mobilité",
    ),
    case(
        "fr-pourrions",
        FR_HEAD + "Les travailleuses saisonnières ont besoin de visas. Nous "
        "pourrions rejoindre la Plateforme Euro-Africaine des Migrations.\n",
        MEM,
        "~Union des Ouvrières du Fleuve",
        "~Plateforme Euro-Africaine",
    ),
    # taking in a member: negated, hedged, and the member's own joining read the right way
    case(
        "en-not-admitted",
        "News\n\nThe Coastal Migrant Alliance did not admit Harbour Rights Watch as a member.\n",
        MEM,
        "~Harbour Rights Watch",
        "~Coastal Migrant Alliance",
    ),
    case(
        "en-may-accept",
        "News\n\nThe Coastal Migrant Alliance may accept the Quayside Porters Union as a "
        "member next year.\n",
        MEM,
        "~Quayside Porters Union",
        "~Coastal Migrant Alliance",
    ),
    case(
        "en-joined-as-member-reversed",
        "News\n\nHarbour Rights Watch joined the Coastal Migrant Alliance as a full member.\n",
        MEM,
        "~Coastal Migrant Alliance",
        "~Harbour Rights Watch",
    ),
    case(
        "es-podria-admitir",
        "Noticias\n\nLas trabajadoras necesitan visados. La Plataforma Andina de Movilidad "
        "podría admitir al Colectivo Sur Abierto como miembro.\n",
        MEM,
        "~Colectivo Sur Abierto",
        "~Plataforma Andina de Movilidad",
    ),
    case(
        "fr-pas-accueilli",
        "Actualités\n\nLes travailleurs saisonniers ont besoin de visas. Le Réseau Sahel "
        "Mobilité n'a pas accueilli l'Association Horizon Nomade comme membre.\n",
        MEM,
        "~Association Horizon Nomade",
        "~Réseau Sahel Mobilité",
    ),
    case(
        "fr-pourrait-admettre",
        "Actualités\n\nLes travailleurs saisonniers ont besoin de visas. Le réseau pourrait "
        "admettre l'Union des Ouvrières du Fleuve comme membre.\n",
        MEM,
        "~Union des Ouvrières du Fleuve",
        "~Réseau",
    ),
    # a person met at a meeting: where the person was, no body of theirs
    case(
        "en-met-at-forum",
        "News\n\nThe ministers met Ivo Brandt at the Geneva Forum on Migration on Monday.\n",
        AFF,
        "~Ivo Brandt",
        "~Geneva Forum",
    ),
    # a membership no more, in a relative clause too
    case(
        "es-ya-no-es-integrante",
        "Noticias\n\nLa Asociación Pampa Migrante, que ya no es integrante de la Plataforma "
        "Andina de Movilidad, pidió visados para las trabajadoras de la región.\n",
        MEM,
        "~Asociación Pampa Migrante",
        "~Plataforma Andina de Movilidad",
    ),
    case(
        "fr-n-est-plus-membre",
        "Actualités\n\nL'Association Horizon Nomade, qui n'est plus membre du Réseau Sahel "
        "Mobilité, demande des visas pour les travailleurs.\n",
        MEM,
        "~Association Horizon Nomade",
        "~Réseau Sahel Mobilité",
    ),
    case(
        "en-no-longer-part",
        "News\n\nThe Quayside Porters Union, which is no longer part of the Coastal Migrant "
        "Alliance, called for visas.\n",
        MEM,
        "~Quayside Porters Union",
        "~Coastal Migrant Alliance",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), NOTHING)
def test_nothing(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert not found(ex, type_, source, target), [(r.type, r.source, r.target)
                                                   for r in ex.relations]  # fmt: skip


def test_round_table_is_a_meeting(gz: Gazetteer) -> None:
    text = ("Comunicado\n\nLas organizaciones pidieron visados. La Mesa Redonda sobre Trabajo "
            "Temporal tuvo lugar en Lima el 3 de mayo.\n")  # fmt: skip
    ex = run(gz, text, DATE)
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get("Mesa Redonda sobre Trabajo Temporal") == "Event", kinds


FR_LIST = (
    "Collectif Terre-Solidaire\n\nLe collectif Terre-Solidaire est né en 2012 à Bamako. Il {} "
    "des associations suivantes :\n- Association Horizon Nomade\n- Union des Ouvrières du "
    "Fleuve\n"
)


@pytest.mark.parametrize(
    ("verb", "listed"),
    [("est composé", True), ("pourrait être composé", False), ("n'est pas composé", False)],
)
def test_fr_composed_of_the_following(gz: Gazetteer, verb: str, listed: bool) -> None:
    """ "Il est composé des associations suivantes :" and its lines (de + les: "des")."""
    ex = run(gz, FR_LIST.format(verb), DATE)
    got = found(ex, MEM, "~Union des Ouvrières du Fleuve", "~Terre-Solidaire")
    assert got is listed, [(r.type, r.source, r.target) for r in ex.relations]


def test_title_tail_is_no_name(gz: Gazetteer) -> None:
    text = (
        "News\n\nThe Secretary General Ivo Brandt of Harbour Rights Watch spoke on seasonal "
        "visas.\n"
    )
    ex = run(gz, text, DATE)
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert people == {"Ivo Brandt"}, people


def test_surname_is_no_body(gz: Gazetteer) -> None:
    text = ("Noticias\n\nLa exministra Ana Mesa dijo que las trabajadoras necesitan "
            "visados.\n")  # fmt: skip
    ex = run(gz, text, DATE)
    assert not [e for e in ex.entities if "Mesa" in e.name and e.type == "Organization"], [
        (e.name, e.type) for e in ex.entities
    ]
