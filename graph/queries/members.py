"""What a member-sheet import reads: the coalition, its memberships, the names to match against.

Read-only; every value comes in as a parameter. Dates are filtered in Python (graph.dates), so
that partial dates are read the one way the whole project reads them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from neo4j import ManagedTransaction

from graph.model import ENTITY_LABEL


@dataclass(frozen=True)
class Coalition:
    id: str
    name: str
    labels: tuple[str, ...]

    @property
    def is_organization(self) -> bool:
        return "Organization" in self.labels


@dataclass(frozen=True)
class Membership:
    """One MEMBER_OF into the coalition: its role, dates, key and supporting claims."""

    org_id: str
    org_name: str
    role: str | None
    since: str | None
    until: str | None
    key: str  # the relationship key (ingest.records.ClaimRecord.rel_key)
    claim_ids: tuple[str, ...]
    # What the spreadsheet claims behind it assert (their props_json), whatever file they came
    # from: the same row from a renamed file is nothing new.
    sheet_props: tuple[str, ...] = ()

    @property
    def key_props(self) -> dict[str, Any]:
        """The key properties as the claims wrote them (the JSON after the third '|')."""
        parts = self.key.split("|", 3)
        loaded = json.loads(parts[3]) if len(parts) == 4 and parts[3] else {}
        return dict(loaded) if isinstance(loaded, dict) else {}


@dataclass(frozen=True)
class Candidate:
    """An organization a sheet's name may mean, with every name it is known by."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    acronym: str | None = None
    former_names: tuple[str, ...] = ()
    url: str | None = None
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        acronym = (self.acronym,) if self.acronym else ()
        return (self.name, *self.aliases, *acronym, *self.former_names)


def coalition(tx: ManagedTransaction, coalition_id: str) -> Coalition | None:
    """The node of this id, whatever its labels (the caller says why it will not do)."""
    query = f"""
    MATCH (c:{ENTITY_LABEL} {{id: $id}})
    RETURN c.id AS id, c.name AS name, labels(c) AS labels"""
    record = tx.run(query, id=coalition_id).single()
    if record is None:
        return None
    labels = tuple(sorted(str(label) for label in record["labels"] if label != ENTITY_LABEL))
    return Coalition(str(record["id"]), str(record["name"] or record["id"]), labels)


def coalitions(tx: ManagedTransaction) -> list[tuple[str, str]]:
    """(id, name) of every Coalition, for the message that names the ones that exist."""
    query = "MATCH (c:Coalition) RETURN c.id AS id, c.name AS name ORDER BY c.id"
    return [(str(r["id"]), str(r["name"] or r["id"])) for r in tx.run(query)]


def memberships(tx: ManagedTransaction, coalition_id: str) -> list[Membership]:
    """Every MEMBER_OF into the coalition, past and present (as-of filtering is the caller's)."""
    query = f"""
    MATCH (m:{ENTITY_LABEL})-[r:MEMBER_OF]->(:{ENTITY_LABEL} {{id: $id}})
    CALL (r) {{
      UNWIND coalesce(r.claim_ids, []) AS cid
      MATCH (c:Claim {{id: cid}})
      WHERE c.method = 'spreadsheet' AND coalesce(c.review_status, c.status) <> 'rejected'
      RETURN collect(c.props_json) AS sheet_props
    }}
    RETURN m.id AS org_id, coalesce(m.name, m.id) AS org_name, r.role AS role,
           r.since AS since, r.until AS until, r.key AS key, r.claim_ids AS claim_ids,
           sheet_props
    ORDER BY org_id, key"""
    return [
        Membership(
            org_id=str(r["org_id"]),
            org_name=str(r["org_name"]),
            role=_text(r["role"]),
            since=_text(r["since"]),
            until=_text(r["until"]),
            key=str(r["key"] or ""),
            claim_ids=tuple(str(c) for c in r["claim_ids"] or ()),
            sheet_props=tuple(str(p) for p in r["sheet_props"] or ()),
        )
        for r in tx.run(query, id=coalition_id)
    ]


def organization_candidates(tx: ManagedTransaction) -> list[Candidate]:
    """Every confirmed Organization (coalitions included) with its names, url and country.

    Not a candidate an extraction proposed and nobody accepted yet (nor a rejected one), nor an
    entity merged into another: a sheet's name must not land on a guess."""
    query = """
    MATCH (o:Organization)
    WHERE (coalesce(o.candidate, false) = false OR o.status = 'accepted')
      AND o.merged_into IS NULL
    RETURN o.id AS id, coalesce(o.name, o.id) AS name, o.aliases AS aliases,
           o.acronym AS acronym, o.former_names AS former_names, o.url AS url,
           o.country AS country
    ORDER BY id"""
    return [
        Candidate(
            id=str(r["id"]),
            name=str(r["name"]),
            aliases=_texts(r["aliases"]),
            acronym=_text(r["acronym"]),
            former_names=_texts(r["former_names"]),
            url=_text(r["url"]),
            country=_text(r["country"]),
        )
        for r in tx.run(query)
    ]


def _text(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _texts(value: Any) -> tuple[str, ...]:
    # aliases are lists, but a node written by hand may hold a single string
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    return tuple(str(item) for item in items if item)
