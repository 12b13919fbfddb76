"""Folding, units, the gazetteer's case rules, language and dates."""

from __future__ import annotations

from ingest.extract.dates import date_in, find_dates
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.language import detect_language
from ingest.extract.text import fold, units
from ingest.extract.types import GazetteerEntry


def test_fold_keeps_every_index() -> None:
    text = "Coalición\u00a0\u201cRéseau\u201d \u2014 Čurin\u2019s İstanbul"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith('coalicion "reseau" - curin\'s')


def test_units_are_exact_slices() -> None:
    text = "Title line\n\nMr. Smith spoke. Then Ms. Doe left!\n  • first item\n  2. second item.\n"
    for u in units(text):
        assert text[u.start : u.end] == text[u.start : u.end].strip()
    kinds = [(u.kind, text[u.start : u.end]) for u in units(text)]
    assert ("sentence", "Mr. Smith spoke.") in kinds
    assert ("line", "first item") in kinds


def test_gazetteer_case_and_accents() -> None:
    gz = Gazetteer([
        GazetteerEntry("made", "Migration and Development Civil Society Network", "Coalition",
                       acronyms=("MADE",)),
        GazetteerEntry("red-x", "Red Migrante Andina", "Organization"),
        GazetteerEntry("conte", "Giuseppe Conte", "Person", aliases=("Conte",)),
    ])  # fmt: skip
    text = "It was made by MADE and the RED MIGRANTE ANDINA; Red Migránte Andina, a conte, Conte."
    found = [(m.text, m.entries[0].id) for m in gz.find(text)]
    assert ("MADE", "made") in found
    assert ("made", "made") not in found
    assert ("RED MIGRANTE ANDINA", "red-x") in found
    assert ("Red Migránte Andina", "red-x") in found
    assert ("conte", "conte") not in found and ("Conte", "conte") in found
    for m in gz.find(text):
        assert text[m.start : m.end] == m.text


def test_gazetteer_entries_can_be_added(gz: Gazetteer) -> None:
    extra = Gazetteer(
        [*gz.by_id.values(), GazetteerEntry("x-net", "Red Sin Fronteras", "Organization")]
    )
    assert any(m.entries[0].id == "x-net" for m in extra.find("La Red Sin Fronteras firmó."))


def test_language() -> None:
    assert (
        detect_language("The network said that it will sign the statement of the coalition.")
        == "en"
    )
    assert detect_language("La red dijo que no firmará el pacto de los Estados.") == "es"
    assert detect_language("Le réseau a dit qu'il ne signera pas le pacte des États.") == "fr"
    assert detect_language("Ok") is None


def test_relative_dates() -> None:
    def value(text: str, base: str) -> str | None:
        return date_in(text, 0, len(text), base)

    assert value("Brasil salió ayer miércoles del pacto", "2019-01-10") == "2019-01-09"
    assert value("l'Italie a annoncé ce mercredi", "2018-11-28") == "2018-11-28"
    assert value("a fait savoir mardi soir", "2018-11-28") == "2018-11-27"
    assert value("the government withdrew last year", "2018-12-05") == "2017"
    assert value("Tuesday the minister said", "2018-12-05") == "2018-12-04"
    assert value("hoy y mañana en Marrakech", "2018-12-10") == "2018-12-10"
    assert value("el 10 de diciembre", "2019-01-10") == "2018-12-10"
    assert value("in June 2017", "2018") == "2017-06"
    assert value("founded in 2017", "2020-01-01") == "2017"
    assert value("on July 3-4, 2017", "2017") == "2017-07-03"
    assert [d.kind for d in find_dates("nothing here", 0, 12, "2018")] == []
