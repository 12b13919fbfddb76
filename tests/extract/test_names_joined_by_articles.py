"""Names a list joins with a conjunction and an article ("el Colectivo X Y y la Coordinadora
de Mujeres Z", "le Collectif X et la Maison des Y") are two bodies; a name whose "for" phrase
goes on past "and the" ("the Foundation for Peace and the Rule of Law") stays one; the
capitalised "of" words of a body's name after a title word ("la Coordinadora de Mujeres
Migrantes") are no person; a count of bodies ("25 organizaciones de seis países") is no role;
a publication word ("X Network Newsletter", "X Bulletin No. 12") is no part of its body's name.
Every name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import run

HEAD = "2019-03-20\n\nEncuentro Regional de Redes de Migrantes\n\n"
DATE = "2019-05-20\n\n"


def entities(gz: Gazetteer, text: str, head: str = HEAD) -> set[tuple[str, str]]:
    return {(e.name.lower(), e.type) for e in run(gz, head + text).entities}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("La Red Andina está integrada por 25 organizaciones de seis países, entre ellas el "
         "Colectivo Frontera Abierta y la Coordinadora de Mujeres Migrantes.",
         {"colectivo frontera abierta", "coordinadora de mujeres migrantes"}),
        ("Le Collectif Solidarité Frontières et la Maison des Travailleurs Migrants ont signé.",
         {"collectif solidarité frontières", "maison des travailleurs migrants"}),
        ("The Foundation for Peace and the Rule of Law works in Valmont.",
         {"foundation for peace and the rule of law"}),
    ],
)  # fmt: skip
def test_two_names_or_one(gz: Gazetteer, text: str, names: set[str]) -> None:
    got = {n for n, t in entities(gz, text) if t in ("Organization", "Coalition")}
    assert names <= got, got
    assert not any(" y la " in n or " et la " in n for n in got), got


@pytest.mark.parametrize(
    "text",
    [
        "La Coordinadora de Mujeres Migrantes publicó un informe.",
        "Participaron, entre otras, la Coordinadora de Mujeres Migrantes, el Colectivo Frontera "
        "Abierta y la Asociación de Trabajadoras del Hogar.",
    ],
)
def test_the_of_words_of_a_body_are_no_person(gz: Gazetteer, text: str) -> None:
    assert not any(t == "Person" for _, t in entities(gz, text))


def test_a_title_before_a_person_still_holds(gz: Gazetteer) -> None:
    ex = run(gz, HEAD + "The Coordinator of the Lumen Network, Ana Lind, spoke.")
    names = {e.key: e.name.lower() for e in ex.entities}
    got = {(names[r.source], names[r.target]) for r in ex.relations if r.type == "AFFILIATED_WITH"}
    assert got == {("ana lind", "lumen network")}


def test_members_counted_have_no_role(gz: Gazetteer) -> None:
    text = ("La Red Andina está integrada por 25 organizaciones de seis países, entre ellas el "
            "Colectivo Frontera Abierta y la Coordinadora de Mujeres Migrantes.")  # fmt: skip
    ex = run(gz, HEAD + text)
    names = {e.key: e.name.lower() for e in ex.entities}
    members = {(names[r.source], r.properties.get("role")) for r in ex.relations
               if r.type == "MEMBER_OF"}  # fmt: skip
    assert members == {("colectivo frontera abierta", None),
                       ("coordinadora de mujeres migrantes", None)}  # fmt: skip


@pytest.mark.parametrize(
    ("title", "body", "name"),
    [
        ("Harbour Network Newsletter \u2013 May 2019", "The Harbour Network held a meeting.",
         "harbour network"),
        ("Lumen Network Bulletin No. 12", "The Lumen Network held a meeting.", "lumen network"),
    ],
)  # fmt: skip
def test_a_publication_word_is_no_part_of_its_bodys_name(
    gz: Gazetteer, title: str, body: str, name: str
) -> None:
    named = entities(gz, f"{title}\n\n{body}", DATE)
    assert {n for n, t in named if t in ("Organization", "Coalition")} == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("El Centro de Atención al Migrante Exiliado firmó la declaración conjunta.",
         "centro de atención al migrante exiliado"),
        ("Organizaciones firmantes:\n* Servicio de Apoyo al Trabajador Temporero\n"
         "* Red de Solidaridad con Refugiados\n",
         "servicio de apoyo al trabajador temporero"),
        ("Le Comité d\u2019Aide à la Migration Solidaire a signé la déclaration.",
         "comité d\u2019aide à la migration solidaire"),
    ],
)  # fmt: skip
def test_a_contracted_article_inside_a_name(gz: Gazetteer, text: str, name: str) -> None:
    # "al" (a + el) and "à" join a body's words as "de" does: the name does not stop before them
    got = {n for n, t in entities(gz, text) if t in ("Organization", "Coalition")}
    assert name in got, got
    assert not any(name.startswith(n) and n != name for n in got), got
