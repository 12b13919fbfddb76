"""The guard in front of every write: the token, then the size the request declares, both
checked before any byte of its body is read (FastAPI reads a multipart body whole before a
route's dependencies run, so a 300 MB upload without a token used to be read to answer 401).

A pure ASGI middleware: it answers itself (401/403, 411 without a Content-Length, 413 past the
limit) or passes the request on untouched. The limits: a document upload
COALITION_GRAPH_MAX_DOCUMENT_BYTES, a member sheet ingest.spreadsheets.read.MAX_BYTES, any
other write (a small JSON body) 64 KiB; each plus room for the multipart framing.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import status
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from api.auth import write_refusal
from graph.settings import Settings
from ingest.spreadsheets.read import MAX_BYTES as SHEET_MAX_BYTES

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
FRAMING = 64 * 1024  # multipart boundaries and part headers around the file
SMALL_BODY = 64 * 1024
_SHEET_IMPORT = re.compile(r"^/coalitions/[^/]+/members/import$")


def body_limit(settings: Settings, path: str) -> int:
    """The largest body a write to `path` may declare."""
    if path == "/documents":
        return settings.max_document_bytes + FRAMING
    if _SHEET_IMPORT.match(path):
        return SHEET_MAX_BYTES + FRAMING
    return SMALL_BODY


def _bearer(headers: dict[str, str]) -> str | None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class WriteGuard:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        answer = self._refusal(scope, headers)
        if answer is None:
            await self.app(scope, receive, send)
            return
        code, detail, extra = answer
        await JSONResponse({"detail": detail}, status_code=code, headers=extra)(
            scope, receive, send
        )

    def _refusal(
        self, scope: Scope, headers: dict[str, str]
    ) -> tuple[int, str, dict[str, Any] | None] | None:
        refused = write_refusal(self.settings, _bearer(headers))
        if refused is not None:
            code, detail = refused
            bearer = (
                {"WWW-Authenticate": "Bearer"} if code == status.HTTP_401_UNAUTHORIZED else None
            )
            return code, detail, bearer
        declared = headers.get("content-length")
        if declared is None:
            if headers.get("transfer-encoding"):
                return status.HTTP_411_LENGTH_REQUIRED, "Send the body with a Content-Length.", None
            return None  # no body at all (a DELETE)
        if not declared.isdigit():
            return status.HTTP_400_BAD_REQUEST, "Content-Length is not a number.", None
        path = scope["path"][len(scope.get("root_path", "")) :] or scope["path"]
        limit = body_limit(self.settings, path)
        if int(declared) > limit:
            return (
                status.HTTP_413_CONTENT_TOO_LARGE,
                f"The body has {int(declared):,} bytes, more than the limit of {limit:,}.",
                None,
            )
        return None
