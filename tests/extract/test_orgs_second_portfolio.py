"""A ministry's second portfolio opened by an adjective ("Ministry of Industry and New Technologies", "Ministry of
Innovation and Advanced Technologies") is the same ministry's name, not a second body called "New Technologies"; a
firm named after "and" still is one ("Ministry of ICT and Huawei Technologies").

Every text here is written for these tests.
"""

import pytest


def names(extractor, text):
    return {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Dushanbe's Ministry of Industry and New Technologies signed a memorandum with Kazakhstan on Monday.",
     "Ministry of Industry and New Technologies"),
    ("Uzbekistan's Ministry of Innovation and Emerging Technologies and Korea agreed on AI training.",
     "Ministry of Innovation and Emerging Technologies"),
    ("A memorandum was signed by the Ministry of Energy and Renewable Resources of Ghana and a Danish fund.",
     "Ministry of Energy and Renewable Resources"),
    ("Officials from the Ministry of Industry and Advanced Technologies met Indian chip makers in Abu Dhabi.",
     "Ministry of Industry and Advanced Technologies"),
])
def test_a_second_portfolio_opened_by_an_adjective_stays_in_the_name(extractor, text, name):
    found = names(extractor, text)
    assert any(n.endswith(name) or n.startswith(name) for n in found)
    assert not any(n in found for n in ("New Technologies", "Emerging Technologies", "Renewable Resources",
                                        "Advanced Technologies"))


@pytest.mark.parametrize("text, firm", [
    ("Egypt's Ministry of Communications and Information Technology and Huawei Technologies signed a cloud deal.",
     "Huawei"),
    ("Kenya's Ministry of Energy and Nairobi Grid Systems agreed to build the line with Chinese help.",
     "Nairobi Grid Systems"),
])
def test_a_firm_after_and_is_still_its_own_body(extractor, text, firm):
    assert any(n.startswith(firm) for n in names(extractor, text))
