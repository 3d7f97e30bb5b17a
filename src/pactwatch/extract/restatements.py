"""One instrument told twice in words that leave no doubt it is the same one.

News often tells an instrument first by what it is and later by its name ("approved a memorandum on a clean
energy research fund" ... "The memorandum on the Ghana-Norway Clean Energy Research Fund was concluded in May"):
the name holds every word that described it, so the name is that one's, not a second fund's. And a wire story
that opens with its news often says it again word for word further down ("Meanwhile, Kenya and Japan have signed
an agreement on AI and robotics"): a transition word that elsewhere brings one more deal does not make this one
another, when it is of the same kind, between the same parties and on the same subject.
"""

from __future__ import annotations

import re

from . import fastre
from .lexicon import read_table
from .instnames import name_words
from .instruments import Mention, Record
from .parties import parties_of
from .signing import made_apart, made_before
from .status import date_of

# the words describing an unnamed instrument, between its article and its instrument word: "a clean energy research
# fund", "an R&D and technological innovation fund", "a new joint quantum centre"
_DESCRIBED = fastre.compile(r"(?:^|\s)(?:a|an)\s+((?:[\w’'&-]+\s+){2,6})$", re.IGNORECASE)
_NOT_DESCRIBING = frozenset({"and", "of", "new", "joint", "bilateral", "first", "common", "shared", "mutual",
                             "dedicated", "special", "national", "international", "major", "landmark", "historic",
                             "the", "for", "on", "in", "s"})
_MONEY_WORDS = frozenset({"million", "billion", "trillion", "bln", "mln", "bn"})
_WHEN_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                         "yesterday", "week", "month", "year", "last", "this"})  # "on chips on Tuesday": chips
_CLOSE = 12  # sentences within which a name can still tell the described one


def described_words(before: str) -> frozenset[str]:
    """The words that describe an unnamed instrument, written just before its instrument word (``before`` is the
    sentence up to it): none unless at least two tell something (a sum or "new joint" describes nothing)."""
    found = _DESCRIBED.search(before[-80:])
    if not found:
        return frozenset()
    words = {w.strip("’'").lower() for w in found.group(1).split()}
    if words & _MONEY_WORDS or any(w[:1].isdigit() or w[:1] in "$€£¥" for w in words):
        return frozenset()  # "a $50 million fund": a sum, no description
    kept = frozenset(w for w in words if w not in _NOT_DESCRIBING)
    return kept if len(kept) >= 2 else frozenset()


def named_described(mention: Mention, records: list[Record], parties: set[str], name: str, lex) -> Record | None:
    """The unnamed record that ``mention``'s proper name names: the same kind and parties, told a few sentences
    before, and every word that described it in the name ("a clean energy research fund" ... "the Ghana-Norway
    Clean Energy Research Fund")."""
    words = {w.lower() for w in name_words(name, lex)} | set(name.lower().replace("-", " ").split())
    found = [r for r in records if r.name is None and r.kind == mention.kind and r.described
             and r.described <= words and set(r.countries) == parties and (r.quantity or 1) == 1
             and 0 <= mention.sentence - r.sentences[-1] <= _CLOSE]
    return found[0] if len(found) == 1 else None


def word_for_word(mention: Mention, records: list[Record], parties: set[str], subject: set[str],
                  status: str | None) -> Record | None:
    """The record ``mention`` tells again word for word: the same kind, parties and status, and the same subject of
    two words or more ("an agreement on AI and quantum technologies" twice), one of a kind between them."""
    subject = subject - _WHEN_WORDS
    if len(subject) < 2:
        return None
    found = [r for r in records if r.kind == mention.kind and r.name is None and r.subject - _WHEN_WORDS == subject
             and set(r.countries) == parties and (r.quantity or 1) == 1 and r.status == status]
    return found[0] if len(found) == 1 else None


_PUT_INTO_A = re.compile(r"\s+(?:to|into|towards?|for)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}", re.IGNORECASE)
_A_SUM = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def sum_of_named(doc, mention: Mention, records: list[Record], parties: set[str], before: str) -> Record | None:
    """The named fund a sum tells the size of in the next sentences ("signed an MoU to set up the Andes Lithium
    Research Fund. The two sides will jointly put up a $50 million fund ..."): an unnamed one of the same kind and
    parties, with a sum written into it, told right after a named one that had no sum yet."""
    sentence = doc.sentences[mention.sentence]
    sums = [m for m in doc.money if sentence.start <= m.start and m.end <= mention.start
            and _A_SUM.search(doc.text, sentence.start, m.start) and mention.start - m.end <= 12]
    if not sums and any(sentence.start <= m.start and m.end <= mention.start and _PUT_INTO_A.fullmatch(
            doc.text, m.end, mention.start) for m in doc.money):  # "Australia and India agreed to a partnership ...
        # Australia will commit A$5.8 million to a three-year investment partnership": the one just told, its money
        found = [r for r in records if r.kind == mention.kind and not r.amounts and set(r.countries) == parties
                 and (r.quantity or 1) == 1 and 0 < mention.sentence - r.sentences[-1] <= 2]
        return found[-1] if len(found) == 1 else None
    if not sums:
        return None
    found = [r for r in records if r.name and r.kind == mention.kind and not r.amounts and set(r.countries) == parties
             and (r.quantity or 1) == 1 and 0 < mention.sentence - r.sentences[-1] <= 2]
    return found[-1] if len(found) == 1 else None


def made_years_before(doc, mention: Mention, record: Record, status: str | None) -> bool:
    """Whether a named instrument told as made in an earlier year than the story ("PIF and SoftBank established the
    Vision Fund in 2016") is another, older one than ``record``, an instrument still to be made ("will set up a
    robotics fund"): what is planned has not been made years ago."""
    if status not in ("concluded", "existing") or record.status not in ("planned", "proposed") or doc.published is None:
        return False
    when = date_of(doc, mention, status)
    return bool(when) and when[:4] < str(doc.published.year)


def after_last_word(doc, mention: Mention) -> int:
    """Where the text between ``mention`` and the instrument word before it in its sentence starts (the sentence's
    start if none): a second instrument is told by a joining word there ("an MoU on AI and a framework on chips"),
    not by "and" between the parties ("Australia and the EU resumed talks on a trade agreement, aiming to strike a
    deal": one)."""
    return max((t.end for t in doc.within("instruments", mention.sentence) if t.end <= mention.start),
               default=doc.sentences[mention.sentence].start)


# the talks or the act of closing them, right before the instrument: "negotiations for a", "talks on a proposed",
# "negotiating a bilateral", "to conclude a", "to seal a", "work towards a"; the words after "a" are group 1
_TALKS_OF = fastre.compile(
    r"\b(?:talks|negotiations?|discussions|negotiating|negotiated?|negotiators?|(?:conclud|finalis|finaliz|clos|seal|"
    r"clinch|strik|reach|secur)(?:e|es|ed|ing)?|sign(?:ing)?|work(?:ing)?\s+(?:towards?|on))\s+(?:(?:for|on|over|towards?|of|"
    r"about)\s+)?(?:a|an)\s+((?:(?!second\b|another\b|separate\b|new\b|interim\b|additional\b|further\b|other\b|"
    r"fresh\b|investment\b|mini\b|limited\b|early\b|partial\b|upgrad|revis|amend|moderni[sz])[\w’'-]+,?\s+){0,6})$",
    re.IGNORECASE)
_TALKS_WORDS = ("talk", "negotia", "discussion", "conclu", "finali", "clos", "seal", "clinch", "strik", "reach",
                "secur", "work", "sign")
_UNDER_TALKS = fastre.compile(r"^(?:talks|negotiations?|discussions|negotiating|negotiators?|work(?:ing)?\s)",
                              re.IGNORECASE)
# the words that may praise or place the one under talks between "a" and a bare deal word (data/talked_of_words.tsv)
_TALKED_OF = frozenset(row[0] for row in read_table("talked_of_words.tsv"))
# an instrument supposed as the sentence's subject: "An FTA would ...", "A comprehensive deal could ...": group 1 the
# words after "a"
_SUPPOSED = fastre.compile(r"^\W*(?:an?|such\s+an?)\s+((?:[\w’'-]+,?\s+){0,4})$", re.IGNORECASE)
_WOULD = fastre.compile(r"\s+(?:\([^()]{1,20}\)\s+)?(?:would|could|might|can|will|should|is\s+expected\s+to)\b",
                        re.IGNORECASE)
_ALSO = fastre.compile(r"\balso\b[^.;:]*$", re.IGNORECASE)
_DEAL_HEADS = frozenset({"agreement", "deal", "pact", "accord", "compact"})
_ITS_SUBJECT = fastre.compile(r"\s+(?:on|for|regarding|concerning|covering)\s")


def negotiated_one(doc, lex, mention: Mention, records: list[Record], before: str) -> bool:
    """Whether an indefinite mention of a trade agreement in talks about it ("India and the UK started negotiations
    for a free trade deal in 2022", after the UK-India FTA talks) tells the one under talks again: the latest record of
    its kind (a bare deal word, "to conclude a comprehensive agreement", the trade agreement under talks), singular,
    whose parties hold every party the sentence gives it, not told as made in an earlier month; it then joins that
    record.

    One instrument under negotiation is often named afresh with "a" as its history is told ("talks on an FTA" ...
    "they began talks for a free trade deal in 2022" ... "to seal a deal before the elections"), or supposed
    as the subject of what it would bring ("An FTA would add billions"); a second one is told as such ("a separate
    investment treaty", "another deal", "an interim agreement"), is of another kind or subject ("a digital economy
    agreement"), or has parties the first does not."""
    bare = mention.kind == "agreement" and mention.head.lower() in _DEAL_HEADS
    if mention.kind != "trade_agreement" and not bare or mention.name is not None or not records:
        return False
    tail, talked = before[-120:], None
    low = tail.lower()
    if any(w in low for w in _TALKS_WORDS) and (talked := _TALKS_OF.search(tail)):
        words, under_talks = talked.group(1), bool(_UNDER_TALKS.search(talked.group(0)))
    elif (supposed := _SUPPOSED.match(before)) and _WOULD.match(doc.text, mention.end):
        words, under_talks = supposed.group(1), False  # "An FTA would add billions": the one under talks, supposed
    else:
        return False
    if not all(w in _TALKED_OF for w in re.findall(r"[\w’'-]+", words.lower())) or _ALSO.search(tail) or (
            talked and talked.group(0)[:4].lower() == "sign" and _ITS_SUBJECT.match(doc.text, mention.end)):
        return False  # "negotiating a digital economy agreement", "are also in talks on a ...", "sign an agreement
        # on AI": another one (but "conclude the talks and sign a formal agreement": the one under talks)
    from .references import attach  # (references reads this module: the one thing read when it is needed)
    parties = set(parties_of(doc, lex, mention, fill=False))
    made = made_before(doc, mention)
    same = [r for r in records if r.kind in ("trade_agreement", mention.kind) and (r.quantity or 1) == 1
            and r.rule != "partner_list" and (r.status in ("proposed", "planned") or r.kind == "trade_agreement"
                                              and r.status == "concluded")
            and len(r.countries) >= 2 and parties <= set(r.countries) and not made_apart(made, r)]
    if talked is None:
        same = [r for r in same if r.status in ("proposed", "planned")]  # supposed: only one still to be made
    if same:
        record = same[-1]
        told = record.status, record.date, record.told  # the words closing the talks ("to conclude a deal") tell
        attach(doc, lex, record, mention)               # nothing of how far it has come
        record.status, record.date, record.told = told
        if not record.told and under_talks:
            record.status, record.date, record.told = "proposed", None, True  # talks on it: under negotiation
    return bool(same)
