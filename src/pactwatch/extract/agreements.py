"""Agreements assembled from instrument words, parties, cues, money and dates.

For each sentence the instrument words (``data/instruments.tsv``) are read as
*mentions*. A mention reports an instrument when something says so: a verb of
making or planning nearby (``data/cues.tsv``), a proper name ("Framework for
Semiconductor Cooperation"), a strong word (an MOU is always an instrument),
a bullet under a list of deals, or a definite reference ("the alliance") to an
instrument already seen. Speculation ("could", "may"), questions, generic
uses ("security alliance") and one country's own plans are not instruments.

Mentions of one instrument are joined into one record: a definite reference
goes to the latest record of the same kind that shares its topic; a name seen
before goes to the record that has it; a fund with the same sum is the same
fund. Headlines and section headings restate the body, so they are joined to
body records and only start one of their own when nothing matches.

The parts: ``instruments`` (mentions and records), ``parties`` (who is party),
``lists`` (list items and totals), ``funds`` (money), ``status`` (status and
date); this module runs them sentence by sentence and joins the mentions.
"""

from __future__ import annotations

import re

from . import fastre
from ..model import Agreement
from .doc import Document, TermMention, reject
from .entities import is_bloc
from .lexicon import DOCUMENT_KINDS, Lexicons
from .status import MADE_AFTER, RAISED_TO, TEXT_SETTLED, _status_cues, date_of, speculative, status_of
from .forums import body_founded, forum_told, founding_text, other_body
from .funds import assign_money
from .leftout import institution, kind_left_out, told_left_out, vague_or_own
from .counts import quantity_of
from .tallies import counted_again, counted_name, tallied, total_told
from .precedents import made_with
from .sectorwords import claim_older_fields
from .instruments import Mention, Record, find_mentions, folded, is_plural, name_is_proper, name_start, topics_of
from .layout import in_quote, is_bullet, is_heading, starts_line
from .sameness import same_head, same_head_word, same_subject, subject_words
from .instnames import name_key, name_words, same_name, shortened
from .accession import join_pacts, joined, joins_ones
from .haltedtalks import talks_follow, talks_under_way
from .standing import held_with, standing_actor
from .studied import under_study
from .restatements import (after_last_word, described_words, made_years_before, named_described, sum_of_named,
                           word_for_word, negotiated_one)
from .hedges import hedge_of_its_effect
from .unmade import (DECLINED, DECLINED_WORDS, LIKENED, LIKENED_WORDS, MIGHT_LEAD, MIGHT_LEAD_WORDS, NEGATED, NOT_PARTY,
                     IF_ONE, NOT_RENEWED, PROSPECTS, PROSPECTS_WORDS,
                     UNNAMED_PARTNERS, is_put_forward, near, only_hoped_or_blocked)
from .signing import APPROVED, earlier_year, made_apart, made_before, made_before_it, told_date
from .couples import couples
from .verbs import MAYBE_AGREED, MAYBE_AGREED_WORDS, agreed_to, ones_with, may_partner, partnering
from .members import founded_beside
from .lists import INCLUDING, LIST_INTRO, bullet_record, list_intro, listed_item, partner_records
from .listitems import CONTENTS_INTRO, instrument_item, intro_day, items_told_before, objective
from .listnames import closing_name
from .parties import (bloc_bodies_only, heard_parties, listed_later, listed_partner, made_between, named_parties,
                      organizations_of, pair_after, parties_of, partner_list)
from .relations import marked_by, own_one_ended, partnership_founder, slogan, ties_growing, venture_of
from .finish import AND_ANOTHER, AND_ANOTHER_WORDS, earlier_turn, one_more, years_span
from .ordinals import counted_meeting
from .references import (DRAWN_ON, ORDINAL, TEXT_HEADS, antecedent, attach, awaited_one, each_one, is_definite, older,
                         included_status, older_phrase, opens_the_story, past_time, quote_tells_made, signing_of_told,
                         such_one, told_between, under_record)
from .acrossrecords import across_records
from .groupings_told import grouping_told


_COUNTED = fastre.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)  # "the sixth commercial dialogue": a standing body, not a relationship
_FAILED_TALKS = fastre.compile(r"\bfail(?:ed|s)?\s+to\s+(?:conclude|reach|finalise|finalize|seal|clinch|agree\s+on)\s+"
                               r"(?:a|an|the|their|its)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_QUESTION = fastre.compile(r"\?\s*$")
_SIGNED_PARTNERSHIP = fastre.compile(r"\b(?:signed|signs|sign|inked|inks)\s+(?:[\w-]+\s+){0,4}?partnership\b",
                                     re.IGNORECASE)
_COVERED_BY = fastre.compile(r"\b(?:covered|governed|regulated|backed|underpinned)\s+by\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$",
                             re.IGNORECASE)
_MAKING_VERB = fastre.compile(r"\b(?:entered|signed|inked|concluded|agreed|sealed|struck|adopted|reached|exchanged|"
                              r"clinched|penned)\b", re.IGNORECASE)


def _party_set(doc: Document, lex: Lexicons, codes) -> set[str]:
    """Parties as countries: a grouping stands for its members ("the BRICS Remote Sensing Agreement" = the five)."""
    return lex.member_set(codes, doc.published)


def find_agreements(doc: Document, lex: Lexicons) -> list[Agreement]:
    records: list[Record] = []
    headings: list[Mention] = []
    bullet_status: str | None = None
    contents = False  # the list under way tells what an instrument covers, not instruments
    list_totals: dict[int, Record | None] = {}  # list intro sentence -> the total it details ("46 deals. Among them:")
    terms: dict[int, list[TermMention]] = {}
    for term in doc.instruments:
        terms.setdefault(doc.sentence_index(term.start), []).append(term)
    money = {doc.sentence_index(m.start) for m in doc.money}
    groupings = {doc.sentence_index(c.start) for c in doc.countries if c.code in lex.groupings}
    for index, sentence in enumerate(doc.sentences):
        text = doc.text[sentence.start:sentence.end]  # (read once: the steps below ask for it)
        if "one" in text:  # "the one(s) signed with": a cheap test first
            ones_with(doc, lex, index, records)
        if index in groupings:  # "both are members of the I2U2 format ...": the grouping, in place
            grouping_told(doc, lex, index, records)
        if bullet_status and not is_bullet(doc, index) and starts_line(doc, index) and not text.rstrip().endswith(":"):
            bullet_status = None  # a paragraph that is no item ends the list
            doc.cache.pop("list_parties", None)
            doc.cache.pop("list_kind", None)
        if text.rstrip().endswith(":") and LIST_INTRO.search(text):  # "exchanged the following documents on Monday:"
            cue = _status_cues(doc, lex, index)
            bullet_status = cue[-1][2] if cue and cue[-1][2] != "existing" else "concluded"
            contents = bool(CONTENTS_INTRO.search(text))
            doc.cache.pop("list_kind", None)
            doc.cache["list_date"] = intro_day(doc, index)  # ("signed the following agreements on Monday:")
            total = next((r for r in reversed(records) if r.quantity and r.quantity > 1
                          and index - r.sentences[-1] <= 1), None)
            list_totals[index] = total
            if total is not None and not contents:  # "signed two memoranda on Monday. They are:": items of the total
                doc.cache["list_kind"] = total.kind
        if index not in terms and index not in money:
            join_pacts(doc, lex, index, records)  # (not in a heading: it asks only where a pact is named)
            if bullet_status and is_bullet(doc, index) and not (contents and not instrument_item(doc, index)):
                listed_item(doc, lex, index, records, bullet_status)  # "3- Cooperation project between the space
                # agencies": an item, no noun
            elif any(map(folded(doc)[sentence.start:sentence.end].__contains__, MAYBE_AGREED_WORDS)) and doc.search(
                    MAYBE_AGREED, sentence.start, sentence.end) and not is_heading(doc, index):
                agreed_to(doc, lex, index, records)
            if may_partner(text) and not is_heading(doc, index):
                partnering(doc, lex, index, records)
            continue
        if _QUESTION.search(text):
            continue
        heading = is_heading(doc, index)
        if not heading:
            join_pacts(doc, lex, index, records)
        mentions = find_mentions(doc, lex, index, terms.get(index, []))
        intro = list_intro(doc, lex, index, mentions, records, heading)
        if intro is not None:
            bullet_status, contents, umbrella_told = intro
            if umbrella_told:
                continue  # "included the following:": the items are the instruments, not the umbrella
        if bullet_status and is_bullet(doc, index):  # (asked only under a list: the answer is kept)
            if objective(doc, index) or contents and not instrument_item(doc, index):
                mentions = []  # "- implementation of other joint projects;": what it covers, not an instrument (and
                # every item under "... outlines several areas of cooperation:" but one that founds something)
            elif not mentions:
                listed_item(doc, lex, index, records, bullet_status)
            mentions = mentions[:1]  # one item, one instrument: later instrument words describe it
        for mention in mentions:
            if heading:
                headings.append(mention)
                continue
            _take(doc, lex, mention, records, bullet_status if bullet_status and is_bullet(doc, index) else None)
        if len(mentions) >= 2 and not heading:
            closing_name(doc, lex, index, mentions, records)  # "..., a roadmap on AI and INDUS Innovation"
        if not mentions and not heading:
            agreed_to(doc, lex, index, records)
            if may_partner(text):
                partnering(doc, lex, index, records)
        assign_money(doc, lex, index, records, heading)
    return across_records(doc, lex, records, headings, list_totals)


_BUILDS_ON = fastre.compile(r"\b(?:builds?|built|building)\s+(?:on|upon)\s+|\b(?:replaces?|updates?|supersedes?|renews?|"
                        r"extends?|follows?|under|distinct from|separate from|apart from|unlike|in addition to|"
                        r"alongside)\s+(?:the|a|an|their|its)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_RESTATING = fastre.compile(r"^\W*(?:It|This|That|The (?:[\w-]+,?\s+){0,2}?(?:agreement|deal|pact|partnership|memorandum|"
                        r"MoU|MOU|accord|framework|document|initiative))\s+(?:is|was|will be|forms|formed|provides|"
                        r"serves as|acts as|constitutes|creates|represents|sets up|establishes|becomes)\s+(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+){0,3}[\"“‘']?$")  # "the Chile-Japan DTA is a bold accord", "The three-page
# agreement is a 'declaration of intent'": said again
# "signed what they called a 'joint declaration of intent'": the deal told, in the words of those who made it
_WHAT_CALLED = fastre.compile(r"\bwhat\s+(?:(?:they|officials|both\s+sides|the\s+(?:two\s+)?(?:leaders|sides|ministers|"
                              r"governments)|he|she|[A-Z][\w.-]+)\s+(?:called|described\s+as|termed|dubbed|billed\s+as)|"
                              r"(?:was|were)\s+(?:called|described\s+as|termed|dubbed|billed\s+as))\s+(?:a|an|the)\s+"
                              r"(?:[\w-]+\s+){0,3}[\"“‘']?$")
# what the news comes after: "follows a deal Egypt signed", "came three months after Qatar and Turkey sealed a pact"
IN_THE_WAKE_WORDS = ("come", "came", "coming", "follow", "build", "built")  # (one is in every match: tested first)
_IN_THE_WAKE = fastre.compile(r"\b(?:comes?|came|coming|follows?|followed|builds?\s+(?:on|upon)|built\s+(?:on|upon))\b"
                              r"[^.;:,()]{0,80}?\b(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$")


# "in a joint initiative with Kenya, ...": the manner of what the clause goes on to tell
_IN_JOINT_WORK = fastre.compile(r"\b(?:[Ii]n|[Aa]s\s+part\s+of|[Tt]hrough|[Uu]nder)\s+(?:a|an)\s+(?:joint|common|shared)\s+$")
_WITH_SOMEONE = fastre.compile(r"\s+with\s+[^,;.]{2,40},")
# one more of the instruments just told, opening its sentence: "Another major agreement ...", "A second accord ..."
_ONE_MORE = fastre.compile(r"\W*(?:Another|A\s+(?:second|third|fourth|further)|An\s+(?:additional|extra)|The\s+(?:second|"
                              r"third|other))\s+(?:[\w-]+\s+){0,2}$")
_WITH_ONLY = fastre.compile(r"\s+with\s+(?:the\s+)?")
_ITS_TEXT = fastre.compile(r"\s+(?:text|draft|version|wording)\b", re.IGNORECASE)
_LIST_ITEM = fastre.compile(r"(?:,|\bas well as)\s+(?:and\s+)?the\s+$")
_PREDICATE = fastre.compile(r"\b(?:is|was|remains|amounts?\s+to|amounted\s+to)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$")
_APPOSED = fastre.compile(r"[A-Z][\w’'-]*\s*(?:\([A-Z]{2,10}\))?,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}$")


def _take(doc: Document, lex: Lexicons, mention: Mention, records: list[Record], bullet_status: str | None) -> None:
    text = doc.text
    if doc.cache.get("partner_spans") and any(start <= mention.start < end for start, end in doc.cache["partner_spans"]):
        return reject(doc, mention, "a partner in a list of bodies, not an instrument")  # "with the X agency, the Y centre"
    sentence = doc.sentences[mention.sentence]
    before = text[sentence.start:mention.start]
    after = text[mention.end:sentence.end]
    definite = is_definite(doc, lex, mention, records, before, after)
    mention.name = None if counted_name(mention.name, mention.head) else mention.name  # "on Saturday 18 agreements"
    named, plural = mention.name is not None, is_plural(mention.head)
    such = (each_one(doc, lex, mention, records, before) or such_one(doc, mention, records, before, after)
            or total_told(mention, records, before)) if not named else None  # "one of the agreements signed"
    if such is not None:
        attach(doc, lex, such, mention)
        return
    status = bullet_status or ("planned" if mention.founded else status_of(doc, lex, mention)) or \
        included_status(doc, mention, records)  # ("... signed several MoUs. They include an agreement on ...")
    if status in (None, "planned") and (standing_actor(doc, mention, before) or held_with(doc, mention, before)):
        status = "existing"  # "The Canada-Japan Energy Dialogue will unveil a new ...": the body acts, in place
    venue = False
    sentence_text = text[sentence.start:sentence.end]
    put_forward = is_put_forward(doc, mention, before, after) or under_study(before)  # (a study on a deal)
    if put_forward:
        status = "proposed"  # "a joint working group ... can be formed to study the fields": put forward, not made
    talks = status in (None, "proposed", "planned") and (talks_under_way(doc, lex, mention, before) or talks_follow(
        doc, mention))  # ("trade deal talks could resume in June": the talks are news, whatever may come of them)
    status = "proposed" if talks else status  # "are in talks on a pact that could be signed": the talks are news
    if status not in ("concluded", "existing") and not put_forward and speculative(doc, lex, mention.sentence) \
            and not TEXT_SETTLED.search(before[-80:]) and not talks and not hedge_of_its_effect(doc, lex, mention):
        # ("agreed on the text of the treaty, which may be signed"; not "..., which could unlock trade": its effect)
        grouping = definite and any(c.type in ("bloc", "alias") and 0 <= mention.start - c.end <= 2
                                    for c in doc.within("countries", mention.sentence))
        if grouping:  # "Japan could join part of the AUKUS pact": the grouping's own pact is in place
            status = "existing"
        elif not definite or not records:
            return reject(doc, mention, "told as a possibility (could, may, if)")
    if not named and IF_ONE.search(before[-60:]):
        return reject(doc, mention, "told as a possibility (could, may, if)")
    pact = joined(doc, lex, mention, records)
    if pact is not None and pact.kind == "partnership":
        status = "existing"  # "to study joining pillar two of the AUKUS pact": the grouping's pact is in place
    elif pact is not None:
        return reject(doc, mention, "a pact a country joins, told already")  # "the UK's bid to join the CPTPP trade pact"
    low = folded(doc)[sentence.start:mention.start]  # cheap tests on it: a word a pattern below needs first
    if mention.kind in ("agreement", "trade_agreement") and "fail" in low and _FAILED_TALKS.search(before[-50:]):
        status = "ended"  # "failed to conclude their trade deal": the talks on it ended
    elif ("renew" in low or "extend" in low or "prolong" in low) and NOT_RENEWED.search(before[-80:]):
        status = "ended"  # "will not renew its memorandum with China": it ends
    elif _QUESTION.search(sentence_text) or NEGATED.search(before[-50:]) or near(doc, DECLINED_WORDS, sentence, mention, 70) \
            and DECLINED.search(before[-70:]) or only_hoped_or_blocked(doc, sentence, mention, before) \
            or named and NOT_PARTY.search(text, sentence.start, max(sentence.start, name_start(doc, mention))):
        return reject(doc, mention, "a question, negated, declined, blocked or only hoped for")  # "ended without a joint statement"
    likened = LIKENED.search(before[-80:]) if not named and near(doc, LIKENED_WORDS, sentence, mention, 80) else None
    if likened and not re.search(r"\bwhat\s+(?:is|was|are|were)\s+$", before[-80:][:likened.start()]):
        return reject(doc, mention, "a comparison, not an instrument")
        # "which effectively marks the conclusion of a free trade agreement": a comparison, no instrument
        # (but "signed what is effectively a trade agreement" signed one)
    if not named and _WITH_SOMEONE.match(after) and _IN_JOINT_WORK.search(  # (the mention may open with "joint")
            before[-30:] + text[mention.start:mention.end].split()[0] + " ") and doc.between(
            "instruments", mention.end, sentence.end):
        return reject(doc, mention, "how what follows is made, not an instrument")  # "in a joint initiative with
        # Kenya, Japan would unveil the Centre of ...": the centre is the joint work
    if slogan(before) or not named and ties_growing(mention, before, after):
        return reject(doc, mention, "a theme or growing ties, not an instrument")
        # a theme in quotes; "agreed to foster a strategic partnership", "in partnership with": ties
    marker = (None if named else marked_by(mention, before, records) or venture_of(mention, records)) or \
        partnership_founder(mention, before, records)  # ("a memorandum establishing a strategic partnership")
    if marker is not None:
        attach(doc, lex, marker, mention, keep_kind=True)  # "signed an MoU on Monday, marking a strategic
        # partnership": the MoU (what it outlines or marks does not name its kind)
        return
    signed = None if named else signing_of_told(doc, mention, before, records)
    if signed is not None:
        attach(doc, lex, signed, mention)  # "signed a deal ... marked by the signing of a joint declaration of intent"
        return
    if not named and plural and near(doc, PROSPECTS_WORDS, sentence, mention, 60) \
            and PROSPECTS.search(before[-60:]):
        return reject(doc, mention, "prospects of what might come")
        # "exchanged views on prospects for new partnerships": what might come, none of them made
    if not named and near(doc, MIGHT_LEAD_WORDS, sentence, mention, 60) and MIGHT_LEAD.search(before[-60:]):
        return reject(doc, mention, "what it might lead to")  # "would pave the way for a dialogue"
    if not named and not mention.founded and mention.kind not in DOCUMENT_KINDS and \
            lex.cues["generic"].search(before[-40:]) and not (
            mention.kind == "dialogue" and _COUNTED.search(before[-40:])) and not (
            definite and any(r.kind == mention.kind and same_head(mention.head, r.names) for r in records)) and \
            not (status == "ended" and own_one_ended(doc, lex, mention)) and not (
            mention.kind == "partnership" and RAISED_TO.search(before[-100:])):
        return reject(doc, mention, "a relationship, not a text")
        # "a security alliance", "their partnership": a relationship (but a security agreement is a text,
        # "the security initiative" after the Technology Security Initiative is that one, and ties raised to a
        # global strategic partnership declare it)
    if negotiated_one(doc, lex, mention, records, before):  # "talks on the FTA" ... "negotiations for a trade deal"
        return
    restating = not named and (_RESTATING.search(before) is not None or "what" in before and _WHAT_CALLED.search(
        before[-90:]) is not None)
    founder = None if named else founding_text(mention, before, records)  # ("It will lead to a joint working group")
    founded = None if named else "planned" if founder else body_founded(mention, before, records, restating)
    if founded:
        status = founded  # "The memorandum sets up a working group (as well as a business forum)": still to come
    elif not named and records and (restating or not status and records[-1].quantity == 1
                                  and _PREDICATE.search(before[-60:])) and records[-1].rule != "partner_list" and not (
            mention.kind == "dialogue" and _COUNTED.search(before[-40:])):  # "This was the sixth commercial dialogue"
        attach(doc, lex, records[-1], mention)  # "It forms an overarching framework that builds on ..."
        return
    if not named and "by" in low and _COVERED_BY.search(before[-60:]):  # "the project is covered by a five-year agreement": the
        here = _party_set(doc, lex, parties_of(doc, lex, mention))      # instrument the story is about, named by what it does
        told = [r for r in records if r.rule != "partner_list" and _party_set(doc, lex, r.countries) == here
                and mention.sentence - r.sentences[-1] <= 4 and (r.quantity or 1) == 1]
        if told:
            attach(doc, lex, told[-1], mention)
            return
    if not named and records and records[-1].name and mention.sentence in records[-1].sentences \
            and _APPOSED.search(before[-90:]):
        attach(doc, lex, records[-1], mention)  # "the US-UAE AI Acceleration Partnership, a bilateral framework"
        return
    why = kind_left_out(doc, mention, named, records)
    if why:
        return reject(doc, mention, why)
    if mention.kind == "dialogue" and founder is None:
        told = forum_told(doc, mention, before, status)
        if told is None:
            return reject(doc, mention, "a forum that is only a place or someone's institution")
            # a forum that is only the place of the news, or an institution in someone's role
        status, venue = told
    if any(map(before.__contains__, ("includ", "among", "such as", "namely", "notably", " with ", ":"))):
        including = next((m for m in reversed(list(INCLUDING.finditer(before)))  # (no verb of making after it:
                          if not _MAKING_VERB.search(before, m.end())), None)  # not "along with firms, entered into")
    else:
        including = None
    if including and any(r.quantity and r.quantity > 1 and mention.sentence in r.sentences
                         for r in records) and not founded_beside(before, including):
        return reject(doc, mention, "a described one, counted with its total")  # "12 MOUs, including an MOU on batteries"
    parties = list(founder.countries) if founder is not None else parties_of(doc, lex, mention)
    if bullet_status and len(parties) >= 2:  # a list item is its own instrument: never a restatement
        records.append(bullet_record(doc, lex, mention, parties, bullet_status))
        return
    why = told_left_out(doc, mention, parties, records, named, before, after)
    if why:
        return reject(doc, mention, why)
    if UNNAMED_PARTNERS.match(after):
        later = listed_later(doc, mention.sentence)
        if not later:
            return reject(doc, mention, "partners nobody names")
            # "trade pacts with other nations": partners nobody names, no instrument of known parties
        parties = sorted(set(parties) | later)  # "... with international developers. Partner companies include"
    if couples(doc, mention, before, after, records, status):  # "MoUs were signed between A and B, as well as A
        return                                                   # and C": one each
    # partner lists: "partnerships with Israel, India and South Africa"
    partners = partner_list(doc, mention, after)
    if partners:
        partner_records(doc, lex, mention, records, parties, partners, before)
        return
    key = name_key(mention.name) if mention.name else None
    known = next((r for r in records if key in r.names), None) if key is not None else None
    if named and known is None:
        words = name_words(mention.name, lex)  # "U.S.-India Defense Framework" = "Defence Framework Agreement"
        known = next((r for r in records if r.kind == mention.kind and any(same_name(words, w) for w in r.words)), None)
        known = known or next((r for r in reversed(records) if r.kind == mention.kind and r.name
                               and shortened(mention.name, r.name)), None)  # "the Lima Statement" told again
    drawn_on = named and DRAWN_ON.search(before[-60:]) is not None  # "in line with the Paris Agreement": another
    if named and known is None and not drawn_on and name_words(mention.name, lex) <= name_words(mention.head, lex) \
            and not counted_meeting(before):  # ("the third session of the Peru-Chile Commission": one met before)
        # "a roadmap on AI infrastructure" ... "a US-India roadmap on AI infrastructure": parties and a kind word
        # name nothing more than the roadmap already told
        here = _party_set(doc, lex, parties_of(doc, lex, mention))
        known = next((r for r in reversed(records) if r.kind == mention.kind and r.name is None and r.rule == "cue"
                      and _party_set(doc, lex, r.countries) == here and (r.quantity or 1) == 1
                      and mention.sentence - r.sentences[-1] <= 12), None)
    if named and known is None and status in (None, "existing", "concluded"):  # "suspended a technology deal it
        # struck with Britain" ... "both agreed to a 'Tech Prosperity Deal'": the one ended, named as its history is told
        here = _party_set(doc, lex, parties_of(doc, lex, mention))
        ended = [r for r in records if r.status == "ended" and r.name is None and r.kind == mention.kind
                 and (r.quantity or 1) == 1 and _party_set(doc, lex, r.countries) == here]
        if len(ended) == 1:
            known = ended[0]
            known.date = known.date or date_of(doc, mention, "existing")
    if named and known is None and not drawn_on and name_is_proper(mention):  # "a clean energy research fund" ...
        known = named_described(mention, records, set(parties), mention.name, lex)  # "the Ghana-Norway Clean Energy
        # Research Fund"
    if named and known is not None:
        if definite:
            told_between(known, mention, records)  # (a lead named it; the body told it as "an agreement" again)
        attach(doc, lex, known, mention)
        return
    proper = named and name_is_proper(mention)
    if definite and proper and not _EXAMPLE.search(before[-40:]) and not drawn_on:  # "initiatives
        # such as the Americas Partnership", "it builds on the vision set forth in the X Declaration": another one
        here = _party_set(doc, lex, parties_of(doc, lex, mention))
        unnamed = [r for r in records if r.name is None and r.rule != "partner_list"
                   and mention.sentence - r.sentences[-1] <= 12 and not made_before_it(doc, mention, r)
                   and not made_years_before(doc, mention, r, status)  # "will set up a fund" ... "set up the X Fund in 2016"
                   and (r.kind == mention.kind and (name_key(mention.head) in r.names or _party_set(doc, lex, r.countries) == here)
                        # "signed an agreement" ... "according to the G7 Ministerial Declaration": a deal word
                        # says no kind; the named text says which
                        or r.kind == "agreement" and (mention.kind in DOCUMENT_KINDS or mention.head in TEXT_HEADS)
                        and _party_set(doc, lex, r.countries) == here and (r.quantity or 1) == 1
                        # ("will sign an agreement" ... "The pact, known as the X Partnership,": named by a deal word)
                        # "a statement of intent" ... "The Joint Statement of X and Y on ...": the same text
                        or r.kind in DOCUMENT_KINDS and mention.kind in DOCUMENT_KINDS and (r.quantity or 1) == 1
                        and _party_set(doc, lex, r.countries) == here and not past_time(doc, mention.sentence)
                        and any(n.startswith(mention.head.split()[-1].lower()) for n in r.names))
                   and (r.topics & topics_of(doc, mention.sentence) or not r.topics or not topics_of(doc, mention.sentence))]
        if unnamed:
            attach(doc, lex, unnamed[-1], mention)
            return
    if proper and not bullet_status and not ORDINAL.search(before[-40:]) and awaited_one(doc, lex, mention, records,
                                                                                       status):
        return  # "talks on a new economic and security agreement" ... "expected to agree a new 'Hiroshima Accord'"
    apart = not named and (older(doc, before, after) or records and near(
        doc, IN_THE_WAKE_WORDS, sentence, mention, 120) and bool(_IN_THE_WAKE.search(before[-120:]))) and not \
        _ITS_TEXT.match(after)  # told as another instrument than the one just reported ("The pact follows a deal
    # Egypt signed with Brazil"; but "the original MoU text was revised": the wording of this one)
    if apart and not plural and (status in (None, "concluded") or status in ("proposed", "planned") and older(
            doc, before, after)):
        status = "existing"  # "The 2015 joint statement had raised expectations", "to negotiate a new memorandum once
        # the current memorandum expires": in place before the news (what is to come is the new one's)
    # "The Agreement on health, the Program of Cooperation ...": the next item of a list, another instrument
    list_item = text[mention.start].isupper() and bool(_LIST_ITEM.search(before[-20:]))
    listed = listed_partner(doc, mention, after, records) if definite else None
    if listed is not None:  # "four MoUs with A, B, C and Tanzania" ... "The MoU with Tanzania, signed in October"
        attach(doc, lex, listed, mention)
        listed.date = told_date(doc, mention) or listed.date
        return
    if definite and not proper:
        target = None if apart else antecedent(doc, mention, records)
        if target is not None and (not named_parties(doc, mention) | made_between(doc, mention) <= set(target.countries)
                                   or named and target.name and name_key(mention.name) not in target.names
                                   and not same_name(name_words(mention.name, lex), name_words(target.name, lex))):
            target = None  # "the Japan-EU trade agreement" after the UK-Japan one, "the INDUS-X platform" after the
            # INDUS Innovation platform, "the memorandum signed between India and Chile" after India-Peru: another one
        if target is not None and mention.sentence in target.sentences and list_item:
            target, apart = None, True
        if target is not None and status == "existing" and target.status == "concluded" \
                and mention.kind not in ("agreement", "partnership", target.kind) and (
                    mention.kind != "mou" or target.kind != "agreement" or earlier_year(doc, mention)):
            target, apart = None, True  # "signed an agreement" ... "after the joint statement of 2004": an older text
            # (but an agreement signed, then "Under the memorandum, ...", "Following the memorandum's signing" at no
            # earlier time: the one just told, named more precisely)
        if target is not None and status in ("existing", "ended") and target.status not in (status,) \
                and (mention.sentence in target.sentences or "existing" in before[-30:]) and _BUILDS_ON.search(before[-40:]):
            target, apart = None, True  # "the new deal builds on the memorandum signed in 2023": two instruments
        if target is not None and made_before_it(doc, mention, target):  # "signed a pact on Friday" ... "the accord
            target, apart = None, True  # they signed in Lima last year": another, older one
        subject = subject_words(doc, mention) if not plural else set()
        if target is None and subject:  # "four agreements on chips, AI and health" ... "The MoU on chips"
            target = next((r for r in reversed(records) if r.quantity and r.quantity > 1 and r.rule == "cue"
                           and not r.name and mention.sentence - r.sentences[-1] <= 6
                           and (r.kind == mention.kind or r.kind == "agreement")), None)
        subject = subject if target is not None else set()
        if subject and target.rule == "one_of" and not same_subject(target.subject, subject):
            umbrella = next((r for r in reversed(records) if r.quantity != 1 and r.rule == "cue" and not r.name
                             and r.countries == target.countries), None)
            target = umbrella or target  # "The MoU on digital trade ...": the next one of them
        if subject and target.quantity != 1:  # the latest plural told before it: "four agreements on ..."
            target = next((r for r in reversed(records) if r.quantity != 1 and r.rule == "cue" and not r.name
                           and r.countries == target.countries), target)
        if subject and target.quantity != 1 and (
                target.kind == mention.kind or target.kind == "agreement") and not target.name:
            # "unveiled agreements on chips and digital economies" ... "The MoU on a chip ecosystem partnership
            # envisages ...": one of them, told on its own
            record = Record(mention.kind, target.status, [mention.sentence], list(target.countries), rule="one_of",
                            topics=topics_of(doc, mention.sentence), subject=subject, told=target.told)
            record.names.add(name_key(mention.head))
            record.date = target.date
            record.organizations = organizations_of(doc, mention, record.countries)
            records.append(record)
            return
        part = quantity_of(doc, mention, before, plural) if plural else None
        if part and (target is None or target.quantity == 1):
            here = _party_set(doc, lex, parties_of(doc, lex, mention))
            target = next((r for r in reversed(records) if r.quantity and r.quantity > part and r.rule == "cue"
                           and _party_set(doc, lex, r.countries) == here and mention.sentence - r.sentences[-1] <= 6), target)
        if target is not None and part and target.quantity and part < target.quantity and target.rule == "cue" \
                and mention.kind != target.kind and target.kind == "agreement" and not target.name:
            # "three agreements were signed" ... "the two frameworks ... were signed by ...": some of them
            record = Record(mention.kind, target.status, [mention.sentence], list(target.countries), rule="one_of",
                            topics=topics_of(doc, mention.sentence), told=target.told, quantity=part)
            record.names.add(name_key(mention.head))
            record.date = target.date
            records.append(record)
            return
        if target is not None:
            attach(doc, lex, target, mention)
            return
        if target is None and status in (None, "planned", "proposed") and not plural \
                and mention.kind == "joint_statement" and ("statement" in mention.head or "communiqu" in mention.head) \
                and len(parties_of(doc, lex, mention)) >= 2:
            status = "concluded"  # "according to the India-US joint statement", "The joint statement covers ...":
            # the statement the parties issued, told as known
        if not status and not plural and (len(named_parties(doc, mention)) >= 2 or mention.kind in DOCUMENT_KINDS
                                          and not APPROVED.search(before[-60:])
                                          and len(pair_after(doc, mention.sentence, mention.end)) >= 2):
            status = "existing"  # "goes further than the EU-Japan deal", "the accord between Ghana and Japan
            # foresees ...": the pair's instrument, in place
        made = MADE_AFTER.match(text, mention.end) if not status and not plural else None
        if made and len({c.code for c in doc.between("countries", mention.end, made_with(doc, made.end()))} |
                        (set(parties_of(doc, lex, mention)) if made.group("they") else set())) >= 2:
            status = "concluded"  # "the research pact Chile and Peru signed in 2009": told by its making (in place, by
            # its date, if that is long before the article)
        if not status and not plural and opens_the_story(doc, lex, mention, records, before):
            status = "concluded"  # "This memorandum of understanding aims to ...", the body's first words
        if not status or plural:
            return reject(doc, mention, "a definite mention with nothing told before to refer to")
            # "the accord", "these agreements" with nothing to refer to: no new instrument
    if in_quote(doc, mention.start) and not quote_tells_made(doc, lex, mention, status, plural, named, after):
        if status == "concluded" and (mention.kind in DOCUMENT_KINDS or named):
            # the quoted text names what was just told: "signed a deal on chips" ... "A newly signed Memorandum of
            # Cooperation on ..." (a deal word); "launched a minerals partnership" ... "we have announced the
            # $5 million Minerals Investment Partnership" (its own kind, unnamed till then)
            document = mention.kind in DOCUMENT_KINDS
            here = _party_set(doc, lex, parties_of(doc, lex, mention))
            told = [r for r in records if (r.kind == "agreement" and r.rule == "cue" if document
                                           else r.kind == mention.kind and r.name is None)
                    and (r.quantity or 1) == 1 and _party_set(doc, lex, r.countries) == here and 0 <= mention.sentence - r.sentences[-1] <= 5]
            if told:
                attach(doc, lex, told[-1], mention)
        return reject(doc, mention, "in a quotation that tells nothing made")
        # speech: "a partnership that is already bearing fruit"
    if mention.kind == "partnership" and not named and re.search(r"['’]s\s+(?:[a-z-]+\s+){0,2}$", before):
        if not joins_ones(before):
            return reject(doc, mention, "a country's relationship")  # "the UK's partnership with ...": a relationship
        status = status or "concluded"  # "signed on to the EU's space initiative", "joined Japan's partnership": an
        # instrument of one side the other joined, now
    quantity = quantity_of(doc, mention, before, plural)
    tally = bool((quantity or 1) > 1 and tallied(before, after))  # "have signed 40 agreements since 2015": in place
    status = "existing" if tally else status  # before the news (GUIDELINES), made over years: on no one day
    if status == "concluded" and earlier_turn(doc, mention.sentence):
        status = "existing"  # "Under a previous government, another launch agreement was signed with Ukraine"
    made_then = made_before(doc, mention) if not named and not definite else None
    if made_then and status in ("proposed", "planned") and not talks:
        status = "existing"  # "hope to reach the goals set out in an agreement signed ... last month": the wish is
        # the goals', the agreement was made before, in place
    if mention.kind in DOCUMENT_KINDS and (quantity or 1) == 1 and not _ANOTHER_ONE.search(before[-40:]):
        # "have signed a new partnership ..." then "X and Y signed a Joint Declaration of Intent": the text signed
        here = _party_set(doc, lex, parties_of(doc, lex, mention))
        signed = [r for r in records if r.kind == "partnership" and r.name is None and r.rule == "cue"
                  and _party_set(doc, lex, r.countries) == here and r.status == status and 0 < mention.sentence - r.sentences[0] <= 5
                  and _SIGNED_PARTNERSHIP.search(doc.sentences[r.sentences[0]].text(text))]
        if signed:
            attach(doc, lex, signed[-1], mention)
            signed[-1].kind = mention.kind
            return
    if not named and not definite and (quantity or 1) == 1 and status == "concluded" \
            and not _ANOTHER_ONE.search(before[-40:]):
        # "X and Y have agreed to collaborate on quantum ..." then "The two signed a declaration of intent" (or deals)
        here = _party_set(doc, lex, parties_of(doc, lex, mention))
        agreed = [r for r in records if r.rule == "agreed_to" and r.name is None and _party_set(doc, lex, r.countries) == here
                  and 0 < mention.sentence - r.sentences[-1] <= 2 and not made_apart(made_then, r)]
        if agreed:
            attach(doc, lex, agreed[-1], mention)
            agreed[-1].kind, agreed[-1].status = mention.kind, status
            agreed[-1].quantity = None if plural else agreed[-1].quantity
            agreed[-1].date = date_of(doc, mention, status) or agreed[-1].date
            return
    if quantity and quantity > 1:
        same = counted_again(mention, records, quantity, before)  # "signed 18 agreements" ... "the 18 agreements"
        if same is not None:
            attach(doc, lex, same, mention)
            return
    apart = apart or list_item
    if not named and records and not apart and not _ANOTHER_ONE.search(before[-40:]):
        # "signed the UK-Japan CEPA, the UK's first major trade deal": one instrument told twice in a sentence
        same = records[-1]
        if (same.kind == mention.kind or mention.head in ("deal", "pact", "accord") and same.kind != "dialogue") \
                and same.sentences[-1] == mention.sentence and same.rule != "partner_list" \
                and not _ANOTHER.search(text, after_last_word(doc, mention), mention.start) \
                and not other_body(doc, mention, same) \
                and (same.quantity or 1) == (quantity or 1) and not one_more(doc, mention.sentence) \
                and not any(c.code not in same.countries and _WITH_ONLY.fullmatch(text, mention.end, c.start)
                            for c in doc.within("countries", mention.sentence)) \
                and set(parties_of(doc, lex, mention, fill=False)) <= set(same.countries) \
                and not made_apart(made_then, same):  # ("follows a deal with Germany",
            # "came after Qatar and Turkey sealed a pact": another one)
            attach(doc, lex, same, mention)
            return
    again = None if named or apart else word_for_word(mention, records, set(parties), subject_words(doc, mention), status) \
        if one_more(doc, mention.sentence) else None if plural else sum_of_named(doc, mention, records, set(parties), before)
    if again is not None:  # "Meanwhile, Kenya and Japan have signed an agreement on AI": said again; "a $5m fund": its sum
        attach(doc, lex, again, mention)
        return
    if not named and not apart and not ORDINAL.search(before[-40:]) and not one_more(doc, mention.sentence):
        topics = topics_of(doc, mention.sentence)
        orgs = set(organizations_of(doc, mention, parties))
        subject = subject_words(doc, mention)
        joined_on = near(doc, AND_ANOTHER_WORDS, sentence, mention, 50) and bool(AND_ANOTHER.search(before[-50:]))  # "a
        # memorandum on AI and a memorandum on chips"
        restated = [r for r in records if r.kind == mention.kind and (same_head(mention.head, r.names) or r.name is None
                                                                       and subject and r.subject  # (both told on what)
                                                                       and same_head_word(mention.head, r.names))
                    and r.rule != "partner_list" and not (joined_on and mention.sentence in r.sentences)
                    and (r.topics & topics or not (r.topics or topics) or mention.kind == "joint_statement" and not
                         (subject or r.subject)) and orgs <= set(r.organizations)  # (a statement covers many fields)
                    and (same_subject(r.subject, subject) and (quantity or 1) == (r.quantity or 1)
                         or plural and r.quantity is None and quantity and r.status == status
                         and 0 < mention.sentence - r.sentences[-1] <= 10)
                    # "unveiled agreements ..." then "announced four agreements": the count of those
                    and set(parties_of(doc, lex, mention, fill=False)) <= set(r.countries)
                    and not made_apart(made_then, r) and not (r.status == "existing" and status == "concluded"
                                                               and earlier_turn(doc, r.sentences[0]))]
        if restated:  # "a new quantum partnership" told twice
            if restated[-1].rule == "money" and status and not restated[-1].told:
                restated[-1].status = status  # a sum in a headline founded it; the body tells its status
                restated[-1].told = True
            attach(doc, lex, restated[-1], mention)
            restated[-1].quantity = max(restated[-1].quantity or 0, quantity or 0) or None  # the fuller count wins
            return
    if not status and plural and (quantity or 0) > 1 and (made := MADE_AFTER.match(text, mention.end)) and len(
            {c.code for c in doc.between("countries", mention.end, made.end())}) >= 2:
        status = "concluded"  # "one of four agreements Singapore and Vietnam signed on Thursday": told by its making
    if not status and plural and not named:
        return reject(doc, mention, "talk about the kind of thing")  # "MOUs are non-binding"
    why = vague_or_own(doc, mention, before, plural, named)  # ("... with counterpart agencies of various countries",
    if why:                                                  # "the university's international affairs centre")
        return reject(doc, mention, why)
    if not status and not any(mention.sentence - 1 in r.sentences for r in records):
        status = items_told_before(doc, lex, mention.sentence)  # "... announced several initiatives. These include
        # X, a partnership between A and B": one of those announced (a record of that sentence reads it itself)
    sibling = records[-1] if not status and not named and not plural and records and _ONE_MORE.match(before) and \
        records[-1].status in ("concluded", "planned") and mention.sentence - records[-1].sentences[-1] <= 3 else None
    status = sibling.status if sibling is not None else status  # "... signed an MoU on AI. Another agreement covers
    told = bool(status)                                          # digital identity": one more of the same signing
    if not status:
        if not (mention.strong or bullet_status or named and len(parties) >= 2 and mention.head[0:1] != "f"):
            return reject(doc, mention, "no status told and no instrument word strong enough")
        if named and not mention.strong and not bullet_status and not name_is_proper(mention):
            return reject(doc, mention, "a name that is no proper name, with no status told")
        if named and not mention.strong and not bullet_status and institution(doc, mention, before):
            return reject(doc, mention, "a named centre or fund with no status told and no two countries named")
        status = "existing" if named and not mention.strong else "concluded"
    parties = heard_parties(doc, mention, parties) if told else parties  # "African ministers ... heard ministers from"
    if len(parties) < 2 and not (parties and any(is_bloc(c) for c in parties)) or \
            bloc_bodies_only(doc, mention, parties):  # ("Europol and ENISA signed an MoU": one bloc's own bodies)
        later = listed_later(doc, mention.sentence) if told else set()
        host = under_record(doc, mention, records) if len(set(parties) | later) < 2 else None
        later |= set(host.countries) if host else set()  # ("a centre will be created under the new agreement")
        if len(set(parties) | later) < 2:
            return reject(doc, mention, "fewer than two parties")
        parties = sorted(set(parties) | later)  # "Egypt signed seven MoUs ... Partner companies include X (Canada)"
    period = years_span(text[sentence.start:sentence.end])
    if period and not apart:
        same = next((r for r in records if r.kind == mention.kind and period in r.names), None)
        if same is not None:
            attach(doc, lex, same, mention)
            return
    record = Record(mention.kind, status, [mention.sentence], parties, name=mention.name,
                     quantity=quantity, rule="named" if named else ("bullet" if bullet_status else "tally" if tally else "cue"),
                     topics=topics_of(doc, mention.sentence), subject=subject_words(doc, mention), told=told)
    if mention.name:
        record.names.add(name_key(mention.name))
        record.words.append(name_words(mention.name, lex))
    if period:
        record.names.add(period)
    record.names.add(name_key(mention.head))
    record.organizations = organizations_of(doc, mention, parties)
    record.described = frozenset() if named else described_words(before)
    record.alike = set(founder.topics) if founder is not None and not record.topics else record.alike  # (its text's)
    record.date = None if venue or tally else made_then if made_then and status == "concluded" else date_of(
        doc, mention, status) or (made_then if status == "existing" else None)
    record.date = sibling.date if sibling is not None else record.date
    if apart and (opens := older_phrase(doc, before)) and any(mention.sentence in r.sentences for r in records):
        claim_older_fields(doc, record, mention, opens)  # "a lithium accord ... under their 2019 space agreement"
    records.append(record)


# a second instrument in the sentence: "an MOU on AI and a framework on chips", "as well as an agreement"
_ANOTHER = fastre.compile(r"\b(?:and|as well as|plus|while|also|alongside|besides)\s+(?:a|an|another|the|two|three|"
                      r"several|\d+)\b|;\s", re.IGNORECASE)
_ANOTHER_ONE = fastre.compile(r"\b(?:second|third|fourth|another|additional|separate|other|further)\s+(?:[\w’'-]+\s+){0,2}$",
                          re.IGNORECASE)
_EXAMPLE = fastre.compile(r"\b(?:such as|including|like|for example|for instance)\s+(?:the\s+)?"
                          r"(?:[A-Z][\w’'-]*\s+(?:(?:for|of|on|and)\s+)?){0,5}$")
