"""A day without a year is read ahead of the text's date when its sentence speaks of what is
still to come, in the three languages: "will be adopted on 10 December", "será adoptado el 10
de diciembre", "firmará", "sera adopté à <ville> le 10 décembre" (a place's "à" is no past
tense's "a"); behind it when the sentence tells what was. Pure logic, no parser."""

from __future__ import annotations

import pytest

from ingest.extract.dates import date_in

BASE = "2018-12-05"  # five days before the day the sentences name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The compact will be adopted in Lakeside on 10 December.", "2018-12-10"),
        ("El pacto será adoptado en Lagoverde el 10 de diciembre.", "2018-12-10"),
        ("Chile firmará el acuerdo el 10 de diciembre.", "2018-12-10"),
        ("Los ministros se reunirán el 10 de diciembre.", "2018-12-10"),
        ("Le pacte sera adopté à Bourg-sur-Lac le 10 décembre.", "2018-12-10"),
        ("Les ministres vont se réunir le 10 décembre.", "2018-12-10"),
        # what was: the year before
        ("The compact was adopted on 10 December.", "2017-12-10"),
        ("El pacto fue adoptado el 10 de diciembre.", "2017-12-10"),
        ("Le pacte a été adopté le 10 décembre.", "2017-12-10"),
        ("La France a annoncé le 10 décembre son retrait.", "2017-12-10"),
        ("Chile anunció el 10 de diciembre que no firmará.", "2017-12-10"),
    ],
)
def test_a_day_read_by_the_tense_of_its_sentence(sentence: str, expected: str) -> None:
    assert date_in(sentence, 0, len(sentence), BASE) == expected
