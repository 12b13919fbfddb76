"""The one CSV writer of every CSV answer (lists with format=csv, nodes.csv, edges.csv) and the
readable columns evidence becomes in a spreadsheet.

Every cell a spreadsheet program would read as a formula is neutralized here (OWASP's rule for
CSV injection): text that starts with =, +, -, @, a tab or a carriage return gets a leading
single quote, which the spreadsheet shows as text and does not evaluate."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# Spreadsheet programs read a CSV as UTF-8 only when it starts with a byte order mark; without
# it Excel shows "MigraciÃ³n". pandas and Python's utf-8-sig read it as well.
BOM = "\ufeff"
EVIDENCE_COLUMNS = ("count", "first_quote", "document_title", "source_url")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet will not evaluate: text starting like a formula gets a leading '.
    Numbers stay numbers (a negative number is no formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    """CSV text with a BOM, a header of `columns`, one line per row (missing cells empty)."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    names = list(columns)
    writer.writerow([safe_cell(name) for name in names])
    for row in rows:
        writer.writerow([safe_cell(row.get(name, "")) for name in names])
    return out.getvalue()


def evidence_cells(
    evidence: Sequence[Mapping[str, Any]], prefix: str = "evidence"
) -> dict[str, Any]:
    """A link's evidence as four readable cells: how many sources, the first quote, the first
    document's title and the first source URL (the JSON answer has the full list)."""

    def first(key: str) -> Any:
        return next((e[key] for e in evidence if e.get(key)), "")

    cells = (len(evidence), first("quote"), first("document_title"), first("source_url"))
    return {f"{prefix}_{name}": value for name, value in zip(EVIDENCE_COLUMNS, cells, strict=True)}
