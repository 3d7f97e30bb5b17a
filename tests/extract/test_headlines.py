"""Instruments told only by the headline: the body goes on in other words ("agreed to", "the two countries
will"), so the headline's verb of making is the only cue. Texts in our own words."""

from datetime import date

import pytest

P = date(2026, 3, 11)


def _told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, kind, countries", [
    ("Canada inks pact with Germany on hydrogen exports\n\nThe two countries will ship green hydrogen across the "
     "Atlantic from 2028, officials said.", "agreement", ("CAN", "DEU")),
    ("Chile, Japan seal deal on lithium refining\n\nRefiners from both sides are to share processing know-how, the "
     "trade ministry in Santiago said.", "agreement", ("CHL", "JPN")),
    ("Vietnam signs chip accord with South Korea\n\nHanoi hopes to train tens of thousands of engineers with help from "
     "Seoul, its planning ministry said.", "agreement", ("KOR", "VNM")),
    ("Kenya and India strike digital payments pact\n\nKenyan shoppers will be able to pay with Indian apps, the "
     "central bank governor said.", "agreement", ("IND", "KEN")),
    ("Brazil, China forge space partnership\n\nThe countries plan to launch two more satellites together, officials "
     "said in Beijing.", "partnership", ("BRA", "CHN")),
    ("Kenya and the EU sign space pact\n\nKenyan engineers are to train in Europe, officials in Nairobi said.",
     "agreement", ("EU", "KEN")),
])
def test_a_headline_that_tells_the_making_is_the_instrument(extractor, text, kind, countries):
    assert _told(extractor, text) == [(kind, countries, "concluded", "2026-03-11")]


@pytest.mark.parametrize("text, status", [
    # what the headline puts forward or plans keeps its status
    ("Canada eyes pact with Germany on hydrogen exports\n\nOttawa wants to ship green hydrogen across the Atlantic, "
     "officials said.", "proposed"),
    ("Chile to sign lithium deal with Japan\n\nRefiners from both sides would share processing know-how, the trade "
     "ministry in Santiago said.", "planned"),
])
def test_a_headline_that_plans_or_proposes_keeps_that_status(extractor, text, status):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("agreement", status)]


@pytest.mark.parametrize("text", [
    # no verb of making in the headline: the pact is the topic, not news of one made
    "Canada's hydrogen pact with Germany under strain\n\nCosts for green hydrogen rose again, officials said.",
    "What the Chile-Japan lithium deal means for refiners\n\nRefiners weighed the costs, analysts said.",
    # one in place, renewed: the body tells it if it matters
    "India and Chile renewing their critical minerals partnership\n\nOfficials met in Delhi on Monday to talk about "
    "prices.",
    # speculation stays none
    "Canada could ink pact with Germany on hydrogen\n\nOfficials weighed the costs, analysts said.",
])
def test_a_headline_that_only_names_a_pact_starts_none(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text, kind", [
    # the headline restates the one instrument the body tells, under another word
    ("Peru and Korea sign tech deal\n\nPeru and South Korea signed a memorandum of understanding on digital "
     "government in Lima on Tuesday.", "mou"),
    ("Space agencies of Italy and Japan ink agreement on cooperation\n\nThe Italian and Japanese space agencies signed a "
     "memorandum on lunar exploration on Monday.", "mou"),
    ("Ghana, UAE seal AI pact\n\nGhana and the United Arab Emirates adopted a joint statement on artificial "
     "intelligence on Tuesday.", "joint_statement"),
])
def test_a_headline_pact_over_the_one_instrument_the_body_tells(extractor, text, kind):
    assert [a.kind for a in extractor(text, P).agreements] == [kind]


@pytest.mark.parametrize("text, kinds", [
    # a centre or body in the headline is no text the body tells under another word: its own record
    ("Iran, Cuba set up joint innovation centre\n\nThe Cuban minister handed her Iranian counterpart a draft "
     "memorandum on technology cooperation between Havana and Tehran on Friday.", ["centre", "mou"]),
    ("Chile, Peru launch lithium working group\n\nChile and Peru signed an agreement on lithium research in Lima on "
     "Tuesday.", ["agreement", "dialogue"]),
])
def test_a_headline_body_over_a_text_of_the_body_is_its_own(extractor, text, kinds):
    assert sorted(a.kind for a in extractor(text, P).agreements) == kinds


@pytest.mark.parametrize("text", [
    # a link to another story is no news of this one
    "Read more: Canada signs quantum deal with Britain\n\nThe two countries met in Ottawa on Monday to talk about "
    "research.",
    "Also read: Chile inks pact with Japan on lithium\n\nCopper prices rose on Monday.",
    # a participle before a name is what the centre is, not news of its making
    "Exploring Cooperation for the Peru-Chile Established Lithium Centre\n\nOfficials met in Lima on Monday.",
])
def test_a_link_or_an_attribute_in_a_headline_starts_none(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text, name", [
    # a name stays in its own line, and a sum before it is no part of it
    ("Agencies of Kenya and the EU Sign Agreement on Cooperation\n\nLaunch Day at the Coast\n\nThe agencies signed "
     "the text on Monday.", "Agreement on Cooperation"),
    ("Nigeria, China to sign $328m ICT Infrastructure Agreement\n\nThe two governments will sign it next week, the "
     "presidency said.", "ICT Infrastructure Agreement"),
])
def test_a_headline_name_stays_in_its_line_and_holds_no_sum(extractor, text, name):
    assert [a.name for a in extractor(text, P).agreements] == [name]


@pytest.mark.parametrize("text, news, older", [
    # the headline's deal is the news the body tells between the headline's parties, not an older deal of another
    # pair told further down
    ("Kenya, Japan sign pact to cooperate on satellite data\n\nKenya's science minister and Japan's science minister "
     "signed an agreement on Thursday on sharing satellite data.\n\nThe ministry said the memorandum of understanding, "
     "signed during the visit, aims to build capacity.\n\nKorea last year signed a deal with Japan's space agency that "
     "lets Korean firms use its launch sites.", ("mou", ("JPN", "KEN")), ("agreement", ("JPN", "KOR"))),
    ("Peru, Chile ink deal on lithium research\n\nPeru and Chile signed a memorandum of understanding on Monday on "
     "lithium research.\n\nBolivia signed a similar accord with Chile in 2021.", ("mou", ("CHL", "PER")),
     ("agreement", ("BOL", "CHL"))),
])
def test_a_headline_deal_is_the_news_of_its_own_parties(extractor, text, news, older):
    found = {(a.kind, tuple(a.countries)): a for a in extractor(text, P).agreements}
    assert set(found) == {news, older}, found
    assert any(e.start == 0 for e in found[news].evidence) and all(e.start > 0 for e in found[older].evidence)


@pytest.mark.parametrize("text, kind", [
    # a release whose body opens on "This <instrument>" under a headline that names none: the instrument it is about
    ("Peru and Chile deepen their cooperation in science\n\nThis memorandum of understanding aims to strengthen "
     "research cooperation between the two countries in lithium and solar power.", "mou"),
    ("Ghana and Spain step up energy ties\n\nThis agreement sets out a programme of joint solar projects between the "
     "two countries.", "agreement"),
    ("Kenya and Korea broaden their digital ties\n\nNairobi, 9 March 2026\n\nThis memorandum provides for exchanges "
     "of experts between the ministries of both countries.", "mou"),
])
def test_a_body_opening_on_this_instrument_tells_it(extractor, text, kind):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [(kind, "concluded")]


def test_this_instrument_deep_in_a_story_with_none_before_is_still_none(extractor):
    text = ("Peru and Chile met in Lima on Monday. The ministers talked about lithium. They also talked about solar "
            "power. Officials said talks would go on. This memorandum of understanding aims to strengthen research.")
    assert extractor(text, P).agreements == []
