"""Membership and roles (MEMBER_OF {role}), secretariats (HOSTS_SECRETARIAT) and the roles of
people (AFFILIATED_WITH {role}), in EN, ES and FR."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.lexicon import EVENT_KEYWORDS, GOV_ROLE, NEGATION, ROLE, ROLE_WORDS
from ingest.extract.patterns.common import (
    ACTORS,
    GOV,
    ORGS,
    Doc,
    Proto,
    first,
    hedged,
    itemize,
    left,
    right,
    run,
)  # fmt: skip
from ingest.extract.resolve import Ent
from ingest.extract.text import Unit, fold, fold_slice

_BODY = (
    r"(?P<body>executive committee|comite ejecutivo|comite executif|steering committee|"
    r"international steering committee|comite directivo|comite de pilotage|comite de direccion|"
    r"coordinating committee|comite coordinador|comite de coordination|board of directors|"
    r"board|junta directiva|consejo directivo|conseil d'administration|bureau)"
)
_ROLE_OF_BODY = {
    "executive": "executive committee", "ejecutivo": "executive committee",
    "executif": "executive committee", "steering": "steering committee",
    "directivo": "steering committee", "pilotage": "steering committee",
    "direccion": "steering committee", "coordinat": "coordinating committee",
    "coordinador": "coordinating committee", "board": "board", "junta": "board",
    "consejo directivo": "board", "administration": "board", "bureau": "board",
}  # fmt: skip
_OFFICE = r"(?P<office>president|presidente|presidenta|treasurer|tesorero|tesorera|tresorier|" \
          r"tresoriere|chair|co-chair|coordinator|coordinador|coordinadora|coordinateur|" \
          r"secretary|secretario|secretaire|vice-president|vicepresidente)"  # fmt: skip
_OFFICE_ROLE = {"tesorer": "treasurer", "tresori": "treasurer", "treasurer": "treasurer",
                "presiden": "president", "president": "president", "vice": "vice-president",
                "chair": "chair", "co-chair": "co-chair", "coordin": "coordinator",
                "secret": "secretary"}  # fmt: skip

# a negation right before the verb ("ya no es miembro de", "n'est plus membre de")
_NEGATED_BEFORE = re.compile(rf"(?:\b|(?<=\s)){NEGATION}\s*(?:(?:ya|longer|mas)\s+)?$")
# X is (also) an (active) member of Y / es miembro de / est membre de
_MEMBER_OF = re.compile(
    r"\b(?:is|are|was|were|has been|have been|remains|became|es|son|era|fue|ha sido|est|sont|"
    r"etait|a ete|devenu|devenue)\s+(?:also\s+|tambien\s+|aussi\s+|egalement\s+|now\s+)?"
    r"(?:an?\s+|the\s+|un\s+|una\s+)?(?:active\s+|founding\s+|full\s+|proud\s+|longtime\s+|"
    r"activo\s+|activa\s+|fundador\s+|fundadora\s+|actif\s+|active\s+|fondateur\s+)?"
    r"(?:member|members|miembro|miembros|integrante|integrantes|membre|membres|part|parte|"
    r"member organi[sz]ation)\s+(?:organi[sz]ation\s+)?"
    # Spanish and French put the adjective after the noun: "miembro activo de", "membre actif du"
    r"(?:(?:activ[oa]s?|fundador(?:a|es|as)?|plen[oa]s?|de pleno derecho|actif|actifs|actives?|"
    r"fondat(?:eur|rice)s?|a part entiere|titulaire)\s+)?"
    r"(?:of|de|del|du|des|de la)\b"
    r"|\b(?:forma|forman|fait|font)\s+parte?\s+(?:de|del|du|de la)\b"
    r"|\bjoined\s+(?=the\s+\w+\s+network)"
)
# Y's members include X, Z / members of Y include / les membres de Y sont
_MEMBERS_INCLUDE = re.compile(
    r"\b(?:members|miembros|membres|member organi[sz]ations|organizaciones miembro|"
    r"organisations membres)(?:\s+(?:of|de|del|du|des)\s+[^,:;]{2,80}?)?\s+"
    r"(?:include|includes|are|were|incluyen|son|sont|comprennent)\s*:?\s*"
)
# "las organizaciones que componen la red X -A, B y C-" (any dash), "X, integrada por A, B y C"
_COMPOSED = re.compile(
    r"\b(?:que\s+(?:componen|integran|forman|conforman)|qui\s+(?:composent|forment|constituent)|"
    r"that\s+(?:make up|form|compose))\b"
)
_COMPOSED_BY = re.compile(
    r"\b(?:integrad[oa]s?|formad[oa]s?|compuest[oa]s?|conformad[oa]s?|compose[e]?s?|"
    r"constitue[e]?s?|forme[e]?s?|made up|composed|formed)\s+(?:por|de|d'|of|by)\s+"
)
_SITS_ON = re.compile(
    r"\b(?:sits on|serves on|is on|was elected to|joined|is part of|is a member of|member of|"
    r"forma parte del?|integra el|es parte del?|miembro del?|siege au|siege a|fait partie du|"
    r"membre du|membre de la)\s+(?:the\s+|el\s+|le\s+|la\s+)?(?:international\s+|internacional\s+)?"
    + _BODY
    + r"(?:\s+international)?\s+(?:of|de|del|du|de la|des)\b"
)
_AND_BODY = re.compile(
    r"^\W*(?:and|y|et)\s+(?:the\s+|el\s+|le\s+|la\s+)?(?:international\s+|internacional\s+)?"
    + _BODY
    + r"\s+(?:of|de|del|du|de la)\b"
)
_OFFICE_OF = re.compile(
    r"\b(?:is|was|serves as|was elected|became|es|fue|est|a ete elu|a ete elue|elected)\s+"
    r"(?:the\s+|el\s+|la\s+|le\s+)?(?:current\s+|new\s+)?"
    + _OFFICE
    + r"\s+(?:of|de|del|du|de la)\b"
)
_SECRETARIAT = re.compile(
    r"\b(?:hosts?|hosted|hosting|houses|is home to|acoge|acogio|alberga|albergo|ejerce|tiene|"
    r"accueille|heberge|assure|abrite)\s+(?:the\s+|la\s+|le\s+)?(?:secretariat|secretaria|"
    r"secretaria tecnica|secretariado)\s+(?:of|de|del|du|de la)\b"
)
# "hosts C's secretariat", "hosts C's Global Coordinating Office": the owner before "'s"
_HOSTS_OWNED = re.compile(
    r"\b(?:hosts?|hosted|hosting|houses|is home to)\s+(?:the\s+)?(?=[a-z0-9])"
)
_OWNED_OFFICE = re.compile(
    r"^['\u2019]s\s+(?:[\w\-]+\s+){0,2}?(?:secretariat|coordinating office|coordination office)\b"
)
_SECRETARIAT_PASSIVE = re.compile(
    r"\b(?:secretariat|secretaria|secretariado)\s+(?:of|de|del|du)\s+.{2,80}?\s+"
    r"(?:is|was|es|est|fue)\s+(?:hosted|housed|acogida|albergada|assure|heberge|accueilli)\s+"
    r"(?:by|por|par)\b"
)
_THIS_ORG = re.compile(
    r"^\s*(?:this|the|that|esta|la|cette|ce|dicha|dicho)\s+(?:coalition|network|alliance|"
    r"coalicion|red|alianza|reseau|platform|plataforma|plateforme)\b"
)

# People: "Name, Role of/at Org", "Name is Role at Org", "Name (ORG/ORG)", "Org sent its Role, Name"
_ROLE_ORG = re.compile(
    rf"^\s*,\s*(?:the\s+|el\s+|la\s+|le\s+|l')?(?:[\w\-]+\s+)?(?P<role>{ROLE})\b"
)
_IS_ROLE = re.compile(
    rf"^\s+(?:is|was|es|est|fue|etait|serves as|se desempena como)\s+(?:the\s+|an?\s+|el\s+|la\s+|"
    rf"le\s+|un\s+|una\s+)?(?:new\s+|current\s+|former\s+)?(?P<role>{ROLE})\s+"
    r"(?:at|of|with|for|de|del|en|chez|a|au|du|de la)\b"
)
_OF_ORG = re.compile(
    r"\s*,?\s+(?:of|from|with|at|de|del|du|d'|con|avec|chez)\s+(?:(?:the|la|el|le|les)\s+|l')?"
)
_A_ROLE = re.compile(rf"\b{ROLE}\b")
_GOV_ROLE_ADJ = re.compile(rf"{GOV_ROLE}\s+([a-z\-]+)")
_PAREN = re.compile(r"^\s*\(")
_ITS_ROLE = re.compile(
    rf"\b(?:its|their|su|sus|son|sa|ses)\s+(?P<role>{ROLE}|representative|representante|"
    r"representant)\s*,?\s*$"
)
# a passive's agent word between a body and "its role, P": the possessive is the subject's
_AGENT_BETWEEN = re.compile(r"(?<![\w'])(?:by|par|por)\s*$", re.I)
_GOV_ROLE_BEFORE = re.compile(
    rf"(?P<role>{GOV_ROLE})(?:\s+(?P<adj>[a-z\-]+))?(?:\s+(?:of|de|du|del|d')\s*(?P<of>[\w\s\-]+?))?"
    r"\s*,?\s*$"
)


def _role_text(doc: Doc, unit: Unit, s: int, e: int) -> str:
    return " ".join(doc.text[unit.start + s : unit.start + e].split())


def _mem(doc: Doc, unit: Unit, src: Ent, dst: Ent, role: str, conf: float) -> Proto | None:
    if src.key == dst.key or src.type not in (*ORGS, "Government") or dst.type not in ORGS:
        return None
    return Proto("MEMBER_OF", src, dst, {"role": role}, unit, conf)


def _affiliated(
    doc: Doc, unit: Unit, person: Ent, org: Ent, role: str | None, conf: float
) -> Proto | None:
    if person.type != "Person" or org.type not in (*ORGS, "Government"):
        return None
    props = {"role": role} if role else {}
    return Proto("AFFILIATED_WITH", person, org, props, unit, conf)


# A word (its start) every pattern of this family needs at least one of (see states.TRIGGER);
# the roles of people are looked for wherever a person is named.
_MEMBERS_WORDS = (
    r"(?:members?|membership|miembros?|integrantes?|membres?|socios|ranks|filas|part|parte|"
    r"partie|joined|unio|sumo|jointe?|rejoint|adhere)$|incorporo|ingreso|adhirio"
)
_COMPOSED_WORDS = (
    r"(?:componen|make|made)$|integr(?:a|an|ad[oa]s?)$|form(?:a|an|ent|ed|e|es|ad[oa]s?)?$|"
    r"conform(?:an|ad[oa]s?)$|compos(?:e|ent|es|ed|ee|ees)$|constitu|compuest[oa]s?$"
)
_BODY_WORDS = r"(?:committee|comite|board|junta|consejo|conseil|bureau)$"
_OFFICE_WORDS = (
    r"(?:treasurer|chair|coordinateur|secretaire)$|presiden|tesorer|tresori|coordinat|coordinad|"
    r"secretar|vice"
)
# Words (their start) the patterns of each part of this family need at least one of: a unit
# without one is not looked at by that part (tests/extract/test_triggers.py checks that this
# loses nothing); the roles of people are looked for wherever a person is named.
_SECRETARIAT_WORDS = r"(?:secretariat|secretaria|secretariado|coordinating|coordination)$"
_ALL_WORDS = (_MEMBERS_WORDS, _COMPOSED_WORDS, _BODY_WORDS, _OFFICE_WORDS, _SECRETARIAT_WORDS)
PARTS = tuple(re.compile(w) for w in _ALL_WORDS)
MEMBERS, COMPOSED, BODY, OFFICE, SECRETARIAT = 1, 2, 4, 8, 16
TRIGGER = re.compile("|".join(_ALL_WORDS))


def extract(doc: Doc, i: int, unit: Unit, hot: int = -1) -> list[Proto]:
    listed = _member_lines(doc, unit, hot & MEMBERS)
    if not hot:
        return listed + [p for p in _people(doc, i, unit) if p is not None]
    out: list[Proto | None] = [*listed]
    f = doc.folded(unit)
    base = unit.start
    for m in _MEMBER_OF.finditer(f) if hot & MEMBERS else ():
        if hedged(doc, unit, base + m.start(), base + m.end()):
            continue
        if _NEGATED_BEFORE.search(f, max(0, m.start() - 24), m.start()):
            continue  # "que ya no es integrante de C", "qui n'est plus membre de C"
        src = left(doc, unit, base + m.start(), (*ORGS, "Government"), reach=40) or first(
            doc, unit, base + m.start(), ORGS
        )
        dst = right(doc, unit, base + m.end(), ORGS, reach=12)
        if src and dst:
            for s in run(doc, unit, src, (*ORGS, "Government"), leftward=True):
                out.append(_mem(doc, unit, s, dst, "member", 0.85))
            tail = _AND_BODY.match(doc.folded(unit)[dst.end - base :])
            if tail:
                dst2 = right(doc, unit, dst.end + tail.end(), ORGS, reach=12)
                if dst2:
                    out.append(_mem(doc, unit, src, dst2, _body_role(tail.group("body")), 0.8))
    for m in _MEMBERS_INCLUDE.finditer(f) if hot & MEMBERS else ():
        net = (
            right(doc, unit, base + m.start(), ORGS, reach=20)
            or left(doc, unit, base + m.start(), ORGS, reach=6)
            or (_network_anaphor(doc, unit) if _THIS_NETWORK.search(m.group()) else None)
        )
        if (
            net is None
            or net.start >= base + m.end()  # (a name after "include" is a member)
            or not re.match(r"\s*:?\s*[A-Z]", doc.text[base + m.end() - 1 : base + m.end() + 3])
        ):
            continue
        for member, hedge in itemize(
            doc, unit, base + m.end(), unit.end, types=(*ORGS, "Government")
        ):
            if not hedge:
                out.append(_mem(doc, unit, member, net, "member", 0.8))
    for m in _AMONG_MEMBERS.finditer(f) if hot & MEMBERS else ():
        # "X compte parmi ses membres A, B et C", "X counts among its members A and B"
        at, to = base + m.start(), base + m.end()
        net = left(doc, unit, at, ORGS, reach=60) or first(doc, unit, at, ORGS)
        if net is None and _THIS_NETWORK.match(f):
            net = _network_anaphor(doc, unit)
        if net is None or hedged(doc, unit, at, to):
            continue
        close = _LIST_END.search(doc.text, to, unit.end)
        while close is not None and (acro := _ACRONYM_BRACKET.match(doc.text, close.start())):
            close = _LIST_END.search(doc.text, acro.end(), unit.end)  # "(GAMR)": a name's own
        for member, hedge in itemize(
            doc, unit, to, close.start() if close else unit.end, types=(*ORGS, "Government")
        ):
            if not hedge:
                out.append(_mem(doc, unit, member, net, "member", 0.8))
    for m in _JOINED_NETWORK.finditer(f) if hot & MEMBERS else ():
        # "NNIRR joined the Global Coalition on Migration in 2012", "se unió a la Red X"
        at, to = base + m.start(), base + m.end()
        net = right(doc, unit, to, ORGS, reach=12)
        src = left(doc, unit, at, (*ORGS, "Government"), reach=40)
        if net is None or src is None or not _networkish(net) or hedged(doc, unit, at, to):
            continue
        after = fold_slice(doc.text, net.end, unit.end)
        if _JOINED_OTHER.match(after) or _JOINED_AS.search(after):
            continue  # "joined X in calling for ...", "joined X, Y and Z as co-sponsors"
        out.append(_mem(doc, unit, src, net, "member", 0.75))
    for pattern in (_COMPOSED, _COMPOSED_BY) if hot & COMPOSED else ():
        for m in pattern.finditer(f):
            if pattern is _COMPOSED:
                net = right(doc, unit, base + m.end(), ORGS, reach=40)
                opener = (
                    re.search(r"[\u2013\u2014(:-]", doc.text[net.end : net.end + 4])
                    if net
                    else None
                )
                if net is None or opener is None:
                    continue
                start = net.end + opener.end()
            else:
                net = left(doc, unit, base + m.start(), ORGS, reach=6)
                if net is None:
                    continue
                start = base + m.end()
            close = re.search(r"[\u2013\u2014)]|\s-\s|[.;]", doc.text[start : unit.end])
            stop = start + close.start() if close else unit.end
            for member, hedge in itemize(doc, unit, start, stop, types=(*ORGS, "Government")):
                if not hedge:
                    out.append(_mem(doc, unit, member, net, "member", 0.8))
    for m in _SITS_ON.finditer(f) if hot & BODY else ():
        src = first(doc, unit, base + m.start(), (*ORGS, "Government"))
        dst = right(doc, unit, base + m.end(), ORGS, reach=12)
        if src and dst and not hedged(doc, unit, base + m.start(), base + m.end()):
            out.append(_mem(doc, unit, src, dst, _body_role(m.group("body")), 0.85))
    for m in _OFFICE_OF.finditer(f) if hot & OFFICE else ():
        src = left(doc, unit, base + m.start(), (*ORGS, "Person"), reach=40)
        dst = right(doc, unit, base + m.end(), ORGS, reach=12)
        if src and dst and not hedged(doc, unit, base + m.start(), base + m.end()):
            role = next(v for k, v in _OFFICE_ROLE.items() if m.group("office").startswith(k))
            if src.type == "Person":
                out.append(_affiliated(doc, unit, src, dst, role, 0.85))
            else:
                out.append(_mem(doc, unit, src, dst, role, 0.85))
    if hot & SECRETARIAT:
        out.extend(_secretariat(doc, i, unit, f))
    out.extend(_people(doc, i, unit))
    return [p for p in out if p is not None]


_AMONG_MEMBERS = re.compile(
    r"\b(?:counts?|numbers?|includes?|has|have)\s+among\s+(?:its|their)\s+(?:members|ranks)\s*:?"
    r"|\bcompte(?:nt)?\s+parmi\s+(?:ses|leurs)\s+membres\s*:?"
    r"|\bcuenta(?:n)?\s+entre\s+sus\s+(?:miembros|integrantes|socios|filas)(?:\s+(?:a|con))?\s*:?"
    r"|\b(?:among|entre|parmi)\s+(?:its|their|sus|ses|leurs)\s+(?:members|miembros|integrantes|"
    r"membres|socios)\s+(?:are|is|include|figuran|se encuentran|estan|figurent|sont|on trouve)\s*:?"
)
_LIST_END = re.compile(r"[.;:()]|\s-\s|[\u2013\u2014]")
_ACRONYM_BRACKET = re.compile(r"\([A-Z][A-Za-z0-9&.\-]{1,11}\)")
_JOINED_NETWORK = re.compile(
    r"\b(?:joined|has joined|have joined|se unio a|se sumo a|se incorporo a|"
    r"(?<!\bsu )(?<!\bel )ingreso a|(?<!\bsu )(?<!\bel )ingreso en|"  # ("su ingreso": a request)
    r"adhirio a|s'est jointe? (?:a|au)|a rejoint|ont rejoint|a adhere (?:a|au)|ont adhere (?:a|au))"
    r"\s+(?:(?:the|la|el|le|l')\s+)?"
)
_JOINED_OTHER = re.compile(  # joined others in doing something, or a list of others
    r"\s*(?:,|&|and\b|y\b|et\b|(?:in|to|en|para|pour|a)\s+(?:calling|urging|demanding|call|"
    r"urge|demand|ask|asking|pedir|exigir|pidiendo|exigiendo|llamar|demander|exiger|appeler))"
)
_JOINED_AS = re.compile(
    r"\b(?:as|como|comme|en tant que)\s+(?:an?\s+|un\s+|una\s+)?(?:co-?sponsor|cosponsor|"
    r"signator|endorser|co-?organi[sz]er|copatrocinador|firmante|co-?parrain|signataire)"
)
_THIS_NETWORK = re.compile(
    r"\b(?:the|this|our|its|la|esta|nuestra|su|le|ce|notre|cette|son|sa)\s+(?:coalition|network|"
    r"alliance|coalicion|red|alianza|reseau|platform|plataforma|plateforme|federation|federacion)\b"
)
_NETWORKISH = re.compile(
    r"\b(?:coalition|network|alliance|coalicion|red|alianza|reseau|platform|plataforma|plateforme|"
    r"federation|federacion|forum|foro|caucus|consortium|consorcio|collectif|colectivo)\b"
)


def _networkish(ent: Ent) -> bool:
    return ent.type == "Coalition" or bool(_NETWORKISH.search(fold(ent.name)))


def _network_anaphor(doc: Doc, unit: Unit) -> Ent | None:
    """ "the network", "la red": the text's author if it is a network, else the last network
    named before in the section."""
    if doc.author is not None and _networkish(doc.author):
        return doc.author
    start = doc.units[doc.section_start].start
    before = [e for e in doc.ents_in(start, unit.start, ORGS) if _networkish(e)]
    if not before:  # ("Our members" under its own heading): the one network the text named
        named = {e.key: e for e in doc.ents_in(0, unit.start, ORGS) if _networkish(e)}
        return next(iter(named.values())) if len(named) == 1 else None
    return before[-1] if before else None


_MEMBERS_LABEL = re.compile(
    r"(?:(?:our|its|their|the|nuestr[oa]s|sus|los|las|nos|ses|leurs|les)\s+)?(?:current\s+)?"
    r"(?:members|member organi[sz]ations|membership|miembros|integrantes|organizaciones miembro|"
    r"membres|organisations membres)(?:\s+(?:of|de|del|du|des)\s+(?P<of>.{2,80}?))?\s*:$"
)


def _member_lines(doc: Doc, unit: Unit, hot: int) -> list[Proto]:
    """ "Members of X:" (or "Our members:") ending its line, then one member a line."""
    f = doc.folded(unit)
    label = _MEMBERS_LABEL.match(f) if hot and unit.kind != "sentence" else None
    if label:
        net = None
        if label.group("of"):
            net = right(doc, unit, unit.start + label.start("of"), ORGS, reach=8)
        net = net or _network_anaphor(doc, unit)
        if net is not None:
            doc.memo["members"] = (net, unit.line)
        return []
    open_list = doc.memo.get("members")
    if not isinstance(open_list, tuple):
        return []
    net, last = open_list
    if unit.kind == "sentence" or unit.line - last > 2 or len(f) > 200 or ":" in f:
        doc.memo.pop("members", None)
        return []
    doc.memo["members"] = (net, unit.line)
    items = [x for x, hedge in itemize(doc, unit, unit.start, unit.end, types=ORGS) if not hedge]
    return [p for p in (_mem(doc, unit, x, net, "member", 0.75) for x in items[:1]) if p]


def _body_role(body: str) -> str:
    return next((v for k, v in _ROLE_OF_BODY.items() if k in body), "member")


def _secretariat(doc: Doc, i: int, unit: Unit, f: str) -> list[Proto | None]:
    out: list[Proto | None] = []
    base = unit.start
    for m in _SECRETARIAT.finditer(f):
        if hedged(doc, unit, base + m.start(), base + m.end()):
            continue
        host = first(doc, unit, base + m.start(), ORGS)
        coalition = right(doc, unit, base + m.end(), ORGS, reach=12)
        if coalition is None and _THIS_ORG.match(f[m.end() :]):
            before = [e for e in doc.ents_in(unit.start, base + m.start(), ORGS) if e is not host]
            coalition = before[-1] if before else None
        if host and coalition and host.key != coalition.key:
            out.append(Proto("HOSTS_SECRETARIAT", host, coalition, {}, unit, 0.85))
    for m in _HOSTS_OWNED.finditer(f):
        owner = right(doc, unit, base + m.end(), ORGS, reach=4)
        if owner is None or not _OWNED_OFFICE.match(f[owner.end - base :]):
            continue
        if hedged(doc, unit, base + m.start(), owner.end):
            continue
        host = first(doc, unit, base + m.start(), ORGS)
        if host and host.key != owner.key:
            out.append(Proto("HOSTS_SECRETARIAT", host, owner, {}, unit, 0.8))
    for m in _SECRETARIAT_PASSIVE.finditer(f):
        coalition = right(doc, unit, base + m.start(), ORGS, reach=20)
        host = right(doc, unit, base + m.end(), ORGS, reach=12)
        if host and coalition and host.key != coalition.key:
            out.append(Proto("HOSTS_SECRETARIAT", host, coalition, {}, unit, 0.85))
    return out


# a list's next item after a name: "A, and the coordinator of O, B", "A, y el director de O, B"
_NEXT_ITEM = re.compile(r"^\s*,?\s*(?:and|y|e|et|as well as|ainsi que|asi como)\s")
_LINE_SEPARATORS = frozenset({"-", "\u2013", "\u2014", "|", "/"})


def _people(doc: Doc, i: int, unit: Unit) -> list[Proto | None]:
    out: list[Proto | None] = []
    f = doc.folded(unit)
    base = unit.start
    for person in doc.ents_in(unit.start, unit.end, ("Person",)):
        after = f[person.end - base :]
        m = _ROLE_ORG.match(after) or _IS_ROLE.match(after)
        if m and _NEXT_ITEM.match(after):
            m = None  # "P1, and the coordinator of O, P2": the title and O are P2's
        if m and _held_no_more(doc, after[: m.start("role")]):
            continue  # "P, former director of O", "P, entonces presidente de O"
        if m:
            # the org follows the role ("Director of X", ", Executive Director, X"); the last
            # role word before the org is the role ("Attorney & Public Defender, Spokesperson for")
            org = right(doc, unit, person.end + m.end(), ORGS, reach=90, stop=r"[.;:!?]")
            org = _whole_name(doc, org)
            if org is not None and doc.ents_in(person.end, org.start, ("Person",)):
                org = None  # "A, avocat au Barreau de V, et B, chercheuse à O": O is B's
            if org is not None and _clause_after_title(f[person.end - base : org.start - base]):
                org = None  # "P, Legal Officer, met O": a verb's object, not the post's body
            if org is not None:
                between = f[person.end - base : org.start - base]
                roles = list(_A_ROLE.finditer(between))
                r = roles[-1] if roles else m
                r_start = person.end - base + r.start()
                lead = re.search(r"(?:^|[,(])[ \t]*((?:[A-Z][\w\-]*[ \t]+){1,2})$",
                                 doc.text[unit.start : unit.start + r_start])  # fmt: skip
                if lead and r.start() > 0:  # ", Legal Officer, O": the title's own words
                    r_start = lead.start(1)
                role = _role_text(doc, unit, r_start, person.end - base + r.end())
                out.append(_affiliated(doc, unit, person, org, role, 0.85))
                out.extend(_chained_posts(doc, unit, person, org, role))
                continue
        if _PAREN.match(after):
            close = doc.text.find(")", person.end, unit.end)
            if close > 0 and close - person.end < 60:
                for org in doc.ents_in(person.end, close, ORGS):
                    out.append(_affiliated(doc, unit, person, org, None, 0.8))
                continue
        # "Monami Maulik, Global Coalition on Migration" (a list line or caption)
        # ("Monami Maulik - Global Coalition on Migration", "P | O": a line of its own)
        org = right(doc, unit, person.end, ORGS, reach=3, stop=r"[.;:!?()]")
        sep = doc.text[person.end : org.start].strip() if org is not None else ""
        line = sep in _LINE_SEPARATORS and unit.kind != "sentence"
        if org is not None and (sep == "," or line):
            tail = doc.text[org.end : unit.end].strip()
            if (not tail or tail[0] in ";:)" or (unit.kind != "sentence" and len(tail) < 3)) and (
                sep == "," or not tail
            ):
                out.append(_affiliated(doc, unit, person, org, None, 0.75))
                continue
        # "Jane Doe of PICUM", "Ana Pérez, de Sin Fronteras IAP"
        of = _OF_ORG.match(after)
        org = right(doc, unit, person.end + of.end(), ORGS, reach=2) if of else None
        if org is not None and doc.text[org.end : org.end + 2] in ("'s", "\u2019s"):
            org = None  # "P, with O's delegate Q": O's own person, not P's organization
        if (
            org is not None
            and of is not None
            and "at" in of.group().replace(",", " ").split()
            and set(re.findall(r"[a-z]+", fold(org.name))) & (EVENT_KEYWORDS | {"forum"})
        ):
            org = None  # "met P at the X Forum": where P was, not P's organization
        if org is not None:
            out.append(_affiliated(doc, unit, person, org, None, 0.7))
            continue
        before = f[max(0, person.start - base - 90) : person.start - base]
        m2 = _ITS_ROLE.search(before)
        if m2:
            at = person.start - len(before) + m2.start()
            org = left(doc, unit, at, ORGS, reach=40)
            if org is not None and _AGENT_BETWEEN.search(doc.text[org.end : at]):
                continue  # "A was represented at E by its president, P": A's, not E's
            if org is not None:
                out.append(_affiliated(doc, unit, person, org, m2.group("role"), 0.75))
                continue
        m3 = _GOV_ROLE_BEFORE.search(before)
        if m3 and (
            _held_no_more(doc, before[: m3.start()]) or _body_before(doc, before[: m3.start()])
        ):
            continue  # "the then president P"; "Assembly President P": a body's, not a state's
        if m3:
            state = _state_of(doc, i, unit, m3, person.start - len(before))
            if state is not None:
                out.append(_affiliated(doc, unit, person, state, _cap(m3.group("role")), 0.7))
    return out


# a post chained to the one before: "and", then the post's own words (none: the same post) and
# its link word before the next body ("founder of A and board member of B", "directora de A y
# coordinadora de B", "founder of A and of B")
_CHAIN = re.compile(r"^[ \t]*,?[ \t]*(?:and|y|e|et)[ \t]+(?P<rest>[^,;:.()]{0,70})$")


def _chained_posts(
    doc: Doc, unit: Unit, person: Ent, org: Ent, role: str | None
) -> list[Proto | None]:
    """The posts chained after a person's first post and body, each with its own body."""
    from ingest.extract.frames import words_in_every_language

    links = words_in_every_language("title_links") | {"of", "at", "for"}
    articles = words_in_every_language("title_articles")
    out: list[Proto | None] = []
    last = org
    for _ in range(3):
        nxt = right(doc, unit, last.end, ORGS, reach=80, stop=r"[.;:!?()]")
        if nxt is None or doc.ents_in(last.end, nxt.start, ("Person",)):
            break
        m = _CHAIN.match(fold(doc.text[last.end : nxt.start]))
        if m is None:
            break
        words = re.findall(r"[^\W\d_]+", m.group("rest").replace("'", " ").replace("\u2019", " "))
        if not words or words[-1] not in links | articles:
            break  # ("director of A and B": one body's name, the list reader's)
        own = [w for w in words if w not in articles]
        while own and own[-1] in links:
            own.pop()
        if own and not reads_as_title(doc.language, own):
            break  # ("chair of A and friend of B": no post)
        start = last.end + len(doc.text[last.end : nxt.start]) - len(m.group("rest"))
        title = doc.text[start : start + len(" ".join(own))] if own else role
        out.append(_affiliated(doc, unit, person, nxt, title, 0.8))
        last = nxt
    return out


# a title set off after a person: a comma or a dash, the title's words (no digits, no
# brackets, no stops), then a comma, a dash or a link word (lexicon title_links) before its body
_APPOS_OPEN = re.compile(r"^(?:\s*,|\s+[\u2013\u2014-])\s*")
_APPOS_WORDS = re.compile(r"^[^\W\d_][\w\-'\u2019&]*(?:\s+[^\W\d_&][\w\-'\u2019&]*|\s+&){0,9}")
_APPOS_TAIL = re.compile(r"^['\u2019]s\b")  # "O's founder": the body's own person, no post of O
_APPOS_REACH = 110


@lru_cache(maxsize=8)
def _title_lexicon(
    language: str | None,
) -> tuple[frozenset[str], frozenset[tuple[str, ...]], tuple[str, ...], frozenset[str]]:
    """The words that head a title (title_words, title_noun, the roles' words: every language's,
    pages mix them), the title_noun phrases, the endings of a word for one who does a job (the
    text's language; every language's where it is not known), the words of a tie that is no
    post or of a post held no more."""
    from ingest.extract.frames import lexicon, words_in_every_language
    from ingest.extract.lexicon import ROLE_HEADS

    phrases: set[tuple[str, ...]] = set()
    suffixes: list[str] = []
    for lang in ("en", "es", "fr"):
        lex = lexicon(lang)
        if lex is not None:
            phrases |= lex.triggers.get("title_noun", set())
            if language in (None, lang):
                suffixes += lex.suffixes.get("title_suffixes", ())
    heads = {p[-1] for p in phrases} | set(words_in_every_language("title_words")) | set(ROLE_HEADS)
    stop = words_in_every_language("not_titles", "former", "not_yet")
    return frozenset(heads), frozenset(phrases), tuple(suffixes), stop


def reads_as_title(language: str | None, words: list[str], by_ending: bool = True) -> bool:
    """Whether a phrase (its folded words) set between a person and a body reads as a post: its
    head (the first or the last word before its first link word) is a title's word or ends like
    a word for one who does a job (by_ending); no word names a tie that is no post or a role
    held no more."""
    from ingest.extract.frames import words_in_every_language

    if not words:
        return False
    heads, phrases, suffixes, stop = _title_lexicon(language)
    links = words_in_every_language("title_links")
    articles = words_in_every_language("title_articles")
    words = [w for w in words if w not in articles]
    if not words or any(w in stop or w.split("-")[0] in stop for w in words):
        return False
    cut = next((k for k, w in enumerate(words) if w in links and k > 0), len(words))
    own = [w for w in words[:cut] if w not in links and w not in ("and", "y", "et", "&")]
    if not own or len(own) > 5:
        return False
    if tuple(own[-2:]) in phrases or tuple(own[:2]) in phrases:
        return True
    # the head: last in English ("Protection Specialist"), first where adjectives follow it
    # ("enlace regional", "référente juridique")
    return any(
        head in heads or (by_ending and len(head) > 4 and head.endswith(suffixes))
        for head in {own[0], own[-1]}
    )


def _title_words(doc: Doc, words: list[str]) -> bool:
    return reads_as_title(doc.language if doc.language in ("en", "es", "fr") else None, words)


def _clause_after_title(between: str) -> bool:
    """A word after a comma between a title and a body that neither links nor goes on with a
    title ("P, Legal Officer, met O"), or a relative word ("P, a lawyer who advises O"): a
    clause of its own begins there."""
    from ingest.extract.frames import words_in_every_language

    ok = words_in_every_language("title_links", "title_articles") | {"and", "y", "et"}
    relative = words_in_every_language("relative")
    if any(w in relative for w in re.findall(r"[^\W\d_]+", between)):
        return True  # "P, a lawyer who advises O": the relative clause's object, not P's body
    for m in re.finditer(r",\s*([a-z][\w\-']*)", between):
        word = m.group(1)
        if word not in ok and not reads_as_title(None, [word]):
            return True
    return False


def late_titles(doc: Doc, protos: list[Proto]) -> list[Proto]:
    """Titles set off after a person, read once every name is known (the parse names people the
    first readers miss): for each person with no affiliation read in its unit yet."""
    have = {(p.source.key, p.unit.start) for p in protos if p.type == "AFFILIATED_WITH"}
    out: list[Proto] = []
    for unit in doc.units:
        for person in doc.ents_in(unit.start, unit.end, ("Person",)):
            if (person.key, unit.start) in have:
                continue
            found = [p for p in _apposed_titles(doc, unit, person) if p is not None]
            found = found or _our_title(doc, unit, person) or _relative_lead(doc, unit, person)
            found = found or _title_of_before(doc, unit, person)
            if found:
                have.add((person.key, unit.start))
                out.extend(found)
    return out


def _title_of_before(doc: Doc, unit: Unit, person: Ent) -> list[Proto]:
    """ "the director of O, P", "la directora de O, P", "le coordinateur du O, P": a title and
    its body set right before a person's name, the phrase opening a clause or a list's item
    (a parser often hangs the name on the body, as one of its conjuncts)."""
    from ingest.extract.frames import words_in_every_language

    orgs = [
        e for e in doc.ents_in(max(unit.start, person.start - 120), person.start, ORGS)
        if not doc.text[e.end : person.start].strip(" \t\u00a0,")
        and "," in doc.text[e.end : person.start]
    ]  # fmt: skip
    if not orgs:
        return []
    org = orgs[-1]
    after = fold(doc.text[person.end : unit.end])
    if after[:1].isalpha() or re.match(r"\s*\(", after):
        return []  # ("... of O, P Q said": a name that goes on, or a bracket of its own)
    before = fold(doc.text[max(unit.start, org.start - 80) : org.start])
    links = "|".join(
        sorted(map(re.escape, words_in_every_language("title_links") | {"del", "du", "des", "d'"}))
    )
    m = re.search(
        rf"(?:^|[,;:(]\s*(?:(?:and|y|e|et)\s+)?|\b(?:and|y|e|et|by|por|par|with|con|avec)\s+)"
        rf"((?:[\w\-']+\s+){{1,4}}?)(?:{links})\s*(?:(?:the|la|el|le|les|los|las)\s+|l')?$",
        before,
    )
    if m is None:
        return []
    former = words_in_every_language("former")  # (a text's language may be unknown)
    if set(re.findall(r"[^\W\d_]+", m.group(1))) & former or "ex-" in m.group(1):
        return []  # "the former director of O, P", "l'ancien président de O, P"
    words = m.group(1).split()
    # the title: the longest run of a post's words right before the link ("According to the
    # head of O, P": "head"; "the executive director of O": "executive director")
    k = len(words)
    while k > 0 and words[k - 1] in ROLE_WORDS:
        k -= 1
    words = words[k:]
    language = doc.language if doc.language in ("en", "es", "fr") else None
    if not words or not reads_as_title(language, words, by_ending=False):
        return []
    end = org.start - len(before) + m.end(1)
    role = (
        " ".join(doc.text[start:end].split())
        if (start := _word_start(doc.text, end, len(words))) >= 0
        else ""
    )
    if not role:
        return []
    proto = _affiliated(doc, unit, person, org, role, 0.6)
    return [proto] if proto is not None else []


def _word_start(text: str, end: int, count: int) -> int:
    """Where the last `count` words before `end` start (-1 if there are fewer)."""
    found = list(re.finditer(r"\S+", text[max(0, end - 120) : end]))
    if len(found) < count:
        return -1
    return max(0, end - 120) + found[-count].start()


def _relative_lead(doc: Doc, unit: Unit, person: Ent) -> list[Proto]:
    """ "P, que preside C", "P, qui dirige C": a relative clause whose verb leads a body (lexicon
    lead_org), in the present; a parser may read the body as the verb's subject and the
    relative word as its object ("que" is both)."""
    from ingest.extract.frames import lexicon

    lex = lexicon(doc.language) if doc.language in ("es", "fr") else None
    if lex is None:
        return []
    after = fold(doc.text[person.end : min(unit.end, person.end + 60)])
    m = re.match(r"\s*,\s*([\w']+)\s+([\w\-]+)\s+(?:(?:el|la|le)\s+|l')?", after)
    if m is None or m.group(1) not in lex.words.get("relative", set()):
        return []
    verb = m.group(2)
    past = lex.suffixes.get("past_suffixes", ()) + lex.suffixes.get("imperfect_suffixes", ())
    lemma = lex.lemma(verb)
    if not lex.in_class("lead_org", lemma) or (past and verb.endswith(past)):
        return []
    org = next(
        (e for e in doc.ents_in(person.end, unit.end, ORGS) if e.start == person.end + m.end()),
        None,
    )
    if org is None:
        return []
    proto = _affiliated(doc, unit, person, org, lex.roles.get(lemma), 0.7)
    return [proto] if proto is not None else []


def _our_title(doc: Doc, unit: Unit, person: Ent) -> list[Proto]:
    """ "our Programme Officer P", "nuestra coordinadora, P", "notre chargée de mission P": a
    post the text's author names as its own (lexicon first_person) is held at the author."""
    from ingest.extract.frames import words_in_every_language

    author = doc.author
    if author is None or author.type not in ORGS:
        return []
    before = fold(doc.text[max(unit.start, person.start - 80) : person.start])
    ours = "|".join(sorted(map(re.escape, words_in_every_language("first_person"))))
    m = re.search(rf"(?:^|\s)({ours})\s+((?:[\w\-']+\s+){{0,5}}[\w\-']+)\s*,?\s*$", before)
    if m is None:
        return []
    words = m.group(2).split()
    if not reads_as_title(doc.language if doc.language in ("en", "es", "fr") else None, words):
        return []
    role = " ".join(doc.text[person.start - len(before) + m.start(2) : person.start].split())
    proto = _affiliated(doc, unit, person, author, role.rstrip(" ,"), 0.7)
    return [proto] if proto is not None else []


def _title_like(doc: Doc, ent: Ent) -> bool:
    """A new organization's name that reads as a post ("Senior Campaigns Officer"): a title."""
    return ent.id is None and _title_words(
        doc, re.findall(r"[^\W\d_][\w\-'\u2019]*", fold(ent.text))
    )


def _apposed_titles(doc: Doc, unit: Unit, person: Ent) -> list[Proto | None]:
    """A person's post set off after the name, with the body it is of: "P, <title> of/at/for O",
    "P, <title>, O", "P - <title>, O", "P, <title> - O", "P, O's <title>"; a title the lexicon
    does not list is read by its shape (a head noun for one who does a job). Further "<title>,
    O" pairs after the first body are the same person's ("P, T1, O1, T2, O2"); a body named as
    a unit (lexicon unit_words: "Centre", "Lab") before another post's body is that body's
    part, not the person's employer of its own."""
    from ingest.extract.frames import words_in_every_language

    f = doc.folded(unit)
    base = unit.start
    pairs: list[tuple[Ent, str]] = []
    pos = person.end
    while True:
        opened = _APPOS_OPEN.match(f[pos - base :])
        if opened is None and pos == person.end:
            break
        if pos == person.end and _NEXT_ITEM.match(f[pos - base :]):
            break  # "P1, and the coordinator of O, P2": the title and O are P2's
        start = pos + (opened.end() if opened else 0)
        if opened is None:  # a further pair: ", T2, O2" / " and T2 of O2"
            more = re.match(r"^\s*(?:,|\band\b|\by\b|\bet\b)\s*", f[pos - base :])
            if more is None:
                break
            start = pos + more.end()
        found = _title_then_body(doc, unit, start, f)
        if found is None:
            if pos == person.end:
                return _possessed_title(doc, unit, person, start, f)
            break
        org = found[0]
        if _name_goes_on(doc, org):
            break  # "Director, X Centre for Y and Z, ...": the body's name was cut short
        pairs.append(found)
        pos = org.end
    units = words_in_every_language("unit_words")
    kept = [
        (org, role)
        for k, (org, role) in enumerate(pairs)
        if k == len(pairs) - 1 or not set(re.findall(r"\w+", fold(org.name))) & units
    ]
    return [_affiliated(doc, unit, person, org, role, 0.8) for org, role in kept]


def _name_goes_on(doc: Doc, org: Ent) -> bool:
    """A body's name followed by "and" and a capitalised word that starts no other name: the
    name goes on past where it was cut ("Centre for X and Y")."""
    m = re.match(r"\s+(?:and|y|et|&)\s+[A-Z\u00c0-\u00de]", doc.text[org.end : org.end + 8])
    if m is None:
        return False
    return not [
        e for e in doc.ents_in(org.end, org.end + 200, ORGS) if e.start == org.end + m.end() - 1
    ]


def _title_then_body(doc: Doc, unit: Unit, start: int, f: str) -> tuple[Ent, str] | None:
    """A title from start on and the body right after it: (the body, the title as written)."""
    base = unit.start
    words_m = _APPOS_WORDS.match(f[start - base :])
    if words_m is None:
        return None
    for org in doc.ents_in(start, min(unit.end, start + _APPOS_REACH + 120), ORGS):
        if org.start - start > _APPOS_REACH:
            return None
        if _title_like(doc, org):
            continue
        between = f[start - base : org.start - base]
        last_part = start + between.rfind(",") + 1 if "," in between.rstrip(" ,") else start
        if [
            e
            for e in doc.ents_in(start, org.start, ACTORS)
            if not _title_like(doc, e) and (e.type != "Government" or e.end > last_part)
        ]:  # (a state in an earlier part of a list of posts: "journalist in exile in C, ...")
            return None  # another actor between the title and the body: not this title's
        if re.search(r"[.;:!?()\[\]\d\u201c\u201d\"]", between):
            return None
        link = re.search(r"(?:\s*,|\s+[\u2013\u2014-])\s*(?:(?:the|el|la|le|l')\s*)?$", between)
        # "<title> of the O": the link word is the title's last; "T1, and T2, O": each part
        # of a list of titles reads as one (else a list or another clause: no title)
        parts = [
            re.findall(r"[^\W\d_][\w\-'\u2019]*", part)
            for part in between[: link.start() if link else len(between)].split(",")
        ]
        parts = [p[1:] if p and p[0] in ("and", "y", "et") else p for p in parts]
        own = parts[-1]
        if link is None and not (own and _ends_in_link(doc, own)):
            continue
        if _APPOS_TAIL.match(doc.text[org.end : org.end + 3]):
            return None
        if not all(_title_words(doc, part) for part in parts):
            return None
        title_end = start + (link.start() if link else _link_start(doc, between))
        if len(parts) > 1:  # a list of posts: the one this body is of, the last
            start += between[: title_end - start].rfind(",") + 1
        role = " ".join(doc.text[start:title_end].split()).strip(" ,-\u2013\u2014")
        return _whole_name(doc, org) or org, role
    return None


def _ends_in_link(doc: Doc, words: list[str]) -> bool:
    from ingest.extract.frames import words_in_every_language

    links = words_in_every_language("title_links")
    articles = words_in_every_language("title_articles")
    rest = [w for w in words if w not in articles]
    return len(rest) >= 2 and (rest[-1] in links or rest[-1].split("'")[0] + "'" in links)


def _link_start(doc: Doc, between: str) -> int:
    """Where the link word (and its article) before the body starts in the text between."""
    m = re.search(r"\s+[\w']+(?:\s+(?:the|el|la|los|las|le|les|l'))?\s*$", between)
    return m.start() if m else len(between)


def _possessed_title(doc: Doc, unit: Unit, person: Ent, start: int, f: str) -> list[Proto | None]:
    """ "P, O's <title>", "P, the O's <title>": the title after the body's possessive."""
    base = unit.start
    orgs = doc.ents_in(start, min(unit.end, start + 80), ORGS)
    if not orgs:
        return []
    org = orgs[0]
    if not re.fullmatch(r"(?:the\s+)?", f[start - base : org.start - base]):
        return []
    poss = re.match(
        r"^['\u2019]s\s+([^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){0,4})(?=\s*(?:[,;.)]|$))",
        f[org.end - base :],
    )
    if poss is None:  # the post must end the aside ("O's founder's sister": no post of O)
        return []
    role_words = poss.group(1).split()
    if not _title_words(doc, role_words):
        return []
    s = org.end - base + poss.start(1)
    role = " ".join(doc.text[base + s : base + poss.end(1) + org.end - base].split())
    return [_affiliated(doc, unit, person, org, role, 0.75)]


def _whole_name(doc: Doc, org: Ent | None) -> Ent | None:
    """The longest organization's name that starts with this one ("Migrant Workers Legal Aid
    X", not "Migrant Workers" inside it)."""
    if org is None:
        return None
    same = [e for e in doc.ents_in(org.start, org.start + 300, ORGS) if e.start == org.start]
    return max([org, *same], key=lambda e: e.end - e.start)


def _last_words(folded: str, n: int) -> list[str]:
    return re.findall(r"[\w\-]+", folded)[-n:]


def _held_no_more(doc: Doc, folded_before: str) -> bool:
    """A word of a role held no more just before a title ("former", "entonces", "ancienne",
    "ex-")."""
    from ingest.extract.frames import lexicon

    lex = lexicon(doc.language if doc.language in ("en", "es", "fr") else "en")
    former = lex.words.get("former", set()) if lex is not None else set()
    words = _last_words(folded_before, 2)
    return any(
        w in former or w.split("-")[0] in former for w in words
    ) or folded_before.rstrip().endswith("ex-")


def _body_before(doc: Doc, folded_before: str) -> bool:
    """A body's noun just before a title ("Assembly President", "Council chair")."""
    from ingest.extract.frames import lexicon

    lex = lexicon(doc.language if doc.language in ("en", "es", "fr") else "en")
    bodies = lex.words.get("body_nouns", set()) if lex is not None else set()
    words = _last_words(folded_before, 1)
    return bool(words) and (
        words[0] in bodies or (lex is not None and lex.lemma(words[0]) in bodies)
    )


def _cap(role: str) -> str:
    return role[:1].upper() + role[1:]


def _state_of(doc: Doc, i: int, unit: Unit, m: re.Match[str], offset: int) -> Ent | None:
    """The state of a government role: its adjective ("italien"), "of/de X", or the state the
    text is about (the last one named in this sentence or the one before)."""
    adj = m.group("adj")
    if adj and adj in doc.gz.demonyms:
        return _gov(doc, doc.gz.demonyms[adj], unit, offset + m.start())
    for word in reversed(re.findall(r"[\w\-]+", m.group("of") or "")):
        if word in doc.gz.demonyms:  # "le ministre des Affaires étrangères hongrois"
            return _gov(doc, doc.gz.demonyms[word], unit, offset + m.start())
    named = doc.ents_in(offset + m.start(), offset + m.end(), GOV)
    if named:
        return named[-1]
    prev = doc.units[i - 1] if i > 0 else unit
    scope_start = (
        prev.start if prev.paragraph == unit.paragraph or unit.kind != "sentence" else unit.start
    )
    states = doc.ents_in(scope_start, offset + m.start(), GOV)
    if states:
        return states[-1]
    for j in range(i, max(-1, i - 3), -1):
        for adj_m in _GOV_ROLE_ADJ.finditer(doc.folded(doc.units[j])):
            if adj_m.group(1) in doc.gz.demonyms and doc.units[j].paragraph == unit.paragraph:
                return _gov(doc, doc.gz.demonyms[adj_m.group(1)], unit, unit.start)
    return None


def _gov(doc: Doc, gov_id: str, unit: Unit, pos: int) -> Ent | None:
    entry = doc.gz.entry(gov_id)
    if entry is None:
        return None
    return Ent(pos, pos, "", entry.id, entry.id, entry.name, entry.type, 0.8, "demonym")


__all__ = ["ACTORS", "extract"]
