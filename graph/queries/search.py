"""Finding entities: full-text + fuzzy search, one entity with its links, its timeline."""

from __future__ import annotations

import re

from graph.model import load_model
from graph.queries.common import EVIDENCE_CALL, MAX_SEARCH_HITS, GraphContext, read, summary
from graph.queries.shape import link, page, plain, public_props
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


async def search_entities(
    ctx: GraphContext, q: str, type_: str | None, limit: int, offset: int
) -> Page[SearchHit]:
    query = lucene_query(q)
    if not query:
        return Page[SearchHit](items=[], total=0, limit=limit, offset=offset)
    rows = await read(
        ctx,
        "CALL db.index.fulltext.queryNodes($index, $query, {limit: $cap}) YIELD node, score "
        "WHERE $type IS NULL OR $type IN labels(node) "
        "RETURN node {.id, .name, .iso3, .aliases, .former_names, .acronym, "
        "labels: labels(node)} AS n, score ORDER BY score DESC, n.id",
        index=load_model().fulltext_index,
        query=query,
        cap=MAX_SEARCH_HITS,
        type=type_,
    )
    hits = [
        SearchHit(
            **EntityRef.from_row(r["n"]).model_dump(),
            aliases=r["n"].get("aliases") or [],
            former_names=r["n"].get("former_names") or [],
            acronym=r["n"].get("acronym"),
            score=round(float(r["score"]), 4),
        )
        for r in rows
    ]
    return page(hits, limit, offset)


_LINKS = (
    "MATCH (n:Entity {id: $id}) "
    "CALL (n) { MATCH (n)-[r]-(m:Entity) WITH r, m, startNode(r) = n AS out LIMIT $cap "
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


async def entity_detail(ctx: GraphContext, entity_id: str) -> EntityDetail | None:
    found = await entity_links(ctx, entity_id)
    if found is None:
        return None
    node, links = found
    grouped: dict[str, list[Link]] = {}
    for item in sorted(links, key=lambda x: (x.type, x.direction, x.other.id)):
        grouped.setdefault(item.type, []).append(item)
    ref = EntityRef.from_row(node)
    props = public_props(node)
    return EntityDetail(
        **ref.model_dump(),
        aliases=props.pop("aliases", []) or [],
        former_names=props.pop("former_names", []) or [],
        acronym=props.pop("acronym", None),
        properties={k: v for k, v in props.items() if k not in ("labels", "id", "name")},
        relationships=grouped,
    )


async def timeline(ctx: GraphContext, entity_id: str) -> list[TimelineEntry] | None:
    """Dated relationships of an entity, oldest first."""
    found = await entity_links(ctx, entity_id)
    if found is None:
        return None
    entries = []
    for item in found[1]:
        props = item.properties
        when = props.get("date") or props.get("since") or plain(props.get("valid_from"))
        if when:
            entries.append(
                TimelineEntry(
                    date=str(when),
                    type=item.type,
                    direction=item.direction,
                    other=item.other,
                    properties=props,
                    evidence=item.evidence,
                )
            )
    return sorted(entries, key=lambda e: (e.date or "", e.type, e.other.id))
