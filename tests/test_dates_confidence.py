"""Partial dates, as-of intervals and the confidence table (pure logic)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.dates import active_on, as_of_day, first_day, is_partial_date, last_day
from ingest.confidence import DEFAULT, confidence_of


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2017", date(2017, 1, 1), date(2017, 12, 31)),
        ("2017-06", date(2017, 6, 1), date(2017, 6, 30)),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
        ("2018-12-19", date(2018, 12, 19), date(2018, 12, 19)),
    ],
)
def test_partial_dates_cover_their_whole_period(text: str, first: date, last: date) -> None:
    assert (first_day(text), last_day(text)) == (first, last)


@pytest.mark.parametrize(
    "text",
    ["", "17", "2017-13", "2017-02-30", "2017/06/01", "June 2017", None, "0000", "0000-01-01"],
)
def test_what_is_not_a_date(text: str | None) -> None:
    assert not is_partial_date(text)
    assert first_day(text) is None
    assert last_day(text) is None


def test_year_zero_is_a_users_error_not_a_crash() -> None:
    # (schemathesis found GET /explore/graph?as_of=0000-... answered by a crash)
    with pytest.raises(ValueError, match="not a real date"):
        as_of_day("0000-01-01")


def test_as_of_reads_partial_and_missing_ends() -> None:
    assert active_on("2017", None, date(2017, 1, 1))  # a partial since: from its first day
    assert not active_on("2017", None, date(2016, 12, 31))
    assert active_on(None, "2015", date(2015, 12, 31))  # a partial until: to its last day
    assert not active_on(None, "2015", date(2016, 1, 1))
    assert active_on(None, None, date(1990, 1, 1))  # no since: always before; no until: ongoing


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("H", 0.9),
        ("M", 0.7),
        ("L", 0.4),
        ("medium-high", 0.8),
        ("M\u2013H", 0.8),
        ("unverified", 0.2),
        ("H (date M: one source)", 0.9),
        ("high", 0.9),
    ],
)
def test_confidence_labels(label: str, value: float) -> None:
    assert confidence_of(label) == value


@pytest.mark.parametrize("label", [None, "", "whatever"])
def test_unknown_labels_get_the_default(label: str | None) -> None:
    assert confidence_of(label) == DEFAULT
