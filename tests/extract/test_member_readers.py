"""Memberships read in general, in the shapes network pages, statements and news write them: a
list of names a parser glues into the last name's words ("C brings together A, B and D": each
of them, not D alone), a list a parser breaks after its first name ("entre nuestras
organizaciones miembro se encuentran A y B"), a sentence that opens with the verb of belonging
and names the group before its members ("Integran la red A, B y D", "Composent le réseau A et
B"), a group that consists of its members ("C consists of A", "C consta de A"), a member noun
in brackets after one name ("signed by A (member of C) and B": A alone), a member word written
before the names it qualifies ("C member A"), an "among" phrase a
parser hangs on the verb after a member noun ("C has 25 member groups, among them A and B"), a
member word a tagger reads as an adjective ("A est adhérente de C"), being part of a group
("A, part of C, said", "Somos parte de C"). Each with what must give nothing: a hedge, a
negation, a forecast, a question, two members of one list, the group of "other members of C"
read as a member. The names and texts are written for this test. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, found, run

DATE = "2023-03-09"
MEM = "MEMBER_OF"

EN_HEAD = (
    "About us\n\nThe Saltmarsh Workers Alliance is a regional network of migrant associations "
    "founded in 2011.\n\n"
)
ES_HEAD = (
    "Quiénes somos\n\nLa Red Cordillera de Jornaleras es una red de organizaciones de la "
    "sociedad civil creada en 2011.\n\n"
)
FR_HEAD = (
    "Qui sommes-nous ?\n\nLe Réseau Estuaire Solidaire est un réseau d'associations créé en "
    "2011.\n\n"
)
ES_OWN = (
    "Fundación Piedra Alta\n\nLa Fundación Piedra Alta acompaña a personas migrantes en Arica "
    "desde 2004.\n\n"
)

EN_NINE = (
    "Greywater Tenants Union, Pinecrest Aid Society, Morrow Valley Association, Copperleaf "
    "Workers Union, Amberfield Institute, Lindqvist Refugee Collective, Northgate Defence "
    "Foundation, Willowbank Migrant Centre and Dovetail Rights Group"
)
ES_EIGHT = (
    "la Fundación Piedra Alta, la Asociación Río Manso, el Colectivo Luna Nueva, la Casa del "
    "Peregrino, el Centro Faro del Valle, la Pastoral Monte Verde, el Albergue Puerto Abierto "
    "y la Asociación Manos Unidas"
)

FOUND = [
    case(
        "en-brings-together-glued-list",
        EN_HEAD + "The alliance brings together Greywater Tenants Union, Pinecrest Aid Society "
        "and Morrow Valley Association.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-brings-together-glued-list-middle",
        EN_HEAD + "The Saltmarsh Workers Alliance brings together Greywater Tenants Union, "
        "Pinecrest Aid Society and Morrow Valley Association.\n",
        MEM,
        "~Pinecrest Aid Society",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-comprises-nine-first",
        EN_HEAD + "The Saltmarsh Workers Alliance comprises " + EN_NINE + ".\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-comprises-nine-inner",
        EN_HEAD + "The Saltmarsh Workers Alliance comprises " + EN_NINE + ".\n",
        MEM,
        "~Lindqvist Refugee Collective",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-among-the-members-glued",
        EN_HEAD + "Greywater Tenants Union, Pinecrest Aid Society and Morrow Valley Association "
        "are among the members of the Saltmarsh Workers Alliance.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-consists-of",
        EN_HEAD + "The Saltmarsh Workers Alliance consists of Greywater Tenants Union, "
        "Pinecrest Aid Society and Morrow Valley Association.\n",
        MEM,
        "~Pinecrest Aid Society",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-member-in-brackets",
        "News\n\nGreywater Tenants Union (member of the Saltmarsh Workers Alliance) and "
        "Pinecrest Aid Society welcomed the ruling.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-a-member-in-brackets",
        "News\n\nGreywater Tenants Union (a member of the Saltmarsh Workers Alliance) "
        "welcomed the ruling.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-group-member-name",
        "News\n\nSaltmarsh Workers Alliance member Greywater Tenants Union welcomed the ruling.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-member-groups-among-them",
        EN_HEAD + "The alliance currently has 25 member organizations in 12 countries, among "
        "them Greywater Tenants Union and Pinecrest Aid Society.\n",
        MEM,
        "~Pinecrest Aid Society",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-part-of-aside",
        "News\n\nGreywater Tenants Union, part of the Saltmarsh Workers Alliance, welcomed "
        "the ruling.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "es-integran-la-red",
        ES_HEAD + "Integran la red la Fundación Piedra Alta, la Asociación Río Manso y el "
        "Colectivo Luna Nueva.\n",
        MEM,
        "~Asociación Río Manso",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-conforman-named-group",
        "Noticias\n\nConforman la Red Cordillera de Jornaleras la Fundación Piedra Alta, la "
        "Asociación Río Manso y el Colectivo Luna Nueva.\n",
        MEM,
        "~Colectivo Luna Nueva",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-integran-long-list",
        ES_HEAD + "Actualmente integran la red " + ES_EIGHT + ".\n",
        MEM,
        "~Pastoral Monte Verde",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-consta-de",
        ES_HEAD + "La Red Cordillera de Jornaleras consta de la Fundación Piedra Alta, la "
        "Asociación Río Manso y el Colectivo Luna Nueva.\n",
        MEM,
        "~Asociación Río Manso",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-somos-parte",
        ES_OWN + "Somos parte de la Red Cordillera de Jornaleras y de la Alianza Sur.\n",
        MEM,
        "~Fundación Piedra Alta",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-broken-list-second",
        ES_HEAD + "Entre nuestras organizaciones miembro se encuentran la Fundación Piedra "
        "Alta y la Asociación Río Manso.\n",
        MEM,
        "~Asociación Río Manso",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-miembro-en-parentesis",
        "Carta abierta\n\nLa carta fue firmada por la Fundación Piedra Alta (miembro de la "
        "Red Cordillera de Jornaleras) y la Asociación Río Manso.\n",
        MEM,
        "~Fundación Piedra Alta",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "fr-composent-le-reseau",
        FR_HEAD + "Composent le réseau l'Association Vent du Large, le Collectif Pont des "
        "Arts et la Fondation Soleil d'Hiver.\n",
        MEM,
        "~Collectif Pont des Arts",
        "~Réseau Estuaire Solidaire",
    ),
    case(
        "fr-adherente-adjective",
        "Actualités\n\nL'Association Vent du Large est adhérente du Réseau Estuaire Solidaire.\n",
        MEM,
        "~Association Vent du Large",
        "~Réseau Estuaire Solidaire",
    ),
    case(
        "fr-membres-aside",
        "Actualités\n\nL'Association Vent du Large et le Collectif Pont des Arts, membres du "
        "Réseau Estuaire Solidaire, ont salué la décision.\n",
        MEM,
        "~Collectif Pont des Arts",
        "~Réseau Estuaire Solidaire",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), FOUND)
def test_found(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert found(ex, type_, source, target), [(r.type, r.source, r.target) for r in ex.relations]


NOTHING = [
    case(  # the list's next name signed; it is no member
        "en-brackets-next-name",
        "News\n\nGreywater Tenants Union (member of the Saltmarsh Workers Alliance) and "
        "Pinecrest Aid Society welcomed the ruling.\n",
        MEM,
        "~Pinecrest Aid Society",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-glued-list-no-member-of-another",
        EN_HEAD + "The Saltmarsh Workers Alliance brings together Greywater Tenants Union, "
        "Pinecrest Aid Society and Morrow Valley Association.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Morrow Valley Association",
    ),
    case(
        "en-not-part-of",
        "News\n\nGreywater Tenants Union is not part of the Saltmarsh Workers Alliance.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-no-longer-part",
        "News\n\nGreywater Tenants Union is no longer part of the Saltmarsh Workers Alliance.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-could-become-part",
        "News\n\nGreywater Tenants Union could become part of the Saltmarsh Workers Alliance.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-part-of-strategy",
        "News\n\nThe campaign is part of the strategy of the Saltmarsh Workers Alliance.\n",
        MEM,
        "~campaign",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "en-left",
        "News\n\nGreywater Tenants Union left the Saltmarsh Workers Alliance in 2019.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(
        "es-podrian-integrar",
        ES_HEAD + "Podrían integrar la red la Fundación Piedra Alta y la Asociación Río Manso.\n",
        MEM,
        "~Fundación Piedra Alta",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-no-integran",
        ES_HEAD + "No integran la red la Fundación Piedra Alta ni la Asociación Río Manso.\n",
        MEM,
        "~Fundación Piedra Alta",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-integraran",
        ES_HEAD + "Integrarán la red la Fundación Piedra Alta y la Asociación Río Manso.\n",
        MEM,
        "~Asociación Río Manso",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "es-integran-question",
        ES_HEAD + "¿Integran la red la Fundación Piedra Alta y la Asociación Río Manso?\n",
        MEM,
        "~Fundación Piedra Alta",
        "~Red Cordillera de Jornaleras",
    ),
    case(  # two members of one list are not members of one another
        "es-long-list-no-member-of-another",
        ES_HEAD + "Actualmente integran la red " + ES_EIGHT + ".\n",
        MEM,
        "~Colectivo Luna Nueva",
        "~Fundación Piedra Alta",
    ),
    case(  # "other members of C": C is the group, never a member of the one who acts
        "es-otros-miembros",
        "Noticias\n\nLa Fundación Piedra Alta, junto con otros miembros de la Red "
        "Cordillera de Jornaleras, asistió como invitada.\n",
        MEM,
        "~Red Cordillera de Jornaleras",
        "~Fundación Piedra Alta",
    ),
    case(
        "es-abandono",
        "Noticias\n\nLa Fundación Piedra Alta abandonó la Red Cordillera de Jornaleras en 2019.\n",
        MEM,
        "~Fundación Piedra Alta",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "fr-composeront",
        FR_HEAD + "Composeront le réseau l'Association Vent du Large et le Collectif Pont des "
        "Arts.\n",
        MEM,
        "~Association Vent du Large",
        "~Réseau Estuaire Solidaire",
    ),
    case(
        "fr-pas-adherente",
        "Actualités\n\nL'Association Vent du Large n'est pas adhérente du Réseau Estuaire "
        "Solidaire.\n",
        MEM,
        "~Association Vent du Large",
        "~Réseau Estuaire Solidaire",
    ),
    case(
        "en-will-chair",
        "News\n\nGreywater Tenants Union will chair the Saltmarsh Workers Alliance next year.\n",
        MEM,
        "~Greywater Tenants Union",
        "~Saltmarsh Workers Alliance",
    ),
    case(  # a meeting of the group led, not the group
        "fr-preside-la-reunion",
        "Actualités\n\nL'Association Vent du Large a présidé la réunion du Réseau Estuaire "
        "Solidaire.\n",
        MEM,
        "~Association Vent du Large",
        "~Réseau Estuaire Solidaire",
    ),
    case(
        "es-coordino-el-taller",
        "Noticias\n\nLa Fundación Piedra Alta coordinó el taller de la Red Cordillera de "
        "Jornaleras.\n",
        MEM,
        "~Fundación Piedra Alta",
        "~Red Cordillera de Jornaleras",
    ),
    case(
        "fr-a-quitte",
        "Actualités\n\nL'Association Vent du Large a quitté le Réseau Estuaire Solidaire en "
        "2019.\n",
        MEM,
        "~Association Vent du Large",
        "~Réseau Estuaire Solidaire",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), NOTHING)
def test_nothing(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert not found(ex, type_, source, target), [(r.type, r.source, r.target)
                                                   for r in ex.relations]  # fmt: skip


def test_group_name_stops_before_its_verb(gz: Gazetteer) -> None:
    """ "La Red X cuenta con 30 miembros": the verb is no word of the network's name."""
    text = (
        "Noticias\n\nLa Red Cordillera de Jornaleras cuenta con 30 miembros, entre ellos la "
        "Fundación Piedra Alta y la Asociación Río Manso.\n"
    )
    ex = run(gz, text, DATE)
    names = {e.name for e in ex.entities}
    assert "Red Cordillera de Jornaleras" in names, names
    assert found(ex, MEM, "~Asociación Río Manso", "~Red Cordillera de Jornaleras")
