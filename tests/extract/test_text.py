"""Sentence splitting on text as pages and feeds deliver it."""

from __future__ import annotations

import pytest

from pactwatch.extract.text import split_sentences


def pieces(text: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Peru and Korea signed a memorandum. It covers lithium.", ["Peru and Korea signed a memorandum.",
                                                                "It covers lithium."]),
    # paragraphs glued together when a page was flattened: no space after the full stop
    ("The two ministries announced the deal in Berlin.The declaration covers rare earths.",
     ["The two ministries announced the deal in Berlin.", "The declaration covers rare earths."]),
    ("Officials said talks would resume soon!Both sides want a chip pact.",
     ["Officials said talks would resume soon!", "Both sides want a chip pact."]),
    ("The visit ended on Monday, the agency reports.A memorandum was signed too.",
     ["The visit ended on Monday, the agency reports.", "A memorandum was signed too."]),
    ("It was signed in Nairobi.”The accord runs to 2030.", ["It was signed in Nairobi.”", "The accord runs to 2030."]),
])
def test_sentences(text, expected):
    assert pieces(text) == expected


@pytest.mark.parametrize("text", [
    "The U.S.Treasury and the U.K. Treasury met.",  # initials, not a sentence end
    "Visit example.com or the Pactwatch site for details.",
    "Mr.Lee and Dr.Kim signed it.",
    "The firm uses ASP.NET and Node.Js in its platform.",
])
def test_no_cut_inside_names_and_abbreviations(text):
    assert pieces(text) == [text]
