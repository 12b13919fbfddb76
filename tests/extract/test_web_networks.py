"""Network pages as real ones are written (issue 11, session 12): a board or bureau listed as
"Title : Name - Country" lines, one paragraph each, with a dash set on the name and the member's
country after it (where the member is from, never a body of theirs); "Chair: P" under a board
(an office, not a session's chair); a governing body's own name as the list's group ("Bureau
international du X": X); a body that appoints or elects a person "as" a title ("O appointed P
as its coordinator", "O nombró a P como coordinadora", "O a nommé P comme coordinatrice"); a
body's unit named alone ("its International Secretariat", "the Executive Committee"), never a
body of its own; a name set beside the sentence's group ("In addition to A, the members
include B"), never that group. Each with what must give nothing: a hedge, a negation, a
forecast. The names and texts are written for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, found, run

DATE = "2021-03-02"
MEM = "MEMBER_OF"
AFF = "AFFILIATED_WITH"
HOST = "HOSTS_SECRETARIAT"
SPOKE = "SPOKE_AT"

EN_BOARD = (
    "Harbour Migrant Alliance\n\nBoard of Directors 2020 - 2022\n\n"
    "Chair: Ms Amara OKAFOR\u2013 Nigeria\n\nVice-Chair: Mr Tomas BRENNER \u2013 Austria\n\n"
    "Secretary: Dr Lina Haddad (Lebanon)\n"
)
FR_BOARD = (
    "Rapport du Bureau international du RÉSEAU SOLIDAIRE\n\nLors de son assemblée, le RÉSEAU "
    "SOLIDAIRE a élu son bureau.\n\nLes membres du bureau 2018 \u2013 2022\n\n"
    "Présidente : Mme Claire DUVAL\u2013 France\n\nTrésorier : M. Paul LEMOINE \u2013 Belgique\n\n"
    "Aumônier : P. Henri BAZIN \u2013 Sénégal\n\nSuppléante : Mme Awa DIOP \u2013 Mali\n"
)
ES_BOARD = (
    "Red Andina de Jornaleras\n\nJunta Directiva\n\n"
    "Presidenta: Sra. María LÓPEZ\u2013 Guatemala\n\n"
    "Tesorero: Sr. Pablo RUIZ \u2013 Honduras\n\nSecretaria: Ana Mejía (El Salvador)\n"
)
EN_NEWS = "Delta Network news\n\n"
ES_NEWS = "Noticias de la Red Costera\n\n"
FR_NEWS = "Nouvelles du Réseau Littoral\n\n"
EN_ABOUT = (
    "About the Delta Coalition\n\nThe Delta Coalition was launched in 2011 in Lagos. "
    "In addition to the Harbour Rights Foundation, the member organizations serving on the "
    "Executive Committee include the Delta Workers Union (President) and the Coastal Rights "
    "Network (Treasurer).\n"
)


FOUND = [
    case("en-board-chair", EN_BOARD, AFF, "~Amara OKAFOR", "~Harbour Migrant Alliance"),
    case("en-board-vice-chair", EN_BOARD, AFF, "~Tomas BRENNER", "~Harbour Migrant Alliance"),
    case("en-board-bracket", EN_BOARD, AFF, "~Lina Haddad", "~Harbour Migrant Alliance"),
    case("fr-bureau-presidente", FR_BOARD, AFF, "~Claire DUVAL", "~RÉSEAU SOLIDAIRE"),
    case("fr-bureau-tresorier", FR_BOARD, AFF, "~Paul LEMOINE", "~RÉSEAU SOLIDAIRE"),
    case("fr-bureau-aumonier", FR_BOARD, AFF, "~Henri BAZIN", "~RÉSEAU SOLIDAIRE"),
    case("fr-bureau-suppleante", FR_BOARD, AFF, "~Awa DIOP", "~RÉSEAU SOLIDAIRE"),
    case("es-junta-presidenta", ES_BOARD, AFF, "~María LÓPEZ", "~Red Andina de Jornaleras"),
    case("es-junta-tesorero", ES_BOARD, AFF, "~Pablo RUIZ", "~Red Andina de Jornaleras"),
    case(
        "en-appointed-as-its",
        EN_NEWS + "The Delta Network appointed Jane Okoro as its coordinator.\n",
        AFF,
        "~Jane Okoro",
        "~Delta Network",
    ),
    case(
        "en-appointed-as-bare",
        EN_NEWS + "The Delta Network appointed Jane Okoro as coordinator.\n",
        AFF,
        "~Jane Okoro",
        "~Delta Network",
    ),
    case(
        "en-elected-as-chair",
        EN_NEWS + "Delta Network members elected Jane Okoro as chair.\n",
        AFF,
        "~Jane Okoro",
        "~Delta Network",
    ),
    case(
        "es-nombro-como",
        ES_NEWS + "La Red Costera nombró a Juana Pérez como coordinadora de la red.\n",
        AFF,
        "~Juana Pérez",
        "~Red Costera",
    ),
    case(
        "es-eligio-como-su",
        ES_NEWS + "La Red Costera eligió a Juana Pérez como su presidenta.\n",
        AFF,
        "~Juana Pérez",
        "~Red Costera",
    ),
    case(
        "fr-a-nomme-comme",
        FR_NEWS + "Le Réseau Littoral a nommé Jeanne Morel comme coordinatrice.\n",
        AFF,
        "~Jeanne Morel",
        "~Réseau Littoral",
    ),
    case(
        "fr-a-elu-comme-sa",
        FR_NEWS + "Le Réseau Littoral a élu Jeanne Morel comme sa présidente.\n",
        AFF,
        "~Jeanne Morel",
        "~Réseau Littoral",
    ),
    case(
        "en-its-secretariat",
        "About the Delta Coalition\n\nThe Delta Coalition was launched in 2011, and its "
        "International Secretariat is hosted by the Harbour Rights Foundation.\n",
        HOST,
        "~Harbour Rights Foundation",
        "~Delta Coalition",
    ),
    case("en-besides-members", EN_ABOUT, MEM, "~Delta Workers Union", "~Delta Coalition"),
    case(
        "es-ademas-de",
        ES_NEWS + "Además de la Fundación Costera, los miembros de la Red Delta son el "
        "Sindicato Costero y la Unión Ribereña.\n",
        MEM,
        "~Sindicato Costero",
        "~Red Delta",
    ),
    # a bracket of names right after the group of a plural member noun
    case(
        "en-members-of-brackets",
        "Harbour Forum news\n\nSeveral diaspora collectives, members of the Harbour Forum "
        "(KTR, AMV, DLA, OFRP), joined the national committees.\n",
        MEM,
        "~DLA",
        "~Harbour Forum",
    ),
    case(
        "es-miembros-de-parentesis",
        ES_NEWS + "Varias redes, miembros de la Red Costera (KTR, AMV y DLA), participaron en "
        "los comités.\n",
        MEM,
        "~AMV",
        "~Red Costera",
    ),
    case(
        "fr-membres-du-parentheses",
        "Nouvelles du Réseau Delta\n\nPlusieurs collectifs, membres du Réseau Delta (KTR, AMV, "
        "DLA, OFRP), sont mobilisés dans les comités nationaux.\n",
        MEM,
        "~OFRP",
        "~Réseau Delta",
    ),
    # a body named after a noun for one and a word of naming
    case(
        "en-joined-coalition-called",
        "Harbour Migrant Network news\n\nThe Harbour Migrant Network campaigns for domestic "
        "workers. It has joined the region-wide coalition called United for Coastal Workers "
        "(UCW).\n",
        MEM,
        "~Harbour Migrant Network",
        "~United for Coastal Workers",
    ),
    # a programme's chair is still a session's moderator
    case(
        "en-panel-chair",
        "Programme\n\nPanel 2: Labour mobility in the delta\nChair: Amara Okafor\n"
        "Speakers: Tomas Brenner, Lina Haddad\n",
        SPOKE,
        "~Amara Okafor",
        "~Labour mobility",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), FOUND)
def test_found(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert found(ex, type_, source, target), [(r.type, r.source, r.target) for r in ex.relations]


NOTHING = [
    # a board member's country: where from, never a body of theirs
    case("en-board-country-dash", EN_BOARD, AFF, "~Amara OKAFOR", "~Nigeria"),
    case("en-board-country-bracket", EN_BOARD, AFF, "~Lina Haddad", "~Lebanon"),
    case("fr-bureau-country", FR_BOARD, AFF, "~Paul LEMOINE", "~Belgique"),
    case("es-junta-country", ES_BOARD, AFF, "~María LÓPEZ", "~Guatemala"),
    # a board's chair is no session's moderator, the board no event
    case(
        "en-board-chair-no-session",
        "Harbour Migrant Alliance\n\nBoard of Directors\nChair: Amara Okafor\n"
        "Treasurer: Tomas Brenner\n",
        SPOKE,
        "~Amara Okafor",
        "~Board of Directors",
    ),
    # a unit named alone is no body
    case(
        "en-secretariat-no-body",
        "About the Delta Coalition\n\nThe Delta Coalition was launched in 2011, and its "
        "International Secretariat is hosted by the Harbour Rights Foundation.\n",
        HOST,
        "~Harbour Rights Foundation",
        "~International Secretariat",
    ),
    case("en-committee-no-body", EN_ABOUT, MEM, "~Delta Workers Union", "~Executive Committee"),
    # a name set beside the group is not the group
    case("en-besides-not-group", EN_ABOUT, MEM, "~Delta Workers Union", "~Harbour Rights"),
    case(
        "es-ademas-not-group",
        ES_NEWS + "Además de la Fundación Costera, los miembros de la Red Delta son el "
        "Sindicato Costero y la Unión Ribereña.\n",
        MEM,
        "~Sindicato Costero",
        "~Fundación Costera",
    ),
    case(
        "fr-outre-not-group",
        FR_NEWS + "Outre la Fondation Côtière, les membres du Réseau Delta sont le Syndicat "
        "Riverain et l'Union Portuaire.\n",
        MEM,
        "~Syndicat Riverain",
        "~Fondation Côtière",
    ),
    # appointing: hedged, negated, forecast, conditional
    case(
        "en-may-appoint",
        EN_NEWS + "The Delta Network may appoint Jane Okoro as its coordinator.\n",
        AFF,
        "~Jane Okoro",
        "~Delta Network",
    ),
    case(
        "en-did-not-appoint",
        EN_NEWS + "The Delta Network did not appoint Jane Okoro as its coordinator.\n",
        AFF,
        "~Jane Okoro",
        "~Delta Network",
    ),
    case(
        "en-will-appoint",
        EN_NEWS + "The Delta Network will appoint Jane Okoro as its coordinator next month.\n",
        AFF,
        "~Jane Okoro",
        "~Delta Network",
    ),
    case(
        "es-podria-nombrar",
        ES_NEWS + "La Red Costera podría nombrar a Juana Pérez como coordinadora.\n",
        AFF,
        "~Juana Pérez",
        "~Red Costera",
    ),
    case(
        "fr-pourrait-nommer",
        FR_NEWS + "Le Réseau Littoral pourrait nommer Jeanne Morel comme coordinatrice.\n",
        AFF,
        "~Jeanne Morel",
        "~Réseau Littoral",
    ),
    # a bracket after the group that holds its own acronym, or a place: no members
    case(
        "en-members-bracket-acronym",
        "Harbour Forum news\n\nThe members of the Harbour Forum (HF) met in Lagos on Monday.\n",
        MEM,
        "~HF",
        "~Harbour Forum",
    ),
    case(
        "en-members-bracket-places",
        "Harbour Forum news\n\nThe members of the Harbour Forum (Lagos, Accra) met on Monday.\n",
        MEM,
        "~Accra",
        "~Harbour Forum",
    ),
    case(
        "en-may-join-coalition-called",
        "Harbour Migrant Network news\n\nThe Harbour Migrant Network may join the coalition "
        "called United for Coastal Workers.\n",
        MEM,
        "~Harbour Migrant Network",
        "~United for Coastal Workers",
    ),
    case(
        "en-called-on-no-name",
        "Harbour Migrant Network news\n\nThe Harbour Migrant Network called on the Coastal "
        "Workers Coalition to act.\n",
        MEM,
        "~Harbour Migrant Network",
        "~Coastal Workers Coalition",
    ),
    # the appointing body is not the appointee
    case(
        "en-appointer-not-member",
        EN_NEWS + "The Delta Network appointed Jane Okoro as coordinator.\n",
        AFF,
        "~Delta Network",
        "~Delta Network",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), NOTHING)
def test_nothing(gz: Gazetteer, text: str, type_: str, source: str, target: str) -> None:
    ex = run(gz, text, DATE)
    assert not found(ex, type_, source, target), [(r.type, r.source, r.target)
                                                   for r in ex.relations]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (EN_BOARD, "Tomas BRENNER", "Vice-Chair"),
        (FR_BOARD, "Claire DUVAL", "Présidente"),
        (ES_BOARD, "Pablo RUIZ", "Tesorero"),
    ],
)
def test_board_roles(gz: Gazetteer, text: str, person: str, role: str) -> None:
    """The office before the colon is the member's role on the group."""
    ex = run(gz, text, DATE)
    names = {e.key: e.name for e in ex.entities}
    roles = [r.properties.get("role") for r in ex.relations
             if r.type == AFF and names.get(r.source) == person]  # fmt: skip
    assert role in roles, roles
