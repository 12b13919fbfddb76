"""The local server's home folder: conf/neo4j.conf, data/, logs/, run/ and the password file."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from graph.settings import Settings

# Not run/neo4j.pid: the server writes its own bare pid there.
PID_FILE = "coalition-graph-server.json"
PASSWORD_BYTES = 24


@dataclass(frozen=True)
class Home:
    """Paths of one local server, all under the settings' state_dir."""

    root: Path

    @property
    def conf(self) -> Path:
        return self.root / "conf"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def run(self) -> Path:
        return self.root / "run"

    @property
    def pid_file(self) -> Path:
        return self.run / PID_FILE

    @property
    def console_log(self) -> Path:
        return self.logs / "console.log"

    @property
    def neo4j_log(self) -> Path:
        return self.logs / "neo4j.log"

    @property
    def system_db(self) -> Path:
        return self.data / "databases" / "system"

    def create(self) -> None:
        for folder in (
            self.conf,
            self.data,
            self.logs,
            self.run,
            self.root / "import",
            self.root / "plugins",
        ):
            folder.mkdir(parents=True, exist_ok=True)


def render_conf(home: Home, lib: Path, settings: Settings) -> str:
    """neo4j.conf with 5.x names only: strict validation stops the server on any unknown one."""
    port = settings.bolt_port
    lines = {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.enabled": "true",
        "server.bolt.listen_address": f"127.0.0.1:{port}",
        "server.bolt.advertised_address": f"127.0.0.1:{port}",
        "server.http.enabled": "false",
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": "true",
        "dbms.usage_report.enabled": "false",
        "server.directories.data": str(home.data),
        "server.directories.logs": str(home.logs),
        "server.directories.run": str(home.run),
        "server.directories.import": str(home.root / "import"),
        "server.directories.plugins": str(home.root / "plugins"),
        "server.directories.lib": str(lib),
        # The direct launch passes -Xms/-Xmx itself; these keep the conf true for the admin tool.
        "server.memory.heap.initial_size": settings.heap_size,
        "server.memory.heap.max_size": settings.heap_size,
        "server.memory.pagecache.size": settings.pagecache_size,
        # A bound on every transaction, so a runaway query cannot hold the server.
        "db.transaction.timeout": f"{int(settings.query_timeout * 4)}s",
    }
    return "".join(f"{key}={value}\n" for key, value in lines.items())


def write_conf(home: Home, lib: Path, settings: Settings) -> None:
    (home.conf / "neo4j.conf").write_text(render_conf(home, lib, settings), encoding="utf-8")


def private_folder(folder: Path) -> None:
    """The state folder holds the password, the store and the dumps: its owner's only (0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if folder.stat().st_mode & 0o777 != 0o700:
        folder.chmod(0o700)


def read_or_create_password(password_file: Path) -> tuple[str, bool]:
    """The local server's password and whether it was generated just now (file mode 0600)."""
    if password_file.is_file():
        return password_file.read_text(encoding="utf-8").strip(), False
    private_folder(password_file.parent)
    # Hex, not token_urlsafe: a password starting with "-" would be read by neo4j-admin as an
    # option (exit 64, seen in CI).
    password = secrets.token_hex(PASSWORD_BYTES)
    fd = os.open(password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password + "\n")
    return password, True
