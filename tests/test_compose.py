"""docker-compose.yml cannot run here (no Docker engine); its contract is checked instead."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from graph.settings import NEO4J_VERSION

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_image_is_the_pinned_version() -> None:
    assert compose()["services"]["neo4j"]["image"] == f"neo4j:{NEO4J_VERSION}-community"


def test_no_password_is_baked_in() -> None:
    neo4j = compose()["services"]["neo4j"]
    auth = neo4j["environment"]["NEO4J_AUTH"]
    assert re.fullmatch(r"neo4j/\$\{NEO4J_PASSWORD(:?\?[^}]*)?\}", auth), auth
    assert neo4j["env_file"] == ".env"
    text = (ROOT / "docker-compose.yml").read_text()
    assert "neo4j/neo4j" not in text and "NEO4J_AUTH=none" not in text
    example = (ROOT / ".env.example").read_text()
    assert re.search(r"^NEO4J_PASSWORD=\s*$", example, re.M)


def test_api_waits_for_a_healthy_neo4j() -> None:
    services = compose()["services"]
    assert services["neo4j"]["healthcheck"]["test"]
    assert services["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert services["api"]["build"] == "."
    assert services["api"]["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert (ROOT / "Dockerfile").is_file()


def test_ports_are_published_on_loopback_only() -> None:
    for service in compose()["services"].values():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), port
