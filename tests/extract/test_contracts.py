"""A contract signed between bodies of two countries is an agreement ("will sign a contract with Russia's Rosatom for
the construction of a nuclear plant"); a purchase, a contract won with no second party, or one let to a local firm is
none, nor contracts as a subject ("legal force to electronic contracts"); contracts counted beside agreements are their own record, not a restatement of an earlier count. "Mobility"
alone names the field, but not the mobility of students or workers, nor urban mobility (transport).

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def records(extractor, text):
    return [(a.kind, a.countries, a.status, a.quantity) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("Uzbekistan will sign a contract with Russia's Rosatom for the construction of its first nuclear power plant, "
     "officials said on Monday.", [("agreement", ["RUS", "UZB"], "planned", 1)]),
    ("Indonesia's PLN and Japan's Marubeni signed a contract on Friday to build a geothermal plant in Java.",
     [("agreement", ["IDN", "JPN"], "concluded", 1)]),
    ("Ghana's power utility has inked a contract with a Chinese state firm to lay a subsea cable to Togo.",
     [("agreement", ["CHN", "GHA"], "concluded", 1)]),
])
def test_a_contract_between_two_countries_bodies(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Turkish Airlines signed a contract with Airbus on Tuesday to buy 50 new jets.",
    "Shares of the company rose after it won a contract to supply chips to a European carmaker.",
    "The ministry awarded a contract to a local firm to build a data centre in Nairobi.",
])
def test_no_contract_between_parties(extractor, text):
    assert records(extractor, text) == []


def test_contracts_as_a_subject_are_none(extractor):
    text = "The digital trade agreement Chile and Korea signed on Monday gives legal force to electronic contracts."
    assert records(extractor, text) == [("trade_agreement", ["CHL", "KOR"], "concluded", 1)]


def test_contracts_counted_beside_agreements_are_their_own(extractor):
    text = ("Kenya and Korea signed two memorandums on Friday on batteries and mining. On Thursday, the two countries "
            "signed 12 agreements and two contracts on nuclear power, mobility and minerals.")
    found = [(kind, quantity) for kind, _, _, quantity in records(extractor, text)]
    assert sorted(found) == [("agreement", 2), ("agreement", 12), ("mou", 2)], found


@pytest.mark.parametrize("text, expected", [
    ("Korea and Chile signed a memorandum on mobility and batteries on Monday.", ["batteries", "mobility"]),
    ("Korea and Chile signed a memorandum on student mobility and batteries on Monday.", ["batteries"]),
    ("Korea and Chile signed a memorandum on urban mobility and batteries on Monday.", ["batteries"]),
])
def test_mobility_alone_names_the_field(extractor, text, expected):
    assert sorted(extractor(text, P).agreements[0].sectors) == expected
