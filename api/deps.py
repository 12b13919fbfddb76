"""What routers receive through Depends: the async driver and the database name."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from neo4j import AsyncDriver


def _driver(request: Request) -> AsyncDriver:
    driver: AsyncDriver = request.app.state.driver
    return driver


def _database(request: Request) -> str:
    database: str = request.app.state.database
    return database


Driver = Annotated[AsyncDriver, Depends(_driver)]
Database = Annotated[str, Depends(_database)]
