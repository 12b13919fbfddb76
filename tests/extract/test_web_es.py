"""Shapes of real Spanish event reports, network news and statements (issue 11, session 12):
a panel named in quotes after its noun (also in single quotes, or closed by two apostrophes)
is "the panel" of the next sentences, whatever the title line says; "los panelistas fueron: A,
x de O; B, y de P"; "el panel estuvo conformado por A y B"; "la moderación / la sesión
inaugural estuvo a cargo de (titles and) A, B"; "organizado por A en colaboración con B";
"entre las organizaciones firmantes están A y B"; a title in the singular after the last of
a list of people is that person's only; "embajador de X en Y" is X's; "el retiro de X del
pacto" is X's act, not the subject's. Forecasts, negations and hedges give nothing. Every
name here is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

PANEL = "El 3 de mayo se realizó en Quito el panel “Perspectivas sobre la movilidad”.\n"
TITLE = "Se realiza Panel sobre el Impacto de la Movilidad\n\n"

BEFORE = (
    "El 29 de agosto se llevó a cabo el panel “Voces del camino: experiencias de acogida”, como "
    "sesión previa a la III Cumbre Andina de Movilidad.\n\nEl evento fue organizado por la "
    "Fundación Pérez Luna.\n\nLos panelistas fueron: Ana Gil Torres, presidenta de la "
    "Asociación Amanecer; Luis Mora Vidal, profesor de la Universidad del Lago."
)
VOICES = "voces del camino: experiencias de acogida"

CASES = [
    # (text, relation type, expected (source, target) pairs)
    # the panel the sentence brings in by name, not the summit it is a session of
    (BEFORE, "SPOKE_AT", {("ana gil torres", VOICES), ("luis mora vidal", VOICES)}),
    (BEFORE, "ORGANIZED", {("fundación pérez luna", VOICES)}),
    (PANEL + "Los panelistas fueron: Ana Gil Torres, presidenta de la Asociación Amanecer; "
     "Luis Mora Vidal, profesor de la Universidad del Lago; Marta Ruiz Paz, delegada de la "
     "Mesa Nacional.", "SPOKE_AT",
     {("ana gil torres", "perspectivas sobre la movilidad"),
      ("luis mora vidal", "perspectivas sobre la movilidad"),
      ("marta ruiz paz", "perspectivas sobre la movilidad")}),
    (PANEL + "Los panelistas fueron: Ana Gil Torres, presidenta de la Asociación Amanecer; "
     "Luis Mora Vidal, profesor de la Universidad del Lago; Marta Ruiz Paz, delegada de la "
     "Mesa Nacional.", "AFFILIATED_WITH",
     {("ana gil torres", "asociación amanecer"), ("luis mora vidal", "universidad del lago"),
      ("marta ruiz paz", "mesa nacional")}),
    (PANEL + "El panel estuvo conformado por Ana Gil Torres y Luis Mora Vidal.", "SPOKE_AT",
     {("ana gil torres", "perspectivas sobre la movilidad"),
      ("luis mora vidal", "perspectivas sobre la movilidad")}),
    ("El 3 de mayo se realizará en Quito el panel “Perspectivas sobre la movilidad”.\n"
     "El panel estará conformado por Ana Gil Torres y Luis Mora Vidal.", "SPOKE_AT", set()),
    ("El 3 de mayo se realizó en Quito el foro “Perspectivas sobre la movilidad”.\n"
     "El foro estuvo integrado por Ana Gil Torres y Luis Mora Vidal.", "SPOKE_AT", set()),
    ("En el marco de la Semana del Migrante se llevó a cabo el conversatorio \u2018Ciudades que "
     "acogen\u2019 el cual dejó una reflexión.\nEl panel estuvo conformado por: Ana Gil Torres, "
     "directora del Instituto Norte; Luis Mora Vidal, profesor de la Universidad del Lago.",
     "SPOKE_AT", {("ana gil torres", "ciudades que acogen"),
                  ("luis mora vidal", "ciudades que acogen")}),
    (PANEL + "La moderación estuvo a cargo de Tomás Ribera Solís, asesor de la Fundación "
     "Pérez Luna.", "SPOKE_AT", {("tomás ribera solís", "perspectivas sobre la movilidad")}),
    (PANEL + "La moderación estará a cargo de Tomás Ribera Solís.", "SPOKE_AT", set()),
    (PANEL + "La sesión inaugural estuvo a cargo del Ministro Interino de Asuntos Sociales, "
     "Tomás Ribera Solís, la Presidenta Pro-Témpore de la Mesa Andina, Ana Gil Torres, y "
     "representantes de la Fundación Pérez Luna.", "SPOKE_AT",
     {("tomás ribera solís", "perspectivas sobre la movilidad"),
      ("ana gil torres", "perspectivas sobre la movilidad")}),
    (PANEL + "La sesión inaugural no estuvo a cargo del Ministro Interino de Asuntos Sociales, "
     "Tomás Ribera Solís.", "SPOKE_AT", set()),
    (TITLE + "El día martes 30 enero se realizó el panel “Perspectiva Internacional sobre "
     "Movilidad\u2019\u2019.\nEl panel, organizado por la Asociación Ribera Norte en "
     "colaboración con la Fundación Alba, fue el primero en su tipo.", "ORGANIZED",
     {("asociación ribera norte", "perspectiva internacional sobre movilidad"),
      ("fundación alba", "perspectiva internacional sobre movilidad")}),
    (TITLE + "El día martes 30 enero se realizó el panel “Perspectiva Internacional sobre "
     "Movilidad”.\nEntre los panelistas se encontraron Ana Gil Torres y Luis Mora Vidal.",
     "SPOKE_AT", {("ana gil torres", "perspectiva internacional sobre movilidad"),
                  ("luis mora vidal", "perspectiva internacional sobre movilidad")}),
    ("El foro fue organizado por la Asociación Ribera Norte en colaboración con la Fundación "
     "Alba y la Red Sur.", "ORGANIZED",
     {("asociación ribera norte", "caminos del sur"), ("fundación alba", "caminos del sur"),
      ("red sur", "caminos del sur")}),
    ("Entre los ponentes estuvo Ana Gil Torres, directora de la Red Norte.", "SPOKE_AT",
     {("ana gil torres", "caminos del sur")}),
    ("Entre los ponentes estará Ana Gil Torres, directora de la Red Norte.", "SPOKE_AT", set()),
    ("Entre los ponentes no estuvo Ana Gil Torres, directora de la Red Norte.", "SPOKE_AT",
     set()),
    ("Among the speakers were Ana Gil, director of the North Network, and Luis Mora.",
     "SPOKE_AT", {("ana gil", "caminos del sur"), ("luis mora", "caminos del sur")}),
    ("Among the speakers will be Ana Gil, director of the North Network.", "SPOKE_AT", set()),
    ("Parmi les intervenants figuraient Anne Girard, directrice du Réseau Nord.", "SPOKE_AT",
     {("anne girard", "caminos del sur")}),
    ("Parmi les intervenants figureront Anne Girard, directrice du Réseau Nord.", "SPOKE_AT",
     set()),
    ("Entre las organizaciones firmantes están la Red Norte y la Casa del Sur.", "SIGNED",
     {("red norte", "comunicado conjunto"), ("casa del sur", "comunicado conjunto")}),
    ("Entre las organizaciones firmantes no está la Red Norte.", "SIGNED", set()),
    ("Entre las organizaciones firmantes podría estar la Red Norte.", "SIGNED", set()),
    ("Parmi les associations signataires figurent le Réseau Nord et la Maison du Sud.",
     "SIGNED", {("réseau nord", "comunicado conjunto"), ("maison du sud", "comunicado conjunto")}),
    ("Juan Pérez Soto, embajador de México en Colombia, habló en el foro.", "AFFILIATED_WITH",
     {("juan pérez soto", "mexico")}),
    ("Ana Gil Torres, vicecónsul del Ecuador en Colombia, habló en el foro.", "AFFILIATED_WITH",
     {("ana gil torres", "ecuador")}),
    ("Marc Dubois, ambassadeur du Mali en France, a pris la parole.", "AFFILIATED_WITH",
     {("marc dubois", "mali")}),
    ("Ana Gil Torres y Luis Mora Vidal, investigadores de la Universidad del Lago, presentaron "
     "el informe.", "AFFILIATED_WITH",
     {("ana gil torres", "universidad del lago"), ("luis mora vidal", "universidad del lago")}),
    ("El Ministro Interino de Relaciones Exteriores, Ariel Fuentes Mora, dio la bienvenida.",
     "AFFILIATED_WITH", set()),
    # a capitalised particle inside a name, and a consul's title as a person's context
    ("El panel estuvo conformado por: Carlos Yamberla De La Torre, vicecónsul del Ecuador en "
     "Colombia; Camilo Torres, coordinador del área académica del Parlamento Sur.",
     "AFFILIATED_WITH", {("carlos yamberla de la torre", "ecuador")}),
    ("Luis Mora Vidal, cónsul general de Chile en Lima, habló en el foro.", "AFFILIATED_WITH",
     {("luis mora vidal", "chile")}),
    ("México lamenta el retiro de Hungría del Pacto Mundial sobre migración.", "WITHDREW_FROM",
     {("hungary", "global compact for safe, orderly and regular migration")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_", "expected"), CASES)
def test_shapes_of_real_spanish_pages(
    gz: Gazetteer, text: str, type_: str, expected: set[tuple[str, str]]
) -> None:
    meeting = type_ in ("SPOKE_AT", "ORGANIZED") and "\n" not in text  # (a title line that
    head = "Foro “Caminos del sur”\n\n" if meeting else ""  # names the meeting reported on)
    if type_ == "SIGNED":  # (a statement's own title)
        head = "Comunicado conjunto\n\n"
    ex = run(gz, "2025-09-01\n\n" + head + text)
    assert named(ex, type_) == expected, ex.relations


@pytest.mark.parametrize(
    "text",
    [
        "El Ministro Interino de Relaciones Exteriores, Ariel Fuentes Mora, dio la bienvenida.",
        "La Ministra Interina de Salud, Ana Gil Torres, dio la bienvenida.",
        "Le Directeur adjoint Paul Marchand a pris la parole.",
    ],
)
def test_a_title_qualifier_is_no_name(gz: Gazetteer, text: str) -> None:
    ex = run(gz, "2025-09-01\n\n" + text)
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert len(people) == 1, people
    assert all(len(p.split()) >= 2 and p.split()[0][0].isupper() for p in people), people
    assert not any(w in p for p in people for w in ("Interin", "adjoint", "Relaciones")), people
