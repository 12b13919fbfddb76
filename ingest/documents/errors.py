"""The one error a bad input file raises: it names the file and says what is wrong."""

from __future__ import annotations

from pathlib import Path


class DocumentError(ValueError):
    """A file that cannot be read as a document; nothing of it was written."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
