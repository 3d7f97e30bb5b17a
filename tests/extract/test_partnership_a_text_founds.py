"""A partnership, alliance or platform that a memorandum or agreement is told to establish ("a memorandum of
understanding establishing a strategic partnership", "a declaration of intent to create a hydrogen alliance", "a
joint declaration on establishing an alliance", "The MoU will create a platform to ...") is that text, told by what it
does: one record of the text's kind, with the partnership's sentences as its evidence. Several outlets report one
such signing, some by the memorandum and some by the alliance, and each article must give one record so the outlets'
reports can meet (the partnership is no second, planned instrument beside the text, as this project once
recorded it). A centre or a fund the text founds stays an instrument of its own, and so does a partnership no
text founds.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text, kind", [
    ("Germany and Chile signed a memorandum of understanding establishing a strategic partnership on lithium on "
     "Monday. The partnership will support local refining, the ministry said.", "mou"),
    ("Spain and Morocco signed a declaration of intent on Tuesday to create a green hydrogen alliance between the "
     "two countries.", "mou"),
    ("India and Sweden signed an MoU on batteries on Thursday. The MoU will create a platform to connect the two "
     "countries' battery industries.", "mou"),
    ("Ghana and Portugal on Friday signed an agreement setting up a partnership on solar energy research.",
     "agreement"),
    ("The European Union signed a memorandum with Zambia on Monday that will see the two sides form a strategic "
     "partnership on copper and cobalt.", "mou"),
    ("India and the UAE signed a letter of intent to establish a strategic defence partnership.", "mou"),
    ("Chile and Peru inked a memorandum to create a security partnership on cyber threats.", "mou"),
    ("The ministers of Norway and Brazil on Wednesday signed a joint declaration of intent on establishing a Green "
     "Shipping Alliance.", "mou"),
])
def test_one_record_for_the_text_and_what_it_founds(extractor, text, kind):
    found = extractor(text, P).agreements
    assert [a.kind for a in found] == [kind]


def test_the_partnership_sentence_is_evidence_of_the_text(extractor):
    found = extractor("Germany and Chile signed a memorandum of understanding establishing a strategic partnership "
                      "on lithium on Monday. The partnership will support local refining, the ministry said.",
                      P).agreements
    assert len(found) == 1
    assert any("will support local refining" in e.text for e in found[0].evidence)
    assert found[0].date == "2026-05-04"


@pytest.mark.parametrize("text, kinds", [
    ("Kenya and Japan signed a memorandum on Monday to establish a joint research centre on geothermal power.",
     ["centre", "mou"]),
    ("Poland and Korea signed an agreement on Tuesday to set up a fund for battery start-ups.", ["agreement", "fund"]),
    ("Egypt and Greece signed a memorandum on green hydrogen on Monday. They also launched a strategic "
     "partnership on interconnectors.", ["mou", "partnership"]),
])
def test_other_instruments_stay_apart(extractor, text, kinds):
    assert sorted(a.kind for a in extractor(text, P).agreements) == kinds


def test_a_headline_founding_an_alliance_is_the_text(extractor):
    text = ("Chile, Korea Sign Declaration of Intent On Establishing Copper Alliance\n\n"
            "The ministers of Chile and Korea signed the declaration of intent in Santiago on Wednesday.")
    assert [a.kind for a in extractor(text, P).agreements] == ["mou"]


def test_an_excellency_does_not_cut_the_sentence_of_the_founding(extractor):
    text = ("The European Union signed a memorandum of understanding with H.E. Ana Reyes, President of Chile, that "
            "will see the two parties form a strategic partnership on lithium.")
    assert [a.kind for a in extractor(text, P).agreements] == ["mou"]
