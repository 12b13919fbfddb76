"""Two forms the older tests leave out. A body that became another by name ("B, which became C
in 2015", "B se convirtió en C", "B est devenu C"): C FORMERLY_KNOWN_AS B; never "became a
member of C" or "became the largest network". A report's quoted title set after the noun's
own phrase ('a new report by O, "X", documents'): O AUTHORED X. Every name is invented for
this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run


def pairs(gz: Gazetteer, text: str, type_: str) -> set[tuple[str, str]]:
    ex = run(gz, "2021-04-09\n\n" + text)
    names = {e.key: e.name.lower() for e in ex.entities}
    return {(names[r.source], names[r.target]) for r in ex.relations if r.type == type_}


BECAME = [
    ("The Coastal Migrants Forum, which became the Harbour Alliance in 2015, works in twelve "
     "countries.", {("harbour alliance", "coastal migrants forum")}),
    ("En 2015 el Foro Costero de Migrantes se convirtió en la Red Andina.",
     {("red andina", "foro costero de migrantes")}),
    ("Le Forum côtier des migrants est devenu le Réseau Lumen en 2015.",
     {("réseau lumen", "forum côtier des migrants")}),
    ("The Coastal Migrants Forum became a member of the Harbour Alliance in 2015.", set()),
    ("The Coastal Migrants Forum became the largest network in the region.", set()),
    ("The Coastal Migrants Forum may become the Harbour Alliance next year.", set()),
    ("The Coastal Migrants Forum did not become the Harbour Alliance.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BECAME)
def test_a_body_that_became_another_by_name(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(gz, text, "FORMERLY_KNOWN_AS") == expected


REPORTS = [
    ('A new report by the Harbour Alliance, "Closed Doors", documents abuses at the border.',
     {("harbour alliance", "closed doors")}),
    ('A report by the Harbour Alliance on detention, "Closed Doors", was presented on Monday.',
     {("harbour alliance", "closed doors")}),
    ("Un rapport du Réseau Lumen, « Portes closes », documente des abus.",
     {("réseau lumen", "portes closes")}),
    # a quoted name after another phrase is no title of the report
    ('The report by the Harbour Alliance was discussed at the meeting "Closed Doors".', set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_a_reports_title_after_its_authors_phrase(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(gz, text, "AUTHORED") == expected
