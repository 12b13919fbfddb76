"""Dump and load the local database with Neo4j's own admin tool, without ever losing it.

A dump made here loads into any Neo4j 5.26 install (`neo4j-admin database load`), and back here
with `coalition-graph db restore`.

A restore first loads the dump into a scratch home and runs Neo4j's consistency checker on it,
while the server goes on serving: an empty, foreign, truncated or corrupted file is refused
before anything is touched. Only then is the server stopped, a safety dump of the current
database written (state_dir/backups/, mode 0600), the current store moved aside and the dump
loaded. If the load or the start fails, the previous store is moved back and the server started
as it was. A backup restarts the server whatever happens to the file it writes.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from graph.local import admin
from graph.local.errors import LocalServerError
from graph.local.home import Home, write_conf
from graph.local.server import LocalServer

DUMP_MODE = 0o600
SAFETY_DIR = "backups"
# neo4j-admin's own reason, e.g. "Failed to load database 'neo4j': Not a valid Neo4j archive".
_REASON = re.compile(r"^(?:Failed to load database '[^']*': )?(.+)$")


@dataclass(frozen=True)
class Restored:
    source: Path
    safety_dump: Path | None  # the database as it was before (None when there was none)


def backup(server: LocalServer, target: Path, database: str) -> Path:
    """Write a dump of `database` to `target` (mode 0600); the server runs again afterwards if
    it ran, also when the dump or the file fails (an unwritable folder, a full disk)."""
    target = target.expanduser().resolve()
    if target.is_dir():
        raise LocalServerError(f"{target} is a folder: give the file name for the dump.")
    _check_writable(target)
    server.provision()
    was_running = server.stop()
    try:
        _dump_to(server, database, target)
    finally:
        if was_running:
            server.start()
    return target


def restore(server: LocalServer, source: Path, database: str) -> Restored:
    """Replace `database` with the dump in `source`, then start the server.

    Nothing is touched unless the dump loads and checks cleanly in a scratch home; on any later
    failure the previous database is put back and the server runs as before. Errors name
    `source`, never a temporary copy of it.
    """
    source = source.expanduser().resolve()
    if not source.is_file():
        raise LocalServerError(f"There is no dump file at {source}.")
    if source.stat().st_size == 0:
        raise LocalServerError(f"{source} is empty (0 bytes): it is no dump. {_UNTOUCHED}")
    server.provision()
    verify_dump(server, source, database)
    home = server.home
    was_running = server.stop()
    safety: Path | None = None
    if _store_dirs(home, database)[0].exists():
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        safety = server.settings.state_dir / SAFETY_DIR / f"{database}-before-restore-{stamp}.dump"
        try:
            _dump_to(server, database, safety)
        except BaseException:
            if was_running:
                server.start()
            raise
    aside = _move_aside(server, database)
    try:
        with tempfile.TemporaryDirectory(prefix="load-", dir=_scratch_root(server)) as tmp:
            shutil.copyfile(source, Path(tmp) / f"{database}.dump")
            try:
                admin.load_database(server.java, server.lib, home, database, Path(tmp))
            except LocalServerError as exc:
                named = exc.log_tail.replace(str(Path(tmp) / f"{database}.dump"), str(source))
                raise LocalServerError(exc.message, named) from exc
        server.start()
    except BaseException as exc:
        server.stop()
        _put_back(server, database, aside)
        if was_running:
            server.start()
        if isinstance(exc, LocalServerError):
            kept = f" (a copy of it: {safety})" if safety else ""
            raise LocalServerError(
                f"Restoring {source} failed: {exc.message} The previous database is back in "
                f"place{kept}" + (" and the server runs again." if was_running else "."),
                exc.log_tail,
            ) from exc
        raise
    shutil.rmtree(aside, ignore_errors=True)
    return Restored(source, safety)


_UNTOUCHED = "The database was not touched."


def verify_dump(server: LocalServer, source: Path, database: str) -> None:
    """Load `source` into a scratch home and check it with Neo4j's consistency checker; a
    LocalServerError naming `source` when it does not load or is not consistent."""
    with tempfile.TemporaryDirectory(prefix="check-", dir=_scratch_root(server)) as tmp:
        scratch = Home(Path(tmp) / "neo4j")
        scratch.create()
        write_conf(scratch, server.lib, server.settings)
        dump_dir = Path(tmp) / "dump"
        dump_dir.mkdir()
        shutil.copyfile(source, dump_dir / f"{database}.dump")
        try:
            admin.load_database(server.java, server.lib, scratch, database, dump_dir)
            admin.check_database(server.java, server.lib, scratch, database)
        except LocalServerError as exc:
            reason = _reason(exc.log_tail.replace(str(dump_dir / f"{database}.dump"), str(source)))
            raise LocalServerError(
                f"{source} is not a dump this Neo4j can load ({reason}). {_UNTOUCHED}",
                exc.log_tail.replace(tmp, "<scratch>"),
            ) from exc


def _reason(output: str) -> str:
    """neo4j-admin's own one-line reason among its output."""
    for line in output.splitlines():
        if line.startswith("Failed to load database") or "inconsisten" in line.lower():
            match = _REASON.match(line.strip())
            if match:
                return match.group(1).rstrip(".")
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1].strip().rstrip(".") if lines else "no reason given"


def _scratch_root(server: LocalServer) -> Path:
    """Scratch space next to the store (same disk, private to the user)."""
    root = server.settings.state_dir / "scratch"
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    return root


def _check_writable(target: Path) -> None:
    """Refuse an unwritable destination before the server is stopped for nothing."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=".coalition-graph-"):
            pass
    except OSError as exc:
        raise LocalServerError(
            f"Cannot write the dump to {target}: {exc.strerror or exc}. Nothing was done."
        ) from exc


def _dump_to(server: LocalServer, database: str, target: Path) -> None:
    """neo4j-admin dump (server stopped) into a private temporary folder, then to `target`
    with mode 0600. Errors name `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dump-", dir=_scratch_root(server)) as tmp:
        dump = admin.dump_database(server.java, server.lib, server.home, database, Path(tmp))
        os.chmod(dump, DUMP_MODE)
        partial = target.with_name(f".{target.name}.partial")
        try:
            shutil.copyfile(dump, partial)
            os.chmod(partial, DUMP_MODE)
            os.replace(partial, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise LocalServerError(
                f"Cannot write the dump to {target}: {exc.strerror or exc}. The database is "
                "unchanged."
            ) from exc


def _store_dirs(home: Home, database: str) -> tuple[Path, Path]:
    return home.data / "databases" / database, home.data / "transactions" / database


def _move_aside(server: LocalServer, database: str) -> Path:
    """The current store files (server stopped) into a folder of their own; empty when none."""
    aside = Path(tempfile.mkdtemp(prefix="previous-", dir=_scratch_root(server)))
    for kind, folder in zip(
        ("databases", "transactions"), _store_dirs(server.home, database), strict=True
    ):
        if folder.exists():
            os.replace(folder, aside / kind)
    return aside


def _put_back(server: LocalServer, database: str, aside: Path) -> None:
    """Undo _move_aside: whatever a failed load left is removed, the previous store returns."""
    for kind, folder in zip(
        ("databases", "transactions"), _store_dirs(server.home, database), strict=True
    ):
        shutil.rmtree(folder, ignore_errors=True)
        if (aside / kind).exists():
            folder.parent.mkdir(parents=True, exist_ok=True)
            os.replace(aside / kind, folder)
    shutil.rmtree(aside, ignore_errors=True)
