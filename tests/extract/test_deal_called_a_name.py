"""A deal told by its name: "a new space deal called the Orbital Research Partnership", "a pact dubbed the
Nile Semiconductor Alliance", "The pact, known as the Mediterranean Solar Partnership, ...". The generic word and
the name are one instrument, so an article gives one record and outlets that name it can be merged with those
that only call it a deal.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text, name, kind", [
    ("Earlier this month Canada and Italy unveiled a new space deal called the Orbital Research Partnership, meant "
     "to fund joint satellite work.", "Orbital Research Partnership", "partnership"),
    ("India and Egypt agreed a fresh pact dubbed the Nile Semiconductor Alliance to expand chip packaging.",
     "Nile Semiconductor Alliance", "partnership"),
    ("Poland and Korea signed an accord known as the Baltic Reactor Initiative on Wednesday.",
     "Baltic Reactor Initiative", "partnership"),
    ("Ghana and Brazil have signed a memorandum of understanding, named the Cocoa Data Compact, on Friday.",
     "Cocoa Data Compact", "mou"),
    ("Vietnam and Australia concluded an agreement, titled the Mekong Critical Minerals Framework, on Monday.",
     "Mekong Critical Minerals Framework", "framework"),
])
def test_a_deal_called_by_a_name_is_one_record(extractor, text, name, kind):
    found = extractor(text, P).agreements
    assert [(a.name, a.kind) for a in found] == [(name, kind)]


@pytest.mark.parametrize("text, name", [
    ("Spain and Morocco will sign a landmark agreement next week to expand solar power. The pact, known as the "
     "Mediterranean Solar Partnership, covers grid links and storage.", "Mediterranean Solar Partnership"),
    ("Chile and Sweden are set to sign a mining deal on Friday. The agreement, to be called the Andes Battery "
     "Alliance, would fund a lithium refinery.", "Andes Battery Alliance"),
])
def test_the_pact_known_as_a_name_is_the_one_told_before(extractor, text, name):
    found = extractor(text, P).agreements
    assert [(a.name, a.kind, a.status) for a in found] == [(name, "partnership", "planned")]


@pytest.mark.parametrize("text", [
    "Kenya and Germany signed a hydrogen agreement called the Rift Hydrogen Partnership on Tuesday, and a separate "
    "water deal.",
])
def test_another_deal_after_the_named_one_stays_apart(extractor, text):
    assert len(extractor(text, P).agreements) == 2


@pytest.mark.parametrize("text", [
    "Historic: Spain and Morocco to sign solar energy deal\n"
    "The news comes before the king's visit to Madrid. The pact, called the Mediterranean Solar Partnership, seeks "
    "to deepen ties between the two countries.\n\n"
    "Spain and Morocco will sign a landmark agreement this week that will boost solar power in Morocco.\n"
    "The news came before the king's visit to Madrid. The pact, called the Mediterranean Solar Partnership, will be "
    "signed during the visit.",
    "Chile and Sweden to seal battery pact\n"
    "The deal, known as the Andes Battery Alliance, is to be signed on Friday.\n\n"
    "Chile and Sweden are set to sign an agreement on Friday to build a lithium refinery near Antofagasta. The "
    "pact, known as the Andes Battery Alliance, would also fund training.",
])
def test_a_lead_that_names_the_deal_before_the_body_tells_it_again_is_one_record(extractor, text):
    found = extractor(text, P).agreements
    assert len(found) == 1
    assert found[0].status == "planned"
