"""Who attended a meeting, in the shapes a report's prose takes (EN/ES/FR): a verb before its
list of bodies, each with its article, that a parser chains as words of the first name
("Asistieron la Asociación de X, el Colectivo de Y y la Coordinadora de Inmigrantes de Z");
"Étaient présents A, B et C" (a parser's adjective on the first name); a list of people after
a semicolon, the last one with a title no list knows; quoted names after "such as" ('movimientos
como "A", "B" y "C"'); "travelled to C to attend the X Forum" (a forum is a meeting there); a
title that names the meeting after other words ("Civil society at the X Forum"). A state that
will not attend a meeting an earlier sentence names by its kind and place ("The conference opens
in <city> on Monday. A said it would not attend.") declines it. Forms that must give nothing:
forecast, negated, hedged, invited, a question. Every body and person is invented for this
test; the states and the conference are those of data/reference. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, run

DATE = "2018-11-20"
P, D = "PARTICIPATED_IN", "DECLINED_TO_ATTEND"
MARRAKECH = "marrakech-conference-2018"
HEAD = {"en": f"{DATE}\nNews in brief\n\n", "es": f"{DATE}\nNoticias breves\n\n",
        "fr": f"{DATE}\nEn bref\n\n"}  # fmt: skip
COMPACT = {
    "en": f"{DATE}\nThe Global Compact for Migration this week\n\n",
    "es": f"{DATE}\nEl Pacto Mundial para la Migración esta semana\n\n",
    "fr": f"{DATE}\nLe Pacte mondial sur les migrations cette semaine\n\n",
}
HELD = {
    "en": "The Coastal Assembly on Seasonal Work was held in Portmoor on Saturday. ",
    "es": "El Encuentro Regional de Redes Costeras se celebró el sábado en Puerto Claro. ",
    "fr": "La Rencontre régionale des réseaux côtiers s'est tenue samedi à Port-Clair. ",
}
EVENT = {
    "en": "~Coastal Assembly on Seasonal Work",
    "es": "~Encuentro Regional de Redes Costeras",
    "fr": "~Rencontre régionale des réseaux côtiers",
}
ES_ORGS = ["Asociación de Trabajadoras del Hogar de Valdemora",
           "Colectivo de Mujeres Migrantes del Sur", "Coordinadora de Inmigrantes de Villaclara",
           "Mesa de Diálogo de Puerto Nuevo", "Red de Apoyo Mutuo"]  # fmt: skip
ES_LIST3 = ("la Asociación de Trabajadoras del Hogar de Valdemora, el Colectivo de Mujeres "
            "Migrantes del Sur y la Coordinadora de Inmigrantes de Villaclara")  # fmt: skip
ES_LIST5 = ("la Asociación de Trabajadoras del Hogar de Valdemora, el Colectivo de Mujeres "
            "Migrantes del Sur, la Coordinadora de Inmigrantes de Villaclara, la Mesa de Diálogo "
            "de Puerto Nuevo y la Red de Apoyo Mutuo")  # fmt: skip
FR_ORGS = ["Association des Travailleurs Saisonniers de Rivebelle",
           "Collectif des Sans-Papiers de Montclair", "Fédération des Associations de Solidarité",
           "Maison des Femmes de Bellerive"]  # fmt: skip
FR_LIST3 = (
    "l'Association des Travailleurs Saisonniers de Rivebelle, le Collectif des Sans-Papiers de "
    "Montclair et la Fédération des Associations de Solidarité"
)
ES_QUOTED = [
    '"Manos Unidas por Valdemora"',
    '"Mesa Intercultural de Puerto Nuevo"',
    '"Asociación de Peruanos en Valdemora"',
    '"Colectivo Andino por la Ciudadanía"',
]
ES_QUOTED_NAMES = [q.strip('"') for q in ES_QUOTED]
ES_PEOPLE = ("Laura Méndez, titular de la Dirección de Atención al Migrante; Pedro Salas, "
             "director del Instituto de Movilidad Humana, y Carmen Ruiz, subsecretaria de "
             "Derechos Humanos")  # fmt: skip
PEOPLE = ["Laura Méndez", "Pedro Salas", "Carmen Ruiz"]

# (case, language, body, who took part, who must not)
# fmt: off
CASES = [
    # --- a verb before its list of bodies, each with its article ----------------------------
    ("es-asistieron-three", "es", HELD["es"] + "Asistieron " + ES_LIST3 + ".", ES_ORGS[:3], []),
    ("es-participaron-five", "es", HELD["es"] + "Participaron " + ES_LIST5 + ".", ES_ORGS, []),
    ("es-estuvieron-presentes", "es", HELD["es"] + "En la reunión estuvieron presentes "
     + ES_LIST3 + ".", ES_ORGS[:3], []),
    ("es-acudieron-representantes", "es", HELD["es"] + "A la reunión acudieron representantes "
     "de la Asociación de Trabajadoras del Hogar de Valdemora, del Colectivo de Mujeres "
     "Migrantes del Sur y de la Coordinadora de Inmigrantes de Villaclara.", ES_ORGS[:3], []),
    ("es-subject-first", "es", HELD["es"] + ES_LIST3[0].upper() + ES_LIST3[1:]
     + " participaron en el encuentro.", ES_ORGS[:3], []),
    ("es-concurrieron-list-after-oblique", "es", HELD["es"] + "A la reunión concurrieron "
     + ES_LIST5 + ".", ES_ORGS, []),
    ("fr-etaient-presents", "fr", HELD["fr"] + "Étaient présents " + FR_LIST3 + ".",
     FR_ORGS[:3], []),
    ("fr-etaient-egalement-presentes", "fr", HELD["fr"] + "Étaient également présentes "
     "l'Association des Travailleurs Saisonniers de Rivebelle et la Maison des Femmes de "
     "Bellerive.", [FR_ORGS[0], FR_ORGS[3]], []),
    ("fr-y-ont-participe", "fr", HELD["fr"] + "Y ont participé " + FR_LIST3 + ".", FR_ORGS[:3],
     []),
    ("fr-ont-pris-part", "fr", HELD["fr"] + FR_LIST3[0].upper() + FR_LIST3[1:]
     + " ont pris part à la rencontre.", FR_ORGS[:3], []),
    ("es-se-dio-cita", "es", HELD["es"] + "En el encuentro también se dio cita la Asociación "
     "de Trabajadoras del Hogar de Valdemora.", ES_ORGS[:1], []),
    ("es-se-daran-cita", "es", HELD["es"] + "La Asociación de Trabajadoras del Hogar de "
     "Valdemora se dará cita en la próxima reunión.", [], ES_ORGS[:1]),
    # --- people after a semicolon, the last one with a title no list knows ------------------
    ("es-semicolon-people", "es", HELD["es"] + "Por parte del gobierno acudieron " + ES_PEOPLE
     + ".", PEOPLE, []),
    ("es-semicolon-people-unknown-title", "es", HELD["es"] + "Por parte de las instituciones "
     "acudieron Ana Soto, titular de la Unidad de Víctimas; Luis Mora, de la Comisión de "
     "Búsqueda; Pablo Núñez, primer visitador de la Defensoría Regional, y Rita Vega, de la "
     "Fiscalía Especial.", ["Ana Soto", "Luis Mora"], []),  # (the last two: not yet)
    # --- quoted names after "such as" --------------------------------------------------------
    ("es-como-quoted", "es", HELD["es"] + "Durante la jornada, organizaciones como "
     + ", ".join(ES_QUOTED[:3]) + " y " + ES_QUOTED[3] + " presentaron sus propuestas.",
     ES_QUOTED_NAMES, []),
    ("en-such-as-quoted", "en", HELD["en"] + 'Groups such as "Harbour Voices Collective", '
     '"Eastvale Open Doors" and "Seasonal Hands Union" took part in the assembly.',
     ["Harbour Voices Collective", "Eastvale Open Doors", "Seasonal Hands Union"], []),
    ("fr-comme-quoted", "fr", HELD["fr"] + "Des associations comme « Mains Ouvertes de "
     "Rivebelle », « Terre d'Accueil du Littoral » et « Jeunesse Sans Frontière » ont pris "
     "part à la rencontre.", ["Mains Ouvertes de Rivebelle", "Terre d'Accueil du Littoral",
                              "Jeunesse Sans Frontière"], []),
    # --- a forum where only a meeting may stand ----------------------------------------------
    ("en-travelled-to-attend", "en", "The Harbour Migrant Rights Network travelled to Portmoor "
     "to attend the Regional Forum on Labour Mobility.", ["Harbour Migrant Rights Network"], []),
    # --- forms that give nothing -------------------------------------------------------------
    ("es-asistiran", "es", HELD["es"] + "Asistirán " + ES_LIST3 + ".", [], ES_ORGS[:3]),
    ("es-no-asistieron", "es", HELD["es"] + "No asistieron " + ES_LIST3 + ".", [], ES_ORGS[:3]),
    ("es-se-espera-que", "es", HELD["es"] + "Se espera que " + ES_LIST3 + " participen en la "
     "próxima reunión.", [], ES_ORGS[:3]),
    ("es-invitaron-como-quoted", "es", HELD["es"] + "Los organizadores invitaron a "
     "organizaciones como " + ES_QUOTED[0] + " y " + ES_QUOTED[1] + " a participar en la "
     "próxima reunión.", [], ES_QUOTED_NAMES[:2]),
    ("fr-seront-presents", "fr", HELD["fr"] + "Seront présents " + FR_LIST3 + ".", [],
     FR_ORGS[:3]),
    ("fr-n-etaient-pas-presents", "fr", HELD["fr"] + "N'étaient pas présents " + FR_LIST3
     + ".", [], FR_ORGS[:3]),
    ("fr-pourraient", "fr", HELD["fr"] + FR_LIST3[0].upper() + FR_LIST3[1:]
     + " pourraient participer à la prochaine rencontre.", [], FR_ORGS[:3]),
    ("en-such-as-quoted-will", "en", HELD["en"] + 'Groups such as "Harbour Voices Collective" '
     'and "Eastvale Open Doors" will attend the next assembly.', [],
     ["Harbour Voices Collective", "Eastvale Open Doors"]),
    ("en-will-travel-to-attend", "en", "The Harbour Migrant Rights Network will travel to "
     "Portmoor to attend the Regional Forum on Labour Mobility.", [],
     ["Harbour Migrant Rights Network"]),
    ("en-may-join", "en", HELD["en"] + "The Harbour Migrant Rights Network may join the next "
     "assembly.", [], ["Harbour Migrant Rights Network"]),
    ("en-invited", "en", HELD["en"] + "The organisers invited the Harbour Migrant Rights "
     "Network to take part in the next assembly.", [], ["Harbour Migrant Rights Network"]),
    ("en-question", "en", "Did the Harbour Migrant Rights Network attend the Regional Forum on "
     "Labour Mobility?", [], ["Harbour Migrant Rights Network"]),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "body", "took_part", "not_part"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_attendance_shapes(
    gz: Gazetteer, lang: str, body: str, took_part: list[str], not_part: list[str]
) -> None:
    ex = run(gz, HEAD[lang] + body, DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    events = [e.key for e in ex.entities if e.type == "Event"]
    for name in took_part:
        # the meeting the paragraph names, else the forum of the sentence
        target = EVENT[lang] if body.startswith(HELD[lang]) else "~Forum on Labour Mobility"
        assert found(ex, P, f"~{name}", target), (name, got)
    for name in not_part:
        assert not any(found(ex, P, f"~{name}", e) for e in events), (name, got)


def test_an_opening_verb_is_no_part_of_a_name(gz: Gazetteer) -> None:
    """ "Asistieron la Asociación X": the verb that opens the sentence is no word of the name,
    and "..., el Colectivo Y y la Coordinadora Z" are two names."""
    ex = run(gz, HEAD["es"] + HELD["es"] + "Asistieron " + ES_LIST3 + ".", DATE)
    names = {e.name for e in ex.entities}
    assert not [n for n in names if n.startswith("Asistieron")], names
    assert not [n for n in names if " y la " in n], names
    assert {ES_ORGS[0], ES_ORGS[1], ES_ORGS[2]} <= names, names


@pytest.mark.parametrize(
    ("lang", "title", "body", "who"),
    [
        ("en", "Civil society at the Regional Forum on Labour Mobility",
         "The Harbour Migrant Rights Network and the Pier Women Network took part in the "
         "forum.", ["Harbour Migrant Rights Network", "Pier Women Network"]),
        ("es", "La sociedad civil en el Foro Regional sobre Movilidad Laboral",
         "La Red Solidaria Andina participó en el foro.", ["Red Solidaria Andina"]),
    ],
    ids=["en", "es"],
)  # fmt: skip
def test_a_forum_the_title_names_inside(
    gz: Gazetteer, lang: str, title: str, body: str, who: list[str]
) -> None:
    """A title that names its forum after other words: the forum is the text's meeting (no
    body), which "the forum" below stands for."""
    ex = run(gz, f"{DATE}\n{title}\n\n{body}\n", DATE)
    forum = [e for e in ex.entities if e.name in title and e.type == "Event"]
    assert forum, [(e.name, e.type) for e in ex.entities]
    for name in who:
        assert found(ex, P, f"~{name}", forum[0].key), [
            (r.type, r.source, r.target) for r in ex.relations
        ]


# (case, language, body, state, expected)
# fmt: off
DECLINED = [
    ("en-said-would-not-attend", "en", "The intergovernmental conference opens in Marrakech on "
     "Monday. Slovenia said it would not attend.", "svn", True),
    ("en-will-stay-away-list", "en", "The intergovernmental conference opens in Marrakech on "
     "Monday. Slovenia and Austria will stay away.", "aut", True),
    ("es-anuncio-no-asistira", "es", "La conferencia intergubernamental comienza el lunes en "
     "Marrakech. Eslovenia anunció que no asistirá.", "svn", True),
    ("es-tampoco-estaran", "es", "La conferencia intergubernamental comienza el lunes en "
     "Marrakech. Eslovenia y Austria tampoco estarán presentes.", "aut", True),
    ("en-may-not-attend", "en", "The intergovernmental conference opens in Marrakech on "
     "Monday. Slovenia may not attend.", "svn", False),
    ("en-urged-not-to-attend", "en", "The intergovernmental conference opens in Marrakech on "
     "Monday. Opposition parties urged Slovenia not to attend.", "svn", False),
    ("en-question", "en", "The intergovernmental conference opens in Marrakech on Monday. "
     "Will Slovenia attend?", "svn", False),
    ("es-podria-no-asistir", "es", "La conferencia intergubernamental comienza el lunes en "
     "Marrakech. Eslovenia podría no asistir.", "svn", False),
    ("en-another-city", "en", "The regional conference opens in Lisbon on Monday. Slovenia "
     "said it would not attend.", "svn", False),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "body", "state", "expected"),
    [c[1:] for c in DECLINED],
    ids=[c[0] for c in DECLINED],
)
def test_declined_a_meeting_named_before(
    gz: Gazetteer, lang: str, body: str, state: str, expected: bool
) -> None:
    """A state that will not attend a meeting an earlier sentence of the paragraph names by
    its kind and place declines that meeting; never a participation."""
    ex = run(gz, COMPACT[lang] + body, DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    assert found(ex, D, state, MARRAKECH) is expected, got
    assert not found(ex, P, state, MARRAKECH), got


# (case, body, text's date, the edition, expected)
# fmt: off
EDITIONS = [
    ("en-series-in-city", "The Harbour Migrant Rights Network attended the GFMD in Berlin.",
     "2017-07-10", "gfmd-2017-berlin", True),
    ("en-series-city-and-month", "The Harbour Migrant Rights Network took part in the PGA in "
     "Dhaka in December 2016.", "2017-07-10", "pga-2016-dhaka", True),
    ("en-series-year-first", "A delegation of the Harbour Migrant Rights Network attended the "
     "2017 GFMD in Berlin.", "2018-02-01", "gfmd-2017-berlin", True),
    ("es-serie-en-ciudad", "La Red Solidaria Andina participó en el Foro Global sobre Migración "
     "y Desarrollo en Quito.", "2020-02-10", "gfmd-2020-quito", True),
    ("en-series-since-is-none", "The Harbour Migrant Rights Network has attended the GFMD since "
     "2007.", "2017-07-10", "gfmd-2007-brussels", False),
    ("en-series-forecast", "The Harbour Migrant Rights Network will attend the GFMD in Berlin.",
     "2017-05-10", "gfmd-2017-berlin", False),
]
# fmt: on


@pytest.mark.parametrize(
    ("body", "date", "edition", "expected"),
    [c[1:] for c in EDITIONS],
    ids=[c[0] for c in EDITIONS],
)
def test_the_meeting_of_a_series(
    gz: Gazetteer, body: str, date: str, edition: str, expected: bool
) -> None:
    """ "attended the <series> in <city>", "the 2017 <series>": the known meeting of the series
    held there or then, not the series; "since <year>" names no one meeting."""
    ex = run(gz, f"{date}\nNews in brief\n\n{body}\n", date)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    who = "~Red Solidaria Andina" if "Red Solidaria" in body else "~Harbour Migrant Rights Network"
    assert found(ex, P, who, edition) is expected, got
