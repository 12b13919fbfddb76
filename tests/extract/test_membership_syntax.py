"""Membership (MEMBER_OF, with the role as written) and secretariats (HOSTS_SECRETARIAT) read
by the syntax rules, in English, Spanish and French: a verb of joining or including, a member
noun with its owner ("its members include", "the members of C are A (Chair), B"), a passive, a
list; and what gives nothing: a negation, an ended membership, a hedge, someone else's demand,
a state or the members of one list taken as members of one another. The sentences are written
for this test (invented organizations, and organizations of data/reference). Needs the local
CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import ends, found

DATE = "2023-06-14\n\n"
MEM, SEC = "MEMBER_OF", "HOSTS_SECRETARIAT"


def case(
    case_id: str, text: str, type_: str, source: str, target: str, expected: bool = True,
    role: str | None = None, lang: str | None = None,
) -> object:  # fmt: skip
    return pytest.param(text, type_, source, target, expected, role, lang, id=case_id)


CASES = [
    # --- English
    case(
        "en-is-member",
        "The Quarry Workers Guild is a member of the Women in Migration Network.",
        MEM,
        "~Quarry Workers Guild",
        "wimn",
    ),
    case(
        "en-appos-member",
        "The Orchard Rights Project, a member of the Global Coalition on "
        "Migration, wrote the brief.",
        MEM,
        "~Orchard Rights Project",
        "gcm-coalition",
    ),
    case(
        "en-joined",
        "CARAM Asia joined the Women in Migration Network in 2016.",
        MEM,
        "caram-asia",
        "wimn",
    ),
    case(
        "en-its-members-include",
        "The Tidewater Alliance was set up in 2009 by lawyers. Its "
        "members include the Quarry Workers Guild, the Orchard Rights Project and WARBE.",
        MEM,
        "~Orchard Rights Project",
        "~Tidewater Alliance",
    ),
    case(
        "en-members-include-list-last",
        "The Tidewater Alliance met in May. Members include "
        "the Quarry Workers Guild, the Orchard Rights Project and WARBE.",
        MEM,
        "warbe",
        "~Tidewater Alliance",
    ),
    case(
        "en-members-are-roles",
        "The Tidewater Alliance was set up in 2009. The members of its "
        "board are the Quarry Workers Guild (Chair), the Orchard Rights Project (Treasurer) "
        "and WARBE.",
        MEM,
        "~Orchard Rights Project",
        "~Tidewater Alliance",
        role="Treasurer",
    ),
    case(
        "en-brings-together",
        "The Tidewater Alliance brings together the Quarry Workers "
        "Guild, the Orchard Rights Project and CARAM Asia.",
        MEM,
        "caram-asia",
        "~Tidewater Alliance",
    ),
    case(
        "en-secretariat-active",
        "Migrant Forum in Asia hosts the secretariat of the Women in Migration Network.",
        SEC,
        "mfa-asia",
        "wimn",
    ),
    case(
        "en-secretariat-passive",
        "The Women in Migration Network's secretariat is hosted by Migrant Forum in Asia.",
        SEC,
        "mfa-asia",
        "wimn",
    ),
    case(
        "en-network-including",
        "The Tidewater Alliance is a network of twenty groups, including the Quarry Workers "
        "Guild and WARBE.",
        MEM,
        "warbe",
        "~Tidewater Alliance",
    ),
    case(
        "en-made-up-of",
        "The Tidewater Alliance is made up of the Quarry Workers Guild and CARAM Asia.",
        MEM,
        "caram-asia",
        "~Tidewater Alliance",
    ),
    case(
        "en-one-of-founding",
        "The Orchard Rights Project is one of the founding members of the Tidewater Alliance.",
        MEM,
        "~Orchard Rights Project",
        "~Tidewater Alliance",
    ),
    # nothing
    case(
        "en-not-member",
        "The Quarry Workers Guild is not a member of the Women in Migration Network.",
        MEM,
        "~Quarry Workers Guild",
        "wimn",
        False,
    ),
    case(
        "en-left",
        "CARAM Asia left the Women in Migration Network in 2019.",
        MEM,
        "caram-asia",
        "wimn",
        False,
    ),
    case(
        "en-may-join",
        "CARAM Asia may join the Women in Migration Network next year.",
        MEM,
        "caram-asia",
        "wimn",
        False,
    ),
    case(
        "en-urged-join",
        "Donors urged CARAM Asia to join the Women in Migration Network.",
        MEM,
        "caram-asia",
        "wimn",
        False,
    ),
    case(
        "en-might-host",
        "Migrant Forum in Asia might host the secretariat of the Women in Migration Network.",
        SEC,
        "mfa-asia",
        "wimn",
        False,
    ),
    case(
        "en-forum-brings-states",
        "The Global Forum on Migration and Development brought "
        "together Mexico, Germany and the Philippines in Quito.",
        MEM,
        "mex",
        "gfmd",
        False,
    ),
    pytest.param(
        "CARAM Asia joined forces with PICUM for the campaign.",
        MEM,
        "caram-asia",
        "picum",
        False,
        None,
        None,
        id="en-joined-forces",
        # the rules read this right; the old membership family, still on for MEMBER_OF (it
        # reads held-out sentences the rules miss: engine.REPLACED_BY_DEFAULT), does not
        marks=pytest.mark.xfail(strict=True, reason="old membership family: 'joined forces'"),
    ),
    case(
        "en-network-hedged",
        "The Tidewater Alliance may become a network of groups including WARBE.",
        MEM,
        "warbe",
        "~Tidewater Alliance",
        False,
    ),
    # --- Spanish
    case(
        "es-es-miembro",
        "La Unión de Jornaleros del Valle es miembro de la Red Andina de Movilidad.",
        MEM,
        "~Unión de Jornaleros",
        "~Red Andina",
        lang="es",
    ),
    case(
        "es-adhirio",
        "El Centro Faro se adhirió a la Red Andina de Movilidad en 2018.",
        MEM,
        "~Centro Faro",
        "~Red Andina",
        lang="es",
    ),
    case(
        "es-forma-parte",
        "La Unión de Jornaleros del Valle forma parte de la Red Andina de Movilidad desde 2019.",
        MEM,
        "~Unión de Jornaleros",
        "~Red Andina",
        lang="es",
    ),
    case(
        "es-entre-miembros",
        "Entre los miembros de la Red Andina de Movilidad figuran la "
        "Unión de Jornaleros del Valle y el Centro Faro.",
        MEM,
        "~Centro Faro",
        "~Red Andina",
        lang="es",
    ),
    case(
        "es-integrantes-roles",
        "Los integrantes de la Red Andina de Movilidad son la Unión "
        "de Jornaleros del Valle (presidenta), el Centro Faro (tesorero) y la Fundación "
        "Puerta Sur.",
        MEM,
        "~Centro Faro",
        "~Red Andina",
        role="tesorero",
        lang="es",
    ),
    case(
        "es-reune",
        "La Red Andina de Movilidad reúne a la Unión de Jornaleros del Valle, el "
        "Centro Faro y la Fundación Puerta Sur.",
        MEM,
        "~Unión de Jornaleros",
        "~Red Andina",
        lang="es",
    ),
    case(
        "es-red-entre-ellas",
        "La Red Andina de Movilidad es una red de treinta organizaciones, entre ellas la Unión "
        "de Jornaleros del Valle y el Centro Faro.",
        MEM,
        "~Centro Faro",
        "~Red Andina",
        lang="es",
    ),
    case(
        "es-integrada-por",
        "La Red Andina de Movilidad está integrada por la Unión de Jornaleros del Valle y el "
        "Centro Faro.",
        MEM,
        "~Centro Faro",
        "~Red Andina",
        lang="es",
    ),
    # nothing
    case(
        "es-no-es-miembro",
        "La Fundación Puerta Sur no es miembro de la Red Andina de Movilidad.",
        MEM,
        "~Puerta Sur",
        "~Red Andina",
        False,
        lang="es",
    ),
    case(
        "es-unio-fuerzas",
        "La Unión de Jornaleros del Valle unió fuerzas con el Centro Faro para la campaña.",
        MEM,
        "~Unión de Jornaleros",
        "~Centro Faro",
        False,
        lang="es",
    ),
    case(
        "es-podria",
        "El Centro Faro podría adherirse a la Red Andina de Movilidad.",
        MEM,
        "~Centro Faro",
        "~Red Andina",
        False,
        lang="es",
    ),
    # --- French
    case(
        "fr-est-membre",
        "L'Union des Saisonniers du Rhône est membre du Collectif Alpin "
        "pour les Droits depuis 2015.",
        MEM,
        "~Union des Saisonniers",
        "~Collectif Alpin",
        lang="fr",
    ),
    case(
        "fr-a-rejoint",
        "Le Centre Phare a rejoint le Women in Migration Network en 2016.",
        MEM,
        "~Centre Phare",
        "wimn",
        lang="fr",
    ),
    case(
        "fr-fait-partie",
        "Le Centre Phare fait partie du Collectif Alpin pour les Droits.",
        MEM,
        "~Centre Phare",
        "~Collectif Alpin",
        lang="fr",
    ),
    case(
        "fr-ses-membres",
        "Le Collectif Alpin pour les Droits est présent en Savoie. Ses "
        "membres sont l'Union des Saisonniers du Rhône, le Centre Phare et la Fondation Porte "
        "Sud.",
        MEM,
        "~Centre Phare",
        "~Collectif Alpin",
        lang="fr",
    ),
    case(
        "fr-regroupe",
        "Le Collectif Alpin pour les Droits regroupe l'Union des Saisonniers "
        "du Rhône, le Centre Phare et la Fondation Porte Sud.",
        MEM,
        "~Fondation Porte Sud",
        "~Collectif Alpin",
        lang="fr",
    ),
    case(
        "fr-reseau-dont",
        "Le Collectif Alpin pour les Droits est un réseau de vingt associations, dont l'Union "
        "des Saisonniers du Rhône et le Centre Phare.",
        MEM,
        "~Centre Phare",
        "~Collectif Alpin",
        lang="fr",
    ),
    case(
        "fr-compose-de",
        "Le Collectif Alpin pour les Droits est composé de l'Union des Saisonniers du Rhône et "
        "de la Fondation Porte Sud.",
        MEM,
        "~Union des Saisonniers",
        "~Collectif Alpin",
        lang="fr",
    ),
    # nothing
    case(
        "fr-plus-membre",
        "Le Centre Phare n'est plus membre du Collectif Alpin pour les Droits.",
        MEM,
        "~Centre Phare",
        "~Collectif Alpin",
        False,
        lang="fr",
    ),
    case(
        "fr-pourrait",
        "Le Centre Phare pourrait adhérer au Collectif Alpin pour les Droits.",
        MEM,
        "~Centre Phare",
        "~Collectif Alpin",
        False,
        lang="fr",
    ),
]


@pytest.mark.parametrize(("text", "type_", "source", "target", "expected", "role", "lang"), CASES)
def test_membership(
    gz: Gazetteer, text: str, type_: str, source: str, target: str, expected: bool,
    role: str | None, lang: str | None,
) -> None:  # fmt: skip
    ex = extract_relations(DATE + text, gz, language=lang)
    assert found(ex, type_, source, target) is expected, [
        (r.type, r.source, r.target, r.method) for r in ex.relations
    ]
    if expected and role is not None:
        sources, targets = ends(ex, source), ends(ex, target)
        roles = {r.properties.get("role") for r in ex.relations
                 if r.type == type_ and r.source in sources and r.target in targets}  # fmt: skip
        assert role in roles, roles
