"""Bodies whose delegates attended, named after the meeting's noun ("Asistieron al taller
delegados de A y de la B": a parser hangs the delegates on the meeting as its compound, the
bodies as the meeting's own "of"): each took part; "A y de la B", "A and of the B" are two
names, never one. Not when the attendance is denied. Every name is invented for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run

HEAD = (
    '2019-03-15\n\nTaller en la ciudad\n\nEl taller "El Pacto en el barrio" se realizó el 12 '
    "de marzo en la ciudad. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        case("es-delegates", "Asistieron al taller delegados de la Asociación de Costureras del "
             "Valle y de la Cooperativa de Albañiles del Sur.",
             {"Asociación de Costureras del Valle", "Cooperativa de Albañiles del Sur"}),
        case("es-negated", "No asistieron al taller delegados de la Asociación de Costureras del "
             "Valle ni de la Cooperativa de Albañiles del Sur.", set()),
    ],
)  # fmt: skip
def test_bodies_whose_delegates_attended(gz: Gazetteer, sentence: str, expected: set[str]) -> None:
    ex = run(gz, HEAD + sentence + "\n", "2019-03-15")
    names = {e.key: e.name for e in ex.entities}
    assert not [n for n in names.values() if " y de " in n], names
    got = {names[r.source] for r in ex.relations if r.type == "PARTICIPATED_IN"}
    assert got == expected
