"""Node records of the reference layer: governments, curated entities, positions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.model import load_model
from ingest.confidence import confidence_of
from ingest.records import NodeRecord, Value
from ingest.reference.sources import csv_rows, curated_evidence, urls_in, yaml_list

_NOT_PROPS = {"id", "labels", "source", "confidence"}


def _provenance(
    data_dir: Path, path: Path, line: int | None, source: str, confidence: str
) -> dict[str, Value]:
    evidence = curated_evidence(data_dir, path, line, source, confidence)
    return {
        "method": "curated",
        "source_ref": evidence.source_ref,
        "sources": list(urls_in(source)),
        "citation": source or None,
        "confidence": confidence_of(confidence),
        "confidence_label": confidence or None,
    }


def _names(*groups: Any) -> list[str]:
    """Unique non-empty names, in order."""
    seen: dict[str, None] = {}
    for group in groups:
        items = group if isinstance(group, list) else [group]
        for item in items:
            if item and str(item).strip():
                seen.setdefault(str(item).strip(), None)
    return list(seen)


def governments(data_dir: Path) -> list[NodeRecord]:
    """The 193 UN member states (governments.csv), id = lower-case ISO 3166 alpha-3."""
    path = data_dir / "reference" / "governments.csv"
    records = []
    for line, row in csv_rows(path):
        aliases = _names(row["aliases"].split("|"), row.get("name_es"), row.get("name_fr"))
        props: dict[str, Value] = {
            "name": row["name"],
            "iso3": row["iso3"].upper(),
            "name_es": row.get("name_es") or None,
            "name_fr": row.get("name_fr") or None,
            "aliases": [a for a in aliases if a != row["name"]],
            "un_member": row["un_member"].lower() == "true",
            **_provenance(data_dir, path, line, row["source"], row["confidence"]),
        }
        records.append(NodeRecord(row["id"], ("Government",), props))
    return records


def _scalar_or_names(value: Any) -> Value:
    if isinstance(value, list):
        return _names(value)
    if isinstance(value, bool | int | float) or value is None:
        return value
    return str(value)


def entities(
    data_dir: Path, file_name: str = "entities.yaml", default_labels: tuple[str, ...] = ()
) -> list[NodeRecord]:
    """Curated entities (entities.yaml, positions.yaml): labels from the model, props as given."""
    path = data_dir / "reference" / file_name
    model_labels = load_model().labels
    records = []
    for entry in yaml_list(path):
        labels = tuple(entry.get("labels") or default_labels)
        unknown = [label for label in labels if label not in model_labels]
        if not labels or unknown:
            raise ValueError(f"{path}: entry {entry.get('id')!r} has unknown labels {unknown}")
        props = {k: _scalar_or_names(v) for k, v in entry.items() if k not in _NOT_PROPS}
        props = {k: v for k, v in props.items() if v is not None and v != []}
        props.setdefault("name", props.get("title"))
        source, confidence = str(entry.get("source") or ""), str(entry.get("confidence") or "")
        props.update(_provenance(data_dir, path, None, source, confidence))
        records.append(NodeRecord(str(entry["id"]), labels, props))
    return records


def positions(data_dir: Path) -> list[NodeRecord]:
    return entities(data_dir, "positions.yaml", default_labels=("Position",))
