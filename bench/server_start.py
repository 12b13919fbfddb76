"""Cold vs warm start of the local Neo4j, and its resident memory, measured side by side.

    .venv/bin/python bench/server_start.py

cold: empty jar cache and empty Maven repository (what a fresh machine does);
warm: jars cached, new data folder (a second `make run` on a new checkout);
restart: jars cached, existing data folder (the everyday case).
RSS is read from /proc after start with the default heap and page cache settings.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from graph.local.server import LocalServer, free_port
from graph.settings import Settings


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed_start(settings: Settings) -> tuple[float, float]:
    server = LocalServer(settings)
    began = time.monotonic()
    running = server.start()
    elapsed = time.monotonic() - began
    time.sleep(2)  # let start-up allocation settle before reading RSS
    rss = rss_mib(running.pid)
    server.stop()
    return elapsed, rss


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="cg-bench-") as tmp:
        root = Path(tmp)
        # A private Maven repository makes the first start as cold as on a fresh machine.
        os.environ["MAVEN_OPTS"] = f"-Dmaven.repo.local={root / 'm2'}"
        cache = root / "cache"

        def settings(name: str) -> Settings:
            return Settings(
                _env_file=None,
                neo4j_uri=None,
                state_dir=root / name,
                cache_dir=cache,
                bolt_port=free_port(),
            )

        cold, cold_rss = timed_start(settings("cold"))
        warm, warm_rss = timed_start(settings("warm"))
        restart, restart_rss = timed_start(settings("warm"))
    print(f"{'case':<10}{'seconds to RETURN 1':>22}{'RSS MiB':>10}")
    for name, secs, rss in (
        ("cold", cold, cold_rss),
        ("warm", warm, warm_rss),
        ("restart", restart, restart_rss),
    ):
        print(f"{name:<10}{secs:>22.1f}{rss:>10.0f}")
    print(f"cold / warm start time: {cold / warm:.1f}x")


if __name__ == "__main__":
    main()
