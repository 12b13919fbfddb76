"""An act at an event (speaking, organising, hosting, taking part) takes place when the event
does, unless its sentence says otherwise: a known event's first day, a new one's date as the
sentence that first names it writes it. Texts written for this test. Needs the local CoreNLP
parser."""

from __future__ import annotations

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run


def dated(gz: Gazetteer, text: str) -> set[tuple[str, str, str | None]]:
    ex = run(gz, text)
    names = {e.key: e.name for e in ex.entities}
    return {
        (r.type, names.get(r.source, r.source), r.properties.get("date"))
        for r in ex.relations
        if r.type in ("SPOKE_AT", "ORGANIZED", "HOSTED", "PARTICIPATED_IN")
    }


def test_an_act_at_a_new_event_takes_the_date_its_first_sentence_writes(gz: Gazetteer) -> None:
    got = dated(gz, "2019-04-02\n\nReport\n\nThe Regional Dialogue on Fair Labour Migration took "
                "place in Nairobi on 12 March 2019.\n\nThe Regional Dialogue on Fair Labour "
                "Migration was organised by PICUM.\n")  # fmt: skip
    assert ("ORGANIZED", "Platform for International Cooperation on Undocumented Migrants",
            "2019-03-12") in got  # fmt: skip


def test_the_sentence_own_date_wins(gz: Gazetteer) -> None:
    got = dated(gz, "2019-04-02\n\nReport\n\nThe Regional Dialogue on Fair Labour Migration took "
                "place in Nairobi on 12 March 2019.\n\nOn 14 March 2019 Ana Kamau spoke at the "
                "Regional Dialogue on Fair Labour Migration.\n")  # fmt: skip
    assert {d for t, _, d in got if t == "SPOKE_AT"} == {"2019-03-14"}
