"""Read a member sheet (CSV or XLSX) into checked rows, or say everything that is wrong with it.

Every problem is collected (the row as a spreadsheet shows it, the header being row 1; the column
as the sheet names it) and raised together, so that one round of fixes is enough and nothing is
written from a sheet with any error. Names stay plain text: they reach Cypher only as parameters.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple
from xml.etree import ElementTree

import openpyxl  # type: ignore[import-untyped]
import pandas as pd  # type: ignore[import-untyped]

from graph.dates import first_day, last_day, parse_partial
from ingest.confidence import LABELS, normalise_label

MAX_BYTES = 10 * 1024 * 1024  # a member list is kilobytes; anything this big is the wrong file
# Member rows a sheet may have (COALITION_GRAPH_MAX_SHEET_ROWS; graph.settings): a coalition's
# list is hundreds of rows. Past it the sheet is refused as soon as the row is read: a workbook
# is streamed row by row, never loaded whole, so a small file of a million rows costs neither
# minutes nor gigabytes.
MAX_ROWS = 10_000
MAX_COLUMNS = 64  # cells read per row (the columns a sheet has are a dozen at most)
BLANK_ROWS_PER_ROW = 100  # blank (formatted) rows tolerated per allowed row, then refused
_BLANK: list[str] = []  # one shared list for every blank row: 8 bytes a row
MAX_NAME = 300
DEFAULT_ROLE = "member"
# The roles a sheet's spellings are normalized to (MEMBER_OF.role); one row per role. Any other
# role (GCM's Executive Committee has "At large" seats) is kept as written, with a notice.
MEMBER_ROLES = (
    "member",
    "executive committee",
    "steering committee",
    "president",
    "treasurer",
    "coordinator",
    "chair",
    "secretariat host",
)
# Column -> the header names read as it (compared without case, accents or punctuation).
COLUMNS: dict[str, tuple[str, ...]] = {
    "organization": ("organization", "organisation", "org", "name", "member", "organización"),
    "role": ("role", "rol", "rôle"),
    "since": ("since", "from", "start", "joined", "desde", "depuis"),
    "until": ("until", "to", "end", "left", "hasta"),
    "country": ("country", "país", "pays"),
    "website": ("website", "url", "web", "site web", "sitio web"),
    "source": ("source", "fuente"),
    "confidence": ("confidence", "confianza", "confiance"),
}
ISO_HINT = (
    "write 2017, 2017-06 or 2017-06-30; day/month/year is not read, as 01/06 could be "
    "January or June"
)


class Problem(NamedTuple):
    row: int | None  # None: the file as a whole
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [f"row {self.row}"] if self.row is not None else []
        where += [f"column {self.column!r}"] if self.column else []
        return f"{', '.join(where) or 'file'}: {self.message}"


class SpreadsheetError(ValueError):
    """A sheet that cannot be imported as it is; `problems` lists every reason."""

    def __init__(self, file_name: str, problems: list[Problem]) -> None:
        self.file_name = file_name
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{file_name}: {len(problems)} problem(s), nothing imported:\n{lines}")


@dataclass(frozen=True)
class MemberRow:
    row: int
    organization: str
    role: str = DEFAULT_ROLE
    since: str | None = None
    until: str | None = None
    country: str | None = None
    website: str | None = None
    source: str | None = None
    confidence: float | None = None
    confidence_label: str | None = None


@dataclass(frozen=True)
class Sheet:
    file_name: str
    kind: str  # csv | xlsx
    encoding: str | None  # CSV: the encoding that read it
    rows: list[MemberRow]
    ignored_columns: list[str]
    notices: list[Problem] = field(default_factory=list)  # read, but worth a look


def fold(text: str) -> str:
    """Case-, accent- and punctuation-blind form of a header or a name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


_SYNONYMS = {fold(name): column for column, names in COLUMNS.items() for name in names}


def read_sheet(path: Path, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS) -> Sheet:
    table, kind, encoding = load_table(path, max_bytes, max_rows)
    rows, ignored = check_table(path.name, table)
    return Sheet(path.name, kind, encoding, rows, ignored, role_notices(rows))


def role_notices(rows: list[MemberRow]) -> list[Problem]:
    """A role outside MEMBER_ROLES is kept as written: say so, once per row."""
    return [
        Problem(row.row, "role", f"role {row.role!r} is not one of the usual ones: kept as written")
        for row in rows
        if row.role not in MEMBER_ROLES
    ]


def check_table(file_name: str, table: list[list[str]]) -> tuple[list[MemberRow], list[str]]:
    """Header row + data rows (cells as text) -> member rows, or a SpreadsheetError."""
    header, problems, ignored = table[0], [], []
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        column = _SYNONYMS.get(fold(title))
        if column is None:
            ignored += [title] if title.strip() else []
        elif column in columns:
            twice = f"is a second {column} column (after {header[columns[column]]!r})"
            problems.append(Problem(1, title, twice))
        else:
            columns[column] = index
    if "organization" not in columns:
        found = ", ".join(repr(h) for h in header if h.strip()) or "none"
        names = ", ".join(COLUMNS["organization"])
        message = f"required column missing (read as it: {names}; headers found: {found})"
        problems.append(Problem(1, "organization", message))
    if problems:
        raise SpreadsheetError(file_name, problems)
    titles = {column: header[index] for column, index in columns.items()}
    rows: list[MemberRow] = []
    seen: dict[tuple[str, str], int] = {}
    for number, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank lines between blocks of members
        values = {c: cells[i].strip() if i < len(cells) else "" for c, i in columns.items()}
        found_problems = _check_row(number, values, titles)
        problems += found_problems
        if found_problems:
            continue
        row = _member_row(number, values)
        key = (fold(row.organization), row.role)
        if key in seen:
            repeat = f"repeats row {seen[key]} ({row.organization!r} as {row.role})"
            problems.append(Problem(number, titles["organization"], repeat))
        seen.setdefault(key, number)
        rows.append(row)
    if not rows and not problems:  # an empty list would read as "everyone left"
        problems.append(Problem(None, None, "the sheet has a header but no member rows"))
    if problems:
        raise SpreadsheetError(file_name, problems)
    return rows, ignored


def _role(text: str) -> str:
    """A known role in its usual spelling ("Executive-Committee" -> "executive committee");
    any other as written, spaces tidied ("At large")."""
    known = " ".join(text.casefold().replace("_", " ").replace("-", " ").split()) or DEFAULT_ROLE
    return known if known in MEMBER_ROLES else " ".join(text.split())


def _check_row(number: int, values: dict[str, str], titles: dict[str, str]) -> list[Problem]:
    found: list[tuple[str, str]] = []
    name = values["organization"]
    if not name:
        found.append(("organization", "the organization is empty"))
    elif len(name) > MAX_NAME:
        found.append(("organization", f"the name is longer than {MAX_NAME} characters"))
    if len(values.get("role", "")) > MAX_NAME:
        found.append(("role", f"the role is longer than {MAX_NAME} characters"))
    for column in ("since", "until"):
        text = values.get(column, "")
        if text and parse_partial(text) is None:
            found.append((column, f"{text!r} is not an ISO date: {ISO_HINT}"))
    start, end = first_day(values.get("since")), last_day(values.get("until"))
    if start and end and start > end:
        found.append(("until", f"until {values['until']} is before since {values['since']}"))
    if values.get("confidence") and _confidence(values["confidence"]) is None:
        labels = ", ".join(sorted(LABELS))
        text = values["confidence"]
        found.append(("confidence", f"{text!r} is neither a number in 0..1 nor one of {labels}"))
    return [Problem(number, titles[column], message) for column, message in found]


def _member_row(number: int, values: dict[str, str]) -> MemberRow:
    text = values.get("confidence", "")
    label = text if normalise_label(text) in LABELS else None  # a number needs no label
    return MemberRow(
        row=number,
        organization=" ".join(values["organization"].split()),
        role=_role(values.get("role", "")),
        since=values.get("since") or None,
        until=values.get("until") or None,
        country=values.get("country") or None,
        website=values.get("website") or None,
        source=values.get("source") or None,
        confidence=_confidence(text),
        confidence_label=label,
    )


def _confidence(text: str) -> float | None:
    """A label of the reference data (H, M-H, ...) or a number in 0..1."""
    if not text:
        return None
    if normalise_label(text) in LABELS:
        return LABELS[normalise_label(text)]
    try:
        value = float(text)
    except ValueError:
        return None
    return value if 0 <= value <= 1 else None


# --- the file: size, kind, encoding, then pandas -------------------------------------------


def load_table(
    path: Path, max_bytes: int = MAX_BYTES, max_rows: int = MAX_ROWS
) -> tuple[list[list[str]], str, str | None]:
    """(rows of cell texts, kind, encoding) of a CSV or XLSX file; SpreadsheetError otherwise
    (also past max_rows rows below the header)."""
    fail = partial(_file_error, path.name)
    if not path.is_file():
        raise fail(f"no such file: {path}")
    size = path.stat().st_size
    if size > max_bytes:
        raise fail(f"the file has {size:,} bytes, more than the limit of {max_bytes:,}")
    data = path.read_bytes()
    if not data.strip():
        raise fail("the file is empty")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _xlsx(data, fail, max_rows), "xlsx", None
    if suffix != ".csv":
        raise fail(
            f"{suffix or 'no extension'}: give a .csv or .xlsx file (save .xls and .ods as .xlsx)"
        )
    if data.startswith(b"PK\x03\x04"):
        raise fail("this is a zip file (an Excel workbook?), not CSV text: name it .xlsx")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise fail("this is UTF-16 text ('Unicode Text'): save the sheet as 'CSV UTF-8'")
    if b"\x00" in data[:8192]:
        raise fail("this is a binary file, not CSV text")
    text, encoding = _decode(data)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > len(text[:8192]) // 100:
        raise fail("this is a binary file, not CSV text")
    try:
        frame = _read_csv(text, max_rows)
    except pd.errors.ParserError as exc:
        line = re.search(r"line (\d+), saw (\d+)", str(exc))
        if not line:
            raise fail(f"not readable as CSV: {exc}") from exc
        message = f"has {line[2]} cells, more than the header (a comma in a name needs quotes)"
        raise SpreadsheetError(path.name, [Problem(int(line[1]), None, message)]) from exc
    except pd.errors.EmptyDataError as exc:
        raise fail("the file is empty") from exc
    rows = _rows_of(frame)
    if sum(1 for row in rows if any(cell.strip() for cell in row)) > max_rows + 1:
        raise fail(_too_many(max_rows))
    return rows, "csv", encoding


def _too_many(max_rows: int) -> str:
    return (
        f"the sheet has more than {max_rows:,} rows, the limit (COALITION_GRAPH_MAX_SHEET_ROWS): "
        "is this the member list?"
    )


def _file_error(file_name: str, message: str) -> SpreadsheetError:
    return SpreadsheetError(file_name, [Problem(None, None, message)])


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM) first; Windows-1252, then Latin-1, only if it is not UTF-8."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"  # never fails: every byte is a character


def _read_csv(text: str, max_rows: int = MAX_ROWS) -> Any:
    first = text.lstrip("\r\n").split("\n", 1)[0]
    sep = max((",", ";", "\t"), key=first.count)  # Excel writes ';' where ',' is a decimal mark
    # header=None: the header stays a row, checked as written (pandas would rename repeats).
    return pd.read_csv(
        io.StringIO(text),
        sep=sep,
        header=None,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
        # the header, the rows allowed, one more to tell that there are more; blank lines too
        nrows=(max_rows + 2) * BLANK_ROWS_PER_ROW,
    )


def _xlsx(
    data: bytes, fail: Callable[[str], SpreadsheetError], max_rows: int = MAX_ROWS
) -> list[list[str]]:
    """The first worksheet's rows, streamed (openpyxl's read-only mode): refused as soon as it
    has more than max_rows rows with a value (or a hundred times as many blank ones)."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise fail("this is an old .xls or a password-protected workbook: save it as .xlsx")
    if not data.startswith(b"PK\x03\x04"):
        raise fail("this is not an Excel workbook (.xlsx is a zip file); CSV text needs .csv")
    rows: list[list[str]] = []
    filled = 0
    try:
        if _rows_with_values(data, max_rows + 2) > max_rows + 1:
            raise fail(_too_many(max_rows))
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
                cells = [_cell(value) for value in values]
                if any(cell.strip() for cell in cells):
                    filled += 1
                    rows.append(cells)
                else:
                    rows.append(_BLANK)
                if filled > max_rows + 1 or len(rows) > (max_rows + 2) * BLANK_ROWS_PER_ROW:
                    raise fail(_too_many(max_rows))
        finally:
            workbook.close()
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError) as exc:
        raise fail(f"this workbook cannot be read ({type(exc).__name__}: {exc})") from exc
    while rows and rows[-1] is _BLANK:  # formatting below the last row
        rows.pop()
    if not rows:
        raise fail("the first worksheet is empty")
    return rows


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _rows_with_values(data: bytes, stop: int) -> int:
    """Rows with a value in the first worksheet, counted from its XML as it is unzipped, up to
    `stop`: a workbook of a million rows is refused before openpyxl reads its shared strings
    (all of them, at once, whatever its read-only mode). The standard library's expat (2.4+)
    resolves no external entity and stops entity expansion bombs."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))  # noqa: S314
        first = book.find(f"{_MAIN}sheets/{_MAIN}sheet")
        if first is None:
            return 0
        rel_id = first.get(f"{_DOC_RELS}id")
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))  # noqa: S314
        target = next(
            (
                r.get("Target", "")
                for r in rels.iter(f"{_RELS}Relationship")
                if r.get("Id") == rel_id
            ),
            "",
        )
        name = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        count = 0
        with archive.open(name) as sheet:
            for _, element in ElementTree.iterparse(sheet):  # noqa: S314
                if element.tag == f"{_MAIN}row":
                    if (
                        element.find(f"{_MAIN}c/{_MAIN}v") is not None
                        or element.find(f"{_MAIN}c/{_MAIN}is") is not None
                    ):
                        count += 1
                        if count >= stop:
                            return count
                    element.clear()
        return count


def _cell(value: Any) -> str:
    """A cell as text: Excel dates as ISO dates, whole numbers (a year) without '.0'."""
    if value is None or (isinstance(value, float) and value != value):  # NaN: an empty cell
        return ""
    if isinstance(value, datetime):  # pandas' Timestamp is a datetime too
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows_of(frame: Any) -> list[list[str]]:
    return [[_cell(value) for value in row] for row in frame.itertuples(index=False)]
