"""Votes told the way vote stories tell them: "A votó a favor, al igual que B, C y D" (each
voted the same way; the names after the comparison are who, never where the vote was); "A
también respaldó la resolución", "A et B ont aussi soutenu le texte" after a recorded vote (a
state that backs a resolution put to the vote voted yes; no endorsement). Not when the backing
is denied or still to come. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run

HEADS = {
    "es": "2018-12-19\n\nLa ONU respalda el Pacto Mundial\n\nLa Asamblea General respaldó el "
          "Pacto Mundial para la Migración con 152 votos a favor. ",
    "fr": "2018-12-19\n\nL'ONU entérine le Pacte\n\nL'Assemblée générale a entériné mercredi le "
          "Pacte mondial sur les migrations par 152 voix pour et 5 contre. ",
}  # fmt: skip


def votes(gz: Gazetteer, lang: str, sentence: str) -> tuple[set[tuple[str, str]], int]:
    ex = run(gz, HEADS[lang] + sentence + "\n", "2018-12-19")
    ids = {e.key: e.id for e in ex.entities}
    got = {
        (str(ids[r.source]), str(r.properties.get("vote")))
        for r in ex.relations
        if r.type == "VOTED" and ids[r.target] == "a-res-73-195"
    }
    endorsed = sum(1 for r in ex.relations if r.type == "ENDORSED")
    return got, endorsed


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        case("es-alike", "es", "México votó a favor, al igual que Argentina, Colombia y Perú.",
             {("mex", "yes"), ("arg", "yes"), ("col", "yes"), ("per", "yes")}),
        case("es-backed", "es", "Brasil también respaldó la resolución.", {("bra", "yes")}),
        case("fr-backed", "fr", "Le Sénégal et le Mali ont aussi soutenu le texte.",
             {("sen", "yes"), ("mli", "yes")}),
        case("es-not-backed", "es", "Chile no respaldó la resolución.", set()),
        case("fr-to-come", "fr", "Le Sénégal pourrait soutenir le texte.", set()),
    ],
)  # fmt: skip
def test_votes_alike_and_backed(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    got, endorsed = votes(gz, lang, sentence)
    assert got == expected
    assert endorsed == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "214 organisations have signed an open letter calling on European Union member states "
        "to adopt the Global Compact for Migration.",
        "The network sent a letter urging Chile to adopt the compact.",
    ],
)
def test_an_act_asked_for_is_no_act(gz: Gazetteer, sentence: str) -> None:
    # a verb of asking before the infinitive, whatever head a parser gives the infinitive
    text = (
        "2018-12-05\n\nGroups write to ministers\n\nThe Global Compact for Migration will be "
        "adopted in December. " + sentence + "\n"
    )
    ex = run(gz, text, "2018-12-05")
    assert not [r for r in ex.relations if r.type in ("ADOPTED", "VOTED", "ENDORSED")]
