"""Meetings named by a common noun with its own words, as written ("the regional consultation
on labour migration", "la consulta regional sobre migración laboral", "l'atelier régional sur
le retour"), and who took part in them or organised them: active, passive ("was attended
by"), nominal ("the participation of O in E", where a parser hangs "in E" on O), relative
clause, a list of participants below the sentence that names the meeting; a participle with
its agent is no word of the meeting's name ("el taller ... organizado por O"); a phrase with a
word of its own that a known meeting lacks is not that meeting, nor is one the sentence dates
in another year. Sentences that must give nothing: invited, forecast, hedged, negated,
questioned, asked by others, declined. Every sentence and name is invented for this test.
Needs the local CoreNLP parser (English, Spanish and French)."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import found, run

DATE = "2019-05-10"
NHA, RWU, CRN = "~Northern Harbour Alliance", "~Riverside Workers Union", "~Coastal Rights Network"
RCD, UTR, CAM = "~Red Costera de Derechos", "~Unión de Trabajadores del Río", "~Colectivo Andino"
RCF, CTF, AFS = "~Réseau côtier des droits", "~Collectif des travailleurs", "~Association des"
HEAD = "2019-05-10\nNews in brief\n\n"


def _ex(gz: Gazetteer, body: str, head: str = HEAD) -> Extraction:
    return run(gz, head + body, DATE)


def _events(ex: Extraction) -> set[str]:
    return {e.name for e in ex.entities if e.type == "Event"}


# (case, body, type, source, target, expected)
# fmt: off
CASES = [
    # --- English ---------------------------------------------------------------------------
    ("en-active", "The Northern Harbour Alliance attended the high-level meeting on refugee "
     "protection.", "PARTICIPATED_IN", NHA, "~high-level meeting on refugee protection", True),
    ("en-passive", "The regional consultation on labour migration was attended by the Northern "
     "Harbour Alliance and the Coastal Rights Network.", "PARTICIPATED_IN", CRN,
     "~regional consultation on labour migration", True),
    ("en-passive-first", "The high-level meeting on refugee protection was attended by the "
     "Northern Harbour Alliance and the Coastal Rights Network.", "PARTICIPATED_IN", NHA,
     "~high-level meeting on refugee protection", True),
    ("en-nominal", "The participation of the Coastal Rights Network in the regional dialogue on "
     "return was welcomed.", "PARTICIPATED_IN", CRN, "~regional dialogue", True),
    ("en-relative", "The Riverside Workers Union, which participated in the subregional "
     "workshop on seasonal work, issued a statement.", "PARTICIPATED_IN", RWU,
     "~subregional workshop on seasonal work", True),
    ("en-own-word-no-known-meeting", "The Northern Harbour Alliance attended the regional "
     "consultation on labour migration.", "PARTICIPATED_IN", NHA,
     "~regional consultation on labour migration", True),
    ("en-dated-apart", "The Northern Harbour Alliance attended the Regional Consultation on "
     "the Global Compact on 3 June 2021.", "PARTICIPATED_IN", NHA,
     "~Regional Consultation on the Global Compact", True),
    ("en-met-for-own-workshop", "The Northern Harbour Alliance met in Accra on 4-6 May for an "
     "internal planning workshop.", "ORGANIZED", NHA, "~internal planning workshop", True),
    ("en-met-with-another", "The Northern Harbour Alliance met with the labour minister for a "
     "briefing on seasonal visas.", "ORGANIZED", NHA, "~briefing", False),
    ("fr-met-for-own-workshop", "Le Réseau côtier des droits s'est réuni à Dakar pour un "
     "atelier interne de planification.", "ORGANIZED", RCF, "~atelier interne de planification",
     True),
    ("en-passive-organised", "The high-level meeting on refugee protection was organised by the "
     "Northern Harbour Alliance with funding from the Riverside Foundation.", "ORGANIZED", NHA,
     "~high-level meeting on refugee protection", True),
    ("en-funder-no-organiser", "The high-level meeting on refugee protection was organised by "
     "the Northern Harbour Alliance with funding from the Riverside Foundation.", "ORGANIZED",
     "~Riverside Foundation", "~high-level meeting", False),
    ("en-participant-no-organiser", "The Riverside Workers Union attended the regional "
     "workshop on seasonal work organised by the Northern Harbour Alliance.", "ORGANIZED", RWU,
     "~regional workshop on seasonal work", False),
    ("en-organiser-after-participle", "The Riverside Workers Union attended the regional "
     "workshop on seasonal work organised by the Northern Harbour Alliance.", "ORGANIZED", NHA,
     "~regional workshop on seasonal work", True),
    # --- Spanish ---------------------------------------------------------------------------
    ("es-active-topic-on-verb", "La Red Costera de Derechos asistió a la consulta regional "
     "sobre migración laboral en Lima.", "PARTICIPATED_IN", RCD,
     "~consulta regional sobre migración laboral", True),
    ("es-took-part", "La Red Costera de Derechos tomó parte en la reunión de alto nivel sobre "
     "protección de refugiados.", "PARTICIPATED_IN", RCD, "~reunión de alto nivel", True),
    ("es-nominal", "La consulta regional sobre migración laboral contó con la presencia de la "
     "Red Costera de Derechos.", "PARTICIPATED_IN", RCD, "~consulta regional sobre", True),
    ("es-relative", "La Unión de Trabajadores del Río, que participó en el taller subregional "
     "sobre trabajo temporal, emitió un comunicado.", "PARTICIPATED_IN", UTR,
     "~taller subregional sobre trabajo temporal", True),
    ("es-passive-organised", "El diálogo regional sobre retorno fue convocado por la Red "
     "Costera de Derechos y la Unión de Trabajadores del Río.", "ORGANIZED", UTR,
     "~diálogo regional sobre retorno", True),
    ("es-participle-not-in-name", "La Unión de Trabajadores del Río participó en el taller "
     "regional sobre trabajo temporal organizado por la Red Costera de Derechos.", "ORGANIZED",
     RCD, "~taller regional sobre trabajo temporal", True),
    ("es-participant-no-organiser", "La Unión de Trabajadores del Río participó en el taller "
     "regional sobre trabajo temporal organizado por la Red Costera de Derechos.", "ORGANIZED",
     UTR, "~taller regional", False),
    # --- French ----------------------------------------------------------------------------
    ("fr-active", "Le Réseau côtier des droits a participé à l'atelier régional de formation "
     "sur la migration mixte.", "PARTICIPATED_IN", RCF, "~atelier régional de formation", True),
    ("fr-present", "Le Réseau côtier des droits était présent à la réunion de haut niveau sur la "
     "protection des réfugiés.", "PARTICIPATED_IN", RCF, "~réunion de haut niveau", True),
    ("fr-nominal", "La participation du Réseau côtier des droits à l'atelier régional sur le "
     "retour a été saluée.", "PARTICIPATED_IN", RCF, "~atelier régional", True),
    ("fr-delegates-of-one", "Les représentants du Réseau côtier des droits ont pris part à "
     "l'atelier régional sur la migration mixte.", "PARTICIPATED_IN", RCF,
     "~atelier régional sur la migration mixte", True),
    ("fr-relative", "Le Collectif des travailleurs du fleuve, qui a participé à l'atelier "
     "régional sur le retour, a publié un communiqué.", "PARTICIPATED_IN", CTF,
     "~atelier régional sur le retour", True),
    ("fr-passive-organised", "L'atelier régional sur le retour a été organisé par le Réseau "
     "côtier des droits.", "ORGANIZED", RCF, "~atelier régional sur le retour", True),
    ("fr-sponsor-not-in-name", "L'atelier régional sur le travail saisonnier, organisé par le "
     "Réseau côtier des droits avec le soutien de la Fondation Rivière, a réuni quarante "
     "personnes.", "ORGANIZED", RCF, "~atelier régional sur le travail saisonnier", True),
    ("fr-sponsor-no-organiser", "L'atelier régional sur le travail saisonnier, organisé par le "
     "Réseau côtier des droits avec le soutien de la Fondation Rivière, a réuni quarante "
     "personnes.", "ORGANIZED", "~Fondation Rivière", "~atelier régional", False),
]
# fmt: on


@pytest.mark.parametrize(
    ("body", "type_", "source", "target", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_event_phrase(
    gz: Gazetteer, body: str, type_: str, source: str, target: str, expected: bool
) -> None:
    ex = _ex(gz, body)
    assert found(ex, type_, source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


def test_sponsor_phrase_is_no_word_of_the_organiser(gz: Gazetteer) -> None:
    """ "organisé par le Réseau X avec le soutien de la Fondation Y": the name ends before
    "avec le soutien"; "la participation du Réseau X à l'atelier": before "à l'atelier"."""
    ex = _ex(gz, "L'atelier régional sur le travail saisonnier, organisé par le Réseau côtier "
             "des droits avec le soutien de la Fondation Rivière, a réuni quarante personnes. "
             "La participation du Réseau côtier des droits à l'atelier régional sur le retour "
             "a été saluée.")  # fmt: skip
    orgs = {e.name for e in ex.entities if e.type == "Organization"}
    assert "Réseau côtier des droits" in orgs, orgs
    assert not [n for n in orgs if "soutien" in n or "atelier" in n], orgs


# (case, body, participant below, event): a sentence that names the meeting, then its list
# fmt: off
LISTS = [
    ("en-included", "The regional consultation on labour migration took place in Accra on 4 "
     "May.\nParticipants included:\nNorthern Harbour Alliance\nRiverside Workers Union\n"
     "Coastal Rights Network\n", CRN, "~regional consultation on labour migration"),
    ("en-attended-dashes", "On 4 May the Northern Harbour Alliance convened a regional "
     "consultation on labour migration in Accra. The following organisations attended:\n"
     "- Riverside Workers Union (Ghana)\n- Coastal Rights Network (Togo)\n", RWU,
     "~consultation on labour migration"),
    ("en-person-lines", "Regional consultation on labour migration, Accra, 4 May\nParticipants\n"
     "Lena Okafor, Director, Riverside Workers Union\nTomas Varga, Coordinator, Coastal Rights "
     "Network\n", "~Tomas Varga", "~Regional consultation on labour migration"),
    ("es-inverted-subject", "El 4 de mayo se celebró en Lima la consulta regional sobre "
     "migración laboral. Participaron:\n- Red Costera de Derechos (Perú)\n- Unión de "
     "Trabajadores del Río (Chile)\n- Colectivo Andino de Migrantes (Bolivia)\n", CAM,
     "~consulta regional sobre migración laboral"),
    ("es-person-lines", "La reunión de trabajo con la cancillería tuvo lugar el 4 de mayo.\n"
     "Asistentes\nMarta Quispe, coordinadora, Red Costera de Derechos\nJulio Arce, director, "
     "Unión de Trabajadores del Río\n", "~Julio Arce", "~reunión de trabajo"),
    ("fr-presents", "L'atelier régional sur le retour s'est tenu à Dakar le 4 mai. Étaient "
     "présents :\n- Réseau côtier des droits (Sénégal)\n- Collectif des travailleurs du fleuve "
     "(Mali)\n- Association des femmes du Sahel (Niger)\n", AFS, "~atelier régional sur le "
     "retour"),
    ("fr-liste", "Atelier régional sur le retour, Dakar, 4 mai\nListe des participants\nAwa "
     "Diallo, présidente, Réseau côtier des droits\nMoussa Keita, secrétaire, Collectif des "
     "travailleurs du fleuve\n", "~Moussa Keita", "~Atelier régional sur le retour"),
]
# fmt: on


@pytest.mark.parametrize(
    ("body", "source", "target"), [pytest.param(*c[1:], id=c[0]) for c in LISTS]
)
def test_participants_listed_below(gz: Gazetteer, body: str, source: str, target: str) -> None:
    ex = _ex(gz, body, DATE + "\n")  # (the meeting's line, if any, is the title)
    assert found(ex, "PARTICIPATED_IN", source, target), [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


# sentences that must give no PARTICIPATED_IN nor ORGANIZED of the body: (case, body, body)
# fmt: off
NOTHING = [
    ("en-invited", "The Northern Harbour Alliance was invited to the regional consultation on "
     "labour migration.", NHA),
    ("en-forecast", "The Northern Harbour Alliance will attend the regional consultation on "
     "labour migration next week.", NHA),
    ("en-hedged", "The Northern Harbour Alliance may take part in the regional consultation on "
     "labour migration.", NHA),
    ("en-negated", "The Northern Harbour Alliance did not attend the regional consultation on "
     "labour migration.", NHA),
    ("en-question", "Did the Northern Harbour Alliance attend the regional consultation on "
     "labour migration?", NHA),
    ("en-demand", "Migrant groups asked the Northern Harbour Alliance to attend the regional "
     "consultation on labour migration.", NHA),
    ("en-declined", "The Northern Harbour Alliance declined to attend the regional consultation "
     "on labour migration.", NHA),
    ("en-represent-forecast", "The Northern Harbour Alliance will represent Ghana at the "
     "regional workshop on mixed migration.", NHA),
    ("en-represent-negated", "The Northern Harbour Alliance did not represent Ghana at the "
     "regional workshop on mixed migration.", NHA),
    ("es-represent-hedged", "La Red Costera de Derechos podría representar a Perú en el taller "
     "regional sobre trata de personas.", RCD),
    ("fr-represent-forecast", "Le Réseau côtier des droits représentera le Bénin à l'atelier "
     "sous-régional sur la migration mixte.", RCF),
    ("en-meet-forecast", "The Northern Harbour Alliance will meet in Accra next month for a "
     "planning workshop.", NHA),
    ("en-organise-forecast", "The Northern Harbour Alliance will organise a regional "
     "consultation on domestic work next month.", NHA),
    ("es-invited", "La Red Costera de Derechos fue invitada a la consulta regional sobre "
     "migración laboral.", RCD),
    ("es-forecast", "La Red Costera de Derechos asistirá a la consulta regional sobre migración "
     "laboral la próxima semana.", RCD),
    ("es-hedged", "La Red Costera de Derechos podría participar en la consulta regional sobre "
     "migración laboral.", RCD),
    ("es-negated", "La Red Costera de Derechos no asistió a la consulta regional sobre "
     "migración laboral.", RCD),
    ("es-question", "¿Asistió la Red Costera de Derechos a la consulta regional sobre migración "
     "laboral?", RCD),
    ("es-demand", "Las organizaciones pidieron a la Red Costera de Derechos que asistiera a la "
     "consulta regional sobre migración laboral.", RCD),
    ("es-declined", "La Red Costera de Derechos se negó a asistir a la consulta regional sobre "
     "migración laboral.", RCD),
    ("fr-invited", "Le Réseau côtier des droits a été invité à l'atelier régional sur la "
     "migration de travail.", RCF),
    ("fr-forecast", "Le Réseau côtier des droits participera à l'atelier régional sur la "
     "migration de travail la semaine prochaine.", RCF),
    ("fr-hedged", "Le Réseau côtier des droits pourrait prendre part à l'atelier régional sur "
     "la migration de travail.", RCF),
    ("fr-negated", "Le Réseau côtier des droits n'a pas participé à l'atelier régional sur la "
     "migration de travail.", RCF),
    ("fr-question", "Le Réseau côtier des droits a-t-il participé à l'atelier régional sur la "
     "migration de travail ?", RCF),
    ("fr-demand", "Les associations ont demandé au Réseau côtier des droits de participer à "
     "l'atelier régional sur la migration de travail.", RCF),
    ("fr-declined", "Le Réseau côtier des droits a refusé de participer à l'atelier régional "
     "sur la migration de travail.", RCF),
]
# fmt: on


@pytest.mark.parametrize(("body", "source"), [pytest.param(*c[1:], id=c[0]) for c in NOTHING])
def test_gives_nothing(gz: Gazetteer, body: str, source: str) -> None:
    ex = _ex(gz, body)
    for type_ in ("PARTICIPATED_IN", "ORGANIZED"):
        assert not found(ex, type_, source, "~"), [
            (r.type, r.source, r.target, r.method) for r in ex.relations
        ]


# a meeting told of in one sentence, who took part in the next; a meeting that the groups met
# for; an indefinite meeting of words of its own is never the one the title names
# (case, head, body, type, source, target, expected)
# fmt: off
FORUM_HEAD = "2019-05-10\nRegional Forum on Labour Mobility, Accra, 2-3 May 2019\n\n"
MORE = [
    ("es-dropped-subject", HEAD, "La consulta regional sobre trabajo temporal tuvo lugar en "
     "Quito. También reunió a representantes de la Red Costera de Derechos y de la Unión de "
     "Trabajadores del Río.", "PARTICIPATED_IN", UTR, "~consulta regional sobre trabajo", True),
    ("es-dropped-subject-no-meeting-before", HEAD, "La Red Costera de Derechos participó en el "
     "Foro Andino de Migraciones. La Red Costera de Derechos nació en 2010 en Lima. Reunió a la "
     "Unión de Trabajadores del Río y a la Federación Andina de Migrantes.", "PARTICIPATED_IN",
     UTR, "~", False),
    ("es-gathered-repeated-a", HEAD, "La consulta regional sobre trabajo temporal reunió a la "
     "Red Costera de Derechos y a la Unión de Trabajadores del Río.", "PARTICIPATED_IN", UTR,
     "~consulta regional sobre trabajo", True),
    ("en-side-event-not-the-forum", FORUM_HEAD, "The Northern Harbour Alliance co-organised a side "
     "event with the Riverside Workers Union.", "ORGANIZED", NHA, "~Regional Forum", False),
    ("en-side-event-named", FORUM_HEAD, "The Northern Harbour Alliance organised a side event on "
     "seasonal work.", "ORGANIZED", NHA, "~side event on seasonal work", True),
    ("en-forum-itself", FORUM_HEAD, "The forum was organised by the Northern Harbour Alliance and "
     "the Riverside Workers Union.", "ORGANIZED", RWU, "~Regional Forum", True),
]
# fmt: on


@pytest.mark.parametrize(
    ("head", "body", "type_", "source", "target", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in MORE],
)
def test_meeting_in_context(
    gz: Gazetteer, head: str, body: str, type_: str, source: str, target: str, expected: bool
) -> None:
    ex = _ex(gz, body, head)
    assert found(ex, type_, source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


# (case, body, participant, meeting): a meeting that groups met for, or that a reflexive verb
# says was held, then its participants listed below
# fmt: off
MET = [
    ("en-met-for", "On 4 May, civil society groups met in Accra for a regional consultation on "
     "labour migration.\n\nParticipants\n\n1. Northern Harbour Alliance (Ghana)\n2. Riverside "
     "Workers Union (Togo)\n", RWU, "~consultation on labour migration"),
    ("es-met-in", "Las organizaciones de la región se reunieron en Lima el 4 de mayo en un "
     "taller regional sobre trata de personas. Participaron:\n- Red Costera de Derechos (Perú)"
     "\n- Unión de Trabajadores del Río (Chile)\n", UTR, "~taller regional sobre trata"),
    ("fr-met-for", "Les associations de la région se sont réunies à Dakar le 4 mai pour un "
     "atelier régional sur le retour. Ont participé :\n- Réseau côtier des droits (Sénégal)\n"
     "- Collectif des travailleurs du fleuve (Mali)\n", CTF, "~atelier régional sur le retour"),
]
# fmt: on


@pytest.mark.parametrize(("body", "source", "target"), [pytest.param(*c[1:], id=c[0]) for c in MET])
def test_meeting_met_for(gz: Gazetteer, body: str, source: str, target: str) -> None:
    ex = _ex(gz, body, "2019-05-10\nNews from the region\n\n")
    assert found(ex, "PARTICIPATED_IN", source, target), [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


def test_headline_word_before_meeting(gz: Gazetteer) -> None:
    """ "... and Migrant Protection During Consultation on X": the meeting's name starts after
    the title-case "During"."""
    ex = run(gz, "2020-11\n\nPartners Review Labour Mobility and Worker Safety "
             "During Consultation on the Follow-up of the Coastal Action Plan\nThe consultation "
             "was organized by the Northern Harbour Alliance.\n", "2020-11")  # fmt: skip
    assert "Consultation on the Follow-up of the Coastal Action Plan" in _events(ex), _events(ex)
    assert not [n for n in _events(ex) if "During" in n], _events(ex)


# (case, body, meeting): a long title whose topic a conjunction continues is one meeting; a new
# name that says a kind of meeting no known meeting of its words is named by is a new meeting
# fmt: off
TITLES = [
    ("en-long-title", "The Northern Harbour Alliance took part in the Regional Consultation on "
     "the Protection of Migrant Workers and Their Families in the Context of Climate Change and "
     "Disasters in West Africa.", "Regional Consultation on the Protection of Migrant Workers and "
     "Their Families in the Context of Climate Change and Disasters in West Africa"),
    ("es-long-title", "La Red Costera de Derechos participó en el Encuentro Regional sobre "
     "Movilidad Humana y Derechos Laborales de las Personas Migrantes en América del Sur.",
     "Encuentro Regional sobre Movilidad Humana y Derechos Laborales de las Personas Migrantes "
     "en América del Sur"),
    ("fr-long-title", "Le Réseau côtier des droits a pris part au Sommet Régional sur la Mobilité "
     "Humaine et les Droits du Travail des Personnes Migrantes en Afrique.", "Sommet Régional "
     "sur la Mobilité Humaine et les Droits du Travail des Personnes Migrantes en Afrique"),
    ("en-new-forum-not-a-known-training", "The Northern Harbour Alliance and the Riverside "
     "Workers Union attended the Regional Forum on Migration.", "Regional Forum on Migration"),
]
# fmt: on


@pytest.mark.parametrize(("body", "meeting"), [pytest.param(*c[1:], id=c[0]) for c in TITLES])
def test_meeting_title_as_written(gz: Gazetteer, body: str, meeting: str) -> None:
    ex = _ex(gz, body)
    events = {e.key: e.name for e in ex.entities if e.type == "Event"}
    assert meeting in events.values(), events
    key = next(k for k, n in events.items() if n == meeting)
    assert any(r.type == "PARTICIPATED_IN" and r.target == key for r in ex.relations), [
        (r.type, r.source, r.target) for r in ex.relations
    ]
    assert not [e.name for e in ex.entities if e.type == "Organization" and e.name in meeting]
