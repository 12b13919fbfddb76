"""What a withdrawn act bears on: "withdrew its support for the compact" leaves the compact, but
"withdrew its support for the motion against the compact" (ES "retiró su apoyo a la moción
contra el pacto", FR "a retiré son soutien à la motion contre le pacte") leaves only the
motion: an act noun's own complement that is no process's, text's or act's noun (lexicon
process_nouns, document_nouns, act_nouns) says what the act was for, and a date is no such
complement. Every text is written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS as HEAD
from tests.extract.conftest import run, withdrawals


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Chile withdrew its support for the compact.", {"chl"}),
        ("en", "Chile withdrew its backing in December.", {"chl"}),
        ("en", "Chile withdrew its support for the motion against the compact.", set()),
        ("en", "Chile withdrew its support for a referendum on the compact.", set()),
        ("es", "Chile retiró su apoyo al pacto.", {"chl"}),
        ("es", "Chile retiró su apoyo en diciembre.", {"chl"}),
        ("es", "Chile retiró su apoyo a la moción contra el pacto.", set()),
        ("fr", "Le Chili a retiré son soutien au pacte en décembre.", {"chl"}),
        ("fr", "Le Chili a retiré son soutien à la motion contre le pacte.", set()),
    ],
)
def test_an_act_for_another_thing_leaves_no_process(
    gz: Gazetteer, lang: str, body: str, expected: set[str]
) -> None:
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == expected


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Chile deferred its decision on the compact to parliament."),
        ("es", "Chile aplazó su decisión sobre el pacto al parlamento."),
        ("fr", "Le Chili a reporté sa décision sur le pacte au parlement."),
    ],
)
def test_a_decision_handed_to_a_body_is_still_on_the_process(
    gz: Gazetteer, lang: str, body: str
) -> None:
    ex = run(gz, HEAD[lang] + body)
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    deferred = {
        (ids[r.source], ids[r.target]) for r in ex.relations if r.type == "DEFERRED_DECISION_ON"
    }
    assert deferred == {("chl", "gcm-compact")}
