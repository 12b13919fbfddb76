"""Documents, their text with the spans of every claim, and who endorsed what."""

from __future__ import annotations

from graph.queries.common import EVIDENCE_CALL, MAX_SEARCH_HITS, GraphContext, read, summary
from graph.queries.shape import evidence
from graph.queries.types import DocumentDetail, DocumentSummary, Endorsement, EntityRef, Span

ENDORSING = ["SIGNED", "ENDORSED", "CO_SPONSORED"]
_DOC_FIELDS = "d {.id, .title, .kind, .date, .language, .source_url}"


async def list_documents(
    ctx: GraphContext, kind: str | None, q: str | None
) -> list[DocumentSummary]:
    rows = await read(
        ctx,
        "MATCH (d:Document) WHERE ($kind IS NULL OR toLower(d.kind) = toLower($kind)) "
        "AND ($q IS NULL OR toLower(coalesce(d.title, d.name, '')) CONTAINS toLower($q) "
        "OR toLower(coalesce(d.text, '')) CONTAINS toLower($q)) "
        f"RETURN {_DOC_FIELDS} AS d ORDER BY d.date DESC, d.id LIMIT $cap",
        kind=kind,
        q=q,
        cap=MAX_SEARCH_HITS,
    )
    return [DocumentSummary(**{**r["d"], "title": r["d"].get("title")}) for r in rows]


async def document_detail(
    ctx: GraphContext, doc_id: str, highlight: tuple[int, int] | None
) -> DocumentDetail | None:
    rows = await read(
        ctx,
        "MATCH (d:Document {id: $id}) "
        "OPTIONAL MATCH (c:Claim {document_id: $id}) WHERE c.start IS NOT NULL AND c.start >= 0 "
        f"WITH d, c ORDER BY c.start RETURN {_DOC_FIELDS} AS d, d.text AS text, "
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
    "OPTIONAL MATCH (e:Entity)-[r]->(d) WHERE type(r) IN $types "
    "WITH d, e, r ORDER BY e.name, type(r) "
    + EVIDENCE_CALL
    + " RETURN d.id AS id, collect(CASE WHEN e IS NULL THEN NULL ELSE {entity: "
    + summary("e")
    + ", type: type(r), date: r.date, evidence: evidence} END) AS rows"
)

_ENDORSED = (
    "MATCH (o:Entity {id: $id}) "
    "OPTIONAL MATCH (o)-[r]->(d:Entity) WHERE type(r) IN $types "
    "WITH o, d, r ORDER BY d.date DESC, d.id "
    + EVIDENCE_CALL
    + " RETURN o.id AS id, collect(CASE WHEN d IS NULL THEN NULL ELSE {entity: "
    + summary("d")
    + ", type: type(r), date: coalesce(r.date, d.date), evidence: evidence} END) AS rows"
)


def _endorsements(rows: list[dict[str, object]]) -> list[Endorsement] | None:
    if not rows:
        return None
    items = rows[0]["rows"]
    assert isinstance(items, list)
    return [
        Endorsement(
            entity=EntityRef.from_row(x["entity"]),
            type=x["type"],
            date=x["date"],
            evidence=evidence(x["evidence"]),
        )
        for x in items
    ]


async def document_endorsers(ctx: GraphContext, doc_id: str) -> list[Endorsement] | None:
    """Signers, endorsers and co-sponsors of a document (or an event)."""
    return _endorsements(await read(ctx, _ENDORSERS, id=doc_id, types=ENDORSING))


async def endorsed_by(ctx: GraphContext, entity_id: str) -> list[Endorsement] | None:
    """The statements (and events) an organization signed, endorsed or co-sponsored."""
    return _endorsements(await read(ctx, _ENDORSED, id=entity_id, types=ENDORSING))
