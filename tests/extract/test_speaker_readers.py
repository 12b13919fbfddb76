"""Speakers in a report of a meeting, read in general, in the three languages: the say verbs of a
report told in the past ("P stressed", "P destacó", "P a souligné", "P presented the findings",
"P abrió este espacio"), whose meeting is the one the report's line or section speaks of (its
first, not one named in passing: "the dialogue followed the conference held the week before");
"First to speak was P", "La primera en intervenir fue P" (the copula on the name tells the
tense, not the infinitive's mark); "tomó la palabra P", "a pris la parole P" (a parser's
apposition on the trigger's own word); and a meeting named by its kind and the place of its
participle ("la conferencia organizada por O en <ciudad>": the known one held there).

Must give nothing: a statement, an interview, words told to reporters or through a text ("in a
statement", "according to the report", a paragraph that tells of a statement before), a speech
still to come, a hedge, a negation, a question, a present tense ("P says": an op-ed's or a
press release's), a quote, a saying told inside another ("said the plan he described"),
another day than the meeting's, a place of its own ("in <city>"), an observance day or a press
conference as the "meeting". Every name here is invented. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

HELD = {
    "en": "The Regional Forum on Harbour Labour was held in Porto Vell on 12 March 2019. ",
    "es": "El Foro Regional sobre Trabajo Portuario se celebró en Porto Vell el 12 de marzo de "
    "2019. ",
    "fr": "Le Forum régional sur le travail portuaire s'est tenu à Porto Vell le 12 mars 2019. ",
}
MEETING = {
    "en": "regional forum on harbour labour",
    "es": "foro regional sobre trabajo portuario",
    "fr": "forum régional sur le travail portuaire",
}

# (language, sentence after the meeting's, the person who spoke at it, or None)
SAID = [
    ("en", "Mara Kovelska, director of the Dockworkers Solidarity Network, stressed the need for "
     "safe channels.", "mara kovelska"),
    ("en", "Joaquim Berendt, the Minister of Labour of Ruritania, emphasized the value of decent "
     "work.", "joaquim berendt"),
    ("en", "Hanna Olufsen presented the findings of a new study on recruitment fees.",
     "hanna olufsen"),
    ("en", "Tomas Valdrin underlined the role of unions in the ports.", "tomas valdrin"),
    ("en", "Lena Marsh has called for an end to detention at sea.", "lena marsh"),
    ("en", "Pedro Almeira highlighted the risks that seafarers face.", "pedro almeira"),
    ("en", "Ines Kollar noted that wage theft is common, and urged states to act.", "ines kollar"),
    ("en", "Ruth Abebe, who chairs the Harbour Pilots Guild, recalled the strike of 2010.",
     "ruth abebe"),
    ("en", "Hanna Olufsen opened the debate with a short video.", "hanna olufsen"),
    ("en", "Lena Marsh shared with the participants her experience of port inspections.",
     "lena marsh"),
    ("es", "Marta Quiroga, directora de la Red de Trabajadoras Portuarias, destacó la necesidad "
     "de vías seguras.", "marta quiroga"),
    ("es", "Durante el acto inaugural, el rector Julián Ferrando manifestó que la universidad "
     "apoya a los migrantes.", "julián ferrando"),
    ("es", "El director del instituto, Julián Ferrando, abrió este espacio de diálogo.",
     "julián ferrando"),
    ("es", "Elena Vázquez subrayó que el trabajo en los puertos es peligroso.", "elena vázquez"),
    ("es", "Por su parte, Rosa Quintero ha señalado que faltan inspectores.", "rosa quintero"),
    ("es", "Tomás Irigoyen expuso los resultados de una encuesta sobre salarios.",
     "tomás irigoyen"),
    ("es", "El panel fue instalado por Julián Ferrando, coordinador de la red, quien destacó la "
     "importancia de los sindicatos.", "julián ferrando"),
    ("es", "En representación de la alcaldesa, el concejal Mateo Ruiz indicó que la ciudad "
     "apoya a los estibadores.", "mateo ruiz"),
    ("fr", "Awa Ndiatte, directrice du Réseau des dockers, a souligné la nécessité de voies "
     "sûres.", "awa ndiatte"),
    ("fr", "Paul Devaux a rappelé que les marins ont des droits.", "paul devaux"),
    ("fr", "Léa Fontaine a présenté les résultats d'une enquête sur les salaires.",
     "léa fontaine"),
    ("fr", "Ensuite, Awa Ndiatte a insisté sur le rôle des syndicats.", "awa ndiatte"),
    ("fr", "Karim Belhadj, conseiller municipal, a expliqué que la ville soutient les dockers.",
     "karim belhadj"),
    # another channel, a listener, a text, a place of its own
    ("en", "In a statement, Mara Kovelska stressed the need for safe channels.", None),
    ("en", "Speaking to journalists, Mara Kovelska stressed the need for safe channels.", None),
    ("en", "According to the report, Mara Kovelska stressed the need for safe channels.", None),
    ("en", "In an interview with a local radio, Mara Kovelska argued that the forum failed.",
     None),
    ("en", "Back in Geneva, Mara Kovelska stressed the need for safe channels.", None),
    ("es", "En una entrevista, Marta Quiroga destacó la necesidad de vías seguras.", None),
    ("es", "En un comunicado, Marta Quiroga destacó la necesidad de vías seguras.", None),
    ("es", "La ministra Elena Vázquez abrió una nueva oficina consular en Quito.", None),
    ("fr", "Dans un communiqué, Awa Ndiatte a souligné la nécessité de voies sûres.", None),
    ("fr", "Dans une interview, Paul Devaux a rappelé que les marins ont des droits.", None),
    # a forecast, a hedge, a negation, a question, a present tense, a quote
    ("en", "Mara Kovelska will stress the need for safe channels.", None),
    ("en", "Mara Kovelska may have stressed the need for safe channels.", None),
    ("en", "Mara Kovelska did not stress the need for safe channels.", None),
    ("en", "Did Mara Kovelska stress the need for safe channels?", None),
    ("en", "Mara Kovelska says the forum was a failure.", None),
    ("en", '"Mara Kovelska stressed the need for safe channels," the minister joked.', None),
    ("es", "Marta Quiroga destacará la necesidad de vías seguras.", None),
    ("es", "Marta Quiroga no destacó la necesidad de vías seguras.", None),
    ("es", "Marta Quiroga podría destacar la necesidad de vías seguras.", None),
    ("fr", "Awa Ndiatte soulignera la nécessité de voies sûres.", None),
    ("fr", "Awa Ndiatte n'a pas souligné la nécessité de voies sûres.", None),
    ("fr", "Awa Ndiatte pourrait souligner la nécessité de voies sûres.", None),
    # another day than the meeting's
    ("en", "On 3 May 2019, Mara Kovelska stressed the need for safe channels.", None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "speaker"), SAID, ids=lambda v: str(v)[:30])
def test_say_verbs_of_a_report(
    gz: Gazetteer, lang: str, sentence: str, speaker: str | None
) -> None:
    ex = run(gz, "2019-03-20\n\n" + HELD[lang] + sentence, "2019-03-20")
    spoke = named(ex, "SPOKE_AT")
    assert spoke == ({(speaker, MEETING[lang])} if speaker else set()), ex.relations


# a report of one meeting that names another in passing: the speech is at the report's own
PASSING = [
    ("en", "The Coastal Workers Dialogue was held online on 30 October 2020. The dialogue "
     "followed the Harbour Summit held the week before.\nIna Sorvik, director of the Pilots "
     "Guild, shared her view on port reform.", "ina sorvik", "coastal workers dialogue"),
    ("en", "The Coastal Workers Dialogue was held online on 30 October 2020. The dialogue "
     "followed the Harbour Summit held the week before.\nFirst to speak was Ina Sorvik of the "
     "Pilots Guild.", "ina sorvik", "coastal workers dialogue"),
    ("en", "The Coastal Workers Dialogue was held online on 30 October 2020. The dialogue "
     "followed the Harbour Summit held the week before.\nNext to speak was Tomas Valdrin, who "
     "talked about wages.", "tomas valdrin", "coastal workers dialogue"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "speaker", "meeting"), PASSING, ids=lambda v: str(v)[:30])
def test_the_report_s_own_meeting(
    gz: Gazetteer, lang: str, text: str, speaker: str, meeting: str
) -> None:
    ex = run(gz, "2020-11-02\n\n" + text, "2020-11-02")
    assert named(ex, "SPOKE_AT") == {(speaker, meeting)}, ex.relations


# who takes the floor: "First to speak was P", "tomó la palabra P", "a pris la parole P"
FLOOR = [
    ("en", "First to speak was Hanna Olufsen of the Dockworkers Solidarity Network.",
     "hanna olufsen"),
    ("en", "Next to speak was Pedro Almeira, who talked about recruitment fees.",
     "pedro almeira"),
    ("en", "Hanna Olufsen then took the floor.", "hanna olufsen"),
    ("es", "Luego tomó la palabra Marta Quiroga, de la Red de Trabajadoras Portuarias.",
     "marta quiroga"),
    ("fr", "A ensuite pris la parole Awa Ndiatte, directrice du Réseau des dockers.",
     "awa ndiatte"),
    ("fr", "Awa Ndiatte a ensuite pris la parole.", "awa ndiatte"),
    ("en", "The first to speak was Hanna Olufsen.", "hanna olufsen"),
    ("es", "La primera en intervenir fue Marta Quiroga.", "marta quiroga"),
    ("es", "El primero en tomar la palabra fue Julián Ferrando, director del instituto.",
     "julián ferrando"),
    ("fr", "La première à prendre la parole fut Awa Ndiatte.", "awa ndiatte"),
    ("fr", "Le premier à intervenir a été Paul Devaux.", "paul devaux"),
    ("en", "Next to speak will be Pedro Almeira.", None),
    ("es", "Luego tomará la palabra Marta Quiroga.", None),
    ("es", "La primera en intervenir será Marta Quiroga.", None),
    ("fr", "La première à prendre la parole sera Awa Ndiatte.", None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "speaker"), FLOOR, ids=lambda v: str(v)[:30])
def test_who_takes_the_floor(gz: Gazetteer, lang: str, sentence: str, speaker: str | None) -> None:
    ex = run(gz, "2019-03-20\n\n" + HELD[lang] + sentence, "2019-03-20")
    spoke = {s for s, _ in named(ex, "SPOKE_AT")}
    assert spoke == ({speaker} if speaker else set()), ex.relations


# a paragraph that tells of a statement: its say verbs are the statement's
def test_words_of_a_statement_are_no_speech(gz: Gazetteer) -> None:
    text = (
        HELD["en"] + "\n\nLena Marsh regretted the decision in a statement released by her "
        "office. Lena Marsh stressed that the forum had failed."
    )
    assert named(run(gz, "2019-03-20\n\n" + text, "2019-03-20"), "SPOKE_AT") == set()


# a press conference and an observance day are no meetings of a report
NO_MEETING = [
    "The minister held a press conference on Monday. Jan Kowalczyk stressed that the country "
    "would not sign the pact.",
    "El ministro Carlos Ibarreta ofreció una conferencia de prensa en la sede del gobierno. "
    "Ibarreta destacó que el país no firmará el pacto.",
    "Rights groups criticise new visa rules. Mara Kovelska, director of the Dockworkers "
    "Solidarity Network, stressed the need for safe channels.",
]


@pytest.mark.parametrize("text", NO_MEETING, ids=lambda v: str(v)[:30])
def test_no_meeting_no_speech(gz: Gazetteer, text: str) -> None:
    assert named(run(gz, "2019-03-20\n\n" + text, "2019-03-20"), "SPOKE_AT") == set()


STATEMENT_FIRST = [
    "Marta Quiroga lamentó la decisión en un comunicado de su oficina. Marta Quiroga destacó "
    "que el foro fracasó.",
    "Awa Ndiatte a regretté la décision dans un communiqué de son bureau. Awa Ndiatte a souligné "
    "que le forum avait échoué.",
]


@pytest.mark.parametrize("text", STATEMENT_FIRST, ids=lambda v: str(v)[:30])
def test_a_statement_told_before_in_the_line(gz: Gazetteer, text: str) -> None:
    lang = "es" if "destacó" in text else "fr"
    full = HELD[lang] + "\n\n" + text
    assert named(run(gz, "2019-03-20\n\n" + full, "2019-03-20"), "SPOKE_AT") == set()


# a known meeting named by its kind and the place of its participle: that one, not a new
# "conferencia intergubernamental organizada"
KNOWN_BY_PLACE = [
    "Los Estados debatieron el texto en la conferencia intergubernamental organizada por "
    "Naciones Unidas en Marrakech. En su discurso, Lucía Berrondo recordó los derechos de las "
    "personas migrantes.",
    "El texto final se discutió en la conferencia intergubernamental celebrada en Marrakech. "
    "Lucía Berrondo subrayó que el pacto no es vinculante.",
    "States debated the final text at the intergovernmental conference organised by the United "
    "Nations in Marrakech. In her speech, Lucy Berrond recalled the rights of migrant workers.",
    "States debated the final text at the intergovernmental conference organised by the United "
    "Nations in Marrakech. Lucy Berrond stressed that the compact binds no state.",
]


@pytest.mark.parametrize("text", KNOWN_BY_PLACE, ids=lambda v: str(v)[:30])
def test_a_known_meeting_by_the_place_of_its_participle(gz: Gazetteer, text: str) -> None:
    ex = run(gz, "2018-12-11\n\n" + text, "2018-12-11")
    spoke = {r.target for r in ex.relations if r.type == "SPOKE_AT"}
    assert spoke == {"marrakech-conference-2018"}, ex.relations
