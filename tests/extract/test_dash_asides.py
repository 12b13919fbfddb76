"""A list set off by spaced hyphens, as a dash ("Five countries - A, B and C - voted against
it"): the parser reads it as the dash it is (the hyphen is sent as an en dash, offsets and
words as written), so each listed state votes. A General Assembly named in the sentence before
is a body, no meeting a pronoun after it would stand for. Not a vote still to come."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run

DATE = "2018-12-20\n\n"
HEADS = {
    "en": "Migration compact\n\nThe General Assembly endorsed the Global Compact for Migration "
          "on Wednesday. ",
    "es": "Pacto migratorio\n\nLa Asamblea General respaldó el Pacto Mundial para la Migración "
          "el miércoles. ",
}  # fmt: skip


def votes(gz: Gazetteer, lang: str, sentence: str) -> set[tuple[str, str]]:
    ex = run(gz, DATE + HEADS[lang] + sentence + "\n", "2018-12-20")
    ids = {e.key: e.id for e in ex.entities}
    return {
        (str(ids[r.source]), str(r.properties.get("vote")))
        for r in ex.relations
        if r.type == "VOTED" and ids[r.target] == "a-res-73-195"
    }


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        case("en-against", "en", "Three countries - Hungary, Israel and Poland - voted against it.",
             {("hun", "no"), ("isr", "no"), ("pol", "no")}),
        case("en-abstained", "en", "Two countries - Chile and Austria - abstained.",
             {("chl", "abstain"), ("aut", "abstain")}),
        case("es-abstained", "es", "Dos países - Chile y Austria - se abstuvieron.",
             {("chl", "abstain"), ("aut", "abstain")}),
    ],
)  # fmt: skip
def test_states_listed_between_dashes(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert votes(gz, lang, sentence) == expected


def test_a_vote_still_to_come_between_dashes(gz: Gazetteer) -> None:
    text = (
        DATE + "Migration compact\n\nThe General Assembly will vote on the Global Compact for "
        "Migration on 19 December. Three countries - Hungary, Israel and Poland - are expected "
        "to vote against it.\n"
    )
    ex = run(gz, text, "2018-12-20")
    assert not [r for r in ex.relations if r.type == "VOTED"]
