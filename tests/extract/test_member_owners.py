"""Members listed after a copula, of a body that belongs to a network ("the members of the
committee of C are A (Chair) and B", "les membres du bureau du réseau C sont ..."): members
of C, each with the role written beside it; the copular clause's own hedge, negation or future
tense gives nothing. Sentences written for this test, EN/ES/FR. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

HEAD = "2020-06-01\n\nNetwork news\n\n"


def members(gz: Gazetteer, text: str) -> set[tuple[str, str, str]]:
    ex = run(gz, HEAD + text)
    names = {e.key: e.name for e in ex.entities}
    return {
        (r.source, names.get(r.target, r.target), str(r.properties.get("role")))
        for r in ex.relations
        if r.type == "MEMBER_OF"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The members of the steering committee of the Lantern Network are PICUM (Chair) and "
         "NNIRR.", {("picum", "Lantern Network", "Chair"), ("nnirr", "Lantern Network", "member")}),
        ("Los miembros del comité ejecutivo de la Red Faro son PICUM (presidenta) y NNIRR "
         "(tesorera).", {("picum", "Red Faro", "presidenta"), ("nnirr", "Red Faro", "tesorera")}),
        ("Les membres du bureau du réseau Migreurop sont PICUM (présidente) et NNIRR "
         "(trésorier).",
         {("picum", "Migreurop", "présidente"), ("nnirr", "Migreurop", "trésorier")}),
        ("The members of the steering committee of the Lantern Network may be PICUM and NNIRR.",
         set()),
        ("The members of the steering committee of the Lantern Network will be PICUM and NNIRR.",
         set()),
        ("The members of the steering committee of the Lantern Network are not PICUM and NNIRR.",
         set()),
        ("Los miembros del comité ejecutivo de la Red Faro podrían ser PICUM y NNIRR.", set()),
        ("Les membres du bureau du réseau Migreurop pourraient être PICUM et NNIRR.", set()),
    ],
)  # fmt: skip
def test_members_of_a_networks_body_after_a_copula(
    gz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert members(gz, text) == expected
