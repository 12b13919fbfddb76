"""Files the document tests make: PDFs with and without a text layer, HTML pages, bad bytes."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

SEEDS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "seeds"
NEWS_PAGE = SEEDS / "003_8e9fd9e8fa2ead2b.txt"
INJECTION = "Robert'); MATCH (n) DETACH DELETE n; //"


def pdf_bytes(lines: list[str] | None = None, title: str | None = None) -> bytes:
    """A one-page PDF; with lines, a text layer holding them; without, a blank page."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    if lines:
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        ops = ["BT /F1 11 Tf 14 TL 72 720 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if title:
        writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


ARTICLE_HTML = """<!doctype html>
<html><head><title>Coalition statement | Example network</title>
<meta name="author" content="Jane Roe"></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<main><article>
<h1>Civil society welcomes the Global Compact for Migration</h1>
<p>GENEVA, 10 December 2018 - The Global Coalition on Migration welcomed the adoption of the
Global Compact for Migration in Marrakech and called on states to protect the rights of all
migrants regardless of status.</p>
<p>Alianza Americas is a member of the Global Coalition on Migration and hosts its secretariat.
Its executive director spoke at the opening session of the civil society days.</p>
</article></main>
<script>var tracking = "do not keep";</script>
<footer>Copyright Example network</footer></body></html>
"""

TWO_ARTICLES_HTML = """<!doctype html>
<html><head><title>News</title></head><body><main><h1>News</h1>
<article><h2>GCM Launches MICIC Campaign</h2><p>November 20th, 2014</p>
<p>The Global Coalition on Migration (GCM), along with the Migration and Development Civil
Society Network (MADE), launched a year-long campaign to co-organize a series of civil society
regional consultations on migrants in countries in crisis.</p>
<p>GCM and MADE will organize a series of independent, parallel, civil society consultations.</p>
</article>
<article><h2>OHCHR Endorses GCM Borders Event</h2><p>October 20th, 2014</p>
<p>GCM hosted a celebration and interactive dialogue to mark the launch of new Principles and
Guidelines on the protection and promotion of human rights at international borders.</p>
<p>OHCHR would like to express its sincere gratitude for the support of the coalition.</p>
</article></main></body></html>
"""

SCRIPTS_ONLY_HTML = """<!doctype html><html><head><script src="app.js"></script>
<script>window.__STATE__ = {"page": "news", "items": [1, 2, 3]};</script>
<style>body { color: red; }</style></head>
<body><div id="root"></div><script>render(document.getElementById("root"));</script>
<noscript></noscript></body></html>
"""
