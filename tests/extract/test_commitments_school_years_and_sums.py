"""Two time frames of news on campuses and money. A school or academic year ("in the 2026/2027 academic year",
"this academic year", "by the next school year") is the year it opens, so an act in it is due then. A sum spent
over a closed period ("will invest $30 million from 2024 to 2030") is due when the period ends, as "over the next
six years" is; a sum each year over a period ("$5 million a year from 2026 to 2030") and supplies from a year start
a flow, due when it starts.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 9, 18)


def dues(extractor, text, published=P):
    return sorted(c.due for c in extractor(text, published).commitments)


@pytest.mark.parametrize("text, due", [
    ("Uzbekistan and Russia signed an agreement to open a branch of a Moscow university in Samarkand. The branch "
     "is set to begin teaching in the 2026/2027 academic year.", "2026"),
    ("Kazakhstan and Korea signed a deal on a joint engineering school in Almaty, which will open this academic "
     "year.", "2025"),
    ("Italy and Uzbekistan agreed on a geology institute in Tashkent; classes will start in the 2027-28 academic "
     "year.", "2027"),
    ("Uzbekistan and the United States signed an accord on Monday on a new campus in Tashkent, which should be "
     "ready by the next academic year.", "2026"),
])
def test_a_school_year_is_the_year_it_opens(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Under the deal with Uzbekistan, the US firm Cintra Learning has committed to invest $30 million from 2026 "
     "to 2031 in the campus.", "2031"),
    ("Korea's KEPCO and Egypt signed an agreement under which KEPCO will invest $2 billion in the grid from 2026 "
     "to 2030.", "2030"),
])
def test_a_sum_over_a_closed_period_is_due_when_it_ends(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Japan and Chile signed a deal under which Japan will provide $5 million a year from 2026 to 2030 for lithium "
     "research.", "2026"),
    ("Chile's SQM signed an agreement to supply 10,000 tonnes of lithium to Korea's LG from 2026 to 2030.", "2026"),
])
def test_a_flow_over_a_period_is_due_when_it_starts(extractor, text, due):
    assert due in dues(extractor, text)
