"""Looking at a unit with a pattern family only where one of its trigger words occurs (the
engine's speed-up) must find exactly what looking at every unit finds."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ingest.extract import engine
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import DATA, read

HERE = Path(__file__).resolve().parent


def _texts() -> list[str]:
    """The corpus, and every sentence the pattern tests use (EN, ES, FR)."""
    texts = [read(p) for p in sorted((DATA / "corpus").rglob("*.txt"))]
    tree = ast.parse((HERE / "test_patterns.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        value = node.value if isinstance(node, ast.Constant) else None
        if isinstance(value, str) and len(value) > 30 and " " in value:
            texts.append(value)
    return texts


def _signature(x: Extraction) -> list[tuple[object, ...]]:
    return sorted(
        (r.type, r.source, r.target, tuple(sorted(r.properties.items())), r.start, r.end)
        for r in x.relations
    )


def test_trigger_gating_loses_nothing(gz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    assert len(texts) > 40
    for text in texts:
        for date in (None, "2018-11-20"):
            monkeypatch.setattr(engine, "GATE_UNITS", True)
            gated = _signature(engine.extract_relations(text, gz, document_date=date))
            monkeypatch.setattr(engine, "GATE_UNITS", False)
            every = _signature(engine.extract_relations(text, gz, document_date=date))
            assert gated == every, text[:80]


def test_every_family_has_triggers() -> None:
    for family in engine.FAMILIES:
        assert hasattr(family, "TRIGGER") and family.TRIGGER.pattern
