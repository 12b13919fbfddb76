"""Resolve pinned jars from Maven Central, once, into a cache folder: the Neo4j Community server
here, and (through resolve_maven) any other JVM component the project runs, such as the parser."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from graph.local.errors import LocalServerError

DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.coalition-graph</groupId><artifactId>runtime</artifactId>
  <version>1</version><packaging>pom</packaging>
  <dependencies>
{dependencies}
  </dependencies>
</project>
"""
_DEPENDENCY = (
    "    <dependency><groupId>{0}</groupId><artifactId>{1}</artifactId><version>{2}</version>"
    "{3}</dependency>"
)
_COMPLETE = ".complete"  # written last: a lib/ without it is an interrupted download
NEO4J = "org.neo4j:neo4j"

# Called with the bytes downloaded so far while Maven works (for a progress bar).
Progress = Callable[[int], None]


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
    resolve_maven(
        target, [f"{NEO4J}:{version}"], java, what=f"{NEO4J}:{version}",
        check="neo4j-record-storage-engine-*.jar",
        hint="or set NEO4J_URI to use a Neo4j server you already run",
    )  # fmt: skip
    return target


def resolve_maven(
    target: Path,
    coordinates: Iterable[str],
    java: Path,
    *,
    what: str,
    check: str,
    hint: str = "",
    progress: Progress | None = None,
    transitive: bool = True,
) -> Path:
    """`target` filled with the jars of `coordinates` ("group:artifact:version[:classifier]")
    and their runtime dependencies, downloaded with `mvn` only the first time; `check` is a glob
    that must match a resolved file."""
    if (target / _COMPLETE).is_file():
        return target
    mvn = shutil.which("mvn")
    if mvn is None:
        raise LocalServerError(
            f"Maven (`mvn`) is not on PATH, and {what} is resolved with it from Maven Central "
            f"the first time. Install Maven (Debian: apt-get install maven){_tail(hint)}."
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    # Two processes starting at once (a test run and a shell) must not download twice.
    with (target.parent / f".{target.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (target / _COMPLETE).is_file():
            flags = [] if transitive else ["-DexcludeTransitive=true"]
            _download(mvn, target, list(coordinates), java, what, check, progress, flags)
    return target


def _tail(hint: str) -> str:
    return f", {hint}" if hint else ""


def _pom(coordinates: list[str]) -> str:
    rows = []
    for coordinate in coordinates:
        group, artifact, version, *rest = coordinate.split(":")
        classifier = f"<classifier>{rest[0]}</classifier>" if rest else ""
        rows.append(_DEPENDENCY.format(group, artifact, version, classifier))
    return _POM.format(dependencies="\n".join(rows))


def _download(
    mvn: str,
    target: Path,
    coordinates: list[str],
    java: Path,
    what: str,
    check: str,
    progress: Progress | None,
    flags: list[str],
) -> None:
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".resolve-") as tmp:
        work = Path(tmp)
        (work / "pom.xml").write_text(_pom(coordinates), encoding="utf-8")
        env = {**os.environ, "JAVA_HOME": str(java.parent.parent)}
        # where Maven puts what it fetches for the first coordinate's group (watched for progress)
        group = coordinates[0].split(":")[0].replace(".", "/")
        repo = Path(os.environ.get("HOME", "/root")) / ".m2" / "repository" / group
        cmd = [
            mvn, "-B", "-q", "-f", str(work / "pom.xml"),
            f"{DEPENDENCY_PLUGIN}:copy-dependencies",
            "-DincludeScope=runtime", f"-DoutputDirectory={work / 'lib'}", *flags,
        ]  # fmt: skip
        done = _run_watching(cmd, env, repo, progress)
        if done.returncode != 0:
            output = "\n".join((done.stdout + done.stderr).splitlines()[-20:])
            raise LocalServerError(
                f"Maven could not resolve {what} (exit {done.returncode}). "
                "Check that Maven Central is reachable and the version exists.",
                output,
            )
        if not any((work / "lib").glob(check)):
            raise LocalServerError(f"The resolved jars of {what} lack {check}.")
        (work / "lib" / _COMPLETE).write_text(what, encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        (work / "lib").rename(target)


def _run_watching(
    cmd: list[str], env: dict[str, str], repo: Path, progress: Progress | None
) -> subprocess.CompletedProcess[str]:
    """Run Maven; while it runs, report how much its local repository grew (what it fetched)."""
    if progress is None:
        return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    before = _size(repo)
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.5):
            progress(max(0, _size(repo) - before))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        return subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    finally:
        stop.set()
        watcher.join()
        progress(max(0, _size(repo) - before))


def _size(root: Path) -> int:
    total = 0
    for folder, _, files in os.walk(root):
        for name in files:
            try:
                total += os.stat(os.path.join(folder, name)).st_size
            except OSError:
                continue  # a part file renamed while we looked
    return total
