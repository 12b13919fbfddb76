"""Lines that name a state and then say what it decided ("Austria: will not sign", tables of
states with their decisions): the label is who acts; a hedged line gives nothing, and a table's
header names no event. Texts written for this test, EN/ES/FR. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

GCM = "gcm-compact"


def decisions(gz: Gazetteer, text: str) -> set[tuple[str, str, str]]:
    ex = run(gz, text)
    return {
        (r.type, r.source, str(r.properties.get("kind")))
        for r in ex.relations
        if r.type in ("WITHDREW_FROM", "DECLINED_TO_ATTEND") and r.target in (GCM,)
    } | {("event", e.name, "") for e in ex.entities if e.type == "Event"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-12-05\n\nWhere states stand on the Global Compact for Migration\n\nNorway: will "
         "not sign (announced on 30 November)\nFinland: withdrew in July\nSweden: could withdraw\n",
         {("WITHDREW_FROM", "nor", "will_not_join"), ("WITHDREW_FROM", "fin", "withdrew")}),
        ("2018-12-05\n\nLos países y el Pacto Mundial para la Migración\n\nNoruega: no firmará el "
         "pacto\nFinlandia: podría retirarse\n", {("WITHDREW_FROM", "nor", "will_not_join")}),
        ("2018-12-05\n\nLes pays et le pacte mondial sur les migrations\n\nNorvège : ne signera "
         "pas le pacte\nFinlande : pourrait se retirer\n",
         {("WITHDREW_FROM", "nor", "will_not_join")}),
        ("2018-12-05\n\nWhere states stand on the Global Compact for Migration\n\nCountry | "
         "Position | Date\nNorway | will not join | 12 November 2018\n",
         {("WITHDREW_FROM", "nor", "will_not_join")}),
    ],
)  # fmt: skip
def test_a_states_line_says_what_it_decided(
    gz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert decisions(gz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-12-05\n\nWhere states stand on the Global Compact for Migration\n\nNorway said it "
         "would not sign the agreement, joining Finland and Denmark.\n",
         {"nor", "fin", "dnk"}),
        ("2018-12-05\n\nLes pays et le pacte mondial sur les migrations\n\nLe gouvernement "
         "norvégien a annoncé qu'il ne signerait pas le pacte, rejoignant ainsi la Finlande.\n",
         {"nor", "fin"}),
        ("2018-12-05\n\nWhere states stand on the Global Compact for Migration\n\nNorway may not "
         "sign the agreement, joining Finland.\n", set()),
        ("2018-12-05\n\nWhere states stand on the Global Compact for Migration\n\nNorway signed "
         "the agreement, joining Finland and Denmark.\n", set()),
    ],
)  # fmt: skip
def test_the_states_a_decision_joins_decided_so_too(
    gz: Gazetteer, text: str, expected: set[str]
) -> None:
    assert {s for t, s, _ in decisions(gz, text) if t == "WITHDREW_FROM"} == expected
