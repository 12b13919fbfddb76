"""Find a JDK that Neo4j 5.26 runs on (17 or 21), explicitly: a machine may have several."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from graph.local.errors import LocalServerError

SUPPORTED_MAJORS = (17, 21)
_JVM_DIRS = (Path("/usr/lib/jvm"), Path("/opt/java"), Path("/usr/local/lib/jvm"))


def java_major(java: Path) -> int | None:
    """The major version a `java` binary reports, or None when it does not run."""
    try:
        out = subprocess.run(
            [str(java), "-version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def _candidates(java_home: Path | None) -> list[Path]:
    if java_home is not None:
        return [java_home / "bin" / "java"]
    found: list[Path] = []
    if os.environ.get("JAVA_HOME"):
        found.append(Path(os.environ["JAVA_HOME"]) / "bin" / "java")
    for root in _JVM_DIRS:
        if root.is_dir():
            found.extend(sorted(p / "bin" / "java" for p in root.iterdir() if p.is_dir()))
    on_path = shutil.which("java")
    if on_path:
        found.append(Path(on_path).resolve())
    return found


def find_java(java_home: Path | None = None) -> Path:
    """A `java` of a supported major version; a clear error naming what was found otherwise."""
    seen: list[str] = []
    for java in _candidates(java_home):
        if not java.is_file():
            continue
        major = java_major(java)
        if major in SUPPORTED_MAJORS:
            return java
        seen.append(f"{java} (Java {major})")
    where = "COALITION_GRAPH_JAVA_HOME" if java_home else "JAVA_HOME, /usr/lib/jvm and PATH"
    found = "; found: " + ", ".join(seen) if seen else "; no java was found at all"
    raise LocalServerError(
        f"No Java 17 or 21 runtime for Neo4j 5.26 in {where}{found}. Install OpenJDK 17 "
        "(Debian: apt-get install openjdk-17-jre-headless) or point COALITION_GRAPH_JAVA_HOME "
        "at a JDK 17 or 21. Neo4j 5.26 does not run on Java 25."
    )
