"""Precision and recall per relation type of the offline extractor on the hand-written gold of
the seed documents and of corpus/more. Run: .venv/bin/python bench/extract_score.py [-v]"""

from __future__ import annotations

import sys
from pathlib import Path

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer, reference_gazetteer
from ingest.extract.score import Report, load_gold, predicted, score

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GOLD = ROOT / "tests" / "extract"


def read(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def run(gold_file: Path, gazetteer: Gazetteer) -> Report:
    report = Report()
    for doc in load_gold(gold_file):
        text = read(DATA / "corpus" / doc["file"])
        extraction = extract_relations(
            text, gazetteer, document_date=doc.get("document_date"),
            context_document=doc.get("document"),
        )  # fmt: skip
        score(doc["relations"], predicted(extraction), report)
    return report


def main(verbose: bool = False) -> None:
    gazetteer = reference_gazetteer(DATA)
    for name in ("gold_seeds.yaml", "gold_more.yaml"):
        report = run(GOLD / name, gazetteer)
        print(f"== {name}")
        print(report.table())
        if verbose:
            for rel in report.misses:
                print("  miss ", rel.type, rel.sources, "->", rel.targets, dict(rel.props))
            for rel in report.wrong:
                print("  wrong", rel.type, rel.sources, "->", rel.targets, dict(rel.props))


if __name__ == "__main__":
    main("-v" in sys.argv)
