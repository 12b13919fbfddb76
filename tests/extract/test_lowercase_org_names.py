"""Spanish and French names of organizations that go on in lower case after their head noun
("Réseau andin des migrations", "Red Costera para los derechos de los pescadores", "Asociación
de trabajadoras domésticas Brisa"): the name keeps its adjectives and prepositional phrases, up
to a verb, a relative clause, a list's next name, a place ("à Dakar"), a date or the sentence's
end; never the verb after it. English names are left as they were. Every name here is invented
for this test."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

NAMES = [
    # (text, the full name, names it must not be cut to)
    ("La lettre a été signée par l'Alliance Harbour pour les réfugiés et la Fondation Brisamar.",
     "Alliance Harbour pour les réfugiés", ["Alliance Harbour"]),
    ("Le Réseau andin des migrations a signé la déclaration.",
     "Réseau andin des migrations", ["Réseau andin des migrations a signé"]),
    ("La Red Andina para los derechos de los migrantes firmó la carta.",
     "Red Andina para los derechos de los migrantes", ["Red Andina"]),
    ("La carta fue firmada por la Coalición Lumen por los derechos de los migrantes y la Red "
     "Brisamar.", "Coalición Lumen por los derechos de los migrantes", ["Coalición Lumen"]),
    ("Le Réseau des travailleurs Lumen a signé la lettre ouverte.",
     "Réseau des travailleurs Lumen", ["Réseau des travailleurs"]),
    ("La Asociación de mujeres migrantes Lumen firmó la carta abierta.",
     "Asociación de mujeres migrantes Lumen", ["Asociación de mujeres migrantes"]),
    ("La Fédération des associations de solidarité avec les migrants a signé l'appel.",
     "Fédération des associations de solidarité avec les migrants",
     ["Fédération des associations de solidarité avec les migrants a signé"]),
    ("Le Réseau Lumen à Dakar a signé la lettre.", "Réseau Lumen", ["Réseau Lumen à Dakar"]),
    ("La Red Andina de migrantes que trabaja en Quito firmó la carta.",
     "Red Andina de migrantes", ["Red Andina", "Red Andina de migrantes que trabaja"]),
    ("Le Collectif Lumen pour la justice qui regroupe vingt associations a signé l'appel.",
     "Collectif Lumen pour la justice", ["Collectif Lumen"]),
    ("La Plataforma Lumen firma la carta.", "Plataforma Lumen", ["Plataforma Lumen firma"]),
    ("El Colectivo Lumen de apoyo a migrantes firma la carta abierta.",
     "Colectivo Lumen de apoyo a migrantes", ["Colectivo Lumen de apoyo a migrantes firma"]),
    ("Le Centre Lumen pour les droits humains en mars 2020 a signé la lettre.",
     "Centre Lumen pour les droits humains", ["Centre Lumen"]),
    ("Le Réseau de soutien aux migrants a signé la lettre.", "Réseau de soutien aux migrants",
     ["Réseau de soutien aux migrants a signé"]),
    ("La Red de lucha contra la trata firmó la carta.", "Red de lucha contra la trata",
     ["Red de lucha"]),
    ("Le Collectif d'aide à l'insertion des exilés et la Fondation Brisamar ont signé.",
     "Collectif d'aide à l'insertion des exilés", []),
    ("La Fondation Lumen pour la paix, qui regroupe dix associations, a signé.",
     "Fondation Lumen pour la paix", ["Fondation Lumen"]),
    ("La declaración fue firmada por la Red Lumen de mujeres indígenas en Colombia.",
     "Red Lumen de mujeres indígenas", ["Red Lumen", "Red Lumen de mujeres indígenas en Colombia"]),
    ("Le Mouvement des travailleurs agricoles est membre de la Fédération Côtière.",
     "Mouvement des travailleurs agricoles", ["Mouvement des travailleurs"]),
    ("El Movimiento Brisa por la vivienda digna firmó el comunicado el 3 de marzo de 2019.",
     "Movimiento Brisa por la vivienda digna", ["Movimiento Brisa"]),
    ("Le Collectif des pêcheurs du Cap Brisa a signé la lettre.",
     "Collectif des pêcheurs du Cap Brisa", ["Collectif des pêcheurs"]),
    ("Le Réseau des femmes exilées réunies à Brisa a signé l'appel.",
     "Réseau des femmes exilées", ["Réseau des femmes", "Réseau des femmes exilées réunies"]),
    ("La Red de mujeres migrantes y refugiadas firmó la carta.",
     "Red de mujeres migrantes y refugiadas", ["Red de mujeres migrantes"]),
    ("Le Réseau des femmes migrantes et exilées a signé la lettre.",
     "Réseau des femmes migrantes et exilées", ["Réseau des femmes migrantes"]),
    ("La Red de mujeres migrantes y la Fundación Brisa firmaron la carta.",
     "Red de mujeres migrantes", ["Red de mujeres migrantes y la Fundación Brisa"]),
    # the tail must not be taken: a verb, an aside, a place, a meeting's words
    ("La Red Brisa de cuidadoras participó en el encuentro regional.", "Red Brisa de cuidadoras",
     ["Red Brisa de cuidadoras en el encuentro"]),
    ("Ana Gómez habló en el Foro Costero de las Migraciones celebrado en Lima.",
     "Foro Costero de las Migraciones", ["Foro Costero de las Migraciones celebrado"]),
    ("La Coalition Lumen a été fondée en 2010.", "Coalition Lumen", ["Coalition Lumen a"]),
    ("Le Centre Brisa d'accueil des exilés à Dakar a participé au Forum Côtier des Migrations.",
     "Centre Brisa d'accueil des exilés", ["Centre Brisa d'accueil des exilés à Dakar"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "full", "cut"), NAMES)
def test_a_name_keeps_its_lowercase_words(
    gz: Gazetteer, text: str, full: str, cut: list[str]
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    names = {e.name for e in ex.entities}
    assert full in names, names
    assert not names & set(cut), names


RELATIONS = [
    ("La Red Costera para los derechos de los pescadores participó en el Foro Andino de "
     "Movilidad.", "PARTICIPATED_IN",
     {("red costera para los derechos de los pescadores", "foro andino de movilidad")}),
    ("El Foro Andino de Movilidad fue organizado por la Coalición Brisa por la justicia "
     "migrante.", "ORGANIZED",
     {("coalición brisa por la justicia migrante", "foro andino de movilidad")}),
    ("L'Alliance Brisa pour les travailleurs saisonniers a participé au Forum Côtier des "
     "Migrations.", "PARTICIPATED_IN",
     {("alliance brisa pour les travailleurs saisonniers", "forum côtier des migrations")}),
    ("Le Forum Côtier des Migrations a été organisé par le Collectif Brisa contre les "
     "expulsions.", "ORGANIZED",
     {("collectif brisa contre les expulsions", "forum côtier des migrations")}),
    ("La Asociación de trabajadoras domésticas Brisa es miembro de la Red Costera.",
     "MEMBER_OF", {("asociación de trabajadoras domésticas brisa", "red costera")}),
    ("La Fundación Brisa para la educación intercultural, que trabaja en Lima, participó en el "
     "Foro Andino de Movilidad.", "PARTICIPATED_IN",
     {("fundación brisa para la educación intercultural", "foro andino de movilidad")}),
    ("Le Réseau Brisa pour les droits des pêcheurs qui regroupe dix associations a participé "
     "au Forum Côtier des Migrations.", "PARTICIPATED_IN",
     {("réseau brisa pour les droits des pêcheurs", "forum côtier des migrations")}),
    # negated and hedged: nothing, whatever the name's length
    ("Le Réseau Brisa des jeunes exilés n'a pas participé au Forum Côtier des Migrations.",
     "PARTICIPATED_IN", set()),
    ("La Red Costera para los derechos de los pescadores podría participar en el Foro Andino de "
     "Movilidad.", "PARTICIPATED_IN", set()),
    # English: a name in title case, its lower-case words left out as before
    ("The Brisa Coalition for the rights of fishers took part in the Coastal Forum on "
     "Mobility.", "PARTICIPATED_IN", {("brisa coalition", "coastal forum on mobility")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_", "expected"), RELATIONS)
def test_the_full_name_takes_part_in_the_relation(
    gz: Gazetteer, text: str, type_: str, expected: set[tuple[str, str]]
) -> None:
    ex = run(gz, "2019-05-14\n\n" + text)
    assert named(ex, type_) == expected, ex.relations
