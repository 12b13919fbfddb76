"""GET /explore and /explore/graph through HTTP against the real app and Neo4j (no browser)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.cli.viz import fetch_subgraph
from graph.queries.subgraph import Filters
from graph.settings import Settings
from tests.viz.conftest import EVIL_NAME, PRIVATE_NAME, page_json
from visualizations.fold import MORE_PREFIX

TOKEN = "a-long-random-test-token-for-viz"


@pytest.fixture(scope="module")
def client(injected: str, graph_settings: Settings) -> Iterator[TestClient]:
    settings = graph_settings.model_copy(update={"api_token": TOKEN})
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_index_links_to_a_page_per_coalition_process_position_and_topic(
    client: TestClient, graph_settings: Settings
) -> None:
    response = client.get("/explore")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    everything = fetch_subgraph(graph_settings, Filters(with_evidence=False))
    assert everything is not None
    for node in everything.nodes:
        if node.type == "Coalition":
            assert f'href="/explore/graph?coalition={node.id}"' in html, node.id
        if node.type == "Process":
            assert f'href="/explore/graph?process={node.id}"' in html, node.id
        if node.type == "Position":
            assert f'href="/explore/graph?position={node.id}"' in html, node.id
    assert 'href="/explore/graph?issue=detention"' in html
    assert "<script" not in html  # the index runs no script
    assert EVIL_NAME not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "params",
    [
        {"coalition": "gcm-coalition"},
        {"process": "gcm-compact", "as_of": "2019-01-01"},
        {"issue": "detention"},
        {"around": "alianza-americas", "hops": 2},
        {"around": "alianza-americas", "as_of": ""},  # the index form sends empty fields
    ],
)
def test_graph_page_holds_the_ids_of_the_selection(
    client: TestClient, graph_settings: Settings, params: dict[str, str | int]
) -> None:
    response = client.get("/explore/graph", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    data = page_json(response.text)
    assert data["apiBase"] == ""  # served: entity pages link to /entities/{id}
    values = {k: v for k, v in params.items() if v != ""}
    expected = fetch_subgraph(graph_settings, Filters(**values))  # type: ignore[arg-type]
    assert expected is not None
    drawn = {n["id"] for n in data["nodes"] if not n["id"].startswith(MORE_PREFIX)}
    folded = {n["id"] for f in data["folds"].values() for n in f["nodes"]}
    assert drawn | folded == {n.id for n in expected.nodes}


def test_private_people_need_the_token(client: TestClient) -> None:
    params = {"around": "viz-evil", "include_private": "true"}
    assert PRIVATE_NAME not in client.get("/explore/graph", params={"around": "viz-evil"}).text
    refused = client.get("/explore/graph", params=params)
    assert refused.status_code == 401
    wrong = client.get("/explore/graph", params=params, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    shown = client.get(
        "/explore/graph", params=params, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert shown.status_code == 200 and "viz-private" in page_json(shown.text)["details"]


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"coalition": "no-such-coalition"}, 404),
        ({"around": "gcm-coalition", "hops": 9}, 422),
        ({"as_of": "2018-02-30"}, 422),
        ({"issue": "x" * 201}, 422),
    ],
)
def test_bad_filters(client: TestClient, params: dict[str, str | int], code: int) -> None:
    assert client.get("/explore/graph", params=params).status_code == code


def test_openapi_documents_the_pages(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/explore", "/explore/graph"):
        operation = paths[path]["get"]
        assert operation["summary"] and len(operation["description"]) > 40
        assert "text/html" in operation["responses"]["200"]["content"]
    names = {p["name"] for p in paths["/explore/graph"]["get"]["parameters"]}
    assert {"coalition", "process", "position", "issue", "around", "hops", "as_of"} <= names


def test_the_served_page_is_as_offline_as_the_file(client: TestClient) -> None:
    html = client.get("/explore/graph", params={"coalition": "gcm-coalition"}).text
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "default-src 'none'" in unescape(html)


def test_the_index_counts_member_organizations_with_their_role_rows(client: TestClient) -> None:
    html = unescape(client.get("/explore").text)
    entry = html[html.index(">Global Coalition on Migration</a>") :]
    entry = entry[: entry.index("</li>\n<li>") if "</li>\n<li>" in entry else 2000]
    # 9 organizations (one of them, WIMN, a coalition) in 15 MEMBER_OF rows, plus 2 secretariats
    assert re.search(r"9 member organizations", entry), entry
    assert "17 members" not in html
    roles = dict(re.findall(r"<li>([a-z ]+): (\d+)</li>", entry))
    assert roles == {
        "member": "9",
        "executive committee": "4",
        "treasurer": "1",
        "president": "1",
        "hosts the secretariat": "2",
    }


def test_the_around_form_takes_a_name_alias_or_acronym(client: TestClient) -> None:
    html = client.get("/explore").text
    assert 'action="/explore/around"' in html and 'name="name"' in html
    assert '<option value="NALACC">' in html  # a former name, offered by the type-ahead
    assert '<option value="alianza-americas">' not in html  # names, not ids
    for typed in ("Alianza Americas", "alianza americas", "NALACC", "  PICUM "):
        response = client.get(
            "/explore/around",
            params={"name": typed, "hops": 2, "as_of": "2019-01-01"},
            follow_redirects=False,
        )
        assert response.status_code == 303, typed
        assert response.headers["location"].startswith("/explore/graph?around=")
    response = client.get(
        "/explore/around", params={"name": "nalacc", "hops": 2, "as_of": "2019-01-01"}
    )
    assert response.status_code == 200
    assert str(response.url).endswith(
        "/explore/graph?around=alianza-americas&hops=2&as_of=2019-01-01"
    )
    assert page_json(response.text)["focus"] == "alianza-americas"


def test_a_shared_name_offers_a_choice_and_an_unknown_one_says_so(client: TestClient) -> None:
    shared = client.get("/explore/around", params={"name": "GCM"}, follow_redirects=False)
    assert shared.status_code == 200
    links = set(re.findall(r'href="([^"]+)"', shared.text))
    assert "/explore/graph?around=gcm-coalition&amp;hops=1" in links
    assert "/explore/graph?around=gcm-compact&amp;hops=1" in links
    unknown = client.get("/explore/around", params={"name": "<b>nobody</b>"})
    assert unknown.status_code == 404
    assert "Nothing called" in unknown.text and "<b>nobody</b>" not in unknown.text
    assert client.get("/explore/around", params={"name": ""}).status_code == 422


def test_the_around_form_never_finds_a_private_person(client: TestClient) -> None:
    assert PRIVATE_NAME not in client.get("/explore").text
    for auth in ({}, {"Authorization": f"Bearer {TOKEN}"}):
        response = client.get(
            "/explore/around",
            params={"name": PRIVATE_NAME},
            headers=auth,
            follow_redirects=False,
        )
        assert response.status_code == 404
    # asked for with the token, the person is found, and the page it leads to includes them
    asked = {"name": PRIVATE_NAME, "include_private": "true"}
    assert client.get("/explore/around", params=asked).status_code == 401
    found = client.get(
        "/explore/around",
        params=asked,
        headers={"Authorization": f"Bearer {TOKEN}"},
        follow_redirects=False,
    )
    assert found.status_code == 303
    assert found.headers["location"].endswith("around=viz-private&hops=1&include_private=true")
