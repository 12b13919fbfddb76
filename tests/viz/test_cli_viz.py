"""`coalition-graph viz` against the real Neo4j and the shipped data: the file, its ids, the PNG,
the SVG and the PDF."""

from __future__ import annotations

import os
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli.main import app
from api.cli.viz import fetch_subgraph
from graph.queries.subgraph import Filters
from graph.settings import Settings
from tests.viz.conftest import EVIL_NAME, PRIVATE_NAME, artifact, page_json
from visualizations.browser import missing_browser
from visualizations.fold import MORE_PREFIX

runner = CliRunner()


def drawn_and_folded(html: str) -> set[str]:
    data = page_json(html)
    drawn = {n["id"] for n in data["nodes"] if not n["id"].startswith(MORE_PREFIX)}
    folded = {n["id"] for fold in data["folds"].values() for n in fold["nodes"]}
    assert not drawn & folded
    return drawn | folded


@pytest.mark.usefixtures("cli_env", "reference_graph")
@pytest.mark.parametrize(
    ("args", "filters"),
    [
        (["--coalition", "gcm-coalition"], Filters(coalition="gcm-coalition")),
        (["--process", "gcm-compact"], Filters(process="gcm-compact")),
        (["--issue", "detention"], Filters(issue="detention")),
        (
            ["--position", "end-immigration-detention"],
            Filters(position="end-immigration-detention"),
        ),
        (
            ["--around", "alianza-americas", "--hops", "2"],
            Filters(around="alianza-americas", hops=2),
        ),
        (["--coalition", "gcm-coalition", "--as-of", "2012-01-01"], None),
    ],
)
def test_the_page_holds_exactly_the_ids_of_the_selection(
    tmp_path: Path, graph_settings: Settings, args: list[str], filters: Filters | None
) -> None:
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["viz", *args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    filters = filters or Filters(coalition="gcm-coalition", as_of="2012-01-01")
    expected = fetch_subgraph(graph_settings, filters)
    assert expected is not None and expected.nodes
    html = out.read_text(encoding="utf-8")
    assert drawn_and_folded(html) == {n.id for n in expected.nodes}
    assert len(page_json(html)["links"]) == len(expected.edges)


@pytest.mark.usefixtures("cli_env")
def test_private_people_need_the_flag(tmp_path: Path, injected: str) -> None:
    out = tmp_path / "page.html"
    assert runner.invoke(app, ["viz", "--around", "viz-evil", "--out", str(out)]).exit_code == 0
    assert PRIVATE_NAME not in out.read_text(encoding="utf-8")
    args = ["viz", "--around", "viz-evil", "--include-private", "--out", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    assert "viz-private" in page_json(out.read_text(encoding="utf-8"))["details"]


@pytest.mark.usefixtures("cli_env", "reference_graph")
def test_bad_input_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    unknown = runner.invoke(app, ["viz", "--coalition", "no-such-coalition", "--out", str(out)])
    assert unknown.exit_code == 1 and "does not exist" in unknown.output
    assert not out.exists()
    assert runner.invoke(app, ["viz", "--as-of", "2018-02-30", "--out", str(out)]).exit_code == 2
    assert runner.invoke(app, ["viz", "--hops", "9", "--out", str(out)]).exit_code == 2


@pytest.mark.usefixtures("cli_env", "reference_graph")
def test_png_for_slides(tmp_path: Path) -> None:
    reason = missing_browser()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and no browser for the PNG: {reason}", pytrace=False)
        pytest.skip(reason)
    png = artifact("viz-cli-coalition.png")
    png.unlink(missing_ok=True)
    out = tmp_path / "gcm.html"
    args = ["viz", "--coalition", "gcm-coalition", "--out", str(out), "--png", str(png)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.split() == [str(out), str(png)]
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (1920, 1080)
    assert png.stat().st_size > 20_000


SVG = "{http://www.w3.org/2000/svg}"


def needs_browser() -> None:
    reason = missing_browser()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true and no browser for the pictures: {reason}", pytrace=False)
        pytest.skip(reason)


def pdf_pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@pytest.mark.usefixtures("cli_env", "reference_graph")
def test_svg_and_pdf_are_vector_pictures_of_what_the_page_drew(tmp_path: Path) -> None:
    needs_browser()
    out, svg, pdf = tmp_path / "alianza.html", artifact("viz-alianza.svg"), tmp_path / "a.pdf"
    args = ["viz", "--around", "alianza-americas", "--out", str(out), "--svg", str(svg)]
    result = runner.invoke(app, [*args, "--pdf", str(pdf)])
    assert result.exit_code == 0, result.output
    assert result.output.split() == [str(out), str(svg), str(pdf)]
    root = ET.fromstring(svg.read_text(encoding="utf-8"))  # noqa: S314 - our own file
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert root.find(f"{SVG}title") is not None
    assert texts[0] == "Around Alianza Americas"
    assert "Alianza Americas" in texts and "opposes" in texts  # labels, and the stance
    assert "Legend" in texts and any(
        t.startswith("opposes") for t in texts[texts.index("Legend") :]
    )
    graph = root.find(f"{SVG}g")
    assert graph is not None
    shapes = [e for e in graph if e.tag in {f"{SVG}circle", f"{SVG}polygon"}]
    shapes += [e for e in graph.iter(f"{SVG}rect")][1:]  # the first is the background
    assert len(shapes) == len(page_json(out.read_text(encoding="utf-8"))["nodes"])
    lines = list(graph.iter(f"{SVG}polyline"))
    assert len(lines) == len(page_json(out.read_text(encoding="utf-8"))["edges"])
    assert any(line.get("stroke-dasharray") for line in lines)
    head = pdf.read_bytes()
    assert head[:5] == b"%PDF-" and pdf_pages(pdf) == 1
    assert b"/Subtype /Image" not in head  # vector, not a screenshot


@pytest.mark.usefixtures("cli_env")
def test_names_holding_markup_stay_text_in_the_svg(tmp_path: Path, injected: str) -> None:
    needs_browser()
    out, svg = tmp_path / "evil.html", tmp_path / "evil.svg"
    args = ["viz", "--around", "viz-evil", "--out", str(out), "--svg", str(svg)]
    assert runner.invoke(app, args).exit_code == 0
    root = ET.fromstring(svg.read_text(encoding="utf-8"))  # noqa: S314 - well-formed: escaped
    assert not [e for e in root.iter() if e.tag.endswith("script")]
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert any(EVIL_NAME in t or "<script>" in t for t in texts)
