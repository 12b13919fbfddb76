"""Which units go to the parser (ingest/extract/gate.py): a word some frame fires on, every word
of a multi-word trigger, and an end; words the rules read only around a trigger that fired
("thank", "decision", the venue nouns) and the first word of a multi-word trigger alone ("give",
"dar", "faire") do not send a unit to the parser. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.parser import default_parser
from ingest.extract.parser.corenlp import CoreNLP
from ingest.extract.ud import Sentence
from tests.extract.conftest import found


class Recorder:
    """A parser that parses nothing and keeps the text of every span it is asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def parse(self, text: str, spans: list[tuple[int, int]], language: str) -> list[Sentence]:
        return list(self.sentences(text, spans, language))

    def sentences(
        self, text: str, spans: list[tuple[int, int]], language: str
    ) -> Iterator[Sentence]:
        self.asked.extend(text[s:e].strip() for s, e in spans)
        return iter(())

    def tagged(self, text: str, spans: list[tuple[int, int]], language: str) -> Iterator[Sentence]:
        return iter(())  # (the names the tagger adds are not what this module measures)


def parsed(gz: Gazetteer, text: str, language: str) -> list[str]:
    recorder = Recorder()
    extract_relations(text, gz, language=language, document_date="2024-03-05", parser=recorder)
    return recorder.asked


CASES = {
    "en": (
        "The ministry thanked everyone for the decision on Tuesday.",
        "The ministry gave the figures to the journalists on Tuesday.",
        "The ministry took part in the regional conference on Tuesday.",
    ),
    "es": (
        "El ministerio agradeció a todos la decisión del martes.",
        "El ministerio dio las cifras a la prensa el martes.",
        "El ministerio dio a conocer las cifras el martes.",
    ),
    "fr": (
        "Le ministère a remercié tout le monde pour la décision de mardi.",
        "Le ministère a fait une erreur de calcul mardi.",
        "Le ministère a fait partie de la délégation mardi.",
    ),
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_only_units_a_frame_can_fire_in_are_parsed(gz: Gazetteer, language: str) -> None:
    thanks, first_word_alone, whole_entry = CASES[language]
    text = f"{thanks}\n\n{first_word_alone}\n\n{whole_entry}\n"
    assert parsed(gz, text, language) == [whole_entry]


def test_a_form_the_lemmatizer_misses_is_parsed(gz: Gazetteer) -> None:
    text = "The government left the talks on Tuesday.\n"  # trigger_forms: "left"
    assert parsed(gz, text, "en") == [text.strip()]


def test_a_trigger_without_an_end_is_not_parsed(gz: Gazetteer) -> None:
    text = "signed on the spot, without a word.\n\nthe ministry signed it on Tuesday.\n"
    assert parsed(gz, text, "en") == ["the ministry signed it on Tuesday."]


# a trigger whose every frame needs another word around it ("wait" needs a word of deciding
# under it: "wait before deciding") or a title line ("Open letter of A and B")
NEEDS = {
    "en": (
        "The ministry will wait for the figures before Tuesday.",
        "The ministry will wait for the court to rule before it decides.",
        "Open letter from the ministry and the unions",
        "The ministry read the letter to the journalists on Tuesday.",
    ),
    "es": (
        "El ministerio esperará las cifras hasta el martes.",
        "El ministerio esperará a que el tribunal decida antes de responder.",
        "Carta abierta del ministerio y los sindicatos",
        "El ministerio leyó la carta a los periodistas el martes.",
    ),
    "fr": (
        "Le ministère attendra les chiffres jusqu'à mardi.",
        "Le ministère attendra que le tribunal décide avant de répondre.",
        "Lettre ouverte du ministère et des syndicats",
        "Le ministère a lu la lettre aux journalistes mardi.",
    ),
}


@pytest.mark.parametrize("language", sorted(NEEDS))
def test_a_trigger_is_parsed_only_with_the_words_its_frames_need(
    gz: Gazetteer, language: str
) -> None:
    without, with_it, title, body = NEEDS[language]
    assert parsed(gz, f"{without}\n\n{with_it}\n", language) == [with_it]
    # a frame of title lines only: its trigger in the title is parsed, in a sentence it is not
    assert parsed(gz, f"{title}\n\n{body}\n", language) == [title]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hungary announced on Tuesday that it would withdraw from the Global Compact "
               "for Migration."),
        ("es", "Hungría anunció el martes que se retira del Pacto Mundial para la Migración."),
        ("fr", "La Hongrie a annoncé mardi qu'elle se retire du Pacte mondial sur les "
               "migrations."),
    ],
)  # fmt: skip
def test_a_decision_is_still_parsed_and_read(gz: Gazetteer, language: str, text: str) -> None:
    assert parsed(gz, text + "\n", language) == [text]
    relations = extract_relations(text, gz, language=language, document_date="2024-03-05")
    assert {(r.type, r.source) for r in relations.relations} >= {("WITHDREW_FROM", "hun")}


class Counter(Recorder):
    """The real parser, counting how often each unit's text is asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.real = default_parser()

    def sentences(
        self, text: str, spans: list[tuple[int, int]], language: str
    ) -> Iterator[Sentence]:
        super().sentences(text, spans, language)  # (keeps what was asked)
        return self.real.sentences(text, spans, language)

    def tagged(self, text: str, spans: list[tuple[int, int]], language: str) -> Iterator[Sentence]:
        return self.real.tagged(text, spans, language)


CARRIED = [
    ("en", "2023-03-14\nNews in brief\n\nThe Harbour Workers Union held a joint workshop with "
     "the port authority on Friday. The Northern Fishers Collective also attended.\n",
     "~Northern Fishers Collective", "~joint workshop"),
    ("es", "2023-03-14\nNoticias breves\n\nLa Unión de Trabajadores Portuarios celebró un "
     "taller conjunto con la autoridad portuaria el viernes. También asistió el Colectivo de "
     "Pescadores del Norte.\n", "~Colectivo de Pescadores del Norte",
     "~taller conjunto"),
    ("fr", "2023-03-14\nEn bref\n\nUn atelier commun sur la pêche côtière a réuni des "
     "syndicats à Brest. Le Collectif des pêcheurs du Nord y a participé.\n",
     "~Collectif des pêcheurs du Nord", "~atelier commun sur la pêche côtière"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "source", "target"), CARRIED)
def test_a_sentence_read_again_for_its_event_is_parsed_once(
    gz: Gazetteer, language: str, text: str, source: str, target: str
) -> None:
    counter = Counter()
    ex = extract_relations(text, gz, document_date="2023-03-14", parser=counter)
    assert found(ex, "PARTICIPATED_IN", source, target), [
        (r.type, r.source, r.target) for r in ex.relations
    ]
    assert len(counter.asked) == len(set(counter.asked))  # no unit parsed twice


def test_a_server_starts_with_every_fetched_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later language needs no restart (which would load every model again and lose the
    JIT's warm-up) when its models were fetched before: they are on the first classpath."""
    for folder in ("core", "es", "fr"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / ".complete").write_text("")
    parser = CoreNLP(tmp_path, Path("java"), "1g", 10.0)
    assert parser.fetched() == {"es", "fr"}
    starts: list[list[Path]] = []
    monkeypatch.setattr(parser, "_resolve", lambda lang: [tmp_path / "core", tmp_path / lang])
    monkeypatch.setattr(parser, "_start", starts.append)

    class Running:
        def poll(self) -> None:
            return None

    parser.ensure("en")
    parser._proc = Running()  # type: ignore[assignment]
    parser.ensure("fr")
    parser.ensure("es")
    assert parser.languages == {"en", "es", "fr"}
    assert len(starts) == 1  # one start, no restart for French or Spanish
    parser._proc = None
