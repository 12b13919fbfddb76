"""Claim records of the reference layer: votes, state actions, curated relationships, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from graph.model import load_model
from ingest.records import ClaimRecord, Evidence, Value
from ingest.reference.sources import corpus_files_in, csv_rows, curated_evidence

RESOLUTION = "a-res-73-195"
RESOLUTION_DATE = "2018-12-19"
COMPACT = "gcm-compact"
MARRAKECH = "marrakech-conference-2018"
VOTES = {"yes", "no", "abstain", "absent"}

# Locates a quote in a corpus document: (document id, start, end), or None when absent.
QuoteFinder = Callable[[str, str], tuple[str, int, int] | None]


class ReferenceError(ValueError):
    """A reference row that cannot be read as the model says; names file and line."""


def _claim(
    predicate: str,
    subject: str,
    obj: str | None,
    props: dict[str, Value],
    evidence: Evidence,
    preferred: bool = True,
    status: str = "accepted",
) -> ClaimRecord:
    rel = load_model().relationships.get(predicate)
    key_props = {k: props.get(k) for k in rel.key} if rel else {}
    if predicate == "PROPERTY":
        key_props = {"property": next(iter(props))}
    return ClaimRecord(predicate, subject, obj, props, evidence, preferred, status, key_props)


def votes(data_dir: Path) -> list[ClaimRecord]:
    """How each state voted on A/RES/73/195 (un_vote_a_res_73_195.csv)."""
    path = data_dir / "reference" / "un_vote_a_res_73_195.csv"
    claims = []
    for line, row in csv_rows(path):
        if row["vote"] not in VOTES:
            raise ReferenceError(f"{path}:{line}: vote {row['vote']!r} is not one of {VOTES}")
        evidence = curated_evidence(
            data_dir, path, line, row["source"], row["confidence"], row.get("note")
        )
        props: dict[str, Value] = {"vote": row["vote"], "date": RESOLUTION_DATE}
        claims.append(_claim("VOTED", row["iso3"].lower(), RESOLUTION, props, evidence))
    return claims


def state_actions(data_dir: Path) -> list[ClaimRecord]:
    """Dated decisions of states on the compact, read as reference/README.md says."""
    path = data_dir / "reference" / "gcm_compact_state_actions.csv"
    claims = []
    for line, row in csv_rows(path):
        state, action, date = row["iso3"].lower(), row["action"], row["date"] or None
        evidence = curated_evidence(
            data_dir, path, line, row["source"], row["confidence"], row.get("date_note")
        )
        if action in ("ended_participation_in_negotiations", "left_adoption_process", "withdrew"):
            props: dict[str, Value] = {"kind": "withdrew", "date": date, "stage": action}
            claims.append(_claim("WITHDREW_FROM", state, COMPACT, props, evidence))
        elif action == "will_not_join":
            props = {"kind": "will_not_join", "date": date}
            claims.append(_claim("WITHDREW_FROM", state, COMPACT, props, evidence))
        elif action == "rejoined":  # the end of the earlier withdrawal, not a relation of its own
            claims.append(_claim("WITHDREW_FROM", state, COMPACT, {"until": date}, evidence))
        elif action == "declined_to_attend_marrakech":
            claims.append(_claim("DECLINED_TO_ATTEND", state, MARRAKECH, {"date": date}, evidence))
        elif action == "deferred_decision_and_declined_to_attend_marrakech":
            claims.append(_claim("DEFERRED_DECISION_ON", state, COMPACT, {"date": date}, evidence))
            claims.append(_claim("DECLINED_TO_ATTEND", state, MARRAKECH, {"date": date}, evidence))
        elif action == "declined_to_attend_vote":  # more evidence for the vote table's "absent"
            props = {"vote": "absent", "date": RESOLUTION_DATE}
            claims.append(_claim("VOTED", state, RESOLUTION, props, evidence))
        else:
            raise ReferenceError(f"{path}:{line}: unknown action {action!r}")
    return claims


def relationship_rows(data_dir: Path, file_name: str, find_quote: QuoteFinder) -> list[ClaimRecord]:
    """relationships.csv and advocates.csv: one claim per row, props as the model lists them."""
    path = data_dir / "reference" / file_name
    model = load_model()
    claims = []
    for line, row in csv_rows(path):
        rel = model.relationships.get(row["type"])
        if rel is None:
            raise ReferenceError(f"{path}:{line}: {row['type']!r} is no relationship type")
        props: dict[str, Value] = {p: row[p] for p in rel.properties if row.get(p)}
        located = _locate(row, find_quote, f"{path}:{line}")
        evidence = curated_evidence(
            data_dir, path, line, row["source"], row["confidence"], row.get("note"), **located
        )
        claims.append(_claim(rel.name, row["from_id"], row["to_id"], props, evidence))
    return claims


def conflicts(data_dir: Path, find_quote: QuoteFinder) -> list[ClaimRecord]:
    """claims_conflicts.csv: claims kept side by side, one preferred, known-false ones rejected."""
    path = data_dir / "reference" / "claims_conflicts.csv"
    claims = []
    for line, row in csv_rows(path):
        value: Value = int(row["value"]) if row["value"].isdigit() else row["value"] or None
        props: dict[str, Value] = {row["property"]: value} if row["property"] else {}
        evidence = curated_evidence(
            data_dir,
            path,
            line,
            row["source"],
            row["confidence"],
            row.get("note"),
            **_locate(row, find_quote, ""),
        )
        preferred = row["preferred"].lower() == "true"
        if row["status"] not in ("accepted", "rejected"):
            raise ReferenceError(f"{path}:{line}: status {row['status']!r}")
        obj = row["to_id"] or None
        claims.append(
            _claim(row["type"], row["from_id"], obj, props, evidence, preferred, row["status"])
        )
    return claims


def _locate(row: dict[str, str], find_quote: QuoteFinder, where: str) -> dict[str, object]:
    """document_id/quote/start/end for a row whose quote is in a cited corpus file."""
    quote = row.get("quote") or ""
    files = corpus_files_in(row.get("source", ""))
    if not files:
        return {"quote": quote} if quote else {}
    if not quote:
        found = find_quote(files[0], "")
        return {"document_id": found[0]} if found else {}
    for file_name in files:
        found = find_quote(file_name, quote)
        if found:
            return {"document_id": found[0], "quote": quote, "start": found[1], "end": found[2]}
    if where:
        raise ReferenceError(f"{where}: the quote {quote[:60]!r} is not in {', '.join(files)}")
    return {"quote": quote}
