#!/usr/bin/env python3
"""Self-check of the curated reference layer (data/reference) and the sample corpus (data/corpus).

Standard library + PyYAML only. Run from the repository root or anywhere:

    python3 data/reference/check_reference.py          # exit 0 when everything passes

It verifies what the loader and the tests rely on: 193 governments equal to the vote table, every
endpoint and relationship type known to graph/model.yaml (directions included), verbatim quotes,
the preferred vote counts 152/5/12/24, and the consistency of conflicting claims with the main files.
"""
from __future__ import annotations

import csv
import hashlib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

REF = Path(__file__).resolve().parent
DATA = REF.parent
ROOT = DATA.parent
MODEL = ROOT / "graph" / "model.yaml"
CORPUS = DATA / "corpus"

CONFIDENCE_LABELS = {"H", "M", "L", "M–H", "high", "medium-high", "unverified"}
VOTES = {"yes", "no", "abstain", "absent"}
EXPECTED_VOTES = {"yes": 152, "no": 5, "abstain": 12, "absent": 24}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PROPERTY_COLUMNS = ["role", "since", "until", "date", "kind", "stance"]
RESERVED = {
    "gcm-coalition": "Coalition", "gcm-compact": "Process", "alianza-americas": "Organization",
    "wimn": "Coalition", "pga": "Coalition", "pga-2016-dhaka": "Event", "made": "Coalition",
    "action-committee": "Coalition", "picum": "Organization", "mfa-asia": "Organization",
    "nnirr": "Organization", "mri": "Organization", "ohchr": "IntergovernmentalBody",
    "iom": "IntergovernmentalBody", "unga": "IntergovernmentalBody", "a-res-73-195": "Document",
    "marrakech-conference-2018": "Event", "a-res-71-1": "Document",
    "puerto-vallarta-stocktaking-2017": "Event", "unhcr": "IntergovernmentalBody",
    "ilo": "IntergovernmentalBody", "un-network-on-migration": "IntergovernmentalBody",
    "gfmd": "IntergovernmentalBody",
}

errors: list[str] = []
notes: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


VERBATIM = {"un_vote_a_res_73_195.csv", "gcm_compact_state_actions.csv"}  # copies of ../shared/reference, kept byte for byte


def read_csv(name: str) -> list[dict[str, str]]:
    path = REF / name
    raw = path.read_bytes()
    if b"\r" in raw:
        if name in VERBATIM:
            notes.append(f"{name} uses CRLF newlines as its source does (verbatim copy, left as is)")
        else:
            err(f"{name}: CR characters found (LF newlines only)")
    text = raw.decode("utf-8")
    return list(csv.DictReader(text.splitlines()))


def load_model() -> tuple[dict, dict]:
    model = yaml.safe_load(MODEL.read_text(encoding="utf-8"))
    return model["labels"], model["relationships"]


def expand(labels: list[str], label_defs: dict) -> set[str]:
    """A node's labels plus what they extend (Coalition -> Organization)."""
    out = set()
    todo = list(labels)
    while todo:
        lab = todo.pop()
        if lab in out:
            continue
        out.add(lab)
        ext = (label_defs.get(lab) or {}).get("extends")
        if ext:
            todo.extend([ext] if isinstance(ext, str) else ext)
    return out


def corpus_files() -> dict[str, Path]:
    files: dict[str, Path] = {}
    for p in sorted(CORPUS.glob("*/*")):
        if p.is_file():
            if p.name in files:
                err(f"corpus file name {p.name} is not unique across data/corpus/*/")
            files[p.name] = p
    return files


def corpus_refs(source: str) -> list[str]:
    return [part.strip()[len("corpus:"):] for part in source.split(";") if part.strip().startswith("corpus:")]


def check_source(where: str, source: str, files: dict[str, Path]) -> None:
    if not source.strip():
        err(f"{where}: empty source")
        return
    for part in [s.strip() for s in source.split(" ; ")]:
        if part.startswith(("http://", "https://", "facts.md", "un_vote_a_res_73_195.csv", "gcm_compact_state_actions.csv")):
            continue
        if part.startswith("corpus:"):
            if part[len("corpus:"):] not in files:
                err(f"{where}: unknown corpus file {part}")
            continue
        err(f"{where}: source part {part!r} is neither a URL, facts.md, a reference CSV nor corpus:<file>")


def check_confidence(where: str, label: str) -> None:
    if label not in CONFIDENCE_LABELS:
        err(f"{where}: confidence {label!r} not in {sorted(CONFIDENCE_LABELS)}")


def main() -> int:
    label_defs, rel_defs = load_model()
    files = corpus_files()
    texts = {name: path.read_text(encoding="utf-8") for name, path in files.items()}

    # ------------------------------------------------------------------ governments vs vote table
    votes = read_csv("un_vote_a_res_73_195.csv")
    govs = read_csv("governments.csv")
    gov_ids = [g["id"] for g in govs]
    vote_iso = {v["iso3"].lower() for v in votes}
    if len(govs) != 193:
        err(f"governments.csv: {len(govs)} rows, expected 193")
    if len(set(gov_ids)) != len(gov_ids):
        err(f"governments.csv: duplicate ids {[i for i, n in Counter(gov_ids).items() if n > 1]}")
    if set(gov_ids) != vote_iso:
        err(f"governments.csv ids differ from the vote table: missing {sorted(vote_iso - set(gov_ids))}, extra {sorted(set(gov_ids) - vote_iso)}")
    seen_names: dict[str, str] = {}
    for g in govs:
        where = f"governments.csv {g['id']}"
        if g["iso3"].lower() != g["id"] or g["iso3"] != g["iso3"].upper():
            err(f"{where}: id must be the lower-case iso3 and iso3 upper-case")
        if g["un_member"] != "true":
            err(f"{where}: un_member must be true")
        for col in ["name", "name_es", "name_fr", "source", "confidence"]:
            if not g[col].strip():
                err(f"{where}: empty {col}")
        check_confidence(where, g["confidence"])
        for n in [g["name"]] + [a for a in g["aliases"].split("|") if a]:
            key = n.casefold()
            if key in seen_names and seen_names[key] != g["id"]:
                err(f"{where}: name/alias {n!r} also used by {seen_names[key]}")
            seen_names[key] = g["id"]

    # ------------------------------------------------------------------ entities and positions
    entities = yaml.safe_load((REF / "entities.yaml").read_text(encoding="utf-8"))
    positions = yaml.safe_load((REF / "positions.yaml").read_text(encoding="utf-8"))
    labels: dict[str, set[str]] = {g["id"]: {"Government"} for g in govs}
    for e in entities:
        where = f"entities.yaml {e.get('id')}"
        for key in ["id", "labels", "name", "aliases", "former_names", "acronym", "founded", "country", "url",
                    "description", "source", "confidence"]:
            if key not in e:
                err(f"{where}: missing key {key}")
        if not SLUG_RE.match(str(e.get("id", ""))):
            err(f"{where}: id is not a lower-case slug")
        if e["id"] in labels:
            err(f"{where}: duplicate id")
        for lab in e["labels"]:
            if lab not in label_defs or lab == "Government":
                err(f"{where}: label {lab} not allowed here")
        if "Coalition" in e["labels"] and "Organization" not in e["labels"]:
            err(f"{where}: a Coalition must also carry Organization")
        labels[e["id"]] = expand(e["labels"], label_defs)
        if e.get("country") and e["country"] not in gov_ids:
            err(f"{where}: country {e['country']} is not a government id")
        for key in ["founded", "start_date", "end_date", "date"]:
            if e.get(key) is not None and not DATE_RE.match(str(e[key])):
                err(f"{where}: {key} {e[key]!r} is not an ISO (partial) date string")
        if not (e.get("description") or "").strip():
            err(f"{where}: empty description")
        check_source(where, e["source"], files)
        check_confidence(where, e["confidence"])
        if "Document" in e["labels"] and e.get("source_file"):
            path = ROOT / e["source_file"]
            if not path.is_file():
                err(f"{where}: source_file {e['source_file']} missing")
            elif e.get("checksum") != "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest():
                err(f"{where}: checksum does not match {e['source_file']}")
    for p in positions:
        where = f"positions.yaml {p.get('id')}"
        for key in ["id", "title", "topic", "description", "source"]:
            if not p.get(key):
                err(f"{where}: missing {key}")
        if p["id"] in labels:
            err(f"{where}: id already used by another node")
        labels[p["id"]] = {"Position"}
        check_source(where, p["source"], files)
    for rid, lab in RESERVED.items():
        if rid not in labels:
            err(f"reserved id {rid} missing")
        elif lab not in labels[rid]:
            err(f"reserved id {rid} lacks label {lab}")
    ent_by_id = {e["id"]: e for e in entities}
    if ent_by_id.get("a-res-73-195", {}).get("kind") != "resolution":
        err("a-res-73-195 must be a Document of kind resolution")
    for eid in ["alianza-americas", "wimn"]:
        if not ent_by_id.get(eid, {}).get("former_names"):
            err(f"{eid}: former names missing (a rename is one node)")
    former = {f.casefold() for e in entities for f in e.get("former_names", [])}
    for e in entities:
        if e["name"].casefold() in former:
            err(f"entities.yaml {e['id']}: its name is another node's former name (renames are one node)")
    for g in govs:
        for n in [g["name"]] + g["aliases"].split("|"):
            if n and any(n.casefold() == a.casefold() for e in entities for a in [e["name"]] + e["aliases"]):
                notes.append(f"government {g['id']} shares the name {n!r} with an entity")
    for path in sorted(REF.glob("*.yaml")):
        if b"\r" in path.read_bytes():
            err(f"{path.name}: CR characters found (LF newlines only)")

    # ------------------------------------------------------------------ relationships
    def check_rel(fname: str, row: dict[str, str], i: int, strict: bool = True) -> bool:
        where = f"{fname} row {i}"
        t, f, to = row["type"], row["from_id"], row["to_id"]
        ok = True
        if t not in rel_defs:
            err(f"{where}: unknown relationship type {t}")
            return False
        for end in (f, to):
            if end not in labels:
                err(f"{where}: endpoint {end} not in entities.yaml, governments.csv or positions.yaml")
                return False
        spec = rel_defs[t]
        allowed_from, allowed_to = set(spec["from"]), set(spec["to"])
        bad = []
        if "any" not in allowed_from and not (labels[f] & allowed_from):
            bad.append(f"from {f} {sorted(labels[f])} not in {sorted(allowed_from)}")
        if "any" not in allowed_to and not (labels[to] & allowed_to):
            bad.append(f"to {to} {sorted(labels[to])} not in {sorted(allowed_to)}")
        if bad:
            ok = False
            if strict:
                err(f"{where}: {t} " + "; ".join(bad))
            else:
                gap_reasons.append(f"{t} {'/'.join(sorted(labels[f]))} -> {'/'.join(sorted(labels[to]))}")
        for col in PROPERTY_COLUMNS:
            val = row.get(col, "")
            if val and col not in spec.get("properties", []):
                err(f"{where}: property {col}={val!r} not declared for {t} in graph/model.yaml")
            if val and col in ("since", "until", "date") and not DATE_RE.match(val):
                err(f"{where}: {col} {val!r} is not an ISO (partial) date")
        if row.get("since") and row.get("until") and row["since"][:len(row["until"])] > row["until"]:
            err(f"{where}: since after until")
        check_source(where, row["source"], files)
        check_confidence(where, row["confidence"])
        quote = row.get("quote", "")
        refs = corpus_refs(row["source"])
        if quote:
            if not refs:
                err(f"{where}: a quote needs a corpus:<file> source")
            elif not any(quote in texts.get(ref, "") for ref in refs):
                err(f"{where}: quote not found verbatim in {refs}: {quote[:60]!r}")
        return ok

    rels = read_csv("relationships.csv")
    for i, row in enumerate(rels, 2):
        check_rel("relationships.csv", row, i)
    # same relationship key must not carry conflicting property values across evidence rows
    # rows of one relationship (same type, endpoints and model `key` properties) are several evidences:
    # they must not disagree on the other properties
    keyed = defaultdict(list)
    for row in rels:
        key_props = rel_defs.get(row["type"], {}).get("key") or []
        keyed[(row["type"], row["from_id"], row["to_id"], *(row.get(k, "") for k in key_props))].append(row)
    for key, rows in keyed.items():
        if len({tuple(r[c] for c in PROPERTY_COLUMNS) for r in rows}) > 1:
            err(f"relationships.csv: evidence rows of {key} disagree on {PROPERTY_COLUMNS}")
    gaps = read_csv("relationships_model_gaps.csv")
    gap_reasons: list[str] = []
    now_ok = [i for i, row in enumerate(gaps, 2) if check_rel("relationships_model_gaps.csv", row, i, strict=False)]
    for reason, n in Counter(gap_reasons).items():
        notes.append(f"relationships_model_gaps.csv: {n} row(s) await a model change: {reason}")
    if now_ok:
        notes.append(f"relationships_model_gaps.csv rows {now_ok} now fit graph/model.yaml: move them to relationships.csv")

    # ------------------------------------------------------------------ advocates
    advocates = read_csv("advocates.csv")
    for i, row in enumerate(advocates, 2):
        where = f"advocates.csv row {i}"
        if row["type"] != "ADVOCATES":
            err(f"{where}: type must be ADVOCATES")
        if row["to_id"] not in {p["id"] for p in positions}:
            err(f"{where}: to_id {row['to_id']} is not a position id")
        if row["stance"] not in ("for", "against"):
            err(f"{where}: stance must be for/against")
        if not row["quote"]:
            err(f"{where}: a quote is required")
        if not corpus_refs(row["source"]):
            err(f"{where}: source must be corpus:<file>")
        check_rel("advocates.csv", {**row, "role": "", "since": "", "until": "", "date": "", "kind": ""}, i)

    # ------------------------------------------------------------------ state actions
    actions = read_csv("gcm_compact_state_actions.csv")
    action_kinds = {"ended_participation_in_negotiations", "left_adoption_process", "withdrew", "will_not_join", "rejoined",
                    "declined_to_attend_marrakech", "deferred_decision_and_declined_to_attend_marrakech", "declined_to_attend_vote"}
    vote_by_iso = {v["iso3"].lower(): v["vote"] for v in votes}
    for i, a in enumerate(actions, 2):
        where = f"gcm_compact_state_actions.csv row {i}"
        if a["iso3"].lower() not in gov_ids:
            err(f"{where}: unknown state {a['iso3']}")
        if a["action"] not in action_kinds:
            err(f"{where}: unknown action {a['action']}")
        if not DATE_RE.match(a["date"]):
            err(f"{where}: bad date {a['date']}")
        if a["vote_a_res_73_195"] != vote_by_iso.get(a["iso3"].lower()):
            err(f"{where}: vote {a['vote_a_res_73_195']} differs from the vote table")

    # ------------------------------------------------------------------ claims and the preferred vote counts
    claims = read_csv("claims_conflicts.csv")
    cols = ["claim_id", "type", "from_id", "to_id", "property", "value", "preferred", "status", "source", "confidence", "note"]
    if claims and list(claims[0].keys()) != cols:
        err(f"claims_conflicts.csv: columns must be {cols}")
    ids = [c["claim_id"] for c in claims]
    if len(ids) != len(set(ids)):
        err("claims_conflicts.csv: duplicate claim_id")
    preferred_seen = Counter()
    pref_vote: dict[str, str] = {}
    actions_by = defaultdict(list)
    for a in actions:
        actions_by[a["iso3"].lower()].append(a)
    for i, c in enumerate(claims, 2):
        where = f"claims_conflicts.csv {c['claim_id']}"
        if c["type"] != "PROPERTY" and c["type"] not in rel_defs:
            err(f"{where}: unknown type {c['type']}")
        for end in [c["from_id"]] + ([c["to_id"]] if c["type"] != "PROPERTY" else []):
            if end not in labels:
                err(f"{where}: endpoint {end!r} unknown")
        if c["type"] == "PROPERTY" and c["to_id"]:
            err(f"{where}: a PROPERTY claim has no to_id")
        if c["preferred"] not in ("true", "false") or c["status"] not in ("accepted", "rejected"):
            err(f"{where}: preferred must be true/false and status accepted/rejected")
        if c["status"] == "rejected" and c["preferred"] == "true":
            err(f"{where}: a rejected claim cannot be preferred")
        check_source(where, c["source"], files)
        check_confidence(where, c["confidence"])
        if c["preferred"] == "true":
            preferred_seen[(c["type"], c["from_id"], c["to_id"], c["property"])] += 1
            if c["type"] in rel_defs:
                spec = rel_defs[c["type"]]
                if "any" not in spec["from"] and not labels.get(c["from_id"], set()) & set(spec["from"]):
                    err(f"{where}: preferred {c['type']} claim has a wrong from label")
            if c["type"] == "VOTED" and c["property"] == "vote":
                pref_vote[c["from_id"]] = c["value"]
                if c["value"] != vote_by_iso.get(c["from_id"]):
                    err(f"{where}: preferred vote {c['value']} differs from un_vote_a_res_73_195.csv")
            if c["type"] == "WITHDREW_FROM" and c["property"] in ("date", "kind"):
                acts = actions_by.get(c["from_id"], [])
                if c["property"] == "date" and c["value"] not in {a["date"] for a in acts}:
                    err(f"{where}: preferred date {c['value']} not in gcm_compact_state_actions.csv")
            if c["type"] == "PROPERTY" and c["from_id"] in ent_by_id:
                ent = ent_by_id[c["from_id"]]
                field = {"date": "date", "founded": "founded", "place": "place", "acronym": "acronym"}.get(c["property"])
                if field and field in ent and str(ent[field]) != c["value"]:
                    err(f"{where}: preferred {field}={c['value']!r} differs from entities.yaml ({ent[field]!r})")
            if c["type"] in rel_defs and c["type"] != "VOTED" and c["property"] in PROPERTY_COLUMNS:
                match = [r for r in rels if r["type"] == c["type"] and r["from_id"] == c["from_id"] and r["to_id"] == c["to_id"]
                         and r.get(c["property"]) == c["value"]]
                if c["type"] not in ("WITHDREW_FROM",) and not match:
                    err(f"{where}: preferred claim has no matching row in relationships.csv")
        else:
            if c["type"] == "VOTED" and c["property"] == "vote" and c["value"] == vote_by_iso.get(c["from_id"]):
                err(f"{where}: a non-preferred vote claim equals the vote table")
    for key, n in preferred_seen.items():
        if n > 1:
            err(f"claims_conflicts.csv: {n} preferred claims for {key}")
    for c in claims:
        if c["status"] == "rejected" and c["type"] in rel_defs and c["type"] not in ("VOTED",):
            hit = [r for r in rels if r["type"] == c["type"] and r["from_id"] == c["from_id"] and r["to_id"] == c["to_id"]
                   and (not c["property"] or r.get(c["property"]) == c["value"])]
            if hit:
                err(f"claims_conflicts.csv {c['claim_id']}: a rejected claim is present in relationships.csv")
        if c["status"] == "rejected" and c["type"] == "WITHDREW_FROM" and c["property"] == "kind":
            if any(a["iso3"].lower() == c["from_id"] for a in actions):
                err(f"claims_conflicts.csv {c['claim_id']}: rejected withdrawal of {c['from_id']} is in gcm_compact_state_actions.csv")

    effective = {iso: pref_vote.get(iso, vote) for iso, vote in vote_by_iso.items()}
    counts = Counter(effective.values())
    if set(counts) - VOTES:
        err(f"unknown vote values {set(counts) - VOTES}")
    if dict(counts) != EXPECTED_VOTES:
        err(f"preferred vote counts {dict(counts)} != {EXPECTED_VOTES}")
    absent = {iso for iso, v in effective.items() if v == "absent"}
    if "svk" not in absent or "svn" in absent:
        err("Slovakia must be absent and Slovenia not (preferred claims)")

    # ------------------------------------------------------------------ corpus
    for sub in ["seeds", "more"]:
        if not (CORPUS / sub).is_dir():
            err(f"data/corpus/{sub} missing")
    if len(list((CORPUS / "seeds").glob("*.txt"))) != 5:
        err("data/corpus/seeds must hold the five seed documents")
    for name in ["GOLD.md", "README.md"]:
        if not (CORPUS / "more" / name).is_file():
            err(f"data/corpus/more/{name} missing")
    if not (CORPUS / "README.md").is_file():
        err("data/corpus/README.md missing")
    shared = ROOT.parent / "shared"
    for rel in ["reference/un_vote_a_res_73_195.csv", "reference/gcm_compact_state_actions.csv", "reference/facts.md"]:
        src = shared / rel
        if src.is_file() and src.read_bytes() != (REF / Path(rel).name).read_bytes():
            err(f"data/reference/{Path(rel).name} is not a verbatim copy of ../shared/{rel}")
    for sub in ["seeds", "more"]:
        src_dir = shared / "corpus" / sub
        if src_dir.is_dir():
            for src in src_dir.iterdir():
                dst = CORPUS / sub / src.name
                if not dst.is_file() or dst.read_bytes() != src.read_bytes():
                    err(f"data/corpus/{sub}/{src.name} is not a byte-for-byte copy of ../shared/corpus/{sub}/{src.name}")

    # ------------------------------------------------------------------ report
    print(f"governments {len(govs)}, entities {len(entities)}, positions {len(positions)}, relationships {len(rels)}"
          f" (+{len(gaps)} awaiting a model change), advocates {len(advocates)}, claims {len(claims)},"
          f" state actions {len(actions)}, corpus files {len(files)}")
    print("preferred votes on A/RES/73/195: " + ", ".join(f"{k} {counts.get(k, 0)}" for k in ["yes", "no", "abstain", "absent"]))
    for n in notes:
        print("note:", n)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
