"""What `coalition-graph up` and `coalition-graph load` put in the graph, stage by stage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from neo4j import Driver
from rich.progress import Progress

from graph.settings import Settings
from ingest.reference.load import reference_records
from ingest.writer import LoadSummary, write


@dataclass(frozen=True)
class StageResult:
    stage: str
    summary: LoadSummary


Stage = Callable[[Driver, str, Settings, bool, Progress | None], StageResult]


def reference_stage(
    driver: Driver, database: str, settings: Settings, dry_run: bool, progress: Progress | None
) -> StageResult:
    """data/reference and the sample corpus (curated)."""
    node_records, claim_records = reference_records(settings.data_dir)
    summary = write(
        driver, database, node_records, claim_records, dry_run=dry_run, progress=progress
    )
    return StageResult("reference data and sample corpus", summary)


STAGES: list[Stage] = [reference_stage]


def load_everything(
    driver: Driver,
    database: str,
    settings: Settings,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[StageResult]:
    return [stage(driver, database, settings, dry_run, progress) for stage in STAGES]
