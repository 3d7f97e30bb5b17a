"""One joint statement told by two of its names in one story: "according to a joint declaration" ... "said a joint
statement released after the summit" ... "the joint communique said". Summits issue one text that outlets call by
any of these words, so an article gives one record; two statements on different subjects stay two.

Every text here is written for these tests (P is the publication date, a Wednesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text", [
    "Japan and Kenya on Tuesday launched a dialogue on critical minerals, according to a joint declaration. \"We "
    "stress the importance of minerals for future industries,\" said a joint statement released after the summit.",
    "Japan and Kenya issued a joint statement on Tuesday after the summit in Nairobi. The joint declaration also "
    "said the two sides would meet again next year.",
    "Japan and Kenya on Tuesday launched a dialogue on critical minerals, according to a joint declaration. \"We "
    "stress that electric vehicles and renewable power need stable supply chains,\" said a joint statement "
    "released after the summit.",
    "Peru and Korea adopted a joint declaration on Monday. In the joint communique, the leaders welcomed new "
    "investment in lithium.",
])
def test_one_statement_by_two_names_is_one_record(extractor, text):
    kinds = [a.kind for a in extractor(text, P).agreements]
    assert kinds.count("joint_statement") == 1


def test_two_statements_on_different_subjects_stay_two(extractor):
    text = ("Japan and Kenya issued a joint statement on climate finance on Tuesday. They also adopted a joint "
            "declaration on maritime security.")
    kinds = [a.kind for a in extractor(text, P).agreements]
    assert kinds.count("joint_statement") == 2
