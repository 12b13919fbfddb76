"""One settings object for the whole project (pydantic-settings).

The NEO4J_* names are the ones Neo4j users already know; everything else is COALITION_GRAPH_*.
When NEO4J_URI is unset the project provisions and runs its own local server (graph.server).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# One pinned Neo4j version: the Maven artifact, docker-compose.yml and the tests all read this.
NEO4J_VERSION = "5.26.29"
# Neo4j's factory password: refused for any non-local server.
DEFAULT_PASSWORD = "neo4j"  # noqa: S105
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def _source_checkout() -> Path | None:
    """The repository root when running from a source checkout (or an editable install)."""
    if (_PACKAGE_ROOT / "pyproject.toml").is_file() and (_PACKAGE_ROOT / "graph").is_dir():
        return _PACKAGE_ROOT
    return None


def _default_state_dir() -> Path:
    root = _source_checkout()
    if root is not None:
        return root / ".coalition-graph"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "coalition-graph"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "coalition-graph"


def _default_data_dir() -> Path:
    """The sample data: data/ in a checkout, share/coalition-graph/data after pip install."""
    root = _source_checkout()
    if root is not None and (root / "data").is_dir():
        return root / "data"
    return Path(sys.prefix) / "share" / "coalition-graph" / "data"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="COALITION_GRAPH_", env_file=".env", extra="ignore", frozen=True
    )

    # An external server: when neo4j_uri is set nothing is provisioned.
    neo4j_uri: str | None = Field(default=None, validation_alias=AliasChoices("NEO4J_URI"))
    neo4j_user: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_USER"))
    neo4j_password: str | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_PASSWORD")
    )
    neo4j_database: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_DATABASE"))

    # The local server (used when neo4j_uri is unset).
    state_dir: Path = Field(default_factory=_default_state_dir)
    cache_dir: Path = Field(default_factory=_default_cache_dir)
    data_dir: Path = Field(default_factory=_default_data_dir)
    bolt_port: int = Field(default=7687, ge=1, le=65535)
    heap_size: str = Field(default="512m", pattern=r"^[0-9]+[kmgKMG]$")
    pagecache_size: str = Field(default="256m", pattern=r"^[0-9]+[kmgKMG]$")
    java_home: Path | None = None  # a JDK 17 or 21; found automatically when unset
    start_timeout: float = Field(default=180.0, gt=0)
    max_document_bytes: int = 20_000_000
    # Rows a member sheet may have (ingest.spreadsheets.read; docs/spreadsheets.md).
    max_sheet_rows: int = Field(default=10_000, ge=1)
    # The dependency parser of document extraction (a local CoreNLP server, started on demand).
    parser_heap: str = Field(default="3g", pattern=r"^[0-9]+[kmgKMG]$")
    parser_start_timeout: float = Field(default=300.0, gt=0)
    # Its JVM's options: the serial collector and the quick (C1) compiler only cost the least
    # CPU for runs of up to a few hundred KB of text (docs/performance.md, extraction speed);
    # "" for the JVM's defaults (C2 parses about 15% faster once warm, after some 200 KB).
    parser_java_options: str = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
    # Development only: parses kept on disk by request text, so re-running a benchmark while
    # changing rules does not parse again (bench/dev_score.py --parse-cache). Unset: no cache.
    parse_cache_dir: Path | None = None

    # The API. Writes need a bearer token; with writes enabled and no token the API refuses to
    # start, so nobody runs an open write endpoint by accident.
    writes_enabled: bool = False
    api_token: str | None = Field(default=None, min_length=16)
    query_timeout: float = Field(default=30.0, gt=0)
    # Seconds to open a connection to Neo4j: an unreachable server is reported this soon.
    connect_timeout: float = Field(default=0.75, gt=0)

    @model_validator(mode="after")
    def _refuse_default_password(self) -> Settings:
        if self.neo4j_uri and not self.is_loopback and self.neo4j_password == DEFAULT_PASSWORD:
            raise ValueError(
                "NEO4J_PASSWORD is Neo4j's default 'neo4j' for the non-local server "
                f"{self.neo4j_uri}: set a real password on that server and in NEO4J_PASSWORD."
            )
        return self

    @property
    def is_external(self) -> bool:
        return bool(self.neo4j_uri)

    @property
    def is_loopback(self) -> bool:
        host = urlparse(self.neo4j_uri).hostname if self.neo4j_uri else "127.0.0.1"
        return host in LOCAL_HOSTS

    @property
    def local_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def password_file(self) -> Path:
        return self.state_dir / "neo4j-password"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
