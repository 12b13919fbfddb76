"""Memberships and leaderships said in prose: a network noun's own of-phrase ("C is an alliance
of A and B", "une coordination de douze associations : A, B", "una articulación de
organizaciones como A y B", "C, a coalition of A and B, said"); "C counts A and B among its
members" (its: C, never the last name); "C, dont font partie A et B"; "Entre sus miembros
figuran A" on a page whose title is only C's name; a passive whose subject the language leaves
out ("La red nació en Quito. Está coordinada por P"); bodies' names after a definite article are
no people ("the Harbourside Legal Clinic"); a body renamed ("A was renamed B", "A changed its
name to B", "fue rebautizada como B", "a été rebaptisée B": B formerly known as A). Each
with what must give nothing: a membership sought ("applied to join", "trató de sumarse", "a
postulé pour rejoindre"), negated or hedged, a renaming negated or hedged, and no member of
another member. The names and texts are written for this test. Needs the local
CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, found, run

DATE = "2021-03-09"
MEM = "MEMBER_OF"
AFF = "AFFILIATED_WITH"
FKA = "FORMERLY_KNOWN_AS"


FOUND = [
    case(
        "en-alliance-of",
        "News\n\nThe Lowland Porters Network is an alliance of the Quay Aid Union, the Ferry "
        "Workers Association and the Dockside Migrant Council.\n",
        MEM,
        "~Ferry Workers Association",
        "~Lowland Porters Network",
    ),
    case(
        "en-alliance-of-first",
        "News\n\nThe Lowland Porters Network is an alliance of the Quay Aid Union, the Ferry "
        "Workers Association and the Dockside Migrant Council.\n",
        MEM,
        "~Quay Aid Union",
        "~Lowland Porters Network",
    ),
    case(
        "en-coalition-aside",
        "News\n\nThe Lowland Porters Network, a coalition of the Quay Aid Union and the Ferry "
        "Workers Association, condemned the new rules on seasonal visas.\n",
        MEM,
        "~Quay Aid Union",
        "~Lowland Porters Network",
    ),
    case(
        "en-counts-among-its-members",
        "News\n\nThe Lowland Porters Network counts the Quay Aid Union and the Ferry Workers "
        "Association among its members, and works on seasonal visas.\n",
        MEM,
        "~Ferry Workers Association",
        "~Lowland Porters Network",
    ),
    case(
        "en-the-clinic-is-a-body",
        "News\n\nThe Quay Aid Union, the Harbourside Legal Clinic and the Ferry Workers "
        "Association are members of the Lowland Porters Network.\n",
        MEM,
        "~Harbourside Legal Clinic",
        "~Lowland Porters Network",
    ),
    case(
        "fr-coordination-colon",
        "Actualités\n\nLe Réseau Vallée Exil est une coordination de huit associations : "
        "l'Association Pont des Rives, la Ligue Solidaire du Causse et le Service Social des "
        "Saisonniers.\n",
        MEM,
        "~Ligue Solidaire du Causse",
        "~Réseau Vallée Exil",
    ),
    case(
        "fr-dont-font-partie",
        "Actualités\n\nLe Collectif Vallée Exil, dont font partie l'Association Pont des Rives "
        "et la Ligue Solidaire du Causse, a dénoncé la nouvelle loi sur les saisonniers.\n",
        MEM,
        "~Ligue Solidaire du Causse",
        "~Collectif Vallée Exil",
    ),
    case(
        "es-articulacion-como",
        "Noticias\n\nLa Red Sierra de Jornaleras es una articulación de organizaciones como la "
        "Asociación Camino Alto, la Fundación Valle Seco y el Centro Tierra Fértil.\n",
        MEM,
        "~Fundación Valle Seco",
        "~Red Sierra de Jornaleras",
    ),
    case(
        "es-title-page-sus-miembros",
        "Red Sierra de Jornaleras\n\nTrabajamos por los derechos de las trabajadoras "
        "temporeras. Entre sus miembros figuran la Asociación Camino Alto y la Fundación Valle "
        "Seco.\n",
        MEM,
        "~Fundación Valle Seco",
        "~Red Sierra de Jornaleras",
    ),
    case(
        "es-dropped-subject-passive",
        "Noticias\n\nLa Red Sierra de Jornaleras nació en 2011 en Cusco. Está coordinada por "
        "Lucía Paredes Ochoa desde 2019 y reúne a organizaciones de cuatro países.\n",
        AFF,
        "~Lucía Paredes Ochoa",
        "~Red Sierra de Jornaleras",
    ),
    case(
        "en-renamed",
        "News\n\nThe Quay Aid Union was renamed the Lowland Porters Network in 2016.\n",
        FKA,
        "~Lowland Porters Network",
        "~Quay Aid Union",
    ),
    case(
        "en-changed-its-name",
        "News\n\nIn 2016 the Quay Aid Union changed its name to the Lowland Porters Network.\n",
        FKA,
        "~Lowland Porters Network",
        "~Quay Aid Union",
    ),
    case(
        "es-rebautizada",
        "Noticias\n\nEn 2016, la Asociación Camino Alto fue rebautizada como Red Sierra de "
        "Jornaleras y amplió su trabajo a la frontera.\n",
        FKA,
        "~Red Sierra de Jornaleras",
        "~Asociación Camino Alto",
    ),
    case(
        "fr-rebaptisee",
        "Actualités\n\nEn 2016, l'Association Pont des Rives a été rebaptisée Réseau Vallée "
        "Exil et regroupe désormais huit associations.\n",
        FKA,
        "~Réseau Vallée Exil",
        "~Association Pont des Rives",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), FOUND)
def test_found(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert found(ex, type_, source, target), [(r.type, r.source, r.target) for r in ex.relations]


NOTHING = [
    case(
        "en-counts-no-reverse",
        "News\n\nThe Lowland Porters Network counts the Quay Aid Union and the Ferry Workers "
        "Association among its members, and works on seasonal visas.\n",
        MEM,
        "~Lowland Porters Network",
        "~Ferry Workers Association",
    ),
    case(
        "en-aside-no-member-of-member",
        "News\n\nThe Lowland Porters Network, a coalition of the Quay Aid Union and the Ferry "
        "Workers Association, condemned the new rules on seasonal visas.\n",
        MEM,
        "~Quay Aid Union",
        "~Ferry Workers Association",
    ),
    case(
        "en-the-clinic-no-person",
        "News\n\nThe Quay Aid Union, the Harbourside Legal Clinic and the Ferry Workers "
        "Association are members of the Lowland Porters Network.\n",
        AFF,
        "~Harbourside Legal Clinic",
        "~Lowland Porters Network",
    ),
    case(
        "en-applied-to-join",
        "News\n\nThe Quay Aid Union has applied to join the Lowland Porters Network, which works "
        "on seasonal visas.\n",
        MEM,
        "~Quay Aid Union",
        "~Lowland Porters Network",
    ),
    case(
        "en-sought-to-join",
        "News\n\nThe Quay Aid Union sought to join the Lowland Porters Network, which works on "
        "seasonal visas.\n",
        MEM,
        "~Quay Aid Union",
        "~Lowland Porters Network",
    ),
    case(
        "en-may-join",
        "News\n\nThe Quay Aid Union may join the Lowland Porters Network next year, the union "
        "said on seasonal visas.\n",
        MEM,
        "~Quay Aid Union",
        "~Lowland Porters Network",
    ),
    case(
        "en-not-an-alliance",
        "News\n\nThe Lowland Porters Network is not an alliance of the Quay Aid Union and the "
        "Ferry Workers Association.\n",
        MEM,
        "~Quay Aid Union",
        "~Lowland Porters Network",
    ),
    case(
        "es-trato-de-sumarse",
        "Noticias\n\nLa Asociación Camino Alto trató de sumarse a la Red Sierra de Jornaleras, "
        "que trabaja por los derechos de las personas migrantes.\n",
        MEM,
        "~Asociación Camino Alto",
        "~Red Sierra de Jornaleras",
    ),
    case(
        "fr-postule-pour-rejoindre",
        "Actualités\n\nL'Association Pont des Rives a postulé pour rejoindre le Collectif "
        "Vallée Exil, qui travaille sur les droits des saisonniers.\n",
        MEM,
        "~Association Pont des Rives",
        "~Collectif Vallée Exil",
    ),
    case(
        "fr-dont-ne-font-plus-partie",
        "Actualités\n\nLe Collectif Vallée Exil, dont ne font plus partie l'Association Pont des "
        "Rives et la Ligue Solidaire du Causse, a dénoncé la nouvelle loi sur les saisonniers.\n",
        MEM,
        "~Ligue Solidaire du Causse",
        "~Collectif Vallée Exil",
    ),
    case(
        "fr-dont-no-member-of-member",
        "Actualités\n\nLe Collectif Vallée Exil, dont font partie l'Association Pont des Rives "
        "et la Ligue Solidaire du Causse, a dénoncé la nouvelle loi sur les saisonniers.\n",
        MEM,
        "~Association Pont des Rives",
        "~Ligue Solidaire du Causse",
    ),
    case(
        "es-dropped-subject-needs-a-subject-before",
        "Noticias\n\nEstá coordinada por Lucía Paredes Ochoa desde 2019 y reúne a "
        "organizaciones de cuatro países.\n",
        AFF,
        "~Lucía Paredes Ochoa",
        "~Noticias",
    ),
    case(
        "en-not-renamed",
        "News\n\nThe Quay Aid Union was not renamed the Lowland Porters Network in 2016.\n",
        FKA,
        "~Lowland Porters Network",
        "~Quay Aid Union",
    ),
    case(
        "en-may-be-renamed",
        "News\n\nThe Quay Aid Union may be renamed the Lowland Porters Network next year.\n",
        FKA,
        "~Lowland Porters Network",
        "~Quay Aid Union",
    ),
    case(
        "en-renamed-a-report",
        "News\n\nThe Quay Aid Union renamed the Lowland Porters Network its partner of the year.\n",
        FKA,
        "~Lowland Porters Network",
        "~Quay Aid Union",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), NOTHING)
def test_nothing(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert not found(ex, type_, source, target), [(r.type, r.source, r.target)
                                                   for r in ex.relations]  # fmt: skip
