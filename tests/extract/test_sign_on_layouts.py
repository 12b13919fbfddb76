"""Sign-on layouts: a text whose signers speak of themselves ("We, the undersigned
organisations", "Las organizaciones abajo firmantes", "Les organisations soussignées") and ends
on lines "Body (Country)", names with no keyword of a body's name among them; a heading of
organisational sign-ons or of signatures ("Signatures", "Firmas:") over the lines. One SIGNED
per line to the text itself. Not a text that does not speak as its signers, where the lines
are only related reading."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import ends, run


def signers(gz: Gazetteer, text: str) -> set[str]:
    ex = run(gz, text, "2019-05-01")
    ents = {e.key: e for e in ex.entities}
    own = ends(ex, "document:self")
    return {ents[r.source].name for r in ex.relations if r.type == "SIGNED" and r.target in own}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "2019-05-01\n\nJoint statement on the detention of children\n\nWe, the undersigned "
            "organisations, call for an end to the detention of children.\n\nHarbour Aid "
            "(Ireland)\nOpen Welcome Trust (Malta)\nLakeside Voices in Exile (Greece)\n",
            {"Harbour Aid", "Open Welcome Trust", "Lakeside Voices in Exile"},
        ),
        (
            "2019-05-01\n\nDeclaración conjunta sobre la detención de niños\n\nLas "
            "organizaciones abajo firmantes exigimos el fin de la detención de niños.\n\n"
            "Asociación Tierra Libre (México)\nManos Abiertas (Guatemala)\nFrontera Viva "
            "(Honduras)\n",
            {"Asociación Tierra Libre", "Manos Abiertas", "Frontera Viva"},
        ),
        (
            "2019-05-01\n\nDéclaration commune sur la rétention des enfants\n\nLes organisations "
            "soussignées demandent la fin de la rétention des enfants.\n\nHorizon Ouvert "
            "(France)\nPasserelles Solidaires (Belgique)\nMaison Nomade (Suisse)\n",
            {"Horizon Ouvert", "Passerelles Solidaires", "Maison Nomade"},
        ),
        (
            "2019-05-01\n\nJoint statement on the detention of children\n\nWe call for an end to "
            "the detention of children.\n\nOrganizational Sign-Ons\n\nHarbour Aid\nOpen Welcome "
            "Trust\nCoastal Friends Network\n",
            {"Harbour Aid", "Open Welcome Trust", "Coastal Friends Network"},
        ),
        (
            "2019-05-01\n\nJoint statement on the detention of children\n\nWe call for an end to "
            "the detention of children.\n\nSignatures\n\nHarbour Aid\nOpen Welcome Trust\n"
            "Coastal Friends Network\n",
            {"Harbour Aid", "Open Welcome Trust", "Coastal Friends Network"},
        ),
        (
            "2019-05-01\n\nDeclaración conjunta\n\nExigimos el fin de la detención de niños.\n\n"
            "Firmas:\n\nAsociación Tierra Libre\nColectivo Manos Unidas\nFundación Puentes\n",
            {"Asociación Tierra Libre", "Colectivo Manos Unidas", "Fundación Puentes"},
        ),
    ],
)
def test_signers_of_the_text(gz: Gazetteer, text: str, names: set[str]) -> None:
    assert signers(gz, text) == names


def test_no_signers_where_the_text_does_not_speak_as_them(gz: Gazetteer) -> None:
    text = (
        "2019-05-01\n\nDetention of children rises again\n\nThe number of children held in "
        "detention rose again last year, the ministry said.\n\nHarbour Aid (Ireland)\nOpen "
        "Welcome Trust (Malta)\nLakeside Voices in Exile (Greece)\n"
    )
    assert signers(gz, text) == set()
