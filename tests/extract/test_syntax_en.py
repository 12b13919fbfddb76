"""English sentences through the syntax rules: written for this test (no corpus sentence), one
active, one passive or nominal, one list, one negated and one hedged or demanded by others per
relation type. Needs the local CoreNLP parser (English models)."""

from __future__ import annotations

import pytest

from ingest.extract.engine import extract_relations
from ingest.extract.gazetteer import Gazetteer
from tests.extract.conftest import found

GCM, COAL, RES, CONF = "gcm-compact", "gcm-coalition", "a-res-73-195", "marrakech-conference-2018"
DATE = "2019-05-14\n\n"

# (sentence, relation type, source, target, expected) ; a source or target that starts with
# "~" is a candidate's name (compared folded, containment)
CASES = [
    # WITHDREW_FROM
    ("Slovenia quietly pulled out of the Global Compact for Migration last week.",
     "WITHDREW_FROM", "svn", GCM, True),
    ("The withdrawal of Austria from the Global Compact for Migration angered aid groups.",
     "WITHDREW_FROM", "aut", GCM, True),
    ("Latvia, Bulgaria and Estonia have all rejected the Global Compact for Migration.",
     "WITHDREW_FROM", "bgr", GCM, True),
    ("Latvia, Bulgaria and Estonia have all rejected the Global Compact for Migration.",
     "WITHDREW_FROM", "lva", GCM, True),
    ("Chile will not sign the Global Compact for Migration, its cabinet confirmed.",
     "WITHDREW_FROM", "chl", GCM, True),
    ("Denmark has not withdrawn from the Global Compact for Migration.",
     "WITHDREW_FROM", "dnk", GCM, False),
    ("Opposition deputies urged Croatia to abandon the Global Compact for Migration.",
     "WITHDREW_FROM", "hrv", GCM, False),
    ("Greece might leave the Global Compact for Migration next year.",
     "WITHDREW_FROM", "grc", GCM, False),
    ("If the courts object, Portugal would quit the Global Compact for Migration.",
     "WITHDREW_FROM", "prt", GCM, False),
    # VOTED
    ("Hungary voted against resolution A/RES/73/195 in the General Assembly.",
     "VOTED", "hun", RES, True),
    pytest.param("Nobody expects that Kenya will vote against resolution A/RES/73/195.",
                 "VOTED", "ken", RES, False),
    pytest.param("Brazil did not vote against resolution A/RES/73/195.", "VOTED", "bra", RES,
                 False),
    # MEMBER_OF
    ("The Platform for International Cooperation on Undocumented Migrants is a member of the "
     "Global Coalition on Migration.", "MEMBER_OF", "picum", COAL, True),
    ("Migrant Forum in Asia, Alianza Americas and the National Network for Immigrant and "
     "Refugee Rights are members of the Global Coalition on Migration.",
     "MEMBER_OF", "nnirr", COAL, True),
    ("The Global Coalition on Migration brings together Migrant Forum in Asia and the "
     "Platform for International Cooperation on Undocumented Migrants.",
     "MEMBER_OF", "picum", COAL, True),
    ("Alianza Americas is no longer a member of the Global Coalition on Migration.",
     "MEMBER_OF", "alianza-americas", COAL, False),
    # HOSTS_SECRETARIAT
    ("Migrant Forum in Asia hosts the secretariat of the Global Coalition on Migration.",
     "HOSTS_SECRETARIAT", "mfa-asia", COAL, True),
    ("The secretariat of the Global Coalition on Migration is hosted by Alianza Americas.",
     "HOSTS_SECRETARIAT", "alianza-americas", COAL, True),
    ("Alianza Americas does not host the secretariat of the Global Coalition on Migration.",
     "HOSTS_SECRETARIAT", "alianza-americas", COAL, False),
    ("Members asked Alianza Americas to host the secretariat of the Global Coalition on "
     "Migration.", "HOSTS_SECRETARIAT", "alianza-americas", COAL, False),
    # AFFILIATED_WITH (titles)
    ("Rosa Delgado Ibarra, treasurer of Alianza Americas, opened the meeting.",
     "AFFILIATED_WITH", "~Rosa Delgado Ibarra", "alianza-americas", True),
    # SIGNED: the text's own statement
    ("This statement was signed by Alianza Americas and Migrant Forum in Asia.",
     "SIGNED", "alianza-americas", "document:self", True),
    ("Alianza Americas did not sign this statement.",
     "SIGNED", "alianza-americas", "document:self", False),
    # SPOKE_AT
    ("At the Intergovernmental Conference in Marrakech, Maya Okafor spoke on detention.",
     "SPOKE_AT", "~Maya Okafor", CONF, True),
    ("Maya Okafor will speak at the Intergovernmental Conference in Marrakech.",
     "SPOKE_AT", "~Maya Okafor", CONF, False),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "type_", "source", "target", "expected"), CASES)
def test_sentence(
    gz: Gazetteer, sentence: str, type_: str, source: str, target: str, expected: bool
) -> None:
    ex = extract_relations(DATE + sentence, gz)
    got = [(r.type, r.source, r.target, r.method) for r in ex.relations]
    assert found(ex, type_, source, target) is expected, got


def test_refusals_are_warnings_with_their_quote(gz: Gazetteer) -> None:
    sentence = "Greece might leave the Global Compact for Migration next year."
    ex = extract_relations(DATE + sentence, gz)
    assert not [r for r in ex.relations if r.type == "WITHDREW_FROM"]
    assert any("hedged" in w and sentence[:30] in w for w in ex.warnings), ex.warnings


def test_relations_name_their_frame_and_quote_exactly(gz: Gazetteer) -> None:
    text = DATE + "Slovenia quietly pulled out of the Global Compact for Migration last week."
    ex = extract_relations(text, gz)
    rel = next(r for r in ex.relations if r.type == "WITHDREW_FROM")
    assert rel.method.startswith("extracted:syntax:leave-verb@")
    assert text[rel.start : rel.end] == rel.quote
    assert rel.properties["kind"] == "withdrew"
    assert rel.properties["date"] == "2019-05"
