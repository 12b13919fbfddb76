"""States' decisions in the wordings of news and governments, by mechanism (issue 11, states'
room): a decision's object or from-oblique that names something else is no decision on the
process in focus ("withdrew its ambassador", "se retiró del Acuerdo de París"), a capital
stands for its state ("Prague said it would not sign"), "B followed suit" repeats the decision
told just before, a counted subject's names after a colon ("three countries left the pact: A, B
and C"), "will not be bound by", a headline is no meeting a state declines, and a deferral of
the signature is still a deferral. Every sentence is written for this test (EN, ES, FR); beside
each mechanism the negated, hedged, forecast or demanded ones that must give nothing. Needs the
local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import COMPACT_NEWS as HEAD
from tests.extract.conftest import run

PACT = "gcm-compact"
MARRAKECH = "marrakech-conference-2018"
W, N = "withdrew", "will_not_join"


def found(ex: Extraction, type_: str) -> set[tuple[str, str]]:
    """(state id, target id) of each relation of a type."""
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    return {(ids[r.source], ids[r.target]) for r in ex.relations if r.type == type_}


def withdrawals(ex: Extraction) -> set[tuple[str, str, str]]:
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    return {
        (ids[r.source], ids[r.target], str(r.properties.get("kind")))
        for r in ex.relations
        if r.type == "WITHDREW_FROM"
    }


# (language, text under the heading, the (state, kind) of each WITHDREW_FROM from the compact)
CASES = [
    # an object or from-oblique that names something else: not the process in focus
    ("en", "Italy withdrew its ambassador from France on Monday.", set()),
    ("en", "The United States withdrew from the Paris climate agreement.", set()),
    ("en", "The United States withdrew from the UN Human Rights Council.", set()),
    ("en", "Poland left the room during the debate.", set()),
    ("es", "Chile retiró a su embajador de Venezuela.", set()),
    ("es", "Chile se retiró del Acuerdo de París en marzo.", set()),
    ("fr", "Les États-Unis se sont retirés de l'accord de Paris.", set()),
    ("fr", "La France a retiré son ambassadeur d'Italie.", set()),
    # ... while the act's own nouns, the process's own words and its body leave it in focus
    ("en", "Switzerland withdrew its support for the pact.", {("che", W)}),
    ("en", "Switzerland withdrew its support.", {("che", W)}),
    ("en", "Warsaw's ally Poland rejected the UN migration pact.", {("pol", N)}),
    ("es", "Chile se retiró del pacto migratorio de la ONU.", {("chl", W)}),
    ("fr", "La Hongrie se retire du pacte de Marrakech.", {("hun", W)}),
    ("en", "The pact was adopted despite the withdrawal of Chile, Austria and Hungary.",
     {("chl", W), ("aut", W), ("hun", W)}),
    # a capital stands for its state (data/reference/demonyms.csv)
    ("en", "Prague said on Wednesday that it would not sign the Global Compact for Migration.",
     {("cze", N)}),
    ("en", "The government in Rome said it would not sign the Global Compact for Migration.",
     {("ita", N)}),
    ("en", "Vienna will not sign the Global Compact for Migration, the chancellor said.",
     {("aut", N)}),
    ("es", "Santiago no firmará el Pacto Mundial para la Migración, dijo el canciller.",
     {("chl", N)}),
    ("fr", "Prague ne signera pas le Pacte de Marrakech, a dit le Premier ministre.",
     {("cze", N)}),
    ("fr", "Varsovie pourrait se retirer du Pacte de Marrakech.", set()),
    ("en", "Vienna may reject the Global Compact for Migration.", set()),
    ("en", "Delegates met in Vienna and rejected a proposal on the Global Compact for Migration.",
     set()),
    # "B followed suit": the decision told just before in the paragraph
    ("en", "Austria left the pact in October. Hungary and Poland followed suit.",
     {("aut", W), ("hun", W), ("pol", W)}),
    ("en", "Austria said it would not sign the pact. Estonia did the same on Tuesday.",
     {("aut", N), ("est", N)}),
    ("es", "Austria abandonó el pacto en octubre. Hungría y Polonia siguieron su ejemplo.",
     {("aut", W), ("hun", W), ("pol", W)}),
    ("fr", "L'Autriche a quitté le pacte en octobre. La Hongrie et la Pologne lui ont emboîté "
     "le pas.", {("aut", W), ("hun", W), ("pol", W)}),
    ("en", "Austria left the pact in October. Poland may follow suit.", {("aut", W)}),
    ("en", "Austria left the pact in October. Poland did not follow suit.", {("aut", W)}),
    ("en", "Austria left the pact in October. Poland followed the debate closely.", {("aut", W)}),
    ("es", "Austria abandonó el pacto en octubre. Hungría podría seguir su ejemplo.",
     {("aut", W)}),
    ("en", "The pact was adopted in Marrakech. Hungary and Poland followed suit.", set()),
    # a counted subject's names after a colon
    ("en", "Three countries have rejected the pact: Austria, Hungary and Poland.",
     {("aut", W), ("hun", W), ("pol", W)}),
    ("en", "The pact was rejected by several countries: Austria, Hungary and Poland.",
     {("aut", W), ("hun", W), ("pol", W)}),
    ("es", "Tres países rechazaron el pacto: Austria, Hungría y Polonia.",
     {("aut", W), ("hun", W), ("pol", W)}),
    ("es", "Varios países no firmarán el pacto: Chile, Hungría y Polonia.",
     {("chl", N), ("hun", N), ("pol", N)}),
    ("fr", "Trois pays ont rejeté le pacte : l'Autriche, la Hongrie et la Pologne.",
     {("aut", W), ("hun", W), ("pol", W)}),
    ("en", "Three countries could reject the pact: Austria, Hungary and Poland.", set()),
    ("en", "Three countries have not rejected the pact: Austria, Hungary and Poland.", set()),
    ("en", "Three countries debated the pact: Austria, Hungary and Poland.", set()),
    ("fr", "Trois pays devraient rejeter le pacte : l'Autriche, la Hongrie et la Pologne.",
     set()),
    # "will not be bound by"
    ("en", "Lithuania said it would not be bound by the Global Compact for Migration.",
     {("ltu", N)}),
    ("fr", "La Hongrie ne sera pas liée par le pacte.", {("hun", N)}),
    ("en", "Lithuania will be bound by the pact.", set()),
    ("en", "Lithuania might not be bound by the pact.", set()),
    ("en", "NGOs urged Lithuania not to be bound by the pact.", set()),
    ("fr", "La Hongrie n'est pas liée à ce débat.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), CASES)
def test_a_states_decision_by_mechanism(
    gz: Gazetteer, lang: str, body: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    got = withdrawals(ex)
    assert {(s, k) for s, t, k in got if t == PACT} == expected, got
    assert all(t == PACT for _, t, _ in got), got


# (language, text, the states expected to decline the Marrakech conference)
DECLINED = [
    ("en", "Austria will not attend the Marrakech conference. Hungary followed suit.",
     {"aut", "hun"}),
    ("fr", "L'Autriche ne participera pas à la conférence de Marrakech. La Hongrie lui a emboîté "
     "le pas.", {"aut", "hun"}),
    ("fr", "Plusieurs pays ne participeront pas à la conférence de Marrakech : l'Autriche, la "
     "Hongrie et l'Italie.", {"aut", "hun", "ita"}),
    ("en", "Canberra will stay away from the Marrakech conference.", {"aus"}),
    ("en", "Austria will not attend the Marrakech conference. Hungary may follow suit.",
     {"aut"}),
    ("es", "Austria no asistirá a la conferencia de Marrakech. Hungría podría seguir su ejemplo.",
     {"aut"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), DECLINED)
def test_declining_the_conference_by_mechanism(
    gz: Gazetteer, lang: str, body: str, expected: set[str]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    got = found(ex, "DECLINED_TO_ATTEND")
    assert {s for s, t in got} == expected, got
    assert all(t == MARRAKECH for _, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        "2018-12-05\n\nRiga says no, will skip Marrakesh\n\nLatvia's cabinet decided on "
        "Wednesday that the country will stay out of the Global Compact for Migration and will not "
        "send anyone to the conference in Morocco next week.\n",
        "2018-12-05\n\nRiga dice no y no irá a Marrakech\n\nEl gabinete de Letonia decidió el "
        "miércoles que el país no firmará el Pacto Mundial para la Migración y no enviará a "
        "nadie a la conferencia de Marrakech.\n",
    ],
)
def test_a_headline_is_no_meeting_a_state_declines(gz: Gazetteer, text: str) -> None:
    ex = run(gz, text)
    got = found(ex, "DECLINED_TO_ATTEND")
    assert got == {("lva", MARRAKECH)}, got


# (language, text under the heading, the states that deferred a decision on the compact)
DEFERRED = [
    ("fr", "La Suisse a reporté la signature du pacte.", {"che"}),
    ("es", "Suiza aplazó su adhesión al pacto hasta que el Parlamento se pronuncie.", {"che"}),
    ("en", "Belgium delayed its approval until parliament has voted.", {"bel"}),
    ("en", "Switzerland postponed the minister's visit to Morocco.", set()),
    ("en", "Switzerland might postpone its decision on the pact.", set()),
    ("fr", "L'opposition exige que la Suisse reporte sa décision sur le pacte.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), DEFERRED)
def test_a_deferral_by_mechanism(gz: Gazetteer, lang: str, body: str, expected: set[str]) -> None:
    ex = run(gz, HEAD[lang] + body)
    got = found(ex, "DEFERRED_DECISION_ON")
    assert {s for s, t in got if t == PACT} == expected, got
    assert not withdrawals(ex), withdrawals(ex)


# "followed by B", "did so", "seguida de B", "suivie par B": the decision told before in the
# sentence
FOLLOWED = [
    ("en", "Hungary quit the pact in July, followed by Austria in October.", {"hun", "aut"}),
    ("en", "Hungary was the first to leave the pact, followed by Poland and Austria.",
     {"hun", "pol", "aut"}),
    ("en", "Austria left the pact in October; Hungary did so in July.", {"aut", "hun"}),
    ("fr", "La Hongrie a quitté le pacte en juillet, suivie par l'Autriche en octobre.",
     {"hun", "aut"}),
    ("en", "Hungary quit the pact in July, followed by a debate in parliament.", {"hun"}),
    ("fr", "La Hongrie a quitté le pacte en juillet. La Pologne pourrait suivre.", {"hun"}),
    ("es", "Chile abandonó el pacto. Perú sigue en el pacto.", {"chl"}),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), FOLLOWED)
def test_followed_by_repeats_the_decision(
    gz: Gazetteer, lang: str, body: str, expected: set[str]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    assert {s for s, t, _ in withdrawals(ex) if t == PACT} == expected, withdrawals(ex)


VOTES = "2018-12-20\n\n{title}\n\n{intro}\n\n{against}\n\n{abstained}\n"
# (language, title, intro, a vote cue and its line, an abstention cue and its line, expected)
VOTE_LISTS = [
    ("en", "How the world voted on the Global Compact for Migration",
     "The General Assembly endorsed the compact on Wednesday by a recorded vote.",
     "Voted against: Hungary, Israel, Poland (in a letter), United States.",
     "Abstaining:\nAustria\nChile",
     {("hun", "no"), ("isr", "no"), ("pol", "no"), ("usa", "no"), ("aut", "abstain"),
      ("chl", "abstain")}),
    # a cue followed by what a sentence says of states is no list of votes
    ("en", "The Global Compact for Migration, three months on",
     "Several governments have changed course since the compact was adopted in Marrakech.",
     "For: the new government of Brazil has withdrawn, while Chile still debates the text.",
     "No: Poland and Hungary continue to refuse any cooperation.",
     set()),
    ("es", "El Pacto Mundial para la Migración, tres meses después",
     "Varios gobiernos han cambiado de rumbo desde que se adoptó el pacto en Marrakech.",
     "A favor: el nuevo gobierno de Brasil se ha retirado, mientras Chile sigue debatiendo.",
     "En contra: Polonia y Hungría siguen rechazando cualquier cooperación.",
     set()),
    ("fr", "Le Pacte mondial sur les migrations, trois mois après",
     "Plusieurs gouvernements ont changé de cap depuis l'adoption du pacte à Marrakech.",
     "Pour : le nouveau gouvernement du Brésil s'est retiré, tandis que le Chili hésite encore.",
     "Contre : la Pologne et la Hongrie continuent de refuser toute coopération.",
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "intro", "against", "abstained", "expected"), VOTE_LISTS)
def test_a_vote_cue_lists_names_not_sentences(
    gz: Gazetteer,
    lang: str,
    title: str,
    intro: str,
    against: str,
    abstained: str,
    expected: set[tuple[str, str]],
) -> None:
    text = VOTES.format(title=title, intro=intro, against=against, abstained=abstained)
    ex = run(gz, text)
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    got = {
        (ids[r.source], str(r.properties.get("vote"))) for r in ex.relations if r.type == "VOTED"
    }
    assert got == expected, got


# lists of states a group noun, an among-verb or a joined act names
LISTS = [
    ("en", "The list of countries that have rejected the pact includes Austria, Hungary and "
     "Poland.", {"aut", "hun", "pol"}),
    ("en", "Bulgaria followed Austria, Hungary and Poland in rejecting the pact.",
     {"bgr", "aut", "hun", "pol"}),
    ("en", "Slovenia joined Hungary and Austria in rejecting the pact.", {"svn", "hun", "aut"}),
    ("es", "Entre los países que ya anunciaron que no firmarán el pacto figuran Austria, Hungría "
     "y Polonia.", {"aut", "hun", "pol"}),
    ("en", "The list of countries that may reject the pact includes Austria, Hungary and "
     "Poland.", set()),
    ("en", "Bulgaria did not follow Austria and Hungary in rejecting the pact.", set()),
    ("en", "Bulgaria may join Austria and Hungary in rejecting the pact.", set()),
    ("es", "Entre los países que podrían rechazar el pacto figuran Austria y Hungría.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), LISTS)
def test_states_a_list_names(gz: Gazetteer, lang: str, body: str, expected: set[str]) -> None:
    ex = run(gz, HEAD[lang] + body)
    assert {s for s, t, _ in withdrawals(ex) if t == PACT} == expected, withdrawals(ex)


# "they" after a list of states in the sentence before: every state of that list
THEY = [
    ("en", "Austria, Hungary and Poland met in Vienna on Monday. They said they would not sign "
     "the pact.", {"aut", "hun", "pol"}),
    ("en", "Austria, Hungary and the Czech Republic met in Vienna on Monday. They will not sign "
     "the pact.", {"aut", "hun", "cze"}),
    ("fr", "L'Autriche, la Hongrie et la Pologne se sont réunies lundi. Elles ont annoncé "
     "qu'elles ne signeraient pas le pacte.", {"aut", "hun", "pol"}),
    ("en", "Austria, Hungary and Poland met in Vienna on Monday. They might not sign the pact.",
     set()),
    ("en", "Austria, Hungary and Poland met in Vienna on Monday. NGOs urged them to leave the "
     "pact.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), THEY)
def test_they_after_a_list_of_states(
    gz: Gazetteer, lang: str, body: str, expected: set[str]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    assert {s for s, t, _ in withdrawals(ex) if t == PACT} == expected, withdrawals(ex)


# a decision is dated by its own clause, never by a relative clause beside it or a date to come
DATED = [
    ("en", "Chile, which had backed the text on 13 July 2018, announced in December that it "
     "would not sign the pact.", "chl", "2018-12"),
    ("en", "Hungary quit the pact on 18 July 2018, followed by Austria on 31 October 2018.",
     "aut", "2018-10-31"),
    ("fr", "La Hongrie a quitté le pacte le 18 juillet 2018, suivie par l'Autriche le 31 "
     "octobre 2018.", "aut", "2018-10-31"),
    ("es", "Chile, que había respaldado el texto el 13 de julio de 2018, anunció en diciembre "
     "que no firmará el pacto.", "chl", "2018-12"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "state", "day"), DATED)
def test_a_decision_is_dated_by_its_own_clause(
    gz: Gazetteer, lang: str, body: str, state: str, day: str
) -> None:
    ex = run(gz, HEAD[lang] + body)
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    dates = {
        str(r.properties.get("date"))
        for r in ex.relations
        if r.type == "WITHDREW_FROM" and ids[r.source] == state
    }
    assert dates == {day}, dates


def test_a_capital_is_a_state_only_in_a_states_decision(gz: Gazetteer) -> None:
    body = "Ana Ruiz, Chile's ambassador in Vienna, said Chile would not sign the pact."
    ex = run(gz, HEAD["en"] + body)
    assert {s for s, t, _ in withdrawals(ex)} == {"chl"}
    assert "aut" not in {t for _, t in found(ex, "AFFILIATED_WITH")}, found(ex, "AFFILIATED_WITH")
