"""Documents, their text with the spans of every claim, and who endorsed what."""

from __future__ import annotations

from typing import Any

from graph.queries.common import (
    PAGE_OF_ROWS,
    GraphContext,
    claim_visible,
    page_items,
    read,
    summary,
    visible,
)
from graph.queries.shape import evidence, read_page, read_parentless_page
from graph.queries.types import (
    DocumentDetail,
    DocumentSummary,
    Endorsement,
    EntityRef,
    Page,
    Span,
)

ENDORSING = ["SIGNED", "ENDORSED", "CO_SPONSORED"]
_DOC_FIELDS = "d {.id, .title, .kind, .date, .language, .source_url}"


# Documents carry no evidence: the page is a slice of the projected rows.
_DOCUMENTS = (
    "MATCH (d:Document) WHERE ($kind IS NULL OR toLower(d.kind) = toLower($kind)) "
    "AND ($q IS NULL OR toLower(coalesce(d.title, d.name, '')) CONTAINS toLower($q) "
    "OR toLower(coalesce(d.text, '')) CONTAINS toLower($q)) "
    "WITH d ORDER BY d.date DESC, d.id "
    f"WITH collect({_DOC_FIELDS}) AS rows " + PAGE_OF_ROWS
)


def _document(row: dict[str, Any]) -> DocumentSummary:
    return DocumentSummary(**{**row, "title": row.get("title")})


async def list_documents(
    ctx: GraphContext, kind: str | None, q: str | None, limit: int, offset: int
) -> Page[DocumentSummary]:
    """One page of documents, newest first, by kind and words of the title or text."""
    return await read_parentless_page(ctx, _DOCUMENTS, limit, offset, _document, kind=kind, q=q)


async def document_detail(
    ctx: GraphContext, doc_id: str, highlight: tuple[int, int] | None
) -> DocumentDetail | None:
    rows = await read(
        ctx,
        "MATCH (d:Document {id: $id}) "
        "OPTIONAL MATCH (c:Claim {document_id: $id}) WHERE c.start IS NOT NULL AND c.start >= 0 "
        "AND " + claim_visible("c") + " "
        f"WITH d, c ORDER BY c.start, c.end, c.id RETURN {_DOC_FIELDS} AS d, d.text AS text, "
        "collect(c {.id, .predicate, .start, .end, .quote}) AS spans",
        id=doc_id,
    )
    if not rows:
        return None
    row = rows[0]
    text = row["text"]
    spans = [
        Span(
            claim_id=s["id"],
            type=s["predicate"],
            start=s["start"],
            end=s["end"],
            quote=s["quote"] or "",
        )
        for s in row["spans"]
    ]
    marked = None
    chosen = None
    if highlight is not None and text is not None:
        start, end = highlight
        chosen = Span(claim_id="", type=None, start=start, end=end, quote=text[start:end])
        marked = f"{text[:start]}[[{text[start:end]}]]{text[end:]}"
    return DocumentDetail(
        **row["d"], text=text, spans=spans, highlight=chosen, highlighted_text=marked
    )


_ENDORSERS = (
    "MATCH (d:Entity {id: $id}) WHERE d:Document OR d:Event "
    "CALL (d) { MATCH (e:Entity)-[r]->(d) WHERE type(r) IN $types AND " + visible("e") + " "
    "WITH e, r ORDER BY e.name, type(r) RETURN collect({e: e, r: r}) AS rows } "
    + page_items(
        "row.e AS e, row.r AS r",
        "{entity: " + summary("e") + ", type: type(r), date: r.date, evidence: evidence}",
    )
)

_ENDORSED = (
    "MATCH (o:Entity {id: $id}) WHERE " + visible("o") + " "
    "CALL (o) { MATCH (o)-[r]->(d:Entity) WHERE type(r) IN $types AND " + visible("d") + " "
    "WITH d, r ORDER BY d.date DESC, d.id RETURN collect({d: d, r: r}) AS rows } "
    + page_items(
        "row.d AS d, row.r AS r",
        "{entity: "
        + summary("d")
        + ", type: type(r), date: coalesce(r.date, d.date), evidence: evidence}",
    )
)


def _endorsement(row: dict[str, Any]) -> Endorsement:
    return Endorsement(
        entity=EntityRef.from_row(row["entity"]),
        type=row["type"],
        date=row["date"],
        evidence=evidence(row["evidence"]),
    )


async def document_endorsers(
    ctx: GraphContext, doc_id: str, limit: int, offset: int
) -> Page[Endorsement] | None:
    """One page of the signers, endorsers and co-sponsors of a document (or an event)."""
    return await read_page(ctx, _ENDORSERS, limit, offset, _endorsement, id=doc_id, types=ENDORSING)


async def endorsed_by(
    ctx: GraphContext, entity_id: str, limit: int, offset: int
) -> Page[Endorsement] | None:
    """One page of the statements (and events) an organization signed, endorsed or
    co-sponsored."""
    return await read_page(
        ctx, _ENDORSED, limit, offset, _endorsement, id=entity_id, types=ENDORSING
    )
