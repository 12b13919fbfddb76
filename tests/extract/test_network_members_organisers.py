"""Who is a member of a network and who holds a meeting, in the forms member lists and event
pages use: a sentence that opens with belonging and names the group, then its members to the
sentence's end ("Forman parte de la Red X la Fundación A, el B y la C", "Son miembros
fundadores de C A y B", "Font partie du Collectif X l'Association A et la B", "Sont membres du
réseau A et B"); a list of three names or more that no keyword marks as bodies ("The network
brings together A, B, C and D"); a group's line led by a member after "the" ("Topic: led by
the X Centre"); "A y B llevaron a cabo E", "X co-hosted E", "X vous invite à E" (the pronoun is no
word of the name). And what must give nothing: negations, hedges, forecasts, someone else's
demand; a meeting's venue, sponsor, a state that hosts or invites; an act of holding that
bears on a clause or on people ("tient à remercier", "convocó a los gobiernos a firmar"); the
welcome of someone's initiative; a meeting of another kind than the one a page reports on
("its annual assembly", "the workshop" of a conference). The names and texts are written for
this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, found, run

DATE = "2021-03-02"
MEM = "MEMBER_OF"
ORG = "ORGANIZED"

ES_NET = "Noticias\n\nLa Red Cordillera de Acogida trabaja desde 2011. "
FR_NET = "Actualités\n\nLe Collectif Rives Solidaires est né en 2009. "
EN_CONF = "Regional Conference on Seasonal Work, Mombasa, 4 May 2019\n\n"
ES_FORO = "Foro Regional de Trabajo Temporal, Cusco, 4 de mayo de 2019\n\n"
FR_CONF = "Conférence régionale sur le travail saisonnier, Lomé, 4 mai 2019\n\n"


MEMBERS = [
    case(
        "es-forman-parte-named-group",
        "Noticias\n\nForman parte de la Alianza Valle Abierto la Fundación Brisa del Sur, el "
        "Colectivo Manos Unidas y la Asociación de Jornaleras del Altiplano.\n",
        "~Colectivo Manos Unidas",
        "~Alianza Valle Abierto",
    ),
    case(
        "es-forman-parte-named-group-first",
        "Noticias\n\nForman parte de la Alianza Valle Abierto la Fundación Brisa del Sur, el "
        "Colectivo Manos Unidas y la Asociación de Jornaleras del Altiplano.\n",
        "~Fundación Brisa del Sur",
        "~Alianza Valle Abierto",
    ),
    case(
        "es-forman-parte-la-red",
        ES_NET + "Forman parte de la red la Fundación Brisa del Sur, el Colectivo Manos Unidas y "
        "la Asociación de Jornaleras del Altiplano.\n",
        "~Asociación de Jornaleras del Altiplano",
        "~Red Cordillera de Acogida",
    ),
    case(
        "es-son-miembros-fundadores",
        "Noticias\n\nSon miembros fundadores de la Alianza Valle Abierto la Fundación Brisa del "
        "Sur y el Colectivo Manos Unidas.\n",
        "~Colectivo Manos Unidas",
        "~Alianza Valle Abierto",
    ),
    case(
        "es-son-miembros-de-la-red",
        ES_NET + "Son miembros de la red la Fundación Brisa del Sur y el Colectivo Manos Unidas.\n",
        "~Fundación Brisa del Sur",
        "~Red Cordillera de Acogida",
    ),
    case(
        "es-long-list-with-countries",
        "Noticias\n\nForman parte de la Alianza Valle Abierto la Fundación Brisa del Sur "
        "(Ecuador), el Colectivo Manos Unidas (Perú), la Asociación de Jornaleras del Altiplano "
        "(Bolivia), el Centro Cruce de Caminos (Chile), la Casa del Caminante de Oruro (Bolivia), "
        "el Servicio de Apoyo Rural (Colombia), la Comisión Vecinal del Puerto "
        "(Argentina) y la Fundación Semilla Nueva (Uruguay).\n",
        "~Fundación Semilla Nueva",
        "~Alianza Valle Abierto",
    ),
    case(
        "fr-font-partie-named-group",
        "Actualités\n\nFont partie du Collectif Rives Solidaires l'Association Pont des Peuples, "
        "le Comité d'Aide aux Saisonniers et la Ligue Accueil Fraternel.\n",
        "~Association Pont des Peuples",
        "~Collectif Rives Solidaires",
    ),
    case(
        "fr-sont-membres-du-collectif",
        FR_NET + "Sont membres du collectif l'Association Pont des Peuples et la Ligue Accueil "
        "Fraternel.\n",
        "~Ligue Accueil Fraternel",
        "~Collectif Rives Solidaires",
    ),
    case(
        "en-brings-together-unmarked-names",
        "News\n\nThe Tidemark Alliance was set up in 2015. The alliance brings together Open "
        "Gate, Lantern Yard, Safe Quay and Driftwood House.\n",
        "~Lantern Yard",
        "~Tidemark Alliance",
    ),
    case(
        "es-agrupa-unmarked-names",
        ES_NET + "La red agrupa a Puerta Abierta, Alas del Camino, Casa Tambo y Brigada "
        "Solidaria.\n",
        "~Casa Tambo",
        "~Red Cordillera de Acogida",
    ),
    case(
        "en-group-led-by-the",
        "Quayline Coalition launched\n\nThe Quayline Coalition coordinates three working "
        "groups, each led by a member:\n\u2013 Seasonal visas: established and led by the "
        "Harbour Porters Centre (HPC);\n\u2013 Return: coordinated by Open Gate Shelter (OGS);"
        "\n\u2013 Detention: coordinated by the Tidemark Legal Aid Centre.\n",
        "~Harbour Porters Centre",
        "~Quayline Coalition",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), MEMBERS)
def test_member(gz: Gazetteer, text: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert found(ex, MEM, source, target), [(r.type, r.source, r.target) for r in ex.relations]


NOT_MEMBERS = [
    case(
        "es-no-forman-parte",
        "Noticias\n\nNo forman parte de la Alianza Valle Abierto la Fundación Brisa del Sur y el "
        "Colectivo Manos Unidas.\n",
        "~Colectivo Manos Unidas",
        "~Alianza Valle Abierto",
    ),
    case(
        "es-podrian-formar-parte",
        "Noticias\n\nPodrían formar parte de la Alianza Valle Abierto la Fundación Brisa del Sur "
        "y el Colectivo Manos Unidas.\n",
        "~Colectivo Manos Unidas",
        "~Alianza Valle Abierto",
    ),
    case(
        "es-formaran-parte",
        "Noticias\n\nFormarán parte de la Alianza Valle Abierto la Fundación Brisa del Sur y el "
        "Colectivo Manos Unidas.\n",
        "~Colectivo Manos Unidas",
        "~Alianza Valle Abierto",
    ),
    # "forman parte" is belonging, never the group made of the names after it
    case(
        "es-forman-parte-no-reverse",
        "Noticias\n\nForman parte de la Alianza Valle Abierto la Fundación Brisa del Sur "
        "(Ecuador), el Colectivo Manos Unidas (Perú), la Asociación de Jornaleras del Altiplano "
        "(Bolivia), el Centro Cruce de Caminos (Chile) y la Fundación Semilla Nueva (Uruguay).\n",
        "~Alianza Valle Abierto",
        "~Fundación Semilla Nueva",
    ),
    # the members' list is the group's words: "sus miembros son A y B" names no group after
    case(
        "es-sus-miembros-son",
        ES_NET + "Sus miembros son la Fundación Brisa del Sur y el Colectivo Manos Unidas.\n",
        "~Fundación Brisa del Sur",
        "~Colectivo Manos Unidas",
    ),
    case(
        "en-plans-to-join",
        "News\n\nThe Harbour Porters Centre plans to join the Tidemark Alliance.\n",
        "~Harbour Porters Centre",
        "~Tidemark Alliance",
    ),
    case(
        "en-invited-to-join",
        "News\n\nThe Harbour Porters Centre was invited to join the Tidemark Alliance.\n",
        "~Harbour Porters Centre",
        "~Tidemark Alliance",
    ),
    case(
        "fr-pas-membre",
        "Actualités\n\nL'Association Pont des Peuples n'est pas membre du Collectif Rives "
        "Solidaires.\n",
        "~Association Pont des Peuples",
        "~Collectif Rives Solidaires",
    ),
    case(
        "es-solicito-ingreso",
        "Noticias\n\nLa Fundación Brisa del Sur solicitó su ingreso en la Red Cordillera de "
        "Acogida.\n",
        "~Fundación Brisa del Sur",
        "~Red Cordillera de Acogida",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), NOT_MEMBERS)
def test_not_member(gz: Gazetteer, text: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert not found(ex, MEM, source, target), [(r.type, r.source, r.target)
                                                 for r in ex.relations]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Noticias\n\nForman parte de la Alianza Valle Abierto la Fundación Brisa del Sur y el "
            "Colectivo Manos Unidas.\n",
            {"Alianza Valle Abierto", "Fundación Brisa del Sur"},
        ),
        (
            "Actualités\n\nFont partie du Collectif Rives Solidaires l'Association Pont des "
            "Peuples et la Ligue Accueil Fraternel.\n",
            {"Collectif Rives Solidaires", "Association Pont des Peuples"},
        ),
        (
            "Actualités\n\nLe Collectif Rives Solidaires vous invite à une table ronde sur les "
            "visas saisonniers.\n",
            {"Collectif Rives Solidaires"},
        ),
        (
            "Noticias\n\nLa Fundación Brisa del Sur les invita a un conversatorio sobre las "
            "visas.\n",
            {"Fundación Brisa del Sur"},
        ),
        (  # ("pour la": a name's own article after its preposition)
            "Actualités\n\nL'Alliance pour la Mobilité et le Travail a publié un rapport.\n",
            {"Alliance pour la Mobilité et le Travail"},
        ),
    ],
)
def test_names_apart(gz: Gazetteer, text: str, names: set[str]) -> None:
    """An article right after a name, then a body's keyword, opens another name; a pronoun
    after a name is no word of it."""
    ex = run(gz, text, DATE)
    bodies = {e.name for e in ex.entities if e.type in ("Organization", "Coalition")}
    assert names <= bodies, bodies


ORGANISERS = [
    case(
        "es-llevaron-a-cabo",
        "Noticias\n\nLa Fundación Brisa del Sur y el Colectivo Manos Unidas llevaron a "
        "cabo un conversatorio sobre visas temporales en Cusco.\n",
        "~Colectivo Manos Unidas",
        "~conversatorio sobre visas temporales",
    ),
    case(
        "en-co-hosted",
        "News\n\nA webinar on seasonal visas was co-hosted by the Harbour Porters Centre and "
        "the Tidemark Legal Aid Centre.\n",
        "~Tidemark Legal Aid Centre",
        "~webinar on seasonal visas",
    ),
    case(
        "fr-vous-invite",
        "Actualités\n\nLe Collectif Rives Solidaires vous invite à une table ronde sur les visas "
        "saisonniers.\n",
        "~Collectif Rives Solidaires",
        "~table ronde sur les visas saisonniers",
    ),
    case(
        "en-forum-convened-consultation",
        "News\n\nThe Quayline Migrant Forum convened a consultation on return policies in "
        "Nairobi.\n",
        "~Quayline Migrant Forum",
        "~consultation on return policies",
    ),
    case(
        "en-forum-and-other-held",
        "News\n\nThe Quayline Migrant Forum and the Tidemark Legal Aid Centre held a joint seminar "
        "on detention in Kisumu.\n",
        "~Quayline Migrant Forum",
        "~joint seminar on detention",
    ),
    case(
        "en-conference-organised-by",
        EN_CONF + "The conference, held at the offices of the Tidemark Legal Aid Centre, was "
        "organised by the Harbour Porters Centre.\n",
        "~Harbour Porters Centre",
        "~Regional Conference on Seasonal Work",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), ORGANISERS)
def test_organiser(gz: Gazetteer, text: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert found(ex, ORG, source, target), [(r.type, r.source, r.target) for r in ex.relations]


NOT_ORGANISERS = [
    # the venue, the sponsor, a state that hosts or invites
    case(
        "en-venue",
        EN_CONF + "The conference, held at the offices of the Tidemark Legal Aid Centre, was "
        "organised by the Harbour Porters Centre.\n",
        "~Tidemark Legal Aid Centre",
        "~Regional Conference on Seasonal Work",
    ),
    case(
        "es-auspiciado",
        ES_FORO + "El foro fue auspiciado por la Fundación Semilla Nueva.\n",
        "~Fundación Semilla Nueva",
        "~Foro Regional de Trabajo Temporal",
    ),
    case(
        "es-con-el-apoyo",
        ES_FORO + "El foro contó con el apoyo de la Fundación Semilla Nueva.\n",
        "~Fundación Semilla Nueva",
        "~Foro Regional de Trabajo Temporal",
    ),
    case(
        "en-state-held",
        EN_CONF + "Kenya held the conference in Mombasa.\n",
        "Kenya",
        "~Regional Conference on Seasonal Work",
    ),
    case(
        "en-state-invited",
        EN_CONF + "The Government of Kenya invited civil society to the conference.\n",
        "Kenya",
        "~Regional Conference on Seasonal Work",
    ),
    case(
        "en-invited-members",
        EN_CONF + "The Harbour Porters Centre invited its members to the conference.\n",
        "~Harbour Porters Centre",
        "~Regional Conference on Seasonal Work",
    ),
    case(
        "en-invitation-list-subject",
        EN_CONF + "At the invitation of the Harbour Porters Centre, the Tidemark Legal Aid Centre "
        "attended the conference.\n",
        "~Tidemark Legal Aid Centre",
        "~Regional Conference on Seasonal Work",
    ),
    # an act of holding that bears on a clause or on people: no meeting
    case(
        "fr-tient-a-remercier",
        FR_CONF + "Le Collectif Rives Solidaires tient à remercier la Ligue Accueil Fraternel.\n",
        "~Collectif Rives Solidaires",
        "~Conférence régionale sur le travail saisonnier",
    ),
    case(
        "fr-a-tenu-a-rappeler",
        FR_CONF + "La Ligue Accueil Fraternel a tenu à rappeler que les saisonniers ont des "
        "droits.\n",
        "~Ligue Accueil Fraternel",
        "~Conférence régionale sur le travail saisonnier",
    ),
    case(
        "es-celebro-que",
        ES_FORO + "La Fundación Semilla Nueva celebró que el pacto fuera adoptado.\n",
        "~Fundación Semilla Nueva",
        "~Foro Regional de Trabajo Temporal",
    ),
    case(
        "es-convoco-a-firmar",
        ES_FORO + "La Fundación Semilla Nueva convocó a los gobiernos a firmar el pacto.\n",
        "~Fundación Semilla Nueva",
        "~Foro Regional de Trabajo Temporal",
    ),
    # someone's initiative welcomed: a plan, not how a meeting came about
    case(
        "en-welcomed-initiative",
        EN_CONF + "The conference welcomed the initiative of the Harbour Porters Centre to "
        "publish a guide.\n",
        "~Harbour Porters Centre",
        "~Regional Conference on Seasonal Work",
    ),
    case(
        "es-iniciativa-acogida",
        ES_FORO + "El foro acogió con beneplácito la iniciativa de la Fundación Semilla Nueva.\n",
        "~Fundación Semilla Nueva",
        "~Foro Regional de Trabajo Temporal",
    ),
    # a meeting of another kind than the one the page reports on
    case(
        "es-su-asamblea",
        ES_FORO + "La Fundación Semilla Nueva celebró su asamblea anual en Lima.\n",
        "~Fundación Semilla Nueva",
        "~Foro Regional de Trabajo Temporal",
    ),
    case(
        "fr-atelier-of-conference",
        FR_CONF + "L'atelier, organisé par la Ligue Accueil Fraternel, a réuni 50 personnes.\n",
        "~Ligue Accueil Fraternel",
        "~Conférence régionale sur le travail saisonnier",
    ),
    case(
        "en-organiser-of-past",
        EN_CONF + "The Harbour Porters Centre, an organiser of past conferences, attended the "
        "conference.\n",
        "~Harbour Porters Centre",
        "~Regional Conference on Seasonal Work",
    ),
    # negation, hedge, forecast, demand, question
    case(
        "en-will-organise",
        EN_CONF + "The Harbour Porters Centre will organise the conference next year.\n",
        "~Harbour Porters Centre",
        "~Regional Conference on Seasonal Work",
    ),
    case(
        "en-may-host",
        EN_CONF + "The Harbour Porters Centre may host the conference.\n",
        "~Harbour Porters Centre",
        "~Regional Conference on Seasonal Work",
    ),
    case(
        "fr-n-a-pas-organise",
        FR_CONF + "Le Collectif Rives Solidaires n'a pas organisé la conférence.\n",
        "~Collectif Rives Solidaires",
        "~Conférence régionale sur le travail saisonnier",
    ),
    case(
        "es-pidieron-organizar",
        ES_FORO + "Las organizaciones pidieron a la Fundación Semilla Nueva que organizara el "
        "foro.\n",
        "~Fundación Semilla Nueva",
        "~Foro Regional de Trabajo Temporal",
    ),
    case(
        "en-question",
        EN_CONF + "Will the Harbour Porters Centre organise the conference?\n",
        "~Harbour Porters Centre",
        "~Regional Conference on Seasonal Work",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), NOT_ORGANISERS)
def test_not_organiser(gz: Gazetteer, text: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert not found(ex, ORG, source, target), [(r.type, r.source, r.target)
                                                 for r in ex.relations]  # fmt: skip
