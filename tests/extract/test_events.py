"""Event relations through the syntax rules (PARTICIPATED_IN, ORGANIZED, HOSTED, CO_SPONSORED,
PARTNERED_WITH) in English, Spanish and French: sentences written for this test (names of
data/reference where an id is asserted, else invented), one active, one passive or nominal, one
list, one negated and one hedged or forecast per relation where the language allows. A common
noun ("the workshop", "el encuentro", "la rencontre") stands for the event the text is about: the
one its title or its section's heading names (a quoted title line too). Needs the local CoreNLP
parser (English, Spanish and French models)."""

from __future__ import annotations

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found

DATE = "2019-05-14\n\n"
GCM, CONF, GFMD = "gcm-compact", "marrakech-conference-2018", "gfmd-2017-berlin"
# the other readers (the old pattern families) are kept: a case holds whatever reader finds it

# (case id, language, text, relation type, source, target, expected); "~Name" is a candidate's
# name (folded containment); a text may hold a title line before a blank line
CASES = [
    # --- PARTICIPATED_IN ---------------------------------------------------------------------
    ("en-active", "en",
     "Amnesty International took part in the Intergovernmental Conference in Marrakech.",
     "PARTICIPATED_IN", "~Amnesty International", CONF, True),
    ("en-list-stand-in", "en",
     "Workshop on return policies\n\nThe workshop was hosted by the Government of Ghana. "
     "Amnesty International and Norwegian Refugee Council attended the meeting.",
     "PARTICIPATED_IN", "~Norwegian Refugee Council", "~Workshop on return policies", True),
    ("en-process-stand-in", "en",
     "The Global Compact for Migration was adopted in 2018. Germany and Morocco co-facilitated "
     "the process, and Mexico joined the negotiations.",
     "PARTICIPATED_IN", "mar", GCM, True),
    ("en-rejoin", "en",
     "The Global Compact for Migration was adopted in 2018. The Government of Chile announced "
     "that it returns to the process.",
     "PARTICIPATED_IN", "chl", GCM, True),
    ("en-representatives-of-a-list", "en",
     "The Global Compact for Migration was discussed on Monday. The representatives of Mexico "
     "and Switzerland, who co-facilitate the process, spoke first.",
     "PARTICIPATED_IN", "che", GCM, True),
    ("es-rejoin-negated", "es",
     "El Gobierno de Chile anunció que no volverá a adherirse al Pacto Mundial para la "
     "Migración, según un comunicado.",
     "PARTICIPATED_IN", "chl", GCM, False),
    ("fr-rejoin", "fr",
     "Le gouvernement du Chili a annoncé qu'il réintègre le Pacte mondial pour des migrations "
     "sûres, ordonnées et régulières.",
     "PARTICIPATED_IN", "chl", GCM, True),
    ("en-forecast", "en",
     "Norwegian Refugee Council will attend the Intergovernmental Conference in Marrakech.",
     "PARTICIPATED_IN", "~Norwegian Refugee Council", CONF, False),
    ("en-forecast-reported", "en",
     "The network announced in March that Norwegian Refugee Council would attend the "
     "Intergovernmental Conference in Marrakech.",
     "PARTICIPATED_IN", "~Norwegian Refugee Council", CONF, False),
    ("en-negated", "en",
     "Human Rights Watch did not take part in the Intergovernmental Conference in Marrakech.",
     "PARTICIPATED_IN", "~Human Rights Watch", CONF, False),
    ("en-another-meeting", "en",
     "Workshop on return policies\n\nAmnesty International attended another meeting on the "
     "same day.",
     "PARTICIPATED_IN", "~Amnesty International", "~Workshop on return policies", False),
    ("es-list-stand-in", "es",
     "Taller sobre políticas de retorno\n\nEl taller fue convocado por Amnistía Internacional. "
     "Norwegian Refugee Council y Human Rights Watch participaron en la reunión.",
     "PARTICIPATED_IN", "~Human Rights Watch", "~Taller sobre políticas de retorno", True),
    ("es-rejoin", "es",
     "El Gobierno de Chile anunció ayer que vuelve a adherirse al Pacto Mundial para la "
     "Migración, según un comunicado de la cancillería.",
     "PARTICIPATED_IN", "chl", GCM, True),
    ("es-negated", "es",
     "Taller sobre políticas de retorno\n\nHuman Rights Watch no participó en el taller, según "
     "un comunicado de la organización.",
     "PARTICIPATED_IN", "~Human Rights Watch", "~Taller sobre políticas de retorno", False),
    ("es-hedged", "es",
     "Taller sobre políticas de retorno\n\nHuman Rights Watch podría participar en el taller, "
     "según un comunicado de la organización.",
     "PARTICIPATED_IN", "~Human Rights Watch", "~Taller sobre políticas de retorno", False),
    ("fr-list-stand-in", "fr",
     "Atelier sur les politiques de retour\n\nL'atelier a été organisé par Amnesty "
     "International. Norwegian Refugee Council et Human Rights Watch ont pris part à la rencontre.",
     "PARTICIPATED_IN", "~Norwegian Refugee Council", "~Atelier sur les politiques de retour",
     True),
    ("fr-negated", "fr",
     "Atelier sur les politiques de retour\n\nHuman Rights Watch n'a pas participé à la "
     "rencontre, selon un communiqué de l'organisation.",
     "PARTICIPATED_IN", "~Human Rights Watch", "~Atelier sur les politiques de retour", False),
    ("fr-hedged", "fr",
     "Atelier sur les politiques de retour\n\nHuman Rights Watch devrait participer à la "
     "rencontre, selon un communiqué de l'organisation.",
     "PARTICIPATED_IN", "~Human Rights Watch", "~Atelier sur les politiques de retour", False),
    # --- ORGANIZED ---------------------------------------------------------------------------
    ("en-passive-stand-in", "en",
     "Roundtable on labour mobility\n\nThe roundtable was convened by the International Labour "
     "Organization and Migrant Forum in Asia.",
     "ORGANIZED", "mfa-asia", "~Roundtable on labour mobility", True),
    ("en-quoted-heading-list", "en",
     "Side events\n\n\"Borders that protect people\"\nOrganised jointly by Norwegian Refugee "
     "Council, Human Rights Watch and Amnesty International.",
     "ORGANIZED", "~Human Rights Watch", "~Borders that protect people", True),
    ("en-participle-on-another-noun", "en",
     "Workshop on return policies\n\nA statement organised by Human Rights Watch was read out "
     "at the end.",
     "ORGANIZED", "~Human Rights Watch", "~Workshop on return policies", False),
    ("en-expected", "en",
     "Roundtable on labour mobility\n\nMigrant Forum in Asia is expected to organise the "
     "roundtable.",
     "ORGANIZED", "mfa-asia", "~Roundtable on labour mobility", False),
    ("es-passive-stand-in", "es",
     "Taller sobre políticas de retorno\n\nEl taller fue convocado por Amnistía Internacional y "
     "el Servicio Jesuita a Refugiados.",
     "ORGANIZED", "~Servicio Jesuita a Refugiados", "~Taller sobre políticas de retorno", True),
    ("es-negated", "es",
     "Taller sobre políticas de retorno\n\nAmnistía Internacional no organizó el taller, según "
     "un comunicado de la organización.",
     "ORGANIZED", "~Amnist", "~Taller sobre políticas de retorno", False),
    ("fr-passive-stand-in", "fr",
     "Atelier sur les politiques de retour\n\nL'atelier a été organisé par Amnesty "
     "International.",
     "ORGANIZED", "~Amnesty International", "~Atelier sur les politiques de retour", True),
    ("fr-forecast", "fr",
     "Atelier sur les politiques de retour\n\nAmnesty International devrait organiser "
     "l'atelier, selon un communiqué de l'organisation.",
     "ORGANIZED", "~Amnesty International", "~Atelier sur les politiques de retour", False),
    # --- HOSTED ------------------------------------------------------------------------------
    ("en-passive", "en",
     "The Global Forum on Migration and Development 2017 (Berlin) was hosted by Germany.",
     "HOSTED", "deu", GFMD, True),
    ("en-active", "en",
     "Germany hosted the Global Forum on Migration and Development 2017 (Berlin).",
     "HOSTED", "deu", GFMD, True),
    ("en-stand-in", "en",
     "Workshop on return policies\n\nThe workshop was hosted by the Government of Ghana.",
     "HOSTED", "gha", "~Workshop on return policies", True),
    ("en-forecast", "en",
     "Ghana will host the International Migration Review Forum 2022.",
     "HOSTED", "gha", "imrf-2022", False),
    ("es-passive", "es",
     "La Conferencia Intergubernamental de Marrakech fue acogida por Marruecos, según un "
     "comunicado de la cancillería.",
     "HOSTED", "mar", CONF, True),
    ("fr-active", "fr",
     "Le Maroc a accueilli le sommet de Marrakech, selon un communiqué du ministère.",
     "HOSTED", "mar", CONF, True),
    ("en-hosted-not-organized", "en",
     "The Global Forum on Migration and Development 2017 (Berlin) was hosted by Germany.",
     "ORGANIZED", "deu", GFMD, False),
    # --- PARTNERED_WITH ----------------------------------------------------------------------
    ("en-partners-include", "en",
     "The partners of Norwegian Refugee Council include Human Rights Watch and Migrant Forum in "
     "Asia.",
     "PARTNERED_WITH", "~Norwegian Refugee Council", "mfa-asia", True),
    ("en-acronym-again", "en",
     "The Lumen Policy Institute (LPI) works on asylum. LPI's partners include Human Rights "
     "Watch and Migrant Forum in Asia.",
     "PARTNERED_WITH", "~Lumen Policy Institute", "mfa-asia", True),
    ("en-partners-are-no-members", "en",
     "The Lumen Policy Institute (LPI) works on asylum. LPI's partners include Human Rights "
     "Watch and Migrant Forum in Asia.",
     "MEMBER_OF", "mfa-asia", "~Lumen Policy Institute", False),
    ("es-partners-include", "es",
     "El Instituto Lumen de Políticas (ILP) trabaja sobre el asilo. Los aliados del ILP "
     "incluyen a Human Rights Watch y a Migrant Forum in Asia.",
     "PARTNERED_WITH", "~Instituto Lumen", "mfa-asia", True),
    ("fr-partners-include", "fr",
     "Les partenaires de Norwegian Refugee Council incluent Human Rights Watch et Migrant Forum "
     "in Asia, selon le rapport annuel.",
     "PARTNERED_WITH", "~Norwegian Refugee Council", "mfa-asia", True),
    ("en-partner-appos", "en",
     "Norwegian Refugee Council, a long-time partner of Migrant Forum in Asia, signed the letter.",
     "PARTNERED_WITH", "mfa-asia", "~Norwegian Refugee Council", True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "type_", "source", "target", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_event_sentence(
    gz: Gazetteer, language: str, text: str, type_: str, source: str, target: str,
    expected: bool,
) -> None:  # fmt: skip
    ex = extract_relations(DATE + text, gz, language=language)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, type_, source, target) is expected, got


def test_stand_in_reads_the_event_of_its_section(gz: Gazetteer) -> None:
    """Each programme heading names its own event: the line after it speaks of that one."""
    text = (
        DATE + 'Programme\n\n"Safe passage for all"\nOrganised by Human Rights Watch.\n\n'
        '"Detention is never in the interest of the child"\nOrganised by Norwegian Refugee '
        "Council.\n"
    )
    ex = extract_relations(text, gz, language="en")
    names = {e.key: e.name for e in ex.entities}
    got = {(names[r.source], names[r.target]) for r in ex.relations if r.type == "ORGANIZED"}
    assert ("Human Rights Watch", "Safe passage for all") in got, got
    assert (
        "Norwegian Refugee Council",
        "Detention is never in the interest of the child",
    ) in got, got
    assert ("Human Rights Watch", "Detention is never in the interest of the child") not in got


def test_forecast_goes_to_warnings(gz: Gazetteer) -> None:
    text = DATE + "Ghana will host the International Migration Review Forum 2022."
    ex = extract_relations(text, gz, language="en")
    assert not [r for r in ex.relations if r.type == "HOSTED"]
    assert any("HOSTED not taken (forecast)" in w for w in ex.warnings), ex.warnings
