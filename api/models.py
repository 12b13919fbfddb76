"""Response models of the HTTP API (the wire format)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Health(BaseModel):
    status: Literal["ok"] = Field(description="Always 'ok' when the graph answered.")
    neo4j_version: str = Field(description="The Neo4j server's version.", examples=["5.26.29"])
    nodes: int = Field(ge=0, description="Nodes in the graph.")
    relationships: int = Field(ge=0, description="Relationships in the graph.")


class Problem(BaseModel):
    """An error answer (the shape of FastAPI's own HTTPException answers)."""

    detail: str = Field(description="What went wrong, in one sentence.")


class FieldError(BaseModel):
    """One wrong parameter or field (FastAPI's validation answers, and api.errors.invalid)."""

    loc: list[str | int] = Field(description="Where: ['query', 'as_of'], ['body', 'file'].")
    msg: str
    type: str


class SheetProblem(BaseModel):
    """One problem of a member sheet, as the spreadsheet numbers its rows."""

    row: int | None
    column: str | None
    message: str


class UnmatchedNames(BaseModel):
    message: str
    unmatched: list[dict[str, Any]] = Field(description="{row, name, status, options}")


class WriteProblem(BaseModel):
    """A write's 422: a sentence, wrong fields, a sheet's problems, or its unmatched names."""

    detail: str | list[FieldError] | list[SheetProblem] | UnmatchedNames
