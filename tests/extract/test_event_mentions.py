"""Meetings named by what they are, not by a title: a definite event noun with words of its own
("took part in the regional consultation in <city>", "asistieron al encuentro regional de
redes", "était présente aux assises nationales de l'accueil") is a new event named as written,
unless the event in focus is of that kind ("the workshop" in a report on a Workshop) or the
noun is a part of another meeting ("the opening session of the forum"); an invitation names
who holds the meeting ("O invites you to a webinar on X"); participants written after the verb
or in a copula ("Ont pris part à l'atelier des représentants de A", "Y ont participé A et B",
"Also present were A and B"), a participation noun on the meeting ("the march, with the
participation of A"), a participle a parser hangs on the wrong noun ("la jornada de consulta con
la sociedad civil, organizada por O"). Forecast, negated and demanded acts give nothing. Every
text is written for this test (invented names). Needs the local CoreNLP parser (EN, ES, FR)."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import found, run

DATE = "2019-05-14"
HEAD = {
    "en": "Network news\n\n",
    "es": "Noticias de la red: las organizaciones de migrantes y sus aliadas en la región\n\n",
    "fr": "Nouvelles du réseau : les associations de migrants et leurs alliés dans la région\n\n",
}


def _events(ex: Extraction) -> list[str]:
    return [e.name for e in ex.entities if e.type == "Event"]


# (language, text, relation, sources, the event's name as written (exact), a fact?)
CASES = [
    (
        "en",
        "The Saltgrass Farmhands Union took part in the regional consultation in Tamale on "
        "12 March.",
        "PARTICIPATED_IN",
        ["~Saltgrass Farmhands Union"],
        "regional consultation in Tamale",
        True,
    ),
    (
        "en",
        "The Kestrel Home Carers Network attended the founding assembly of the Upland Migrant "
        "Platform.",
        "PARTICIPATED_IN",
        ["~Kestrel Home Carers Network"],
        "founding assembly",
        True,
    ),
    (
        "en",
        "Dozens of groups, including the Saltgrass Farmhands Union and the Kestrel Home Carers "
        "Network, joined a march to the border on Sunday.",
        "PARTICIPATED_IN",
        ["~Saltgrass Farmhands Union", "~Kestrel Home Carers Network"],
        "march to the border",
        True,
    ),
    (
        "en",
        "The Kestrel Home Carers Network was present at the launch of the campaign in Mombasa.",
        "PARTICIPATED_IN",
        ["~Kestrel Home Carers Network"],
        "launch of the campaign in Mombasa",
        True,
    ),
    (
        "en",
        "The Saltgrass Farmhands Union organized a three-day training on labour inspections "
        "for community paralegals in Tamale.",
        "ORGANIZED",
        ["~Saltgrass Farmhands Union"],
        "three-day training on labour inspections for community paralegals",
        True,
    ),
    (
        "en",
        "The Saltgrass Farmhands Union convened a roundtable on wage theft in March.",
        "ORGANIZED",
        ["~Saltgrass Farmhands Union"],
        "roundtable on wage theft",
        True,
    ),
    (
        "en",
        "The Saltgrass Farmhands Union and the Kestrel Home Carers Network invite you to a "
        "public hearing on seasonal visas, on 20 June 2019 at the town hall.",
        "ORGANIZED",
        ["~Saltgrass Farmhands Union", "~Kestrel Home Carers Network"],
        "public hearing on seasonal visas",
        True,
    ),
    (
        "es",
        "La Red Costera de Jornaleras participó en la marcha del 18 de diciembre en Ciudad de "
        "Guatemala.",
        "PARTICIPATED_IN",
        ["~Red Costera de Jornaleras"],
        "marcha del 18 de diciembre en Ciudad de Guatemala",
        True,
    ),
    (
        "es",
        "La Red Costera de Jornaleras se sumó a la jornada de movilización del 3 de marzo "
        "contra las deportaciones.",
        "PARTICIPATED_IN",
        ["~Red Costera de Jornaleras"],
        "jornada de movilización",
        True,
    ),
    (
        "es",
        "El Colectivo Puerto Abierto estuvo presente en la asamblea fundacional de la Red "
        "Andina de Cuidadoras.",
        "PARTICIPATED_IN",
        ["~Colectivo Puerto Abierto"],
        "asamblea fundacional",
        True,
    ),
    (
        "es",
        "El Colectivo Puerto Abierto invita a las organizaciones aliadas a un conversatorio sobre "
        "trabajo temporal el 20 de junio en Quito.",
        "ORGANIZED",
        ["~Colectivo Puerto Abierto"],
        "conversatorio sobre trabajo temporal",
        True,
    ),
    (
        "fr",
        "Le Collectif Rivage Solidaire a pris part à la manifestation du 18 décembre à Bordeaux.",
        "PARTICIPATED_IN",
        ["~Collectif Rivage Solidaire"],
        "manifestation du 18 décembre à Bordeaux",
        True,
    ),
    (
        "fr",
        "L'Association Terre des Vendangeurs était présente aux assises nationales de "
        "l'accueil à Angers.",
        "PARTICIPATED_IN",
        ["~Association Terre des Vendangeurs"],
        "assises nationales de l'accueil à Angers",
        True,
    ),
    (
        "fr",
        "Le Collectif Rivage Solidaire s'est joint à la marche des solidarités du 17 mars.",
        "PARTICIPATED_IN",
        ["~Collectif Rivage Solidaire"],
        "marche des solidarités",
        True,
    ),
    (
        "fr",
        "Le Collectif Rivage Solidaire vous invite à une table ronde sur l'accès aux soins le "
        "20 juin à Angers.",
        "ORGANIZED",
        ["~Collectif Rivage Solidaire"],
        "table ronde sur l'accès aux soins",
        True,
    ),
    # negated, forecast, someone else's demand, an invitation to act (no meeting): nothing
    (
        "en",
        "The Saltgrass Farmhands Union did not take part in the regional consultation in Tamale.",
        "PARTICIPATED_IN",
        ["~Saltgrass Farmhands Union"],
        "regional consultation in Tamale",
        False,
    ),
    (
        "en",
        "The Saltgrass Farmhands Union will attend the regional consultation in Tamale in June.",
        "PARTICIPATED_IN",
        ["~Saltgrass Farmhands Union"],
        "regional consultation in Tamale",
        False,
    ),
    (
        "en",
        "The Saltgrass Farmhands Union urged the ministry to invite unions to the regional "
        "consultation in Tamale.",
        "ORGANIZED",
        ["~Saltgrass Farmhands Union"],
        "regional consultation in Tamale",
        False,
    ),
    (
        "es",
        "La Red Costera de Jornaleras participará en el encuentro regional de redes en junio.",
        "PARTICIPATED_IN",
        ["~Red Costera de Jornaleras"],
        "encuentro regional de redes",
        False,
    ),
    (
        "fr",
        "Le Collectif Rivage Solidaire n'a pas participé à la manifestation du 18 décembre à "
        "Bordeaux.",
        "PARTICIPATED_IN",
        ["~Collectif Rivage Solidaire"],
        "manifestation du 18 décembre à Bordeaux",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "body", "type_", "sources", "event", "expected"), CASES)
def test_a_meeting_named_by_what_it_is(
    gz: Gazetteer,
    lang: str,
    body: str,
    type_: str,
    sources: list[str],
    event: str,
    expected: bool,
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    if not expected:
        assert not [r for r in ex.relations if r.type == type_], got
        return
    assert event in _events(ex), (_events(ex), got)
    for source in sources:
        assert found(ex, type_, source, "~" + event), (source, got)


def test_the_event_in_focus_of_that_kind_and_its_parts(gz: Gazetteer) -> None:
    """'the regional workshop' in a report on a Workshop is that workshop; 'the opening
    session of the workshop' a part of it; a forum of another kind named later is new, and
    'the workshop's closing debate' after it is the workshop again."""
    text = (
        DATE + "\n\nRegional Workshop on Domestic Work in the Gulf, Muscat, 2-3 April 2019\n\n"
        "The Saltgrass Farmhands Union attended the regional workshop. The Kestrel Home Carers "
        "Network took part in the opening session of the workshop. The Upland Migrant "
        "Platform took part in the civil society forum of 1 April, on the eve of the workshop. The "
        "Coastline Seafarers Guild took part in the workshop's closing debate."
    )
    ex = run(gz, text, DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    workshop = "~Regional Workshop on Domestic Work"
    for source in ("~Saltgrass Farmhands Union", "~Kestrel Home Carers Network",
                   "~Coastline Seafarers Guild"):  # fmt: skip
        assert found(ex, "PARTICIPATED_IN", source, workshop), (source, got)
    forum = "~civil society forum of 1 April"
    assert found(ex, "PARTICIPATED_IN", "~Upland Migrant Platform", forum), got
    assert not found(ex, "PARTICIPATED_IN", "~Upland Migrant Platform", workshop), got


@pytest.mark.parametrize(
    ("lang", "body", "sources", "event"),
    [
        (
            "en",
            "The march of 3 May to the border, with the participation of the Saltgrass "
            "Farmhands Union and the Kestrel Home Carers Network, ended in Tijuana.",
            ["~Saltgrass Farmhands Union", "~Kestrel Home Carers Network"],
            "~march of 3 May",
        ),
        (
            "fr",
            "Atelier régional des associations de travailleurs saisonniers à Agadir\n\n"
            "L'atelier s'est tenu les 10 et 11 avril 2019 à Agadir. Ont pris part à l'atelier "
            "des représentants de l'Association Terre des Vendangeurs et du Collectif Rivage "
            "Solidaire.",
            ["~Association Terre des Vendangeurs", "~Collectif Rivage Solidaire"],
            "~Atelier régional des associations de travailleurs saisonniers",
        ),
        (
            "fr",
            "Forum citoyen des saisonniers d'Agadir\n\n"
            "Le forum s'est tenu le 4 avril. Y ont également participé la Ligue des Cueilleurs "
            "Unis et le Collectif Rivage Solidaire.",
            ["~Ligue des Cueilleurs Unis", "~Collectif Rivage Solidaire"],
            "~Forum citoyen des saisonniers",
        ),
        (
            "en",
            "Regional Workshop on Domestic Work in the Gulf, Muscat, 2-3 April 2019\n\n"
            "The workshop was attended by the Saltgrass Farmhands Union. Among those present "
            "were the Kestrel Home Carers Network and the Upland Migrant Platform. Also present "
            "were the Coastline Seafarers Association and the Harbourside Tenants Union.",
            [
                "~Kestrel Home Carers Network",
                "~Upland Migrant Platform",
                "~Coastline Seafarers Association",
                "~Harbourside Tenants Union",
            ],
            "~Regional Workshop on Domestic Work",
        ),
    ],
)
def test_participants_said_after_the_verb_or_beside_the_meeting(
    gz: Gazetteer, lang: str, body: str, sources: list[str], event: str
) -> None:
    ex = run(gz, DATE + "\n\n" + (HEAD[lang] if "\n\n" not in body else "") + body, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    for source in sources:
        assert found(ex, "PARTICIPATED_IN", source, event), (source, got)


def test_a_participle_hung_on_the_last_noun_organizes_the_meeting(gz: Gazetteer) -> None:
    text = (
        DATE
        + "\n\n"
        + HEAD["es"]
        + "Durante la jornada de consulta del 4 de abril con la sociedad civil, "
        "organizada por el Colectivo Puerto Abierto, la red presentó sus recomendaciones."
    )
    ex = run(gz, text, DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    assert found(ex, "ORGANIZED", "~Colectivo Puerto Abierto", "~jornada de consulta"), got
    assert "sociedad civil" not in _events(ex), _events(ex)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "The Saltgrass Farmhands Union took part in the closing day."),
        ("es", "La Red Costera de Jornaleras participó en la jornada de clausura."),
        ("fr", "Le Collectif Rivage Solidaire a participé à la journée de clôture."),
    ],
)
def test_a_meeting_that_says_not_where_when_or_whose_is_none(
    gz: Gazetteer, lang: str, body: str
) -> None:
    ex = run(gz, DATE + "\n\n" + HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    assert not [r for r in ex.relations if r.type == "PARTICIPATED_IN"], got
    assert not _events(ex), _events(ex)


def test_an_invitation_to_act_is_no_meeting(gz: Gazetteer) -> None:
    text = (
        DATE + "\n\nNetwork news\n\nThe Saltgrass Farmhands Union invited the Kestrel Home "
        "Carers Network to sign the declaration. The ministry invited the unions to a "
        "reflection on the Regional Forum on Seasonal Work."
    )
    ex = run(gz, text, DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    assert not [r for r in ex.relations if r.type == "ORGANIZED"], got


@pytest.mark.parametrize(
    ("text", "sources", "event"),
    [
        (
            "Regional Workshop on Domestic Work in the Gulf, Muscat, 2-3 April 2019\n\n"
            "The workshop adopted a plan of action.\n\nOrganizations present:\n"
            "Saltgrass Farmhands Union\nKestrel Home Carers Network\n",
            ["~Saltgrass Farmhands Union", "~Kestrel Home Carers Network"],
            "~Regional Workshop on Domestic Work",
        ),
        (
            "Encuentro Regional de Cuidadoras Migrantes en Quito\n\n"
            "El encuentro aprobó una hoja de ruta.\n\nOrganizaciones presentes:\n"
            "Red Costera de Jornaleras\nColectivo Puerto Abierto\n",
            ["~Red Costera de Jornaleras", "~Colectivo Puerto Abierto"],
            "~Encuentro Regional de Cuidadoras Migrantes",
        ),
        (
            "Forum citoyen des saisonniers d'Agadir\n\n"
            "Le forum a adopté une déclaration finale.\n\nOrganisations présentes :\n"
            "Collectif Rivage Solidaire\nAssociation Terre des Vendangeurs\n",
            ["~Collectif Rivage Solidaire", "~Association Terre des Vendangeurs"],
            "~Forum citoyen des saisonniers",
        ),
    ],
)
def test_a_heading_of_those_present_lists_participants(
    gz: Gazetteer, text: str, sources: list[str], event: str
) -> None:
    ex = run(gz, DATE + "\n\n" + text, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    for source in sources:
        assert found(ex, "PARTICIPATED_IN", source, event), (source, got)
