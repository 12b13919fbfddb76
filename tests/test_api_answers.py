"""Answers people can act on (issue 12), through HTTP on the real app and Neo4j with the sample
data: a typo is a 422 naming the parameter, never a 500; stances, interlocks, browsing, paths."""

from __future__ import annotations

import io
import re
from typing import Any

import pandas  # type: ignore[import-untyped]
import pytest
from fastapi.testclient import TestClient

from tests.test_api import assert_evidence, assert_page, get, read_csv

DOC = "/documents/alianza-press-release-2018-12-05"
# Every endpoint that takes a date, with the other parameters it needs.
DATED: list[tuple[str, dict[str, str]]] = [
    ("/coalitions/gcm-coalition/members", {}),
    ("/export/nodes.csv", {}),
    ("/export/edges.csv", {}),
    ("/export/graph.graphml", {}),
    ("/export/graph.gexf", {}),
    ("/explore/graph", {}),
    ("/explore/around", {"name": "NALACC"}),
    ("/interlocks", {"a": "gcm-coalition", "b": "wimn"}),
]


def assert_invalid(client: TestClient, url: str, param: str, **params: Any) -> str:
    """A 422 in FastAPI's own shape (as declared in /openapi.json) naming the parameter."""
    response = client.get(url, params=params)
    assert response.status_code == 422, (url, params, response.text)
    (error,) = response.json()["detail"]
    assert error["loc"] == ["query", param], error
    message: str = error["msg"]
    return message


@pytest.mark.parametrize(("url", "needs"), DATED)
def test_impossible_dates_are_a_422_on_every_dated_endpoint(
    client: TestClient, url: str, needs: dict[str, str]
) -> None:
    for wrong in ("2017-13-45", "2017-02-30", "2018-02-29", "0000-01-01", "0000"):
        assert "not a real date" in assert_invalid(client, url, "as_of", **needs, as_of=wrong)
    for wrong in ("2017/01/01", "17", "2017-1-1", "yesterday"):
        assert_invalid(client, url, "as_of", **needs, as_of=wrong)


@pytest.mark.parametrize(("url", "needs"), DATED)
def test_one_date_grammar_everywhere(client: TestClient, url: str, needs: dict[str, str]) -> None:
    for good in ("2017", "2017-06", "2016-02-29", ""):
        response = client.get(url, params={**needs, "as_of": good}, follow_redirects=False)
        assert response.status_code in (200, 303), (url, good, response.text)
    if url == "/explore/around":  # the page it leads to keeps the date as given
        moved = client.get(url, params={**needs, "as_of": "2017"}, follow_redirects=False)
        assert moved.headers["location"].endswith("as_of=2017")


def test_every_endpoint_with_a_date_is_in_the_list(client: TestClient) -> None:
    """A new dated endpoint cannot skip these tests: /openapi.json says which take as_of."""
    spec = client.get("/openapi.json").json()
    dated = {
        path
        for path, ops in spec["paths"].items()
        for method, op in ops.items()
        if method == "get" and any(p["name"] == "as_of" for p in op.get("parameters", []))
    }
    listed = {re.sub(r"/export/.*", "/export/{name}", url) for url, _ in DATED}
    assert dated == {url.replace("gcm-coalition", "{id}") for url in listed}


def test_partial_as_of_means_its_first_day(client: TestClient) -> None:
    edges = "/export/edges.csv"
    assert get_text(client, edges, as_of="2017") == get_text(client, edges, as_of="2017-01-01")
    assert get_text(client, edges, as_of="2017-06") == get_text(client, edges, as_of="2017-06-01")
    assert get_text(client, edges, as_of="2017") != get_text(client, edges, as_of="2025")


def get_text(client: TestClient, url: str, **params: Any) -> str:
    response = client.get(url, params={"coalition": "gcm-coalition", **params})
    assert response.status_code == 200, response.text
    text: str = response.text
    return text


def test_a_path_from_an_entity_to_itself_is_an_answer(client: TestClient) -> None:
    (only,) = assert_page(get(client, "/paths", {"from": "usa", "to": "usa"}))
    assert only["hops"] == 0 and only["relationships"] == []
    assert [n["id"] for n in only["nodes"]] == ["usa"]
    missing = client.get("/paths", params={"from": "nope", "to": "nope"})
    assert missing.status_code == 404 and "'nope'" in missing.json()["detail"]


def test_other_typos_answer_422_in_the_declared_shape(client: TestClient) -> None:
    assert "before START" in assert_invalid(client, DOC, "highlight", highlight="9-3")
    assert "characters" in assert_invalid(client, DOC, "highlight", highlight="1-99999999")
    assert "position, issue or for" in assert_invalid(client, "/partners", "position")
    assert_invalid(client, "/entities", "offset", q="GCM", offset=10**12)
    assert_invalid(client, "/paths", "max_hops", **{"from": "usa", "to": "hun", "max_hops": 9})


def test_every_link_of_an_answer_keeps_its_evidence(client: TestClient) -> None:
    members = assert_page(get(client, "/coalitions/gcm-coalition/members", as_of="2017"))
    assert members
    for member in members:
        assert_evidence(member["evidence"])


def test_partners_say_the_stance_and_whether_it_is_shared(client: TestClient) -> None:
    items = assert_page(get(client, "/partners", params={"for": "alianza-americas"}))
    reasons = {
        (p["partner"]["id"], r["via"]["id"]): r
        for p in items
        for r in p["reasons"]
        if r["kind"] == "position"
    }
    against = reasons[("oscar-chacon", "border-militarization")]
    assert (against["stance"], against["your_stance"], against["agreement"]) == (
        "against",
        "against",
        "shared",
    )
    assert {r["agreement"] for r in reasons.values()} == {"shared"}
    assert {r["stance"] for r in reasons.values()} == {"for", "against"}
    # nobody in the sample data takes the other side of Alianza Americas' positions
    opponents = get(client, "/partners", params={"for": "alianza-americas", "side": "opponents"})
    assert opponents["items"] == [] and opponents["total"] == 0


def test_advocates_links_carry_their_stance(client: TestClient) -> None:
    links = get(client, "/entities/oscar-chacon")["relationships"]["ADVOCATES"]
    assert {link["properties"]["stance"] for link in links} == {"against"}
    edges = client.get("/export/edges.csv", params={"position": "border-militarization"})
    assert edges.status_code == 200 and "against" in edges.text


def test_interlocks_of_two_coalitions_are_their_shared_members(client: TestClient) -> None:
    body = get(client, "/interlocks", a="gcm-coalition", b="wimn")
    assert (body["a"]["id"], body["b"]["id"]) == ("gcm-coalition", "wimn")
    shared = {s["entity"]["id"]: s for s in body["shared_members"]}
    assert {"alianza-americas", "picum", "nnirr"} <= set(shared)
    for member in shared.values():
        for side in ("a", "b"):
            assert member[side], (member["entity"]["id"], side)
            for tie in member[side]:
                assert tie["type"] == "MEMBER_OF" and "role" in tie["properties"]
                assert_evidence(tie["evidence"])
    # WIMN is also a member of GCM: the mixed pair gets that link too
    assert any(
        d["type"] == "MEMBER_OF" and d["other"]["id"] == "gcm-coalition"
        for d in get(client, "/interlocks", a="wimn", b="gcm-coalition")["direct"]
    )


def test_interlocks_as_of_keeps_the_ties_valid_that_day(client: TestClient) -> None:
    def members(as_of: str) -> set[str]:
        body = get(client, "/interlocks", a="gcm-coalition", b="wimn", as_of=as_of)
        assert body["as_of"] == as_of if len(as_of) == 10 else body["as_of"].startswith(as_of)
        return {s["entity"]["id"] for s in body["shared_members"]}

    every = {
        s["entity"]["id"]
        for s in get(client, "/interlocks", a="gcm-coalition", b="wimn")["shared_members"]
    }
    assert members("1990") < every  # before either coalition existed: fewer
    assert_invalid(client, "/interlocks", "as_of", a="gcm-coalition", b="wimn", as_of="2017-02-30")


def test_interlocks_of_two_organizations(client: TestClient) -> None:
    body = get(client, "/interlocks", a="alianza-americas", b="picum")
    (gcm,) = [c for c in body["coalitions"] if c["entity"]["id"] == "gcm-coalition"]
    assert gcm["a"] and gcm["b"] and body["shared_members"] == []
    for tie in gcm["a"] + gcm["b"]:
        assert_evidence(tie["evidence"])


def test_interlocks_404_names_the_unknown_id(client: TestClient) -> None:
    for a, b in (("gcm-coalition", "nope"), ("nope", "wimn")):
        response = client.get("/interlocks", params={"a": a, "b": b})
        assert response.status_code == 404
        assert response.json()["detail"] == "No entity with id 'nope'."


def test_browse_entities_of_a_kind_by_name_in_pages(client: TestClient) -> None:
    body = get(client, "/entities", type="Organization", limit=500)
    names = [(i["name"] or i["id"]).lower() for i in assert_page(body)]
    assert names == sorted(names) and body["total"] == len(names) > 20
    assert all(i["score"] is None for i in body["items"])
    second = get(client, "/entities", type="Organization", limit=5, offset=5)
    assert second["items"] == body["items"][5:10] and second["total"] == body["total"]
    everything = get(client, "/entities")
    assert everything["total"] > body["total"]
    assert_invalid(client, "/entities", "type", type="Nonsense")


def test_browse_members_of_a_coalition(client: TestClient) -> None:
    members = assert_page(get(client, "/entities", member_of="wimn", limit=500))
    ids = {m["id"] for m in members}
    assert {"alianza-americas", "picum", "nnirr"} <= ids
    listed = assert_page(get(client, "/coalitions/wimn/members", limit=500))
    assert ids == {m["member"]["id"] for m in listed}
    found = assert_page(get(client, "/entities", q="PICUM", member_of="wimn"))
    assert found[0]["id"] == "picum"
    missing = client.get("/entities", params={"member_of": "nope"})
    assert missing.status_code == 404 and "'nope'" in missing.json()["detail"]


def test_search_ranks_exact_names_acronyms_and_aliases_first(client: TestClient) -> None:
    items = assert_page(get(client, "/entities", q="GCM"))
    exact = [i for i in items if i["exact"]]
    assert {"gcm-coalition", "gcm-compact"} <= {i["id"] for i in exact}
    assert items[: len(exact)] == exact  # exact matches first, documents after
    assert all(i["type"] != "Document" for i in exact)
    assert assert_page(get(client, "/entities", q="wimn"))[0]["id"] == "wimn"  # an id
    nalacc = assert_page(get(client, "/entities", q="nalacc"))[0]  # a former name
    assert nalacc["id"] == "alianza-americas" and nalacc["exact"]
    for typed, first in (
        ("usa", "usa"),  # an id
        ("Women in Migration Network", "wimn"),  # a name
        ("PICUM", "picum"),  # an acronym
        ("Allianza Americas", "alianza-americas"),  # an alias
    ):
        top = assert_page(get(client, "/entities", q=typed))[0]
        assert (top["id"], top["exact"]) == (first, True), typed


def test_path_steps_carry_type_direction_properties_and_evidence(client: TestClient) -> None:
    paths = assert_page(get(client, "/paths", {"from": "gcm-coalition", "to": "hun"}))
    assert paths
    seen = set()
    for path in paths:
        for i, step in enumerate(path["relationships"]):
            here, there = path["nodes"][i]["id"], path["nodes"][i + 1]["id"]
            if step["direction"] == "forward":
                assert (step["source"], step["target"]) == (here, there)
            else:
                assert (step["source"], step["target"]) == (there, here)
            assert_evidence(step["evidence"])
        shown = tuple(
            (s["type"], s["direction"], tuple(sorted(s["properties"].items())))
            for s in path["relationships"]
        )
        assert tuple(n["id"] for n in path["nodes"]) + shown not in seen  # told apart
        seen.add(tuple(n["id"] for n in path["nodes"]) + shown)
    # a member points at its coalition: from the coalition's side the step runs backward
    member_steps = [s for p in paths for s in p["relationships"] if s["type"] == "MEMBER_OF"]
    assert member_steps and all("role" in s["properties"] for s in member_steps)


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_docs_pages_load_nothing_from_other_sites(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    html = response.text
    assert "cdn" not in html.lower() and "fonts.googleapis" not in html
    assets = re.findall(r'(?:src|href)="(/static-docs/[^"]+)"', html)
    assert assets and any(a.endswith(".js") for a in assets)
    for asset in assets:
        served = client.get(asset)
        assert served.status_code == 200 and len(served.content) > 1_000, asset


def test_csv_answers_read_back_in_pandas_with_their_accents(client: TestClient) -> None:
    names = [
        i["name"]
        for i in get(client, "/entities", type="Organization", limit=500)["items"]
        if i["name"] and not i["name"].isascii()
    ]
    assert names, "the sample data has names with accents"
    for url, params in (
        ("/export/nodes.csv", {}),
        ("/entities", {"type": "Organization", "limit": 500, "format": "csv"}),
    ):
        response = client.get(url, params=params)
        read_csv(response)  # starts with the BOM
        frame = pandas.read_csv(io.BytesIO(response.content), keep_default_na=False)
        assert frame.columns[0] == "id"  # the BOM is not part of the first header
        assert set(names) <= set(frame["name"])
    edges = pandas.read_csv(io.BytesIO(client.get("/export/edges.csv").content))
    assert {"evidence_count", "evidence_first_quote", "evidence_source_url"} <= set(edges.columns)
    assert (edges["evidence_count"] >= 1).all()


# What each required query parameter gets, so that only the wrong one is wrong.
REQUIRED = {"from": "usa", "to": "hun", "a": "gcm-coalition", "b": "wimn", "name": "NALACC"}


def _wrong_value(schema: dict[str, Any]) -> str | None:
    """A value this parameter's schema refuses, or None for free text."""
    for option in schema.get("anyOf", [schema]):
        if option.get("type") == "integer":
            return "seven"
        if option.get("type") == "boolean":
            return "perhaps"
        if "enum" in option or "const" in option:
            return "nonsense"
        if "pattern" in option:
            return "!!"
        if "maxLength" in option:
            return "x" * (int(option["maxLength"]) + 1)
    return None


def test_every_wrong_query_value_is_a_422_naming_its_parameter(client: TestClient) -> None:
    """Each read operation, each query parameter with a constraint: a value it refuses is a 422
    in FastAPI's shape, naming that parameter and saying what was wrong."""
    spec = client.get("/openapi.json").json()
    checked = []
    for path, ops in spec["paths"].items():
        op = ops.get("get")
        if op is None or "writes (token)" in op.get("tags", []):
            continue
        url = path.replace("{id}", "gcm-coalition").replace("{name}", "nodes.csv")
        query = [p for p in op.get("parameters", []) if p["in"] == "query"]
        needs = {p["name"]: REQUIRED[p["name"]] for p in query if p.get("required")}
        for param in query:
            wrong = _wrong_value(param["schema"])
            if wrong is None:
                continue
            message = assert_invalid(client, url, param["name"], **{**needs, param["name"]: wrong})
            assert message, (path, param["name"])
            checked.append((path, param["name"]))
    assert len(checked) >= 60, checked
    assert ("/partners", "side") in checked and ("/entities", "type") in checked


# Every list that answers CSV, with what it needs.
CSV_LISTS: dict[str, dict[str, str]] = {
    "/entities": {"q": "GCM"},
    "/entities/alianza-americas/timeline": {},
    "/coalitions/gcm-coalition/members": {},
    "/partners": {"for": "alianza-americas"},
    "/paths": {"from": "gcm-coalition", "to": "hun"},
    "/documents": {},
    "/documents/doc-06-joint-ngo-statement-hrc39-en/endorsers": {},
    "/organizations/alianza-americas/endorsements": {},
    "/processes/gcm-compact/withdrawals": {},
}


def test_every_csv_list_is_listed(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    with_csv = {
        path
        for path, ops in spec["paths"].items()
        if any(p["name"] == "format" for p in ops.get("get", {}).get("parameters", []))
    }
    assert with_csv == {re.sub(r"^(/\w+)/[^/]+(/\w+)$", r"\1/{id}\2", u) for u in CSV_LISTS}


@pytest.mark.parametrize(("url", "needs"), CSV_LISTS.items())
def test_csv_answers_carry_evidence_as_readable_columns_never_json(
    client: TestClient, url: str, needs: dict[str, str]
) -> None:
    """A spreadsheet user reads every cell: the evidence of a row, of a partner's reasons or of
    a path's steps is counted, quoted, titled and linked in its own columns (the full list is
    in the JSON answer), never a JSON blob."""
    answer = get(client, url, {**needs, "limit": "500"})
    rows = read_csv(client.get(url, params={**needs, "limit": "500", "format": "csv"}))
    assert rows and len(rows) == len(answer["items"])
    for row in rows:
        for column, cell in row.items():
            assert '"document_id"' not in cell and not cell.startswith(("[{", "{")), (column, cell)
    if '"evidence"' in client.get(url, params={**needs, "limit": "500"}).text:
        counts = [c for c in rows[0] if c.endswith("evidence_count")]
        assert counts and any(int(row[c]) > 0 for row in rows for c in counts), rows[0]
        titles = [c for c in rows[0] if c.endswith("evidence_first_quote")]
        assert any(row[c] for row in rows for c in titles)


def test_csv_of_partners_and_paths_reads_as_text(client: TestClient) -> None:
    partners = read_csv(
        client.get("/partners", params={"for": "alianza-americas", "format": "csv"})
    )
    gcm = next(r for r in partners if r["partner.id"] == "gcm-coalition")
    assert (
        "via=end-immigration-detention stance=for your_stance=for agreement=shared"
        in (gcm["reasons"])
    )
    assert int(gcm["reasons.evidence_count"]) >= 1 and gcm["reasons.evidence_first_quote"]
    paths = read_csv(
        client.get("/paths", params={"from": "gcm-coalition", "to": "hun", "format": "csv"})
    )
    assert {p["nodes"].split("; ")[0] for p in paths} == {"gcm-coalition"}
    steps = [p["relationships"] for p in paths]
    assert all("direction=backward" in s for s in steps)  # the member points at the coalition
    assert len(set(steps)) == len(steps)  # three paths, three different rows
    assert any("role=executive committee" in s for s in steps)
