"""The question API through HTTP against the real app and the real Neo4j, on the sample data."""

from __future__ import annotations

import csv
import io
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

EVIDENCE_KEYS = {
    "document_id",
    "document_title",
    "source_url",
    "quote",
    "start",
    "end",
    "method",
    "confidence",
}


def get(
    client: TestClient,
    url: str,
    params: dict[str, Any] | None = None,
    *,
    status: int = 200,
    **more: Any,
) -> Any:
    response = client.get(url, params={**(params or {}), **more})
    assert response.status_code == status, response.text
    return response.json()


def read_csv(response: Any) -> list[dict[str, str]]:
    """A CSV answer's rows; it must start with the UTF-8 BOM spreadsheet programs need."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf"), response.content[:20]
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def assert_page(body: dict[str, Any]) -> list[dict[str, Any]]:
    assert set(body) == {"items", "total", "limit", "offset"}
    assert body["total"] >= len(body["items"])
    items: list[dict[str, Any]] = body["items"]
    return items


def assert_evidence(evidence: list[dict[str, Any]]) -> None:
    assert evidence, "a link without evidence"
    for e in evidence:
        assert set(e) >= EVIDENCE_KEYS
        assert e["source_url"] or e["document_id"] or e["source_ref"]
        assert 0 <= e["confidence"] <= 1


def test_search_finds_former_names_and_labels_acronyms(client: TestClient) -> None:
    items = assert_page(get(client, "/entities", q="NALACC"))
    assert items[0]["id"] == "alianza-americas"
    gcm = {i["id"]: i["type"] for i in assert_page(get(client, "/entities", q="GCM", limit=50))}
    assert gcm["gcm-coalition"] == "Coalition" and gcm["gcm-compact"] == "Process"
    only = assert_page(get(client, "/entities", q="GCM", type="Process"))
    assert {i["type"] for i in only} == {"Process"}


def test_search_treats_query_syntax_as_text(client: TestClient) -> None:
    for q in ['"; MATCH (n) DETACH DELETE n; //', "<script>alert(1)</script>", "a:b OR *", "(("]:
        assert_page(get(client, "/entities", q=q))
    assert get(client, "/health")["nodes"] > 400  # nothing was deleted


def test_entity_with_links_grouped_by_type(client: TestClient) -> None:
    body = get(client, "/entities/usa")
    assert body["type"] == "Government" and body["iso3"] == "USA"
    (withdrawal,) = body["relationships"]["WITHDREW_FROM"]
    assert withdrawal["other"]["id"] == "gcm-compact"
    assert withdrawal["properties"]["date"] == "2017-12-02"
    assert_evidence(withdrawal["evidence"])


def test_entity_links_are_capped_per_type_with_totals(client: TestClient) -> None:
    full = get(client, "/entities/a-res-73-195", per_type=500)
    votes = full["relationships"]["VOTED"]
    assert full["relationship_totals"]["VOTED"] == len(votes) == 193
    assert [v["other"]["id"] for v in votes] == sorted(v["other"]["id"] for v in votes)
    assert set(full["relationship_totals"]) == set(full["relationships"])
    first = get(client, "/entities/a-res-73-195", per_type=10)
    assert first["relationships"]["VOTED"] == votes[:10]
    assert first["relationship_totals"] == full["relationship_totals"]
    assert all(len(links) <= 10 for links in first["relationships"].values())
    for link in first["relationships"]["VOTED"]:
        assert_evidence(link["evidence"])
    assert client.get("/entities/a-res-73-195", params={"per_type": 0}).status_code == 422


def test_an_entity_without_links_is_found(client: TestClient, session_driver: Driver) -> None:
    records = session_driver.execute_query(
        "MATCH (n:Entity) WHERE NOT (n)--() RETURN n.id AS id ORDER BY id LIMIT 1"
    ).records
    assert records, "the reference data has entities without links (e.g. unused positions)"
    body = get(client, f"/entities/{records[0]['id']}")
    assert (body["relationships"], body["relationship_totals"]) == ({}, {})


def test_who_voted_no_on_a_res_73_195(client: TestClient) -> None:
    body = get(client, "/resolutions/a-res-73-195/votes")
    assert sorted(s["id"] for s in body["no"]) == ["cze", "hun", "isr", "pol", "usa"]
    assert (len(body["yes"]), len(body["abstain"]), len(body["absent"])) == (152, 12, 24)
    for state in body["no"]:
        assert state["iso3"] and state["name"]
        assert_evidence(state["evidence"])


def test_who_withdrew_from_the_compact_and_when(client: TestClient) -> None:
    items = assert_page(get(client, "/processes/gcm-compact/withdrawals", limit=200))
    by_state: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_state.setdefault(item["state"]["id"], []).append(item)
        assert_evidence(item["evidence"])
    (usa,) = [i for i in by_state["usa"] if i["type"] == "WITHDREW_FROM"]
    assert usa["date"] == "2017-12-02" and usa["kind"] == "withdrew"
    (hun,) = by_state["hun"]
    assert hun["date"].startswith("2018-07")
    assert {i["type"] for i in by_state["che"]} == {"DEFERRED_DECISION_ON", "DECLINED_TO_ATTEND"}
    (bra,) = by_state["bra"]
    assert bra["until"] == "2023-01-05"
    assert "hrv" not in by_state


def test_members_of_gcm_as_of_2017_with_roles(client: TestClient) -> None:
    items = assert_page(get(client, "/coalitions/gcm-coalition/members", as_of="2017", limit=200))
    roles = {(i["member"]["id"], i["role"]) for i in items}
    assert ("picum", "treasurer") in roles and ("mfa-asia", "president") in roles
    assert ("alianza-americas", "member") in roles
    for item in items:
        assert_evidence(item["evidence"])
    earlier = assert_page(get(client, "/coalitions/gcm-coalition/members", as_of="2012-06-01"))
    assert ("picum", "treasurer") not in {(i["member"]["id"], i["role"]) for i in earlier}
    treasurers = assert_page(get(client, "/coalitions/gcm-coalition/members", role="treasurer"))
    assert [i["member"]["id"] for i in treasurers] == ["picum"]


def test_members_as_csv(client: TestClient) -> None:
    response = client.get("/coalitions/gcm-coalition/members", params={"format": "csv"})
    rows = read_csv(response)
    assert rows and {"member.id", "role", "since", "evidence_count"} <= set(rows[0])
    assert {"evidence_first_quote", "evidence_document_title", "evidence_source_url"} <= set(
        rows[0]
    )
    assert all(int(r["evidence_count"]) >= 1 for r in rows)
    assert all(r["evidence_source_url"] or r["evidence_first_quote"] for r in rows)


def test_pga_dhaka_roles(client: TestClient) -> None:
    body = get(client, "/events/pga-2016-dhaka")
    roles = sorted(s["role"] for s in body["speakers"])
    assert roles == ["discussion starter", "discussion starter", "moderator", "rapporteur"]
    for speaker in body["speakers"]:
        assert_evidence(speaker["evidence"])


def test_path_from_alianza_americas_to_ohchr(client: TestClient) -> None:
    items = assert_page(
        get(client, "/paths", params={"from": "alianza-americas", "to": "ohchr"}, max_hops=3)
    )
    assert items and all(p["hops"] <= 3 for p in items)
    first = items[0]
    assert first["nodes"][0]["id"] == "alianza-americas" and first["nodes"][-1]["id"] == "ohchr"
    for step in first["relationships"]:
        assert_evidence(step["evidence"])


def test_partners_of_alianza_americas_with_evidence(client: TestClient) -> None:
    items = assert_page(get(client, "/partners", params={"for": "alianza-americas"}))
    assert items
    for partner in items:
        assert partner["partner"]["id"] != "alianza-americas"
        assert partner["shared_positions"] >= 1
        for reason in partner["reasons"]:
            assert_evidence(reason["evidence"])
    quoted = [e for p in items for r in p["reasons"] for e in r["evidence"] if e["document_id"]]
    assert quoted and any(e["document_date"] for e in quoted)
    for ev in quoted:  # the evidence says when its document was issued
        assert ev["document_date"] == get(client, f"/documents/{ev['document_id']}")["date"]
    position = items[0]["reasons"][0]["via"]["id"]
    on_one = assert_page(
        get(client, "/partners", position=position, params={"for": "alianza-americas"})
    )
    assert on_one and all(
        r["via"]["id"] == position for p in on_one for r in p["reasons"] if r["kind"] == "position"
    )


def test_interlocks(client: TestClient) -> None:
    body = get(client, "/interlocks", a="alianza-americas", b="picum")
    assert "gcm-coalition" in [c["entity"]["id"] for c in body["coalitions"]]


def test_document_with_spans_and_highlight(client: TestClient) -> None:
    docs = assert_page(get(client, "/documents", q="Morocco"))
    doc_id = next(d["id"] for d in docs if d["id"] == "alianza-press-release-2018-12-05")
    body = get(client, f"/documents/{doc_id}")
    assert body["text"] and body["spans"]
    span = body["spans"][0]
    assert body["text"][span["start"] : span["end"]] == span["quote"]
    marked = get(client, f"/documents/{doc_id}", highlight=f"{span['start']}-{span['end']}")
    assert f"[[{span['quote']}]]" in marked["highlighted_text"]


def test_endorsers_and_endorsements(client: TestClient) -> None:
    sponsors = assert_page(
        get(client, "/documents/gcm-borders-celebration-2014/endorsers", limit=100)
    )
    co = [s for s in sponsors if s["type"] == "CO_SPONSORED"]
    assert len(co) >= 10
    for s in co:
        assert_evidence(s["evidence"])
    signed = assert_page(get(client, "/organizations/gcm-coalition/endorsements"))
    assert signed and all(s["type"] in {"SIGNED", "ENDORSED", "CO_SPONSORED"} for s in signed)


def test_timeline_is_in_date_order(client: TestClient) -> None:
    items = assert_page(get(client, "/entities/usa/timeline"))
    dates = [i["date"] for i in items]
    assert dates == sorted(dates) and "2017-12-02" in dates


@pytest.mark.parametrize("name", ["graph.graphml", "graph.gexf"])
def test_exports_read_back_with_networkx(client: TestClient, name: str, tmp_path: Any) -> None:
    response = client.get(f"/export/{name}", params={"coalition": "gcm-coalition"})
    assert response.status_code == 200
    path = tmp_path / name
    path.write_bytes(response.content)
    graph = nx.read_graphml(path) if name.endswith("graphml") else nx.read_gexf(path)
    assert "gcm-coalition" in graph and "picum" in graph
    assert graph.number_of_edges() >= 10


def test_csv_exports_and_filters(client: TestClient) -> None:
    nodes = read_csv(client.get("/export/nodes.csv", params={"around": "usa", "hops": 1}))
    assert "usa" in {n["id"] for n in nodes} and "gcm-compact" in {n["id"] for n in nodes}
    edges = read_csv(client.get("/export/edges.csv", params={"process": "gcm-compact"}))
    assert any(e["type"] == "WITHDREW_FROM" and e["source"] == "usa" for e in edges)
    assert all(int(e["evidence_count"]) >= 1 for e in edges)
    early = read_csv(
        client.get(
            "/export/edges.csv", params={"coalition": "gcm-coalition", "as_of": "2012-06-01"}
        )
    )
    assert not any(e["type"] == "MEMBER_OF" and "treasurer" in e["properties"] for e in early)


def test_private_people_need_the_token(client: TestClient) -> None:
    assert client.get("/export/nodes.csv", params={"include_private": "true"}).status_code == 401


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/entities/no-such-id", {}),
        ("/entities/no-such-id/timeline", {}),
        ("/coalitions/no-such-id/members", {}),
        ("/documents/no-such-id", {}),
        ("/documents/no-such-id/endorsers", {}),
        ("/organizations/no-such-id/endorsements", {}),
        ("/processes/no-such-id/withdrawals", {}),
        ("/resolutions/no-such-id/votes", {}),
        ("/events/no-such-id", {}),
        ("/paths", {"from": "no-such-id", "to": "usa"}),
        ("/interlocks", {"a": "no-such-id", "b": "usa"}),
        ("/partners", {"for": "no-such-id"}),
        ("/export/graph.pdf", {}),
        ("/export/nodes.csv", {"coalition": "no-such-id"}),
    ],
)
def test_unknown_ids_are_404(client: TestClient, url: str, params: dict[str, str]) -> None:
    body = get(client, url, params, status=404)
    assert "detail" in body


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/entities", {"q": ""}),
        ("/entities", {"q": "x", "type": "Spaceship"}),
        ("/entities", {"q": "x", "limit": 100000}),
        ("/coalitions/gcm-coalition/members", {"as_of": "last year"}),
        ("/coalitions/gcm-coalition/members", {"as_of": "2017-02-30"}),
        ("/paths", {"from": "usa", "to": "hun", "max_hops": 9}),
        ("/partners", {}),
        ("/documents/alianza-press-release-2018-12-05", {"highlight": "9-3"}),
        ("/entities", {"q": "x", "format": "xml"}),
    ],
)
def test_bad_parameters_are_422(client: TestClient, url: str, params: dict[str, Any]) -> None:
    get(client, url, params, status=422)


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = get(client, "/openapi.json")
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert op.get("summary"), f"{method} {path} has no summary"
            assert any(code.startswith("2") for code in op["responses"]), f"{method} {path}"
            for param in op.get("parameters", []):
                assert (
                    param.get("description")
                    or param["in"] == "path"
                    or param["name"]
                    in {
                        "limit",
                        "offset",
                        "format",
                        "a",
                        "b",
                        "coalition",
                        "process",
                        "position",
                        "issue",
                        "around",
                        "hops",
                        "as_of",
                        "include_private",
                        "name",
                    }
                ), param
