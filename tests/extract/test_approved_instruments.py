"""A cabinet told of, or approving after the fact, an instrument signed earlier: it stays ``concluded`` and is dated
when it was signed, however the approval is worded ("was apprised of", "gave its nod to", "gave ex post facto
approval to"), not on the day of the approval (GUIDELINES.md: status and date).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 4, 9)  # a Thursday


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text,expected", [
    ("The Union Cabinet on Wednesday was apprised of the MoU between India and Peru on lithium, which was signed in "
     "Lima on 12 November 2025.", ("mou", ("IND", "PER"), "concluded", "2025-11-12")),
    ("India's cabinet was on Wednesday apprised of the memorandum of understanding between India and Ghana on "
     "digital payments signed in Accra on 3 February 2026.", ("mou", ("GHA", "IND"), "concluded", "2026-02-03")),
    ("The cabinet on Wednesday gave its nod to the MoU between India and Chile on critical minerals, signed in "
     "October last year.", ("mou", ("CHL", "IND"), "concluded", "2025-10")),
    ("The cabinet gave ex post facto approval to the agreement between India and Kenya on space research, signed "
     "in Nairobi on 20 January 2026.", ("agreement", ("IND", "KEN"), "concluded", "2026-01-20")),
])
def test_an_instrument_approved_later_is_dated_when_signed(extractor, text, expected):
    assert told(extractor, text) == [expected]


def test_an_approval_with_no_signing_told_keeps_its_reading(extractor):
    # approving the signing of an MoU: to be signed
    assert [s for _, _, s, _ in told(extractor, "The federal cabinet approved the signing of an MoU "
                                                "between India and Oman on green hydrogen on Wednesday.")] == ["planned"]
