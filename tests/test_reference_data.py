"""The curated reference layer (data/reference) and the sample corpus (data/corpus), checked
against each other and against graph/model.yaml. Pure: no database.

Files are read with ingest.reference.sources (csv_rows, yaml_list), the model with
graph.model.load_model(), and the records are those the loader really builds
(ingest.reference.load.reference_records). Every test runs on a `Reference` (a data/ folder), so
the tests at the end can run the same checks on a deliberately broken copy and see them fail.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from graph.model import Model, load_model
from ingest.confidence import LABELS, confidence_of, normalise_label
from ingest.records import ClaimRecord, NodeRecord
from ingest.reference.claims import ReferenceError
from ingest.reference.corpus import checksum, corpus_files
from ingest.reference.load import Records, reference_records
from ingest.reference.sources import CORPUS_PREFIX, corpus_files_in, csv_rows, yaml_list

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SHARED = ROOT.parent / "shared"  # where the verbatim copies come from, when it is there

Row = dict[str, str]

# Confidence labels the curated files use (data/reference/README.md, "Confidence labels").
CONFIDENCE_LABELS = {"H", "M", "L", "M\u2013H", "high", "medium-high", "unverified"}
VOTES = {"yes", "no", "abstain", "absent"}
EXPECTED_VOTES = {"yes": 152, "no": 5, "abstain": 12, "absent": 24}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PROPERTY_COLUMNS = ["role", "since", "until", "date", "kind", "stance"]
SOURCE_PREFIXES = (
    "http://",
    "https://",
    "facts.md",
    "un_vote_a_res_73_195.csv",
    "gcm_compact_state_actions.csv",
)
# Copies of ../shared/reference, kept byte for byte (the vote table keeps its CRLF).
VERBATIM = {"un_vote_a_res_73_195.csv", "gcm_compact_state_actions.csv", "facts.md"}
RESERVED = {
    "gcm-coalition": "Coalition",
    "gcm-compact": "Process",
    "alianza-americas": "Organization",
    "wimn": "Coalition",
    "pga": "Coalition",
    "pga-2016-dhaka": "Event",
    "made": "Coalition",
    "action-committee": "Coalition",
    "picum": "Organization",
    "mfa-asia": "Organization",
    "nnirr": "Organization",
    "mri": "Organization",
    "ohchr": "IntergovernmentalBody",
    "iom": "IntergovernmentalBody",
    "unga": "IntergovernmentalBody",
    "a-res-73-195": "Document",
    "marrakech-conference-2018": "Event",
    "usa": "Government",
    "hun": "Government",
    "a-res-71-1": "Document",
    "puerto-vallarta-stocktaking-2017": "Event",
    "unhcr": "IntergovernmentalBody",
    "ilo": "IntergovernmentalBody",
    "un-network-on-migration": "IntergovernmentalBody",
    "gfmd": "IntergovernmentalBody",
}
ENTITY_KEYS = [
    "id",
    "labels",
    "name",
    "aliases",
    "former_names",
    "acronym",
    "founded",
    "country",
    "url",
    "description",
    "source",
    "confidence",
]
ACTION_KINDS = {
    "ended_participation_in_negotiations",
    "left_adoption_process",
    "withdrew",
    "will_not_join",
    "rejoined",
    "declined_to_attend_marrakech",
    "deferred_decision_and_declined_to_attend_marrakech",
    "declined_to_attend_vote",
}
CLAIM_COLUMNS = [
    "claim_id",
    "type",
    "from_id",
    "to_id",
    "property",
    "value",
    "preferred",
    "status",
    "source",
    "confidence",
    "note",
]
RELATIONSHIP_FILES = ["relationships.csv", "advocates.csv"]
SOURCED_FILES = [
    "governments.csv",
    "entities.yaml",
    "positions.yaml",
    "relationships.csv",
    "advocates.csv",
    "claims_conflicts.csv",
]
CONFIDENCE_FILES = [f for f in SOURCED_FILES if f != "positions.yaml"]
REFERENCE_FILES = sorted(
    p.name for p in (DATA / "reference").iterdir() if p.suffix in (".csv", ".yaml")
)
SEED_FILES = sorted(p.name for p in (DATA / "corpus" / "seeds").glob("*.txt"))


@dataclass
class Reference:
    """A data/ folder: its files row by row, and the records the loader builds from it."""

    data_dir: Path
    _rows: dict[str, list[tuple[int, Row]]] = field(default_factory=dict, repr=False)
    _entries: dict[str, list[tuple[int | None, dict[str, Any]]]] = field(
        default_factory=dict, repr=False
    )

    @property
    def ref_dir(self) -> Path:
        return self.data_dir / "reference"

    @property
    def corpus_dir(self) -> Path:
        return self.data_dir / "corpus"

    def where(self, name: str, line: int | None = None) -> str:
        """`data/reference/<name>:<line>`, as assertion messages name a row."""
        shown = (self.ref_dir / name).relative_to(self.data_dir.parent)
        return f"{shown}:{line}" if line else str(shown)

    def rows(self, name: str) -> list[tuple[int, Row]]:
        """(line, row) of a CSV of data/reference, through the loader's own reader."""
        if name not in self._rows:
            self._rows[name] = list(csv_rows(self.ref_dir / name))
        return self._rows[name]

    def entries(self, name: str) -> list[tuple[int | None, dict[str, Any]]]:
        """(line, entry) of a YAML list of data/reference; the line is the entry's `- id:`."""
        if name not in self._entries:
            self._entries[name] = self._read_entries(self.ref_dir / name)
        return self._entries[name]

    @staticmethod
    def _read_entries(path: Path) -> list[tuple[int | None, dict[str, Any]]]:
        lines = path.read_text(encoding="utf-8").split("\n")
        starts = {
            m.group(1): i
            for i, text in enumerate(lines, 1)
            if (m := re.match(r"^- id:\s*['\"]?([^'\"\s]+)", text))
        }
        return [(starts.get(str(e.get("id"))), e) for e in yaml_list(path)]

    def located(self, name: str) -> list[tuple[str, dict[str, Any]]]:
        """(where, row-or-entry) of a CSV or YAML file, for checks that hold for both."""
        if name.endswith(".csv"):
            return [(self.where(name, line), dict(row)) for line, row in self.rows(name)]
        return [(self.where(name, line), entry) for line, entry in self.entries(name)]

    def node_places(self) -> dict[str, str]:
        """Node id -> the file and line that define it (corpus headers: the corpus file)."""
        places = {
            str(row.get("id")): where
            for name in ["governments.csv", "entities.yaml", "positions.yaml"]
            for where, row in self.located(name)
        }
        for node in self.node_list:
            places.setdefault(node.id, str(node.props.get("source_ref")))
        return places

    def row_of(self, claim: ClaimRecord) -> Row | None:
        """The CSV row a claim was read from (its evidence names file and line)."""
        ref, _, line = claim.evidence.source_ref.partition("#row=")
        name = Path(ref).name
        if not line or not (self.ref_dir / name).is_file():
            return None
        return dict(self.rows(name)).get(int(line))

    @cached_property
    def records(self) -> Records:
        return reference_records(self.data_dir)

    @property
    def node_list(self) -> tuple[NodeRecord, ...]:
        return self.records[0]

    @property
    def nodes(self) -> dict[str, NodeRecord]:
        return {n.id: n for n in self.node_list}

    @property
    def claims(self) -> tuple[ClaimRecord, ...]:
        return self.records[1]

    @cached_property
    def corpus_texts(self) -> dict[str, str]:
        """Corpus file name -> its exact text (bytes decoded, newlines untouched)."""
        return {n: p.read_bytes().decode("utf-8") for n, p in corpus_files(self.data_dir).items()}

    def government_ids(self) -> set[str]:
        return {row["id"] for _, row in self.rows("governments.csv")}

    def vote_table(self) -> dict[str, str]:
        return {r["iso3"].lower(): r["vote"] for _, r in self.rows("un_vote_a_res_73_195.csv")}


@pytest.fixture(scope="module")
def ref() -> Reference:
    return Reference(DATA)


def where_claim(claim: ClaimRecord) -> str:
    """A claim's file and line: data/reference/relationships.csv:12."""
    return claim.evidence.source_ref.replace("#row=", ":")


def expanded(labels: Iterable[str], model: Model) -> set[str]:
    """A node's labels plus the ones they extend (Coalition -> Organization)."""
    out: set[str] = set()
    todo = list(labels)
    while todo:
        label = todo.pop()
        if label in out:
            continue
        out.add(label)
        spec = model.labels.get(label)
        if spec is not None and spec.extends:
            todo.append(spec.extends)
    return out


def allows(allowed: tuple[str, ...], labels: set[str]) -> bool:
    return "any" in allowed or bool(labels & set(allowed))


def source_problems(source: str, corpus_names: Iterable[str]) -> list[str]:
    """A source cell is ` ; `-separated URLs, facts.md, the verbatim CSVs and corpus:<file>."""
    if not source.strip():
        return ["empty source"]
    problems = []
    cited = []
    for part in (p.strip() for p in source.split(" ; ")):
        if part.startswith(CORPUS_PREFIX):
            cited.append(part[len(CORPUS_PREFIX) :])
            if cited[-1] not in set(corpus_names):
                problems.append(f"unknown corpus file {part}")
        elif not part.startswith(SOURCE_PREFIXES):
            problems.append(
                f"source part {part!r} is neither a URL, facts.md, a reference CSV nor "
                "corpus:<file>"
            )
    if cited != corpus_files_in(source):
        problems.append(f"the loader reads the corpus files {corpus_files_in(source)}, not {cited}")
    return problems


def preferred_votes(claims: Iterable[ClaimRecord]) -> tuple[dict[str, str], list[str]]:
    """Each state's vote from the accepted, preferred VOTED claims of its relationship
    (grouped by rel_key, as ingest.materialize does), and the relationships whose preferred
    claims disagree on the vote."""
    by_key: dict[str, list[ClaimRecord]] = defaultdict(list)
    for claim in claims:
        if claim.predicate == "VOTED":
            by_key[claim.rel_key].append(claim)
    votes: dict[str, str] = {}
    problems = []
    for key, group in sorted(by_key.items()):
        supporting = [c for c in group if c.preferred and c.status == "accepted"]
        values = {str(c.props["vote"]) for c in supporting if c.props.get("vote") is not None}
        if len(values) != 1:
            where = ", ".join(where_claim(c) for c in supporting)
            problems.append(f"{key}: preferred accepted votes {sorted(values)} ({where})")
            continue
        votes[group[0].subject_id] = values.pop()
    return votes, problems


# ---------------------------------------------------------------------------------- files


@pytest.mark.parametrize("name", REFERENCE_FILES)
def test_reference_files_use_lf_newlines(ref: Reference, name: str) -> None:
    raw = (ref.ref_dir / name).read_bytes()
    if name in VERBATIM:  # kept as its source has it: CRLF throughout is fine, a lone CR is not
        raw = raw.replace(b"\r\n", b"\n")
    lines = [i for i, line in enumerate(raw.split(b"\n"), 1) if b"\r" in line]
    assert not lines, f"{ref.where(name)}: CR characters on lines {lines} (LF newlines only)"


def test_corpus_has_seeds_more_and_readmes(ref: Reference) -> None:
    corpus = ref.corpus_dir
    missing = [
        str(p.relative_to(ref.data_dir.parent))
        for p in [corpus / "README.md", corpus / "more" / "GOLD.md", corpus / "more" / "README.md"]
        if not p.is_file()
    ]
    assert not missing, f"missing {missing}"
    seeds = sorted(p.name for p in (corpus / "seeds").glob("*.txt"))
    assert len(seeds) == 5, f"data/corpus/seeds must hold the five seed documents, has {seeds}"


def test_corpus_file_names_are_unique(ref: Reference) -> None:
    names = Counter(p.name for p in ref.corpus_dir.glob("*/*") if p.is_file())
    twice = sorted(n for n, k in names.items() if k > 1)
    assert not twice, f"corpus file names used in more than one of data/corpus/*/: {twice}"


@pytest.mark.parametrize(
    "shared",
    [
        "reference/un_vote_a_res_73_195.csv",
        "reference/gcm_compact_state_actions.csv",
        "reference/facts.md",
        "corpus/seeds",
        "corpus/more",
    ],
)
def test_verbatim_copies_equal_the_shared_files(ref: Reference, shared: str) -> None:
    source = SHARED / shared
    if not source.exists():
        pytest.skip(f"{source} is not there to compare with")
    pairs = (
        [(p, ref.data_dir / shared / p.name) for p in sorted(source.iterdir())]
        if source.is_dir()
        else [(source, ref.ref_dir / source.name)]
    )
    differ = [
        f"{copy.relative_to(ref.data_dir.parent)} is not a byte-for-byte copy of {original}"
        for original, copy in pairs
        if not copy.is_file() or copy.read_bytes() != original.read_bytes()
    ]
    assert not differ, "\n".join(differ)


# ---------------------------------------------------------------------------------- governments


def test_there_are_193_governments(ref: Reference) -> None:
    rows = ref.rows("governments.csv")
    assert len(rows) == 193, f"{ref.where('governments.csv')}: {len(rows)} rows, expected 193"
    loaded = [n for n in ref.node_list if n.labels == ("Government",)]
    assert len(loaded) == 193, f"the loader builds {len(loaded)} Government records"


def test_government_ids_are_unique(ref: Reference) -> None:
    first: dict[str, int] = {}
    problems = []
    for line, row in ref.rows("governments.csv"):
        if row["id"] in first:
            problems.append(
                f"{ref.where('governments.csv', line)}: id {row['id']} already on line "
                f"{first[row['id']]}"
            )
        first.setdefault(row["id"], line)
    assert not problems, "\n".join(problems)


def test_government_ids_equal_the_vote_table(ref: Reference) -> None:
    ids, voters = ref.government_ids(), set(ref.vote_table())
    assert ids == voters, (
        f"{ref.where('governments.csv')} ids differ from the iso3 of "
        f"{ref.where('un_vote_a_res_73_195.csv')}: missing {sorted(voters - ids)}, "
        f"extra {sorted(ids - voters)}"
    )


def test_every_government_is_a_un_member(ref: Reference) -> None:
    problems = [
        f"{ref.where('governments.csv', line)}: {row['id']} un_member is {row['un_member']!r}"
        for line, row in ref.rows("governments.csv")
        if row["un_member"] != "true"
    ]
    assert not problems, "\n".join(problems)
    not_members = [n.id for n in ref.node_list if n.props.get("un_member") is False]
    assert not not_members, f"the loader reads un_member false for {not_members}"


def test_government_id_is_the_lower_case_iso3(ref: Reference) -> None:
    problems = [
        f"{ref.where('governments.csv', line)}: id {row['id']!r}, iso3 {row['iso3']!r}"
        for line, row in ref.rows("governments.csv")
        if row["iso3"].lower() != row["id"] or row["iso3"] != row["iso3"].upper()
    ]
    assert not problems, "id must be the lower-case iso3, iso3 upper-case:\n" + "\n".join(problems)


def test_government_columns_are_filled(ref: Reference) -> None:
    problems = [
        f"{ref.where('governments.csv', line)}: {row['id']} has an empty {column}"
        for line, row in ref.rows("governments.csv")
        for column in ["name", "name_es", "name_fr", "source", "confidence"]
        if not row[column]
    ]
    assert not problems, "\n".join(problems)


def test_a_government_name_or_alias_names_one_state(ref: Reference) -> None:
    seen: dict[str, str] = {}
    problems = []
    for line, row in ref.rows("governments.csv"):
        for name in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
            other = seen.setdefault(name.casefold(), row["id"])
            if other != row["id"]:
                problems.append(
                    f"{ref.where('governments.csv', line)}: {name!r} also names {other}"
                )
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------- entities


def test_entities_have_every_key(ref: Reference) -> None:
    problems = [
        f"{where}: {entry.get('id')} lacks {key}"
        for where, entry in ref.located("entities.yaml")
        for key in ENTITY_KEYS
        if key not in entry
    ]
    assert not problems, "\n".join(problems)


def test_entity_ids_are_slugs(ref: Reference) -> None:
    problems = [
        f"{where}: id {entry.get('id')!r} is not a lower-case slug"
        for where, entry in ref.located("entities.yaml")
        if not SLUG_RE.match(str(entry.get("id", "")))
    ]
    assert not problems, "\n".join(problems)


def test_node_ids_are_unique_across_files(ref: Reference) -> None:
    first: dict[str, str] = {}
    problems = []
    for name in ["governments.csv", "entities.yaml", "positions.yaml"]:
        for where, row in ref.located(name):
            node_id = str(row.get("id"))
            if node_id in first:
                problems.append(f"{where}: id {node_id} already used at {first[node_id]}")
            first.setdefault(node_id, where)
    loaded = Counter(n.id for n in ref.node_list)
    problems += [f"the loader builds {k} nodes with id {i}" for i, k in loaded.items() if k > 1]
    assert not problems, "\n".join(problems)


def test_entity_labels_are_model_labels(ref: Reference) -> None:
    model = load_model()
    problems = [
        f"{where}: {entry['id']} has label {label}, not an entity label of graph/model.yaml"
        for where, entry in ref.located("entities.yaml")
        for label in entry.get("labels") or ["(none)"]
        if label not in model.labels or label == "Government"
    ]
    assert not problems, "\n".join(problems)


def test_a_coalition_is_also_an_organization(ref: Reference) -> None:
    problems = [
        f"{where}: {entry['id']} is a Coalition without Organization"
        for where, entry in ref.located("entities.yaml")
        if "Coalition" in entry["labels"] and "Organization" not in entry["labels"]
    ]
    assert not problems, "\n".join(problems)


def test_entity_country_is_a_government(ref: Reference) -> None:
    governments = ref.government_ids()
    problems = [
        f"{where}: {entry['id']} country {entry['country']!r} is not a government id"
        for where, entry in ref.located("entities.yaml")
        if entry.get("country") and entry["country"] not in governments
    ]
    assert not problems, "\n".join(problems)


def test_entity_dates_are_iso_strings(ref: Reference) -> None:
    problems = [
        f"{where}: {entry['id']} {key} {entry[key]!r} is not an ISO (partial) date"
        for where, entry in ref.located("entities.yaml")
        for key in ["founded", "start_date", "end_date", "date"]
        if entry.get(key) is not None and not DATE_RE.match(str(entry[key]))
    ]
    assert not problems, "\n".join(problems)


def test_entity_descriptions_are_filled(ref: Reference) -> None:
    problems = [
        f"{where}: {entry['id']} has no description"
        for where, entry in ref.located("entities.yaml")
        if not str(entry.get("description") or "").strip()
    ]
    assert not problems, "\n".join(problems)


def test_positions_have_id_title_topic_description_source(ref: Reference) -> None:
    problems = [
        f"{where}: {entry.get('id')} lacks {key}"
        for where, entry in ref.located("positions.yaml")
        for key in ["id", "title", "topic", "description", "source"]
        if not entry.get(key)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("node_id", "label"), sorted(RESERVED.items()))
def test_reserved_id_exists(ref: Reference, node_id: str, label: str) -> None:
    node = ref.nodes.get(node_id)
    assert node is not None, f"reserved id {node_id} is in no file of data/reference"
    labels = expanded(node.labels, load_model())
    assert label in labels, f"reserved id {node_id} has labels {sorted(labels)}, lacks {label}"


def test_a_res_73_195_is_a_resolution(ref: Reference) -> None:
    node = ref.nodes["a-res-73-195"]
    assert node.labels == ("Document",) and node.props.get("kind") == "resolution", (
        f"{ref.where('entities.yaml')}: a-res-73-195 must be a Document of kind resolution, "
        f"is {node.labels} {node.props.get('kind')!r}"
    )


@pytest.mark.parametrize("node_id", ["alianza-americas", "wimn"])
def test_a_renamed_organization_keeps_its_former_names(ref: Reference, node_id: str) -> None:
    former = ref.nodes[node_id].props.get("former_names")
    assert former, (
        f"{ref.where('entities.yaml')}: {node_id} lacks former_names (a rename is one node)"
    )


def test_nalacc_is_a_former_name_of_alianza_americas_only(ref: Reference) -> None:
    former = ref.nodes["alianza-americas"].props.get("former_names")
    assert isinstance(former, list) and "NALACC" in former, (
        f"{ref.where('entities.yaml')}: alianza-americas former_names {former!r} lack NALACC"
    )
    places, problems = ref.node_places(), []
    for node in ref.node_list:
        names = [node.props.get("name"), node.props.get("acronym"), node.props.get("title")]
        for key in ["aliases", "former_names"]:
            value = node.props.get(key)
            names += value if isinstance(value, list) else []
        if node.id != "alianza-americas" and any(
            isinstance(n, str) and n.casefold() == "nalacc" for n in names
        ):
            problems.append(f"{places[node.id]}: {node.id} is also named NALACC")
    assert not problems, "\n".join(problems)


def test_no_name_is_another_nodes_former_name(ref: Reference) -> None:
    former = {
        str(name).casefold(): entry["id"]
        for _, entry in ref.located("entities.yaml")
        for name in entry.get("former_names") or []
    }
    problems = [
        f"{where}: the name of {entry['id']} is a former name of {former[key]} "
        "(renames are one node)"
        for where, entry in ref.located("entities.yaml")
        if (key := str(entry["name"]).casefold()) in former and former[key] != entry["id"]
    ]
    assert not problems, "\n".join(problems)


def test_the_two_gcms_are_different_nodes(ref: Reference) -> None:
    model = load_model()
    coalition, compact = ref.nodes["gcm-coalition"], ref.nodes["gcm-compact"]
    coalition_labels = expanded(coalition.labels, model)
    compact_labels = expanded(compact.labels, model)
    assert "Coalition" in coalition_labels and "Process" not in coalition_labels, coalition_labels
    assert "Process" in compact_labels and "Organization" not in compact_labels, compact_labels
    assert not coalition_labels & compact_labels, "gcm-coalition and gcm-compact share labels"


# ---------------------------------------------------------------------------------- sources


@pytest.mark.parametrize("name", SOURCED_FILES)
def test_sources_are_urls_facts_reference_csvs_or_corpus_files(ref: Reference, name: str) -> None:
    names = set(ref.corpus_texts)
    problems = [
        f"{where}: {problem}"
        for where, row in ref.located(name)
        for problem in source_problems(str(row.get("source") or ""), names)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", CONFIDENCE_FILES)
def test_confidence_labels_are_the_documented_ones(ref: Reference, name: str) -> None:
    problems = [
        f"{where}: confidence {row.get('confidence')!r} not in {sorted(CONFIDENCE_LABELS)}"
        for where, row in ref.located(name)
        if row.get("confidence") not in CONFIDENCE_LABELS
    ]
    assert not problems, "\n".join(problems)


def test_claim_confidence_is_in_0_1_and_keeps_its_label(ref: Reference) -> None:
    problems = []
    for claim in ref.claims:
        evidence, row = claim.evidence, ref.row_of(claim)
        if row is None:
            problems.append(f"{where_claim(claim)}: the claim names no row of a reference CSV")
            continue
        label = row.get("confidence") or None
        if not 0.0 <= evidence.confidence <= 1.0:
            problems.append(f"{where_claim(claim)}: confidence {evidence.confidence}")
        if evidence.confidence_label != label:
            problems.append(
                f"{where_claim(claim)}: label {evidence.confidence_label!r}, the row has {label!r}"
            )
        if label is None or normalise_label(label) not in LABELS:
            problems.append(f"{where_claim(claim)}: unknown confidence label {label!r}")
        elif evidence.confidence != confidence_of(label):
            problems.append(f"{where_claim(claim)}: {evidence.confidence} is not {label!r}'s")
    assert not problems, "\n".join(problems)


def test_node_confidence_is_in_0_1_and_keeps_its_label(ref: Reference) -> None:
    labels = {
        str(row["id"]): (where, row.get("confidence") or None)
        for name in ["governments.csv", "entities.yaml", "positions.yaml"]
        for where, row in ref.located(name)
    }
    problems = []
    for node in ref.node_list:
        if node.id not in labels:
            continue  # a corpus document described by its own header
        where, label = labels[node.id]
        number = node.props.get("confidence")
        if not isinstance(number, float) or not 0.0 <= number <= 1.0:
            problems.append(f"{where}: {node.id} confidence {number!r}")
        if node.props.get("confidence_label") != label:
            problems.append(
                f"{where}: {node.id} label {node.props.get('confidence_label')!r}, "
                f"the file has {label!r}"
            )
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------- documents


@pytest.mark.parametrize("seed", SEED_FILES)
def test_seed_document_checksum_matches_its_file(ref: Reference, seed: str) -> None:
    path = ref.corpus_dir / "seeds" / seed
    source_file = str(path.relative_to(ref.data_dir.parent))
    entries = [
        (where, e)
        for where, e in ref.located("entities.yaml")
        if e.get("source_file") == source_file
    ]
    assert len(entries) == 1, f"{ref.where('entities.yaml')}: {len(entries)} Documents of {seed}"
    where, entry = entries[0]
    digest = "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
    assert entry.get("checksum") == digest, (
        f"{where}: {entry['id']} checksum {entry.get('checksum')} does not match {source_file} "
        f"({digest})"
    )
    document = ref.nodes[str(entry["id"])]
    assert document.props.get("text") == ref.corpus_texts[seed], f"{entry['id']}: text differs"
    assert document.props.get("checksum") == digest == checksum(ref.corpus_texts[seed])


# ---------------------------------------------------------------------------------- relationships


def test_every_claim_endpoint_is_a_node(ref: Reference) -> None:
    nodes = ref.nodes
    problems = [
        f"{where_claim(claim)}: {claim.predicate} endpoint {end!r} is no node record"
        for claim in ref.claims
        for end in [claim.subject_id, claim.object_id]
        if (end is not None or claim.predicate != "PROPERTY") and end not in nodes
    ]
    assert not problems, "\n".join(problems)


def test_every_relationship_type_is_in_the_model(ref: Reference) -> None:
    types = load_model().relationships
    problems = [
        f"{where_claim(claim)}: {claim.predicate} is no relationship type of graph/model.yaml"
        for claim in ref.claims
        if claim.predicate != "PROPERTY" and claim.predicate not in types
    ]
    problems += [
        f"{where_claim(claim)}: a PROPERTY claim has to_id {claim.object_id!r}"
        for claim in ref.claims
        if claim.predicate == "PROPERTY" and claim.object_id is not None
    ]
    assert not problems, "\n".join(problems)


def test_relationship_endpoint_labels_are_allowed_by_the_model(ref: Reference) -> None:
    model, nodes = load_model(), ref.nodes
    problems = []
    for claim in ref.claims:
        spec = model.relationships.get(claim.predicate)
        if spec is None or claim.subject_id not in nodes or claim.object_id not in nodes:
            continue  # reported by the tests above
        for end, node_id, allowed in [
            ("from", claim.subject_id, spec.sources),
            ("to", claim.object_id, spec.targets),
        ]:
            labels = expanded(nodes[node_id].labels, model)
            if not allows(allowed, labels):
                problems.append(
                    f"{where_claim(claim)}: {claim.predicate} {end} {node_id} {sorted(labels)} "
                    f"not in {list(allowed)}"
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", RELATIONSHIP_FILES)
def test_relationship_rows_fill_only_declared_properties(ref: Reference, name: str) -> None:
    types = load_model().relationships
    problems = [
        f"{ref.where(name, line)}: {column}={row[column]!r} is not declared for {row['type']}"
        for line, row in ref.rows(name)
        if row["type"] in types
        for column in PROPERTY_COLUMNS
        if row.get(column) and column not in types[row["type"]].properties
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", RELATIONSHIP_FILES)
def test_relationship_dates_are_iso_and_in_order(ref: Reference, name: str) -> None:
    problems = [
        f"{ref.where(name, line)}: {column} {row[column]!r} is not an ISO (partial) date"
        for line, row in ref.rows(name)
        for column in ["since", "until", "date"]
        if row.get(column) and not DATE_RE.match(row[column])
    ]
    problems += [
        f"{ref.where(name, line)}: since {row['since']} after until {row['until']}"
        for line, row in ref.rows(name)
        if row.get("since")
        and row.get("until")
        and row["since"][: len(row["until"])] > row["until"]
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", RELATIONSHIP_FILES)
def test_evidence_rows_of_one_relationship_agree(ref: Reference, name: str) -> None:
    """Rows with the same type, ends and model `key` are evidences of one relationship."""
    groups: dict[str, list[ClaimRecord]] = defaultdict(list)
    for claim in ref.claims:
        if claim.evidence.source_ref.startswith(ref.where(name) + "#"):
            groups[claim.rel_key].append(claim)
    problems = [
        f"{key}: {', '.join(where_claim(c) for c in group)} disagree: {[c.props for c in group]}"
        for key, group in groups.items()
        if len({tuple(sorted(c.props.items())) for c in group}) > 1
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", RELATIONSHIP_FILES)
def test_quotes_are_verbatim_in_their_corpus_file(ref: Reference, name: str) -> None:
    problems = []
    for line, row in ref.rows(name):
        files = corpus_files_in(row["source"])
        if not row.get("quote"):
            continue
        if not files:
            problems.append(f"{ref.where(name, line)}: a quote needs a corpus:<file> source")
        elif not any(row["quote"] in ref.corpus_texts.get(f, "") for f in files):
            problems.append(
                f"{ref.where(name, line)}: quote not found verbatim in {files}: "
                f"{row['quote'][:60]!r}"
            )
    assert not problems, "\n".join(problems)


def test_loaded_quotes_point_at_their_text(ref: Reference) -> None:
    nodes = ref.nodes
    problems = []
    quoted = [
        c for c in ref.claims if c.evidence.quote and corpus_files_in(c.evidence.citation or "")
    ]
    assert quoted, "no claim quotes a corpus file"
    for claim in quoted:
        e = claim.evidence
        document = nodes.get(e.document_id or "")
        text = document.props.get("text") if document else None
        if not isinstance(text, str) or e.quote is None or e.start is None or e.end is None:
            problems.append(
                f"{where_claim(claim)}: quote not located (document {e.document_id!r}, "
                f"start {e.start}, end {e.end})"
            )
        elif text[e.start : e.end] != e.quote:
            problems.append(
                f"{where_claim(claim)}: {e.document_id}[{e.start}:{e.end}] is "
                f"{text[e.start : e.end][:60]!r}, not {e.quote[:60]!r}"
            )
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------- advocates


def test_advocates_name_a_position_and_a_stance(ref: Reference) -> None:
    positions = {str(e["id"]) for _, e in ref.entries("positions.yaml")}
    problems = []
    for line, row in ref.rows("advocates.csv"):
        where = ref.where("advocates.csv", line)
        if row["type"] != "ADVOCATES":
            problems.append(f"{where}: type {row['type']!r} must be ADVOCATES")
        if row["to_id"] not in positions:
            problems.append(f"{where}: to_id {row['to_id']} is not a position id")
        if row["stance"] not in ("for", "against"):
            problems.append(f"{where}: stance {row['stance']!r} must be for or against")
    assert not problems, "\n".join(problems)


def test_advocates_quote_a_corpus_file(ref: Reference) -> None:
    problems = [
        f"{ref.where('advocates.csv', line)}: needs a quote and a corpus:<file> source"
        for line, row in ref.rows("advocates.csv")
        if not row["quote"] or not corpus_files_in(row["source"])
    ]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------- state actions


def test_state_actions_name_a_state_an_action_and_a_date(ref: Reference) -> None:
    governments = ref.government_ids()
    problems = []
    for line, row in ref.rows("gcm_compact_state_actions.csv"):
        where = ref.where("gcm_compact_state_actions.csv", line)
        if row["iso3"].lower() not in governments:
            problems.append(f"{where}: unknown state {row['iso3']}")
        if row["action"] not in ACTION_KINDS:
            problems.append(f"{where}: unknown action {row['action']}")
        if not DATE_RE.match(row["date"]):
            problems.append(f"{where}: date {row['date']!r} is not an ISO (partial) date")
    assert not problems, "\n".join(problems)


def test_state_action_votes_equal_the_vote_table(ref: Reference) -> None:
    votes = ref.vote_table()
    problems = [
        f"{ref.where('gcm_compact_state_actions.csv', line)}: vote {row['vote_a_res_73_195']} "
        f"but {votes.get(row['iso3'].lower())} in the vote table"
        for line, row in ref.rows("gcm_compact_state_actions.csv")
        if row["vote_a_res_73_195"] != votes.get(row["iso3"].lower())
    ]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------- claims


def claim_rows(ref: Reference) -> list[tuple[str, Row]]:
    return [
        (f"{ref.where('claims_conflicts.csv', line)} ({row['claim_id']})", row)
        for line, row in ref.rows("claims_conflicts.csv")
    ]


def test_claims_conflicts_has_the_documented_columns(ref: Reference) -> None:
    with (ref.ref_dir / "claims_conflicts.csv").open(encoding="utf-8") as handle:
        header = handle.readline().strip().split(",")
    assert header == CLAIM_COLUMNS, f"{ref.where('claims_conflicts.csv', 1)}: {header}"


def test_claim_ids_are_unique(ref: Reference) -> None:
    counts = Counter(row["claim_id"] for _, row in ref.rows("claims_conflicts.csv"))
    twice = sorted(i for i, n in counts.items() if n > 1)
    assert not twice, f"{ref.where('claims_conflicts.csv')}: duplicate claim_id {twice}"


def test_claims_have_valid_preferred_and_status(ref: Reference) -> None:
    problems = []
    for where, row in claim_rows(ref):
        if row["preferred"] not in ("true", "false"):
            problems.append(f"{where}: preferred {row['preferred']!r} is not true/false")
        if row["status"] not in ("accepted", "rejected"):
            problems.append(f"{where}: status {row['status']!r} is not accepted/rejected")
        if row["status"] == "rejected" and row["preferred"] == "true":
            problems.append(f"{where}: a rejected claim cannot be preferred")
    assert not problems, "\n".join(problems)


def test_at_most_one_preferred_claim_per_property(ref: Reference) -> None:
    preferred: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for where, row in claim_rows(ref):
        if row["preferred"] == "true":
            preferred[(row["type"], row["from_id"], row["to_id"], row["property"])].append(where)
    problems = [
        f"{key}: preferred in {places}" for key, places in preferred.items() if len(places) > 1
    ]
    assert not problems, "\n".join(problems)


def test_preferred_vote_claims_equal_the_vote_table(ref: Reference) -> None:
    votes = ref.vote_table()
    problems = []
    for where, row in claim_rows(ref):
        if row["type"] != "VOTED" or row["property"] != "vote":
            continue
        table = votes.get(row["from_id"])
        if row["preferred"] == "true" and row["value"] != table:
            problems.append(f"{where}: preferred vote {row['value']}, the vote table has {table}")
        if row["preferred"] == "false" and row["value"] == table:
            problems.append(f"{where}: a non-preferred vote equals the vote table ({table})")
    assert not problems, "\n".join(problems)


def test_preferred_withdrawal_dates_are_in_the_state_actions(ref: Reference) -> None:
    dates: dict[str, set[str]] = defaultdict(set)
    for _, action in ref.rows("gcm_compact_state_actions.csv"):
        dates[action["iso3"].lower()].add(action["date"])
    problems = [
        f"{where}: preferred date {row['value']} not in gcm_compact_state_actions.csv"
        for where, row in claim_rows(ref)
        if row["preferred"] == "true"
        and row["type"] == "WITHDREW_FROM"
        and row["property"] == "date"
        and row["value"] not in dates[row["from_id"]]
    ]
    assert not problems, "\n".join(problems)


def test_preferred_property_claims_equal_entities_yaml(ref: Reference) -> None:
    entities = {str(e["id"]): (where, e) for where, e in ref.located("entities.yaml")}
    problems = []
    for where, row in claim_rows(ref):
        if row["preferred"] != "true" or row["type"] != "PROPERTY":
            continue
        if row["from_id"] not in entities or row["property"] not in (
            "date",
            "founded",
            "place",
            "acronym",
        ):
            continue
        entry_where, entry = entities[row["from_id"]]
        value = entry.get(row["property"])
        if row["property"] in entry and str(value) != row["value"]:
            problems.append(
                f"{where}: preferred {row['property']}={row['value']!r}, {entry_where} has "
                f"{value!r}"
            )
    assert not problems, "\n".join(problems)


def test_preferred_relationship_claims_have_a_relationships_row(ref: Reference) -> None:
    rels = [row for _, row in ref.rows("relationships.csv")]
    problems = [
        f"{where}: preferred {row['type']} {row['from_id']} -> {row['to_id']} "
        f"{row['property']}={row['value']!r} has no matching row in relationships.csv"
        for where, row in claim_rows(ref)
        if row["preferred"] == "true"
        and row["type"] not in ("PROPERTY", "VOTED", "WITHDREW_FROM")
        and row["property"] in PROPERTY_COLUMNS
        and not any(
            r["type"] == row["type"]
            and r["from_id"] == row["from_id"]
            and r["to_id"] == row["to_id"]
            and r.get(row["property"]) == row["value"]
            for r in rels
        )
    ]
    assert not problems, "\n".join(problems)


def test_rejected_claims_are_not_in_the_main_files(ref: Reference) -> None:
    rels = [row for _, row in ref.rows("relationships.csv")]
    acting = {row["iso3"].lower() for _, row in ref.rows("gcm_compact_state_actions.csv")}
    problems = []
    for where, row in claim_rows(ref):
        if row["status"] != "rejected":
            continue
        if row["type"] not in ("PROPERTY", "VOTED") and any(
            r["type"] == row["type"]
            and r["from_id"] == row["from_id"]
            and r["to_id"] == row["to_id"]
            and (not row["property"] or r.get(row["property"]) == row["value"])
            for r in rels
        ):
            problems.append(f"{where}: a rejected claim is a row of relationships.csv")
        if (
            row["type"] == "WITHDREW_FROM"
            and row["property"] == "kind"
            and row["from_id"] in acting
        ):
            problems.append(f"{where}: rejected withdrawal of {row['from_id']} is a state action")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------------------------- the vote


def test_votes_are_yes_no_abstain_or_absent(ref: Reference) -> None:
    problems = [
        f"{where_claim(c)}: vote {c.props.get('vote')!r}"
        for c in ref.claims
        if "vote" in c.props and c.props["vote"] not in VOTES
    ]
    assert not problems, "\n".join(problems)


def test_preferred_votes_count_152_5_12_24(ref: Reference) -> None:
    votes, problems = preferred_votes(ref.claims)
    assert not problems, "preferred votes disagree:\n" + "\n".join(problems)
    counts = dict(Counter(votes.values()))
    assert counts == EXPECTED_VOTES, f"preferred vote counts {counts} != {EXPECTED_VOTES}"
    assert set(votes) == ref.government_ids(), "a government has no preferred vote"


def test_slovakia_is_absent_and_slovenia_voted_yes(ref: Reference) -> None:
    votes, _ = preferred_votes(ref.claims)
    assert (votes.get("svk"), votes.get("svn")) == ("absent", "yes"), (
        "claims_conflicts.csv c012-c015: Slovakia must be absent and Slovenia yes, "
        f"are {votes.get('svk')} and {votes.get('svn')}"
    )


def test_vote_counts_equal_the_preferred_vote_totals(ref: Reference) -> None:
    votes, _ = preferred_votes(ref.claims)
    counts = Counter(votes.values())
    totals = {
        str(next(iter(c.props))): c.props[next(iter(c.props))]
        for c in ref.claims
        if c.predicate == "PROPERTY"
        and c.subject_id == "a-res-73-195"
        and c.preferred
        and c.status == "accepted"
    }
    expected = {f"votes_{v}": counts[v] for v in VOTES}
    assert {k: totals.get(k) for k in expected} == expected, (
        f"{ref.where('claims_conflicts.csv')}: preferred totals {totals}, counted {expected}"
    )


# ------------------------------------------------------------------------ the checks can fail


@pytest.fixture
def broken(tmp_path: Path) -> Reference:
    """A copy of data/reference and data/corpus under tmp_path/data, to break on purpose."""
    for sub in ["reference", "corpus"]:
        shutil.copytree(DATA / sub, tmp_path / "data" / sub)
    return Reference(tmp_path / "data")


def edit(ref: Reference, name: str, change: Callable[[str], str]) -> None:
    path = ref.ref_dir / name
    text = path.read_bytes().decode("utf-8")
    changed = change(text)
    assert changed != text, f"the edit of {name} changed nothing"
    path.write_bytes(changed.encode("utf-8"))


def append_row(row: str) -> Callable[[str], str]:
    return lambda text: text + row + "\n"


def relationships_lines(ref: Reference) -> int:
    return len((ref.ref_dir / "relationships.csv").read_text(encoding="utf-8").splitlines())


def test_a_missing_government_is_found(broken: Reference) -> None:
    edit(broken, "governments.csv", lambda t: re.sub(r"(?m)^hun,HUN,.*\n", "", t))
    with pytest.raises(AssertionError, match="192 rows"):
        test_there_are_193_governments(broken)
    with pytest.raises(AssertionError, match=r"missing \['hun'\]"):
        test_government_ids_equal_the_vote_table(broken)
    with pytest.raises(
        AssertionError, match=r"un_vote_a_res_73_195\.csv:\d+: VOTED endpoint 'hun'"
    ):
        test_every_claim_endpoint_is_a_node(broken)


def test_a_duplicate_non_member_government_is_found(broken: Reference) -> None:
    edit(broken, "governments.csv", append_row("usa,USA,Atlantis,,,,false,facts.md,H"))
    with pytest.raises(AssertionError, match=r"governments\.csv:195: id usa already on line"):
        test_government_ids_are_unique(broken)
    with pytest.raises(AssertionError, match=r"governments\.csv:195: usa un_member is 'false'"):
        test_every_government_is_a_un_member(broken)


def test_an_unknown_endpoint_is_found(broken: Reference) -> None:
    line = relationships_lines(broken) + 1
    edit(
        broken,
        "relationships.csv",
        append_row("MEMBER_OF,no-such-org,gcm-coalition,member" + ",," * 6),
    )
    with pytest.raises(
        AssertionError, match=rf"relationships\.csv:{line}: MEMBER_OF endpoint 'no-such-org'"
    ):
        test_every_claim_endpoint_is_a_node(broken)


def test_an_endpoint_label_outside_the_model_is_found(broken: Reference) -> None:
    line = relationships_lines(broken) + 1
    edit(broken, "relationships.csv", append_row("VOTED,picum,a-res-73-195" + ",," * 6 + ",H,,"))
    with pytest.raises(AssertionError, match=rf"relationships\.csv:{line}: VOTED from picum"):
        test_relationship_endpoint_labels_are_allowed_by_the_model(broken)


def test_an_unknown_relationship_type_is_refused_by_the_loader(broken: Reference) -> None:
    line = relationships_lines(broken) + 1
    edit(broken, "relationships.csv", append_row("FUNDED,picum,gcm-coalition" + ",," * 6))
    with pytest.raises(ReferenceError, match=rf"relationships\.csv:{line}: 'FUNDED'"):
        reference_records(broken.data_dir)


def test_a_quote_not_in_its_corpus_file_is_found(broken: Reference) -> None:
    edit(broken, "advocates.csv", lambda t: t.replace("Well-educated populations.", "Educated.", 1))
    with pytest.raises(AssertionError, match=r"advocates\.csv:2: quote not found verbatim"):
        test_quotes_are_verbatim_in_their_corpus_file(broken, "advocates.csv")
    with pytest.raises(ReferenceError, match=r"advocates\.csv:2: the quote 'Educated\.'"):
        reference_records(broken.data_dir)


def test_a_second_preferred_vote_is_found(broken: Reference) -> None:
    edit(
        broken,
        "claims_conflicts.csv",
        lambda t: t.replace("vote,absent,false,rejected", "vote,absent,true,accepted", 1),
    )
    with pytest.raises(AssertionError, match=r"preferred votes disagree:\n.*svn"):
        test_preferred_votes_count_152_5_12_24(broken)
    with pytest.raises(
        AssertionError, match=r"claims_conflicts\.csv:\d+ \(c014\): preferred vote absent"
    ):
        test_preferred_vote_claims_equal_the_vote_table(broken)


def test_a_changed_seed_is_found(broken: Reference) -> None:
    seed = broken.corpus_dir / "seeds" / SEED_FILES[0]
    seed.write_bytes(seed.read_bytes() + b"\n")
    with pytest.raises(AssertionError, match=r"entities\.yaml:\d+: .* checksum .* does not match"):
        test_seed_document_checksum_matches_its_file(broken, SEED_FILES[0])
    with pytest.raises(ValueError, match="does not match its checksum"):
        reference_records(broken.data_dir)


def test_nalacc_on_another_node_is_found(broken: Reference) -> None:
    edit(
        broken, "entities.yaml", lambda t: t.replace("aliases: [GCM,", "aliases: [NALACC, GCM,", 1)
    )
    with pytest.raises(AssertionError, match="gcm-coalition is also named NALACC"):
        test_nalacc_is_a_former_name_of_alianza_americas_only(broken)


def test_an_unknown_confidence_label_is_found(broken: Reference) -> None:
    edit(broken, "claims_conflicts.csv", lambda t: t.replace(",unverified,", ",sure,", 1))
    with pytest.raises(
        AssertionError, match=r"claims_conflicts\.csv:\d+: unknown confidence label 'sure'"
    ):
        test_claim_confidence_is_in_0_1_and_keeps_its_label(broken)


def test_reference_records_are_read_once_and_again_after_an_edit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    first = reference_records(data)
    assert reference_records(data) is first  # loading, gazetteer, ingestion share one read
    positions = data / "reference" / "positions.yaml"
    positions.write_text(positions.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = reference_records(data)
    assert again is not first and again == first
