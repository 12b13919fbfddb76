"""Votes told in other ways than "A voted against R": the vote as its own quoted word ('the
countries that voted "no" were A, B and C', 'A and B voted "yes"'), a copular list a parser
hangs inside the relative clause, and states that "joined" another in a vote ("A and B joined C
in abstention", "A joined C in abstaining / in voting against", "A y B se sumaron a C en la
abstención", "A et B se sont joints à C dans l'abstention"): VOTED with the vote each word
gives, on the resolution the text is about. Not when the joining is denied, hedged or asked for
by others, and a quoted "no" is no negation of the verb. The states and the resolution are the
gazetteer's."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

RESOLUTION = "a-res-73-195"
TITLE = {
    "en": "The General Assembly endorses the UN migration compact",
    "es": "La Asamblea General de la ONU respalda el pacto mundial sobre migración",
    "fr": "Scrutin onusien : les États donnent leur feu vert au pacte mondial migratoire",
}


def votes(gz: Gazetteer, lang: str, sentence: str) -> set[tuple[str, str]]:
    ex = run(gz, f"2018-12-20\n\n{TITLE[lang]}\n\n{sentence}\n", "2018-12-20")
    ents = {e.key: e for e in ex.entities}
    return {
        (str(ents[r.source].id), str(r.properties.get("vote")))
        for r in ex.relations
        if r.type == "VOTED" and ents[r.target].id == RESOLUTION
    }


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        (
            "en",
            'The three countries that voted "no" on the text were Peru, Kenya and Japan.',
            {("per", "no"), ("ken", "no"), ("jpn", "no")},
        ),
        (
            "en",
            'The states voting "no" were Peru and Kenya.',
            {("per", "no"), ("ken", "no")},
        ),
        ("en", 'Peru and Kenya voted "yes".', {("per", "yes"), ("ken", "yes")}),
        (
            "en",
            "Peru, Kenya and Japan joined Norway in abstaining.",
            {("per", "abstain"), ("ken", "abstain"), ("jpn", "abstain"), ("nor", "abstain")},
        ),
        (
            "en",
            "Chile and Japan joined Norway in abstention.",
            {("chl", "abstain"), ("jpn", "abstain"), ("nor", "abstain")},
        ),
        (
            "en",
            "Chile and Japan joined Norway in voting against the resolution.",
            {("chl", "no"), ("jpn", "no")},
        ),
        (
            "es",
            "Perú y Kenia se sumaron a Noruega en la abstención.",
            {("per", "abstain"), ("ken", "abstain"), ("nor", "abstain")},
        ),
        (
            "fr",
            "Le Pérou et le Kenya se sont joints à la Norvège dans l'abstention.",
            {("per", "abstain"), ("ken", "abstain"), ("nor", "abstain")},
        ),
    ],
)
def test_votes_told_otherwise(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert votes(gz, lang, sentence) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "left_out"),
    [
        ("en", 'Peru did not vote "no".', "per"),
        ("en", 'Peru may vote "no" on Friday.', "per"),
        ("en", "Peru did not join Norway in abstaining.", "per"),
        ("en", "Peru may join Norway in abstaining.", "per"),
        ("en", "Several charities urged Peru to join Norway in abstaining.", "per"),
        ("es", "Perú no se sumó a Noruega en la abstención.", "per"),
        ("fr", "Le Pérou pourrait se joindre à la Norvège dans l'abstention.", "per"),
    ],
)
def test_no_vote_denied_hedged_or_asked_for(
    gz: Gazetteer, lang: str, sentence: str, left_out: str
) -> None:
    assert left_out not in {state for state, _ in votes(gz, lang, sentence)}
