"""The names that sign a letter, in the layouts sign-on letters use: a salutation with a colon
("Dear Senator:", "Estimado Presidente:") over the body is no list heading, so the closing
formula and the names under it still sign; lines that group the names by scope ("National
Organizations", "State and Local Organizations", "Organisations nationales") are no signers;
a city and a state's code after a name ("O, Denver, CO") are no signer either; "the
organizations listed below" speak of the names under the body as "the undersigned" do. The
organizations are invented."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.text import fold
from tests.extract.conftest import ends, run

HEAD = "2019-05-20\n\nJoint letter\n\n"

CASES = [
    (
        "Dear Senator:\nWe, the undersigned organizations, urge you to protect migrant workers.\n"
        "Sincerely,\nHarbour Rights Network\nCoastal Workers Alliance\n",
        {"harbour rights network", "coastal workers alliance"},
    ),
    (
        "Dear Senator,\nWe, the undersigned organizations, urge you to protect migrant workers.\n"
        "National Organizations\nHarbour Rights Network\nCoastal Workers Alliance\n"
        "State and Local Organizations\nMigrant Voices Collective, Denver, CO\n"
        "Immigrant Legal Aid Center of Lakeside, Columbus, OH\n",
        {
            "harbour rights network",
            "coastal workers alliance",
            "migrant voices collective",
            "immigrant legal aid center of lakeside",
        },
    ),
    (
        "Dear Senator,\nWe, the 120 organizations listed below, urge you to protect migrant "
        "workers.\nHarbour Rights Network\nCoastal Workers Alliance\nMigrant Voices Collective\n",
        {"harbour rights network", "coastal workers alliance", "migrant voices collective"},
    ),
    (
        "Estimado Presidente:\nLas organizaciones abajo firmantes le pedimos proteger a las "
        "personas migrantes.\nAtentamente,\nRed Andina de Migraciones (Ecuador)\n"
        "Colectivo Voces Migrantes (Chile)\n",
        {"red andina de migraciones", "colectivo voces migrantes"},
    ),
    (
        "Estimada Presidenta:\nLas organizaciones firmantes le pedimos proteger a las personas "
        "migrantes.\nOrganizaciones nacionales\nRed Andina de Migraciones\n"
        "Organizaciones locales\nColectivo Voces Migrantes\nCasa del Migrante de Lagoverde\n",
        {
            "red andina de migraciones",
            "colectivo voces migrantes",
            "casa del migrante de lagoverde",
        },
    ),
    (
        "Monsieur le Président,\nNous, organisations signataires, vous demandons de protéger les "
        "travailleurs migrants.\nOrganisations nationales\nRéseau Solidarité Migrants\n"
        "Collectif Frontières Ouvertes\nOrganisations locales\n"
        "Association des Travailleurs Migrants de Bourg\n",
        {
            "reseau solidarite migrants",
            "collectif frontieres ouvertes",
            "association des travailleurs migrants de bourg",
        },
    ),
]


@pytest.mark.parametrize(("body", "signers"), CASES)
def test_the_names_under_a_letter_sign_it(gz: Gazetteer, body: str, signers: set[str]) -> None:
    ex = run(gz, HEAD + body, "2019-05-20")
    own = ends(ex, "document:self")
    names = {e.key: e.name.lower() for e in ex.entities}
    got = {fold(names[r.source]) for r in ex.relations if r.type == "SIGNED" and r.target in own}
    assert got == signers, (ex.relations, ex.warnings)
    assert all(r.target in own for r in ex.relations if r.type == "SIGNED")


def test_a_grouping_line_or_a_city_is_in_no_relation(gz: Gazetteer) -> None:
    ex = run(gz, HEAD + CASES[1][0], "2019-05-20")
    names = {e.key: e.name.lower() for e in ex.entities}
    linked = {names[k] for r in ex.relations for k in (r.source, r.target) if k in names}
    assert not linked & {"national organizations", "state and local organizations", "denver"}
    assert "columbus" not in linked
