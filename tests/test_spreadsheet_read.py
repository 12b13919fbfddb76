"""Reading member sheets (no database): good files, encodings, XLSX cells, and every bad input."""

from __future__ import annotations

import csv
import io
import time
import tracemalloc
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl  # type: ignore[import-untyped]
import pytest

from ingest.spreadsheets.read import (
    MAX_BYTES,
    MAX_ROWS,
    MEMBER_ROLES,
    MemberRow,
    Problem,
    SpreadsheetError,
    read_sheet,
)

INJECTIONS = [
    "Robert'); MATCH (n) DETACH DELETE n; //",
    "<script>alert(1)</script>",
    "[bold red]markup[/] and {curly} $param",
]


def write_csv(
    tmp_path: Path, text: str, name: str = "members.csv", encoding: str = "utf-8"
) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def write_rows(tmp_path: Path, rows: list[list[str]], name: str = "members.csv") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return write_csv(tmp_path, buffer.getvalue(), name)


def write_xlsx(tmp_path: Path, rows: list[list[object]], name: str = "members.xlsx") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def problems_of(path: Path, **kwargs: int) -> list[Problem]:
    with pytest.raises(SpreadsheetError) as caught:
        read_sheet(path, **kwargs)
    assert caught.value.problems, "an error names at least one problem"
    assert "nothing imported" in str(caught.value)
    return caught.value.problems


def test_a_good_csv_with_every_column(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        "Organization,Role,Since,Until,Country,Website,Source,Confidence\n"
        "Migrant Forum in Asia,President,2017,,,https://mfasia.org,https://gcmigration.org/about,H\n"
        "  PICUM ,executive committee,2017-06,2019-12-31,bel,picum.org,,\n"
        "NNIRR,,,,usa,,,0.6\n",
    )
    sheet = read_sheet(path)
    assert sheet.kind == "csv" and sheet.encoding == "utf-8-sig" and sheet.file_name == path.name
    assert sheet.ignored_columns == []
    assert sheet.rows == [
        MemberRow(
            2,
            "Migrant Forum in Asia",
            "president",
            "2017",
            website="https://mfasia.org",
            source="https://gcmigration.org/about",
            confidence=0.9,
            confidence_label="H",
        ),
        MemberRow(3, "PICUM", "executive committee", "2017-06", "2019-12-31", "bel", "picum.org"),
        MemberRow(4, "NNIRR", "member", country="usa", confidence=0.6),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "ORG,ROLE,FROM,TO,COUNTRY,URL,SOURCE",
        "Organisation,Rôle,Start,End,País,Web,Fuente",
        "organización, role ,joined,left,country,website,source",
        "Member,Role,Since,Until,Country,URL,Source",
        "name,role,since,until,country,web,source",
    ],
)
def test_headers_are_matched_by_synonym_without_case_or_accents(
    tmp_path: Path, header: str
) -> None:
    path = write_csv(
        tmp_path, f"{header}\nWIMN,Steering Committee,2012,2020,,womeninmigration.org,x\n"
    )
    (row,) = read_sheet(path).rows
    assert (row.organization, row.role, row.since, row.until) == (
        "WIMN",
        "steering committee",
        "2012",
        "2020",
    )
    assert row.website == "womeninmigration.org" and row.source == "x"


def test_only_the_organization_column_is_needed_and_others_are_listed(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Notes,Organization,Contact person\nhi,MRI,someone\n")
    sheet = read_sheet(path)
    assert sheet.rows == [MemberRow(2, "MRI")]
    assert sheet.ignored_columns == ["Notes", "Contact person"]


def test_roles_are_normalised(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "org,role\nA,Executive-Committee\nB,SECRETARIAT_HOST\nC,\n")
    assert [r.role for r in read_sheet(path).rows] == [
        "executive committee",
        "secretariat host",
        "member",
    ]


def test_semicolon_and_tab_separated(tmp_path: Path) -> None:
    semi = write_csv(tmp_path, "Organization;Role\nMigrant Forum in Asia;member\n", "a.csv")
    tab = write_csv(tmp_path, "Organization\tRole\nMigrant Forum in Asia\tmember\n", "b.csv")
    assert read_sheet(semi).rows == read_sheet(tab).rows == [MemberRow(2, "Migrant Forum in Asia")]


def test_utf8_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path, "Organization\nAlianza Américas\nRéseau ñandú\n", encoding="utf-8-sig"
    )
    sheet = read_sheet(path)
    assert sheet.encoding == "utf-8-sig"  # and the BOM is not part of the first header
    assert [r.organization for r in sheet.rows] == ["Alianza Américas", "Réseau ñandú"]


def test_windows_1252_is_detected_and_said(tmp_path: Path) -> None:
    name = "Fundación “Esperanza” \u2013 Perú"  # an en dash and curly quotes: cp1252 has them
    text = f"Organización;Rol\n{name};member\nCafé Œuvre;\n"
    sheet = read_sheet(write_csv(tmp_path, text, encoding="cp1252"))
    assert sheet.encoding == "cp1252"
    assert [r.organization for r in sheet.rows] == [name, "Café Œuvre"]


def test_latin_1_when_not_even_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_bytes(b"Organization\nSoci\xe9t\xe9 \x81\n")  # 0x81 has no cp1252 character
    sheet = read_sheet(path)
    assert sheet.encoding == "latin-1" and sheet.rows[0].organization == "Société \x81"


def test_xlsx_dates_numbers_and_blank_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path,
        [
            ["Organisation", "Role", "Joined", "Left"],
            ["Migrant Forum in Asia", "President", datetime(2017, 6, 1), None],
            [None, None, None, None],
            ["PICUM", None, 2017, "2019-05"],
            ["NNIRR", "member", 2018.0, None],
        ],
    )
    sheet = read_sheet(path)
    assert sheet.kind == "xlsx" and sheet.encoding is None
    assert sheet.rows == [
        MemberRow(2, "Migrant Forum in Asia", "president", "2017-06-01"),
        MemberRow(4, "PICUM", "member", "2017", "2019-05"),  # row 3 is blank, still counted
        MemberRow(5, "NNIRR", "member", "2018"),
    ]


def test_row_numbers_are_those_a_spreadsheet_shows(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Organization,Role\nA,member\n\nB,\n\n,chair\n")
    assert problems_of(path) == [Problem(6, "Organization", problems_of(path)[0].message)]


@pytest.mark.parametrize("name", INJECTIONS)
def test_names_holding_cypher_or_html_are_plain_text(tmp_path: Path, name: str) -> None:
    path = write_rows(tmp_path, [["Organization", "Role"], [name, "member"]])
    assert read_sheet(path).rows == [MemberRow(2, name)]
    xlsx = write_xlsx(tmp_path, [["Organization"], [name]])
    assert read_sheet(xlsx).rows == [MemberRow(2, name)]


def test_member_roles_are_one_constant() -> None:
    assert set(MEMBER_ROLES) == {
        "member",
        "executive committee",
        "steering committee",
        "president",
        "treasurer",
        "coordinator",
        "chair",
        "secretariat host",
    }
    assert MAX_BYTES == 10 * 1024 * 1024


# --- bad sheets: each names the row and the column ---------------------------------------


def test_missing_organization_column(tmp_path: Path) -> None:
    (problem,) = problems_of(write_csv(tmp_path, "Group,Role\nMRI,member\n"))
    assert (problem.row, problem.column) == (1, "organization")
    assert "required column missing" in problem.message and "'Group'" in problem.message


def test_two_columns_for_one_field(tmp_path: Path) -> None:
    (problem,) = problems_of(write_csv(tmp_path, "Organization,Name\nMRI,MRI\n"))
    assert (problem.row, problem.column) == (1, "Name") and "second organization" in problem.message


def test_empty_organization(tmp_path: Path) -> None:
    (problem,) = problems_of(write_csv(tmp_path, "Organization,Role\nMRI,member\n   ,chair\n"))
    assert problem == Problem(3, "Organization", "the organization is empty")


@pytest.mark.parametrize(
    "value", ["01/06/2017", "2017-13", "June 2017", "2017-02-30", "17", "2017-6"]
)
def test_dates_must_be_iso(tmp_path: Path, value: str) -> None:
    (problem,) = problems_of(write_rows(tmp_path, [["Organization", "From"], ["MRI", value]]))
    assert (problem.row, problem.column) == (2, "From")
    assert "not an ISO date" in problem.message and "day/month/year" in problem.message


def test_since_after_until(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Organization,Since,Until\nMRI,2018-03,2017\nMFA,2017,2017-01\n")
    (problem,) = problems_of(path)  # a partial since and until of one year overlap: fine
    assert (problem.row, problem.column) == (
        2,
        "Until",
    ) and "before since 2018-03" in problem.message


def test_other_roles_are_kept_as_written_with_a_notice(tmp_path: Path) -> None:
    text = "Organization,Role\nMRI,At large\nMFA,Executive-Committee\nPICUM, at  large \n"
    sheet = read_sheet(write_csv(tmp_path, text))
    assert [r.role for r in sheet.rows] == ["At large", "executive committee", "at large"]
    assert [(n.row, n.column) for n in sheet.notices] == [(2, "role"), (4, "role")]
    assert "'At large'" in sheet.notices[0].message and "kept as written" in str(sheet.notices[0])


def test_duplicate_rows(tmp_path: Path) -> None:
    text = "Organization,Role\nAlianza Américas,member\nMRI,chair\n alianza  americas ,Member\n"
    (problem,) = problems_of(write_csv(tmp_path, text))
    assert (problem.row, problem.column) == (
        4,
        "Organization",
    ) and "repeats row 2" in problem.message


def test_bad_confidence(tmp_path: Path) -> None:
    (problem,) = problems_of(write_csv(tmp_path, "Organization,Confidence\nMRI,1.5\n"))
    assert (problem.row, problem.column) == (2, "Confidence")


def test_a_name_too_long(tmp_path: Path) -> None:
    (problem,) = problems_of(write_csv(tmp_path, f"Organization\n{'x' * 301}\n"))
    assert problem.row == 2 and "longer than 300" in problem.message


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        "Organization,Role,Since,Until\n"
        f",member,,\nMRI,{'x' * 301},2017,\nMFA,member,01/02/2017,\nMFA,member,,\n"
    )
    problems = problems_of(write_csv(tmp_path, text))
    assert [(p.row, p.column) for p in problems] == [
        (2, "Organization"),
        (3, "Role"),
        (4, "Since"),
    ]
    text = f"Organization,Role,Since,Until\nMRI,{'x' * 301},2019,2018\n"
    assert [p.column for p in problems_of(write_csv(tmp_path, text))] == ["Role", "Until"]


def test_a_row_with_more_cells_than_the_header(tmp_path: Path) -> None:
    (problem,) = problems_of(write_csv(tmp_path, "Organization,Role\nMRI,member\nA, B,member\n"))
    assert problem.row == 3 and "quotes" in problem.message


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("members.csv", b"", "empty"),
        ("members.csv", b" \r\n\r\n ", "empty"),
        ("members.xlsx", b"", "empty"),
        ("members.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("members.csv", bytes(range(1, 32)) * 20, "binary"),
        ("members.csv", b"\xff\xfeO\x00r\x00g\x00", "UTF-16"),
        ("members.xlsx", b"Organization\nMRI\n", "not an Excel workbook"),
        ("members.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old .xls"),
        ("members.xlsx", b"PK\x03\x04" + b"garbage" * 20, "cannot be read"),
        ("members.txt", b"Organization\nMRI\n", ".txt"),
        ("members.ods", b"PK\x03\x04", ".ods"),
        ("members", b"Organization\nMRI\n", "no extension"),
    ],
)
def test_files_that_are_not_member_sheets(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (problem,) = problems_of(path)
    assert problem.row is None and expected in problem.message


def test_a_zip_that_is_no_workbook_and_a_workbook_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "members.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "cannot be read" in problems_of(path)[0].message
    workbook = write_xlsx(tmp_path, [["Organization"], ["MRI"]])
    renamed = workbook.rename(tmp_path / "members.csv")
    assert "name it .xlsx" in problems_of(renamed)[0].message


def test_a_header_without_rows(tmp_path: Path) -> None:
    (problem,) = problems_of(write_csv(tmp_path, "Organization,Role\n\n"))
    assert "no member rows" in problem.message
    (problem,) = problems_of(write_xlsx(tmp_path, [["Organization"]]))
    assert "no member rows" in problem.message


def test_an_empty_workbook(tmp_path: Path) -> None:
    (problem,) = problems_of(write_xlsx(tmp_path, []))
    assert "empty" in problem.message


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Organization\n" + "".join(f"org {i}\n" for i in range(30)))
    (problem,) = problems_of(path, max_bytes=100)
    assert "more than the limit of 100" in problem.message
    assert read_sheet(path, max_bytes=1000).rows  # below the limit the same file reads


def test_a_missing_file(tmp_path: Path) -> None:
    assert "no such file" in problems_of(tmp_path / "nope.csv")[0].message


def test_a_sheet_over_the_row_limit_is_refused(tmp_path: Path) -> None:
    rows = [["Organization"], *([f"org {i}"] for i in range(101))]
    for path in (write_rows(tmp_path, rows), write_xlsx(tmp_path, [list[object](r) for r in rows])):
        (problem,) = problems_of(path, max_rows=100)
        assert "more than 100 rows" in problem.message
        assert "COALITION_GRAPH_MAX_SHEET_ROWS" in problem.message
        assert len(read_sheet(path, max_rows=101).rows) == 101


def test_the_row_limit_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.settings import Settings

    assert Settings(_env_file=None).max_sheet_rows == MAX_ROWS
    monkeypatch.setenv("COALITION_GRAPH_MAX_SHEET_ROWS", "25")
    assert Settings(_env_file=None).max_sheet_rows == 25


def test_a_small_workbook_of_many_rows_is_refused_quickly_in_little_memory(
    tmp_path: Path,
) -> None:
    """The issue's case, scaled down: a few MB of .xlsx with 200,000 rows. The workbook is
    streamed and refused at the limit (10,000 rows), never loaded whole."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Organization", "Role"])
    for i in range(200_000):
        sheet.append([f"Organization number {i}", "member"])
    path = tmp_path / "huge.xlsx"
    workbook.save(path)
    assert path.stat().st_size < MAX_BYTES
    tracemalloc.start()
    started = time.perf_counter()
    try:
        (problem,) = problems_of(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - started
    assert "more than 10,000 rows" in problem.message
    print(
        f"200,000-row xlsx ({path.stat().st_size:,} bytes): refused in {elapsed:.2f} s, "
        f"Python peak {peak / 2**20:.1f} MiB"
    )
    assert peak < 60 * 2**20 and elapsed < 30


def test_blank_formatted_rows_below_the_list_are_not_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Organization"], ["Migrant Forum in Asia"]]
    path = write_xlsx(tmp_path, rows)
    workbook = openpyxl.load_workbook(path)
    workbook.active["A500"].number_format = "0.00"  # formatting far below: an empty row
    workbook.active["A500"] = None
    workbook.save(path)
    assert read_sheet(path, max_rows=10).rows == [MemberRow(2, "Migrant Forum in Asia")]
