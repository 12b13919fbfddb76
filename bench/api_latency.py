"""Read-endpoint latency of the API under 16 concurrent clients, and of the same query functions
through the raw async driver, on a graph of more than 1,000,000 relationships.

    .venv/bin/python bench/api_latency.py [--scale 1.0] [--seconds 30] [--requests 2000]
                                          [--clients 16] [--only NAME ...] [--state-dir DIR]

One run, all on this machine (loopback only):

1. a throwaway local Neo4j (its own temp state dir and free port; heap 2g, page cache 2g),
   the schema (graph.schema.apply_schema), the shipped reference data
   (ingest.pipeline.load_everything) and a synthetic graph written through the project's loader
   (ingest.writer.write: nodes, Claim nodes with evidence, relationships derived from the claims,
   each listing its claims in r.claim_ids). At --scale 1: 50,000 organizations, 500 coalitions,
   200 positions, 20,000 people, 2,000 events, 5,000 documents and 1,050,000 relationships
   (MEMBER_OF with roles and since/until, ADVOCATES, AFFILIATED_WITH, ORGANIZED,
   PARTICIPATED_IN, SPOKE_AT with roles, ENDORSED/SIGNED/CO_SPONSORED, AUTHORED,
   PARTNERED_WITH), one claim per relationship and a second one for one in ten, random.Random
   with a fixed seed, so every run builds the same graph;
2. the API (api.app.create_app, served by uvicorn as `coalition-graph serve` does) in a child
   process on a free loopback port, so that it has its own interpreter and event loop;
3. per read endpoint: a warm-up of each side, then --clients concurrent HTTP clients (aiohttp, one
   connection each; httpx costs ~1 ms of client CPU per request here, aiohttp ~0.15 ms) and the
   same number of concurrent tasks calling the query functions the router calls
   (graph.queries.*, one GraphContext over an async driver made as the API makes its own), both
   on uvloop as uvicorn is, with the same ids (drawn from the synthetic and the reference data),
   in the order API, driver, driver, API, each slice half of --requests or of --seconds: the
   server's JIT keeps warming up long after the warm-up, and the side that runs second would
   look faster;
4. per endpoint and overall: p50/p95/p99 in ms for the API and the driver, the API/driver p95
   ratio, requests per second, errors and the machine's load average (other processes on the
   same cores inflate every figure); the goal is p95 < 25 ms and a ratio <= 1.5.

Before the timed runs a few requests per endpoint are compared: the API's `total` (or count) must
equal what the query functions return. Everything started here is stopped at the end, also on
Ctrl-C or SIGTERM. With --state-dir the database is kept there and a second run skips the load.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import itertools
import math
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Any

import aiohttp
import httpx
import uvloop
from neo4j import Driver, GraphDatabase

from graph.connection import Connection
from graph.driver import make_async_driver
from graph.local.server import LocalServer, free_port
from graph.queries import events as event_queries
from graph.queries import partners as partner_queries
from graph.queries import paths as path_queries
from graph.queries import processes, search, statements
from graph.queries.coalitions import coalition_members
from graph.queries.common import DEFAULT_LIMIT, GraphContext
from graph.queries.health import graph_size_async
from graph.schema import apply_schema
from graph.settings import Settings
from ingest.pipeline import load_everything
from ingest.records import ClaimRecord, Evidence, NodeRecord, Value
from ingest.writer import write

REPO = Path(__file__).resolve().parent.parent
DATABASE = "neo4j"
SEED = 20_240_611
PREFIX = "syn-"  # every synthetic id starts with it; the reference data never does
GOAL_P95_MS = 25.0
GOAL_RATIO = 1.5
CHUNK = 100_000  # relationships handed to one write() call (bounds this process's memory)
PASSWORD_ENV = "BENCH_API_NEO4J_PASSWORD"  # noqa: S105 - the name of a variable

# ------------------------------------------------------------------------------------------------
# The synthetic graph
# ------------------------------------------------------------------------------------------------
FORMS = (
    "Network",
    "Alliance",
    "Forum",
    "Association",
    "Centre",
    "Council",
    "Union",
    "Foundation",
    "Committee",
    "Platform",
    "Initiative",
    "Federation",
    "Institute",
    "Collective",
    "Movement",
)
THEMES = (
    "Migrant Rights",
    "Refugee Solidarity",
    "Domestic Workers",
    "Labour Migration",
    "Diaspora Development",
    "Anti-Trafficking",
    "Border Justice",
    "Women Migrants",
    "Seafarers Welfare",
    "Returnee Reintegration",
    "Climate Mobility",
    "Detention Watch",
    "Legal Aid",
    "Child Migrants",
    "Remittance Fairness",
    "Health Access",
    "Statelessness",
    "Decent Work",
    "Family Reunification",
    "Faith and Migration",
)
PLACES = (
    "Kenya",
    "Mexico",
    "Philippines",
    "Brazil",
    "Germany",
    "Nepal",
    "Senegal",
    "Morocco",
    "Bangladesh",
    "Guatemala",
    "Indonesia",
    "Nigeria",
    "Colombia",
    "Lanka",
    "Ghana",
    "Ecuador",
    "Lebanon",
    "Jordan",
    "Italy",
    "Spain",
    "Honduras",
    "Tunisia",
    "Uganda",
    "Pakistan",
    "Vietnam",
    "Peru",
    "Malaysia",
    "Ethiopia",
    "Belgium",
    "Canada",
)
FIRST = ("Ana", "Kofi", "Maria", "Rahul", "Leila", "Jonas", "Amina", "Diego", "Mei", "Samuel")
LAST = ("Garcia", "Mensah", "Santos", "Sharma", "Haddad", "Berg", "Okafor", "Rojas", "Chen", "Ali")
COUNTRIES = ("bra", "mex", "phl", "ken", "deu", "npl", "sen", "mar", "bgd", "gtm")
ROLES = ("steering committee", "treasurer", "focal point", "observer")
SPEAKER_ROLES = ("moderator", "speaker", "discussion starter", "rapporteur", "keynote")
STAFF_ROLES = ("staff", "director", "coordinator", "board member")
DOC_KINDS = ("statement", "press release", "report", "open letter", "declaration")
ENDORSING = ("ENDORSED", "SIGNED", "CO_SPONSORED")


@dataclass(frozen=True)
class Scale:
    organizations: int
    coalitions: int
    positions: int
    people: int
    events: int
    documents: int
    relationships: int  # the total; PARTNERED_WITH fills what the other types leave

    @classmethod
    def of(cls, factor: float) -> Scale:
        def n(base: int, least: int = 10) -> int:
            return max(least, round(base * factor))

        return cls(
            n(50_000, 100),
            n(500),
            n(200),
            n(20_000),
            n(2_000),
            n(5_000),
            n(1_050_000, 1_000),
        )


Rel = tuple[str, str, dict[str, Value], dict[str, Value]]  # from, to, props, key props


@dataclass
class Synthetic:
    nodes: list[NodeRecord]
    rels: dict[str, list[Rel]]
    ids: dict[str, list[str]]  # kind -> ids
    names: list[str] = field(default_factory=list)

    @property
    def relationship_count(self) -> int:
        return sum(len(v) for v in self.rels.values())


def _year(rng: random.Random, low: int = 1995, high: int = 2023) -> int:
    return rng.randint(low, high)


def _partial_date(rng: random.Random, year: int) -> str:
    form = rng.random()
    if form < 0.4:
        return str(year)
    if form < 0.7:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _weighted(rng: random.Random, cum: list[float], k: int) -> set[int]:
    """k draws (distinct, at most k) by cumulative weights."""
    total = cum[-1]
    return {bisect.bisect(cum, rng.random() * total) for _ in range(k)}


def _zipf_cum(n: int, shift: float) -> list[float]:
    return list(itertools.accumulate(1.0 / (j + shift) for j in range(n)))


def synthetic_graph(scale: Scale, seed: int = SEED) -> Synthetic:
    """Deterministic: the same scale and seed give the same records, in the same order."""
    rng = random.Random(seed)  # noqa: S311 - reproducible data, no secret
    nodes: list[NodeRecord] = []
    ids: dict[str, list[str]] = defaultdict(list)
    names: list[str] = []

    for i in range(scale.organizations):
        theme, form, place = rng.choice(THEMES), rng.choice(FORMS), rng.choice(PLACES)
        name = f"{place} {theme} {form} {i}"
        props: dict[str, Value] = {
            "name": name,
            "country": rng.choice(COUNTRIES),
            "founded": str(_year(rng, 1950, 2020)),
            "url": f"https://org{i}.example.org",
        }
        if i % 7 == 0:
            props["acronym"] = "".join(w[0] for w in name.split()[:-1]).upper() + str(i)
        if i % 11 == 0:
            props["former_names"] = [f"{place} {theme} Group {i}"]
        nodes.append(NodeRecord(f"{PREFIX}org-{i:05d}", ("Organization",), props))
        ids["org"].append(nodes[-1].id)
        names.append(name)
    for j in range(scale.coalitions):
        theme, form = THEMES[j % len(THEMES)], FORMS[j % len(FORMS)]
        name = f"Global {theme} {form} {j}"
        acronym = "G" + "".join(w[0] for w in theme.split()).upper() + str(j)
        nodes.append(
            NodeRecord(
                f"{PREFIX}coalition-{j:03d}",
                ("Organization", "Coalition"),
                {"name": name, "acronym": acronym, "aliases": [acronym], "founded": "2005"},
            )
        )
        ids["coalition"].append(nodes[-1].id)
        names.append(acronym)
    for p in range(scale.positions):
        theme = THEMES[p % len(THEMES)]
        nodes.append(
            NodeRecord(
                f"{PREFIX}position-{p:03d}",
                ("Position",),
                {
                    "name": f"{theme}: demand {p}",
                    "title": f"Advance {theme.lower()} (demand {p})",
                    "topic": theme.lower(),
                },
            )
        )
        ids["position"].append(nodes[-1].id)
    for k in range(scale.people):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {k}"
        nodes.append(
            NodeRecord(f"{PREFIX}person-{k:05d}", ("Person",), {"name": name, "private": False})
        )
        ids["person"].append(nodes[-1].id)
    for e in range(scale.events):
        year = _year(rng, 2005, 2023)
        nodes.append(
            NodeRecord(
                f"{PREFIX}event-{e:04d}",
                ("Event",),
                {
                    "name": f"{rng.choice(THEMES)} Forum {rng.choice(PLACES)} {year} #{e}",
                    "start_date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "place": rng.choice(PLACES),
                },
            )
        )
        ids["event"].append(nodes[-1].id)
    for d in range(scale.documents):
        year = _year(rng, 2005, 2023)
        nodes.append(
            NodeRecord(
                f"{PREFIX}doc-{d:04d}",
                ("Document",),
                {
                    "name": f"Document {d}",
                    "title": f"Joint {rng.choice(DOC_KINDS)} on {rng.choice(THEMES)} ({year})",
                    "kind": rng.choice(DOC_KINDS),
                    "date": f"{year}-{rng.randint(1, 12):02d}",
                    "language": "en",
                    "source_url": f"https://docs.example.org/{d}",
                },
            )
        )
        ids["document"].append(nodes[-1].id)

    rels = _relationships(rng, scale, ids)
    return Synthetic(nodes, rels, dict(ids), names)


def _relationships(
    rng: random.Random, scale: Scale, ids: dict[str, list[str]]
) -> dict[str, list[Rel]]:
    orgs, coalitions, positions = ids["org"], ids["coalition"], ids["position"]
    people, events, documents = ids["person"], ids["event"], ids["document"]
    rels: dict[str, list[Rel]] = defaultdict(list)

    # MEMBER_OF: 2-11 coalitions per organization, coalition sizes skewed (a few big networks);
    # one in twenty memberships also holds an office (a second role: its own relationship).
    coalition_cum = _zipf_cum(len(coalitions), 30.0)
    for org in orgs:
        for c in sorted(_weighted(rng, coalition_cum, rng.randint(2, 11))):
            since_year = _year(rng)
            since = _partial_date(rng, since_year)
            until = (
                _partial_date(rng, rng.randint(since_year, 2024)) if rng.random() < 0.25 else None
            )
            rels["MEMBER_OF"].append(
                (
                    org,
                    coalitions[c],
                    {"role": "member", "since": since, "until": until},
                    {"role": "member"},
                )
            )
            if rng.random() < 0.05:
                role = rng.choice(ROLES)
                rels["MEMBER_OF"].append(
                    (org, coalitions[c], {"role": role, "since": since}, {"role": role})
                )
    for j, coalition in enumerate(coalitions):  # networks of networks
        for other in {rng.randrange(len(coalitions)) for _ in range(2)} - {j}:
            rels["MEMBER_OF"].append(
                (coalition, coalitions[other], {"role": "member"}, {"role": "member"})
            )

    # ADVOCATES: 1-7 positions per organization, popular positions more often; mostly support.
    position_cum = _zipf_cum(len(positions), 10.0)
    for org in orgs:
        for p in sorted(_weighted(rng, position_cum, rng.randint(1, 7))):
            stance = "support" if rng.random() < 0.85 else "oppose"
            rels["ADVOCATES"].append((org, positions[p], {"stance": stance}, {}))

    for person in people:
        for org in sorted({rng.choice(orgs) for _ in range(rng.randint(1, 2))}):
            role = rng.choice(STAFF_ROLES)
            since = _partial_date(rng, _year(rng))
            rels["AFFILIATED_WITH"].append(
                (person, org, {"role": role, "since": since}, {"role": role})
            )

    for event in events:
        date = f"{_year(rng, 2005, 2023)}"
        for org in sorted(set(rng.sample(orgs, rng.randint(1, 4)))):
            rels["ORGANIZED"].append((org, event, {"date": date}, {}))
        for org in sorted(set(rng.sample(orgs, rng.randint(10, 130)))):
            rels["PARTICIPATED_IN"].append((org, event, {"date": date}, {}))
        for person in sorted(set(rng.sample(people, rng.randint(3, 12)))):
            role = rng.choice(SPEAKER_ROLES)
            rels["SPOKE_AT"].append((person, event, {"role": role}, {"role": role}))

    # Endorsements: most statements gather a few dozen names, a few gather hundreds.
    for doc in documents:
        date = f"{_year(rng, 2005, 2023)}-{rng.randint(1, 12):02d}"
        rels["AUTHORED"].append((rng.choice(orgs), doc, {"date": date}, {}))
        count = min(1_500, int(rng.paretovariate(1.3) * 12))
        for org in sorted(set(rng.sample(orgs, min(count, len(orgs))))):
            kind = ENDORSING[bisect.bisect((0.5, 0.9), rng.random())]
            rels[kind].append((org, doc, {"date": date}, {}))

    # PARTNERED_WITH between organizations fills up to the total.
    missing = scale.relationships - sum(len(v) for v in rels.values())
    pairs: set[tuple[str, str]] = set()
    while len(pairs) < missing:
        a, b = rng.sample(orgs, 2)
        pairs.add((a, b))
    rels["PARTNERED_WITH"] = [(a, b, {}, {}) for a, b in sorted(pairs)]
    return dict(rels)


def _evidence(
    rng: random.Random, rel_type: str, rel: Rel, row: int, documents: list[str], second: bool
) -> Evidence:
    subject, obj = rel[0], rel[1]
    if rel_type == "MEMBER_OF" and not second:
        return Evidence(
            method="spreadsheet",
            source_ref=f"bench/members/{obj}.csv#row={row}",
            confidence=0.9,
            confidence_label="H",
        )
    if rel_type in ("ORGANIZED", "PARTICIPATED_IN", "SPOKE_AT", "PARTNERED_WITH") and not second:
        return Evidence(
            method="curated",
            source_ref=f"bench/{rel_type.lower()}.csv#row={row}",
            source_urls=(f"https://events.example.org/{obj}",),
            citation=f"Programme of {obj}",
            confidence=0.8,
            confidence_label="M-H",
        )
    # Text evidence: the endorsed document itself, or some document that says so.
    doc = obj if rel_type in (*ENDORSING, "AUTHORED") and not second else rng.choice(documents)
    start = rng.randint(0, 20_000)
    quote = f"{subject} {rel_type.lower().replace('_', ' ')} {obj}"
    return Evidence(
        method="extracted",
        source_ref=f"{doc}#chars={start}-{start + len(quote)}",
        document_id=doc,
        quote=quote,
        start=start,
        end=start + len(quote),
        extractor_version="bench-1",
        confidence=round(rng.uniform(0.55, 0.95), 2),
        confidence_label="M",
    )


def claim_chunks(synthetic: Synthetic, seed: int = SEED) -> Iterator[tuple[int, list[ClaimRecord]]]:
    """(relationships, claims) per chunk; the claims of one relationship are in one chunk."""
    rng = random.Random(seed + 1)  # noqa: S311 - reproducible data, no secret
    documents = synthetic.ids["document"]
    row = 0
    for rel_type in sorted(synthetic.rels):
        rels = synthetic.rels[rel_type]
        for start in range(0, len(rels), CHUNK):
            claims: list[ClaimRecord] = []
            for rel in rels[start : start + CHUNK]:
                for second in (False, True) if rng.random() < 0.1 else (False,):
                    row += 1
                    claims.append(
                        ClaimRecord(
                            predicate=rel_type,
                            subject_id=rel[0],
                            object_id=rel[1],
                            props=rel[2],
                            evidence=_evidence(rng, rel_type, rel, row, documents, second),
                            preferred=not second or rng.random() < 0.5,
                            key_props=rel[3],
                        )
                    )
            yield len(rels[start : start + CHUNK]), claims


# ------------------------------------------------------------------------------------------------
# Loading
# ------------------------------------------------------------------------------------------------
@dataclass
class LoadReport:
    reference_seconds: float = 0.0
    synthetic_seconds: float = 0.0
    build_seconds: float = 0.0
    relationships: int = 0
    claims: int = 0
    nodes: int = 0
    skipped: bool = False


def graph_counts(driver: Driver) -> tuple[int, int]:
    records = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
        database_=DATABASE,
    ).records
    return int(records[0]["nodes"]), int(records[0]["rels"])


def load(driver: Driver, synthetic: Synthetic, data_settings: Settings) -> LoadReport:
    report = LoadReport()
    apply_schema(driver, DATABASE)
    began = time.perf_counter()
    load_everything(driver, DATABASE, data_settings)
    report.reference_seconds = time.perf_counter() - began

    began = time.perf_counter()
    summary = write(driver, DATABASE, synthetic.nodes, [])
    report.nodes = summary.nodes.created
    for rels, claims in claim_chunks(synthetic):
        t0 = time.perf_counter()
        summary = write(driver, DATABASE, [], claims)
        report.relationships += summary.relationships.created
        report.claims += summary.claims.created
        elapsed = time.perf_counter() - began
        print(
            f"  {report.relationships:>9,} relationships, {report.claims:>9,} claims "
            f"({rels:,} in {time.perf_counter() - t0:.1f} s; {elapsed:.0f} s so far)",
            flush=True,
        )
    report.synthetic_seconds = time.perf_counter() - began
    return report


# ------------------------------------------------------------------------------------------------
# The workload: per endpoint, the HTTP request and the query calls its router makes
# ------------------------------------------------------------------------------------------------
DriverCall = Callable[[GraphContext], Awaitable[int]]


@dataclass(frozen=True)
class Case:
    path: str
    params: dict[str, str | int]
    call: DriverCall  # the router's query calls, returning a count to compare with the API's


@dataclass(frozen=True)
class Endpoint:
    name: str
    cases: list[Case]
    api_count: Callable[[dict[str, Any]], int]


def _total(body: dict[str, Any]) -> int:
    return int(body["total"])


# The cases send no limit or offset, so the API answers its first page of DEFAULT_LIMIT rows;
# the query functions are asked for the same page (and report its `total`, as the API does).
LIMIT, OFFSET = DEFAULT_LIMIT, 0


async def _health(ctx: GraphContext) -> int:
    return (await graph_size_async(ctx.driver, ctx.database)).nodes


async def _search(q: str, ctx: GraphContext) -> int:
    return (await search.search_entities(ctx, q, None, LIMIT, OFFSET)).total


def _found(value: Any, what: str) -> Any:
    if value is None:
        raise LookupError(f"no {what}")
    return value


async def _entity(entity_id: str, ctx: GraphContext) -> int:
    detail = _found(await search.entity_detail(ctx, entity_id, LIMIT), entity_id)
    return sum(len(v) for v in detail.relationships.values())


async def _members(coalition_id: str, as_of: str, ctx: GraphContext) -> int:
    page = await coalition_members(ctx, coalition_id, as_of, None, LIMIT, OFFSET)
    return int(_found(page, coalition_id).total)


async def _votes(resolution_id: str, ctx: GraphContext) -> int:
    v = _found(await processes.votes(ctx, resolution_id), resolution_id)
    return len(v.yes) + len(v.no) + len(v.abstain) + len(v.absent)


async def _withdrawals(process_id: str, ctx: GraphContext) -> int:
    page = await processes.withdrawals(ctx, process_id, LIMIT, OFFSET)
    return int(_found(page, process_id).total)


async def _event(event_id: str, ctx: GraphContext) -> int:
    e = _found(await event_queries.event_detail(ctx, event_id), event_id)
    parts = (e.organizers, e.sponsors, e.hosts, e.speakers, e.participants)
    return sum(len(p) for p in parts)


async def _paths(from_id: str, to_id: str, hops: int, ctx: GraphContext) -> int:
    missing = await path_queries.path_endpoints_exist(ctx, [from_id, to_id])
    if missing:
        raise LookupError(f"no {missing[0]}")
    return (await path_queries.paths(ctx, from_id, to_id, hops, LIMIT, OFFSET)).total


async def _partners(for_id: str, ctx: GraphContext) -> int:
    if not await partner_queries.entity_exists(ctx, for_id):
        raise LookupError(f"no {for_id}")
    return (await partner_queries.partners(ctx, None, None, for_id, LIMIT, OFFSET)).total


async def _endorsers(doc_id: str, ctx: GraphContext) -> int:
    page = await statements.document_endorsers(ctx, doc_id, LIMIT, OFFSET)
    return int(_found(page, doc_id).total)


async def _timeline(entity_id: str, ctx: GraphContext) -> int:
    page = await search.timeline(ctx, entity_id, LIMIT, OFFSET)
    return int(_found(page, entity_id).total)


def _event_count(body: dict[str, Any]) -> int:
    keys = ("organizers", "sponsors", "hosts", "speakers", "participants")
    return sum(len(body[k]) for k in keys)


def _link_count(body: dict[str, Any]) -> int:
    return sum(len(v) for v in body["relationships"].values())


def _vote_count(body: dict[str, Any]) -> int:
    return sum(len(body[k]) for k in ("yes", "no", "abstain", "absent"))


@dataclass(frozen=True)
class Reference:
    """Ids of the shipped data, read from the graph after the load."""

    entities: list[str]
    coalitions: list[str]
    events: list[str]
    endorsed: list[str]  # documents or events with signers, endorsers or co-sponsors
    advocates: list[str]  # entities with at least one ADVOCATES
    names: list[str]


def reference_ids(driver: Driver) -> Reference:
    def ids(query: str) -> list[str]:
        records = driver.execute_query(query, prefix=PREFIX, database_=DATABASE).records
        return [str(r["id"]) for r in records]

    not_syn = "NOT n.id STARTS WITH $prefix"
    names = driver.execute_query(
        f"MATCH (n:Entity) WHERE {not_syn} AND n.name IS NOT NULL "
        "RETURN n.name AS name, n.acronym AS acronym, n.former_names AS former ORDER BY n.id",
        prefix=PREFIX,
        database_=DATABASE,
    ).records
    words = [str(r["name"]) for r in names]
    words += [str(r["acronym"]) for r in names if r["acronym"]]
    words += [str(f) for r in names for f in r["former"] or []]
    return Reference(
        entities=ids(f"MATCH (n:Entity) WHERE {not_syn} RETURN n.id AS id ORDER BY id"),
        coalitions=ids(f"MATCH (n:Coalition) WHERE {not_syn} RETURN n.id AS id ORDER BY id"),
        events=ids(f"MATCH (n:Event) WHERE {not_syn} RETURN n.id AS id ORDER BY id"),
        endorsed=ids(
            f"MATCH (n:Entity)<-[:SIGNED|ENDORSED|CO_SPONSORED]-() WHERE {not_syn} "
            "RETURN DISTINCT n.id AS id ORDER BY id"
        ),
        advocates=ids(
            f"MATCH (n:Entity)-[:ADVOCATES]->() WHERE {not_syn} "
            "RETURN DISTINCT n.id AS id ORDER BY id"
        ),
        names=words,
    )


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def workload(syn: Synthetic, ref: Reference, n: int, seed: int = SEED) -> list[Endpoint]:
    """n cases per endpoint (cycled if more requests are made), about 7 in 10 synthetic."""
    rng = random.Random(seed + 2)  # noqa: S311 - reproducible data, no secret

    def pick(synthetic: Sequence[str], reference: Sequence[str], share: float = 0.7) -> str:
        pool = synthetic if (rng.random() < share or not reference) else reference
        return rng.choice(pool)

    every_syn = [
        i for kind in ("org", "coalition", "person", "event", "document") for i in syn.ids[kind]
    ]

    def query() -> str:
        if rng.random() < 0.3 and ref.names:
            words = rng.choice(ref.names).split()
            return " ".join(words[:2])
        words = rng.choice(syn.names).split()
        if len(words) <= 1:
            return words[0]
        chosen = rng.sample(words[:-1], min(2, len(words) - 1))  # never the serial number
        return " ".join(_typo(rng, w) if rng.random() < 0.2 else w for w in chosen)

    def as_of() -> str:
        return f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def path_pair() -> tuple[str, str]:
        roll = rng.random()
        if roll < 0.5:  # two organizations of the synthetic graph
            a, b = rng.sample(syn.ids["org"], 2)
        elif roll < 0.65:  # an organization and a coalition or a document
            a = rng.choice(syn.ids["org"])
            b = rng.choice(syn.ids[rng.choice(("coalition", "document"))])
        elif roll < 0.95 or not ref.entities:  # two entities of the reference data
            a, b = rng.sample(ref.entities, 2)
            if rng.random() < 0.3:
                a, b = "alianza-americas", "ohchr"
        else:  # no path: the two graphs do not touch
            a, b = rng.choice(syn.ids["org"]), rng.choice(ref.entities)
        return a, b

    cases: dict[str, list[Case]] = defaultdict(list)
    for _ in range(n):
        cases["/health"].append(Case("/health", {}, _health))
        q = query()
        cases["/entities?q="].append(Case("/entities", {"q": q}, partial(_search, q)))
        e = pick(every_syn, ref.entities)
        cases["/entities/{id}"].append(Case(f"/entities/{e}", {}, partial(_entity, e)))
        c, day = pick(syn.ids["coalition"], ref.coalitions), as_of()
        cases["/coalitions/{id}/members"].append(
            Case(f"/coalitions/{c}/members", {"as_of": day}, partial(_members, c, day))
        )
        cases["/resolutions/{id}/votes"].append(
            Case("/resolutions/a-res-73-195/votes", {}, partial(_votes, "a-res-73-195"))
        )
        cases["/processes/{id}/withdrawals"].append(
            Case("/processes/gcm-compact/withdrawals", {}, partial(_withdrawals, "gcm-compact"))
        )
        ev = pick(syn.ids["event"], ref.events)
        cases["/events/{id}"].append(Case(f"/events/{ev}", {}, partial(_event, ev)))
        a, b = path_pair()
        cases["/paths"].append(
            Case("/paths", {"from": a, "to": b, "max_hops": 3}, partial(_paths, a, b, 3))
        )
        o = pick(syn.ids["org"], ref.advocates)
        cases["/partners?for="].append(Case("/partners", {"for": o}, partial(_partners, o)))
        d = pick(syn.ids["document"], ref.endorsed)
        cases["/documents/{id}/endorsers"].append(
            Case(f"/documents/{d}/endorsers", {}, partial(_endorsers, d))
        )
        t = pick(every_syn, ref.entities)
        cases["/entities/{id}/timeline"].append(
            Case(f"/entities/{t}/timeline", {}, partial(_timeline, t))
        )
    counters: dict[str, Callable[[dict[str, Any]], int]] = {
        "/health": lambda body: int(body["nodes"]),
        "/entities/{id}": _link_count,
        "/resolutions/{id}/votes": _vote_count,
        "/events/{id}": _event_count,
    }
    return [Endpoint(name, c, counters.get(name, _total)) for name, c in cases.items()]


# ------------------------------------------------------------------------------------------------
# Driving the load
# ------------------------------------------------------------------------------------------------
@dataclass
class Run:
    latencies: list[float]  # ms, successful requests only
    errors: int
    seconds: float
    first_error: str | None

    @staticmethod
    def merged(runs: list[Run]) -> Run:
        errors = [r.first_error for r in runs if r.first_error]
        return Run(
            [x for r in runs for x in r.latencies],
            sum(r.errors for r in runs),
            sum(r.seconds for r in runs),
            errors[0] if errors else None,
        )

    def pct(self, p: float) -> float:
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else math.nan


async def drive(
    clients: int,
    requests: int,
    seconds: float,
    one: Callable[[int, int], Awaitable[None]],
) -> Run:
    """`clients` concurrent loops calling one(worker, i) for i = 0, 1, ... within the bounds."""
    latencies: list[float] = []
    errors: list[str] = []
    counter = itertools.count()
    began = time.perf_counter()
    deadline = began + seconds

    async def worker(w: int) -> None:
        while time.perf_counter() < deadline:
            i = next(counter)
            if i >= requests:
                return
            t0 = time.perf_counter()
            try:
                await one(w, i)
            except Exception as exc:  # counted and shown, never hidden
                errors.append(f"{type(exc).__name__}: {exc}"[:300])
                continue
            latencies.append((time.perf_counter() - t0) * 1000)

    await asyncio.gather(*(worker(w) for w in range(clients)))
    return Run(latencies, len(errors), time.perf_counter() - began, errors[0] if errors else None)


async def api_get(client: aiohttp.ClientSession, case: Case) -> Any:
    """One request, its JSON body read and parsed, as a client program would."""
    async with client.get(case.path, params=case.params) as response:
        if response.status != 200:
            text = await response.text()
            raise RuntimeError(f"{response.status} {case.path} {case.params}: {text}")
        return await response.json()


async def check(endpoint: Endpoint, client: aiohttp.ClientSession, ctx: GraphContext) -> None:
    """The API and the query functions say the same (a count each) on the first cases."""
    for case in endpoint.cases[:3]:
        try:
            body = await api_get(client, case)
            via_api, via_driver = endpoint.api_count(body), await case.call(ctx)
        except Exception as exc:  # reported; the timed runs count such failures as errors
            print(f"    check {case.path} {case.params}: {type(exc).__name__}: {exc}"[:300])
            continue
        if via_api != via_driver:
            print(
                f"    check {case.path} {case.params}: MISMATCH, the API counts {via_api}, "
                f"the query functions {via_driver}"
            )


@dataclass
class Result:
    endpoint: str
    api: Run
    driver: Run
    load: float = field(default_factory=lambda: os.getloadavg()[0])  # the machine's, 1 min


async def measure(
    api_url: str,
    conn: Connection,
    endpoints: list[Endpoint],
    clients: int,
    requests: int,
    seconds: float,
    warmup: int,
) -> list[Result]:
    driver = make_async_driver(conn)  # pool and settings as the API's own driver
    ctx = GraphContext(driver, conn.database)
    # aiohttp, not httpx: on this machine httpx spends ~1 ms of CPU per request in the client
    # (aiohttp ~0.15 ms), and the load generator shares the cores with the API and Neo4j.
    http = [
        aiohttp.ClientSession(
            base_url=api_url,
            timeout=aiohttp.ClientTimeout(total=60),
            connector=aiohttp.TCPConnector(limit=1),  # one connection per client, kept alive
        )
        for _ in range(clients)
    ]
    results = []
    try:
        await driver.verify_connectivity()
        for endpoint in endpoints:
            cases = endpoint.cases
            await check(endpoint, http[0], ctx)

            async def by_api(w: int, i: int, cases: list[Case] = cases) -> None:
                await api_get(http[w], cases[i % len(cases)])

            async def by_driver(w: int, i: int, cases: list[Case] = cases) -> None:
                await cases[i % len(cases)].call(ctx)

            await drive(clients, warmup, seconds, by_api)
            await drive(clients, warmup, seconds, by_driver)
            # A B B A: the server's JIT keeps warming up for thousands of queries on this
            # machine (CPU per query still falls by half after the warm-up), so neither side may
            # always run second.
            api: list[Run] = []
            raw: list[Run] = []
            for side, runs in ((by_api, api), (by_driver, raw), (by_driver, raw), (by_api, api)):
                runs.append(await drive(clients, requests // 2, seconds / 2, side))
            results.append(Result(endpoint.name, Run.merged(api), Run.merged(raw)))
            print_row(results[-1])
    finally:
        for client in http:
            await client.close()
        await driver.close()
    return results


def print_header() -> None:
    print(
        f"{'endpoint':<30}{'n':>6}{'err':>5} | {'API p50':>8}{'p95':>9}{'p99':>9}{'req/s':>7} | "
        f"{'drv p50':>8}{'p95':>9}{'p99':>9}{'req/s':>7} | {'ratio':>6}{'load':>6}  goal"
    )


def print_row(r: Result) -> None:
    a, d = r.api, r.driver
    ratio = a.pct(95) / d.pct(95) if d.latencies else math.nan
    ok = a.pct(95) < GOAL_P95_MS and ratio <= GOAL_RATIO and not a.errors and not d.errors
    print(
        f"{r.endpoint:<30}{len(a.latencies):>6}{a.errors + d.errors:>5} | "
        f"{a.pct(50):>8.1f}{a.pct(95):>9.1f}{a.pct(99):>9.1f}{a.rate:>7.0f} | "
        f"{d.pct(50):>8.1f}{d.pct(95):>9.1f}{d.pct(99):>9.1f}{d.rate:>7.0f} | "
        f"{ratio:>6.2f}{r.load:>6.1f}  {'met' if ok else 'MISSED'}",
        flush=True,
    )
    for label, run in (("API", a), ("driver", d)):
        if run.first_error:
            print(f"    first {label} error: {run.first_error}")


def print_overall(results: list[Result]) -> None:
    api = Run([x for r in results for x in r.api.latencies], 0, 0.0, None)
    raw = Run([x for r in results for x in r.driver.latencies], 0, 0.0, None)
    api.errors = sum(r.api.errors for r in results)
    raw.errors = sum(r.driver.errors for r in results)
    api.seconds = sum(r.api.seconds for r in results)
    raw.seconds = sum(r.driver.seconds for r in results)
    print("-" * 132)
    print_row(Result("overall", api, raw, max(r.load for r in results)))
    missed = [
        r.endpoint
        for r in results
        if not (
            r.api.pct(95) < GOAL_P95_MS
            and r.api.pct(95) / r.driver.pct(95) <= GOAL_RATIO
            and not r.api.errors
            and not r.driver.errors
        )
    ]
    print(
        f"goal: p95 < {GOAL_P95_MS:.0f} ms and API/driver p95 <= {GOAL_RATIO}; "
        + (f"missed by: {', '.join(missed)}" if missed else "met by every endpoint")
    )


# ------------------------------------------------------------------------------------------------
# The API in a child process
# ------------------------------------------------------------------------------------------------
def serve_api(uri: str, port: int) -> None:
    """The child: the app as `coalition-graph serve` runs it, against the bench's Neo4j."""
    import uvicorn

    from api.app import create_app

    settings = Settings(
        _env_file=None, neo4j_uri=uri, neo4j_password=os.environ[PASSWORD_ENV], writes_enabled=False
    )
    uvicorn.run(
        create_app(settings), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )


def start_api(uri: str, password: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, PASSWORD_ENV: password}
    with log.open("ab") as out:
        process = subprocess.Popen(
            [sys.executable, __file__, "--serve-api", uri, str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches the bench, which stops the child itself
            cwd=REPO,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the API exited with {process.returncode}: see {log}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    stop_api(process)
    raise SystemExit(f"the API did not answer /health within 60 s: see {log}")


def stop_api(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


# ------------------------------------------------------------------------------------------------
def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def describe(syn: Synthetic) -> None:
    members = Counter(rel[1] for rel in syn.rels["MEMBER_OF"] if "coalition" in rel[1])
    sizes = sorted(members.values())
    endorsers: Counter[str] = Counter(rel[1] for t in ENDORSING for rel in syn.rels.get(t, []))
    e_sizes = sorted(endorsers.values())

    def dist(values: list[int]) -> str:
        if not values:
            return "-"
        return (
            f"median {values[len(values) // 2]:,}, p95 {values[int(len(values) * 0.95)]:,}, "
            f"max {values[-1]:,}"
        )

    by_type = ", ".join(f"{t} {len(v):,}" for t, v in sorted(syn.rels.items()))
    print(f"synthetic graph: {len(syn.nodes):,} nodes, {syn.relationship_count:,} relationships")
    print(f"  {by_type}")
    print(f"  MEMBER_OF rows per coalition: {dist(sizes)}")
    print(f"  signers/endorsers/co-sponsors per document: {dist(e_sizes)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 1,050,000 relationships")
    parser.add_argument("--seconds", type=float, default=30.0, help="per endpoint and side")
    parser.add_argument("--requests", type=int, default=2_000, help="per endpoint and side")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--warmup", type=int, default=500, help="untimed requests per side")
    parser.add_argument("--only", nargs="*", default=None, help="endpoint names to run")
    parser.add_argument("--state-dir", type=Path, default=None, help="keep the database here")
    parser.add_argument("--serve-api", nargs=2, metavar=("URI", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_api:
        serve_api(args.serve_api[0], int(args.serve_api[1]))
        return
    signal.signal(signal.SIGTERM, _interrupt)

    began = time.perf_counter()
    syn = synthetic_graph(Scale.of(args.scale))
    build = time.perf_counter() - began
    describe(syn)
    print(f"  built in {build:.1f} s")

    with tempfile.TemporaryDirectory(prefix="cg-bench-api-") as tmp:
        state = args.state_dir or Path(tmp) / "state"
        settings = Settings(
            _env_file=None,
            neo4j_uri=None,
            neo4j_password=None,
            state_dir=state,
            data_dir=REPO / "data",
            bolt_port=free_port(),
            heap_size="2g",
            pagecache_size="2g",
        )
        server = LocalServer(settings)
        api: subprocess.Popen[bytes] | None = None
        try:
            running = server.start()
            password = server.password()
            print(f"Neo4j {running.version} on {running.uri} (heap 2g, page cache 2g), {state}")
            with GraphDatabase.driver(
                running.uri, auth=(settings.neo4j_user, password), notifications_min_severity="OFF"
            ) as driver:
                nodes, rels = graph_counts(driver)
                if rels >= syn.relationship_count:
                    print(f"kept graph: {nodes:,} nodes, {rels:,} relationships (no load)")
                else:
                    report = load(driver, syn, settings)
                    nodes, rels = graph_counts(driver)
                    rate = report.relationships / report.synthetic_seconds
                    print(
                        f"reference data loaded in {report.reference_seconds:.1f} s; synthetic "
                        f"graph ({report.nodes:,} nodes, {report.claims:,} claims, "
                        f"{report.relationships:,} relationships) through ingest.writer.write "
                        f"in {report.synthetic_seconds:.0f} s ({rate:,.0f} relationships/s)"
                    )
                print(f"graph: {nodes:,} nodes (claims included), {rels:,} relationships")
                ref = reference_ids(driver)
            endpoints = workload(syn, ref, max(args.requests, args.warmup))
            if args.only:
                endpoints = [e for e in endpoints if e.name in args.only]
            api, url = start_api(running.uri, password, Path(tmp) / "api.log")
            conn = Connection(running.uri, settings.neo4j_user, password, DATABASE, True)
            print(
                f"API on {url} (uvicorn, child process {api.pid}); {args.clients} clients, "
                f"at most {args.requests:,} requests or {args.seconds:.0f} s per endpoint and "
                f"side, after {args.warmup} untimed"
            )
            print(
                f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} "
                "(the 'load' column: at the end of each endpoint; above the CPU count, other "
                "processes share the cores and every figure below is inflated)"
            )
            print_header()
            # uvloop on both sides: the API's uvicorn runs on it (uvicorn[standard]).
            with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
                results = runner.run(
                    measure(
                        url,
                        conn,
                        endpoints,
                        args.clients,
                        args.requests,
                        args.seconds,
                        args.warmup,
                    )
                )
            print_overall(results)
        except KeyboardInterrupt:
            print("interrupted: stopping the API and Neo4j", file=sys.stderr)
            raise
        finally:
            if api is not None:
                stop_api(api)
            server.stop()


if __name__ == "__main__":
    main()
