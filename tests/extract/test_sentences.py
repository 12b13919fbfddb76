"""The held-out sentences of tests/extract/sentences/ (bench/sentence_score.py): for each case,
every expected relation is extracted with the properties it states, and no forbidden one is.

They fail until the syntax-aware engine of issue 11 lands: the marker `sentences` keeps them out
of the default run (pyproject.toml's addopts); run them with `pytest -m sentences`."""

from __future__ import annotations

import pytest

from bench.sentence_score import Case, load_cases, run_case
from ingest.extract.gazetteer import Gazetteer

pytestmark = pytest.mark.sentences

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sentence(case: Case, gz: Gazetteer) -> None:
    result = run_case(case, gz)
    problems = (
        [f"missing {w.label()}" for w in result.missing]
        + [f"properties of {w.label()}: predicted {got}" for w, got in result.wrong_props]
        + [f"must not be extracted: {w.label()}" for w in result.hits]
    )
    assert not problems, "\n".join([case.text, *problems, *result.predicted])
