"""/partners ranks before it reads evidence: scores from shared positions and coalitions, ties by
name, pages of the ranking, evidence for the page's reasons (a small graph made for it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.app import create_app
from graph.settings import Settings

# (subject, type, object, properties): `me` advocates two positions and is in two coalitions.
LINKS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("me", "ADVOCATES", "p1", {"stance": "for"}),
    ("me", "ADVOCATES", "p2", {"stance": "for"}),
    ("me", "MEMBER_OF", "c1", {"role": "member"}),
    ("me", "MEMBER_OF", "c2", {"role": "member"}),
    ("acme", "ADVOCATES", "p1", {"stance": "for"}),  # 1 + 0.5 = 1.5
    ("acme", "MEMBER_OF", "c1", {"role": "member"}),
    ("acme", "MEMBER_OF", "c1", {"role": "treasurer"}),  # the same coalition: counts once
    ("bravo", "ADVOCATES", "p1", {"stance": "for"}),  # 2
    ("bravo", "ADVOCATES", "p2", {"stance": "for"}),
    ("delta", "ADVOCATES", "p2", {"stance": "for"}),  # 1 + 2 * 0.5 = 2, after Bravo by name
    ("delta", "MEMBER_OF", "c1", {"role": "member"}),
    ("delta", "MEMBER_OF", "c2", {"role": "member"}),
    ("alpha", "ADVOCATES", "p1", {"stance": "for"}),  # 1
    ("contra", "ADVOCATES", "p1", {"stance": "against"}),  # the other stance: no partner
    ("echo", "MEMBER_OF", "c1", {"role": "member"}),  # no shared position: no partner
]
NAMES = {
    "me": "Me",
    "acme": "Acme",
    "bravo": "Bravo",
    "delta": "Delta",
    "alpha": "Alpha",
    "contra": "Contra",
    "echo": "Echo",
}
EXPECTED = [("bravo", 2.0, 2, 0), ("delta", 2.0, 1, 2), ("acme", 1.5, 1, 1), ("alpha", 1.0, 1, 0)]


@pytest.fixture
def client(driver: Driver, graph_settings: Settings) -> Iterator[TestClient]:
    driver.execute_query(
        "UNWIND $names AS n CREATE (:Entity:Organization {id: n.id, name: n.name}) "
        "WITH count(*) AS done "
        "UNWIND ['c1', 'c2'] AS c CREATE (:Entity:Organization:Coalition {id: c, name: c}) "
        "WITH count(*) AS done "
        "UNWIND ['p1', 'p2'] AS p CREATE (:Entity:Position {id: p, title: p, topic: 'borders'})",
        names=[{"id": k, "name": v} for k, v in NAMES.items()],
        database_=graph_settings.neo4j_database,
    )
    for i, (source, rel, target, props) in enumerate(LINKS):
        # Relationship types cannot be parameters; these are the two constants above.
        query = (
            "MATCH (a:Entity {id: $source}), (b:Entity {id: $target}) "
            f"CREATE (a)-[r:{rel}]->(b) SET r += $props, r.claim_ids = [$claim] "
            "CREATE (:Claim {id: $claim, method: 'curated', confidence: 0.9, "
            "source_urls: ['https://example.org/' + $claim]})"
        )
        driver.execute_query(
            query,
            source=source,
            target=target,
            props=props,
            claim=f"claim-{i}",
            database_=graph_settings.neo4j_database,
        )
    with TestClient(create_app(graph_settings)) as test_client:
        yield test_client


def partners(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/partners", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_ranked_by_positions_and_coalitions_then_name(client: TestClient) -> None:
    body = partners(client, **{"for": "me"})
    ranked = [
        (p["partner"]["id"], p["score"], p["shared_positions"], p["shared_coalitions"])
        for p in body["items"]
    ]
    assert ranked == EXPECTED and body["total"] == len(EXPECTED)
    acme = body["items"][2]
    reasons = [(r["kind"], r["via"]["id"]) for r in acme["reasons"]]
    # one reason per membership (Acme is member and treasurer of c1), positions first
    assert reasons == [("position", "p1"), ("coalition", "c1"), ("coalition", "c1")]
    for partner in body["items"]:
        for reason in partner["reasons"]:
            (evidence,) = reason["evidence"]
            assert evidence["source_url"].startswith("https://example.org/claim-")


def test_pages_of_the_ranking(client: TestClient) -> None:
    whole = partners(client, **{"for": "me"})["items"]
    pages = [partners(client, limit=2, offset=o, **{"for": "me"}) for o in (0, 2, 4)]
    assert [p["total"] for p in pages] == [4, 4, 4]
    assert pages[0]["items"] + pages[1]["items"] == whole and pages[2]["items"] == []


def test_without_for_no_coalitions_count(client: TestClient) -> None:
    body = partners(client, position="p1")
    ids = [p["partner"]["id"] for p in body["items"]]
    # every advocate of p1, whatever its stance, each scoring 1: by name
    assert ids == ["acme", "alpha", "bravo", "contra", "me"]
    assert {p["shared_coalitions"] for p in body["items"]} == {0}
    stances = {p["partner"]["id"]: p["reasons"][0]["stance"] for p in body["items"]}
    assert stances["contra"] == "against" and stances["acme"] == "for"
    assert {p["reasons"][0]["agreement"] for p in body["items"]} == {None}  # no `for`


def test_every_position_reason_says_the_stances_and_whether_shared(client: TestClient) -> None:
    for partner in partners(client, **{"for": "me"})["items"]:
        for reason in partner["reasons"]:
            if reason["kind"] == "position":
                assert (reason["stance"], reason["your_stance"], reason["agreement"]) == (
                    "for",
                    "for",
                    "shared",
                )
            else:  # a shared coalition has no stance
                assert (reason["stance"], reason["agreement"]) == (None, None)


def test_opponents_and_all(client: TestClient) -> None:
    (contra,) = partners(client, side="opponents", **{"for": "me"})["items"]
    assert contra["partner"]["id"] == "contra" and contra["score"] == 1.0
    (reason,) = contra["reasons"]
    assert (reason["via"]["id"], reason["stance"], reason["your_stance"]) == (
        "p1",
        "against",
        "for",
    )
    assert reason["agreement"] == "opposed"
    both = partners(client, side="all", **{"for": "me"})["items"]
    assert {p["partner"]["id"] for p in both} == {"acme", "alpha", "bravo", "delta", "contra"}
    wrong = client.get("/partners", params={"position": "p1", "side": "opponents"})
    assert wrong.status_code == 422 and wrong.json()["detail"][0]["loc"] == ["query", "side"]
    assert client.get("/partners", params={"for": "me", "side": "enemies"}).status_code == 422
