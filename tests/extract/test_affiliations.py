"""People and their organizations (AFFILIATED_WITH with the role as written), in English,
Spanish and French: apposition, title before the name, possessive, a line of a list, a relative
clause or a passive, several people of one organization, and what gives nothing (a role held no
more, a negation, a forecast, someone else's wish). Also the names themselves: a title or a
field is never a person ("Minister for Foreign Affairs X" gives no person "Foreign Affairs").
The sentences are written for this test (invented people; organizations and states of
data/reference). Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import ends

DATE = "2022-06-14\n\n"
AFF = "AFFILIATED_WITH"


def case(case_id: str, text: str, person: str, org: str, role: str | None = None) -> object:
    return pytest.param(text, person, org, role, id=case_id)


# (text, person, organization, role as written or None): the relation must be there
FOUND = [
    # --- English
    case("en-appos-nested", "Mara Lindqvist, Regional Representative for Southern Africa of "
         "the International Organization for Migration, opened the meeting.", "~Mara Lindqvist",
         "iom", "Regional Representative for Southern Africa"),
    case("en-appos-place-after", "Tomas Reyes, director of PICUM in Brussels, wrote the "
         "foreword.", "~Tomas Reyes", "picum", "director"),
    case("en-minister-of-state", "Jana Horvat, Minister for Foreign Affairs and European "
         "Integration of Croatia, addressed the session.", "~Jana Horvat", "hrv",
         "Minister for Foreign Affairs and European Integration"),
    case("en-title-before-name", "Slovenia presented its plan on Monday. Interior Minister "
         "Anton Kovač defended it.", "~Anton Kovač", "svn", "Interior Minister"),
    case("en-possessive", "PICUM opened a new office. Its director, Ilse Vandermeer, cut the "
         "ribbon.", "~Ilse Vandermeer", "picum"),
    case("en-passive-led", "Alianza Americas held its assembly in May. The network, led by "
         "Rosa Delgado Ibarra, adopted a plan.", "~Rosa Delgado Ibarra", "alianza-americas",
         "leader"),
    case("en-founded-by", "Alianza Americas was founded by Lena Marsh in 2004.", "~Lena Marsh",
         "alianza-americas", "founder"),
    case("en-list-of-org-1", "The text was drafted by Mark Olsen, Anna Berg and Lisa Holm of "
         "the Platform for International Cooperation on Undocumented Migrants.",
         "~Mark Olsen", "picum"),
    case("en-list-of-org-2", "The text was drafted by Mark Olsen, Anna Berg and Lisa Holm of "
         "the Platform for International Cooperation on Undocumented Migrants.",
         "~Anna Berg", "picum"),
    case("en-for-secretariat", "The invitation came from Lena Marsh for the PICUM secretariat "
         "on Friday.", "~Lena Marsh", "picum"),
    case("en-line", "Speakers:\nLena Marsh, Associate Director for Advocacy, Alianza Americas\n"
         "Tomas Reyes, Policy Officer, PICUM", "~Lena Marsh", "alianza-americas",
         "Associate Director for Advocacy"),
    case("en-joined", "Lena Marsh joined PICUM in 2019.", "~Lena Marsh", "picum", "member"),
    case("en-body-title-named-before", "The UN General Assembly met on Monday. Assembly "
         "President Maria Lopes Duarte (Portugal) opened the debate.", "~Maria Lopes Duarte",
         "unga", "Assembly President"),
    case("en-office-named-before", "The UN Secretary-General welcomed the vote. "
         "Secretary-General Kofi Mensah thanked the delegates.", "~Kofi Mensah",
         "un-secretariat", "Secretary-General"),
    case("en-spokesman-for-office", "The UN Secretary-General welcomed the vote. Delegates heard "
         "Tom Reed, spokesman for the Secretary-General, on Monday.", "~Tom Reed",
         "un-secretariat", "spokesman for the Secretary-General"),
    case("en-as-possessive", "Lena Marsh took part as PICUM's coordinator for the governance "
         "group.", "~Lena Marsh", "picum", "coordinator for the governance group"),
    case("en-possessive-name", "The meeting was chaired by Lena Marsh, with PICUM's Tomas Reyes "
         "serving as rapporteur.", "~Tomas Reyes", "picum"),
    # --- Spanish
    case("es-appos-department", "Para Carla Vidal, directora de Programas de Alianza Americas, "
         "el proceso fue útil.", "~Carla Vidal", "alianza-americas", "directora de Programas"),
    case("es-minister-interior", "Chile se retiró del proceso. El ministro del Interior, "
         "Andrés Molina, lo anunció.", "~Andrés Molina", "chl", "ministro del Interior"),
    case("es-passive-dirigida", "Alianza Americas celebró su asamblea. La red, dirigida por "
         "Ana Soto, aprobó un plan.", "~Ana Soto", "alianza-americas"),
    case("es-list-de-org", "Redactaron el texto Marta Gil, Ana Soto y Luis Mena, de Alianza "
         "Americas.", "~Marta Gil", "alianza-americas"),
    case("es-forma-parte", "Desde el año pasado, la abogada Ana Soto forma parte de Alianza "
         "Americas y trabaja con las familias en la frontera.", "~Ana Soto", "alianza-americas",
         "member"),
    case("es-como", "En la reunión de Quito, Ana Soto participó como coordinadora de Alianza "
         "Americas en las mesas de trabajo.", "~Ana Soto", "alianza-americas", "coordinadora"),
    case("es-list-titles", "Acudieron Pedro Lagos, coordinador de Alianza Americas; Rosa Vera, "
         "de PICUM, y Juan Mena.", "~Pedro Lagos", "alianza-americas", "coordinador"),
    # --- French
    case("fr-minister-portfolio", "La Belgique a voté. Le ministre de l'Intérieur Marc Dupont a "
         "quitté le gouvernement.", "~Marc Dupont", "bel", "ministre de l'Intérieur"),
    case("fr-pronoun-preside", "Le réseau PICUM a tenu son assemblée à Paris. Il est présidé "
         "par Paul Garnier.", "~Paul Garnier", "picum"),
    case("fr-list-du-reseau", "Le texte a été rédigé par Paul Garnier, Marie Dubois et Luc "
         "Martin, de PICUM.", "~Marie Dubois", "picum"),
    case("fr-appos", "Claire Martin, directrice régionale de PICUM pour l'Europe, a parlé.",
         "~Claire Martin", "picum"),
    case("fr-comme", "Lors de la réunion de Paris, Paul Garnier a parlé comme directeur de "
         "PICUM devant les délégués.", "~Paul Garnier", "picum", "directeur"),
    case("fr-fait-partie", "Depuis l'an dernier, le juriste Paul Garnier fait partie du réseau "
         "PICUM et travaille avec les familles à la frontière.", "~Paul Garnier", "picum",
         "member"),
]  # fmt: skip

# (text, person, organization): no affiliation between them
NOT_FOUND = [
    case("en-former", "Lena Marsh, former director of PICUM, spoke first.", "~Lena Marsh",
         "picum"),
    case("en-then", "The then president of Slovenia, Anton Kovač, spoke.", "~Anton Kovač",
         "svn"),
    case("en-expected", "Lena Marsh is expected to be appointed director of PICUM next year.",
         "~Lena Marsh", "picum"),
    case("en-will-join", "According to the newsletter, Lena Marsh will join PICUM next year as "
         "a policy officer.", "~Lena Marsh", "picum"),
    case("en-will-take-part-as", "According to the agenda, Lena Marsh will take part as PICUM's "
         "coordinator next year.", "~Lena Marsh", "picum"),
    case("en-other-org-possessive", "The meeting was chaired by Lena Marsh, with PICUM's Tomas "
         "Reyes serving as rapporteur.", "~Lena Marsh", "picum"),
    case("en-body-title", "Slovenia voted first. Assembly President Ana Kranjc thanked the "
         "delegates.", "~Ana Kranjc", "svn"),
    case("en-office-not-named", "Slovenia voted first. Secretary-General Kofi Mensah thanked "
         "the delegates.", "~Kofi Mensah", "svn"),
    case("en-ambassador-of-other", "Slovenia hosted the talks. Tomas Reyes, Ambassador, Head "
         "of the Delegation of the European Union, spoke.", "~Tomas Reyes", "svn"),
    case("es-ex", "Según su informe del martes, Ana Soto, ex directora de PICUM, habló con "
         "los medios sobre las familias.", "~Ana Soto", "picum"),
    case("es-entonces", "Brasil volvió al pacto que había dejado el entonces presidente Jair "
         "Gomes Pinto.", "~Jair Gomes Pinto", "bra"),
    case("es-no-es", "Desde el año pasado, la abogada Ana Soto ya no forma parte de Alianza "
         "Americas y trabaja sola con las familias.", "~Ana Soto", "alianza-americas"),
    case("es-pidieron", "Los socios pidieron a Ana Soto que dirija Alianza Americas.",
         "~Ana Soto", "alianza-americas"),
    case("fr-ancienne", "Lors de la réunion du matin, Ana Soto, ancienne directrice de PICUM, a "
         "parlé des familles qui attendent à la frontière.", "~Ana Soto", "picum"),
    case("fr-pourrait", "Selon la presse, le juriste Paul Garnier pourrait présider PICUM "
         "l'an prochain, après le départ de la présidente.", "~Paul Garnier", "picum"),
    case("fr-ne-fait-plus", "Paul Garnier ne fait plus partie de PICUM.", "~Paul Garnier",
         "picum"),
]  # fmt: skip


def _found(ex: Extraction, person: str, org: str) -> list[dict[str, object]]:
    sources, targets = ends(ex, person), ends(ex, org)
    return [r.properties for r in ex.relations
            if r.type == AFF and r.source in sources and r.target in targets]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "org", "role"), FOUND)
def test_affiliation(gz: Gazetteer, text: str, person: str, org: str, role: str | None) -> None:
    ex = extract_relations(DATE + text, gz)
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    found = _found(ex, person, org)
    assert found, got
    if role is not None:
        assert any(str(p.get("role", "")).lower() == role.lower() for p in found), got


@pytest.mark.parametrize(("text", "person", "org", "role"), NOT_FOUND)
def test_no_affiliation(gz: Gazetteer, text: str, person: str, org: str, role: None) -> None:
    ex = extract_relations(DATE + text, gz)
    got = [(r.type, r.source, r.target, r.properties) for r in ex.relations]
    assert not _found(ex, person, org), got


@pytest.mark.parametrize(
    ("text", "not_people"),
    [
        ("Jana Horvat, Minister for Foreign Affairs and European Integration of Croatia, spoke.",
         {"foreign affairs", "european integration"}),
        ("Secretary-General Kofi Mensah thanked the delegates.", {"secretary-general"}),
        ("The Assembly President Maria Lopes Duarte (Portugal) opened the debate.",
         {"assembly president"}),
        ("Ana Ruiz, Regional Representative for Southern Africa of the International "
         "Organization for Migration, spoke.", {"southern africa"}),
        ("Helena Ruiz Olmo, Associate Director for Programs, Alianza Americas",
         {"associate director", "programs"}),
        ("Acudió Pedro Lagos, coordinador de Desarrollo Comunitario de la Alcaldía de Quilpué.",
         {"desarrollo comunitario"}),
    ],
)  # fmt: skip
def test_titles_and_fields_are_no_people(gz: Gazetteer, text: str, not_people: set[str]) -> None:
    ex = extract_relations(DATE + text, gz)
    people = {e.name.lower() for e in ex.entities if e.type == "Person"}
    assert not any(bad in name for name in people for bad in not_people), people


def test_title_then_name_is_the_person(gz: Gazetteer) -> None:
    """ "Secretary-General Kofi Mensah", "Assembly President Maria Lopes Duarte": the person
    is the name after the title, not a name that holds it, nor an event."""
    ex = extract_relations(DATE + "Secretary-General Kofi Mensah thanked the delegates. The "
                           "Assembly President Maria Lopes Duarte (Portugal) closed the debate.",
                           gz)  # fmt: skip
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Kofi Mensah", "Maria Lopes Duarte"} <= people, people
    assert not [e.name for e in ex.entities if e.type == "Event"], ex.entities
