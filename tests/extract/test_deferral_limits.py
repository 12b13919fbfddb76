"""A state that will not act *for now* defers its decision; it does not refuse.

"Will not sign the compact for now / until parliament has voted", "no firmará el pacto por el
momento", "ne signera pas le pacte pour l'instant" are deferrals (DEFERRED_DECISION_ON), never a
WITHDREW_FROM {kind: will_not_join} from any reader (lexicon class for_now, rules `limited`);
"will not take a position before parliament has debated it" and "referred its decision to
parliament" defer as well. A list between dashes after a group word ("a number of governments
- A, B and C - have left") is the group, however long. Every text is written for this test
(EN, ES, FR). Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import COMPACT_NEWS as HEAD
from tests.extract.conftest import run, withdrawals


def deferrals(ex: Extraction) -> set[str]:
    """The states that deferred their decision on the compact."""
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    return {
        ids[r.source]
        for r in ex.relations
        if r.type == "DEFERRED_DECISION_ON" and ids[r.target] == "gcm-compact"
    }


@pytest.mark.parametrize(
    ("lang", "body", "states"),
    [
        ("en", "Chile decided not to sign the compact for now.", {"chl"}),
        (
            "en",
            "Chile and Peru will not sign the compact until their parliaments have voted.",
            {"chl", "per"},
        ),
        ("en", "Peru will not join the compact for the time being.", {"per"}),
        (
            "en",
            "Chile will not take a position on the compact before the senate has debated it.",
            {"chl"},
        ),
        (
            "en",
            "Chile and Peru have referred their decision on the compact to parliament.",
            {"chl", "per"},
        ),
        ("es", "Chile decidió no firmar el pacto por ahora.", {"chl"}),
        ("es", "Perú no firmará el pacto hasta que el Congreso vote.", {"per"}),
        ("es", "Chile no se pronunciará sobre el pacto antes de que el Senado lo debata.", {"chl"}),
        ("es", "Chile y Perú remitieron su decisión sobre el pacto al Congreso.", {"chl", "per"}),
        ("fr", "Le Chili a décidé de ne pas signer le pacte pour le moment.", {"chl"}),
        ("fr", "Le Pérou ne signera pas le pacte dans l'immédiat.", {"per"}),
        (
            "fr",
            "Le Chili ne se prononcera pas sur le pacte avant que le Sénat en ait débattu.",
            {"chl"},
        ),
        (
            "fr",
            "Le Chili et le Pérou ont renvoyé leur décision sur le pacte au Parlement.",
            {"chl", "per"},
        ),
    ],
)
def test_an_act_left_for_later_is_a_deferral_not_a_refusal(
    gz: Gazetteer, lang: str, body: str, states: set[str]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    assert deferrals(ex) == states
    assert not withdrawals(ex)


@pytest.mark.parametrize(
    ("lang", "body", "state"),
    [
        ("en", "Chile will not sign the compact, the minister said before the vote.", "chl"),
        ("en", "Chile will now not sign the compact.", "chl"),
        ("es", "Chile no firmará el pacto, dijo el ministro antes de la votación.", "chl"),
        ("fr", "Le Chili ne signera pas le pacte, a dit le ministre avant le vote.", "chl"),
    ],
)
def test_a_refusal_stays_a_refusal_when_a_time_word_is_elsewhere(
    gz: Gazetteer, lang: str, body: str, state: str
) -> None:
    """A "before" of another clause (the saying) or a plain "now" limits nothing."""
    ex = run(gz, HEAD[lang] + body)
    assert set(withdrawals(ex)) == {state}
    assert not deferrals(ex)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Chile might not sign the compact for now."),
        ("en", "Several NGOs urged Chile not to sign the compact until parliament votes."),
        ("es", "Chile podría no firmar el pacto por ahora."),
        ("fr", "Le Chili pourrait ne pas signer le pacte pour l'instant."),
    ],
)
def test_a_hedged_or_demanded_delay_is_no_fact(gz: Gazetteer, lang: str, body: str) -> None:
    ex = run(gz, HEAD[lang] + body)
    assert not deferrals(ex)
    assert not withdrawals(ex)


LONG = "Chile, Peru, Austria, Belgium, Bulgaria, Poland, Slovakia, Estonia, Latvia and Israel"


@pytest.mark.parametrize(
    ("lang", "body", "count"),
    [
        ("en", f"Sadly, a number of governments - {LONG} - have withdrawn from the compact.", 10),
        ("en", "A handful of states - Chile, Peru and Austria - have left the compact.", 3),
    ],
)
def test_a_list_between_dashes_after_a_group_word_is_the_group(
    gz: Gazetteer, lang: str, body: str, count: int
) -> None:
    assert len(withdrawals(run(gz, HEAD[lang] + body))) == count


def test_a_negated_list_between_dashes_is_no_fact(gz: Gazetteer) -> None:
    body = f"A number of governments - {LONG} - have not withdrawn from the compact."
    assert not withdrawals(run(gz, HEAD["en"] + body))


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Chile has reneged on its support for the compact."),
        ("en", "Chile has disengaged from the compact."),
    ],
)
def test_more_verbs_of_leaving(gz: Gazetteer, lang: str, body: str) -> None:
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == {"chl"}


@pytest.mark.parametrize(
    ("lang", "body", "states"),
    [
        ("en", "The government announced Chile's return to the compact.", {"chl"}),
        ("es", "El gobierno anunció el regreso de Chile al pacto.", {"chl"}),
        ("fr", "Le gouvernement a annoncé le retour du Chili dans le pacte.", {"chl"}),
        ("en", "Chile's return to the compact is expected next week.", set()),
        ("es", "Chile podría volver a adherirse al pacto.", set()),
        ("en", "Italy's return of migrants to the border was condemned.", set()),
    ],
)
def test_a_return_to_the_process_is_taking_part_again(
    gz: Gazetteer, lang: str, body: str, states: set[str]
) -> None:
    """A state's return to a process it had left ("Chile's return to the compact", lexicon
    rejoin_noun) takes part in it again; one expected or hedged does not."""
    ex = run(gz, HEAD[lang] + body)
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    got = {
        ids[r.source]
        for r in ex.relations
        if r.type == "PARTICIPATED_IN" and ids[r.target] == "gcm-compact"
    }
    assert got == states


def test_a_withdrawal_a_noun_names_as_guessed_is_no_fact(gz: Gazetteer) -> None:
    body = "Chile's withdrawal from the compact is being considered."
    assert not withdrawals(run(gz, HEAD["en"] + body))


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Chile initially said it would withdraw from the compact but later reversed it."),
        ("en", "Chile's president-elect has promised to withdraw from the compact."),
        ("en", "It would be a mistake for Chile to withdraw from the compact."),
        ("en", "It is time for Chile to leave the compact."),
        ("en", "Chile rejected claims that it would leave the compact."),
        ("es", "El presidente electo de Chile prometió retirar al país del pacto."),
        ("es", "Chile rechazó las versiones de que abandonaría el pacto."),
        ("fr", "Le président élu du Chili a promis de se retirer du pacte."),
    ],
)
def test_an_intention_since_undone_or_not_yet_held_is_no_fact(
    gz: Gazetteer, lang: str, body: str
) -> None:
    """A later clause that reverses the act (lexicon reverse_verbs), an office not yet taken
    (not_in_office), an infinitive that tells no act ("for A to leave": irrealis_marks) and a
    claim someone rejects (hearsay_nouns) give no withdrawal from any reader."""
    assert not withdrawals(run(gz, HEAD[lang] + body))


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Chile withdrew from the compact in January, the president-elect said."),
        ("en", "Chile announced that it would withdraw from the compact, and later confirmed it."),
    ],
)
def test_an_act_told_beside_such_words_is_still_read(gz: Gazetteer, lang: str, body: str) -> None:
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == {"chl"}


@pytest.mark.parametrize(
    ("lang", "body", "states"),
    [
        ("en", "The Chilean, Peruvian and Austrian governments have withdrawn from the compact.",
         {"chl", "per", "aut"}),
        ("es", "Los gobiernos chileno, peruano y austriaco se retiraron del pacto.",
         {"chl", "per", "aut"}),
        ("fr", "Les gouvernements chilien, péruvien et autrichien se sont retirés du pacte.",
         {"chl", "per", "aut"}),
        ("en", "Santiago, Lima and Vienna have all pulled out of the compact.",
         {"chl", "per", "aut"}),
        ("en", "Vienna has pulled out of the compact.", {"aut"}),
        ("en", "The Chilean and Peruvian governments may withdraw from the compact.", set()),
        ("en", "The mayor of Vienna spoke against the compact.", set()),
    ],
)  # fmt: skip
def test_states_named_by_adjectives_or_capitals_in_a_list(
    gz: Gazetteer, lang: str, body: str, states: set[str]
) -> None:
    """Each adjective of a list before or after a plural state noun is a state ("the A, B and
    C governments", "los gobiernos A y B"); each capital of a list is its state where a state
    decides, and a sentence whose only name is a capital is read at all."""
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == states


def test_a_clause_beside_keeps_its_date_to_itself(gz: Gazetteer) -> None:
    """ "A endorsed X in 2016 but later rejected the compact": 2016 is the endorsement's; a
    date before the first clause ("In 2016, A ... and ...") is both clauses'."""
    later = "Chile endorsed the New York Declaration in 2016 but later rejected the compact."
    assert withdrawals(run(gz, HEAD["en"] + later)) == {"chl": "2019-05-14"}
    both = "In July 2018, Chile criticised the text and withdrew from the compact."
    assert withdrawals(run(gz, HEAD["en"] + both)) == {"chl": "2018-07"}


def test_a_vote_on_another_text_is_not_a_vote_on_the_compact(gz: Gazetteer) -> None:
    ex = run(gz, HEAD["en"] + "Chile voted for the New York Declaration in 2016.")
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    votes = {(ids[r.source], ids[r.target]) for r in ex.relations if r.type == "VOTED"}
    assert votes == {("chl", "a-res-71-1")}


@pytest.mark.parametrize(
    ("lang", "body", "states"),
    [
        ("en", "Chile and Peru have announced they will not sign the compact, citing "
         "sovereignty concerns.", {"chl", "per"}),
        ("en", "Chile and Peru announced their decision not to sign the compact.", {"chl", "per"}),
        ("en", "The compact has been rejected by a group of countries including Chile and Peru.",
         {"chl", "per"}),
        ("en", "Chile and Peru remain outside the compact.", {"chl", "per"}),
        ("es", "Chile y Perú quedaron fuera del pacto.", {"chl", "per"}),
        ("en", "A group of countries including Chile and Peru may reject the compact.", set()),
        ("en", "Chile and Peru announced their decision not to sign the compact yet.", set()),
    ],
)  # fmt: skip
def test_more_shapes_of_a_refusal(gz: Gazetteer, lang: str, body: str, states: set[str]) -> None:
    """A clause after the object ("..., citing X": a tagger's adjective "compact" on X), a
    decision noun a parser makes the subject ("their decision not to sign"), a group noun whose
    own noun lists its members ("a group of countries including A and B")."""
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == states


@pytest.mark.parametrize(
    ("lang", "body", "states"),
    [
        ("en", "Eight countries have pulled out since July: Chile, Peru, Austria, Belgium, "
         "Bulgaria, Poland, Estonia and Latvia; Italy and Slovenia have postponed their decision.",
         {"chl", "per", "aut", "bel", "bgr", "pol", "est", "lva"}),
        ("en", "The withdrawals so far: Chile, Peru, Austria, Belgium and Poland, while Italy and "
         "Slovenia have postponed their decisions.", {"chl", "per", "aut", "bel", "pol"}),
        ("en", "Five countries have already withdrawn: Chile, Peru, Austria, Belgium and Poland.",
         {"chl", "per", "aut", "bel", "pol"}),
        ("en", "The compact has already lost the support of several governments: Chile, Peru and "
         "Austria are among those that have said they will not back it.", {"chl", "per", "aut"}),
        ("en", "Five countries may still withdraw: Chile, Peru, Austria, Belgium and Poland.",
         set()),
    ],
)  # fmt: skip
def test_a_list_after_a_colon_belongs_to_the_act_before_it(
    gz: Gazetteer, lang: str, body: str, states: set[str]
) -> None:
    """The states a colon after the act lists, up to a semicolon or "while", are its actors
    (however the parser hangs them), and no later act's; a list that is the subject of the next
    clause is that clause's."""
    assert set(withdrawals(run(gz, HEAD[lang] + body))) == states


EIGHT = "Chile, Peru, Austria, Belgium, Bulgaria, Poland, Estonia and Latvia"
EIGHT_IDS = {"chl", "per", "aut", "bel", "bgr", "pol", "est", "lva"}


@pytest.mark.parametrize(
    "body",
    [
        f"Eight more countries have since withdrawn: {EIGHT}, as Italy and Slovenia hold off.",
        f"Eight countries have withdrawn: {EIGHT}, but Italy and Slovenia have only postponed "
        "their decision.",
        f"Withdrawn so far: {EIGHT} (Italy and Slovenia have postponed).",
        f"Eight countries have withdrawn: {EIGHT}, and Italy and Slovenia may follow.",
        f"Eight countries have withdrawn: {EIGHT}, while Italy and Slovenia will put the compact "
        "to their parliaments.",
    ],
)
def test_a_list_ends_where_another_clause_begins(gz: Gazetteer, body: str) -> None:
    """A list of states after a colon ends at a word that opens another clause ("while", "but",
    "as": lexicon list_breaks), at a bracket that holds a clause, or at ", and" before more
    than names, for the rules and for the list reader alike: the states after it did not
    withdraw."""
    assert set(withdrawals(run(gz, HEAD["en"] + body))) == EIGHT_IDS


@pytest.mark.parametrize(
    ("body", "states"),
    [
        ("Chile, Peru and Austria will probably not be present at the conference.", set()),
        ("Chile, Peru and Austria sent no delegation to the conference.", {"chl", "per", "aut"}),
        ("Chile, Peru and Austria did not show up at the conference.", {"chl", "per", "aut"}),
        ("Chile, Peru and Austria sent a delegation to the conference.", set()),
    ],
)  # fmt: skip
def test_no_delegation_is_staying_away(gz: Gazetteer, body: str, states: set[str]) -> None:
    """A negative determiner on what a state sends ("sent no delegation") and "did not show up"
    decline the meeting; sending one does not."""
    head = (
        "2018-12-11\n\nThe Intergovernmental Conference to Adopt the Global Compact for Safe, "
        "Orderly and Regular Migration\n\n"
    )
    ex = run(gz, head + body)
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    got = {ids[r.source] for r in ex.relations if r.type == "DECLINED_TO_ATTEND"}
    assert got == states
