"""One body told again with another qualifier: "agreed to launch a high-level dialogue on minerals" ... "agreed to
launch a ministerial-level dialogue on mineral cooperation" ... "we agree to launch the X Critical Minerals
Dialogue". The same last word, the same subject and status: one record with the name the text gives it.

Every text here is written for these tests (P is the publication date, a Wednesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text", [
    "Leaders of Japan and Kenya agreed Tuesday to launch a high-level dialogue on the supply chain of critical "
    "minerals. During the summit, the leaders stressed the role of minerals for batteries and agreed to launch a "
    "ministerial-level dialogue on critical mineral cooperation.",
    "Chile and Korea agreed on Monday to set up a strategic dialogue on hydrogen supply chains. Officials said the "
    "two sides would also hold an annual dialogue on hydrogen, starting in June.",
])
def test_one_dialogue_told_with_two_qualifiers_is_one_record(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["dialogue"]


def test_dialogues_on_different_subjects_stay_two(extractor):
    text = ("Japan and Kenya agreed on Tuesday to launch a high-level dialogue on critical minerals. They also agreed "
            "to hold a ministerial-level dialogue on maritime security and fisheries.")
    assert [a.kind for a in extractor(text, P).agreements] == ["dialogue", "dialogue"]


def test_a_second_agreement_told_by_its_makers_not_its_subject_stays_apart(extractor):
    text = ("Kenya's trade minister and his Japanese counterpart signed a cooperation agreement on patents, while an "
            "agreement between Kenya's Communications Authority and Japan's telecom regulator was signed by the two "
            "transport ministers.")
    assert [a.kind for a in extractor(text, P).agreements].count("agreement") == 2
