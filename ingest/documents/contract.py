"""`coalition-graph extract --json`: the stable JSON contract (docs/documents.md).

Offsets are Python string indices into "text": text[start:end] equals every quote and mention.
A relation's source and target are an entity's id, a candidate's name (its id is null), or the
id of one of the file's own documents ("document:0": the statement being signed).
"""

from __future__ import annotations

from typing import Any

from ingest.extract.types import Extraction


def to_contract(extraction: Extraction, warnings: list[str] | None = None) -> dict[str, Any]:
    names = {e.key: (e.id if e.id is not None else e.name) for e in extraction.entities}
    return {
        "documents": [
            {
                "id": d.id,
                "known_id": d.known_id,
                "title": d.title,
                "date": d.date,
                "language": d.language,
                "start": d.start,
                "end": d.end,
            }
            for d in extraction.documents
        ],
        "text": extraction.text,
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": [
                    {"text": m.text, "start": m.start, "end": m.end}
                    for m in sorted(e.mentions, key=lambda m: (m.start, m.end))
                ],
            }
            for e in extraction.entities
        ],
        "relations": [
            {
                "type": r.type,
                "source": names.get(r.source, r.source),
                "target": names.get(r.target, r.target),
                "properties": dict(r.properties),
                "quote": r.quote,
                "start": r.start,
                "end": r.end,
                "confidence": r.confidence,
                "method": r.method,
            }
            for r in extraction.relations
        ],
        "warnings": [*(warnings or []), *extraction.warnings],
    }
