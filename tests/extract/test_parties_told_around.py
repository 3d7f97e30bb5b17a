"""Parties and status as news tells them around an instrument: the other side named as "its counterpart in X"; the
members of a pact still under negotiation listed in a sentence of their own ("Its signatories would be ...", a bloc
standing for its members told in brackets after it); talks
that "continued" or "resumed" on a named pact, which is still proposed.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def records(extractor, text):
    return [(a.countries, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, countries", [
    ("Egypt's space agency and its counterpart in Nigeria signed an agreement on satellite data on Thursday.",
     ["EGY", "NGA"]),
    ("The Kenyan energy regulator signed a memorandum on grid codes with its counterpart in Uganda on Monday.",
     ["KEN", "UGA"]),
    ("Chile's mining ministry and its counterparts in Peru and Bolivia adopted a joint statement on lithium.",
     ["BOL", "CHL", "PER"]),
])
def test_a_counterpart_in_a_country_is_that_country(extractor, text, countries):
    assert [c for c, _ in records(extractor, text)] == [countries]


@pytest.mark.parametrize("text, countries", [
    ("Talks continued on the Indo-Pacific Minerals Pact. Its signatories would be Australia and New Zealand, as "
     "well as Chile, Peru and Mexico.", ["AUS", "CHL", "MEX", "NZL", "PER"]),
    ("Officials met again over the Andean Data Agreement. Its members will be Peru, Chile, Colombia and Ecuador.",
     ["CHL", "COL", "ECU", "PER"]),
    # a bloc's members told in brackets after it: the bloc stands for them
    ("Talks went on over the Pacific Rim Chips Pact. Its signatories would be the members of ASEAN (Indonesia, "
     "Malaysia, Singapore, Thailand, Vietnam and others), and Japan and Korea.", ["ASEAN", "JPN", "KOR"]),
])
def test_the_members_a_pact_would_have(extractor, text, countries):
    assert [c for c, _ in records(extractor, text)] == [countries]


@pytest.mark.parametrize("text", [
    "Talks continued on the Indo-Pacific Minerals Pact between Australia and Chile on Monday.",
    "Negotiations resumed on the Pacific Digital Economy Agreement between Fiji and New Zealand this week.",
    "Talks resume on the Andean Data Agreement between Peru and Chile in Lima on Friday.",
])
def test_talks_that_go_on_over_a_named_pact(extractor, text):
    assert [s for _, s in records(extractor, text)] == ["proposed"]
