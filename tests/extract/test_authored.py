"""Who wrote a text, from a heading or a first line that names its writers ("Joint statement of
A and B"), in English, Spanish and French; the same words in a sentence of the body name
someone else's text and give nothing. Sentences written for this test. Needs the parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

CASES = [
    (
        "Migration: a call to act\n\nJoint statement of Amnesty International and the Platform "
        "for International Cooperation on Undocumented Migrants\n\nWe call on states to act.\n",
        {"candidate:amnesty-international", "picum"},
    ),
    (
        "Pacto migratorio: una oportunidad\n\nDeclaración de Alianza Americas y de Migrant Forum "
        "in Asia\n\nPedimos al gobierno que firme el pacto.\n",
        {"alianza-americas", "mfa-asia"},
    ),
    (
        "Pacte sur les migrations : un appel\n\nDéclaration d'Alianza Americas et de Migrant "
        "Forum in Asia\n\nNous demandons au gouvernement de signer le pacte.\n",
        {"alianza-americas", "mfa-asia"},
    ),
    # the body speaks of another text: no writer of this one
    (
        "Migration news\n\nThe government welcomed the statement of Amnesty International on the "
        "compact.\n",
        set(),
    ),
    ("Noticias\n\nEl gobierno criticó la declaración de Alianza Americas sobre el pacto.\n", set()),
]


@pytest.mark.parametrize(("body", "authors"), CASES)
def test_heading_names_the_writers(gz: Gazetteer, body: str, authors: set[str]) -> None:
    extraction = run(gz, "2019-03-02\n\n" + body)
    title = body.split("\n")[0]
    own = {e.key for e in extraction.entities if e.type == "Document" and e.name == title}
    found = {r.source for r in extraction.relations if r.type == "AUTHORED" and r.target in own}
    assert found == authors, [(r.type, r.source, r.target) for r in extraction.relations]


REPORTS = [
    # a report named after "titled" / "intitulé" / "titulado", or in an apposition
    ('Brightwater Rights Watch published a report titled "Harvest of Debt" on Tuesday, '
     "documenting abuses on farms.", "harvest of debt"),
    ('Brightwater Rights Watch released a new study, "Harvest of Debt", on Tuesday.',
     "harvest of debt"),
    ('La Fundación Brisamar presentó este martes un informe titulado "Cosecha de deudas".',
     "cosecha de deudas"),
    ("Le Réseau Brisemer a publié mardi un rapport intitulé « Récolte de dettes ».",
     "récolte de dettes"),
    # the publisher as the report's possessor, or right after the noun as written (a parser
    # may hang "by O" on the sentence's verb)
    ("Brightwater Rights Watch's latest report, \"Harvest of Debt\", documents abuses on farms.",
     "harvest of debt"),
    ('According to "Harvest of Debt", a report by Brightwater Rights Watch, abuses are common.',
     "harvest of debt"),
    ('Según "Cosecha de deudas", un informe de la Fundación Brisamar, los abusos son frecuentes.',
     "cosecha de deudas"),
    ("D'après « Récolte de dettes », un rapport du Réseau Brisemer, les abus sont fréquents.",
     "récolte de dettes"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "title"), REPORTS)
def test_a_report_named_by_its_quoted_title_is_the_publishers(
    gz: Gazetteer, sentence: str, title: str
) -> None:
    ex = run(gz, "2021-03-15\n\nNews\n\n" + sentence + "\n")
    ents = {e.key: e for e in ex.entities}
    got = {ents[r.target].name.lower() for r in ex.relations if r.type == "AUTHORED"}
    assert title in got, ex.relations


def test_a_report_still_to_come_gives_nothing(gz: Gazetteer) -> None:
    ex = run(gz, '2021-03-15\n\nNews\n\nBrightwater Rights Watch will publish a report titled '
                 '"Harvest of Debt" next month.\n')  # fmt: skip
    assert not [r for r in ex.relations if r.type == "AUTHORED"], ex.relations


def test_a_quoted_titles_first_word_is_no_actor(gz: Gazetteer) -> None:
    ex = run(gz, '2021-03-15\n\nNews\n\n"Harvest of Debt", published by Brightwater Rights Watch '
                 "in March, documents abuses.\n")  # fmt: skip
    assert "harvest" not in {e.name.lower() for e in ex.entities}, ex.entities


HEADED = [
    # a kind-of-text line, then a line that is wholly a body's name
    ("Press release\nMinistry of Labour of the Republic of Kestrelia\n\nThe ministry opened a "
     "consultation.\n", "ministry of labour of the republic of kestrelia"),
    ("Comunicado de prensa\nFundación Brisamar\n\nLa fundación abrió una consulta.\n",
     "fundación brisamar"),
    # a new name set apart from the text's kind by a dash or a colon
    ("Brightwater Rights Watch \u2013 Press release\n\nThe watchdog opened a consultation.\n",
     "brightwater rights watch"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "author"), HEADED)
def test_a_press_release_names_its_author_in_its_head(
    gz: Gazetteer, text: str, author: str
) -> None:
    ex = run(gz, "2021-03-15\n\n" + text)
    ents = {e.key: e for e in ex.entities}
    got = {ents[r.source].name.lower() for r in ex.relations if r.type == "AUTHORED"}
    assert got == {author}, ex.relations


def test_a_new_name_run_into_the_texts_kind_is_no_author(gz: Gazetteer) -> None:
    ex = run(gz, "2021-03-15\n\nGlobal Compact statement\n\nWe welcome the adoption.\n")
    assert not [r for r in ex.relations if r.type == "AUTHORED"], ex.relations


BYLINES = [
    ("Barcos bloqueados\n\nPor Ana Gómez Ruiz y Luis Pérez Ortega | El Diario del Sur\n\nLos "
     "barcos fueron bloqueados de nuevo.\n", {"ana gómez ruiz", "luis pérez ortega"}),
    ("Navires bloqués\n\nPar Claire Dubreuil avec AFP\n\nLes navires ont de nouveau été "
     "bloqués.\n", {"claire dubreuil"}),
    ("Ships held again\n\nBy Jane Holloway with Reuters\n\nThe ships were held again.\n",
     {"jane holloway"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writers"), BYLINES)
def test_a_bylines_medium_is_no_writer(gz: Gazetteer, text: str, writers: set[str]) -> None:
    ex = run(gz, "2021-03-15\n\n" + text)
    ents = {e.key: e for e in ex.entities}
    got = {ents[r.source].name.lower() for r in ex.relations if r.type == "AUTHORED"}
    assert got == writers, ex.relations
