"""The domain model read from model.yaml: labels, relationship types and their properties.

Names read here are later written into Cypher (labels and types cannot be parameters), so each
is checked against a strict pattern at load time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

ENTITY_LABEL = "Entity"
# Provenance: one Claim node per assertion (docs/provenance.md); not an Entity.
CLAIM_LABEL = "Claim"
# A person's judgement that two entities are (or are not) the same (graph.queries.entities).
DECISION_LABEL = "Decision"
_LABEL = re.compile(r"^[A-Z][A-Za-z]{0,63}$")
_REL_TYPE = re.compile(r"^[A-Z][A-Z_]{0,63}$")
_PROPERTY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class Label:
    name: str
    description: str
    properties: tuple[str, ...]
    extends: str | None = None


@dataclass(frozen=True)
class RelationshipType:
    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    properties: tuple[str, ...]
    key: tuple[str, ...] = ()


@dataclass(frozen=True)
class Model:
    labels: dict[str, Label]
    relationships: dict[str, RelationshipType]
    fulltext_index: str
    fulltext_properties: tuple[str, ...]

    def label_names(self) -> list[str]:
        return list(self.labels)


def _checked(pattern: re.Pattern[str], name: str, what: str) -> str:
    if not pattern.match(name):
        raise ValueError(f"model.yaml: {what} {name!r} is not a valid name")
    return name


def parse_model(raw: dict[str, Any]) -> Model:
    labels = {
        _checked(_LABEL, name, "label"): Label(
            name=name,
            description=str(spec.get("description", "")),
            properties=tuple(_checked(_PROPERTY, p, "property") for p in spec["properties"]),
            extends=spec.get("extends"),
        )
        for name, spec in raw["labels"].items()
    }
    for label in labels.values():
        if label.extends is not None and label.extends not in labels:
            raise ValueError(f"model.yaml: {label.name} extends unknown label {label.extends}")
    known = set(labels) | {"any"}
    relationships = {}
    for name, spec in raw["relationships"].items():
        ends = tuple(spec["from"]), tuple(spec["to"])
        unknown = set(ends[0] + ends[1]) - known
        if unknown:
            raise ValueError(f"model.yaml: {name} names unknown labels {sorted(unknown)}")
        relationships[_checked(_REL_TYPE, name, "relationship type")] = RelationshipType(
            name=name,
            sources=ends[0],
            targets=ends[1],
            properties=tuple(_checked(_PROPERTY, p, "property") for p in spec["properties"]),
            key=tuple(_checked(_PROPERTY, p, "key property") for p in spec.get("key", [])),
        )
        if not set(relationships[name].key) <= set(relationships[name].properties):
            raise ValueError(f"model.yaml: the key of {name} must be among its properties")
    fulltext = raw["fulltext"]
    return Model(
        labels=labels,
        relationships=relationships,
        fulltext_index=_checked(re.compile(r"^[a-z_]+$"), fulltext["name"], "index"),
        fulltext_properties=tuple(
            _checked(_PROPERTY, p, "property") for p in fulltext["properties"]
        ),
    )


@lru_cache(maxsize=1)
def load_model() -> Model:
    text = resources.files("graph").joinpath("model.yaml").read_text(encoding="utf-8")
    return parse_model(yaml.safe_load(text))
