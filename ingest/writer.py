"""Records -> the graph in batches: nodes, then claims, then what the claims support.

Thousands of rows a transaction (UNWIND), MERGE on stable ids, a content hash per row so that a
second load of the same records changes nothing and says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from neo4j import Driver
from rich.progress import Progress

from graph.model import CLAIM_LABEL, ENTITY_LABEL
from graph.queries import load as q
from ingest.materialize import claim_row, derive
from ingest.records import ClaimRecord, NodeRecord

BATCH_SIZE = 5_000
T = TypeVar("T")


class LoadError(ValueError):
    """Records that cannot be loaded as they are; nothing was written."""


@dataclass
class LoadSummary:
    nodes: q.Counts = field(default_factory=q.Counts)
    claims: q.Counts = field(default_factory=q.Counts)
    relationships: q.Counts = field(default_factory=q.Counts)
    dry_run: bool = False


def batches(items: Sequence[T], size: int = BATCH_SIZE) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def check_endpoints(
    driver: Driver, database: str, nodes: Sequence[NodeRecord], claims: Sequence[ClaimRecord]
) -> None:
    """Every claim's subject and object must be a node of this load or of the graph."""
    known = {node.id for node in nodes}
    wanted = {c.subject_id for c in claims} | {c.object_id for c in claims if c.object_id}
    missing = sorted(wanted - known)
    if missing:
        with driver.session(database=database) as session:
            found = session.execute_read(q.existing_ids, missing)
        missing = [m for m in missing if m not in found]
    if missing:
        sources = sorted(
            {
                c.evidence.source_ref
                for c in claims
                if c.subject_id in missing or c.object_id in missing
            }
        )
        raise LoadError(
            f"{len(missing)} ids are named by claims but are no node: {', '.join(missing[:20])}"
            f" (in {', '.join(sources[:10])})"
        )


def write(
    driver: Driver,
    database: str,
    nodes: Sequence[NodeRecord],
    claims: Sequence[ClaimRecord],
    *,
    batch_size: int = BATCH_SIZE,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> LoadSummary:
    check_endpoints(driver, database, nodes, claims)
    if dry_run:
        return _dry_run(driver, database, nodes, claims)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    summary = LoadSummary()
    by_labels: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for node in _unique_nodes(nodes):
        by_labels[node.labels].append({"id": node.id, "props": node.props, "hash": node.hash()})
    claim_rows = list({row["id"]: row for row in map(claim_row, claims)}.values())
    task = progress.add_task("nodes", total=len(nodes)) if progress else None
    with driver.session(database=database) as session:
        for labels, rows in by_labels.items():
            for batch in batches(rows, batch_size):
                summary.nodes.add(session.execute_write(q.merge_nodes, labels, list(batch), now))
                _advance(progress, task, len(batch))
        task = progress.add_task("claims", total=len(claim_rows)) if progress else None
        for batch in batches(claim_rows, batch_size):
            summary.claims.add(session.execute_write(q.merge_claims, list(batch), now))
            _advance(progress, task, len(batch))
        keys = sorted({row["props"]["rel_key"] for row in claim_rows})
        summary.relationships = rematerialize(session, keys, batch_size, progress)
    return summary


def rematerialize(
    session: Any,
    keys: Sequence[str],
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> q.Counts:
    """Recompute the relationships and node properties these claim keys speak of."""
    counts = q.Counts()
    task = progress.add_task("relationships", total=len(keys)) if progress else None
    for key_batch in batches(keys, batch_size):
        stored = session.execute_read(q.claims_for_keys, list(key_batch))
        derived = derive(stored)
        by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in derived.upserts:
            by_type[row.rel_type].append(row.as_row())
        for rel_type, rows in by_type.items():
            counts.add(session.execute_write(q.merge_relationships, rel_type, rows))
        for rel_type, gone in derived.deletions.items():
            counts.deleted += session.execute_write(q.delete_relationships, rel_type, gone)
        if derived.node_props:
            session.execute_write(q.set_node_properties, derived.node_props)
        _advance(progress, task, len(key_batch))
    return counts


def _unique_nodes(nodes: Sequence[NodeRecord]) -> list[NodeRecord]:
    seen: dict[str, NodeRecord] = {}
    for node in nodes:
        if node.id in seen and seen[node.id] != node:
            raise LoadError(f"two different records share the id {node.id!r}")
        seen[node.id] = node
    return list(seen.values())


def _dry_run(
    driver: Driver, database: str, nodes: Sequence[NodeRecord], claims: Sequence[ClaimRecord]
) -> LoadSummary:
    summary = LoadSummary(dry_run=True)
    unique_claims = {c.id: c for c in claims}
    with driver.session(database=database) as session:
        for label, wanted, counts in (
            (ENTITY_LABEL, {n.id: n.hash() for n in _unique_nodes(nodes)}, summary.nodes),
            (CLAIM_LABEL, {i: c.hash() for i, c in unique_claims.items()}, summary.claims),
        ):
            ids = list(wanted)
            for batch in batches(ids):
                stored = session.execute_read(q.existing_hashes, label, list(batch))
                for id_ in batch:
                    if id_ not in stored:
                        counts.created += 1
                    elif stored[id_] == wanted[id_]:
                        counts.unchanged += 1
                    else:
                        counts.updated += 1
    return summary


def _advance(progress: Progress | None, task: Any, amount: int) -> None:
    if progress is not None and task is not None:
        progress.advance(task, amount)
