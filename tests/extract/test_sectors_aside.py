"""Field words that stand near an instrument without telling what it covers: a law's name, a minister's or
ministry's title, the occasion it was made at, a field's own compound name.

Every text here is written for these tests (different outlets, tenses and word orders for each phenomenon).
"""

import pytest

from .test_sectors import P, sectors_of


# ---------------------------------------------------------------- field words that are not what it covers

ASIDE = [
    # a law's name
    ("India and the US signed a memorandum on chip supply chains, in line with the CHIPS and Science Act.",
     "mou", ["semiconductors"]),
    ("Japan and the EU signed a memorandum on hydrogen that takes account of the European Chips Act.",
     "mou", ["clean_energy"]),
    # a minister's or ministry's title before its head noun
    ("Korea's Science and ICT Minister and his Malaysian counterpart signed an MoU on hydrogen on Monday.",
     "mou", ["clean_energy"]),
    ("The memorandum on batteries was signed by the Digital and Science Minister of Estonia and Japan's envoy.",
     "mou", ["batteries"]),
    # the portfolio told after a minister's name, between commas or in brackets
    ("Brazil and Peru signed an accord on lithium on Monday. The accord was signed by ministers Ana Ruiz, Foreign "
     "Affairs, and Pedro Lima, Science and Technology, in Brasilia.", "agreement", ["critical_minerals"]),
    ("Chile and Peru signed an MoU on batteries, with two ministers, Maria Costa (Digital Economy) and Jan Berg "
     "(Trade), attending.", "mou", ["batteries"]),
    # the occasion, also told after its day
    ("Norway and the US issued a joint statement on quantum computing at a bilateral meeting held on "
     "June 2, 2025, on science and technology.", "joint_statement", ["quantum"]),
    ("Finland and the US issued a joint statement on quantum computing on the occasion of a science and "
     "technology meeting in Helsinki.", "joint_statement", ["quantum"]),
    # a field's own compound name
    ("Finland and the US issued a joint statement on cooperation in quantum information science on Monday.",
     "joint_statement", ["quantum"]),
    # what cyber work guards: the systems protected are no field of their own
    ("Ghana and the UK signed a memorandum on cybersecurity to help protect critical digital infrastructure.",
     "mou", ["cybersecurity"]),
    ("Chile and Estonia signed an MoU on cyber defence, aimed at safeguarding the country's telecom networks.",
     "mou", ["cybersecurity"]),
    ("The cyber security memorandum signed by Kenya and Israel will help secure national data systems.",
     "mou", ["cybersecurity"]),
]


@pytest.mark.parametrize("text, kind, expected", ASIDE)
def test_names_titles_and_occasions_tell_no_field(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


STAYS = [
    # science told as a field of its own
    ("Korea and the US will sign an agreement to widen cooperation in science and in quantum technology.",
     "agreement", ["quantum", "science"]),
    # a field put to work for science
    ("Japan and the UK signed a memorandum to work together on AI for science.", "mou", ["ai", "science"]),
    # science and technology told by its abbreviation, beside a field of its own
    ("Peru and Chile signed an S&T cooperation agreement that also covers robotics.", "agreement",
     ["robotics", "science"]),
    ("Under the memorandum, Ghana and Korea will fund joint projects in S&T and in space.", "mou",
     ["science", "space"]),
    # a field protected with no cyber work told: still what it covers
    ("Peru and Japan signed an accord to protect their satellite networks from storms.",
     "agreement", ["space"]),
    # "secure" as an adjective of a field told
    ("Kenya and Israel signed a memorandum on cybersecurity and on secure cloud services.",
     "mou", ["cybersecurity", "digital"]),
    # a field of its own beside the cyber work
    ("Kenya and Israel signed a memorandum on cybersecurity and on building digital infrastructure.",
     "mou", ["cybersecurity", "digital"]),
]


@pytest.mark.parametrize("text, kind, expected", STAYS)
def test_science_told_as_a_field_stays(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


def test_a_dialogue_of_science_ministers_covers_science(extractor):
    text = ("Brazil and India held the third Science and Technology Ministers Joint Committee in Delhi on Monday, "
            "which met to review their research exchanges.")
    assert "science" in sectors_of(extractor, text, "dialogue")


UMBRELLA = [
    # the general field over the specific ones that follow it
    ("Japan and Canada signed a memorandum covering science and technology fields such as AI and batteries.",
     "mou", ["ai", "batteries"]),
    ("Under the accord, Peru and Korea will cooperate in scientific and technological areas, including "
     "semiconductors and space.", "agreement", ["semiconductors", "space"]),
    # how broadly, told beside fields the instrument names elsewhere
    ("The UK and India launched a partnership on semiconductors and critical minerals on Monday. The "
     "partnership puts the focus on critical and emerging technologies.", "partnership",
     ["critical_minerals", "semiconductors"]),
]


@pytest.mark.parametrize("text, kind, expected", UMBRELLA)
def test_the_general_field_over_specific_ones_gives_way(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


NOT_COVERED = [
    ("The US and China renewed their science agreement on Friday. It covers only basic research and does not "
     "cover artificial intelligence or quantum computing.", "agreement", ["science"]),
    ("India and Japan signed a memorandum on space, excluding satellite broadband.", "mou", ["space"]),
    ("Chile and Korea signed an accord on lithium that will not extend to battery making, officials said.",
     "agreement", ["critical_minerals"]),
]


@pytest.mark.parametrize("text, kind, expected", NOT_COVERED)
def test_fields_it_is_said_not_to_cover_are_not_its_own(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


PARTS = [
    # what a covered thing goes into
    ("Chile and Japan signed an accord to secure copper and lithium, which go into electric car and battery parts.",
     "agreement", ["critical_minerals"]),
    ("Peru and Korea signed an MoU on rare earths, used in wind turbines and robots.", "mou", ["critical_minerals"]),
    # a government agency's name for its portfolio
    ("Uzbekistan and Korea signed an MoU on AI, the Agency for Innovation and Digital Technologies said.",
     "mou", ["ai"]),
    # making as one step of the field just named, not manufacturing at large
    ("India and the US signed a memorandum on chips, covering design, manufacturing and talent.", "mou",
     ["semiconductors"]),
    ("Japan and India signed a memorandum on semiconductors covering chip design, manufacturing and testing.",
     "mou", ["semiconductors"]),
]


@pytest.mark.parametrize("text, kind, expected", PARTS)
def test_uses_agencies_and_steps_tell_no_field_of_their_own(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


def test_manufacturing_listed_as_a_field_stays(extractor):
    text = "Vietnam and Japan signed an MoU on cooperation in AI, manufacturing and clean energy."
    assert sectors_of(extractor, text, "mou") == ["advanced_manufacturing", "ai", "clean_energy"]
