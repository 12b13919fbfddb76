"""Records -> the graph in batches: nodes, then claims, then what the claims support.

Thousands of rows a transaction (UNWIND), MERGE on stable ids, a content hash per row so that a
second load of the same records changes nothing and says so.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from neo4j import Driver, ManagedTransaction
from rich.progress import Progress

from graph.model import CLAIM_LABEL, ENTITY_LABEL, load_model
from graph.queries import entities as qe
from graph.queries import load as q
from ingest.materialize import PROPERTY, Derived, as_stored, claim_row, derive
from ingest.records import ClaimRecord, NodeRecord

BATCH_SIZE = 5_000
# Transactions in flight at once. Batches never share a claim key, so they do not conflict on
# claims; two writers touching the same node may deadlock, which Neo4j detects and the driver
# retries (the transaction functions have no side effects outside the transaction).
WRITERS = 2
T = TypeVar("T")
R = TypeVar("R")


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


def same_as_map(driver: Driver, database: str) -> dict[str, str]:
    """Merged-away id -> kept id, for every accepted merge decision (graph.queries.entities)."""
    with driver.session(database=database) as session:
        rows = session.execute_read(qe.decisions, "accepted")
    return {row["b"]: row["a"] for row in rows}


def resolve(entity_id: str, same_as: Mapping[str, str]) -> str:
    """Follow accepted merge decisions to the id that was kept (merges can chain)."""
    seen = {entity_id}
    while entity_id in same_as:
        entity_id = same_as[entity_id]
        if entity_id in seen:
            break
        seen.add(entity_id)
    return entity_id


def redirected(claims: Sequence[ClaimRecord], merges: dict[str, str]) -> Sequence[ClaimRecord]:
    """Claims that name a merged-away entity name the kept one instead: a person's merge is a
    decision stored as data, and every later load (reference data, spreadsheets, documents)
    applies it, so a re-load does not bring the merged entity's links back. The claim ids come
    out as the merge itself made them (corrections.merge)."""
    if not merges:
        return claims
    return [
        replace(
            c,
            subject_id=resolve(c.subject_id, merges),
            object_id=c.object_id and resolve(c.object_id, merges),
        )
        if c.subject_id in merges or c.object_id in merges
        else c
        for c in claims
    ]


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
    one_transaction: bool = False,
) -> LoadSummary:
    """Nodes, then claims with the relationships they support, batch_size rows a transaction.

    Each claim batch is one transaction: its claims and the relationships derived from them
    (all claims of one relationship travel together), so a failure never leaves claims without
    their relationship. WRITERS transactions are in flight while the next batch is prepared.

    one_transaction: nodes, claims and relationships all in one transaction (a document's
    write: kill -9 leaves all of it or none, never a Document without its claims).
    """
    claims = redirected(claims, same_as_map(driver, database))
    check_endpoints(driver, database, nodes, claims)
    if dry_run:
        return _dry_run(driver, database, nodes, claims)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    summary = LoadSummary()
    by_labels: dict[tuple[str, ...], list[NodeRecord]] = defaultdict(list)
    for node in _unique_nodes(nodes):
        by_labels[node.labels].append(node)
    node_batches = [
        (labels, batch)
        for labels, group in by_labels.items()
        for batch in batches(group, batch_size)
    ]
    claim_groups = _claims_by_key(claims)
    if one_transaction:
        node_rows = [_node_batch(labels, batch) for labels, batch in node_batches]
        groups = list(claim_groups.values())
        claim_batch = _claim_batch(groups) if groups else None
        with driver.session(database=database) as session:
            return session.execute_write(_write_all, node_rows, claim_batch, now)

    def send_nodes(item: tuple[tuple[str, ...], list[dict[str, Any]]]) -> q.Counts:
        with driver.session(database=database) as session:
            return session.execute_write(q.merge_nodes, item[0], item[1], now)

    def send_claims(batch: ClaimBatch) -> tuple[q.Counts, q.Counts]:
        with driver.session(database=database) as session:
            return session.execute_write(_write_claim_batch, batch, now)

    with ThreadPoolExecutor(WRITERS) as server:
        task = progress.add_task("nodes", total=len(nodes)) if progress else None
        node_work = ((_node_batch(labels, batch), len(batch)) for labels, batch in node_batches)
        for counts, size in _pipelined(server, node_work, send_nodes):
            summary.nodes.add(counts)
            _advance(progress, task, size)
        total = sum(map(len, claim_groups.values()))
        task = progress.add_task("claims", total=total) if progress else None
        claim_work = (
            (_claim_batch(group), sum(map(len, group)))
            for group in _key_batches(claim_groups, batch_size)
        )
        for (claim_counts, rel_counts), size in _pipelined(server, claim_work, send_claims):
            summary.claims.add(claim_counts)
            summary.relationships.add(rel_counts)
            _advance(progress, task, size)
    return summary


@dataclass(frozen=True)
class ClaimBatch:
    """Claims of some relationships, and those relationships as derived from these claims alone
    (right for every key no stored claim speaks of yet)."""

    rows: list[dict[str, Any]]
    keys: list[str]
    derived: Derived


def _node_batch(
    labels: tuple[str, ...], nodes: Sequence[NodeRecord]
) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    return labels, [{"id": n.id, "props": n.props, "hash": n.hash()} for n in nodes]


def _claims_by_key(claims: Sequence[ClaimRecord]) -> dict[str, list[ClaimRecord]]:
    """Unique claims (by id) grouped by the relationship they speak of, in order of arrival;
    the property claims of one node form one group (their values combine)."""
    groups: dict[str, dict[str, ClaimRecord]] = defaultdict(dict)
    for claim in claims:
        group = f"{PROPERTY}|{claim.subject_id}" if claim.predicate == PROPERTY else claim.rel_key
        groups[group][claim.id] = claim
    return {key: list(group.values()) for key, group in groups.items()}


def _key_batches(
    groups: dict[str, list[ClaimRecord]], size: int
) -> Iterator[list[list[ClaimRecord]]]:
    """Whole key groups, about `size` claims a batch (one key's claims are never split)."""
    batch: list[list[ClaimRecord]] = []
    rows = 0
    for group in groups.values():
        if batch and rows + len(group) > size:
            yield batch
            batch, rows = [], 0
        batch.append(group)
        rows += len(group)
    if batch:
        yield batch


def _claim_batch(groups: list[list[ClaimRecord]]) -> ClaimBatch:
    rows = [claim_row(claim) for group in groups for claim in group]
    keys = list(dict.fromkeys(row["props"]["rel_key"] for row in rows))
    return ClaimBatch(rows, keys, derive(list(map(as_stored, rows))))


def _write_all(
    tx: ManagedTransaction,
    node_rows: list[tuple[tuple[str, ...], list[dict[str, Any]]]],
    claim_batch: ClaimBatch | None,
    now: str,
) -> LoadSummary:
    """write(one_transaction=True): every node, claim and relationship in the caller's
    transaction."""
    summary = LoadSummary()
    for labels, rows in node_rows:
        summary.nodes.add(q.merge_nodes(tx, labels, rows, now))
    if claim_batch is not None:
        claim_counts, rel_counts = _write_claim_batch(tx, claim_batch, now)
        summary.claims.add(claim_counts)
        summary.relationships.add(rel_counts)
    return summary


def _write_claim_batch(
    tx: ManagedTransaction, batch: ClaimBatch, now: str
) -> tuple[q.Counts, q.Counts]:
    """One transaction: the claims, then their relationships.

    Keys that had claims before (a re-load, a second source, a review decision) are merged and
    derived again from everything stored; claims and relationships of new keys are created from
    the batch's own derivation.
    """
    known = q.keys_with_claims(tx, batch.keys)
    if batch.derived.node_props:  # a node's property claims combine: always from storage
        known |= {
            row["props"]["rel_key"] for row in batch.rows if row["props"]["predicate"] == PROPERTY
        }
    fresh_rows = [row for row in batch.rows if row["props"]["rel_key"] not in known]
    claim_counts = q.create_claims(tx, fresh_rows, now) if fresh_rows else q.Counts()
    if len(fresh_rows) < len(batch.rows):
        claim_counts.add(
            q.merge_claims(tx, [row for row in batch.rows if row["props"]["rel_key"] in known], now)
        )
    rel_counts = q.Counts()
    fresh: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel in batch.derived.upserts:
        if rel.key not in known:
            fresh[rel.rel_type].append(rel.as_row())
    for rel_type, rows in fresh.items():
        rel_counts.add(q.create_relationships(tx, rel_type, rows))
    if known:
        rel_counts.add(_rederive(tx, sorted(known)))
    return claim_counts, rel_counts


def _rederive(tx: ManagedTransaction, keys: list[str]) -> q.Counts:
    """Derive these relationships again from their stored claims; drop those left unsupported
    (also those whose claims are all gone)."""
    stored = q.claims_for_keys(tx, keys)
    subjects = sorted({c["subject_id"] for c in stored if c["predicate"] == PROPERTY})
    if subjects:  # a node's property claims combine (property_claim_ids): read all of them
        others = sorted(q.property_keys(tx, subjects) - set(keys))
        stored += q.claims_for_keys(tx, others) if others else []
    derived = derive(stored)
    counts = q.Counts()
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel in derived.upserts:
        by_type[rel.rel_type].append(rel.as_row())
    for rel_type, rows in by_type.items():
        counts.add(q.merge_relationships(tx, rel_type, rows))
    deletions = defaultdict(list, derived.deletions)
    with_claims = {claim["rel_key"] for claim in stored}
    model = load_model().relationships
    for key in keys:
        rel_type = key.split("|", 1)[0]
        if key not in with_claims and rel_type in model:
            deletions[rel_type].append(key)
    for rel_type, gone in deletions.items():
        counts.deleted += q.delete_relationships(tx, rel_type, gone)
    if derived.node_props:
        q.set_node_properties(tx, derived.node_props)
    return counts


def rematerialize(
    session: Any,
    keys: Sequence[str],
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> q.Counts:
    """Recompute the relationships and node properties these claim keys speak of, one
    transaction per batch of keys; a relationship whose claims are all gone is removed."""
    counts = q.Counts()
    keys = sorted(set(keys))
    task = progress.add_task("relationships", total=len(keys)) if progress else None
    for key_batch in batches(keys, batch_size):
        counts.add(session.execute_write(_rederive, list(key_batch)))
        _advance(progress, task, len(key_batch))
    return counts


def _pipelined(
    server: ThreadPoolExecutor, work: Iterable[tuple[T, int]], send: Callable[[T], R]
) -> Iterator[tuple[R, int]]:
    """send(item) on the server threads while the next items are prepared here: client and
    server work overlap instead of taking turns. Results come back in order."""
    pending: deque[tuple[Future[R], int]] = deque()
    for item, size in work:
        pending.append((server.submit(send, item), size))
        if len(pending) > WRITERS:
            future, done = pending.popleft()
            yield future.result(), done
    while pending:
        future, done = pending.popleft()
        yield future.result(), done


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
