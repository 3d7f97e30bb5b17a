"""A total told first and then its instruments one by one in the sentences after it, each in its own words
("signed three agreements on Monday. ... A memorandum on fisheries was also signed. The third MoU was signed
between ..."): when every one is told so, they are the records and the total none more, so the records add up to
the count (GUIDELINES) instead of the total's fields making more. Where only some are told, the total stays; a
background instrument told after it is no item.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

P = date(2026, 5, 5)


def records(extractor, text):
    return [(a.kind, a.quantity or 1) for a in extractor(text, P).agreements]


def test_all_told_one_by_one(extractor):
    text = ("Kenya and Japan signed three agreements in Nairobi on Monday. The agreements cover cooperation in "
            "geothermal energy, fisheries and road building. They were signed in the presence of both leaders. The "
            "agreements signed on Monday include a memorandum of understanding between Kenya's energy ministry and "
            "Japan's JICA on geothermal plants. A memorandum on fisheries research was also signed by the two sides. "
            "The third MoU was signed between the road agencies of the two countries.")
    assert sorted(records(extractor, text)) == [("mou", 1)] * 3


def test_a_total_with_some_told_stays(extractor):
    text = ("India and Egypt signed three pacts on Tuesday, on space, farming and health. The leaders watched "
            "the signing. An MoU on health was signed by the two health ministries.")
    assert sum(q for _, q in records(extractor, text)) >= 3


def test_a_background_instrument_is_no_item(extractor):
    text = ("Peru and Korea signed two agreements on Tuesday, on lithium and on hydrogen. The two countries signed a "
            "free trade agreement in 2010.")
    found = extractor(text, P).agreements
    assert sum(a.quantity or 1 for a in found if a.status == "concluded") == 2
    assert any(a.status == "existing" for a in found)
