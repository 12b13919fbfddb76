"""The schema on the real server: applied twice it changes nothing, and it holds."""

from __future__ import annotations

import pytest
from neo4j import Driver
from neo4j.exceptions import ConstraintError

from graph.model import load_model
from graph.schema import apply_schema
from graph.settings import Settings


def schema_names(driver: Driver, database: str) -> tuple[set[str], set[str]]:
    constraints = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database)
    indexes = driver.execute_query("SHOW INDEXES YIELD name", database_=database)
    return (
        {r["name"] for r in constraints.records},
        {r["name"] for r in indexes.records},
    )


def test_schema_is_idempotent(driver: Driver, graph_settings: Settings) -> None:
    db = graph_settings.neo4j_database
    apply_schema(driver, db)
    first = schema_names(driver, db)
    apply_schema(driver, db)
    assert schema_names(driver, db) == first
    model = load_model()
    assert {f"{label.lower()}_id" for label in model.labels} <= first[0]
    assert model.fulltext_index in first[1]


def test_ids_are_unique_per_label(driver: Driver, graph_settings: Settings) -> None:
    db = graph_settings.neo4j_database
    apply_schema(driver, db)
    driver.execute_query("CREATE (:Entity:Organization {id: 'picum', name: 'PICUM'})", database_=db)
    with pytest.raises(ConstraintError):
        driver.execute_query(
            "CREATE (:Entity:Organization {id: 'picum', name: 'Another'})", database_=db
        )


def test_fulltext_index_finds_aliases_and_former_names(
    driver: Driver, graph_settings: Settings
) -> None:
    db = graph_settings.neo4j_database
    apply_schema(driver, db)
    driver.execute_query(
        "CREATE (:Entity:Organization:Coalition {id: 'alianza-americas', name: 'Alianza Americas',"
        " aliases: ['Alianza Américas'], former_names: ['NALACC']})",
        database_=db,
    )
    driver.execute_query("CALL db.awaitIndexes(60)", database_=db)
    found = driver.execute_query(
        "CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.id AS id",
        index=load_model().fulltext_index,
        q="NALACC",
        database_=db,
    )
    assert [r["id"] for r in found.records] == ["alianza-americas"]
