"""Stances against a thing in an actor's own words (ADVOCATES {stance: against}): "rejects X",
"se opone a X", "s'oppose à X", "milite contre X", to a Position named by the phrase as written,
or to the process a text is about when the phrase is that process's own noun ("the party
rejected the pact"). A state, or a capital that speaks for one, takes no stance here (its
rejection is a decision: WITHDREW_FROM). Every sentence is written for this test; beside them
the negated, hedged, conditional, questioned and demanded ones that must give nothing. Needs
the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import COMPACT_NEWS, run

GCM = "global compact for safe, orderly and regular migration"


def stances(ex: Extraction, stance: str) -> set[tuple[str, str]]:
    """(source name, target name) of each ADVOCATES of that stance, folded to lower case."""
    names = {e.key: e.name.lower() for e in ex.entities}
    return {
        (names[r.source], names[r.target])
        for r in ex.relations
        if r.type == "ADVOCATES" and r.properties.get("stance") == stance
    }


# (language, sentence, the (actor, words the target's name holds) expected; empty: none)
AGAINST = [
    ("en", "The Harbour Alliance rejects the new asylum pact.",
     {("harbour alliance", "new asylum pact")}),
    ("en", "The Harbour Alliance and the Lumen Network denounced the closure of the shelters.",
     {("harbour alliance", "closure of the shelters"),
      ("lumen network", "closure of the shelters")}),
    ("en", "The Lumen Network condemned the arrest of two volunteers in the port.",
     {("lumen network", "arrest of two volunteers")}),
    ("en", "The Progress Party opposes the Global Compact for Migration.",
     {("progress party", GCM)}),
    ("en", "The Progress Party held its congress on Saturday. It rejected the pact.",
     {("progress party", GCM)}),
    ("en", "The Progress Party has rejected the pact, its leader said.", {("progress party", GCM)}),
    ("es", "La Red Andina se opone a la militarización de las fronteras.",
     {("red andina", "militarización de las fronteras")}),
    ("es", "La Red Andina y la Alianza Costera condenaron el cierre de los albergues.",
     {("red andina", "cierre de los albergues"), ("alianza costera", "cierre de los albergues")}),
    ("es", "El Partido del Progreso rechazó el pacto.", {("partido del progreso", GCM)}),
    ("fr", "Le Réseau Lumen s'oppose à l'externalisation des frontières.",
     {("réseau lumen", "externalisation des frontières")}),
    ("fr", "Le Réseau Lumen a milité contre la fermeture des frontières.",
     {("réseau lumen", "fermeture des frontières")}),
    # a parser that hangs "des centres" on the verb or as an apposition: the phrase goes on
    ("fr", "Le Réseau Lumen et l'Alliance Harbour ont dénoncé la fermeture des centres d'accueil.",
     {("réseau lumen", "fermeture des centres d'accueil"),
      ("alliance harbour", "fermeture des centres d'accueil")}),
    ("fr", "Le Parti du progrès a rejeté le pacte.", {("parti du progrès", GCM)}),
    # the noun of a campaign one leads ("a parser may hang its "against" on the verb)
    ("en", "The Progress Party has led the campaign against the pact since September.",
     {("progress party", GCM)}),
    ("en", "The Lumen Network leads the fight against the detention of children.",
     {("lumen network", "detention of children")}),
    ("es", "El Partido del Progreso encabeza la campaña contra el pacto desde septiembre.",
     {("partido del progreso", GCM)}),
    ("fr", "Le Parti du progrès, qui mène la fronde contre le pacte depuis septembre, salue ce "
     "revirement.", {("parti du progrès", GCM)}),
    ("en", "The Progress Party may lead the campaign against the pact.", set()),
    # negated, hedged, conditional, questioned, demanded by others: nothing
    ("en", "The Progress Party does not oppose the Global Compact for Migration.", set()),
    ("en", "The Progress Party may reject the pact.", set()),
    ("en", "If elected, the Progress Party would reject the pact.", set()),
    ("en", "Will the Progress Party reject the pact?", set()),
    ("en", "Several NGOs urged the Progress Party to reject the pact.", set()),
    ("es", "El Partido del Progreso no rechazó el pacto.", set()),
    ("es", "El Partido del Progreso podría rechazar el pacto.", set()),
    ("fr", "Le Parti du progrès ne rejette pas le pacte.", set()),
    ("fr", "Le Parti du progrès pourrait rejeter le pacte.", set()),
    # a state's or a capital's rejection is a decision, no stance
    ("en", "Hungary rejects the Global Compact for Migration.", set()),
    ("en", "Warsaw rejects the pact.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "expected"), AGAINST)
def test_a_stance_against_in_the_actors_own_words(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, COMPACT_NEWS[lang] + sentence)
    got = stances(ex, "against")
    for actor, words in expected:
        assert any(a == actor and words in t for a, t in got), (actor, words, got)
    assert {a for a, _ in got} == {a for a, _ in expected}
    assert stances(ex, "for") == set()  # never read the other way round


def test_a_demand_names_a_change_never_the_process(gz: Gazetteer) -> None:
    """ "calls for the pact": no stance for the process itself (a demand names a change)."""
    ex = run(
        gz, COMPACT_NEWS["en"] + "The Progress Party demanded the Global Compact for Migration."
    )
    assert stances(ex, "for") == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le Parti du progrès a tenu son congrès samedi. Mercredi, il a plaidé pour la "
         "fermeture des centres de rétention.",
         ("parti du progrès", "fermeture des centres de rétention")),
        ("es", "La Red Andina aboga por el cierre de los centros de detención.",
         ("red andina", "cierre de los centros de detención")),
        ("en", "The Lumen Network held its congress in May. On Wednesday it called for the "
         "closure of detention centres.", ("lumen network", "closure of detention centres")),
    ],
)  # fmt: skip
def test_a_stance_for_keeps_its_of_phrase(
    gz: Gazetteer, lang: str, text: str, expected: tuple[str, str]
) -> None:
    got = stances(run(gz, "2021-04-09\n\n" + text), "for")
    assert got == {expected}


def test_a_speakers_pronoun_is_no_bodys_stance(gz: Gazetteer) -> None:
    """ "P a dressé un état des lieux, dont elle a dénoncé ...": "elle" is P, a speaker, whose
    words are no body's stance (never the body named in the sentence before)."""
    text = (
        "La présidente du Réseau Lumen a remercié les participants. Ancienne directrice de "
        "l'Office des migrations, Ana Lind a dressé un état des lieux des droits des migrants, "
        "dont elle a dénoncé la violation systématique."
    )
    assert stances(run(gz, COMPACT_NEWS["fr"] + text), "against") == set()
