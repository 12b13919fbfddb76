"""What every read query shares: how to run it (bounded), evidence, entity summaries, caps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, LiteralString

from neo4j import AsyncDriver, Query, RoutingControl

# Hard limits, named so the API documents them and tests can rely on them.
MAX_LIMIT = 500
DEFAULT_LIMIT = 50
MAX_HOPS = 4
MAX_SEARCH_HITS = 1_000
MAX_OFFSET = 1_000_000  # Cypher's list slices take 32-bit integers; no list here is that long

# The most specific label first: a Coalition is also an Organization.
TYPE_ORDER = (
    "Coalition",
    "Organization",
    "Government",
    "IntergovernmentalBody",
    "Person",
    "Document",
    "Event",
    "Process",
    "Position",
    "Place",
)


# Reads chain no bookmarks. The driver's default bookmark manager would make every query wait
# until the database has seen the last transaction this process saw: after `db restore` of an
# older dump that never happens, and every request waited ~120 s for a BookmarkTimeout. One
# server (or a cluster read after a committed write) needs no causal chaining here.
NO_BOOKMARKS = None


@dataclass(frozen=True)
class GraphContext:
    """How query functions reach the graph: the driver, the database, a time limit per query,
    and whether people marked private may be seen (the caller checked the right to: the API's
    token, the command line's --include-private)."""

    driver: AsyncDriver
    database: str
    timeout: float = 30.0
    include_private: bool = False


# Visibility: the one place that decides what a read may show. Every read query keeps every
# node it returns (the entity asked about, its neighbours, members, partners, path nodes, the
# subjects of claims it lists) behind `visible(var)`; `read` sets $include_private from the
# context, so no query can forget the parameter.
PRIVATE_PARAM = "include_private"


def visible(var: str) -> str:
    """Cypher: node `var` may be shown (it is not a private person, or private people were
    asked for by someone allowed to)."""
    return f"(${PRIVATE_PARAM} OR NOT coalesce({var}.private, false))"


def claim_visible(var: str) -> str:
    """Cypher: claim `var` names no node that may not be shown (its subject and object)."""
    return (
        f"NOT EXISTS {{ MATCH (hidden:Entity) WHERE hidden.id IN [{var}.subject_id, "
        f"{var}.object_id] AND NOT {visible('hidden')} }}"
    )


async def read(ctx: GraphContext, text: LiteralString, **params: Any) -> list[dict[str, Any]]:
    """Run one read query with the context's timeout and visibility; the records as dicts."""
    params[PRIVATE_PARAM] = ctx.include_private
    result = await ctx.driver.execute_query(
        Query(text, timeout=ctx.timeout),
        params,
        database_=ctx.database,
        routing_=RoutingControl.READ,
        bookmark_manager_=NO_BOOKMARKS,
    )
    # Not record.data(): the queries return maps and lists, never Node or Relationship objects,
    # so data()'s recursive conversion would only copy every value once more.
    return [dict(zip(result.keys, record, strict=True)) for record in result.records]


def entity_type(labels: list[str]) -> str:
    for label in TYPE_ORDER:
        if label in labels:
            return label
    return labels[0] if labels else "Entity"


# `n` -> a summary map. Used as: RETURN {SUMMARY('n')} ... (text substitution of constants only).
def summary(var: str) -> str:
    return f"{var} {{.id, .name, .iso3, labels: labels({var})}}"


# For a relationship `r`: its evidence, in the order of r.claim_ids (preferred first).
EVIDENCE_CALL = """
CALL (r) {
  UNWIND coalesce(r.claim_ids, []) AS cid
  MATCH (c:Claim {id: cid})
  OPTIONAL MATCH (d:Document {id: c.document_id})
  RETURN collect({
    document_id: c.document_id, document_title: d.title, document_date: toString(d.date),
    source_url: coalesce(d.source_url, c.source_urls[0]), quote: c.quote,
    start: c.start, end: c.end, method: c.method, confidence: c.confidence,
    source_ref: c.source_ref, confidence_label: c.confidence_label,
    preferred: c.preferred, status: coalesce(c.review_status, c.status), note: c.note,
    claim_id: c.id
  }) AS evidence
}
"""


def valid_on(var: str) -> str:
    """Cypher: relationship `var` holds on $as_of (a date string, or null for any time).
    valid_from/valid_to are the first and last days of its partial since/until (graph.dates)."""
    return (
        f"($as_of IS NULL OR (({var}.valid_from IS NULL OR {var}.valid_from <= date($as_of)) "
        f"AND ({var}.valid_to IS NULL OR {var}.valid_to >= date($as_of))))"
    )


def clamp_limit(limit: int) -> int:
    return max(1, min(limit, MAX_LIMIT))


# Paging inside Cypher. A paged query first collects its ordered rows as `rows` (maps of node and
# relationship references, cheap), then counts them and keeps only $offset..$offset + $limit:
# whatever is costly (evidence, one Claim lookup per claim id) is computed for that page alone.
PAGE_SLICE = "WITH size(rows) AS total, rows[$offset..$offset + $limit] AS page "


def page_items(unpack: str, item: str, body: str = EVIDENCE_CALL) -> str:
    """Cypher from `rows` to `total` and `items`: each row of the page is unpacked (`unpack`,
    e.g. "row.m AS m, row.r AS r"), goes through `body` (by default the evidence of `r`) and
    becomes `item`. collect keeps UNWIND's order, so the page keeps the rows' order."""
    return (
        PAGE_SLICE
        + "CALL (page) { UNWIND page AS row WITH "
        + unpack
        + " "
        + body
        + " RETURN collect("
        + item
        + ") AS items } RETURN total, items"
    )


# The same for rows that are already the items (no evidence to add).
PAGE_OF_ROWS = "RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS items"
