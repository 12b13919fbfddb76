"""The contract between extraction and the rest: what one text yields.

The extraction engine (ingest.extract) fills these from a text and a gazetteer; document
ingestion (ingest.documents) turns them into Document nodes, candidate entities and claims, and
`coalition-graph extract --json` prints them (the JSON contract in the README).
All offsets are Python string indices into the stored text: text[start:end] == quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EXTRACTOR_VERSION = "0.2.0"
ENTITY_TYPES = (
    "Organization", "Coalition", "Government", "IntergovernmentalBody", "Person", "Document",
    "Event", "Process", "Position", "Place",
)  # fmt: skip


@dataclass(frozen=True)
class GazetteerEntry:
    """One known entity and every name it goes by."""

    id: str
    name: str
    type: str  # the most specific label (ENTITY_TYPES)
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass
class ExtractedEntity:
    """A resolved entity (id set) or a candidate found in the text (id None)."""

    key: str  # the id, or "candidate:<slug>" for a candidate
    id: str | None
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 1.0


@dataclass(frozen=True)
class ExtractedRelation:
    type: str  # a relationship type of graph/model.yaml, in its direction
    source: str  # an ExtractedEntity.key
    target: str
    properties: dict[str, Any]
    quote: str
    start: int
    end: int
    confidence: float
    method: str = f"extracted:patterns@{EXTRACTOR_VERSION}"


@dataclass(frozen=True)
class DocumentSegment:
    """One document in a file (a news page holds several posts)."""

    title: str | None
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    language: str | None
    start: int
    end: int
    author: str | None = None
    # "document:<index in Extraction.documents>": how a relation names this document itself
    # (the statement being signed); set where the file's documents are known
    # (ingest.documents.extraction.extract), None from the engine alone.
    id: str | None = None
    known_id: str | None = None  # the Document of the graph / reference data this one already is


def document_key(index: int) -> str:
    """The contract's id of the index-th document of a file: "document:0", "document:1", ..."""
    return f"document:{index}"


@dataclass
class Extraction:
    text: str
    documents: list[DocumentSegment]
    entities: list[ExtractedEntity] = field(default_factory=list)
    relations: list[ExtractedRelation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
