"""A title for a text with no title line: its URL's slug written as the text writes it, else its
first sentence, cut short. The shipped texts without a title line (corpus/more 02 and 04) get one
instead of a whole paragraph; those with a title line keep it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ingest.documents.extraction import segment
from ingest.documents.metadata import (
    DERIVED_TITLE_CHARS,
    TITLE_WINDOW,
    derived_title,
    first_sentence,
    read_meta,
    slug_words,
)
from ingest.documents.readers import SourceText
from ingest.reference.corpus import documents
from tests.documents.helpers import SEEDS

DATA = SEEDS.parent.parent
MORE = DATA / "corpus" / "more"


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _shipped_titles() -> dict[str, str]:
    records, _ = documents(DATA, [])
    return {str(r.props["source_file"]).rsplit("/", 1)[-1]: str(r.props["title"]) for r in records}


def test_the_two_shipped_texts_without_a_title_line_get_a_title_not_a_paragraph() -> None:
    titles = _shipped_titles()
    for name in ("02_brasil-abandona-pacto_ES.txt", "04_seminaire-rabat-gfmd_FR.txt"):
        assert read_meta(_read(MORE / name)).title is None  # no title line
    # 02: the newspaper's slug, with the text's capitals ("jair-bolsonaro-retira-brasil-...")
    assert (
        titles["02_brasil-abandona-pacto_ES.txt"] == "Jair Bolsonaro retira Brasil pacto migratorio"
    )
    # 04: its URL (emcemo.nl/?p=41) has no slug: the first sentence, cut at a clause
    seminar = titles["04_seminaire-rabat-gfmd_FR.txt"]
    assert seminar == (
        "La Plateforme Euro-Marocaine Migration Développement Citoyenneté Démocratie et le FMAS, "
        "Forum des Alternatives Maroc…"
    )
    # the others keep the title line they have (line 4, under URL, date and a blank line)
    for name in (
        "01_migrantes-con-derechos_ES.txt",
        "03_italie-marrakech-belgique_FR.txt",
        "05_australia-public-letter_EN.txt",
        "06_joint-ngo-statement-hrc39_EN.txt",
    ):
        assert titles[name] == _read(MORE / name).split("\n")[3].strip()
    for title in titles.values():
        assert "\n" not in title and len(title) <= DERIVED_TITLE_CHARS + 10, title


def test_the_graph_serves_the_derived_titles(client: TestClient) -> None:
    entity = client.get("/entities/doc-02-brasil-abandona-pacto-es")
    assert entity.status_code == 200, entity.text
    assert entity.json()["name"] == "Jair Bolsonaro retira Brasil pacto migratorio"
    listed = client.get("/entities", params={"type": "Document", "limit": "500"}).json()
    names = [item["name"] for item in listed["items"]]
    assert len(names) == listed["total"] >= 11
    assert not [name for name in names if len(name) > 160 or "\n" in name]  # no paragraph
    hits = client.get("/entities", params={"q": "Plateforme Euro-Marocaine"}).json()["items"]
    assert "doc-04-seminaire-rabat-gfmd-fr" in [hit["id"] for hit in hits]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://a.org/news/la-migracion-no-es-un-delito/", "la migracion no es un delito"),
        ("https://a.org/x/statement_on_the_compact.html", "statement on the compact"),
        ("https://a.org/2019/01/brazil-leaves-the-compact/12345", "brazil leaves the compact"),
        ("https://a.org/la%20migraci%C3%B3n%20importa", "la migración importa"),
        ("http://emcemo.nl/?p=41", ""),  # no path: no slug
        ("https://a.org/news/12345", ""),  # an id
        ("https://a.org/d/3f2a9c1b7e4d5a6f8b9c", ""),
        ("https://a.org/about-us", ""),  # two words are a section, not a page's name
        ("https://a.org/doc/report-a1b2c3d4e5f6a7b8c9-final", ""),  # a hash inside
    ],
)
def test_slug_words(url: str, words: str) -> None:
    assert " ".join(slug_words(url)) == words


def test_slug_words_are_written_as_the_text_writes_them() -> None:
    url = "https://a.org/la-migracion-no-es-un-delito"
    body = f"{url}\n2019\n\nHoy decimos: La migración no es un delito.\n"
    assert derived_title(body, url) == "La migración no es un delito"
    # a word at the slug's edge that the text lacks ("detail_") is left out of the text's run
    body = "Pacte sur les migrations : l'Italie n'ira pas à Marrakech. Et la Belgique?\n"
    url = "https://www.rtbf.be/info/detail_pacte-sur-les-migrations-l-italie-n-ira-pas-a-marrakech"
    assert derived_title(body, url) == "Pacte sur les migrations : l'Italie n'ira pas à Marrakech"
    # no run: each word in its most frequent form; shouting ("NO AL PACTO") is no form
    body = "Bolsonaro habló del pacto. NO AL PACTO, dijo Bolsonaro sobre el pacto de Brasil.\n"
    url = "https://x.uy/mundo/bolsonaro-retira-brasil-pacto.html"
    assert derived_title(body, url) == "Bolsonaro retira Brasil pacto"


@pytest.mark.parametrize(
    ("body", "sentence"),
    [
        (
            "https://a.org/?p=1\n2018-12-05\nBy Ana Pérez\n\nDr. Ana Pérez of the U.S. network "
            "spoke in Geneva. Then she left.",
            "Dr. Ana Pérez of the U.S. network spoke in Geneva.",
        ),
        (
            "CHICAGO\u2014December 5, 2018\u2014Alianza Americas welcomed the compact. More.",
            "Alianza Americas welcomed the compact.",
        ),
        ("¿Qué pasa con el pacto? Nadie lo sabe.", "¿Qué pasa con el pacto?"),
        ("Une phrase sans point final", "Une phrase sans point final"),
        ("\n\n  \n", None),
    ],
)
def test_first_sentence(body: str, sentence: str | None) -> None:
    assert first_sentence(body) == sentence


def test_a_long_first_sentence_is_cut_at_a_clause_or_a_word() -> None:
    clause = (
        "The network of migrant associations of the northern region, together with its partners "
        "in twelve countries, published today a long report on the state of detention."
    )
    title = derived_title(clause)
    assert title == (
        "The network of migrant associations of the northern region, together with its partners "
        "in twelve countries…"
    )
    words = " ".join(["migration"] * 40) + "."
    cut = derived_title(words)
    assert cut is not None and cut.endswith("migration…")
    assert len(cut) <= DERIVED_TITLE_CHARS + 1
    assert derived_title("A short statement.") == "A short statement"
    assert derived_title("") is None


def test_an_ingested_text_with_no_title_line_gets_a_derived_title() -> None:
    text = (
        "https://red.example/declaracion-de-la-red-sobre-el-pacto\n2018-12-10\n\n"
        "La Red de Migrantes publicó hoy su declaración de la red sobre el pacto, "
        "firmada por 40 organizaciones.\n"
    )
    whole = segment(SourceText(Path("sin-titulo.txt"), "text", text)).segments
    assert [s.title for s in whole] == ["Declaración de la red sobre el pacto"]
    titled = "Carta abierta sobre los albergues\n\nLa Red de Migrantes publicó hoy su carta.\n"
    assert segment(SourceText(Path("t.txt"), "text", titled)).segments[0].title == (
        "Carta abierta sobre los albergues"
    )


def test_a_post_without_a_heading_gets_its_first_sentence() -> None:
    first = "First post title\n\nThe network met in Geneva. It adopted a plan.\n\n\n"
    second = "The second post has no heading and starts with its body. Then it goes on.\n"
    text = first + second
    source = SourceText(
        Path("page.html"), "html", text, posts=[(0, len(first)), (len(first), len(text))]
    )
    titles = [s.title for s in segment(source).segments]
    assert titles == [
        "First post title",
        "The second post has no heading and starts with its body",
    ]


def test_only_the_top_of_a_large_text_is_read_for_a_title() -> None:
    url = "https://a.org/news/la-migracion-no-es-un-delito"
    far = "Hoy. " * (TITLE_WINDOW // 5) + "La Migración No Es Un Delito.\n"
    assert derived_title(far, url) == "La migracion no es un delito"  # the slug as it is
    near = "La Migración No Es Un Delito.\n" + "Hoy. " * (TITLE_WINDOW // 5)
    assert derived_title(near, url) == "La Migración No Es Un Delito"
