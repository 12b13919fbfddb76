"""What `coalition-graph up` loads before it serves: every stage, in order.

Later stages (curated reference data, the sample corpus, extraction) register here; a stage
returns what it did so `up` can print a summary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from neo4j import Driver

from graph.settings import Settings


@dataclass(frozen=True)
class StageResult:
    stage: str
    created: int
    updated: int
    unchanged: int


Stage = Callable[[Driver, str, Settings], StageResult]

# Empty until the knowledge-base issue adds its loaders; `up` runs whatever is listed.
STAGES: list[Stage] = []


def load_everything(driver: Driver, database: str, settings: Settings) -> list[StageResult]:
    return [stage(driver, database, settings) for stage in STAGES]
