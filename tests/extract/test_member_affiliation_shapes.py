"""Memberships and affiliations in the shapes of member pages and partner lists: a bullet
item whose name a dash sets off from the member noun's phrase ("* A (ACR) - a member of C since
2019, ...", "* A - founded in 2010 in X, a C, Full Name member, ...", several items on one
line), an abbreviation defined on a line of its own ("ACR - Full name of the network"), a
heading that is a network's name over "* Name : description" lines, "A, one of the founding
members of C", "A and B, both members of C (Full Name)", "the X-based A", "A is part of the C
network", 'forman parte de la red "X"'; and a person's line "P, Title, O" (the title is O's,
never the one body its office names elsewhere; O's name whole, never cut before a country).
Each with what must give nothing: a negation, a former or future member, a membership that
ended, a hedge, a question, labels under a network's heading. The names and texts are written
for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import re

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case as shared_case
from tests.extract.conftest import found, run

DATE = "2021-03-09"
MEM = "MEMBER_OF"
AFF = "AFFILIATED_WITH"

ABBREV = "Abbreviations\nPMW -- Pacific Migrant Watch\n\nOur partners\n"


def typeset(text: str) -> str:
    """The test's plain text as a page writes it: " -- " an en dash, "* " a bullet."""
    return re.sub(r"(?m)^\* |(?<=[:;] )\* ", "\u2022 ", text.replace(" -- ", " \u2013 "))


def case(case_id: str, text: str, type_: str, source: str, target: str) -> object:
    return shared_case(case_id, typeset(text), type_, source, target)


FOUND = [
    case(
        "en-dash-member-since",
        ABBREV + "* Harbour Legal Clinic (HLC) -- a member of PMW since 2019, provides legal aid "
        "to fishers.\n",
        MEM,
        "~Harbour Legal Clinic",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-dash-founded-then-member",
        ABBREV + "* Lantern Workers Union -- founded in 2010 in Port Elm, a PMW, Pacific Migrant "
        "Watch member, organises carers.\n",
        MEM,
        "~Lantern Workers Union",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-dash-own-initials",
        ABBREV + "* Kestrel Legal Aid Network (KELAN) -- member of PMW since 2015, trains "
        "paralegals.\n",
        MEM,
        "~Kestrel Legal Aid Network",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-items-on-one-line",
        "PMW -- Pacific Migrant Watch\nOur members: * Harbour Legal Clinic (HLC) -- a member of "
        "PMW since 2019, provides legal aid; * Open Gate Foundation (OGF) -- a member of PMW "
        "since 2016, runs two shelters; * Blue Horizon Institute (BHI) -- a founding member of "
        "PMW, studies recruitment fees.\n",
        MEM,
        "~Blue Horizon Institute",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-items-on-one-line-first",
        "PMW -- Pacific Migrant Watch\nOur members: * Harbour Legal Clinic (HLC) -- a member of "
        "PMW since 2019, provides legal aid; * Open Gate Foundation (OGF) -- a member of PMW "
        "since 2016, runs two shelters.\n",
        MEM,
        "~Harbour Legal Clinic",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-definition-in-small-letters",
        "Abbreviations\nPMW -- Pacific migrant watch\n\n* Harbour Legal Clinic (HLC) -- a member "
        "of PMW since 2019, provides legal aid.\n",
        MEM,
        "~Harbour Legal Clinic",
        "~Pacific migrant watch",
    ),
    case(
        "en-one-of-the-founding-members",
        "News\n\nThe Northern Migrant Forum, one of the founding members of the Coastal Rights "
        "Network, said the law was unfair.\n",
        MEM,
        "~Northern Migrant Forum",
        "~Coastal Rights Network",
    ),
    case(
        "en-both-members-acronym",
        "News\n\nThe Tamsin-based Harbourside Legal Centre and Open Gate Foundation, both "
        "members of CRN (Coastal Rights Network), criticised the plan.\n",
        MEM,
        "~Open Gate Foundation",
        "~Coastal Rights Network",
    ),
    case(
        "en-all-members-three",
        "News\n\nThe Harbourside Legal Centre, Open Gate Foundation and Lantern Workers Union, "
        "all members of the Coastal Rights Network, criticised the plan.\n",
        MEM,
        "~Harbourside Legal Centre",
        "~Coastal Rights Network",
    ),
    case(
        "en-all-members-three-middle",
        "News\n\nThe Harbourside Legal Centre, Open Gate Foundation and Lantern Workers Union, "
        "all members of the Coastal Rights Network, criticised the plan.\n",
        MEM,
        "~Open Gate Foundation",
        "~Coastal Rights Network",
    ),
    case(
        "en-part-of-the-network-lowercase",
        "News\n\nThe Northern Migrant Forum is part of the Coastal Rights network.\n",
        MEM,
        "~Northern Migrant Forum",
        "~Coastal Rights",
    ),
    case(
        "en-founded-in-place-then-aside",
        "News\n\nLantern Workers Union, founded in 2001 in Port Elm, a member of the Coastal "
        "Rights Network, organises domestic workers.\n",
        MEM,
        "~Lantern Workers Union",
        "~Coastal Rights Network",
    ),
    case(
        "fr-network-heading-described-lines",
        "Réseau Solidaire des Rives\n* Maison des Travailleurs Saisonniers : association fondée "
        "en 2008 qui accompagne les travailleurs agricoles\n* Collectif Passerelle Nord : "
        "collectif de bénévoles qui soutient les exilés à la frontière\n",
        MEM,
        "~Collectif Passerelle Nord",
        "~Réseau Solidaire des Rives",
    ),
    case(
        "fr-le-reseau-heading-described-lines",
        "Réseau Solidaire des Rives (RSR)\n\nLe RSR regroupe des associations de la côte.\n\n"
        "Le réseau RSR\n* Maison des Travailleurs Saisonniers : association fondée en 2008 qui "
        "accompagne les travailleurs agricoles (MTS)\n* Collectif Passerelle Nord : collectif "
        "de bénévoles qui soutient les exilés à la frontière (CPN)\n",
        MEM,
        "~Collectif Passerelle Nord",
        "~Réseau Solidaire des Rives",
    ),
    case(
        "fr-members-heading-described-lines",
        "Les membres du Réseau Solidaire des Rives (RSR)\n* Maison des Travailleurs Saisonniers "
        ": association fondée en 2008 qui accompagne les travailleurs agricoles\n* Collectif "
        "Passerelle Nord : collectif de bénévoles qui soutient les exilés\n",
        MEM,
        "~Maison des Travailleurs Saisonniers",
        "~Réseau Solidaire des Rives",
    ),
    case(
        "fr-definition-line-then-dash",
        "Sigles\nRSR -- Réseau solidaire des rives\n\n* Maison des Travailleurs Saisonniers -- "
        "membre du RSR depuis 2015, accompagne les saisonniers.\n",
        MEM,
        "~Maison des Travailleurs Saisonniers",
        "~Réseau solidaire des rives",
    ),
    case(
        "fr-un-des-membres-fondateurs",
        "Actualités\n\nLe Collectif Passerelle Nord, l'un des membres fondateurs du Réseau "
        "Solidaire des Rives, a dénoncé la loi.\n",
        MEM,
        "~Collectif Passerelle Nord",
        "~Réseau Solidaire des Rives",
    ),
    case(
        "fr-tous-deux-membres",
        "Actualités\n\nLe Collectif Passerelle Nord et l'Association Horizon Partagé, tous deux "
        "membres du Réseau Solidaire des Rives (RSR), ont dénoncé la loi.\n",
        MEM,
        "~Association Horizon Partagé",
        "~Réseau Solidaire des Rives",
    ),
    case(
        "es-integran-la-red-entre-comillas",
        "Noticias\n\nLa Casa del Caminante, el Colectivo Puentes Abiertos y la Asociación "
        'Tierra Común integran la red "Voces Migrantes del Sur", que trabaja en la frontera.\n',
        MEM,
        "~Colectivo Puentes Abiertos",
        "~Voces Migrantes del Sur",
    ),
    case(
        "es-forman-parte-red-entre-comillas",
        "Noticias\n\nLa Casa del Caminante, el Colectivo Puentes Abiertos y la Asociación "
        'Tierra Común forman parte de la red "Voces Migrantes del Sur".\n',
        MEM,
        "~Casa del Caminante",
        "~Voces Migrantes del Sur",
    ),
    case(
        "es-uno-de-los-miembros-fundadores",
        "Noticias\n\nLa Casa del Caminante, uno de los miembros fundadores de la Red Voces "
        "Migrantes del Sur, denunció la ley.\n",
        MEM,
        "~Casa del Caminante",
        "~Voces Migrantes del Sur",
    ),
    case(
        "en-formerly-between-dashes",
        "News\n\nThe Coastal Rights Network -- formerly Harbour Workers Forum -- met in May.\n",
        "FORMERLY_KNOWN_AS",
        "~Coastal Rights Network",
        "~Harbour Workers Forum",
    ),
    case(
        "es-antiguo-in-brackets",
        "Noticias\n\nLa Red Costera de Derechos (antiguo Foro de Trabajadores Portuarios) se "
        "reunió en mayo.\n",
        "FORMERLY_KNOWN_AS",
        "~Red Costera de Derechos",
        "~Foro de Trabajadores Portuarios",
    ),
    case(
        "en-now-the-new-name",
        "News\n\nThe Harbour Workers Forum, now the Coastal Rights Network, met in May.\n",
        "FORMERLY_KNOWN_AS",
        "~Coastal Rights Network",
        "~Harbour Workers Forum",
    ),
    case(
        "es-hoy-el-nuevo-nombre",
        "Noticias\n\nEl Foro de Trabajadores Portuarios, hoy Red Costera de Derechos, se reunió.\n",
        "FORMERLY_KNOWN_AS",
        "~Red Costera de Derechos",
        "~Foro de Trabajadores Portuarios",
    ),
    case(
        "fr-devenu-en-annee",
        "Actualités\n\nLe Forum des Travailleurs Portuaires, devenu Réseau Côtier des Droits en "
        "2015, s'est réuni.\n",
        "FORMERLY_KNOWN_AS",
        "~Réseau Côtier des Droits",
        "~Forum des Travailleurs Portuaires",
    ),
    case(
        "en-founded-as",
        "News\n\nThe Coastal Rights Network was founded in 2004 as the Harbour Workers Forum.\n",
        "FORMERLY_KNOWN_AS",
        "~Coastal Rights Network",
        "~Harbour Workers Forum",
    ),
    case(
        "es-nacio-como",
        "Noticias\n\nLa Red Costera de Derechos nació en 2004 como Foro de Trabajadores "
        "Portuarios.\n",
        "FORMERLY_KNOWN_AS",
        "~Red Costera de Derechos",
        "~Foro de Trabajadores Portuarios",
    ),
    case(
        "fr-a-pris-le-nom-de",
        "Actualités\n\nLe Forum des Travailleurs Portuaires a pris le nom de Réseau Côtier des "
        "Droits en 2015.\n",
        "FORMERLY_KNOWN_AS",
        "~Réseau Côtier des Droits",
        "~Forum des Travailleurs Portuaires",
    ),
    case(
        "fr-rebaptise-participle",
        "Actualités\n\nLe Forum des Travailleurs Portuaires, rebaptisé Réseau Côtier des Droits "
        "en 2015, s'est réuni.\n",
        "FORMERLY_KNOWN_AS",
        "~Réseau Côtier des Droits",
        "~Forum des Travailleurs Portuaires",
    ),
    case(
        "en-hosts-owners-coordinating-office",
        "Coastal Rights Network (CRN)\n\nThe Harbour Legal Centre (HLC), which hosts CRN's "
        "Global Coordinating Office, coordinates three working groups.\n",
        "HOSTS_SECRETARIAT",
        "~Harbour Legal Centre",
        "~Coastal Rights Network",
    ),
    case(
        "es-miembros-de-la-red-entre-comillas",
        "Noticias\n\nLa Casa del Caminante, el Colectivo Puentes Abiertos y la Asociación "
        "Tierra Común, miembros de la red \u201cVoces Migrantes del Sur\u201d, denunciaron la "
        "ley.\n",
        MEM,
        "~Colectivo Puentes Abiertos",
        "~Voces Migrantes del Sur",
    ),
    case(
        "en-dash-founded-apostrophe-name",
        "Members of the network\n* Lantern Workers Union -- founded in 2010 in Port Elm, a PAWR, "
        "Pan-Oceanic Alliance for Workers' Rights member, organises carers\n* Open Gate "
        "Foundation (OGF) -- a member of PAWR since 2016, runs two shelters\n",
        MEM,
        "~Lantern Workers Union",
        "~Alliance for Workers' Rights",
    ),
    case(
        "fr-inclusive-ending-in-name",
        "Actualités\n\nLe Collectif Passerelle Nord, membre du Réseau Euro-Africain pour les "
        "Droits des Migrant\u00b7e\u00b7s, a dénoncé la loi.\n",
        MEM,
        "~Collectif Passerelle Nord",
        "~Migrant\u00b7e\u00b7s",
    ),
    case(
        "en-people-then-plural-title",
        "News\n\nMei Tan and Tomas Berg, researchers at the Blue Horizon Institute, spoke.\n",
        AFF,
        "~Tomas Berg",
        "~Blue Horizon Institute",
    ),
    case(
        "en-three-people-then-plural-title",
        "News\n\nMei Tan, Ana Ruiz and Tomas Berg, lawyers with the Blue Horizon Institute, "
        "called for visas.\n",
        AFF,
        "~Ana Ruiz",
        "~Blue Horizon Institute",
    ),
    case(
        "fr-title-words-then-at-body",
        "Actualités\n\nMarie Dubois, chargée de plaidoyer au Collectif Passerelle Nord, a "
        "demandé des visas.\n",
        AFF,
        "~Marie Dubois",
        "~Collectif Passerelle Nord",
    ),
    case(
        "en-two-bodies-by-slash",
        "Speakers:\n* Rosa Pinto, Executive Director, Open Gate Foundation / Pacific Migrant "
        "Watch\n* Mei Tan, Researcher, Blue Horizon Institute\n",
        AFF,
        "~Rosa Pinto",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-person-title-org-line",
        "Participants\n* Lucia Farren, Secretary-General, Domestic Carers Alliance Oceania\n",
        AFF,
        "~Lucia Farren",
        "~Domestic Carers Alliance Oceania",
    ),
    case(
        "en-person-two-word-title-org-line",
        "Participants\n\n* Joseph Okello, Legal Officer, Migrant Carers Legal Aid Uganda\n",
        AFF,
        "~Joseph Okello",
        "~Migrant Carers Legal Aid Uganda",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), FOUND)
def test_found(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert found(ex, type_, source, target), [(r.type, r.source, r.target) for r in ex.relations]


NOTHING = [
    case(
        "en-dash-not-a-member",
        ABBREV + "* Harbour Legal Clinic (HLC) -- not a member of PMW, provides legal aid.\n",
        MEM,
        "~Harbour Legal Clinic",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-dash-former-member",
        ABBREV + "* Harbour Legal Clinic (HLC) -- a former member of PMW, provides legal aid.\n",
        MEM,
        "~Harbour Legal Clinic",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-dash-member-until",
        ABBREV + "* Harbour Legal Clinic (HLC) -- a member of PMW until 2019, provides legal "
        "aid.\n",
        MEM,
        "~Harbour Legal Clinic",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-dash-future-member",
        ABBREV + "* Harbour Legal Clinic (HLC) -- a future member of PMW, provides legal aid.\n",
        MEM,
        "~Harbour Legal Clinic",
        "~Pacific Migrant Watch",
    ),
    case(
        "en-both-former-members",
        "News\n\nThe Harbourside Legal Centre and Open Gate Foundation, both former members of "
        "the Coastal Rights Network, criticised the plan.\n",
        MEM,
        "~Open Gate Foundation",
        "~Coastal Rights Network",
    ),
    case(
        "en-may-become-members",
        "News\n\nThe Harbourside Legal Centre and Open Gate Foundation, which may both become "
        "members of the Coastal Rights Network, criticised the plan.\n",
        MEM,
        "~Open Gate Foundation",
        "~Coastal Rights Network",
    ),
    case(
        "en-once-one-of-the-founders",
        "News\n\nThe Northern Migrant Forum, once one of the founding members of the Coastal "
        "Rights Network, said the law was unfair.\n",
        MEM,
        "~Northern Migrant Forum",
        "~Coastal Rights Network",
    ),
    case(
        "en-no-longer-part",
        "News\n\nThe Northern Migrant Forum is no longer part of the Coastal Rights network.\n",
        MEM,
        "~Northern Migrant Forum",
        "~Coastal Rights",
    ),
    case(
        "en-question-part",
        "News\n\nIs the Northern Migrant Forum part of the Coastal Rights network?\n",
        MEM,
        "~Northern Migrant Forum",
        "~Coastal Rights",
    ),
    case(
        "en-listed-names-are-no-members-of-each-other",
        "News\n\nThe Harbourside Legal Centre, Open Gate Foundation and Lantern Workers Union, "
        "all members of the Coastal Rights Network, criticised the plan.\n",
        MEM,
        "~Harbourside Legal Centre",
        "~Open Gate Foundation",
    ),
    case(
        "fr-anciens-membres",
        "Actualités\n\nLe Collectif Passerelle Nord et l'Association Horizon Partagé, tous deux "
        "anciens membres du Réseau Solidaire des Rives (RSR), ont dénoncé la loi.\n",
        MEM,
        "~Association Horizon Partagé",
        "~Réseau Solidaire des Rives",
    ),
    case(
        "fr-labels-under-network-heading",
        "Réseau Solidaire des Rives\n* Mission : défendre les droits des exilés à la "
        "frontière\n* Date de création : en 2001 par trois associations\n",
        MEM,
        "~Mission",
        "~Réseau Solidaire des Rives",
    ),
    case(
        "en-partners-heading-lists-no-members",
        "Partners of the Coastal Rights Network\n* Harbour Legal Centre: a clinic that defends "
        "fishers in court\n* Lantern Workers Union: a union of domestic workers in the port\n",
        MEM,
        "~Lantern Workers Union",
        "~Coastal Rights Network",
    ),
    case(
        "es-podrian-integrar",
        "Noticias\n\nLa Casa del Caminante y el Colectivo Puentes Abiertos podrían integrar la "
        'red "Voces Migrantes del Sur".\n',
        MEM,
        "~Colectivo Puentes Abiertos",
        "~Voces Migrantes del Sur",
    ),
    case(
        "es-ya-no-integran",
        "Noticias\n\nLa Casa del Caminante y el Colectivo Puentes Abiertos ya no integran la "
        'red "Voces Migrantes del Sur".\n',
        MEM,
        "~Colectivo Puentes Abiertos",
        "~Voces Migrantes del Sur",
    ),
    case(
        "en-office-title-is-the-named-body",  # never the one body the office names
        "Participants\n* Lucia Farren, Secretary-General, Domestic Carers Alliance Oceania\n",
        AFF,
        "~Lucia Farren",
        "un-secretariat",
    ),
    case(
        "en-place-is-no-person",
        "News\n\nLantern Workers Union, founded in 2001 in Port Elm, a member of the Coastal "
        "Rights Network, organises domestic workers.\n",
        AFF,
        "~Port Elm",
        "~Coastal Rights Network",
    ),
    case(
        "en-formerly-a-member-is-no-name",
        "News\n\nThe Coastal Rights Network, formerly a member of the Harbour Workers Forum, "
        "met in May.\n",
        "FORMERLY_KNOWN_AS",
        "~Coastal Rights Network",
        "~Harbour Workers Forum",
    ),
    case(
        "en-until-a-year-is-no-name",
        "News\n\nThe Coastal Rights Network, until 2015 the largest network of the Harbour "
        "Workers Forum, met in May.\n",
        "FORMERLY_KNOWN_AS",
        "~Coastal Rights Network",
        "~Harbour Workers Forum",
    ),
    case(
        "en-title-with-its-body-is-no-body",  # "Senior Fellow at O": O, never the title
        "Speakers:\n* Alan Shore, Senior Fellow at the Blue Horizon Institute\n* Sara Lind, "
        "Special Rapporteur on the human rights of migrants\n",
        AFF,
        "~Sara Lind",
        "~Special Rapporteur",
    ),
    case(
        "en-title-at-body-whole",
        "Speakers:\n* Alan Shore, Senior Fellow at the Blue Horizon Institute\n* Sara Lind, "
        "Special Rapporteur on the human rights of migrants\n",
        AFF,
        "~Alan Shore",
        "~Senior Fellow",
    ),
    case(
        "en-founded-as-a-project-is-no-name",
        "News\n\nThe Coastal Rights Network was founded in 2004 as a project of the Harbour "
        "Workers Forum.\n",
        "FORMERLY_KNOWN_AS",
        "~Coastal Rights Network",
        "~Harbour Workers Forum",
    ),
    case(
        "en-may-soon-host",
        "Coastal Rights Network (CRN)\n\nThe Harbour Legal Centre may soon host the CRN's "
        "secretariat.\n",
        "HOSTS_SECRETARIAT",
        "~Harbour Legal Centre",
        "~Coastal Rights Network",
    ),
    case(
        "en-no-longer-hosts",
        "Coastal Rights Network (CRN)\n\nThe Harbour Legal Centre no longer hosts the CRN's "
        "secretariat.\n",
        "HOSTS_SECRETARIAT",
        "~Harbour Legal Centre",
        "~Coastal Rights Network",
    ),
    case(
        "es-se-agrupan-is-not-the-group",  # the network groups them, never they the network
        "Noticias\n\nLa Casa del Caminante, el Colectivo Puentes Abiertos y la Fundación Manos "
        'Unidas se agrupan en la red "Voces Migrantes del Sur".\n',
        MEM,
        "~Voces Migrantes del Sur",
        "~Casa del Caminante",
    ),
    case(
        "en-former-title",
        "News\n\nLucia Farren, former Secretary-General, Domestic Carers Alliance Oceania, "
        "spoke.\n",
        AFF,
        "~Lucia Farren",
        "~Domestic Carers Alliance Oceania",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), NOTHING)
def test_nothing(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert not found(ex, type_, source, target), [(r.type, r.source, r.target)
                                                   for r in ex.relations]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "whole", "cut"),
    [
        (  # a longer name that ends with a country is no shorter one before a "title"
            "Participants\n\n* Joseph Okello, Legal Officer, Migrant Carers Legal Aid Uganda\n",
            "Migrant Carers Legal Aid Uganda",
            "Migrant Carers",
        ),
        (  # "the X-based A": A
            "News\n\nThe Tamsin-based Harbourside Legal Centre criticised the plan, as did the "
            "Open Gate Foundation.\n",
            "Harbourside Legal Centre",
            "Tamsin-based Harbourside Legal Centre",
        ),
    ],
)
def test_whole_names(gz: Gazetteer, text: str, whole: str, cut: str) -> None:
    ex = run(gz, typeset(text), DATE)
    names = {e.name for e in ex.entities}
    assert whole in names and cut not in names, names
    for r in ex.relations:  # (and no relation of the cut name)
        assert all(e.name != cut for e in ex.entities if e.key in (r.source, r.target))


def test_own_initials_make_a_body(gz: Gazetteer) -> None:
    """ "Harbour Legal Clinic (HLC)": the initials in brackets make a body, no person."""
    ex = run(gz, "News\n\nHarbour Legal Clinic (HLC) opened an office in the port.\n", DATE)
    kinds = {e.name: e.type for e in ex.entities}
    assert kinds.get("Harbour Legal Clinic") == "Organization", kinds


def test_role_is_the_whole_title(gz: Gazetteer) -> None:
    text = typeset(
        "Participants\n\n* Joseph Okello, Legal Officer, Migrant Carers Legal Aid Uganda\n"
    )
    ex = run(gz, text, DATE)
    roles = {str(r.properties.get("role")) for r in ex.relations if r.type == AFF}
    assert "Legal Officer" in roles and "Officer" not in roles, roles
