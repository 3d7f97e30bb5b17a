"""An instrument named as what the news builds on, widens, complements or sits under is in place already
(GUIDELINES.md ``existing``), whatever verb of making stands earlier in the sentence: "signed an MoU on Monday,
building on their Strategic Partnership". The cue words are data (data/status_cues.tsv).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 4, 9)


def statuses(extractor, text):
    return {(a.kind, a.name, a.status) for a in extractor(text, P).agreements}


@pytest.mark.parametrize("text,kind,name", [
    ("Korea and Poland signed an MoU on batteries on Monday, building on the Korea-Poland Strategic Partnership.",
     "partnership", "Korea-Poland Strategic Partnership"),
    ("Chile and Japan inked a lithium accord on Tuesday, building upon the Chile-Japan Green Growth Alliance.",
     "partnership", "Chile-Japan Green Growth Alliance"),
    ("The memorandum that India and France signed on Monday expands the India-France Horizon 2047 Roadmap to "
     "quantum computing.", "action_plan", "India-France Horizon 2047 Roadmap"),
    ("The leaders agreed on Monday on expanding the India-US Strategic Partnership to space.",
     "partnership", "India-US Strategic Partnership"),
    ("The MoU that Japan and the UK signed on Monday complements the Hiroshima Accord.",
     "agreement", "Hiroshima Accord"),
    ("The chip memorandum that Japan and the UK signed on Monday aligns with the Japan-UK Digital Partnership.",
     "partnership", "Japan-UK Digital Partnership"),
    ("In the framework of the EU-Japan Digital Partnership, the two sides set up a working group on 6G on Monday.",
     "partnership", "EU-Japan Digital Partnership"),
    ("The UAE and Korea also agreed to broaden the scope of the Korea-UAE Comprehensive Economic Partnership "
     "Agreement.", "trade_agreement", "Korea-UAE Comprehensive Economic Partnership Agreement"),
])
def test_what_the_news_builds_on_is_in_place(extractor, text, kind, name):
    assert (kind, name, "existing") in statuses(extractor, text)


def test_the_new_instrument_keeps_its_own_status(extractor):
    found = statuses(extractor, "Korea and Poland signed an MoU on batteries on Monday, building on the "
                                "Korea-Poland Strategic Partnership.")
    assert ("mou", None, "concluded") in found


@pytest.mark.parametrize("text", [
    "Brazil and China agreed to build a seventh satellite under their joint research programme.",
    "Kenya and Japan will drill two geothermal wells under their energy partnership, the ministry said.",
])
def test_what_they_work_under_is_in_place(extractor, text):
    assert [s for _, _, s in statuses(extractor, text)] == ["existing"]


@pytest.mark.parametrize("text", [
    # growing ties, no instrument
    "Kenya and Japan agreed to deepen their strategic partnership.",
    "Peru and Korea will expand their cooperation in critical minerals, the ministers said.",
])
def test_ties_widened_are_no_instrument(extractor, text):
    assert statuses(extractor, text) == set()


@pytest.mark.parametrize("text", [
    # the relation word governs something else (a supply, a number): what follows it is not an instrument in place
    "Kenya and the United States signed an AI partnership on Tuesday. The partnership rests on three pillars: "
    "expanding the supply of advanced chips in Kenya, speeding up cloud infrastructure and hyperscale data-centre "
    "development, and joint research.",
    "Kenya and the United States signed an AI partnership on Tuesday. Its pillars are expanding the supply of "
    "advanced chips in Kenya, speeding up cloud infrastructure and hyperscale data-centre development.",
    "Chile and Japan adopted a joint statement on Monday that commits them to expanding the number of joint "
    "laboratories, science parks and a new data-centre in Santiago.",
])
def test_a_relation_word_tells_only_of_its_own_object(extractor, text):
    assert "existing" not in {s for _, _, s in statuses(extractor, text)}


@pytest.mark.parametrize("text, pair", [
    # a framework told as existing is a text in place, whatever verb of growing ties stands before it
    ("Kenya and Japan signed a memorandum on Monday. The memorandum strengthens the existing cooperation framework "
     "between the two countries, in place since March 2019.", ("JPN", "KEN")),
    ("The new deal reinforces the existing cooperation framework between Chile and Japan.", ("CHL", "JPN")),
])
def test_an_existing_framework_under_a_verb_of_growing_ties_is_in_place(extractor, text, pair):
    got = [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]
    assert ("framework", pair, "existing") in got


@pytest.mark.parametrize("text", [
    "Chile and Japan agreed to strengthen their cooperation framework in mining.",
    "Kenya and Japan want to strengthen the existing partnership between them.",
])
def test_growing_ties_without_an_existing_text_make_no_framework(extractor, text):
    assert not any(a.kind == "framework" and a.status == "existing" for a in extractor(text, P).agreements)
