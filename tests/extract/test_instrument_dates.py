"""When an instrument was made: which of the times near it is its own.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)  # a Thursday


def dated(extractor, text, published=P):
    return [(a.kind, a.status, a.date) for a in extractor(text, published).agreements]


@pytest.mark.parametrize("text, expected", [
    # the time of a side clause with a verb of its own ("who arrived ... Tuesday") is not the signing's
    ("Officials of Malaysia and Turkey on Thursday signed seven MoUs in various fields. The MoUs were signed during "
     "the visit by the premier, who arrived in the republic on Tuesday.", "2026-03-12"),
    ("Ghana and India signed a digital memorandum on Wednesday during the visit of the minister, who landed in Accra "
     "on Monday.", "2026-03-11"),
    ("Peru and Japan inked a lithium accord on Thursday, after their ministers, who met in Lima on Tuesday, settled "
     "the text.", "2026-03-12"),
    # ... but a relative clause of the making itself gives its day
    ("Peru and Japan have a new lithium accord. The accord, which was signed on Tuesday, covers refining.",
     "2026-03-10"),
])
def test_the_time_of_a_side_clause_is_not_the_signing(extractor, text, expected):
    assert [d for _, _, d in dated(extractor, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # instruments of one event, the day told once: the later ones, with no time of their own, share it
    ("Vietnam's innovation agency on Tuesday signed an MoU with Nvidia on AI. The agency also signed an MoU with "
     "Synopsys on chip design.", ["2026-03-10", "2026-03-10"]),
    ("Egypt and China signed a space memorandum on Wednesday in Cairo. China's space agency and its Egyptian "
     "counterpart also inked an agreement on the lunar station.", ["2026-03-11", "2026-03-11"]),
    # ... but one with a day of its own keeps it
    ("Chile and Peru signed a lithium memorandum on Monday. On Wednesday, Chile and Bolivia signed a battery accord.",
     ["2026-03-09", "2026-03-11"]),
])
def test_instruments_of_one_event_share_the_day_told_once(extractor, text, expected):
    assert [d for _, _, d in dated(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a total signed on a day, then the ones it counts told one by one with no day of their own: the total's day
    ("Vietnam and the US signed three technology deals in Hanoi on Monday. Vietnam's innovation agency signed a "
     "memorandum with Intel on chip training. The science ministry signed another memorandum with Nvidia on AI.",
     [("mou", "2026-03-09"), ("mou", "2026-03-09"), ("agreement", "2026-03-09")]),
    ("Four memoranda were signed by Kenya and Japan on Tuesday. Kenya's energy ministry inked a memorandum with JICA "
     "on geothermal power. Its ICT ministry signed a memorandum with NEC on data centres.",
     [("mou", "2026-03-10"), ("mou", "2026-03-10"), ("mou", "2026-03-10")]),
])
def test_items_of_a_total_take_its_day(extractor, text, expected):
    assert sorted((k, d) for k, _, d in dated(extractor, text)) == sorted(expected)


def test_a_dash_in_a_list_item_makes_no_dateline(extractor):
    text = ("Pakistan and China signed two memoranda on Monday. They are:\n"
            "• Ministry of IT with ZTE – fibre networks\n• Telecom Authority with Huawei – 5G skills\n")
    assert [d for _, _, d in dated(extractor, text)] == ["2026-03-09", "2026-03-09"]


@pytest.mark.parametrize("text", [
    # an instrument told first by what its makers did with it: "The MoU, which X and Y signed on Monday, ..."
    "The MoU, which Kenya and the UAE signed on Monday, covers data centres.",
    "The memorandum on AI that Kenya and the UAE signed on Monday covers data centres.",
    "The memorandum for cloud services which Kenya and the UAE inked on Monday runs for five years.",
])
def test_an_instrument_told_first_by_its_making(extractor, text):
    assert dated(extractor, text) == [("mou", "concluded", "2026-03-09")]


@pytest.mark.parametrize("text, published, expected", [
    # approved now, signed before: the signing's day, also when it comes after the instrument's description
    ("The Union Cabinet on Wednesday approved an MoU between India and Nigeria on space cooperation, signed at "
     "Abuja on August 13, 2020.", date(2020, 10, 22), "2020-08-13"),
    # signed in two places on two days: made with the last signature
    ("The Union Cabinet on Wednesday approved an MoU between India and Nigeria on space cooperation. The MoU was "
     "signed at Bengaluru in June 2020 and at Abuja on August 13, 2020.", date(2020, 10, 22), "2020-08-13"),
    ("Ghana's cabinet approved a memorandum with Japan on AI on Tuesday. The memorandum was signed in Accra in May "
     "and in Tokyo on 2 July.", date(2026, 9, 16), "2026-07-02"),
])
def test_an_approval_dates_the_signing_told_after(extractor, text, published, expected):
    assert [d for _, _, d in dated(extractor, text, published)] == [expected]


def test_the_signing_of_another_instrument_told_after_is_not_its_own(extractor):
    text = ("The EU and Singapore signed a digital trade agreement on Monday. The digital trade agreement builds on "
            "their free trade agreement signed in 2018.")
    assert sorted(dated(extractor, text)) == [("trade_agreement", "concluded", "2026-03-09"),
                                              ("trade_agreement", "existing", "2018")]



@pytest.mark.parametrize("text", [
    # what is done under an instrument made this week: made now, not in place before
    "Under the accord Chile and Korea signed on Monday, the two will build a lithium refinery.",
    "Under the memorandum that Japan and Peru inked on Monday, Peru will ship copper to Japan.",
])
def test_under_an_instrument_made_this_week(extractor, text):
    assert [(s, d) for _, s, d in dated(extractor, text)] == [("concluded", "2026-03-09")]


def test_under_an_instrument_in_place(extractor):
    text = "Under the accord Chile and Korea signed in 2019, the two will build a lithium refinery."
    assert [(s, d) for _, s, d in dated(extractor, text)] == [("existing", "2019")]


@pytest.mark.parametrize("text", [
    # the day of the signing told in the sentence after the instrument
    "Japan and India have signed an MoU on chips. The signing took place on Tuesday in New Delhi.",
    "Japan and India have signed an MoU on chips. The ceremony was held on Tuesday in New Delhi.",
    "Japan and India have signed an MoU on chips. It was signed on Tuesday by the two ministers.",
    # ... after the first sentence that tells it, whatever later ones restate it
    "Firms of Japan and India have signed 23 MoUs. The signing ceremony was held Tuesday at a forum. The MoUs cover "
    "chips and batteries.",
])
def test_the_signing_day_told_in_the_next_sentence(extractor, text):
    assert [d for _, _, d in dated(extractor, text)] == ["2026-03-10"]


@pytest.mark.parametrize("text, expected", [
    # an instrument in place is not made on the day of the news told beside it
    ("Korea and the UAE held the seventh meeting of their joint economic committee in Seoul on Monday.",
     [("dialogue", "existing", None)]),
    ("Ghana and India met on Tuesday under their 2019 science agreement to review projects.",
     [("agreement", "existing", "2019")]),
    ("Officials of Chile and Peru met on Wednesday to implement their lithium memorandum.",
     [("mou", "existing", None)]),
])
def test_the_day_of_the_news_does_not_date_one_in_place(extractor, text, expected):
    assert dated(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an instrument approved now and told as "deals with ... and was signed in April": dated when signed ("deals
    # with" is a verb, no other instrument between)
    ("India's cabinet on Friday approved two MoUs on digital technology with Peru and Kenya. The Peru MoU deals with "
     "e-governance and was also signed in April. The MoU with Kenya deals with data centres and was signed in "
     "January.", [("mou", "concluded", "2026-01"), ("mou", "concluded", "2025-04")]),
    # ... however long the quoted words of what it deals with
    ("India's cabinet on Friday approved MoUs with Chile and Peru. The Chile MoU deals with “setting up a mechanism "
     "that lets both sides develop joint work on satellite data and the services that go with it in this field,” and "
     "was also signed in May. The MoU with Peru, signed in February, covers mining data.",
     [("mou", "concluded", "2025-05"), ("mou", "concluded", "2026-02")]),
])
def test_what_a_memorandum_deals_with_is_no_other_instrument(extractor, text, expected):
    assert sorted(dated(extractor, text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a dateline whose outlet in brackets runs straight into the story, no dash or colon after it (the style of some
    # Indian and Chinese wires): its day is when the story was filed, never the day an instrument was made
    ("New Delhi, Mar 12 (IANS) The cabinet was told of a memorandum that India and Japan signed on 3 February 2026 "
     "on chip supply chains.", "2026-02-03"),
    ("Kathmandu, March 12 (RSS) Ministers took note of the accord on hydropower that Nepal and India signed on "
     "9 February.", "2026-02-09"),
    ("Beijing, 12 March (Xinhua) A memorandum on satellite data, signed by China and Egypt on 20 January, came "
     "into force.", "2026-01-20"),
])
def test_a_dateline_without_a_dash_gives_no_instrument_its_day(extractor, text, expected):
    assert [d for _, _, d in dated(extractor, text)] == [expected]


@pytest.mark.parametrize("text, parties", [
    # the city of such a dateline is where the story was filed: no party
    ("Beijing, Mar 12 (IANS) Germany and France signed a memorandum of understanding on quantum research on "
     "Thursday.", ["DEU", "FRA"]),
    ("Tokyo, March 12 (Kyodo) Brazil and India agreed on a partnership in space research.", ["BRA", "IND"]),
])
def test_the_city_of_a_dateline_without_a_dash_is_no_party(extractor, text, parties):
    assert [a.countries for a in extractor(text, P).agreements] == [parties]


@pytest.mark.parametrize("text", [
    # a first line whose brackets hold an acronym or a note, with no day before them, is no dateline
    "SAMSUNG Electronics (Samsung) Thursday said Korea and Vietnam signed a chip memorandum.",
    "The Korea Institute of Energy Research (KIER) said Korea and Chile signed a hydrogen memorandum in Seoul.",
])
def test_brackets_with_no_day_before_them_make_no_dateline(text):
    from pactwatch.extract.text import dateline
    assert dateline(text) is None


@pytest.mark.parametrize("text, expected", [
    # "Today" after a press-release dateline beats the year in an event's name
    ("OTTAWA, March 12, 2026 /CNW/ - Today, Canada and Denmark signed a joint statement on quantum research at the "
     "Nordic Quantum Conference 2026.", [("joint_statement", "concluded", "2026-03-12")]),
    ("Today Canada and Korea signed an MoU on batteries on the sidelines of the Battery Summit 2026 in Seoul.",
     [("mou", "concluded", "2026-03-12")]),
    # the day of the event the next sentence says it was announced at
    ("The United States and Nigeria signed a $2 million grant for digital skills. This was announced during the "
     "technology dialogue held on 10 March.", [("fund", "concluded", "2026-03-10")]),
    ("The US and Kenya have signed a grant for fibre networks. The announcement was made at a ministerial meeting "
     "in Nairobi on Tuesday.", [("fund", "concluded", "2026-03-10")]),
    # a pact in place, told first with no time, then in an appositive with the month it was signed
    ("New Zealand will study joining the AUKUS pact, its minister said. The AUKUS pact, signed in September "
     "2021, is known mostly for its plan to build submarines.",
     [("partnership", "proposed", None), ("agreement", "existing", "2021-09")]),
])
def test_days_told_beside_the_instrument(extractor, text, expected):
    assert sorted(dated(extractor, text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text", [
    # the meeting of a named body where the deals were signed stands between them and their day: still their day
    "Peru and Chile inked 11 new cooperation deals in the eighth meeting of the Supreme Strategic Committee in Lima "
    "on Monday, the ministry said.",
    "Peru and Chile signed four agreements at the third session of the Joint Economic Commission in Lima on Monday.",
])
def test_a_day_told_after_the_named_body_that_met(extractor, text):
    assert [d for _, _, d in dated(extractor, text)] == ["2026-03-09"]
