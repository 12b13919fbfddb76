"""Who took part in the meeting a report is about, in the forms reports write it, where the
meeting is only the text's own (its title) or a generic noun for it ("the workshop", "el
taller", "l'atelier"): a list of participants ("participating organizations included A and
B", "among the organizations present were A and B"), a parser's oblique read as an object with
the attendees beside it ("Asistieron al taller representantes de A y de B", "Participaron en
el taller A, B y C", "Acudieron al foro delegados de A"), a body that took part in a role
("asistió como invitada"), the bodies whose delegates open a meeting ("a cargo de ...
delegados de A"), participating delegations a bracket lists, a body that facilitates a
session ("animé par l'association O") or speaks during the meeting the line names ("During the
workshop, O stressed"); and the forms that must give nothing: an invitation, a forecast,
a hedge, a negation, a question, a call on others. Every sentence is written for this test
(invented names). Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, run

DATE = "2018-11-20"
MEETING = {
    "en": f"{DATE}\nRegional Workshop on Harbour Labour\n\n",
    "es": f"{DATE}\nTaller Regional sobre Trabajo Portuario\n\n",
    "fr": f"{DATE}\nAtelier régional sur le travail portuaire\n\n",
}
OWN = {"en": "~Regional Workshop", "es": "~Taller Regional", "fr": "~Atelier régional"}
HBA, TLU, PWN = "~Harbour Builders Alliance", "~Tidewater Labour Union", "~Pier Women Network"
RFC, CSO, APA = "~Red Fluvial de Cuidadoras", "~Colectivo Sierra Oriente", "~Asociación Puente"
CSM, RCD = "~Collectif Sahel Migrations", "~Réseau Côtier des Droits"
P = "PARTICIPATED_IN"

# (case, language, body, source, expected)
# fmt: off
CASES = [
    # --- lists of participants, the meeting from the title ------------------------------------
    ("en-participating-orgs", "en", "Participating organizations included the Harbour "
     "Builders Alliance and the Tidewater Labour Union.", TLU, True),
    ("en-participating-orgs-first", "en", "Participating organisations included the Harbour "
     "Builders Alliance and the Tidewater Labour Union.", HBA, True),
    ("en-among-participating", "en", "Among the participating organizations were the Harbour "
     "Builders Alliance and the Pier Women Network.", PWN, True),
    ("en-among-present", "en", "Among the organizations present were the Harbour Builders "
     "Alliance and the Tidewater Labour Union.", HBA, True),
    ("en-among-present-at", "en", "Among the organizations present at the workshop were the "
     "Harbour Builders Alliance and the Tidewater Labour Union.", TLU, True),
    ("en-participants-included", "en", "The participants included the Harbour Builders "
     "Alliance, the Tidewater Labour Union and the Pier Women Network.", PWN, True),
    ("en-brought-together", "en", "The workshop brought together the Harbour Builders "
     "Alliance, the Tidewater Labour Union and the Pier Women Network.", TLU, True),
    ("en-attended-by", "en", "The workshop was attended by the Harbour Builders Alliance and "
     "the Pier Women Network.", PWN, True),
    ("en-with-participation", "en", "The workshop was held with the participation of the "
     "Harbour Builders Alliance and the Tidewater Labour Union.", HBA, True),
    # --- must give nothing ---------------------------------------------------------------------
    ("en-will-include", "en", "Participating organizations will include the Harbour Builders "
     "Alliance and the Tidewater Labour Union.", HBA, False),
    ("en-among-present-will-be", "en", "Among the organizations present will be the Harbour "
     "Builders Alliance and the Tidewater Labour Union.", TLU, False),
    ("en-invited", "en", "The Harbour Builders Alliance was invited to the workshop.", HBA,
     False),
    ("en-hopes", "en", "The Harbour Builders Alliance hopes to attend the workshop.", HBA, False),
    ("en-negated", "en", "The Harbour Builders Alliance did not take part in the workshop.",
     HBA, False),
    ("en-question", "en", "Did the Harbour Builders Alliance attend the workshop?", HBA, False),
    ("en-call", "en", "We call on the Harbour Builders Alliance to take part in the workshop.",
     HBA, False),
    ("en-observer", "en", "The Harbour Builders Alliance participated as an observer.", HBA,
     False),
    # --- Spanish: a parser's object with its case word, the attendees beside it ----------------
    ("es-delegates-appos", "es", "Asistieron al taller representantes de Red Fluvial de "
     "Cuidadoras y de Colectivo Sierra Oriente.", CSO, True),
    ("es-delegates-appos-first", "es", "Asistieron al taller representantes de Red Fluvial de "
     "Cuidadoras y de Colectivo Sierra Oriente.", RFC, True),
    ("es-names-after-oblique", "es", "Participaron en el taller Red Fluvial de Cuidadoras, "
     "Colectivo Sierra Oriente y Asociación Puente Abierto.", APA, True),
    ("es-names-after-oblique-first", "es", "Participaron en el taller Red Fluvial de "
     "Cuidadoras, Colectivo Sierra Oriente y Asociación Puente Abierto.", RFC, True),
    ("es-delegates-adjective", "es", "Acudieron al foro delegados de Red Fluvial de Cuidadoras, "
     "Colectivo Sierra Oriente y Asociación Puente Abierto.", CSO, True),
    ("es-delegates-adjective-first", "es", "Acudieron al foro delegados de Red Fluvial de "
     "Cuidadoras, Colectivo Sierra Oriente y Asociación Puente Abierto.", RFC, True),
    ("es-as-guest", "es", "La Red Fluvial de Cuidadoras asistió como invitada.", RFC, True),
    ("es-counted-on", "es", "El taller contó con la participación de la Red Fluvial de "
     "Cuidadoras y del Colectivo Sierra Oriente.", CSO, True),
    ("es-gathered", "es", "El encuentro reunió a la Red Fluvial de Cuidadoras y al Colectivo "
     "Sierra Oriente.", RFC, True),
    ("es-among-participants", "es", "Entre las organizaciones participantes se encontraban la "
     "Red Fluvial de Cuidadoras y el Colectivo Sierra Oriente.", CSO, True),
    # --- must give nothing ---------------------------------------------------------------------
    ("es-future-late", "es", "Participarán en el taller Red Fluvial de Cuidadoras y Colectivo "
     "Sierra Oriente.", RFC, False),
    ("es-negated-late", "es", "No participaron en el taller Red Fluvial de Cuidadoras y "
     "Colectivo Sierra Oriente.", CSO, False),
    ("es-as-guest-future", "es", "La Red Fluvial de Cuidadoras asistirá como invitada.", RFC,
     False),
    ("es-as-guest-negated", "es", "La Red Fluvial de Cuidadoras no asistió como invitada.", RFC,
     False),
    ("es-expected", "es", "Se espera la participación de la Red Fluvial de Cuidadoras en el "
     "taller.", RFC, False),
    ("es-invited", "es", "La Red Fluvial de Cuidadoras fue invitada al taller.", RFC, False),
    # --- the bodies whose delegates have a part of the meeting in charge ---------------------
    ("es-in-charge-delegates", "es", "La apertura corrió a cargo de la ministra Laura Pineda y "
     "de delegados de la Red Fluvial de Cuidadoras y del Colectivo Sierra Oriente.", CSO, True),
    ("es-in-charge-future", "es", "La clausura estará a cargo de representantes de la Red "
     "Fluvial de Cuidadoras.", RFC, False),
    ("es-in-charge-director-is-no-delegate", "es", "La apertura estuvo a cargo del director de "
     "la Red Fluvial de Cuidadoras, Mario Quintana.", RFC, False),
    # --- participating delegations that a bracket lists -----------------------------------------
    ("es-bracketed-delegations", "es", "Tomaron la palabra las delegaciones participantes (Red "
     "Fluvial de Cuidadoras, Colectivo Sierra Oriente y Asociación Puente Abierto).", APA, True),
    ("en-bracketed-delegations", "en", "The participating delegations (Harbour Builders "
     "Alliance, Tidewater Labour Union and Pier Women Network) adopted a joint plan.", PWN, True),
    ("en-bracketed-forecast", "en", "The participating delegations (Harbour Builders Alliance, "
     "Tidewater Labour Union) will adopt a joint plan.", HBA, False),
    # --- a body that facilitates a session, or speaks during the meeting the line names -------
    ("en-facilitated-by", "en", "The first session was facilitated by the Harbour Builders "
     "Alliance.", HBA, True),
    ("en-moderated-panel", "en", "The Harbour Builders Alliance and the Tidewater Labour Union "
     "moderated the second panel.", TLU, True),
    ("en-will-facilitate", "en", "The Harbour Builders Alliance will facilitate the workshop.",
     HBA, False),
    ("en-chairs-group-is-none", "en", "The Harbour Builders Alliance chairs the working group on "
     "visas.", HBA, False),
    ("en-hosted-is-none", "en", "The Harbour Builders Alliance hosted the workshop.", HBA, False),
    ("fr-anime-par", "fr", "L'atelier du matin était animé par l'association Passerelles Sud "
     "et le Collectif Sahel Migrations.", CSM, True),
    ("fr-anime-titled", "fr", "Le Collectif Sahel Migrations a animé l'atelier « Femmes et "
     "mobilité ».", CSM, True),
    ("es-moderado-por", "es", "El panel fue moderado por la Red Fluvial de Cuidadoras.", RFC,
     True),
    ("en-during-stressed", "en", "During the workshop, the Harbour Builders Alliance stressed "
     "the need for safe corridors.", HBA, True),
    ("en-statement-stressed", "en", "In a statement, the Harbour Builders Alliance stressed the "
     "need for safe corridors.", HBA, False),
    ("en-stressed-no-meeting", "en", "The Harbour Builders Alliance stressed the need for safe "
     "corridors.", HBA, False),
    ("es-durante-such-as", "es", 'Durante el taller, colectivos como "Red Fluvial de '
     'Cuidadoras" y "Colectivo Sierra Oriente" manifestaron su preocupación por la reforma.', CSO,
     True),
    ("es-durante-negated", "es", "Durante el taller, la Red Fluvial de Cuidadoras no dijo "
     "nada.", RFC, False),
    ("fr-lors-de", "fr", "Lors de l'atelier, le Collectif Sahel Migrations a souligné "
     "l'urgence d'agir.", CSM, True),
    # --- French ------------------------------------------------------------------------------
    ("fr-late-subjects", "fr", "Ont pris part à la rencontre le Collectif Sahel Migrations et "
     "le Réseau Côtier des Droits.", RCD, True),
    ("fr-gathered", "fr", "L'atelier a réuni le Collectif Sahel Migrations et le Réseau Côtier "
     "des Droits.", CSM, True),
    ("fr-presence", "fr", "L'atelier s'est tenu en présence du Collectif Sahel Migrations et du "
     "Réseau Côtier des Droits.", RCD, True),
    ("fr-delegates", "fr", "Des représentants du Collectif Sahel Migrations et du Réseau Côtier "
     "des Droits ont assisté à l'atelier.", CSM, True),
    ("fr-negated", "fr", "Le Collectif Sahel Migrations n'a pas participé à l'atelier.", CSM,
     False),
    ("fr-forecast", "fr", "Le Collectif Sahel Migrations participera à l'atelier.", CSM, False),
    ("fr-invited", "fr", "Le Collectif Sahel Migrations a été invité à l'atelier.", CSM, False),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "body", "source", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_participation_readers(
    gz: Gazetteer, lang: str, body: str, source: str, expected: bool
) -> None:
    ex = run(gz, MEETING[lang] + body, DATE)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, P, source, OWN[lang]) is expected, got
    if expected:  # the text's own meeting, never a body or another meeting made of the noun
        own = {e.key for e in ex.entities if OWN[lang][1:].lower() in e.name.lower()}
        assert all(r.target in own for r in ex.relations if r.type == P), got
    else:  # nor another reading of the same act
        assert not any(r.type == P for r in ex.relations), got


def test_observance_day_is_no_meeting(gz: Gazetteer) -> None:
    """A body that speaks "on" an observance day does not take part in a meeting."""
    body = ("Today, on International Harbour Workers Day, the Harbour Builders Alliance stressed "
            "the need for safe corridors.")  # fmt: skip
    ex = run(gz, f"{DATE}\nNews in brief\n\n" + body, DATE)
    assert not any(r.type == P for r in ex.relations), ex.relations


def test_named_meeting_beats_the_title(gz: Gazetteer) -> None:
    """A list of those present at a meeting the sentence names is that meeting's, not the
    text's own."""
    body = ("Among the organizations present at the Coastal Migration Summit were the Harbour "
            "Builders Alliance and the Tidewater Labour Union.")  # fmt: skip
    ex = run(gz, MEETING["en"] + body, DATE)
    assert found(ex, P, TLU, "~Coastal Migration Summit")
    assert not found(ex, P, TLU, OWN["en"])
