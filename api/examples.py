"""One example answer per endpoint, for /docs (shapes of real answers on the sample corpus)."""

from __future__ import annotations

from typing import Any

EVIDENCE = {
    "document_id": None,
    "document_title": None,
    "document_date": None,
    "source_url": "https://www.seattletimes.com/nation-world/un-chief-regrets-us-pullout-from-migration-compact-talks/",
    "quote": None,
    "start": None,
    "end": None,
    "method": "curated",
    "confidence": 0.9,
    "source_ref": "data/reference/gcm_compact_state_actions.csv#row=2",
}
QUOTED = {
    "document_id": "alianza-press-release-2018-12-05",
    "document_title": "As Global Compact on Migration is Adopted in Morocco, ...",
    "document_date": "2018-12-05",
    "source_url": None,
    "quote": "Alianza Americas",
    "start": 1021,
    "end": 1037,
    "method": "curated",
    "confidence": 0.9,
}
USA = {"id": "usa", "name": "United States", "type": "Government", "iso3": "USA"}
ALIANZA = {
    "id": "alianza-americas",
    "name": "Alianza Americas",
    "type": "Organization",
    "iso3": None,
}
GCM = {
    "id": "gcm-coalition",
    "name": "Global Coalition on Migration",
    "type": "Coalition",
    "iso3": None,
}

WIMN = {
    "id": "wimn",
    "name": "Women in Migration Network",
    "type": "Coalition",
    "iso3": None,
}


def page(*items: dict[str, Any]) -> dict[str, Any]:
    return {"items": list(items), "total": len(items), "limit": 50, "offset": 0}


def example(value: Any) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: its 200 example (and CSV where lists allow it)."""
    return {200: {"content": {"application/json": {"example": value}}}}
