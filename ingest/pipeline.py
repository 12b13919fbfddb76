"""What `coalition-graph up` and `coalition-graph load` put in the graph, stage by stage: the
reference data and the sample corpus as curated, then the shipped documents as the extraction
engine reads them, with the reviews of data/reference/reviews.yaml applied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from neo4j import Driver
from rich.progress import Progress

from graph.local.errors import LocalServerError
from graph.queries import documents as qd
from graph.queries import entities as qe
from graph.settings import Settings
from ingest.documents.build import GraphState, node_id_of
from ingest.documents.shipped import shipped_extraction, shipped_files
from ingest.documents.shipped_claims import accepted_candidates, records_for
from ingest.reference.load import reference_records
from ingest.reference.reviews import apply_reviews, read_reviews
from ingest.writer import LoadSummary, same_as_map, write


@dataclass(frozen=True)
class StageResult:
    stage: str
    summary: LoadSummary
    notes: list[str] = field(default_factory=list)  # what a person should know (printed)


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


SHIPPED_STAGE = "shipped documents, extracted"


def shipped_stage(
    driver: Driver, database: str, settings: Settings, dry_run: bool, progress: Progress | None
) -> StageResult:
    """Each text of data/corpus through the extraction engine (ingest.documents.shipped), its
    relations as extracted claims of the Document the reference stage wrote, reviewed by
    data/reference/reviews.yaml. The parser starts only for a text whose reading is not cached."""
    reviews = read_reviews(settings.data_dir)  # a malformed file fails before any parsing
    files = shipped_files(settings.data_dir)
    task = progress.add_task("documents", total=len(files)) if progress else None
    readings = []
    cached = 0
    try:
        for file in files:
            extraction, hit = shipped_extraction(
                file, settings.data_dir, settings.cache_dir, settings.max_document_bytes
            )
            readings.append((file, extraction))
            cached += hit
            if progress is not None and task is not None:
                progress.advance(task)
    except LocalServerError as exc:
        # The parser could not be provisioned or started (offline on a first run, no memory):
        # the curated layer is loaded; the engine's claims come with the next load that can.
        return StageResult(SHIPPED_STAGE, LoadSummary(dry_run=dry_run), [
            f"the shipped documents were not extracted: {exc.message} (the reference data is "
            "loaded; run `coalition-graph load` again once the parser can start)"
        ])  # fmt: skip
    same_as = same_as_map(driver, database)
    ids = sorted(
        {node_id_of(e, same_as) for _, x in readings for e in x.entities}
        | {f.document_id for f in files}
    )
    with driver.session(database=database) as session:
        states = session.execute_read(qe.entity_states, ids)
        state = GraphState(states, same_as)

        def rejected(docs: list[str], keys: list[str]) -> list[dict[str, str]]:
            found: list[dict[str, str]] = session.execute_read(qd.rejected_claims, docs, keys)
            return found

        records, _ = records_for(readings, state, settings.data_dir, rejected)
    applied = apply_reviews(records.claims, reviews)
    records.claims = applied.claims
    accepted_candidates(records, applied.accepted_ends, [x for _, x in readings], state)
    summary = write(
        driver, database, records.nodes, records.claims, dry_run=dry_run, progress=progress
    )
    proposed = sum(1 for c in records.claims if c.status == "proposed")
    notes = [
        f"{len(files)} documents ({cached} read from the extraction cache), "
        f"{len(records.claims)} extracted claims: {records.corroborating} beside a curated "
        f"claim, {applied.matched} decided by reviews, {proposed} waiting for review"
    ]
    notes += [
        f"review matches nothing the engine reads now: {r.describe()}" for r in applied.unmatched
    ]
    return StageResult(SHIPPED_STAGE, summary, notes)


STAGES: list[Stage] = [reference_stage, shipped_stage]


def load_everything(
    driver: Driver,
    database: str,
    settings: Settings,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[StageResult]:
    return [stage(driver, database, settings, dry_run, progress) for stage in STAGES]
