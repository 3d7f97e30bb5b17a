"""The publication month a URL spells with no day ("/2018/06/slug", "news-2025-09/123"), when the input gives no
date: the day of a dateline of that month ("SEOUL, June 5 (Yonhap) --") or of the text's first full date in it, else
the middle of the month, so that what was just signed is dated in that month.

Every text and address here is written for these tests.
"""

from datetime import date

import pytest

from pactwatch.extract.published import infer_published


@pytest.mark.parametrize("text, url, expected", [
    # a dateline with no year: its day, in the URL's month
    ("SEOUL, June 5 (Yonhap) -- Korea and Chile signed a lithium pact on Tuesday.",
     "https://news.example.com/2018/06/korea-chile-lithium.html", date(2018, 6, 5)),
    ("Tehran, Nov 14, IRNA - Iran and Armenia signed five memoranda on telecoms.",
     "https://example.org/en/2015/11/iran-armenia-mous", date(2015, 11, 14)),
    ("Abu Dhabi [UAE], May 16 (ANI): The UAE and the US unveiled an AI campus.",
     "https://agency.example.in/world-2025-05/uae-us-ai-campus", date(2025, 5, 16)),
    # no dateline: the text's first full date in that month, else the 15th
    ("Kenya and India signed a digital MOU on 21 March 2024 in Nairobi.",
     "https://example.com/2024/03/kenya-india-digital", date(2024, 3, 21)),
    ("Russia and China sign a space exploration deal.", "https://example.gr/2018/06/russia-china-space.html",
     date(2018, 6, 15)),
    # a dateline of another month is not the article's day
    ("LONDON, May 30 (Reuters) - Britain and Japan signed a chip pact.", "https://example.com/2023/06/uk-japan-chips",
     date(2023, 6, 15)),
])
def test_a_url_month_dates_the_article(text, url, expected):
    assert infer_published(text, url) == expected


@pytest.mark.parametrize("text, url, expected", [
    # a metadata line at the top comes first
    ("Published: 3 March 2026\nItaly and Korea signed an AI pact.", "https://example.com/2026/02/italy-korea",
     date(2026, 3, 3)),
    # a URL with a full day is read before the text (by the reader), not here; a number that is no month
    ("Italy and Korea signed an AI pact.", "https://example.com/2026/03/04/italy-korea", None),
    ("Italy and Korea signed an AI pact.", "https://example.com/items/1000-2000/italy-korea", None),
    ("Italy and Korea signed an AI pact.", "https://example.com/p/2026-13/italy-korea", None),
    ("Italy and Korea signed an AI pact.", None, None),
])
def test_what_a_url_month_does_not_override(text, url, expected):
    assert infer_published(text, url) == expected


def test_an_instrument_just_signed_is_dated_in_the_url_month(extractor):
    found = extractor("Russia and China sign space deal\n\nRussia and China signed a memorandum on lunar research.",
                      None, url="https://example.gr/2018/06/russia-china-space.html")
    assert [a.date[:7] for a in found.agreements] == ["2018-06"]
