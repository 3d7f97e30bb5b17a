"""Background instruments: an older text told beside the new one is another record, in place before the news.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def told(extractor, text, published=P):
    return [(a.kind, a.status, a.date) for a in extractor(text, published).agreements]


@pytest.mark.parametrize("text, expected", [
    # an adjective of an earlier time inside the noun phrase: another instrument, never a restatement
    ("Korea and Japan signed a chip pact on Monday. It builds on their earlier agreement on science.",
     [("agreement", "concluded", "2026-03-09"), ("agreement", "existing", None)]),
    ("Peru and Chile inked a lithium deal on Friday. The deal replaces an existing agreement from 2015.",
     [("agreement", "concluded", "2026-03-06"), ("agreement", "existing", "2015")]),
    ("Ghana and Canada launched a clean energy partnership this week, which extends the countries' previous "
     "accord on solar research.", [("partnership", "concluded", "2026-03-10"), ("agreement", "existing", None)]),
    ("Kenya and Japan signed a new AI agreement on Monday. The original agreement between the two was signed in "
     "2017.", [("agreement", "concluded", "2026-03-09"), ("agreement", "existing", "2017")]),
    ("Kenya and Japan signed a space pact on Monday. The old accord has expired.",
     [("agreement", "concluded", "2026-03-09"), ("agreement", "ended", None)]),
    # a year before the news names an older one
    ("Egypt and Italy signed a hydrogen memorandum on Monday, adding to a 2019 accord on science cooperation.",
     [("mou", "concluded", "2026-03-09"), ("agreement", "existing", "2019")]),
    ("Vietnam and Korea signed a chip pact on Monday. It builds on their earlier agreements, including a 2019 accord "
     "on science cooperation and a 2021 joint statement on clean energy.",
     [("agreement", "concluded", "2026-03-09"), ("agreement", "existing", "2019"),
      ("joint_statement", "existing", "2021")]),
    # told in a clause of its own, with a verb of the past: in place before the news all the same
    ("Kenya and the UAE are likely to sign a data pact next week. Their 2019 joint statement had raised hopes of "
     "closer ties.", [("agreement", "planned", "2026-03-10"), ("joint_statement", "existing", "2019")]),
    ("India and the UAE are to sign a nuclear pact this week. The 2015 joint statement had made clear that both "
     "sides had given full support to it.", [("agreement", "planned", "2026-03-10"),
                                             ("joint_statement", "existing", "2015")]),
])
def test_an_older_instrument_told_beside_the_new_one(extractor, text, expected):
    assert sorted(told(extractor, text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # the same instrument told again, with words of time that are no adjective of its noun
    ("Korea and Japan signed a chip pact on Monday. The pact, signed earlier in the day, covers design tools.",
     [("agreement", "concluded", "2026-03-09")]),
    ("Korea and Japan signed a chip pact on Monday. Earlier, the pact had been approved by both cabinets.",
     [("agreement", "concluded", "2026-03-09")]),
])
def test_the_new_instrument_told_again_is_still_one(extractor, text, expected):
    assert told(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "agreed to cooperate", then the text that records it named in the next sentence: one instrument of that kind
    ("Oslo and Hanoi agreed on Monday to cooperate on offshore wind. The letter of intent also covers green hydrogen.",
     [("mou", "concluded", "2026-03-09")]),
    ("Chile and Korea agreed to work together on lithium refining. The memorandum of understanding, signed in "
     "Seoul, runs for five years.", [("mou", "concluded", "2026-03-10")]),
    ("Peru and Japan agreed to cooperate on satellites on Friday. The joint statement lists six projects.",
     [("joint_statement", "concluded", "2026-03-06")]),
])
def test_an_agreement_to_cooperate_and_the_text_that_records_it(extractor, text, expected):
    assert told(extractor, text) == expected


@pytest.mark.parametrize("text, kind", [
    # talks about founding something: put forward, not made
    ("Israel and the UAE discussed the establishment of a joint fund for AI research.", "fund"),
    ("Chile and Korea mulled the launch of a lithium partnership on Monday.", "partnership"),
    ("Vietnamese and Indian officials discussed setting up a joint semiconductor centre in Hanoi.", "centre"),
    ("Ghana and Brazil discussed the possibility of a space cooperation agreement.", "agreement"),
])
def test_talk_of_founding_something_puts_it_forward(extractor, text, kind):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [(kind, "proposed")]


@pytest.mark.parametrize("text, expected", [
    # approved now, signed before: concluded, dated when it was signed
    ("The memorandum between India and Japan, signed last September, won cabinet approval on Wednesday.",
     [("mou", "concluded", "2025-09")]),
    ("The agreement with Brazil, signed in Brasilia in May 2025, was ratified by Peru's congress on Friday.",
     [("agreement", "concluded", "2025-05")]),
])
def test_an_instrument_approved_now_signed_before(extractor, text, expected):
    assert told(extractor, text) == expected



# ---------------------------------------------------------------- rules kept to what they say (review of 2026-12-03)

def kinds_parties(extractor, text):
    return sorted((a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, expected", [
    # a fund set up to finance something is the instrument, not a lender
    ("Tokyo and Jakarta launched the Japan-Indonesia Digital Fund to finance 5G projects.",
     [("fund", ("IDN", "JPN"), "concluded")]),
    # a weekday or a firm after "fund" is no investor's name (a fund agreed to be created is still to come)
    ("Korea and Singapore agreed on Tuesday to create a joint fund Samsung and Grab will manage.",
     [("fund", ("KOR", "SGP"), "planned")]),
    # parties to another, named agreement do not join this one
    ("South Korea and Japan signed a chip agreement on Monday. The United States and China, which are parties to "
     "the Paris agreement, were not involved.", [("agreement", ("JPN", "KOR"), "concluded")]),
    # a participle before the noun is no founding talked about
    ("Korea and Japan on Monday discussed the signed semiconductor agreement and its implementation.",
     [("agreement", ("JPN", "KOR"), "concluded")]),
    # "earlier" as an adverb of the verb
    ("South Korea and Japan held talks in Seoul on Monday. The two sides earlier signed an MoU on semiconductors.",
     [("mou", ("JPN", "KOR"), "concluded")]),
    ("South Korea and Japan signed an MoU on semiconductors on Monday. The ministers' original MoU text was revised "
     "twice before signing.", [("mou", ("JPN", "KOR"), "concluded")]),
    # a multilateral lender belongs to no country
    ("The OPEC Fund and Kenya signed a $50 million loan agreement for solar power.", []),
    # firms or places are no fields
    ("South Korea and Saudi Arabia signed three MoUs on Monday. Among the MoUs signed were Samsung, LG and SK Hynix.",
     [("mou", ("KOR", "SAU"), "concluded")]),
])
def test_rules_keep_to_what_they_say(extractor, text, expected):
    assert kinds_parties(extractor, text) == expected


def test_an_organisation_after_the_at_a_clause_end_stays(extractor):
    result = extractor("Japan and Korea signed a chip deal with the backing of the Pentagon.", P)
    assert "Department of Defense" in {o.name for o in result.organizations}


@pytest.mark.parametrize("text", [
    # an instrument told by its age is in place before the news
    "Tensions are putting at risk a 30-year-old research accord between Peru and Japan.",
    "Peru and Japan said their decades-old science agreement would be reviewed.",
    "The decade-old partnership between Kenya and Korea on ICT was praised by both sides on Monday.",
])
def test_an_instrument_told_by_its_age_is_existing(extractor, text):
    assert [a.status for a in extractor(text, P).agreements] == ["existing"]


def test_an_instrument_set_up_in_an_earlier_year_is_existing(extractor):
    text = ("The first ministerial session of the Canada-Chile Innovation Council, set up last year, took place in "
            "Ottawa on Monday.")
    assert [(a.status, a.date) for a in extractor(text, P).agreements] == [("existing", str(P.year - 1))]


@pytest.mark.parametrize("text, status, day", [
    # "dated" ties a day to the instrument, its subject told between them
    ("Ukraine cancelled the agreement with Russia on military and technical cooperation dated May 26, 1993.",
     "ended", "1993-05-26"),
    ("The new accord replaces the agreement between Chile and Peru on satellite data dated 4 June 2001.",
     "existing", "2001-06-04"),
])
def test_an_instrument_dated_with_its_subject_between(extractor, text, status, day):
    found = [(a.status, a.date) for a in extractor(text, P).agreements]
    assert (status, day) in found


def test_a_named_instrument_another_is_modelled_on_is_in_place(extractor):
    text = ("Japan and India set up a chip talent exchange on Monday, modelled on their existing SAKURA-X platform for "
            "start-ups.")
    assert [(kind, status) for kind, status, _ in told(extractor, text)] == [("partnership", "existing")]


def test_a_named_model_is_not_the_new_one_told_before(extractor):
    text = ("Japan and India launched the SAKURA Bridge platform on Monday. The leaders described it as a bridge "
            "modelled on the successful SAKURA-X platform.")
    assert sorted((a.name, a.status) for a in extractor(text, P).agreements) == [
        ("SAKURA Bridge platform", "concluded"), ("SAKURA-X platform", "existing")]


def parties(extractor, text, published=P):
    return sorted((a.kind, a.status, tuple(a.countries)) for a in extractor(text, published).agreements)


@pytest.mark.parametrize("text, expected", [
    # what the news comes after or follows: an instrument already in place, between the parties its clause names
    ("Egypt's space agency signed an MoU with Poland's on Tuesday. The pact follows a cooperation agreement Egypt "
     "signed with Brazil last month.", [("agreement", "existing", ("BRA", "EGY")), ("mou", "concluded", ("EGY", "POL"))]),
    ("Qatar and Oman signed a chips MoU on Monday. The deal came three months after Qatar and Turkey sealed a "
     "defence pact.", [("agreement", "existing", ("QAT", "TUR")), ("mou", "concluded", ("OMN", "QAT"))]),
    ("Chile and Peru signed an MoU on lithium on Monday. The MoU comes after Chile signed a similar deal with "
     "Argentina in January.", [("agreement", "existing", ("ARG", "CHL")), ("mou", "concluded", ("CHL", "PER"))]),
])
def test_what_the_news_follows_is_in_place_between_its_own_parties(extractor, text, expected):
    assert parties(extractor, text, date(2026, 5, 15)) == expected


@pytest.mark.parametrize("text", [
    # a standing body whose meeting is numbered beyond the first is in place, whatever its meeting's tense
    "Trade Minister Cheon will attend the 45th Korea-Australia Economic Cooperation Committee meeting next week.",
    "The 12th session of the Vietnam-Chile Intergovernmental Committee will be held in Hanoi on Friday.",
    "Officials of Peru and Japan will hold the third meeting of their Joint Committee on Mining in Lima.",
])
def test_a_body_meeting_for_the_nth_time_is_in_place(extractor, text):
    assert [(a.kind, a.status, a.date) for a in extractor(text, P).agreements] == [("dialogue", "existing", None)]


@pytest.mark.parametrize("text, expected", [
    # deals like the news one, signed before with other partners: in place, one each
    ("Argentina and the US signed a lithium MoU on Monday. Washington has already inked comparable deals on minerals "
     "with other states in the region, such as Peru and Chile.",
     [("agreement", "existing", ("CHL", "USA")), ("agreement", "existing", ("PER", "USA")),
      ("mou", "concluded", ("ARG", "USA"))]),
    ("Canada has signed comparable accords with other partners, such as Peru and Ecuador.",
     [("agreement", "existing", ("CAN", "ECU")), ("agreement", "existing", ("CAN", "PER"))]),
])
def test_deals_like_the_news_one_with_other_partners_are_in_place(extractor, text, expected):
    assert parties(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what its signatories are named for gives an instrument's parties; "back in" a month tells one in place
    ("Brazil and China signed 15 agreements on Friday. That far exceeds the one joint statement inked by "
     "Presidents Lula and Biden back in February.",
     [("agreement", "concluded", ("BRA", "CHN")), ("joint_statement", "existing", ("BRA", "USA"))]),
    ("Peru and Japan signed a mining pact on Monday. It follows a memorandum inked by Prime Minister Kishida and "
     "President Boluarte back in January.",
     [("agreement", "concluded", ("JPN", "PER")), ("mou", "existing", ("JPN", "PER"))]),
])
def test_signatories_give_the_parties_and_back_in_tells_the_past(extractor, text, expected):
    assert parties(extractor, text, date(2023, 4, 14)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a definite noun whose own clause tells it was made before the news one: another, older instrument
    ("Peru and Chile signed a pact on Friday. It builds on the accord they signed in Lima last year, the minister "
     "said.", [("agreement", "concluded", "2026-03-06"), ("agreement", "existing", "2025")]),
    ("Kenya and Japan inked a chip deal on Monday. The agreement the two governments concluded in 2021 covered "
     "only research.", [("agreement", "concluded", "2026-03-09"), ("agreement", "existing", "2021")]),
    # ... told in a quote, as the speaker's own past
    ("Peru and Chile signed a pact on Friday. “This builds on the accord we signed in Lima last year,” the minister "
     "said.", [("agreement", "concluded", "2026-03-06"), ("agreement", "existing", "2025")]),
    # ... but the same instrument told again with its own day is still one
    ("Peru and Chile signed a pact on Friday. The pact, which they signed in Lima on Friday, covers lithium.",
     [("agreement", "concluded", "2026-03-06")]),
])
def test_a_definite_noun_made_before_the_news_is_another(extractor, text, expected):
    assert told(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote telling an instrument made before, with when: in place, the news' parties
    ("Kenya and Rwanda held talks on Monday. “We want to reach the ICT goals set out in an agreement signed between "
     "our two countries during the president's visit to Kigali last month,” the minister said.",
     [("agreement", "existing", "2026-02")]),
    ("Brazil and Peru met in Lima on Friday. “Our space agencies already work under a memorandum inked in 2019,” "
     "the Brazilian envoy said.", [("mou", "existing", "2019")]),
    # ... or told after the news, with its own signers and month
    ("Brazil and China signed 15 agreements on Friday. The number dwarfs the single joint statement signed by the "
     "presidents of Brazil and the US back in January.", [("agreement", "concluded", "2026-03-06"),
                                                          ("joint_statement", "existing", "2026-01")]),
    # ... but a quote of ties with no making told names no instrument
    ("Kenya and Rwanda held talks on Monday. “Our partnership with Rwanda is strong,” the minister said.", []),
])
def test_a_quote_telling_an_instrument_made_before(extractor, text, expected):
    assert told(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a country has done since an earlier turn is in place before the news
    ("Britain and Qatar launched a climate partnership on Monday. Since leaving the EU, Britain has signed trade pacts "
     "with Australia and New Zealand.", [("partnership", "concluded", "2026-03-09"),
                                         ("trade_agreement", "existing", None), ("trade_agreement", "existing", None)]),
    ("Kenya and Japan signed an AI memorandum on Tuesday. Since 2019, Kenya has concluded digital accords with India "
     "and Rwanda.", [("mou", "concluded", "2026-03-10"), ("agreement", "existing", None),
                     ("agreement", "existing", None)]),
    # ... or under an earlier government
    ("Brazil and the US signed a space accord on Friday. Under a previous government, another launch agreement was "
     "signed with Ukraine.", [("agreement", "concluded", "2026-03-06"), ("agreement", "existing", None)]),
    ("Peru and Japan signed a lithium deal on Friday. During the government of former president Ana Ruiz, a mining "
     "memorandum was signed with China.", [("agreement", "concluded", "2026-03-06"), ("mou", "existing", None)]),
    # ... but what was done since a day of this week is the news
    ("Since Monday, Kenya and Japan have signed three digital accords.", [("agreement", "concluded", "2026-03-09")]),
])
def test_what_was_done_since_an_earlier_turn_is_in_place(extractor, text, expected):
    assert sorted(told(extractor, text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    # an instrument of the same kind told with a time of its own set before the clause ("In June 2016, A and B
    # signed a deal") is another one, made then, not the news one told again
    ("Roscosmos has signed an agreement with China's space agency on lunar exploration. In June 2016, Russia and "
     "China signed a deal to protect space technology.",
     [("agreement", "concluded", "2018-03-07"), ("agreement", "existing", "2016-06")]),
    ("Kenya and Japan signed a memorandum on data centres on Monday. In 2016, the two countries inked a memorandum "
     "on digital skills.",
     [("mou", "concluded", "2018-03-05"), ("mou", "existing", "2016")]),
    # ... while the news one told again with its own day is one
    ("Kenya and Japan have signed a memorandum on data centres. On Monday, the two countries signed a memorandum "
     "on data centres in Nairobi.", [("mou", "concluded", "2018-03-05")]),
])
def test_an_instrument_told_with_an_earlier_time_before_its_clause_is_another(extractor, text, expected):
    from datetime import date
    found = [(a.kind, a.status, a.date) for a in extractor(text, date(2018, 3, 7)).agreements]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize("text", [
    # a later meeting of a named format, whatever befalls the meeting: the format met before, in place
    "Officials said the second ministerial meeting of the Japan-led Pacific Clean Power Community framework, which "
    "includes Fiji and Samoa, will be held in Suva next month.",
    "The third session of the Chile-Korea Joint Committee on Science will take place in Seoul in May.",
    "The 4th annual meeting of the Kenya-UK Tech Partnership is scheduled for June, Kenya said on Tuesday.",
])
def test_a_later_meeting_of_a_named_format_still_to_be_held(extractor, text):
    assert [a.status for a in extractor(text, P).agreements] == ["existing"]


@pytest.mark.parametrize("text", [
    # an extension or amendment asked for a text, told with or without its determiner (headline style)
    "The U.S. said on Tuesday it seeks a six-month extension to science agreement with China.",
    "Brazil on Tuesday requested an amendment to space cooperation agreement with Ukraine.",
    "Peru said on Tuesday it wants a renewal of its fisheries research accord with Japan.",
])
def test_an_extension_asked_for_keeps_the_text_in_place(extractor, text):
    assert [a.status for a in extractor(text, P).agreements] == ["existing"]


@pytest.mark.parametrize("text", [
    # a body set up now, then the deal signed at a later meeting of an older, named format: two bodies, not one
    "Kenya and Ethiopia agreed on Monday to set up a joint task force on power trading. The agreement was signed by "
    "the two leaders after the fourth meeting of the Kenya-Ethiopia High-Level Joint Commission in Nairobi.",
    "Kazakhstan and Uzbekistan have agreed to form a working group on rare earths. The memorandum was signed after "
    "the second meeting of the Supreme Intergovernmental Council in Tashkent.",
    "Peru and Chile agreed on Monday to launch a dialogue on lithium. It was agreed on the sidelines of the third "
    "session of the Peru-Chile Binational Commission in Lima.",
])
def test_a_later_meeting_of_a_named_format_is_no_reference_to_the_body_just_told(extractor, text):
    kinds = [(kind, status) for kind, status, _ in told(extractor, text)]
    assert ("dialogue", "existing") in kinds and any(k == "dialogue" and s != "existing" for k, s in kinds), kinds


@pytest.mark.parametrize("text, older", [
    # a named text whose vision, principles or goals the news draws on: another one, in place before it
    ("Chile and Korea signed an agreement on AI research on Friday. The ministry said it builds on the vision set "
     "forth in the Santiago Declaration on Digital Trust.", "Santiago Declaration on Digital Trust"),
    ("Peru and Japan signed a memorandum on space research on Monday. Officials said it draws on the vision "
     "set out in the Lima Framework for Space Cooperation.", "Lima Framework for Space Cooperation"),
    ("Kenya and India launched a partnership on digital health on Tuesday, drawing on goals enshrined in the Nairobi "
     "Declaration on Health Data.", "Nairobi Declaration on Health Data"),
])
def test_a_named_text_the_news_draws_on_is_another_in_place(extractor, text, older):
    found = {a.name: a.status for a in extractor(text, P).agreements}
    assert len(found) == 2 and found.get(older) == "existing" and found.get(None) == "concluded", found


@pytest.mark.parametrize("text, older", [
    # a named text in place, told inside a speaker's quote: a record all the same (the quote tells what exists)
    ("Kenya and Japan signed an MoU on data centres on Monday. \u201cThis builds on the goals set out in the Nairobi "
     "Declaration on Digital Trust,\u201d the minister said.", "Nairobi Declaration on Digital Trust"),
    ("Peru and Chile launched a solar fund on Friday. \u201cThe fund works within the framework of the Chile-Peru "
     "Science Agreement,\u201d she said.", "Chile-Peru Science Agreement"),
    ("Ghana and Spain signed a hydrogen pact on Monday. Experts will meet twice a year, \u201cas underscored in the "
     "Spain-Ghana Energy Dialogue,\u201d he said.", "Spain-Ghana Energy Dialogue"),
    ("Kenya and Japan signed an MoU on data centres on Monday.\n\u201cIt builds on the goals set out in the Nairobi "
     "Declaration on Digital Trust for an open, secure web around the world,\u201d he added.",
     "Nairobi Declaration on Digital Trust"),
    ("Ghana and Spain signed a hydrogen pact on Monday.\nOfficials said experts would meet \u201cand study storage, as "
     "underscored in the Spain-Ghana Energy Dialogue (SGED) commitment.\u201d", "Spain-Ghana Energy Dialogue"),
])
def test_a_named_text_in_place_told_in_a_quote_is_a_record(extractor, text, older):
    found = {a.name: a.status for a in extractor(text, P).agreements}
    assert found.get(older) == "existing" and len(found) == 2, found


@pytest.mark.parametrize("text, year", [
    # a funding call for proposals under a named text: the text is in place, no proposal of it
    ("Chile and Korea opened a call for proposals on battery research on Monday. This call for proposals lies within "
     "the Chile-Korea Science Agreement signed in 2014.", "2014"),
    ("A request for proposals under the Kenya-Japan Space Agreement, concluded in 2019, opens on Monday.", "2019"),
    ("Ghana's science ministry issued calls for proposals within the framework of the Ghana-Spain Energy Agreement "
     "of 2018.", "2018"),
])
def test_a_call_for_proposals_under_a_named_text_finds_it_in_place(extractor, text, year):
    assert [(status, day) for _kind, status, day in told(extractor, text)] == [("existing", year)]


@pytest.mark.parametrize("text, older, countries", [
    # a multilateral text named after a city: another one, in place, whose city gives no party
    ("Kenya and Germany signed a hydrogen pact on Monday, in line with the Paris Agreement.", "Paris Agreement",
     ("DEU", "KEN")),
    ("Chile and Japan signed a space accord on Friday. The accord supports the goals of the Lima Protocol on Space "
     "Debris.", "Lima Protocol on Space Debris", ("CHL", "JPN")),
    ("Ghana and Spain signed a solar MoU on Monday. Both countries are parties to the Rome Treaty on Energy Data.",
     "Rome Treaty on Energy Data", ("ESP", "GHA")),
])
def test_a_text_named_after_a_city_is_another_without_the_citys_country(extractor, text, older, countries):
    found = {a.name: (a.status, tuple(a.countries)) for a in extractor(text, P).agreements}
    assert len(found) == 2 and found.get(older) == ("existing", countries), found
