"""Writes through HTTP: the token guard, uploads, member imports, review and corrections."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.app import create_app
from api.auth import check_startup
from graph.settings import Settings
from ingest.writer import LoadSummary

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = (
    "Joint statement on migrant rights\n\n"
    "Geneva, 12 March 2019\n\n"
    "The Global Coalition on Migration and the Platform for International Cooperation on "
    "Undocumented Migrants (PICUM) co-sponsored the event. Migrant Forum in Asia is a member of "
    "the Global Coalition on Migration.\n"
)


def writer_settings(settings: Settings, **more: object) -> Settings:
    return settings.model_copy(update={"writes_enabled": True, "api_token": TOKEN, **more})


@pytest.fixture(scope="module")
def client(reference_graph: LoadSummary, graph_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(writer_settings(graph_settings))) as test_client:
        yield test_client


def counts(driver: Driver, settings: Settings) -> tuple[int, int]:
    record = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS n } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r",
        database_=settings.neo4j_database,
    ).records[0]
    return record["n"], record["r"]


def test_writes_enabled_without_a_token_refuse_to_start(graph_settings: Settings) -> None:
    with pytest.raises(RuntimeError, match="no token"):
        check_startup(graph_settings.model_copy(update={"writes_enabled": True, "api_token": None}))


def test_no_token_is_401_and_a_wrong_one_403(client: TestClient) -> None:
    assert client.get("/review").status_code == 401
    wrong = client.get("/review", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403


def test_writes_disabled_is_403(reference_graph: LoadSummary, graph_settings: Settings) -> None:
    with TestClient(create_app(graph_settings)) as plain:
        assert plain.post("/review/x/accept", headers=AUTH).status_code == 403
        assert plain.get("/health").status_code == 200  # reads stay open


def test_upload_a_document(
    client: TestClient, session_driver: Driver, graph_settings: Settings
) -> None:
    files = {"file": ("statement.txt", TEXT.encode(), "text/plain")}
    response = client.post("/documents", files=files, headers=AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["documents"] and body["relations"] >= 1
    doc = client.get(f"/documents/{body['documents'][0]}").json()
    assert doc["text"] == TEXT
    for span in doc["spans"]:
        assert doc["text"][span["start"] : span["end"]] == span["quote"]
    before = counts(session_driver, graph_settings)
    again = client.post("/documents", files=files, headers=AUTH)
    assert again.status_code == 201 and counts(session_driver, graph_settings) == before


@pytest.mark.parametrize(
    ("name", "content", "status"),
    [
        ("tool.exe", b"MZ\x90\x00", 415),
        ("notes.docx", b"PK\x03\x04", 415),
        ("binary.txt", b"\x00\x01\x02\x00" * 100, 422),
        ("empty.txt", b"", 422),
    ],
)
def test_bad_uploads_change_nothing(
    client: TestClient,
    session_driver: Driver,
    graph_settings: Settings,
    name: str,
    content: bytes,
    status: int,
) -> None:
    before = counts(session_driver, graph_settings)
    response = client.post("/documents", files={"file": (name, content)}, headers=AUTH)
    assert response.status_code == status, response.text
    assert counts(session_driver, graph_settings) == before


def test_too_large_upload_is_413(reference_graph: LoadSummary, graph_settings: Settings) -> None:
    small = writer_settings(graph_settings, max_document_bytes=1_000)
    with TestClient(create_app(small)) as limited:
        response = limited.post(
            "/documents", files={"file": ("big.txt", b"a" * 5_000)}, headers=AUTH
        )
    assert response.status_code == 413


def test_member_import_preview_then_apply(client: TestClient) -> None:
    sheet = (
        "organization,role,since\nPICUM,member,2011-11\nWomen in Migration Network,member,2017\n"
    )
    files = {"file": ("gcm.csv", sheet.encode(), "text/csv")}
    preview = client.post(
        "/coalitions/gcm-coalition/members/import",
        files=files,
        headers=AUTH,
        params={"as_of": "2018-01-01"},
    )
    assert preview.status_code == 200, preview.text
    body = preview.json()
    assert body["applied"] is False and body["counts"]["left"] >= 1
    applied = client.post(
        "/coalitions/gcm-coalition/members/import",
        files=files,
        headers=AUTH,
        params={"as_of": "2018-01-01", "apply": "true"},
    )
    assert applied.status_code == 200 and applied.json()["applied"] is True
    members = client.get(
        "/coalitions/gcm-coalition/members", params={"as_of": "2019-01-01", "limit": 200}
    ).json()
    ids = {m["member"]["id"] for m in members["items"]}
    assert {"picum", "wimn"} <= ids and "mri" not in ids  # mri left: recorded as until


def test_member_import_errors(client: TestClient) -> None:
    good = {"file": ("m.csv", b"organization\nPICUM\n", "text/csv")}
    assert (
        client.post("/coalitions/no-such/members/import", files=good, headers=AUTH).status_code
        == 404
    )
    bad = {"file": ("m.csv", b"name_of_thing\nPICUM\n", "text/csv")}
    response = client.post("/coalitions/gcm-coalition/members/import", files=bad, headers=AUTH)
    assert response.status_code == 422
    wrong = {"file": ("m.pdf", b"%PDF-1.4", "application/pdf")}
    assert (
        client.post(
            "/coalitions/gcm-coalition/members/import", files=wrong, headers=AUTH
        ).status_code
        == 415
    )


def test_review_accept_reject_and_unknown(client: TestClient) -> None:
    queue = client.get("/review", headers=AUTH)
    assert queue.status_code == 200 and {"entities", "claims"} <= set(queue.json())
    assert client.post("/review/no-such-claim/accept", headers=AUTH).status_code == 404


def test_retract_and_merge_split(client: TestClient) -> None:
    votes = client.get("/resolutions/a-res-73-195/votes").json()
    assert len(votes["no"]) == 5
    claim = votes["no"][0]["evidence"][0]["claim_id"]
    retracted = client.post(
        "/relations/retract", json={"claim_or_relationship": claim}, headers=AUTH
    )
    assert retracted.status_code == 200, retracted.text
    after = client.get("/resolutions/a-res-73-195/votes").json()
    assert len(after["no"]) == 4
    merged = client.post("/entities/merge", json={"keep": "mri", "other": "nnirr"}, headers=AUTH)
    assert merged.status_code == 200, merged.text
    assert client.get("/entities/nnirr").status_code in (200, 404)
    split = client.post("/entities/split", json={"keep": "mri", "other": "nnirr"}, headers=AUTH)
    assert split.status_code == 200, split.text
    assert client.get("/entities/nnirr").status_code == 200


# Issue 12 through HTTP. These write: they come last in the module, on MADE's member list.
def test_a_sheet_with_an_at_large_seat_and_a_new_organization(client: TestClient) -> None:
    """Roles are free text (At large kept as written, with a notice); add_new makes the unknown
    organization, the sheet its source, in the same preview-then-apply flow; a second import of
    the same sheet matches it."""
    sheet = "organization,role,since\nPICUM,At large,2017\nZorblat Migrant Collective,member,2018\n"
    files = {"file": ("made-2024.csv", sheet.encode(), "text/csv")}
    url = "/coalitions/made/members/import"
    params = {"as_of": "2024-05-01", "add_new": "true"}
    preview = client.post(url, files=files, headers=AUTH, params=params)
    assert preview.status_code == 200, preview.text
    body = preview.json()
    assert body["applied"] is False and body["unmatched"] == []
    assert any("'At large'" in n and "kept as written" in n for n in body["notices"])
    assert body["new_organizations"] == [
        {"id": "zorblat-migrant-collective", "name": "Zorblat Migrant Collective"}
    ]
    assert client.get("/entities/zorblat-migrant-collective").status_code == 404  # a preview
    without = client.post(url, files=files, headers=AUTH, params={"as_of": "2024-05-01"})
    assert [u["name"] for u in without.json()["unmatched"]] == ["Zorblat Migrant Collective"]

    applied = client.post(url, files=files, headers=AUTH, params={**params, "apply": "true"})
    assert applied.status_code == 200 and applied.json()["applied"] is True, applied.text
    members = client.get("/coalitions/made/members", params={"as_of": "2024-05-01"}).json()
    roles = {(m["member"]["id"], m["role"]) for m in members["items"]}
    assert {("picum", "At large"), ("zorblat-migrant-collective", "member")} <= roles
    new = next(m for m in members["items"] if m["member"]["id"] == "zorblat-migrant-collective")
    assert new["since"] == "2018" and new["evidence"][0]["method"] == "spreadsheet"
    assert new["evidence"][0]["source_ref"] == "made-2024.csv#row=3"
    again = client.post(url, files=files, headers=AUTH, params={**params, "apply": "true"})
    assert again.status_code == 200, again.text
    assert again.json()["new_organizations"] == [] and again.json()["applied"] is False
    assert again.json()["counts"] == {"joined": 0, "left": 0, "changed": 0, "unchanged": 2}


def _candidates(client: TestClient) -> set[str]:
    queue = client.get("/review", params={"limit": 500}, headers=AUTH)
    assert queue.status_code == 200, queue.text
    return {e["name"] for e in queue.json()["entities"]}


def test_removing_a_document_takes_the_candidates_only_it_proposed(client: TestClient) -> None:
    head = "Joint statement on migrant rights\n\nGeneva, 12 March 2019\n\n"
    both = head + (
        "The Zorblat Migrant Network and the Quimby Workers Union are members of the Global "
        "Coalition on Migration.\n"
    )
    one = head + "The Quimby Workers Union is a member of the Global Coalition on Migration.\n"
    ids = []
    for name, text in (("both.txt", both), ("one.txt", one)):
        response = client.post(
            "/documents", files={"file": (name, text.encode(), "text/plain")}, headers=AUTH
        )
        assert response.status_code == 201, response.text
        ids.append(response.json()["documents"][0])
    proposed = _candidates(client)
    assert {"Zorblat Migrant Network", "Quimby Workers Union"} <= proposed, proposed
    removed = client.delete(f"/documents/{ids[0]}", headers=AUTH)
    assert removed.status_code == 200, removed.text
    left = _candidates(client)
    assert "Zorblat Migrant Network" not in left  # only the removed document proposed it
    assert "Quimby Workers Union" in left  # the other document still does
    assert client.get(f"/documents/{ids[0]}").status_code == 404
