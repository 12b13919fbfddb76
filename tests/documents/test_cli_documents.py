"""`coalition-graph ingest / extract / review / documents / relations / entities` end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from api.cli.main import app
from graph.settings import Settings
from tests.documents.conftest import counts
from tests.documents.helpers import (
    INJECTION,
    NEWS_PAGE,
    SCRIPTS_ONLY_HTML,
    SEEDS,
    pdf_bytes,
    write,
)

runner = CliRunner()
MARKUP = "<script>alert('x')</script> [bold]Ana[/bold]"
GOOD = (
    "Statement of the network\n\n"
    "Alianza Americas sits on the Executive Committee of the Global Coalition on Migration "
    "and currently hosts the Secretariat of this coalition.\n"
)


def contract(path: Path, *extra: str) -> dict[str, Any]:
    result = runner.invoke(app, ["extract", str(path), "--json", *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_extract_json_contract_holds_on_every_seed(path: Path) -> None:
    data = contract(path)
    assert set(data) == {"documents", "text", "entities", "relations", "warnings"}
    with path.open(encoding="utf-8", newline="") as handle:
        assert data["text"] == handle.read()
    text = data["text"]
    for index, doc in enumerate(data["documents"]):
        assert set(doc) == {"id", "known_id", "title", "date", "language", "start", "end"}
        assert doc["id"] == f"document:{index}"
        assert 0 <= doc["start"] < doc["end"] <= len(text)
    ids = {e["id"] if e["id"] is not None else e["name"] for e in data["entities"]}
    ids |= {doc["id"] for doc in data["documents"]}
    for entity in data["entities"]:
        assert set(entity) == {"id", "name", "type", "aliases", "mentions"}
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for relation in data["relations"]:
        assert set(relation) == {
            "type", "source", "target", "properties", "quote", "start", "end", "confidence",
            "method",
        }  # fmt: skip
        assert text[relation["start"] : relation["end"]] == relation["quote"]
        assert relation["source"] in ids and relation["target"] in ids
        assert 0 <= relation["confidence"] <= 1
    if path == NEWS_PAGE:
        assert len(data["documents"]) == 10
        assert all(doc["known_id"] is None for doc in data["documents"])
    else:  # a shipped document: the reference data holds it
        assert data["documents"][0]["known_id"]


def test_extract_output_is_the_same_every_time() -> None:
    path = SEEDS / "002_0b53eb6d3a7c7433.txt"
    first = runner.invoke(app, ["extract", str(path), "--json"])
    second = runner.invoke(app, ["extract", str(path), "--json"])
    assert first.exit_code == 0 and first.stdout == second.stdout


def test_extract_table_and_a_bad_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SEEDS / "001_132d186d895c0496.txt")])
    assert result.exit_code == 0, result.output
    assert "relations" in result.output and "Statement on Global Compact" in result.output
    bad = write(tmp_path / "scan.pdf", pdf_bytes())
    result = runner.invoke(app, ["extract", str(bad), "--json"])
    assert (
        result.exit_code == 1 and "scan.pdf" in result.output and "no text layer" in result.output
    )


@pytest.mark.usefixtures("cli_env")
def test_extract_use_db_follows_merges(
    graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    path = write(tmp_path / "good.txt", GOOD)
    plain = contract(path)
    assert runner.invoke(app, ["ingest", str(path)]).exit_code == 0
    ids = sorted({e["id"] for e in plain["entities"] if e["id"]})
    if len(ids) < 2:
        pytest.skip("the extractor resolved fewer than two entities in the sample")
    keep, other = ids[0], ids[1]
    merged = runner.invoke(app, ["entities", "merge", keep, other])
    assert merged.exit_code == 0, merged.output
    with_db = contract(path, "--use-db")
    assert other not in {e["id"] for e in with_db["entities"]}
    assert contract(path) == plain  # without the database nothing changes
    assert runner.invoke(app, ["entities", "split", keep, other]).exit_code == 0
    assert contract(path, "--use-db")["entities"] == plain["entities"]


@pytest.mark.usefixtures("cli_env")
def test_bad_inputs_are_reported_by_name_and_the_batch_goes_on(
    graph: Driver, graph_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COALITION_GRAPH_MAX_DOCUMENT_BYTES", "1000000")
    existing = write(tmp_path / "existing.txt", GOOD)
    assert runner.invoke(app, ["ingest", str(existing)]).exit_code == 0
    before = counts(graph, graph_settings)

    batch = tmp_path / "batch"
    batch.mkdir()
    bad = {
        "binary.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "binary"),
        "empty.txt": (b"", "is empty"),
        "scan.pdf": (pdf_bytes(), "no text layer"),
        "app.html": (SCRIPTS_ONLY_HTML.encode(), "only scripts"),
    }
    for name, (content, _) in bad.items():
        write(batch / name, content)
    big = batch / "big.txt"
    with big.open("wb") as handle:  # 50 MB of text, refused by the size limit before reading
        handle.write(b"The coalition met again. " * 2_097_152)
    write(batch / "good.txt", GOOD.replace("Statement of the network", "Second statement"))
    latin = (
        "Déclaration commune\n\nLa Coalition mondiale sur les migrations a publié une déclaration."
    )
    write(batch / "latin.txt", latin.encode("cp1252"))
    names = (
        f"Speakers\n\nModerator: {INJECTION}, Global Coalition on Migration\n\n"
        f"Rapporteur: {MARKUP}, Transnational Migrant Platform\n"
    )
    write(batch / "names.txt", names)

    result = runner.invoke(app, ["ingest", str(batch)])
    assert result.exit_code == 1, result.output
    output = " ".join(result.output.split())
    for name, (_, reason) in bad.items():
        assert name in output and reason in output, name
    assert "big.txt" in output and "above the limit of 1,000,000 bytes" in output
    assert "latin.txt" in output and "cp1252" in output  # read, with a warning
    assert "3 file(s) ingested, 5 failed" in output

    after = counts(graph, graph_settings)
    assert after["nodes"] > before["nodes"]  # the good files went in, nothing was wiped
    kept = graph.execute_query(
        "MATCH (d:Document) RETURN d.source_file AS f", database_=graph_settings.neo4j_database
    ).records
    files = {Path(r["f"]).name for r in kept}
    assert {"existing.txt", "good.txt", "latin.txt", "names.txt"} <= files
    assert not files & {*bad, "big.txt"}
    stored = graph.execute_query(
        "MATCH (d:Document) WHERE d.source_file ENDS WITH 'names.txt' RETURN d.text AS text",
        database_=graph_settings.neo4j_database,
    ).records[0]["text"]
    assert INJECTION in stored and MARKUP in stored  # stored as data, never run
    named = graph.execute_query(
        "MATCH (n:Entity) WHERE n.name CONTAINS 'DETACH' OR n.name CONTAINS '<script>' "
        "RETURN n.name AS name",
        database_=graph_settings.neo4j_database,
    ).records
    assert all(r["name"] in names for r in named)  # names kept literally, if taken as names


@pytest.mark.usefixtures("cli_env")
def test_dry_run_and_a_missing_path(
    graph: Driver, graph_settings: Settings, tmp_path: Path
) -> None:
    path = write(tmp_path / "good.txt", GOOD)
    dry = runner.invoke(app, ["ingest", "--dry-run", str(path)])
    assert dry.exit_code == 0 and "dry run" in dry.output
    assert counts(graph, graph_settings)["nodes"] == 0
    # a mistyped path is a usage error: one line naming it, exit code 2, nothing read or written
    result = runner.invoke(app, ["ingest", str(path), str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines() == [
        f"error: no such file or folder: {tmp_path / 'nowhere.txt'} (nothing was read)"
    ]
    assert "good.txt" not in result.stdout
    assert counts(graph, graph_settings)["nodes"] == 0
    typo = runner.invoke(app, ["extract", str(tmp_path / "godo.txt")])
    assert typo.exit_code == 2 and "godo.txt" in typo.stderr and "Traceback" not in typo.output


@pytest.mark.usefixtures("cli_env")
def test_review_and_corrections_from_the_command_line(
    graph: Driver, graph_settings: Settings
) -> None:
    result = runner.invoke(app, ["ingest", str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "003_8e9fd9e8fa2ead2b.txt" in result.output

    listing = runner.invoke(app, ["review", "list", "--limit", "5"])
    assert listing.exit_code == 0 and "wait for review" in listing.output

    claims = graph.execute_query(
        "MATCH (c:Claim {method: 'extracted'}) WHERE c.document_id CONTAINS '-p' "
        "RETURN c.id AS id, c.rel_key AS key, c.document_id AS doc ORDER BY c.id",
        database_=graph_settings.neo4j_database,
    ).records
    first, second = claims[0], claims[1]
    shown = runner.invoke(app, ["review", "show", first["id"]])
    assert shown.exit_code == 0 and "quote" in shown.output
    assert runner.invoke(app, ["review", "reject", first["id"], "--note", "wrong"]).exit_code == 0
    assert runner.invoke(app, ["review", "accept", second["id"]]).exit_code == 0
    retracted = runner.invoke(app, ["relations", "retract", second["key"]])
    assert retracted.exit_code == 0 and "rejected" in retracted.output
    missing = runner.invoke(app, ["review", "accept", "claim-nothing"])
    assert missing.exit_code == 1 and "claim-nothing" in missing.output

    docs = runner.invoke(app, ["documents", "list"])
    assert docs.exit_code == 0 and f"{str(first['doc']).split('-p')[0]}-p1" in docs.output
    base = str(first["doc"]).split("-p")[0]
    removed = runner.invoke(app, ["documents", "remove", base])
    assert removed.exit_code == 0, removed.output
    left = graph.execute_query(
        "MATCH (c:Claim) WHERE c.document_id STARTS WITH $base RETURN count(c) AS n",
        base=base,
        database_=graph_settings.neo4j_database,
    ).records[0]["n"]
    assert left == 0
