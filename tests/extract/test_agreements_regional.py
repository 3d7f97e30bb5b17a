"""A communique of a region's ministers: its parties are the countries whose ministers the story says took part
("the forum heard ministers from A, B and C"), not the continent's bloc taken from the adjective ("African
ministers") or from a plan the pledge is in line with ("the African Union's Agenda 2063").

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def records(extractor, text):
    return [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements]


HEARD = [
    ("Some African ministers of ICT have committed to align their policies. The pledge is in support of the African "
     "Union's Agenda 2063. A communique has been signed after the forum in Accra. The forum heard speeches by "
     "ministers from Malawi, Zambia and Namibia.", ("joint_statement", ("MWI", "NAM", "ZMB"))),
    ("African digital ministers adopted a declaration on broadband in Lusaka on Monday. Delegations from Kenya, Ghana "
     "and Senegal attended the two-day meeting.", ("joint_statement", ("GHA", "KEN", "SEN"))),
    ("A communique on data centres was issued by African ministers at the end of the gathering, which was attended by "
     "officials from Nigeria and Egypt. It backs the AU's digital strategy.", ("joint_statement", ("EGY", "NGA"))),
]


@pytest.mark.parametrize("text,record", HEARD)
def test_the_ministers_heard_are_the_parties(extractor, text, record):
    assert records(extractor, text) == [record]


def test_a_bloc_named_as_a_party_stays(extractor):
    assert records(extractor, "The African Union and the EU signed a joint statement on digital skills. Officials from "
                              "Kenya and Ghana attended.") == [("joint_statement", ("AU", "EU"))]


# ---------------------------------------------------------------- bodies of one bloc among themselves
# (a memorandum between two agencies of the same bloc is no instrument between countries)

ONE_BLOC_BODIES = [
    "Europol and ENISA signed an MoU on cyber threats.",
    "The European Defence Agency and the European Union Agency for Cybersecurity signed a memorandum of "
    "understanding on Monday.",
]


@pytest.mark.parametrize("text", ONE_BLOC_BODIES)
def test_agencies_of_one_bloc_make_no_instrument(extractor, text):
    assert records(extractor, text) == []


def test_a_bloc_own_text_named_by_the_bloc_stays(extractor):
    assert records(extractor, "ASEAN members signed the Digital Economy Framework Agreement in Kuala Lumpur on "
                              "Monday.") == [("framework", ("ASEAN",))]
