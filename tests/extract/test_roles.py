"""People's titles and roles (AFFILIATED_WITH) and an organization's seat in a network
(MEMBER_OF with a role), in English, Spanish and French: title before the name, apposition
after it, copula, passive of a verb of leading, a name beside its organization, committees,
lists; and what gives nothing: negation, a former role, a forecast, someone else's demand.
The sentences are written for this test (invented people; organizations and states of
data/reference). Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import ends

DATE = "2021-03-09\n\n"
AFF, MEM = "AFFILIATED_WITH", "MEMBER_OF"


def case(
    case_id: str, text: str, type_: str, source: str, target: str, expected: bool = True,
    **props: str,
) -> object:  # fmt: skip
    return pytest.param(text, type_, source, target, expected, props, id=case_id)


CASES = [
    # --- English
    case("en-appos-conj", "Lena Marsh, president and CEO of Alianza Americas, welcomed the "
         "report.", AFF, "~Lena Marsh", "alianza-americas", role="president"),
    case("en-represented-its", "Migrant Forum in Asia was represented by Tomas Reyes, its head "
         "of advocacy.", AFF, "~Tomas Reyes", "mfa-asia", role="head of advocacy"),
    case("en-copula-title-subject", "PICUM opened a new office last year. Its executive "
         "director is Ilse Vandermeer.", AFF, "~Ilse Vandermeer", "picum",
         role="executive director"),
    case("en-copula", "The executive director of PICUM is Ilse Vandermeer.", AFF,
         "~Ilse Vandermeer", "picum"),
    case("en-title-before-name-state", "Slovenia hosted a debate on labour rights. Foreign "
         "Minister Anton Kovač opened it on Monday.", AFF, "~Anton Kovač", "svn",
         role="Foreign Minister"),
    case("en-new-acronym", "Mark Ode, executive director of ZQRX, spoke.", AFF, "~Mark Ode",
         "~ZQRX"),
    case("en-passive-chaired", "Alianza Americas held its assembly in May. The network is "
         "chaired by Rosa Delgado Ibarra.", AFF, "~Rosa Delgado Ibarra", "alianza-americas"),
    case("en-relative-leads", "The statement was read by Ivo Brandt, who leads PICUM.", AFF,
         "~Ivo Brandt", "picum"),
    case("en-person-of-org", "The panel heard Joan Pereira of Migrant Forum in Asia first.",
         AFF, "~Joan Pereira", "mfa-asia"),
    case("en-person-for-org", "Joan Pereira for Migrant Forum in Asia and Ivo Brandt for PICUM "
         "took notes.", AFF, "~Ivo Brandt", "picum"),
    case("en-byline", "By Carla Benítez (The Harbour Times)\n\nThe meeting ended late.", AFF,
         "~Carla Benítez", "~Harbour Times"),
    case("en-sit-on-possessive", "Alianza Americas joined the Global Coalition on Migration "
         "early. In 2017 it sat on the coalition's steering committee.", MEM,
         "alianza-americas", "gcm-coalition", role="steering committee"),
    case("en-sit-on-of", "Alianza Americas sat on the Executive Committee of the Global "
         "Coalition on Migration in 2017.", MEM, "alianza-americas", "gcm-coalition"),
    case("en-network-member", "Alianza Americas opened an office in Chicago. The network is "
         "also an active member of the Global Coalition on Migration.", MEM,
         "alianza-americas", "gcm-coalition"),
    # nothing
    case("en-no-longer", "Ilse Vandermeer is no longer a member of PICUM.", AFF,
         "~Ilse Vandermeer", "picum", False),
    case("en-former", "The former director of PICUM, Ilse Vandermeer, spoke first.", AFF,
         "~Ilse Vandermeer", "picum", False),
    case("en-expected", "Ilse Vandermeer is expected to join PICUM as director next year.",
         AFF, "~Ilse Vandermeer", "picum", False),
    case("en-urged", "Donors urged Ivo Brandt to lead PICUM.", AFF, "~Ivo Brandt", "picum",
         False),
    case("en-will-chair", "Ivo Brandt will chair PICUM from next year.", AFF, "~Ivo Brandt",
         "picum", False),
    case("en-his-spokesperson", "Slovenia's minister said in a statement released by his "
         "spokesperson, Ode Brand, that talks would go on.", AFF, "~Ode Brand", "svn", False),
    case("en-body-title", "Slovenia voted first. Assembly President Ana Kranjc thanked the "
         "delegates.", AFF, "~Ana Kranjc", "svn", False),
    case("en-paren-country", "The speaker, Ana Kranjc (Slovenia), thanked the delegates.", AFF,
         "~Ana Kranjc", "svn", False),
    case("en-its-not-a-person", "Ivo Brandt works in Geneva. It is a member of the Global "
         "Coalition on Migration.", AFF, "~Ivo Brandt", "gcm-coalition", False),
    # --- Spanish
    case("es-appos-titular", "Según el informe, Ana Ruiz, titular de la Unidad de Migración "
         "de PICUM, explicó con cifras que los migrantes y sus familias están en peligro.", AFF,
         "~Ana Ruiz", "picum"),
    case("es-passive-presidida", "Alianza Americas celebró su asamblea en mayo. La red está "
         "presidida por Rosa Delgado Ibarra.", AFF, "~Rosa Delgado Ibarra", "alianza-americas"),
    case("es-title-before-name", "Chile presentó su plan el lunes. El canciller Andrés Soto "
         "defendió la medida.", AFF, "~Andrés Soto", "chl"),
    case("es-person-de-org", "En la mesa habló también la abogada Lucía Ferrer de Alianza "
         "Americas sobre la situación de las familias en la frontera.", AFF, "~Lucía Ferrer",
         "alianza-americas"),
    case("es-byline", "Por Carla Benítez (Diario del Puerto)\n\nLa reunión de las "
         "organizaciones de la sociedad civil terminó tarde y sin un acuerdo sobre la "
         "frontera.", AFF, "~Carla Benítez", "~Diario del Puerto"),
    case("es-entonces", "El entonces presidente de Chile, Andrés Soto, habló.", AFF,
         "~Andrés Soto", "chl", False),
    case("es-ya-no", "Ana Ruiz ya no es miembro de PICUM.", AFF, "~Ana Ruiz", "picum", False),
    case("es-pidieron", "Los donantes pidieron a Ana Ruiz que dirija PICUM.", AFF, "~Ana Ruiz",
         "picum", False),
    # --- French
    case("fr-passive-preside", "PICUM a ouvert un bureau à Bruxelles en 2001. Il est présidé "
         "par Claire Dumont.", AFF, "~Claire Dumont", "picum"),
    case("fr-title-before-name", "La Belgique a présenté son plan lundi. Le Premier ministre "
         "Luc Verhulst a défendu le texte.", AFF, "~Luc Verhulst", "bel"),
    case("fr-person-paren-party", "Le député Paul Aubry (PICUM) a salué la décision.", AFF,
         "~Paul Aubry", "picum"),
    case("fr-appos", "Claire Dumont, présidente de PICUM, a ouvert la séance.", AFF,
         "~Claire Dumont", "picum"),
    case("fr-ancien", "L'ancien président de PICUM, Jean Lefort, a parlé.", AFF,
         "~Jean Lefort", "picum", False),
    case("fr-pourrait", "Jean Lefort pourrait diriger PICUM l'an prochain.", AFF,
         "~Jean Lefort", "picum", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_", "source", "target", "expected", "props"), CASES)
def test_roles(
    gz: Gazetteer, text: str, type_: str, source: str, target: str, expected: bool,
    props: dict[str, str],
) -> None:  # fmt: skip
    ex = extract_relations(DATE + text, gz)
    sources, targets = ends(ex, source), ends(ex, target)
    found = [r for r in ex.relations
             if r.type == type_ and r.source in sources and r.target in targets]  # fmt: skip
    got = [(r.type, r.source, r.target, r.properties, r.method) for r in ex.relations]
    assert bool(found) is expected, got
    for key, value in props.items():
        assert any(str(r.properties.get(key, "")).lower() == value.lower() for r in found), got


def test_committee_list_gives_people_their_roles(gz: Gazetteer) -> None:
    """ "The members of C's board are A (President), B (Treasurer) and D": nothing becomes an
    organization called "President", and no person is affiliated with a role."""
    text = (DATE + "The members of PICUM's board are Ana Ruiz (President), Peter Holm "
            "(Treasurer) and Mia Tan.")  # fmt: skip
    ex = extract_relations(text, gz)
    names = {e.name for e in ex.entities}
    assert "President" not in names and "Treasurer" not in names, names


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("The Harbour Rights Collective brings together the following groups:\n"
         "Coastal Aid Network (Portugal)\nLighthouse Legal Centre (Spain)\n\nThe list grows.",
         {"Coastal Aid Network", "Lighthouse Legal Centre"}),
        ("La Red Costera de Apoyo está integrada por las siguientes organizaciones:\n"
         "- Casa del Puerto (México)\n- Centro Faro Legal (Chile)\n\nLa red crece cada año.",
         {"Casa del Puerto", "Centro Faro Legal"}),
        ("Le Collectif des Quais regroupe les associations suivantes :\n"
         "- Maison du Port (Sénégal)\n- Centre Phare Juridique (Mali)\n\nLe collectif grandit.",
         {"Maison du Port", "Centre Phare Juridique"}),
    ],
)  # fmt: skip
def test_intro_sentence_announces_members(gz: Gazetteer, text: str, members: set[str]) -> None:
    ex = extract_relations(DATE + text, gz)
    names = {e.key: e.name for e in ex.entities}
    got = {names[r.source] for r in ex.relations if r.type == MEM}
    assert members <= got, [(r.type, names[r.source], names[r.target]) for r in ex.relations]


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("The Global Coalition on Migration runs two working groups:\n"
         "- Detention: coordinated by PICUM;\n- Labour rights: led by Migrant Forum in Asia.\n",
         {"picum", "mfa-asia"}),
        ("La Coalición Mundial sobre Migración tiene dos grupos de trabajo. La Global Coalition "
         "on Migration los organiza así:\n- Detención: coordinado por PICUM;\n"
         "- Derechos laborales: a cargo de Migrant Forum in Asia.\n", {"picum", "mfa-asia"}),
        ("La Global Coalition on Migration anime deux groupes de travail :\n"
         "- Détention : coordonné par PICUM ;\n- Droits du travail : piloté par Migrant Forum "
         "in Asia.\n", {"picum", "mfa-asia"}),
    ],
)  # fmt: skip
def test_groups_led_by_members(gz: Gazetteer, text: str, leads: set[str]) -> None:
    ex = extract_relations(DATE + text, gz)
    got = {r.source for r in ex.relations if r.type == MEM and r.target == "gcm-coalition"}
    assert leads <= got, [(r.type, r.source, r.target, r.properties) for r in ex.relations]


def test_one_led_line_is_no_list(gz: Gazetteer) -> None:
    text = DATE + "Update on detention: coordinated by PICUM with partners.\n"
    ex = extract_relations(text, gz)
    assert not [r for r in ex.relations if r.type == MEM], ex.relations
