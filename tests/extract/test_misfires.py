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


R = date(2026, 3, 10)  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    # a deal a third country is not party to is still the deal of the two
    ("China, not a party to the agreement signed by the US and Japan on Monday, criticised the chip export curbs.",
     [("agreement", "concluded")]),
    # a forecast that a deal is likely is no deal
    ("Analysts say a trade deal between the US and India is likely before the end of the year.", []),
    # "Italy" after a modal is no adverb: the memorandum is signed
    ("A delegation from Japan to Italy signed a memorandum on hydrogen with Italy on Monday.", [("mou", "concluded")]),
    # a named declaration of 2019 is not the declaration of intent just signed
    ("Germany and Namibia signed a declaration of intent on green hydrogen on Monday. The Joint Declaration on "
     "Maritime Security, adopted in 2019, commits both navies to joint patrols.",
     [("mou", "concluded"), ("joint_statement", "existing")]),
    # the first to sign one in 2019 is another agreement
    ("Kenya signed an MoU with Japan on energy on Monday. In 2019 Kenya became the first African country to sign an "
     "agreement on space with Japan.", [("mou", "concluded"), ("agreement", "existing")]),
    # an acronym opening a sentence with its own subject and plan is another one
    ("India and Japan signed an MoU on chips on Monday. MoU on hydrogen to be signed next month, officials said.",
     [("mou", "concluded"), ("mou", "planned")]),
    # "the deal between X and Y" that is not in effect is no instrument in place
    ("Officials said the deal between Britain and India remains elusive.", []),
    # a protocol the parties sign is one, whatever its field
    ("China and Kazakhstan signed a health protocol on cross-border livestock quarantine on Monday.",
     [("agreement", "concluded")]),
    ("Japan and the Philippines signed a security protocol on Monday.", [("agreement", "concluded")]),
    # a partnership launched with a signing is declared, beside the memorandum
    ("Japan and Kenya launched a green hydrogen partnership with the signing of a memorandum on Monday.",
     [("partnership", "concluded"), ("mou", "concluded")]),
])
def test_todays_rules_read_ordinary_wordings_as_meant(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, R).agreements] == expected


def test_a_count_told_beats_a_couple_of_weeks_and_praise_inside_a_name_stays(extractor):
    found = extractor("In the past couple of weeks three agreements were signed between India and Japan.", R)
    assert [a.quantity for a in found.agreements] == [3]
    named = extractor("India and the US signed the Major Defence Partnership Framework on Monday.", R)
    assert [a.name for a in named.agreements] == ["Major Defence Partnership Framework"]


@pytest.mark.parametrize("text", [
    # what the instrument just told is likened to or falls short of: a description or a comparison, no second record
    "Kenya and Japan signed an MoU on space data on Monday. The minister described the MoU as a wide-ranging "
    "partnership that would cover training.",
    "Kenya and Japan signed an MoU on space data on Monday. Officials hailed the memorandum as a new strategic "
    "partnership.",
    "Kenya and Japan signed an MoU on minerals on Monday. The MoU falls far short of a full critical minerals trade deal "
    "that would let Kenya claim Japanese subsidies.",
    "Kenya and Japan signed an MoU on minerals on Monday. The memorandum stops short of a free trade agreement.",
])
def test_a_description_or_shortfall_of_the_instrument_is_no_second_record(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["mou"]
