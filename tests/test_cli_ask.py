"""`coalition-graph ask` and `export` run the API's query functions: same answers."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from api.cli.main import app
from ingest.writer import LoadSummary

runner = CliRunner()


@pytest.fixture
def cli(reference_graph: LoadSummary, cli_env: None) -> None:
    """The command line on the session's server, holding the shipped data."""


@pytest.mark.usefixtures("cli")
def test_ask_votes_as_json() -> None:
    result = runner.invoke(app, ["ask", "votes", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert sorted(s["id"] for s in body["no"]) == ["cze", "hun", "isr", "pol", "usa"]


@pytest.mark.usefixtures("cli")
def test_ask_members_with_a_partial_date() -> None:
    result = runner.invoke(app, ["ask", "members", "gcm-coalition", "--as-of", "2017", "--json"])
    assert result.exit_code == 0, result.output
    roles = {(m["member"]["id"], m["role"]) for m in json.loads(result.output)}
    assert ("picum", "treasurer") in roles


@pytest.mark.usefixtures("cli")
def test_ask_unknown_is_an_error() -> None:
    result = runner.invoke(app, ["ask", "event", "no-such-event"])
    assert result.exit_code == 1 and "Not found" in result.output


@pytest.mark.usefixtures("cli")
def test_export_gexf_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "gcm.gexf"
    result = runner.invoke(app, ["export", str(out), "--coalition", "gcm-coalition"])
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(out)
    assert "gcm-coalition" in graph and graph.number_of_edges() > 0


@pytest.mark.usefixtures("cli")
def test_ask_pages_like_the_api() -> None:
    whole = runner.invoke(app, ["ask", "withdrawals", "--json"])
    assert whole.exit_code == 0, whole.output
    everything = json.loads(whole.stdout)
    part = runner.invoke(app, ["ask", "withdrawals", "--limit", "3", "--offset", "2", "--json"])
    assert part.exit_code == 0, part.output
    assert json.loads(part.stdout) == everything[2:5]
    assert f"Rows 3-5 of {len(everything)}; --offset 5" in part.stderr


README = Path(__file__).resolve().parent.parent / "README.md"


def readme_ask_commands() -> list[list[str]]:
    """The `coalition-graph ask ...` lines the README shows users."""
    lines = README.read_text(encoding="utf-8").splitlines()
    return [shlex.split(line)[1:] for line in lines if line.startswith("coalition-graph ask ")]


def test_the_readme_shows_ask_commands() -> None:
    assert len(readme_ask_commands()) >= 3


@pytest.mark.usefixtures("cli")
@pytest.mark.parametrize("args", readme_ask_commands(), ids=" ".join)
def test_readme_ask_commands_run(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.strip()
