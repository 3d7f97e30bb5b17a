"""Commitments as news words them between countries: one side's own targets and plans are no joint promise, and the
time frames of a signing set for the day and of the seasons.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 3, 10)
AUTUMN = date(2026, 10, 20)


def dues(extractor, text, published=P):
    return [c.due for c in extractor(text, published).commitments]


@pytest.mark.parametrize("text", [
    # a target owned by one side ("its", "X's", "national"), which the deal or a party works towards
    "Egypt and the EU signed a hydrogen partnership on Monday. It will back Brussels' ambition of producing 20 million "
    "tonnes of clean hydrogen in 2030.",
    "Egypt and the EU signed a hydrogen partnership on Monday. The accord will help the EU meet its target of 10 GW of "
    "electrolysers by 2030, as laid down in its energy plan.",
    "Egypt and Morocco signed a solar accord on Monday. Egypt wants a third of its power from the sun, and Morocco is "
    "striving to meet its 52% target by 2030.",
    "Egypt and Morocco signed a solar accord on Monday. Morocco will work to hit its national goal of 52% clean power "
    "by 2030.",
    "India and France signed a solar pact. The pact will support India's goal of installing 500 GW of clean capacity "
    "by 2030.",
    "Egypt and Morocco signed a solar accord on Monday. Egypt intends to get 42% of its electricity from renewables by "
    "2030.",
    # one side's own centre, ministry plan or national body, told beside the instrument
    "Korea and the US signed a chip accord on Monday. Japan will open its own chip research centre in April.",
    "Korea and the US signed a chip accord on Monday. The United States is scheduled to set up its National Chip "
    "Research Center in February 2027.",
    "Korea and the US signed a chip accord on Monday. Korea's science ministry plans to build a national AI computing "
    "centre by 2028.",
    "Japan and the UK signed a fusion pact on Monday. Separately, Britain will open a domestic fusion test site at "
    "home by 2029.",
    # ... also when another side's own affair is told in a clause of its own
    "Japan and Canada signed a pact on AI safety on Monday. It comes as the EU seeks to pass its own AI law by the "
    "end of the year, while the US presses on with its own voluntary rules.",
    "Japan and Canada signed a pact on AI safety on Monday. The deal lands as Brussels aims to adopt its own chip "
    "act by June, and Washington readies a national strategy of its own.",
    "India and Australia signed a minerals accord on Monday. Meanwhile, Britain intends to publish its national "
    "critical minerals strategy by October; France is drafting one too.",
])
def test_one_sides_own_target_or_plan_is_no_joint_commitment(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # ... but a target the parties share, or what one gives the other, stays a commitment
    ("Korea and Vietnam agreed to carry out their joint plan so that two-way trade reaches $150 billion by 2030.",
     ["2030"]),
    ("Chile and the EU signed a raw materials pact. The EU will fund two lithium refineries in Chile by 2028.",
     ["2028"]),
    ("Kenya and Japan signed a geothermal pact. Japan will open its training office in Nairobi by 2027.", ["2027"]),
    ("India and France signed a space pact. The two will launch their joint climate satellite by 2027.", ["2027"]),
    ("Chile and the EU signed a raw materials pact. The EU will fund a national lithium institute in Chile by 2028, "
     "while Germany trains its staff.", ["2028"]),
])
def test_a_shared_target_or_a_gift_stays_a_commitment(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a signing set for the day, however the day is told
    ("Seoul's science ministry said on Tuesday that Korea and the US will sign their accord later in the day.",
     ["2026-03-10"]),
    ("Korea and the US will ink the chip accord this evening in Seoul.", ["2026-03-10"]),
    ("The chip accord between Japan and India is to be signed this afternoon.", ["2026-03-10"]),
    ("Kenya and the UAE are set to sign the data pact later today, officials said.", ["2026-03-10"]),
    ("Ghana and Norway will seal the fisheries data accord tonight at a dinner in Oslo.", ["2026-03-10"]),
])
def test_a_signing_set_for_the_day(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # seasons are vague times: recorded as the year of the season to come
    ("Japan and the US signed a talent pact on Monday. Talks on its details are set to begin in the coming spring.",
     AUTUMN, ["2027"]),
    ("Japan and India agreed to set up a chip dialogue. Negotiations on the details will open next summer.",
     P, ["2026"]),
    ("Japan and India agreed to set up a chip dialogue. A review of the dialogue is due this autumn.", P, ["2026"]),
    ("Japan and India agreed to set up a chip dialogue. Its first meeting is due next month in Delhi.", P, ["2026-04"]),
    ("Japan and India agreed to set up a chip dialogue. The first session is expected later this year.", P, ["2026"]),
    ("Japan and India will launch a joint AI lab in the spring.", AUTUMN, ["2027"]),
    ("Brazil and Chile plan to sign the lithium accord later this summer.", P, ["2026"]),
    ("Brazil and Chile will hold the first round of talks in the fall.", P, ["2026"]),
    ("Brazil and Chile will hold the first round of talks in the winter of 2027.", P, ["2027"]),
    ("Brazil and Chile will hold the first round of talks in spring 2028.", P, ["2028"]),
    # the season gone by is no time to come
    ("Brazil and Chile signed a lithium accord last summer.", P, []),
])
def test_seasons_are_their_year(extractor, text, published, expected):
    assert dues(extractor, text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # time frames that already work, kept as guards
    ("Kenya and Japan signed a geothermal pact. Under it, the two will drill test wells over the next four years.",
     ["2030"]),
    ("Chile and Korea signed a lithium accord. The partners will train 2,000 engineers through 2029.", ["2029"]),
    ("Chile and Korea will launch the lithium platform in the first half of next year.", ["2027-06"]),
    ("Chile and Korea will set up a joint lithium lab by the end of the year.", ["2026-12"]),
    ("Chile and Korea signed a space accord. A joint satellite is due to be launched in 2031.", ["2031"]),
    ("Vietnam and Korea will sign the implementation protocol within a month.", ["2026-04"]),
    ("France and India will build six joint research labs within a decade.", ["2036-03"]),
    ("France and Egypt agreed the text of a nuclear pact. Both are expected to sign it when the president visits "
     "Paris on 3 April.", ["2026-04-03"]),
    ("ASEAN and Japan agreed to set up a digital innovation hub. ASEAN members will adopt a common data framework by "
     "2027.", ["2027"]),
    ("The G7 will publish a joint AI adoption report by the end of the year.", ["2026-12"]),
    ("Kenya and the UAE signed a data centre pact on Monday. The first data hall is to be ready within 18 months.",
     ["2027-09"]),
    # deliveries starting in a year, the receiving country named after them
    ("Qatar and Japan signed an LNG deal on Monday. Deliveries to Japan will start in 2028.", ["2028"]),
    ("Qatar and Japan signed an LNG deal on Monday. Shipments from Qatar are to begin in 2028.", ["2028"]),
])
def test_more_time_frames_of_promises(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, due", [
    # a time belongs to the nearest promise before it: a restatement of that promise is the same commitment
    ("Peru and Spain signed a deal meant to create a lithium supply route, with the first deliveries to begin as "
     "early as 2027.\nThe first deliveries from Peru to Spain are to begin as early as 2027.", "2027"),
    ("Kenya and Japan agreed to expand geothermal work, with the first plant due to open in 2028.\nThe first plant is "
     "due to open in 2028, the ministry said.", "2028"),
])
def test_a_time_goes_with_the_nearest_promise(extractor, text, due):
    commitments = extractor(text, P).commitments
    assert [c.due for c in commitments] == [due] and len(commitments[0].evidence) == 2


@pytest.mark.parametrize("text, expected", [
    # a headline's infinitive ("X to sign Y"): the news style for what is to come
    ("India To Sign Chip Pact With Japan Before Early April", ["2026-04"]),
    ("India to sign chip pact with Japan next month", ["2026-04"]),
    ("Kenya, UAE to launch joint AI fund by 2027", ["2027"]),
    ("Chile and Korea to open lithium research centre in 2028, ministers say", ["2028"]),
    # ... but a headline of one country's own plan, or with no time, is none
    ("Kenya to build national data centre by 2027", []),
    ("India to sign chip pact with Japan", []),
])
def test_a_headlines_infinitive_is_a_promise(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a few days or weeks to come: vague, recorded as their year
    ("Kenya and Japan will sign the accord in the coming days.", ["2026"]),
    ("Kenya and Japan will sign the accord in the next few days.", ["2026"]),
    ("Kenya and Japan will sign the accord within days, officials said.", ["2026"]),
    ("Kenya and Japan are expected to sign the accord within weeks.", ["2026"]),
    ("Kenya and Japan will hold the first joint committee meeting over the next few months.", ["2026"]),
])
def test_a_few_days_or_weeks_to_come(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the span of a plan named by its length ("a 10-year strategy through 2035") is how long it runs: the promise's
    # time is told elsewhere
    ("Japan and ASEAN will draw up a 10-year strategy through 2035 for electric vehicles, with the strategy due to "
     "be presented in the fall.", ["2026"]),
    ("Kenya and Japan will adopt a five-year roadmap running to 2031.", []),
    # ... but a deadline for the act stays
    ("Kenya and Japan will adopt a five-year roadmap by June.", ["2026-06"]),
])
def test_the_span_of_a_plan_is_no_deadline(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # more verbs of doing more
    ("Japan's prime minister vowed on Wednesday to beef up support for Kenya's geothermal sector over the next three "
     "years.", ["2029"]),
    ("Korea and Poland agreed to ramp up joint nuclear training by 2028.", ["2028"]),
    ("Brazil and China will accelerate work on the next satellite to launch it by 2028.", ["2028"]),
])
def test_more_verbs_of_doing_more(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an absolute clause with its own subject ("..., with the plan to be unveiled in September"): what came before it
    # ("to promote the car industry") is no subject of it, so no figure's forecast
    ("Japan and ASEAN will develop a strategy to promote the car industry, with the plan to be unveiled in September.",
     ["2026-09"]),
    ("Korea and Poland will draft a roadmap for the nuclear sector, with the document to be adopted in the fall.",
     ["2026"]),
])
def test_a_promise_in_a_with_clause(extractor, text, expected):
    assert dues(extractor, text) == expected


def test_two_promises_on_one_sector_due_together_are_two(extractor):
    # a sector both name is no sign of a restatement: a report and a toolkit, both due by the year's end
    text = ("The G7 adopted an AI plan on Monday. G7 members will publish a study of AI use by small firms by the end "
            "of the year.\nUnder the plan, the members will also build an AI toolkit for public services, which will "
            "be released by the end of the year.")
    assert [len(c.evidence) for c in extractor(text, P).commitments] == [1, 1]


@pytest.mark.parametrize("text, expected", [
    # supplies an instrument provides for, due when they start (GUIDELINES: "supplies from 2025")
    ("Qatar and Japan signed a gas deal. Another pact was signed to provide for the purchase of LNG by a Japanese "
     "utility from Qatar over 10 years starting 2028.", ["2028"]),
    ("Qatar and Japan signed a gas deal. The deal provides for the purchase of 2 million tonnes of LNG a year from "
     "2028.", ["2028"]),
    ("Qatar and Japan signed a gas deal providing for LNG deliveries from 2028.", ["2028"]),
    ("Qatar and Japan signed a 15-year LNG supply deal, with deliveries beginning in 2028.", ["2028"]),
    ("Chile and Korea signed a lithium accord on Monday, with the first shipments starting in 2027.", ["2027"]),
    ("Under the accord, a Korean battery maker will buy 20,000 tonnes of Chilean lithium a year from 2027.", ["2027"]),
])
def test_supplies_an_instrument_provides_for(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the day a post or statement told it is no due date
    ("Chile and Korea committed to deepening lithium ties over the coming months, the president wrote on X on "
     "Sunday.", P, ["2026"]),
    ("Indonesia will support Australian battery makers financially, the minister said in the statement, Tuesday.", P,
     []),
    ("Canada and Korea agreed to secure battery supply chains, according to a ministry note posted on 17 May.",
     None, []),
    ("The Quad partnership will include linking Australian minerals with buyers in India and Japan, according to a "
     "readout released on Saturday by the ministry.", None, []),
    # with no article date, "agreed to ... on Saturday" tells when they agreed, as it does with one
    ("China and Indonesia agreed to deepen security ties on Saturday.", None, []),
    ("China and Indonesia agreed to deepen security ties on Saturday.", P, []),
])
def test_when_it_was_told_or_agreed_is_no_due_date(extractor, text, published, expected):
    assert dues(extractor, text, published) == expected


@pytest.mark.parametrize("text", [
    # a member hosting its own bloc's meeting is the bloc's affair, not a promise to the partner
    "Indonesia and Japan signed a nickel pact on Monday. Japan will host the G7 summit in May.",
    "Kenya and Japan signed a geothermal pact. As this year's G7 chair, Japan will hold a G7 energy ministers' meeting "
    "in Sapporo on April 15.",
    "Chile and Korea signed a lithium accord. Brazil will host the BRICS summit in Rio in July.",
    # a deal that will help one side reach its own goal: the goal's time, no promise
    "Indonesia and Japan signed a nickel pact on Monday. Jakarta hopes the deal will help it become a battery hub by "
    "2030.",
    "Egypt and the EU signed a hydrogen accord. The accord will help Egypt achieve 42% clean power by 2030.",
])
def test_a_blocs_own_meeting_and_a_goal_helped_towards_are_no_commitments(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # ... but a meeting with the partner, or help to build something by a time, stays
    ("Indonesia will host the ASEAN-Japan summit in May, where a nickel pact is to be signed.", ["2026-05"]),
    ("Japan and ASEAN will hold a commemorative summit in Tokyo in December.", ["2026-12"]),
    ("Kenya and Japan signed a geothermal pact. Japan will help Kenya build two geothermal plants by 2029.",
     ["2029"]),
])
def test_a_meeting_with_the_partner_and_help_to_build_stay(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # more frames: "working toward(s) signing", "on course to", "aim to have X running", "set a deadline of"
    ("Indonesia and Japan are working toward signing the nickel deal by the end of March.", ["2026-03"]),
    ("Under the pact, Indonesia and Japan are on course to finish the joint study in 2027.", ["2027"]),
    ("Indonesia and Japan aim to have the joint smelter running before 2030.", ["2030"]),
    ("Indonesia and Japan aim to get the cable operational by 2028.", ["2028"]),
    ("Under their pact, Indonesia and Japan set a deadline of June for finishing the joint study.", ["2026-06"]),
    # more times: "by year's end", "after the summer"
    ("The agreement, which Indonesia and Japan hope to sign by year's end, covers nickel processing.", ["2026-12"]),
    ("Indonesia and Japan will hold their next round of nickel talks in Tokyo after the summer.", ["2026"]),
])
def test_more_frames_and_times(extractor, text, expected):
    assert dues(extractor, text) == expected


def test_a_signing_within_hours(extractor):
    text = "Kenya and the UAE will sign the data centre pact within the next 24 hours, officials said."
    assert dues(extractor, text) == ["2026-03-11"]


@pytest.mark.parametrize("text, expected", [
    # a second infinitive joined to the frame ("agreed to A and to B"): B is promised too
    ("Kazakhstan and Turkey agreed to continue work on a joint cubesat and to set up a technical working group in "
     "the coming days.", ["2026"]),
    ("Peru and Korea decided to keep sharing lithium data and to open a joint lab by 2028.", ["2028"]),
    # adverbs between the modal and the verb
    ("Japan and ASEAN will additionally draw up a joint chip strategy by the end of the year.", ["2026-12"]),
    ("Kenya and the UAE will specifically build two data centres in Nairobi by 2027.", ["2027"]),
    # the acts an instrument's work will include, told as gerunds
    ("Kenya and the UAE signed a digital pact. The work will include providing internet access to 20 million Kenyans "
     "by the end of 2027.", ["2027-12"]),
    ("Kenya and the UAE signed a digital pact. The projects will involve building two data centres by 2028.",
     ["2028"]),
])
def test_joined_infinitives_adverbs_and_included_acts(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the date of an event named in a list of the object ("including the upcoming summit in September") is the
    # event's, not the act's
    ("The AU adopted a digital strategy with the EU. The strategy will also support Africa's voice in global talks, "
     "including the upcoming UN summit in September.", []),
    ("Kenya and Japan signed a geothermal pact. It will back joint events, such as the next Africa energy forum in "
     "Nairobi in June.", []),
    # ... but an act done at the event keeps its date
    ("Kenya and Japan will sign the geothermal pact at the upcoming summit in September.", ["2026-09"]),
])
def test_the_date_of_an_event_listed_in_the_object(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the time of an occasion set off by a comma after what was agreed ("..., ahead of the leader's visit next
    # month") is when the news came, no deadline of the act
    ("Ghana and France have agreed to expand their partnership on satellites, ahead of the president's planned visit "
     "to Paris next month.", []),
    ("Peru and Korea agreed to launch a lithium data exchange, ahead of a summit in Seoul in June, the ministers "
     "said.", []),
    ("Oman and India will set up a joint fund for start-ups, on the eve of the leaders' meeting in Muscat next "
     "week.", []),
    # ... but with no comma, before the occasion is the deadline
    ("Kenya and Japan will sign the geothermal pact ahead of the summit in Tokyo in June.", ["2026-06"]),
])
def test_the_time_of_an_occasion_set_off_after_the_act(extractor, text, expected):
    assert dues(extractor, text) == expected


def test_a_vague_year_restates_a_dated_promise_of_that_year(extractor):
    # "this year" and "by the middle of this year" told of one meeting are one commitment
    text = ("Qatar and India decided to hold the first meeting of their joint commission in Delhi by the middle of "
            "this year.\nThe foreign ministers of Qatar and India are expected to hold the joint commission meeting "
            "this year.")
    commitments = extractor(text, P).commitments
    assert [c.due for c in commitments] == ["2026-06"] and len(commitments[0].evidence) == 2


@pytest.mark.parametrize("text,expected", [
    # "would" telling the next step of a plan, with its earliest time: a commitment
    ("Chile and Japan agreed on a data-sharing accord on Monday. The accord would then be put to both "
     "cabinets as early as November.", ["2026-11"]),
    ("Ghana and Kenya initialled a digital trade accord on Friday. The accord would be submitted to their "
     "parliaments as soon as June, officials said.", ["2026-06"]),
    ("Under the pact signed on Monday, Brazil and Norway will draft joint rules on offshore wind, which would then "
     "be adopted by ministers as early as September.", ["2026-09"]),
    ("Peru and Korea agreed on a space accord on Friday. Both parliaments would ratify the accord in October at the "
     "earliest.", ["2026-10"]),
    # a "would" of a condition stays none
    ("Chile and Japan signed a data pact on Monday. Such rules would make trade easier by 2030.", []),
    ("Chile and Japan signed a data pact on Monday. The pact would collapse if either side left in June.", []),
])
def test_a_next_step_with_its_earliest_month(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a second step of the sentence, told after the first one's time, with a time of its own
    ("Brazil and Chile signed a space accord. Their teams will meet in May, and the two leaders are to sign a "
     "launch deal in July.",
     ["2026-05", "2026-07"]),
    ("Officials of Peru and Korea will gather in Lima in early June before their ministers are expected to adopt the "
     "joint code at a meeting set for October.", ["2026-06", "2026-10"]),
    ("Spain and Morocco will hold technical talks in April, after which they plan to sign the grid accord in "
     "September.", ["2026-04", "2026-09"]),
    # "in October or November": the window's later month
    ("Spain and Morocco will sign the grid accord at a summit planned for October or November.", ["2026-11"]),
])
def test_a_second_step_and_an_either_window(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the promised act told in a participle clause after the frame, with its own time
    ("Chile and Japan pledged to speed up talks on a trade accord, holding a final round before the end of June.",
     ["2026-06"]),
    ("Chile and Japan agreed to deepen ties on lithium, opening a joint research office in Santiago by 2027.",
     ["2027"]),
    # a participle that tells no act, or a frame with no promise, stays none
    ("Chile and Japan agreed to deepen ties on lithium, citing demand forecasts for 2030.", []),
    ("Chile and Japan signed a lithium accord on Monday, opening a new chapter in ties.", []),
])
def test_a_promised_act_in_a_participle_clause(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "It" opening the sentence right after an instrument is what was agreed: its time is a commitment of the parties
    ("Kenya and Japan agreed to build a data centre in Nairobi. It will be ready by the end of 2027.",
     [(["JPN", "KEN"], "2027-12")]),
    ("Egypt and China signed a deal for a satellite plant on Monday. It is expected to open in 2028.",
     [(["CHN", "EGY"], "2028")]),
    ("Chile and Korea signed an agreement on a lithium refinery. It is due to start production in 2029.",
     [(["CHL", "KOR"], "2029")]),
    # ... but not what "It" merely is, or a time already past
    ("Kenya and Japan signed a data deal. It is the first such deal in Africa since 2019.", []),
])
def test_it_after_an_instrument_promises_its_time(extractor, text, expected):
    assert [(c.countries, c.due) for c in extractor(text, P).commitments] == expected


@pytest.mark.parametrize("text, expected", [
    # a duty told with "must", "have to" or "need to" and a time frame is a promise like "will"
    ("Canada and Mexico signed a memorandum on research on Monday. The two governments must finalize the joint work "
     "plan before 31 March 2026.", ["2026-03-31"]),
    ("Under the accord signed by Peru and Korea on Friday, both sides have to set up the joint lab within a year.",
     ["2027-03"]),
    ("Kenya and India signed a data pact on Monday, and the two need to draft the rules by June.", ["2026-06"]),
])
def test_a_duty_with_a_time_frame(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # a view of what should happen, with no party bound, stays none
    "Analysts say Europe must build its own chip plants by 2030 to keep up with Asia.",
])
def test_an_opinion_with_must_is_no_promise(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # the act named by its noun, its time between the noun and what it acts on
    ("Kenya and Korea signed an AI memorandum on Monday. \"We look forward to the establishment next year of a joint "
     "AI centre in Nairobi,\" the minister said.", ["2027"]),
    ("Chile and Japan signed a lithium pact on Monday, which paves the way for the opening in 2028 of a shared "
     "refinery in Antofagasta.", ["2028"]),
])
def test_an_act_named_by_its_noun_with_its_time_before_its_object(extractor, text, expected):
    assert dues(extractor, text) == expected


MONDAY = date(2026, 3, 9)


@pytest.mark.parametrize("text, expected", [
    # the rest of a batch of signings put off to a later day, the verb left out
    ("Several agreements were signed by Chile and Peru on Monday afternoon. Others will be on Tuesday.",
     ["2026-03-10"]),
    ("Kenya and Japan inked five memorandums on Monday; the rest are due on Thursday.", ["2026-03-12"]),
    ("Ghana and Korea signed three deals on Monday. The remaining two will follow on Wednesday.", ["2026-03-11"]),
    ("Peru and Japan signed six accords on Monday; two more are due to be signed on Thursday.", ["2026-03-12"]),
])
def test_the_rest_of_the_signings_put_off_to_a_later_day(extractor, text, expected):
    assert dues(extractor, text, MONDAY) == expected


@pytest.mark.parametrize("text", [
    # a plan whose step was taken on the day told: what happened, not what is due
    "Plans to connect Chile, Peru and Ecuador by a subsea fibre line took their first big step on Monday, when the "
    "three governments inked a pact in Lima.",
    "Efforts to open a joint chip plant in Kenya and Korea moved a step closer on Monday, when the two governments "
    "signed a memorandum.",
])
@pytest.mark.parametrize("published", [MONDAY, P])  # told on the day, and the day after
def test_a_step_taken_on_the_day_is_no_due_date(extractor, text, published):
    assert dues(extractor, text, published) == []


@pytest.mark.parametrize("text", [
    # the rest of something else, or a visit: no signing put off
    "Chile and Peru signed four deals on Monday. The remaining funds will come next year.",
    "Kenya and Japan signed two memorandums on Monday. Others are due in Nairobi next week for talks.",
    # an act named by its noun that is past
    "Kenya and Korea signed a chip memorandum on Tuesday, a year after the establishment in March of a joint "
    "committee.",
])
def test_no_signing_put_off_and_no_past_act(extractor, text):
    assert dues(extractor, text, P) == []


@pytest.mark.parametrize("text", [
    # the time an instrument was signed, told after who signed it, is no deadline: with or without an article date
    "The accord was signed on 8 October 2018 in Lima. Chile and Peru will strengthen cooperation in lithium research "
    "under a memorandum of understanding signed between the two countries in October.",
    "Peru and Korea will expand satellite work under the agreement signed by both sides on 3 March 2024.",
])
@pytest.mark.parametrize("published", [P, None])
def test_the_time_of_a_signing_told_after_its_signers_is_no_deadline(extractor, text, published):
    assert dues(extractor, text, published) == []


@pytest.mark.parametrize("text", [
    # "will" as a noun ("political will") frames no promise
    "Chile and Peru signed a lithium memorandum on Monday. The minister praised the political will and concrete "
    "steps toward a greener Andes by 2030.",
    # a year that closes a quoted name, whatever its letters: the name of a plan, no deadline
    "Chile and Korea signed a memorandum on Monday. Under it, Korea will help Chile design its national digital "
    "strategy, called “Chile Numérique 2030”.",
])
def test_no_promise_from_a_noun_or_a_plans_name(extractor, text):
    assert dues(extractor, text) == []


def test_a_wish_is_no_promise(extractor):
    text = ("Chile and Korea signed a memorandum on Monday. The Korean envoy expressed the wish that the memorandum "
            "will lead to a fully digital Chile by 2030.")
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, said_on", [
    # the day a promise was spoken of or its source was published is no time it is due
    ("Chile and India have revived plans to cooperate in space. The two countries will work together on satellite "
     "navigation, according to a treaty printed in the official gazette on 12 March.", "2026-03-12"),
    ("Peru and Korea signed an MoU on Monday. Both sides will build a joint battery lab, the minister told reporters in "
     "Lima after the meeting on Friday.", "2026-03-13"),
    ("Peru and Korea signed an MoU on Monday. \u201cWe will open a joint battery lab,\u201d the minister said at a press "
     "conference with his Korean counterpart on Thursday.", "2026-03-12"),
])
def test_the_day_a_promise_was_told_is_not_its_due_date(extractor, text, said_on):
    assert said_on not in dues(extractor, text)


def test_a_time_frame_before_the_speaker_is_still_due(extractor):
    text = ("Peru and Korea signed an MoU on Monday. Both sides will build a joint battery lab by 2028, the minister "
            "told reporters in Lima on Friday.")
    assert dues(extractor, text) == ["2028"]
