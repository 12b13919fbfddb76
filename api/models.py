"""Response models of the HTTP API (the wire format)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Health(BaseModel):
    status: Literal["ok"] = Field(description="Always 'ok' when the graph answered.")
    neo4j_version: str = Field(description="The Neo4j server's version.", examples=["5.26.29"])
    nodes: int = Field(ge=0, description="Nodes in the graph.")
    relationships: int = Field(ge=0, description="Relationships in the graph.")


class Problem(BaseModel):
    """An error answer (the shape of FastAPI's own HTTPException answers)."""

    detail: str = Field(description="What went wrong, in one sentence.")
