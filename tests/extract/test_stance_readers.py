"""Stances read in general, in English, Spanish and French (ADVOCATES to a Position named by the
phrase as written): a demand put to others with the act asked for ("calls on states to end X",
"calling for governments to ratify X", "insta a los Estados a cerrar X", "demande aux
gouvernements de fermer X"), "urges the ratification of X", support of a change ("supports /
apoya / soutient the regularisation of X"), "se pronuncia a favor / en contra de X", "se
prononce pour X", "appelle à la fermeture de X", the noun of a call ("A's call for X", "son
appel à X"), a participle after a group one joins ("A joined 30 other groups, urging states
to ..."), the first person of a signed text and the names set beside "we"; and beside them what
must give nothing: negated, hedged, forecast, a question, a demand put on the actor by others,
a passive with no one who asks, an addressee who does not govern ("calls on participants to"),
an act asked for a given day, a decision asked on a known process (a stance on the process
itself), a thing rather than a change. Every organisation is invented. Needs the local CoreNLP
parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from ingest.extract.types import Extraction
from tests.extract.conftest import run

DATE = "2020-03-11"
TITLE = {
    "en": "Joint statement of the Tidewater Rights Network and the Ember Valley Alliance",
    "es": "Declaración conjunta de la Red Marejada y de la Alianza Valle Ascua",
    "fr": "Déclaration commune du Réseau Marée Haute et de l'Alliance Val de Braise",
}
AUTHORS = {
    "en": ("tidewater rights network", "ember valley alliance"),
    "es": ("red marejada", "alianza valle ascua"),
    "fr": ("réseau marée haute", "alliance val de braise"),
}


def stances(ex: Extraction) -> set[tuple[str, str, str]]:
    """(source name, position name, stance) of each ADVOCATES, names in lower case."""
    names = {e.key: e.name.lower() for e in ex.entities}
    return {
        (names[r.source], names[r.target], str(r.properties.get("stance")))
        for r in ex.relations
        if r.type == "ADVOCATES"
    }


def read(gz: Gazetteer, lang: str, sentence: str, titled: bool = False) -> Extraction:
    head = f"{DATE}\n\n" + (TITLE[lang] + "\n\n" if titled else "")
    return run(gz, head + sentence + "\n", DATE)


# (language, sentence, (actor, position as written, stance) expected)
READ = [
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild called on states to end the detention of migrant children.",
        {("saltmarsh workers guild", "end the detention of migrant children", "for")},
        id="en-call-on-to",
    ),
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild urged the coastal states to stop funding border camps "
        "in third countries.",
        {("saltmarsh workers guild", "stop funding border camps in third countries", "for")},
        id="en-urge-object-to",
    ),
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild is calling for governments to ratify the convention on "
        "domestic workers.",
        {("saltmarsh workers guild", "ratify the convention on domestic workers", "for")},
        id="en-calling-for-a-to",
    ),
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild joined 30 other groups, urging states to step up efforts "
        "to protect the rights of seasonal farm workers, including by funding shelters.",
        {
            (
                "saltmarsh workers guild",
                "step up efforts to protect the rights of seasonal farm workers",
                "for",
            )
        },
        id="en-joined-groups-calling",
    ),
    pytest.param(
        "en",
        "Lawmakers were urged by the Saltmarsh Workers Guild to repeal the tied visa rules "
        "for farm workers.",
        {("saltmarsh workers guild", "repeal the tied visa rules for farm workers", "for")},
        id="en-passive-with-agent",
    ),
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild urges the ratification of the convention on migrant workers.",
        {("saltmarsh workers guild", "ratification of the convention on migrant workers", "for")},
        id="en-urges-noun",
    ),
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild supports the regularisation of undocumented farm workers.",
        {("saltmarsh workers guild", "regularisation of undocumented farm workers", "for")},
        id="en-supports-change",
    ),
    pytest.param(
        "es",
        "La Red Cauce pidió a los gobiernos garantizar el acceso a la salud para las "
        "personas migrantes.",
        {
            (
                "red cauce",
                "garantizar el acceso a la salud para las personas migrantes",
                "for",
            )
        },
        id="es-pidio-a-inf",
    ),
    pytest.param(
        "es",
        "La Red Cauce insta a los Estados a cerrar los centros de detención de migrantes.",
        {("red cauce", "cerrar los centros de detención de migrantes", "for")},
        id="es-insta-a-a-inf",
    ),
    pytest.param(
        "es",
        "La Red Cauce apoya la regularización de los trabajadores agrícolas migrantes.",
        {("red cauce", "regularización de los trabajadores agrícolas migrantes", "for")},
        id="es-apoya-change",
    ),
    pytest.param(
        "es",
        "La Red Cauce se pronuncia a favor de la regularización de los trabajadores migrantes.",
        {("red cauce", "regularización de los trabajadores migrantes", "for")},
        id="es-a-favor-de",
    ),
    pytest.param(
        "es",
        "La Red Cauce se pronunció en contra de la militarización de las fronteras del sur.",
        {("red cauce", "militarización de las fronteras del sur", "against")},
        id="es-en-contra-de",
    ),
    pytest.param(
        "fr",
        "Le Collectif Rive Claire appelle les États à fermer les centres de rétention.",
        {("collectif rive claire", "fermer les centres de rétention", "for")},
        id="fr-appelle-a-inf",
    ),
    pytest.param(
        "fr",
        "Le Collectif Rive Claire demande aux gouvernements de régulariser les travailleurs "
        "saisonniers.",
        {("collectif rive claire", "régulariser les travailleurs saisonniers", "for")},
        id="fr-demande-de-inf",
    ),
    pytest.param(
        "fr",
        "Le Collectif Rive Claire appelle à la fermeture des centres de rétention.",
        {("collectif rive claire", "fermeture des centres de rétention", "for")},
        id="fr-appelle-a-noun",
    ),
    pytest.param(
        "fr",
        "Le Collectif Rive Claire soutient la régularisation des travailleurs saisonniers.",
        {("collectif rive claire", "régularisation des travailleurs saisonniers", "for")},
        id="fr-soutient-change",
    ),
]


READ += [
    pytest.param(
        "fr",
        "Le Collectif Rive Claire plaide en faveur de la régularisation des travailleurs "
        "saisonniers.",
        {("collectif rive claire", "régularisation des travailleurs saisonniers", "for")},
        id="fr-en-faveur-de",
    ),
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild argued in favour of the regularisation of undocumented "
        "workers.",
        {("saltmarsh workers guild", "regularisation of undocumented workers", "for")},
        id="en-in-favour-of",
    ),
    pytest.param(
        "es",
        "La Red Cauce hizo un llamado a los gobiernos a regularizar a los trabajadores migrantes.",
        {("red cauce", "regularizar a los trabajadores migrantes", "for")},
        id="es-hizo-un-llamado-a-a-inf",
    ),
    pytest.param(
        "fr",
        "Le Collectif Rive Claire lance un appel aux gouvernements à fermer les centres de "
        "rétention.",
        {("collectif rive claire", "fermer les centres de rétention", "for")},
        id="fr-lance-un-appel-a-inf",
    ),
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild renewed its call for the closure of immigration detention "
        "centres.",
        {("saltmarsh workers guild", "closure of immigration detention centres", "for")},
        id="en-its-call-for",
    ),
    pytest.param(
        "en",
        "The Saltmarsh Workers Guild's call for the regularisation of undocumented workers was "
        "ignored.",
        {("saltmarsh workers guild", "regularisation of undocumented workers", "for")},
        id="en-possessive-call-for",
    ),
    pytest.param(
        "fr",
        "Le Collectif Rive Claire a renouvelé son appel à la fermeture des centres de rétention.",
        {("collectif rive claire", "fermeture des centres de rétention", "for")},
        id="fr-son-appel-a",
    ),
    pytest.param(
        "en",
        "We, the Saltmarsh Workers Guild and its partners, call on governments to open safe "
        "routes for seasonal workers.",
        {("saltmarsh workers guild", "open safe routes for seasonal workers", "for")},
        id="en-we-named-beside",
    ),
    pytest.param(
        "es",
        "Nosotros, la Red Cauce y sus socios, pedimos a los gobiernos cerrar los centros de "
        "detención.",
        {("red cauce", "cerrar los centros de detención", "for")},
        id="es-nosotros-named-beside",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), READ)
def test_a_stance_is_read(
    gz: Gazetteer, lang: str, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    ex = read(gz, lang, sentence)
    assert stances(ex) == expected, (ex.relations, ex.warnings)


# first person of a signed text: the authors its title line names
FIRST_PERSON = [
    ("en", "We urge all governments to end the detention of migrant children.",
     "end the detention of migrant children"),
    ("es", "Exigimos a los Estados garantizar el acceso a la justicia para las personas "
     "migrantes.", "garantizar el acceso a la justicia para las personas migrantes"),
    ("fr", "Nous demandons aux gouvernements de fermer les centres de rétention "
     "administrative.", "fermer les centres de rétention administrative"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence", "phrase"), FIRST_PERSON)
def test_the_first_person_is_the_authors(
    gz: Gazetteer, lang: str, sentence: str, phrase: str
) -> None:
    ex = read(gz, lang, sentence, titled=True)
    assert stances(ex) == {(a, phrase, "for") for a in AUTHORS[lang]}, ex.relations


# sentences that must give no stance at all
NOTHING = [
    # negated, hedged, forecast, question
    ("en", "The Saltmarsh Workers Guild did not call on states to close detention centres."),
    ("en", "The Saltmarsh Workers Guild may call on states to close detention centres."),
    ("en", "The Saltmarsh Workers Guild is considering calling on states to close detention "
     "centres."),
    ("en", "The Saltmarsh Workers Guild will call on states to close detention centres next "
     "month."),
    ("en", "Did the Saltmarsh Workers Guild call on states to close detention centres?"),
    ("en", "The Saltmarsh Workers Guild does not support the regularisation of farm workers."),
    # someone else's demand, a passive with no one who asks, an opponent's words
    ("en", "Several unions urged the Saltmarsh Workers Guild to call on states to close "
     "detention centres."),
    ("en", "Member states were urged to close immigration detention centres."),
    ("en", "The minister urged the Saltmarsh Workers Guild to stop its boat patrols at sea."),
    # no addressee, no object, a thing, a given day, a known process, a plural pronoun
    ("en", "The Saltmarsh Workers Guild asked to speak at the hearing."),
    ("en", "The Saltmarsh Workers Guild asked participants to introduce themselves."),
    ("en", "The Saltmarsh Workers Guild asked the government to clarify its position on the "
     "border plan."),
    ("en", "The Saltmarsh Workers Guild called on civil society groups to share their "
     "experiences of border monitoring."),
    ("es", "La Red Cauce hizo un llamado a los voluntarios a conocer mejor los barrios de "
     "acogida."),
    ("fr", "Le Collectif Rive Claire invite les bénévoles à rejoindre les maraudes du "
     "samedi soir."),
    ("en", "The Saltmarsh Workers Guild supports the organisation of the regional forum."),
    ("en", "The Saltmarsh Workers Guild urged lawmakers to vote on Tuesday for the reform of "
     "asylum rules."),
    ("en", "The Saltmarsh Workers Guild urged states to sign the Global Compact for Migration."),
    ("en", "The Saltmarsh Workers Guild may renew its call for the closure of immigration "
     "detention centres."),
    ("en", "The Saltmarsh Workers Guild will launch a call for the closure of detention centres "
     "next month."),
    ("en", "The Saltmarsh Workers Guild did not renew its call for the closure of detention "
     "centres."),
    ("en", "The Saltmarsh Workers Guild issued a call for participation in the regional forum."),
    ("en", "According to the sponsors, they call on all states to open safe routes for "
     "refugees."),
    ("es", "La Red Cauce no pidió a los gobiernos cerrar los centros de detención."),
    ("es", "La Red Cauce podría pedir a los gobiernos cerrar los centros de detención."),
    ("es", "La Red Cauce pedirá a los gobiernos cerrar los centros de detención el próximo "
     "mes."),
    ("es", "¿Pidió la Red Cauce a los gobiernos cerrar los centros de detención?"),
    ("es", "Varias organizaciones instaron a la Red Cauce a pedir a los gobiernos cerrar los "
     "centros de detención."),
    ("es", "El ministro pidió a la Red Cauce suspender los rescates en el mar."),
    ("es", "La Red Cauce llama a los Estados miembros de la región."),
    ("es", "La Red Cauce apoya a las comunidades de acogida de la frontera."),
    ("fr", "Le Collectif Rive Claire n'a pas appelé les États à fermer les centres de "
     "rétention."),
    ("fr", "Le Collectif Rive Claire pourrait demander aux gouvernements de fermer les centres "
     "de rétention."),
    ("fr", "Le Collectif Rive Claire appellera les États à fermer les centres de rétention le "
     "mois prochain."),
    ("fr", "Le Collectif Rive Claire a-t-il appelé les États à fermer les centres de "
     "rétention ?"),
    ("fr", "Le Collectif Rive Claire ne soutient pas la régularisation des travailleurs "
     "saisonniers."),
    ("es", "La Red Cauce no apoya la regularización de los trabajadores agrícolas."),
    ("es", "La Red Cauce podría pronunciarse a favor de la regularización de los trabajadores "
     "migrantes."),
    ("fr", "Le Collectif Rive Claire ne plaide pas en faveur de la régularisation des "
     "travailleurs saisonniers."),
    ("fr", "Le ministre a exhorté le Collectif Rive Claire à cesser les sauvetages en mer."),
    ("fr", "Le Collectif Rive Claire a demandé aux participants de se présenter."),
    ("fr", "Le Collectif Rive Claire appelle les élus à voter ce jeudi en faveur de la "
     "réforme, sans réserve."),
    ("fr", "Le Collectif Rive Claire soutient le festival des cultures du quartier."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "sentence"), NOTHING)
def test_no_stance(gz: Gazetteer, lang: str, sentence: str) -> None:
    ex = read(gz, lang, sentence)
    assert stances(ex) == set(), (ex.relations, ex.warnings)
