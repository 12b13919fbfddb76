"""One example answer per read endpoint, for /docs: real answers on the sample data.

REQUESTS names the request each example answers (on the shipped data of data/reference and
data/corpus, loaded by `coalition-graph load`); api/example_answers.py holds the answers, trimmed
for the page (lists cut to their first items, long texts left out: every value kept is the real
one). tests/test_api_examples.py checks every example against the app on the real Neo4j, and
rewrites api/example_answers.py when run with COALITION_GRAPH_WRITE_EXAMPLES=1.
"""

from __future__ import annotations

from typing import Any

from api.errors import NOT_FOUND
from api.example_answers import ANSWERS

# operation path -> the request its example answers
REQUESTS: dict[str, str] = {
    "/health": "/health",
    "/entities": "/entities?q=GCM&limit=2",
    "/entities/{id}": "/entities/usa?per_type=1",
    "/entities/{id}/timeline": "/entities/alianza-americas/timeline?limit=2",
    "/coalitions/{id}/members": "/coalitions/gcm-coalition/members?as_of=2018-12-10&limit=2",
    "/documents": "/documents?limit=2",
    "/documents/{id}": "/documents/alianza-statement-gcm-2017?highlight=884-969",
    "/documents/{id}/endorsers": "/documents/doc-06-joint-ngo-statement-hrc39-en/endorsers?limit=2",
    "/organizations/{id}/endorsements": "/organizations/alianza-americas/endorsements?limit=2",
    "/processes/{id}/withdrawals": "/processes/gcm-compact/withdrawals?limit=2",
    "/resolutions/{id}/votes": "/resolutions/a-res-73-195/votes",
    "/partners": "/partners?for=alianza-americas&limit=1",
    "/paths": "/paths?from=gcm-coalition&to=hun&limit=1",
    "/interlocks": "/interlocks?a=gcm-coalition&b=wimn",
    "/events/{id}": "/events/marrakech-conference-2018",
}
# the lists that also answer as a spreadsheet (?format=csv)
CSV_PATHS = {
    "/entities",
    "/entities/{id}/timeline",
    "/coalitions/{id}/members",
    "/documents",
    "/documents/{id}/endorsers",
    "/organizations/{id}/endorsements",
    "/processes/{id}/withdrawals",
    "/partners",
    "/paths",
}
NEVER_404 = {"/health", "/documents"}  # no id to miss
MAX_ITEMS = 2  # of every list in an example
MAX_TEXT = 300  # longer texts (a document's whole text) are left out of an example


def trim(value: Any) -> Any:
    """A real answer made short enough for a page: lists cut, long texts left out."""
    if isinstance(value, dict):
        return {
            k: trim(v) for k, v in value.items() if not (isinstance(v, str) and len(v) > MAX_TEXT)
        }
    if isinstance(value, list):
        return [trim(v) for v in value[:MAX_ITEMS]]
    return value


def contained(example: Any, real: Any) -> bool:
    """The example says only what the real answer says: its keys are keys of the answer with
    the same values, its lists are the first items of the answer's lists."""
    if isinstance(example, dict):
        return isinstance(real, dict) and all(
            k in real and contained(v, real[k]) for k, v in example.items()
        )
    if isinstance(example, list):
        return (
            isinstance(real, list)
            and len(example) <= len(real)
            and all(contained(e, r) for e, r in zip(example, real, strict=False))
        )
    return bool(example == real)


def example(path: str) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: its 200 example (and the request it answers), its CSV form
    for a list, its 404 when it reads an id."""
    content: dict[str, Any] = {"application/json": {"example": ANSWERS.get(path, {})}}
    if path in CSV_PATHS:
        content["text/csv"] = {
            "schema": {"type": "string", "description": "UTF-8 with a BOM; one row an item."}
        }
    responses: dict[int | str, dict[str, Any]] = {
        200: {
            "description": f"Successful Response (the example: `GET {REQUESTS[path]}` on the "
            "sample data, lists cut to their first items)"
            + ("; with format=csv, a spreadsheet" if path in CSV_PATHS else ""),
            "content": content,
        }
    }
    if path not in NEVER_404:
        responses.update(NOT_FOUND)
    return responses
