"""What states do about a process: withdraw or refuse to join (WITHDREW_FROM {kind}), stay away
from its conference (DECLINED_TO_ATTEND), put the decision off (DEFERRED_DECISION_ON: not a
withdrawal), and how they voted (VOTED {vote}), in EN, ES and FR. Hedged statements, forecasts
and questions give nothing."""

from __future__ import annotations

import re

from ingest.extract.dates import date_in
from ingest.extract.frames import words_in_every_language
from ingest.extract.lexicon import EVENT_WORD_EN
from ingest.extract.patterns.common import (
    GOV,
    Doc,
    Proto,
    event_in_focus,
    hedged,
    itemize,
    left,
    right,
    run,
)
from ingest.extract.patterns.events import event_words
from ingest.extract.resolve import Ent
from ingest.extract.text import Unit, fold, fold_slice

# What may stand between the states and a trigger: "Hungary's government, which has already
# announced that it will not ...", "Polonia y Austria ya anunciaron que no ...". Each word must
# end a word (no backtracking through "has" = "ha" + "s"), and plain adjacency is a bridge too.
_BRIDGE_WORDS = (
    r"government|gobierno|gouvernement|administration|administracion|authorities|autoridades|"
    r"autorites|which|who|that|que|qui|ya|already|deja|have|has|had|han|ha|habia|habian|a|ont|"
    r"avait|avaient|announc\w*|said|says|say|stated|states|decided|decides|declar\w*|anunci\w*|"
    r"dicho|dijo|dijeron|decid\w*|inform\w*|annonc\w*|affirm\w*|indiqu\w*|confirm\w*|"
    r"reiter\w*|reafirm\w*|reaffirm\w*|made clear|fait savoir|hecho saber|dado a conocer|"
    r"recent|recently|recientemente|recemment|decision|to|de|the|el|la|le|its|su|sa|"
    r"officially|oficialmente|officiellement|formally|formalmente|it|choisi|chosen|chose|opted|"
    r"opte|elegido|prefere|prefer|prefers|would|will|ne|no|not|se|also|tambien|aussi|since|"
    r"depuis|desde|then|luego|finally|finalmente|finalement|dit|a dit|now|ahora|desormais|"
    # who, and when or where it was said: "... announced on Wednesday that it will not",
    # "... a annoncé ce mercredi qu'elle ne signera pas", "... dijo ayer en Twitter que no"
    r"he|she|they|il|elle|ils|elles|ella|ellos|ellas|on|en|this|last|ce|cet|cette|este|esta|"
    r"week|semaine|semana|yesterday|today|ayer|hoy|hier|aujourd|hui|morning|evening|night|"
    r"soir|matin|tarde|noche|manana|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|in|dans|un|una|une|statement|comunicado|communique|"
    r"press release|tweet|twitter|on twitter|via|through|mediante|egalement|ademas|too|"
    r"por su parte|de son cote|de leur cote|for its part|in turn|a su vez|a son tour"
)
_BRIDGE_RE = re.compile(
    rf"(?:[\s,]*(?:'s|s'|d'|n'|s'|l'|qu'|(?:{_BRIDGE_WORDS})(?![a-z'])))*[\s,]*"
)
_COMPACT = (
    r"(?:(?:the|el|la|le|l'|this|ce|este|dicho)\s+)?(?:(?:global|mundial|mondial|un|de la onu|"
    r"de l'onu|migration|migratorio|migratoire)\s+)*(?:compact|pact|pacto|pacte|agreement|"
    r"acuerdo|accord|texte|texto|text|document|documento|deal|negotiations|negociaciones|"
    r"negociations|process|proceso|processus)"
)
_THE_COMPACT = re.compile(
    rf"\W*(?:from|of|de|del|du|des|a|au|al|los|las|the|la|el|le|l')?\s*(?:\w+\s+)?{_COMPACT}"
)
_WITHDREW = re.compile(
    r"\b(?:withdr[ae]w(?:n)?|withdraws|withdrawing|withdrawal|to withdraw|pulled out|pulls out|"
    r"pull out|walked away|walks away|quit|quits|exited|left|leaves|has left|abandon(?:ed|s)?|"
    r"backed out|se retiro|se retira|se retiraron|retirarse|retira|retiro|ha salido|habia salido|"
    r"salio|sale|salir|la salida de|abandono|abandona|abandonar|se desvinculo|"
    r"s'est retire[e]?|se retire|se retirent|retrait|a quitte|quitte|quitter|la sortie de|"
    r"sortie|s'est desengage[e]?|claque la porte)\b"
)
_WILL_NOT = re.compile(
    r"\b(?:will not|won't|would not|wouldn't|shall not|did not|does not|refused to|refuses to|"
    r"declined to|decided not to|not to)\s+(?:sign|join|endorse|adopt|back|support|accept|"
    r"subscribe|be part of|ratify)"
    r"|\b(?:rejected|rejects|has rejected|opted out of|refused|refuses)\b"
    r"|\bno\s+(?:respaldara|respaldaran|firmara|firmaran|firmar|suscribira|suscribiran|se sumara|"
    r"se sumaran|se adherira|se adheriran|adherira|apoyara|apoyaran|adoptara|adoptaran|"
    r"respaldar|suscribir|aceptara|aceptaran)\b"
    r"|\b(?:rechazo|rechaza|rechazan|rechazaron|rechazara)\b"
    r"|\b(?:ne\s+|n')(?:signera|signeront|soutiendra|soutiendront|adherera|adhereront|"
    r"souscrira|adoptera|adopteront|rejoindra|rejoindront)\s+pas\b"
    r"|\b(?:refuse de signer|refusent de signer|rejette|rejettent|a rejete|ont rejete)\b"
)
_DECLINED = re.compile(
    r"\b(?:will not|won't|would not|did not|does not|decided not to|declined to|refused to|not to)"
    r"\s+(?:attend|go to|travel to|send a delegation|take part in|participate in|be present)"
    r"|\bstay(?:ed|s)? away from\b|\bboycott(?:s|ed)?\b|\bskip(?:ped|s)? the\b"
    r"|\bno\s+(?:asistira|asistiran|acudira|acudiran|ira|iran|viajara|viajaran|participara|"
    r"participaran|enviara|enviaran)\b"
    r"|\bn'(?:ira|iront|assistera|assisteront)\s+pas\b"
    r"|\bne\s+(?:participera|participeront|se rendra|se rendront|fera|feront|sera|seront|"
    r"enverra|enverront)\s+pas\s*(?:le voyage|a|au|present|presente|representee?|"
    r"de delegation)?"
)
_DEFERRED = re.compile(
    r"\b(?:defer(?:red|s)?|postpone[ds]?|delay(?:ed|s)?|put off)\s+(?:its|the|a|their)?\s*"
    r"(?:decision|vote)"
    r"|\b(?:leave|left|refer(?:red)?|hand(?:ed)?)\s+(?:the\s+)?decision\s+to\s+(?:the\s+)?parliament"
    r"|\b(?:aplazo|aplaza|pospuso|pospone|postergo|posterga|difirio|difiere)\s+(?:la|su)\s+decision"
    r"|\bdejar\s+(?:la\s+)?decision\s+(?:en manos\s+)?(?:del|al)\s+(?:parlamento|congreso)"
    r"|\b(?:remettre|renvoyer|confier|laisser)\s+au\s+parlement\s+la\s+decision"
    r"|\b(?:reporte|reporter|repousse|differe|ajourne)\s+(?:sa|la|leur)\s+decision"
)
_VOTE_WORDS = [
    ("no", r"voted against|votes? against|vote no|votaron en contra|voto en contra|en contra|"
           r"ont vote contre|a vote contre|contre|against"),
    ("yes", r"voted (?:in favou?r|for|yes)|votes? in favou?r|votaron a favor|voto a favor|"
            r"a favor|ont vote pour|a vote pour|en faveur|pour|in favou?r"),
    ("abstain", r"abstained|abstaining|abstain|abstentions?|abstenciones|abstencion|se abstuvo|"
                r"se abstuvieron|se sont abstenus|s'est abstenu|s'est abstenue|se sont abstenues"),
    ("absent", r"did not vote|no voto|no votaron|n'a pas vote|n'ont pas vote|were absent|absent"),
]  # fmt: skip
_VOTE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _VOTE_WORDS) + r")\b")
# "voted against: A, B", "5 en contra -A, B e C-", "abstenciones, entre ellas la de C"
_VOTE_LIST = re.compile(
    r"\s*(?::|-|\(|,?\s*(?:entre ellas|entre ellos|including|among them|dont|notamment|namely|"
    r"a saber)(?:\s+(?:la|el|los|las)\s+de)?)\s*"
)
_VOT = re.compile(r"\bvot")
_ARTICLE = re.compile(r"\s*(?:(?:the|la|el|los|las|le|les)\s+|l')?")
_VOTE_CONTEXT = re.compile(r"\bvot|\babst|\bballot|\bresolution|\bresolucion")


def _target_process(doc: Doc, unit: Unit, pos: int) -> Ent | None:
    """The process a state acts on: named after the trigger, or "the compact" = the process the
    text is about."""
    after = doc.folded(unit)[pos - unit.start :]
    named = [e for e in doc.ents_in(pos, min(unit.end, pos + 90), ("Process",))]
    if named and not _STOP_MARK.search(doc.text, pos, named[0].start):
        return named[0]
    if _THE_COMPACT.match(after):
        return doc.focal_process
    return None


_STOP_MARK = re.compile(r"[.;]")


_OF = frozenset({"of", "in", "de", "del", "du", "des", "d'", "en", "au", "aux"})
_ARTICLES = frozenset({"the", "la", "le", "el", "l'"})


def _body_of(doc: Doc, unit: Unit, ent: Ent) -> bool:
    """A state named as the owner of one of its bodies that decide for themselves ("the
    ruling party of A", "el partido gobernante de A", "le parlement de A"; lexicon
    own_bodies): the body decides, not the state."""
    before = doc.folded(unit)[max(0, ent.start - unit.start - 40) : ent.start - unit.start]
    words = re.findall(r"[a-z\-]+'?", before)
    if words and words[-1] in _ARTICLES:
        words = words[:-1]
    if not words or words[-1] not in _OF:
        return False
    return bool(set(words[-4:-1]) & _BODIES)  # ("le parti au pouvoir en A": its words)


_BODIES = words_in_every_language("own_bodies")


def _states_before(doc: Doc, unit: Unit, pos: int) -> list[Ent]:
    """States named right before a trigger, through a bridge ("..., which have declared that")."""
    ent = left(doc, unit, pos, GOV, reach=120, stop=r"[.;:!?]")
    if ent is None or _body_of(doc, unit, ent):
        return []
    if not _BRIDGE_RE.fullmatch(doc.folded(unit)[ent.end - unit.start : pos - unit.start]):
        return []
    states = run(doc, unit, ent, GOV, leftward=True)
    # "A, B y, probablemente, C": the hedged item is dropped
    out = []
    for s in states:
        before = doc.folded(unit)[max(0, s.start - unit.start - 25) : s.start - unit.start]
        if not re.search(r"probabl|possibl|perhaps|quiza|tal vez|peut-etre|likely", before):
            out.append(s)
    return out


# A word (its start) every pattern of this family needs at least one of: units without one are
# not looked at (tests/extract/test_triggers.py checks that this loses nothing).
_REFUSE_WORDS = (
    # withdrawals
    r"withdr|pull|walk|quit|exit|left$|leav|abandon|backed$|retir|retrait|sal(?:e|ir|io|ida|ido)$|"
    r"desvincul|sortie|desengag|claque|"
    # refusals: the verbs after "will not", "no", "ne ... pas"
    r"sign|join|endors|back|support|accept|subscrib|part$|ratif|"
    r"reject|opted$|refus|respald|firm(?:ar|ara|aran)$|suscrib|sumar|adher|apoy|acept|rechaz|"
    r"soutiendr|souscri|adopt|rejoindr|rejet"
)
_AWAY_WORDS = (
    r"(?:attend|go|travel|send|take|present)$|particip(?:ate|ara|aran|era|eront)$|stay|boycott|"
    r"skip|asist|acud|ira$|iran$|iront$|viaj|envi(?:ara|aran)$|assist(?:era|eront)$|rendr|"
    r"(?:fera|feront|sera|seront)$|enverr"
)
_DEFER_WORDS = r"decision$|vot"
_VOTE_WORDS_ = r"vot|abst|(?:against|contra|contre|favor|favour|faveur|pour|absent)$"
# Words (their start) the patterns of each part of this family need at least one of: a unit
# without one is not looked at by that part (tests/extract/test_triggers.py checks that this
# loses nothing).
PARTS = tuple(re.compile(w) for w in (_REFUSE_WORDS, _AWAY_WORDS, _DEFER_WORDS, _VOTE_WORDS_))
REFUSE, AWAY, DEFER, VOTE = 1, 2, 4, 8
TRIGGER = re.compile("|".join((_REFUSE_WORDS, _AWAY_WORDS, _DEFER_WORDS, _VOTE_WORDS_)))


def extract(doc: Doc, i: int, unit: Unit, hot: int = -1) -> list[Proto]:
    """What states do in a unit; `hot` says which PARTS' words it holds."""
    out: list[Proto] = []
    if not hot:
        return out
    f = doc.folded(unit)
    base = unit.start
    if doc.quote(unit).rstrip().endswith("?"):
        return out
    date = None

    def when() -> str | None:
        nonlocal date
        if date is None:
            date = date_in(doc.text, unit.start, unit.end, doc.document_date) or ""
        return date or None

    refusals = (("will_not_join", _WILL_NOT), ("withdrew", _WITHDREW)) if hot & REFUSE else ()
    for kind, pattern in refusals:
        for m in pattern.finditer(f):
            s, e = base + m.start(), base + m.end()
            if hedged(doc, unit, s, e):
                continue
            target = _target_process(doc, unit, e)
            states = _states_before(doc, unit, s)
            if (
                not states
                and kind == "withdrew"
                and m.group().startswith(("la salida", "la sortie", "retrait", "withdrawal"))
            ):
                nxt = doc.ents_in(e, min(unit.end, e + 40), GOV)
                states = nxt[:1]
            if target is None or not states:
                continue
            props = {"kind": kind, "date": when()}
            out.extend(Proto("WITHDREW_FROM", st, target, props, unit, 0.85) for st in states)
    for m in _DECLINED.finditer(f) if hot & AWAY else ():
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e):
            continue
        states = _states_before(doc, unit, s)
        event = _target_event(doc, unit, e)
        for st in states:
            if event is not None:
                out.append(Proto("DECLINED_TO_ATTEND", st, event, {"date": when()}, unit, 0.8))
    for m in _DEFERRED.finditer(f) if hot & DEFER else ():
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e):
            continue
        states = _states_before(doc, unit, s)
        target = _target_process(doc, unit, e) or doc.focal_process
        for st in states:
            if target is not None:
                out.append(Proto("DEFERRED_DECISION_ON", st, target, {"date": when()}, unit, 0.8))
    if hot & VOTE and (
        _VOTE_CONTEXT.search(f) or _VOT.search(doc.folded(doc.units[max(0, i - 1)]))
    ):
        out.extend(_votes(doc, unit, f))
    return out


def _target_event(doc: Doc, unit: Unit, pos: int) -> Ent | None:
    """What a state stays away from: an event named in the clause, the event of the focal
    process in a city named there ("n'ira pas à <ville>"), the focal process's conference
    ("will not attend the conference"), else the event in focus."""
    clause = _CLAUSE_END.search(doc.text, pos, min(unit.end, pos + 120))
    stop = clause.start() if clause else min(unit.end, pos + 120)
    named = doc.ents_in(pos, stop, ("Event",))
    if named:
        return named[0]
    for word in _CAPITALISED.finditer(doc.text, pos, stop):
        event = _event_at(doc, fold(word.group()))
        if event is not None:
            return event
    kind = _CONFERENCE.search(fold_slice(doc.text, pos, stop))
    if kind:
        event = _event_at(doc, None, EVENT_WORD_EN.get(kind.group(), kind.group()))
        if event is not None:
            return event
    return event_in_focus(doc)


_CLAUSE_END = re.compile(r"[.;:!?]")
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w\-]{2,}")
_CONFERENCE = re.compile(
    r"\b(?:conference|conferencia|summit|cumbre|sommet|meeting|reunion|rencontre|encuentro|"
    r"ceremony|ceremonia|ceremonie)\b"
)


def _event_at(doc: Doc, place: str | None, kind: str = "") -> Ent | None:
    """The event of the focal process in a city that the text is about (the one of the
    document's year first); without a city, the focal process's event of that kind ("the
    conference": an event whose name says conference)."""
    best: tuple[int, str] | None = None
    process = doc.focal_process.id if doc.focal_process else None
    for event_id, info in doc.gz.events.items():
        if place is not None and not info.held_in(place):
            continue
        if place is None:
            entry = doc.gz.entry(event_id)
            words = event_words(entry.name) if entry is not None else set()
            # a summit, a conference: both name the big meeting of a process
            if kind not in words and not ({kind} | words) >= {"summit", "conference"}:
                continue
        score = 2 if process and process in info.processes else 0
        if doc.document_date and info.start_date and info.start_date[:4] == doc.document_date[:4]:
            score += 1
        if best is None or score > best[0]:
            best = (score, event_id)
    if best is None or best[0] < (1 if place is not None else 2):
        return None
    entry = doc.gz.entry(best[1])
    if entry is None:
        return None
    return Ent(0, 0, "", entry.id, entry.id, entry.name, entry.type, 0.75, "context")


def _votes(doc: Doc, unit: Unit, f: str) -> list[Proto]:
    out: list[Proto] = []
    base = unit.start
    target = _voted_document(doc, unit)
    if target is None:
        return out
    for m in _VOTE.finditer(f):
        vote = next(k for k in ("no", "yes", "abstain", "absent") if m.group(k))
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e):
            continue
        # "voted against: A, B and C", "5 en contra -A, B e C-", "abstenciones, entre ellas la de C"
        opener = _VOTE_LIST.match(fold_slice(doc.text, e, unit.end))
        found: list[Ent] = []
        first_state = right(doc, unit, e, GOV, reach=8)
        # the verb first: "votaron en contra Hungría y Polonia", "se abstuvieron Chile, ..."
        verb_first = first_state is not None and bool(
            _ARTICLE.fullmatch(fold_slice(doc.text, e, first_state.start))
        )
        if opener or verb_first:
            start = e + (opener.end() if opener else 0)
            close = re.search(
                r"[\u2014\u2013)]|\s-\s|[.;]|\s(?:y|and|et)\s+\d", doc.text[start : unit.end]
            )
            stop = start + close.start() if close else unit.end
            found = [
                x
                for x, hedge in itemize(doc, unit, start, stop, types=GOV)
                if not hedge and x.type == "Government"
            ]
        if not found:
            found = _states_before(doc, unit, s)
            if found and re.search(r"\d", doc.text[found[0].end : s]):
                found = []
        for st in found:
            out.append(Proto("VOTED", st, target, {"vote": vote}, unit, 0.8))
    return out


def _voted_document(doc: Doc, unit: Unit) -> Ent | None:
    named = doc.ents_in(unit.start, unit.end, ("Document",))
    resolutions = [d for d in named if "/res/" in d.name.lower() or "resolution" in d.name.lower()]
    if resolutions:
        return resolutions[0]
    process = doc.focal_process
    if process is None or process.id is None or process.id not in doc.gz.voted_documents:
        return None
    entry = doc.gz.entry(doc.gz.voted_documents[process.id])
    if entry is None:
        return None
    return Ent(0, 0, "", entry.id, entry.id, entry.name, entry.type, 0.7, "context")
