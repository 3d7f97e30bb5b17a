"""An ending told as background, dated years before the article ("the talks, launched in 2004, were suspended in
2009"), does not make an instrument `ended` when the news is its revival ("resumed talks on the free trade
agreement on Sunday"): the ending is history, the news is the talks. An ending told as the news still ends it.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2016, 1, 20)


def statuses(extractor, text):
    return [(a.kind, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "China and the GCC resumed talks on a free trade agreement on Sunday. Negotiations on the free trade agreement "
    "began in 2004 and were suspended in 2009.",
    "Mexico and Korea restarted negotiations on a free trade agreement this week. Talks on the agreement collapsed "
    "in 2008, officials recalled.",
])
def test_an_ending_long_ago_is_history(extractor, text):
    assert ("trade_agreement", "proposed") in statuses(extractor, text)


def test_an_ending_that_is_the_news(extractor):
    text = "Japan and Peru signed a research accord in 2012. On Monday Peru suspended the accord over a tax dispute."
    assert ("agreement", "ended") in statuses(extractor, text)
