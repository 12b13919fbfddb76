"""A member-list import as two steps the CLI and the API share: plan (match + diff), then apply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from neo4j import Driver

from graph.queries import members as q
from graph.queries.load import existing_ids
from ingest.extract.text import slug
from ingest.records import ClaimRecord, NodeRecord, Value
from ingest.spreadsheets.diff import (
    Diff,
    ImportContext,
    MatchedRow,
    check_matched,
    compare,
    sheet_evidence,
)
from ingest.spreadsheets.match import Matcher, Resolution
from ingest.spreadsheets.read import MemberRow, Sheet, SpreadsheetError
from ingest.writer import LoadSummary, write

NEW = "new"  # MatchedRow.how of an organization --add-new creates
SUFFIXES = ("", *(f"-{n}" for n in range(2, 10)))  # of a new id, past ids already used

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
    # --add-new: the organizations the sheet brings (confirmed entities, the sheet their
    # source: a property claim for each name) and those claims
    new_nodes: tuple[NodeRecord, ...] = ()
    new_claims: tuple[ClaimRecord, ...] = ()


def plan_import(driver: Driver, database: str, sheet: Sheet, coalition_id: str, as_of: date,
                source: str | None = None, add_new: bool = False) -> Plan:  # fmt: skip
    """Match every name and compare the sheet with the coalition's memberships on `as_of`.

    add_new: a name that matches no organization at all ("unknown"; an ambiguous one is never
    guessed) becomes a new organization, the sheet its source, with its memberships."""
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
                matched.append(
                    MatchedRow(row, found.org_id, found.org_name, found.how, found.score)
                )
            else:
                unmatched.append((row, found))
        ctx = ImportContext(coalition_id, sheet.file_name, as_of, source)
        nodes: list[NodeRecord] = []
        claims: list[ClaimRecord] = []
        if add_new:
            unknown = [row for row, found in unmatched if found.status == "unknown"]
            wanted = [f"{_base_id(r.organization)}{n}" for r in unknown for n in SUFFIXES]
            taken = session.execute_read(existing_ids, wanted)
            new_rows, nodes, claims = new_organizations(ctx, unknown, taken)
            matched.extend(new_rows)
            unmatched = [(row, found) for row, found in unmatched if found.status != "unknown"]
    problems = check_matched(coalition_id, matched)
    if problems:
        raise SpreadsheetError(sheet.file_name, problems)
    diff = compare(ctx, matched, current)
    return Plan(sheet, ctx, matched, unmatched, diff, tuple(nodes), tuple(claims))


def _base_id(name: str) -> str:
    return slug(name)


def new_organizations(
    ctx: ImportContext, rows: list[MemberRow], taken: set[str]
) -> tuple[list[MatchedRow], list[NodeRecord], list[ClaimRecord]]:
    """One confirmed Organization per distinct unknown name (two rows of one name, two roles,
    are one organization), its id the name's slug (`-2`, `-3` past ids already used), and a
    property claim for its name whose evidence is the sheet's row: a coordinator's list is a
    source like any other."""
    matched: list[MatchedRow] = []
    nodes: list[NodeRecord] = []
    claims: list[ClaimRecord] = []
    ids: dict[str, str] = {}  # the folded name -> its new id
    used = set(taken)
    for row in rows:
        name = " ".join(row.organization.split())
        key = name.casefold()
        if key not in ids:
            base = _base_id(name)
            new_id, n = base, 1
            while new_id in used:
                n += 1
                new_id = f"{base}-{n}"
            used.add(new_id)
            ids[key] = new_id
            props: dict[str, Value] = {"name": name}
            if row.website:
                props["url"] = row.website
            if row.country:
                props["country"] = row.country
            nodes.append(NodeRecord(new_id, ("Organization",), props))
            evidence = sheet_evidence(
                ctx, row, note=f"a new organization: the sheet names {name!r}"
            )
            claims.append(
                ClaimRecord(
                    "PROPERTY",
                    new_id,
                    None,
                    {"name": name},
                    evidence,
                    key_props={"property": "name"},
                )
            )
        matched.append(MatchedRow(row, ids[key], name, NEW, 0.0))
    return matched, nodes, claims


def apply_plan(driver: Driver, database: str, plan: Plan) -> LoadSummary | None:
    """Record the diff as claims; departures wait while a name is unmatched (it may be one of
    the members that seem to have left). None when there is nothing to write."""
    claims = plan.diff.claims(departures=not plan.unmatched)
    if not claims:
        return None
    return write(driver, database, list(plan.new_nodes), [*plan.new_claims, *claims])
