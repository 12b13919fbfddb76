"""`coalition-graph ask` and `export` run the API's query functions: same answers."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
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
@pytest.mark.parametrize(
    "args",
    [
        ["ask", "event", "no-such"],
        ["ask", "members", "no-such"],
        ["ask", "votes", "--resolution", "no-such"],
        ["ask", "withdrawals", "--process", "no-such"],
    ],
)
def test_ask_unknown_is_an_error_naming_the_id(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == "Not found: no entity with id 'no-such'."


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


@pytest.mark.usefixtures("cli")
@pytest.mark.parametrize(
    "args",
    [
        ["ask", "members", "gcm-coalition", "--as-of", "2017-13-45"],
        ["ask", "members", "gcm-coalition", "--as-of", "2017-02-30"],
        ["viz", "--as-of", "2018-02-30"],
        ["export", "edges.csv", "--as-of", "2017/01/01"],
        ["import", "members", "sheet.csv", "--coalition", "gcm-coalition", "--as-of", "2017-02-30"],
    ],
)
def test_a_wrong_date_is_one_line_and_exit_code_2(args: list[str], tmp_path: Path) -> None:
    result = runner.invoke(app, [str(tmp_path / a) if a.endswith(".csv") else a for a in args])
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: --as-of: ") and args[-1] in line
    assert "Traceback" not in result.output and not list(tmp_path.iterdir())


@pytest.mark.usefixtures("cli")
def test_partners_without_a_question_is_one_line_and_exit_code_2() -> None:
    result = runner.invoke(app, ["ask", "partners"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: ask partners: give --for, --position or --issue"


@pytest.mark.usefixtures("cli")
def test_ask_path_to_itself_is_an_answer() -> None:
    result = runner.invoke(app, ["ask", "path", "usa", "usa", "--json"])
    assert result.exit_code == 0, result.output
    (only,) = json.loads(result.stdout)
    assert (only["hops"], [n["id"] for n in only["nodes"]]) == (0, ["usa"])


@pytest.mark.usefixtures("cli")
def test_ask_partners_shows_the_stances() -> None:
    result = runner.invoke(app, ["ask", "partners", "--for", "alianza-americas"])
    assert result.exit_code == 0, result.output
    assert "against border-militarization (shared)" in result.stdout
    none = runner.invoke(
        app, ["ask", "partners", "--for", "alianza-americas", "--side", "opponents"]
    )
    assert none.exit_code == 0 and "oscar-chacon" not in none.stdout


@pytest.mark.usefixtures("cli")
def test_ask_search_without_q_browses() -> None:
    result = runner.invoke(app, ["ask", "search", "--type", "Coalition", "--json"])
    assert result.exit_code == 0, result.output
    names = [(h["name"] or h["id"]).lower() for h in json.loads(result.stdout)]
    assert names == sorted(names) and "global coalition on migration" in names
    wrong = runner.invoke(app, ["ask", "search", "--type", "Coalitoin"])
    assert wrong.exit_code == 2 and wrong.stderr.startswith("Error: --type: 'Coalitoin'")


@pytest.mark.usefixtures("cli")
def test_ask_path_draws_the_direction_and_roles() -> None:
    result = runner.invoke(app, ["ask", "path", "alianza-americas", "gcm-coalition", "--json"])
    assert result.exit_code == 0, result.output
    steps = [s for p in json.loads(result.stdout) for s in p["relationships"]]
    assert steps and all(s["direction"] in ("forward", "backward") for s in steps)
    drawn = runner.invoke(app, ["ask", "path", "gcm-coalition", "alianza-americas"])
    assert drawn.exit_code == 0, drawn.output
    assert "gcm-coalition <-MEMBER_OF (" in drawn.stdout  # the member points at the coalition


# click's own usage errors, before any question reaches the graph: no server is needed.
USAGE_TYPOS = [
    (["ask", "interlock", "gcm-coalition", "wimn"], "No such command 'interlock'"),
    (["ask", "members", "gcm-coalition", "--limit", "0"], "Invalid value for '--limit'"),
    (["ask", "members", "gcm-coalition", "--bogus"], "No such option: --bogus"),
    (["ask", "path", "usa"], "Missing argument 'TO_ID'"),
    (["viz", "--hops", "9"], "Invalid value for '--hops'"),
    (["nosuch"], "No such command 'nosuch'"),
]


@pytest.mark.parametrize(("args", "says"), USAGE_TYPOS, ids=lambda v: str(v))
def test_a_usage_typo_is_one_line_and_exit_code_2(args: list[str], says: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: ") and says.lower() in line.lower() and "--help" in line
    assert result.stdout == ""


def test_the_installed_command_prints_a_typo_as_one_line() -> None:
    """The real entry point in its own process (what a person runs), not the test runner."""
    done = subprocess.run(
        [sys.executable, "-m", "api.cli.main", "ask", "members", "gcm-coalition", "--limit", "0"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("Error: Invalid value for '--limit'") and done.stdout == ""
    assert "Traceback" not in done.stderr and "╭" not in done.stderr


@pytest.mark.usefixtures("cli")
@pytest.mark.parametrize(
    "args",
    [
        ["ask", "path", "usa", "nope"],
        ["ask", "path", "nope", "usa"],
        ["ask", "partners", "--for", "nope"],
        ["ask", "interlocks", "gcm-coalition", "nope"],
    ],
)
def test_an_unknown_id_is_named_not_an_empty_table(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == "Not found: no entity with id 'nope'."


@pytest.mark.usefixtures("cli")
def test_ask_interlocks_shows_shared_members_with_both_roles() -> None:
    result = runner.invoke(app, ["ask", "interlocks", "gcm-coalition", "wimn", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    shared = {s["entity"]["id"]: s for s in body["shared_members"]}
    assert {"alianza-americas", "picum", "nnirr"} <= set(shared)
    alianza = shared["alianza-americas"]
    assert alianza["a"] and alianza["b"] and all(t["evidence"] for t in alianza["a"])
    direct = {(link["type"], link["direction"], link["other"]["id"]) for link in body["direct"]}
    assert ("MEMBER_OF", "in", "wimn") in direct  # seen from GCM: WIMN is one of its members
    table = runner.invoke(app, ["ask", "interlocks", "gcm-coalition", "wimn", "--as-of", "2018"])
    assert table.exit_code == 0, table.output
    assert "MEMBER_OF (executive committee, 2017)" in table.stdout  # Alianza's role in GCM
    assert "gcm-coalition <-MEMBER_OF- wimn" in table.stdout
    wrong = runner.invoke(
        app, ["ask", "interlocks", "gcm-coalition", "wimn", "--as-of", "2018-02-30"]
    )
    assert wrong.exit_code == 2 and wrong.stderr.startswith("Error: --as-of: '2018-02-30'")


@pytest.mark.usefixtures("cli")
def test_ask_search_browses_the_members_of_a_coalition_by_name() -> None:
    result = runner.invoke(
        app, ["ask", "search", "--member-of", "wimn", "--limit", "500", "--json"]
    )
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert {"alianza-americas", "picum", "nnirr"} <= {h["id"] for h in hits}
    names = [(h["name"] or h["id"]).lower() for h in hits]
    assert names == sorted(names)
    page = runner.invoke(app, ["ask", "search", "--member-of", "wimn", "--limit", "2", "--json"])
    assert [h["id"] for h in json.loads(page.stdout)] == [h["id"] for h in hits[:2]]
    assert f"Rows 1-2 of {len(hits)}" in page.stderr


@pytest.mark.usefixtures("cli")
@pytest.mark.parametrize("when", ["2017", "2017-06", "2016-02-29"])
def test_every_command_reads_the_one_date_grammar(when: str, tmp_path: Path) -> None:
    """members, interlocks, export and viz all take YYYY, YYYY-MM and YYYY-MM-DD (they once
    read dates three ways: export and viz refused 2017)."""
    commands = [
        ["ask", "members", "gcm-coalition", "--as-of", when, "--json"],
        ["ask", "interlocks", "gcm-coalition", "wimn", "--as-of", when, "--json"],
        ["export", str(tmp_path / "gcm.gexf"), "--coalition", "gcm-coalition", "--as-of", when],
        ["viz", "--coalition", "gcm-coalition", "--as-of", when, "--out", str(tmp_path / "v.html")],
    ]
    for args in commands:
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    assert (tmp_path / "gcm.gexf").stat().st_size > 0 and (tmp_path / "v.html").exists()
