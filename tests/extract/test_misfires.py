"""Ordinary news wordings that an over-broad rule once misread: each stays read as English means it.

Every text here is written for these tests.
"""

from datetime import date

import pytest

from pactwatch.extract.dates import find_dates
from pactwatch.extract.money import find_money
from pactwatch.extract.text import split_sentences

P = date(2024, 6, 5)  # a Wednesday
APPROVED = "Ghana's cabinet on Wednesday approved a memorandum of cooperation with Japan on cybersecurity. "


@pytest.mark.parametrize("signed, expected", [
    ("The memorandum was signed in January 2024.", "2024-01"),
    ("The memorandum was signed on March 3, 2024.", "2024-03-03"),
    ("The memorandum was signed on March 3 in Accra.", "2024-03-03"),
])
def test_a_signing_date_right_after_the_verb(extractor, signed, expected):
    assert [a.date for a in extractor(APPROVED + signed, P).agreements] == [expected]


def test_a_list_of_outcomes_holds_instruments(extractor):
    text = ("India and Japan held their annual summit on Monday. The summit produced the following outcomes:\n"
            "- Memorandum of Cooperation on semiconductors between India and Japan\n"
            "- Agreement on clean energy between the two governments")
    assert sorted(a.kind for a in extractor(text, P).agreements) == ["agreement", "mou"]


def test_a_later_signing_keeps_its_own_day_when_the_article_has_no_date(extractor):
    text = ("Japan and India signed an agreement on chips on March 3, 2024. Kenya and Japan signed an MoU on March 5, "
            "2024 to build a joint data centre by 2027.")
    assert [a.date for a in extractor(text, None).agreements] == ["2024-03-03", "2024-03-05"]


def test_a_list_of_bodies_is_not_one_ministry(extractor):
    text = "The MoU was signed by the Ministry of Finance, Microsoft and the European Investment Bank on Monday."
    names = {o.name for o in extractor(text, P).organizations}
    assert {"Ministry of Finance", "Microsoft", "European Investment Bank"} <= names


@pytest.mark.parametrize("text, expected", [
    # the first since a year is news, not a tally
    ("Japan and China signed three agreements on Monday, their first since 2018.",
     [("agreement", ("CHN", "JPN"), "concluded")]),
    # partners named after "global companies including"
    ("Kenya signed partnerships with global companies including Microsoft and Google on Monday.",
     [("partnership", ("KEN", "USA"), "concluded")]),
    # "a second such agreement with" a new partner is another one
    ("Kenya and Japan signed an agreement on AI. Tokyo plans a second such agreement with Nigeria next year.",
     [("agreement", ("JPN", "KEN"), "concluded"), ("agreement", ("JPN", "NGA"), "planned")]),
    # a parliament dissolved, an op-ed penned: nothing ended or made
    ("Thailand's parliament was dissolved in March, delaying the free trade agreement with the EU.", []),
    ("The minister penned an op-ed praising the partnership between Kenya and the UK.", []),
    # terminals bought, a province's name: no party
    ("Ukraine signed an agreement with Poland to jointly buy 5,000 Starlink terminals.",
     [("agreement", ("POL", "UKR"), "concluded")]),
    ("Vietnam signed an MoU with Lao Cai province authorities and Chinese firms.",
     [("mou", ("CHN", "VNM"), "concluded")]),
    # talk of closer ties, however worded
    ("Kenya and Japan agreed to further strengthen bilateral ties in chips and AI.", []),
    ("Kenya and Japan agreed to enhance and expand cooperation in chips.", []),
])
def test_wordings_read_as_meant(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text", [
    "South Korea and Vietnam signed an MoU on chips on Monday. Vietnam expects investment from Korean firms to reach "
    "$10 billion by 2030.",
    "South Korea and Vietnam signed an MoU on chips on Monday. The agreement will see an expansion of bilateral trade "
    "by 20 percent by 2026.",
    "South Korea and Vietnam signed an MoU on chips on Monday. President Yoon will travel to Hanoi in October 2024 "
    "for a summit.",
])
def test_forecasts_and_trips_are_no_commitments(extractor, text):
    assert extractor(text, P).commitments == []


@pytest.mark.parametrize("text", [
    "The $500 million programme, which will train 1 million students and create 2 million new roles, starts soon.",
    "The $2 billion fund will reach 5 million farmers and 2 million households.",
])
def test_head_counts_are_no_money(text):
    assert len(find_money(text)) == 1


@pytest.mark.parametrize("text", [
    "Kenya and Japan signed a deal.\n\nStarting March, the two will operate it.",
    "\u201cCome March, they will launch it.\u201d",
])
def test_a_month_after_a_sentences_first_word_is_a_date(text):
    assert [t.value for t in find_dates(text, date(2024, 1, 10))] == ["2024-03"]


def test_a_co_founder_starts_a_sentence():
    text = "Kenya signed an MoU with Tesla Inc. Co-founder Elon Musk attended."
    assert len(split_sentences(text)) == 2


def test_a_role_stops_at_the_sentence_end(extractor):
    text = "The deal was signed by Kim Min-su, head of Plan B. The agreement with Japan covers chips."
    assert {p.name: p.role for p in extractor(text, P).people} == {"Kim Min-su": "head of Plan B"}


@pytest.mark.parametrize("text", [
    "Samsung Internet users grew by a tenth last year.",
    "Samsung Power Deal With Egypt Signed In Cairo\nSamsung signed it.",
])
def test_a_product_or_a_title_case_headline_names_no_unit(extractor, text):
    assert [o.name for o in extractor(text, P).organizations] == ["Samsung"]
