"""The review queue and the corrections a person makes, as functions the CLI and the API call.

Every decision is data: a claim's `review_status` (accepted | rejected, wins over any re-ingest),
a candidate's `status`, a `:Decision` node for two entities that are (or are not) the same.
After each change the relationships the touched claims speak of are derived again
(ingest.writer.rematerialize); a relationship no claim supports any more disappears.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from neo4j import Driver, ManagedTransaction

from graph.queries import documents as qd
from graph.queries import entities as qe
from graph.queries import load as q
from graph.queries import review as qr
from ingest.documents.build import METHOD, REVIEW_THRESHOLD
from ingest.materialize import claim_row
from ingest.records import ClaimRecord, Evidence
from ingest.writer import rematerialize

DEFAULT_LIMIT = 50
T = TypeVar("T")
JUDGEMENTS = ("accepted", "rejected", "unsure")


class CorrectionError(ValueError):
    """A correction that cannot be made as asked (unknown id, nothing to undo, ...)."""


@dataclass
class Outcome:
    message: str
    claims: int = 0  # claims changed
    relationships: q.Counts = field(default_factory=q.Counts)
    details: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReviewQueue:
    entities: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    total_entities: int
    total_claims: int


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- one transaction per change --------------------------------------------------------------


class InTransaction:
    """A session's execute_read/execute_write, run inside one transaction: the steps of a
    correction (read, delete, rewrite claims, derive the relationships again) written with
    them commit together or not at all, so kill -9 at any moment leaves the old state or the
    new one, never claims deleted and not yet rewritten."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def execute_read(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return work(self.tx, *args, **kwargs)

    execute_write = execute_read


def in_one_transaction(driver: Driver, database: str, work: Callable[[InTransaction], T]) -> T:
    """work(session-like) in a single write transaction (retried whole on a transient error:
    work has no effect outside the transaction)."""
    with driver.session(database=database) as session:
        return session.execute_write(lambda tx: work(InTransaction(tx)))


# --- stored claims <-> records ------------------------------------------------------------------


def record_from_stored(props: dict[str, Any]) -> ClaimRecord:
    """The record a stored claim was written from (its id and hash come out the same)."""
    evidence = Evidence(
        method=props["method"],
        source_ref=props["source_ref"],
        source_urls=tuple(props.get("source_urls") or ()),
        citation=props.get("citation"),
        document_id=props.get("document_id"),
        quote=props.get("quote"),
        start=props.get("start"),
        end=props.get("end"),
        extractor_version=props.get("extractor_version"),
        confidence=props["confidence"] if props.get("confidence") is not None else 0.5,
        confidence_label=props.get("confidence_label"),
        note=props.get("note"),
    )
    return ClaimRecord(
        predicate=props["predicate"],
        subject_id=props["subject_id"],
        object_id=props.get("object_id"),
        props=json.loads(props.get("props_json") or "{}"),
        evidence=evidence,
        preferred=bool(props.get("preferred", True)),
        status=props.get("status") or "accepted",
        key_props=json.loads(props.get("key_json") or "{}"),
    )


# --- the queue ------------------------------------------------------------------------------


def review_queue(
    driver: Driver, database: str, limit: int = DEFAULT_LIMIT, include_private: bool = False
) -> ReviewQueue:
    """Candidate entities first (deciding them settles many claims), then proposed claims.
    People marked private, and claims naming them, only with include_private."""
    with driver.session(database=database) as session:
        entities = session.execute_read(qr.candidate_entities, limit, include_private)
        claims = session.execute_read(
            qr.proposed_claims, max(0, limit - len(entities)), include_private
        )
        size = session.execute_read(qr.queue_size, include_private)
    return ReviewQueue(entities, claims, size.get("entities", 0), size.get("claims", 0))


def review_item(
    driver: Driver, database: str, item_id: str, include_private: bool = False
) -> dict[str, Any]:
    """A claim with its quote and document, or an entity with the claims that name it; a
    person marked private, and claims naming one, only with include_private (else the answer
    is the one for an id the graph does not hold)."""
    missing = CorrectionError(f"{item_id!r} is neither a claim nor an entity of the graph")
    with driver.session(database=database) as session:
        claim = session.execute_read(qr.claim, item_id, include_private)
        if claim is not None:
            return {"kind": "claim", **claim}
        if session.execute_read(qr.hidden_ids, [item_id], include_private):
            raise missing
        node = session.execute_read(qe.entity, item_id)
        if node is None:
            raise missing
        claims = session.execute_read(qe.claims_naming, item_id)
        ends = sorted({i for c in claims for i in (c.get("subject_id"), c.get("object_id")) if i})
        hidden = session.execute_read(qr.hidden_ids, ends, include_private)
    claims = [c for c in claims if not {c.get("subject_id"), c.get("object_id")} & hidden]
    views = [
        {k: c.get(k) for k in ("id", "predicate", "subject_id", "object_id", "quote")}
        | {"status": c.get("review_status") or c.get("status"), "document_id": c.get("document_id")}
        for c in sorted(claims, key=lambda c: (c.get("document_id") or "", c.get("start") or 0))
    ]
    return {"kind": "entity", **node, "claims": views}


def accept(driver: Driver, database: str, item_id: str, note: str | None = None) -> Outcome:
    """Accept a proposed claim (keeping its method and extractor version) or a candidate."""
    return _decide(driver, database, item_id, "accepted", note)


def reject(driver: Driver, database: str, item_id: str, note: str | None = None) -> Outcome:
    """Reject a claim (never proposed again) or a candidate (and the claims that name it)."""
    return _decide(driver, database, item_id, "rejected", note)


def _decide(driver: Driver, database: str, item_id: str, status: str, note: str | None) -> Outcome:
    stamp = now()

    def work(session: Any) -> Outcome:
        claim = session.execute_read(qr.claim, item_id)
        if claim is not None:
            return _decide_claim(session, claim, status, note, stamp)
        node = session.execute_read(qe.entity, item_id)
        if node is None:
            raise CorrectionError(f"{item_id!r} is neither a claim nor an entity of the graph")
        return _decide_entity(session, node, status, note, stamp)

    return in_one_transaction(driver, database, work)


def _decide_claim(
    session: Any, claim: dict[str, Any], status: str, note: str | None, stamp: str
) -> Outcome:
    session.execute_write(qr.set_claim_review, [claim["id"]], status, stamp, note)
    details = []
    if status == "accepted":
        # A person confirmed the relation, so its ends exist: pending candidates are accepted.
        for end in (claim["subject_id"], claim["object_id"]):
            states = session.execute_read(qe.entity_states, [end] if end else [])
            state = states.get(end or "")
            if state and state["candidate"] and state["status"] == "proposed":
                session.execute_write(qe.set_entity_review, end, "accepted", False, stamp)
                details.append(f"candidate {end} ({state['name']}) accepted with it")
    counts = rematerialize(session, [claim["rel_key"]])
    verb = "accepted" if status == "accepted" else "rejected"
    return Outcome(f"claim {claim['id']} {verb}", 1, counts, details)


def _decide_entity(
    session: Any, node: dict[str, Any], status: str, note: str | None, stamp: str
) -> Outcome:
    entity_id = node["id"]
    if not node.get("candidate"):
        if status == "accepted":
            return Outcome(f"{entity_id} is not a candidate: it is already a confirmed entity")
        raise CorrectionError(
            f"{entity_id} is a confirmed entity, not a candidate: to undo it, remove the "
            "document that brought it (`documents remove`) or merge it (`entities merge`)"
        )
    session.execute_write(qe.set_entity_review, entity_id, status, status != "accepted", stamp)
    claims = session.execute_read(qe.claims_naming, entity_id)
    if status == "rejected":
        ids = [c["id"] for c in claims if c.get("review_status") != "rejected"]
        session.execute_write(
            qr.set_claim_review, ids, "rejected", stamp, note or f"candidate {entity_id} rejected"
        )
        counts = rematerialize(session, [c["rel_key"] for c in claims])
        return Outcome(f"candidate {entity_id} rejected, with {len(ids)} claims", len(ids), counts)
    promoted = _promote(session, claims)
    counts = rematerialize(session, [c["rel_key"] for c in claims])
    return Outcome(
        f"candidate {entity_id} accepted; {promoted} of its {len(claims)} claims accepted "
        f"(confidence >= {REVIEW_THRESHOLD}), the others stay in the queue",
        promoted,
        counts,
    )


def _pending(session: Any, ids: list[str]) -> set[str]:
    states = session.execute_read(qe.entity_states, ids)
    return {i for i, s in states.items() if s["candidate"] and s["status"] == "proposed"}


def _promote(session: Any, claims: list[dict[str, Any]]) -> int:
    """Extracted claims proposed only because an end was a candidate: accepted, as a re-ingest
    would now write them (same id, status and hash)."""
    ends = sorted({e for c in claims for e in (c["subject_id"], c.get("object_id")) if e})
    pending = _pending(session, ends)
    rows = []
    for claim in claims:
        if (
            claim.get("method") == METHOD
            and claim.get("status") == "proposed"
            and claim.get("review_status") is None
            and float(claim.get("confidence") or 0) >= REVIEW_THRESHOLD
            and claim["subject_id"] not in pending
            and claim.get("object_id") not in pending
        ):
            record = record_from_stored(claim)
            rows.append(claim_row(_with_status(record, "accepted")))
    if rows:
        session.execute_write(q.merge_claims, rows, now())
    return len(rows)


def _with_status(record: ClaimRecord, status: str) -> ClaimRecord:
    return ClaimRecord(
        record.predicate, record.subject_id, record.object_id, record.props, record.evidence,
        record.preferred, status, record.key_props,
    )  # fmt: skip


# --- retract, remove --------------------------------------------------------------------------


def retract(driver: Driver, database: str, claim_or_rel: str, source: str | None = None) -> Outcome:
    """Retract one relationship: reject the claims that support it (from one source, or all).

    claim_or_rel is a claim id, a relationship key ("MEMBER_OF|a|b|{...}") or a relationship's
    element id. source is a document id or a source_ref (or its beginning).
    """
    stamp = now()

    def work(session: Any) -> Outcome:
        key = _rel_key(session, claim_or_rel)
        claims = session.execute_read(qr.claims_of_key, key)
        if source is not None:
            claims = [c for c in claims if _from_source(c, source)]
            if not claims:
                raise CorrectionError(f"no claim of {key} comes from {source!r}")
        ids = [c["id"] for c in claims if c.get("review_status") != "rejected"]
        session.execute_write(
            qr.set_claim_review,
            ids,
            "rejected",
            stamp,
            f"retracted{f' ({source})' if source else ''}",
        )
        counts = rematerialize(session, [key])
        left = [
            c["id"]
            for c in session.execute_read(qr.claims_of_key, key)
            if c["effective"] == "accepted"
        ]
        still = (
            f"; still supported by {len(left)} claim(s)" if left else "; the relationship is gone"
        )
        return Outcome(f"{len(ids)} claim(s) of {key} rejected{still}", len(ids), counts)

    return in_one_transaction(driver, database, work)


def _rel_key(session: Any, claim_or_rel: str) -> str:
    claim = session.execute_read(qr.claim, claim_or_rel)
    if claim is not None:
        return str(claim["rel_key"])
    if "|" in claim_or_rel and session.execute_read(qr.claims_of_key, claim_or_rel):
        return claim_or_rel
    key: str | None = session.execute_read(qr.relationship_key, claim_or_rel)
    if key is None:
        raise CorrectionError(
            f"{claim_or_rel!r} is no claim id, relationship key or relationship of the graph"
        )
    return key


def _from_source(claim: dict[str, Any], source: str) -> bool:
    return claim.get("document_id") == source or str(claim.get("source_ref") or "").startswith(
        source
    )


def remove_document(driver: Driver, database: str, document_id: str) -> Outcome:
    """Remove an ingested document (or every post of a file, given its base id) with the claims
    that cite it; relationships only they supported disappear, others stay. For a curated
    document only the extracted claims that cite it go: the document stays."""

    def work(session: Any) -> Outcome:
        docs = session.execute_read(qd.documents, [document_id])
        if not docs:
            raise CorrectionError(f"{document_id!r} is no Document of the graph")
        ingested = [d["id"] for d in docs if d.get("ingested")]
        curated = [d["id"] for d in docs if not d.get("ingested")]
        claims = session.execute_read(qd.claims_citing, ingested) if ingested else []
        claims += session.execute_read(qd.claims_about, ingested) if ingested else []
        if curated:
            claims += session.execute_read(qd.claims_citing, curated, [METHOD])
        unique = {c["id"]: c for c in claims}
        session.execute_write(qd.delete_claims, sorted(unique))
        counts = rematerialize(session, [c["rel_key"] for c in unique.values()])
        ends = sorted(
            {e for c in unique.values() for e in (c["subject_id"], c.get("object_id")) if e}
        )
        orphans = session.execute_read(qd.unsupported_candidates, ends)
        # candidates the document proposed without any relation: named by no claim at all
        proposed = session.execute_read(qd.candidates_only_in, ingested) if ingested else []
        orphans = sorted(set(orphans) | set(proposed))
        session.execute_write(qd.delete_entities, orphans + ingested)
        details = [f"kept curated document {d} (only its extracted claims went)" for d in curated]
        if orphans:
            details.append(
                f"removed {len(orphans)} candidate(s) that no other claim or document names"
            )
        return Outcome(
            f"removed {len(ingested)} document(s) and {len(unique)} claim(s)",
            len(unique),
            counts,
            details,
        )

    return in_one_transaction(driver, database, work)


# --- merge, split -----------------------------------------------------------------------------


def decision_id(a: str, b: str) -> str:
    pair = "|".join(sorted((a, b)))
    return "decision-same-as-" + hashlib.sha256(pair.encode()).hexdigest()[:16]


def merge(
    driver: Driver, database: str, keep: str, other: str, judgement: str = "accepted"
) -> Outcome:
    """Merge other into keep: its claims move to keep, its names become keep's aliases, the
    relationships are derived again. With judgement "unsure" (or "rejected") only the decision
    is stored."""
    if judgement not in JUDGEMENTS:
        raise CorrectionError(f"judgement must be one of {', '.join(JUDGEMENTS)}")
    if keep == other:
        raise CorrectionError("an entity cannot be merged with itself")
    stamp = now()
    did = decision_id(keep, other)

    def work(session: Any) -> Outcome:
        kept_node, other_node = _two(session, keep, other)
        existing = session.execute_read(qe.decision, did)
        if existing and existing.get("judgement") == "accepted":
            if existing.get("a") == keep:
                return Outcome(f"{other} is already merged into {keep}")
            raise CorrectionError(
                f"{keep} is merged into {other}: split them first to merge the other way"
            )
        for node in (kept_node, other_node):
            if node.get("merged_into"):
                raise CorrectionError(f"{node['id']} is already merged into {node['merged_into']}")
        base = {"kind": "same_as", "a": keep, "b": other, "decided_at": stamp}
        if judgement != "accepted":
            session.execute_write(qe.save_decision, did, {**base, "judgement": judgement})
            return Outcome(f"recorded: {keep} and {other} — {judgement}; nothing merged")
        moved, new_ids, preexisting, keys = _move_claims(session, other, keep, did, stamp)
        added = _add_aliases(session, kept_node, other_node)
        session.execute_write(qe.set_merged_into, other, keep, "merged")
        session.execute_write(
            qe.save_decision,
            did,
            {
                **base,
                "judgement": "accepted",
                "added_aliases": added,
                "new_claim_ids": new_ids,
                "preexisting_claim_ids": preexisting,
                "moved_claims_json": json.dumps(moved, ensure_ascii=False, sort_keys=True),
                "other_status": other_node.get("status"),
            },
        )
        counts = rematerialize(session, keys)
        return Outcome(
            f"merged {other} into {keep}: {len(moved)} claim(s) moved, "
            f"{len(added)} alias(es) added",
            len(moved),
            counts,
            [f"decision {did}"],
        )

    return in_one_transaction(driver, database, work)


def _two(session: Any, keep: str, other: str) -> tuple[dict[str, Any], dict[str, Any]]:
    nodes = []
    for entity_id in (keep, other):
        node = session.execute_read(qe.entity, entity_id)
        if node is None:
            raise CorrectionError(f"{entity_id!r} is no entity of the graph")
        nodes.append(node)
    return nodes[0], nodes[1]


def _move_claims(
    session: Any, other: str, keep: str, did: str, stamp: str
) -> tuple[list[dict[str, Any]], list[str], list[str], list[str]]:
    old = session.execute_read(qe.claims_naming, other)
    pending = _pending(session, [keep])
    rows, extra, new_ids, keys = [], [], [], []
    for props in old:
        record = record_from_stored(props)
        subject = keep if record.subject_id == other else record.subject_id
        obj = keep if record.object_id == other else record.object_id
        status = record.status
        if (
            record.evidence.method == METHOD
            and status == "proposed"
            and float(record.evidence.confidence) >= REVIEW_THRESHOLD
            and subject not in pending
            and obj not in pending
        ):
            status = "accepted"
        moved = ClaimRecord(
            record.predicate, subject, obj, record.props, record.evidence, record.preferred,
            status, record.key_props,
        )  # fmt: skip
        review = props.get("review_status")
        note = props.get("review_note")
        if subject == obj:
            review, note = "rejected", f"{other} merged into {keep}: the claim became a loop"
        rows.append(claim_row(moved))
        extra.append(
            {
                "id": moved.id,
                "props": {
                    "review_status": review,
                    "review_note": note,
                    "reviewed_at": props.get("reviewed_at"),
                    "recorded_at": props.get("recorded_at"),
                    "merge_decision": did,
                },
            }
        )
        new_ids.append(moved.id)
        keys += [record.rel_key, moved.rel_key]
    existing = (
        {c["id"] for c in session.execute_read(qr.claims_full, new_ids)} if new_ids else set()
    )
    preexisting = sorted(existing - {p["id"] for p in old})
    session.execute_write(qd.delete_claims, [p["id"] for p in old])
    fresh = [row for row in rows if row["id"] not in preexisting]
    if fresh:
        session.execute_write(q.merge_claims, fresh, stamp)
        session.execute_write(qr.set_claim_fields, [e for e in extra if e["id"] not in preexisting])
    snapshot = [{k: v for k, v in p.items()} for p in old]
    return snapshot, sorted(set(new_ids) - set(preexisting)), preexisting, keys


def _names(node: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for key in ("name", "aliases", "acronym", "former_names"):
        value = node.get(key)
        if isinstance(value, str):
            names.append(value)
        elif isinstance(value, list):
            names.extend(str(v) for v in value)
    return [n for n in dict.fromkeys(names) if n]


def _add_aliases(session: Any, kept: dict[str, Any], other: dict[str, Any]) -> list[str]:
    current = [str(a) for a in kept.get("aliases") or []]
    known = {n.casefold() for n in _names(kept)}
    added = [n for n in _names(other) if n.casefold() not in known]
    if added:
        session.execute_write(qe.set_aliases, kept["id"], current + added)
    return added


def split(driver: Driver, database: str, keep: str, other: str) -> Outcome:
    """Undo a merge with its stored decision and record that the two are different
    (judgement rejected): re-ingest resolves each name to its own entity again."""
    stamp = now()
    did = decision_id(keep, other)

    def work(session: Any) -> Outcome:
        return _split(session, keep, other, did, stamp)

    return in_one_transaction(driver, database, work)


def _split(session: Any, keep: str, other: str, did: str, stamp: str) -> Outcome:
    """split's steps, in the caller's transaction."""
    kept_node, other_node = _two(session, keep, other)
    decision = session.execute_read(qe.decision, did)
    base = {"kind": "same_as", "a": keep, "b": other, "decided_at": stamp}
    if not decision or decision.get("judgement") != "accepted":
        session.execute_write(qe.save_decision, did, {**base, "judgement": "rejected"})
        return Outcome(f"recorded: {keep} and {other} are different (nothing was merged)")
    keep, other = decision["a"], decision["b"]
    kept_node, other_node = (
        (kept_node, other_node) if kept_node["id"] == keep else (other_node, kept_node)
    )
    restored, keys = _restore_claims(session, decision)
    added = set(decision.get("added_aliases") or [])
    aliases = [a for a in kept_node.get("aliases") or [] if a not in added]
    session.execute_write(qe.set_aliases, keep, aliases)
    session.execute_write(qe.set_merged_into, other, None, decision.get("other_status"))
    session.execute_write(
        qe.save_decision,
        did,
        {
            "judgement": "rejected",
            "decided_at": stamp,
            "merged_at": decision.get("decided_at"),
            "moved_claims_json": None,
            "new_claim_ids": [],
        },
    )
    counts = rematerialize(session, keys)
    return Outcome(
        f"split {other} from {keep}: {restored} claim(s) restored; they stay apart on re-ingest",
        restored,
        counts,
        [f"decision {did}: rejected"],
    )


def _restore_claims(session: Any, decision: dict[str, Any]) -> tuple[int, list[str]]:
    moved: list[dict[str, Any]] = json.loads(decision.get("moved_claims_json") or "[]")
    new_ids: list[str] = list(decision.get("new_claim_ids") or [])
    current = {c["id"]: c for c in session.execute_read(qr.claims_full, new_ids)}
    merged_at = str(decision.get("decided_at") or "")
    by_new_id = {}
    for props in moved:
        record = record_from_stored(props)
        keep, other = decision["a"], decision["b"]
        subject = keep if record.subject_id == other else record.subject_id
        obj = keep if record.object_id == other else record.object_id
        by_new_id[
            ClaimRecord(
                record.predicate, subject, obj, record.props, record.evidence, record.preferred,
                record.status, record.key_props,
            ).id
        ] = props  # fmt: skip
    rows = []
    keys = [str(c["rel_key"]) for c in current.values()]
    for new_id, props in by_new_id.items():
        later = current.get(new_id)
        if later and str(later.get("reviewed_at") or "") > merged_at:
            # Reviewed after the merge: the person's later decision travels back.
            props = {**props, "review_status": later.get("review_status")}
            props["reviewed_at"] = later.get("reviewed_at")
        rows.append({"id": props["id"], "props": {k: v for k, v in props.items() if v is not None}})
        keys.append(str(props["rel_key"]))
    session.execute_write(qd.delete_claims, [i for i in new_ids if i in current])
    if rows:
        session.execute_write(qr.restore_claims, rows)
    return len(rows), keys
