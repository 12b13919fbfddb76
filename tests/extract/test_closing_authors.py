"""A text signed off by a body with its place and full date, on one of its last lines or as a
dateline under its title ("Harbour Network for Migrant Rights, 12 March 2019", "Red X, 12 de
marzo de 2019"): the body authored the text. A line of a place and a date alone, a meeting and
its date, a name with no date give no author. Every name is invented for this test. Needs the
local CoreNLP parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.documents.extraction import document_ids_for, extract, segment
from ingest.documents.readers import SourceText
from ingest.extract.gazetteer import Gazetteer


def authors(gz: Gazetteer, text: str) -> set[str]:
    """Who authored the file's own document, the file read as `coalition-graph extract` does."""
    segmented = segment(SourceText(Path("statement.txt"), "text", text), None)
    ex = extract(text, segmented, gz, document_ids_for(text, segmented, {}))
    names = {e.key: e.name.lower() for e in ex.entities}
    own = {d.id for d in ex.documents}
    return {names[r.source] for r in ex.relations if r.type == "AUTHORED" and r.target in own}


BODY = {
    "en": ("Statement on the detention of migrant children", "We call on all governments to end "
           "the detention of migrant children and to provide safe alternatives."),
    "es": ("Declaraci\u00f3n sobre la detenci\u00f3n de ni\u00f1os migrantes", "Exigimos a los "
           "gobiernos que pongan fin a la detenci\u00f3n de ni\u00f1os migrantes."),
    "fr": ("D\u00e9claration sur la d\u00e9tention des enfants migrants", "Nous appelons les "
           "gouvernements \u00e0 mettre fin \u00e0 la d\u00e9tention des enfants migrants."),
}  # fmt: skip

SIGNED_OFF = [
    ("en", "Harbour Network for Migrant Rights, 12 March 2019",
     "harbour network for migrant rights"),
    ("en", "Lumen Workers Union, Valmont, 12 March 2019", "lumen workers union"),
    ("es", "Red Andina de Migraciones, 12 de marzo de 2019", "red andina de migraciones"),
    ("fr", "R\u00e9seau Harbour pour les droits des migrants, Dakar, le 12 mars 2019",
     "r\u00e9seau harbour pour les droits des migrants"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "author"), SIGNED_OFF)
def test_a_sign_off_line_names_the_author(gz: Gazetteer, lang: str, line: str, author: str) -> None:
    title, body = BODY[lang]
    assert authors(gz, f"2019-03-12\n\n{title}\n\n{body}\n\n{line}\n") == {author}


@pytest.mark.parametrize(("lang", "line", "author"), SIGNED_OFF)
def test_a_dateline_under_the_title_names_the_author(
    gz: Gazetteer, lang: str, line: str, author: str
) -> None:
    title, body = BODY[lang]
    assert authors(gz, f"2019-03-12\n\n{title}\n{line}\n\n{body}\n") == {author}


@pytest.mark.parametrize(
    "line",
    [
        "Valmont, 12 March 2019",
        "Regional Workshop on Labour Migration, 12 March 2019",
        "Harbour Network for Migrant Rights",
        "Harbour Network for Migrant Rights, Valmont",
    ],
)
def test_no_author_without_a_body_and_a_date(gz: Gazetteer, line: str) -> None:
    title, body = BODY["en"]
    assert authors(gz, f"2019-03-12\n\n{title}\n\n{body}\n\n{line}\n") == set()
