"""Bearer-token guard for writes (and for private people in exports)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from graph.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="COALITION_GRAPH_API_TOKEN")


def check_startup(settings: Settings) -> None:
    if settings.writes_enabled and not settings.api_token:
        raise RuntimeError(
            "Writes are enabled (COALITION_GRAPH_WRITES_ENABLED) but no token is set: set "
            "COALITION_GRAPH_API_TOKEN to a long random secret (16+ characters), or disable writes."
        )


def token_ok(request: Request, credentials: HTTPAuthorizationCredentials | None) -> bool:
    return credentials is not None and _matches(request.app.state.settings, credentials.credentials)


def _matches(settings: Settings, token: str) -> bool:
    expected = settings.api_token
    return bool(expected) and secrets.compare_digest(token.encode(), str(expected).encode())


def write_refusal(settings: Settings, token: str | None) -> tuple[int, str] | None:
    """Why a write is refused (status, sentence), or None: 403 when writes are disabled, 401
    without a token, 403 with a wrong one. The one rule of require_writer and of the upload
    guard (api.uploads), which applies it before any byte of a body is read."""
    if not settings.writes_enabled:
        return status.HTTP_403_FORBIDDEN, "Writes are disabled on this server."
    if token is None:
        return status.HTTP_401_UNAUTHORIZED, "A bearer token is needed for this."
    if not _matches(settings, token):
        return status.HTTP_403_FORBIDDEN, "That token is not valid."
    return None


async def require_writer(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """401 without a token, 403 with a wrong one or when writes are disabled."""
    settings: Settings = request.app.state.settings
    refused = write_refusal(settings, credentials.credentials if credentials else None)
    if refused is not None:
        code, detail = refused
        headers = {"WWW-Authenticate": "Bearer"} if code == status.HTTP_401_UNAUTHORIZED else None
        raise HTTPException(code, detail, headers=headers)


Writer = Depends(require_writer)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
