"""A count of votes and the list after its colon ("was endorsed by the Assembly with 152 votes
in favour and five against: A, B, C"): each listed state voted no; the list is no endorsement
of the text that tells it, and a process endorsed by an assembly is no text endorsed by it.
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run

HEAD = "2018-12-20\n\nMigration compact\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        case("en", "The Global Compact for Migration was endorsed by the General Assembly with "
             "152 votes in favour and three against: Hungary, Israel and Poland."),
        case("es", "El Pacto Mundial para la Migración fue respaldado por la Asamblea General con "
             "152 votos a favor y tres en contra: Hungría, Israel y Polonia."),
    ],
)  # fmt: skip
def test_the_states_after_the_count_voted_no(gz: Gazetteer, sentence: str) -> None:
    ex = run(gz, HEAD + sentence + "\n", "2018-12-20")
    ids = {e.key: e.id for e in ex.entities}
    got = {
        (ids[r.source], r.properties.get("vote"))
        for r in ex.relations
        if r.type == "VOTED" and ids[r.target] == "a-res-73-195"
    }
    assert got == {("hun", "no"), ("isr", "no"), ("pol", "no")}
    assert not [r for r in ex.relations if r.type == "ENDORSED"], ex.relations


def test_a_plain_endorsers_list_still_reads(gz: Gazetteer) -> None:
    text = (
        "2020-03-02\n\nStatement on firewalls\n\nThe statement was endorsed by the Harbour "
        "Rights Network, the Lantern Legal Centre and the Open Border Collective.\n"
    )
    ex = run(gz, text, "2020-03-02")
    names = {e.key: e.name for e in ex.entities}
    got = {names[r.source] for r in ex.relations if r.type == "ENDORSED"}
    assert got == {"Harbour Rights Network", "Lantern Legal Centre", "Open Border Collective"}
