"""Finding entities: full-text + fuzzy search, one entity with its links, its timeline."""

from __future__ import annotations

import re
from typing import Any

from graph.model import load_model
from graph.queries.common import (
    EVIDENCE_CALL,
    MAX_SEARCH_HITS,
    PAGE_OF_ROWS,
    GraphContext,
    clamp_limit,
    page_items,
    read,
    summary,
    visible,
)
from graph.queries.shape import link, public_props, read_page, read_parentless_page
from graph.queries.types import EntityDetail, EntityRef, Link, Page, SearchHit, TimelineEntry

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
MAX_LINKS = 2_000


def lucene_query(text: str) -> str:
    """User text as a safe Lucene query: every term escaped, longer terms also fuzzy.

    Terms are lower-cased (the index's analyzer does the same) so that AND/OR/NOT typed by a
    user are words, not operators.
    """
    terms = [_LUCENE_SPECIAL.sub(r"\\\1", t.lower()) for t in text.split() if t.strip()]
    parts = [f"({t} OR {t}~1)" if len(t) > 4 else t for t in terms[:12]]
    return " AND ".join(parts)


# An exact id, name, acronym, alias or former name (case aside) ranks first: "GCM" is the
# coalition and the compact before any document that mentions it. Then the full-text score.
_EXACT = (
    "toLower(node.id) = $exact OR toLower(node.name) = $exact "
    "OR toLower(coalesce(node.acronym, '')) = $exact "
    "OR any(x IN coalesce(node.aliases, []) + coalesce(node.former_names, []) "
    "WHERE toLower(x) = $exact)"
)
_MEMBER_OF = (
    "($member_of IS NULL OR EXISTS { MATCH (node)-[:MEMBER_OF]->(:Entity {id: $member_of}) })"
)
_HIT = "node {.id, .name, .iso3, .aliases, .former_names, .acronym, labels: labels(node)}"
_SEARCH = (
    "CALL db.index.fulltext.queryNodes($index, $query, {limit: $cap}) YIELD node, score "
    "WHERE ($type IS NULL OR $type IN labels(node)) AND "
    + visible("node")
    + " AND "
    + _MEMBER_OF
    + " WITH node, score, "
    + _EXACT
    + " AS exact ORDER BY exact DESC, score DESC, node.id "
    "WITH collect({n: " + _HIT + ", score: score, exact: exact}) AS rows " + PAGE_OF_ROWS
)
# Browsing (no q): every entity of a kind, by name, a page at a time; private people left out.
_BROWSE_WHERE = (
    "WHERE ($type IS NULL OR $type IN labels(node)) AND " + visible("node") + " AND " + _MEMBER_OF
)
_BROWSE = (
    "CALL () { MATCH (node:Entity) " + _BROWSE_WHERE + " RETURN count(node) AS total } "
    "CALL () { MATCH (node:Entity) " + _BROWSE_WHERE + " "
    "WITH node ORDER BY toLower(coalesce(node.name, node.id)), node.id "
    "SKIP $offset LIMIT $limit RETURN collect({n: " + _HIT + "}) AS items } "
    "RETURN total, items"
)


def _hit(row: dict[str, Any]) -> SearchHit:
    return SearchHit(
        **EntityRef.from_row(row["n"]).model_dump(),
        aliases=row["n"].get("aliases") or [],
        former_names=row["n"].get("former_names") or [],
        acronym=row["n"].get("acronym"),
        score=round(float(row["score"]), 4) if row.get("score") is not None else None,
        exact=bool(row.get("exact")),
    )


async def browse_entities(
    ctx: GraphContext, type_: str | None, member_of: str | None, limit: int, offset: int
) -> Page[SearchHit]:
    """One page of the entities (of a kind, members of a coalition), sorted by name."""
    return await read_parentless_page(
        ctx, _BROWSE, limit, offset, _hit, type=type_, member_of=member_of
    )


async def search_entities(
    ctx: GraphContext,
    q: str,
    type_: str | None,
    limit: int,
    offset: int,
    member_of: str | None = None,
) -> Page[SearchHit]:
    """One page of the best MAX_SEARCH_HITS matches: exact names first, then by score."""
    query = lucene_query(q)
    if not query:
        return Page[SearchHit](items=[], total=0, limit=clamp_limit(limit), offset=max(0, offset))
    return await read_parentless_page(
        ctx,
        _SEARCH,
        limit,
        offset,
        _hit,
        index=load_model().fulltext_index,
        query=query,
        cap=MAX_SEARCH_HITS,
        type=type_,
        exact=q.strip().lower(),
        member_of=member_of,
    )


# One order for an entity's links, ties between two links of one pair included (answers and
# their examples must not change from one run to the next)
_LINK_ORDER = (
    "type(r), CASE WHEN out THEN 1 ELSE 0 END, m.id, coalesce(r.role, ''), "
    "coalesce(toString(r.valid_from), ''), coalesce(r.claim_ids[0], '')"
)
_LINKS = (
    "MATCH (n:Entity {id: $id}) WHERE "
    + visible("n")
    + " CALL (n) { MATCH (n)-[r]-(m:Entity) WHERE "
    + visible("m")
    + " WITH r, m, startNode(r) = n AS out ORDER BY "
    + _LINK_ORDER
    + " LIMIT $cap "
    + EVIDENCE_CALL
    + " RETURN collect({type: type(r), out: out, other: "
    + summary("m")
    + ", props: properties(r), evidence: evidence}) AS links } "
    "RETURN n {.*, labels: labels(n)} AS node, links"
)


async def entity_links(
    ctx: GraphContext, entity_id: str
) -> tuple[dict[str, object], list[Link]] | None:
    rows = await read(ctx, _LINKS, id=entity_id, cap=MAX_LINKS)
    if not rows:
        return None
    return rows[0]["node"], [link(row) for row in rows[0]["links"]]


# The first $per_type links of each type (ordered by type, direction "in" before "out", the other
# end's id) with their evidence, and how many there are of each: a coalition of thousands of
# members answers with its first page of each kind, the list endpoints page through the rest.
_DETAIL = (
    "MATCH (n:Entity {id: $id}) WHERE "
    + visible("n")
    + " OPTIONAL CALL (n) { MATCH (n)-[r]-(m:Entity) WHERE "
    + visible("m")
    + " WITH r, m, startNode(r) = n AS out "
    "ORDER BY " + _LINK_ORDER + " "
    "WITH type(r) AS type, collect({r: r, m: m, out: out}) AS rows "
    "RETURN type, size(rows) AS total, rows[0..$per_type] AS page } "
    "CALL (page) { UNWIND page AS row WITH row.r AS r, row.m AS m, row.out AS out "
    + EVIDENCE_CALL
    + " RETURN collect({type: type(r), out: out, other: "
    + summary("m")
    + ", props: properties(r), evidence: evidence}) AS links } "
    "WITH n, type, total, links ORDER BY type "
    "RETURN n {.*, labels: labels(n)} AS node, "
    "collect(CASE WHEN type IS NULL THEN NULL ELSE {type: type, total: total, links: links} END) "
    "AS groups"
)


async def entity_detail(ctx: GraphContext, entity_id: str, per_type: int) -> EntityDetail | None:
    """The entity, its names, and the first per_type links of each type with their evidence."""
    rows = await read(ctx, _DETAIL, id=entity_id, per_type=clamp_limit(per_type))
    if not rows:
        return None
    node, groups = rows[0]["node"], rows[0]["groups"]
    ref = EntityRef.from_row(node)
    props = public_props(node)
    return EntityDetail(
        **ref.model_dump(),
        aliases=props.pop("aliases", []) or [],
        former_names=props.pop("former_names", []) or [],
        acronym=props.pop("acronym", None),
        properties={k: v for k, v in props.items() if k not in ("labels", "id", "name")},
        relationships={g["type"]: [link(row) for row in g["links"]] for g in groups},
        relationship_totals={g["type"]: g["total"] for g in groups},
    )


# A link's date: its date, else its since, else its valid_from (the first that is set).
_TIMELINE = (
    "MATCH (n:Entity {id: $id}) WHERE "
    + visible("n")
    + " CALL (n) { MATCH (n)-[r]-(m:Entity) WHERE "
    + visible("m")
    + " WITH n, r, m, "
    "[x IN [r.date, r.since, r.valid_from] WHERE x IS NOT NULL AND x <> ''] AS dates "
    "WHERE size(dates) > 0 "
    "WITH n, r, m, toString(dates[0]) AS when ORDER BY when, type(r), m.id "
    "RETURN collect({r: r, m: m, when: when, out: startNode(r) = n}) AS rows } "
    + page_items(
        "row.r AS r, row.m AS m, row.when AS when, row.out AS out",
        "{date: when, type: type(r), out: out, other: "
        + summary("m")
        + ", props: properties(r), evidence: evidence}",
    )
)


def _entry(row: dict[str, Any]) -> TimelineEntry:
    item = link(row)
    return TimelineEntry(
        date=row["date"],
        type=item.type,
        direction=item.direction,
        other=item.other,
        properties=item.properties,
        evidence=item.evidence,
    )


async def timeline(
    ctx: GraphContext, entity_id: str, limit: int, offset: int
) -> Page[TimelineEntry] | None:
    """One page of an entity's dated links, oldest first; None when there is no such entity."""
    return await read_page(ctx, _TIMELINE, limit, offset, _entry, id=entity_id)
