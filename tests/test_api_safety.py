"""Nothing leaked: a private person is in no answer without the token, and no CSV cell is a
formula. On the real Neo4j: the reference data plus a private person tied to an organization, an
event, a statement, a position and a document's text, and an organization whose name is a
spreadsheet formula."""

from __future__ import annotations

import csv
import io
import itertools
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl  # type: ignore[import-untyped]
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from typer.testing import CliRunner

from api.app import create_app
from api.cli.main import app as cli_app
from graph.settings import Settings
from graph.tables import FORMULA_STARTS, safe_cell, write_csv
from ingest.records import ClaimRecord, Evidence, NodeRecord
from ingest.writer import LoadSummary, write

TOKEN = "safety-token-0123456789abcdef"
PERSON = "zz-private-person"
NAME = "Zelda Quixotewright"
ALIAS = "Quixotewright Z."
TRACES = (PERSON, NAME.lower(), ALIAS.lower(), "quixotewright")
ORG, EVENT, STATEMENT = "alianza-americas", "marrakech-conference-2018", "a-70-976"
POSITION, COALITION = "end-immigration-detention", "gcm-coalition"
FORMULA_ORG = "formula-org"
FORMULA_NAME = '=HYPERLINK("http://evil.example/","click")'


def _claim(predicate: str, obj: str, props: dict[str, Any], **evidence: Any) -> ClaimRecord:
    key = {"role": props["role"]} if "role" in props else {}
    return ClaimRecord(
        predicate,
        PERSON if predicate != "MEMBER_OF" else FORMULA_ORG,
        obj,
        props,
        Evidence(method="curated", source_ref="private.csv#row=2", confidence=0.9, **evidence),
        key_props=key,
    )


@pytest.fixture(scope="module")
def private_graph(
    reference_graph: LoadSummary, session_driver: Driver, graph_settings: Settings
) -> Iterator[list[str]]:
    """The private person's claims (their ids must not show either)."""
    database = graph_settings.neo4j_database
    (doc,) = session_driver.execute_query(
        "MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d.id AS id, d.text AS text "
        "ORDER BY d.id LIMIT 1",
        database_=database,
    ).records
    quote = doc["text"][0:20]
    nodes = [
        NodeRecord(PERSON, ("Person",), {"name": NAME, "aliases": [ALIAS], "private": True}),
        NodeRecord(FORMULA_ORG, ("Organization",), {"name": FORMULA_NAME, "country": "@SUM(1)"}),
    ]
    claims = [
        _claim("AFFILIATED_WITH", ORG, {"role": "coordinator", "since": "2015"}),
        _claim("SPOKE_AT", EVENT, {"role": "speaker"}),
        _claim("SIGNED", STATEMENT, {"date": "2016-09-19"}),
        _claim("ADVOCATES", POSITION, {"stance": "for"}),
        _claim(
            "PARTICIPATED_IN",
            EVENT,
            {},
            document_id=doc["id"],
            quote=quote,
            start=0,
            end=20,
        ),
        _claim("MEMBER_OF", COALITION, {"role": "+member", "since": "2019"}, quote="@SUM(1+1)"),
    ]
    write(session_driver, database, nodes, claims)
    yield [c.id for c in claims if c.subject_id == PERSON]


@pytest.fixture(scope="module")
def safety_client(private_graph: list[str], graph_settings: Settings) -> Iterator[TestClient]:
    settings = graph_settings.model_copy(update={"api_token": TOKEN})
    with TestClient(create_app(settings)) as test_client:
        yield test_client


# Values for every parameter a read endpoint has: the private person and what it is tied to.
PATH_VALUES = {
    "id": [PERSON, ORG, EVENT, STATEMENT, POSITION, COALITION],
    "name": ["nodes.csv", "edges.csv", "graph.graphml", "graph.gexf"],
}
QUERY_VALUES: dict[str, list[str]] = {
    "q": [NAME, "Quixotewright", PERSON],
    "name": [NAME, ALIAS, PERSON],
    "type": ["Person"],
    "member_of": [ORG],
    "for": [PERSON, ORG],
    "position": [POSITION],
    "issue": ["detention"],
    "side": ["all", "allies", "opponents"],
    "from": [PERSON, ORG],
    "to": [EVENT, PERSON],
    "a": [PERSON, ORG],
    "b": [ORG, EVENT, STATEMENT],
    "around": [PERSON, ORG, EVENT],
    "hops": ["2"],
    "max_hops": ["4"],
    "coalition": [COALITION],
    "process": ["gcm-compact"],
    "format": ["json", "csv"],
    "limit": ["500"],
    "per_type": ["500"],
}


def _requests(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    """Every read operation with each of its parameters' values in turn (the others at their
    first value)."""
    for path, operations in schema["paths"].items():
        op = operations.get("get")
        if op is None or "writes (token)" in op.get("tags", []):
            continue
        params = op.get("parameters", [])
        path_names = [p["name"] for p in params if p["in"] == "path"]
        query = {
            p["name"]: QUERY_VALUES[p["name"]]
            for p in params
            if p["in"] == "query" and p["name"] in QUERY_VALUES
        }
        for path_values in itertools.product(*(PATH_VALUES[n] for n in path_names)):
            url = path
            for name, value in zip(path_names, path_values, strict=True):
                url = url.replace("{" + name + "}", value)
            base = {name: values[0] for name, values in query.items()}
            yield url, base
            for name, values in query.items():
                for value in values[1:]:
                    yield url, {**base, name: value}


def test_no_read_endpoint_shows_a_private_person_without_the_token(
    safety_client: TestClient, private_graph: list[str]
) -> None:
    schema = safety_client.get("/openapi.json").json()
    seen: set[str] = set()
    statuses: dict[int, int] = {}
    for url, params in _requests(schema):
        seen.add(url.split("/")[1])
        for extra in ({}, {"include_private": "false"}):
            response = safety_client.get(url, params={**params, **extra})
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            assert response.status_code < 500, (url, params, response.text[:300])
            text = response.content.decode("utf-8", "replace").lower()
            # what the request itself said may come back ("No entity with id '...'", the
            # name typed in a form): an echo, not a trace; anything else about them is
            for asked in [*url.split("/"), *params.values()]:
                text = text.replace(asked.lower(), "") if asked else text
            for trace in (*TRACES, *private_graph):
                assert trace.lower() not in text, (url, params, trace)
    # every family of read endpoints was walked
    assert {"entities", "coalitions", "documents", "organizations", "processes"} <= seen
    assert {"resolutions", "partners", "paths", "interlocks", "events", "export"} <= seen
    assert {"explore", "health"} <= seen
    assert statuses.get(200, 0) > 100, statuses


def test_the_token_and_include_private_show_the_person(safety_client: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    asked = {"include_private": "true"}
    refused = safety_client.get(f"/entities/{PERSON}", params=asked)
    assert refused.status_code == 401 and "token" in refused.json()["detail"]
    wrong = safety_client.get(
        "/entities", params={"q": NAME, **asked}, headers={"Authorization": "Bearer nope"}
    )
    assert wrong.status_code == 401
    assert safety_client.get(f"/entities/{PERSON}").status_code == 404
    entity = safety_client.get(f"/entities/{PERSON}", params=asked, headers=auth)
    assert entity.status_code == 200 and entity.json()["name"] == NAME
    assert set(entity.json()["relationships"]) >= {"AFFILIATED_WITH", "SPOKE_AT", "SIGNED"}
    hits = safety_client.get("/entities", params={"q": NAME, **asked}, headers=auth).json()
    assert hits["items"][0]["id"] == PERSON
    event = safety_client.get(f"/events/{EVENT}", params=asked, headers=auth).json()
    assert PERSON in {s["person"]["id"] for s in event["speakers"]}
    nodes = safety_client.get(
        "/export/nodes.csv", params={"around": ORG, **asked}, headers=auth
    ).text
    assert PERSON in nodes
    # the token alone is not a request for private people
    assert NAME not in safety_client.get(f"/entities/{ORG}", headers=auth).text


def test_the_command_line_shows_the_person_only_with_include_private(
    private_graph: list[str], cli_env: None
) -> None:
    runner = CliRunner()
    hidden = runner.invoke(cli_app, ["ask", "search", NAME, "--json"])
    assert hidden.exit_code == 0, hidden.output
    assert NAME not in hidden.output and PERSON not in hidden.output
    # a path from the hidden person answers as one from an id the graph does not hold
    path = runner.invoke(cli_app, ["ask", "path", PERSON, ORG])
    unknown = runner.invoke(cli_app, ["ask", "path", "zz-nobody", ORG])
    assert path.exit_code == unknown.exit_code == 1 and NAME not in path.output
    assert path.output == unknown.output.replace("zz-nobody", PERSON)
    shown = runner.invoke(cli_app, ["ask", "--include-private", "search", NAME, "--json"])
    assert shown.exit_code == 0, shown.output
    assert PERSON in shown.output


def test_the_review_queue_lists_a_private_person_only_when_asked(
    private_graph: list[str],
    session_driver: Driver,
    graph_settings: Settings,
    cli_env: None,
) -> None:
    """A proposed claim naming the private person waits in the queue: the curator (token, or
    the command line) sees it only with include_private."""
    database = graph_settings.neo4j_database
    proposed = ClaimRecord(
        "AFFILIATED_WITH",
        PERSON,
        COALITION,
        {"role": "member"},
        Evidence(method="extracted", source_ref="private.txt", confidence=0.3),
        key_props={"role": "member"},
        status="proposed",
    )
    write(session_driver, database, [], [proposed])
    settings = graph_settings.model_copy(update={"api_token": TOKEN, "writes_enabled": True})
    auth = {"Authorization": f"Bearer {TOKEN}"}
    try:
        with TestClient(create_app(settings)) as client:
            hidden = client.get("/review", params={"limit": "500"}, headers=auth)
            shown = client.get(
                "/review", params={"limit": "500", "include_private": "true"}, headers=auth
            )
        assert hidden.status_code == 200 and shown.status_code == 200, hidden.text
        assert proposed.id in shown.text and NAME in shown.text
        assert proposed.id not in hidden.text and NAME not in hidden.text
        assert shown.json()["total_claims"] == hidden.json()["total_claims"] + 1
        runner = CliRunner()
        listed = runner.invoke(cli_app, ["review", "list", "--limit", "500"])
        assert listed.exit_code == 0, listed.output
        assert "Quixotewright" not in listed.output and proposed.id not in listed.output
        private = runner.invoke(cli_app, ["review", "list", "--limit", "500", "--include-private"])
        assert private.exit_code == 0 and "Quixotewright" in private.output, private.output
        # one item by its id: the claim and the person answer as ids the graph does not hold
        unknown = runner.invoke(cli_app, ["review", "show", "zz-no-such-id"])
        assert unknown.exit_code != 0
        for item in (proposed.id, PERSON):
            asked = runner.invoke(cli_app, ["review", "show", item])
            assert asked.exit_code == unknown.exit_code, asked.output
            assert "Quixotewright" not in asked.output and "neither a claim nor an entity" in (
                " ".join(asked.output.split())
            )
            allowed = runner.invoke(cli_app, ["review", "show", item, "--include-private"])
            assert allowed.exit_code == 0 and "Quixotewright" in allowed.output, allowed.output
        # the coalition it names is shown, without the claim that names the private person
        coalition = runner.invoke(cli_app, ["review", "show", COALITION])
        assert coalition.exit_code == 0, coalition.output
        assert proposed.id not in coalition.output and PERSON not in coalition.output
        shown_all = runner.invoke(cli_app, ["review", "show", COALITION, "--include-private"])
        assert proposed.id in shown_all.output
    finally:
        session_driver.execute_query(
            "MATCH (c:Claim {id: $id}) DETACH DELETE c", id=proposed.id, database_=database
        )


# --- CSV cells a spreadsheet would run as formulas ------------------------------------------


def _cells(response: Any) -> list[list[str]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/export/nodes.csv", {"coalition": COALITION}),
        ("/export/edges.csv", {"coalition": COALITION}),
        (f"/coalitions/{COALITION}/members", {"format": "csv", "limit": "500"}),
        ("/entities", {"q": "HYPERLINK", "format": "csv"}),
        (f"/entities/{FORMULA_ORG}/timeline", {"format": "csv"}),
    ],
)
def test_no_csv_cell_is_a_formula(
    safety_client: TestClient, url: str, params: dict[str, str]
) -> None:
    rows = _cells(safety_client.get(url, params=params))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    neutralized = [c for c in cells if c.startswith("'") and c[1:].startswith(FORMULA_STARTS)]
    assert neutralized  # kept, with its quote


def test_formula_cells_are_neutralized_by_the_one_writer() -> None:
    for value in ("=1+2", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(value) == "'" + value
    for value in ("plain", "a=b", "", "Migración", "'quoted"):
        assert safe_cell(value) == value
    assert safe_cell(-3) == -3 and safe_cell(2.5) == 2.5 and safe_cell(None) is None
    text = write_csv(["=header", "b"], [{"=header": "=cmd|' /C calc'!A0", "b": -1}])
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows == [["'=header", "b"], ["'=cmd|' /C calc'!A0", "-1"]]


def test_graph_tables_holds_the_only_csv_writer() -> None:
    """Every CSV answer (lists, nodes.csv, edges.csv, the command line's export) goes through
    graph.tables.write_csv: no other module writes CSV, so none skips the BOM or the
    neutralization. (The extraction engine, ingest/extract, answers no request.)"""
    root = Path(__file__).resolve().parent.parent
    writers = []
    for folder in ("api", "graph", "ingest", "visualizations"):
        for path in (root / folder).rglob("*.py"):
            name = path.relative_to(root).as_posix()
            text = path.read_text(encoding="utf-8")
            if not name.startswith("ingest/extract/") and (
                "csv.writer(" in text or "csv.DictWriter(" in text
            ):
                writers.append(name)
    assert writers == ["graph/tables.py"]


def test_edges_csv_keeps_its_sources_and_quotes_columns(safety_client: TestClient) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                safety_client.get(
                    "/export/edges.csv", params={"coalition": COALITION}
                ).content.decode("utf-8-sig")
            )
        )
    )
    assert rows and {"sources", "quotes", "evidence_count", "evidence_first_quote"} <= set(rows[0])
    assert all(r["sources"] for r in rows)  # every edge says where it comes from
    assert any(r["quotes"] for r in rows)


# --- bounded integers -------------------------------------------------------------------------


def test_every_integer_parameter_is_bounded_and_answers_422_past_its_bounds(
    safety_client: TestClient,
) -> None:
    schema = safety_client.get("/openapi.json").json()
    checked = 0
    for path, operations in schema["paths"].items():
        op = operations.get("get")
        if op is None or "writes (token)" in op.get("tags", []):  # those answer 403 first
            continue
        url = path.replace("{id}", COALITION).replace("{name}", "nodes.csv")
        required = {
            p["name"]: {"from": ORG, "to": EVENT, "a": ORG, "b": COALITION, "name": NAME}.get(
                p["name"], "x"
            )
            for p in op.get("parameters", [])
            if p.get("required") and p["in"] == "query"
        }
        for param in op.get("parameters", []):
            if param["in"] != "query" or param["schema"].get("type") != "integer":
                continue
            bounds = param["schema"]
            assert "minimum" in bounds and "maximum" in bounds, (path, param["name"])
            for value in (bounds["maximum"] + 1, bounds["minimum"] - 1, 2**31 - 1, 2**63, 2**70):
                response = safety_client.get(url, params={**required, param["name"]: value})
                assert response.status_code == 422, (path, param["name"], value, response.text)
                (error,) = response.json()["detail"]
                assert error["loc"] == ["query", param["name"]]
                checked += 1
    assert checked >= 5 * 20, checked  # limit, offset, per_type, hops, max_hops on every list


# --- the same CSV opened by LibreOffice ---------------------------------------------------------

# LibreOffice Calc opens a .csv through its Text Import dialog, which preselects the character
# set from the file's first bytes: a UTF-8 BOM preselects UTF-8 (sc/source/ui/dbgui/
# scuiasciiopt.cxx). Headless there is no dialog, and LibreOffice 7.4 (Debian's) reads a CSV
# opened without filter options as Windows-1252, BOM or not (sc/source/ui/docshell/docsh.cxx).
# So each file is opened as the dialog would open it when the BOM decides: UTF-8 (76) after a
# BOM, else Windows-1252 (1), LibreOffice's default; comma, double quote, data from line 1. A
# CSV without its BOM comes back as 'MigraciÃ³n' and fails. Formulas are evaluated
# (LibreOffice's default), so a cell is text only because of what the writer did to it.
UTF8_BOM = b"\xef\xbb\xbf"


def _import_options(csv_file: Path) -> str:
    charset = 76 if csv_file.read_bytes().startswith(UTF8_BOM) else 1
    return f"CSV:44,34,{charset},1"


def _libreoffice_cells(csv_files: list[Path], workdir: Path) -> list[list[list[Any]]]:
    """The cells of each CSV file as LibreOffice (headless, one start per character set) reads
    them: converted to .xlsx and read back with openpyxl, a formula as ("formula", its text),
    any other cell as (openpyxl's type, value)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail(
            "LibreOffice is not installed: .ci/run installs Debian's libreoffice-calc-nogui"
        )
    out = workdir / "out"
    by_options: dict[str, list[Path]] = {}
    for csv_file in csv_files:
        by_options.setdefault(_import_options(csv_file), []).append(csv_file)
    for options, group in by_options.items():
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
                "--headless",
                "--norestore",
                f"--infilter={options}",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(out),
                *map(str, group),
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
    sheets = []
    for csv_file in csv_files:
        converted = out / (csv_file.stem + ".xlsx")
        assert converted.exists(), f"LibreOffice wrote no {converted.name}"
        sheet = openpyxl.load_workbook(converted).active
        assert sheet is not None
        sheets.append(
            [
                [
                    ("formula" if cell.data_type == "f" else cell.data_type, cell.value)
                    for cell in row
                ]
                for row in sheet.iter_rows()
            ]
        )
    return sheets


def _as_written(cell: tuple[str, Any]) -> str:
    """A LibreOffice cell back as the CSV text it came from (numbers as CSV writes them)."""
    kind, value = cell
    if value is None:
        return ""
    if kind == "n" and float(value).is_integer():
        return str(int(value))
    return str(value)


def test_libreoffice_opens_the_csv_as_text_with_no_formula(
    safety_client: TestClient, tmp_path: Path
) -> None:
    """CSV answers opened in LibreOffice Calc with the character set its import dialog
    preselects (the members of the coalition holding the formula organization, its edges.csv,
    and WIMN's members, some with accents): every cell reads as the CSV has it (accents too:
    the BOM selects UTF-8), no cell is a formula, and the formula name shows as text with its
    quote. The same formulas written without neutralization become live formulas, and the
    same accents without the BOM come back garbled, in the same LibreOffice: the check can
    fail."""
    answers = {
        "members": (f"/coalitions/{COALITION}/members", {"format": "csv", "limit": "500"}),
        "edges": ("/export/edges.csv", {"coalition": COALITION}),
        "wimn": ("/coalitions/wimn/members", {"format": "csv", "limit": "500"}),
    }
    written: list[list[list[str]]] = []
    files: list[Path] = []
    for name, (url, params) in answers.items():
        response = safety_client.get(url, params=params)
        written.append(_cells(response))
        files.append(tmp_path / f"{name}.csv")
        files[-1].write_bytes(response.content)
    raw = tmp_path / "raw.csv"
    raw.write_text("name,n\n" + '"=1+2",1\n' + '"' + FORMULA_NAME.replace('"', '""') + '",2\n')
    no_bom = tmp_path / "no-bom.csv"  # WIMN's members as they would be without the BOM
    no_bom.write_bytes(files[-1].read_bytes().removeprefix(UTF8_BOM))
    *sheets, raw_sheet, no_bom_sheet = _libreoffice_cells([*files, raw, no_bom], tmp_path)

    for rows, cells, name in zip(written, sheets, answers, strict=True):
        assert [[_as_written(c) for c in row] for row in cells] == rows, name
    seen = [c for cells in sheets for row in cells for c in row]
    assert not [c for c in seen if c[0] == "formula"]
    assert ("s", "'" + FORMULA_NAME) in seen  # the name, as text with its quote
    assert ("s", "'+member") in seen and ("s", "'@SUM(1+1)") in seen  # a role, a quote
    assert ("s", "Bloque Latinoamericano sobre Migración") in seen  # UTF-8, not 'MigraciÃ³n'
    # Without the BOM the same bytes are not read as UTF-8: the BOM is what makes them right.
    assert ("s", "Bloque Latinoamericano sobre MigraciÃ³n") in [c for r in no_bom_sheet for c in r]
    assert [raw_sheet[1][0][0], raw_sheet[2][0][0]] == ["formula", "formula"]
