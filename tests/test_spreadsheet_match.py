"""Matching a sheet's names to organizations (no database): exact, fuzzy, ambiguous, unknown."""

from __future__ import annotations

import pytest

from graph.queries.members import Candidate
from ingest.spreadsheets.match import MARGIN, THRESHOLD, Matcher, domain, similarity
from ingest.spreadsheets.read import fold

CANDIDATES = [
    Candidate(
        "alianza-americas",
        "Alianza Americas",
        aliases=("Allianza Americas",),
        former_names=("National Alliance of Latin American and Caribbean Communities", "NALACC"),
        url="https://www.alianzaamericas.org",
    ),
    Candidate(
        "mfa-asia",
        "Migrant Forum in Asia",
        aliases=("MFA", "Migrant Forum in Asia (MFA)"),
        acronym="MFA",
        url="https://mfasia.org",
    ),
    Candidate("mfa-films", "Migrant Films Association", acronym="MFA", url="mfa-films.org"),
    Candidate("gcm-coalition", "Global Coalition on Migration", ("GCM",), "GCM"),
    Candidate("wimn", "Women in Migration Network", ("WIMN",), "WIMN", ("WGMWG",)),
    Candidate(
        "picum",
        "Platform for International Cooperation on Undocumented Migrants",
        acronym="PICUM",
        url="https://picum.org/",
    ),
    Candidate("fundacion-esperanza", "Fundación Esperanza"),
    Candidate("migrants-rights-network", "Migrants Rights Network"),
    Candidate("migrant-rights-network", "Migrant Rights Network"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(CANDIDATES)


def test_fold_sets_aside_case_accents_and_punctuation() -> None:
    assert fold("  Fundación  ESPERANZA (Perú)! ") == "fundacion esperanza peru"
    assert fold("Organización") == fold("organizacion") == "organizacion"
    assert fold("Migrant-Forum_in.Asia") == "migrant forum in asia"


@pytest.mark.parametrize(
    ("name", "org_id", "how"),
    [
        ("alianza-americas", "alianza-americas", "id"),
        ("PICUM", "picum", "id"),  # the id wins before the acronym is looked at
        ("Alianza Americas", "alianza-americas", "name"),
        ("ALIANZA AMÉRICAS", "alianza-americas", "name"),
        ("fundacion esperanza", "fundacion-esperanza", "name"),
        ("Allianza Americas", "alianza-americas", "alias"),
        ("NALACC", "alianza-americas", "former name"),
        (
            "National Alliance of Latin American and Caribbean Communities",
            "alianza-americas",
            "former name",
        ),
        ("WGMWG", "wimn", "former name"),
        ("GCM", "gcm-coalition", "alias"),
        ("Migrant Forum in Asia (MFA)", "mfa-asia", "alias"),
    ],
)
def test_exact_matches(matcher: Matcher, name: str, org_id: str, how: str) -> None:
    found = matcher.resolve(name)
    assert (found.status, found.org_id, found.how, found.score) == ("matched", org_id, how, 100)
    assert found.name == name and found.org_name


@pytest.mark.parametrize(
    ("name", "org_id"),
    [
        ("Migrant Forum Asia", "mfa-asia"),
        ("Alianza Amercas", "alianza-americas"),
        ("Platform for International Co-operation on Undocumented Migrant", "picum"),
        ("Women in Migration Netwrk", "wimn"),
    ],
)
def test_fuzzy_matches_above_the_threshold(matcher: Matcher, name: str, org_id: str) -> None:
    found = matcher.resolve(name)
    assert (found.status, found.org_id, found.how) == ("matched", org_id, "fuzzy")
    assert THRESHOLD <= found.score < 100


def test_a_name_close_to_two_organizations_is_ambiguous(matcher: Matcher) -> None:
    found = matcher.resolve("Migrant's Rights Network")
    assert found.status == "ambiguous" and found.org_id is None
    ids = [option.id for option in found.options]
    assert set(ids) == {"migrants-rights-network", "migrant-rights-network"}
    assert found.options[0].score - found.options[1].score <= MARGIN


def test_an_acronym_of_two_organizations_is_ambiguous_unless_the_website_tells(
    matcher: Matcher,
) -> None:
    found = matcher.resolve("MFA")
    assert found.status == "ambiguous"
    assert {o.id for o in found.options} == {"mfa-asia", "mfa-films"}
    by_site = matcher.resolve("MFA", website="www.mfasia.org/about")
    assert (by_site.status, by_site.org_id, by_site.how) == (
        "matched",
        "mfa-asia",
        "name and website",
    )


def test_the_website_alone_can_match(matcher: Matcher) -> None:
    found = matcher.resolve("Plataforma PICUM Bruselas", website="http://picum.org")
    assert (found.status, found.org_id, found.how) == ("matched", "picum", "website")


@pytest.mark.parametrize(
    "name",
    [
        "Asia",  # inside a long name, but not that name
        "Global Coalition",
        "Red Cross",
        "MRI",
        "Robert'); MATCH (n) DETACH DELETE n; //",
        "<script>alert(1)</script>",
    ],
)
def test_names_below_the_threshold_are_unknown(matcher: Matcher, name: str) -> None:
    found = matcher.resolve(name)
    assert found.status == "unknown" and found.org_id is None
    assert all(option.score < THRESHOLD for option in found.options)


def test_unknown_names_come_with_the_closest_organizations(matcher: Matcher) -> None:
    found = matcher.resolve("Global Coalition")
    assert found.options and found.options[0].id == "gcm-coalition"
    assert matcher.resolve("Red Cross").options == ()


def test_similarity_is_bounded_and_ignores_word_order() -> None:
    assert similarity("", "anything") == 0.0
    assert similarity("forum asia migrant", "migrant forum asia") == 100.0
    assert 0 <= similarity("asia", "migrant forum in asia") < THRESHOLD


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.picum.org/en/", "picum.org"),
        ("picum.org", "picum.org"),
        ("HTTP://MFAsia.org", "mfasia.org"),
        ("", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_domain(url: str | None, expected: str | None) -> None:
    assert domain(url) == expected


def test_no_candidates_means_every_name_is_unknown() -> None:
    assert Matcher([]).resolve("Migrant Forum in Asia").status == "unknown"
