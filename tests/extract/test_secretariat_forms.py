"""Who hosts a network's secretariat (HOSTS_SECRETARIAT), in forms the older tests leave out: a
possessive determiner for the network named in the sentence before ("Son secrétariat est
hébergé par O", "Its secretariat is hosted by O") and "provides the secretariat". Hedged and
unrelated sentences give nothing. Every name is invented for this test. Needs the local
CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run


def hosts(ex: Extraction) -> set[tuple[str, str]]:
    names = {e.key: e.name.lower() for e in ex.entities}
    return {
        (names[r.source], names[r.target]) for r in ex.relations if r.type == "HOSTS_SECRETARIAT"
    }


CASES = [
    ("The Lumen Network brings together 40 organisations. Its secretariat is hosted by the "
     "Harbour Alliance.", {("harbour alliance", "lumen network")}),
    ("Le Réseau Lumen regroupe 40 organisations. Son secrétariat est hébergé par l'Alliance "
     "Harbour.", {("alliance harbour", "réseau lumen")}),
    # "Son": the network the sentences before speak of, not the last body they name
    ("Le Réseau Lumen est une coalition de 18 associations.\n\nSes membres fondateurs sont "
     "l'Association Harbour et le Collectif Solidarité Frontières.\n\nLe réseau est présidé par "
     "Claire Dumont. Son secrétariat est assuré par la Maison des Travailleurs Migrants.",
     {("maison des travailleurs migrants", "réseau lumen")}),
    ("The Harbour Alliance provides the secretariat for the Lumen Network.",
     {("harbour alliance", "lumen network")}),
    ("La Alianza Costera proporciona la secretaría de la Red Andina.",
     {("alianza costera", "red andina")}),
    ("L'Alliance Harbour fournit le secrétariat du Réseau Lumen.",
     {("alliance harbour", "réseau lumen")}),
    ("The Harbour Alliance could provide the secretariat for the Lumen Network.", set()),
    ("The Harbour Alliance may host the secretariat of the Lumen Network from next year.", set()),
    ("The Harbour Alliance provided funding to the Lumen Network.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_who_hosts_the_secretariat(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    assert hosts(run(gz, "2021-04-09\n\n" + text)) == expected
