"""`import members`: the diff (pure), then the command against the real Neo4j.

The flow a coordinator follows: preview a sheet, apply it, re-import it (nothing changes), then
a newer sheet where one member left and one changed role (the departure becomes `until`).
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest
from neo4j import Driver
from typer.testing import CliRunner, Result

from api.cli.main import app
from graph.queries.members import Membership, memberships
from graph.settings import Settings
from ingest.records import ClaimRecord, Evidence, NodeRecord
from ingest.reference.load import reference_records
from ingest.spreadsheets.diff import (
    ImportContext,
    MatchedRow,
    check_matched,
    compare,
    departure_claim,
    is_current,
)
from ingest.spreadsheets.read import MemberRow
from ingest.writer import write

runner = CliRunner()
GCM = "gcm-coalition"
HEADER = ["Organization", "Role", "Since", "Until", "Website", "Source"]
CTX = ImportContext(GCM, "members.csv", date(2024, 5, 1), "the 2024 list")


# --- the diff, without a database ----------------------------------------------------------


def membership(
    org: str, role: str, since: str | None = None, until: str | None = None
) -> Membership:
    claim = member_claim(org, role, since, until)
    return Membership(org, org.upper(), role, since, until, claim.rel_key, (claim.id,))


def matched(
    row: int, org: str, role: str = "member", since: str | None = None, until: str | None = None
) -> MatchedRow:
    return MatchedRow(MemberRow(row, org.upper(), role, since, until), org, org.upper())


def test_diff_joined_left_changed_unchanged() -> None:
    current = [
        membership("mfa-asia", "member", "2011-11"),
        membership("picum", "member", "2011-11"),
        membership("picum", "treasurer", "2017"),
        membership("nnirr", "member", "2011-11"),
        membership("mri", "member", "2011-11", "2015"),  # ended long ago: not current
    ]
    rows = [
        matched(2, "mfa-asia"),
        matched(3, "mfa-asia", "president", since="2017"),
        matched(4, "picum"),
        matched(5, "picum", "chair"),
        matched(6, "wimn", since="2017"),
    ]
    diff = compare(CTX, rows, current)
    kinds = {entry.org_id: entry.kind for entry in diff.entries}
    assert kinds == {"mfa-asia": "joined", "nnirr": "left", "picum": "changed", "wimn": "joined"}
    picum = next(e for e in diff.entries if e.org_id == "picum")
    assert picum.roles_before == ("member", "treasurer")
    assert picum.roles_after == ("chair", "member")
    assert [(c.props, c.evidence.source_ref) for c in picum.claims] == [
        ({"role": "chair"}, "members.csv#row=5"),
        ({"role": "treasurer", "until": "2024-05-01"}, "members.csv#not-listed"),
    ]
    nnirr = next(e for e in diff.entries if e.org_id == "nnirr")
    (departure,) = nnirr.claims
    assert departure.rel_key == current[3].key  # the existing membership, not a new one
    assert departure.evidence.method == "spreadsheet" and departure.evidence.confidence == 0.8
    assert len(diff.claims()) == 5 and len(diff.claims(departures=False)) == 4


def test_diff_of_a_sheet_already_imported_is_unchanged() -> None:
    rows = [matched(2, "wimn", since="2017")]
    first = compare(CTX, rows, [])
    (claim,) = first.claims()
    stored = Membership("wimn", "WIMN", "member", "2017", None, claim.rel_key, (claim.id,))
    again = compare(CTX, rows, [stored])
    assert [e.kind for e in again.entries] == ["unchanged"] and again.claims() == []


def test_diff_dates_given_by_the_sheet_are_a_change() -> None:
    diff = compare(CTX, [matched(2, "nnirr", until="2023-12")], [membership("nnirr", "member")])
    (entry,) = diff.entries
    assert entry.kind == "changed" and entry.details == ("member: until ? -> 2023-12",)


def test_diff_of_a_member_that_returns_says_the_graph_keeps_one_period() -> None:
    diff = compare(
        CTX, [matched(2, "mri", since="2019")], [membership("mri", "member", "2011", "2015")]
    )
    (entry,) = diff.entries
    assert entry.kind == "joined" and len(entry.claims) == 1
    assert "the graph's one member membership runs 2011..2015" in entry.details[0]


def test_current_means_active_and_not_ending_on_the_day() -> None:
    day = date(2024, 5, 1)
    assert is_current(membership("a", "member", "2017"), day)
    assert is_current(membership("a", "member", None, "2024"), day)  # a year ends on 31 Dec
    assert not is_current(membership("a", "member", "2024-06"), day)
    assert not is_current(membership("a", "member", None, "2024-05-01"), day)  # departed that day
    assert departure_claim(CTX, membership("a", "member")).props["until"] == "2024-05-01"


def test_two_spellings_of_one_member_and_the_coalition_itself() -> None:
    rows = [matched(2, "alianza-americas"), matched(3, "alianza-americas"), matched(4, GCM)]
    problems = check_matched(GCM, rows)
    assert [(p.row, p.column) for p in problems] == [(3, "organization"), (4, "organization")]
    assert "row 2" in problems[0].message and "coalition itself" in problems[1].message


# --- the command against the real Neo4j ----------------------------------------------------


def member_claim(org: str, role: str, since: str | None, until: str | None = None) -> ClaimRecord:
    props: dict[str, Any] = {"role": role}
    props.update({k: v for k, v in (("since", since), ("until", until)) if v})
    evidence = Evidence("curated", f"tests#{org}-{role}", confidence=0.9)
    return ClaimRecord("MEMBER_OF", org, GCM, props, evidence, key_props={"role": role})


def org(id_: str, name: str, *labels: str, **props: Any) -> NodeRecord:
    return NodeRecord(id_, ("Organization", *labels), {"name": name, **props})


SMALL_NODES = [
    org(GCM, "Global Coalition on Migration", "Coalition", aliases=["GCM"], acronym="GCM"),
    org("wimn", "Women in Migration Network", "Coalition", aliases=["WIMN"], acronym="WIMN"),
    org("alianza-americas", "Alianza Americas", former_names=["NALACC"]),
    org("mfa-asia", "Migrant Forum in Asia", acronym="MFA", url="https://mfasia.org"),
    org("mfa-films", "Migrant Films Association", acronym="MFA"),
    org("picum", "Platform for International Cooperation on Undocumented Migrants"),
    org("nnirr", "National Network for Immigrant and Refugee Rights", acronym="NNIRR"),
    org("mri", "Migrant Rights International", acronym="MRI"),
    NodeRecord("gcm-compact", ("Process",), {"name": "Global Compact for Migration"}),
]
SMALL_CLAIMS = [
    member_claim("alianza-americas", "member", "2011-11"),
    member_claim("mfa-asia", "member", "2011-11"),
    member_claim("mfa-asia", "president", "2017"),
    member_claim("picum", "member", "2011-11"),
    member_claim("picum", "treasurer", "2017"),
    member_claim("nnirr", "member", "2011-11"),
    member_claim("mri", "member", "2011-11", "2015"),
]
SHEET_2024 = [
    ["NALACC", "member", "", "", "", ""],
    ["Alianza Américas", "Executive Committee", "2017", "", "", ""],
    ["Migrant Forum Asia", "member", "", "", "", ""],
    ["MFA", "president", "", "", "https://www.mfasia.org", ""],
    ["picum", "member", "", "", "", ""],
    ["PICUM", "treasurer", "", "", "", ""],
    ["NNIRR", "", "", "", "", ""],
    ["Women in Migration Network", "member", "2017", "", "", "https://womeninmigration.org"],
]


@pytest.fixture
def small_graph(driver: Driver, graph_settings: Settings, cli_env: None) -> Driver:
    write(driver, graph_settings.neo4j_database, SMALL_NODES, SMALL_CLAIMS)
    return driver


def sheet(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
    path = tmp_path / name
    path.parent.mkdir(exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([HEADER, *rows])
    return path


def run(path: Path, *args: str, coalition: str = GCM) -> Result:
    return runner.invoke(app, ["import", "members", str(path), "--coalition", coalition, *args])


def counts(driver: Driver, settings: Settings) -> dict[str, int]:
    query = (
        "CALL () { MATCH (n) RETURN count(n) AS nodes } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "CALL () { MATCH (c:Claim) RETURN count(c) AS claims } RETURN nodes, rels, claims"
    )
    return dict(driver.execute_query(query, database_=settings.neo4j_database).records[0])


def members_now(driver: Driver, settings: Settings) -> dict[tuple[str, str], Membership]:
    with driver.session(database=settings.neo4j_database) as session:
        found = session.execute_read(memberships, GCM)
    return {(m.org_id, m.role or ""): m for m in found}


def claim_props(driver: Driver, settings: Settings, claim_id: str) -> dict[str, Any]:
    (record,) = driver.execute_query(
        "MATCH (c:Claim {id: $id}) RETURN c {.*} AS c",
        id=claim_id,
        database_=settings.neo4j_database,
    ).records
    return dict(record["c"])


def test_preview_apply_and_reimport(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    path = sheet(tmp_path, "members-2024.csv", SHEET_2024)
    before = counts(small_graph, graph_settings)
    preview = run(path, "--as-of", "2024-05-01")
    assert preview.exit_code == 0, preview.output
    assert "joined 2, left 0, changed 0, unchanged 3" in preview.output
    assert "nothing was written" in preview.output
    assert counts(small_graph, graph_settings) == before

    applied = run(path, "--as-of", "2024-05-01", "--apply", "--source", "GCM secretariat")
    assert applied.exit_code == 0, applied.output
    assert "2 created" in applied.output
    after = counts(small_graph, graph_settings)
    assert after == {k: v + 2 for k, v in before.items()}  # 2 claims (nodes), 2 memberships
    found = members_now(small_graph, graph_settings)
    wimn = found[("wimn", "member")]
    assert wimn.since == "2017" and wimn.until is None
    claim = claim_props(small_graph, graph_settings, wimn.claim_ids[0])
    assert claim["method"] == "spreadsheet" and claim["confidence"] == 0.8
    assert claim["source_ref"] == "members-2024.csv#row=9"
    assert claim["citation"] == "https://womeninmigration.org"  # the row's own source
    assert claim["source_urls"] == ["https://womeninmigration.org"]
    exco = found[("alianza-americas", "executive committee")]
    assert exco.since == "2017"
    assert claim_props(small_graph, graph_settings, exco.claim_ids[0])["citation"] == (
        "GCM secretariat"  # --source, for rows without a source of their own
    )

    again = run(path, "--as-of", "2024-05-01", "--apply")
    assert again.exit_code == 0, again.output
    assert "joined 0, left 0, changed 0, unchanged 5" in again.output
    assert "already says what the sheet says" in again.output
    assert counts(small_graph, graph_settings) == after


def test_a_newer_sheet_records_a_departure_and_a_role_change(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    assert (
        run(sheet(tmp_path, "v1.csv", SHEET_2024), "--as-of", "2024-05-01", "--apply").exit_code
        == 0
    )
    newer = [row for row in SHEET_2024 if row[0] not in ("NNIRR", "PICUM")]
    newer.append(["PICUM", "chair", "2025-01", "", "", ""])
    path = sheet(tmp_path, "members-2025.csv", newer)
    before = counts(small_graph, graph_settings)

    preview = run(path, "--as-of", "2025-01-31")
    assert preview.exit_code == 0, preview.output
    assert "joined 0, left 1, changed 1, unchanged 3" in preview.output
    assert "until 2025-01-31" in preview.output
    applied = run(path, "--as-of", "2025-01-31", "--apply")
    assert applied.exit_code == 0, applied.output

    found = members_now(small_graph, graph_settings)
    assert found[("nnirr", "member")].until == "2025-01-31"  # still there: history is kept
    assert found[("nnirr", "member")].since == "2011-11"
    assert found[("picum", "treasurer")].until == "2025-01-31"
    assert found[("picum", "chair")].since == "2025-01"
    assert found[("picum", "member")].until is None
    after = counts(small_graph, graph_settings)
    assert after["rels"] == before["rels"] + 1  # the new chair; nothing deleted
    assert after["claims"] == before["claims"] + 3

    again = run(path, "--as-of", "2025-01-31", "--apply")
    assert "joined 0, left 0, changed 0, unchanged 4" in again.output, again.output
    assert counts(small_graph, graph_settings) == after
    (dupes,) = small_graph.execute_query(
        "MATCH (a)-[r:MEMBER_OF]->(b) WITH a, b, r.role AS role, count(*) AS n "
        "RETURN count(CASE WHEN n > 1 THEN 1 END) AS dupes",
        database_=graph_settings.neo4j_database,
    ).records
    assert dupes["dupes"] == 0


@pytest.mark.parametrize(
    ("rows", "where"),
    [
        ([["NALACC", "boss " * 70, "", "", "", ""]], "Role"),  # any role, but not a page
        ([["MRI", "member", "1/5/2019", "", "", ""]], "Since"),
        ([["NALACC", "member", "", "", "", ""], ["nalacc", "Member", "", "", "", ""]], "repeats"),
        ([["NALACC", "member", "", "", "", ""], ["Alianza Americas", "", "", "", "", ""]], "both"),
        ([["Global Coalition on Migration", "member", "", "", "", ""]], "coalition itself"),
    ],
)
def test_a_bad_sheet_writes_nothing(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path, rows: list[list[str]], where: str
) -> None:
    path = sheet(tmp_path, "bad.csv", [*SHEET_2024[2:], *rows])
    before = counts(small_graph, graph_settings)
    result = run(path, "--apply")
    assert result.exit_code == 1, result.output
    assert "nothing was imported" in result.output and where in result.output
    assert counts(small_graph, graph_settings) == before


def test_a_windows_1252_sheet_is_read_and_says_so(small_graph: Driver, tmp_path: Path) -> None:
    path = tmp_path / "miembros.csv"
    path.write_bytes("Organización;Rol\nAlianza Américas;member\n".encode("cp1252"))
    result = run(path, "--as-of", "2024-05-01")
    assert result.exit_code == 0, result.output
    assert "(csv, cp1252)" in result.output and "alianza-americas" in result.output


def test_a_binary_file_writes_nothing(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    before = counts(small_graph, graph_settings)
    result = run(path, "--apply")
    assert result.exit_code == 1 and "binary" in result.output
    assert counts(small_graph, graph_settings) == before


UNMATCHED = [
    ["Totally Unknown Collective", "member", "", "", "", ""],
    ["Robert'); MATCH (n) DETACH DELETE n; //", "member", "", "", "", ""],
    ["<script>alert(1)</script>", "member", "", "", "", ""],
    ["[red]MFA[/red]", "member", "", "", "", ""],
]


def test_unmatched_names_are_listed_and_block_apply(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    rows = [*SHEET_2024, *UNMATCHED, ["MFA", "member", "", "", "", ""]]  # MFA: two of them
    path = sheet(tmp_path, "members.csv", rows)
    before = counts(small_graph, graph_settings)
    result = run(path, "--as-of", "2024-05-01", "--apply")
    assert result.exit_code == 1
    assert "Nothing was written" in result.output and "--skip-unmatched" in result.output
    for text in ("Totally Unknown", "Robert');", "<script>alert(1)</script>", "[red]MFA[/red]"):
        assert text in result.output
    assert "ambiguous" in result.output and "mfa-films" in result.output
    assert counts(small_graph, graph_settings) == before


def test_skip_unmatched_applies_the_rest_but_holds_departures(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    rows = [row for row in SHEET_2024 if row[0] != "NNIRR"] + UNMATCHED
    path = sheet(tmp_path, "members.csv", rows)
    before = counts(small_graph, graph_settings)
    result = run(path, "--as-of", "2024-05-01", "--apply", "--skip-unmatched")
    assert result.exit_code == 0, result.output
    assert "Departures are held back" in result.output
    after = counts(small_graph, graph_settings)
    assert after["rels"] == before["rels"] + 2 and after["nodes"] == before["nodes"] + 2
    assert members_now(small_graph, graph_settings)[("nnirr", "member")].until is None


def test_the_coalition_must_exist(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    path = sheet(tmp_path, "members.csv", SHEET_2024)
    missing = run(path, coalition="no-such-coalition")
    assert missing.exit_code == 1 and "no-such-coalition" in missing.output
    assert GCM in missing.output and "wimn" in missing.output  # the ones that exist
    process = run(path, coalition="gcm-compact")
    assert process.exit_code == 1 and "Process, not a coalition" in process.output
    bad_date = run(path, "--as-of", "31/01/2025")
    assert bad_date.exit_code == 2
    typo = run(tmp_path / "memebrs.csv", "--apply")  # a mistyped file name: a usage error
    assert typo.exit_code == 2 and typo.stderr.strip().splitlines() == [
        f"error: no such file or folder: {tmp_path / 'memebrs.csv'} (nothing was read)"
    ]


def test_import_against_the_reference_data(
    driver: Driver, graph_settings: Settings, cli_env: None, tmp_path: Path
) -> None:
    nodes, claims = reference_records(graph_settings.data_dir)
    write(driver, graph_settings.neo4j_database, nodes, claims)
    rows = [
        ["NALACC", "member", "", "", "", ""],
        ["Allianza Americas", "executive committee", "", "", "", ""],
        ["Migrant Forum in Asia", "president", "", "", "", ""],
        ["Women in Migration Network", "", "", "", "", ""],
        [
            "Platform for International Cooperation on Undocumented Migrants",
            "treasurer",
            "",
            "",
            "",
            "",
        ],
    ]
    workbook = openpyxl.Workbook()
    for row in [HEADER, *rows]:
        workbook.active.append(row)
    workbook.active["C5"] = datetime(2017, 1, 1)  # a real date cell: read as 2017-01-01
    path = tmp_path / "gcm-2024.xlsx"
    workbook.save(path)
    before = counts(driver, graph_settings)
    preview = run(path, "--as-of", "2024-05-01")
    assert preview.exit_code == 0, preview.output
    assert "Unmatched" not in preview.output and "(xlsx)" in preview.output
    assert "since 2017 -> 2017-01-01" in preview.output  # a date cell, compared with the graph
    applied = run(path, "--as-of", "2024-05-01", "--apply")
    assert applied.exit_code == 0, applied.output
    after = counts(driver, graph_settings)
    assert after["rels"] == before["rels"]  # departures and no new members: only until is set
    found = members_now(driver, graph_settings)
    assert found[("alianza-americas", "member")].until is None
    assert found[("mfa-asia", "member")].until == "2024-05-01"  # not listed as member any more
    assert found[("nnirr", "member")].until == "2024-05-01"
    again = run(path, "--as-of", "2024-05-01", "--apply")
    assert "already says what the sheet says" in again.output, again.output
    assert counts(driver, graph_settings) == after


def test_an_at_large_seat_is_imported_with_a_notice(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    rows = [*SHEET_2024, ["NNIRR", "At large", "2018", "", "", ""]]
    path = sheet(tmp_path, "members-at-large.csv", rows)
    applied = run(path, "--as-of", "2024-05-01", "--apply")
    assert applied.exit_code == 0, applied.output
    assert "role 'At large' is not one of the usual ones: kept as written" in applied.output
    seat = members_now(small_graph, graph_settings)[("nnirr", "At large")]
    assert seat.since == "2018"
    again = run(path, "--as-of", "2024-05-01")
    assert again.exit_code == 0 and "joined 0, left 0, changed 0" in again.output


def test_the_same_rows_under_another_file_name_are_unchanged(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    # the treasurer's date differs from the graph's (a change the first time only)
    rows = [
        r if r[:2] != ["PICUM", "treasurer"] else ["PICUM", "treasurer", "2017-03", *r[3:]]
        for r in SHEET_2024
    ]
    first = sheet(tmp_path, "members-2024.csv", rows)
    applied = run(first, "--as-of", "2024-05-01", "--apply")
    assert applied.exit_code == 0, applied.output
    assert "changed 1" in applied.output
    after = counts(small_graph, graph_settings)
    for name in ("members-2024.csv", "copy of members (final).csv"):
        again = run(sheet(tmp_path / "copy", name, rows), "--as-of", "2024-05-01", "--apply")
        assert again.exit_code == 0, again.output
        assert "joined 0, left 0, changed 0, unchanged 5" in again.output
        assert counts(small_graph, graph_settings) == after


def test_names_match_confirmed_entities_only(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    pending = NodeRecord(
        "cand-migrant-forum",
        ("Organization",),
        {"name": "Migrant Forum", "candidate": True, "status": "proposed", "method": "extracted"},
    )
    write(small_graph, graph_settings.neo4j_database, [pending], [])
    path = sheet(
        tmp_path, "members.csv", [*SHEET_2024, ["Migrant Forum", "member", "", "", "", ""]]
    )
    preview = run(path, "--as-of", "2024-05-01")
    assert "cand-migrant-forum" not in preview.output
    assert "joined 2," in preview.output  # the candidate did not join: the name is unmatched
    assert "Migrant Forum" in preview.output


def test_add_new_creates_the_unknown_organizations_with_the_sheet_as_source(
    small_graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    new = [
        ["Red Mesoamericana de Migración", "member", "2019", "", "https://redmeso.org", ""],
        ["Red Mesoamericana de Migración", "At large", "", "", "", ""],  # one org, two roles
        ["Kenya Migrant Workers Alliance", "member", "", "", "", "https://example.org/list"],
        ["MFA", "member", "", "", "", ""],  # ambiguous: never guessed, never created
    ]
    path = sheet(tmp_path, "gcm-new.csv", [*SHEET_2024, *new])
    before = counts(small_graph, graph_settings)
    preview = run(path, "--as-of", "2024-05-01", "--add-new")
    assert preview.exit_code == 0, preview.output
    assert "New organization: Red Mesoamericana de Migración (red-mesoamericana-de-migracion)" in (
        preview.output
    )
    assert "New organization: Kenya Migrant Workers Alliance" in preview.output
    assert counts(small_graph, graph_settings) == before  # a preview writes nothing
    blocked = run(path, "--as-of", "2024-05-01", "--add-new", "--apply")
    assert blocked.exit_code == 1 and "ambiguous" in blocked.output  # MFA still stops it
    assert counts(small_graph, graph_settings) == before

    path = sheet(tmp_path, "gcm-new.csv", [*SHEET_2024, *new[:3]])
    applied = run(path, "--as-of", "2024-05-01", "--add-new", "--apply")
    assert applied.exit_code == 0, applied.output
    after = counts(small_graph, graph_settings)
    assert after["nodes"] - before["nodes"] == 2 + 2 + 3 + 2  # orgs, name claims, 5 memberships
    assert after["rels"] - before["rels"] == 3 + 2  # 3 new memberships, wimn joined (x2 claims)
    (record,) = small_graph.execute_query(
        "MATCH (o:Organization {id: 'red-mesoamericana-de-migracion'}) "
        "RETURN o {.*, labels: labels(o)} AS o",
        database_=graph_settings.neo4j_database,
    ).records
    node = record["o"]
    assert node["name"] == "Red Mesoamericana de Migración" and node["url"] == "https://redmeso.org"
    assert "candidate" not in node and sorted(node["labels"]) == ["Entity", "Organization"]
    (name_claim,) = node["property_claim_ids"]
    claim = claim_props(small_graph, graph_settings, name_claim)
    assert claim["method"] == "spreadsheet" and claim["source_ref"] == "gcm-new.csv#row=10"
    found = members_now(small_graph, graph_settings)
    assert found[("red-mesoamericana-de-migracion", "member")].since == "2019"
    assert ("red-mesoamericana-de-migracion", "At large") in found
    kenya = found[("kenya-migrant-workers-alliance", "member")]
    kenya_claim = claim_props(small_graph, graph_settings, kenya.claim_ids[0])
    assert kenya_claim["source_urls"] == ["https://example.org/list"]

    again = run(path, "--as-of", "2024-05-01", "--add-new", "--apply")  # the names match now
    assert again.exit_code == 0, again.output
    assert "New organization" not in again.output and "Unmatched" not in again.output
    assert "already says what the sheet says" in again.output
    assert counts(small_graph, graph_settings) == after
