"""The head of a body told by the body: "The Indian Space Research Organisation, led by K. Sivan, ...", "the space
agency, headed by A B,", "Dmitry Rogozin-led Roscosmos". The person's role is "head of" the body as the text names
it, their country the body's. A country or a government that leads ("the Saudi-led coalition", "headed by the State
Department") is no person: only a name the name pattern reads after "led by" (or before "-led") and that is
followed by the body counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from . import fastre
from .doc import Document

# the words of a hyphenated "<name>-led <body>" (no part of a name: "Ostrova-led" is "Ostrova", then "-led")
LED_WORDS = r"(?:led|headed|run|chaired)"
_LED_BY = fastre.compile(r",?\s+(?:led|headed|chaired|directed|run)\s+by\s+")
_ENDS_LED = fastre.compile(rf"((?:[A-Z][\w’'.]*\s+){{0,3}}[A-Z][\w’']*)-{LED_WORDS}\s+$")
_ACRONYM_AFTER = fastre.compile(r"\s*\([A-Z][A-Za-z&-]{1,12}\)")
_CLOSES = fastre.compile(r"\s*(?:[,;.)]|\s+and\b|$)")


def heads_named(doc: Document, name: re.Pattern, trim: Callable[[str], str]) -> Iterator[tuple[str, int, str, str | None]]:
    """(name, start, role, country) of each head told by the body they lead."""
    text = doc.text
    for org in doc.organizations:
        before = text[max(0, org.start - 4):org.start]
        the = "the " if before.lower().endswith("the ") else ""
        role = f"head of {the}{org.text}"
        acronym = _ACRONYM_AFTER.match(text, org.end)  # ("the Indian Space Research Organisation (ISRO), led by")
        led = _LED_BY.match(text, acronym.end() if acronym else org.end)
        if led is not None:  # "ISRO, led by K. Sivan,"
            found = name.match(text, led.end())
            if found is not None and (person := trim(found.group(0))) and " " in person and \
                    _CLOSES.match(text, led.end() + len(person)):
                yield person, led.end(), role, org.entry.country
        ending = _ENDS_LED.search(text, max(0, org.start - len(the) - 70), org.start - len(the))
        if ending is not None and (person := trim(ending.group(1))) == ending.group(1) and " " in person:
            yield person, ending.start(1), role, org.entry.country  # "Dmitry Rogozin-led Roscosmos"
