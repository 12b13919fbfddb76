"""Who spoke at, took part in, organized or stayed away from an event, read by the syntax rules
alone (the old pattern families' readings of these types are dropped here, whatever the
default): SPOKE_AT (active, passive, nominal "P's address to E" / "la intervención de P en E" /
"l'intervention de P lors de E", lists of speakers, roles such as panelist or rapporteur),
PARTICIPATED_IN (participants' nouns), ORGANIZED and DECLINED_TO_ATTEND (an event named by its
place: "will not go to <city>"), in English, Spanish and French. Every sentence is written for
this test (invented people; events and states of data/reference); forecasts, hedges and
negations must give nothing. Needs the local CoreNLP parser (English, Spanish and French)."""

from __future__ import annotations

import pytest

from ingest.extract import engine
from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, run

DATE = "2019-05-14\n\n"
EVENT, CONF = "gfmd-2017-berlin", "marrakech-conference-2018"
NADIA, TOMAS, INES = "~Nadia Ferrante", "~Tomas Halloran", "~Ines Varga"
# a title line naming the event: a common noun ("the forum", "el foro") stands for it
TITLE = {
    "en": "Global Forum on Migration and Development 2017 (Berlin)\n\n",
    "es": "GFMD 2017: crónica de la jornada\n\n",
    "fr": "GFMD 2017 : compte rendu de la journée\n\n",
}
# a sentence before that names the compact: the text is about its process (and conference)
COMPACT = {
    "en": "The Global Compact for Migration is to be adopted in December. ",
    "es": "El Pacto Mundial para la Migración se adoptará en diciembre. ",
    "fr": "Le Pacte mondial sur les migrations sera adopté en décembre. ",
}

# (case id, language, text after the title, type, source, target, expected)
SPOKE = [
    # --- English ---------------------------------------------------------------------------
    ("en-active-topic", "en", "Nadia Ferrante spoke about seasonal work visas.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("en-passive-opened", "en", "The forum was opened by Nadia Ferrante on Tuesday.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("en-gave-a-presentation", "en", "Nadia Ferrante gave a presentation on wages.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("en-forecast-talk", "en", "Ines Varga will give a talk at the forum.",
     "SPOKE_AT", INES, EVENT, False),
    ("en-press-is-no-event", "en", "Tomas Halloran spoke to the press after the session.",
     "SPOKE_AT", TOMAS, EVENT, False),
    ("en-nominal-address", "en", "Nadia Ferrante's address to the forum dwelt on wages.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("en-nominal-remarks-by", "en", "The session opened with remarks by Tomas Halloran.",
     "SPOKE_AT", TOMAS, EVENT, True),
    ("en-thanked-for-a-speech", "en", "The network thanked Nadia Ferrante for a strong opening "
     "statement.", "SPOKE_AT", NADIA, EVENT, True),
    ("en-thanked-for-no-speech", "en", "The network thanked Nadia Ferrante for her support.",
     "SPOKE_AT", NADIA, EVENT, False),
    ("en-list-among", "en", "Among the speakers were Nadia Ferrante, Ines Varga and Tomas "
     "Halloran.", "SPOKE_AT", INES, EVENT, True),
    ("en-list-included", "en", "The panelists included Ines Varga and Tomas Halloran.",
     "SPOKE_AT", TOMAS, EVENT, True),
    ("en-role-copula", "en", "Ines Varga was the moderator of the debate.",
     "SPOKE_AT", INES, EVENT, True),
    ("en-role-serving-as", "en", "The debate was lively, with Tomas Halloran serving as "
     "rapporteur.", "SPOKE_AT", TOMAS, EVENT, True),
    ("en-negated", "en", "Tomas Halloran did not speak at the forum.",
     "SPOKE_AT", TOMAS, EVENT, False),
    ("en-negated-role", "en", "Tomas Halloran was not among the speakers.",
     "SPOKE_AT", TOMAS, EVENT, False),
    ("en-forecast", "en", "Nadia Ferrante will speak at the forum on Friday.",
     "SPOKE_AT", NADIA, EVENT, False),
    ("en-forecast-role", "en", "Ines Varga will be a panelist at the forum.",
     "SPOKE_AT", INES, EVENT, False),
    ("en-hedged", "en", "Nadia Ferrante may address the forum.",
     "SPOKE_AT", NADIA, EVENT, False),
    ("en-forecast-list", "en", "The speakers will include Nadia Ferrante and Ines Varga.",
     "SPOKE_AT", INES, EVENT, False),
    ("en-forecast-serving", "en", "Tomas Halloran will serve as rapporteur.",
     "SPOKE_AT", TOMAS, EVENT, False),
    ("en-interview-is-no-event", "en", "In an interview, Nadia Ferrante spoke about wages.",
     "SPOKE_AT", NADIA, EVENT, False),
    # --- Spanish ---------------------------------------------------------------------------
    ("es-active", "es", "Nadia Ferrante habló sobre las visas de trabajo en el foro.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("es-nominal", "es", "La intervención de Tomas Halloran en el foro se centró en los "
     "salarios.", "SPOKE_AT", TOMAS, EVENT, True),
    ("es-thanked", "es", "La red agradeció a Nadia Ferrante por su intervención.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("es-list", "es", "Entre los ponentes estuvieron Nadia Ferrante e Ines Varga.",
     "SPOKE_AT", INES, EVENT, True),
    ("es-role", "es", "Ines Varga fue la moderadora del debate.",
     "SPOKE_AT", INES, EVENT, True),
    ("es-passive", "es", "El foro fue inaugurado por Nadia Ferrante el martes.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("es-negated", "es", "Tomas Halloran no intervino en el foro.",
     "SPOKE_AT", TOMAS, EVENT, False),
    ("es-negated-list", "es", "Entre los ponentes no estuvo Tomas Halloran.",
     "SPOKE_AT", TOMAS, EVENT, False),
    ("es-forecast-role", "es", "Tomas Halloran participará como ponente en el foro.",
     "SPOKE_AT", TOMAS, EVENT, False),
    ("es-forecast", "es", "Nadia Ferrante hablará en el foro el viernes.",
     "SPOKE_AT", NADIA, EVENT, False),
    # --- French ----------------------------------------------------------------------------
    ("fr-active", "fr", "Nadia Ferrante a pris la parole sur les visas de travail.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("fr-nominal", "fr", "L'intervention de Tomas Halloran lors du forum a porté sur les "
     "salaires.", "SPOKE_AT", TOMAS, EVENT, True),
    ("fr-thanked", "fr", "Le réseau a remercié Nadia Ferrante pour son intervention.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("fr-list", "fr", "Parmi les intervenants figuraient Nadia Ferrante et Ines Varga.",
     "SPOKE_AT", INES, EVENT, True),
    ("fr-role", "fr", "Ines Varga était la modératrice du débat.",
     "SPOKE_AT", INES, EVENT, True),
    ("fr-passive", "fr", "Le forum a été ouvert mardi par Nadia Ferrante.",
     "SPOKE_AT", NADIA, EVENT, True),
    ("fr-negated", "fr", "Tomas Halloran n'est pas intervenu lors du forum.",
     "SPOKE_AT", TOMAS, EVENT, False),
    ("fr-forecast-list", "fr", "Parmi les intervenants figureront Nadia Ferrante et Ines "
     "Varga.", "SPOKE_AT", INES, EVENT, False),
    ("fr-forecast", "fr", "Nadia Ferrante interviendra lors du forum vendredi.",
     "SPOKE_AT", NADIA, EVENT, False),
]  # fmt: skip

TAKE_PART = [
    ("en-participants-were", "en", "The participants included Caritas Internationalis and "
     "Human Rights Watch.", "PARTICIPATED_IN", "~Human Rights Watch", EVENT, True),
    ("en-among-participants", "en", "Human Rights Watch was among the participants.",
     "PARTICIPATED_IN", "~Human Rights Watch", EVENT, True),
    ("en-not-among-participants", "en", "Human Rights Watch was not among the participants.",
     "PARTICIPATED_IN", "~Human Rights Watch", EVENT, False),
    ("en-forecast-participant", "en", "Human Rights Watch will be among the participants.",
     "PARTICIPATED_IN", "~Human Rights Watch", EVENT, False),
    ("es-among-participants", "es", "Human Rights Watch estuvo entre los participantes.",
     "PARTICIPATED_IN", "~Human Rights Watch", EVENT, True),
    ("es-not-among-participants", "es", "Human Rights Watch no estuvo entre los "
     "participantes.", "PARTICIPATED_IN", "~Human Rights Watch", EVENT, False),
    ("fr-among-participants", "fr", "Human Rights Watch figurait parmi les participants.",
     "PARTICIPATED_IN", "~Human Rights Watch", EVENT, True),
    ("fr-forecast-participant", "fr", "Human Rights Watch sera parmi les participants.",
     "PARTICIPATED_IN", "~Human Rights Watch", EVENT, False),
]  # fmt: skip

# (case id, language, text (no title), type, source, target, expected)
STAY_AWAY = [
    ("en-city", "en", "Slovenia won't go to Marrakech, its cabinet said.",
     "DECLINED_TO_ATTEND", "svn", CONF, True),
    ("en-meeting-in-country", "en", "Slovenia will not take part in the meeting in Morocco.",
     "DECLINED_TO_ATTEND", "svn", CONF, True),
    ("en-city-meeting", "en", "Slovenia would not attend the Marrakech meeting, the cabinet "
     "said.", "DECLINED_TO_ATTEND", "svn", CONF, True),
    ("en-the-conference", "en", "Slovenia will not send anyone to the conference.",
     "DECLINED_TO_ATTEND", "svn", CONF, True),
    ("en-demanded", "en", "Opposition deputies urged Slovenia to stay away from Marrakech.",
     "DECLINED_TO_ATTEND", "svn", CONF, False),
    ("en-hedged", "en", "Slovenia might not go to Marrakech.",
     "DECLINED_TO_ATTEND", "svn", CONF, False),
    ("es-city", "es", "Eslovenia no irá a Marrakech, según la cancillería.",
     "DECLINED_TO_ATTEND", "svn", CONF, True),
    ("es-conference-of-city", "es", "Eslovenia no asistirá a la cumbre de Marrakech.",
     "DECLINED_TO_ATTEND", "svn", CONF, True),
    ("fr-city", "fr", "La Slovénie n'ira pas à Marrakech, selon le gouvernement.",
     "DECLINED_TO_ATTEND", "svn", CONF, True),
    ("fr-conference-of-city", "fr", "Le gouvernement a annoncé mardi que la Slovénie ne se "
     "rendra pas à la conférence de Marrakech.", "DECLINED_TO_ATTEND", "svn", CONF, True),
    ("fr-hedged", "fr", "La Slovénie pourrait ne pas aller à Marrakech.",
     "DECLINED_TO_ATTEND", "svn", CONF, False),
]  # fmt: skip


@pytest.fixture(autouse=True)
def _syntax_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The old pattern families' readings of these types are left out."""
    types = {"SPOKE_AT", "PARTICIPATED_IN", "ORGANIZED", "DECLINED_TO_ATTEND"}
    monkeypatch.setattr(engine, "REPLACED", frozenset(engine.REPLACED | types))


@pytest.mark.parametrize(
    ("language", "text", "type_", "source", "target", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in SPOKE + TAKE_PART],
)
def test_event_role(
    gz: Gazetteer, language: str, text: str, type_: str, source: str, target: str,
    expected: bool,
) -> None:  # fmt: skip
    ex = run(gz, DATE + TITLE[language] + text)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, type_, source, target) is expected, got


@pytest.mark.parametrize(
    ("language", "text", "type_", "source", "target", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in STAY_AWAY],
)
def test_stays_away(
    gz: Gazetteer, language: str, text: str, type_: str, source: str, target: str,
    expected: bool,
) -> None:  # fmt: skip
    ex = run(gz, DATE + COMPACT[language] + text)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, type_, source, target) is expected, got


def test_roles_of_a_list(gz: Gazetteer) -> None:
    """Each member of a list of speakers gets the role its noun says."""
    ex = run(gz, DATE + TITLE["en"] + "The panelists were Ines Varga and Tomas Halloran.")
    roles = {r.properties.get("role") for r in ex.relations if r.type == "SPOKE_AT"}
    assert roles == {"panelist"}, [(r.source, r.properties) for r in ex.relations]
    assert found(ex, "SPOKE_AT", INES, EVENT) and found(ex, "SPOKE_AT", TOMAS, EVENT)


def test_forecast_goes_to_warnings(gz: Gazetteer) -> None:
    ex = run(gz, DATE + TITLE["en"] + "Nadia Ferrante will be a panelist at the forum.")
    assert not [r for r in ex.relations if r.type == "SPOKE_AT"]
    assert any("SPOKE_AT not taken (forecast)" in w for w in ex.warnings), ex.warnings


def test_an_unknown_place_names_no_event(gz: Gazetteer) -> None:
    """A city where no known event of the text's process met gives no event."""
    ex = run(gz, DATE + COMPACT["en"] + "Slovenia will not go to Lisbon.")
    assert not [r for r in ex.relations if r.type == "DECLINED_TO_ATTEND"]
