"""Tests for pactwatch.extract.money (all sentences invented for the tests)."""

from __future__ import annotations

import datetime
import inspect
import random
import re

import pytest
from currency_converter import CurrencyConverter
from hypothesis import given, settings
from hypothesis import strategies as st

from pactwatch.extract import money
from pactwatch.extract.money import UsdConverter, find_money


def one(text: str):
    found = find_money(text)
    assert len(found) == 1, found
    return found[0]


# (sentence, expected text of the match, amount, currency)
PREFIX_CASES = [
    ("The fund holds US$300 million for start-ups.", "US$300 million", 300e6, "USD"),
    ("Singapore adds S$382 million to the plan.", "S$382 million", 382e6, "SGD"),
    ("Canberra commits A$1.5 billion to chips.", "A$1.5 billion", 1.5e9, "AUD"),
    ("Ottawa sets aside C$40 million.", "C$40 million", 40e6, "CAD"),
    ("A grant of CA$2 million was approved.", "CA$2 million", 2e6, "CAD"),
    ("The exchange raised HK$7 billion.", "HK$7 billion", 7e9, "HKD"),
    ("Taipei budgets NT$12 billion for fabs.", "NT$12 billion", 12e9, "TWD"),
    ("Wellington offers NZ$25 million.", "NZ$25 million", 25e6, "NZD"),
    ("Canberra pledged Aus$280 million to the mine.", "Aus$280 million", 280e6, "AUD"),
    # South African papers write the rand as R, with a scale word glued on or after a space
    ("The grant of R628mil goes to hydrogen hubs.", "R628mil", 628e6, "ZAR"),
    ("Pretoria set aside R10bn for the corridor.", "R10bn", 10e9, "ZAR"),
    ("A further R1.2 billion was approved.", "R1.2 billion", 1.2e9, "ZAR"),
    ("A lab worth $10 million opened.", "$10 million", 10e6, "USD"),
    ("$10 Million Boost For Quantum Lab", "$10 Million", 10e6, "USD"),
    ("They paid $500,000 for the licence.", "$500,000", 500_000, "USD"),
    ("It costs $5bn in total.", "$5bn", 5e9, "USD"),
    # Malaysian and Singaporean papers write "bil" and "mil"
    ("Deals worth US$10bil would be signed.", "US$10bil", 10e9, "USD"),
    ("The state set aside RM500mil for chip design.", "RM500mil", 500e6, "MYR"),
    ("A $7 bn package was unveiled.", "$7 bn", 7e9, "USD"),
    ("Seed rounds of $250k are common.", "$250k", 250_000, "USD"),
    ("A $3.4-billion plant is planned.", "$3.4-billion", 3.4e9, "USD"),
    ("London adds £4.5 million for robots.", "£4.5 million", 4.5e6, "GBP"),
    ("The telescope gets £270m from Britain.", "£270m", 270e6, "GBP"),
    ("Ministers pledged £8bn to the grid.", "£8bn", 8e9, "GBP"),
    ("Brussels grants €12 million to labs.", "€12 million", 12e6, "EUR"),
    ("The chip act frees €1.2bn.", "€1.2bn", 1.2e9, "EUR"),
    ("Tokyo subsidises ¥500 billion of fabs.", "¥500 billion", 500e9, "JPY"),
    ("Beijing lends ¥5 billion yuan to the park.", "¥5 billion yuan", 5e9, "CNY"),
    ("A CN¥3 billion fund was created.", "CN¥3 billion", 3e9, "CNY"),
    ("Seoul spends ₩18 billion on the centre.", "₩18 billion", 18e9, "KRW"),
    ("Delhi clears ₹2,000 crore for chips.", "₹2,000 crore", 20e9, "INR"),
    ("The agency has KRW 10 billion to spend.", "KRW 10 billion", 10e9, "KRW"),
    ("A deal of USD 5 million was signed.", "USD 5 million", 5e6, "USD"),
    ("Partners add EUR 3m to the pot.", "EUR 3m", 3e6, "EUR"),
    ("Bern offers CHF 40 million.", "CHF 40 million", 40e6, "CHF"),
    ("The state sets aside Rs 10,000 crore.", "Rs 10,000 crore", 100e9, "INR"),
    ("A plan worth Rs. 500 crore was cleared.", "Rs. 500 crore", 5e9, "INR"),
    ("The city issues RMB 2 billion in bonds.", "RMB 2 billion", 2e9, "CNY"),
]

SUFFIX_CASES = [
    ("Samsung will invest 1 trillion won in Texas.", "1 trillion won", 1e12, "KRW"),
    ("The ministry offered 10,000 won per visitor.", "10,000 won", 10_000, "KRW"),
    ("A grant of 500 million yen was made.", "500 million yen", 500e6, "JPY"),
    ("The bloc spends 3 billion euros on AI.", "3 billion euros", 3e9, "EUR"),
    ("A 20 million pounds fund opened.", "20 million pounds", 20e6, "GBP"),
    ("A buyer paid 10 million dollars.", "10 million dollars", 10e6, "USD"),
    ("It is a 40 billion dollar plan.", "40 billion dollar", 40e9, "USD"),
    ("The park got 5 billion yuan of credit.", "5 billion yuan", 5e9, "CNY"),
    ("It raised 2 million Singapore dollars.", "2 million Singapore dollars", 2e6, "SGD"),
    ("Trials cost 100 crore rupees.", "100 crore rupees", 1e9, "INR"),
    ("The mission is worth 1.5 lakh crore.", "1.5 lakh crore", 1.5e12, "INR"),
    ("A budget of 1.5 lakh crore rupees.", "1.5 lakh crore rupees", 1.5e12, "INR"),
    ("Investors put in 5m USD.", "5m USD", 5e6, "USD"),
    ("Grants of 4bn yuan were paid.", "4bn yuan", 4e9, "CNY"),
    # the currency after the dollar sign, as Australian and New Zealand outlets write it
    ("The partners will spend $US688 million on quantum research.", "$US688 million", 688e6, "USD"),
    ("Canberra pledged $A50 million to the fund.", "$A50 million", 50e6, "AUD"),
]


@pytest.mark.parametrize(("sentence", "span", "amount", "currency"), PREFIX_CASES + SUFFIX_CASES)
def test_single_sum(sentence, span, amount, currency):
    m = one(sentence)
    assert m.text == span
    assert sentence[m.start : m.end] == span
    assert m.amount == pytest.approx(amount)
    assert m.currency == currency
    assert m.qualifier is None


@pytest.mark.parametrize(
    ("sentence", "span", "qualifier"),
    [
        ("They will spend over $5 million.", "$5 million", "over"),
        ("More than $5bn is at stake.", "$5bn", "more than"),
        ("The fund offers up to 3 billion euros.", "3 billion euros", "up to"),
        ("It cost about £2m.", "£2m", "about"),
        ("It needs around €12 million.", "€12 million", "around"),
        ("Nearly $1 billion was raised.", "$1 billion", "nearly"),
        ("Almost ₩3 trillion was pledged.", "₩3 trillion", "almost"),
        ("Approximately $40 million is left.", "$40 million", "approximately"),
        ("Some S$1 billion goes to research.", "S$1 billion", "some"),
        ("It has at least $2 billion.", "$2 billion", "at least"),
        ("Moreover $5 million was lent.", "$5 million", None),  # not "over"
    ],
)
def test_qualifier_outside_span(sentence, span, qualifier):
    m = one(sentence)
    assert m.text == span
    assert m.qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "span", "amount"),
    [
        ("Projects get $10-20 million each.", "$10-20 million", 10e6),
        ("Projects get $10–20 million each.", "$10–20 million", 10e6),
        ("Tickets fetch 3-4 billion won.", "3-4 billion won", 3e9),
    ],
)
def test_range_gives_low_figure(sentence, span, amount):
    m = one(sentence)
    assert m.text == span
    assert m.amount == pytest.approx(amount)
    assert m.qualifier == "range"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a range whose upper bound is written with its own currency sign is two sums, both bounds
        ("Projects get $10 to $20 million each.", [(10e6, "USD"), (20e6, "USD")]),
        ("It costs between $5 and $10 million.", [(5e6, "USD"), (10e6, "USD")]),
        ("The plan represents investments of between $30-$50bn.", [(30e9, "USD"), (50e9, "USD")]),
        ("Kenya expects $2-$4 billion in data centre investment.", [(2e9, "USD"), (4e9, "USD")]),
        ("The fund will hold €1bn–€2bn.", [(1e9, "EUR"), (2e9, "EUR")]),
    ],
)
def test_a_range_with_two_written_sums_gives_both(sentence, expected):
    found = find_money(sentence)
    assert [(m.amount, m.currency) for m in found] == [(pytest.approx(a), c) for a, c in expected]


def test_each_bound_of_a_range_is_told_by_its_own_words():
    found = find_money("Seoul set aside US$10 to US$20 million for the labs.")
    assert [(m.text, m.amount) for m in found] == [("US$10", pytest.approx(10e6)), ("US$20 million", pytest.approx(20e6))]


def test_several_sums_in_order():
    text = "Seoul pledged US$300 million (S$382 million), and later £8bn and 500 million yen."
    found = find_money(text)
    assert [(m.amount, m.currency) for m in found] == [
        (300e6, "USD"), (382e6, "SGD"), (8e9, "GBP"), (500e6, "JPY"),
    ]
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Output rose 21.1 percent last year.",
        "Support was 36-39 percent in polls.",
        "Margins grew 25% in a year.",
        "It is a multi-billion-pound scheme.",
        "The target is set for 2030.",
        "Some 40,000 students enrolled.",
        "They signed seven MOUs.",
        "Delegates from 28 countries met.",
        "Operators are rolling out 5G.",
        "Prices in £ are not given.",
        "Call +82 2 3456 7890 for details.",
        "The model meets AI Security Level 2.",
        "Team 5 won the hackathon.",
        "The release of PHP 8 is due.",
        "Hong Kong SAR 20 years on.",
        "The R2 road and the R&D budget.",
        "Route R 40 reopened.",
        "The plan spans 1,200 crore tonnes.",
        "",
    ],
)
def test_not_money(sentence):
    assert find_money(sentence) == []


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(list("0123456789 ,.-$£€¥₩₹%kmbMBSUAHNTRs")) | st.characters(),
        max_size=80,
    )
    | st.lists(
        st.sampled_from(
            ["$", "US$", "£", "5", "10,000", "2.5", " ", "million", "bn", "m", "-", "to",
             "won", "yen", "crore", "lakh", "over", "Rs", "KRW", "and", "between", "%"]
        ),
        max_size=12,
    ).map("".join)
)
def test_spans_are_sound(text):
    last_end = 0
    for m in find_money(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.amount > 0
        assert re.fullmatch(r"[A-Z]{3}", m.currency)
        assert m.start >= last_end
        last_end = m.end


# --- UsdConverter ---------------------------------------------------------


@pytest.fixture(scope="module")
def conv():
    return UsdConverter()


def test_converter_options_exist():
    params = inspect.signature(CurrencyConverter.__init__).parameters
    assert "fallback_on_missing_rate" in params and "fallback_on_wrong_date" in params


def test_usd_is_identity(conv):
    assert conv.to_usd(123.5, "USD", None) == 123.5
    assert conv.to_usd(7.0, "USD", datetime.date(2024, 5, 2)) == 7.0


def test_eur_on_ecb_date_is_plausible(conv):
    usd = conv.to_usd(1_000_000, "EUR", datetime.date(2024, 5, 2))
    assert 0.8e6 < usd < 1.5e6


def test_krw_far_future_uses_fallback(conv):
    far = conv.to_usd(1e9, "KRW", datetime.date(2199, 1, 1))
    undated = conv.to_usd(1e9, "KRW", None)
    assert far == undated == pytest.approx(1e9 * conv._fallback_rates()["KRW"])
    assert 1e5 < far < 1e7  # a billion won is around a million dollars


def test_currency_unknown_to_ecb_uses_fallback(conv):
    assert conv.to_usd(1_000, "TWD", datetime.date(2024, 5, 2)) == pytest.approx(
        1_000 * conv._fallback_rates()["TWD"]
    )


def test_unknown_currency_is_none(conv):
    assert conv.to_usd(5, "XQZ", None) is None
    assert conv.to_usd(5, "XQZ", datetime.date(2024, 5, 2)) is None


def test_fallback_table_covers_major_currencies(conv):
    rates = conv._fallback_rates()
    for code in "KRW JPY CNY INR SGD GBP EUR TWD AUD CAD CHF HKD NZD SAR AED".split():
        assert rates[code] > 0


# ---------------------------------------------------------------- a bare "$" at home

def currencies(extractor, text):
    return [(a["amount"], a["currency"]) for a in extractor(text).amounts]


@pytest.mark.parametrize("text, expected", [
    # a government release at home: its dollar
    ("CANBERRA -- The Australian Government will invest $53.8 million in a national AI centre, the Minister for "
     "Industry said. Australia will also fund AI graduate places.", [(53_800_000.0, "AUD")]),
    ("Toronto, Ontario -- Canada announced $6.4 billion for critical minerals projects with its allies. Canada's "
     "natural resources minister said Canadian firms would lead.", [(6_400_000_000.0, "CAD")]),
    # an outlet that tells dollars apart: the bare "$" is the US dollar
    ("The Australian government will invest A$300 million ($191 million) in hydrogen, Australia's energy minister "
     "said.", [(300_000_000.0, "AUD"), (191_000_000.0, "USD")]),
    # a story with the United States among its parties: the US dollar
    ("Australia and the United States will each put $100 million into a critical minerals fund, Australian and "
     "American officials said.", [(100_000_000.0, "USD")]),
])
def test_a_bare_dollar_at_home(extractor, text, expected):
    assert currencies(extractor, text) == expected


@pytest.mark.parametrize("url, expected", [
    # a page published in New Zealand (or Australia, Canada, Singapore): its own dollar, whoever its story is about
    ("https://www.beehive.govt.nz/release/japan-geothermal", [(20_000_000.0, "NZD")]),
    ("https://www.industry.gov.au/news/japan-geothermal", [(20_000_000.0, "AUD")]),
    # a page from elsewhere: the US dollar
    ("https://www.example.com/news/japan-geothermal", [(20_000_000.0, "USD")]),
])
def test_a_bare_dollar_on_a_page_at_home(extractor, url, expected):
    text = ("Japan and New Zealand signed a geothermal research arrangement on Friday. The government will put $20 "
            "million into joint research with Japanese institutes, the minister said.")
    assert [(a["amount"], a["currency"]) for a in extractor(text, url=url).amounts] == expected


@pytest.mark.parametrize("text, expected", [
    ("Riyadh unveiled a $182m (SR682.5m) exploration incentive.", [(182e6, "USD"), (682.5e6, "SAR")]),
    ("The programme was worth 30 million euros. ($1 = 0.9104 euros)", [(30e6, "EUR")]),
    ("The fund holds RM420 million (US$1=RM4.20) for chip start-ups.", [(420e6, "MYR")]),
])
def test_riyals_written_sr_and_exchange_rate_notes(text, expected):
    assert [(m.amount, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("London pledged three million pounds (roughly four million dollars) in support for the projects.",
     [(3e6, "GBP"), (4e6, "USD")]),
    ("Japan will lend a billion dollars for the line, and twenty million euros came from Brussels.",
     [(1e9, "USD"), (20e6, "EUR")]),
    ("A million people use the service.", []),
])
def test_sums_in_words(text, expected):
    assert [(m.amount, m.currency) for m in find_money(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction of a scale word: "half a million", "a quarter of a billion", "one and a half billion"
    ("Washington will spend half a million dollars on the two laboratories.", [(5e5, "USD", "half a million dollars")]),
    ("Tokyo set aside half a billion yen for the joint programme with Hanoi.", [(5e8, "JPY", "half a billion yen")]),
    ("Brussels adds a quarter of a billion euros to the facility.", [(2.5e8, "EUR", "a quarter of a billion euros")]),
    ("Ottawa put one and a half billion dollars into the fund.", [(1.5e9, "USD", "one and a half billion dollars")]),
    ("Seoul offered two and a half million dollars, and Lima a half million dollars more.",
     [(2.5e6, "USD", "two and a half million dollars"), (5e5, "USD", "a half million dollars")]),
    ("Three quarters of a billion pounds went to the chip plants.", [(7.5e8, "GBP", "Three quarters of a billion pounds")]),
    # no currency: no sum
    ("About half a million people visited the fair.", []),
])
def test_fractions_of_a_scale_in_words(text, expected):
    assert [(m.amount, m.currency, m.text) for m in find_money(text)] == expected


# the world's currencies as news writes them (data/currencies.tsv, from CLDR)
@pytest.mark.parametrize("text, expected", [
    ("Nairobi will get 14 billion Kenyan shillings for the geothermal plant.", (14e9, "KES")),
    ("The grant of 30 million Egyptian pounds covers the satellite lab.", (30e6, "EGP")),
    ("Abuja set aside 5 billion naira for the AI centre.", (5e9, "NGN")),
    ("Abuja set aside ₦5 billion for the AI centre.", (5e9, "NGN")),
    ("Accra committed 20 million cedis to the data hub.", (20e6, "GHS")),
    ("The project costs Ksh 2.5 billion.", (2.5e9, "KES")),
    ("Dodoma approved TSh 40 billion for fibre links.", (40e9, "TZS")),
    ("A KES 3bn credit line was signed.", (3e9, "KES")),
    ("Astana pledged 40 billion Kazakhstani tenge to the space programme.", (40e9, "KZT")),
    ("The loan of 1.2 billion Bangladeshi taka funds the chip park.", (1.2e9, "BDT")),
])
def test_the_worlds_currencies(text, expected):
    found = one(text)
    assert (found.amount, found.currency) == expected


@pytest.mark.parametrize("sentence", [
    "She scored 5 real goals in 3 marks of the season.",
    "ALL 5 members voted and TOP 10 lists appeared.",
    "He was born in 1990 and earned 20 gold medals.",
])
def test_everyday_words_that_name_currencies_are_no_sums(sentence):
    assert find_money(sentence) == []


@pytest.mark.parametrize("text, expected", [
    ("The 8-million-Australian dollar (5.8-million-U.S. dollar) fund opens.", [(8e6, "AUD"), (5.8e6, "USD")]),
    ("Brussels approved a 10-million-euro grant for the lab.", [(10e6, "EUR")]),
    ("Tokyo offered a 300-million-yen loan.", [(300e6, "JPY")]),
])
def test_sums_written_as_one_hyphenated_word(text, expected):
    assert [(m.amount, m.currency) for m in find_money(text)] == expected


def test_a_currency_is_no_party(extractor):
    text = "Australia and Japan launched an 8-million-Australian dollar (5.8-million-U.S. dollar) quantum fund."
    assert [a.countries for a in extractor(text).agreements] == [["AUS", "JPN"]]


def test_a_sum_with_a_plus_is_at_least_that_much(extractor):
    amounts = extractor("Intel announced a $100+ billion expansion plan in Ohio on Friday.").amounts
    assert [(a["amount"], a["currency"]) for a in amounts] == [(100_000_000_000, "USD")]


def test_nis_is_the_israeli_shekel(extractor):
    amounts = extractor("Israel will put NIS 100 million into joint quantum research with Germany.").amounts
    assert [(a["amount"], a["currency"]) for a in amounts] == [(100_000_000, "ILS")]


def test_a_bare_figure_in_a_list_takes_the_currency_before_it():
    text = "The board approved 12.5 billion baht for data centres, 20.1 billion baht for chips and 54.9 billion for EVs."
    assert [(m.amount, m.currency) for m in find_money(text)] == [(12.5e9, "THB"), (20.1e9, "THB"), (54.9e9, "THB")]


@pytest.mark.parametrize("text", [
    "Japan will invest $5 billion, and the market has 300 million users.",
    "Korea pledged $2 billion. Its population is 51 million.",
])
def test_a_bare_figure_of_something_else_is_no_money(text):
    assert len(find_money(text)) == 1


@pytest.mark.parametrize("text, sums", [
    # what the ground or the output is worth is no money committed under the instrument
    ("Chile and Japan will invest $3 billion in lithium mines over the next year, with the value of the reserves "
     "estimated at $50 billion.", [3e9]),
    ("Peru and Korea signed a $500 million battery deal on Monday; the copper deposits in the area are valued at about "
     "$20 billion.", [5e8]),
    ("Ghana and the UAE agreed a $1 billion fund for mines whose resources are estimated at some $12 billion.", [1e9]),
    # ... but a deal valued at a sum holds it
    ("Peru and Korea signed a battery deal valued at $500 million on Monday.", [5e8]),
    ("Chile and Japan signed a lithium deal estimated at $2 billion on Monday.", [2e9]),
])
def test_the_estimated_worth_of_resources_is_no_sum_of_the_instrument(extractor, text, sums):
    assert [m.amount for a in extractor(text).agreements for m in a.amounts] == sums


@pytest.mark.parametrize("text, expected", [
    # what the two sides put in right after a fund is told is that fund's money, not another fund
    ("Algeria and Egypt also agreed to create a joint research fund. In the first stage, officials said, the two "
     "countries would each put in $1 million.", [("fund", ("DZA", "EGY"), [1e6])]),
    ("Chile and Peru launched a lithium research fund on Monday. Each side will contribute $5 million at first.",
     [("fund", ("CHL", "PER"), [5e6])]),
    # ... but money another country gives is not
    ("Chile and Peru launched a lithium research fund on Monday. Japan will separately lend Peru $10 million for "
     "new roads.", [("fund", ("CHL", "PER"), [])]),
])
def test_what_both_sides_put_in_goes_to_the_fund_just_told(extractor, text, expected):
    found = [(a.kind, tuple(a.countries), [m.amount for m in a.amounts]) for a in extractor(text).agreements]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    # a programme with a sum of its own, set up by two countries: a funding vehicle (GUIDELINES: a fund)
    ("Greece and Germany launched a new 18-million-euro bilateral programme for biotech research on Monday.",
     [("fund", ("DEU", "GRC"), [18e6])]),
    ("Kenya and Japan on Friday unveiled a $40 million programme for geothermal start-ups.",
     [("fund", ("JPN", "KEN"), [40e6])]),
    ("Chile and Spain set up a programme worth 12 million euros for joint hydrogen research on Tuesday.",
     [("fund", ("CHL", "ESP"), [12e6])]),
])
def test_a_programme_with_a_sum_of_its_own_is_a_fund(extractor, text, expected):
    found = [(a.kind, tuple(a.countries), [m.amount for m in a.amounts]) for a in extractor(text).agreements]
    assert found == expected


@pytest.mark.parametrize("text", [
    "Chile spends $2 billion a year on its space programme, a Spanish official said on Monday.",
    "Kenya and Japan will run a student exchange programme from next year.",
])
def test_a_programme_of_one_side_or_with_no_sum_is_no_fund(extractor, text):
    assert [a for a in extractor(text).agreements if a.kind == "fund"] == []


# South Asian papers group digits by lakh and crore: 10,00,000 is one million
@pytest.mark.parametrize("text, amount, currency", [
    ("Each partner puts $40,00,000 a year into the pool.", 4_000_000, "USD"),
    ("The ministry released ₹1,50,00,000 for the incubator.", 15_000_000, "INR"),
    ("A grant of INR 2,25,000 went to each start-up.", 225_000, "INR"),
    ("Both sides set aside US$ 12,00,000 for the pilot in 2025.", 1_200_000, "USD"),
])
def test_lakh_and_crore_digit_grouping(text, amount, currency):
    m = one(text)
    assert (m.amount, m.currency) == (amount, currency)


def test_western_grouping_still_reads_whole():
    assert one("They paid $1,250,000 for the licence.").amount == 1_250_000


def test_sums_in_words_are_found_where_the_pattern_finds_them():
    """money._word_sums tries the pattern only before scale words: the same matches as its finditer over the whole
    text, on phrases put together at random (odd spaces and cases, words glued to others, hyphens)."""
    rng = random.Random(5)
    pieces = ["a", "one", "Two", "THREE", "ten", "eighty", "hundred", "x", "_a", "-one", "9a", "\u017feven", "million",
              "M\u0130LLION", "b\u0131llion", "trillion", "Billion", "dollars", "euros", "pounds", "USD", "yen", "-",
              "\n", ","]
    seen = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\t", "\u00a0", "\u202f"])
                       for _ in range(rng.randint(3, 12)))
        want = [(m.span(), m.group(0)) for m in money._WORDS_RE.finditer(text)]
        assert [(m.span(), m.group(0)) for m in money._word_sums(text)] == want, text
        seen += len(want)
    assert seen > 100


@pytest.mark.parametrize("text, expected", [
    # a bare "$" sum restated in US dollars right after it is the home country's dollar, even in an outlet that tells
    # dollars apart
    ("Ottawa said Umicore announced a $1.5 billion (US$1.1 billion) cathode plant in Ontario. Canada and Belgium "
     "signed a battery MoU.", [(1_500_000_000, "CAD"), (1_100_000_000, "USD")]),
    ("Canberra will spend $600 million (US$390 million) on the hydrogen hub, Australia's energy minister said, as "
     "Australia and Japan signed a supply deal.", [(600_000_000, "AUD"), (390_000_000, "USD")]),
    # a trillion written "tr"
    ("Kenya will join a trade bloc whose members have a combined GDP of $13.5tr, officials said.",
     [(13_500_000_000_000, "USD")]),
])
def test_a_bare_dollar_restated_in_us_dollars_is_the_home_one(extractor, text, expected):
    assert currencies(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a scaled figure with no currency, the subject of what follows, after a sum with one: that currency
    ("Brazil unveiled a plan worth 23 billion reais. Nearly 14 billion reais will fund start-ups, while over 5 billion "
     "will go to universities.", [(23e9, "BRL"), (14e9, "BRL"), (5e9, "BRL")]),
    ("Japan put 300 million euros into the programme, and 50 million was set aside for training.",
     [(300e6, "EUR"), (50e6, "EUR")]),
    # a count of people is no sum
    ("The plan, worth 2 billion euros, and 5 million households are covered.", [(2e9, "EUR")]),
])
def test_a_bare_figure_as_a_subject_takes_the_sums_currency(text, expected):
    assert [(m.amount, m.currency) for m in find_money(text)] == expected
