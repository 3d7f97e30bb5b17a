"""What merging reads from a report's own words is computed in the extraction workers when it can be: the
profile made from those features is the profile the writer would make itself, and rows written outside any
session are plain objects that refuse a column their table does not have."""

from __future__ import annotations

from datetime import date

import pytest

from pactwatch.model import InputDocument
from pactwatch.parallel import WorkOptions, prepare
from pactwatch.resolve.identity import make_profile, text_features
from pactwatch.store import writes

# in our own words: two instruments told apart in one sentence, a named signatory, a sum, a named pact
TEXTS = [
    "Seoul, March 4 -- South Korea and Japan signed a memorandum of understanding on semiconductor supply "
    "chains on Tuesday. Trade Minister Ahn Duk-geun signed it with his counterpart Yoji Muto. The memorandum "
    "forms part of a wider partnership agreement the two countries concluded in 2023.",
    "India and France agreed on Friday to set up a joint fund of EUR 2 billion for clean hydrogen, and "
    "launched the Indo-French Green Hydrogen Roadmap, which sets out projects to be finished by 2030.",
    "Brazil and China signed the China-Brazil Earth Resources Satellite (CBERS) cooperation protocol, "
    "under which a new satellite will be launched in 2028.",
]


def prepared(text: str):
    return prepare(InputDocument(id="t", text=text, published=date(2026, 3, 6)), WorkOptions(gate=False))


def profile(found, features=None, people=()):
    evidence = [e.to_dict() for e in found.evidence]
    return make_profile(report=1, article=1, kind=found.kind, name=found.name, countries=found.countries,
                        sectors=found.sectors, status=found.status, date_value=found.date,
                        published=date(2026, 3, 6), amounts=[a.to_dict() for a in found.amounts],
                        quantity=found.quantity, organizations=found.organizations, evidence=evidence,
                        people=people, features=features)


@pytest.mark.parametrize("text", TEXTS)
def test_features_from_a_worker_make_the_writers_profile(text):
    done = prepared(text)
    assert done.result.agreements, "the text should give at least one agreement"
    assert len(done.features) == len(done.result.agreements)
    for found, features in zip(done.result.agreements, done.features):
        assert features == text_features(found.name, [e.to_dict() for e in found.evidence])
        assert profile(found, features) == profile(found)


def test_signatories_are_taken_from_the_marks_after_the_features():
    """The article's people are known only to the writer: their words leave the marks there, not in the worker."""
    found = prepared(TEXTS[0]).result.agreements[0]
    start = TEXTS[0].index("Ahn Duk-geun")
    people = [(start, start + len("Ahn Duk-geun"), "Ahn Duk-geun", "trade minister")]
    features = text_features(found.name, [e.to_dict() for e in found.evidence])
    assert profile(found, features, people) == profile(found, None, people)


def test_extraction_alone_computes_no_features():
    done = prepare(InputDocument(id="t", text=TEXTS[1]), WorkOptions(gate=False, signatures=False))
    assert done.result.agreements and done.features is None


def test_rows_outside_a_session_are_plain_and_checked():
    row = writes.NewReport(article_id=3, kind="mou")
    assert (row.article_id, row.kind, row.id, row.agreement_id) == (3, "mou", None, None)
    row.agreement_id = 7
    assert row.agreement_id == 7
    with pytest.raises(TypeError, match="no column colour"):
        writes.NewReport(colour="red")
    with pytest.raises(AttributeError):
        row.colour = "red"  # no attribute outside the table's columns
