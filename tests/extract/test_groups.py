"""Groups, reported decisions and ended participation through the syntax rules, in English,
Spanish and French. Every sentence is written for this test (none comes from a corpus file):
a list the act is stated of through a group word ("the countries that left are A and B") or a
plural pronoun ("A and B said they would leave"), a conditional that reports a decision under a
verb of saying, an object the parser took for a late subject; and beside each, the negated,
hedged or demanded sentence that must give nothing. Needs the local CoreNLP parser."""

from __future__ import annotations

import pytest

from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import rels, run

GCM = "gcm-compact"
HEAD = {
    "en": "2019-03-02\n\nThe Global Compact for Migration in the news\n\n",
    "es": "2019-03-02\n\nEl Pacto Mundial para la Migración en las noticias\n\n",
    "fr": "2019-03-02\n\nLe Pacte mondial sur les migrations dans la presse\n\n",
}

# (language, sentence, relation type, the sources expected; an empty set: nothing of that type)
CASES = [
    # a plural pronoun stands for the whole list named before it
    (
        "en",
        "Peru, Ghana and Norway have all said they will not sign the compact.",
        "WITHDREW_FROM",
        {"per", "gha", "nor"},
    ),
    (
        "en",
        "Following Chile's lead, Peru and Ghana announced their own exits from the compact.",
        "WITHDREW_FROM",
        {"per", "gha"},
    ),
    ("en", "Peru and Ghana said they might leave the compact next year.", "WITHDREW_FROM", set()),
    (
        "es",
        "Perú y Ghana anunciaron que ellos no firmarán el pacto.",
        "WITHDREW_FROM",
        {"per", "gha"},
    ),
    (
        "fr",
        "Le Pérou et le Ghana ont annoncé qu'ils ne signeraient pas le pacte.",
        "WITHDREW_FROM",
        {"per", "gha"},
    ),
    (
        "fr",
        "Le Pérou et le Ghana ont dit qu'ils pourraient quitter le pacte.",
        "WITHDREW_FROM",
        set(),
    ),
    # a group word whose members are listed: copula, "include", a list after a colon
    (
        "en",
        "Countries that have rejected the pact include Norway, Peru and Ghana.",
        "WITHDREW_FROM",
        {"nor", "per", "gha"},
    ),
    (
        "en",
        "Countries that have not rejected the pact include Norway, Peru and Ghana.",
        "WITHDREW_FROM",
        set(),
    ),
    (
        "es",
        "Los países que rechazaron el pacto son Noruega, Perú y Ghana.",
        "WITHDREW_FROM",
        {"nor", "per", "gha"},
    ),
    ("es", "Los países que podrían rechazar el pacto son Noruega y Perú.", "WITHDREW_FROM", set()),
    (
        "fr",
        "Les pays qui ont quitté le pacte sont la Norvège, le Pérou et le Ghana.",
        "WITHDREW_FROM",
        {"nor", "per", "gha"},
    ),
    (
        "fr",
        "Les pays qui n'ont pas quitté le pacte sont la Norvège et le Pérou.",
        "WITHDREW_FROM",
        set(),
    ),
    # members named with a group word by "among", "including"; a nominal act "by" a list
    (
        "en",
        "A dozen states have now left the compact, among them Norway, Peru and Ghana.",
        "WITHDREW_FROM",
        {"nor", "per", "gha"},
    ),
    (
        "en",
        "A dozen states may now leave the compact, among them Norway and Peru.",
        "WITHDREW_FROM",
        set(),
    ),
    (
        "en",
        "The withdrawals by Norway, Peru and Ghana weakened the compact.",
        "WITHDREW_FROM",
        {"nor", "per", "gha"},
    ),
    (
        "es",
        "Varios países, entre ellos Noruega y Perú, se retiraron del pacto.",
        "WITHDREW_FROM",
        {"nor", "per"},
    ),
    (
        "fr",
        "Plusieurs pays, parmi lesquels la Norvège et le Pérou, ont quitté le pacte.",
        "WITHDREW_FROM",
        {"nor", "per"},
    ),
    # one who joins a group the sentence speaks of is one of its members
    (
        "es",
        "Noruega se sumó a la lista de países que no firmarán el pacto.",
        "WITHDREW_FROM",
        {"nor"},
    ),
    (
        "en",
        "Ghana joined the group of countries that have rejected the compact.",
        "WITHDREW_FROM",
        {"gha"},
    ),
    ("fr", "Le Pérou a rejoint les pays qui ont quitté le pacte.", "WITHDREW_FROM", {"per"}),
    ("en", "Ghana joined the countries that may leave the compact.", "WITHDREW_FROM", set()),
    # a clause after a comma on a list's last member speaks of the whole list; a hedge on
    # one member is that member's
    (
        "en",
        "The compact was criticised by Norway, Peru and Ghana, which have left it.",
        "WITHDREW_FROM",
        {"nor", "per", "gha"},
    ),
    (
        "en",
        "Norway, Peru and possibly Ghana have withdrawn from the compact.",
        "WITHDREW_FROM",
        {"nor", "per"},
    ),
    # an ended participation is a withdrawal, not a participation
    (
        "en",
        "Norway ended its participation in the negotiations on the compact in May.",
        "WITHDREW_FROM",
        {"nor"},
    ),
    (
        "en",
        "Norway ended its participation in the negotiations on the compact in May.",
        "PARTICIPATED_IN",
        set(),
    ),
    (
        "es",
        "Noruega puso fin a su participación en las negociaciones del pacto.",
        "WITHDREW_FROM",
        {"nor"},
    ),
    (
        "fr",
        "La Norvège a mis fin à sa participation aux négociations du pacte.",
        "WITHDREW_FROM",
        {"nor"},
    ),
    (
        "en",
        "Opposition parties urged Norway to end its participation in the compact.",
        "WITHDREW_FROM",
        set(),
    ),
    # a conditional under a verb of saying reports the decision; alone it is a hedge
    ("es", "Perú anunció que no firmaría el pacto.", "WITHDREW_FROM", {"per"}),
    ("es", "Perú no firmaría el pacto si el Congreso lo rechaza.", "WITHDREW_FROM", set()),
    (
        "fr",
        "Le gouvernement du Pérou a déclaré qu'il se retirerait du pacte.",
        "WITHDREW_FROM",
        {"per"},
    ),
    ("fr", "Le Pérou se retirerait du pacte, selon certains diplomates.", "WITHDREW_FROM", set()),
    # a decision put off until others have spoken
    (
        "en",
        "Norway prefers to wait for its parliament before taking a decision on the compact.",
        "DEFERRED_DECISION_ON",
        {"nor"},
    ),
    (
        "en",
        "Norway is waiting for the parliament to debate the compact.",
        "DEFERRED_DECISION_ON",
        set(),
    ),
    (
        "es",
        "Perú prefiere esperar al Congreso antes de decidir sobre el pacto.",
        "DEFERRED_DECISION_ON",
        {"per"},
    ),
    (
        "fr",
        "Le Pérou préfère attendre le vote du Parlement avant de décider sur le pacte.",
        "DEFERRED_DECISION_ON",
        {"per"},
    ),
    # an irregular form the lemmatizer does not know as the trigger ("left")
    ("en", "Ghana left the compact in the spring.", "WITHDREW_FROM", {"gha"}),
    ("en", "Ghana never left the compact.", "WITHDREW_FROM", set()),
]


@pytest.mark.parametrize(("language", "sentence", "type_", "sources"), CASES)
def test_group(gz: Gazetteer, language: str, sentence: str, type_: str, sources: set[str]) -> None:
    extraction = run(gz, HEAD[language] + sentence)
    found = {s for s, t in rels(extraction, type_) if t == GCM}
    assert found == sources, (sentence, rels(extraction, type_))
