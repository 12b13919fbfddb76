"""The corpus/dev scoring rule (ingest/extract/devscore.py) on small hand-made gold and
predictions: ends, folding, containment, the file's own document, one gold per prediction,
negatives, properties, model gaps, and the sums."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ingest.extract.devscore import (
    LEGISLATURE,
    Counts,
    End,
    GoldRel,
    PredRel,
    Summary,
    end_matches,
    gold_relations,
    known_ends,
    label_finder,
    model_gap,
    predictions,
    reader,
    same_name,
    score_document,
)
from ingest.extract.types import (
    DocumentSegment,
    ExtractedEntity,
    ExtractedRelation,
    Extraction,
    GazetteerEntry,
)

TEXT = (
    "Vivid Harbour Collective and Lantern Aid Ltd signed the letter. "
    "Norland voted against the accord. Norland might leave the accord next year."
)


def ent(id_: str | None, *names: str) -> End:
    return End(id_, names)


def pred(type_: str, source: End, target: End, quote: str = "", **props: Any) -> PredRel:
    start = TEXT.find(quote) if quote else 0
    end = start + len(quote)
    return PredRel(type_, source, target, props, TEXT[start:end], start, end)


DOC = End("document:0", (), True)
VIVID = ent(None, "Vivid Harbour Collective", "Vivid Harbour")
NORLAND = ent("nld-x", "Norland")
ACCORD = ent("accord-x", "The Accord")
SIGNED_Q = "Vivid Harbour Collective and Lantern Aid Ltd signed the letter."
VOTED_Q = "Norland voted against the accord."


def test_a_gold_id_matches_the_predicted_entity_id_only() -> None:
    assert end_matches("nld-x", NORLAND)
    assert not end_matches("nld-y", NORLAND)
    # a candidate named like the id is no match for the id
    assert not end_matches("nld-x", ent(None, "nld-x"))


def test_candidates_fold_case_accents_and_spaces_against_name_and_aliases() -> None:
    assert end_matches("candidate:VIVID  harbour", VIVID)  # an alias, case and spaces
    assert end_matches("candidate:Réseau Éducation", ent(None, "reseau education"))
    assert end_matches("candidate:Vivid Harbour Collective", ent("vhc", "Vivid Harbour Collective"))
    assert not end_matches("candidate:Lantern Aid", VIVID)


def test_containment_needs_eight_characters_in_the_shorter_name() -> None:
    assert same_name("Lantern Aid", "Lantern Aid Ltd")  # 11 characters inside
    assert same_name("Lantern Aid Ltd", "lantern aid")  # either way round
    assert not same_name("Aid Ltd", "Lantern Aid Ltd")  # 7 characters: too short
    assert same_name("Aid Ltd", "aid ltd")  # equal names of any length
    assert same_name("abcdefgh", "xx abcdefgh yy") and not same_name("abcdefg", "xx abcdefg yy")


def test_document_self_is_a_documents_entry_and_nothing_else() -> None:
    assert end_matches("document:self", DOC)
    assert not end_matches("document:self", ent("doc-1", "The letter"))
    assert not end_matches("candidate:The letter", End("document:0", ("The letter",), True))


def test_predictions_resolve_entities_and_the_documents_of_the_extraction() -> None:
    start = TEXT.index(SIGNED_Q)
    extraction = Extraction(
        TEXT,
        [DocumentSegment("Letter", None, "en", 0, len(TEXT), id="document:0")],
        [
            ExtractedEntity(
                "candidate:vivid",
                None,
                "Vivid Harbour Collective",
                "Organization",
                ["Vivid Harbour"],
            )
        ],
        [
            ExtractedRelation(
                "SIGNED",
                "candidate:vivid",
                "document:0",
                {},
                SIGNED_Q,
                start,
                start + len(SIGNED_Q),
                0.9,
            )
        ],
    )
    (p,) = predictions(extraction)
    assert p.source == End(None, ("Vivid Harbour Collective", "Vivid Harbour"))
    assert p.target == DOC and p.quote == SIGNED_Q


def test_one_prediction_matches_at_most_one_gold_relation() -> None:
    gold = [
        GoldRel("VOTED", "nld-x", "accord-x", {"vote": "no"}, VOTED_Q),
        GoldRel("VOTED", "nld-x", "accord-x", {"vote": "no"}, "Norland might leave"),
    ]
    one = [pred("VOTED", NORLAND, ACCORD, VOTED_Q, vote="no")]
    result = score_document(TEXT, gold, [], one)
    assert (result.total().found, result.total().gold, len(result.misses)) == (1, 2, 1)
    # the gold relation whose evidence overlaps the quote is the one taken
    assert result.pairs[0][0].evidence == VOTED_Q
    # a second prediction of the same relation takes the other one
    two = [*one, pred("VOTED", NORLAND, ACCORD, "Norland might leave the accord next year.")]
    both = score_document(TEXT, gold, [], two)
    assert (both.total().found, both.total().right, both.repeats) == (2, 2, 0)
    # a third repeats a found relation: right, counted as a repeat, finds nothing more
    three = score_document(TEXT, gold[:1], [], [*one, *one])
    assert (three.total().found, three.total().right, three.repeats) == (1, 2, 1)


def test_types_and_both_ends_decide_and_wrong_predictions_are_listed() -> None:
    gold = [GoldRel("SIGNED", "candidate:Vivid Harbour Collective", "document:self")]
    predicted = [
        pred("SIGNED", VIVID, DOC, SIGNED_Q),
        pred("ENDORSED", VIVID, DOC, SIGNED_Q),  # other type
        pred("SIGNED", ent(None, "Lantern Aid Ltd"), DOC, SIGNED_Q),  # other source
    ]
    result = score_document(TEXT, gold, [], predicted)
    total = result.total()
    assert (total.gold, total.found, total.predicted, total.right) == (1, 1, 3, 1)
    assert [p.type for p in result.wrong] == ["ENDORSED", "SIGNED"]
    assert result.by_type["SIGNED"].precision == 0.5 and result.by_type["ENDORSED"].gold == 0


def test_negatives_hit_are_predictions_with_their_type_and_ends() -> None:
    negatives = [
        GoldRel("WITHDREW_FROM", "nld-x", "accord-x", why="a forecast"),
        GoldRel("VOTED", "nld-x", "other-accord", why="another vote"),
    ]
    hit = pred("WITHDREW_FROM", NORLAND, ACCORD, "Norland might leave the accord next year.")
    result = score_document(TEXT, [], negatives, [hit, pred("VOTED", NORLAND, ACCORD, VOTED_Q)])
    assert result.negatives == 2
    assert [(n.why, p.type) for n, p in result.negatives_hit] == [("a forecast", "WITHDREW_FROM")]


def test_properties_do_not_decide_a_match_and_their_accuracy_is_counted() -> None:
    gold = [
        GoldRel("VOTED", "nld-x", "accord-x", {"vote": "no", "date": "2018-12-19"}, VOTED_Q),
        GoldRel("MEMBER_OF", "candidate:Vivid Harbour", "accord-x", {"role": "Treasurer"}),
    ]
    predicted = [
        pred("VOTED", NORLAND, ACCORD, VOTED_Q, vote="yes"),  # wrong vote, no date
        pred("MEMBER_OF", VIVID, ACCORD, SIGNED_Q, role="treasurer of the board"),
    ]
    result = score_document(TEXT, gold, [], predicted)
    assert result.total().found == 2  # both match in spite of the vote
    assert result.props == {"vote": [0, 1], "date": [0, 1], "role": [1, 1]}
    assert sorted(name for _, _, name in result.prop_errors) == ["date", "vote"]


def test_quotes_exact_are_counted() -> None:
    good = pred("VOTED", NORLAND, ACCORD, VOTED_Q)
    bad = PredRel("VOTED", NORLAND, ACCORD, {}, "Norland voted", 0, 13)
    result = score_document(TEXT, [], [], [good, bad])
    assert (result.quotes_exact, result.quotes) == (1, 2)


def test_model_gaps_are_left_out_of_both_recall_and_precision() -> None:
    allowed = {"ADOPTED": ({"Government"}, {"Document"}), "SIGNED": ({"any"}, {"Document"})}
    label_of = label_finder([GazetteerEntry("nld-x", "Norland", "Government"),
                             GazetteerEntry("accord-x", "The Accord", "Process")])  # fmt: skip
    is_gap = model_gap(allowed, label_of)
    assert label_of("candidate:Chamber of Deputies") == LEGISLATURE
    assert label_of("candidate:the accord") == "Process" and label_of("document:self") == "Document"
    assert label_of("candidate:Lantern Aid") is None
    assert label_of("candidate:Pacte mondial de l'ONU sur les migrations") == "Process"
    assert label_of("candidate:the UN migration pact") == "Process"
    assert label_of("candidate:support for the migration pact") is None  # a Position
    assert label_of("candidate:the pact of the parties") is None  # not of the field
    gap = GoldRel("ADOPTED", "candidate:Chamber of Deputies", "document:self")
    fine = GoldRel("ADOPTED", "nld-x", "candidate:resolution 12")  # unknown label: allowed
    unknown_type = GoldRel("LIKES", "nld-x", "accord-x")
    assert is_gap(gap) and is_gap(unknown_type) and not is_gap(fine)
    chamber = ent(None, "Chamber of Deputies")
    result = score_document(TEXT, [gap, fine], [], [pred("ADOPTED", chamber, DOC, VOTED_Q)], is_gap)
    assert (result.gaps, result.gap_predictions) == (1, 1)
    assert (result.total().gold, result.total().predicted) == (1, 0)


def test_summary_adds_per_type_and_language_and_prints_every_line() -> None:
    gold = gold_relations(
        [{"type": "VOTED", "source": "nld-x", "target": "accord-x",
          "properties": {"vote": "no"}, "evidence": VOTED_Q}]
    )  # fmt: skip
    summary = Summary()
    summary.add(score_document(TEXT, gold, [], [pred("VOTED", NORLAND, ACCORD, VOTED_Q)]), "en")
    summary.add(score_document(TEXT, gold, [], []), "fr")
    assert summary.total() == Counts(gold=2, predicted=1, found=1, right=1)
    assert summary.by_language["fr"].recall == 0.0 and summary.by_language["en"].recall == 1.0
    table = summary.table()
    for line in ("ALL", "per language:", "  fr", "  VOTED", "negatives hit: 0 of 0",
                 "quotes exact: 1 of 1", "vote 0/1"):  # fmt: skip
        assert line in table


def test_predictions_are_counted_per_reader() -> None:
    gold = [GoldRel("SIGNED", "candidate:Vivid Harbour Collective", "document:self")]
    right = replace(pred("SIGNED", VIVID, DOC, SIGNED_Q), method="extracted:syntax:sign@0.2.0")
    wrong = replace(pred("ENDORSED", VIVID, DOC, SIGNED_Q), method="extracted:patterns@0.2.0")
    result = score_document(TEXT, gold, [], [right, wrong])
    assert result.readers == {"syntax": [1, 1], "patterns": [0, 1]}
    assert result.wrong_by == {("ENDORSED", "patterns"): 1}
    summary = Summary()
    summary.add(result, "en")
    assert "wrong predictions per type and reader: ENDORSED patterns 1" in summary.table()
    assert reader("extracted:structure@0.2.0") == "structure"


def test_misses_are_counted_by_how_many_of_their_ends_were_found_as_entities() -> None:
    gold = [
        GoldRel("SIGNED", "candidate:Vivid Harbour", "document:self"),  # both ends known
        GoldRel("SIGNED", "candidate:Lantern Aid Ltd", "document:self"),  # one
        GoldRel("VOTED", "candidate:Somewhere Else", "accord-y"),  # none
    ]
    known = [DOC, VIVID, NORLAND]
    result = score_document(TEXT, gold, [], [], known=known)
    assert result.miss_ends == [1, 1, 1]
    found = score_document(TEXT, gold, [], [pred("SIGNED", VIVID, DOC, SIGNED_Q)], known=known)
    assert found.miss_ends == [1, 1, 0]  # a found relation is no miss
    summary = Summary()
    summary.add(result, "en")
    summary.add(found, "en")
    assert "misses by ends found as entities: both 1, one 2, none 2" in summary.table()
    assert result.type_ends == {"SIGNED": [0, 1, 1], "VOTED": [1, 0, 0]}
    assert "per type (both/one/none): SIGNED 1/2/0, VOTED 0/0/2" in summary.table()
    assert score_document(TEXT, gold, [], []).miss_ends == [0, 0, 0]  # no ends given: no count


def test_known_ends_are_the_extractions_entities_and_documents() -> None:
    extraction = Extraction(
        TEXT,
        [DocumentSegment("Letter", None, "en", 0, len(TEXT), id="document:0")],
        [ExtractedEntity("nld-x", "nld-x", "Norland", "Government", ["Norland Republic"])],
        [],
    )
    assert known_ends(extraction) == [DOC, End("nld-x", ("Norland", "Norland Republic"))]


def test_wrong_predictions_say_which_of_their_ends_the_gold_holds() -> None:
    gold = [
        GoldRel("SIGNED", "candidate:Vivid Harbour Collective", "document:self"),
        GoldRel("VOTED", "nld-x", "accord-x"),
    ]
    other = ent("doc-x", "Another Letter")
    predicted = [
        pred("ENDORSED", VIVID, DOC, SIGNED_Q),  # both ends, under another type
        pred("SIGNED", VIVID, other, SIGNED_Q),  # the right signer, the wrong text
        pred("SIGNED", ent(None, "Lantern Aid Ltd"), DOC, SIGNED_Q),  # the right text only
        pred("VOTED", VIVID, other, VOTED_Q),  # nothing of it
    ]
    result = score_document(TEXT, gold, [], predicted)
    assert result.wrong_ends == {
        ("ENDORSED", "?", "type"): 1,
        ("SIGNED", "?", "source"): 1,
        ("SIGNED", "?", "target"): 1,
        ("VOTED", "?", "neither"): 1,
    }
    summary = Summary()
    summary.add(result, "en")
    assert "what gold holds of them (type: both ends, another type): " in summary.table()
    assert "SIGNED ? source 1" in summary.table()
