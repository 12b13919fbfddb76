"""Reading the reference files: rows with their line numbers, and evidence from a row."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from ingest.confidence import confidence_of
from ingest.records import Evidence

_URL = re.compile(r"https?://\S+")
CORPUS_PREFIX = "corpus:"


def csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row; the header is line 1."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}


def yaml_list(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise ValueError(f"{path} must hold a list of entries")
    return data


def urls_in(source: str) -> tuple[str, ...]:
    return tuple(url.rstrip(".,;)") for url in _URL.findall(source))


def corpus_files_in(source: str) -> list[str]:
    """File names cited as corpus:<file> in a source column."""
    return re.findall(r"corpus:([\w.\-]+\.txt)", source)


def curated_evidence(
    data_dir: Path,
    path: Path,
    line: int | None,
    source: str,
    confidence: str,
    note: str | None = None,
    **located: Any,
) -> Evidence:
    """Evidence of a curated row: the file and row it sits in, its URLs, its confidence."""
    ref = (
        str(path.relative_to(data_dir.parent))
        if path.is_relative_to(data_dir.parent)
        else str(path)
    )
    return Evidence(
        method="curated",
        source_ref=f"{ref}#row={line}" if line else ref,
        source_urls=urls_in(source),
        citation=source or None,
        confidence=confidence_of(confidence),
        confidence_label=confidence or None,
        note=note or None,
        **located,
    )
