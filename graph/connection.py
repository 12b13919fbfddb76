"""Where the graph lives: the configured server (NEO4J_URI) or the project's local one."""

from __future__ import annotations

from dataclasses import dataclass

from graph.local.server import LocalServer
from graph.settings import Settings


@dataclass(frozen=True)
class Connection:
    uri: str
    user: str
    password: str
    database: str
    local: bool
    connect_timeout: float = 0.75  # seconds to open a connection (graph.driver)


def connection(settings: Settings, start: bool = True) -> Connection:
    """The connection to use; with no NEO4J_URI, the local server, started when `start`."""
    if settings.neo4j_uri:
        return Connection(
            uri=settings.neo4j_uri,
            user=settings.neo4j_user,
            password=settings.neo4j_password or "",
            database=settings.neo4j_database,
            local=False,
            connect_timeout=settings.connect_timeout,
        )
    server = LocalServer(settings)
    running = server.start() if start else server.running()
    uri = running.uri if running else settings.local_uri
    return Connection(
        uri,
        settings.neo4j_user,
        server.password(),
        settings.neo4j_database,
        True,
        settings.connect_timeout,
    )
