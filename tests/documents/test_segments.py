"""Title, date and author read from the text, and pages of posts split into documents."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from ingest.documents.metadata import byline, dateline_date, parse_date, read_meta
from ingest.documents.segments import is_title_case, post_segment, split_posts
from tests.documents.helpers import NEWS_PAGE, SEEDS

CORPUS = SEEDS.parent


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-12-10", "2018-12-10"),
        ("2018-09", "2018-09"),
        ("2017", "2017"),
        ("December 5, 2018", "2018-12-05"),
        ("November 20th, 2014", "2014-11-20"),
        ("5 December 2018", "2018-12-05"),
        ("Tuesday, December 4, 2018", "2018-12-04"),
        ("10 de diciembre de 2018", "2018-12-10"),
        ("martes, 4 de diciembre de 2018", "2018-12-04"),
        ("le 5 décembre 2018", "2018-12-05"),
        ("1er juillet 2019", "2019-07-01"),
        ("Sept. 2016", "2016-09"),
        ("Published on 3 March 2019", "2019-03-03"),
        ("25/12/2018", "2018-12-25"),
        ("03/04/2018", None),  # day and month cannot be told apart
        ("February 30, 2018", None),
        ("Will a Global Compact on Migration Lead to Lasting Change?", None),
    ],
)
def test_dates_are_read_as_precisely_as_written(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_datelines_and_bylines() -> None:
    assert dateline_date("CHICAGO—December 5, 2018—This week, governments") == "2018-12-05"
    assert dateline_date("GENEVA (5 December 2018) \u2013 The coalition") == "2018-12-05"
    assert dateline_date("By now, the images are familiar: December 5, 2018") is None
    assert byline("By Amy Shannon, Senior Advisor") == "Amy Shannon"
    assert byline("Por María José de la Fuente") == "María José de la Fuente"
    assert byline("By now, the images are familiar") is None


def test_press_release_title_date_and_kind_from_its_text() -> None:
    meta = read_meta(_read(SEEDS / "002_0b53eb6d3a7c7433.txt"))
    assert meta.title is not None and meta.title.startswith("As Global Compact on Migration")
    assert meta.date == "2018-12-05"  # from the dateline "CHICAGO—December 5, 2018—"
    assert meta.kind == "press release"


def test_header_lines_of_a_web_copy() -> None:
    meta = read_meta(_read(CORPUS / "more" / "01_migrantes-con-derechos_ES.txt"))
    assert meta.date == "2018-12-10"
    assert meta.url is not None and meta.url.startswith("https://caritasdeleon.org/")
    assert meta.title is not None and meta.title.startswith("El Pacto Global para la Migración")
    no_title = read_meta(_read(CORPUS / "more" / "02_brasil-abandona-pacto_ES.txt"))
    assert no_title.title is None and no_title.date == "2019-01-10"


def test_title_case() -> None:
    assert is_title_case("GCM Endorses Action Committee Response & Scorecard for 9/19 Summit")
    assert is_title_case("#ClimateAction is #MigrantRights \u2013 GCM Participation in the March")
    assert not is_title_case("OHCHR launches the Guidelines")
    assert not is_title_case("Importance of this document for migrant communities and society")


def test_the_news_page_is_one_document_per_post() -> None:
    text = _read(NEWS_PAGE)
    posts = split_posts(text)
    segments = [post_segment(text, start, end, lambda _: "en") for start, end in posts]
    assert [s.title for s in segments] == [
        "Will a Global Compact on Migration Lead to Lasting Change?",
        "GCM Endorses Action Committee Response & Scorecard for 9/19 Summit",
        "GCM Launches MICIC Campaign",
        "GCM Participation at COP20 — Lima, Peru",
        "GCM Statement: End the Immigration Detention of Children",
        "OHCHR Endorses GCM Borders Event",
        "GCM Activities during Climate Action Week, New York",
        "Report \u2013 Advancing Human Rights at International Borders",
        "Advancing Human Rights at International Borders",
        "#ClimateAction is #MigrantRights \u2013 GCM Participation in the People\u2019s "
        "Climate March & Climate Summit, NYC",
    ]
    assert segments[4].date == "2014-11-20"
    # Posts follow each other, cover the page after its title, and hold their own text.
    assert all(a.end <= b.start for a, b in itertools.pairwise(segments))
    assert "Rights of Nature Tribunal" in text[segments[3].start : segments[3].end]
    assert text[segments[-1].start : segments[-1].end].rstrip().endswith("@GCMigration.")


@pytest.mark.parametrize("name", ["000", "001", "002", "004"])
def test_single_articles_with_section_headings_stay_whole(name: str) -> None:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    assert split_posts(_read(path)) == []


def test_more_corpus_documents_stay_whole() -> None:
    for path in sorted((CORPUS / "more").glob("*.txt")):
        assert split_posts(_read(path)) == [], path.name


BLOG = """Noticias de la red

12 de marzo de 2019
La red firma la declaración de Quito
La Red de Migración firmó la declaración junto con otras cuarenta organizaciones de la región.

Más detalles sobre la reunión y sus acuerdos se publicarán pronto en nuestra página.

3 de febrero de 2019
Nueva coordinadora regional
La asamblea eligió a una nueva coordinadora regional para el periodo 2019-2021.

20 de enero de 2019
Taller sobre protección consular
Organizamos un taller sobre protección consular con organizaciones de migrantes en Tijuana.
"""


def test_a_page_of_dated_posts_in_spanish_is_split_with_dates_above_titles() -> None:
    posts = split_posts(BLOG)
    segments = [post_segment(BLOG, s, e, lambda _: "es") for s, e in posts]
    assert [(s.title, s.date) for s in segments] == [
        ("La red firma la declaración de Quito", "2019-03-12"),
        ("Nueva coordinadora regional", "2019-02-03"),
        ("Taller sobre protección consular", "2019-01-20"),
    ]
    assert BLOG[segments[0].start :].startswith("12 de marzo de 2019")


ARTICLE = """Who We Are and What We Do

Our Mission

We are a network of migrant-led organizations working across the Americas on rights.

Our Members

Forty-five organizations in twelve states are members of the network today.

Global Activism

We sit on the executive committee of a global coalition on migration and host its secretariat.
"""


def test_an_article_with_title_case_sections_is_not_split() -> None:
    assert split_posts(ARTICLE) == []
