"""States' decisions about a process (WITHDREW_FROM, kinds withdrew / will_not_join) in news
wordings the odd development half does not hold: "will not be (a) party to", "says no to",
"decided against signing", a refusal as a noun ("A's refusal to sign"), a verbless headline
("A out of the pact"), a list of states a relative clause speaks of ("A and B are among the
countries that left"), "the pact" / "el acuerdo" / "l'accord" as the process in focus, and a
pronoun in a heading that names no state before it. Every sentence is written for this test, in
English, Spanish and French; beside them the hedged, forecast, demanded, conditional, negated
and questioned ones that must give nothing. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run

HEAD = {
    "en": "2019-05-14\n\nThe UN migration pact: the week in brief\n\n",
    "es": "2019-05-14\n\nEl pacto migratorio de la ONU: la semana\n\n",
    "fr": "2019-05-14\n\nLe pacte mondial de l'ONU sur les migrations : la semaine\n\n",
}
PACT = "gcm-compact"


def decisions(ex: Extraction) -> set[tuple[str, str, str]]:
    """(state id, process id, kind) of each WITHDREW_FROM."""
    ids = {e.key: (e.id or e.key) for e in ex.entities}
    return {
        (ids[r.source], ids[r.target], str(r.properties.get("kind")))
        for r in ex.relations
        if r.type == "WITHDREW_FROM"
    }


W, N = "withdrew", "will_not_join"

# (language, text under the heading, the (state, kind) expected; empty: nothing)
CASES = [
    # "will not be (a) party to"
    ("en", "Portugal will not be a party to the agreement, the minister said.", {("prt", N)}),
    ("es", "Uruguay no será parte del acuerdo, dijo el canciller.", {("ury", N)}),
    ("fr", "La Bulgarie ne sera pas partie au pacte.", {("bgr", N)}),
    ("en", "Portugal is a party to the agreement.", set()),
    # "says no to"
    ("en", "The Latvian government has said no to the pact.", {("lva", N)}),
    ("es", "Paraguay dijo no al pacto el martes.", {("pry", N)}),
    ("fr", "La Slovénie a dit non au pacte.", {("svn", N)}),
    ("es", "Paraguay no dijo que se retiraría del pacto.", set()),
    # "decided against signing"
    ("en", "Ireland decided against signing the agreement.", {("irl", N)}),
    ("en", "Ireland decided in favour of signing the agreement.", set()),
    # a refusal as a noun: its owner refuses (and signs nothing)
    ("en", "Austria's refusal to sign the pact angered the UN.", {("aut", N)}),
    ("es", "La negativa de Chile a firmar el pacto fue criticada.", {("chl", N)}),
    ("fr", "Le refus de la Hongrie de signer le pacte a été critiqué.", {("hun", N)}),
    # a verbless headline
    ("en", "Norway out of UN migration pact\n\nThe decision was taken on Monday.", {("nor", W)}),
    ("es", "Bolivia fuera del pacto migratorio de la ONU\n\nEl anuncio fue el lunes.",
     {("bol", W)}),
    ("fr", "La Hongrie hors du pacte migratoire de l'ONU\n\nL'annonce date de lundi.",
     {("hun", W)}),
    # a list of states a relative clause on "the countries" speaks of
    ("en", "Denmark and Norway are among the countries that have left the pact.",
     {("dnk", W), ("nor", W)}),
    # the pact, the accord, the agreement: the process in focus
    ("en", "Estonia became the latest country to abandon the accord.", {("est", W)}),
    ("es", "Uruguay se desvinculó del acuerdo en diciembre.", {("ury", W)}),
    # staying away from a process; no longer taking part in it
    ("en", "Lithuania is staying away from the compact.", {("ltu", N)}),
    ("en", "The United States will no longer participate in the negotiations.", {("usa", N)}),
    ("fr", "Les États-Unis ne participeront plus aux négociations.", {("usa", N)}),
    ("fr", "Les États-Unis se sont retirés des négociations en décembre 2017.", {("usa", W)}),
    ("en", "The United States will participate in the negotiations.", set()),
    ("en", "Lithuania might stay away from the compact.", set()),
    # the members of "those / the members / les pays that ..." a copula lists with "among"
    ("en", "Poland, Hungary and Israel are among those that have said they won't back it.",
     {("pol", N), ("hun", N), ("isr", N)}),
    ("es", "Chile y República Dominicana están entre los países que rechazaron el pacto.",
     {("chl", W), ("dom", W)}),
    ("fr", "La Hongrie et la Pologne sont parmi les pays qui ont quitté le pacte.",
     {("hun", W), ("pol", W)}),
    ("fr", "La Bulgarie rejoint la liste des pays qui refusent le pacte.", {("bgr", W)}),
    # a list of owners of a withdrawal, however the parser hangs it
    ("en", "The compact was adopted despite the withdrawal of the United States, Austria and "
     "Hungary.", {("usa", W), ("aut", W), ("hun", W)}),
    # "several countries left, among them A and B": the plural noun is the set it lists
    ("es", "Varios países se retiraron del pacto, entre ellos Austria, Hungría y Polonia.",
     {("aut", W), ("hun", W), ("pol", W)}),
    ("en", "Chile rejected the pact. Several countries have pulled out of the pact, among them "
     "Hungary and Poland.", {("chl", N), ("hun", W), ("pol", W)}),
    ("en", "Latvia debated the pact. Other countries have left the pact.", set()),
    # "neither A nor B", "ni A ni B": each of them
    ("es", "Ni Chile ni República Dominicana firmarán el pacto.", {("chl", N), ("dom", N)}),
    ("en", "No country has left the pact since December.", set()),
    # a report denied: no decision either way
    ("en", "Paraguay did not say that it would withdraw from the pact.", set()),
    # hedges, forecasts, demands, conditions, questions, negations: nothing
    ("en", "Slovakia is likely to reject the pact.", set()),
    ("en", "Slovakia is unlikely to be a party to the pact.", set()),
    ("en", "NGOs urged Denmark to say no to the pact.", set()),
    ("en", "If Estonia says no to the pact, others will follow.", set()),
    ("en", "Will Portugal be a party to the agreement?", set()),
    ("en", "Greece has not withdrawn from the pact.", set()),
    ("es", "Chile evalúa retirarse del acuerdo.", set()),
    ("es", "La oposición exige que Chile abandone el pacto.", set()),
    ("fr", "La Belgique pourrait dire non au pacte.", set()),
    ("fr", "L'opposition exige que la Suisse se retire du pacte.", set()),
    ("fr", "La Belgique signera le pacte.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "expected"), CASES)
def test_a_states_decision_in_news_wordings(
    gz: Gazetteer, lang: str, body: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, HEAD[lang] + body)
    got = decisions(ex)
    assert {(s, k) for s, t, k in got if t == PACT} == expected, got
    assert all(t == PACT for _, t, _ in got), got


def test_a_refusal_noun_signs_nothing(gz: Gazetteer) -> None:
    ex = run(gz, HEAD["en"] + "Austria's refusal to sign the pact angered the UN.")
    assert not [r for r in ex.relations if r.type == "SIGNED"]


def test_a_pronoun_in_a_heading_names_no_state_of_the_post_before(gz: Gazetteer) -> None:
    text = (
        HEAD["en"]
        + "Rabat prepares\n\nThe pact will be adopted in Morocco next month.\n\n"
        + "Vilnius confirms it stays out\n\nThe decision was confirmed on Wednesday.\n"
    )
    ex = run(gz, text)
    # "it" is the state whose capital the heading names (demonyms.csv), never Morocco
    assert decisions(ex) == {("ltu", PACT, W)}


# (language, text under the heading, the state expected to decline the Marrakech conference)
DECLINED = [
    ("en", "Denmark won't attend the signing ceremony in Marrakech.", "dnk"),
    ("es", "Chile no asistirá a la ceremonia de Marrakech.", "chl"),
    ("fr", "La Suisse ne participera pas à la cérémonie de Marrakech.", "che"),
    ("fr", "La Bulgarie a boycotté la conférence de Marrakech.", "bgr"),
    ("en", "Denmark will attend the signing ceremony in Marrakech.", None),
    ("es", "Chile podría ausentarse de la ceremonia de Marrakech.", None),
    # renouncing a journey is declining it, and leaves nothing
    ("fr", "La Suisse a renoncé à se rendre à Marrakech.", "che"),
    ("fr", "L'Autriche et la Hongrie étaient absentes à Marrakech.", "aut"),
    # (not) represented at the meeting
    ("en", "Italy will not be represented at the Marrakech conference.", "ita"),
    ("es", "Chile no estará representado en la conferencia de Marrakech.", "chl"),
    ("fr", "La Slovaquie ne sera pas représentée à Marrakech.", "svk"),
    ("en", "Italy will be represented at the Marrakech conference by its ambassador.", None),
    ("en", "Italy may not be represented at the Marrakech conference.", None),
]


@pytest.mark.parametrize(("lang", "body", "state"), DECLINED)
def test_declining_a_meeting_named_by_its_kind_and_place(
    gz: Gazetteer, lang: str, body: str, state: str | None
) -> None:
    ex = run(gz, HEAD[lang] + body)
    got = {(r.source, r.target) for r in ex.relations if r.type == "DECLINED_TO_ATTEND"}
    if state is None:
        assert got == set(), got
    else:
        assert (state, "marrakech-conference-2018") in got, got
    assert not [r for r in ex.relations if r.type == "WITHDREW_FROM"]


def test_a_posts_decision_is_dated_by_the_posts_date_line(gz: Gazetteer) -> None:
    text = (
        "2018-12-10\n\nThe UN migration pact, country by country\n\n"
        "Vilnius stays out\n14 November 2018 | Vilnius\n"
        "The Lithuanian government has said no to the pact.\n\n"
        "Riga says no\n5 December 2018 | Riga\n"
        "Latvia will not be a party to the pact, the government said.\n"
    )
    ex = run(gz, text)
    dates = {r.source: r.properties.get("date") for r in ex.relations if r.type == "WITHDREW_FROM"}
    assert dates == {"ltu": "2018-11-14", "lva": "2018-12-05"}, dates


# (language, text under the heading, whether the General Assembly adopted the compact's
# resolution): a passive adoption names its body in an oblique, and the compact stands for
# the resolution states voted on
ADOPTED = [
    ("en", "In the General Assembly, the compact was approved with 152 votes in favour.", True),
    ("es", "El Pacto Mundial fue ratificado en 2018 en la Asamblea General de la ONU por 152 "
     "países.", True),
    ("fr", "Le pacte a été adopté à l'Assemblée générale des Nations unies par 152 voix.", True),
    ("en", "The compact could be approved in the General Assembly next week.", False),
    ("en", "The compact will be approved in the General Assembly next week.", False),
    ("es", "El pacto no fue aprobado en la Asamblea General.", False),
    ("en", "A year after the compact was approved, the forum met again.", False),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "adopted"), ADOPTED)
def test_a_passive_adoption_in_the_assembly(
    gz: Gazetteer, lang: str, body: str, adopted: bool
) -> None:
    ex = run(gz, HEAD[lang] + body)
    got = {(r.source, r.target) for r in ex.relations if r.type == "ADOPTED"}
    assert got == ({("unga", "a-res-73-195")} if adopted else set()), got


# (language, text under the heading, the state expected to endorse the New York Declaration):
# joining a text is endorsing it; an object that names a text leaves the process in focus alone
JOINED = [
    ("en", "In 2016 the United States decided to join the New York Declaration for Refugees and "
     "Migrants.", "usa"),
    ("en", "The United States may join the New York Declaration for Refugees and Migrants.", None),
    ("en", "Hungary will join the New York Declaration for Refugees and Migrants.", None),
    ("en", "Hungary did not join the New York Declaration for Refugees and Migrants.", None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "body", "state"), JOINED)
def test_joining_a_text_endorses_it(gz: Gazetteer, lang: str, body: str, state: str | None) -> None:
    ex = run(gz, HEAD[lang] + body)
    got = {(r.source, r.target) for r in ex.relations if r.type == "ENDORSED"}
    assert got == ({(state, "a-res-71-1")} if state else set()), got
    assert not [r for r in ex.relations if r.type == "WITHDREW_FROM"]
