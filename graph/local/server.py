"""Start, wait for, inspect and stop the local Neo4j JVM (one process, its own session)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

from graph.local import admin
from graph.local.errors import LocalServerError, tail
from graph.local.home import Home, private_folder, read_or_create_password, write_conf
from graph.local.jars import resolve_jars
from graph.local.java import find_java
from graph.settings import NEO4J_VERSION, Settings

MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"
# What Neo4j 5.26's own launcher passes (`console --dry-run` plus its default conf), minus
# AlwaysPreTouch, which would commit the whole heap up front on a laptop.
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
)
STOP_TIMEOUT = 90.0


@dataclass(frozen=True)
class RunningServer:
    pid: int
    port: int
    version: str
    uri: str


class LocalServer:
    """The project's own Neo4j, under settings.state_dir, on 127.0.0.1:settings.bolt_port."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.version = NEO4J_VERSION
        self.home = Home(root=settings.state_dir / "neo4j")
        self._java: Path | None = None
        self._lib: Path | None = None

    # -- provisioning -------------------------------------------------------------------------
    @property
    def java(self) -> Path:
        if self._java is None:
            self._java = find_java(self.settings.java_home)
        return self._java

    @property
    def lib(self) -> Path:
        """The jars, downloaded on first use only."""
        if self._lib is None:
            self._lib = resolve_jars(self.settings.cache_dir, self.version, self.java)
        return self._lib

    def password(self) -> str:
        return read_or_create_password(self.settings.password_file)[0]

    def provision(self) -> Home:
        """Jars, folders, conf and the initial password: everything but the start."""
        home = self.home
        private_folder(self.settings.state_dir)
        home.create()
        write_conf(home, self.lib, self.settings)
        password = self.password()
        if not home.system_db.exists():
            admin.set_initial_password(self.java, self.lib, home, password)
        return home

    # -- the process ----------------------------------------------------------------------------
    def running(self) -> RunningServer | None:
        """The server this state_dir runs, removing a pid file whose process is gone."""
        pid_file = self.home.pid_file
        try:
            info = json.loads(pid_file.read_text(encoding="utf-8"))
            pid = int(info["pid"])
        except FileNotFoundError:
            return None
        except (ValueError, TypeError, KeyError):
            pid = -1  # an unreadable pid file is as stale as a dead pid
        if pid <= 0 or not _is_our_jvm(pid, self.home.root):
            pid_file.unlink(missing_ok=True)  # stale: the JVM died or the pid was reused
            return None
        port = int(info["port"])
        return RunningServer(pid, port, str(info["version"]), f"bolt://127.0.0.1:{port}")

    def start(self) -> RunningServer:
        """Start the server (if it is not running) and wait until `RETURN 1` succeeds."""
        current = self.running()
        if current is not None:
            return current
        home = self.provision()
        port = self.settings.bolt_port
        if not _wait_port_free(port, grace=5.0):
            raise LocalServerError(
                f"Port {port} on 127.0.0.1 is already taken by another program, so the local "
                "Neo4j cannot listen there. Stop that program, or choose another port with "
                "COALITION_GRAPH_BOLT_PORT (or set NEO4J_URI if that program is a Neo4j you "
                "want to use).",
                tail(home.neo4j_log),
            )
        heap = self.settings.heap_size
        cmd = [
            str(self.java),
            "-cp",
            f"{home.root}/plugins/*:{home.conf}/*:{self.lib}/*",
            *JVM_FLAGS,
            f"-Xms{heap}",
            f"-Xmx{heap}",
            MAIN_CLASS,
            f"--home-dir={home.root}",
            f"--config-dir={home.conf}",
        ]
        log_start = home.neo4j_log.stat().st_size if home.neo4j_log.exists() else 0
        with home.console_log.open("ab") as console:
            process = subprocess.Popen(
                cmd,
                stdout=console,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
                cwd=home.root,
            )
        info = {"pid": process.pid, "port": port, "version": self.version}
        home.pid_file.write_text(json.dumps(info), encoding="utf-8")
        server = RunningServer(process.pid, port, self.version, f"bolt://127.0.0.1:{port}")
        try:
            self._wait_ready(process, server, home, log_start)
        except BaseException:
            _terminate(process.pid, timeout=STOP_TIMEOUT)
            home.pid_file.unlink(missing_ok=True)
            raise
        return server

    def _wait_ready(
        self, process: subprocess.Popen[bytes], server: RunningServer, home: Home, log_start: int
    ) -> None:
        deadline = time.monotonic() + self.settings.start_timeout
        auth = (self.settings.neo4j_user, self.password())
        while time.monotonic() < deadline:
            code = process.poll()
            if code is not None:
                raise LocalServerError(
                    f"The local Neo4j {self.version} exited with code {code} while starting "
                    f"(java: {self.java}; home: {home.root}). The log lines below say why; a "
                    "'Configuration is invalid' line means neo4j.conf holds a setting this "
                    "version does not know.",
                    _start_log(home, log_start),
                )
            if _port_open(server.port) and _answers(server.uri, auth):
                return
            time.sleep(0.5)
        raise LocalServerError(
            f"The local Neo4j did not answer `RETURN 1` on {server.uri} within "
            f"{self.settings.start_timeout:.0f} s (COALITION_GRAPH_START_TIMEOUT).",
            _start_log(home, log_start),
        )

    def stop(self) -> bool:
        """Stop the server and wait until its JVM is gone; False when it was not running."""
        current = self.running()
        if current is None:
            return False
        _terminate(current.pid, timeout=STOP_TIMEOUT)
        self.home.pid_file.unlink(missing_ok=True)
        return True


def _is_our_jvm(pid: int, home_root: Path) -> bool:
    _reap(pid)
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z" and MAIN_CLASS in cmdline and f"--home-dir={home_root}" in cmdline


def _reap(pid: int) -> None:
    """Collect a child JVM that exited, so it does not linger as a zombie of this process."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def _terminate(pid: int, timeout: float) -> None:
    """SIGTERM the JVM's process group (Neo4j shuts down cleanly), SIGKILL if it hangs."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            _reap(pid)
            if not Path(f"/proc/{pid}").exists() or _is_zombie(pid):
                _reap(pid)
                return
            time.sleep(0.2)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (FileNotFoundError, IndexError):
        return True


def free_port() -> int:
    """A loopback port nobody listens on now: for throwaway servers (tests, benchmarks)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _port_free(port: int) -> bool:
    """Whether a listener could bind the port (connections left in TIME_WAIT do not count)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _wait_port_free(port: int, grace: float) -> bool:
    """A JVM that just died may hold its socket for a moment: give it `grace` seconds."""
    deadline = time.monotonic() + grace
    while not _port_free(port):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.25)
    return True


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _answers(uri: str, auth: tuple[str, str]) -> bool:
    try:
        with GraphDatabase.driver(uri, auth=auth, connection_timeout=5) as driver:
            driver.execute_query("RETURN 1")
    except AuthError as exc:
        raise LocalServerError(
            f"The local Neo4j at {uri} refused the password in the password file ({exc.message})."
            " The data folder was created with another password: restore the file or remove "
            "the local data folder to start afresh."
        ) from exc
    except (ServiceUnavailable, Neo4jError, OSError):
        return False
    return True


def _start_log(home: Home, log_start: int) -> str:
    """What this start wrote to neo4j.log, or else the tail of the console output."""
    try:
        with home.neo4j_log.open("rb") as handle:
            handle.seek(log_start)
            fresh = handle.read().decode("utf-8", errors="replace").splitlines()[-20:]
    except FileNotFoundError:
        fresh = []
    console = tail(home.console_log, 20)
    return "\n".join(fresh) + ("\n" if fresh and console else "") + console
