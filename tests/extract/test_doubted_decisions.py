"""A state's decision that a text denies, rumours, imagines or asks of it is no fact, whichever
reader finds it: a verb of denial ("denied that it would leave", "desmintió que", "a démenti
que") or a noun of hearsay ("rumours that A had left", "el rumor de que", "les rumeurs selon
lesquelles") over the act (lexicon deny_verbs, hearsay_nouns); a past modal with a perfect
("would have left"); a demand whose addressee the rules cannot place ("instaron a A a
retirarse"). A verb with its pronoun written onto it ("retirarse", "sumándose") is the verb
(lexicon enclitic_suffixes), so the rules read such sentences at all. Beside them, the plain
facts that must still be read. Every text is written for this test (EN, ES, FR). Needs the
local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.frames import lexicon
from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import COMPACT_NEWS as HEAD
from tests.extract.conftest import run, withdrawals


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("retirarse", "retirar"),
        ("desvincularse", "desvincular"),
        ("adherirnos", "adherir"),
        ("abstenerse", "abstener"),
        ("firmarlo", "firmar"),
        ("clase", "clase"),  # no verb's ending left: a word of its own
        ("base", "base"),
    ],
)
def test_a_pronoun_written_onto_a_verb_leaves_the_verb(word: str, lemma: str) -> None:
    lex = lexicon("es")
    assert lex is not None
    assert lex.lemma(word) == lemma


def test_a_language_without_such_pronouns_keeps_its_lemmas() -> None:
    lex = lexicon("fr")
    assert lex is not None
    assert lex.lemma("classe") == "classe"
    assert "enclitic_suffixes" not in lex.suffixes


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Chile denied that it would leave the compact."),
        ("en", "Rumours that Belgium had withdrawn from the compact were dismissed on Monday."),
        ("en", "Had the coalition held, Belgium would have withdrawn from the compact."),
        ("en", "Belgium could have withdrawn from the compact."),
        ("es", "El Gobierno desmintió que Chile fuera a abandonar el pacto."),
        ("es", "Circulan rumores de que Bélgica se ha retirado del pacto."),
        ("es", "Varias asociaciones instaron a Chile a retirarse del pacto."),
        ("es", "Chile no descarta retirarse del pacto."),
        ("fr", "Le gouvernement a démenti que la Belgique allait quitter le pacte."),
        ("fr", "Les rumeurs selon lesquelles le Chili avait quitté le pacte ont été démenties."),
        ("fr", "Le Chili n'exclut pas de se retirer du pacte."),
    ],
)
def test_a_denied_rumoured_imagined_or_demanded_decision_is_no_fact(
    gz: Gazetteer, lang: str, body: str
) -> None:
    assert not withdrawals(run(gz, HEAD[lang] + body))


@pytest.mark.parametrize(
    ("lang", "body", "state"),
    [
        ("en", "Chile confirmed that it would leave the compact.", "chl"),
        ("en", "Belgium has withdrawn from the compact.", "bel"),
        ("es", "Chile decidió desvincularse del pacto en enero.", "chl"),
        ("es", "El Gobierno confirmó que Chile se retirará del pacto.", "chl"),
        ("fr", "Le gouvernement a confirmé que le Chili quitterait le pacte.", "chl"),
    ],
)
def test_a_plain_or_confirmed_decision_is_read(
    gz: Gazetteer, lang: str, body: str, state: str
) -> None:
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == {state}


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Chile's decision to withdraw from the compact was overturned by parliament."),
        ("en", "Chile backtracked on its withdrawal from the compact."),
        ("en", "There is no question of Chile leaving the compact, the minister said."),
        ("es", "La decisión de Chile de retirarse del pacto fue revocada por el parlamento."),
        ("fr", "La décision du Chili de se retirer du pacte a été annulée par le parlement."),
        ("fr", "Le Chili est revenu sur son retrait du pacte."),
    ],
)
def test_an_undone_or_ruled_out_decision_is_no_fact(gz: Gazetteer, lang: str, body: str) -> None:
    """An act undone over the trigger (lexicon reverse_verbs) or a noun of it with a negation
    ("no question of A leaving") is no fact."""
    assert not withdrawals(run(gz, HEAD[lang] + body))
