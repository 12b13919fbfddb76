"""Readers: the stored text of .txt/.md/.html/.pdf files, and clear refusals of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.documents.errors import DocumentError
from ingest.documents.readers import read_source
from tests.documents.helpers import (
    ARTICLE_HTML,
    SCRIPTS_ONLY_HTML,
    TWO_ARTICLES_HTML,
    pdf_bytes,
    write,
)

LIMIT = 20_000_000


def test_utf8_text_is_kept_exactly_with_the_bom_stripped(tmp_path: Path) -> None:
    body = "Título\r\n\r\nAlianza Americas\u00a0— «sí»\n"
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + body.encode("utf-8"))
    source = read_source(path, LIMIT)
    assert source.text == body  # no newline translation, NBSP kept, BOM gone
    assert source.warnings == []
    assert source.format == "text"


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.md", "# Title\n\nSome *text* here.\n")
    source = read_source(path, LIMIT)
    assert source.format == "markdown" and source.text.startswith("# Title")


def test_windows_1252_text_is_read_with_a_warning(tmp_path: Path) -> None:
    body = "Déclaration de la société civile \u2013 «Pacte mondial» 2018"
    path = write(tmp_path / "cp.txt", body.encode("cp1252"))
    source = read_source(path, LIMIT)
    assert source.text == body
    assert len(source.warnings) == 1
    assert "cp.txt" in source.warnings[0] and "cp1252" in source.warnings[0]


def test_latin1_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.txt", "Migración y café ".encode("latin-1") + b"\x81\x8d text")
    source = read_source(path, LIMIT)
    assert source.text.startswith("Migración y café")
    assert "Latin-1" in source.warnings[0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty (0 bytes)"),
        (b"   \n\t\n  ", "holds no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (bytes(range(1, 32)) * 50, "binary data"),
    ],
)
def test_empty_and_binary_files_are_refused_by_name(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = write(tmp_path / "bad.txt", content)
    with pytest.raises(DocumentError) as caught:
        read_source(path, LIMIT)
    assert str(path) in str(caught.value) and reason in str(caught.value)


def test_a_file_above_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(DocumentError) as caught:
        read_source(path, 1000)
    message = str(caught.value)
    assert "big.txt" in message and "5,000 bytes" in message and "limit of 1,000" in message


def test_unknown_formats_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "minutes.docx", b"PK\x03\x04")
    with pytest.raises(DocumentError, match=r"unsupported format '\.docx'"):
        read_source(path, LIMIT)


def test_html_keeps_the_main_text_without_navigation_or_scripts(tmp_path: Path) -> None:
    source = read_source(write(tmp_path / "page.html", ARTICLE_HTML), LIMIT)
    assert "Alianza Americas is a member of the Global Coalition on Migration" in source.text
    assert "tracking" not in source.text and "About" not in source.text
    assert "\n\n" in source.text  # one block a paragraph
    assert source.hints.author == "Jane Roe"
    assert source.posts is None


def test_html_with_several_articles_keeps_each_as_a_post(tmp_path: Path) -> None:
    source = read_source(write(tmp_path / "news.html", TWO_ARTICLES_HTML), LIMIT)
    assert source.posts is not None and len(source.posts) == 2
    first, second = (source.text[s:e] for s, e in source.posts)
    assert first.startswith("GCM Launches MICIC Campaign")
    assert second.startswith("OHCHR Endorses GCM Borders Event")


def test_html_of_only_scripts_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "app.html", SCRIPTS_ONLY_HTML)
    with pytest.raises(DocumentError) as caught:
        read_source(path, LIMIT)
    assert "app.html" in str(caught.value) and "only scripts" in str(caught.value)


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    lines = ["Statement on migration", "Alianza Americas is a member of the coalition."]
    source = read_source(write(tmp_path / "s.pdf", pdf_bytes(lines, title="Meta title")), LIMIT)
    assert "Alianza Americas is a member of the coalition." in source.text
    assert source.hints.title == "Meta title"


def test_pdf_without_a_text_layer_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "scan.pdf", pdf_bytes())
    with pytest.raises(DocumentError) as caught:
        read_source(path, LIMIT)
    assert "scan.pdf" in str(caught.value) and "no text layer" in str(caught.value)


def test_a_broken_pdf_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.pdf", b"%PDF-1.7\nthis is not really a pdf\n")
    with pytest.raises(DocumentError, match=r"broken\.pdf"):
        read_source(path, LIMIT)
