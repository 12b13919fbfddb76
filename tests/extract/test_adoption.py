"""ADOPTED and VOTED on "the resolution", "el texto", "la résolution": a document named by its
kind stands for the one text the document names, else for the resolution states vote on for the
process the text is about; the adoption is by the assembly (a state "adopting the text" joins
it), on the day of the vote. Every sentence is written for this test, in English, Spanish and
French: active, passive, with the process named in the noun phrase, and the negated, hedged and
forecast ones that give nothing. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.candidates import Spans
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.symbols import document_symbols
from tests.extract.conftest import rels, run

HEAD = {
    "en": "2019-01-10\n\nStates and the Global Compact for Migration\n\n",
    "es": "2019-01-10\n\nLos Estados y el Pacto Mundial para la Migración\n\n",
    "fr": "2019-01-10\n\nLes États et le pacte mondial sur les migrations\n\n",
}
RESOLUTION = "a-res-73-195"  # the reference data's resolution of the compact, voted 2018-12-19

ADOPTED = [
    ("en", "The General Assembly adopted the resolution by 152 votes to 5."),
    ("en", "The resolution was adopted by the General Assembly after a long debate."),
    ("en", "Last month the General Assembly approved the text on the compact."),
    ("es", "La Asamblea General aprobó la resolución con 152 votos a favor y 5 en contra."),
    ("es", "La resolución sobre el pacto fue adoptada por la Asamblea General."),
    ("fr", "L'Assemblée générale a adopté la résolution par 152 voix contre 5."),
    ("fr", "La résolution a été approuvée par l'Assemblée générale."),
]


@pytest.mark.parametrize(("lang", "sentence"), ADOPTED)
def test_the_assembly_adopts_the_resolution_a_noun_stands_for(
    gz: Gazetteer, lang: str, sentence: str
) -> None:
    ex = run(gz, HEAD[lang] + sentence)
    assert rels(ex, "ADOPTED") == {("unga", RESOLUTION)}
    (adopted,) = [r for r in ex.relations if r.type == "ADOPTED"]
    assert adopted.properties.get("date") == "2018-12-19"  # the day of the vote, not the text's


NOTHING = [
    ("en", "The General Assembly did not adopt the resolution."),
    ("en", "The General Assembly is expected to adopt the resolution next week."),
    ("en", "The General Assembly might approve the text if the vote is held."),
    ("es", "La Asamblea General no aprobó la resolución."),
    ("es", "La Asamblea General podría aprobar el texto la próxima semana."),
    ("fr", "L'Assemblée générale n'a pas adopté la résolution."),
    ("fr", "L'Assemblée générale devrait adopter le texte la semaine prochaine."),
    # a state that "adopts the text" joins the compact: no adoption of the resolution
    ("en", "Norway adopted the text in December."),
    ("fr", "La Belgique a finalement adopté le texte."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOTHING)
def test_negated_forecast_and_state_adoptions_give_no_adoption(
    gz: Gazetteer, lang: str, sentence: str
) -> None:
    assert rels(run(gz, HEAD[lang] + sentence), "ADOPTED") == set()


def test_the_one_text_a_document_names_is_the_one_adopted(gz: Gazetteer) -> None:
    text = (
        "2019-07-20\n\nThe review forum\n\n"
        "The draft resolution A/73/L.12 sets the format of the review forum. "
        "The General Assembly adopted the draft on Friday."
    )
    ex = run(gz, text)
    names = {e.key: e.name for e in ex.entities}
    assert {(s, names[t]) for s, t in rels(ex, "ADOPTED")} == {("unga", "A/73/L.12")}


def test_two_texts_named_leave_the_noun_unresolved(gz: Gazetteer) -> None:
    text = (
        "2019-07-20\n\nThe review forum\n\n"
        "The drafts A/73/L.12 and A/73/L.13 were discussed. "
        "The General Assembly adopted the draft on Friday."
    )
    assert rels(run(gz, text), "ADOPTED") == set()


@pytest.mark.parametrize(
    ("lang", "sentence", "vote"),
    [
        ("en", "Chile voted against the resolution.", "no"),
        ("es", "Chile votó en contra de la resolución.", "no"),
        ("fr", "Le Chili a voté contre la résolution.", "no"),
        ("fr", "Le Chili a voté pour la résolution sur le pacte.", "yes"),
    ],
)
def test_a_vote_on_the_resolution_a_noun_stands_for(
    gz: Gazetteer, lang: str, sentence: str, vote: str
) -> None:
    ex = run(gz, HEAD[lang] + sentence)
    assert rels(ex, "VOTED") == {("chl", RESOLUTION)}
    (voted,) = [r for r in ex.relations if r.type == "VOTED"]
    assert voted.properties.get("vote") == vote
    assert voted.properties.get("date") == "2018-12-19"


def test_document_symbols_are_found_and_other_slashes_are_not() -> None:
    text = (
        "The drafts A/74/L.3 and E/CN.6/2020/L.1/Rev.2 were tabled with A/RES/74/1, and/or "
        "24/7 help, N/A, 1/2/3."
    )
    found = [e.name for e in document_symbols(text, 0, len(text), Spans(len(text)))]
    assert found == ["A/74/L.3", "E/CN.6/2020/L.1/Rev.2", "A/RES/74/1"]
    known = Spans(len(text), [(text.index("A/RES"), text.index("A/RES") + 10)])
    assert "A/RES/74/1" not in [e.name for e in document_symbols(text, 0, len(text), known)]
