"""Resolve the pinned Neo4j Community server jars from Maven Central, once, into a cache folder."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from graph.local.errors import LocalServerError

DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.coalition-graph</groupId><artifactId>neo4j-runtime</artifactId>
  <version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{version}</version>
    </dependency>
  </dependencies>
</project>
"""
_COMPLETE = ".complete"  # written last: a lib/ without it is an interrupted download


def lib_dir(cache_dir: Path, version: str) -> Path:
    return cache_dir / f"neo4j-{version}" / "lib"


def is_resolved(cache_dir: Path, version: str) -> bool:
    return (lib_dir(cache_dir, version) / _COMPLETE).is_file()


def resolve_jars(cache_dir: Path, version: str, java: Path) -> Path:
    """The lib/ folder of Neo4j `version`, downloading it with `mvn` only the first time.

    `includeScope=runtime` matters: the storage engine is a runtime-scoped dependency, and the
    server cannot start without it.
    """
    target = lib_dir(cache_dir, version)
    if is_resolved(cache_dir, version):
        return target
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LocalServerError(
            "Maven (`mvn`) is not on PATH, and the local Neo4j server is resolved with it from "
            "Maven Central the first time. Install Maven (Debian: apt-get install maven), or "
            "set NEO4J_URI to use a Neo4j server you already run."
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    # Two processes starting at once (a test run and a shell) must not download twice.
    with (target.parent / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if is_resolved(cache_dir, version):
            return target
        _download(mvn, target, version, java)
    return target


def _download(mvn: str, target: Path, version: str, java: Path) -> None:
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".resolve-") as tmp:
        work = Path(tmp)
        (work / "pom.xml").write_text(_POM.format(version=version), encoding="utf-8")
        env = {**os.environ, "JAVA_HOME": str(java.parent.parent)}
        cmd = [
            mvn,
            "-B",
            "-q",
            "-f",
            str(work / "pom.xml"),
            f"{DEPENDENCY_PLUGIN}:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={work / 'lib'}",
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        if done.returncode != 0:
            output = "\n".join((done.stdout + done.stderr).splitlines()[-20:])
            raise LocalServerError(
                f"Maven could not resolve org.neo4j:neo4j:{version} (exit {done.returncode}). "
                "Check that Maven Central is reachable and the version exists.",
                output,
            )
        if not any((work / "lib").glob("neo4j-record-storage-engine-*.jar")):
            raise LocalServerError(f"The resolved jars of Neo4j {version} lack the storage engine.")
        (work / "lib" / _COMPLETE).write_text(version, encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        (work / "lib").rename(target)
