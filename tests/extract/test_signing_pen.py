"""An instrument "to be penned" on a day is a signing scheduled for that day (a commitment, GUIDELINES.md), as one
"to be inked" is. ("Penned" alone is no cue of making: "penned an op-ed praising the partnership".)

Every text here is written for these tests.
"""

from datetime import date

P = date(2024, 2, 13)  # a Tuesday


def test_a_pact_to_be_penned_on_a_day_is_a_commitment(extractor):
    result = extractor("Britain's trade secretary flew to Abuja for a deal with Nigeria. Officials said the new "
                       "trade pact is to be penned on Tuesday.", P)
    assert [(tuple(c.countries), c.due) for c in result.commitments] == [(("GBR", "NGA"), "2024-02-13")]
