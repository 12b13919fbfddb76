"""Lists page inside Cypher: windows of the answer, totals, evidence for the page only, and the
answers for a query over its time limit (504) or an unreachable graph (503)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import AsyncGraphDatabase, Driver

from api.app import create_app
from api.routers import coalitions as coalitions_router
from graph.local.server import free_port
from graph.queries.coalitions import _MEMBERS
from graph.queries.common import MAX_LIMIT, GraphContext, read
from graph.settings import Settings
from ingest.writer import LoadSummary
from tests.test_api import assert_evidence, read_csv

Items = list[dict[str, Any]]


def page(client: TestClient, url: str, params: dict[str, Any], **window: int) -> dict[str, Any]:
    response = client.get(url, params={**params, **window})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"items", "total", "limit", "offset"}
    return body


def own_evidence(item: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return [item["evidence"]]


def reasons_evidence(item: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return [reason["evidence"] for reason in item["reasons"]]


def steps_evidence(item: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return [step["evidence"] for step in item["relationships"]]


def no_evidence(item: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return []


Evidences = Callable[[dict[str, Any]], list[list[dict[str, Any]]]]

# Every paged endpoint, with a question whose answer has several rows on the sample data.
LISTS: list[tuple[str, dict[str, Any], Evidences]] = [
    ("/coalitions/gcm-coalition/members", {}, own_evidence),
    ("/coalitions/gcm-coalition/members", {"as_of": "2017"}, own_evidence),
    ("/processes/gcm-compact/withdrawals", {}, own_evidence),
    ("/documents", {}, no_evidence),
    ("/documents", {"q": "migra"}, no_evidence),
    ("/documents/gcm-borders-celebration-2014/endorsers", {}, own_evidence),
    ("/organizations/gcm-coalition/endorsements", {}, own_evidence),
    ("/entities", {"q": "migration"}, no_evidence),
    ("/entities/gcm-coalition/timeline", {}, own_evidence),
    ("/paths", {"from": "picum", "to": "gcm-compact", "max_hops": 3}, steps_evidence),
    ("/partners", {"issue": "border"}, reasons_evidence),
    ("/partners", {"for": "alianza-americas"}, reasons_evidence),
]
IDS = [f"{url}?{'&'.join(f'{k}={v}' for k, v in params.items())}" for url, params, _ in LISTS]


@pytest.mark.parametrize(("url", "params", "evidences"), LISTS, ids=IDS)
def test_windows_add_up_to_the_whole_list(
    client: TestClient, url: str, params: dict[str, Any], evidences: Evidences
) -> None:
    whole = page(client, url, params, limit=MAX_LIMIT)
    everything: Items = whole["items"]
    assert len(everything) >= 2, "pick a question with more than one answer"
    assert whole["total"] == len(everything) < MAX_LIMIT
    size = max(1, len(everything) // 3)  # three or four pages, the last one short
    windows: Items = []
    for offset in range(0, len(everything), size):
        part = page(client, url, params, limit=size, offset=offset)
        assert (part["total"], part["limit"], part["offset"]) == (whole["total"], size, offset)
        assert 1 <= len(part["items"]) <= size
        for item in part["items"]:
            for evidence in evidences(item):
                assert_evidence(evidence)
        windows += part["items"]
    assert windows == everything


@pytest.mark.parametrize(("url", "params", "evidences"), LISTS, ids=IDS)
def test_an_offset_past_the_end_is_an_empty_page(
    client: TestClient, url: str, params: dict[str, Any], evidences: Evidences
) -> None:
    total = page(client, url, params, limit=1)["total"]
    past = page(client, url, params, limit=10, offset=total + 5)
    assert past == {"items": [], "total": total, "limit": 10, "offset": total + 5}


def test_csv_holds_the_page_only(client: TestClient) -> None:
    url, params = "/processes/gcm-compact/withdrawals", {"limit": 3, "offset": 2}
    expected = page(client, url, params)["items"]
    rows = read_csv(client.get(url, params={**params, "format": "csv"}))
    assert [r["state.id"] for r in rows] == [i["state"]["id"] for i in expected]


def _claim_rows(plan: dict[str, Any]) -> int:
    """Rows produced by the plan's operators that look Claim nodes up (the evidence)."""
    own = plan["rows"] if ":Claim" in str(plan.get("args", {}).get("Details", "")) else 0
    return own + sum(_claim_rows(child) for child in plan.get("children", []))


def test_evidence_is_read_for_the_page_only(
    client: TestClient, session_driver: Driver, graph_settings: Settings
) -> None:
    def claims_read(limit: int) -> tuple[int, int]:
        records, summary, _ = session_driver.execute_query(
            "PROFILE " + _MEMBERS,
            id="gcm-coalition",
            as_of=None,
            role=None,
            limit=limit,
            include_private=False,  # read() sets it on every query (graph.queries.common)
            offset=0,
            database_=graph_settings.neo4j_database,
        )
        assert summary.profile is not None
        shown = sum(len(item["evidence"]) for item in records[0]["items"])
        return _claim_rows(summary.profile), shown

    read_one, shown_one = claims_read(1)
    read_all, shown_all = claims_read(MAX_LIMIT)
    assert read_one == shown_one >= 1
    assert read_all == shown_all > read_one


def test_openapi_documents_503_and_504_on_reads(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for url in ("/coalitions/{id}/members", "/partners", "/entities/{id}", "/health"):
        responses = paths[url]["get"]["responses"]
        assert {"503", "504"} <= set(responses), url


def test_a_query_over_the_time_limit_is_a_504(
    reference_graph: LoadSummary, graph_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def slow(ctx: GraphContext, *args: Any) -> None:
        # Far beyond the limit: the server stops it (its transaction monitor checks about
        # once a second), the driver raises TransactionTimedOutClientConfiguration.
        await read(ctx, "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(*)")

    monkeypatch.setattr(coalitions_router, "coalition_members", slow)
    settings = graph_settings.model_copy(update={"query_timeout": 0.5})
    with TestClient(create_app(settings)) as test_client:
        response = test_client.get("/coalitions/gcm-coalition/members")
    assert response.status_code == 504, response.text
    detail = response.json()["detail"]
    assert detail.startswith("The graph took longer than 0.5 s to answer; narrow the question")


def test_other_server_errors_stay_500(
    reference_graph: LoadSummary, graph_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(ctx: GraphContext, *args: Any) -> None:
        await read(ctx, "RETURN 1 / 0 AS x")  # an ArithmeticError from the server

    monkeypatch.setattr(coalitions_router, "coalition_members", broken)
    app = create_app(graph_settings)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        assert test_client.get("/coalitions/gcm-coalition/members").status_code == 500


def test_an_unreachable_graph_is_a_503(
    reference_graph: LoadSummary, graph_settings: Settings
) -> None:
    app = create_app(graph_settings)
    with TestClient(app) as test_client:
        # After start-up, the graph goes away: nothing listens on this port. No retries, so
        # the driver's ServiceUnavailable comes at once.
        dead = AsyncGraphDatabase.driver(
            f"bolt://127.0.0.1:{free_port()}",
            auth=("neo4j", "unused"),
            max_transaction_retry_time=0,
            connection_timeout=2,
        )
        live = app.state.graph
        app.state.graph = GraphContext(dead, live.database, live.timeout)
        try:
            response = test_client.get("/coalitions/gcm-coalition/members")
        finally:
            app.state.graph = live
            assert test_client.portal is not None  # set while the client runs the app
            test_client.portal.call(dead.close)
    assert response.status_code == 503, response.text
    assert response.headers["retry-after"]
    assert "not reachable" in response.json()["detail"]
