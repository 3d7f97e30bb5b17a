"""How stories word an instrument: the words of its names and of its evidence, as the merge compares them.

Names are reduced to their distinctive words (:func:`name_tokens`: no places, kind words or praise, one spelling,
compounds as one word), evidence to its words in order (:func:`evidence_sequence`), to the pairs of content words
that say what it does (:func:`wording`) and to the names, places and figures it marks (:func:`evidence_marks`);
:func:`told_in` finds one outlet's name for a deal written out in another's story.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NAME_FILLER = frozenset("""
a an the of on and for in to with between at by from about under its their new landmark historic formal broad
major first bilateral agreement agreements memorandum memoranda memorandums understanding mou mous moc loi letter
letters intent framework frameworks partnership partnerships joint statement statements declaration declarations
plan plans action roadmap fund funds centre center centres centers dialogue dialogues deal deals pact pacts accord
accords treaty treaties initiative initiatives alliance arrangement arrangements protocol charter program programme
platform cooperation co operation collaboration collaborative mutual government governments
""".split())
# capitalised words that name roles, offices, days and the like: shared by every story, so no evidence
_TITLE_WORDS = frozenset("""
the a an this that these those it its in on at as for and but or of to by with after before during under while
when where what which who whose how according also both two three four five six seven eight nine ten mr mrs ms
dr sir president presidents prime minister ministers ministry secretary secretaries foreign affairs trade
commerce industry commissioner chancellor crown prince princess king queen deputy vice chairman chair chief
executive director ambassador envoy government governments department state states house white office council
senior official officials spokesperson spokesman minister-in-charge premier leader leaders administration
agency news press reporter editor photo file reuters ap afp pti ani kuna ians xinhua yonhap bernama
january february march april may june july august september october november december jan feb mar apr jun
jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday
memorandum memoranda understanding agreement agreements partnership framework joint statement declaration
fund centre center dialogue treaty accord pact deal initiative plan roadmap cooperation mou moc loi
read more also related share click subscribe advertisement homepage home news business world
""".split())
_STOP = frozenset("a an the of on and for in to with between at by from".split())
# topic words: the sectors say these already, and every story of a sector shares them
TOPIC_WORDS = frozenset("""
ai artificial intelligence technology technologies tech digital strategic economic economy innovation science
scientific quantum semiconductor semiconductors chip chips energy nuclear critical mineral minerals rare earth
earths space defense defence security trade investment development supply chain chains data cyber research
""".split())
_SPELLING = ((re.compile(r"isation$"), "ization"), (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
             (re.compile(r"our$"), "or"), (re.compile(r"tre$"), "ter"), (re.compile(r"ogue$"), "og"),
             (re.compile(r"(?<=[df])ence$"), "ense"))


_SHORT_FORMS = {"tech": "technology", "techs": "technology", "govt": "government", "intl": "international"}


def fold(word: str) -> str:
    """British and American spellings as one word ("defence" and "defense", "centre" and "center")."""
    if len(word) > 4:
        for pattern, replacement in _SPELLING:
            word = pattern.sub(replacement, word)
    return word
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*")
_CAPITALISED = re.compile(r"(?<![\w'’])([A-Z][A-Za-z'’]*[a-z][A-Za-z'’]*|[A-Z]{2,})(?![\w'’])")
_FIGURE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)(?![\w])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”'‘’()\[\]\n]\s*|\s[-–—]\s)$")


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Lower-case words of every country, bloc, demonym and capital name (what every story of a pair shares)."""
    from ..extract.lexicon import read_table

    words = set()
    for row in read_table("countries.tsv"):
        if len(row) >= 3 and len(row[2].split()) <= 3:  # not "Comprehensive and Progressive Agreement for ..."
            words.update(w.lower() for w in TOKEN.findall(row[2]))
    words -= _NAME_FILLER | {"economic", "council", "organization", "organisation", "free", "development",
                             "community", "nations", "association", "islands", "island", "chip"}  # ("the Chip 4")
    return frozenset(words | {"us", "u", "s", "uk", "eu", "usa", "america", "american", "americans"})


@lru_cache(maxsize=65536)  # the same words, story after story
def norm(raw: str) -> str:
    """A word as compared: lower case, no possessive, one spelling, no plural -s."""
    word = raw.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    word = _SHORT_FORMS.get(word, word)  # ("Tech Prosperity Deal": the Technology Prosperity Deal)
    word = fold(word)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"  # "technologies" and "technology"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


@lru_cache(maxsize=1)
def _filler() -> frozenset[str]:
    return frozenset(norm(w) for w in _NAME_FILLER)


@lru_cache(maxsize=8192)  # asked again for the same names with every candidate a report is weighed against
def name_phrase(name: str | None) -> tuple[str, ...]:
    """A name's words in order, without places and little words ("Digital Partnership" of "EU-Singapore
    Digital Partnership"): how another story would write it."""
    if not name:
        return ()
    places = place_words()
    out = []
    for raw in _joined(TOKEN.findall(name.replace("-", " ").replace("–", " "))):
        if raw[0].isdigit() or raw.lower() in places or raw.lower() in _STOP:
            continue
        out.append(norm(raw))
    return tuple(w for w in out if w)


# words that outlets write as one or as two ("roadmap" and "road map", "cybersecurity" and "cyber security")
_COMPOUNDS = frozenset({("road", "map"), ("cyber", "security"), ("semi", "conductor"), ("bio", "technology"),
                        ("eco", "system"), ("work", "force"), ("frame", "work"), ("data", "base")})


def _joined(words: list[str]) -> list[str]:
    """Raw words with the two halves of a compound as one ("Road Map" as "Roadmap")."""
    low = [w.lower() for w in words]
    if not any(pair in _COMPOUNDS for pair in zip(low, low[1:])):
        return words
    out: list[str] = []
    for i, word in enumerate(words):
        if out and i and (low[i - 1], low[i]) in _COMPOUNDS and out[-1].lower() == low[i - 1]:
            out[-1] += word.lower()
        else:
            out.append(word)
    return out


def name_tokens(name: str | None) -> frozenset[str]:
    """The words that tell one instrument's name from another's: no places, kind words or praise; a letter too
    ("INDUS-X" is not "INDUS")."""
    return frozenset(w for w in name_phrase(name) if (len(w) >= 2 or w.isalpha()) and w not in _filler())


_ENDINGS = frozenset("""
s e y al ial ical ic ics ine ing ed er ure ural ation ization ity ive ment ion ian ist ism care
""".split()) | {""}


def same_root(a: str, b: str) -> bool:
    """Two name words of one root ("health" and "healthcare", "medical" and "medicine", "sport" and "sporting"):
    five letters or more in common at the start, and what follows in each is a common ending ("internet" and
    "international" are not one root)."""
    if a == b:
        return True
    if a[:5] != b[:5]:
        return False
    common = 5
    limit = min(len(a), len(b))
    while common < limit and a[common] == b[common]:
        common += 1
    return a[common:] in _ENDINGS and b[common:] in _ENDINGS


def shared_words(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The words of ``a`` that ``b`` has too, as the same word or one of its root."""
    same = a & b
    rest = b - same
    if not rest or len(same) == len(a):
        return same
    return same | frozenset(x for x in a - same if any(same_root(x, y) for y in rest))


def evidence_sequence(texts: list[str]) -> tuple[str, ...]:
    """The evidence's words in order, without places and little words (to find one outlet's name for the
    deal in another's story)."""
    places = place_words()
    out = []
    for text in texts:
        for raw in _joined(TOKEN.findall(text.replace("-", " ").replace("–", " "))):
            if raw[0].isdigit() or raw.lower() in places or raw.lower() in _STOP:
                continue
            out.append(norm(raw))
    return tuple(out)


_PLAIN = frozenset("""
sign signed signing sign-off two countries country side sides both leader leaders will would also said say says
today week year month visit talks meeting summit cooperation cooperate partner partners relation relations ties
bilateral new further closer strengthen deepen enhance expand boost promote support area areas field fields
""".split())


@lru_cache(maxsize=1)
def _plain() -> frozenset[str]:
    return _PLAIN | _filler() | frozenset(norm(w) for w in _TITLE_WORDS)


@lru_cache(maxsize=8192)
def wording(seq: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Pairs of neighbouring content words of the evidence ("semiconductor ecosystem"), kind words and the
    words of every such story ("two countries", "signed") aside."""
    plain = _plain()
    words = [w for w in seq if w not in plain and len(w) > 2]
    return frozenset(zip(words, words[1:]))


def told_in(name: str | None, sequence: tuple[str, ...], slack: int = 2) -> int:
    """How many of a name's distinctive words another story uses the way a name would: all of them, in
    order, within ``slack`` other words of each other; a name of one such word only when a kind word
    stands right beside it ("digital partnership" for the "EU-Singapore Digital Partnership"). 0: not told."""
    filler = _filler()
    core = [w for w in name_phrase(name) if len(w) >= 2 and w not in filler]
    if not core:
        return 0
    for start, word in enumerate(sequence):
        if word != core[0]:
            continue
        if len(core) == 1:
            beside = sequence[max(0, start - 1):start] + sequence[start + 1:start + 3]
            if any(w in filler for w in beside):
                return 1
            continue
        at, gaps = start, 0
        for wanted in core[1:]:
            step = at + 1
            while step < len(sequence) and sequence[step] != wanted and gaps <= slack:
                step += 1
                gaps += 1
            if step >= len(sequence) or sequence[step] != wanted or gaps > slack:
                break
            at = step
        else:
            return len(core)
    return 0


def evidence_marks(texts: list[str]) -> frozenset[str]:
    """The people, places and figures the evidence names: capitalised words inside sentences that are not
    titles, days or country names, and figures that are not days or years ("37 agreements", "8.5")."""
    places = place_words()
    out = set()
    for text in texts:
        for match in _CAPITALISED.finditer(text):
            word = match.group(1).lower().strip("'’-").removesuffix("'s").removesuffix("’s")
            if not word or word in _TITLE_WORDS or word in places or word in TOPIC_WORDS:
                continue
            if _SENTENCE_START.search(text, max(0, match.start() - 3), match.start()) or match.start() == 0:
                continue  # "Officials said": a sentence's first word is capitalised whatever it is
            out.add(word)
        for match in _FIGURE.finditer(text):
            figure = match.group(1).replace(",", "")
            try:
                value = float(figure)
            except ValueError:
                continue
            if value > 31 and not (1900 <= value <= 2100 and "." not in figure):
                out.add(figure)
    return frozenset(out)


_HOLDS = re.compile(r"\b(?:includ(?:e|es|ed|ing)|compris(?:e|es|ed|ing)|contain(?:s|ed|ing)?|encompass(?:es|ed|ing)?|"
                    r"part of)\b", re.I)


@lru_cache(maxsize=1)
def _kind_terms() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """One pattern for every word that names a kind of instrument (the extraction's instrument table), a group
    per kind; and each kind's first words (a quick test of which kinds a text may name)."""
    from ..extract.lexicon import read_table

    terms: dict[str, set[str]] = {}
    for row in read_table("instruments.tsv"):
        if len(row) >= 2:
            terms.setdefault(row[0], set()).add(row[1].lower())
    groups = ("(?P<%s>\\b(?:%s)\\b)" % (kind, "|".join(re.escape(t) for t in sorted(words, key=len, reverse=True)))
              for kind, words in sorted(terms.items()))
    firsts = {kind: frozenset(t.split()[0] for t in words) for kind, words in terms.items()}
    return re.compile("|".join(groups), re.I), firsts


_WORD = re.compile(r"[a-zé]+")


def kinds_apart(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of kinds a sentence tells as two instruments: one said to hold the other ("the partnership
    includes an agreement on chips", "the accord is part of a wider framework"), or each in a clause of its own
    ("..., after they raised ties to a partnership, the two sides signed a memorandum on ..."). Both orders, as
    the sentence does not say which record is which."""
    out: set[tuple[str, str]] = set()
    pattern, firsts = _kind_terms()
    words = set(_WORD.findall(text.lower()))
    if sum(1 for first in firsts.values() if not first.isdisjoint(words)) < 2:
        return frozenset()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        terms = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(sentence)]
        if len({kind for _, _, kind in terms}) < 2:
            continue
        for y_start, _, y in terms:
            # each other kind's nearest term before it ("the accord ..., adding that the accord will set out the
            # principles": the second accord and the principles are told together)
            nearest: dict[str, int] = {}
            for _, end, kind in terms:
                if kind != y and end < y_start:
                    nearest[kind] = max(nearest.get(kind, 0), end)
            for x, x_end in nearest.items():
                between = sentence[x_end:y_start]
                if _HOLDS.search(between) or (
                        _CLAUSE.search(between) and len(between.split()) >= 8 and not _ABOUT.search(between)):
                    out.update(((x, y), (y, x)))
    return frozenset(out)


# "..., signed in November, on a strategic partnership in ...", "... conditions for a framework": what the first
# instrument is about or sets up, told in its own words, not a second one
_ABOUT = re.compile(r"\b(?:on|for)\s+(?:\S+\s+){0,3}$", re.I)


_CLAUSE = re.compile(r"[,;:]\s")
@lru_cache(maxsize=1)
def _kind_heads() -> dict[str, frozenset[str]]:
    """Each kind with the one-word terms that name it, as compared ("memorandum", "mou", "partnership")."""
    from ..extract.lexicon import read_table

    heads: dict[str, set[str]] = {}
    for row in read_table("instruments.tsv"):
        if len(row) >= 2 and " " not in row[1]:
            heads.setdefault(row[0], set()).add(norm(row[1]))
    return {kind: frozenset(words) for kind, words in heads.items()}


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """Every one-word term of a kind ("forum", "hub", "platform"): a name of that word alone names no instrument."""
    return frozenset(w for words in _kind_heads().values() for w in words)


@lru_cache(maxsize=8192)
def kind_phrases(seq: tuple[str, ...], kind: str) -> frozenset[tuple[str, ...]]:
    """The words a story puts right before a word of the instrument's kind ("comprehensive strategic" of "a
    comprehensive strategic partnership"): how it calls the instrument when it gives it no name. Two words, neither
    a verb of the telling ("exchanged", "elevated")."""
    heads = _kind_heads().get(kind, frozenset())
    plain = _plain()
    out = set()
    for at, word in enumerate(seq):
        if word in heads and at >= 2 and all(w not in plain and len(w) > 2 and not w.endswith("ed")
                                             for w in seq[at - 2:at]):
            out.add(seq[at - 2:at])
    return frozenset(out)
