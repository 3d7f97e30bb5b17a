"""Instruments listed one per line under roman numerals ("i.", "ii)", "(iii)", "IV.") are each their own record, as
with numbers or bullets; a work programme or a plan of cooperation is an action plan.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 3, 5)


def kinds(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "India and Israel signed the following documents on Monday:\n"
    "i. MoU between the space agencies of the two countries on satellite navigation\n"
    "ii. Memorandum of Understanding on cooperation in water resources\n"
    "iii. Two Year Work Program on Fisheries\n"
    "iv. Plan of Cooperation on precision timing",
    "List of documents exchanged between India and Israel:\n"
    "(i) Memorandum of Understanding on satellite navigation\n"
    "(ii) Memorandum of Understanding on water resources\n"
    "(iii) Work Programme on agriculture for 2024-2026\n"
    "(iv) Plan of Action on precision timing",
    "India and Israel exchanged four documents:\n"
    "I. MoU on satellite navigation\n"
    "II. MoU on water resources\n"
    "III. Work Programme on agriculture\n"
    "IV. Plan of Action on precision timing",
])
def test_each_roman_numbered_item_is_a_record(extractor, text):
    assert kinds(extractor, text) == [("mou", ("IND", "ISR"), "concluded")] * 2 + \
        [("action_plan", ("IND", "ISR"), "concluded")] * 2
