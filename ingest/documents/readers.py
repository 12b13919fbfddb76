"""Files -> the stored text every offset points into, with what the file itself says about it.

Text files (.txt, .md) are decoded as UTF-8 with a BOM stripped and nothing else changed, so
offsets are those of the file. Text that is not valid UTF-8 is read as Windows-1252 (or Latin-1)
and a warning says so. HTML keeps its main text (trafilatura), one block a paragraph; a page
with several <article> elements keeps each as a post. PDF keeps the text layer of each page.
Everything else, and any file above the size limit, raises DocumentError naming the file.
"""

from __future__ import annotations

import copy
import io
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.documents.errors import DocumentError

TEXT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html"}
PDF_SUFFIXES = {".pdf": "pdf"}
SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES, **PDF_SUFFIXES}

# Share of control characters (other than tab, newlines and form feed) above which a decoded
# file is taken for binary data rather than text.
_MAX_CONTROL_SHARE = 0.02
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_BLOCK_SEPARATOR = "\n\n"
_POST_SEPARATOR = "\n\n\n"


@dataclass(frozen=True)
class Hints:
    """What the file's own metadata says (HTML head, PDF info); the text may say better."""

    title: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass
class SourceText:
    path: Path
    format: str  # text | markdown | html | pdf
    text: str
    warnings: list[str] = field(default_factory=list)
    hints: Hints = field(default_factory=Hints)
    # Post boundaries the file's structure gives (HTML <article>s): (start, end) into text.
    posts: list[tuple[int, int]] | None = None


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_source(path: Path, max_bytes: int) -> SourceText:
    """The stored text of one file, or DocumentError with a reason a person can act on."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise DocumentError(
            path,
            f"unsupported format {path.suffix or '(no extension)'!r}: "
            f"ingest reads {', '.join(sorted(SUFFIXES))}",
        )
    raw = _read_bytes(path, max_bytes)
    if kind == "pdf":
        return _pdf(path, raw)
    if kind == "html":
        return _html(path, raw)
    text, warnings = decode_text(path, raw)
    return SourceText(path, kind, text, warnings)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not path.is_file():
        raise DocumentError(path, "is not a file")
    if size > max_bytes:
        raise DocumentError(
            path,
            f"is {size:,} bytes, above the limit of {max_bytes:,} bytes "
            "(COALITION_GRAPH_MAX_DOCUMENT_BYTES): split it or raise the limit",
        )
    if size == 0:
        raise DocumentError(path, "is empty (0 bytes)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror or exc})") from exc


def decode_text(path: Path, raw: bytes) -> tuple[str, list[str]]:
    """UTF-8 with a BOM stripped; else Windows-1252 or Latin-1, with a warning; binary refused."""
    warnings: list[str] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
        warnings.append(f"{path.name}: UTF-16 text; offsets point into its decoded text")
    elif b"\x00" in raw:
        raise DocumentError(path, "looks like a binary file (it holds NUL bytes), not text")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = f"byte 0x{raw[exc.start]:02x} at offset {exc.start}"
            try:
                text = raw.decode("cp1252")
                encoding = "Windows-1252 (cp1252)"
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
                encoding = "Latin-1 (ISO-8859-1)"
            warnings.append(
                f"{path.name}: not valid UTF-8 ({bad}); read as {encoding}. "
                "Offsets point into that reading; save the file as UTF-8 to be sure."
            )
    text = text.removeprefix("\ufeff")
    _refuse_binary(path, text)
    if not text.strip():
        raise DocumentError(path, "holds no text (only whitespace)")
    return text, warnings


def _refuse_binary(path: Path, text: str) -> None:
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    controls += sample.count("\ufffd")
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise DocumentError(
            path, f"looks like binary data, not text ({controls} control characters)"
        )


# --- HTML -------------------------------------------------------------------------------------


def _html(path: Path, raw: bytes) -> SourceText:
    import trafilatura
    from trafilatura.utils import load_html

    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, "looks like a binary file (it holds NUL bytes), not HTML")
    tree = load_html(raw)
    if tree is None:
        raise DocumentError(path, "is not an HTML page that can be parsed")
    warnings: list[str] = []
    meta = trafilatura.extract_metadata(copy.deepcopy(tree))
    hints = Hints(
        title=_clean(getattr(meta, "title", None)),
        date=_clean(getattr(meta, "date", None)),
        author=_clean(getattr(meta, "author", None)),
        url=_clean(getattr(meta, "url", None)),
    )
    articles = [_main_blocks(article) for article in tree.xpath("//article")]
    articles = [blocks for blocks in articles if blocks]
    if len(articles) >= 2:
        parts = [_BLOCK_SEPARATOR.join(blocks) for blocks in articles]
        text, posts = _join_posts(parts)
        return SourceText(path, "html", text, warnings, hints, posts)
    blocks = _main_blocks(tree)
    if not blocks:
        raise DocumentError(
            path,
            "has no main text: the page holds only scripts, styles or navigation "
            "(save the page after it has rendered, or as text)",
        )
    return SourceText(path, "html", _BLOCK_SEPARATOR.join(blocks), warnings, hints)


def _clean(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _main_blocks(tree: Any) -> list[str]:
    """The main content as blocks (headings, paragraphs, list items as bullet lines)."""
    import trafilatura

    xml = trafilatura.extract(
        copy.deepcopy(tree),
        output_format="xml",
        include_formatting=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    if not xml:
        return []
    root = ET.fromstring(xml)  # noqa: S314 - trafilatura's own output, not user XML
    main = root.find("main")
    if main is None:
        return []
    blocks: list[str] = []
    for element in main:
        blocks.extend(_element_blocks(element))
    return [block for block in blocks if block.strip()]


def _element_blocks(element: ET.Element) -> list[str]:
    if element.tag == "list":
        items = [_flat(item) for item in element.iter("item")]
        return ["\n".join(f"• {item}" for item in items if item)]
    if element.tag == "table":
        rows = [
            " | ".join(_flat(cell) for cell in row if _flat(cell)) for row in element.iter("row")
        ]
        return ["\n".join(row for row in rows if row)]
    return [_flat(element)]


def _flat(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _join_posts(parts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    posts: list[tuple[int, int]] = []
    chunks: list[str] = []
    offset = 0
    for part in parts:
        if chunks:
            chunks.append(_POST_SEPARATOR)
            offset += len(_POST_SEPARATOR)
        posts.append((offset, offset + len(part)))
        chunks.append(part)
        offset += len(part)
    return "".join(chunks), posts


# --- PDF --------------------------------------------------------------------------------------


def _pdf(path: Path, raw: bytes) -> SourceText:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not raw.startswith(b"%PDF") and b"%PDF" not in raw[:1024]:
        raise DocumentError(path, "is not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(path, "is an encrypted PDF: save an unprotected copy first")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(path, f"is not a readable PDF ({exc})") from exc
    if not any(pages):
        raise DocumentError(
            path,
            f"has no text layer ({len(pages)} page(s) of images or blank pages, e.g. a scan): "
            "run OCR on it first",
        )
    text = _BLOCK_SEPARATOR.join(page for page in pages if page)
    text = text.replace("\x00", "")
    warnings: list[str] = []
    _refuse_binary(path, text)
    created = info.creation_date if info is not None else None
    hints = Hints(
        title=_clean(info.title) if info is not None else None,
        author=_clean(info.author) if info is not None else None,
        date=created.date().isoformat() if created is not None else None,
    )
    return SourceText(path, "pdf", text, warnings, hints)
