"""Which verbs make a promise: the verbs of ``data/commitment_verbs.tsv`` by class (action, forecast, duration),
with a prefix of joint or renewed action ("co-finance", "re-launch"), as a gerund opening a list item
("Developing ..."), and plain verbs the table lacks that may still be acts ("will integrate")."""

from __future__ import annotations

import re

from . import fastre
from .lexicon import Lexicons


def verb_class(lex: Lexicons, word: str) -> str | None:
    """The class of a verb: action, forecast or duration; None when the table does not list it."""
    term = lex.verbs.get(word.lower()) or prefixed(lex, word)
    return term.value if term else None


def prefixed(lex: Lexicons, word: str):
    """A verb of the table with a prefix of joint or renewed action: "co-finance", "co-develop", "re-launch"."""
    for prefix in ("co-", "re-"):
        if word.lower().startswith(prefix) and not word.lower().startswith("co-operat"):  # (to co-operate is no
            # joint operating)
            return lex.verbs.get(word[len(prefix):].lower())
    return None


GERUND = fastre.compile(r"([A-Z][a-z]+ing)\b")


def gerund_verb(lex: Lexicons, word: str):
    """The verb of a gerund: "Developing" -> develop, "Creating" -> create, "Setting" -> set."""
    stem = word[:-3].lower()
    for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem):
        term = lex.verbs.get(lemma) or prefixed(lex, lemma)
        if term is not None:
            return term
    return None


PLAIN_VERB = re.compile(r"[a-z]{3,}(?<!ly)(?<!ed)(?<!ing)(?<!tion)(?<!ment)(?<!ness)(?<!ity)(?<!ous)(?<!al)(?<!ic)(?<!ive)")
# what a future states rather than does: "will enable", "will mark", "will allow"
NOT_ACTS = frozenset("""have enable allow ensure mark mean affect depend require involve include help see become be get
    improve transform change shape drive fuel spur reshape redefine revolutionize revolutionise empower unlock
    travel visit fly tour head return speak address arrive depart
    benefit contribute cover serve act focus remain stay play lay feature aim seek want need hope lead make give take bring
    put keep let come go know feel seem look appear also not never only then now still soon jointly further""".split())
