"""Names from the parser's named-entity tagger (ingest/extract/tagged_names.py): how a tagged run
is cut (the "of" words inside an organization's name, never between two names or inside a
person's), the guards that keep a wrong tag out (the tail or the head of a longer name, a role
before "of"), and, with the real CoreNLP tagger, what it changes in a reading: a person behind a
title whose last word the name finder took for a first name, a person the tagger takes for a
body still a person, an office's field never an organization, a meeting never a person's
employer, nothing from a negated or hedged sentence. Every name here is invented for this
test."""

from __future__ import annotations

import pytest

from ingest.extract.frames import lexicon
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.tagged_names import _head_of_name, _tail_of_name, tag_run
from ingest.extract.ud import Sentence, Token
from tests.extract.conftest import named, run


def tagged(*words: tuple[str, str, str]) -> Sentence:
    """A sentence of (word, part of speech, tag), one space between words, no dependency graph
    (what the tagger gives)."""
    tokens, at = [], 0
    for k, (word, upos, ner) in enumerate(words):
        tokens.append(Token(k, word, word.lower(), upos, -1, "dep", at, at + len(word), ner))
        at += len(word) + 1
    return Sentence(tokens, 0, at - 1)


def words_of(run_: list[Token]) -> str:
    return " ".join(t.word for t in run_)


# --- the run of a tag ------------------------------------------------------------------------


def test_of_words_the_tagger_leaves_out_join_one_organization() -> None:
    sent = tagged(("la", "DET", "O"), ("Red", "PROPN", "ORG"), ("Solidaria", "ADJ", "ORG"),
                  ("con", "ADP", "O"), ("Migrantes", "PROPN", "ORG"),
                  ("firmó", "VERB", "O"))  # fmt: skip
    assert words_of(tag_run(sent, sent.tokens[1])) == "Red Solidaria con Migrantes"


def test_and_between_two_organizations_joins_nothing() -> None:
    sent = tagged(("Lumen", "PROPN", "ORG"), ("and", "CCONJ", "O"), ("Norvik", "PROPN", "ORG"),
                  ("Aid", "PROPN", "ORG"), ("signed", "VERB", "O"))  # fmt: skip
    assert words_of(tag_run(sent, sent.tokens[0])) == "Lumen"
    assert words_of(tag_run(sent, sent.tokens[3])) == "Norvik Aid"


def test_a_person_takes_no_of_words_it_lacks() -> None:
    sent = tagged(("Texto", "PROPN", "O"), ("de", "ADP", "O"), ("Ana", "PROPN", "PER"),
                  ("Ruiz", "PROPN", "PER"), ("para", "ADP", "O"),
                  ("Lumen", "PROPN", "PER"))  # fmt: skip
    assert words_of(tag_run(sent, sent.tokens[2])) == "Ana Ruiz"


def test_a_possessive_ends_the_name() -> None:
    sent = tagged(("Norvik", "PROPN", "ORG"), ("Aid", "PROPN", "ORG"), ("'s", "PART", "ORG"),
                  ("staff", "NOUN", "O"))  # fmt: skip
    assert words_of(tag_run(sent, sent.tokens[0])) == "Norvik Aid"


# --- longer names around a run ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words", "first", "last", "tail"),
    [
        # the end of a longer name: "du Haut-Commissariat des | Nations Unies"
        ("fr", [("du", "ADP", "O"), ("Haut-Commissariat", "PROPN", "O"), ("des", "ADP", "O"),
                ("Nations", "PROPN", "ORG"), ("Unies", "ADJ", "ORG")], 3, 4, True),
        # a coordination inside one name: "la Croix-Rouge et du | Croissant Rouge"
        ("fr", [("la", "DET", "O"), ("Croix-Rouge", "PROPN", "ORG"), ("et", "CCONJ", "O"),
                ("du", "ADP", "O"), ("Croissant", "PROPN", "ORG"), ("Rouge", "PROPN", "ORG")],
         4, 5, True),
        # a role before "of" is no name: "Director of | Norvik Aid"
        ("en", [("Director", "PROPN", "O"), ("of", "ADP", "O"), ("Norvik", "PROPN", "ORG"),
                ("Aid", "PROPN", "ORG")], 2, 3, False),
        # two names: "Lumen and the | Norvik Aid"
        ("en", [("Lumen", "PROPN", "ORG"), ("and", "CCONJ", "O"), ("the", "DET", "O"),
                ("Norvik", "PROPN", "ORG"), ("Aid", "PROPN", "ORG")], 3, 4, False),
        # no name before: "joined | Norvik Aid"
        ("en", [("They", "PRON", "O"), ("joined", "VERB", "O"), ("Norvik", "PROPN", "ORG"),
                ("Aid", "PROPN", "ORG")], 2, 3, False),
    ],
)  # fmt: skip
def test_the_tail_of_a_longer_name(
    lang: str, words: list[tuple[str, str, str]], first: int, last: int, tail: bool
) -> None:
    lex = lexicon(lang)
    assert lex is not None
    sent = tagged(*words)
    assert _tail_of_name(lex, sent, sent.tokens[first : last + 1]) is tail


def test_the_head_of_a_longer_name() -> None:
    sent = tagged(("la", "DET", "O"), ("Croix-Rouge", "PROPN", "ORG"), ("et", "CCONJ", "O"),
                  ("du", "ADP", "O"), ("Croissant-Rouge", "PROPN", "LOC"))  # fmt: skip
    assert _head_of_name(sent, sent.tokens[1:2]) is True
    two = tagged(("Lumen", "PROPN", "ORG"), ("and", "CCONJ", "O"), ("the", "DET", "O"),
                 ("Norvik", "PROPN", "ORG"))  # fmt: skip
    assert _head_of_name(two, two.tokens[0:1]) is False


# --- readings with the real tagger (needs the local CoreNLP) ---------------------------------

CONFERENCE = {
    "en": "the Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and "
    "Regular Migration",
    "es": "la Conferencia Intergubernamental para la adopción del Pacto Mundial para la Migración "
    "Segura, Ordenada y Regular",
}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Selma Aydin represented the Tidewater Labour Network at the hearing.", "selma aydin",
         "tidewater labour network"),
        ("La Red Sierra de Jornaleras nació en 2011 en Cusco. Está coordinada por Lucía Paredes "
         "Ochoa.", "lucía paredes ochoa", "red sierra de jornaleras"),
    ],
)  # fmt: skip
def test_a_person_the_tagger_takes_for_a_body_stays_a_person(
    gz: Gazetteer, text: str, person: str, body: str
) -> None:
    ex = run(gz, "2019-05-10\n\n" + text, "2019-05-10")
    assert (person, body) in named(ex, "AFFILIATED_WITH")
    assert {e.name.lower() for e in ex.entities if e.type == "Organization"} == {body}


def test_a_meeting_after_a_person_the_tagger_reads_is_no_employer(gz: Gazetteer) -> None:
    # (without the tagger, "Socorro Norvik" was no entity and the conference became her employer)
    text = f"Lucía Ferrer, directora de Socorro Norvik, intervino en {CONFERENCE['es']}."
    ex = run(gz, "2019-05-10\n\n" + text, "2019-05-10")
    assert not {t for _, t in named(ex, "AFFILIATED_WITH")} & {"conferencia intergubernamental"}
    assert {s for s, _ in named(ex, "SPOKE_AT")} == {"lucía ferrer"}


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", f"Minister of Foreign Affairs and Trade Tomas Lindqvist spoke at "
               f"{CONFERENCE['en']}.", "tomas lindqvist"),
        ("es", f"El ministro de Comercio Exterior Tomás Ibáñez intervino en {CONFERENCE['es']}.",
         "tomás ibáñez"),
        ("fr", "Le ministre du Commerce extérieur Jean Moreau a pris la parole à la Conférence "
               "intergouvernementale chargée d'adopter le Pacte mondial pour des migrations "
               "sûres, ordonnées et régulières.", "jean moreau"),
    ],
)  # fmt: skip
def test_a_person_behind_a_title_and_no_office_as_a_body(
    gz: Gazetteer, lang: str, text: str, speaker: str
) -> None:
    ex = run(gz, "2019-05-10\n\n" + text, "2019-05-10")
    assert {s for s, _ in named(ex, "SPOKE_AT")} == {speaker}
    offices = {"foreign affairs", "trade", "comercio", "exterior", "commerce", "extérieur"}
    for e in ex.entities:
        if e.type == "Organization":
            assert not set(e.name.lower().split()) & offices, e.name


@pytest.mark.parametrize(
    "text",
    [
        f"Amira Haddad, director of Norvik Relief, did not speak at {CONFERENCE['en']}.",
        f"Amira Haddad, director of Norvik Relief, may speak at {CONFERENCE['en']}.",
        f"Lucía Ferrer, directora de Socorro Norvik, no intervino en {CONFERENCE['es']}.",
    ],
)
def test_a_negated_or_hedged_speech_gives_no_speaker(gz: Gazetteer, text: str) -> None:
    ex = run(gz, "2019-05-10\n\n" + text, "2019-05-10")
    assert named(ex, "SPOKE_AT") == set()
