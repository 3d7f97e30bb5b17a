"""Wordings around an instrument word that tell of no instrument made between the parties: a refusal ("declined
to join"), a likeness ("effectively a free trade agreement"), prospects ("opportunities for new partnerships"), a
sale ("a deal with Boeing to buy 50 airliners"), partners nobody names ("trade pacts with other nations"), a
negation ("ended without a joint statement") and a treaty a country stays out of. agreements.py reads them."""

from __future__ import annotations

import re

from . import fastre
from .doc import Document

# "Brazil declined to join China's Belt and Road Initiative": no instrument between them
DECLINED = fastre.compile(r"\b(?:declined|refused|chose not|opted not|decided not)\s+to\s+(?:join|sign|enter|ratify|adopt|"
                          r"endorse)\s+(?:[\w’'-]+\s+){0,5}$|\bstayed out of\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
LIKENED = fastre.compile(r"\b(?:effectively|essentially|virtually|de facto|in effect|tantamount to|akin to|similar to|"
                         r"equivalent of|as good as|the equivalent to)\s+(?:(?!(?:agreed|agree|agrees|signed|sign|signs|"
                         r"inked|will|would|and|said)\b)[\w’'-]+\s+){0,6}?(?:a|an|the)\s+"  # (not "the de facto
                         # Saudi leader agreed to set up a council": the likening is of the leader, not the council)
                         r"(?:[\w’'-]+\s+){0,4}$"
                         # "falls far short of a full trade deal"; "described the MoU as a wide-ranging partnership": the
                         # instrument just told, compared or described
                         r"|\b(?:falls?|fell|falling|stops?|stopped|stopping)\s+(?:well\s+|far\s+)?short\s+of\s+(?:a|an|the)\s+"
                         r"(?:[\w’'-]+\s+){0,4}$|\b(?:described|hailed|termed|dubbed|characteri[sz]ed|billed|touted|"
                         r"branded|labell?ed)\s+(?:the|this|that|it|its|their)\b[^.;,]{0,40}?\s+as\s+(?:a|an|the)\s+"
                         r"(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
PROSPECTS = fastre.compile(r"\b(?:prospects?|opportunit(?:y|ies)|avenues?|scope|room|possibilit(?:y|ies)|potential|"
                           r"options?)\s+(?:for|of)\s+(?:[\w-]+(?:,|\s+and|\s+or)?\s+){0,6}$|"  # (a list of them:
                           # "explored avenues for investment, supply agreements and joint ventures")
                           r"\b(?:secur|win|winn|land|seek|seeking|find|pursu|attract|"
                           r"chas|strik)\w*\s+(?:new|more|fresh|further|other)\s+(?:[\w-]+\s+(?:and|or)\s+)?$",
                           re.IGNORECASE)  # ("struggled to secure new deals", "chasing fresh deals": sought, none made)
# "hoped the visit would pave the way for a dialogue": what it might lead to, none made
MIGHT_LEAD = fastre.compile(r"(?:\b(?:would|could|might|may|can|to|will|shall|should)\s+(?:help\s+)?(?:pave\s+the\s+way|"
                            r"open\s+the\s+door|lay\s+the\s+groundwork)|\b(?:paves|paving|opens|opening|lays|laying)\s+the\s+"
                            r"(?:way|door|groundwork))\s+(?:for|to)\s+(?:[\w-]+(?:,|\s+and|\s+or)?\s+){0,5}$",
                            re.IGNORECASE)
MIGHT_LEAD_WORDS = ("the way", "the door", "groundwork")  # (one is in every match: tested first)
COMMERCIAL = fastre.compile(r"\s+(?:with\s+[^,.;]{1,40}?\s+)?to\s+(?:buy|purchase|sell|acquire|order|lease)\b",
                            re.IGNORECASE)
# "its $5.4 billion acquisition deal with Tower", "the merger agreement": one firm buying another, no cooperation
TAKEOVER = fastre.compile(r"\b(?:acquisition|takeover|take-over|merger|buyout|buy-out|purchase)\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
UNNAMED_PARTNERS = fastre.compile(r"\s+with\s+(?:(?:(?:other|third|more|several|various|many|new|foreign|other\s+"
                                  r"foreign|like-minded)\s+)+(?:nations|countries|partners|economies|states|governments)|"
                                  r"(?:(?:other|several|various|many|leading|key)\s+)?(?:international|global|regional|"
                                  r"private|foreign)\s+(?:organi[sz]ations|institutions|bodies|companies|firms|"
                                  r"universities|partners|actors|developers|investors))\b"
                                  r"(?!\s*,?\s+(?:including|such\s+as|like|notably|namely)\b)",
                                  re.IGNORECASE)  # (but "with global companies including Microsoft": named after all)
# people at large, not the parties: "states", "governments and industry", "the international community" (but "the
# two countries should set up a council" is the parties)
_EVERYONE = (r"(?<!\btwo\s)(?<!\bboth\s)(?<!\bthree\s)(?<!\bour\s)(?<!\btheir\s)(?<!\bmember\s)(?:all\s+|the\s+|other\s+)?"
             r"(?:states|countries|nations|governments?|stakeholders|policy\s*makers|"
             r"regulators|international\s+community|member\s+states|world|societies|everyone|private\s+sector|"
             r"industry|civil\s+society)\b")
_BUILD = (r"(?:jointly\s+|together\s+)?(?:build|develop|create|establish|craft|design|forge|shape|put\s+in\s+place)\s+"
          r"(?:a|an)\s+(?:[\w-]+\s+){0,3}$")
# "tamped down expectations that their talks would yield an agreement", "hopes the visit could produce a deal": what
# someone hopes for or doubts, no instrument told
HOPED_FOR = fastre.compile(r"\b(?:expectations?|expected|hopes?|hoped|hoping|prospects?|chances?|likelihood|optimism|"
                           r"hopeful|doubts?|speculation)\b[^.;]{0,80}?\b(?:would|could|might|will|may|to)\s+(?:yield|"
                           r"produce|lead\s+to|result\s+in|bring(?:\s+about)?|deliver)\s+(?:(?:a|an|any)\s+)?"
                           r"(?:[\w-]+\s+){0,3}$"
                           # "urged states to build a framework", "calls on governments and industry to develop a
                           # charter", "countries need to create a mechanism": advice to everyone, no instrument
                           r"|\b(?:(?:urg|encourag|invit)(?:e|es|ed|ing)|calls?\s+(?:on|upon|for)|called\s+(?:on|upon|for)|"
                           r"calling\s+(?:on|upon|for)|appeal(?:s|ed|ing)?\s+to)\s+(?:[^.;]{0,60}?\s)?" + _EVERYONE +
                           r"[^.;]{0,60}?\bto\s+" + _BUILD +
                           r"|\b" + _EVERYONE + r"\s+(?:(?:will|would)\s+)?(?:need(?:s|ed)?\s+to|must|should|ought\s+to)\s+" +
                           _BUILD, re.IGNORECASE)
NEGATED = fastre.compile(r"\b(?:(?:without|no|not(?!\s+(?:only|just|merely)\b)|never|nor|neither|failed to \w+|"
                         r"did not(?!\s+(?:only|just|merely)\b) \w+|didn['’]t \w+)\s+"
                         r"(?:(?:a|an|any|the|its|their)\s+)?(?:[\w-]+\s+){0,2}|"  # "neither side signed any":
                         r"(?:no|neither)\s+(?:side|party|country|government|nation|one)\s+(?:(?:has|had|yet)\s+)*"
                         r"(?:signed|concluded|reached|inked|sealed)\s+(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?)$",
                         re.IGNORECASE)
# "India, which is not party to the Non-Proliferation Treaty": a named treaty the country stays out of
NOT_PARTY = fastre.compile(r"\b(?:(?:not|never)\s+(?:a\s+)?(?:party|signatory|member)\s+(?:to|of)|non-signatory\s+(?:to|of))\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)

# a word one of which every match of the pattern of that name holds (folded, see fastre.fold): agreements.py tests
# for them before it runs the pattern
DECLINED_WORDS = ("declined", "refused", "chose", "opted", "decided", "stayed")
HOPED_WORDS = ("yield", "produc", "lead", "result", "bring", "deliver", "build", "develop", "creat", "establish",
               "craft", "design", "forge", "shape", "put in place")
HOPED_OPENERS = ("expect", "hope", "hoping", "prospect", "chance", "likelihood", "optimism", "doubt", "speculation",
                 "urg", "encourag", "invit", "call", "appeal", "need", "must", "should", "ought")  # (and one of these)
LIKENED_WORDS = ("effect", "essentially", "virtually", "facto", "tantamount", "akin", "similar", "equivalent", "as good as",
                 "short", "described", "hailed", "termed", "dubbed", "characteri", "billed", "touted", "branded", "label")
PROSPECTS_WORDS = ("prospect", "opportunit", "avenue", "scope", "room", "possibilit", "potential", "option", "new",
                   "more", "fresh", "further", "other")


# "intend to explore how best to go on, possibly through drafting a memorandum": a means looked into, proposed
EXPLORED_MEANS = fastre.compile(r"\b(?:explor(?:e|es|ed|ing)|consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|"
                                r"assess(?:es|ed|ing)?)\b"
                                r"[^.;]{0,100}?\b(?:(?:possibly|perhaps|including|for\s+example)\s+)?(?:through|via|by)\s+"
                                r"(?:developing|drafting|concluding|signing|creating|establishing|negotiating)\s+(?:a|an)\s+"
                                r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
EXPLORED_WORDS = ("explor", "consider", "stud", "assess")  # (one is in every match: tested first)
MAY_BE_MADE = fastre.compile(r"^(?:\s+(?:of|between|with|consisting\s+of|made\s+up\s+of)\s+[^,;:.]{1,80}?)?\s+(?:can|could|"
                             r"may|might)\s+be\s+(?:formed|set\s+up|established|created|launched|signed|concluded|"
                             r"drafted|prepared|developed)\b", re.IGNORECASE)
MAY_BE_MADE_WORDS = ("can", "could", "may", "might")  # (one is in every match of it: tested first)


def is_put_forward(doc: Document, mention, before: str, after: str) -> bool:
    """Whether an instrument is put forward, not made: "a joint working group ... can be formed to study the fields";
    "intend to explore how best to go on, possibly through drafting a memorandum" (a means looked into)."""
    sentence = doc.sentences[mention.sentence]
    return doc.holds(MAY_BE_MADE_WORDS, mention.end, sentence.end) and bool(MAY_BE_MADE.match(after)) or doc.holds(
        EXPLORED_WORDS, mention.start - len(before[-160:]), mention.start) and bool(EXPLORED_MEANS.search(before[-160:]))


def near(doc: Document, words: tuple[str, ...], sentence, mention, reach: int) -> bool:
    """A word gate read over the last ``reach`` characters before a mention in its sentence (the stretch its pattern
    reads: a word further back cannot be in a match)."""
    return doc.holds(words, max(sentence.start, mention.start - reach), mention.start)


def hoped_for(doc: Document, sentence, mention, before: str) -> bool:
    """Only hoped for or urged: ``HOPED_FOR`` (read where a word of each of its gates is near)."""
    return near(doc, HOPED_WORDS, sentence, mention, 140) and near(doc, HOPED_OPENERS, sentence, mention, 140) \
        and HOPED_FOR.search(before[-140:]) is not None


# a text one member stopped: "Russia blocked a joint statement", "China objected to a passage in the draft communique"
_BLOCKED = fastre.compile(r"\b(?:blocked|vetoed|rejected|objected\s+to|opposed)\s+(?:[\w’'-]+\s+){0,10}?(?:(?:the|a|an)\s+)?"
                          r"(?:draft\s+)?(?:[\w-]+\s+){0,2}$")
_BLOCKED_WORDS = ("blocked", "vetoed", "rejected", "objected", "opposed")
# "so no document was adopted", "no joint statement was issued": the meeting made none
_NONE_ADOPTED = fastre.compile(r"\bno\s+(?:(?:joint|final|ministerial|common|leaders['’]?|outcome)\s+)*(?:document|declaration|"
                               r"statement|communiqu[eé]|text)s?\s+(?:was|were|has\s+been|had\s+been|could\s+be)\s+"
                               r"(?:adopted|issued|agreed|released|produced)\b", re.IGNORECASE)
_OVER = fastre.compile(r"\b(?:although|though|despite|even\s+though|over)\b", re.IGNORECASE)


def blocked_text(doc: Document, sentence, mention, before: str) -> bool:
    """A joint text one member blocked, or whose meeting "adopted no document": never made."""
    if mention.kind != "joint_statement":
        return False
    if doc.holds(("no ",), sentence.start, sentence.end) and _NONE_ADOPTED.search(doc.text, sentence.start, sentence.end):
        return True
    return near(doc, _BLOCKED_WORDS, sentence, mention, 120) and bool(_BLOCKED.search(before[-120:])) and not \
        _OVER.search(before[-120:])


def only_hoped_or_blocked(doc: Document, sentence, mention, before: str) -> bool:
    """Only hoped for or urged (``hoped_for``), or a joint text blocked or never adopted (``blocked_text``)."""
    return hoped_for(doc, sentence, mention, before) or blocked_text(doc, sentence, mention, before)


# "will not renew its memorandum", "declined to extend the pact": a party lets it end (GUIDELINES: ended)
NOT_RENEWED = fastre.compile(r"(?:\b(?:not|never)|n[’']t|\b(?:declined?|declines|refused?|refuses))\s+(?:to\s+)?"
                             r"(?:renew|extend|prolong)\s+(?:(?:the|its|their|this|that)\s+)?(?:[\w’'-]+\s+){0,4}$",
                             re.IGNORECASE)
# "if a deal is struck", "unless a pact is signed", "whether a deal can be reached": one that may come, no instrument
IF_ONE = fastre.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s+(?:a|an|any)\s+(?:[\w’'-]+\s+){0,3}$")
