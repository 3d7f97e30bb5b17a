"""A rejected candidate says why: instrument words that make no agreement, listed with the reason when asked.

Every text here is written for these tests.
"""

from datetime import date

import pytest

from pactwatch.extract import ExtractOptions, Extractor

P = date(2026, 3, 12)


@pytest.fixture(scope="module")
def explaining():
    return Extractor(ExtractOptions(explain=True))


@pytest.mark.parametrize("text, word, why", [
    ("Kenya and Japan exchanged views on prospects for new partnerships.", "partnerships", "prospects"),
    ("Boeing won a $7.8 billion deal with Korean Air to sell 50 airliners.", "deal", "sale"),
    ("Peru and Chile did not sign an MoU on lithium.", "MoU", "negated"),
    ("The Korean government will spend 220 billion won on a 6G research fund.", "fund", "one side"),
])
def test_a_word_left_out_says_why(explaining, text, word, why):
    result = explaining(text, P)
    assert result.agreements == []
    told = [r for r in result.rejected if r["text"] == word]
    assert told and why in told[0]["why"], result.rejected
    assert text[told[0]["start"]:told[0]["end"]] == word


def test_what_was_made_is_not_listed_as_left_out(explaining):
    result = explaining("Peru and Chile signed an MoU on lithium on Monday.", P)
    assert [a.kind for a in result.agreements] == ["mou"] and result.rejected == []


def test_only_when_asked(extractor):
    result = extractor("Kenya and Japan exchanged views on prospects for new partnerships.", P)
    assert result.rejected is None and "rejected" not in result.to_dict()


@pytest.mark.parametrize("text", [
    # a named centre or fund with no status and no two countries named is an institution or a prize
    "Romanian director Ana Pop and American actor Tom Reed won top prizes at the Lisbon Film Festival awards on "
    "Saturday.",
    "Japanese chipmaker Kioxia and Korean rival SK Hynix both sponsor the Riverside Science Center in Ohio.",
])
def test_an_institution_or_a_prize_is_no_instrument(explaining, text):
    result = explaining(text, P)
    assert result.agreements == []
    assert any("named centre or fund" in r["why"] for r in result.rejected), result.rejected


def test_a_named_centre_of_two_countries_stays(explaining):
    text = "Germany and Namibia run the Hydrogen Research Centre in Windhoek."
    assert [a.kind for a in explaining(text, P).agreements] == ["centre"]
