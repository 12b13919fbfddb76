"""The shipped sample corpus as Document nodes whose stored text the offsets point into.

Seeds carry curated metadata in entities.yaml (source_file, checksum); files of corpus/more
without an entry get a Document from their own header (URL, date, blank line, title; a file with
no title line gets one from its URL's slug or its first sentence).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.documents.metadata import derived_title, read_meta
from ingest.records import NodeRecord, Value
from ingest.reference.claims import QuoteFinder

_LANG_SUFFIX = re.compile(r"_(EN|ES|FR)$")


@dataclass(frozen=True)
class CorpusText:
    document_id: str
    text: str


def checksum(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def corpus_files(data_dir: Path) -> dict[str, Path]:
    """File name -> path, for every text of data/corpus (names are unique across folders)."""
    return {p.name: p for p in sorted((data_dir / "corpus").rglob("*.txt"))}


def _read(path: Path) -> str:
    # newline="" keeps the bytes as they are: offsets must match the file exactly.
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def documents(
    data_dir: Path, curated: list[NodeRecord]
) -> tuple[list[NodeRecord], dict[str, CorpusText]]:
    """Document records with text (curated ones completed, the rest from headers), and a map
    from file name to (document id, text) for locating quotes."""
    files = corpus_files(data_dir)
    texts: dict[str, CorpusText] = {}
    records: list[NodeRecord] = []
    for record in curated:
        source_file = record.props.get("source_file")
        if "Document" not in record.labels or not isinstance(source_file, str):
            continue
        path = data_dir.parent / source_file
        if not path.is_file():
            raise ValueError(f"Document {record.id}: source_file {source_file} does not exist")
        text = _read(path)
        if record.props.get("checksum") not in (None, checksum(text)):
            raise ValueError(f"Document {record.id}: {source_file} does not match its checksum")
        props = {**record.props, "text": text, "checksum": checksum(text)}
        records.append(replace(record, props=props))
        texts[path.name] = CorpusText(record.id, text)
    for name, path in files.items():
        if name not in texts:
            record = _from_header(data_dir, path)
            records.append(record)
            texts[name] = CorpusText(record.id, str(record.props["text"]))
    return records, texts


def _from_header(data_dir: Path, path: Path) -> NodeRecord:
    text = _read(path)
    lines = text.split("\n")
    url = lines[0].strip() if lines and lines[0].startswith("http") else None
    date = lines[1].strip() if url and len(lines) > 1 else None
    title = read_meta(text).title or derived_title(text, url) or path.stem
    lang = _LANG_SUFFIX.search(path.stem)
    props: dict[str, Value] = {
        "name": title[:200],
        "title": title[:500],
        "kind": "article",
        "date": date,
        "language": lang.group(1).lower() if lang else None,
        "source_url": url,
        "source_file": str(path.relative_to(data_dir.parent)),
        "checksum": checksum(text),
        "text": text,
        "method": "curated",
        "source_ref": str(path.relative_to(data_dir.parent)),
    }
    doc_id = "doc-" + re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return NodeRecord(doc_id, ("Document",), props)


def quote_finder(texts: dict[str, CorpusText]) -> QuoteFinder:
    """A QuoteFinder over the corpus: (document id, start, end) of the first exact match."""

    def find(file_name: str, quote: str) -> tuple[str, int, int] | None:
        doc = texts.get(file_name)
        if doc is None:
            return None
        if not quote:
            return doc.document_id, -1, -1
        start = doc.text.find(quote)
        return (doc.document_id, start, start + len(quote)) if start >= 0 else None

    return find
