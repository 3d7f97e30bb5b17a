"""A text one member blocked, vetoed or objected to, or a meeting where "no document was adopted": no instrument was
made (GUIDELINES.md: meetings where nothing was agreed), whatever draft the sentence names. A text adopted over one
member's objection was made.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


def records(extractor, text):
    return [(a.kind, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "The G20 digital ministers met in Goa on Saturday. Russia rejected a paragraph on the war in the text of a "
    "ministerial declaration, so no document was adopted.",
    "The G20 digital ministers met in Goa on Saturday. China objected to a passage in the draft communique, and no "
    "joint statement was issued.",
    "The G20 digital ministers met in Goa on Saturday. Russia blocked a joint statement on AI, so the chair issued a "
    "summary instead.",
    "The G20 digital ministers met in Goa on Saturday. Russia vetoed the draft declaration on digital public "
    "infrastructure.",
    "APEC trade ministers met in Lima. The United States opposed the joint statement on digital trade, leaving the "
    "meeting without one.",
])
def test_a_text_blocked_or_never_adopted_is_no_instrument(extractor, text):
    assert records(extractor, text) == []


def test_a_text_adopted_over_an_objection_was_made(extractor):
    text = ("The G20 digital ministers adopted a declaration on AI on Saturday, although Russia objected to one "
            "paragraph.")
    assert records(extractor, text) == [("joint_statement", "concluded")]
