"""A sentence that opens with a list's cue and a verb that lists, as a colon would ("Other
signatories and supporters include A, B, C, D", "Los firmantes son A, B, C", "Les signataires
sont A, B, C", "Members include A, B, C"): one relation per name, names with no keyword of a
body's name included. Not when the verb is followed by a clause in small letters ("The
signatories are concerned that ..."), whatever names it holds."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

TITLE = "Joint letter of the Coastal Detention Coalition against immigration detention"


def listed(gz: Gazetteer, sentence: str, kind: str) -> set[str]:
    ex = run(gz, f"2019-05-01\n\n{TITLE}\n\n{sentence}\n", "2019-05-01")
    return {source for source, _ in named(ex, kind, lower=False)}


@pytest.mark.parametrize(
    ("sentence", "kind", "names"),
    [
        (
            "Other signatories and supporters include Harbour Aid, Open Welcome, Barbed Fence "
            "Watch, Lakeside Voices in Exile, Coastal Friends.",
            "SIGNED",
            {
                "Harbour Aid",
                "Open Welcome",
                "Barbed Fence Watch",
                "Lakeside Voices in Exile",
                "Coastal Friends",
            },
        ),
        (
            "Los firmantes son Amparo Migrante, Manos Abiertas, Frontera Viva y Casa Nómada.",
            "SIGNED",
            {"Amparo Migrante", "Manos Abiertas", "Frontera Viva", "Casa Nómada"},
        ),
        (
            "Les signataires sont Horizon Ouvert, Terre d'Accueil, Passerelles Solidaires et "
            "Maison Nomade.",
            "SIGNED",
            {"Horizon Ouvert", "Terre d'Accueil", "Passerelles Solidaires", "Maison Nomade"},
        ),
        (
            "Members include Harbour Aid, Open Welcome, Barbed Fence Watch and Coastal Friends.",
            "MEMBER_OF",
            {"Harbour Aid", "Open Welcome", "Barbed Fence Watch", "Coastal Friends"},
        ),
    ],
)
def test_names_after_a_cue_and_a_listing_verb(
    gz: Gazetteer, sentence: str, kind: str, names: set[str]
) -> None:
    assert listed(gz, sentence, kind) == names


@pytest.mark.parametrize(
    "sentence",
    [
        "The signatories are concerned that Harbour Aid, Open Welcome and Coastal Friends were "
        "never consulted.",
        "Members are asked to write to Harbour Aid, Open Welcome or Coastal Friends.",
        "Les signataires sont préoccupés par le sort de Horizon Ouvert, Open Welcome et Maison "
        "Nomade.",
    ],
)
def test_no_list_after_a_clause_or_two_names(gz: Gazetteer, sentence: str) -> None:
    found = listed(gz, sentence, "SIGNED") | listed(gz, sentence, "MEMBER_OF")
    assert "Open Welcome" not in found
