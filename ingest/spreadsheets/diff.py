"""A matched sheet against the coalition's memberships: who joined, left, changed (pure logic).

Each change carries the claims that --apply writes (relationships follow from claims, as
everywhere in the project). A departure is a claim that sets `until` on the existing
membership's key: the relationship stays, history is kept. Claim ids are deterministic, so a
claim already among a membership's claim_ids means "this sheet was imported before": unchanged.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from graph.dates import active_on, last_day
from graph.queries.members import Membership
from ingest.records import ClaimRecord, Evidence, Value
from ingest.reference.sources import urls_in
from ingest.spreadsheets.read import DEFAULT_ROLE, MemberRow, Problem

METHOD = "spreadsheet"
CONFIDENCE = 0.8  # a coordinator's own list: good, but typed by hand and rarely dated
Kind = Literal["joined", "left", "changed", "unchanged"]
KINDS: tuple[Kind, ...] = ("joined", "left", "changed", "unchanged")


@dataclass(frozen=True)
class ImportContext:
    coalition_id: str
    file_name: str
    as_of: date
    source: str | None = None  # --source: the citation of rows without a source cell


@dataclass(frozen=True)
class MatchedRow:
    row: MemberRow
    org_id: str
    org_name: str
    how: str = "id"
    score: float = 100.0


@dataclass(frozen=True)
class Entry:
    """What the sheet says about one organization, and the claims that would record it."""

    kind: Kind
    org_id: str
    org_name: str
    roles_before: tuple[str, ...]
    roles_after: tuple[str, ...]
    rows: tuple[MatchedRow, ...] = ()
    details: tuple[str, ...] = ()
    claims: tuple[ClaimRecord, ...] = ()


@dataclass(frozen=True)
class Diff:
    entries: list[Entry] = field(default_factory=list)

    def count(self, kind: Kind) -> int:
        return sum(1 for entry in self.entries if entry.kind == kind)

    def claims(self, departures: bool = True) -> list[ClaimRecord]:
        """What --apply writes; without departures when unmatched names might be those members."""
        return [
            claim
            for entry in self.entries
            if departures or entry.kind != "left"
            for claim in entry.claims
        ]


def role_of(membership: Membership) -> str:
    return membership.role or DEFAULT_ROLE


def is_current(membership: Membership, as_of: date) -> bool:
    """Active on the as-of date and not ending on it (a departure recorded then is done)."""
    end = last_day(membership.until)
    return active_on(membership.since, membership.until, as_of) and (end is None or end > as_of)


def check_matched(coalition_id: str, rows: list[MatchedRow]) -> list[Problem]:
    """Rows that name the same organization and role in two spellings, or the coalition itself."""
    problems: list[Problem] = []
    seen: dict[tuple[str, str], MatchedRow] = {}
    for matched in rows:
        row = matched.row
        if matched.org_id == coalition_id:
            message = f"{row.organization!r} is the coalition itself ({coalition_id})"
            problems.append(Problem(row.row, "organization", message))
        first = seen.setdefault((matched.org_id, row.role), matched)
        if first is not matched:
            message = (
                f"{row.organization!r} and {first.row.organization!r} (row {first.row.row}) "
                f"are both {matched.org_id} as {row.role}"
            )
            problems.append(Problem(row.row, "organization", message))
    return problems


def compare(ctx: ImportContext, rows: list[MatchedRow], memberships: list[Membership]) -> Diff:
    everyone = {(m.org_id, role_of(m)): m for m in memberships}
    current = {key: m for key, m in everyone.items() if is_current(m, ctx.as_of)}
    sheet = {(r.org_id, r.row.role): r for r in rows}
    names = {m.org_id: m.org_name for m in memberships} | {r.org_id: r.org_name for r in rows}
    before: dict[str, set[str]] = defaultdict(set)
    after: dict[str, set[str]] = defaultdict(set)
    for org, role in current:
        before[org].add(role)
    for org, role in sheet:
        after[org].add(role)
    entries = []
    for org in sorted(set(before) | set(after)):
        claims: list[ClaimRecord] = []
        details: list[str] = []
        changed = False
        for role in sorted(after[org]):
            matched, existing = sheet[(org, role)], everyone.get((org, role))
            claim = row_claim(ctx, matched, existing)
            if existing is not None and role not in before[org]:
                # one MEMBER_OF per role: a second period cannot be told from the first
                span = f"{existing.since or '?'}..{existing.until or '?'}"
                details.append(f"{role}: the graph's one {role} membership runs {span}")
            if existing is not None and (
                claim.id in existing.claim_ids or _props_json(claim) in existing.sheet_props
            ):
                continue  # this very row was imported before (from this file or another)
            if role not in before[org]:
                claims.append(claim)
                details.append(f"{role}: new" + _dates(matched.row))
            elif dates := _date_changes(matched.row, current[(org, role)]):
                claims.append(claim)
                details.append(f"{role}: {dates}")
                changed = True
        for role in sorted(before[org] - after[org]):
            claims.append(departure_claim(ctx, current[(org, role)]))
            details.append(f"{role}: until {ctx.as_of.isoformat()}")
            changed = True
        kind: Kind = "unchanged"
        if not after[org]:
            kind = "left"
        elif claims:
            kind = "changed" if changed and before[org] else "joined"
        rows_of_org = tuple(sheet[(org, role)] for role in sorted(after[org]))
        entries.append(
            Entry(
                kind,
                org,
                names[org],
                tuple(sorted(before[org])),
                tuple(sorted(after[org])),
                rows_of_org,
                tuple(details),
                tuple(claims),
            )
        )
    return Diff(entries)


def _props_json(claim: ClaimRecord) -> str:
    """A claim's assertion as it is stored (ingest.materialize.claim_row)."""
    return json.dumps(claim.props, sort_keys=True, ensure_ascii=False)


def _dates(row: MemberRow) -> str:
    return "".join(f", {k} {v}" for k, v in (("since", row.since), ("until", row.until)) if v)


def _date_changes(row: MemberRow, membership: Membership) -> str:
    """'since 2011-11 -> 2012' where the sheet gives a date the graph does not have."""
    changes = [
        f"{name} {old or '?'} -> {new}"
        for name, new, old in (
            ("since", row.since, membership.since),
            ("until", row.until, membership.until),
        )
        if new and new != old
    ]
    return ", ".join(changes)


def row_claim(ctx: ImportContext, matched: MatchedRow, existing: Membership | None) -> ClaimRecord:
    """The MEMBER_OF claim of one sheet row (on the existing membership's key when there is one)."""
    row = matched.row
    props: dict[str, Value] = {"role": row.role}
    props.update({k: v for k, v in (("since", row.since), ("until", row.until)) if v})
    how = matched.how if matched.how != "fuzzy" else f"fuzzy score {matched.score:g}"
    note = f"the sheet names {row.organization!r} (matched by {how})"
    if matched.how == "new":
        note = f"the sheet names {row.organization!r} (a new organization, --add-new)"
    evidence = sheet_evidence(ctx, row, note)
    key: dict[str, Value] = existing.key_props if existing is not None else {"role": row.role}
    return ClaimRecord(
        "MEMBER_OF", matched.org_id, ctx.coalition_id, props, evidence, key_props=key
    )


def sheet_evidence(ctx: ImportContext, row: MemberRow, note: str) -> Evidence:
    """The evidence of what one row of the sheet says."""
    source = row.source or ctx.source
    return Evidence(
        method=METHOD,
        source_ref=f"{ctx.file_name}#row={row.row}",
        source_urls=urls_in(source or ""),
        citation=source,
        confidence=row.confidence if row.confidence is not None else CONFIDENCE,
        confidence_label=row.confidence_label,
        note=note,
    )


def departure_claim(ctx: ImportContext, membership: Membership) -> ClaimRecord:
    """`until` = the as-of date on a membership the sheet no longer lists."""
    props: dict[str, Value] = {"until": ctx.as_of.isoformat()}
    if membership.role:
        props["role"] = membership.role
    evidence = Evidence(
        method=METHOD,
        source_ref=f"{ctx.file_name}#not-listed",
        source_urls=urls_in(ctx.source or ""),
        citation=ctx.source,
        confidence=CONFIDENCE,
        note=f"not listed in {ctx.file_name} as of {ctx.as_of.isoformat()}: a departure",
    )
    return ClaimRecord(
        "MEMBER_OF",
        membership.org_id,
        ctx.coalition_id,
        props,
        evidence,
        key_props=membership.key_props,
    )
