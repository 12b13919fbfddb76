"""The parser server never outlives the process that started it for long: one killed outright
(no atexit) leaves a server that the next start stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from graph.settings import get_settings
from ingest.extract.parser.corenlp import _alive, _reap_orphans, lib_root

STARTER = """
import time
from ingest.extract.parser.corenlp import CoreNLP
parser = CoreNLP.from_settings()
parser.ensure("en")
print(parser._proc.pid, flush=True)
time.sleep(600)
"""


def test_a_server_whose_starter_was_killed_is_stopped_by_the_next_start() -> None:
    starter = subprocess.Popen(
        [sys.executable, "-c", STARTER], stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert starter.stdout is not None
    java = int(starter.stdout.readline())
    os.kill(starter.pid, signal.SIGKILL)  # no atexit runs
    starter.wait()
    assert _alive(java)  # the orphan
    _reap_orphans(lib_root(get_settings()))
    deadline = time.monotonic() + 30
    while _alive(java) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(java)
