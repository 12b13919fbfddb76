"""Membership, signature and authorship read from any layout, in English, Spanish and French:
member lists under headings (bullets, "Organization (Country) - role", tables written as
lines, "Country: A, B" lines, a question as heading), sentences of joining and including whose
group is "the network" the page is about, signatory lists that end where the list ends (a
contact, address, link or place-and-date line is no signer), a list that names no statement
signs the text itself, and the authors a title or a byline names. What must give nothing: a
negation, a hedge or a forecast, a title that is not the text's own ("endorsed by"). The
organizations and people are invented for this test; no sentence comes from a corpus. Needs
the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import ends, found, run

DATE = "2024-05-10"


def doc(*lines: str) -> str:
    return DATE + "\n\n" + "\n".join(lines) + "\n"


def role_of(ex: Extraction, type_: str, source: str, target: str) -> str | None:
    sources, targets = ends(ex, source), ends(ex, target)
    for r in ex.relations:
        if r.type == type_ and r.source in sources and r.target in targets:
            return str(r.properties.get("role")) if r.properties.get("role") else None
    return None


def names(ex: Extraction, type_: str) -> set[str]:
    by_key = {e.key: e.name for e in ex.entities}
    return {by_key[r.source] for r in ex.relations if r.type == type_}


# --- member lists --------------------------------------------------------------------------
EN_PAGE = doc(
    "Saltmarsh Migrant Network",
    "",
    "About us",
    "The Saltmarsh Migrant Network is a platform of migrant-led groups along the northern coast.",
    "",
    "Our members",
    "- Quarry Workers Guild (Norway) \u2013 coordinator",
    "- Fjord Legal Aid Association \u2013 Iceland",
    "- Orchard Rights Project, treasurer",
    "",
    "Associate members:",
    "Tidewater Faith Council",
    "",
    "Contact: office@saltmarsh.example.org",
)


def test_en_member_list_roles_and_countries(gz: Gazetteer) -> None:
    ex = run(gz, EN_PAGE)
    net = "~Saltmarsh Migrant Network"
    assert role_of(ex, "MEMBER_OF", "~Quarry Workers Guild", net) == "coordinator"
    assert role_of(ex, "MEMBER_OF", "~Orchard Rights Project", net) == "treasurer"
    assert role_of(ex, "MEMBER_OF", "~Tidewater Faith Council", net) == "associate member"
    assert found(ex, "MEMBER_OF", "~Fjord Legal Aid Association", net)
    # a country after a dash is where a member is, not part of its name nor a member
    assert not any("Iceland" in n or "Norway" in n for n in names(ex, "MEMBER_OF"))


EN_TABLE = doc(
    "Lagoon Workers Coalition",
    "",
    "The Lagoon Workers Coalition was founded in 2011 by port unions. The coalition is made up "
    "of the following organisations:",
    "",
    "Organisation | Country | Role",
    "Reef Porters Union | Malta | Chair",
    "Cape Harbour Legal Centre | Cyprus | Member",
)


def test_en_table_written_as_lines(gz: Gazetteer) -> None:
    ex = run(gz, EN_TABLE)
    net = "~Lagoon Workers Coalition"
    assert role_of(ex, "MEMBER_OF", "~Reef Porters Union", net) == "Chair"
    assert found(ex, "MEMBER_OF", "~Cape Harbour Legal Centre", net)
    assert "Organisation" not in names(ex, "MEMBER_OF")  # the head row is no member


ES_PAGE = doc(
    "Red Cordillera de Acogida",
    "",
    "La Red Cordillera de Acogida es una articulación de organizaciones que acompañan a "
    "personas migrantes y refugiadas en la región andina desde el año 2016.",
    "",
    "¿Quiénes integran la red?",
    "Bolivia: Fundación Senda Clara, Pastoral del Caminante de Oruro",
    "Ecuador: Casa Hogar Los Peregrinos",
)


def test_es_question_heading_and_country_lines(gz: Gazetteer) -> None:
    ex = run(gz, ES_PAGE)
    net = "~Red Cordillera de Acogida"
    assert found(ex, "MEMBER_OF", "~Fundación Senda Clara", net)
    assert found(ex, "MEMBER_OF", "~Pastoral del Caminante", net)
    assert found(ex, "MEMBER_OF", "~Casa Hogar Los Peregrinos", net)
    assert not any(n in ("Bolivia", "Ecuador") for n in names(ex, "MEMBER_OF"))


FR_PAGE = doc(
    "Collectif Dunes et Frontières",
    "",
    "Le Collectif Dunes et Frontières est un réseau d'associations du Sahel et du Maghreb, "
    "créé en 2014 pour défendre les droits des personnes en migration.",
    "",
    "Les associations membres du collectif sont :",
    "Au Niger : Association Retour Solidaire, Comité des Rapatriés d'Agadez",
    "En Tunisie : Groupe Horizons Migrants",
)


def test_fr_region_prefixed_lines(gz: Gazetteer) -> None:
    ex = run(gz, FR_PAGE)
    net = "~Collectif Dunes et Frontières"
    assert found(ex, "MEMBER_OF", "~Association Retour Solidaire", net)
    assert found(ex, "MEMBER_OF", "~Comité des Rapatriés", net)
    assert found(ex, "MEMBER_OF", "~Groupe Horizons Migrants", net)
    assert not any(n.startswith(("Au ", "En ")) for n in names(ex, "MEMBER_OF"))


# --- sentences of joining and including: the group is the page's subject -----------------
def page(title: str, intro: str, sentence: str) -> str:
    return doc(title, "", intro + " " + sentence)


EN_INTRO = (
    "The Saltmarsh Migrant Network is a platform of migrant-led groups that defends the "
    "rights of workers and their families on the coast."
)
ES_INTRO = (
    "La Plataforma Valle Abierto es una red de organizaciones que defiende los derechos de "
    "las personas migrantes y de sus familias en la frontera."
)
FR_INTRO = (
    "Le Réseau Rives Solidaires est un collectif d'associations qui défend les droits des "
    "personnes migrantes et de leurs familles dans la région."
)
EN_T, ES_T = "Saltmarsh Migrant Network", "Plataforma Valle Abierto"
FR_T = "Réseau Rives Solidaires"

JOINING = [
    # (id, title, intro, sentence, member, expected)
    ("en-joined", EN_T, EN_INTRO,
     "In 2021, the Prairie Migrant Alliance joined the network.", "~Prairie Migrant Alliance",
     True),
    ("en-not-joined", EN_T, EN_INTRO,
     "The Prairie Migrant Alliance has not joined the network.", "~Prairie Migrant Alliance",
     False),
    ("en-may-join", EN_T, EN_INTRO,
     "The Prairie Migrant Alliance may join the network next year.",
     "~Prairie Migrant Alliance", False),
    ("es-incorporo", ES_T, ES_INTRO,
     "En 2020 se incorporó a la plataforma la Red Jurídica del Altiplano.",
     "~Red Jurídica del Altiplano", True),
    ("es-no-incorporo", ES_T, ES_INTRO,
     "La Red Jurídica del Altiplano no se ha incorporado a la plataforma.",
     "~Red Jurídica del Altiplano", False),
    ("es-podria", ES_T, ES_INTRO,
     "La Red Jurídica del Altiplano podría incorporarse a la plataforma el próximo año.",
     "~Red Jurídica del Altiplano", False),
    ("fr-a-rejoint", FR_T, FR_INTRO,
     "En 2022, le Centre d'Écoute de Tahoua a rejoint le réseau.", "~Centre d'Écoute", True),
    ("fr-pas-rejoint", FR_T, FR_INTRO,
     "Le Centre d'Écoute de Tahoua n'a pas rejoint le réseau.", "~Centre d'Écoute", False),
    ("fr-pourrait", FR_T, FR_INTRO,
     "Le Centre d'Écoute de Tahoua pourrait rejoindre le réseau l'an prochain.",
     "~Centre d'Écoute", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "intro", "sentence", "member", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in JOINING],
)
def test_joining_the_network_the_page_is_about(
    gz: Gazetteer, title: str, intro: str, sentence: str, member: str, expected: bool
) -> None:
    ex = run(gz, page(title, intro, sentence))
    assert found(ex, "MEMBER_OF", member, "~" + title) is expected


def test_es_includes_a_list_the_parser_glued(gz: Gazetteer) -> None:
    text = page(
        ES_T,
        ES_INTRO,
        "La Plataforma Valle Abierto agrupa a la Fundación Sendero Claro, la Asociación "
        "Manos Solidarias y el Centro Pastoral San Lucas.",
    )
    ex = run(gz, text)
    for member in ("~Fundación Sendero Claro", "~Asociación Manos Solidarias", "~Centro Pastoral"):
        assert found(ex, "MEMBER_OF", member, "~" + ES_T), member


# --- signatory lists end where the list ends ------------------------------------------------
SIGN_EN = doc(
    "Joint letter on coastal rescue patrols",
    "",
    "We write to express our concern about the end of rescue patrols in the northern channel. "
    "The undersigned organisations ask the ministry to restore them and to publish its review.",
    "",
    "Signed,",
    "Harbour Watch Collective (Malta)",
    "Blue Line Rescue Association (Greece)",
    "For more information: press@harbourwatch.example.org",
    "14 Quay Street, Valletta",
)
SIGN_ES = doc(
    "Carta abierta sobre la detención de niñas y niños migrantes",
    "",
    "Las organizaciones abajo firmantes expresamos nuestra preocupación por la detención de "
    "niñas y niños en estaciones migratorias del sur del país y pedimos su liberación.",
    "",
    "Firmantes:",
    "1. Centro de Derechos Humanos Tierra Fértil (México)",
    "2. Colectivo Frontera Abierta \u2013 Guatemala",
    "Ciudad de México, 10 de mayo de 2024",
    "Para más información: www.tierrafertil.example.org",
)
SIGN_FR = doc(
    "Déclaration commune sur la rétention administrative",
    "",
    "Nos associations dénoncent l'allongement de la durée de rétention administrative et "
    "demandent au gouvernement de renoncer à ce projet de loi.",
    "",
    "Signataires :",
    "Association Droit au Refuge (France)",
    "Comité Vigilance Littoral \u2013 Belgique",
    "Paris, le 10 mai 2024",
    "Contact presse : Claire Dumont, 06 12 34 56 78",
)


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        pytest.param(SIGN_EN, {"Harbour Watch Collective", "Blue Line Rescue Association"},
                     id="en"),
        pytest.param(SIGN_ES, {"Centro de Derechos Humanos Tierra Fértil",
                               "Colectivo Frontera Abierta"}, id="es"),
        pytest.param(SIGN_FR, {"Association Droit au Refuge", "Comité Vigilance Littoral"},
                     id="fr"),
    ],
)  # fmt: skip
def test_signatory_list_ends_at_contact_address_and_date_lines(
    gz: Gazetteer, text: str, signers: set[str]
) -> None:
    ex = run(gz, text)
    for name in signers:
        assert found(ex, "SIGNED", "~" + name, "document:self"), name
    assert names(ex, "SIGNED") == signers  # no city, link, address or contact signs


def test_signatories_that_name_no_statement_sign_the_text_not_the_draft(gz: Gazetteer) -> None:
    text = doc(
        "Comments of civil society on the draft coastal mobility declaration",
        "",
        'The "Coastal Mobility Declaration" was circulated by the ministry in March. Our '
        "organisations regret that the draft ignores the rights of seasonal workers entirely.",
        "",
        "Signatories:",
        "Harbour Watch Collective",
        "Blue Line Rescue Association",
    )
    ex = run(gz, text)
    assert found(ex, "SIGNED", "~Harbour Watch Collective", "document:self")
    own = ends(ex, "document:self")
    signed = [r for r in ex.relations if r.type == "SIGNED"]
    assert signed and all(r.target in own for r in signed)  # never the draft it comments on


# --- authors of the text ---------------------------------------------------------------------
AUTHOR_CASES = [
    ("en-joint-statement",
     doc("Joint statement of the Harbour Watch Collective, Blue Line Rescue Association and "
         "Lighthouse Legal Network on sea rescue", "", "We call on the ministry to act now."),
     {"Harbour Watch Collective", "Blue Line Rescue Association", "Lighthouse Legal Network"}),
    ("en-byline",
     doc("Open letter to the regional council", "By Mara Kessel and Jonas Weber", "",
         "The letter asks the council to open a shelter this winter."),
     {"Mara Kessel", "Jonas Weber"}),
    ("es-comunicado-conjunto",
     doc("Comunicado conjunto de la Fundación Sendero Claro, la Asociación Manos Solidarias y "
         "el Centro Pastoral San Lucas", "",
         "Las organizaciones rechazan la nueva ley de extranjería y exigen su derogación."),
     {"Fundación Sendero Claro", "Asociación Manos Solidarias", "Centro Pastoral San Lucas"}),
    ("es-pronunciamiento-y-del",
     doc("Pronunciamiento de la Red Cordillera de Acogida y del Colectivo Frontera Abierta "
         "sobre el desplazamiento forzado", "",
         "Las organizaciones exigen al Estado una respuesta urgente al desplazamiento."),
     {"Red Cordillera de Acogida", "Colectivo Frontera Abierta"}),
    ("fr-communique-conjoint",
     doc("Communiqué conjoint de l'Association Droit au Refuge, du Comité Vigilance Littoral et "
         "de la Fédération Entraide Sahel", "",
         "Nos associations dénoncent l'allongement de la durée de rétention."),
     {"Association Droit au Refuge", "Comité Vigilance Littoral", "Fédération Entraide Sahel"}),
    ("en-passive-drafted",
     doc("Appeal to end pushbacks at the border", "",
         "We call on the ministry to end pushbacks at the border immediately. The appeal was "
         "drafted by the Riverside Workers Centre."),
     {"Riverside Workers Centre"}),
    ("es-passive-redactada",
     doc("Carta al gobierno sobre las deportaciones", "",
         "Exigimos al gobierno que detenga las deportaciones de inmediato y que respete el "
         "derecho de asilo. La carta fue redactada por la Fundación Sendero Claro."),
     {"Fundación Sendero Claro"}),
    ("fr-passive-redige",
     doc("Appel contre les expulsions", "",
         "Nous demandons au gouvernement de mettre fin aux expulsions et de respecter le droit "
         "d'asile. Cet appel a été rédigé par l'Association Droit au Refuge."),
     {"Association Droit au Refuge"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "authors"), [pytest.param(t, a, id=i) for i, t, a in AUTHOR_CASES]
)
def test_authors_of_the_text(gz: Gazetteer, text: str, authors: set[str]) -> None:
    ex = run(gz, text)
    for name in authors:
        assert found(ex, "AUTHORED", "~" + name, "document:self"), name
    dated = [r for r in ex.relations if r.type == "AUTHORED"]
    assert dated and all(r.properties.get("date") == DATE for r in dated)


NO_AUTHOR_CASES = [
    ("en-endorsed-by-title",
     doc("Coastal compact endorsed by Harbour Watch Collective and Lighthouse Legal Network", "",
         "The compact was welcomed by several groups working on sea rescue in the region.")),
    ("en-another-letter",
     doc("Appeal to end pushbacks at the border", "",
         "We call on the ministry to end pushbacks now. A letter was written by the Riverside "
         "Workers Centre last year.")),
    ("es-podria-redactar",
     doc("Carta al gobierno sobre las deportaciones", "",
         "Exigimos al gobierno que detenga las deportaciones de inmediato. La carta podría ser "
         "redactada por la Fundación Sendero Claro.")),
    ("fr-pas-redige",
     doc("Appel contre les expulsions", "",
         "Nous demandons au gouvernement de mettre fin aux expulsions. Cet appel n'a pas été "
         "rédigé par l'Association Droit au Refuge.")),
]  # fmt: skip


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NO_AUTHOR_CASES])
def test_no_authors(gz: Gazetteer, text: str) -> None:
    ex = run(gz, text)
    assert not [r for r in ex.relations if r.type == "AUTHORED"]


# --- founders, "such as", a list after a colon inside a paragraph -----------------------------
MORE_MEMBERS = [
    ("en-founded-by",
     page(EN_T, EN_INTRO, "It was founded in 2009 by the Reef Porters Union and the Cape Harbour "
          "Legal Centre."),
     {"~Reef Porters Union", "~Cape Harbour Legal Centre"}, "founding member"),
    ("fr-fonde-par",
     page(FR_T, FR_INTRO, "Il a été fondé en 2014 par l'Association Retour Solidaire et le "
          "Groupe Horizons Migrants."),
     {"~Association Retour Solidaire", "~Groupe Horizons Migrants"}, "founding member"),
    ("en-such-as",
     page(EN_T, EN_INTRO, "The network brings together organisations from twelve countries, "
          "such as the Tidewater Faith Council and the Lagoon Workers Coalition."),
     {"~Tidewater Faith Council", "~Lagoon Workers Coalition"}, None),
    ("fr-parmi-lesquelles",
     page(FR_T, FR_INTRO, "Le réseau rassemble des associations de dix pays, parmi lesquelles la "
          "Ligue Sahélienne des Droits et l'Association Femmes en Route."),
     {"~Ligue Sahélienne des Droits", "~Femmes en Route"}, None),
    ("es-colon-in-paragraph",
     doc("Quiénes somos", "",
         "La Red Continental de Acogida es una red eclesial que acompaña a personas migrantes "
         "en América Latina. La Red está conformada por: la Conferencia de Religiosos del Sur, "
         "el Secretariado Regional de Pastoral Social y la Fundación Senda Clara."),
     {"~Conferencia de Religiosos del Sur", "~Secretariado Regional de Pastoral Social",
      "~Fundación Senda Clara"}, None),
    ("fr-colon-il-regroupe",
     doc("Le CRAM", "",
         "Le Centre Régional d'Accueil des Migrants est une coordination pluraliste "
         "d'associations. Il regroupe 12 organisations membres : la Ligue des Droits Humains, "
         "le Service Social des Étrangers et la Fédération des Centres de Service Social."),
     {"~Ligue des Droits Humains", "~Service Social des Étrangers",
      "~Fédération des Centres de Service Social"}, None),
    ("en-members-include-long",
     doc("Steering group", "",
         "Today the members of the Saltmarsh Migrant Network include the Pacific Migrant Workers "
         "Network "
         "(PMWN), the Andean Labour Mobility Coalition, the Global Diaspora Platform, the "
         "International Domestic Workers Alliance (IDWA) and Migrant Rights Watch."),
     {"~Andean Labour Mobility Coalition", "~Migrant Rights Watch"}, None),
]  # fmt: skip
GROUPS = {
    "en-founded-by": "~" + EN_T,
    "fr-fonde-par": "~" + FR_T,
    "en-such-as": "~" + EN_T,
    "fr-parmi-lesquelles": "~" + FR_T,
    "es-colon-in-paragraph": "~Red Continental de Acogida",
    "fr-colon-il-regroupe": "~Centre Régional d'Accueil des Migrants",
    "en-members-include-long": "~Saltmarsh Migrant Network",
}


@pytest.mark.parametrize(
    ("case_id", "text", "members", "role"), [pytest.param(*c, id=c[0]) for c in MORE_MEMBERS]
)
def test_members_in_prose(
    gz: Gazetteer, case_id: str, text: str, members: set[str], role: str | None
) -> None:
    ex = run(gz, text)
    for member in members:
        assert found(ex, "MEMBER_OF", member, GROUPS[case_id]), member
        if role is not None:
            assert role_of(ex, "MEMBER_OF", member, GROUPS[case_id]) == role


NO_MEMBERS = [
    ("en-not-founded",
     page(EN_T, EN_INTRO, "The network was not founded by the Reef Porters Union.")),
    ("en-may-bring-together",
     page(EN_T, EN_INTRO, "The network may soon bring together groups such as the Tidewater "
          "Faith Council.")),
    ("fr-pourrait-regrouper",
     page(FR_T, FR_INTRO, "Le réseau pourrait regrouper des associations comme la Ligue "
          "Sahélienne des Droits.")),
]  # fmt: skip


@pytest.mark.parametrize("text", [pytest.param(t, id=i) for i, t in NO_MEMBERS])
def test_no_members_in_prose(gz: Gazetteer, text: str) -> None:
    ex = run(gz, text)
    assert not [r for r in ex.relations if r.type == "MEMBER_OF"]


def test_es_country_first_lines_with_roles(gz: Gazetteer) -> None:
    text = doc(
        "Red Cordillera de Acogida",
        "",
        "La Red Cordillera de Acogida es una articulación de organizaciones que acompañan a "
        "personas migrantes y refugiadas en la región andina desde el año 2016.",
        "",
        "Miembros",
        "Bolivia \u2013 Fundación Senda Clara",
        "Perú \u2013 Servicio Jurídico Andino (Lima)",
        "Chile \u2013 Casa Hogar Los Peregrinos, coordinadora nacional",
    )
    ex = run(gz, text)
    net = "~Red Cordillera de Acogida"
    assert found(ex, "MEMBER_OF", "~Fundación Senda Clara", net)
    assert found(ex, "MEMBER_OF", "~Servicio Jurídico Andino", net)
    assert role_of(ex, "MEMBER_OF", "~Casa Hogar Los Peregrinos", net) == "coordinadora nacional"
    assert not any(n in ("Bolivia", "Perú", "Chile") for n in names(ex, "MEMBER_OF"))


# --- a secretariat by another name: the coordination office ---------------------------------
OFFICES = [
    ("en-coordination-office",
     page(EN_T, EN_INTRO, "The Reef Porters Union hosts the coordination office of the "
          "Tidewater Alliance."), "~Reef Porters Union", "~Tidewater Alliance", True),
    ("es-oficina-de-coordinacion",
     page(ES_T, ES_INTRO, "La Fundación Sendero Claro alberga la oficina de coordinación de la "
          "red desde 2019."), "~Fundación Sendero Claro", "~" + ES_T, True),
    ("fr-bureau-de-coordination",
     page(FR_T, FR_INTRO, "L'Association Droit au Refuge accueille le bureau de coordination "
          "du réseau depuis 2018."), "~Association Droit au Refuge", "~" + FR_T, True),
    ("fr-pourrait-accueillir",
     page(FR_T, FR_INTRO, "L'Association Droit au Refuge pourrait accueillir le bureau de "
          "coordination du réseau."), "~Association Droit au Refuge", "~" + FR_T, False),
    ("en-not-host",
     page(EN_T, EN_INTRO, "The Reef Porters Union no longer hosts the coordination office of "
          "the Tidewater Alliance."), "~Reef Porters Union", "~Tidewater Alliance", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "host", "group", "expected"), [pytest.param(*c[1:], id=c[0]) for c in OFFICES]
)
def test_coordination_office_is_a_secretariat(
    gz: Gazetteer, text: str, host: str, group: str, expected: bool
) -> None:
    ex = run(gz, text)
    assert found(ex, "HOSTS_SECRETARIAT", host, group) is expected
