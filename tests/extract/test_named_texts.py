"""A report that says an actor signed or endorsed a text it names: the act goes to the named text
(a new Document named as written when no list knows it), not to the report; and an act someone
else asks for ("urged A to endorse") is no fact for any reader of the sentence. Every sentence
is written for this test, in English, Spanish and French. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run

HEAD = {
    "en": "2022-03-02\n\nPress release: shelters welcome new support\n\n",
    "es": "2022-03-02\n\nComunicado de prensa: los albergues reciben nuevos apoyos\n\n",
    "fr": "2022-03-02\n\nCommuniqué de presse : les foyers accueillent de nouveaux soutiens\n\n",
}


def acts(ex: Extraction) -> set[tuple[str, str, str]]:
    """(type, source id or key, target name) of each SIGNED or ENDORSED, the text itself as
    'self'."""
    names = {e.key: e.name for e in ex.entities}
    own = {d.id for d in ex.documents}
    return {
        (r.type, r.source, "self" if r.target in own else names.get(r.target, r.target))
        for r in ex.relations
        if r.type in ("SIGNED", "ENDORSED")
    }


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "PICUM has endorsed the Joint Statement on Safe Harbours, which a group of "
         "shelters published last week.",
         {("ENDORSED", "picum", "Joint Statement on Safe Harbours")}),
        ("es", "Ayer PICUM respaldó la Declaración de Quito sobre Movilidad Humana, presentada "
         "por las redes de la región.",
         {("ENDORSED", "picum", "Declaración de Quito sobre Movilidad Humana")}),
        ("fr", "PICUM a signé hier la Charte de Lisbonne pour la protection des enfants, rédigée "
         "par plusieurs associations.",
         {("SIGNED", "picum", "Charte de Lisbonne pour la protection des enfants")}),
    ],
)  # fmt: skip
def test_an_act_on_a_named_text_goes_to_that_text_not_to_the_report(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert acts(run(gz, HEAD[lang] + sentence)) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Several donors urged PICUM to endorse the statement before the summit."),
        ("es", "Varios donantes pidieron a PICUM que firmara la declaración antes de la cumbre."),
        ("fr", "Plusieurs bailleurs ont exhorté PICUM à signer la déclaration avant le sommet."),
    ],
)
def test_an_act_others_ask_for_is_no_fact_for_any_reader(
    gz: Gazetteer, lang: str, sentence: str
) -> None:
    assert acts(run(gz, HEAD[lang] + sentence)) == set()
