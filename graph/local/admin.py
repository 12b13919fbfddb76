"""neo4j-admin from the same jars: initial password, database dump and load (server stopped)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from graph.local.errors import LocalServerError
from graph.local.home import Home

ADMIN_MAIN = "org.neo4j.cli.AdminTool"


def run_admin(
    java: Path, lib: Path, home: Home, *args: str, what: str, timeout: float = 600
) -> str:
    """Run one neo4j-admin command; its output, or a LocalServerError naming `what` failed.

    `what` describes the command without its arguments, which may hold a password.
    """
    env = {**os.environ, "NEO4J_HOME": str(home.root), "NEO4J_CONF": str(home.conf)}
    cmd = [str(java), "-cp", f"{lib}/*", ADMIN_MAIN, *args]
    done = subprocess.run(
        cmd, capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0:
        raise LocalServerError(f"neo4j-admin {what} failed (exit {done.returncode}).", output)
    return output


def set_initial_password(java: Path, lib: Path, home: Home, password: str) -> None:
    """Only effective before the first start, i.e. while data/databases/system does not exist."""
    run_admin(
        java, lib, home, "dbms", "set-initial-password", password, what="set-initial-password"
    )


def dump_database(java: Path, lib: Path, home: Home, database: str, to_dir: Path) -> Path:
    run_admin(
        java,
        lib,
        home,
        "database",
        "dump",
        database,
        f"--to-path={to_dir}",
        "--overwrite-destination=true",
        what=f"database dump {database}",
    )
    return to_dir / f"{database}.dump"


def load_database(java: Path, lib: Path, home: Home, database: str, from_dir: Path) -> None:
    run_admin(
        java,
        lib,
        home,
        "database",
        "load",
        database,
        f"--from-path={from_dir}",
        "--overwrite-destination=true",
        what=f"database load {database}",
    )


def check_database(java: Path, lib: Path, home: Home, database: str) -> str:
    """Neo4j's consistency checker over a stopped database: every store file read back."""
    return run_admin(
        java, lib, home, "database", "check", database, what=f"database check {database}"
    )
