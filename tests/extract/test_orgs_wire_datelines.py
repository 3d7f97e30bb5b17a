"""A wire agency named with its city at the start of a line ("AFP, TOKYO", "Kyodo News, Osaka —", or "OSAKA - The
Associated Press" filling its line) is the story's dateline, the messenger, and no organisation of the story; the
same agency told as a source in a sentence is one.

Every text here is written for these tests.
"""

import pytest


def names(extractor, text):
    return {o.name for o in extractor(text).organizations}


_STORY = ("Ghana and Japan agreed on Tuesday to build a ground station for weather satellites, and the Japan Aerospace "
          "Exploration Agency will train twenty Ghanaian engineers.")


@pytest.mark.parametrize("head, agency", [
    ("AFP, ACCRA\n\n", "Agence France-Presse"),
    ("Reuters, Accra\n", "Reuters"),
    ("Kyodo News, Osaka — ", "Kyodo News"),
    ("ACCRA - The Associated Press\n", "Associated Press"),
])
def test_an_agency_with_its_city_opening_a_line_is_the_dateline(extractor, head, agency):
    found = names(extractor, head + _STORY)
    assert agency not in found and "Reuters" not in found, found
    assert "Japan Aerospace Exploration Agency" in found


@pytest.mark.parametrize("text", [
    "Ghana and Japan signed a satellite pact. AFP, quoting a ministry note, said the station opens in 2027.",
    "Ghana and Japan signed a satellite pact.\nReuters, Bloomberg and local papers reported the signing.",
])
def test_an_agency_told_as_a_source_stays(extractor, text):
    found = names(extractor, text)
    assert {"Agence France-Presse", "Reuters"} & found, found
