"""A standing body named as the one that will set up something new ("The Canada-Japan Energy Dialogue will unveil
a new programme") was in place before the news: existing, not planned for its verb in the future. A body told
as new ("The new ... Dialogue will launch ...") keeps the status its sentence tells.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 20)


ACTING = [
    ("The EU-Japan Digital Partnership will launch a new working group on chips, officials said.",
     "EU-Japan Digital Partnership"),
    ("The Korea-UK Science Fund is to open a new call for joint projects in May.", "Korea-UK Science Fund"),
    ("The Brazil-China Space Dialogue will host its first industry day in Sao Paulo next month.",
     "Brazil-China Space Dialogue"),
]


@pytest.mark.parametrize("text,name", ACTING)
def test_a_named_body_that_will_set_up_something_new_is_in_place(extractor, text, name):
    got = {a.name: a.status for a in extractor(text, P).agreements}
    assert got.get(name) == "existing", got


def test_a_body_told_as_new_is_not_in_place(extractor):
    got = {a.name: a.status for a in extractor("The new Kenya-India Tech Dialogue will launch a joint working group "
                                               "in June.", P).agreements}
    assert got.get("Kenya-India Tech Dialogue") not in (None, "existing"), got
