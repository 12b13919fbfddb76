"""An event: who organized, sponsored and hosted it, who spoke in which role, who took part."""

from __future__ import annotations

from graph.queries.common import GraphContext
from graph.queries.search import entity_links
from graph.queries.shape import public_props
from graph.queries.types import EntityRef, EventDetail, Link, Speaker


async def event_detail(ctx: GraphContext, event_id: str) -> EventDetail | None:
    found = await entity_links(ctx, event_id)
    if found is None:
        return None
    node, links = found
    ref = EntityRef.from_row(node)
    if ref.type != "Event":
        return None
    incoming: dict[str, list[Link]] = {}
    for item in links:
        if item.direction == "in":
            incoming.setdefault(item.type, []).append(item)
    speakers = [
        Speaker(person=x.other, role=x.properties.get("role"), evidence=x.evidence)
        for x in sorted(
            incoming.get("SPOKE_AT", []), key=lambda x: (str(x.properties.get("role")), x.other.id)
        )
    ]
    return EventDetail(
        **ref.model_dump(),
        properties={
            k: v for k, v in public_props(node).items() if k not in ("id", "name", "labels")
        },
        organizers=incoming.get("ORGANIZED", []),
        sponsors=incoming.get("CO_SPONSORED", []) + incoming.get("ENDORSED", []),
        hosts=incoming.get("HOSTED", []),
        speakers=speakers,
        participants=incoming.get("PARTICIPATED_IN", []),
    )
