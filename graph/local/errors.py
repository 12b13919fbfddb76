"""The one error type of the local server, with the log lines that explain it."""

from __future__ import annotations

from pathlib import Path


class LocalServerError(RuntimeError):
    """A clear, one-paragraph reason the local server could not be provisioned or run."""

    def __init__(self, message: str, log_tail: str = "") -> None:
        self.message = message
        self.log_tail = log_tail
        text = (
            message if not log_tail else f"{message}\n\nLast lines of the server log:\n{log_tail}"
        )
        super().__init__(text)


def tail(path: Path, lines: int = 20) -> str:
    """The last lines of a log file ('' when it does not exist yet)."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, 2)
            size = handle.tell()
            handle.seek(max(0, size - 64_000))
            data = handle.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(data.splitlines()[-lines:])
