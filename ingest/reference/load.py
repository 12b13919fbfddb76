"""The whole reference layer: every file of data/reference and the sample corpus, as records."""

from __future__ import annotations

from pathlib import Path

from ingest.records import ClaimRecord, NodeRecord
from ingest.reference import claims, corpus, nodes


def reference_records(data_dir: Path) -> tuple[list[NodeRecord], list[ClaimRecord]]:
    if not (data_dir / "reference").is_dir():
        raise FileNotFoundError(
            f"No reference data in {data_dir}: set COALITION_GRAPH_DATA_DIR to the data/ folder."
        )
    entities = nodes.entities(data_dir)
    documents, texts = corpus.documents(data_dir, entities)
    with_text = {d.id for d in documents}
    all_nodes = [
        *nodes.governments(data_dir),
        *(e for e in entities if e.id not in with_text),
        *documents,
        *nodes.positions(data_dir),
    ]
    find = corpus.quote_finder(texts)
    all_claims = [
        *claims.votes(data_dir),
        *claims.state_actions(data_dir),
        *claims.relationship_rows(data_dir, "relationships.csv", find),
        *claims.relationship_rows(data_dir, "advocates.csv", find),
        *claims.conflicts(data_dir, find),
    ]
    return all_nodes, all_claims
