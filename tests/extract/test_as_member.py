"""A body that acts as a member of another ("A took part as a founding member of C", "A
participó como miembro fundador de C") is a member of it; not when the act is denied or only
possible. The bodies are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Back then the Harbour Rights Network took part as one founding member of the Coastal "
         "Workers Alliance.", {("harbour rights network", "coastal workers alliance")}),
        ("La Red Andina de Migraciones participó como miembro fundador de la Alianza Costera "
         "del Pacífico.", {("red andina de migraciones", "alianza costera del pacífico")}),
        ("The Harbour Rights Network did not participate as a member of the Coastal Workers "
         "Alliance.", set()),
        ("The Harbour Rights Network may join as a member of the Coastal Workers Alliance.",
         set()),
    ],
)  # fmt: skip
def test_acting_as_a_member(gz: Gazetteer, sentence: str, expected: set[tuple[str, str]]) -> None:
    ex = run(gz, "2019-05-20\n\nAbout us\n\n" + sentence + "\n", "2019-05-20")
    assert named(ex, "MEMBER_OF") == expected, (ex.relations, ex.warnings)
