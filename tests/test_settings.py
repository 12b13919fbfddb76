"""Settings: NEO4J_* names, local defaults, and the refusal of the default password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from graph.settings import NEO4J_VERSION, Settings


def make(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)


def test_neo4j_environment_names_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j://db.example.org:7687")
    monkeypatch.setenv("NEO4J_USER", "reader")
    monkeypatch.setenv("NEO4J_PASSWORD", "a-long-secret")
    monkeypatch.setenv("NEO4J_DATABASE", "coalitions")
    settings = Settings(_env_file=None)
    assert settings.neo4j_uri == "neo4j://db.example.org:7687"
    assert (settings.neo4j_user, settings.neo4j_database) == ("reader", "coalitions")
    assert settings.is_external and not settings.is_loopback


def test_project_settings_use_their_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("COALITION_GRAPH_BOLT_PORT", "17999")
    monkeypatch.setenv("COALITION_GRAPH_HEAP_SIZE", "1g")
    settings = Settings(_env_file=None)
    assert settings.bolt_port == 17999
    assert settings.heap_size == "1g"
    assert not settings.is_external
    assert settings.local_uri == "bolt://127.0.0.1:17999"


@pytest.mark.parametrize(
    "uri", ["neo4j://graph.example.org", "bolt://10.0.0.5:7687", "neo4j+s://abc.databases.io"]
)
def test_default_password_refused_for_a_remote_server(uri: str) -> None:
    with pytest.raises(ValidationError, match="default 'neo4j'"):
        make(neo4j_uri=uri, neo4j_password="neo4j")


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:7687", "neo4j://localhost:7687"])
def test_default_password_allowed_on_loopback(uri: str) -> None:
    assert make(neo4j_uri=uri, neo4j_password="neo4j").is_loopback


@pytest.mark.parametrize("size", ["512", "lots", "1.5g", "-1g"])
def test_memory_sizes_are_checked(size: str) -> None:
    with pytest.raises(ValidationError):
        make(heap_size=size)


def test_password_file_lives_in_the_state_dir(tmp_path: Path) -> None:
    settings = make(state_dir=tmp_path)
    assert settings.password_file.parent == tmp_path


def test_pinned_version_is_a_5_26_lts_patch() -> None:
    major, minor, patch = NEO4J_VERSION.split(".")
    assert (major, minor) == ("5", "26") and patch.isdigit()


def test_generated_passwords_never_look_like_options(tmp_path: Path) -> None:
    from graph.local.home import read_or_create_password

    for i in range(200):
        password, created = read_or_create_password(tmp_path / f"pw-{i}")
        assert created and not password.startswith("-") and password.isalnum()
        assert len(password) >= 32
