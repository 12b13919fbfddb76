"""A meeting named by its quoted title after its kind ("a side event on "X"", "une table ronde
intitulée « X »", 'el Foro Regional "X"'): the meeting is X, for who organised it and who
spoke there; the kind's words ("side event", "table ronde", "Foro Regional") name no meeting
and no body of their own. Every name is invented for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import case, run


@pytest.mark.parametrize(
    ("text", "title"),
    [
        case("en-on", "Side event on firewalls\n\nOn the margins of the conference, the Urban "
             "Migration Lab co-organised a side event on \"Firewalls: Safe Access to Services\" "
             "on 10 December.", "Firewalls: Safe Access to Services"),
        case("fr-intitulee", "Une table ronde sur la libre circulation\n\nLa Plateforme "
             "Solidarité Migrants du Sahel a organisé dimanche une table ronde intitulée « Libre "
             "circulation : promesse ou mirage ? ». Le débat était animé par la journaliste Nadia "
             "Bekkali.", "Libre circulation : promesse ou mirage ?"),
        case("es-kind-before", "Foro regional en la frontera\n\nSe llevó a cabo el 19 de "
             "noviembre el Foro Regional \"Fronteras que Cuidan\", organizado por la Red de "
             "Acompañamiento al Caminante. La inauguración estuvo a cargo de Leticia Arriaga, "
             "directora de la Casa del Viajero.", "Fronteras que Cuidan"),
    ],
)  # fmt: skip
def test_the_quoted_title_is_the_meeting(gz: Gazetteer, text: str, title: str) -> None:
    ex = run(gz, "2018-12-11\n\n" + text + "\n", "2018-12-11")
    names = {e.key: e.name for e in ex.entities}
    targets = {
        names[r.target] for r in ex.relations if r.type in ("ORGANIZED", "SPOKE_AT", "MODERATED")
    }
    assert targets == {title}, ex.relations
    kinds = ("side event", "table ronde", "foro regional")
    assert not [n for n in names.values() if n.lower() in kinds], names
