"""A new name written again in short (its first words) is the same candidate, not a second one;
a short name that two longer names begin with stays apart. Texts written for this test.
Needs the local CoreNLP parser."""

from __future__ import annotations

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run


def test_a_short_name_is_the_long_names_candidate(gz: Gazetteer) -> None:
    ex = run(gz, "2021-05-14\n\nQuiénes somos\n\nLa Red Faro de Derechos Migrantes es una "
             "coalición de organizaciones de México y Guatemala.\n\nEn 2019 la Red Faro se sumó a "
             "la Global Coalition on Migration.\n")  # fmt: skip
    names = {e.key: e.name for e in ex.entities}
    joined = [r for r in ex.relations if r.type == "MEMBER_OF" and r.target == "gcm-coalition"]
    assert {names[r.source] for r in joined} == {"Red Faro de Derechos Migrantes"}
    assert "Red Faro" not in names.values()


def test_a_short_name_two_long_names_begin_with_stays_apart(gz: Gazetteer) -> None:
    ex = run(gz, "2021-05-14\n\nNews\n\nThe Harbour Alliance North and the Harbour Alliance "
             "South met in March.\n\nThe Harbour Alliance later joined the Global Coalition on "
             "Migration.\n")  # fmt: skip
    names = {e.name for e in ex.entities}
    assert {"Harbour Alliance North", "Harbour Alliance South"} <= names
    assert "Harbour Alliance" in names


def test_a_sentences_opening_adverb_is_no_part_of_the_name_after_it(gz: Gazetteer) -> None:
    ex = run(gz, "2021-05-14\n\nNews\n\nLater the Harbour Alliance joined the Global Coalition "
             "on Migration.\n\nLuego la Red Faro se sumó a la Global Coalition on Migration.\n\n"
             "Ensuite le Réseau Phare a rejoint la Global Coalition on Migration.\n")  # fmt: skip
    names = {e.name for e in ex.entities}
    assert {"Harbour Alliance", "Red Faro", "Réseau Phare"} <= names
    assert not any(n.startswith(("Later", "Luego", "Ensuite", "the ", "la ", "le ")) for n in names)
