"""Who took part in an event or a process, and which states stayed away, in the forms the
rules read: a meeting named by a common noun with a word of its own where no event is in focus
("the founding meeting", "la reunión de seguimiento", "l'atelier régional"), never the known
meeting of the process's kind when the words say another ("the ministerial meeting in
<city>"); "together with B", "junto con B", "aux côtés de B" (B took part too); a body a
speaker speaks for ("on behalf of O", "en nombre de O", "au nom de O"); the representatives of
states that address a meeting; "contributed to the drafting of the compact"; a list of
attendees that goes on after semicolons; "Étaient présents au forum A et B", "Estuvieron
presentes en el foro A y B". Negated, hedged, forecast and demanded acts give nothing. Every
sentence is written for this test (invented names). Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS, found, run

DATE = "2018-11-20"
NEWS = {"en": f"{DATE}\nNews in brief\n\n", "es": f"{DATE}\nNoticias breves\n\n",
        "fr": f"{DATE}\nEn bref\n\n"}  # fmt: skip
FORUM = {
    "en": f"{DATE}\nRegional Forum on Care Work, Quito\n\n",
    "es": f"{DATE}\nEncuentro Regional de Redes de Cuidado\n\n",
    "fr": f"{DATE}\nRencontre régionale des réseaux de soins\n\n",
}
COMPACT = {k: v.replace("2019-05-14", DATE) for k, v in COMPACT_NEWS.items()}
HBA, TLU, PWN = "~Harbour Builders Alliance", "~Tidewater Labour Union", "~Pier Women Network"
RFC, CSO = "~Red Fluvial de Cuidadoras", "~Colectivo Sierra Oriente"
CSM, RCD = "~Collectif Sahel Migrations", "~Réseau Côtier des Droits"
GCM, MARRAKECH = "gcm-compact", "marrakech-conference-2018"
P = "PARTICIPATED_IN"
D = "DECLINED_TO_ATTEND"

# (case, language, head, body, type, source, target, expected)
# fmt: off
CASES = [
    # --- a meeting named by its common noun and its own words, where none is in focus -------
    ("en-founding-meeting", "en", NEWS, "The Harbour Builders Alliance attended the founding "
     "meeting.", P, HBA, "~founding meeting", True),
    ("en-follow-up-list", "en", NEWS, "The Harbour Builders Alliance and the Tidewater Labour "
     "Union took part in the follow-up meeting.", P, TLU, "~follow-up meeting", True),
    ("en-forecast", "en", NEWS, "The Harbour Builders Alliance will attend the founding meeting "
     "next week.", P, HBA, "~founding meeting", False),
    ("en-negated", "en", NEWS, "The Harbour Builders Alliance did not attend the founding "
     "meeting.", P, HBA, "~founding meeting", False),
    ("en-next-meeting-is-none", "en", NEWS, "The Harbour Builders Alliance attended the next "
     "meeting.", P, HBA, "~next meeting", False),
    ("en-closing-session-is-none", "en", NEWS, "The Harbour Builders Alliance attended the "
     "closing session.", P, HBA, "~closing session", False),
    ("es-founding-assembly", "es", NEWS, "La Red Fluvial de Cuidadoras participó en la asamblea "
     "fundacional.", P, RFC, "~asamblea fundacional", True),
    ("es-late-subjects", "es", NEWS, "Asistieron al taller regional la Red Fluvial de "
     "Cuidadoras y el Colectivo Sierra Oriente.", P, CSO, "~taller regional", True),
    ("es-follow-up", "es", NEWS, "La Red Fluvial de Cuidadoras participó en la reunión de "
     "seguimiento.", P, RFC, "~reunión de seguimiento", True),
    ("es-hedged", "es", NEWS, "La Red Fluvial de Cuidadoras podría participar en la reunión "
     "de seguimiento.", P, RFC, "~reunión de seguimiento", False),
    ("fr-present", "fr", NEWS, "Le Collectif Sahel Migrations était présent à l'atelier "
     "régional.", P, CSM, "~atelier régional", True),
    ("fr-negated", "fr", NEWS, "Le Collectif Sahel Migrations n'a pas pris part à l'atelier "
     "régional.", P, CSM, "~atelier régional", False),
    # --- a known meeting of the process's kind only when the words fit it -------------------
    ("en-other-city-not-known", "en", COMPACT, "Austria took part in the ministerial meeting in "
     "Lisbon.", P, "aut", "puerto-vallarta-stocktaking-2017", False),
    ("en-other-city-new", "en", COMPACT, "Austria took part in the ministerial meeting in "
     "Lisbon.", P, "aut", "~ministerial meeting in Lisbon", True),
    ("en-founding-not-known", "en", COMPACT, "Austria did not send a delegation to the founding "
     "meeting.", D, "aut", "puerto-vallarta-stocktaking-2017", False),
    ("en-kind-fits-known", "en", COMPACT, "Peru attended the intergovernmental conference.", P,
     "per", MARRAKECH, True),
    ("en-place-on-verb", "en", COMPACT, "Austria will skip the signing ceremony in Marrakech.",
     D, "aut", MARRAKECH, True),
    ("en-stayed-away-new", "en", COMPACT, "Austria stayed away from the ministerial meeting in "
     "Lisbon.", D, "aut", "~ministerial meeting in Lisbon", True),
    ("en-urged-to-boycott", "en", COMPACT, "Several parties urged Austria to boycott the "
     "ministerial meeting in Lisbon.", D, "aut", "~ministerial meeting", False),
    # --- together with B: B took part too -----------------------------------------------------
    ("en-together-relative", "en", COMPACT, "Chile, which co-facilitated the negotiations on the "
     "compact together with Peru, has signed it.", P, "per", GCM, True),
    ("en-alongside-list", "en", COMPACT, "Chile took part in the negotiations on the compact "
     "alongside Peru and Ecuador.", P, "ecu", GCM, True),
    ("en-plain-with-is-none", "en", COMPACT, "Chile took part in the negotiations on the compact "
     "with Peru.", P, "per", GCM, False),
    ("en-together-forecast", "en", COMPACT, "Chile will take part in the negotiations on the "
     "compact together with Peru.", P, "per", GCM, False),
    ("es-junto-con", "es", COMPACT, "Chile participó en las negociaciones del pacto junto con "
     "Perú.", P, "per", GCM, True),
    ("fr-aux-cotes", "fr", COMPACT, "Le Chili a participé aux négociations du pacte aux côtés "
     "du Pérou et de l'Équateur.", P, "ecu", GCM, True),
    ("fr-aux-cotes-negated", "fr", COMPACT, "Le Chili n'a pas participé aux négociations du "
     "pacte aux côtés du Pérou.", P, "per", GCM, False),
    # --- a body another speaks for; the representatives of states that address a meeting ----
    ("en-on-behalf", "en", FORUM, "Maya Lindqvist spoke on behalf of the Pier Women Network at "
     "the forum.", P, PWN, "~Regional Forum on Care Work", True),
    ("en-on-behalf-forecast", "en", FORUM, "Maya Lindqvist will speak on behalf of the Pier "
     "Women Network at the forum.", P, PWN, "~Regional Forum on Care Work", False),
    ("en-person-of-body-not-on-behalf", "en", FORUM, "Maya Lindqvist of the Pier Women Network "
     "addressed the forum.", P, PWN, "~Regional Forum on Care Work", False),
    ("es-en-nombre", "es", FORUM, "Lucía Ferreyra intervino en nombre de la Red Fluvial de "
     "Cuidadoras en el encuentro.", P, RFC, "~Encuentro Regional", True),
    ("fr-au-nom", "fr", FORUM, "Maya Lindqvist a pris la parole au nom du Collectif Sahel "
     "Migrations lors de la rencontre.", P, CSM, "~Rencontre régionale", True),
    ("en-delegates-address", "en", FORUM, "The representatives of Peru and Chile addressed the "
     "forum.", P, "chl", "~Regional Forum on Care Work", True),
    # --- a body's delegation to a meeting ----------------------------------------------------
    ("en-delegation-of", "en", FORUM, "The delegation of the Harbour Builders Alliance to the "
     "forum was led by its director.", P, HBA, "~Regional Forum on Care Work", True),
    ("en-delegation-office-none", "en", FORUM, "Maya Lindqvist, Head of the Delegation of the "
     "Harbour Builders Alliance to the United Nations, spoke.", P, HBA, "~Regional Forum",
     False),
    ("en-delegation-forecast", "en", FORUM, "The delegation of the Harbour Builders Alliance to "
     "the forum will include its director.", P, HBA, "~Regional Forum", False),
    ("es-delegacion-de", "es", FORUM, "La delegación de la Red Fluvial de Cuidadoras en el "
     "encuentro estuvo encabezada por su directora.", P, RFC, "~Encuentro Regional", True),
    ("es-delegacion-future", "es", FORUM, "La delegación de la Red Fluvial de Cuidadoras en el "
     "encuentro estará encabezada por su directora.", P, RFC, "~Encuentro", False),
    ("fr-delegation-de", "fr", FORUM, "La délégation du Collectif Sahel Migrations à la "
     "rencontre était conduite par sa présidente.", P, CSM, "~Rencontre régionale", True),
    # --- a share in drafting the process's text --------------------------------------------
    ("en-contributed-drafting", "en", COMPACT, "Peru contributed to the drafting of the "
     "compact.", P, "per", GCM, True),
    ("en-contributed-hedged", "en", COMPACT, "Peru could contribute to the drafting of the "
     "compact.", P, "per", GCM, False),
    ("en-contributed-funds-none", "en", COMPACT, "Peru contributed funds to the trust fund.", P,
     "per", GCM, False),
    ("es-contribuyo", "es", COMPACT, "Perú contribuyó a la elaboración del pacto.", P, "per",
     GCM, True),
    ("es-no-contribuyo", "es", COMPACT, "Perú no contribuyó a la redacción del pacto.", P,
     "per", GCM, False),
    ("fr-contribue", "fr", COMPACT, "Le Pérou avait pourtant grandement contribué à "
     "l'élaboration du pacte.", P, "per", GCM, True),
    ("en-most-of-the-negotiations", "en", COMPACT, "Maya Lindqvist, Director of the Pier Women "
     "Network, who attended most of the negotiations on the compact, said the letter was a "
     "disappointment.", P, "~Maya Lindqvist", GCM, True),
    ("en-title-body-is-not-who-attended", "en", COMPACT, "Maya Lindqvist, Director of the Pier "
     "Women Network, who attended most of the negotiations on the compact, said the letter was "
     "a disappointment.", P, PWN, GCM, False),
    # --- lists of attendees -------------------------------------------------------------------
    ("es-semicolon-list", "es", NEWS, "Las madres sostuvieron una reunión de seguimiento con la "
     "fiscalía. Acudieron Laura Pineda, titular de la Unidad de Víctimas; Mario Quintana, de la "
     "Comisión de Apoyo a Familias; Elena Robles, de la Defensoría Austral, y Ramón Ortiz, de la "
     "Comisión de Búsqueda.", P, "~Ramón Ortiz", "~reunión de seguimiento", True),
    ("fr-etaient-presents", "fr", FORUM, "Étaient présents à la rencontre le Collectif Sahel "
     "Migrations et le Réseau Côtier des Droits.", P, RCD, "~Rencontre régionale", True),
    ("fr-n-etaient-pas-presents", "fr", FORUM, "N'étaient pas présents à la rencontre le "
     "Collectif Sahel Migrations et le Réseau Côtier des Droits.", P, RCD, "~Rencontre", False),
    ("en-one-of-the-organisations", "en", FORUM, "The Harbour Builders Alliance was one of the "
     "organisations that took part in the forum.", P, HBA, "~Regional Forum on Care Work", True),
    ("en-among-the-organisations", "en", FORUM, "The Harbour Builders Alliance and the Pier Women "
     "Network are among the organisations that attended the forum.", P, PWN,
     "~Regional Forum on Care Work", True),
    ("en-one-of-negated", "en", FORUM, "The Harbour Builders Alliance was one of the "
     "organisations that did not attend the forum.", P, HBA, "~Regional Forum", False),
    ("fr-fait-partie-des", "fr", FORUM, "Le Collectif Sahel Migrations fait partie des "
     "organisations qui ont participé à la rencontre.", P, CSM, "~Rencontre régionale", True),
    ("es-entre-ellas", "es", FORUM, "Más de 30 organizaciones participaron en el encuentro, "
     "entre ellas la Red Fluvial de Cuidadoras y el Colectivo Sierra Oriente.", P, CSO,
     "~Encuentro Regional", True),
    ("es-entre-ellas-negated", "es", FORUM, "Más de 30 organizaciones no participaron en el "
     "encuentro, entre ellas la Red Fluvial de Cuidadoras.", P, RFC, "~Encuentro", False),
    ("fr-dont", "fr", FORUM, "Plus de 30 associations ont pris part à la rencontre, dont le "
     "Collectif Sahel Migrations et le Réseau Côtier des Droits.", P, RCD, "~Rencontre régionale",
     True),
    ("es-se-hizo-presente", "es", FORUM, "La Red Fluvial de Cuidadoras se hizo presente en el "
     "encuentro.", P, RFC, "~Encuentro Regional", True),
    ("es-estuvieron-presentes", "es", FORUM, "Estuvieron presentes en el encuentro la Red "
     "Fluvial de Cuidadoras y el Colectivo Sierra Oriente.", P, CSO, "~Encuentro Regional",
     True),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "head", "body", "type_", "source", "target", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_participation_forms(
    gz: Gazetteer,
    lang: str,
    head: dict[str, str],
    body: str,
    type_: str,
    source: str,
    target: str,
    expected: bool,
) -> None:
    ex = run(gz, head[lang] + body, DATE)
    assert found(ex, type_, source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


def test_declining_is_no_participation(gz: Gazetteer) -> None:
    """A state that stayed away gives DECLINED_TO_ATTEND and never PARTICIPATED_IN; a state
    another urges to stay away gives neither."""
    body = (
        "Austria stayed away from the ministerial meeting in Lisbon. Several parties urged "
        "Hungary to boycott the conference in Marrakech."
    )
    ex = run(gz, COMPACT["en"] + body, DATE)
    types = {(r.type, r.source) for r in ex.relations}
    assert (D, "aut") in types
    assert (P, "aut") not in types
    assert not [t for t in types if t[1] == "hun"]
