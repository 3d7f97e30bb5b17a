"""What is no new instrument: a tally of instruments built up over the years names instruments already in place,
one record of status existing with its count and no date of its own, never the news; a count made at one time is
the news (GUIDELINES.md: one record for each instrument made, or named as in place).
A count run ("on Saturday 18 agreements") is no name, and one count told with two instrument words ("12 accords and
memoranda") is one record.

Every text here is written for these tests.
"""

from datetime import date

import pytest

from pactwatch.extract import ExtractOptions, Extractor

P = date(2026, 3, 12)  # a Thursday


def counted(extractor, text):
    return sorted((a.kind, tuple(a.countries), a.status, a.quantity) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, expected", [
    # a tally since a year, told after the news
    ("Korea and Vietnam signed an agreement on AI safety on Tuesday. The two sides have signed more than 40 "
     "agreements since 2015, the ministry said.",
     [("agreement", ("KOR", "VNM"), "concluded", 1), ("agreement", ("KOR", "VNM"), "existing", 40)]),
    ("Ghana and India launched a memorandum on digital payments. Since 2012 the two governments have concluded "
     "27 memorandums of understanding.", [("mou", ("GHA", "IND"), "concluded", 1), ("mou", ("GHA", "IND"), "existing", 27)]),
    # over the past years, a decade
    ("Chile and Japan adopted a joint statement on lithium on Monday. Over the past decade the pair have inked "
     "some 15 cooperation agreements in science.",
     [("agreement", ("CHL", "JPN"), "existing", 15), ("joint_statement", ("CHL", "JPN"), "concluded", 1)]),
    # so far, to date
    ("Brazil and Germany opened a joint hydrogen centre on Friday. To date, the two countries have signed 12 "
     "agreements on energy research.",
     [("agreement", ("BRA", "DEU"), "existing", 12), ("centre", ("BRA", "DEU"), "concluded", 1)]),
    ("Kenya and Korea signed an ICT memorandum. So far, Seoul and Nairobi have concluded nine agreements in "
     "technology.", [("agreement", ("KEN", "KOR"), "existing", 9), ("mou", ("KEN", "KOR"), "concluded", 1)]),
    # a tally alone, with no news beside it
    ("Over the years, Peru and Korea have signed 12 agreements on science and technology.",
     [("agreement", ("KOR", "PER"), "existing", 12)]),
    # since diplomatic ties were set up
    ("Peru and Australia signed a critical minerals memorandum on Tuesday. The two nations have signed 30 "
     "agreements since establishing diplomatic relations in 1963.",
     [("agreement", ("AUS", "PER"), "existing", 30), ("mou", ("AUS", "PER"), "concluded", 1)]),
])
def test_a_tally_over_the_years_is_one_record_in_place_with_no_day(extractor, text, expected):
    assert counted(extractor, text) == sorted(expected)
    assert all(a.date is None and a.rule == "tally" for a in extractor(text, P).agreements if a.quantity != 1)


@pytest.mark.parametrize("text, expected", [
    # a count made at one time is a record, whatever span words stand near it
    ("Kenya and Egypt signed 18 agreements on Saturday, the most signed in a single day since 2015.",
     [("agreement", ("EGY", "KEN"), "concluded", 18)]),
    ("Vietnam and Korea signed nine agreements during the state visit, their first since 2019.",
     [("agreement", ("KOR", "VNM"), "concluded", 9)]),
    ("India and France signed six memorandums on Monday covering space and AI.",
     [("mou", ("FRA", "IND"), "concluded", 6)]),
])
def test_a_count_made_at_one_time_is_a_record(extractor, text, expected):  # (its status is read elsewhere)
    assert [(k, c, q) for k, c, _, q in counted(extractor, text)] == [(k, c, q) for k, c, _, q in expected]


@pytest.mark.parametrize("text, quantity", [
    ("Kenya and Egypt inked on Saturday 18 accords and memorandums covering ICT and energy.", 18),
    ("Ghana and Turkey signed on Monday 12 cooperation agreements and memorandums in trade and telecoms.", 12),
    ("Peru and Chile inked on Friday seven accords and memoranda on mining and batteries.", 7),
])
def test_a_count_run_is_no_name_and_one_count_is_one_record(extractor, text, quantity):
    found = extractor(text, P).agreements
    assert len(found) == 1
    assert found[0].name is None and found[0].quantity == quantity


def test_a_tally_says_which_rule_made_it():
    result = Extractor(ExtractOptions(explain=True))("Korea and Vietnam signed an AI agreement on Tuesday. The two "
                                                     "sides have signed more than 40 agreements since 2015.", P)
    assert sorted((a.rule, a.status, a.quantity) for a in result.agreements if a.quantity == 40) == [
        ("tally", "existing", 40)]


@pytest.mark.parametrize("text, total", [
    # "one of the <instruments> signed" refers to the total just told: no count of its own beside it
    ("The two leaders looked on as officials inked 14 accords between Lima and Seoul. One of the accords inked "
     "is a memorandum on digital cooperation.", 13),
    ("Ghana and Brazil inked nine deals on Friday. Among the deals signed is a framework on satellite data.", 8),
])
def test_one_of_the_instruments_signed_is_of_the_total(extractor, text, total):
    records = extractor(text, P).agreements
    assert [a.quantity for a in records if a.quantity != 1] == [total]
    assert len(records) == 2
