"""A person who attends or signs on behalf of a body ("P attended E on behalf of O", "P asistió
a E en representación de O", "P a assisté à E au nom de O", "P, on behalf of O, signed the
letter"): AFFILIATED_WITH P -> O {role: representative}, and a body attended for takes part in
the meeting. Not when the act is denied, hedged or still to come."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

TITLE = "Regional meeting of migrant workers' organisations"


def found(gz: Gazetteer, sentence: str) -> set[tuple[str, str, str]]:
    ex = run(gz, f"2019-05-02\n\n{TITLE}\n\n{sentence}\n", "2019-05-02")
    ents = {e.key: e for e in ex.entities}
    return {(r.type, ents[r.source].name, ents[r.target].name) for r in ex.relations}


@pytest.mark.parametrize(
    ("sentence", "body", "attended"),
    [
        ("Ana Lind attended the meeting on behalf of the Harbour Rights Network.",
         "Harbour Rights Network", True),
        ("Ana Lind asistió a la reunión en representación de la Red Ribereña de Migrantes.",
         "Red Ribereña de Migrantes", True),
        ("Ana Lind a assisté à la réunion au nom du Réseau des Migrants du Lac.",
         "Réseau des Migrants du Lac", True),
        ("Ana Lind, on behalf of the Harbour Rights Network, signed the letter.",
         "Harbour Rights Network", False),
        ("Ana Lind, au nom du Réseau des Migrants du Lac, a signé la lettre.",
         "Réseau des Migrants du Lac", False),
    ],
)  # fmt: skip
def test_acting_on_behalf_of_a_body(
    gz: Gazetteer, sentence: str, body: str, attended: bool
) -> None:
    got = found(gz, sentence)
    assert ("AFFILIATED_WITH", "Ana Lind", body) in got
    assert (("PARTICIPATED_IN", body, TITLE) in got) is attended


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Lind did not attend the meeting on behalf of the Harbour Rights Network.",
        "Ana Lind may attend the meeting on behalf of the Harbour Rights Network.",
        "Ana Lind will attend the meeting next week on behalf of the Harbour Rights Network.",
    ],
)
def test_no_representation_denied_hedged_or_to_come(gz: Gazetteer, sentence: str) -> None:
    assert not {k for k in found(gz, sentence) if k[0] in ("AFFILIATED_WITH", "PARTICIPATED_IN")}
