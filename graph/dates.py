"""Partial dates ("2017", "2017-06", "2017-06-30") and the intervals `as_of` reads.

A partial `since` counts from its first day, a partial `until` to its last day; a missing
`since` is always-before and a missing `until` is ongoing.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_partial(text: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an ISO date, each part after the year optional; None if not one."""
    if not text:
        return None
    match = _PARTIAL.match(text.strip())
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < 1:
        return None  # the calendar has no year 0 (a date of it cannot be made)
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and (month is None or not 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return year, month, day


def is_partial_date(text: str | None) -> bool:
    return parse_partial(text) is not None


DATE_GRAMMAR = "YYYY, YYYY-MM or YYYY-MM-DD"


def why_not_a_date(text: str) -> str | None:
    """None for a real partial date, else what is wrong with it (for the user's error message)."""
    if parse_partial(text) is not None:
        return None
    if not _PARTIAL.match(text.strip()):
        return f"{text!r} is not a date: use {DATE_GRAMMAR}"
    return f"{text!r} is not a real date (no such year, month or day): use {DATE_GRAMMAR}"


def as_of_day(text: str | None) -> date | None:
    """The day an `as_of` asks about (a partial date: its first day); None when not given.
    The one reading of every as_of (API, CLI, queries); ValueError names what is wrong."""
    if text is None or text == "":
        return None
    problem = why_not_a_date(text)
    if problem:
        raise ValueError(problem)
    return first_day(text)


def first_day(text: str | None) -> date | None:
    parts = parse_partial(text)
    if parts is None:
        return None
    year, month, day = parts
    return date(year, month or 1, day or 1)


def last_day(text: str | None) -> date | None:
    parts = parse_partial(text)
    if parts is None:
        return None
    year, month, day = parts
    month = month or 12
    return date(year, month, day or calendar.monthrange(year, month)[1])


def active_on(since: str | None, until: str | None, on: date) -> bool:
    """Whether an interval given by partial dates covers `on`."""
    start, end = first_day(since), last_day(until)
    return (start is None or start <= on) and (end is None or on <= end)
