"""Stances in an actor's own words (ADVOCATES {stance: for} to a Position named by the phrase as
written) through the syntax rules, in English, Spanish and French. Every sentence is written for
this test: active, with a list of actors, with "we"/"our organizations" for the text's authors,
and beside them the negated, hedged, forecast and demanded sentences that must give nothing.
Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run

HEAD = {
    "en": "2021-04-09\n\nJoint statement by Amnesty International and PICUM\n\n",
    "es": "2021-04-09\n\nDeclaración conjunta de Amnesty International y PICUM\n\n",
    "fr": "2021-04-09\n\nDéclaration commune d'Amnesty International et de PICUM\n\n",
}
PICUM = "platform for international cooperation on undocumented migrants"


def stances(ex: Extraction) -> set[tuple[str, str]]:
    """(source name, position name) of each ADVOCATES, names folded to lower case."""
    names = {e.key: e.name.lower() for e in ex.entities}
    return {
        (names[r.source], names[r.target])
        for r in ex.relations
        if r.type == "ADVOCATES" and r.properties.get("stance") == "for"
    }


# (language, sentence, the (actor, words the position's name holds) expected; empty: none)
CASES = [
    ("en", "Oxfam Novib and Amnesty International called for an end to pushbacks at sea.",
     {("amnesty international", "end to pushbacks at sea"),
      ("oxfam novib", "end to pushbacks at sea")}),
    ("en", "The Green Party of Norland rejected the plan. On Monday, it called for a referendum "
     "on the new border law.", {("green party of norland", "referendum on the new border law")}),
    ("en", "The Migrant Forum in Asia demanded the abolition of sponsorship visas.",
     {("migrant forum in asia", "abolition of sponsorship visas")}),
    ("en", "We call for safe pathways for people fleeing the floods.",
     {("amnesty international", "safe pathways for people fleeing the floods"),
      (PICUM, "safe pathways for people fleeing the floods")}),
    ("en", "Amnesty International did not call for sanctions against the port authority.", set()),
    ("en", "Amnesty International may call for sanctions against the port authority.", set()),
    ("en", "Amnesty International will call for a boycott of the summit next year.", set()),
    ("en", "The minister urged Amnesty International to call for calm in the camps.", set()),
    ("es", "La Red Jesuita con Migrantes aboga por la regularización de las personas migrantes.",
     {("red jesuita con migrantes", "regularización de las personas migrantes")}),
    ("es", "Nuestras organizaciones exigen la regularización de las trabajadoras del hogar.",
     {("amnesty international", "regularización de las trabajadoras del hogar"),
      (PICUM, "regularización de las trabajadoras del hogar")}),
    ("es", "El Partido Verde criticó el plan. El partido abogó por una consulta popular.",
     {("partido verde", "consulta popular")}),
    ("es", "Amnesty International no exige sanciones contra la autoridad portuaria.", set()),
    ("es", "Amnesty International podría exigir sanciones contra la autoridad portuaria.", set()),
    ("fr", "Amnesty International plaide pour un accueil digne des personnes exilées.",
     {("amnesty international", "accueil digne des personnes exilées")}),
    ("fr", "Mercredi, le Parti des Verts a plaidé pour un référendum sur la loi.",
     {("parti des verts", "référendum sur la loi")}),
    ("fr", "Amnesty International ne réclame pas de sanctions contre le port.", set()),
    # a pronoun or a lone word is no position
    ("en", "Amnesty International called for it again on Monday.", set()),
    ("en", "Amnesty International demanded action.", set()),
    ("fr", "Amnesty International la réclame depuis des années.", set()),
    # a phrase that is a name is no stance
    ("en", "Amnesty International demanded the Global Compact for Migration.", set()),
    ("fr", "Les syndicats ont exhorté Amnesty International à réclamer des sanctions.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_a_stance_in_the_actors_own_words(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, HEAD[lang] + sentence)
    got = stances(ex)
    for actor, words in expected:
        assert any(a == actor and words in p for a, p in got), (actor, words, got)
    if not expected:
        assert got == set()
    # every stance found is one the sentence states
    assert {a for a, _ in got} <= {a for a, _ in expected}


def test_a_known_position_is_preferred_to_the_phrase(gz: Gazetteer) -> None:
    ex = run(gz, HEAD["en"] + "We call for a firewall between immigration enforcement and "
             "public services.")  # fmt: skip
    targets = {r.target for r in ex.relations if r.type == "ADVOCATES"}
    assert targets and all(not t.startswith("candidate:") for t in targets), targets


@pytest.mark.parametrize(
    ("text", "authors", "phrase"),
    [
        (
            "2021-04-09\n\nBorders: the time to act is now\n\n"
            "Joint press release of Amnesty International and PICUM\n\n"
            "Our organizations call for safe pathways for people on the move.",
            {"amnesty international", PICUM},
            "safe pathways for people on the move",
        ),
        (
            "2021-04-09\n\nFronteras: es hora de actuar\n\n"
            "Comunicado conjunto de Amnesty International y PICUM\n\n"
            "Nuestras organizaciones abogan por vías seguras para las personas migrantes.",
            {"amnesty international", PICUM},
            "vías seguras para las personas migrantes",
        ),
        (
            "2021-04-09\n\nFrontières : il est temps d'agir\n\n"
            "Communiqué conjoint de PICUM et du CIRE\n\n"
            "Nos organisations plaident pour un accueil digne des personnes migrantes.",
            {PICUM, "cire"},
            "accueil digne des personnes migrantes",
        ),
    ],
)
def test_we_are_every_author_a_line_under_the_title_names(
    gz: Gazetteer, text: str, authors: set[str], phrase: str
) -> None:
    """The authors are named on a line of their own under a title that names none, and the
    sentence of their stance names nothing but "our organizations"."""
    found = stances(run(gz, text))
    assert {source for source, _ in found} == authors
    assert {position for _, position in found} == {phrase}
