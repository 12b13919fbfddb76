"""Who signs a text with no heading over its signatures: a text whose signers speak of
themselves in its body ("We, the undersigned organisations", "Las organizaciones abajo
firmantes", "Les organisations soussignées") and that ends on lines that each name a body; and a
letter's closing formula ("Sincerely,", "Atentamente,", "Cordialement,") over the names that
sign it. A news page that speaks of "the undersigned" of another letter and ends on a label and
headlines signs nothing. Every name is invented for this test. Needs the local CoreNLP parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.documents.extraction import document_ids_for, extract, segment
from ingest.documents.readers import SourceText
from ingest.extract.gazetteer import Gazetteer


def signers(gz: Gazetteer, text: str) -> set[str]:
    """Who signed the file's own document, the file read as `coalition-graph extract` does."""
    segmented = segment(SourceText(Path("statement.txt"), "text", text), None)
    ex = extract(text, segmented, gz, document_ids_for(text, segmented, {}))
    names = {e.key: e.name.lower() for e in ex.entities}
    own = {d.id for d in ex.documents}
    return {names[r.source] for r in ex.relations if r.type == "SIGNED" and r.target in own}


CASES = [
    ("Joint statement on the detention law\n\nWe, the undersigned organisations, call on the "
     "government to withdraw the new detention law.\n\nLumen Network\nHarbour Alliance\n"
     "Migrant Voices\n", {"lumen network", "harbour alliance", "migrant voices"}),
    # a contact line after the names is no name, and ends nothing
    ("Joint statement on the detention law\n\nWe, the undersigned organisations, call on the "
     "government to withdraw the new detention law.\n\nLumen Network\nHarbour Alliance\n\n"
     "Contact: press@lumen.example\n", {"lumen network", "harbour alliance"}),
    ("Declaración pública\n\nLas organizaciones abajo firmantes expresamos nuestra preocupación "
     "por la nueva ley.\n\nRed Andina\nAlianza Costera\nColectivo Migrante\n",
     {"red andina", "alianza costera", "colectivo migrante"}),
    ("Déclaration commune\n\nLes organisations soussignées demandent le retrait de la loi.\n\n"
     "Réseau Lumen\nAlliance Harbour\nCollectif Migrant\n",
     {"réseau lumen", "alliance harbour", "collectif migrant"}),
    ("Open letter to the Minister of the Interior\n\nDear Minister,\n\nWe write to express our "
     "concern about the new detention law.\n\nSincerely,\n\nLumen Network\nHarbour Alliance\n",
     {"lumen network", "harbour alliance"}),
    ("Carta abierta al Ministro del Interior\n\nSeñor Ministro:\n\nLe escribimos para expresar "
     "nuestra preocupación por la nueva ley.\n\nAtentamente,\n\nRed Andina\nAlianza Costera\n",
     {"red andina", "alianza costera"}),
    ("Lettre ouverte au ministre de l'Intérieur\n\nMonsieur le Ministre,\n\nNous vous écrivons "
     "pour exprimer notre inquiétude face à la nouvelle loi.\n\nCordialement,\n\nRéseau Lumen\n"
     "Alliance Harbour\n", {"réseau lumen", "alliance harbour"}),
    # a news page: "the undersigned" of another letter, a label and headlines at its end
    ("Hundreds sign letter against detention law\n\nThe undersigned organisations of last "
     "year's letter met the minister on Monday. The minister said the law would be reviewed."
     "\n\nRelated articles\nDetention Law Debate Continues\nMinister Meets Civil Society\n", set()),
    # no word of the undersigned: the names at the end sign nothing
    ("Detention law: a step backwards\n\nThe new law was adopted on Monday after a long "
     "debate in parliament.\n\nLumen Network\nHarbour Alliance\n", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_names_that_end_a_text_of_the_undersigned(
    gz: Gazetteer, text: str, expected: set[str]
) -> None:
    assert signers(gz, "2021-04-09\n\n" + text) == expected
