"""A definite mention that names the subject of a record told before ("the chip design agreement" after "a
memorandum of understanding on chip design") refers to that record, not to a plural record of its kind word told in
between ("have already signed several agreements, including one on farming").

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 22)  # a Sunday


BY_SUBJECT = [
    ("Ghana and Japan signed a memorandum of understanding on chip design on Monday. The two countries have already "
     "signed several agreements in recent years, including one on farming. The chip design agreement is the first "
     "of its kind in Africa.", "The chip design agreement"),
    ("Peru and Korea signed an MoU on battery recycling on Friday. Both have signed a number of agreements since "
     "2015, including a deal on fisheries. Officials said the battery recycling agreement would start in May.",
     "Officials said the battery recycling"),
]


@pytest.mark.parametrize("text,opening", BY_SUBJECT)
def test_the_subject_named_tells_which_record(extractor, text, opening):
    got = extractor(text, P).agreements
    mou = [a for a in got if a.kind == "mou"]
    assert len(mou) == 1 and any(e.text.startswith(opening) for e in mou[0].evidence)
    assert all(not e.text.startswith(opening) for a in got if a.kind != "mou" for e in a.evidence)
