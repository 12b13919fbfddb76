"""Sign-on, endorsement and co-sponsor lists (SIGNED, ENDORSED, CO_SPONSORED), one relation per
organization of the list, in EN, ES and FR: "Co-sponsors: A, B and C", "Signatories:",
"Firmantes:", "Signataires :", "X joined A, B and C as co-sponsors of this statement",
"X signed the document", "X endorses Y"."""

from __future__ import annotations

import re

from ingest.extract.patterns.common import (
    ACTORS,
    ORGS,
    Doc,
    Proto,
    anaphor_document,
    event_in_focus,
    first,
    hedged,
    itemize,
    left,
    right,
    run,
    section_document,
)  # fmt: skip
from ingest.extract.resolve import Ent
from ingest.extract.text import Unit, fold

_KIND = [
    ("CO_SPONSORED", r"co-?\s?s[a-z]{0,2}pons[a-z]*|cosponsor[a-z]*|sponsors|sponsored by|"
                     r"copatrocinador[a-z]*|copatrocinad[oa]s? por|patrocinador[a-z]*|"
                     r"co-?parrain[a-z]*|coparrain[a-z]*|parrains"),
    ("ENDORSED", r"endorsers?|endorsed by|endorsing organi[sz]ations|avalad[oa]s? por|"
                 r"respaldad[oa]s? por|adhesiones|adhieren|soutenu[e]?s? par|endosse[e]?s? par|"
                 r"appuye[e]?s? par"),
    ("SIGNED", r"signatories|signatory organi[sz]ations|signed by|signed on by|signers|"
               r"signing organi[sz]ations|organi[sz]ations signing(?: (?:this|the) (?:statement|"
               r"letter|declaration|appeal|call))?|undersigned organi[sz]ations|firmantes|"
               r"firmad[oa]s? por|suscrit[oa]s? por|organizaciones firmantes|signataires|"
               r"signe[e]?s? par|organisations signataires|organisations soussignees"),
]  # fmt: skip
_LABEL = re.compile(
    r"(?:^|(?<=[\s/:.(]))(?:(?:among\s+)?(?:the\s+)?(?:other\s+)?(?:entre\s+(?:los|las)\s+(?:otr[oa]s\s+)?|"
    r"parmi\s+les\s+(?:autres\s+)?)?)"
    r"(?P<label>" + "|".join(f"(?P<{k}>{v})" for k, v in _KIND) + r")(?:\s+(?:by|par|por))?"
    r"\s*(?P<open>:|\b(?:are|include|were|son|fueron|incluyen|sont|etaient|figurent)\b\s*:?|"
    r"(?=\s+\S))",
)
# Without a colon, the list must start right after the label: a name (after an article).
_NAME_NEXT = re.compile(r"\s+(?:(?i:the|la|le|les|el|los|las)\s+|(?i:l)['\u2019])?[A-ZÀ-Þ0-9]")
_NAME_NOW = re.compile(r"\s*(?:(?i:the|la|le|les|el|los|las)\s+|(?i:l)['\u2019])?[A-ZÀ-Þ0-9]")
_JOINED = re.compile(
    r"\b(?:joined|se sumo a|se unio a|se unieron a|s'est joint[e]? a|a rejoint|ont rejoint)\s+"
)
_AS_ROLE = re.compile(
    r"\s+(?:as|como|comme|en tant que)\s+(?:a\s+|an\s+|one of the\s+|uno de los\s+|l'un des\s+)?"
    r"(?P<role>co-?sponsors?|cosponsors?|signator(?:y|ies)|endorsers?|copatrocinador[a-z]*|"
    r"firmantes?|co-?parrains?|signataires?)\s+(?:of|to|de|del|du|de la)?\s*"
    r"|\s+in\s+(?:a\s+|the\s+)?(?:joint\s+)?(?P<doc>statement|letter|declaration|call|appeal)\b"
)
_VERB = re.compile(
    r"\b(?P<verb>signed(?: on to)?|has signed|have signed|endorse[sd]?|has endorsed|have endorsed|"
    r"co-?sponsored|firmo|firmaron|suscribio|suscribieron|respaldo|respaldaron|avalo|avalaron|"
    r"a signe|ont signe|a endosse|ont endosse|soutient|ont soutenu|a soutenu)\b"
)
_VERB_KIND = {
    "sign": "SIGNED", "firm": "SIGNED", "suscrib": "SIGNED", "co": "CO_SPONSORED",
    "endors": "ENDORSED", "endoss": "ENDORSED", "respald": "ENDORSED",
    "aval": "ENDORSED", "souti": "ENDORSED", "a sign": "SIGNED", "ont sign": "SIGNED",
    "a endoss": "ENDORSED", "ont endoss": "ENDORSED", "has sign": "SIGNED",
    "have sign": "SIGNED", "has endors": "ENDORSED", "have endors": "ENDORSED",
}  # fmt: skip
_SUPPORT_FOR = re.compile(
    r"\b(?:expressed|expresses|express|expreso|expresaron|a exprime|ont exprime)\s+"
    r"(?:the\s+|its\s+|their\s+|el\s+|su\s+|son\s+|le\s+|leur\s+)?(?:full\s+|strong\s+)?"
    r"(?:support|apoyo|respaldo|soutien)\s+(?:of\s+|de\s+|del\s+|du\s+)?"
)
_THIS_DOC = re.compile(
    r"\b(?:this|the|that|these|este|esta|el|la|le|ce|cette|dicho|dicha)\s+(?:joint\s+)?"
    r"(?:(?:ngo|oral|open|public|civil society)\s+)*(?:document|statement|letter|declaration|"
    r"report|call|appeal|documento|declaracion|carta|comunicado|informe|llamamiento|"
    r"lettre|appel|rapport|texte)\b"
)
_THIS_EVENT = re.compile(
    r"\b(?:this|the|that|este|esta|el|la|cet|cette|le)\s+(?:side\s+)?(?:event|evento|evenement|"
    r"meeting|reunion|rencontre|conference|conferencia|celebration|dialogue|seminar|seminario|"
    r"seminaire|workshop|taller|atelier|forum|foro)\b"
)


_OTHER = re.compile(r"\b(?:other|otr[oa]s|autres)\s+$")


def _earlier_signer(doc: Doc, unit: Unit, items: list[Ent]) -> Ent | None:
    """Who "the other signatories" are other than: the text's author, else the one
    organization the text named before the list."""
    if doc.author is not None:
        return doc.author
    listed = {x.key for x in items}
    start = doc.units[0].start if doc.units else 0
    before = {e.key: e for e in doc.ents_in(start, unit.start, ORGS) if e.key not in listed}
    return next(iter(before.values())) if len(before) == 1 else None


_NEXT_LABEL = re.compile(r"[^,;()]{2,40}:")


# "..., including A and B", "..., entre ellas A y B", "..., dont A et B"
_INCLUDING = re.compile(
    r"[^.;:]{0,80}?,?\s*\b(?:including|among them|among others|such as|notably|entre ellas|"
    r"entre ellos|entre otras|entre otros|tales como|incluyendo|dont|notamment|parmi lesquelles|"
    r"parmi lesquels|parmi elles|parmi eux|telles que|tels que)\s*:?\s*"
)
# "endorsed by over 100 organizations, including": a count of signers, then some of them
_COUNT_INCLUDING = re.compile(
    r"\s+(?:(?:over|more than|some|nearly|almost|about|mas de|cerca de|unas|plus de|pres de|"
    r"quelque|environ)\s+)?\d+\s+[\w\s\-]{0,40}?,?\s*\b(?:including|among them|such as|"
    r"entre ellas|entre ellos|tales como|dont|notamment|parmi lesquelles|parmi lesquels)\s*:?\s*"
)


def _included(doc: Doc, unit: Unit, start: int) -> list[Ent]:
    stop = _LIST_STOP.search(doc.text, start, unit.end)
    items = itemize(doc, unit, start, stop.start() if stop else unit.end, types=ACTORS)
    return [x for x, hedge in items if not hedge and x.type in ACTORS]


_LIST_STOP = re.compile(r"[.;:()]|\s[-\u2013\u2014]\s")


def _list_lines(doc: Doc, unit: Unit) -> list[Proto]:
    """The lines under a label that ended its own line ("Signatories:" / "PICUM, Belgium" /
    "- Caritas Europa"): each line's organizations (a country after them is where they are;
    states alone sign as states). A sentence or a gap of more than one blank line ends it."""
    open_list = doc.memo.get("sign_on")
    if not isinstance(open_list, tuple):
        return []
    kind, listed, conf, last = open_list
    line = doc.text[unit.start : unit.end]
    if (
        unit.kind == "sentence"
        or unit.line - last > 2
        or len(line) > 200
        or _NEXT_LABEL.match(line)  # "Contact: ...", "Press:": another part begins
    ):
        doc.memo.pop("sign_on", None)
        return []
    from ingest.extract.structure import ends_list, load_words

    if ends_list(doc, load_words(), unit.start, unit.end):
        doc.memo.pop("sign_on", None)  # a closing, contact, address or date line ends it
        return []
    doc.memo["sign_on"] = (kind, listed, conf, unit.line)
    if fold(line).strip(" \t:-\u2013\u2014") in load_words().regions:
        return []  # "Europe", "Africa:": a region sub-heading groups the signers under it
    items = [x for x, hedge in itemize(doc, unit, unit.start, unit.end, types=ACTORS) if not hedge]
    orgs = [x for x in items if x.type in ORGS]
    signers = orgs[:1] if orgs else [x for x in items if x.type == "Government"][:1]
    return [Proto(kind, x, listed, {}, unit, conf) for x in signers if x.key != listed.key]


def _kind_of_verb(verb: str) -> str:
    for prefix, kind in sorted(_VERB_KIND.items(), key=lambda kv: -len(kv[0])):
        if verb.startswith(prefix):
            return kind
    return "ENDORSED"


def _list_target(doc: Doc, i: int, unit: Unit, label_pos: int) -> tuple[Ent, float]:
    """A label list names the sponsors of the event in focus when the text around says so
    ("our sponsors for this event"), else of the document."""
    before = doc.folded(unit)[: label_pos - unit.start]
    previous = doc.folded(doc.units[i - 1]) if i > 0 else ""
    event = event_in_focus(doc)
    if event is not None and (_THIS_EVENT.search(before) or _THIS_EVENT.search(previous[-80:])):
        return event, 0.8
    named = doc.ents_in(unit.start, label_pos, ("Document", "Event"))
    if named:
        return named[-1], 0.8
    section = section_document(doc, i - 1)  # ("3. Statement on X" of a newsletter: that statement)
    if section is not None:
        return section, 0.75
    # a list of signers that names no statement signs the text that holds it, not a draft or
    # a resolution the text speaks of
    return doc.self_doc, 0.75


# A word (its start) every pattern of this family needs at least one of (see states.TRIGGER).
TRIGGER = re.compile(
    r"sign(?!al|ific|o$)|undersigned$|soussign|suscrit|endors|endoss|(?:co)?s\w{0,2}pons|"
    r"\w*patrocin|\w*parrain|aval(?:ad[oa]s?|o|aron)$|respald(?:ad[oa]s?|o|aron)$|adhesiones$|"
    r"adhieren$|soutenue?s?$|soutient$|appuye|firm(?:antes?|ado|ada|o|aron)$|suscrib|"
    r"(?:joined|sumo|unio|unieron|jointe?|rejoint)$|express(?:ed|es)?$|expres(?:o|aron)$|exprime$"
)


def extract(doc: Doc, i: int, unit: Unit, hot: int = -1) -> list[Proto]:
    out = _list_lines(doc, unit)
    if not hot:
        return out
    target: Ent | None
    f = doc.folded(unit)
    base = unit.start
    labels = [
        m
        for m in _LABEL.finditer(f)
        if ":" in m.group("open")  # ("signatories are concerned that ...": no list after it)
        or _NAME_NOW.match(doc.text, base + m.end())
        or _COUNT_INCLUDING.match(f, m.end())
    ]
    for n, m in enumerate(labels):
        kind = next(k for k, _ in _KIND if m.group(k))
        start = base + m.end()
        stop = base + labels[n + 1].start() if n + 1 < len(labels) else unit.end
        slash = doc.text.find(" / ", start, stop)
        stop = slash if slash > 0 else stop
        if ":" not in m.group("open"):  # "endorsed by A with 152 votes and five against: B,
            colon = re.search(r"[:;]", doc.text[start:stop])  # C": the list after the label
            stop = start + colon.start() if colon else stop  # ends where another one opens
        if (
            re.search(r"(?:by|por|par)$", m.group("label"))
            and doc.ents_in(unit.start, base + m.start(), ("Process",))
            and not doc.ents_in(unit.start, base + m.start(), ("Document", "Event"))
        ):
            continue  # "the compact was endorsed by the Assembly": a process's, not the text's
        listed, conf = _list_target(doc, i, unit, base + m.start())
        including = _INCLUDING.match(f, m.end()) or _COUNT_INCLUDING.match(f, m.end())
        if including:  # "endorsed by over 100 organizations, including A and B"
            start = base + including.end()
        items = [
            ent
            for ent, hedge in itemize(doc, unit, start, stop, types=ACTORS)
            if not hedge and ent.type in ACTORS and ent.key != listed.key
        ]
        out.extend(Proto(kind, ent, listed, {}, unit, conf) for ent in items)
        if not items and not doc.text[start:stop].strip(" \t\u00a0:"):
            # "Signatories:" ends its line: the signers follow, one a line
            doc.memo["sign_on"] = (kind, listed, conf, unit.line)
        if items and _OTHER.search(f, max(0, m.start() - 30), m.start("label")):
            # "Among the other signatories are ...": the one the text spoke of signed too
            earlier = _earlier_signer(doc, unit, items)
            if earlier is not None and earlier.key != listed.key:
                out.append(Proto(kind, earlier, listed, {}, unit, conf * 0.85))
    for m in _JOINED.finditer(f):
        s, e = base + m.start(), base + m.end()
        role = _AS_ROLE.search(f, m.end())
        if role is None or hedged(doc, unit, s, e):
            continue
        subject = left(doc, unit, s, ACTORS, reach=30)
        if role.group("role"):
            word = role.group("role")
            kind = (
                "SIGNED"
                if word.startswith(("sign", "firm"))
                else ("ENDORSED" if word.startswith("endors") else "CO_SPONSORED")
            )
        else:
            kind = "SIGNED"
        rest = f[role.end() :]
        joined = _doc_target(doc, i, unit, base + role.end(), rest)
        members = [
            x for x, hedge in itemize(doc, unit, e, base + role.start(), types=ACTORS) if not hedge
        ]
        for ent in ([subject] if subject else []) + members:
            if ent.key != joined.key:
                out.append(Proto(kind, ent, joined, {}, unit, 0.8))
    for m in _VERB.finditer(f):
        s, e = base + m.start(), base + m.end()
        if hedged(doc, unit, s, e) or re.search(
            r"\b(?:not|no|pas|never|nunca)\s+$", f[: m.start()]
        ):
            continue
        subject = left(doc, unit, s, ACTORS, reach=40) or first(doc, unit, s, ACTORS)
        including = _INCLUDING.search(f, m.end())
        if subject is None and including is None:
            continue
        rest = f[m.end() :]
        named = right(doc, unit, e, ("Document", "Event"), reach=30)
        target = named
        if target is None and _THIS_DOC.match(rest.lstrip()):
            target = _doc_target(doc, i, unit, e, rest)
        if target is None and _THIS_EVENT.match(rest.lstrip()):
            target = event_in_focus(doc)  # "PICUM and NNIRR co-sponsored the event"
        if target is None:
            continue
        kind = _kind_of_verb(m.group("verb"))
        signers = run(doc, unit, subject, ACTORS, leftward=True) if subject else []
        if including is not None:  # "50 organizations endorsed it, among them A and B"
            signers += _included(doc, unit, base + including.end())
        for ent in signers:
            out.append(Proto(kind, ent, target, {}, unit, 0.85 if named else 0.75))
    for m in _SUPPORT_FOR.finditer(f):
        s, e = base + m.start(), base + m.end()
        rest = f[m.end() :]
        for_doc = re.search(r"\b(?:for|a|al|para|pour|envers)\s+", rest)
        if for_doc is None or hedged(doc, unit, s, e):
            continue
        supporters = doc.ents_in(e, e + for_doc.start(), ORGS) or [
            x for x in [left(doc, unit, s, ACTORS, reach=40)] if x
        ]
        after = rest[for_doc.end() :]
        target = right(doc, unit, e + for_doc.end(), ("Document", "Event"), reach=30)
        if target is None and _THIS_DOC.match(after):
            target = _doc_target(doc, i, unit, e, after)
        if target is None:
            continue
        out.extend(Proto("ENDORSED", x, target, {}, unit, 0.7) for x in supporters[:3])
    return out


def _doc_target(doc: Doc, i: int, unit: Unit, pos: int, rest: str) -> Ent:
    named = right(doc, unit, pos, ("Document", "Event"), reach=30)
    if named is not None:
        return named
    # "this statement" is the text itself; "this document" may be one the text talks about
    if re.match(
        r"^\s*(?:this|este|esta|ce|cette)\s+(?:joint\s+)?(?:(?:ngo|oral|open|public)\s+)*"
        r"(?:statement|letter|declaration|call|appeal|declaracion|carta|comunicado|"
        r"llamamiento|lettre|appel)",
        rest,
    ):
        return doc.self_doc
    return anaphor_document(doc, i)
