"""A project's milestones told further down the story of the deal that set it up: business news names the deal and
its project first, then gives background (who owns what, what the plant will make), and only then the timeline
("Construction will begin this year", "Commercial production is expected in 2027", "The factory is slated to open by
2028"). The milestone is the parties' commitment when its subject is the work on the project or the thing built and
the instrument a few sentences before told of a project or a thing built; a thing of one side alone, or a project the
instrument never spoke of, stays no one's promise.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 3, 12)

_BACKGROUND = ("The venture will be owned 60 per cent by the first partner. The site covers about 200 hectares. "
               "Officials praised the investment.")


def commitments(extractor, text, published=P):
    return extractor(text, published).commitments


@pytest.mark.parametrize("text, due", [
    ("Brazil's Vale and China's CMOC signed an agreement on Monday to build a copper smelter in Para. " + _BACKGROUND
     + " Construction will begin this year.", "2025"),
    ("Morocco's OCP and India's Paradeep signed a deal for a phosphate plant near Jorf Lasfar. " + _BACKGROUND
     + " Commercial production is expected to start in 2027.", "2027"),
    ("Hungary and South Korea's SK On signed an accord on a battery factory in Ivancsa. " + _BACKGROUND
     + " The factory is slated to open by 2028.", "2028"),
    ("Kenya and Japan's Toyota Tsusho signed an agreement on a geothermal power project in Olkaria. " + _BACKGROUND
     + " Commissioning is scheduled for the second half of 2026.", "2026-12"),
    ("Chile's Codelco and Australia's Rio Tinto signed a deal to develop a lithium project in the Maricunga salt flat. "
     + _BACKGROUND + " The project is expected to enter production by 2030.", "2030"),
    ("Egypt and Norway's Scatec signed agreements for a green ammonia facility in Sokhna. " + _BACKGROUND
     + " The facility should be ready by mid-2027, the company said.", "2027-06"),
])
def test_a_milestone_told_later_belongs_to_the_deal(extractor, text, due):
    found = commitments(extractor, text)
    assert due in [c.due for c in found]
    assert {tuple(c.countries) for c in found if c.due == due} != {()}


@pytest.mark.parametrize("text", [
    # the instrument told of no project: a framework, and the country's own plant later
    "Brazil and China signed a memorandum on scientific cooperation on Monday. " + _BACKGROUND
    + " Construction of Brazil's own research reactor will begin this year.",
    # a milestone of a thing the deal never spoke of, long after it
    "Morocco's OCP and India's Paradeep signed a deal for a phosphate plant near Jorf Lasfar. " + _BACKGROUND
    + " In other news, the port authority reported record traffic. Analysts expect prices to ease. Rain delayed "
    "harvests. Fuel costs rose. Inflation stayed high. Construction of a new stadium in Rabat will begin this year.",
    # a milestone in the past
    "Hungary and South Korea's SK On signed an accord on a battery factory in Ivancsa. " + _BACKGROUND
    + " Construction began in 2023.",
])
def test_no_milestone_of_the_deal(extractor, text):
    assert commitments(extractor, text) == []
