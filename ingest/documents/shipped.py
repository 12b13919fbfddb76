"""The shipped documents through the extraction engine, as `coalition-graph load` writes them.

Every text of data/corpus is already a Document of the reference layer (a seed with its curated
entry in entities.yaml, a file of corpus/more from its header: doc-<file stem>). The engine reads
each one and its relations become extracted claims citing that Document, never a second copy of
it: a file the engine splits into posts (the news page of the seeds) is still one Document, and
the offsets of its claims index the whole file, as the Document's stored text does.

How its claims sit beside the curated ones and how reviews apply: ingest.documents.shipped_claims
and ingest.reference.reviews.

The engine's result for a file is cached on disk (settings.cache_dir/extractions), keyed by the
file's checksum and a fingerprint of the engine (its code, rules and word lists, the model, the
reference data it reads as gazetteer, the parser's version): a later load, and every load of a
test run after the first, reads it instead of starting the parser; any change to the engine or
the reference data parses again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.documents.extraction import extract, reference_gazetteer, reference_nodes, segment
from ingest.documents.readers import SourceText, read_source
from ingest.extract.types import (
    EXTRACTOR_VERSION,
    DocumentSegment,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    Mention,
    document_key,
)

CACHE_FOLDER = "extractions"
# what the reading depends on: these folders of the ingest package (the engine, the documents'
# reading, the reference data's loader that gives its gazetteer) and the reference files ...
_ENGINE_DIRS = ("extract", "documents", "reference")
_ENGINE_FILES = ("records.py",)
# ... but for what works on the reading afterwards and the documentation
_NOT_ENGINE = {"reviews.yaml", "reviews.py", "shipped_claims.py"}
_NOT_ENGINE_SUFFIXES = {".md"}


@dataclass(frozen=True)
class ShippedFile:
    path: Path
    document_id: str
    title: str | None
    date: str | None
    language: str | None


def shipped_files(data_dir: Path) -> list[ShippedFile]:
    """Every text of data/corpus with the Document that stores it (sorted by file name)."""
    root = data_dir.resolve().parent
    out = []
    for node in reference_nodes(data_dir.resolve()).values():
        source = node.props.get("source_file")
        if "Document" not in node.labels or not isinstance(source, str) or "text" not in node.props:
            continue
        out.append(
            ShippedFile(
                root / source,
                node.id,
                _text(node.props.get("title")) or _text(node.props.get("name")),
                _text(node.props.get("date")),
                _text(node.props.get("language")),
            )
        )
    return sorted(out, key=lambda f: f.path.name)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


# --- the engine's result, cached -------------------------------------------------------------


def engine_fingerprint(data_dir: Path) -> str:
    """A hash of everything the engine's result depends on besides the text."""
    import graph
    import ingest
    from ingest.extract.engine import REPLACED
    from ingest.extract.parser.corenlp import VERSION

    return _fingerprint(
        Path(ingest.__file__).parent,
        Path(graph.__file__).parent / "model.yaml",
        data_dir.resolve() / "reference",
        f"{EXTRACTOR_VERSION} corenlp {VERSION} replaced {sorted(REPLACED)}",
        _mtimes(Path(ingest.__file__).parent, data_dir.resolve() / "reference"),
    )


def _mtimes(*folders: Path) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (str(p), p.stat().st_mtime_ns, p.stat().st_size)
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    )


@lru_cache(maxsize=4)  # keyed by the files' times and sizes too: an edited file counts again
def _fingerprint(
    package: Path, model: Path, reference: Path, version: str, _stat: tuple[Any, ...]
) -> str:
    digest = hashlib.sha256(version.encode())
    files = [p for folder in _ENGINE_DIRS for p in sorted((package / folder).rglob("*"))]
    files += [package / name for name in _ENGINE_FILES]
    files += [model, *sorted(reference.iterdir())]
    for path in files:
        if (
            not path.is_file()
            or "__pycache__" in path.parts
            or path.name in _NOT_ENGINE
            or path.suffix in _NOT_ENGINE_SUFFIXES
        ):
            continue
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(text_checksum: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{text_checksum} {fingerprint}".encode()).hexdigest()


_MEMORY: dict[str, dict[str, Any]] = {}  # key -> the cached form, for this process


def shipped_extraction(
    file: ShippedFile,
    data_dir: Path,
    cache_dir: Path | None,
    max_bytes: int,
    run: Callable[[ShippedFile, SourceText], Extraction] | None = None,
) -> tuple[Extraction, bool]:
    """The engine's reading of a shipped file (its documents collapsed into the one Document),
    and whether it came from the cache. run: the engine (default: engine_reading)."""
    source = read_source(file.path, max_bytes)
    text = source.text
    key = cache_key(_checksum(text), engine_fingerprint(data_dir))
    path = cache_dir / CACHE_FOLDER / key[:2] / f"{key}.json" if cache_dir else None
    stored = _MEMORY.get(key)
    if stored is None and path is not None and path.is_file():
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = None  # a damaged entry: parsed again and written over
    if stored is not None:
        _MEMORY[key] = stored
        return from_cached(text, stored), True
    extraction = (run or engine_reading)(file, source)
    stored = to_cached(extraction)
    _MEMORY[key] = stored
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # whole or absent, when several processes share the folder
    return extraction, False


def _checksum(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def engine_reading(file: ShippedFile, source: SourceText) -> Extraction:
    """The engine on the file, post by post where it holds several (each with its language
    and date), then as the one Document the reference layer holds: a relation to one of the
    posts is a relation to that Document."""
    segmented = segment(source, file.date)
    gazetteer = reference_gazetteer(_data_dir_of(file))
    ids = [file.document_id] * len(segmented.segments)
    extraction = extract(source.text, segmented, gazetteer, ids, {file.document_id})
    return collapsed(extraction, file)


def _data_dir_of(file: ShippedFile) -> Path:
    for parent in file.path.resolve().parents:
        if parent.name == "corpus":
            return parent.parent
    raise ValueError(f"{file.path} is not a file of a data/corpus folder")


def collapsed(extraction: Extraction, file: ShippedFile) -> Extraction:
    """The extraction of a file as one document spanning the whole text (the Document of the
    reference layer): "document:i" of any post becomes "document:0"."""
    whole = DocumentSegment(
        title=file.title,
        date=file.date,
        language=file.language
        or (extraction.documents[0].language if extraction.documents else None),
        start=0,
        end=len(extraction.text),
        id=document_key(0),
        known_id=file.document_id,
    )
    own = {d.id for d in extraction.documents if d.id}

    def end(key: str) -> str:
        return document_key(0) if key in own else key

    relations = [
        replace(r, source=end(r.source), target=end(r.target)) for r in extraction.relations
    ]
    return replace(extraction, documents=[whole], relations=relations)


def to_cached(extraction: Extraction) -> dict[str, Any]:
    data = asdict(extraction)
    data.pop("text")
    return {"version": 1, **data}


def from_cached(text: str, data: Mapping[str, Any]) -> Extraction:
    return Extraction(
        text,
        [DocumentSegment(**d) for d in data["documents"]],
        [
            ExtractedEntity(**{**e, "mentions": [Mention(**m) for m in e["mentions"]]})
            for e in data["entities"]
        ],
        [ExtractedRelation(**r) for r in data["relations"]],
        list(data["warnings"]),
    )
