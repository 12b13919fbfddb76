"""States' decisions in lists, tables and prose that runs through states (issue 11, states'
room): a heading that says a decision in the words of the syntax lexicons ("States that have
left the compact:", "Pays qui ont quitté le pacte :"), a table's cell of a decision ("<state> |
Withdrew | <date>"), a state's line with its date in a list of decisions, "A left, as did B"
("al igual que B", "tout comme B"), "A and B are among the countries that have left", and a
verb of demand that reports a fact ("told reporters that A would not sign"). Beside each
mechanism the hedged, negated and demanded forms that must give nothing. Every text is written
for this test (EN, ES, FR). Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.structure import decision_kind
from ingest.extract.types import Extraction
from tests.extract.conftest import COMPACT_NEWS as HEAD
from tests.extract.conftest import run

PACT = "gcm-compact"
W, N = "withdrew", "will_not_join"


def decisions(ex: Extraction) -> set[tuple[str, str, str]]:
    """(relation, state id, kind) of each decision on the compact."""
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    return {
        (r.type, ids[r.source], str(r.properties.get("kind", "")))
        for r in ex.relations
        if r.type in ("WITHDREW_FROM", "DEFERRED_DECISION_ON") and ids[r.target] == PACT
    }


def dates(ex: Extraction) -> dict[str, str]:
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    return {
        ids[r.source]: str(r.properties.get("date"))
        for r in ex.relations
        if r.type == "WITHDREW_FROM"
    }


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("States that have turned away from the compact", ("WITHDREW_FROM", W)),
        ("Countries that abandoned the pact", ("WITHDREW_FROM", W)),
        ("Countries that did not adopt the compact", ("WITHDREW_FROM", N)),
        ("States that refused to join", ("WITHDREW_FROM", N)),
        ("Countries saying no", ("WITHDREW_FROM", N)),
        ("Países que se desmarcaron del pacto", ("WITHDREW_FROM", W)),
        ("Pays qui ont quitté le pacte", ("WITHDREW_FROM", W)),
        ("Pays qui ont reporté leur décision", ("DEFERRED_DECISION_ON", "")),
        ("Withdrew", ("WITHDREW_FROM", W)),
        ("Will not sign", ("WITHDREW_FROM", N)),
        ("Countries that may walk away", (None, "")),
        ("States that have not withdrawn", (None, "")),
        ("Países que podrían abandonar el pacto", (None, "")),
        ("Countries that support the pact", None),
        ("Speakers at the launch", None),
        ("Austria left the room", None),  # no noun of states: no heading of decisions
    ],
)
def test_a_heading_of_decisions_in_the_lexicons_words(
    head: str, expected: tuple[str | None, str] | None
) -> None:
    kind = decision_kind(head, whole=len(head.split()) <= 3)
    got = None if kind is None else (kind.relation, dict(kind.props).get("kind", ""))
    assert got == expected


# (language, text under the heading, the (relation, state, kind) of each decision on the pact)
CASES = [
    # a heading in the lexicons' words, its states one a line
    ("en", "States that have left the compact:\nAustria\nHungary\nPoland\n",
     {("WITHDREW_FROM", "aut", W), ("WITHDREW_FROM", "hun", W), ("WITHDREW_FROM", "pol", W)}),
    ("en", "Governments that turned their backs on the pact:\n- Chile\n- Estonia\n",
     {("WITHDREW_FROM", "chl", W), ("WITHDREW_FROM", "est", W)}),
    ("es", "Países que se desmarcaron del pacto:\n- Chile\n- Brasil\n",
     {("WITHDREW_FROM", "chl", W), ("WITHDREW_FROM", "bra", W)}),
    ("fr", "Pays qui ont claqué la porte du pacte :\n- la Hongrie\n- la Pologne\n",
     {("WITHDREW_FROM", "hun", W), ("WITHDREW_FROM", "pol", W)}),
    ("en", "Countries that may walk away from the pact:\nAustria\nHungary\n", set()),
    ("fr", "Pays qui pourraient quitter le pacte :\n- la Hongrie\n- la Pologne\n", set()),
    ("es", "Países que no se han retirado del pacto:\n- Chile\n- Brasil\n", set()),
    # "non-": the states that did not sign are no signatories
    ("en", "Non-signatory states:\nAustria\nHungary\n", set()),
    # a table's cell of a decision, dated by its row
    ("en", "Country | Position | Date\nAustria | Withdrew | 31 October 2018\n"
     "Italy | Decision postponed | 28 November 2018\nSpain | Signed | 10 December 2018\n",
     {("WITHDREW_FROM", "aut", W), ("DEFERRED_DECISION_ON", "ita", "")}),
    ("es", "País | Decisión\nChile | Se retiró\nBrasil | Podría retirarse\n",
     {("WITHDREW_FROM", "chl", W)}),
    ("fr", "Pays | Position\nHongrie | Retrait\nBelgique | Pourrait se retirer\n",
     {("WITHDREW_FROM", "hun", W)}),
    ("en", "Country | Status\nAustria | Has not withdrawn\n", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), CASES)
def test_decisions_in_lists_and_tables(
    gz: Gazetteer, lang: str, body: str, expected: set[tuple[str, str, str]]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    assert decisions(ex) == expected, decisions(ex)


def test_a_states_line_with_its_date_is_an_item_of_the_list(gz: Gazetteer) -> None:
    body = "Countries that have quit the pact:\n\nAustria (31 October 2018)\nHungary (18 July 2018)"
    ex = run(gz, HEAD["en"] + body)
    assert decisions(ex) == {("WITHDREW_FROM", "aut", W), ("WITHDREW_FROM", "hun", W)}
    assert dates(ex) == {"aut": "2018-10-31", "hun": "2018-07-18"}


PROSE = [
    # "as did B": B decided the same
    ("en", "Hungary walked away from the pact in July, as did Poland.",
     {("WITHDREW_FROM", "hun", W), ("WITHDREW_FROM", "pol", W)}),
    ("en", "Austria said it would not sign the pact, as did Estonia and Latvia.",
     {("WITHDREW_FROM", "aut", N), ("WITHDREW_FROM", "est", N), ("WITHDREW_FROM", "lva", N)}),
    ("es", "Chile se desmarcó del pacto, al igual que Brasil.",
     {("WITHDREW_FROM", "chl", W), ("WITHDREW_FROM", "bra", W)}),
    ("fr", "La Pologne ne signera pas le pacte, tout comme la Hongrie.",
     {("WITHDREW_FROM", "pol", N), ("WITHDREW_FROM", "hun", N)}),
    ("en", "Austria could abandon the pact, as could Poland.", set()),
    ("en", "Austria praised the pact, as did Poland.", set()),
    ("fr", "La Hongrie pourrait quitter le pacte, tout comme la Pologne.", set()),
    # "A and B are among the countries that have left"
    ("en", "Estonia and Latvia are among the countries that have abandoned the pact.",
     {("WITHDREW_FROM", "est", W), ("WITHDREW_FROM", "lva", W)}),
    ("en", "Among those who will not adopt the pact are Chile and Brazil.",
     {("WITHDREW_FROM", "chl", N), ("WITHDREW_FROM", "bra", N)}),
    ("es", "Chile y Brasil figuran entre los países que abandonaron el pacto.",
     {("WITHDREW_FROM", "chl", W), ("WITHDREW_FROM", "bra", W)}),
    ("fr", "La Hongrie et la Pologne sont parmi les pays qui ont quitté le pacte.",
     {("WITHDREW_FROM", "hun", W), ("WITHDREW_FROM", "pol", W)}),
    ("en", "Estonia and Latvia are among the countries that might abandon the pact.", set()),
    ("en", "Estonia and Latvia are among the countries that have endorsed the pact.", set()),
    ("fr", "La Hongrie et la Pologne sont parmi les pays qui pourraient quitter le pacte.",
     set()),
    ("fr", "La Hongrie et la Pologne font partie des pays qui ont quitté le pacte.",
     {("WITHDREW_FROM", "hun", W), ("WITHDREW_FROM", "pol", W)}),
    ("en", "Estonia and Latvia form part of the group of countries that have abandoned the pact.",
     {("WITHDREW_FROM", "est", W), ("WITHDREW_FROM", "lva", W)}),
    ("fr", "La Hongrie et la Pologne font partie des pays qui pourraient quitter le pacte.",
     set()),
    ("fr", "La Hongrie et la Pologne font partie des pays qui ont signé le pacte.", set()),
    # a verb of demand that reports a fact in a clause of its own
    ("en", "The prime minister told reporters on Monday that Estonia would not sign the pact.",
     {("WITHDREW_FROM", "est", N)}),
    ("en", "The foreign minister insisted that Poland had left the pact for good.",
     {("WITHDREW_FROM", "pol", W)}),
    ("fr", "Le ministre a insisté que la Hongrie ne signera pas le pacte.",
     {("WITHDREW_FROM", "hun", N)}),
    ("en", "Campaigners told Estonia to abandon the pact.", set()),
    ("en", "The opposition insisted that Poland abandon the pact.", set()),
    ("es", "La oposición insistió en que Chile abandone el pacto.", set()),
    ("fr", "Les ONG insistent pour que la Hongrie ne signe pas le pacte.", set()),
    # a list of states right before the verb, wherever a parser hangs it
    ("en", "In the run-up to the conference, Estonia and Latvia pulled out.",
     {("WITHDREW_FROM", "est", W), ("WITHDREW_FROM", "lva", W)}),
    ("en", "By then Chile, Brazil, Estonia, Latvia, Slovakia and Bulgaria had all pulled out.",
     {("WITHDREW_FROM", s, W) for s in ("chl", "bra", "est", "lva", "svk", "bgr")}),
    ("es", "En vísperas de la cumbre, Chile, Brasil y Estonia se habían retirado del pacto.",
     {("WITHDREW_FROM", "chl", W), ("WITHDREW_FROM", "bra", W), ("WITHDREW_FROM", "est", W)}),
    ("fr", "À la veille du sommet, la Hongrie, la Pologne et la Lettonie s'étaient retirées.",
     {("WITHDREW_FROM", "hun", W), ("WITHDREW_FROM", "pol", W), ("WITHDREW_FROM", "lva", W)}),
    ("en", "Unlike Estonia and Latvia, Slovakia pulled out.", {("WITHDREW_FROM", "svk", W)}),
    ("en", "In the run-up to the conference, Estonia and Latvia could pull out.", set()),
    ("en", "In the run-up to the conference, Estonia and Latvia did not pull out.", set()),
    # names in brackets or between dashes after a counted noun
    ("en", "Three countries (Chile, Brazil and Estonia) pulled out of the pact.",
     {("WITHDREW_FROM", "chl", W), ("WITHDREW_FROM", "bra", W), ("WITHDREW_FROM", "est", W)}),
    ("en", "Two countries \u2013 Latvia and Slovakia \u2013 said they would not sign the pact.",
     {("WITHDREW_FROM", "lva", N), ("WITHDREW_FROM", "svk", N)}),
    ("es", "Dos países (Chile y Brasil) se retiraron del pacto.",
     {("WITHDREW_FROM", "chl", W), ("WITHDREW_FROM", "bra", W)}),
    ("fr", "Deux pays (la Hongrie et la Pologne) se sont retirés du pacte.",
     {("WITHDREW_FROM", "hun", W), ("WITHDREW_FROM", "pol", W)}),
    ("en", "Three countries (Chile, Brazil and Estonia) could pull out of the pact.", set()),
    ("en", "Three countries (Chile, Brazil and Estonia) welcomed the pact.", set()),
    # a party or a parliament of a state decides for itself, not for the state
    ("en", "Estonia's largest party quit the coalition over the pact.", set()),
    ("en", "Slovakia's parliament rejected the pact.", set()),
    ("fr", "Le parlement slovaque a rejeté le pacte.", set()),
    ("en", "Slovakia's government rejected the pact.", {("WITHDREW_FROM", "svk", N)}),
    ("fr", "Le gouvernement slovaque a rejeté le pacte.", {("WITHDREW_FROM", "svk", N)}),
    ("es", "El partido gobernante de Polonia rechazó el pacto.", set()),
    ("es", "El parlamento de Eslovaquia rechazó el pacto.", set()),
    ("en", "The ruling party of Poland rejected the pact.", set()),
    ("es", "El Gobierno de Polonia rechazó el pacto.", {("WITHDREW_FROM", "pol", N)}),
    ("fr", "Le parti au pouvoir en Pologne a rejeté le pacte.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), PROSE)
def test_decisions_in_prose_that_runs_through_states(
    gz: Gazetteer, lang: str, body: str, expected: set[tuple[str, str, str]]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    assert decisions(ex) == expected, decisions(ex)
