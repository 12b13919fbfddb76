"""A person's or a party's stance against a process in its own words, in the three languages:
"P criticised the compact", "the party rejects the compact", "P criticó el pacto", "le député P
a fustigé le pacte", "P attacked the text of the compact" (the object's of-phrase): ADVOCATES
{stance: against} with the process itself as target. A state's own rejection is its decision
(WITHDREW_FROM), never a stance; a hedge, a negation, a demand by others or a question gives
nothing. The people and parties are invented; the compact is the gazetteer's."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import COMPACT_NEWS, run

GCM = "gcm-compact"


def stances(ex: Extraction) -> set[tuple[str, str]]:
    """(source name, stance) of each ADVOCATES relation to the compact."""
    ents = {e.key: e for e in ex.entities}
    return {
        (ents[r.source].name.lower(), str(r.properties.get("stance")))
        for r in ex.relations
        if r.type == "ADVOCATES" and ents[r.target].id == GCM
    }


# (language, sentence, the stances read)
CASES = [
    (
        "en",
        "The opposition leader Marta Vidrala criticised the Global Compact for Migration on "
        "Tuesday.",
        {("marta vidrala", "against")},
    ),
    (
        "en",
        "Interior Minister Karl Brennhof rejected the Global Compact for Migration as a threat "
        "to sovereignty.",
        {("karl brennhof", "against")},
    ),
    (
        "en",
        "The Lakeland Freedom Party attacked the text of the Global Compact for Migration.",
        {("lakeland freedom party", "against")},
    ),
    (
        "es",
        "El diputado Jorge Paredal criticó duramente el pacto migratorio de la ONU.",
        {("jorge paredal", "against")},
    ),
    (
        "es",
        "El Partido de la Patria Nueva rechaza el pacto migratorio de la ONU.",
        {("partido de la patria nueva", "against")},
    ),
    (
        "fr",
        "Le député Paul Marchelin a fustigé le pacte de Marrakech.",
        {("paul marchelin", "against")},
    ),
    (
        "fr",
        "Le Parti de la Terre Libre rejette le pacte de Marrakech.",
        {("parti de la terre libre", "against")},
    ),
    # no stance: a hedge, a negation, a demand by others, a question, a state's own decision
    ("en", "Karl Brennhof might reject the Global Compact for Migration.", set()),
    ("en", "Karl Brennhof did not criticise the Global Compact for Migration.", set()),
    ("en", "Activists urged Karl Brennhof to denounce the Global Compact for Migration.", set()),
    ("en", "Will Karl Brennhof reject the Global Compact for Migration?", set()),
    ("en", "Hungary rejected the Global Compact for Migration.", set()),
    ("es", "Jorge Paredal podría rechazar el pacto migratorio de la ONU.", set()),
    ("fr", "Paul Marchelin n'a pas critiqué le pacte de Marrakech.", set()),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_a_stance_against_the_compact(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence, "2019-05-14")
    assert stances(ex) == expected, (ex.relations, ex.warnings)
