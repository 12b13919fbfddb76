"""Writes, each behind the bearer token: uploads, member imports, review, corrections.

The work is the same functions the command line calls (ingest.documents, ingest.spreadsheets);
they are synchronous, so they run in a worker thread with the app's sync driver.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import APIRouter, Depends, File, HTTPException, Query, Request, UploadFile
from pydantic import BaseModel, Field

from api.auth import require_writer
from api.deps import AsOf
from api.errors import invalid
from api.models import Problem, WriteProblem
from api.readiness import admit
from graph.dates import as_of_day
from graph.settings import Settings
from ingest.documents import corrections
from ingest.documents.ingestion import Ingestor
from ingest.spreadsheets.importer import UnknownCoalition, apply_plan, plan_import
from ingest.spreadsheets.read import MAX_BYTES as SHEET_MAX_BYTES
from ingest.spreadsheets.read import SpreadsheetError, read_sheet


def _problem(description: str) -> dict[str, Any]:
    return {"model": Problem, "description": description}


# What every write may answer before it runs (api.uploads.WriteGuard, api.auth.require_writer)
# and when its input is wrong.
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _problem("Content-Length is not a number."),
    401: _problem("No bearer token."),
    403: _problem("A wrong token, or writes are disabled on this server."),
    411: _problem("A body sent without a Content-Length."),
    413: _problem("The body is over the limit."),
    422: {"model": WriteProblem, "description": "Wrong input; `detail` says what and where."},
    503: _problem("The graph database is not reachable."),
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: _problem("No such coalition, claim, document or entity.")
}
UPLOAD: dict[int | str, dict[str, Any]] = {
    415: _problem("A file type this endpoint does not read.")
}


async def _graph_answers(request: Request) -> None:
    """After the token: the graph answers now (api.readiness), else a 503 within about 1 s
    instead of a write that waits on an unreachable server."""
    await admit(request.scope, reads=False)


router = APIRouter(
    tags=["writes (token)"],
    dependencies=[Depends(require_writer), Depends(_graph_answers)],
    responses=WRITE_ERRORS,
)
T = TypeVar("T")
DOCUMENT_TYPES = {".txt", ".md", ".html", ".htm", ".pdf"}
SHEET_TYPES = {".csv", ".xlsx"}
CHUNK = 1 << 16
MAX_FILENAME = 255  # what file systems take


class Outcome(BaseModel):
    message: str
    claims: int = 0
    relationships: dict[str, int] = {}
    details: list[str] = []


class IngestResult(BaseModel):
    file: str
    documents: list[str]
    entities: int
    relations: int
    candidates: int
    proposed: int = Field(description="Relations waiting in the review queue.")
    warnings: list[str]


class ImportResult(BaseModel):
    coalition: str
    as_of: str
    applied: bool
    counts: dict[str, int] = Field(description="joined, left, changed, unchanged")
    changes: list[dict[str, Any]]
    unmatched: list[dict[str, Any]]
    notices: list[str] = Field([], description="Read, but worth a look (a role kept as written).")
    new_organizations: list[dict[str, str]] = Field(
        [], description="add_new=true: the organizations the sheet brings ({id, name})."
    )
    message: str


class Pair(BaseModel):
    keep: str = Field(max_length=200, description="The id that stays.")
    other: str = Field(max_length=200, description="The id merged into it (or split from it).")
    unsure: bool = Field(False, description="Store an 'unsure' decision only (no merge).")


class Retraction(BaseModel):
    claim_or_relationship: str = Field(max_length=2000, description="A claim id or rel key.")
    source: str | None = Field(None, max_length=500, description="Only claims from this source.")


async def _run(request: Request, work: Callable[..., T], *args: Any) -> T:
    driver = request.app.state.sync_driver
    database = request.app.state.graph.database
    try:
        return await anyio.to_thread.run_sync(lambda: work(driver, database, *args))
    except corrections.CorrectionError as exc:
        raise HTTPException(
            404 if "neither" in str(exc) or "no " in str(exc).lower() else 422, str(exc)
        ) from exc


def _outcome(result: corrections.Outcome) -> Outcome:
    counts = asdict(result.relationships)
    return Outcome(
        message=result.message, claims=result.claims, relationships=counts, details=result.details
    )


async def _save(upload: UploadFile, allowed: set[str], limit: int, folder: Path) -> Path:
    """The upload on disk under its own suffix; 415 for a type we do not read, 413 past limit."""
    name = upload.filename or ""
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in name):
        raise invalid(
            "file", "the file name holds a control character (NUL, newline, ...)", None, "body"
        )
    if len(name) > MAX_FILENAME:
        raise invalid(
            "file",
            f"the file name has {len(name)} characters, more than {MAX_FILENAME}",
            None,
            "body",
        )
    suffix = Path(name).suffix.lower()
    if suffix not in allowed:
        raise HTTPException(415, f"{upload.filename!r}: send one of {', '.join(sorted(allowed))}")
    path = folder / f"upload{suffix}"
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > limit:
                raise HTTPException(
                    413, f"{upload.filename!r} is over the limit of {limit:,} bytes"
                )
            out.write(chunk)
    named = folder / Path(upload.filename or path.name).name
    path.rename(named)
    return named


@router.post(
    "/documents",
    summary="Upload one document: extract and store its relations",
    response_model=IngestResult,
    status_code=201,
    responses=UPLOAD,
)
async def upload_document(
    request: Request,
    file: Annotated[UploadFile, File(description=".txt, .md, .html or .pdf")],
) -> IngestResult:
    settings: Settings = request.app.state.settings
    with tempfile.TemporaryDirectory(prefix="coalition-graph-upload-") as tmp:
        path = await _save(file, DOCUMENT_TYPES, settings.max_document_bytes, Path(tmp))

        def ingest(driver: Any, database: str) -> Any:
            return Ingestor(driver, database, settings).ingest(path)

        result = await _run(request, ingest)
    if not result.ok:
        raise HTTPException(422, (result.error or "unreadable").replace(str(path.parent), ""))
    return IngestResult(
        file=path.name,
        documents=result.documents,
        entities=result.entities,
        relations=result.relations,
        candidates=result.candidates,
        proposed=result.proposed,
        warnings=result.warnings,
    )


@router.post(
    "/coalitions/{id}/members/import",
    summary="Compare a member list; apply=true records it",
    response_model=ImportResult,
    responses={**UPLOAD, **NOT_FOUND},
)
async def import_members(
    request: Request,
    id: str,
    file: Annotated[UploadFile, File(description="The member list, .csv or .xlsx")],
    apply: Annotated[bool, Query(description="Write the changes (else a preview).")] = False,
    as_of: AsOf = None,
    skip_unmatched: Annotated[bool, Query(description="Apply matched rows anyway.")] = False,
    add_new: Annotated[
        bool,
        Query(
            description="Names that match no organization become new organizations, the sheet "
            "their source (ambiguous names are never guessed)."
        ),
    ] = False,
) -> ImportResult:
    when = as_of_day(as_of) or date.today()
    with tempfile.TemporaryDirectory(prefix="coalition-graph-sheet-") as tmp:
        path = await _save(file, SHEET_TYPES, SHEET_MAX_BYTES, Path(tmp))
        try:
            settings: Settings = request.app.state.settings
            sheet = read_sheet(path, max_rows=settings.max_sheet_rows)
        except SpreadsheetError as exc:
            raise HTTPException(422, [p._asdict() for p in exc.problems]) from exc

    def plan(driver: Any, database: str) -> Any:
        return plan_import(driver, database, sheet, id, when, add_new=add_new)

    try:
        planned = await _run(request, plan)
    except UnknownCoalition as exc:
        raise HTTPException(404, str(exc)) from exc
    except SpreadsheetError as exc:
        raise HTTPException(422, [p._asdict() for p in exc.problems]) from exc
    diff = planned.diff
    counts = {k: diff.count(k) for k in ("joined", "left", "changed", "unchanged")}
    changes = [
        {
            "kind": e.kind,
            "organization": e.org_id,
            "name": e.org_name,
            "roles_before": list(e.roles_before),
            "roles_after": list(e.roles_after),
            "details": list(e.details),
        }
        for e in diff.entries
    ]
    unmatched = [
        {
            "row": row.row,
            "name": row.organization,
            "status": found.status,
            "options": [o.id for o in found.options],
        }
        for row, found in planned.unmatched
    ]
    applied, message = False, "A preview: nothing was written."
    if apply:
        if planned.unmatched and not skip_unmatched:
            raise HTTPException(
                422,
                {"message": "Some names matched no single organization.", "unmatched": unmatched},
            )
        summary = await _run(request, lambda d, db: apply_plan(d, db, planned))
        applied = summary is not None
        message = "Recorded." if applied else "Nothing to write: the graph already says this."
    return ImportResult(
        coalition=id,
        as_of=when.isoformat(),
        applied=applied,
        counts=counts,
        changes=changes,
        unmatched=unmatched,
        notices=[str(n) for n in sheet.notices],
        new_organizations=[{"id": n.id, "name": str(n.props["name"])} for n in planned.new_nodes],
        message=message,
    )


@router.get("/review", summary="The review queue: candidate entities, then proposed relations")
async def review_queue(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    include_private: Annotated[
        bool,
        Query(description="Include people marked private (and claims naming them)."),
    ] = False,
) -> dict[str, Any]:
    queue = await _run(request, corrections.review_queue, limit, include_private)
    return asdict(queue)


@router.post(
    "/review/{id}/accept",
    summary="Accept a proposed relation or candidate",
    response_model=Outcome,
    responses=NOT_FOUND,
)
async def accept(request: Request, id: str) -> Outcome:
    return _outcome(await _run(request, corrections.accept, id))


@router.post(
    "/review/{id}/reject",
    summary="Reject it: never proposed again",
    response_model=Outcome,
    responses=NOT_FOUND,
)
async def reject(request: Request, id: str) -> Outcome:
    return _outcome(await _run(request, corrections.reject, id))


@router.post(
    "/relations/retract",
    summary="Retract one relation (from one source, or all)",
    response_model=Outcome,
    responses=NOT_FOUND,
)
async def retract(request: Request, body: Retraction) -> Outcome:
    return _outcome(
        await _run(request, corrections.retract, body.claim_or_relationship, body.source)
    )


@router.delete(
    "/documents/{id}",
    summary="Remove a document and the claims only it supports",
    response_model=Outcome,
    responses=NOT_FOUND,
)
async def remove_document(request: Request, id: str) -> Outcome:
    return _outcome(await _run(request, corrections.remove_document, id))


@router.post(
    "/entities/merge",
    summary="Merge two entities (stored as a decision)",
    response_model=Outcome,
    responses=NOT_FOUND,
)
async def merge(request: Request, body: Pair) -> Outcome:
    judgement = "unsure" if body.unsure else "accepted"
    return _outcome(await _run(request, corrections.merge, body.keep, body.other, judgement))


@router.post(
    "/entities/split",
    summary="Undo a wrong merge (remembered as 'not the same')",
    response_model=Outcome,
    responses=NOT_FOUND,
)
async def split(request: Request, body: Pair) -> Outcome:
    return _outcome(await _run(request, corrections.split, body.keep, body.other))
