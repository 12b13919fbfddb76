"""Events of a programme and who organized them, spoke or took part, in layouts nobody wrote
rules against: a programme entry's title with a line of when under it is the event of the
entry's lines ("Organised by A and B", "Speakers:", "Moderator: P", a short sentence of the
entry's block), past the items of a list of people above; a line of hours ("Tuesday 17 May,
10:00") names no event; a line that opens with a cue of who ("Co-organised by", "Organizado
por", "Animé par") lists its items on the same line, and its actors' act is at the entry's
event, not at one guessed from context; a name never starts with such a participle and its
agent word. Every text is written for this test (invented names). Needs the local CoreNLP
parser (EN, ES, FR)."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, run

DATE = "2023-03-14"

EN = """Side events report
Geneva, March 2023

Our network took part in the civil society days in Geneva and held two side events.

Labour pathways that work
Monday 13 March 2023, 13:15-14:30, Room 6
Organisers: Saltmarsh Rights Network, Harbour Workers Union
Speakers:
- Lena Okafor, Harbour Workers Union
- Tomas Brandt, Saltmarsh Rights Network
Moderator: Ilse Varga, Saltmarsh Rights Network

Firewalls between clinics and enforcement
Tuesday 14 March 2023, 10:00-11:15
Co-organised by the Platform for Just Borders and the City Mayors Network
The event is hosted by the Lakeside Health Federation.
Panelists: Omar Haddad (City Mayors Network)

Our delegation
Maria Costa, Harbour Workers Union
John Okafor, Saltmarsh Rights Network
"""

ES = """Informe de actividades
Lima, marzo de 2023

Trabajo digno para las trabajadoras del hogar
Martes 14 de marzo de 2023, 10:00-12:00, Sala 2
Organizado por la Red Andina de Trabajadoras y la Confederación de Jornaleros del Sur
Ponentes:
- Lucía Paredes, Red Andina de Trabajadoras
- Carlos Benítez, Confederación de Jornaleros del Sur
Modera: Ana Villalba, Red Andina de Trabajadoras
"""

FR = """Compte rendu des journées
Dakar, mars 2023

Protéger les travailleurs saisonniers
Mardi 14 mars 2023, 14 h - 16 h, salle 3
Organisé par le Réseau des Saisonniers du Fleuve et la Fédération des Associations Riveraines
Intervenants :
- Fatou Ndiaye, Réseau des Saisonniers du Fleuve
- Marc Dubreuil, Fédération des Associations Riveraines
"""

LABOUR = "~Labour pathways that work"
FIREWALLS = "~Firewalls between clinics and enforcement"
TRABAJO = "~Trabajo digno para las trabajadoras del hogar"
PROTEGER = "~Protéger les travailleurs saisonniers"

# (case, text, type, source, target, expected)
# fmt: off
CASES = [
    ("en-organisers-label", EN, "ORGANIZED", "~Harbour Workers Union", LABOUR, True),
    ("en-speaker-list", EN, "SPOKE_AT", "~Lena Okafor", LABOUR, True),
    ("en-moderator-after-the-list", EN, "SPOKE_AT", "~Ilse Varga", LABOUR, True),
    ("en-co-organised-line", EN, "ORGANIZED", "~Platform for Just Borders", FIREWALLS, True),
    ("en-co-organised-line-2", EN, "ORGANIZED", "~City Mayors Network", FIREWALLS, True),
    ("en-sentence-of-the-entry", EN, "HOSTED", "~Lakeside Health Federation", FIREWALLS, True),
    ("en-panelist-past-a-sentence", EN, "SPOKE_AT", "~Omar Haddad", FIREWALLS, True),
    ("es-organizado-por", ES, "ORGANIZED", "~Confederación de Jornaleros del Sur", TRABAJO, True),
    ("es-ponentes", ES, "SPOKE_AT", "~Carlos Benítez", TRABAJO, True),
    ("es-modera", ES, "SPOKE_AT", "~Ana Villalba", TRABAJO, True),
    ("fr-organise-par", FR, "ORGANIZED", "~Fédération des Associations Riveraines", PROTEGER,
     True),
    ("fr-intervenants", FR, "SPOKE_AT", "~Fatou Ndiaye", PROTEGER, True),
    # --- the wrong event: the one in context, a line of hours --------------------------------
    ("en-not-the-report", EN, "ORGANIZED", "~City Mayors Network", "~Side events report",
     False),
    ("en-not-the-hours", EN, "SPOKE_AT", "~Omar Haddad", "~Tuesday", False),
    ("en-moderator-not-the-report", EN, "SPOKE_AT", "~Ilse Varga", "~Side events report",
     False),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "type_", "source", "target", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES],
)
def test_programme_entries(
    gz: Gazetteer, text: str, type_: str, source: str, target: str, expected: bool
) -> None:
    ex = run(gz, DATE + "\n" + text, DATE)
    assert found(ex, type_, source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


def test_a_delegation_list_speaks_at_nothing(gz: Gazetteer) -> None:
    """People listed under a heading that says no one spoke ("Our delegation") are no speakers,
    and a line of a list of people is no entry's title."""
    ex = run(gz, DATE + "\n" + EN, DATE)
    for name in ("~Maria Costa", "~John Okafor"):
        assert not any(
            found(ex, t, name, "~") for t in ("SPOKE_AT", "ORGANIZED", "PARTICIPATED_IN")
        ), [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert not [e for e in ex.entities if e.type == "Event" and "," in e.name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (EN, "Platform for Just Borders"),
        (ES, "Red Andina de Trabajadoras"),
        (FR, "Réseau des Saisonniers du Fleuve"),
    ],
)
def test_no_name_starts_with_a_participle_and_its_agent(
    gz: Gazetteer, text: str, name: str
) -> None:
    ex = run(gz, DATE + "\n" + text, DATE)
    keys = {r.source for r in ex.relations if r.type == "ORGANIZED"}
    names = {e.name for e in ex.entities if e.key in keys}
    assert name in names, sorted(names)
    leads = ("co-organised", "organizado", "organisé")
    assert not [n for n in names if n.lower().startswith(leads)], sorted(names)


@pytest.mark.parametrize(
    "body",
    [
        "Tuesday 14 March 2023, 10:00-11:15\nPanelists: Omar Haddad (City Mayors Network)\n",
        "Martes 14 de marzo de 2023, 10:00\nPonentes: Ana Villalba (Red Andina de Trabajadoras)\n",
    ],
)
def test_a_line_of_hours_is_no_event(gz: Gazetteer, body: str) -> None:
    ex = run(gz, DATE + "\nProgramme\n\n" + body, DATE)
    assert not [
        e
        for e in ex.entities
        if e.type == "Event" and e.name[:1].isupper() and any(c.isdigit() for c in e.name)
    ], [e.name for e in ex.entities]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Red del Sur participó en la Conferencia regional de Lima.", "es"),
        ("Le Réseau du Sud a participé à la Conférence de la région.", "fr"),
    ],
)
def test_a_short_text_whose_function_words_tie_is_read_by_its_letters(text: str, lang: str) -> None:
    """ "la ... del Sur ... en la ... de" counts as much French as Spanish: the letters only one
    of them writes decide."""
    from ingest.extract.language import detect_language

    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("body", "source", "target", "expected"),
    [
        (
            "La Red del Sur participó en el Foro Regional de Lima.",
            "~Red del Sur",
            "~Foro Regional de Lima",
            True,
        ),
        (
            "La Red del Sur no participó en el Foro Regional de Lima.",
            "~Red del Sur",
            "~Foro Regional de Lima",
            False,
        ),
        (
            "La Red del Sur participará en el Foro Regional de Lima.",
            "~Red del Sur",
            "~Foro Regional de Lima",
            False,
        ),
    ],
)
def test_participation_in_a_short_spanish_text(
    gz: Gazetteer, body: str, source: str, target: str, expected: bool
) -> None:
    ex = run(gz, DATE + "\nNoticias breves\n\n" + body + "\n", DATE)
    assert found(ex, "PARTICIPATED_IN", source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


# programmes in other layouts: hours before the title on its line, hours in brackets after it,
# a numbered quoted title, a kind of meeting before a colon; a title that names many events
# ("Programme of side events") is none of them
LAYOUTS = {
    "hours-first": """Programme of side events
Geneva, March 2023

13:15 - 14:30 | Labour pathways that work
Organisers: Saltmarsh Rights Network, Harbour Workers Union
Speakers: Lena Okafor (Harbour Workers Union), Tomas Brandt (Saltmarsh Rights Network)

15:00 - 16:30 | Firewalls between clinics and enforcement
Organisers: City Mayors Network
Speakers: Omar Haddad (City Mayors Network), Ines Garcia (Platform for Just Borders)
""",
    "hours-after": """Programme of side events
Geneva, March 2023

Monday 13 March
Labour pathways that work (13:15-14:30, Room 6)
Organised by the Harbour Workers Union. Speakers: Lena Okafor (Harbour Workers Union) and \
Tomas Brandt (Saltmarsh Rights Network).

Tuesday 14 March
Firewalls between clinics and enforcement (10:00-11:15, Room 2)
Organised by the City Mayors Network. Speakers: Omar Haddad (City Mayors Network) and Ines \
Garcia (Platform for Just Borders).
""",
    "quoted-numbered": """Programme of side events
Geneva, March 2023

1. "Labour pathways that work" - organised by the Harbour Workers Union
Speakers: Lena Okafor, Harbour Workers Union; Tomas Brandt, Saltmarsh Rights Network

2. "Firewalls between clinics and enforcement" - organised by the City Mayors Network
Speakers: Omar Haddad, City Mayors Network; Ines Garcia, Platform for Just Borders
""",
    "kind-colon": """Programme des événements parallèles
Genève, mars 2023

Événement parallèle : Protéger les travailleurs saisonniers
Organisateurs : Réseau des Saisonniers du Fleuve
Intervenants :
Fatou Ndiaye, Réseau des Saisonniers du Fleuve
Marc Dubreuil, Fédération des Associations Riveraines
""",
}
TITLES = {"labour": "~Labour pathways that work",
          "firewalls": "~Firewalls between clinics and enforcement"}  # fmt: skip

# fmt: off
LAYOUT_CASES = [
    (layout, type_, source, TITLES[title])
    for layout in ("hours-first", "hours-after", "quoted-numbered")
    for type_, source, title in [
        ("SPOKE_AT", "~Lena Okafor", "labour"),
        ("SPOKE_AT", "~Tomas Brandt", "labour"),
        ("SPOKE_AT", "~Omar Haddad", "firewalls"),
        ("SPOKE_AT", "~Ines Garcia", "firewalls"),
        ("ORGANIZED", "~City Mayors Network", "firewalls"),
        ("ORGANIZED", "~Harbour Workers Union", "labour"),
    ]
]
# fmt: on


@pytest.mark.parametrize(("layout", "type_", "source", "target"), LAYOUT_CASES)
def test_programme_layouts(gz: Gazetteer, layout: str, type_: str, source: str, target: str
                           ) -> None:  # fmt: skip
    ex = run(gz, DATE + "\n" + LAYOUTS[layout], DATE)
    assert found(ex, type_, source, target), [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]
    # never at the programme, nor at the other entry
    other = next(t for t in TITLES.values() if t != target)
    assert not found(ex, type_, source, "~Programme"), [(r.source, r.target) for r in ex.relations]
    assert not found(ex, type_, source, other)


def test_programme_layout_in_french(gz: Gazetteer) -> None:
    ex = run(gz, DATE + "\n" + LAYOUTS["kind-colon"], DATE)
    target = "~Protéger les travailleurs saisonniers"
    assert found(ex, "SPOKE_AT", "~Fatou Ndiaye", target)
    assert found(ex, "SPOKE_AT", "~Marc Dubreuil", target)
    assert found(ex, "ORGANIZED", "~Réseau des Saisonniers du Fleuve", target)
    assert not [e for e in ex.entities if e.type == "Event" and e.name.startswith("Programme")]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Speakers: Lena Okafor and Tomas Brandt", ["~Lena Okafor", "~Tomas Brandt"]),
        ("Ponentes: Lucía Paredes y Carlos Benítez", ["~Lucía Paredes", "~Carlos Benítez"]),
        (
            "Intervenants : Fatou Ndiaye (Réseau des Saisonniers du Fleuve) ; Marc Dubreuil "
            "(Fédération des Associations Riveraines)",
            ["~Fatou Ndiaye", "~Marc Dubreuil"],
        ),
    ],
)
def test_every_person_of_a_speakers_line(gz: Gazetteer, line: str, people: list[str]) -> None:
    text = f"{DATE}\nRegional workshop on seasonal work\nDakar, 3 March 2023\n\n{line}\n"
    ex = run(gz, text, DATE)
    for person in people:
        assert found(ex, "SPOKE_AT", person, "~Regional workshop on seasonal work"), [
            (r.type, r.source, r.target, r.method) for r in ex.relations
        ]


def test_a_title_with_its_subtitle_is_the_entry(gz: Gazetteer) -> None:
    """ "Beyond borders: labour rights in practice" over a line of when is a title, not a label
    such as "Date:" or "Venue:"; a list under a heading that only says "With:" names no
    speakers of an event named before in prose."""
    text = f"""{DATE}
Side events at the conference
Geneva, 13-14 March 2023

Beyond borders: labour rights in practice
13 March 2023, 13:15-14:45, Room 3
Venue: Palais, Room 3
Organisers: Saltmarsh Rights Network
Speakers:
Lena Okafor, Harbour Workers Union
Tomas Brandt, Saltmarsh Rights Network

Cities first: local governments and mobility
14 March 2023, 10:00-11:30
Speakers:
Omar Haddad, City Mayors Network
"""
    ex = run(gz, text, DATE)
    beyond, cities = "~Beyond borders: labour rights", "~Cities first: local governments"
    assert found(ex, "SPOKE_AT", "~Lena Okafor", beyond)
    assert found(ex, "ORGANIZED", "~Saltmarsh Rights Network", beyond)
    assert found(ex, "SPOKE_AT", "~Omar Haddad", cities)
    assert not found(ex, "SPOKE_AT", "~Omar Haddad", beyond)


@pytest.mark.parametrize("cue", ["With:", "Con:", "Avec :"])
def test_a_weak_cue_under_prose_names_no_speakers(gz: Gazetteer, cue: str) -> None:
    text = (
        f"{DATE}\nJoint message to the conference\n\nWe attended the Regional Forum on Labour "
        f"Mobility in Nairobi.\n\n{cue}\nLena Okafor, Harbour Workers Union\nTomas Brandt, "
        "Saltmarsh Rights Network\n"
    )
    ex = run(gz, text, DATE)
    assert not [r for r in ex.relations if r.type == "SPOKE_AT"], [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


@pytest.mark.parametrize(
    ("text", "title", "other"),
    [
        (
            "Regional civil society workshop on labour mobility\nNairobi, 12-13 November 2018\n\n"
            "Ahead of the Intergovernmental Conference in Marrakech, some fifty organisations met "
            "in Nairobi for a two-day workshop.\n\nSpeakers:\n- Lena Okafor, Harbour Workers Union"
            "\n- Tomas Brandt, Saltmarsh Rights Network\n",
            "~workshop on labour mobility",
            "marrakech-conference-2018",
        ),
        (
            "Segundo encuentro regional de redes de migrantes\nCiudad de Guatemala, 12 de "
            "noviembre de 2018\n\nRumbo a la Conferencia Intergubernamental de Marrakech, "
            "unas cincuenta organizaciones se reunieron en Guatemala.\n\n"
            "Participaron como ponentes:\n- Lena Okafor, Red Andina de Trabajadoras\n"
            "- Tomas Brandt, Confederación de Jornaleros del Sur\n",
            "~Segundo encuentro regional",
            "marrakech-conference-2018",
        ),
    ],
)
def test_the_title_meeting_not_one_named_below_it(
    gz: Gazetteer, text: str, title: str, other: str
) -> None:
    """A title that names its own meeting says which one its lists of speakers are at; one the
    first sentence names ("ahead of the conference in <city>") is another, and a dateline
    ("<city>, 12 de noviembre de 2018") is no event."""
    ex = run(gz, "2018-11-14\n" + text, "2018-11-14")
    for person in ("~Lena Okafor", "~Tomas Brandt"):
        assert found(ex, "SPOKE_AT", person, title), [
            (r.type, r.source, r.target, r.method) for r in ex.relations
        ]
        assert not found(ex, "SPOKE_AT", person, other)
    assert not [e for e in ex.entities if e.type == "Event" and e.name.startswith("Ciudad")]


# a meeting held at a body's premises: the body hosted it; a forecast or a negation gives nothing
VENUES = [
    (
        "fr",
        "Le séminaire « Droits des saisonniers » a eu lieu au siège de la Fédération des "
        "Associations Riveraines.",
        "~Fédération des Associations Riveraines",
        "~Droits des saisonniers",
        True,
    ),
    (
        "es",
        "El Foro Andino de Movilidad Laboral se celebró en la sede de la Confederación de "
        "Jornaleros del Sur.",
        "~Confederación de Jornaleros del Sur",
        "~Foro Andino",
        True,
    ),
    (
        "fr",
        "Le Forum régional sur la mobilité s'est tenu dans les locaux de la Fédération des "
        "Associations Riveraines.",
        "~Fédération des Associations Riveraines",
        "~Forum régional",
        True,
    ),
    (
        "es",
        "El Foro Andino de Movilidad Laboral se celebrará en la sede de la Confederación de "
        "Jornaleros del Sur.",
        "~Confederación de Jornaleros del Sur",
        "~Foro Andino",
        False,
    ),
    (
        "fr",
        "Le séminaire « Droits des saisonniers » n'a pas eu lieu au siège de la Fédération "
        "des Associations Riveraines.",
        "~Fédération des Associations Riveraines",
        "~Droits des saisonniers",
        False,
    ),
]


@pytest.mark.parametrize(("lang", "body", "source", "target", "expected"), VENUES)
def test_a_meeting_at_a_body_s_premises(
    gz: Gazetteer, lang: str, body: str, source: str, target: str, expected: bool
) -> None:
    head = {"es": "Noticias breves", "fr": "En bref"}[lang]
    ex = run(gz, f"{DATE}\n{head}\n\n{body}\n", DATE)
    assert found(ex, "HOSTED", source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


# a sentence that announces its participants after a colon lists them, at the event its
# paragraph names; a forecast or a hedge lists nobody
PROSE_LISTS = [
    (
        "The Regional Dialogue on Labour Mobility took place in Nairobi on 3 March 2021. "
        "Participants: the Harbour Workers Union, the Saltmarsh Rights Network and the Lakeside "
        "Health Federation.",
        "~Lakeside Health Federation",
        "~Regional Dialogue on Labour Mobility",
        True,
    ),
    (
        "El Encuentro Regional sobre Movilidad Laboral se celebró en Lima el 3 de marzo de 2021. "
        "Participaron: la Confederación de Jornaleros del Sur, la Red Andina de Trabajadoras y la "
        "Asociación de Pescadores del Norte.",
        "~Asociación de Pescadores del Norte",
        "~Encuentro Regional sobre Movilidad Laboral",
        True,
    ),
    (
        "The Regional Dialogue on Labour Mobility took place in Nairobi on 3 March 2021. "
        "Participants may include: the Harbour Workers Union and the Saltmarsh Rights Network.",
        "~Harbour Workers Union",
        "~Regional Dialogue on Labour Mobility",
        False,
    ),
]


@pytest.mark.parametrize(("body", "source", "target", "expected"), PROSE_LISTS)
def test_participants_listed_in_a_sentence(
    gz: Gazetteer, body: str, source: str, target: str, expected: bool
) -> None:
    ex = run(gz, f"{DATE}\nNews in brief\n\n{body}\n", DATE)
    assert found(ex, "PARTICIPATED_IN", source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


# a meeting that takes place is an event, its name as written (lower-case words and all), for
# the sentences after it; one that did not or may take place is none
MEETINGS = [
    (
        "Le Séminaire régional sur la mobilité du travail s'est tenu à Dakar le 3 mars 2021. "
        "La Fédération des Associations Riveraines y a participé.",
        "~Fédération des Associations Riveraines",
        "~Séminaire régional sur la mobilité du travail",
        True,
    ),
    (
        "El Encuentro regional de redes migrantes se celebró en Quito el 3 de mayo. La Red "
        "Andina de Trabajadoras participó en el encuentro.",
        "~Red Andina de Trabajadoras",
        "~Encuentro regional de redes migrantes",
        True,
    ),
    (
        "Le Séminaire régional sur la mobilité du travail ne s'est pas tenu à Dakar. La "
        "Fédération des Associations Riveraines y a participé.",
        "~Fédération des Associations Riveraines",
        "~Séminaire régional sur la mobilité du travail",
        False,
    ),
    (
        "Le Séminaire régional sur la mobilité du travail pourrait se tenir à Dakar. La "
        "Fédération des Associations Riveraines y a participé.",
        "~Fédération des Associations Riveraines",
        "~Séminaire régional sur la mobilité du travail",
        False,
    ),
]


@pytest.mark.parametrize(("body", "source", "target", "expected"), MEETINGS)
def test_a_meeting_that_takes_place_is_an_event(
    gz: Gazetteer, body: str, source: str, target: str, expected: bool
) -> None:
    ex = run(gz, f"{DATE}\nEn bref\n\n{body}\n", DATE)
    assert found(ex, "PARTICIPATED_IN", source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Asistieron la Confederación de Jornaleros del Sur, la Red Andina de Trabajadoras y la "
         "Asociación de Pescadores del Norte.", True),
        ("No asistieron la Confederación de Jornaleros del Sur, la Red Andina de Trabajadoras y "
         "la Asociación de Pescadores del Norte.", False),
    ],
)  # fmt: skip
def test_late_subjects_a_parser_glued_into_one_name(
    gz: Gazetteer, body: str, expected: bool
) -> None:
    """ "Asistieron A, B y C" where the parser hangs B on A's name: B and C took part too."""
    text = (
        f"{DATE}\nNoticias breves\n\nEl Encuentro Regional sobre Movilidad Laboral se celebró "
        f"en Lima el 3 de marzo de 2021. {body}\n"
    )
    ex = run(gz, text, DATE)
    event = "~Encuentro Regional sobre Movilidad Laboral"
    for org in ("~Red Andina de Trabajadoras", "~Asociación de Pescadores del Norte"):
        assert found(ex, "PARTICIPATED_IN", org, event) is expected, [
            (r.type, r.source, r.target, r.method) for r in ex.relations
        ]
