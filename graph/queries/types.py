"""Typed records the query functions return (pydantic, so the API can answer with them as is)."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

from graph.queries.common import entity_type

T = TypeVar("T")


class Evidence(BaseModel):
    """Where a link comes from: the same shape everywhere."""

    document_id: str | None = Field(None, description="The document the quote is in, if any.")
    document_title: str | None = None
    document_date: str | None = Field(
        None, description="When the document was issued: YYYY, YYYY-MM or YYYY-MM-DD."
    )
    source_url: str | None = Field(None, description="A public source for the claim.")
    quote: str | None = Field(None, description="The exact words of the source.")
    start: int | None = Field(None, description="Offset of the quote in the document's text.")
    end: int | None = None
    method: str | None = Field(None, description="curated, spreadsheet or extracted (+version).")
    confidence: float | None = Field(None, ge=0, le=1)
    source_ref: str | None = Field(None, description="The data file and row it was read from.")
    confidence_label: str | None = None
    preferred: bool | None = None
    status: str | None = None
    note: str | None = None
    claim_id: str | None = None


class EntityRef(BaseModel):
    id: str
    name: str | None = None
    type: str = Field(description="The most specific kind: Coalition, Government, ...")
    iso3: str | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> EntityRef:
        return cls(
            id=row["id"],
            name=row.get("name"),
            type=entity_type(row.get("labels") or []),
            iso3=row.get("iso3"),
        )


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class SearchHit(EntityRef):
    aliases: list[str] = []
    former_names: list[str] = []
    acronym: str | None = None
    score: float | None = Field(None, description="The full-text score (none when browsing).")
    exact: bool = Field(
        False, description="q is exactly its id, name, acronym, alias or former name."
    )


class Link(BaseModel):
    """One relationship seen from an entity: its type, direction, the other end, evidence."""

    type: str
    direction: str = Field(description="'out' when the entity is the subject, 'in' otherwise.")
    other: EntityRef
    properties: dict[str, Any] = {}
    evidence: list[Evidence] = []


class EntityDetail(EntityRef):
    aliases: list[str] = []
    former_names: list[str] = []
    acronym: str | None = None
    properties: dict[str, Any] = {}
    relationships: dict[str, list[Link]] = Field(
        {}, description="The first `per_type` links of each type, with their evidence."
    )
    relationship_totals: dict[str, int] = Field(
        {}, description="How many links of each type the entity has in all."
    )


class Member(BaseModel):
    member: EntityRef
    role: str | None
    since: str | None
    until: str | None
    evidence: list[Evidence]


class DocumentSummary(BaseModel):
    id: str
    title: str | None
    kind: str | None
    date: str | None
    language: str | None
    source_url: str | None = None


class Span(BaseModel):
    claim_id: str
    type: str | None
    start: int
    end: int
    quote: str


class DocumentDetail(DocumentSummary):
    text: str | None
    spans: list[Span]
    highlight: Span | None = None
    highlighted_text: str | None = Field(
        None, description="The text with the highlighted span marked as [[...]]."
    )


class Endorsement(BaseModel):
    entity: EntityRef
    type: str = Field(description="SIGNED, ENDORSED or CO_SPONSORED")
    date: str | None
    evidence: list[Evidence]


class Withdrawal(BaseModel):
    state: EntityRef
    type: str = Field(description="WITHDREW_FROM, DEFERRED_DECISION_ON or DECLINED_TO_ATTEND")
    kind: str | None = Field(None, description="withdrew or will_not_join for WITHDREW_FROM")
    date: str | None
    until: str | None = Field(None, description="A return (e.g. Brazil 2023-01-05).")
    target: EntityRef
    evidence: list[Evidence]


class VoteEntry(EntityRef):
    evidence: list[Evidence]


class Votes(BaseModel):
    resolution: EntityRef
    yes: list[VoteEntry]
    no: list[VoteEntry]
    abstain: list[VoteEntry]
    absent: list[VoteEntry]


class SharedReason(BaseModel):
    kind: str = Field(description="position or coalition")
    via: EntityRef
    stance: str | None = Field(
        None, description="The partner's stance on the position: for or against."
    )
    your_stance: str | None = Field(None, description="The stance of `for` on the position.")
    agreement: Literal["shared", "opposed"] | None = Field(
        None, description="Whether the partner shares the stance of `for` or opposes it."
    )
    evidence: list[Evidence]


class Partner(BaseModel):
    partner: EntityRef
    score: float
    shared_positions: int
    shared_coalitions: int
    reasons: list[SharedReason]


class PathStep(BaseModel):
    """Step i of a path, from nodes[i] to nodes[i + 1], and the relationship it walks."""

    type: str
    source: str = Field(description="The relationship's subject (it runs source -> target).")
    target: str
    direction: Literal["forward", "backward"] = Field(
        description="forward when the relationship runs along the path (nodes[i] is its "
        "source), backward when it points back."
    )
    properties: dict[str, Any] = Field({}, description="role, since, until, stance, vote, date...")
    evidence: list[Evidence]


class Path(BaseModel):
    nodes: list[EntityRef]
    relationships: list[PathStep]
    hops: int = Field(description="Steps; 0 for the path from an entity to itself.")


class Tie(BaseModel):
    """One actor's link to what it shares with the other: its type, role, dates, evidence."""

    type: str
    properties: dict[str, Any] = Field({}, description="role, since, until, date, ...")
    evidence: list[Evidence]


class Shared(BaseModel):
    """Something both actors are tied to (or, for two coalitions, a member of both)."""

    entity: EntityRef
    a: list[Tie] = Field(description="How `a` is tied to it (or how it is tied to `a`).")
    b: list[Tie] = Field(description="The same for `b`.")


class Interlocks(BaseModel):
    a: EntityRef
    b: EntityRef
    as_of: str | None = Field(None, description="Only ties valid on this day, when given.")
    shared_members: list[Shared] = Field(
        [], description="For two coalitions: who is a member of both, with both roles and dates."
    )
    coalitions: list[Shared] = Field([], description="Coalitions and bodies both belong to.")
    events: list[Shared] = Field([], description="Events and processes both took part in.")
    documents: list[Shared] = Field([], description="Documents both signed, endorsed, wrote.")
    direct: list[Link] = Field([], description="The links between `a` and `b`, seen from `a`.")


class Speaker(BaseModel):
    person: EntityRef
    role: str | None
    evidence: list[Evidence]


class EventDetail(EntityRef):
    properties: dict[str, Any] = {}
    organizers: list[Link]
    sponsors: list[Link] = Field(description="Co-sponsors and endorsers of the event.")
    hosts: list[Link]
    speakers: list[Speaker]
    participants: list[Link]


class TimelineEntry(BaseModel):
    date: str | None
    type: str
    direction: str
    other: EntityRef
    properties: dict[str, Any]
    evidence: list[Evidence]


class GraphNode(EntityRef):
    properties: dict[str, Any] = {}


class GraphEdge(BaseModel):
    source: str
    target: str
    type: str
    properties: dict[str, Any] = {}
    evidence: list[Evidence] = []


class Subgraph(BaseModel):
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = False
