"""Partnerships said with a noun ("works in partnership / cooperation with B", "trabaja en
coordinación con B", "travaille en partenariat avec B") or through a generic noun and its list
("works alongside networks that already exist - A, B and C"); a meeting organised "in
cooperation with B" is B's too (ORGANIZED, no partnership); negated, hedged or forecast forms
give nothing. A name a negated cleft puts in focus ("It is not A that hosts the secretariat",
"Ce n'est pas A qui héberge") hosts nothing. Every name is invented for this test. Needs the
local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run


def pairs(gz: Gazetteer, sentence: str, kind: str) -> set[tuple[str, str]]:
    return named(run(gz, "2024-05-02\n\n" + sentence + "\n"), kind)


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("The Lumen Network works in partnership with the Harbour Coalition for Migrant Rights "
         "and the Brisamar Foundation.",
         {"harbour coalition for migrant rights", "brisamar foundation"}),
        ("The Lumen Network works alongside networks that already exist \u2013 the Harbour "
         "Coalition for Migrant Rights (HCMR), the Brisamar Foundation and the Saltmarsh "
         "Alliance.",
         {"harbour coalition for migrant rights", "brisamar foundation", "saltmarsh alliance"}),
        ("La Red Lumen trabaja en coordinaci\u00f3n con la Coalici\u00f3n Harbour y la "
         "Fundaci\u00f3n Brisamar.", {"coalici\u00f3n harbour", "fundaci\u00f3n brisamar"}),
        ("Le R\u00e9seau Lumen travaille en partenariat avec la Coalition Harbour et la "
         "Fondation Brisamar.", {"coalition harbour", "fondation brisamar"}),
    ],
)  # fmt: skip
def test_partners_a_noun_or_a_list_names(gz: Gazetteer, sentence: str, partners: set[str]) -> None:
    assert {t for _, t in pairs(gz, sentence, "PARTNERED_WITH")} == partners


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lumen Network does not work in partnership with the Brisamar Foundation.",
        "The Lumen Network may work in partnership with the Brisamar Foundation next year.",
        "The Lumen Network will work in partnership with the Brisamar Foundation next year.",
        "La Red Lumen no trabaja en coordinaci\u00f3n con la Fundaci\u00f3n Brisamar.",
    ],
)
def test_no_partnership_negated_or_to_come(gz: Gazetteer, sentence: str) -> None:
    assert pairs(gz, sentence, "PARTNERED_WITH") == set()


def test_a_meeting_organised_in_cooperation_is_both_organisers(gz: Gazetteer) -> None:
    sentence = (
        "The Lumen Network organised the Valmont Workshop on Seasonal Work in cooperation with "
        "the Brisamar Foundation."
    )
    assert pairs(gz, sentence, "ORGANIZED") == {
        ("lumen network", "valmont workshop on seasonal work"),
        ("brisamar foundation", "valmont workshop on seasonal work"),
    }
    assert pairs(gz, sentence, "PARTNERED_WITH") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not the Lumen Network that hosts the secretariat of the Harbour Coalition.",
        "Ce n'est pas le R\u00e9seau Lumen qui h\u00e9berge le secr\u00e9tariat de la Coalition "
        "Harbour.",
    ],
)
def test_a_negated_cleft_hosts_nothing(gz: Gazetteer, sentence: str) -> None:
    assert pairs(gz, sentence, "HOSTS_SECRETARIAT") == set()


def test_the_same_cleft_affirmed_hosts(gz: Gazetteer) -> None:
    sentence = "It is the Lumen Network that hosts the secretariat of the Harbour Coalition."
    assert pairs(gz, sentence, "HOSTS_SECRETARIAT") == {("lumen network", "harbour coalition")}
