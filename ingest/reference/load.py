"""The whole reference layer: every file of data/reference and the sample corpus, as records."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ingest.records import ClaimRecord, NodeRecord
from ingest.reference import claims, corpus, nodes

Records = tuple[tuple[NodeRecord, ...], tuple[ClaimRecord, ...]]


def reference_records(data_dir: Path) -> Records:
    """Read once per process (loading, the gazetteer and document ingestion all need them), and
    again whenever a file under data_dir changes."""
    if not (data_dir / "reference").is_dir():
        raise FileNotFoundError(
            f"No reference data in {data_dir}: set COALITION_GRAPH_DATA_DIR to the data/ folder."
        )
    return _read(data_dir.resolve(), _fingerprint(data_dir))


def _fingerprint(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    files = sorted(p for p in data_dir.rglob("*") if p.is_file())
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


@lru_cache(maxsize=4)  # keyed by the fingerprint too: an edited file is read again
def _read(data_dir: Path, fingerprint: tuple[tuple[str, int, int], ...]) -> Records:
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
    return tuple(all_nodes), tuple(all_claims)
