"""New names of events and organizations read from the parse where a rule's slot wants one
(ingest/extract/parsed_names.py): names in sentence case ("Forum citoyen ..."), a new name the
regex layer read as another kind ("Foro ..." as an organization), and the sentences that must
give nothing. Every sentence is written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run

DATE = "2022-10-03\n\n"


def pairs(ex: Extraction, type_: str) -> set[tuple[str, str, str]]:
    """(source name, target name, target type) of each relation of a type, folded."""
    ents = {e.key: e for e in ex.entities}
    return {
        (ents[r.source].name.lower(), ents[r.target].name.lower(), ents[r.target].type)
        for r in ex.relations
        if r.type == type_
    }


CASES = [
    # a name in sentence case: only the parse says where it ends
    ("Amnesty International a participé au Forum citoyen de la solidarité internationale.",
     "PARTICIPATED_IN", ("amnesty international", "forum citoyen de la solidarité internationale")),
    ("Amnesty International participó en el Encuentro regional de casas del migrante.",
     "PARTICIPATED_IN", ("amnesty international", "encuentro regional de casas del migrante")),
    # a new name read as an organization ("Foro", "Forum" name both) is an event where one
    # speaks
    ("Ana Gómez habló en el Foro Social de las Migraciones celebrado en Madrid.", "SPOKE_AT",
     ("ana gómez", "foro social de las migraciones")),
    ("Jean K. Dupont, director of CRLN, spoke at the Annual Dialogue on Tenant Protection.",
     "SPOKE_AT", ("jean k. dupont", "annual dialogue on tenant protection")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "type_", "pair"), CASES)
def test_a_new_event_named_in_the_slot(
    gz: Gazetteer, sentence: str, type_: str, pair: tuple[str, str]
) -> None:
    got = pairs(run(gz, DATE + sentence), type_)
    assert (*pair, "Event") in got, got


NOTHING = [
    ("Amnesty International n'a pas participé au Forum citoyen de la solidarité internationale.",
     "PARTICIPATED_IN"),
    ("Amnesty International podría participar en el Encuentro regional de casas del migrante.",
     "PARTICIPATED_IN"),
    ("Ana Gómez will speak at the Annual Dialogue on Tenant Protection next year.", "SPOKE_AT"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "type_"), NOTHING)
def test_a_negated_hedged_or_future_act_at_a_new_event_gives_nothing(
    gz: Gazetteer, sentence: str, type_: str
) -> None:
    assert pairs(run(gz, DATE + sentence), type_) == set()


def test_one_capitalised_word_or_a_known_name_is_no_new_event(gz: Gazetteer) -> None:
    # "the Forum" alone says too little; a known body stays what the lists say
    ex = run(gz, DATE + "Ana Gómez spoke at the Forum. Ana Gómez spoke at the Global Forum on "
             "Migration and Development.")  # fmt: skip
    assert not any(e.type == "Event" and e.id is None for e in ex.entities)
