"""Documents, their text with every claim's span, and who endorsed what."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from api.deps import DEFAULT_PAGE, Ctx, Format, Limit, Offset
from api.errors import READ_ERRORS, invalid
from api.examples import example
from api.listing import found, page_response
from graph.queries import statements
from graph.queries.types import DocumentDetail, DocumentSummary, Endorsement, Page

router = APIRouter(tags=["documents"], responses=READ_ERRORS)
DocId = Annotated[str, Path(description="A document id.", max_length=200)]


@router.get(
    "/documents",
    summary="Documents, by kind or words",
    response_model=Page[DocumentSummary],
    responses=example("/documents"),
)
async def documents(
    ctx: Ctx,
    kind: Annotated[
        str | None, Query(max_length=100, description="statement, press release, ...")
    ] = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the title or text.")
    ] = None,
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Format = "json",
) -> Page[DocumentSummary] | Response:
    return page_response(
        await statements.list_documents(ctx, kind, q, limit, offset), format, "documents"
    )


@router.get(
    "/documents/{id}",
    summary="A document's text, with the span of every claim drawn from it",
    description="?highlight=START-END marks one span as [[...]] in highlighted_text, so a quote "
    "can be checked in place.",
    response_model=DocumentDetail,
    responses=example("/documents/{id}"),
)
async def document(
    ctx: Ctx,
    id: DocId,
    highlight: Annotated[str | None, Query(pattern=r"^\d+-\d+$", description="START-END")] = None,
) -> DocumentDetail:
    span = None
    if highlight:
        start, end = (int(x) for x in highlight.split("-"))
        if end < start:
            raise invalid("highlight", "END is before START", highlight)
        span = (start, end)
    detail = found(await statements.document_detail(ctx, id, span), "document", id)
    if span and detail.text is not None and span[1] > len(detail.text):
        raise invalid("highlight", f"the text has {len(detail.text)} characters", highlight)
    return detail


@router.get(
    "/documents/{id}/endorsers",
    summary="Who signed, endorsed or co-sponsored it",
    response_model=Page[Endorsement],
    responses=example("/documents/{id}/endorsers"),
)
async def endorsers(
    ctx: Ctx, id: DocId, limit: Limit = DEFAULT_PAGE, offset: Offset = 0, format: Format = "json"
) -> Page[Endorsement] | Response:
    result = found(
        await statements.document_endorsers(ctx, id, limit, offset), "document or event", id
    )
    return page_response(result, format, f"{id}-endorsers")


@router.get(
    "/organizations/{id}/endorsements",
    summary="What an organization signed, endorsed, co-sponsored",
    response_model=Page[Endorsement],
    responses=example("/organizations/{id}/endorsements"),
)
async def endorsements(
    ctx: Ctx,
    id: Annotated[str, Path(description="An organization (or person, or state).", max_length=200)],
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
    format: Format = "json",
) -> Page[Endorsement] | Response:
    result = found(await statements.endorsed_by(ctx, id, limit, offset), "entity", id)
    return page_response(result, format, f"{id}-endorsements")
