"""The day an instrument was signed, told at the end of a long clause of signatories ("a larger AI agreement signed
between the Brazilian President Luiz Inacio Lula da Silva and his Emirati counterpart Sheikh Mohamed bin Zayed Al
Nahyan in Brasilia on Thursday"), is the day it was made: the news of that week, concluded then, not a background
text of unknown date.

Every text here is written for these tests (P is the publication date, a Friday).
"""

from datetime import date

import pytest

P = date(2025, 2, 7)


@pytest.mark.parametrize("text, day", [
    ("The plant is part of a larger energy agreement signed between Brazilian President Luiz Inacio Lula da Silva and "
     "his Emirati counterpart Sheikh Mohamed bin Zayed Al Nahyan in Brasilia on Thursday.", "2025-02-06"),
    ("The lab is part of a wider science accord signed by Chilean Foreign Minister Alberto van Klaveren Stork and his "
     "Korean counterpart Cho Tae-yul at the foreign ministry in Seoul on Wednesday.", "2025-02-05"),
])
def test_the_day_after_a_long_clause_of_signatories(extractor, text, day):
    found = extractor(text, P).agreements
    assert [(a.status, a.date) for a in found] == [("concluded", day)]
