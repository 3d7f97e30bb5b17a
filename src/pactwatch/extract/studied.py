"""An instrument under study: "launched a joint feasibility study on a free trade agreement", "agreed to conduct a
study of a possible digital economy agreement". What is made is the study; the instrument is only put forward
(``proposed``), whatever verb made the study ("launched", "completed", "agreed to conduct").
"""

from __future__ import annotations

import re

from . import fastre

_STUDY = fastre.compile(r"\b(?:joint\s+)?(?:feasibility\s+|scoping\s+|exploratory\s+)?stud(?:y|ies)\s+(?:on|of|into|for|"
                        r"towards?|about)\s+(?:(?:a|an)\s+(?:possible\s+|potential\s+|proposed\s+|prospective\s+|future\s+)?|"
                        r"(?:the\s+)?(?:possible|potential|proposed|prospective|future)\s+)"
                        r"(?:(?!(?:or|but|which|that|the)\b)[\w’'-]+\s+){0,5}$", re.IGNORECASE)


def under_study(before: str) -> bool:
    """Whether the instrument word is the object of a study of one yet to be ("feasibility study on a free trade
    agreement", "a study of the proposed pact"; not "a study on the Korea-Chile FTA", one in place)."""
    return "stud" in before[-120:].lower() and bool(_STUDY.search(before[-120:]))
