"""The country of a person read from the person named beside him, in a story about two countries.

News that reports a signing between two countries names the home official plainly and the foreign one with a
country word: "Energy Minister Rosa Vidal and Peruvian Mines Minister Hugo Paz signed the accord", "Minister
Ana Soto met her Korean counterpart Park Min-jun". The plain one then serves the other of the two countries.
Read only when the article is about exactly two countries and the foreign one's country word sits in his own
role (so "US President A and Secretary of State B", where the word before the first name covers both, is never
read this way). The other order is read only when the first name's country is told after his title, with
"of": "President of the Board of Canada A and Minister of Digital Affairs B" (B serves the other country), or in his
apposition ("A, the French Minister of Trade, and B, the Minister of Innovation"). "A signed the pact with Japan's
Minister B" and a plural title over two names ("signed by ministers A and B", one of them known) read the same way;
a bloc's or an international body's officer serves no country. A country frame that opens a list of names ("The
signatories for Australia were A and B", "Ghana was represented by A and B") gives each of them that country.
A country word before the first of two titled names joined by "and" covers the second ("Rwandan Minister A and
Principal Secretary B"). nationality.py calls :func:`by_frame`, :func:`by_behalf`, :func:`by_shared_word` and
:func:`by_pairing` (``country_rule`` "pairing").
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .lexicon import BLOCS

# what joins two people named side by side: "A and B", "A and his Korean counterpart B", "A met with B" (with an
# aside about A between them: "A, who flew in on Monday, and B")
_JOIN = fastre.compile(r"(?:,\s+who\s[^,;.()“”\"]{3,100},)?(?:(?:,\s+)?\s*(?:and|&|met(?:\s+with)?|meets(?:\s+with)?|held\s+talks\s+"
                       r"with|received|hosted|welcomed|(?:signed|inked)\s+(?:(?:the|an?|this|two|three)\s+)?(?:[\w-]+\s+){0,3}?with)|"
                       r",(?=\s+(?:the\s+)?[A-Z]))\s+(?:(?:his|her|their|the)\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")  # ("A signed the pact with Korea's B";
# a list of signatories: "the Minister of Trade, A, the German Minister for Development, B")
# "A signed the accord with B", "A, ..., was in charge of signing it with the B": two sides of a signing
_SIGNED_WITH = fastre.compile(r",?\s+(?:(?:was|were|is|are)\s+(?:in\s+charge\s+of\s+)?)?(?:signed|signing|signs|inked|inking|"
                              r"held\s+talks)\s+(?:(?:the|an?|this|it)\s+)?(?:[\w-]+\s+){0,3}?with\s+(?:the\s+)?")
# "... as he signed the memorandum with Saudi minister ": the words before a told official one signed with
_SIGNED_WITH_BEFORE = fastre.compile(r"\b(?:he|she|they|who)\s+(?:also\s+)?(?:signed|inked|sealed)\s+(?:(?:the|an?|this|it)\s+)?"
                                     r"(?:[\w-]+\s+){0,5}?with\s+(?:the\s+)?(?P<told>(?:[A-Z][\w’'-]*(?:['’]s)?\s+){1,2})$")
# "A and B", "A and Executive Vice-President B": two people joined, the second with a title or none
_AND_TITLED = fastre.compile(r"\s+(?:and|&)\s+(?:(?:his|her|the)\s+)?(?:[A-Za-z][\w’'.-]*\s+){0,6}?")
_INITIALISM = fastre.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S.": its stops end no clause
_HIS_COUNTERPART = fastre.compile(r"\b(?:his|her)\s+(?:[A-Z][\w.-]*\s+){1,2}counterparts?\b")
_COUNTERPART = fastre.compile(r"\b(?:counterparts?|opposite\s+numbers?)\b", re.IGNORECASE)
_OF_BEFORE = fastre.compile(r"\bof\s+(?:the\s+)?$")
# the office of a bloc or an international body, whose holder serves no country
_BLOC_OFFICE = fastre.compile(r"\b(?:European|EU|UN|United\s+Nations|Commission(?:er)?|Secretary[- ][Gg]eneral|World|"
                              r"International|NATO|ASEAN|African\s+Union|OECD|G7|G20)\b")


def _two_countries(doc: Document, index: int | None) -> list[str]:
    """The two countries the story is about: its focus when that is two, else the two its sentence names, else
    the two the whole article names (blocs aside: a bloc's officer serves no country)."""
    def named(mentions) -> list[str]:
        return sorted({c.code for c in mentions if not (c.locative or c.nonparty) and c.code not in BLOCS})
    for pair in (list(doc.focus), named(doc.within("countries", index)) if index is not None else [], None):
        if pair is None:  # (the whole article's, read once per document)
            pair = list(doc.memo("named_countries", None, lambda: named(doc.countries)))
        if len(pair) == 2 and not BLOCS & set(pair):
            return pair
    return []


def _told_in(doc: Document, start: int, end: int) -> str | None:
    """The one country a role's own words name (a country word, "of Canada"), with no other beside it."""
    codes = {c.code for c in doc.between("countries", start, end) if not c.locative and start <= c.start < end}
    return codes.pop() if len(codes) == 1 else None


def _mentions_of(doc: Document, name: str):
    """Each mention of ``name``: (its place among all people's mentions, the mention, all of them, its sentence)."""
    mentions = sorted(doc.people, key=lambda m: m.start)
    for i, mine in enumerate(mentions):
        if mine.name == name:
            yield i, mine, mentions, doc.sentence_index(mine.start)


def by_pairing(doc: Document, name: str) -> str | None:
    """The country of ``name`` (who has none) from the person named beside him, or None."""
    text = doc.text
    for i, mine, mentions, index in _mentions_of(doc, name):
        if mine.role and _BLOC_OFFICE.search(mine.role):
            continue  # ("the European Commissioner A and the Minister of Chile B": A serves no country)
        pair = _two_countries(doc, index)
        at = _role_start(text, mine)
        if not pair or any(fastre.fullmatch(r"(?:['’]s?)?\s*", text[c.end:at]) or c.start >= at
                           for c in doc.between("countries", max(0, at - 20), mine.start)):
            continue  # ("EU High Representative A": a word before the role tells whom he serves)
        # "Minister Ana Soto and Peruvian Minister Hugo Paz": the next name, its role told with a country word
        nxt = next((m for m in mentions[i + 1:] if m.name != name), None)
        if nxt is not None and nxt.country in pair and doc.sentence_index(nxt.start) == index:
            join = _JOIN.match(text, _past_apposition(text, mine))  # ("A, Chairman of X, and B, ...")
            if join and nxt.start - join.end() <= 120 and not fastre.search(r"[,;.()]", _plain(text[join.end():nxt.start])):
                between = (join.end(), nxt.start)
                if _COUNTERPART.search(text, *between) or nxt.country in (
                        _told_in(doc, *between), _told_in(doc, nxt.end, _past_apposition(text, nxt))):
                    return next(c for c in pair if c != nxt.country)  # (B's country told before his name or in
                    # his apposition: "and B, Minister of Science of Korea")
        # "Minister A said ... as he signed the memorandum with Saudi minister B": the one who signed with B
        if nxt is not None and nxt.country in pair and doc.sentence_index(nxt.start) == index and not any(
                mine.end <= m.start < nxt.start and m.name not in (name, nxt.name) for m in mentions):
            at = _role_start(text, nxt)
            signed = _SIGNED_WITH_BEFORE.search(text, max(mine.end, at - 150), at)
            if signed and _told_in(doc, signed.start("told"), at) == nxt.country:
                return next(c for c in pair if c != nxt.country)
        # "Minister A spoke of the summit where he met his Korean counterpart": A is not of that country
        own = _HIS_COUNTERPART.search(text, mine.end, doc.sentences[index].end) if index is not None else None
        if own and not any(mine.end <= m.start < own.start() and m.name != name for m in mentions):
            told = _told_in(doc, own.start(), own.end())
            if told in pair:
                return next(c for c in pair if c != told)
        # "ministers A and B" (a plural title for both): one for each side
        other = _plural_pair(doc, mentions, i, index, pair)
        if other:
            return other
        # "President of the Board of Canada A and Minister B": the name before, its country told after "of"
        before = next((m for m in reversed(mentions[:i]) if m.name != name), None)
        # "Korean Trade Minister A and her counterpart B": the counterpart, no country word of his own, is the other's
        if before is not None and before.country in pair and doc.sentence_index(before.start) == index:
            join = _JOIN.match(text, _past_apposition(text, before))
            if join and 0 <= at - join.end() <= 40 and _COUNTERPART.search(text, join.start(), mine.start) and \
                    not doc.between("countries", join.start(), mine.start):
                return next(c for c in pair if c != before.country)
        if before is not None and before.country in pair and doc.sentence_index(before.start) == index and \
                before.role and _JOIN.fullmatch(text, before.end, _role_start(text, mine)):
            role_at = _role_start(text, before)
            country = next((c for c in doc.between("countries", role_at, before.start)
                            if c.code == before.country and not c.locative), None)
            if country and _OF_BEFORE.search(text, max(0, country.start - 8), country.start):
                return next(c for c in pair if c != before.country)
        # "Peruvian Minister A signed the memorandum with Energy Minister B": the one A signed with is of the other
        if before is not None and before.country in pair and doc.sentence_index(before.start) == index and \
                _SIGNED_WITH.fullmatch(text, _past_apposition(text, before), _role_start(text, mine)):
            return next(c for c in pair if c != before.country)
        # "A, the French Minister of Trade, and B, the Minister of Innovation": the first's country word in his
        # apposition, none in the second's
        if before is not None and before.country in pair and doc.sentence_index(before.start) == index and \
                _JOIN.fullmatch(text, _past_apposition(text, before), _role_start(text, mine)) and \
                _told_in(doc, before.end, _past_apposition(text, before)) == before.country and \
                _past_apposition(text, mine) > mine.end and _told_in(doc, mine.end, _past_apposition(text, mine)) is None:
            return next(c for c in pair if c != before.country)
    return None


_AND = fastre.compile(r"\s+(?:and|&)\s+")
_COUNTRY_WORD_BEFORE = fastre.compile(r"(?:['’]s?)?\s+")


def by_shared_word(doc: Document, name: str) -> str | None:
    """"Rwandan Minister of ICT A and Principal Secretary B": the country word before the first of two titled names
    joined by "and" covers the second, whose title has none (not a bloc's officer: "... and Commissioner B")."""
    text = doc.text
    for i, mine, mentions, index in _mentions_of(doc, name):
        before = next((m for m in reversed(mentions[:i]) if m.name != name), None)
        if before is None or not before.country or not before.role or not mine.role or _BLOC_OFFICE.search(
                mine.role) or not _AND.fullmatch(text, before.end, _role_start(text, mine)):
            continue
        at = _role_start(text, before)
        if at < before.start and any(c.code == before.country and not c.locative and _COUNTRY_WORD_BEFORE.fullmatch(
                text, c.end, at) for c in doc.between("countries", max(0, at - 30), at)):
            return before.country
    return None


# "A, Deputy Minister, signed for Ghana", "... signed it on behalf of France": the country after the name and its role
_SIGNED_FOR = fastre.compile(r",?\s+(?:who\s+)?(?:signed|signs|initialled|inked)\s+(?:(?:it|the\s+[\w-]+)\s+)?"
                             r"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?")
# "On behalf of Russia, the accord was signed by A", "and on behalf of Uganda by its Minister A": told before the name
_BEHALF_BY = fastre.compile(r"\b(?:[Oo]n\s+behalf\s+of|[Ff]or)\s+(?:the\s+)?(?P<c>[A-Z][^,;.]{1,30}?)(?:,\s+(?:the|this|that)\s+"
                            r"[\w\s-]{1,40}?\s+(?:was|were|is|will\s+be)\s+signed)?\s+by\s+(?:its\s+)?$")


_ANOTHER = fastre.compile(r"\s+(?:and|&)\s+(?:the\s+)?[A-Z]")  # "signed for Chile and Peru respectively": not one


def signed_for(doc: Document, name: str) -> str | None:
    """The country a person signed for: "A, Deputy Minister, signed for Ghana", "On behalf of Russia, the accord was
    signed by A" (one country, not a bloc)."""
    text = doc.text
    for _, mine, _, _ in _mentions_of(doc, name):
        after = _SIGNED_FOR.match(text, _past_apposition(text, mine))
        at = _role_start(text, mine)
        before = _BEHALF_BY.search(text, max(0, at - 90), at) if after is None else None
        span = (after.end(), after.end() + 1) if after else before.span("c") if before else None
        codes = {c.code for c in doc.between("countries", *span) if not c.locative and (
            before or c.start == span[0] and not _ANOTHER.match(text, c.end))} if span else set()
        if len(codes) == 1 and not codes & BLOCS:
            return codes.pop()
    return None


_ENVOY = fastre.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]onsul(?:[\s-][Gg]eneral)?)\b[^,;]*?\s"
                        r"(?:to|in)\s+(?:the\s+)?(?P<c>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def by_posting(doc: Document, name: str, role: str | None) -> str | None:
    """"Ambassador to Kenya A", "A, ambassador to Chile": in a story about two countries, an envoy posted to one
    serves the other."""
    posted = _ENVOY.search(role) if role else None
    if posted is None:
        return None
    for _, mine, _, index in _mentions_of(doc, name):
        pair = _two_countries(doc, index)
        at = doc.text.find(role, max(0, mine.start - len(role) - 12), mine.end + len(role) + 12)
        if at < 0:
            continue
        codes = {c.code for c in doc.between("countries", at + posted.start("c"), at + posted.end("c"))}
        if len(codes) == 1 and codes <= set(pair):
            return next(c for c in pair if c not in codes)
    return None


# "our Korean trading partners", "our Indian friends": the speaker's own words naming the other side
_OUR_PARTNERS = fastre.compile(r"\s+(?:(?:trading|trade|key|close|closest|strategic|valued|long-standing|good)\s+)*"
                               r"(?:partners?|counterparts?|friends|neighbou?rs|colleagues|allies|brothers)\b")
_OUR_BEFORE = fastre.compile(r"\b[Oo]ur\s+(?:(?:great|good|close|longtime|long-standing)\s+)?$")


def by_own_words(doc: Document, name: str) -> str | None:
    """In a story about two countries, one whose words in the sentence that names him call one of them "our ...
    partners" ("... with our Korean trading partners," Mines Minister A said) serves the other."""
    for _, mine, _, index in _mentions_of(doc, name):
        if index is None:
            continue
        pair = _two_countries(doc, index)
        told = {c.code for c in doc.within("countries", index) if _OUR_PARTNERS.match(doc.text, c.end) and
                _OUR_BEFORE.search(doc.text, max(0, c.start - 30), c.start)}
        if pair and len(told) == 1 and told <= set(pair):
            return next(c for c in pair if c not in told)
    return None


# "A, Minister of Youth, and key UAE government officials": the other side's people, named by their country only
_AND_THEIR_SIDE = fastre.compile(r",?\s+(?:and|with)\s+(?:the\s+)?(?:(?:key|senior|top|visiting|other)\s+)*")
_SIDE_AFTER = fastre.compile(r"(?:['’]s)?\s+(?:(?:government|state|senior|top)\s+)?(?:officials|delegation|envoys?|"
                             r"ambassadors?|counterparts?)\b")


def by_other_side(doc: Document, name: str) -> str | None:
    """In a story about two countries, one named beside the other side's officials told by their country only ("A,
    and key UAE government officials", "A and the Kenyan delegation") serves the other country."""
    for _, mine, _, index in _mentions_of(doc, name):
        pair = _two_countries(doc, index)
        joined = _AND_THEIR_SIDE.match(doc.text, _past_apposition(doc.text, mine)) if pair else None
        side = next((c for c in doc.between("countries", joined.end(), joined.end() + 1) if c.start == joined.end()),
                    None) if joined else None
        if side and side.code in pair and _SIDE_AFTER.match(doc.text, side.end):
            return next(c for c in pair if c != side.code)
    return None


def home_side(doc: Document, person, filed: str | None) -> str | None:
    """In a story about two countries whose officials told with a country word are all of one, an official named
    plainly serves the other: the home side, as its own news names it ("The UK struck a deal with Saudi Arabia.
    Science minister A said ... Saudi minister B"). ``filed``: the country of the dateline's capital, or None."""
    pair = _two_countries(doc, None)
    told = {p.country for p in doc.people_records if p.country and p.country_rule == "text" and p.name != person.name}
    if len(pair) != 2 or BLOCS & set(pair) or len(told) != 1 or not told <= set(pair) or told == {filed}:
        return None  # (not in a story filed from the told side's capital: "CAIRO - Egyptian Prime Minister A ...")
    mine = {doc.sentence_index(e.start) for e in person.mentions}
    if any(m.country in told and m.name != person.name and doc.sentence_index(m.start) in mine for m in doc.people):
        return None  # ("Egyptian Prime Minister A attended on behalf of President B": the sentence ties them)
    return next(c for c in pair if c not in told)


_PLURAL_TITLE = fastre.compile(r"\b(?:ministers|secretaries|leaders|signatories|counterparts|envoys|ambassadors|"
                               r"heads\s+of\s+(?:state|government))\s+$", re.IGNORECASE)


def _plural_pair(doc: Document, mentions, i: int, index: int | None, pair: list[str]) -> str | None:
    """"signed by ministers A and B", "foreign ministers A and B": in a story about two countries, the one of the
    two whose country is known serves one side and the other the other (not "Korean ministers A and B")."""
    text, mine = doc.text, mentions[i]
    for first, second, known in ((mentions[i - 1] if i else None, mine, 0), (mine, mentions[i + 1] if i + 1 < len(
            mentions) else None, 1)):
        if first is None or second is None or first.name == second.name or \
                not fastre.fullmatch(r"\s+(?:and|&)\s+", text[first.end:second.start]):
            continue
        title = _PLURAL_TITLE.search(text, max(0, first.start - 40), first.start)
        other = (first, second)[known]
        if title is None or other.country not in pair or doc.sentence_index(first.start) != index or any(
                not c.locative for c in doc.between("countries", max(0, title.start() - 25), first.start)):
            continue
        return next(c for c in pair if c != other.country)
    return None


def _plain(between: str) -> str:
    """The words between two names without initialisms' stops ("U.S."), a body's acronym in brackets ("(BMZ)"), the
    commas of a portfolio list or before a name ("Minister for Trade, Industry and Energy, B") or the stops of the
    honorifics that open the name ("Minister of IT Dr. B", "Eng. B")."""
    return fastre.sub(r",(?=\s+[A-Z])|,\s*$|\s*\([A-Z][A-Za-z&-]{1,12}\)|(\s(?:Dr|Mr|Ms|Mrs|Eng|Engr|Prof|Hon))\.(?=\s*$)", r"\1",
                      _INITIALISM.sub("", between))


# a country frame that opens a list of names: "The signatories for Australia were A and B", "Ghana was represented
# by A and B", "Signing on behalf of Chile were A and B" (the country in group "c")
_FRAME = fastre.compile(r"\b(?:(?:[Ss]ignator(?:y|ies)|[Ss]igners?|[Ss]igning|[Rr]epresentatives?|[Dd]elegates?|"
                        r"[Dd]elegation)\s+(?:for|of|from|on\s+behalf\s+of)\s+(?:the\s+)?(?P<c>[A-Z][^,;.]{1,40}?)\s+"
                        r"(?:were|was|are|is|included|includes)|(?P<c2>[A-Z][^,;.]{1,40}?)\s+(?:was|were|is|will\s+be)\s+"
                        r"represented\s+by)\s+")
# what ends the list a frame opens: a clause or another side ("..., with Japan's envoy C")
_FRAME_END = fastre.compile(r";|[,\s]\s*(?:with|while|whereas|alongside|as|who|which|against|and\s+for)\s")


def by_frame(doc: Document, name: str) -> str | None:
    """The country of a frame that opens the list ``name`` stands in, when no other country is told in the list
    before his name."""
    text = doc.text
    for _, mine, mentions, index in _mentions_of(doc, name):
        if index is None:
            continue
        sentence = doc.sentences[index]
        for frame in _FRAME.finditer(text, sentence.start, mine.start):
            group = "c" if frame.group("c") else "c2"
            codes = {c.code for c in doc.between("countries", frame.start(group), frame.end(group)) if not c.locative}
            stop = _FRAME_END.search(text, frame.end(), mine.start)
            if len(codes) != 1 or stop or codes & BLOCS:
                continue
            code = codes.pop()
            if all(c.code == code for c in doc.between("countries", frame.end(), mine.end) if not c.locative):
                return code
    return None


# "... signed on behalf of the Government of Canada and the European Union", "for Chile and Peru respectively"
_ON_BEHALF = fastre.compile(r"\b(?:on\s+behalf\s+of|representing|for)\s+(?:the\s+)?(?:(?:[Gg]overnments?|[Rr]epublic|"
                            r"[Kk]ingdom|[Ss]tate)\s+of\s+)?(?P<first>[^,;.]{2,40}?)\s+and\s+(?:the\s+)?"
                            r"(?:(?:[Gg]overnment|[Rr]epublic|[Kk]ingdom|[Ss]tate)\s+of\s+)?(?P<second>[^,;.]{2,40}?)"
                            r"(?P<respectively>,?\s+respectively)?(?=[,;.]|\s|$)")


def by_behalf(doc: Document, name: str) -> str | None:
    """"Minister A and Vice-President B signed on behalf of Canada and the EU": A serves the first, B the second
    (each of two people joined by "and", in the order of the two countries that follow)."""
    text = doc.text
    for _, mine, mentions, index in _mentions_of(doc, name):
        if index is None:
            continue
        sentence = doc.sentences[index]
        others = [m for m in mentions if m.name != name and doc.sentence_index(m.start) == index]
        before = next((m for m in reversed(others) if m.end <= mine.start), None)
        after = next((m for m in others if m.start >= mine.end), None)
        if after and _AND_TITLED.fullmatch(text, mine.end, after.start):
            first, last = True, after  # "A and B ... on behalf of X and Y": A serves X
        elif before and _AND_TITLED.fullmatch(text, before.end, mine.start):
            first, last = False, mine
        else:
            continue
        behalf = _ON_BEHALF.search(text, last.end, sentence.end)
        if behalf is None:
            continue
        codes = []
        for group in ("first", "second"):
            found = [c for c in doc.between("countries", behalf.start(group), behalf.end(group)) if not c.locative]
            codes.append(found[0].code if len(found) == 1 else None)
        code = codes[0] if first else codes[1]
        if code and code not in BLOCS and codes[0] != codes[1] and None not in codes:
            return code
    return None


def _past_apposition(text: str, mention) -> int:
    """The end of the role set off after a name ("A, Chairman of the Authority"), or the name's end."""
    role = mention.role
    if role:
        lead = fastre.match(r",\s+(?:(?:the|an?)\s+)?", text[mention.end:mention.end + 8])
        if lead and text.startswith(role, mention.end + lead.end()):
            return mention.end + lead.end() + len(role)
    return mention.end


def _role_start(text: str, mention) -> int:
    """Where the title before a name starts ("Minister of Digital Affairs Kaja Tamm"), or the name's start."""
    if mention.role:
        at = text.rfind(mention.role, max(0, mention.start - len(mention.role) - 12), mention.start)
        if at >= 0:
            return at
    return mention.start


_THE_DEMONYM = fastre.compile(r"\b[Tt]he\s+$")


def by_later_mention(doc: Document, name: str, role: str | None) -> str | None:
    """"Minister A B signed the pact. The Israeli minister said ...": a later "the <country word> <title>" within
    two sentences names his country, when no one else with that title is named in his sentence or after it."""
    head = role.split()[-1].lower() if role else ""
    if not head.isalpha() or len(head) < 4:
        return None
    text = doc.text
    for _, mine, mentions, index in _mentions_of(doc, name):
        if index is None:
            continue
        last = min(index + 2, len(doc.sentences) - 1)
        for c in doc.between("countries", mine.end, doc.sentences[last].end):
            if c.locative or not _THE_DEMONYM.search(text, max(0, c.start - 5), c.start) or not re.match(
                    rf"\s+{head}\b", text[c.end:c.end + len(head) + 2], re.IGNORECASE):
                continue
            rivals = [m for m in mentions if m.name != name and doc.sentences[index].start <= m.start < c.start and
                      m.role and m.role.split()[-1].lower() == head]  # ("A met Minister B. The Israeli minister")
            named = any(m.name != name and c.end < m.start <= c.end + 80 and fastre.fullmatch(
                r"[^.;]*", text[c.end:m.start]) for m in mentions)  # ("The Saudi minister of trade, B, said": B's)
            if not rivals and not named and c.code not in BLOCS:
                return c.code
    return None
