"""What is read across an article's records once every sentence has been read (agreements.find_agreements
runs this last): headings joined to the body's records, totals told apart from their listed and described
members, fields and days read from one record's sentences to another's, and each record finished.
"""

from __future__ import annotations

from ..model import Agreement
from .doc import Document
from .finish import finish, items_apart, made_months_before, one_event_day, one_of_a_kind_a_day, signing_day_after
from .forums import meetings_of_one_body
from .instruments import Mention, Record
from .lexicon import Lexicons
from .lists import counted_later, described, members_told, one_of_the_total, told_one_by_one, umbrellas_listed
from .members import members_by_subject, umbrella_of_members
from .couples import did_the_same, ordinal_items, pronoun_items, signatory_pairs
from .totalparts import among_them, beside_the_total, others_are_the_rest, referred_one_of_total, running_counts
from .references import attach_heading
from .sectorwords import covered_in, covered_later, fields_alike, fields_built_on, fields_by_group
from .status import last_day


def across_records(doc: Document, lex: Lexicons, records: list[Record], headings: list[Mention],
                   list_totals: dict[int, Record | None]) -> list[Agreement]:
    """The article's agreements from the records its sentences gave: ``headings`` are the instrument mentions of
    headlines and section headings, ``list_totals`` each list's introducing sentence with the total it details."""
    for mention in headings:
        attach_heading(doc, lex, mention, records)
    records = umbrellas_listed(doc, records, list_totals)
    signatory_pairs(doc, records)
    records = told_one_by_one(doc, described(doc, lex, records))
    pronoun_items(doc, records)
    ordinal_items(doc, records)
    one_of_the_total(doc, records)
    referred_one_of_total(doc, records)
    beside_the_total(doc, records)
    records = running_counts(doc, others_are_the_rest(doc, records))
    did_the_same(doc, records)
    records = meetings_of_one_body(doc, umbrella_of_members(doc, members_by_subject(doc, counted_later(doc, records))))
    members_told(doc, lex, records)
    records = among_them(doc, records)
    covered_in(doc, records)
    items_apart(doc, records)
    fields_by_group(doc, records)
    fields_alike(doc, records)
    covered_later(doc, records)
    fields_built_on(doc, records)
    records = one_of_a_kind_a_day(doc, records)
    one_event_day(doc, records)
    signing_day_after(doc, records)
    made_months_before(doc, records)
    # no publication date: the latest instrument the article tells as made stands for the news' time
    latest = None if doc.published else max((r.date for r in records if r.status == "concluded" and r.date),
                                             key=last_day, default=None)
    done = [finish(doc, lex, r, last_day(latest) if latest else None) for r in records]
    return [a for a in done if not (len(a.countries) == 1 and a.kind == "centre")]  # a bloc's own centre ("the
    # Cabinet set up a centre in Riyadh", in a story that praises the GCC summit): no cooperation between parties
