"""Where a new name starts and ends: a sentence's opening -ing word before an article is no part
of the name after it ("Addressing the Harbour Summit, P said": Harbour Summit), nor a weekday
after "on" ("the Harbour Summit on Monday"), in each language's form ("Clausurando la Cumbre
X", "Ouvrant le Sommet X"). Every name is invented for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run

DATE = "2021-06-10\n\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        case("en-gerund", "Harbour news\n\nLeaders met in the port city this week. Addressing the "
             "Harbour Migration Summit, Tom Berg said the talks were hard.",
             "Harbour Migration Summit"),
        case("en-weekday", "Harbour news\n\nLeaders met in the port city this week. \"This is a "
             "good day,\" Tom Berg told delegates at the Harbour Migration Summit on Monday.",
             "Harbour Migration Summit"),
        case("es-gerund", "Noticias\n\nLos líderes se reunieron esta semana en la ciudad. "
             "Clausurando la Cumbre Andina de Migraciones, Tomás Ruiz dijo que el diálogo sigue.",
             "Cumbre Andina de Migraciones"),
        case("fr-gerund", "Nouvelles\n\nLes dirigeants se sont réunis cette semaine dans la ville. "
             "Ouvrant le Sommet Andin des Migrations, Ana Lind a appelé au dialogue.",
             "Sommet Andin des Migrations"),
    ],
)  # fmt: skip
def test_the_name_and_nothing_around_it(gz: Gazetteer, text: str, name: str) -> None:
    ex = run(gz, DATE + text + "\n", "2021-06-10")
    events = {e.name for e in ex.entities if e.type == "Event"}
    assert name in events, events
    assert not any(name in other and other != name for other in events), events


def test_a_dateline_place_is_no_meeting(gz: Gazetteer) -> None:
    text = (
        DATE + "Harbour news in brief\n\nValmont votes no\n19 December 2018 | Port Lumen\n"
        "Valmont's delegation voted against the text on Wednesday. Tom Berg spoke before the "
        "vote.\n"
    )
    ex = run(gz, text, "2021-06-10")
    assert "Port Lumen" not in {e.name for e in ex.entities if e.type == "Event"}


def test_a_body_named_by_its_head_word_is_no_meeting(gz: Gazetteer) -> None:
    text = (
        DATE + "Harbour news in brief\n\nThe UN General Assembly endorsed the Global Compact for "
        "Migration on Wednesday. Addressing the Assembly before the vote, Tom Berg said the text "
        "was flawed.\n"
    )
    ex = run(gz, text, "2021-06-10")
    assert not [r for r in ex.relations if r.type == "SPOKE_AT"], ex.relations
