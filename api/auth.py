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
    expected: str | None = request.app.state.settings.api_token
    if credentials is None or not expected:
        return False
    return secrets.compare_digest(credentials.credentials.encode(), expected.encode())


async def require_writer(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """401 without a token, 403 with a wrong one or when writes are disabled."""
    settings: Settings = request.app.state.settings
    if not settings.writes_enabled:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Writes are disabled on this server.")
    if credentials is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "A bearer token is needed for this.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not token_ok(request, credentials):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "That token is not valid.")


Writer = Depends(require_writer)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
