"""Who wrote the text itself, as a file is read by `coalition-graph extract` (its documents
named by ids): "This statement was drafted by A and B" under a title that calls the text a
statement names A and B its authors, though the document is known by an id and not by its
title; another kind of text ("the letter") or an indefinite one ("a statement") does not. A new
acronym spelled out in brackets after it ("ABCD (Asociación de Barrios ...)") names one
organization by both. Every text is written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.documents.extraction import document_ids_for, extract, segment
from ingest.documents.readers import SourceText
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction


def read_file(gz: Gazetteer, text: str) -> Extraction:
    """The extraction of a whole file, its documents named by ids (as `extract` does)."""
    segmented = segment(SourceText(Path("statement.txt"), "text", text), None)
    ids = document_ids_for(text, segmented, {})
    return extract(text, segmented, gz, ids)


def authors(ex: Extraction) -> set[str]:
    names = {e.key: e.name for e in ex.entities}
    own = {d.id for d in ex.documents}
    return {names[r.source] for r in ex.relations if r.type == "AUTHORED" and r.target in own}


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Joint statement on detention at sea",
         "This statement was drafted by the Quayside Workers Centre and the Lowland Migrant "
         "Alliance.", {"Quayside Workers Centre", "Lowland Migrant Alliance"}),
        ("Declaración conjunta sobre la detención",
         "Esta declaración fue redactada por la Red Andina de Casas del Migrante.",
         {"Red Andina de Casas del Migrante"}),
        ("Appel commun pour la fin de la détention",
         "Cet appel a été rédigé par le Collectif des Travailleurs Saisonniers.",
         {"Collectif des Travailleurs Saisonniers"}),
        ("Joint statement on detention at sea",
         "The letter was drafted by the Quayside Workers Centre.", set()),
        ("Joint statement on detention at sea",
         "A statement was drafted by the Quayside Workers Centre last year.", set()),
        ("Joint statement on detention at sea",
         "This statement was drafted by QWC (Quayside Workers Centre), a union of dockers.",
         {"Quayside Workers Centre"}),
        ("Joint statement on detention at sea",
         "This statement was drafted by ASLM (Associazione per la Solidarietà coi Lavoratori "
         "Migranti).", {"Associazione per la Solidarietà coi Lavoratori Migranti"}),
    ],
)  # fmt: skip
def test_the_text_itself_names_its_authors(
    gz: Gazetteer, title: str, body: str, expected: set[str]
) -> None:
    text = f"2021-03-04\n\n{title}\n\n{body}\n"
    assert authors(read_file(gz, text)) == expected


def test_an_acronym_and_its_name_in_brackets_are_one_organization(gz: Gazetteer) -> None:
    text = (
        "2021-03-04\n\nNews in brief\n\nThe appeal came from ASLM (Associazione per la "
        "Solidarietà coi Lavoratori Migranti). ASLM has 40 member groups.\n"
    )
    ex = read_file(gz, text)
    named = [e for e in ex.entities if "ASLM" in e.aliases]
    assert [e.name for e in named] == ["Associazione per la Solidarietà coi Lavoratori Migranti"]
    assert {m.text for m in named[0].mentions} >= {"ASLM"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Comunicado de la Red Andina de Casas del Migrante", {"Red Andina de Casas del Migrante"}),
        ("Déclaration du Collectif des Travailleurs Saisonniers",
         {"Collectif des Travailleurs Saisonniers"}),
        ("Statement by the Quayside Workers Centre on International Migrants Day",
         {"Quayside Workers Centre"}),
    ],
)  # fmt: skip
def test_a_title_names_its_authors_without_the_text_noun_or_the_day(
    gz: Gazetteer, title: str, expected: set[str]
) -> None:
    """The text's noun before the authors is no part of their name ("Comunicado de la Red X"
    is no organization), nor is the meeting after "on" ("... on International Migrants Day")."""
    text = f"2021-03-04\n\n{title}\n\nGovernments must put rights first.\n"
    assert authors(read_file(gz, text)) == expected
