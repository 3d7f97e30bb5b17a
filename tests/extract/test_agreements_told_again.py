"""One instrument told twice in words that leave no doubt: described first and named later (every describing word in
the name), said again word for word after a transition ("Meanwhile, ..."), or a named fund whose sum the next
sentence gives ("... a $50 million fund"). One record each; a second one told as another stays apart.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 20)


def records(extractor, text):
    return [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements]


DESCRIBED_THEN_NAMED = [
    ("The cabinet on Wednesday approved an MoU between Ghana and Norway on a clean energy research fund. The "
     "meeting was chaired by the president. The Memorandum of Understanding on \"Ghana-Norway Clean Energy Research "
     "Fund (GNF)\" was concluded in May 2025.", "Ghana-Norway Clean Energy Research Fund"),
    ("Chile and Peru agreed on Monday to set up a lithium innovation fund for start-ups. Officials said the "
     "Chile-Peru Lithium Innovation Fund will open its first call in June.", "Chile-Peru Lithium Innovation Fund"),
    ("Vietnam and Finland will open a joint digital skills centre in Hanoi, the ministry said. Under the plan, the "
     "Vietnam-Finland Digital Skills Centre will train 500 engineers.", "Vietnam-Finland Digital Skills Centre"),
]


@pytest.mark.parametrize("text,name", DESCRIBED_THEN_NAMED)
def test_a_name_holding_every_describing_word_names_the_one_described(extractor, text, name):
    got = [a for a in extractor(text, P).agreements if a.kind in ("fund", "centre")]
    assert len(got) == 1 and got[0].name == name, got


def test_a_name_of_another_kind_is_another_one(extractor):
    got = records(extractor, "Chile and Peru agreed on Monday to set up a lithium innovation fund. They will also "
                             "open the Chile-Peru Lithium Innovation Centre in Lima.")
    assert ("fund", ("CHL", "PER")) in got and ("centre", ("CHL", "PER")) in got


SAID_AGAIN = [
    "Kenya and Japan have signed an agreement on AI and robotics, officials said. Kenya's exports grew last year. "
    "Japan's envoy toured Nairobi. Meanwhile, Kenya and Japan have signed an agreement on AI and robotics.",
    "Oman and Brazil have inked a pact on solar research and green hydrogen. Scientists welcomed the news. Prices of "
    "panels fell in March. Also, Oman and Brazil have inked a pact on solar research and green hydrogen.",
    "Egypt and Korea signed a memorandum on chip design and testing on Tuesday, the ministry said. Trade between "
    "them rose. In addition, Egypt and Korea signed a memorandum on chip design and testing.",
]


@pytest.mark.parametrize("text", SAID_AGAIN)
def test_the_news_said_again_word_for_word_is_one_record(extractor, text):
    assert len(extractor(text, P).agreements) == 1


def test_one_more_on_another_subject_stays_apart(extractor):
    got = records(extractor, "Kenya and Japan have signed an agreement on AI and robotics. Meanwhile, Kenya and Japan "
                             "have signed an agreement on ports and shipping.")
    assert len(got) == 2


SUM_AFTER_NAME = [
    "Chile and Peru signed an MOU to set up the Andes Lithium Research Fund. The two sides will jointly create a "
    "$50 million fund to back start-ups.",
    "Kenya and Germany agreed on Monday to launch the Green Grid Innovation Fund. Both governments will pay into a "
    "€20 million fund over five years.",
    "Under the deal, Indonesia and Australia will found the Nusantara Battery Fund. Each side is to contribute to a "
    "US$30 million fund for cell makers.",
]


@pytest.mark.parametrize("text", SUM_AFTER_NAME)
def test_a_sum_told_right_after_a_named_fund_is_its_size(extractor, text):
    funds = [a for a in extractor(text, P).agreements if a.kind == "fund"]
    assert len(funds) == 1 and funds[0].name and funds[0].amounts, funds


def test_a_separate_fund_with_a_sum_stays_apart(extractor):
    funds = [a for a in extractor(
        "Chile and Peru launched the Andes Lithium Research Fund on Monday. Separately, Peru and Chile set up a "
        "$50 million fund for mining towns.", P).agreements if a.kind == "fund"]
    assert len(funds) == 2


@pytest.mark.parametrize("text, amount", [
    # a sum put into an instrument of the same kind and parties just told: that one, its money
    ("Australia and India on Monday agreed to a partnership on critical minerals. Australia will commit A$5.8 million "
     "to a three-year investment partnership, the minister said.", 5.8e6),
    ("Chile and Korea launched a partnership on lithium on Tuesday. Korea will put $10 million into a five-year "
     "research partnership, officials said.", 10e6),
    ("Kenya and Japan signed an agreement on geothermal power on Friday. Japan pledged $30 million towards a "
     "four-year cooperation agreement.", 30e6),
])
def test_a_sum_put_into_one_of_the_same_kind_just_told_is_its_money(extractor, text, amount):
    found = extractor(text, P).agreements
    assert len(found) == 1 and [m.amount for m in found[0].amounts] == [amount]


@pytest.mark.parametrize("text", [
    # other parties: another one
    "Chile and Korea launched a partnership on lithium on Tuesday. Korea will put $10 million into a five-year "
    "research partnership with Peru, officials said.",
])
def test_a_sum_put_into_one_with_other_parties_is_another(extractor, text):
    assert len(extractor(text, P).agreements) == 2


@pytest.mark.parametrize("text,expected", [
    # "the memorandum signed between A and C" after one of A and B: its own clause names other parties, another one
    ("The cabinet also approved an MoU signed between India and Peru on lithium. Cabinet approval was also given to "
     "the memorandum signed between India and Chile on copper.", [("mou", ("IND", "PER")), ("mou", ("CHL", "IND"))]),
    ("Egypt and Japan signed a memorandum on AI on Monday. The minister also praised the memorandum inked between "
     "Egypt and Korea on chips.", [("mou", ("EGY", "JPN")), ("mou", ("EGY", "KOR"))]),
    ("Ministers approved the agreement between Kenya and Ghana on data centres. They then turned to the agreement "
     "concluded between Kenya and Nigeria on fibre links.", [("agreement", ("GHA", "KEN")),
                                                               ("agreement", ("KEN", "NGA"))]),
])
def test_a_definite_one_made_between_other_parties_is_another(extractor, text, expected):
    assert records(extractor, text) == expected


def test_a_definite_one_made_between_the_same_parties_is_the_one_told(extractor):
    text = ("India and Peru signed an MoU on lithium on Monday. The memorandum, signed between India and Peru in "
            "Lima, covers exploration.")
    assert records(extractor, text) == [("mou", ("IND", "PER"))]


def test_the_agreement_after_one_it_builds_on_is_the_news(extractor):
    # "the agreement" and "the new agreement" after a background one it builds on: the news instrument
    text = ("Chile and Korea signed a new agreement on AI research on Monday. The agreement builds on the Chile-Korea "
            "Science Agreement signed in 2015. Further, the agreement sets up annual workshops. The new agreement also "
            "covers student exchanges.")
    got = {a.status: len(a.evidence) for a in extractor(text, P).agreements}
    assert got == {"concluded": 4, "existing": 1}


@pytest.mark.parametrize("text", [
    # the past perfect with an adverb of an earlier time: an older instrument, not the news told again
    "Britain and India signed a space deal on Monday. The two countries had earlier signed a memorandum on satellites.",
    "Chile and Korea signed a lithium accord on Tuesday. The two had previously concluded an agreement on copper.",
])
def test_one_made_before_in_the_past_perfect_is_another(extractor, text):
    assert sorted(a.status for a in extractor(text, P).agreements) == ["concluded", "existing"]


def test_the_news_told_in_the_past_perfect_by_a_reporter_stays_one(extractor):
    text = "Britain and India signed a space deal on Monday. Officials said the two had signed the deal after talks."
    assert len(extractor(text, P).agreements) == 1


@pytest.mark.parametrize("text", [
    # the instrument just told, named again in quotes as the subject of what follows: the same one
    'Canada and Japan signed a new agreement on Monday to deepen quantum research. Officials said the '
    '"administrative arrangement" would be used to pool laboratory time.',
    "Kenya and Korea signed a memorandum on digital government on Monday. The minister said the \u201clandmark "
    "accord\u201d will train 500 civil servants a year.",
    "Ghana and Spain concluded an agreement on solar research on Friday. According to officials, the 'framework "
    "arrangement' covers joint projects in both countries.",
])
def test_the_instrument_named_again_in_quotes_is_the_one_told(extractor, text):
    assert len(extractor(text, P).agreements) == 1, extractor(text, P).agreements


def test_a_quoted_phrase_running_past_the_instrument_word_is_no_reference(extractor):
    # the speaker's own phrase that only holds an instrument word is not the instrument just told (their partnership,
    # in place, is a record of its own)
    text = ("Peru and Korea signed an MoU on batteries on Monday. The two leaders agreed to deepen the \"strategic "
            "partnership relationship\" between them.")
    assert sorted(a.kind for a in extractor(text, P).agreements) == ["mou", "partnership"]


@pytest.mark.parametrize("text", [
    # a day written right after the name, with no "on" ("signed the X Statement on Y December 19", "... Y Tuesday"):
    # the name ends before the day, and the name told again is the same text
    "Chile and Korea signed the Seoul Statement on Battery Cooperation March 3 to deepen joint research. The Seoul "
    "Statement on Battery Cooperation affirms the close ties between the two countries.",
    "Chile and Korea signed the Seoul Statement on Battery Cooperation Tuesday to deepen joint research. The Seoul "
    "Statement on Battery Cooperation affirms the close ties between the two countries.",
])
def test_a_day_after_a_name_ends_it(extractor, text):
    got = [(a.name, a.status) for a in extractor(text, P).agreements]
    assert got == [("Seoul Statement on Battery Cooperation", "concluded")], got
