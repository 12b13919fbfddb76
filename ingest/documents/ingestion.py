"""`coalition-graph ingest PATH...`: files and folders -> Documents, candidates and claims.

Each file is read, split, extracted and turned into records before anything is written; a file
that fails any of that is reported by name and the batch goes on, with the graph untouched by
it. Everything is written through ingest.writer.write (batched, idempotent): re-ingesting an
unchanged file changes nothing and says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from graph.queries import documents as qd
from graph.queries import entities as qe
from graph.settings import Settings
from ingest.documents.build import (
    Built,
    GraphState,
    build,
    checksum,
    mark_rejected,
    node_id_of,
)
from ingest.documents.errors import DocumentError
from ingest.documents.extraction import (
    Segmented,
    document_ids_for,
    extract,
    gazetteer,
    reference_checksums,
    reference_nodes,
    segment,
)
from ingest.documents.readers import SourceText, read_source, supported
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from ingest.writer import LoadError, LoadSummary, same_as_map, write


class GraphUnavailable(RuntimeError):
    """Neo4j stopped answering while a file was read or written: the batch stops there (every
    later file would wait for the same server). The file was not written."""

    def __init__(self, path: Path, cause: Exception) -> None:
        self.path, self.cause = path, cause
        reason = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
        super().__init__(f"{path}: not written, Neo4j is not reachable ({reason})")


def unreachable(exc: Exception) -> bool:
    """A lost or refused connection, or a database that went offline: not the file's fault."""
    if isinstance(exc, ServiceUnavailable | SessionExpired):
        return True
    return isinstance(exc, Neo4jError) and "DatabaseUnavailable" in (exc.code or "")


@dataclass
class FileResult:
    path: Path
    documents: list[str] = field(default_factory=list)
    entities: int = 0
    relations: int = 0
    candidates: int = 0
    proposed: int = 0
    skipped: int = 0
    summary: LoadSummary | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    characters: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Prepared:
    source: SourceText
    segmented: Segmented
    ids: list[str]  # one Document id per segment
    extraction: Extraction


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[FileResult]]:
    """Files to ingest (folders walked, sorted, hidden files and unknown formats left out),
    and a failed result for each path that does not exist."""
    files: list[Path] = []
    missing: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and supported(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists():
            files.append(path)
        else:
            missing.append(FileResult(path, error=f"{path}: no such file or folder"))
    return list(dict.fromkeys(files)), missing


def prepare(
    path: Path,
    settings: Settings,
    gaz: Gazetteer,
    known: Callable[[str], Mapping[str, str]] | None = None,
    date: str | None = None,
) -> Prepared:
    """Read, split and extract one file. known(checksum) gives the Documents that already hold
    a text (default: the shipped sample corpus), so that the same text is never two Documents.
    date (`--date`): the date of a file that carries none (ingest.documents.extraction.segment)."""
    source = read_source(path, settings.max_document_bytes)
    segmented = segment(source, date)
    found = dict(reference_checksums(settings.data_dir))
    if known is not None:
        found.update(known(checksum(source.text)))
    ids = document_ids_for(source.text, segmented, found)
    extraction = extract(source.text, segmented, gaz, ids, set(found.values()))
    extraction.warnings = [*source.warnings, *extraction.warnings]
    return Prepared(source, segmented, ids, extraction)


def checksum_lookup(driver: Driver, database: str) -> Callable[[str], Mapping[str, str]]:
    """checksum -> {checksum: id} of a Document of the graph that stores exactly that text."""

    def known(text_checksum: str) -> Mapping[str, str]:
        with driver.session(database=database) as session:
            found: Mapping[str, str] = session.execute_read(
                qd.documents_by_checksum, [text_checksum]
            )
        return found

    return known


class Ingestor:
    """One batch: the gazetteer and the merge decisions are read once, files go one by one."""

    def __init__(
        self,
        driver: Driver,
        database: str,
        settings: Settings,
        dry_run: bool = False,
        date: str | None = None,
    ) -> None:
        self.driver, self.database, self.settings, self.dry_run = (
            driver,
            database,
            settings,
            dry_run,
        )
        self.date = date  # --date: for files that carry no date
        self.same_as = same_as_map(driver, database)
        with driver.session(database=database) as session:
            rows = session.execute_read(qe.gazetteer_rows)
        self.gazetteer = gazetteer(settings.data_dir, rows, self.same_as)
        self.known = checksum_lookup(driver, database)

    def ingest(self, path: Path) -> FileResult:
        began = time.perf_counter()
        result = FileResult(path)
        try:
            prepared = prepare(path, self.settings, self.gazetteer, self.known, self.date)
            result.characters = len(prepared.source.text)
            built = self._build(path, prepared)
            summary = write(
                self.driver,
                self.database,
                built.nodes,
                built.claims,
                dry_run=self.dry_run,
                one_transaction=True,
            )
        except DocumentError as exc:
            result.error = str(exc)
        except (ServiceUnavailable, SessionExpired, Neo4jError) as exc:
            if unreachable(exc):
                raise GraphUnavailable(path, exc) from exc
            result.error = f"{path}: not written ({exc})"
        except LoadError as exc:
            result.error = f"{path}: not written ({exc})"
        except Exception as exc:
            result.error = f"{path}: extraction failed ({type(exc).__name__}: {exc})"
        else:
            result.documents = [doc_id for doc_id, _ in built.documents]
            result.entities, result.candidates = built.entities, built.candidates
            result.relations, result.proposed = len(built.claims), built.proposed
            result.skipped, result.summary = built.skipped, summary
            result.warnings = [*prepared.extraction.warnings, *built.warnings]
        result.seconds = time.perf_counter() - began
        return result

    def _build(self, path: Path, prepared: Prepared) -> Built:
        extraction = prepared.extraction
        ids = sorted({node_id_of(e, self.same_as) for e in extraction.entities} | {*prepared.ids})
        with self.driver.session(database=self.database) as session:
            states = session.execute_read(qe.entity_states, ids)
            built = build(
                path,
                extraction,
                prepared.ids,
                prepared.source.format,
                GraphState(states, self.same_as),
                reference_nodes(self.settings.data_dir),
                prepared.segmented.kinds,
                prepared.segmented.source_url,
            )
            keys = sorted({c.rel_key for c in built.claims})
            if keys:
                rejected = session.execute_read(qd.rejected_claims, prepared.ids, keys)
                mark_rejected(built, rejected)
        return built


def ingest_paths(
    driver: Driver,
    database: str,
    settings: Settings,
    paths: Sequence[Path],
    dry_run: bool = False,
    on_file: Callable[[FileResult], None] | None = None,
    date: str | None = None,
) -> list[FileResult]:
    files, results = collect(paths)
    ingestor = Ingestor(driver, database, settings, dry_run, date)
    for path in files:
        result = ingestor.ingest(path)
        results.append(result)
        if on_file is not None:
            on_file(result)
    return results
