"""Three forms that pages write and no reader took as they should, in the three languages:

- a sentence that opens with a verb or a small word before a name ("Intervinieron P (O) y Q",
  "Ont pris la parole P et Q", "Speaking for O, its chair P"): the name finder took the
  sentence's first capital for the name's; the tagger's part of speech cuts it off;
- a programme's line "P \u2013 O", "P | O", "P / O" (a line of its own, as "P, O" already
  was): P's organization; a state after the dash is a nationality, no employer;
- a copula's passive on a named body ("O est\u00e1 presidida por P", "O est pr\u00e9sid\u00e9
  par P"): P leads O; it names no meeting, so no speech at the meeting in context.

Every name here is invented. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

INTRO = {
    "en": "The Regional Dialogue on Harbour Labour was held in Porto Vell on 12 March 2019. ",
    "es": "El Diálogo Regional sobre Trabajo Portuario se celebró en Porto Vell el 12 de marzo "
    "de 2019. ",
    "fr": "Le Dialogue régional sur le travail portuaire s'est tenu à Porto Vell le 12 mars 2019. ",
}


def affiliations(gz: Gazetteer, body: str) -> set[tuple[str, str]]:
    """(person, body) of each AFFILIATED_WITH read in a dated text."""
    ex = run(gz, "2019-03-20\n\n" + body, "2019-03-20")
    return named(ex, "AFFILIATED_WITH")


# (language, sentence, (person, organization) the person works for)
VERB_FIRST = [
    (
        "es",
        "Intervinieron Lucía Ferreyra (Asociación de Trabajadoras del Muelle) y Tomás Iriarte.",
        ("lucía ferreyra", "asociación de trabajadoras del muelle"),
    ),
    (
        "es",
        "Expusieron Marta Quiroga (Red de Estibadores Solidarios) y Julián Ferrando.",
        ("marta quiroga", "red de estibadores solidarios"),
    ),
    (
        "fr",
        "Ont pris la parole Claire Vautrin (Ligue des Dockers Solidaires) et Karim Benhadi.",
        ("claire vautrin", "ligue des dockers solidaires"),
    ),
    (
        "fr",
        "Sont intervenus Odile Marchand (Collectif des Marins Exilés) et Paul Servan.",
        ("odile marchand", "collectif des marins exilés"),
    ),
    (
        "en",
        "Speaking for the Seafarers Welfare Fund, its chair Rosa Dimalanta called for "
        "ratification.",
        ("rosa dimalanta", "seafarers welfare fund"),
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "pair"), VERB_FIRST)
def test_a_verb_before_the_first_name_is_no_part_of_it(
    gz: Gazetteer, lang: str, sentence: str, pair: tuple[str, str]
) -> None:
    ex = run(gz, "2019-03-20\n\n" + INTRO[lang] + sentence, "2019-03-20")
    assert named(ex, "AFFILIATED_WITH") == {pair}, ex.relations
    names = {e.name.lower() for e in ex.entities}
    assert pair[0] in names and pair[1] in names
    assert not any(n.endswith(" " + pair[0]) for n in names)  # no verb glued in front
    assert not any(n.endswith(" " + pair[1]) for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "Save Our Docks said the port was unsafe.",  # one word after the verb is no name
        "Open Lantern Alliance said the port was unsafe.",  # a bare form opens names
    ],
)
def test_a_body_named_after_a_verb_keeps_its_own_words(gz: Gazetteer, sentence: str) -> None:
    ex = run(gz, "2019-03-20\n\n" + INTRO["en"] + sentence)
    names = {e.name for e in ex.entities}
    assert "Docks" not in names and "Lantern Alliance" not in names, names


LEADS = {
    "en": "The following people took part in the discussion of the report on the rights of "
    "dock workers in the region.\n",
    "es": "Las siguientes personas participaron en la discusión del informe sobre los derechos "
    "de los trabajadores portuarios.\n",
    "fr": "Les personnes suivantes ont participé à la discussion du rapport sur les droits des "
    "travailleurs portuaires.\n",
}
# (language, lines, the affiliations they give)
LINES = [
    (
        "en",
        "Elena Varga \u2013 Tenant Dockers Association\nJoseph Mwandi \u2013 Lakeside Pilots "
        "Centre\n",
        {
            ("elena varga", "tenant dockers association"),
            ("joseph mwandi", "lakeside pilots centre"),
        },
    ),
    (
        "en",
        "Elena Varga | Tenant Dockers Association\nJoseph Mwandi | Lakeside Pilots Centre\n",
        {
            ("elena varga", "tenant dockers association"),
            ("joseph mwandi", "lakeside pilots centre"),
        },
    ),
    (
        "es",
        "Lucía Ferreyra \u2014 Asociación de Trabajadoras del Muelle\nTomás Iriarte \u2014 "
        "Centro de Derechos Portuarios\n",
        {
            ("lucía ferreyra", "asociación de trabajadoras del muelle"),
            ("tomás iriarte", "centro de derechos portuarios"),
        },
    ),
    (
        "fr",
        "Claire Vautrin / Ligue des Dockers Solidaires\nKarim Benhadi / Observatoire des Ports\n",
        {
            ("claire vautrin", "ligue des dockers solidaires"),
            ("karim benhadi", "observatoire des ports"),
        },
    ),
    # a state after the dash: where the person comes from, no employer
    ("en", "Elena Varga \u2013 Canada\nJoseph Mwandi \u2013 Kenya\n", set()),
    # a desk of a body, no person
    (
        "en",
        "Media Relations \u2013 Lakeside Pilots Centre\nPress Office | Tenant Dockers "
        "Association\n",
        set(),
    ),
    ("es", "Oficina de Prensa \u2013 Centro de Derechos Portuarios\n", set()),
    # a sentence goes on after the body: the dash sets off an aside, no line of a list
    (
        "en",
        "Elena Varga \u2013 Tenant Dockers Association was not there \u2013 sent a note.\n",
        set(),
    ),
]


@pytest.mark.parametrize(("lang", "lines", "pairs"), LINES)
def test_a_name_line_with_a_dash_or_a_bar(
    gz: Gazetteer, lang: str, lines: str, pairs: set[tuple[str, str]]
) -> None:
    assert affiliations(gz, LEADS[lang] + lines) == pairs


# (language, sentence, the affiliation, whether a speech at the meeting in context is read)
COPULA = [
    (
        "es",
        "La Asociación de Trabajadoras del Muelle está presidida por Lucía Ferreyra.",
        ("lucía ferreyra", "asociación de trabajadoras del muelle"),
        False,
    ),
    (
        "fr",
        "La Ligue des Dockers Solidaires est présidée par Claire Vautrin.",
        ("claire vautrin", "ligue des dockers solidaires"),
        False,
    ),
    (
        "en",
        "The Tenant Dockers Association is chaired by Elena Varga.",
        ("elena varga", "tenant dockers association"),
        False,
    ),
    # the meeting's own session: a speech (chair) at the meeting in context, no body
    ("es", "La sesión de apertura estuvo presidida por Lucía Ferreyra.", None, True),
    ("fr", "La séance d'ouverture était présidée par Claire Vautrin.", None, True),
]


@pytest.mark.parametrize(("lang", "sentence", "pair", "spoke"), COPULA)
def test_a_copula_passive_on_a_named_body(
    gz: Gazetteer, lang: str, sentence: str, pair: tuple[str, str] | None, spoke: bool
) -> None:
    ex = run(gz, "2019-03-20\n\n" + INTRO[lang] + sentence, "2019-03-20")
    assert named(ex, "AFFILIATED_WITH") == ({pair} if pair else set()), ex.relations
    speakers = {s for s, _ in named(ex, "SPOKE_AT")}
    person = pair[0] if pair else sentence.rsplit(" por ", 1)[-1].rsplit(" par ", 1)[-1]
    assert speakers == ({person.rstrip(".").lower()} if spoke else set()), ex.relations


# a written list's last item holds the conjunction: "A and the B Fund" are two names when B Fund
# is read on its own, one name when the words after "and" name nothing alone
LAST_ITEMS = [
    (
        "Among the signatories are Kalvenor and the Seafarers Welfare Fund.",
        {"kalvenor", "seafarers welfare fund"},
    ),
    (
        "Among the signatories are Kalvenor, Ardenwal and the Seafarers Welfare Fund.",
        {"kalvenor", "ardenwal", "seafarers welfare fund"},
    ),
    (
        "Signatories: Sailors and Dockers Solidarity Network.",
        {"sailors and dockers solidarity network"},
    ),
]


@pytest.mark.parametrize(("sentence", "signers"), LAST_ITEMS)
def test_the_last_item_of_a_written_list(gz: Gazetteer, sentence: str, signers: set[str]) -> None:
    ex = run(gz, "2019-05-20\n\nOpen letter to the Ministers of the Interior\n\n" + sentence)
    assert {s for s, _ in named(ex, "SIGNED")} == signers, ex.relations


# a title with a relative clause after it: the clause's object is no body of the person's
RELATIVE = [
    ("en", "Elena Varga, a lawyer who advises the Harbour Pilots Association, spoke first.", set()),
    ("es", "Ana Ruiz, abogada que asesora al Centro de Derechos Portuarios, habló primero.", set()),
    (
        "fr",
        "Claire Vautrin, juriste qui conseille la Ligue des Dockers Solidaires, a parlé.",
        set(),
    ),
    (
        "en",
        "Elena Varga, a researcher at the Harbour Pilots Association, spoke first.",
        {("elena varga", "harbour pilots association")},
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "pairs"), RELATIVE)
def test_a_relative_clause_after_a_title(
    gz: Gazetteer, lang: str, sentence: str, pairs: set[tuple[str, str]]
) -> None:
    assert affiliations(gz, INTRO[lang] + sentence) == pairs


# posts chained after a person's first post: each with its own body
CHAINED = [
    (
        "en",
        "Joseph Mwandi, founder of the Lakeside Pilots Centre and board member of the Harbour "
        "Pilots Association, spoke first.",
        {
            ("joseph mwandi", "lakeside pilots centre"),
            ("joseph mwandi", "harbour pilots association"),
        },
    ),
    (
        "en",
        "Joseph Mwandi, founder of the Lakeside Pilots Centre and of the Harbour Pilots "
        "Association, spoke first.",
        {
            ("joseph mwandi", "lakeside pilots centre"),
            ("joseph mwandi", "harbour pilots association"),
        },
    ),
    (
        "es",
        "Lucía Ferreyra, directora de la Asociación de Trabajadoras del Muelle y coordinadora "
        "del Centro de Derechos Portuarios, habló primero.",
        {
            ("lucía ferreyra", "asociación de trabajadoras del muelle"),
            ("lucía ferreyra", "centro de derechos portuarios"),
        },
    ),
    # a post held no more: the first body only
    (
        "en",
        "Joseph Mwandi, founder of the Lakeside Pilots Centre and former treasurer of the "
        "Harbour Pilots Association, spoke first.",
        {("joseph mwandi", "lakeside pilots centre")},
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "pairs"), CHAINED)
def test_posts_chained_after_the_first(
    gz: Gazetteer, lang: str, sentence: str, pairs: set[tuple[str, str]]
) -> None:
    assert affiliations(gz, INTRO[lang] + sentence) == pairs
