"""Dump and load the local database with Neo4j's own admin tool, stopping the server around it.

A dump made here loads into any Neo4j 5.26 install (`neo4j-admin database load`), and back here
with `coalition-graph db restore`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from graph.local import admin
from graph.local.errors import LocalServerError
from graph.local.server import LocalServer


def backup(server: LocalServer, target: Path, database: str) -> Path:
    """Write a dump of `database` to `target`; the server runs again afterwards if it ran."""
    target = target.expanduser().resolve()
    if target.is_dir():
        raise LocalServerError(f"{target} is a folder: give the file name for the dump.")
    target.parent.mkdir(parents=True, exist_ok=True)
    server.provision()
    was_running = server.stop()
    try:
        with tempfile.TemporaryDirectory(prefix="coalition-graph-dump-") as tmp:
            dump = admin.dump_database(server.java, server.lib, server.home, database, Path(tmp))
            shutil.move(str(dump), target)
    finally:
        if was_running:
            server.start()
    return target


def restore(server: LocalServer, source: Path, database: str) -> None:
    """Replace `database` with the dump in `source`, then start the server."""
    source = source.expanduser().resolve()
    if not source.is_file():
        raise LocalServerError(f"There is no dump file at {source}.")
    server.provision()
    server.stop()
    with tempfile.TemporaryDirectory(prefix="coalition-graph-load-") as tmp:
        # neo4j-admin reads <database>.dump from a folder, whatever the user's file is called.
        shutil.copyfile(source, Path(tmp) / f"{database}.dump")
        admin.load_database(server.java, server.lib, server.home, database, Path(tmp))
    server.start()
