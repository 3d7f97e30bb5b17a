"""Money that founds or feeds a fund.

A sum goes to the fund it is put into, or founds one when a party pledges it ("will invest 3 trillion yen in
the partner", "grants worth EUR 2 billion", "decided to make available 30 million euros"); sums that
measure something else ("trade worth $80 billion", "of the agency's budget") or a company's own spending
found nothing. The same sum twice is the same fund.
"""

from __future__ import annotations

import re

from . import fastre
from ..model import Money
from .doc import Document
from .lexicon import Lexicons
from .status import date_of, status_of
from .instruments import Mention, Record, topics_of
from .parties import one_government_made, parties_of


_FUND_WORDS = fastre.compile(r"\b(?:invest\w*|fund\w*|support\w*|co-funded|contribut\w+|grant\w*|financ\w+|award\w*|programm\w*|programs?|"
                         r"make available|made available|earmark\w*|allocat\w+|pledg\w+)\b",
                         re.IGNORECASE)


# the worth of the ground or of what it yields, told beside the money: "the value of the reserves estimated at",
# "mines whose resources are estimated at some", "deposits valued at about"
_WORTH_OF_GOODS = fastre.compile(r"\b(?:value|worth|reserves?|resources?|deposits?|output|production)\b[^,;.()]{0,60}?"
                                 r"\b(?:estimated|valued|put|assessed|appraised)\s+at\s+(?:about\s+|around\s+|some\s+|"
                                 r"roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?$", re.IGNORECASE)


# the two sides as those who pay: "the two countries would each put in", "Each side will contribute"
_BOTH_PUT_IN = fastre.compile(r"(?<!\bfrom\s)(?<!\bby\s)\b(?:(?:the|both)\s+(?:two\s+)?(?:countries|sides|governments|nations|partners)|each\s+"
                              r"(?:side|country|government|partner)|they)\s+(?:would|will|shall|are\s+to|plan\s+to|"
                              r"agreed\s+to|(?:are|were)\s+expected\s+to)?\s*(?:each\s+)?(?:put|contribute|allocate|"
                              r"provide|invest|pay|inject|commit)\w*\b", re.IGNORECASE)


# a sum added to an economy: "... a year to the UK economy", "to Britain's GDP", "to bilateral trade"
_TO_THE_ECONOMY = fastre.compile(r"\s*(?:(?:a|per|each)\s+year\s+|annually\s+)?(?:to|into)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}"
                                 r"(?:economy|economies|GDP|gross\s+domestic\s+product|exports|trade|output)\b",
                                 re.IGNORECASE)


def assign_money(doc: Document, lex: Lexicons, index: int, records: list[Record], is_heading: bool) -> None:
    """Sums go to the fund they are put into, or found a fund when money is given for joint work."""
    sentence = doc.sentences[index]
    sums = doc.within("money", index)
    if not sums:
        return
    text = sentence.text(doc.text)
    here = [r for r in records if index in r.sentences]
    funds = [r for r in here if r.kind == "fund"]
    for amount in sums:
        if _WORTH_OF_GOODS.search(doc.text, max(sentence.start, amount.start - 100), amount.start):
            continue  # "with the value of the reserves estimated at $50 billion": what the ground is worth
        if _TO_THE_ECONOMY.match(doc.text, amount.end):
            continue  # "expected to add 2 billion euros a year to the French economy": what it may bring, no money of it
        target = next((r for r in funds), None)
        if target is None:
            for r in here:  # "a new $100 million quantum partnership": the sum names the instrument
                words = re.findall(r"[\w-]+", doc.text[amount.end:amount.end + 80])
                named = next((i for i, w in enumerate(words) if w.lower() in r.names), None)
                between = [w.lower() for w in words[:named]] if named is not None else []
                if named is not None and (not _BETWEEN_BREAK & set(between) or _PUT_INTO.match(" ".join(between) + " ")
                                          or _COMPOUND.fullmatch(" ".join(between))):
                    target = r  # ... or "committed A$5.8 million to the three-year Critical Minerals Partnership"
                    break
        if target is None and not here:
            recent = [r for r in records if r.kind == "fund" and index - r.sentences[-1] <= 2]
            if recent and _FUND_WORDS.search(text) and re.match(r"(?:The|These|This|Those|It|They)\b", text):
                target = recent[-1]
                target.sentences.append(index)
            elif recent and index - max(recent[-1].sentences) == 1 and _BOTH_PUT_IN.search(text) and not any(
                    c.code not in recent[-1].countries for c in doc.within("countries", index)):
                target = recent[-1]  # "... agreed to create a joint fund. In the first stage, the two countries
                target.sentences.append(index)  # would each put in $1 million": the fund's money
        if target is None and not funds and _held_by(doc, amount, sentence.start, here):
            target = next(r for r in here if r.kind != "fund")  # "sign the deal to deliver $137 million in aid"
        if target is None and _FUND_WORDS.search(text) and not lex.cues["speculative"].search(text):
            same = next((r for r in records if r.kind == "fund" and any(_same(amount, a) for a in r.amounts)), None)
            if same is not None:
                same.sentences.append(index)
                told = status_of(doc, lex, Mention(index, amount.start, amount.end, "fund", False, None, "fund"))
                if not same.told and told and not is_heading:  # the headline gave a sum, the body tells its status
                    same.status, same.told = told, True
                continue
            if not _pledged(doc, lex, amount, sentence.start):
                continue  # trade worth $X, a company's plant, a budget paid: money, but no fund
            mention = Mention(index, amount.start, amount.end, "fund", False, None, "fund")
            parties = parties_of(doc, lex, mention)
            explicit = {c.code for c in doc.within("countries", index) if not c.in_org}
            explicit |= {o.entry.country for o in doc.within("organizations", index) if o.entry.country and (
                o.end <= amount.start or _WITH_BEFORE.search(doc.text, max(amount.end, o.start - 30), o.start))}
            # ("Export Finance Australia would establish a facility with Perusahaan Listrik Negara": two countries'
            # bodies; not "to replace Huawei equipment", a firm the money is spent on)
            if len(parties) >= 2 and len(explicit) != 1 and not one_government_made(doc, mention):  # (not "the
                # government launched a £240m fund": its own money)
                told = status_of(doc, lex, mention)
                target = Record("fund", told or ("planned" if is_heading else "concluded"),
                                 [index], parties, rule="money", topics=topics_of(doc, index), told=bool(told) and not is_heading)
                target.names.add("fund")
                target.date = date_of(doc, mention, target.status)
                records.append(target)
                funds.append(target)  # more sums of the sentence go to this fund, not to new ones
                here.append(target)
        if target is not None and not any(_same(amount, a) for a in target.amounts):
            others = [r for r in records if r is not target and r.kind == "fund"
                      and any(_same(amount, a) for a in r.amounts)]
            if others:  # the same sum twice is the same fund
                others[0].sentences += [i for i in target.sentences if i not in others[0].sentences]
                if target.told and not others[0].told:  # the body's word on a fund a headline's sum founded
                    others[0].status, others[0].told, others[0].date = target.status, True, target.date
                if target in records and not target.amounts:
                    records.remove(target)
                funds = [r for r in funds if r is not target] + [others[0]]
                continue
            target.amounts.append(amount)


_WITH_BEFORE = fastre.compile(r"\bwith\s+(?:the\s+)?$")


# A sum founds a fund when it is put into one ("a $300 million fund", "grants worth EUR 2 billion") or pledged
# by a party ("will invest", "pledged", "agreed to jointly invest", "make available"); not when it measures
# something else ("trade worth $X", "deals worth", "of the agency's budget") or a company spends it.
_FUND_NOUN = fastre.compile(r"\b(?:fund|funds|facility|grants?|financing|funding|investment vehicle|credit line|"
                        r"line of credit|endowment|investment programme|investment program)\b", re.IGNORECASE)
_OWN_PROGRAMME = fastre.compile(r"\s+(?:(?!(?:a|an|the|on|of|in|its|their|his|her|our|year|for|per|to|and)\b)[a-z][\w-]*\s+){0,2}"
                                r"programm?e?s?\b")
_PROGRAMME_WORTH = fastre.compile(r"\bprogramm?e?s?\s+(?:worth|totall?ing|valued\s+at|of)\s+(?:some\s+|about\s+|around\s+)?$",
                                  re.IGNORECASE)
_PLEDGE = fastre.compile(r"\b(?:will|shall|to|would|pledg\w*|commit\w*|promis\w*|earmark\w*|allocat\w*|"
                     r"make available|made available|making available|announc\w*|unveil\w*|set aside)\s+"
                     r"(?:(?:also|jointly|together|further|additional(?:ly)?|up to|over|more than|about|some|nearly|"
                     r"a total of|an additional|an extra|a further)\s+)*"
                     r"(?:invest\w*|provid\w*|fund\w*|financ\w*|contribut\w*|spend\w*|offer\w*|extend\w*|"
                     r"mobili[sz]\w*|give|giving|grant\w*|support\w*|pour\w*|inject\w*|disburs\w*|deploy\w*)?",
                     re.IGNORECASE)
_MEASURE = fastre.compile(r"\b(?:worth|valued at|value of|trade|exports?|imports?|market|revenues?|sales|budget|"
                      r"opportunities|deals|turnover|GDP|costs?|prices?|orders?|contracts?|"
                      r"increas\w*|rising|rose|grew|growing|jump\w*|climb\w*|doubl\w*|tripl\w*|[\w-]*fold)\b(?:[^.;]|\.\d){0,25}$",
                      re.IGNORECASE)  # "investments increasing three-fold to $160 billion": a figure, not a pledge
_LAW = fastre.compile(r"\b(?:Act|Law|Bill|budget)\b(?:\s+of\s+\d{4})?,?\s+(?:which|that)\s+(?:\w+\s+){0,2}$")
_PUT_INTO = fastre.compile(r"(?:[a-z]+\s+){0,2}?(?:(?:to|for|into|towards?)|(?:for|to)\s+(?:[a-z-]+\s+){1,3}?(?:under|within|"
                           r"through|as\s+part\s+of))\s+(?:the|its|their|this|that|a|an)\s+"
                           r"(?!(?:to|for|into|in|under|with|of|by|and|the)\b)(?:[\w-]+\s+){0,5}$")  # ("for joint work
# under the new alliance")
# what joins two words of one description between a sum and its instrument: "$50 billion Qatar-Italy technology
# and investment alliance" (but not "$2 billion in hydrogen and a new partnership")
_COMPOUND = fastre.compile(r"(?:(?!(?:a|an|the|its|their|in|on|for|to|with|of|by|under|into)\b)[\w-]+\s){1,4}and"
                           r"(?:\s(?!(?:a|an|the|its|their|in|on|for|to|with|of|by|under|into)\b)[\w-]+){1,3}")
_BETWEEN_BREAK = frozenset({"in", "under", "for", "to", "with", "of", "by", "over", "at", "as", "and", "into", "on",
                            "from", "through", "via", "within", "the"})


_WORTH = fastre.compile(r"\s+(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+(?:(?:about|around|some|nearly|almost|"
                        r"roughly|approximately|an\s+estimated|up\s+to|over|more\s+than|in\s+excess\s+of)\s+)?")


def _held_by(doc: Document, amount: Money, floor: int, here: list[Record]) -> bool:
    """Whether the sum belongs to the instrument its sentence reports, not to a fund of its own: no fund word
    around it ("a $300 million fund", "grants worth"), and an instrument of the sentence told before it."""
    if not any(r.kind != "fund" for r in here):
        return False
    text = doc.text
    told = [t for t in doc.between("instruments", floor, amount.start) if t.start < amount.start]
    if told and told[-1].term.value != "fund" and _WORTH.fullmatch(text, told[-1].end, amount.start):
        return True  # "signed agreements worth about EUR 50 million": what they are worth
    near = text[max(floor, amount.start - 30):amount.start] + " " + text[amount.end:amount.end + 40]
    if _FUND_NOUN.search(near) or _MEASURE.search(text[max(floor, amount.start - 40):amount.start]):
        return False  # "could increase trade by £15 billion": what the deal is expected to bring, not money under it
    return any(t.start < amount.start and t.term.value != "fund" for t in doc.between("instruments", floor, amount.start))


def _pledged(doc: Document, lex: Lexicons, amount: Money, floor: int) -> bool:
    text = doc.text
    before = text[max(floor, amount.start - 90):amount.start]
    after = text[amount.end:amount.end + 60]
    own_worth = _PROGRAMME_WORTH.search(before[-30:])  # ("a programme worth 12 million euros": its own sum)
    if _MEASURE.search(before[-40:]) and not _FUND_NOUN.search(before[-40:]) and not own_worth:
        return False
    if _LAW.search(before):
        return False  # "the CHIPS Act of 2022, which provides $500 million": a country's law spends it
    companies = [o for o in doc.between("organizations", floor, amount.start) if o.entry.type == "company"]
    if companies and not any(c for c in doc.between("countries", floor, amount.start) if not c.in_org
                             and c.type in ("name", "alias", "capital", "bloc")):
        return False  # "<Company> will invest $X in a plant in <B>": an investment, not an instrument
    if _FUND_NOUN.search(after[:40]) or _FUND_NOUN.search(before[-30:]) or _OWN_PROGRAMME.match(after) or own_worth:
        return True  # ("a new 18-million-euro bilateral programme": its own sum)
    return bool(_PLEDGE.search(before))


def _same(a: Money, b: Money) -> bool:
    return a.currency == b.currency and abs(a.amount - b.amount) <= 0.005 * max(a.amount, b.amount)


# "with financing from the Saudi Fund for Development", "jointly funded by the National Bank of Egypt, the Kuwait
# Fund and the Arab Fund": a named fund that lends or pays is a body acting, not an instrument between the parties
_LENDER_BEFORE = fastre.compile(r"(?:\b(?:financing|funding|loans?|grants?|credit|backing|money)\s+from|\b(?:funded|financed|"
                                r"backed|co-funded|co-financed)\s+(?:jointly\s+)?by)\s+(?:[^.;:]{0,80}?(?:,|\band)\s+)?"
                                r"(?:the\s+)?$", re.IGNORECASE)


def lender(doc: Document, mention: Mention, named_from: int) -> bool:
    """Whether a named fund stands where a lender does ("funded by the Kuwait Fund")."""
    sentence = doc.sentences[mention.sentence]
    own = {c.code for c in doc.within("countries", mention.sentence) if named_from <= c.start < mention.end}
    return named_from >= 0 and len(own) <= 1 and bool(  # (but "the Kenya-Japan Innovation Fund" is theirs)
        _LENDER_BEFORE.search(doc.text, max(sentence.start, named_from - 120), named_from)
        or _LENDS_AFTER.match(doc.text, mention.end, sentence.end))  # "The Kuwait Fund ... will finance the line"


# the fund as the subject of lending: "The Kuwait Fund and the Arab Fund will finance the line", "has lent $100 million"
_LENDS_AFTER = fastre.compile(r"(?:\s+(?:for|of)\s+(?:[A-Z][\w-]*\s*){1,4})?(?:\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?"
                              r"[A-Z][^.;,]{0,50}?)?\s+(?:will|would|has|have|had|is|are|was|were|also|jointly|\s)*"
                              r"(?:financ\w*|co-financ\w*|lend\w*|lent|loan\w*|disburs\w*|(?:provid|extend)\w*\s+(?:a\s+|an\s+)?"
                              r"(?:[\w$.,-]+\s+){0,3}?(?:loans?|credit|financing|grants?))\b")


# "sovereign wealth fund PIF", "the state-controlled fund Mubadala": the fund word describes the investor named after it
_INVESTOR_AFTER = fastre.compile(r"\s+[“\"]?(?!(?:The|A|An|In|On|For|To|By|With|And|Under|This|That)\b)[A-Z][\w&.’'-]*")
# "Temasek, Singapore's state investment fund,": the investor named before, the fund word its apposition
_INVESTOR_BEFORE = fastre.compile(r"\b[A-Z][\w&.’'-]*,\s+(?:a|an|the|[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,3}$")


# the words that make a fund an investor's description: "sovereign wealth fund", "state-controlled fund"
_INVESTOR_KIND = fastre.compile(r"\b(?:sovereign|wealth|state|state-owned|state-controlled|state-backed|state-run|"
                                r"government-controlled|government-owned|government-backed|investment|pension|equity|"
                                r"venture|hedge)\s+$", re.IGNORECASE)


def investor(doc: Document, mention: Mention) -> bool:
    """Whether an unnamed fund word describes an organisation that invests, not an instrument."""
    sentence = doc.sentences[mention.sentence]
    after = _INVESTOR_AFTER.match(doc.text, mention.end, sentence.end)
    if after and _INVESTOR_KIND.search(doc.text, max(sentence.start, mention.start - 30), mention.start) and \
            not doc.between("countries", mention.end, after.end()):  # (not "a joint fund Samsung will manage")
        return True
    return bool(_INVESTOR_BEFORE.search(doc.text, max(sentence.start, mention.start - 80), mention.start)) and \
        doc.text.startswith(",", mention.end)



# the fund as the subject of making another instrument: "The Gulf Sovereign Fund (GSF) and a Japanese state
# lender will create a new fund", "the Public Investment Fund signed an MoU with ..."
_FOUNDS_AFTER = fastre.compile(r"(?:\s*\([A-Z][\w&-]{1,9}\))?(?:\s*,?\s+(?:and|together\s+with|as\s+well\s+as)\s+(?:the\s+)?"
                               r"[A-Z][^.;,]{0,70}?)?\s+(?:(?:will|would|has|have|had|also|jointly|plans?\s+to|agreed\s+to|"
                               r"are\s+to|is\s+to)\s+)*(?:set\s+up|sets\s+up|establish\w*|creat\w*|launch\w*|form(?:s|ed)?|"
                               r"found(?:s|ed)?|sign(?:s|ed)?|ink(?:s|ed)?)\s+(?:a|an|the|two|three|\d+)\s+[^.;]{0,80}?"
                               r"\b(?:funds?|MoUs?|MOUs?|memorand\w+|agreements?|partnerships?|platforms?|joint\s+ventures?)\b")


def founder(doc: Document, mention: Mention, named_from: int) -> bool:
    """Whether a named fund of one country or none is a body that makes another instrument ("The Russian Direct
    Investment Fund and ... will set up the Sino-Russian ... fund"): a party, not the instrument (but "the
    Kenya-Japan Fund will launch a grant programme" is theirs)."""
    own = {c.code for c in doc.within("countries", mention.sentence) if named_from <= c.start < mention.end}
    return named_from >= 0 and len(own) <= 1 and bool(
        _FOUNDS_AFTER.match(doc.text, mention.end, doc.sentences[mention.sentence].end))
