"""Instrument words that make no agreement where they stand, and why (the reasons ``pactwatch extract --explain``
lists): a lender, an investor or a body that signs, an event, one side's own plan, a sale, a relationship that a
text formalises."""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .forums import event_named
from .funds import founder, investor, lender
from .instruments import Mention, Record, is_contract, is_plural, name_start
from .orgnames import counterpart_body_at
from .ownbodies import one_countrys_body
from .parties import is_domestic, named_parties, one_government_made, one_sides
from .unmade import COMMERCIAL, TAKEOVER

_FORMALISING = fastre.compile(r"\b(?:formali[sz]\w*|underpin\w*|cement\w*)\b", re.IGNORECASE)
_FORMALISED_BY = fastre.compile(r"\s+(?:with|through|by|via)\s+(?:the\s+)?(?:signing|signature|conclusion|adoption|exchange)\s+"
                                r"of\s+(?:an?|the|two|three|several)\b", re.IGNORECASE)


def kind_left_out(doc: Document, mention: Mention, named: bool, records: list[Record]) -> str | None:
    """Why a fund or partnership word names no instrument of the parties, or None."""
    if mention.kind == "fund" and named and lender(doc, mention, name_start(doc, mention)):
        return "a lender acting"  # "with financing from the Saudi Fund for Development"
    if mention.kind == "fund" and named and founder(doc, mention, name_start(doc, mention)):
        return "a body that makes an instrument, not one"  # "The Russian Direct Investment Fund ... will set up a fund"
    if mention.kind == "fund" and not named and not is_plural(mention.head) and investor(doc, mention):
        return "an investor"  # "sovereign wealth fund PIF", "Temasek, Singapore's state investment fund,"
    if mention.kind == "partnership" and named and counterpart_body_at(doc.text, name_start(doc, mention)):
        return "a body that signed, not an instrument"  # "signed an MoU with Korea's Hydrogen Convergence Alliance"
    if mention.kind == "partnership" and named and event_named(doc, mention):
        return "the event where the news happened"  # "announced at the Future Africa Investment Initiative"
    if mention.kind == "dialogue" and not named and mention.head.lower() == "consultations":
        return "talks held, not a standing format"  # "held consultations on the railway" (but "the India-France
        # Foreign Office Consultations", "intergovernmental consultations": a standing format)
    if why := one_countrys_body(doc, mention):
        return why  # "signed an MoU with the Japan International Cooperation Centre", "under the US' ITSI Fund"
    if mention.kind == "centre" and named and _FROM_PLACE.search(doc.text, max(0, mention.start - 60), at := name_start(
            doc, mention)) and len({c.code for c in doc.within("countries", mention.sentence) if at <= c.start < mention.end}) < 2:
        return "a place something happens, not a joint centre"  # "launched from the Satish Dhawan Space Centre"
    if mention.kind == "centre" and not named and not mention.head.endswith("s") and not any(
            r.kind == "centre" for r in records):  # (a joint centre told before is the one it refers to)
        return _centre_told(doc, mention)
    return None


# "a joint statement from Germany's Development and Economy Ministries": one country's bodies together
_ONE_SIDES_JOINT = fastre.compile(r"\s+(?:from|by|issued\s+by|of)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+"
                                  r"(?:[\w&,-]+\s+){0,6}?(?:[Mm]inistries|[Mm]inisters|[Aa]gencies|[Dd]epartments)\b")
# a named centre as where something happens: "launched from the X Space Centre", "is held at the X Centre"
_FROM_PLACE = fastre.compile(r"\b(?:from|at|inside|held\s+in)\s+the\s+$")
# "the Centre and the Gujarat government", "the Centre has approved": India's Union government
_UNION_CENTRE = fastre.compile(r"(?-i:Centre)(?:['’]s)?\s+(?:and\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:state\s+)?"
                               r"governments?|(?:has|had|have)\s+(?:also\s+)?(?:approved|sanctioned|notified|allocated|"
                               r"released|cleared|decided|announced))\b", re.IGNORECASE)


def _centre_told(doc: Document, mention: Mention) -> str | None:
    """Why an unnamed "the centre" is no joint centre: a body told before whose name ends with the word ("the National
    Innovation Centre ... the centre will keep acting as a bridge"), or India's Union government ("the Centre and
    the state government will share the cost")."""
    word = doc.text[mention.end - len(mention.head):mention.end]
    if word[:1].isupper() and _UNION_CENTRE.match(doc.text, mention.end - len(mention.head)):
        return "India's Union government"
    before = doc.text[max(0, mention.start - 4):mention.end - len(mention.head)].lower()
    if not before.endswith("the "):
        return None
    head = mention.head.split()[-1].lower()
    if any(o.end <= mention.start and o.text.lower().endswith(" " + head) for o in doc.organizations) or re.search(
            r"\b[A-Z][\w&'’-]*\s+(?:[A-Z][\w&'’-]*\s+|of\s+|for\s+|and\s+){0,5}" + re.escape(head.capitalize()) + r"\b",
            doc.text[:mention.start]):
        return "a body told before, not a joint centre"  # (named so, whether or not found as an organisation)
    return None


def told_left_out(doc: Document, mention: Mention, parties: list[str], records: list[Record], named: bool,
                  before: str, after: str) -> str | None:
    """Why an instrument word with its parties names no instrument between them, or None."""
    if is_domestic(doc, mention, parties, before) or mention.kind == "fund" and not named and (one_sides(
            doc, mention.sentence) and not any(len(r.countries) >= 2 for r in records) or one_government_made(doc, mention)):
        return "one side's own plan or money"  # "The Korean government will spend 220 billion won on a 6G
        # research fund", in a story that told no instrument between two ("a grant scheme launched by the Australian
        # government to strengthen its international partnerships": its own too)
    if mention.kind == "joint_statement" and (one := _ONE_SIDES_JOINT.match(after)) and any(
            c.start == mention.end + one.start(1) for c in doc.within("countries", mention.sentence)):
        return "one country's ministries together"  # "a joint statement from Germany's Development and Economy
        # Ministries": no second party
    if named and _own_named(doc, mention):
        return "one country's own named programme"  # "including launching the Digital Egypt platform"
    if mention.name is None and mention.head in ("deal", "deals", "contract", "contracts", "agreement") \
            and (COMMERCIAL.match(after) or TAKEOVER.search(before[-40:])):
        return "a sale or takeover"  # "a $7.8 billion deal with Boeing to buy 50 airliners", "its takeover deal"
    if mention.name is None and is_contract(mention.head) and not (
            _CONTRACT_MADE.search(before[-45:]) or _CONTRACT_WITH.match(after) or _SIGNED_AFTER.match(after)):
        return "a contract no one is told to make here"  # "legal recognition of electronic contracts": a subject;
        # (but "signed a contract on Friday", "two contracts", "a contract with Rosatom")
    if mention.kind == "partnership" and not named and _FORMALISED_BY.match(after) \
            and _FORMALISING.search(before[-80:]):
        return "the relationship a text formalises"  # "the formalisation of their quantum partnership with the
        # signing of a letter of intent"
    return None


_CONTRACT_MADE = fastre.compile(r"\b(?:(?:sign|ink|seal|award|conclude|finali[sz]e|clinch|reach|win|won|land|secure)\w*|"
                                r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_CONTRACT_WITH = fastre.compile(r"\s+(?:with|between)\b")
# "The contract on construction of a plant in Uzbekistan has been signed": made, told by the verb after it
_SIGNED_AFTER = fastre.compile(r"(?:\s+(?:on|for|to)\s+[^,;.()]{1,80}?)?(?:\s+\([^()]{1,20}\))?(?:\s+[^,;.()]{0,30}?)?"
                               r"\s+(?:has|have|had)?\s*(?:been|was|were)\s+(?:(?:formally|officially|also|finally)\s+)?"
                               r"(?:signed|awarded|inked|concluded|sealed|finali[sz]ed)\b", re.IGNORECASE)
_PROGRAMME_HEAD = re.compile(r"\b(?:platform|initiative|programme|program|mission|project|scheme)s?$", re.IGNORECASE)


def _own_named(doc: Document, mention: Mention) -> bool:
    """Whether the name carries one country, no bloc, and its sentence names no other country or body of one."""
    start = name_start(doc, mention)
    if start < 0 or not _PROGRAMME_HEAD.search(mention.head):
        return False  # ("the Peru MoU", "the Kenya deal": the one with Peru, with Kenya)
    end = start + len(mention.name)
    inside = {(c.code, c.type) for c in doc.within("countries", mention.sentence) if start <= c.start < end}
    if len(inside) != 1 or next(iter(inside))[1] != "name" or start > 0 and doc.text[start - 1] in "-‐‑–":
        return False  # (a city names a declaration of many: "the Lima Declaration"; "Indo‑German ...": two)
    inside = {code for code, _ in inside}
    others = {c.code for c in doc.within("countries", mention.sentence) if not start <= c.start < end} | {
        o.entry.country for o in doc.within("organizations", mention.sentence) if o.entry.country}
    return not others - inside


_FOUNDING_BEFORE = fastre.compile(r"\b(?:establish\w*|creat\w*|set(?:ting)?\s+up|launch\w*|open\w*|build\w*|"
                                  r"found\w*)\b[^.;]{0,40}$", re.IGNORECASE)


def institution(doc: Document, mention: Mention, before: str) -> bool:
    """A named centre or fund told with no status, no founding and no two countries named around it is an
    institution or a prize ("was taken to UC Medical Center", "won at the San Sebastian Film Festival awards"),
    whatever countries its people and firms give the sentence."""
    if mention.kind not in ("centre", "fund") or _FOUNDING_BEFORE.search(before[-60:]):
        return False
    named = {c.code for c in doc.within("countries", mention.sentence) if c.type != "demonym"}
    return len(named | named_parties(doc, mention)) < 2


# a centre a body owns, named by a common noun's possessive: "the university's international affairs center"
_BODYS_OWN = fastre.compile(r"\b(?:[Tt]he\s+[a-z]+['’]s|[Ii]ts\s+own)\s+(?!(?:[\w-]+\s+){0,3}?(?:joint|bilateral|shared|common)\b)"
                            r"(?:[\w-]+\s+){0,3}$")
# partners told as a vague many: "with various countries", "with counterpart agencies of several nations"
_WITH_SOME = fastre.compile(r"(?:/[\w-]+)?\s+with\s+(?:(?:their|its)\s+)?(?:(?:counterpart|partner|foreign)\s+)?(?:(?:[\w-]+\s*/\s*)?"
                            r"(?:agencies|bodies|institutions|organi[sz]ations|ministries|governments)\s+(?:of|in|from)\s+)?(?:various|"
                            r"several|many|numerous|multiple|other|a\s+(?:number|range|host)\s+of)\s+(?:[\w-]+\s+)?"
                            r"(?:countries|nations|partners|states|economies|governments)\b", re.IGNORECASE)


def vague_or_own(doc: Document, mention: Mention, before: str, plural: bool, named: bool) -> str | None:
    """Why a mention tells no instrument of the story's: a tally with partners no one names ("has signed
    MoUs/agreements with counterpart agencies of various countries"), a body's own office ("the university's
    international affairs centre will implement the MoU"); None when neither."""
    if mention.kind == "centre" and not named and _BODYS_OWN.search(before[-60:]):
        return "a body's own office"
    if plural and not named and _WITH_SOME.match(doc.text, mention.end):
        return "a tally with partners named by no one"
    return None
