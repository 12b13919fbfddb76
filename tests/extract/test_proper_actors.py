"""New actors named by a bare proper noun where a rule wants who acts (parsed_names.proper_actor):
"Brightwater endorsed D", "firmada por Brisamar", and a written list's last name after a name's
head word ("the Kestrel Refugee Service and Oxbow": two names). A negation, a hedge or someone
else's demand still gives nothing; a body's common noun ("the Assembly") is no new actor.
Every sentence and name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run

DATE = "2021-03-15\n\n"


def named(ex: Extraction, type_: str) -> set[tuple[str, str]]:
    """(source name, target name) of each relation of a type, lower-cased."""
    ents = {e.key: e for e in ex.entities}
    return {
        (ents[r.source].name.lower(), ents[r.target].name.lower())
        for r in ex.relations
        if r.type == type_
    }


CASES = [
    # active, one word at the sentence's start
    ('Brightwater endorsed the "Charter for Safe Harbours" on Monday.', "ENDORSED",
     {("brightwater", "charter for safe harbours")}),
    # passive, the agent after "by" with the date between
    ('The "Charter for Safe Harbours" was endorsed on Monday by Brightwater.', "ENDORSED",
     {("brightwater", "charter for safe harbours")}),
    # a list of new names and a name with a keyword
    ('Brightwater, Lumen Nord and the Kestrel Workers Union signed the "Charter for Safe '
     'Harbours".', "SIGNED",
     {("brightwater", "charter for safe harbours"), ("lumen nord", "charter for safe harbours"),
      ("kestrel workers union", "charter for safe harbours")}),
    # the last name of a written list after a name's head word is a name of its own
    ('Lumen Nord, the Kestrel Refugee Service and Oxbow signed the "Charter for Safe '
     'Harbours".', "SIGNED",
     {("kestrel refugee service", "charter for safe harbours"),
      ("oxbow", "charter for safe harbours")}),
    ('Brisamar respaldó el lunes la "Carta por los Puertos Seguros".', "ENDORSED",
     {("brisamar", "carta por los puertos seguros")}),
    ('El lunes, Brisamar y Lumen Norte firmaron la "Carta por los Puertos Seguros".', "SIGNED",
     {("brisamar", "carta por los puertos seguros"),
      ("lumen norte", "carta por los puertos seguros")}),
    ("Brisemer a signé lundi la « Charte pour des Ports Sûrs ».", "SIGNED",
     {("brisemer", "charte pour des ports sûrs")}),
    # a parser may hang a name's last word as a modifier ("Lumen Nord")
    ("Lundi, Brisemer et Lumen Nord ont signé la « Charte pour des Ports Sûrs ».", "SIGNED",
     {("brisemer", "charte pour des ports sûrs"), ("lumen nord", "charte pour des ports sûrs")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "type_", "expected"), CASES)
def test_a_new_actor_named_by_a_proper_noun(
    gz: Gazetteer, sentence: str, type_: str, expected: set[tuple[str, str]]
) -> None:
    got = named(run(gz, DATE + sentence), type_)
    assert expected <= got, got


NOTHING = [
    ('Brightwater did not endorse the "Charter for Safe Harbours".', "ENDORSED"),
    ('Activists urged Brightwater to endorse the "Charter for Safe Harbours".', "ENDORSED"),
    ('Brightwater may sign the "Charter for Safe Harbours" in May.', "SIGNED"),
    ('Brisamar no respaldará la "Carta por los Puertos Seguros".', "ENDORSED"),
    ("Brisemer ne signera pas la « Charte pour des Ports Sûrs ».", "SIGNED"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "type_"), NOTHING)
def test_a_negated_hedged_or_demanded_act_of_a_new_actor_gives_nothing(
    gz: Gazetteer, sentence: str, type_: str
) -> None:
    ex = run(gz, DATE + sentence)
    assert not [r for r in ex.relations if r.type == type_], ex.relations
    if "urged" not in sentence:  # the reading is kept aside, with its quote
        assert any(type_ in str(w) for w in ex.warnings), ex.warnings


def test_a_bodys_common_noun_is_no_new_actor(gz: Gazetteer) -> None:
    ex = run(gz, DATE + 'In March, the Assembly endorsed the "Charter for Safe Harbours".')
    assert "assembly" not in {e.name.lower() for e in ex.entities}, ex.entities
    assert not [r for r in ex.relations if r.type == "ENDORSED"], ex.relations
