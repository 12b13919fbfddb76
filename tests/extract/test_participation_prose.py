"""Who took part in a meeting that running prose names (EN/ES/FR): a long sentence that opens
with who took part and lists them after a colon, past what it says of the meeting ("Organisations
that took part in the Regional Workshop of X (ACR), held in C with support from O: A, B (ACR),
C and D"); a long sentence that names a meeting, then a bulleted list of organisations or of
people under it, with or without a colon ("... held its 3rd meeting of the X Working Group,
with the participation of:", "From 12 to 14 March the X was held in C with the participation
of the following persons" / "- P, director of O (ACR), and;"); a quoted panel's title and "the
discussion"; a meeting's whole name ("the 3rd meeting of the X Working Group", "l'Atelier
régional du Réseau X", "la Conférence régionale sur X"). Forms that must give nothing:
forecast, invited, negated, hedged. Every name is invented for this test. Needs the local
CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found, run

DATE = "2018-11-20"
HEAD = f"{DATE}\nRegional news\n\n"
P = "PARTICIPATED_IN"
ORGS_EN = ["Tidewater Labour Union", "Pier Women Network", "Northbank Migrant Centre",
           "Delta Farmworkers Collective"]  # fmt: skip
WORKSHOP_EN = "the Regional Workshop of the Coastal Network on Labour Migration (CN-LM)"
PEOPLE = ["María Gómez", "Juan Pérez Rivas", "Ana Lucía Torres"]
PEOPLE_LINES = (
    "\n- María Gómez, director of the Centro de Estudios Laborales (CEL ONG), and;"
    "\n- Juan Pérez Rivas, coordinator of the Red Migrante del Sur (RMS AC);"
    "\n- Ana Lucía Torres, president of the Asociación de Trabajadoras Domésticas (ATD SUR)."
)
CONSULTATION = (
    "From 12 to 14 March the Second Regional Consultation on Labour Mobility and Decent Work "
    "for Migrant Workers in the Southern Cone was held in Asunción"
)
ORG_LINES = "\n- CGTM\n- Tidewater Labour Union\n- C.A.S.A.\n- Frente 21\n- Pier Women Network"
MEETING = "The Coastal Alliance held its 3rd meeting of the Regional Working Group on Migrant Workers in Lima"  # noqa: E501

# (case, body, who took part, the meeting's words, who must not)
# fmt: off
CASES = [
    # --- a colon list after a long sentence that opens with who took part ------------------
    ("en-that-took-part-held", "Organisations that took part in " + WORKSHOP_EN[4:] + ", held "
     "in Portmoor on 3 and 4 May with support from the Ministry of Labour: the Tidewater Labour "
     "Union, the Pier Women Network (PWN), the Northbank Migrant Centre and the Delta "
     "Farmworkers Collective.", ORGS_EN, "~Regional Workshop of the Coastal Network on Labour",
     ["Ministry of Labour"]),
    ("en-which-took-part-aside", "Organisations which took part in " + WORKSHOP_EN[4:] + ", a "
     "two-day event organised by the Coastal Alliance with the support of the Harbour "
     "Foundation in Portmoor on 3 and 4 May 2018: the Tidewater Labour Union, the Pier Women "
     "Network (PWN), the Northbank Migrant Centre and the Delta Farmworkers Collective.",
     ORGS_EN, "~Regional Workshop of the Coastal Network on Labour", ["Harbour Foundation"]),
    ("en-taking-part-included", "Organisations taking part in " + WORKSHOP_EN[4:] + ", held in "
     "Portmoor, included: the Tidewater Labour Union, the Pier Women Network and the Northbank "
     "Migrant Centre.", ORGS_EN[:3], "~Regional Workshop of the Coastal Network on Labour", []),
    ("en-participating-organisations", "Participating organisations in " + WORKSHOP_EN[4:]
     + ", held in Portmoor: the Tidewater Labour Union, the Pier Women Network and the "
     "Northbank Migrant Centre.", ORGS_EN[:3], "~Regional Workshop of the Coastal Network", []),
    ("en-acronyms-in-list", "Organisations that took part in " + WORKSHOP_EN[4:] + ": the "
     "Tidewater Labour Union (TLU), FENATRAB, Frente 21 and the Pier Women Network.",
     ["Tidewater Labour Union", "FENATRAB", "Frente 21", "Pier Women Network"],
     "~Regional Workshop of the Coastal Network", []),
    ("es-que-participaron", "Organizaciones que participaron en el Encuentro Regional de la Red "
     "Costera sobre Migración Laboral (RCML), celebrado en Puerto Claro los días 3 y 4 de mayo: "
     "Red Solidaria Andina, Centro de Estudios Fronterizos (CEF), Fundación Horizonte Nuevo y "
     "Pastoral Migrante del Norte.", ["Red Solidaria Andina", "Centro de Estudios Fronterizos",
     "Fundación Horizonte Nuevo", "Pastoral Migrante del Norte"],
     "~Encuentro Regional de la Red Costera sobre Migración Laboral", []),
    ("fr-ayant-participe", "Organisations ayant participé à l'Atelier régional du Réseau "
     "sahélien sur la mobilité pastorale (RSMP), tenu à Port-Clair les 3 et 4 mai : Association "
     "Terre Nomade, Collectif des éleveurs du Sahel (CES) et Fondation Horizon Nouveau.",
     ["Association Terre Nomade", "Collectif des éleveurs du Sahel", "Fondation Horizon Nouveau"],
     "~Atelier régional du Réseau sahélien sur la mobilité pastorale", []),
    # --- a long sentence that names the meeting, then a bulleted list ------------------------
    ("en-3rd-meeting-orgs", MEETING + ", with the participation of:" + ORG_LINES,
     ["CGTM", "Tidewater Labour Union", "C.A.S.A.", "Frente 21", "Pier Women Network"],
     "~3rd meeting of the Regional Working Group on Migrant Workers", []),
    ("en-3rd-meeting-next-sentence", MEETING + " on 20 May. The following organisations "
     "attended:" + ORG_LINES, ["CGTM", "Tidewater Labour Union", "Frente 21"],
     "~3rd meeting of the Regional Working Group", []),
    ("en-people-colon", CONSULTATION + ", with the participation of:" + PEOPLE_LINES, PEOPLE,
     "~Second Regional Consultation on Labour Mobility", []),
    ("en-people-no-colon", CONSULTATION + " with the participation of the following persons"
     + PEOPLE_LINES, PEOPLE, "~Second Regional Consultation on Labour Mobility", []),
    ("en-people-attended-by", CONSULTATION + ", and was attended by:" + PEOPLE_LINES, PEOPLE,
     "~Second Regional Consultation on Labour Mobility", []),
    # --- a quoted panel in prose ------------------------------------------------------------
    ("en-quoted-panel", 'The panel discussion "Fair recruitment in the hills, rights and '
     'routes" took place in Portmoor. Representatives of CGTM, the Tidewater Labour Union and '
     "the Pier Women Network took part in the discussion.",
     ["Tidewater Labour Union", "Pier Women Network"], "~Fair recruitment in the hills", []),
    # --- short sentences: the meeting's whole name ------------------------------------------
    ("en-numbered-meeting", "The Pier Women Network attended the 3rd meeting of the Regional "
     "Working Group on Migrant Workers in Lima.", ["Pier Women Network"],
     "~3rd meeting of the Regional Working Group on Migrant Workers", []),
    ("fr-atelier-du-reseau", "L'Association Terre Nomade a pris part à l'Atelier régional du "
     "Réseau sahélien sur la mobilité pastorale (RSMP).", ["Association Terre Nomade"],
     "~Atelier régional du Réseau sahélien sur la mobilité pastorale", []),
    ("fr-conference-sur", "L'Association Terre Nomade a pris part à la Conférence régionale sur "
     "la migration de main-d'œuvre au Sahel.", ["Association Terre Nomade"],
     "~Conférence régionale sur la migration", []),
    ("fr-etait-presente", "L'Association Terre Nomade était présente au Forum régional des "
     "organisations paysannes.", ["Association Terre Nomade"],
     "~Forum régional des organisations paysannes", []),
    ("es-estuvo-presente", "La Asociación Puente Sur estuvo presente en el Encuentro Binacional "
     "de Organizaciones Migrantes.", ["Asociación Puente Sur"],
     "~Encuentro Binacional de Organizaciones Migrantes", []),
    ("en-one-of-participants", "The Pier Women Network was one of the participants in the "
     "Regional Workshop on Decent Work and Migration.", ["Pier Women Network"],
     "~Regional Workshop on Decent Work and Migration", []),
    ("es-una-de-las-participantes", "La Asociación Puente Sur fue una de las participantes "
     "del Encuentro Binacional de Organizaciones Migrantes.", ["Asociación Puente Sur"],
     "~Encuentro Binacional de Organizaciones Migrantes", []),
    ("fr-deuxieme-consultation-people", "Du 12 au 14 mars s'est tenue à Port-Clair la deuxième "
     "Consultation régionale sur la mobilité de la main-d'œuvre en Afrique de l'Ouest, à "
     "laquelle ont participé :\n• Madame Awa NDIAYE, secrétaire générale de l'Union des "
     "pêcheurs artisanaux (UPA) ;\n• Monsieur Moussa DIALLO, chargé de programme au Centre "
     "ouest-africain des droits des migrants (CODM).", ["Awa NDIAYE", "Moussa DIALLO"],
     "~deuxième Consultation régionale sur la mobilité", []),
    ("es-3a-reunion-orgs", "La Red Costera celebró su 3ª reunión del Grupo de Trabajo Regional "
     "sobre Trabajadores Migrantes en Lima, con la participación de:\n- CGTM\n- Red Solidaria "
     "Andina\n- Frente 21", ["CGTM", "Red Solidaria Andina", "Frente 21"],
     "~3ª reunión del Grupo de Trabajo Regional", []),
    ("fr-ont-pris-part-first", "Ont pris part à l'Atelier régional des organisations de la "
     "société civile d'Afrique de l'Ouest sur la migration (AROSC), tenu à Port-Clair du 3 au 5 "
     "mai avec l'appui de la Fondation du Port : Association Terre Nomade, Collectif des "
     "éleveurs du Sahel (CES) et Fondation Horizon Nouveau.", ["Association Terre Nomade",
     "Collectif des éleveurs du Sahel", "Fondation Horizon Nouveau"],
     "~Atelier régional des organisations de la société civile", ["Fondation du Port"]),
    # --- a sentence that tells a meeting was held, names right under it (no cue) -------------
    ("en-held-then-people", CONSULTATION + "." + PEOPLE_LINES, PEOPLE,
     "~Second Regional Consultation on Labour Mobility", []),
    ("en-held-3rd-meeting-then-orgs", MEETING + " on 20 May." + ORG_LINES,
     ["CGTM", "Tidewater Labour Union", "C.A.S.A.", "Frente 21"],
     "~3rd meeting of the Regional Working Group on Migrant Workers", []),
    ("es-celebro-then-orgs", "La Red Costera celebró en Lima su 3ª reunión del Grupo de Trabajo "
     "Regional sobre Trabajadores Migrantes.\n• CGTM\n• Red Solidaria Andina\n• Frente 21",
     ["CGTM", "Red Solidaria Andina"], "~3ª reunión del Grupo de Trabajo Regional", []),
    ("en-held-then-topics", MEETING + " on 20 May.\n- Fair recruitment\n- Social protection",
     [], "", ["Fair recruitment", "Social protection"]),
    ("en-held-then-conclusions", "The Regional Workshop on Labour Mobility was held in Lima. "
     "Its conclusions were:\n- Recruitment fees must be abolished and paid by employers;\n- "
     "States should ratify the domestic workers convention without delay.", [], "",
     ["Recruitment fees", "States"]),
    ("en-will-be-held-then-people", "The Second Regional Consultation on Labour Mobility will "
     "be held in Asunción next month." + PEOPLE_LINES, [], "", PEOPLE),
    # --- forms that give nothing -------------------------------------------------------------
    ("en-will-be-one-of", "The Pier Women Network will be one of the participants in the "
     "Regional Forum on Decent Work and Migration.", [], "", ["Pier Women Network"]),
    ("en-not-one-of", "The Pier Women Network was not one of the participants in the "
     "Regional Forum on Decent Work and Migration.", [], "", ["Pier Women Network"]),
    ("es-sera-una-de", "La Asociación Puente Sur será una de las participantes del Encuentro "
     "Binacional de Organizaciones Migrantes.", [], "", ["Asociación Puente Sur"]),
    ("en-will-take-part", "Organisations that will take part in " + WORKSHOP_EN[4:] + ", to be "
     "held in Portmoor on 3 and 4 May with support from the Ministry of Labour: the Tidewater "
     "Labour Union, the Pier Women Network and the Northbank Migrant Centre.", [], "",
     ORGS_EN[:3]),
    ("en-invited-to-take-part", "Organisations invited to take part in " + WORKSHOP_EN[4:]
     + ", held in Portmoor on 3 and 4 May: the Tidewater Labour Union, the Pier Women Network "
     "and the Northbank Migrant Centre.", [], "", ORGS_EN[:3]),
    ("en-did-not-take-part", "Organisations that did not take part in " + WORKSHOP_EN[4:]
     + ", held in Portmoor on 3 and 4 May: the Tidewater Labour Union, the Pier Women Network "
     "and the Northbank Migrant Centre.", [], "", ORGS_EN[:3]),
    ("en-may-take-part", "Organisations that may take part in the Regional Workshop on Labour "
     "Migration: the Tidewater Labour Union and the Pier Women Network.", [], "",
     ORGS_EN[:2]),
    ("en-will-hold-list", "The Coastal Alliance will hold its 3rd meeting of the Regional "
     "Working Group on Migrant Workers in Lima next month, with the participation of:"
     + ORG_LINES, [], "", ["CGTM", "Tidewater Labour Union", "Pier Women Network"]),
    ("fr-pourraient", "Organisations qui pourraient participer à l'Atelier régional du Réseau "
     "sahélien sur la mobilité pastorale (RSMP), prévu à Port-Clair les 3 et 4 mai : "
     "Association Terre Nomade, Collectif des éleveurs du Sahel (CES) et Fondation Horizon "
     "Nouveau.", [], "", ["Association Terre Nomade", "Fondation Horizon Nouveau"]),
    ("es-participaran", "Organizaciones que participarán en el Encuentro Regional de la Red "
     "Costera sobre Migración Laboral (RCML), que se celebrará en Puerto Claro en mayo: Red "
     "Solidaria Andina y Fundación Horizonte Nuevo.", [], "",
     ["Red Solidaria Andina", "Fundación Horizonte Nuevo"]),
    ("es-no-participo", "La Asociación Puente Sur no participó en el Encuentro Binacional de "
     "Organizaciones Migrantes.", [], "", ["Asociación Puente Sur"]),
]
# fmt: on


@pytest.mark.parametrize(("case", "body", "took_part", "event", "not_part"), CASES,
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_participation_prose(
    gz: Gazetteer, case: str, body: str, took_part: list[str], event: str, not_part: list[str]
) -> None:
    ex = run(gz, HEAD + body, DATE)
    got = [(r.type, r.source, r.target) for r in ex.relations]
    for name in took_part:
        assert found(ex, P, f"~{name}", event), (name, got)
    events = [e.key for e in ex.entities if e.type == "Event"]
    for name in not_part:
        assert not any(found(ex, P, f"~{name}", e) for e in events), (name, got)


def test_a_numbered_meeting_keeps_the_body_it_is_of(gz: Gazetteer) -> None:
    """ "the 3rd meeting of the X Working Group": the meeting's name holds the body; "the
    founding meeting of <Org>" does not (another helper's rule, unchanged)."""
    ex = run(gz, HEAD + MEETING + ".", DATE)
    names = [e.name for e in ex.entities if e.type == "Event"]
    assert "3rd meeting of the Regional Working Group on Migrant Workers" in names, names


def test_a_month_opens_no_name(gz: Gazetteer) -> None:
    """ "On 14 March the Regional Consultation on X": the consultation, not "March the ..."."""
    ex = run(gz, HEAD + "On 14 March the Regional Consultation on Labour Mobility was held.", DATE)
    names = [e.name for e in ex.entities if e.type == "Event"]
    assert "Regional Consultation on Labour Mobility" in names, names


SAID_AT = [
    ('At the panel discussion "Fair recruitment in the hills: rights, routes and the role of '
     'the TLU", held at the Harbour Centre in Portmoor, Ana Lind, director of the Pier Women '
     "Network, said that recruitment fees must end.", True),
    ('En el panel "Reclutamiento justo en los cerros: derechos y rutas", celebrado en Lima, '
     "Ana Lind, directora de la Alianza Costera, afirmó que las comisiones deben "
     "desaparecer.", True),
    ("Ana Lind, director of the Pier Women Network, said in Portmoor that recruitment fees must "
     "end.", False),
    ("Ana Lind, director of the Pier Women Network, said in a statement on Monday that "
     "recruitment fees must end.", False),
    ("Ana Lind, director of the Pier Women Network, will say at the Regional Forum on Decent "
     "Work and Migration that fees must end.", False),
]  # fmt: skip


@pytest.mark.parametrize(("body", "spoke"), SAID_AT)
def test_a_person_who_says_at_a_named_meeting_spoke_there(
    gz: Gazetteer, body: str, spoke: bool
) -> None:
    """ "At the panel discussion "X", ..., P said ...": P spoke at X; never a place, a
    statement or a forecast."""
    ex = run(gz, HEAD + body, DATE)
    events = [e.key for e in ex.entities if e.type == "Event"]
    got = [(r.type, r.source, r.target) for r in ex.relations]
    assert any(found(ex, "SPOKE_AT", "~Ana Lind", e) for e in events) is spoke, got
