"""A line that opens with a network's name alone and a colon, then three bodies or more
("Collectif X : A, B - its section, C", "Coalition Y: A, B, C", "Red Z: A, B, C"): MEMBER_OF
each body -> the network (an acronym spelled out after a dash is one member). Not a heading with
a cue of its own ("Signatories: A, B, C"), not two bodies only, not a sentence before the
colon."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run


def members(gz: Gazetteer, line: str) -> set[tuple[str, str]]:
    ex = run(gz, f"2019-05-01\n\nPress release\n\n{line}\n", "2019-05-01")
    return named(ex, "MEMBER_OF", lower=False)


@pytest.mark.parametrize(
    ("line", "network", "bodies"),
    [
        (
            "Coalition for Seasonal Workers' Rights: Harbor Aid Network, Open Doors Society, "
            "Valley Farmworkers Union, Bread and Roses Collective.",
            "Coalition for Seasonal Workers' Rights",
            {
                "Harbor Aid Network",
                "Open Doors Society",
                "Valley Farmworkers Union",
                "Bread and Roses Collective",
            },
        ),
        (
            "Red por los Derechos de los Jornaleros: Asociación Tierra Libre, Colectivo Manos "
            "Unidas, Fundación Puentes, Sindicato del Valle.",
            "Red por los Derechos de los Jornaleros",
            {
                "Asociación Tierra Libre",
                "Colectivo Manos Unidas",
                "Fundación Puentes",
                "Sindicato del Valle",
            },
        ),
        (
            "Collectif pour les droits des travailleurs saisonniers : ACAR \u2013 Association "
            "citoyenne des amis du Rhin, Agir ensemble, ATM \u2013 Association des Tunisiens du "
            "Mans, Ligue des familles",
            "Collectif pour les droits des travailleurs saisonniers",
            {"ACAR", "Agir ensemble", "ATM", "Ligue des familles"},
        ),
    ],
)
def test_members_after_the_networks_name(
    gz: Gazetteer, line: str, network: str, bodies: set[str]
) -> None:
    assert members(gz, line) == {(body, network) for body in bodies}


@pytest.mark.parametrize(
    "line",
    [
        "Coalition for Seasonal Workers' Rights: Harbor Aid Network, Open Doors Society.",
        "The Coalition for Seasonal Workers' Rights said: Harbor Aid Network, Open Doors "
        "Society and Valley Farmworkers Union have left the talks.",
        "Contact: Harbor Aid Network, Open Doors Society, Valley Farmworkers Union.",
    ],
)
def test_no_members_from_other_colon_lines(gz: Gazetteer, line: str) -> None:
    assert {net for _, net in members(gz, line)} <= {"Harbor Aid Network"} and not any(
        "Coalition" in net for _, net in members(gz, line)
    )
