"""A member-list import as two steps the CLI and the API share: plan (match + diff), then apply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from neo4j import Driver

from graph.queries import members as q
from ingest.spreadsheets.diff import Diff, ImportContext, MatchedRow, check_matched, compare
from ingest.spreadsheets.match import Matcher, Resolution
from ingest.spreadsheets.read import MemberRow, Sheet, SpreadsheetError
from ingest.writer import LoadSummary, write

Unmatched = list[tuple[MemberRow, Resolution]]


class UnknownCoalition(LookupError):
    """The id names no organization that can have members."""


@dataclass(frozen=True)
class Plan:
    sheet: Sheet
    ctx: ImportContext
    matched: list[MatchedRow]
    unmatched: Unmatched
    diff: Diff


def plan_import(driver: Driver, database: str, sheet: Sheet, coalition_id: str, as_of: date,
                source: str | None = None) -> Plan:  # fmt: skip
    """Match every name and compare the sheet with the coalition's memberships on `as_of`."""
    with driver.session(database=database) as session:
        target = session.execute_read(q.coalition, coalition_id)
        if target is None or not target.is_organization:
            known = session.execute_read(q.coalitions)
            what = "no node" if target is None else f"a {'/'.join(target.labels)}, not a coalition"
            names = ", ".join(i for i, _ in known) or "none yet (run `coalition-graph load`)"
            raise UnknownCoalition(f"No coalition {coalition_id!r}: it is {what}. Known: {names}")
        matcher = Matcher(session.execute_read(q.organization_candidates))
        current = session.execute_read(q.memberships, coalition_id)
    matched: list[MatchedRow] = []
    unmatched: Unmatched = []
    for row in sheet.rows:
        found = matcher.resolve(row.organization, row.website)
        if found.status == "matched" and found.org_id and found.org_name:
            matched.append(MatchedRow(row, found.org_id, found.org_name, found.how, found.score))
        else:
            unmatched.append((row, found))
    problems = check_matched(coalition_id, matched)
    if problems:
        raise SpreadsheetError(sheet.file_name, problems)
    ctx = ImportContext(coalition_id, sheet.file_name, as_of, source)
    return Plan(sheet, ctx, matched, unmatched, compare(ctx, matched, current))


def apply_plan(driver: Driver, database: str, plan: Plan) -> LoadSummary | None:
    """Record the diff as claims; departures wait while a name is unmatched (it may be one of
    the members that seem to have left). None when there is nothing to write."""
    claims = plan.diff.claims(departures=not plan.unmatched)
    if not claims:
        return None
    return write(driver, database, [], claims)
