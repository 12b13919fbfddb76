"""Shared acronyms read from context, exact offsets over the whole corpus, and the gold targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.score import Report, load_gold, predicted, score
from tests.extract.conftest import DATA, read, rels, run

HERE = Path(__file__).resolve().parent


def _ids(gz: Gazetteer, text: str, surface: str) -> set[str | None]:
    x = run(gz, text)
    return {e.id for e in x.entities for m in e.mentions if m.text == surface}


def test_gcm_coalition_or_compact(gz: Gazetteer) -> None:
    assert _ids(gz, "States will adopt the GCM in Marrakech after the negotiations.", "GCM") == {
        "gcm-compact"
    }
    assert _ids(gz, "The GCM secretariat and its member networks issued a statement.", "GCM") == {
        "gcm-coalition"
    }
    assert _ids(gz, "Jo Doe (PICUM/GCM) spoke.", "GCM") == {"gcm-coalition"}
    defined = "The Global Compact for Migration (GCM) is not binding. Later the GCM was praised."
    assert _ids(gz, defined, "GCM") == {"gcm-compact"}


def test_pga_and_mfa(gz: Gazetteer) -> None:
    assert _ids(gz, "The PGA convened the General Assembly plenary.", "PGA") == set()
    assert _ids(gz, "Migrant networks met at the PGA civil society forum.", "PGA") == {"pga"}
    assert (
        _ids(gz, "The MFA spokesperson of the ministry said the embassy would reply.", "MFA")
        == set()
    )
    assert _ids(gz, "MFA, the migrant network in Asia, joined the civil society call.", "MFA") == {
        "mfa-asia"
    }


def test_near_miss_and_former_names(gz: Gazetteer) -> None:
    x = run(gz, "NALACC and the Alliansa Americas Network met the Coalition on Migration.")
    ids = {e.id for e in x.entities}
    assert "alianza-americas" in ids


@pytest.mark.parametrize("path", sorted((DATA / "corpus").rglob("*.txt")), ids=lambda p: p.name)
def test_offsets_are_exact_everywhere(gz: Gazetteer, path: Path) -> None:
    """text[start:end] == quote for every relation and mention, for the whole text and for a
    span in its middle (offsets index the whole text, never the span); run() checks each."""
    text = read(path)
    whole = run(gz, text, "2018")
    assert whole.entities
    third = len(text) // 3
    middle = run(gz, text, "2018", start=third, end=2 * third)
    assert all(third <= m.start for e in middle.entities for m in e.mentions)


def _report(gz: Gazetteer, name: str) -> Report:
    report = Report()
    for doc in load_gold(HERE / name):
        text = read(DATA / "corpus" / doc["file"])
        x = run(gz, text, doc["document_date"], context_document=doc["document"])
        score(doc["relations"], predicted(x), report)
    return report


def test_seed_gold_targets(gz: Gazetteer) -> None:
    """Issue 11: the seeds keep recall >= 0.9 under the new readers. Precision fell from 0.99
    to 0.78 (the syntax rules read relations the seed gold does not list, some of them right);
    the floor guards against a further fall until the readers are merged into one engine."""
    report = _report(gz, "gold_seeds.yaml")
    total = report.total()
    assert total.gold >= 100, report.table()
    assert total.precision >= 0.75, report.table()
    assert total.recall >= 0.9, report.table()


SPONSORS = {
    "aclu", "afsc", "baji", "cels", "colectivo-pnd-migracion", "drum", "families-for-freedom",
    "mri", "alianza-americas", "nnirr", "ngo-committee-on-migration", "picum", "umw",
}  # fmt: skip


def test_done_means_co_sponsors(gz: Gazetteer) -> None:
    """The 13 co-sponsors of the borders event each get their own CO_SPONSORED link."""
    text = read(DATA / "corpus/seeds/003_8e9fd9e8fa2ead2b.txt")
    x = run(gz, text, "2016-09", context_document="gcm-activities-news-page")
    links = [r for r in x.relations if r.type == "CO_SPONSORED"]
    assert {r.source for r in links if r.target == "gcm-borders-celebration-2014"} == SPONSORS
    assert {r.target for r in links} == {"gcm-borders-celebration-2014"}


def test_done_means_alianza_names_are_one_node(gz: Gazetteer) -> None:
    """ "NALACC", "Allianza Americas" and "Alianza Americas" resolve to one node."""
    surfaces: dict[str, set[str | None]] = {}
    for name in ("000_c713805cc658d601.txt", "001_132d186d895c0496.txt",
                 "003_8e9fd9e8fa2ead2b.txt"):  # fmt: skip
        x = run(gz, read(DATA / "corpus/seeds" / name), "2016")
        for e in x.entities:
            for m in e.mentions:
                surfaces.setdefault(m.text, set()).add(e.id)
    for surface in ("NALACC", "Allianza Americas", "Alianza Americas"):
        assert surfaces.get(surface) == {"alianza-americas"}, surface


def test_done_means_dhaka_roles(gz: Gazetteer) -> None:
    """The PGA Dhaka 2016 moderator, discussion starters and rapporteur get SPOKE_AT with roles."""
    text = read(DATA / "corpus/seeds/004_c0cb27c8421ee572.txt")
    x = run(gz, text, "2016-12", context_document="pga-dhaka-2016-governance-background-paper")
    spoke = {
        (r.source, r.target, r.properties.get("role")) for r in x.relations if r.type == "SPOKE_AT"
    }
    assert spoke == {
        ("monami-maulik", "pga-2016-dhaka", "moderator"),
        ("jille-belisario", "pga-2016-dhaka", "discussion starter"),
        ("michele-levoy", "pga-2016-dhaka", "discussion starter"),
        ("evalyn-tennant", "pga-2016-dhaka", "rapporteur"),
    }


def test_done_means_us_withdrawal(gz: Gazetteer) -> None:
    """The United States' withdrawal in the December 2018 press release, with its quote."""
    text = read(DATA / "corpus/seeds/002_0b53eb6d3a7c7433.txt")
    x = run(gz, text, "2018-12-05", context_document="alianza-press-release-2018-12-05")
    w = [r for r in x.relations if r.type == "WITHDREW_FROM"]
    assert [(r.source, r.target, r.properties["kind"]) for r in w] == [
        ("usa", "gcm-compact", "withdrew")
    ]
    assert "withdrew from the Compact negotiations last year" in w[0].quote
    assert w[0].properties.get("date") == "2017"
    assert text[w[0].start : w[0].end] == w[0].quote


def test_more_gold_is_scored(gz: Gazetteer) -> None:
    report = _report(gz, "gold_more.yaml")
    total = report.total()
    assert total.precision >= 0.9 and total.recall >= 0.8, report.table()
    assert report.model_gaps > 0


def test_offsets_survive_awkward_characters(gz: Gazetteer) -> None:
    """CRLF line ends, non-breaking spaces, characters lower() expands (İ), combining accents
    and characters outside the BMP: quotes and mentions still slice the text exactly."""
    text = (
        "Joint letter on detention 🌍\r\n\r\nSignatories:\u00a0PICUM, İstanbul Göç Derneği "
        "Network, Cafe\u0301 Migrants Network and Migrant Forum in Asia.\r\n"
        "The Hungarian government withdrew from the Global Compact for Migration on Tuesday."
    )
    x = run(gz, text, "2018-07-20", context_document="doc-x")
    assert {s for s, _ in rels(x, "SIGNED")} >= {"picum", "mfa-asia"}
    assert rels(x, "WITHDREW_FROM") == {("hun", "gcm-compact")}
