"""Shapes of whole Spanish event reports (written for round 2 of issue 11): the speakers of a
list that goes on after semicolons ("intervinieron A, coordinadora de X; B, investigador de
Y; y C, del Z"), and who had a part of a meeting in charge ("la inauguración estuvo a cargo
de P", "la clausura corrió a cargo de A y de B": lexicon speech_part, in_charge), each a
speaker; a negated, hedged or future one gives nothing. Every name here is invented for this
test. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import named, run

TITLE = "2019-04-08\nEncuentro Regional de Redes Migrantes 2019\n\n"
EVENT = "encuentro regional de redes migrantes"

CASES = [
    # (body, expected SPOKE_AT sources at the titled meeting)
    ("En el encuentro intervinieron Carmen Olivares, coordinadora de la Asociación Luz del "
     "Sur; Tomás Gorriti, investigador de la Universidad de Valcarce; y Nuria Balaguer, del "
     "Colectivo Lucha Diaria.", {"carmen olivares", "tomás gorriti", "nuria balaguer"}),
    ("Durante la primera mesa hablaron Carmen Olivares, de la Asociación Luz del Sur; Tomás "
     "Gorriti, de la Universidad de Valcarce; Nuria Balaguer, del Colectivo Lucha Diaria, y "
     "Pedro Salas, de la Fundación Norte.",
     {"carmen olivares", "tomás gorriti", "nuria balaguer", "pedro salas"}),
    ("En el encuentro no intervinieron Carmen Olivares, coordinadora de la Asociación Luz del "
     "Sur; Tomás Gorriti, investigador de la Universidad de Valcarce.", set()),
    ("En el encuentro intervendrán Carmen Olivares, coordinadora de la Asociación Luz del Sur; "
     "Tomás Gorriti, investigador de la Universidad de Valcarce; y Nuria Balaguer, del "
     "Colectivo Lucha Diaria.", set()),
    ("La inauguración estuvo a cargo de Marta Quiroga, coordinadora general de la Red Andina, "
     "quien destacó la importancia de articular a las organizaciones.", {"marta quiroga"}),
    ("La sesión inaugural corrió a cargo de Elena Sotomayor y de Pedro Salas.",
     {"elena sotomayor", "pedro salas"}),
    ("La clausura del encuentro estuvo a cargo de Elena Sotomayor, directora ejecutiva de la "
     "Fundación Caminos del Sur, y del diputado Andrés Lamas.",
     {"elena sotomayor", "andrés lamas"}),
    ("La sesión inaugural estuvo a cargo de Elena Sotomayor, directora ejecutiva de la "
     "Fundación Caminos del Sur.", {"elena sotomayor"}),
    ("La sesión inaugural no estuvo a cargo de Elena Sotomayor, directora ejecutiva de la "
     "Fundación Caminos del Sur.", set()),
    ("La clausura estará a cargo de Elena Sotomayor.", set()),
    ("La inauguración no estuvo a cargo de Elena Sotomayor.", set()),
    ("La inauguración podría estar a cargo de Elena Sotomayor.", set()),
    ("La apertura será a cargo de Elena Sotomayor.", set()),
    ("La logística estuvo a cargo de Elena Sotomayor.", set()),
    ("La inauguración estuvo a cargo de la Fundación Caminos del Sur.", set()),
]  # fmt: skip


FOCUS = [
    # the meeting only in the title: a parser's object after the semicolon is a speaker, no
    # meeting the sentence names
    ("En la mesa sobre trabajo y movilidad intervinieron Carmen Olivares, coordinadora de la "
     "Asociación Luz del Sur; Tomás Gorriti, investigador de la Universidad de Valcarce; y "
     "Nuria Balaguer, del Colectivo Lucha Diaria.",
     {"carmen olivares", "tomás gorriti", "nuria balaguer"}),
    ("En la mesa sobre trabajo no intervinieron Carmen Olivares, coordinadora de la Asociación "
     "Luz del Sur; Tomás Gorriti, investigador de la Universidad de Valcarce.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("body", "speakers"), FOCUS)
def test_speakers_after_a_semicolon_at_the_titled_meeting(
    gz: Gazetteer, body: str, speakers: set[str]
) -> None:
    ex = run(gz, "2019-04-08\nForo Regional de Movilidad Laboral 2019\n\n" + body)
    got = {(s, t) for s, t in named(ex, "SPOKE_AT") if t.startswith("foro regional")}
    assert {s for s, _ in got} == speakers, ex.relations
    assert len(named(ex, "SPOKE_AT")) == len(speakers), ex.relations


@pytest.mark.parametrize(("body", "speakers"), CASES)
def test_speakers_of_a_spanish_event_report(gz: Gazetteer, body: str, speakers: set[str]) -> None:
    ex = run(gz, TITLE + body)
    assert named(ex, "SPOKE_AT") == {(p, EVENT) for p in speakers}, ex.relations
    assert not named(ex, "ORGANIZED"), ex.relations  # (a speaker is no organiser)


JOINED = [
    # a newsletter's "new members": the names after a verb of joining that has no subject of
    # its own ("se incorporaron a la red A y B") join; negated, future or hedged: nothing
    ("Se incorporaron a la Red Migrante la Asociación Raíces del Valle y la Fundación "
     "Horizonte Común.", {"asociación raíces del valle", "fundación horizonte común"}),
    ("Este año se integraron a la Red Migrante la Asociación Raíces del Valle, el Colectivo "
     "Puertas Abiertas y la Fundación Horizonte Común.",
     {"asociación raíces del valle", "colectivo puertas abiertas", "fundación horizonte común"}),
    ("La Asociación Raíces del Valle y el Colectivo Puertas Abiertas se adhirieron a la Red "
     "Migrante.", {"asociación raíces del valle", "colectivo puertas abiertas"}),
    ("No se incorporaron a la Red Migrante la Asociación Raíces del Valle ni la Fundación "
     "Horizonte Común.", set()),
    ("Se incorporarán a la Red Migrante la Asociación Raíces del Valle y la Fundación Horizonte "
     "Común.", set()),
    ("Podrían sumarse a la Red Migrante la Asociación Raíces del Valle y la Fundación Horizonte "
     "Común.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("body", "members"), JOINED)
def test_late_names_of_a_verb_of_joining(gz: Gazetteer, body: str, members: set[str]) -> None:
    ex = run(gz, "2019-04-08\nBoletín de la Red Migrante\n\n" + body)
    assert named(ex, "MEMBER_OF") == {(m, "red migrante") for m in members}, ex.relations
