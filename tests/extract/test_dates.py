"""Tests for pactwatch.extract.dates (all sentences invented for the tests)."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pactwatch.extract import published
from pactwatch.extract.dates import add_months, find_dates
from pactwatch.extract.published import infer_published

# Reference dates used throughout.
JAN19 = date(2026, 1, 19)  # a Monday
WED = date(2026, 3, 4)  # a Wednesday
MAR10 = date(2026, 3, 10)  # a Tuesday


def one(text: str, published: date | None):
    found = find_dates(text, published)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t


def check(text, published, span, kind, value, end_value=None):
    t = one(text, published)
    assert (t.text, t.kind, t.value, t.end_value) == (span, kind, value, end_value), t


# (sentence, published, expected span, expected value) -- kind "date"
ABSOLUTE = [
    ("The treaty was inked on 19 January 2026 in Rome.", None, "on 19 January 2026", "2026-01-19"),
    ("Delegates gathered on January 18th, 2024, in Davos.", None, "on January 18th, 2024", "2024-01-18"),
    ("A pilot began Jan. 18, 2024 at two labs.", None, "Jan. 18, 2024", "2024-01-18"),
    ("The forum closed August 21, 2023 after two days.", MAR10, "August 21, 2023", "2023-08-21"),
    ("Filing date: 2026-03-02, per the registry.", None, "2026-03-02", "2026-03-02"),
    ("The notice is dated 2026.03.02 in the archive.", None, "2026.03.02", "2026-03-02"),
    ("Engineers arrived Mar 2 for the audit.", WED, "Mar 2", "2026-03-02"),
    ("Engineers arrived March 2 for the audit.", WED, "March 2", "2026-03-02"),
    ("The lab opened on 2 March to visitors.", WED, "on 2 March", "2026-03-02"),
    ("Talks wrapped up December 30 in Hanoi.", date(2026, 1, 5), "December 30", "2025-12-30"),
    ("The pact takes effect January 5 in Hanoi.", date(2025, 12, 28), "January 5", "2026-01-05"),
    # a day more than six months ahead is this year's when the sentence tells the future, else last year's
    ("The probe is due to be launched on 7 December from Xichang.", MAR10, "on 7 December", "2026-12-07"),
    ("The ministers will meet again on November 20 in Lima.", MAR10, "on November 20", "2026-11-20"),
    ("The probe was launched on 7 December from Xichang.", MAR10, "on 7 December", "2025-12-07"),
    ("The pact, first discussed on 7 December, will be signed in Lima.", MAR10, "on 7 December", "2025-12-07"),
    # a day already gone this year, told of what is still to come, is next year's
    ("The two sides will sign the roadmap on 3 February in Paris.", MAR10, "on 3 February", "2027-02-03"),
    ("Both presidents are expected to seal the deal when they meet on January 20.", MAR10, "on January 20",
     "2027-01-20"),
    ("The charter is to be adopted at the summit on 14 November.", date(2026, 12, 20), "on 14 November", "2027-11-14"),
    ("The pact, signed on 3 February, will take effect later.", MAR10, "on 3 February", "2026-02-03"),
    ("The ministers met on 3 February and will meet again soon.", MAR10, "on 3 February", "2026-02-03"),
    # a day just gone may be a late report of what was to happen: its own year
    ("Talks will resume on 2 March, officials had said.", MAR10, "on 2 March", "2026-03-02"),
    ("The leaders first met in August of 2023 at a retreat.", None, "in August of 2023", "2023-08"),
    ("A working group started in January 2024 with six members.", None, "in January 2024", "2024-01"),
    ("Tariffs rose sharply in 2024 across the region.", MAR10, "in 2024", "2024"),
    ("They revived a science accord from 1985 with fresh funds.", None, "from 1985", "1985"),
    ("The 2024 roadmap listed eight goals.", None, "2024", "2024"),
    ("Budgets for fiscal 2025 were trimmed.", None, "fiscal 2025", "2025"),
]


@pytest.mark.parametrize("text,published,span,value", ABSOLUTE)
def test_absolute_dates(text, published, span, value):
    check(text, published, span, "date", value)


# (sentence, published, expected span, expected value) -- kind "date"
RELATIVE = [
    # weekday with an explicit date: the date wins
    ("Both sides on Monday (Mar 2) unveiled a joint lab.", WED, "on Monday (Mar 2)", "2026-03-02"),
    ("The pact was signed Tuesday, March 3, 2026 in Seoul.", None, "Tuesday, March 3, 2026", "2026-03-03"),
    # plain weekdays: past by default, future with future wording
    ("The ministers met on Monday to compare notes.", WED, "on Monday", "2026-03-02"),
    ("Officials signed the pact on Wednesday in Busan.", WED, "on Wednesday", "2026-03-04"),
    ("They spoke by phone on Friday about exports.", WED, "on Friday", "2026-02-27"),
    ("The two sides will sign the deal on Friday.", WED, "on Friday", "2026-03-06"),
    ("The forum is to open on Wednesday in Jakarta.", WED, "on Wednesday", "2026-03-04"),
    ("Talks are scheduled to resume on Monday.", WED, "on Monday", "2026-03-09"),
    ("The envoy plans to visit on Monday, aides said.", WED, "on Monday", "2026-03-09"),
    ("The ministry said on Friday that both sides will sign.", WED, "on Friday", "2026-02-27"),
    ("The plan will be announced on Friday.", WED, "on Friday", "2026-03-06"),
    ("The agency told reporters Monday that talks will resume.", WED, "Monday", "2026-03-02"),
    ("The council said Friday that funding was approved.", WED, "Friday", "2026-02-27"),
    ("A team flew out last Wednesday.", WED, "last Wednesday", "2026-02-25"),
    ("A team flies out next Wednesday.", WED, "next Wednesday", "2026-03-11"),
    ("The U.S. envoy arrived. He will speak on Friday.", WED, "on Friday", "2026-03-06"),
    ("The U.S. envoy will leave soon. He spoke on Friday.", WED, "on Friday", "2026-02-27"),
    # today / tomorrow / yesterday / this week
    ("The agency confirmed the grant today.", WED, "today", "2026-03-04"),
    ("Today the board votes on the plan.", WED, "Today", "2026-03-04"),
    ("Ministers fly home tomorrow.", WED, "tomorrow", "2026-03-05"),
    ("The panel met yesterday in Tokyo.", WED, "yesterday", "2026-03-03"),
    ("The charter is being unveiled this week.", WED, "this week", "2026-03-04"),
    ("The summit opens next week in Lima.", WED, "next week", "2026-03-11"),
    ("Exports dipped last month.", WED, "last month", "2026-02"),
    # day of month
    ("The two agencies agreed on the 9th to pool data.", MAR10, "on the 9th", "2026-03-09"),
    ("The two agencies agreed on the 10th to pool data.", MAR10, "on the 10th", "2026-03-10"),
    ("The conference opened on the 17th in Osaka.", MAR10, "on the 17th", "2026-02-17"),
    ("A dialogue was held on the 26th (local time) in Ottawa.", MAR10, "on the 26th (local time)", "2026-02-26"),
    ("The audit closed on the 30th, the registry said.", MAR10, "on the 30th", "2026-01-30"),
    ("Negotiators will reconvene on the 20th.", MAR10, "on the 20th", "2026-03-20"),
    # months without a year
    ("A deal was reached in April at a summit.", MAR10, "in April", "2025-04"),
    ("A deal was reached in March at a summit.", MAR10, "in March", "2026-03"),
    ("A deal was reached in February at a summit.", MAR10, "in February", "2026-02"),
    ("A deal was reached in early April at a summit.", MAR10, "in early April", "2025-04"),
    ("The idea was floated last April.", MAR10, "last April", "2025-04"),
    ("The idea was floated last March.", MAR10, "last March", "2025-03"),
    ("The idea was floated last February.", MAR10, "last February", "2026-02"),
    ("The accord dates from April last year.", MAR10, "from April last year", "2025-04"),
    ("The accord was agreed in April last year.", MAR10, "in April last year", "2025-04"),
    ("A review is due next April.", MAR10, "next April", "2026-04"),
    ("A review is due next March.", MAR10, "next March", "2027-03"),
    ("A review follows in April next year.", MAR10, "in April next year", "2027-04"),
    ("The expo will open in June in Busan.", MAR10, "in June", "2026-06"),
    ("March brought a second round of talks.", date(2024, 7, 23), "March", "2024-03"),
    # years
    ("Spending may double next year, analysts said.", MAR10, "next year", "2027"),
    ("Output fell last year in both nations.", MAR10, "last year", "2025"),
    ("Growth this year looks modest.", MAR10, "this year", "2026"),
    ("A second forum is planned later this year.", MAR10, "later this year", "2026"),
    ("The pact was drafted earlier this year.", MAR10, "earlier this year", "2026"),
    ("A trilateral meeting is eyed early next year.", MAR10, "early next year", "2027"),
    ("The fab should open at the end of the year.", MAR10, "at the end of the year", "2026-12"),
    ("Output should peak in mid-2027.", MAR10, "in mid-2027", "2027-06"),
    ("The first accord was signed two years ago.", MAR10, "two years ago", "2024"),
]


@pytest.mark.parametrize("text,published,span,value", RELATIVE)
def test_relative_dates(text, published, span, value):
    check(text, published, span, "date", value)


@pytest.mark.parametrize("text,published,span,value", [r for r in RELATIVE if r[1] is not None])
def test_relative_dates_without_published(text, published, span, value):
    t = one(text, None)
    assert t.text == span
    if t.rule == "weekday_date" and "2026" in span or "mid-2027" in span:
        assert t.value == value  # a stated year still resolves
    else:
        assert t.value is None


# (sentence, published, expected span, expected value) -- kind "deadline"
DEADLINES = [
    ("A fund will be set up in Jakarta by 2030.", JAN19, "by 2030", "2030"),
    ("The hub count should reach nine by 2027.", None, "by 2027", "2027"),
    ("A roadmap is due by mid-year.", JAN19, "by mid-year", "2026-06"),
    ("A roadmap is due by the middle of the year.", JAN19, "by the middle of the year", "2026-06"),
    ("A roadmap is due by mid-2026.", None, "by mid-2026", "2026-06"),
    ("Rules should be final by the end of the year.", JAN19, "by the end of the year", "2026-12"),
    ("Rules should be final by year-end.", JAN19, "by year-end", "2026-12"),
    ("Rules should be final by end-2026.", None, "by end-2026", "2026-12"),
    ("Rules should be final by the end of 2027.", None, "by the end of 2027", "2027-12"),
    ("The draft goes to cabinet by March.", JAN19, "by March", "2026-03"),
    ("The draft goes to cabinet by January.", date(2026, 3, 10), "by January", "2027-01"),
    ("The draft goes to cabinet by March 2027.", None, "by March 2027", "2027-03"),
    ("Trials should wrap up by next year.", JAN19, "by next year", "2027"),
    ("Output targets slip to the third quarter: by the third quarter of 2026.", None,
     "by the third quarter of 2026", "2026-09"),
    ("Funding must flow within twelve months.", JAN19, "within twelve months", "2027-01"),
    ("Funding must flow within 12 months.", JAN19, "within 12 months", "2027-01"),
    ("Plants must be built within two years.", JAN19, "within two years", "2028-01"),
    ("A report is due within 90 days.", JAN19, "within 90 days", "2026-04-19"),
    ("A report is due within two weeks.", JAN19, "within two weeks", "2026-02-02"),
    ("A pilot should start within a year.", JAN19, "within a year", "2027-01"),
    ("The ministry will spend more from the next financial year.", JAN19,
     "from the next financial year", "2027"),
    ("Coal must be phased out before 2030.", None, "before 2030", "2030"),
    ("The line opens no later than 2028.", None, "no later than 2028", "2028"),
    ("Both aim to double trade in the next five years.", JAN19, "in the next five years", "2031"),
    ("The licence is valid until June.", MAR10, "until June", "2026-06"),
    # a quarter with no year: this year's, or next year's once it has passed
    ("The agencies aim to finalise, by the third quarter, a common protocol.", MAR10, "by the third quarter",
     "2026-09"),
    ("The plant must be ready before the first quarter.", date(2026, 11, 2), "before the first quarter", "2027-03"),
]

QUARTERS = [
    # a quarter named with its year, in the ways trade news writes it
    ("First output is expected in Q3 2027.", MAR10, "in Q3 2027", "date", "2027-09"),
    ("Shipments start in 2027 Q2, the firms said.", MAR10, "in 2027 Q2", "date", "2027-06"),
    ("The fab should open in the fourth quarter, the ministry said.", MAR10, "in the fourth quarter", "date",
     "2026-12"),
]


@pytest.mark.parametrize("text,published,span,kind,value", QUARTERS)
def test_quarters(text, published, span, kind, value):
    check(text, published, span, kind, value)


@pytest.mark.parametrize("text,published,span,value", DEADLINES)
def test_deadlines(text, published, span, value):
    check(text, published, span, "deadline", value)


RANGES = [
    ("The 2026-2030 plan covers batteries.", "2026-2030", "2026", "2030"),
    ("The 2026–2030 plan covers batteries.", "2026–2030", "2026", "2030"),
    ("Over S$2 billion is set aside between 2025 and 2030.", "between 2025 and 2030", "2025", "2030"),
    ("The grant runs from 2025 to 2030.", "from 2025 to 2030", "2025", "2030"),
    ("The 2025-26 budget adds chip subsidies.", "2025-26", "2025", "2026"),
    ("Trials ran from January to March 2026.", "from January to March 2026", "2026-01", "2026-03"),
]


@pytest.mark.parametrize("text,span,value,end_value", RANGES)
def test_ranges(text, span, value, end_value):
    check(text, None, span, "range", value, end_value)


DURATIONS = [
    ("The labs will share staff for three years.", "for three years"),
    ("Costs are spread over five years.", "over five years"),
    ("They agreed a three-year research pact.", "a three-year"),
    ("Seoul signed a 10-year lease.", "a 10-year"),
    ("Trust was built over 60 years.", "over 60 years"),
]


@pytest.mark.parametrize("text,span", DURATIONS)
def test_durations(text, span):
    check(text, MAR10, span, "duration", None)


NOT_DATES = [
    "The campus hosts 40,000 students.",
    "Some 150 people attended the launch.",
    "Exports grew 21.1 percent.",
    "The fund holds $300 million.",
    "Samsung is No. 2 in the segment.",
    "Both firms will test 5G gear.",
    "The system meets Level 2 autonomy.",
    "AI outlays may exceed forecasts.",
    "The sector is worth 2.5 trillion won.",
    "The committee will convene quarterly.",
    "Investment will rise in the coming years.",
    "The plant employs 2024 workers.",
    "April Kim chairs the panel.",
    "The probe will fly on a Long March rocket.",  # a month name inside a name
    "Its design recalls the Arab Spring era and the Pacific June movement.",
    "Prices were broken down by year.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert find_dates(text, MAR10) == []


def test_several_in_order_and_spans_exact():
    text = "Signed on 3 May 2025, the pact runs 2026-2030 and a review is due by mid-2027."
    found = find_dates(text, MAR10)
    assert [(t.text, t.kind, t.rule) for t in found] == [
        ("on 3 May 2025", "date", "day_month"),
        ("2026-2030", "range", "range"),
        ("by mid-2027", "deadline", "deadline"),
    ]
    for t in found:
        assert text[t.start:t.end] == t.text


def test_absolute_resolve_without_published():
    found = find_dates("Talks on Friday built on a deal from 19 January 2026 and next year's plan.", None)
    assert [(t.text, t.value) for t in found] == [
        ("on Friday", None), ("from 19 January 2026", "2026-01-19"), ("next year", None)]


INFER = [
    ("date 2026-03-02 Two nations open a shared AI hub\nThe hub opened on Monday.", date(2026, 3, 2)),
    ("Chip ties deepen\n\n      August 21, 2023 13:33\n\nThe talks went well.", date(2023, 8, 21)),
    ("By Staff Writer | Published: 3 March 2026\nHeadline\nBody.", date(2026, 3, 3)),
    ("Headline\nPosted on Jan. 7, 2025\nBody text.", date(2025, 1, 7)),
    ("Chip pact widens\nOct 02, 2025 · 4 min read\nBody text from 1 May 2020.", date(2025, 10, 2)),
    ("Talks recalled the 12 June 2018 summit.\nUpdated: 4 March 2026\nMore.", date(2026, 3, 4)),
    ("SEOUL, March 2 (Yonhap) -- Officials met on Monday.", None),
    ("Headline\nThe deal, first agreed on 5 May 2021, was renewed on Monday.", date(2021, 5, 5)),
    ("Headline\nNo dates at all in 2024 here.", None),
    # a gathering's day told beside its name is an earlier event, not the article's day
    ("Headline\nThe declaration follows the regional space meeting, held on 2 July 2020 in Mexico City. It was "
     "signed on Friday.", None),
    ("Headline\nIt builds on the forum, which was held on May 14, 2024, and on talks since.", None),
    ("Headline\nThe pact came out of the summit, hosted in Lima on 3 June 2025. A second text followed on "
     "12 October 2025.", date(2025, 10, 12)),
    # ... but the news' own gathering dates it
    ("Headline\nThe dialogue was convened on 24 April 2024 in Ankara.", date(2024, 4, 24)),
    ("", None),
]


@pytest.mark.parametrize("text,expected", INFER)
def test_infer_published(text, expected):
    assert infer_published(text) == expected


@pytest.mark.parametrize("d,n,expected", [
    (date(2026, 1, 19), 12, date(2027, 1, 19)),
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 3, 31), -1, date(2024, 2, 29)),
    (date(2026, 11, 5), 3, date(2027, 2, 5)),
    (date(2026, 2, 5), -14, date(2024, 12, 5)),
])
def test_add_months(d, n, expected):
    assert add_months(d, n) == expected


ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOKENS = [
    "on", "in", "by", "the", "Monday", "Friday", "(Mar 2)", "March", "May", "April", "2", "9th", "17th",
    "2026", "2030", "1985", "-", "–", "2025-26", "between", "and", "from", "to", "within", "twelve", "a",
    "months", "years", "days", "next", "last", "this", "year", "week", "today", "will", "mid-year",
    "end-2026", "for", "three", "over", "three-year", "(local time)", ",", ".", "\n", "Jan.", "18th,",
    "2026-03-02", "2026.02.30", "9999", "0001", "of", "early", "ago", "USA", "Today", "fiscal",
]


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from(TOKENS), max_size=25).map(" ".join)),
    published=st.one_of(st.none(), st.dates()),
)
def test_property_offsets_and_values(text, published):
    found = find_dates(text, published)
    prev_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= prev_end
        prev_end = t.end
        assert t.kind in ("date", "deadline", "range", "duration")
        for v in (t.value, t.end_value):
            assert v is None or ISO.match(v), t
    infer_published(text)  # never raises


@pytest.mark.parametrize("text", [
    "India and France adopted the Horizon 2047 roadmap for their partnership.",
    "The deal supports Saudi Vision 2030 and the African Union's Agenda 2063.",
])
def test_a_year_inside_a_name_is_no_date(text):
    assert [t.value for t in find_dates(text, date(2026, 3, 10)) if t.value in ("2047", "2030", "2063")] == []


@pytest.mark.parametrize("text, value", [
    ("The terms must be agreed no later than June 30, 2026.", "2026-06-30"),
    ("The loan will be signed by 15 March 2027.", "2027-03-15"),
    ("Both sides will report before July 4.", "2026-07-04"),
])
def test_a_deadline_on_a_day(text, value):
    found = [t for t in find_dates(text, date(2026, 3, 10)) if t.kind == "deadline"]
    assert [t.value for t in found] == [value]


@pytest.mark.parametrize("text, value", [
    # "in three weeks", "in about two months" told of what is to come: that far from the publication date
    ("The accord will take effect in three weeks.", "2026-03-31"),
    ("The pact takes effect in about two weeks.", "2026-03-24"),
    ("The two sides are to meet again in approximately two months.", "2026-05"),
    ("The first plant is expected to open in two years.", "2028"),
])
def test_a_time_from_now_told_of_the_future(text, value):
    t = one(text, MAR10)
    assert (t.kind, t.value) == ("deadline", value)


@pytest.mark.parametrize("text", [
    # ... but not how long something took, nor a count of units of something
    "The agreement was negotiated in three weeks.",
    "It was the first visit in two years.",
    "The talks will build on progress made in two years of talks.",
])
def test_a_time_taken_is_no_time_from_now(text):
    assert find_dates(text, MAR10) == []


@pytest.mark.parametrize("text, value", [
    # a day of a month with "last/next/this year" after it: that year's day
    ("Earlier, on May 13 last year, the two sides signed a memorandum.", "2025-05-13"),
    ("On 13 May last year the two sides signed a memorandum.", "2025-05-13"),
    ("The ministers will meet on 2 June next year.", "2027-06-02"),
])
def test_a_day_of_last_or_next_year(text, value):
    assert one(text, MAR10).value == value


@pytest.mark.parametrize("text", ["Signed on 3 March 2026.", "Signed on ٣ March ٢٠٢٦ in Cairo.", "The ९ pacts, “signed”.",
                                  "Café talks — 12 deals", "", "No digits here at all, only “quotes”."])
def test_digits_of_other_scripts_are_told_as_the_pattern_tells_them(text):
    from pactwatch.extract.dates import _OTHER_DIGIT, _only_ascii_digits
    assert _only_ascii_digits(text) == (not _OTHER_DIGIT.search(text))


OCT20 = date(2026, 10, 20)


@pytest.mark.parametrize("text, published, span, value", [
    # the rest of the day: the publication day itself
    ("The two ministers will sign the accord later in the day.", MAR10, "later in the day", "2026-03-10"),
    ("The accord is to be signed this afternoon in Seoul.", MAR10, "this afternoon", "2026-03-10"),
    ("Both leaders will ink the pact this evening.", MAR10, "this evening", "2026-03-10"),
    ("Signing is set for later today, aides said.", MAR10, "later today", "2026-03-10"),
    ("The deal will be sealed tonight at a state dinner.", MAR10, "tonight", "2026-03-10"),
    # seasons: the year of the season told (to come with future wording, else the last one)
    ("Talks are set to begin in the coming spring.", OCT20, "in the coming spring", "2027"),
    ("Talks are set to begin in the coming spring.", MAR10, "in the coming spring", "2026"),
    ("Negotiations will open next summer.", MAR10, "next summer", "2026"),
    ("Negotiations will open next summer.", OCT20, "next summer", "2027"),
    ("A review is due this autumn.", MAR10, "this autumn", "2026"),
    ("The lab will open in the spring.", OCT20, "in the spring", "2027"),
    ("The lab opened in the spring.", OCT20, "in the spring", "2026"),
    ("The lab opened last summer.", MAR10, "last summer", "2025"),
    ("The lab opened last summer.", OCT20, "last summer", "2026"),
    ("Both will hold talks later this summer.", MAR10, "later this summer", "2026"),
    ("Both will hold talks in the fall.", MAR10, "in the fall", "2026"),
    ("Both will hold talks in the winter of 2027.", MAR10, "in the winter of 2027", "2027"),
    ("Both will hold talks in spring 2028.", MAR10, "in spring 2028", "2028"),
    ("The first trials will start in early summer.", MAR10, "in early summer", "2026"),
])
def test_the_rest_of_the_day_and_seasons(text, published, span, value):
    check(text, published, span, "date", value)


@pytest.mark.parametrize("text", [
    "Prices fall when supply grows.",
    "The Arab Spring changed the region.",
    "A summer school for engineers drew 40 students.",
    "The evening news covered the visit.",
])
def test_season_words_that_are_no_time(text):
    assert find_dates(text, MAR10) == []


@pytest.mark.parametrize("text, span, value", [
    # hours to come: the day they end on
    ("The deal may be signed within the next 24 hours.", "within the next 24 hours", "2026-03-11"),
    ("Both sides will sign within hours, aides said.", "within hours", "2026-03-10"),
    ("The text will be finalised in the coming hours.", "in the coming hours", "2026-03-10"),
    ("The accord is to be signed within 48 hours.", "within 48 hours", "2026-03-12"),
])
def test_hours_to_come(text, span, value):
    check(text, MAR10, span, "deadline", value)


def test_mid_of_the_year():
    # "in mid of this year", as some outlets write it: the middle of the year
    check("The commission will meet in mid of this year.", MAR10, "in mid of this year", "date", "2026-06")


@pytest.mark.parametrize("text,value", [
    # an earliest bound of a step still to come: the month ahead, even told with "would" or "could"
    ("The draft text would go to the cabinet as early as November.", "2026-11"),
    ("Ministers could approve the plan as soon as May.", "2026-05"),
    ("The plan will be presented to leaders as early as November.", "2026-11"),
    ("Work on the line started as early as June.", "2025-06"),
    ("The code is expected to reach leaders no earlier than June.", "2026-06"),
    ("Officials said a vote might come as early as February.", "2027-02"),
    ("The treaty would reach the senate in October at the earliest.", "2026-10"),
    ("The accord would be signed as early as mid-October.", "2026-10"),
    ("The accord would be signed as early as the end of October.", "2026-10"),
    ("The accord would be signed in late October at the earliest.", "2026-10"),
    ("Both leaders hope to launch the satellite as soon as June.", "2026-06"),
    # a time gone by, whatever the bound
    ("Talks on the deal began as early as November.", "2025-11"),
])
def test_an_earliest_bound_is_a_month_to_come(text, value):
    found = [t for t in find_dates(text, MAR10) if t.rule in ("month", "period")]
    assert [t.value for t in found] == [value]


def test_a_line_of_noise_is_told_as_the_substitution_tells_it():
    """published._all_noise is ``not _LINE_NOISE.sub("", rest)``, on runs of noise and words put together at random."""
    rng = random.Random(11)
    pieces = ["12:30", "5 min read", "am", "pm", "a.m.", "GMT", "Monday", "+09:00", " ", "|", ",", "-", "\u2014", "(",
              ")", "on", "at", "x", "2026", "Updated", "posted", "ist", "kst", "Reuters", "\u00b7"]
    told = 0
    for _ in range(5000):
        rest = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 8)))
        assert published._all_noise(rest) == (not published._LINE_NOISE.sub("", rest)), rest
        told += published._all_noise(rest)
    assert 100 < told < 4900
