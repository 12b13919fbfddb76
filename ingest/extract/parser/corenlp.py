"""Stanford CoreNLP as a local UD parser: jars from Maven Central cached like Neo4j's, one server
per process on a loopback port, stopped when the process ends.

The server listens on every interface and has no option to bind one, so it is made private in
three ways: IPv4 only, every non-loopback IPv4 subnet refused (its -blacklist), and a generated
password on every request. A language's models (hundreds of MB) are fetched the first time a
text of that language is parsed, with a progress bar.
"""

from __future__ import annotations

import atexit
import base64
import bisect
import contextlib
import functools
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import simplemma
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn

from graph.local.errors import LocalServerError
from graph.local.jars import _COMPLETE, resolve_maven
from graph.local.java import find_java
from graph.local.server import free_port
from graph.settings import Settings, get_settings
from ingest.extract.ud import Sentence, Token

VERSION = "4.5.10"
GROUP = "edu.stanford.nlp:stanford-corenlp"
# classifier of each language's models jar, and its size (for the progress bar)
MODELS = {"en": ("models", 474_000_000), "es": ("models-spanish", 222_000_000),
          "fr": ("models-french", 281_000_000)}  # fmt: skip
_SPACED_HYPHEN = re.compile(r"(?<= )-(?= )")
ANNOTATORS = {"en": "tokenize,ssplit,pos,lemma,depparse", "es": "tokenize,ssplit,mwt,pos,depparse",
              "fr": "tokenize,ssplit,mwt,pos,depparse"}  # fmt: skip
# Named-entity tags (the CRF models in the same jars), read from every unit before the rules
# run (ingest/extract/tagged_names.py): names that no list and no capitalisation rule finds
# ("the Tenants Union of Eastside", "la Red Jesuita con Migrantes", "Secours catholique"). The
# tagger needs no dependency graph: a fifth of a parse's cost. English runs one of its three
# stock models (people, organizations, places, other: the classes the rules read) and no date,
# number or fine-grained tagging, which nothing reads.
TAGGER = {"en": "tokenize,ssplit,pos,ner", "es": "tokenize,ssplit,mwt,pos,ner",
          "fr": "tokenize,ssplit,mwt,pos,ner"}  # fmt: skip
NER_PROPERTIES = {"ner.applyFineGrained": "false", "ner.useSUTime": "false",
                  "ner.applyNumericClassifiers": "false",
                  "ner.buildEntityMentions": "false"}  # fmt: skip
NER_MODELS = {"en": "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"}
# each model's tags, as one set: PER, ORG, LOC, MISC (else O)
NER_TAGS = {"PERSON": "PER", "PERS": "PER", "I-PER": "PER", "B-PER": "PER", "PER": "PER",
            "ORGANIZATION": "ORG", "ORG": "ORG", "I-ORG": "ORG", "B-ORG": "ORG",
            "LOCATION": "LOC", "LUG": "LOC", "I-LOC": "LOC", "B-LOC": "LOC", "LOC": "LOC",
            "MISC": "MISC", "OTROS": "MISC", "I-MISC": "MISC", "B-MISC": "MISC"}  # fmt: skip
# The stock depparse annotator builds five dependency graphs from each parse (basic, collapsed,
# CC-processed, enhanced, enhanced++: a fifth of the server's time with the JSON of three); the
# rules read the basic one. BasicDepparse.java (next to this file) is the same parser building the
# basic graph only, and BlockedClassifier.java its network computing the same sums four at a time
# (bit for bit the same scores, a quarter faster). Compiled once into the cache by the JDK's javac;
# a Java runtime without javac keeps the stock annotator (the same parses, slower). ANNOTATORS
# stays the cache key: the answers read the same.
PLUGIN_SOURCES = (Path(__file__).with_name("BasicDepparse.java"),
                  Path(__file__).with_name("BlockedClassifier.java"))  # fmt: skip
PLUGIN_CLASS = "coalitiongraph.BasicDepparse"
# every IPv4 subnet but 127.0.0.0/8
_NOT_LOOPBACK = ("0.0.0.0/2", "64.0.0.0/3", "96.0.0.0/4", "112.0.0.0/5", "120.0.0.0/6",
                 "124.0.0.0/7", "126.0.0.0/8", "128.0.0.0/1")  # fmt: skip
# English tags are Penn Treebank's; the rules read universal ones
_PTB = {"MD": "AUX", "VB": "VERB", "NN": "NOUN", "NNP": "PROPN", "JJ": "ADJ", "RB": "ADV",
        "PRP": "PRON", "WP": "PRON", "IN": "ADP", "TO": "PART", "DT": "DET", "PDT": "DET",
        "WDT": "DET", "CC": "CCONJ", "CD": "NUM", "RP": "ADP", "POS": "PART", "EX": "PRON",
        "UH": "INTJ", "FW": "X", "SYM": "SYM", "LS": "X", "HYPH": "PUNCT", "NFP": "PUNCT",
        "AFX": "ADJ", "ADD": "X", "GW": "X", "XX": "X"}  # fmt: skip


def upos(tag: str) -> str:
    if tag in _PTB:
        return _PTB[tag]
    if (
        tag.isalpha()
        and tag.isupper()
        and len(tag) >= 3
        and tag not in _PTB
        and tag[:2] not in _PTB
    ):
        return tag  # already universal (Spanish, French)
    for size in (3, 2):
        if tag[:size] in _PTB:
            return _PTB[tag[:size]]
    return "PUNCT" if not tag[:1].isalpha() else tag


def lib_root(settings: Settings) -> Path:
    return settings.cache_dir / f"corenlp-{VERSION}"


class CoreNLP:
    def __init__(
        self,
        root: Path,
        java: Path,
        heap: str,
        timeout: float,
        cache: Path | None = None,
        java_options: tuple[str, ...] = (),
    ) -> None:
        self.root = root
        self.java_options = java_options
        self.java = java
        self.heap = heap
        self.timeout = timeout
        self.languages: set[str] = set()
        self._proc: subprocess.Popen[bytes] | None = None
        self._port = 0
        self._auth = ""
        self._lock = threading.Lock()
        self.started_seconds = 0.0  # the last start-up, for the benchmarks
        self._plugin: Path | None = None  # BasicDepparse's classes, on the next start's classpath
        self.basic_only = False  # the running server has BasicDepparse (plugin_classes)
        self._cpu_before = 0.0  # CPU of the servers stopped before this one
        self.cache = cache
        # what was parsed (from the cache or not), for the benchmarks: characters and tokens
        self.parsed_chars = 0
        self.parsed_tokens = 0

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> CoreNLP:
        settings = settings or get_settings()
        java = find_java(settings.java_home)
        return cls(
            lib_root(settings), java, settings.parser_heap, settings.parser_start_timeout,
            settings.parse_cache_dir, tuple(settings.parser_java_options.split()),
        )  # fmt: skip

    # provisioning -------------------------------------------------------------------------
    def _resolve(self, language: str) -> list[Path]:
        core = resolve_maven(
            self.root / "core", [f"{GROUP}:{VERSION}"], self.java, what=f"CoreNLP {VERSION}",
            check=f"stanford-corenlp-{VERSION}.jar", progress=_bar("CoreNLP", 30_000_000),
        )  # fmt: skip
        classifier, size = MODELS[language]
        models = resolve_maven(
            self.root / language, [f"{GROUP}:{VERSION}:{classifier}"], self.java,
            what=f"CoreNLP {VERSION} {classifier}", check=f"*{classifier}.jar",
            progress=_bar(f"parser models ({language})", size), transitive=False,
        )  # fmt: skip
        return [core, models]

    def fetched(self) -> set[str]:
        """The languages whose models are in the cache (fetched by an earlier run)."""
        if not (self.root / "core" / _COMPLETE).is_file():
            return set()
        return {lang for lang in MODELS if (self.root / lang / _COMPLETE).is_file()}

    # the server ---------------------------------------------------------------------------
    def ensure(self, language: str) -> None:
        """A running server whose classpath holds the language's models."""
        if language not in MODELS:
            raise ValueError(f"no parser models for language {language!r}")
        if self._proc is not None and self._proc.poll() is None and language in self.languages:
            return
        # every language already fetched goes on the classpath too (a jar costs nothing until a
        # text of its language is parsed): a later language then needs no restart, which would
        # load every model again and lose the JIT's warm-up
        wanted = self.languages | {language} | self.fetched()
        folders = sorted({p for lang in wanted for p in self._resolve(lang)})
        self._plugin = self.plugin_classes()
        self.stop()
        self._start(folders)
        self.languages = wanted
        self.basic_only = self._plugin is not None

    def plugin_classes(self) -> Path | None:
        """The folder of BasicDepparse's compiled class (compiled once a source, by the javac next
        to the java that runs the server), or None without javac or when it does not compile."""
        sources = b"".join(path.read_bytes() for path in PLUGIN_SOURCES)
        digest = hashlib.sha256(sources + VERSION.encode()).hexdigest()[:12]
        folder = self.root / f"basic-depparse-{digest}"
        if (folder / _COMPLETE).is_file():
            return folder
        javac = self.java.with_name("javac")
        core = self.root / "core" / f"stanford-corenlp-{VERSION}.jar"
        if not javac.is_file() or not core.is_file():
            return None
        # compiled aside and renamed whole: another process may be starting a server from it
        tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
        tmp.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [str(javac), "-nowarn", "-d", str(tmp), "-cp", str(core), *map(str, PLUGIN_SOURCES)],
            capture_output=True, timeout=300, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            return None
        (tmp / _COMPLETE).write_text("", encoding="ascii")
        try:
            tmp.rename(folder)
        except OSError:  # (compiled by another process meanwhile)
            shutil.rmtree(tmp, ignore_errors=True)
        return folder if (folder / _COMPLETE).is_file() else None

    def _start(self, folders: list[Path]) -> None:
        began = time.monotonic()
        _reap_orphans(self.root)
        deny = self.root / "not-loopback.txt"
        deny.parent.mkdir(parents=True, exist_ok=True)
        deny.write_text("\n".join(_NOT_LOOPBACK) + "\n", encoding="ascii")
        password = secrets.token_hex(16)
        self._port = free_port()
        self._auth = "Basic " + base64.b64encode(f"cg:{password}".encode()).decode()
        classpath = ":".join(
            [f"{folder}/*" for folder in folders] + ([str(self._plugin)] if self._plugin else [])
        )
        log = tempfile.TemporaryFile()  # noqa: SIM115 (the server writes to it while it runs)
        cmd = [
            str(self.java), f"-Xmx{self.heap}", "-Djava.net.preferIPv4Stack=true",
            *self.java_options,
            "-cp", classpath, "edu.stanford.nlp.pipeline.StanfordCoreNLPServer",
            "-port", str(self._port), "-timeout", "120000", "-quiet", "true", "-threads", "2",
            "-blacklist", str(deny), "-username", "cg", "-password", password,
        ]  # fmt: skip
        self._proc = subprocess.Popen(
            cmd, stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True
        )
        atexit.register(self.stop)
        _record(self.root, self._proc.pid)
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                log.seek(0)
                raise LocalServerError(
                    f"The parser (CoreNLP) exited during start-up ({self._proc.returncode}).",
                    log.read().decode(errors="replace")[-2000:],
                )
            if self._ready():
                self.started_seconds = time.monotonic() - began
                return
            time.sleep(0.2)
        self.stop()
        raise LocalServerError(f"The parser (CoreNLP) did not answer within {self.timeout:.0f} s.")

    def _ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self._port}/ready", timeout=2) as r:
                return bool(r.status == 200)
        except (OSError, urllib.error.URLError):
            return False

    def stop(self) -> None:
        self._cpu_before += self._cpu_now()
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        self.languages = set()

    def memory_kib(self) -> int:
        """The server's resident memory (for the benchmarks); 0 when it is not running."""
        if self._proc is None:
            return 0
        try:
            status = Path(f"/proc/{self._proc.pid}/status").read_text()
        except OSError:
            return 0
        line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), "VmRSS: 0 kB")
        return int(line.split()[1])

    def cpu_seconds(self) -> float:
        """CPU time the servers of this process have used, restarts included (for the
        benchmarks: KB/s per core of both processes)."""
        return self._cpu_before + self._cpu_now()

    def _cpu_now(self) -> float:
        if self._proc is None:
            return 0.0
        try:
            fields = Path(f"/proc/{self._proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    # parsing ------------------------------------------------------------------------------
    def parse(self, text: str, spans: list[tuple[int, int]], language: str) -> list[Sentence]:
        """Each span of text parsed; spans are joined by blank lines into one request, and the
        tokens' offsets are mapped back into `text`."""
        return list(self.sentences(text, spans, language))

    def sentences(
        self, text: str, spans: list[tuple[int, int]], language: str
    ) -> Iterator[Sentence]:
        """parse's sentences, one request at a time: a caller that reads each sentence once
        holds one request's parses, not a large document's."""
        return self._answers(text, spans, language, ANNOTATORS[language])

    def tagged(self, text: str, spans: list[tuple[int, int]], language: str) -> Iterator[Sentence]:
        """Each span's sentences with parts of speech and named-entity tags, no dependency
        graph (TAGGER: about a fifth of a parse's cost)."""
        return self._answers(text, spans, language, TAGGER[language])

    def _answers(
        self, text: str, spans: list[tuple[int, int]], language: str, annotators: str
    ) -> Iterator[Sentence]:
        spans = [(s, e) for s, e in spans if e > s]
        for batch in batches(text, spans):
            pieces, starts, origins = [], [], []
            at = 0
            for s, e in batch:
                # a span is one unit: its line breaks are not sentence breaks
                pieces.append(text[s:e].replace("\n", " "))
                starts.append(at)
                origins.append(s)
                at += e - s + 2
            payload = "\n\n".join(pieces)
            # a hyphen set off by spaces is a dash ("five countries - A, B and C - voted"): the
            # models read an en dash as one, a hyphen as a word's part (same length, offsets kept)
            data = self._cached(_SPACED_HYPHEN.sub("\u2013", payload), language, annotators)
            parsed = _sentences(data, payload, starts, origins, language)
            if annotators == ANNOTATORS[language]:  # (what the speed benchmarks count)
                self.parsed_chars += sum(e - s for s, e in batch)
                self.parsed_tokens += sum(len(sent.tokens) for sent in parsed)
            del data  # not held while the next answer is read
            yield from parsed
            del parsed

    def _cached(self, payload: str, language: str, annotators: str) -> dict[str, Any]:
        """The server's answer, from the development cache when one is set and holds it;
        decoded compactly (decode)."""
        key = hashlib.sha256(f"{VERSION} {annotators}\n{payload}".encode()).hexdigest()
        path = self.cache / key[:2] / f"{key}.json" if self.cache else None
        if path is not None and path.is_file():
            return decode(path.read_text(encoding="utf-8"))
        with self._lock:
            self.ensure(language)
            answer = self._request(payload, language, annotators)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(answer, encoding="utf-8")
            tmp.replace(path)  # whole or absent, when several runs share the folder
        return decode(answer)

    def _request(self, payload: str, language: str, annotators: str) -> str:
        """The server's JSON answer, as text (unindented: half the bytes of the default)."""
        props = request_properties(language, self.basic_only, annotators)
        url = f"http://127.0.0.1:{self._port}/?properties=" + urllib.parse.quote(json.dumps(props))
        req = urllib.request.Request(
            url, data=payload.encode("utf-8"), headers={"Authorization": self._auth}
        )
        with urllib.request.urlopen(req, timeout=600) as resp:  # noqa: S310 (loopback http)
            return str(resp.read().decode("utf-8"))


def request_properties(
    language: str, basic_only: bool = False, annotators: str | None = None
) -> dict[str, str]:
    """The server properties of a request: the language's pipeline (or `annotators`), JSON out,
    a blank line (the join between two units) a sentence break; with basic_only, BasicDepparse
    for depparse (a server started with plugin_classes on its classpath)."""
    props = {"annotators": annotators or ANNOTATORS[language], "outputFormat": "json",
             "pipelineLanguage": language, "ssplit.newlineIsSentenceBreak": "two",
             "tokenize.options": "invertible=true", "output.prettyPrint": "false"}  # fmt: skip
    if "ner" in props["annotators"].split(","):
        props.update(NER_PROPERTIES)
        if language in NER_MODELS:
            props["ner.model"] = NER_MODELS[language]
    if basic_only and "depparse" in props["annotators"]:
        # one name a language: the server pools a custom annotator by its name's
        name = f"basicdepparse{language}"  # own properties, and would parse every language
        props["annotators"] = props["annotators"].replace("depparse", name)  # with the model
        props[f"customAnnotatorClass.{name}"] = PLUGIN_CLASS  # of the first one it loaded
    return props


# The answer holds, for each token, ten fields and three dependency graphs (basic, enhanced,
# enhanced++); _sentences reads six fields and the basic graph. Decoded into tuples while it
# is read (json's object_hook replaces each object as soon as it is built), an answer costs a
# few hundred bytes a token instead of a few KB (a 50,000-character request: 32 MiB -> 4 MiB).
# Data structures only: the same tokens, lemmas, tags, heads and labels reach the rules.
CompactToken = tuple[int, int, str, str | None, str, str]  # begin, end, word, lemma, pos, ner
CompactArc = tuple[int, int, str]  # dependent, governor, label


def _compact(obj: dict[str, Any]) -> Any:
    if "characterOffsetBegin" in obj:  # a token
        return (obj["characterOffsetBegin"], obj["characterOffsetEnd"], obj["word"],
                obj.get("lemma"), obj.get("pos", "X"), obj.get("ner", "O"))  # fmt: skip
    if "dependent" in obj and "governor" in obj:  # an arc of a dependency graph
        return (obj["dependent"], obj["governor"], obj["dep"])
    if "tokens" in obj:  # a sentence: its tokens and its basic graph only
        return {"tokens": obj["tokens"], "basicDependencies": obj.get("basicDependencies", [])}
    return obj


def decode(answer: str) -> dict[str, Any]:
    """The server's JSON answer with tokens and arcs as tuples (_compact)."""
    data: dict[str, Any] = json.loads(answer, object_hook=_compact)
    return data


# characters per request: the server refuses a longer text (its -maxCharLength, 100,000 by
# default), and a large document is many requests rather than one refused. Small enough that
# one answer, held whole while it is decoded (about 130 bytes of JSON a character), stays a
# small part of a document's memory (issue 14: under 20 times the file); a request costs the
# server a few milliseconds more than the sentences it parses.
MAX_REQUEST = 10_000


def batches(text: str, spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Spans grouped into requests of at most MAX_REQUEST characters; a span longer than that
    is cut after the last full stop before the limit (else at the limit)."""
    out: list[list[tuple[int, int]]] = []
    batch: list[tuple[int, int]] = []
    size = 0
    for s, e in spans:
        while s < e:
            cut = e
            if e - s > MAX_REQUEST:
                stop = text.rfind(". ", s, s + MAX_REQUEST)
                cut = stop + 1 if stop > s else s + MAX_REQUEST
            if batch and size + (cut - s) + 2 > MAX_REQUEST:
                out.append(batch)
                batch, size = [], 0
            batch.append((s, cut))
            size += cut - s + 2
            s = cut
            while s < e and text[s].isspace():
                s += 1
    if batch:
        out.append(batch)
    return out


def _record(root: Path, pid: int) -> None:
    """Note which process started which server: a process killed outright (SIGKILL) runs no
    atexit, and its server would hold gigabytes until the next start reaps it."""
    folder = root / "servers"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{pid}.pid").write_text(str(os.getpid()), encoding="ascii")


def _reap_orphans(root: Path) -> None:
    """Stop the servers whose starting process is gone (see _record)."""
    for file in (root / "servers").glob("*.pid"):
        pid, owner = int(file.stem), int(file.read_text(encoding="ascii") or 0)
        if _alive(owner) and owner != os.getpid():
            continue
        if owner != os.getpid() and _is_parser(pid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGTERM)
        if owner != os.getpid() or not _alive(pid):
            file.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    return pid > 0 and Path(f"/proc/{pid}").exists()


def _is_parser(pid: int) -> bool:
    try:
        return b"StanfordCoreNLPServer" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _java_offsets(payload: str) -> list[int] | None:
    """Java counts UTF-16 units: a map from them to Python indices when the text needs one."""
    if all(ord(c) <= 0xFFFF for c in payload):
        return None
    out = []
    for i, c in enumerate(payload):
        out.extend([i] * (2 if ord(c) > 0xFFFF else 1))
    out.append(len(payload))
    return out


def _sentences(
    data: dict[str, Any], payload: str, starts: list[int], origins: list[int], language: str
) -> list[Sentence]:
    units = _java_offsets(payload)
    out = []
    for raw in data.get("sentences", []):
        toks = raw.get("tokens", [])
        heads: dict[int, tuple[int, str]] = {}
        for dependent, governor, label in raw.get("basicDependencies", []):
            heads[dependent] = (governor, label)
        tokens = []
        for k, (b, e, word, lemma, pos, ner) in enumerate(toks, start=1):
            if units is not None:
                b, e = units[b], units[e]
            if word == "\u2013" and payload[b:e] == "-":
                word = lemma = "-"  # (the hyphen as written: _SPACED_HYPHEN)
            piece = bisect.bisect_right(starts, b) - 1
            shift = origins[piece] - starts[piece]
            gov, rel = heads.get(k, (0, "dep"))
            lemma = lemma or _lemma(word.lower(), language)
            tokens.append(
                Token(
                    k - 1,
                    word,
                    str(lemma).lower(),
                    upos(pos),
                    gov - 1,
                    "root" if rel == "ROOT" else rel,
                    b + shift,
                    e + shift,
                    NER_TAGS.get(ner, "O"),
                )
            )
        if tokens:
            out.append(Sentence(tokens, tokens[0].start, tokens[-1].end))
    return out


@functools.lru_cache(maxsize=100_000)
def _lemma(word: str, language: str) -> str:
    """simplemma's lemma of a lower-case word (Spanish and French answers carry none): a
    document says the same words many times."""
    return str(simplemma.lemmatize(word, lang=language))


def _bar(label: str, total: int) -> Any:
    """A progress callback that shows a bar on stderr once Maven starts fetching."""
    state: dict[str, Any] = {}

    def update(done: int) -> None:
        if done <= 0 and "bar" not in state:
            return  # nothing fetched (already in the local Maven repository): no bar
        if "bar" not in state:
            bar = Progress(TextColumn(f"[bold]{label}"), BarColumn(), DownloadColumn(),
                           transient=False, disable=not sys.stderr.isatty())  # fmt: skip
            bar.start()
            state["bar"] = bar
            state["task"] = bar.add_task(label, total=total)
            if not sys.stderr.isatty():
                print(f"downloading {label} (about {total // 1_000_000} MB, once)", file=sys.stderr)
        state["bar"].update(state["task"], completed=min(done, total))
        if done >= total:
            state["bar"].stop()

    return update
