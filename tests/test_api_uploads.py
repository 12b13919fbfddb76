"""The write guard (api.uploads): the token, then the declared size, before any byte of a body
is read; and file names that are refused. The refused requests never reach the graph, so these
run on an app whose lifespan (and database) is not started."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from graph.settings import Settings

TOKEN = "upload-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HUGE = 300 * 1024 * 1024


@pytest.fixture(scope="module")
def guarded() -> TestClient:
    settings = Settings(_env_file=None, writes_enabled=True, api_token=TOKEN)
    return TestClient(create_app(settings))  # no `with`: no lifespan, no database


class Body:
    """A request body that counts how much of it was read."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        chunk = b"x" * 65536
        while self.sent < self.size:
            self.sent += len(chunk)
            yield chunk


@pytest.mark.parametrize("path", ["/documents", "/coalitions/gcm-coalition/members/import"])
def test_a_huge_upload_without_a_token_is_refused_before_its_body_is_read(
    guarded: TestClient, path: str
) -> None:
    for headers, code in (({}, 401), ({"Authorization": "Bearer wrong-token"}, 403)):
        body = Body(HUGE)
        response = guarded.post(
            path,
            content=body,
            headers={
                **headers,
                "Content-Type": "multipart/form-data; boundary=xyz",
                "Content-Length": str(HUGE),
            },
        )
        assert response.status_code == code, response.text
        assert body.sent <= 65536, f"{body.sent:,} bytes of the body were read"


def test_a_declared_size_past_the_limit_is_413_before_the_body_is_read(
    guarded: TestClient,
) -> None:
    body = Body(HUGE)
    response = guarded.post(
        "/documents",
        content=body,
        headers={
            **AUTH,
            "Content-Type": "multipart/form-data; boundary=xyz",
            "Content-Length": str(HUGE),
        },
    )
    assert response.status_code == 413 and "more than the limit" in response.json()["detail"]
    assert body.sent <= 65536
    sheet = guarded.post(
        "/coalitions/gcm-coalition/members/import",
        content=b"x",
        headers={**AUTH, "Content-Length": str(11 * 1024 * 1024)},
    )
    assert sheet.status_code == 413
    merge = guarded.post(
        "/entities/merge", content=b"{}", headers={**AUTH, "Content-Length": "10000000"}
    )
    assert merge.status_code == 413


def test_writes_disabled_are_refused_first(guarded: TestClient) -> None:
    app = create_app(Settings(_env_file=None, writes_enabled=False))
    response = TestClient(app).post("/documents", content=Body(1024), headers=AUTH)
    assert response.status_code == 403


def multipart(filename: str, data: bytes) -> tuple[bytes, dict[str, str]]:
    """A multipart body written byte by byte (clients escape a NUL in a file name; an
    attacker's request does not)."""
    body = (
        b"--xyz\r\n"
        b'Content-Disposition: form-data; name="file"; filename="'
        + filename.encode()
        + b'"\r\nContent-Type: text/plain\r\n\r\n'
        + data
        + b"\r\n--xyz--\r\n"
    )
    headers = {**AUTH, "Content-Type": "multipart/form-data; boundary=xyz"}
    return body, headers


@pytest.mark.parametrize(
    ("filename", "problem"),
    [
        ("bad\x00name.txt", "control character"),
        ("a" * 296 + ".txt", "300 characters"),
        ("line\nbreak.txt", "control character"),
    ],
)
def test_a_bad_file_name_is_422(guarded: TestClient, filename: str, problem: str) -> None:
    body, headers = multipart(filename, b"Some text.")
    response = guarded.post("/documents", content=body, headers=headers)
    assert response.status_code == 422, response.text
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body", "file"] and problem in error["msg"]
