"""Whether a sentence's hedge ("could", "may", "potential") bears on an instrument's making or only on what it would
do: "hoped for the quick conclusion of a wider agreement, which could double two-way trade" tells the
agreement proposed (the hedge is its effect's), where "a pact that could be signed next month" tells one that may
never be made.
"""

from __future__ import annotations

from . import fastre
from .doc import Document
from .lexicon import Lexicons

# a relative clause after the instrument: ", which could ...", "that may ..."
_RELATIVE = fastre.compile(r"^[^;:]{0,80}?,\s+(?:which|that)\b[^;:.]{0,80}$")
# the hedge followed by the instrument's making: "could be signed", "may soon be concluded"
_MAKING_AFTER = fastre.compile(r"\s+(?:(?:soon|also|still|yet|then|eventually)\s+)?(?:be\s+|have\s+been\s+)")


def hedge_of_its_effect(doc: Document, lex: Lexicons, mention) -> bool:
    """Whether every hedge of the mention's sentence lies after it, in a relative clause about what it would do."""
    sentence = doc.sentences[mention.sentence]
    found = False
    for hedge in lex.cues["speculative"].finditer(doc.text, sentence.start, sentence.end):
        if hedge.start() < mention.end or not _RELATIVE.match(doc.text[mention.end:hedge.start()]) or \
                _MAKING_AFTER.match(doc.text, hedge.end()):
            return False  # (a hedge before it, or on its making, bears on it)
        found = True
    return found
