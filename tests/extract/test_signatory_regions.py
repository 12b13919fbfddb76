"""Region sub-headings inside a signatory list ("Europe", "Latin America:", "Amérique latine")
group the signers under them and sign nothing themselves, whichever reader takes the lines.
Every name here is invented for this test. Pure logic (no parse is needed for the lines)."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

LETTERS = [
    ("Open letter on safe harbours\n\nWe call on the European Union to open safe harbours.\n\n"
     "Signatories:\n\nEurope\nBrightwater Rights Watch (Belgium)\nLumen Nord (France)\n\n"
     "Africa\nKestrel Workers Union (Senegal)\n"),
    ("Carta abierta sobre puertos seguros\n\nPedimos a la Unión Europea que abra puertos "
     "seguros.\n\nFirmantes:\n\nEuropa\nBrightwater Rights Watch (Bélgica)\nLumen Nord "
     "(Francia)\n\nÁfrica\nKestrel Workers Union (Senegal)\n"),
    ("Lettre ouverte sur les ports sûrs\n\nNous demandons à l'Union européenne d'ouvrir des "
     "ports sûrs.\n\nSignataires :\n\nEurope\nBrightwater Rights Watch (Belgique)\nLumen Nord "
     "(France)\n\nAfrique\nKestrel Workers Union (Sénégal)\n"),
]  # fmt: skip


@pytest.mark.parametrize("letter", LETTERS)
def test_a_region_line_signs_nothing_and_the_lines_under_it_sign(
    gz: Gazetteer, letter: str
) -> None:
    ex = run(gz, "2021-03-15\n\n" + letter)
    ents = {e.key: e for e in ex.entities}
    signers = {ents[r.source].name.lower() for r in ex.relations if r.type == "SIGNED"}
    assert signers == {"brightwater rights watch", "lumen nord", "kestrel workers union"}, signers
