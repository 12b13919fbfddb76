"""The domain model as data, and the schema derived from it (no database needed)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from graph.model import load_model, parse_model
from graph.schema import schema_statements


def raw_model() -> dict[str, Any]:
    import importlib.resources

    text = importlib.resources.files("graph").joinpath("model.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


def test_model_holds_the_design_labels_and_types() -> None:
    model = load_model()
    assert {
        "Organization",
        "Coalition",
        "Government",
        "IntergovernmentalBody",
        "Person",
        "Document",
        "Event",
        "Process",
        "Position",
        "Place",
    } <= set(model.labels)
    assert model.labels["Coalition"].extends == "Organization"
    assert model.relationships["WITHDREW_FROM"].sources == ("Government",)
    assert model.relationships["WITHDREW_FROM"].targets == ("Process",)
    assert "vote" in model.relationships["VOTED"].properties


def test_schema_has_one_constraint_per_label_and_a_fulltext_index() -> None:
    model = load_model()
    statements = schema_statements(model)
    constraints = [s for s in statements if s.startswith("CREATE CONSTRAINT")]
    assert len(constraints) == len(model.labels) + 3  # every label, Entity, Claim, Decision
    for label in [*model.labels, "Entity", "Claim", "Decision"]:
        assert any(f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" in s for s in constraints)
    assert all("IF NOT EXISTS" in s for s in statements)
    fulltext = [s for s in statements if "FULLTEXT" in s]
    assert len(fulltext) == 1 and "n.aliases" in fulltext[0] and "n.former_names" in fulltext[0]


@pytest.mark.parametrize(
    ("section", "bad"),
    [
        ("labels", "Org) DETACH DELETE (n"),
        ("labels", "lowercase"),
        ("relationships", "MEMBER OF"),
        ("relationships", "member_of"),
    ],
)
def test_names_that_could_break_cypher_are_refused(section: str, bad: str) -> None:
    raw = raw_model()
    first = next(iter(raw[section]))
    raw[section][bad] = raw[section].pop(first)
    if section == "labels":
        # keep references consistent so only the name itself is at fault
        for spec in raw["relationships"].values():
            spec["from"] = [bad if x == first else x for x in spec["from"]]
            spec["to"] = [bad if x == first else x for x in spec["to"]]
        for spec in raw["labels"].values():
            if spec.get("extends") == first:
                spec["extends"] = bad
    with pytest.raises(ValueError, match="not a valid name"):
        parse_model(raw)


def test_unknown_endpoint_labels_are_refused() -> None:
    raw = raw_model()
    raw["relationships"]["MEMBER_OF"]["to"] = ["Coalitionn"]
    with pytest.raises(ValueError, match="unknown labels"):
        parse_model(raw)


def test_bad_property_names_are_refused() -> None:
    raw = raw_model()
    raw["labels"]["Person"]["properties"].append("name}) MATCH (x")
    with pytest.raises(ValueError, match="property"):
        parse_model(raw)
