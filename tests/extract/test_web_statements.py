"""Shapes of statements, letters and reports as real pages write them: a title in quotes whose
comma stands inside the closing quote ('has issued "X," a national statement'), a report named
in an "in" phrase whose subject tells what it holds ('In its report "X", A and B show ...'),
a body that joins others "in support of" a text ('joined 40 other groups in support of the
statement (below)'), and a text that points at itself ("the statement below", "la déclaration
ci-dessous"). The forms that must give nothing sit beside them: a hedge, a forecast, a
negation, a quoted name that is no text, a report someone else wrote, support of people rather
than of a text. Every name here is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, named, run

AUTHORED = [
    # (text, expected (author, text) pairs)
    ('On Monday, the Harbour Workers Alliance has issued "A Call to Protect All Migrants," a '
     "national statement signed by 200 organizations.",
     {("harbour workers alliance", "a call to protect all migrants")}),
    ('HWA (Harbour Workers Alliance) released "Safe Passage Now," a statement on sea rescue.',
     {("harbour workers alliance", "safe passage now")}),
    ('The Harbour Workers Alliance released a statement, "Protect All Migrants".',
     {("harbour workers alliance", "protect all migrants")}),
    ('La Red Caracola publicó "Fronteras de la vergüenza", un informe sobre devoluciones.',
     {("red caracola", "fronteras de la vergüenza")}),
    ("Le Collectif Ardoise a publié « Frontières de la honte », un rapport sur les refoulements.",
     {("collectif ardoise", "frontières de la honte")}),
    # a report named in an "in" phrase: its subject tells what the report holds
    ('In its new report "Borders of Shame", the Harbour Workers Alliance describes pushbacks at '
     "the border.", {("harbour workers alliance", "borders of shame")}),
    ('In the report "Borders of Shame", the Harbour Workers Alliance and the Lumen Institute show '
     "how pushbacks increased.",
     {("harbour workers alliance", "borders of shame"), ("lumen institute", "borders of shame")}),
    ('En el informe "Fronteras de la vergüenza" la Red Caracola y el Centro Lumen muestran las '
     "devoluciones en la frontera.",
     {("red caracola", "fronteras de la vergüenza"),
      ("centro lumen", "fronteras de la vergüenza")}),
    ("Dans le rapport « Frontières de la honte », le Collectif Ardoise dénonce les refoulements.",
     {("collectif ardoise", "frontières de la honte")}),
    # nothing: a hedge, a quoted name that is no text, someone else's report
    ('The Harbour Workers Alliance may publish "Borders of Shame," a report, next month.', set()),
    ('The Harbour Workers Alliance issued a warning about "Operation Sentinel," a border plan.',
     set()),
    ('The Harbour Workers Alliance criticised the report "Borders of Shame".', set()),
    ('In the report "Borders of Shame" the Harbour Workers Alliance may describe pushbacks.',
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AUTHORED)
def test_who_wrote_a_text_named_in_quotes(
    gz: Gazetteer, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    assert named(ex, "AUTHORED") == expected, ex.relations


@pytest.mark.parametrize(
    "text",
    [
        'In the report "Borders of Shame" by the Lumen Institute, the Harbour Workers Alliance '
        "is criticised.",
        "Dans le rapport « Frontières de la honte » du Centre Lumen, le Collectif Ardoise est "
        "critiqué.",
    ],
)
def test_the_report_of_another_body_gives_no_authorship_to_the_subject(
    gz: Gazetteer, text: str
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    authors = {a for a, _ in named(ex, "AUTHORED")}
    assert not {"harbour workers alliance", "collectif ardoise"} & authors, ex.relations


ENDORSED = [
    # (title line, text, expected (endorser, text) pairs)
    ("", 'The Harbour Workers Alliance joined 40 groups in support of the "Declaration on Safe '
     'Passage".', {("harbour workers alliance", "declaration on safe passage")}),
    ("", 'La Red Caracola se sumó a otras 40 organizaciones en apoyo de la "Declaración de Puerto '
     'Claro".', {("red caracola", "declaración de puerto claro")}),
    ("", "Le Collectif Ardoise a rejoint 40 associations en soutien à la « Déclaration de "
     "Port-Clair ».", {("collectif ardoise", "déclaration de port-clair")}),
    # nothing: praise of those who support, support of people, a forecast, a negation
    ("", 'The Harbour Workers Alliance praised the organizations in support of the "Declaration '
     'on Safe Passage".', set()),
    ("", "The Harbour Workers Alliance rallied in support of migrants at the border.", set()),
    ("", 'The Harbour Workers Alliance will join 40 groups in support of the "Declaration on Safe '
     'Passage" next week.', set()),
    ("", 'The Harbour Workers Alliance did not join the groups in support of the "Declaration on '
     'Safe Passage".', set()),
    ("", 'Le Collectif Ardoise exige une position justifiant le soutien de la France à la '
     '« Déclaration de Port-Clair ».', set()),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "expected"), ENDORSED)
def test_joining_others_in_support_of_a_text(
    gz: Gazetteer, title: str, text: str, expected: set[tuple[str, str]]
) -> None:
    head = title + "\n\n" if title else ""
    ex = run(gz, "2019-05-14\n\n" + head + text)
    assert named(ex, "ENDORSED") == expected, ex.relations


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        ("The Harbour Workers Alliance signed the statement below.", "SIGNED",
         "~harbour workers alliance"),
        ("La Red Caracola firmó la declaración siguiente.", "SIGNED", "~red caracola"),
        ("Le Collectif Ardoise a signé la déclaration ci-dessous.", "SIGNED", "~collectif ardoise"),
        ("The Harbour Workers Alliance joined 179 other organizations in support of the "
         "statement (below) written before the final round.", "ENDORSED",
         "~harbour workers alliance"),
        ("Le Collectif Ardoise a rejoint 30 associations en soutien à la déclaration "
         "ci-dessous.", "ENDORSED", "~collectif ardoise"),
    ],
)  # fmt: skip
def test_a_text_that_points_at_itself_is_the_page(
    gz: Gazetteer, text: str, type_: str, source: str
) -> None:
    ex = run(gz, "2019-05-14\n\nNews from the coast\n\n" + text)
    assert found(ex, type_, source, "document:self"), ex.relations


def test_a_text_that_names_no_pointer_is_not_the_page(gz: Gazetteer) -> None:
    ex = run(
        gz,
        "2019-05-14\n\nNews from the coast\n\nThe Harbour Workers Alliance joined 30 unions in "
        "support of the statement of the Lumen Institute.",
    )
    assert not found(ex, "ENDORSED", "~harbour workers alliance", "document:self"), ex.relations
