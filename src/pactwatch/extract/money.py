"""Find sums of money in English news text and convert them to US dollars.

``find_money`` is a regex parser (no NLP) for the ways news writes money:

* a currency prefix then a figure: ``$10 million``, ``US$300 million``,
  ``S$1 billion``, ``£270m``, ``€1.2bn``, ``¥500 billion``, ``₩18 billion``,
  ``USD 5 million``, ``KRW 10 billion``, ``RMB 2 billion``, ``Rs. 500 crore``,
  ``$500,000``;
* a figure then a currency word or code: ``1 trillion won``, ``500 million
  yen``, ``2 million Singapore dollars``, ``100 crore rupees``, ``5m EUR``;
* ``1.5 lakh crore`` on its own (only ever rupees).

Scales are thousand/million/billion/trillion, crore (1e7), lakh (1e5), lakh
crore (1e12) and, glued to the figure, ``k``/``m``/``b`` (``bn``/``mn``/``tn``
may follow a space).  A qualifier just before the sum ("over", "up to",
"about", ...) goes to ``Money.qualifier`` and stays outside the span.

Ranges (``$10-20 million``, ``$10 to $20 million``, ``between $5 and $10
million``) give ONE ``Money`` whose amount is the low figure times the shared
scale (10 million) and whose qualifier is ``"range"`` (instead of any
qualifier word); the span covers the whole range.

A bare ``$`` is taken as USD (but see :func:`home_dollars`) and ``¥`` as JPY (CNY when ``yuan``/``RMB``
follows).  Words that are often not money -- ``won``, ``pound(s)``, ``rand``,
``dong`` and bare ISO codes (``PHP 8``, ``SAR 20``) -- count only with a scale
word or a comma-grouped figure: ``10,000 won``, ``3 billion won``, ``USD 5
million``, never ``5 won`` or ``USD 500``.  Sums in words are read with a scale and a
currency word after them ("three million pounds", "half a billion yen", "one
and a half billion dollars", "a quarter of a billion euros").

``UsdConverter`` turns an amount into USD with the ECB rates shipped in
``currency_converter``, or with the rough table ``data/usd_fallback.tsv``.
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from importlib.resources import files
from urllib.parse import urlsplit

from currency_converter import CurrencyConverter, RateNotFoundError

from pactwatch.model import Money

from . import fastre
from .lexicon import read_table
from .text import NUMBER_WORDS, windows_around

_SP = r"[ \t\u00a0\u202f]"
# a figure: Western grouping "1,250,000", or the lakh/crore grouping of South Asian papers "1,50,00,000"
_NUM = r"(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![0-9])"

# Prefix symbol or code -> ISO code.  Matched longest first.
_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "S$": "SGD", "SG$": "SGD",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
    "NT$": "TWD", "NZ$": "NZD", "R$": "BRL", "MX$": "MXN", "£": "GBP",
    "€": "EUR", "¥": "JPY", "CN¥": "CNY", "₩": "KRW", "₹": "INR", "₱": "PHP",
    "₫": "VND", "₪": "ILS", "฿": "THB", "₽": "RUB", "₺": "TRY",
    "Rs": "INR", "Rs.": "INR", "Rp": "IDR", "RMB": "CNY", "SR": "SAR", "RM": "MYR", "NIS": "ILS",
    "$US": "USD", "$A": "AUD", "$NZ": "NZD", "$HK": "HKD",  # as Australian and New Zealand outlets write them
    "Aus$": "AUD", "AUD$": "AUD", "NZD$": "NZD", "CAD$": "CAD", "USD$": "USD",
    "R": "ZAR",  # South African papers: "R628mil", "R10bn", "R1.2 billion" (with a scale word only: never "R2")
}
_CODES = (
    "USD EUR GBP JPY KRW CNY INR SGD AUD CAD CHF HKD TWD NZD SAR AED ILS BRL "
    "MXN IDR VND THB MYR PHP ZAR SEK NOK DKK PLN TRY RUB"
).split()

# Currency words written after the figure -> ISO code (case-insensitive).
_SUFFIXES = {
    "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "singapore dollars": "SGD",
    "australian dollars": "AUD", "canadian dollars": "CAD",
    "hong kong dollars": "HKD", "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD", "new zealand dollars": "NZD",
    "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY",
    "renminbi": "CNY", "won": "KRW", "korean won": "KRW", "rupees": "INR",
    "indian rupees": "INR", "rupiah": "IDR", "swiss francs": "CHF",
    "riyals": "SAR", "saudi riyals": "SAR", "dirhams": "AED", "shekels": "ILS",
    "reais": "BRL", "ringgit": "MYR", "baht": "THB", "dong": "VND",
    "roubles": "RUB", "rubles": "RUB", "rand": "ZAR",
    "philippine pesos": "PHP", "mexican pesos": "MXN",
}
_SUFFIXES.update({k[:-1]: v for k, v in _SUFFIXES.items() if k.endswith("dollars")})
_SUFFIXES.update({"pound": "GBP", "rupee": "INR", "swiss franc": "CHF"})
_CODES_AFTER_WORDS = {code.lower(): code for code in ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "KRW", "AUD", "CAD", "SGD",
                                                      "CHF", "AED", "SAR", "BRL", "ZAR")}  # "four million USD"
# Often not money ("won" the race, "PHP 8", "SAR 20"): these need a scale word
# or a comma-grouped figure.  Compared lowercased.
_VAGUE = {"won", "pound", "pounds", "sterling", "rand", "dong"} | {
    c.lower() for c in [*_CODES, "Rp", "SR", "RM", "NIS", "R"]
}
# The world's other currencies ("14 billion Kenyan shillings", "₦5 billion", "KES 2bn"), from CLDR
# (data/currencies.tsv, built by tools/build_currencies.py); the forms above win.
for _form, _surface, _code, _vague in read_table("currencies.tsv"):
    if _form == "code":
        if _surface not in _CODES:
            _CODES.append(_surface)
            _VAGUE.add(_surface.lower())
        continue
    table = _PREFIXES if _form == "symbol" else _SUFFIXES
    if _surface not in table:
        table[_surface] = _code
        if _vague == "1":
            _VAGUE.add(_surface.lower())
_PREFIXES.update({c: c for c in _CODES})
# "($1 = 0.9104 euros)", "(US$1=RM4.20)": an exchange rate told in passing, no sum of the story
_RATE_NOTE = fastre.compile(r"\([^()=]{0,12}=[^()=]{0,24}\)")

_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
    "billion": 1e9, "b": 1e9, "bn": 1e9, "bln": 1e9, "bil": 1e9, "mil": 1e6, "trillion": 1e12,
    "tn": 1e12, "trn": 1e12, "tr": 1e12, "crore": 1e7, "lakh": 1e5, "lac": 1e5,
    "lakh crore": 1e12,
}

_QUALIFIERS = (
    "more than", "over", "just over", "well over", "up to", "about", "around",
    "nearly", "almost", "approximately", "roughly", "some", "at least",
    "less than", "under", "just under", "close to", "as much as", "upwards of",
    "in excess of", "an estimated", "estimated",
)


def _alt(words, fold: bool = False) -> str:
    """Regex alternation of literal words, the longest that fits first, spaces flexible (a trie: see
    :func:`fastre.trie`; ``fold`` where it runs inside "(?i:...)")."""
    return "(?:" + fastre.trie(words, _SP + "+", fold) + ")"


_PREFIX = rf"(?<![A-Za-z0-9])(?:{_alt(_PREFIXES)})"
_SUFFIX = rf"(?:(?i:{_alt(_SUFFIXES, fold=True)})|{_alt(_CODES)}|RMB)(?![A-Za-z])"


def _amount_pattern(tag: str, joiner: str = "to") -> str:
    """Figure, optional range tail and optional scale; group names end in tag."""
    join = rf"{_SP}*[-–—]{_SP}*|{_SP}+{joiner}{_SP}+"
    rng = rf"(?P<r_{tag}>(?:{join})(?:{_PREFIX})?{_NUM})"
    scale = (
        rf"(?:(?:{_SP}*|-)(?P<sw_{tag}>(?i:lakh{_SP}+crores?|lakhs?|lacs?|crores?|"
        rf"thousand|million|billion|trillion))(?![A-Za-z])"
        rf"|{_SP}?(?P<sa_{tag}>(?i:bn|mn|tn|mln|bln|trn|tr|bil|mil))(?![A-Za-z0-9])"
        rf"|(?P<sg_{tag}>[kmbKMB])(?![A-Za-z0-9]))"
    )
    return rf"(?P<n_{tag}>{_NUM})\+?{rng}?{scale}?"  # "$100+ billion": at least that much


_SYMBOLS = "".join(sorted({p[0] for p in _PREFIXES if not p[0].isalnum()}))  # "$£€¥₩₹₦ ...": a sum's first sign
_MONEY_RE = fastre.scanner(
    # cheap first-character gate: a sum starts with a digit, a capital or a symbol
    rf"(?=[0-9A-Z{re.escape(_SYMBOLS)}])(?:"
    # "between $5 and $10 million" is a range; needs its own fixed lookbehind
    rf"(?P<B>(?<=[Bb]etween{_SP})(?P<pre_B>{_PREFIX}){_SP}?{_amount_pattern('B', 'and')})"
    rf"|(?P<P>(?P<pre_P>{_PREFIX}){_SP}?{_amount_pattern('P')})"
    rf"|(?P<S>(?<![\w.,]){_amount_pattern('S')}(?:{_SP}+|-)(?P<suf>{_SUFFIX}))"  # "8-million-Australian dollar"
    rf"|(?P<L>(?<![\w.,])(?P<n_L>{_NUM})(?P<r_L>{_SP}*[-–—]{_SP}*{_NUM})?"
    rf"{_SP}*(?P<sw_L>(?i:lakh{_SP}+crores?))(?![A-Za-z])))"
)
_QUAL_RE = fastre.compile(rf"(?<![A-Za-z])(?P<q>(?i:{_alt(_QUALIFIERS, fold=True)})){_SP}+$")
_YUAN_AFTER_RE = fastre.compile(rf"{_SP}+(?:(?i:yuan|renminbi)|RMB|CNY)(?![A-Za-z])")

def _scale_of(m: re.Match, tag: str) -> float | None:
    """Multiplier of the scale word matched for alternative ``tag``, if any."""
    for group in ("sw", "sa", "sg"):
        name = f"{group}_{tag}"
        if name in m.re.groupindex and (word := m.group(name)):
            return _SCALES[fastre.sub(r"s\b", "", " ".join(word.lower().split()))]
    return None


_DIGITS = fastre.compile(r"[0-9][0-9,.]*")


def _candidates(text: str):
    """``_MONEY_RE`` matches, looked for only around numbers (every sum has one) to skip plain prose. (The pattern
    rejects most positions on their first character, so no cheaper test of the window pays for itself.)"""
    for start, end in windows_around(_DIGITS, text, 16, 48):
        yield from _MONEY_RE.finditer(text, start, end)


# a country whose own currency news writes as a bare "$" when the story is at home there
DOLLAR_HOMES = {"AUS": "AUD", "CAN": "CAD", "NZL": "NZD", "SGP": "SGD"}
_SITE_HOMES = {"au": "AUD", "ca": "CAD", "nz": "NZD", "sg": "SGD"}  # a page's country domain: its dollar
# an outlet that writes these tells its dollars apart: its bare "$" is the US dollar
_TOLD_APART = fastre.scanner(r"(?:US|U\.S\.|AU?|AUD|CA?|CAD|NZ|SG?|HK|NT)\$|\b(?:USD|AUD|CAD|NZD|SGD)\b|\bUS dollars?\b")


_IN_US_AFTER = fastre.compile(r"\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|approx\.?\s+)?(?:US\s?\$|U\.S\.\s?\$|USD\s?)\d")


def home_dollars(money: list[Money], text: str, focus: list[str], url: str | None = None) -> None:
    """A bare "$" in a story at home in Australia, Canada, New Zealand or Singapore (its main country, with the
    United States not among its main parties, or the country its page is published in: "beehive.govt.nz") is that
    country's dollar, as its government and press write it; unless the text tells dollars apart anywhere
    ("A$300 million ($191 million)")."""
    site = _SITE_HOMES.get((urlsplit(url).hostname or "").rsplit(".", 1)[-1]) if url else None
    if site is not None and not _TOLD_APART.search(text):
        for item in money:
            if item.currency == "USD" and item.text.startswith("$"):
                item.currency = site
        return
    restated = [m for m in money if m.currency == "USD" and m.text.startswith("$") and _IN_US_AFTER.match(text, m.end)]
    home = next((DOLLAR_HOMES[code] for code in focus if code in DOLLAR_HOMES), None)
    for item in restated if home else ():  # "a $1.5 billion (US$1.1 billion) plant" in a Canadian story: a
        item.currency = home               # bare "$" told again in US dollars is the home dollar
    if not focus or focus[0] not in DOLLAR_HOMES or "USA" in focus or _TOLD_APART.search(text):
        return
    home = DOLLAR_HOMES[focus[0]]
    for item in money:
        if item.currency == "USD" and item.text.startswith("$"):
            item.currency = home


_TENS = {"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
# "three million pounds (about four million dollars)": a sum in words
_WORDS_RE = fastre.scanner(rf"(?<![\w-])(?P<w>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           rf"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)){_SP}+"
                           rf"(?P<s>(?i:million|billion|trillion)){_SP}+(?P<suf>(?i:{_alt(_SUFFIXES, fold=True)})|"
                           rf"{_alt({c.upper(): c for c in _CODES_AFTER_WORDS})})(?![A-Za-z])")


_SCALES_FOLDED = ("million", "billion", "trillion")  # (_WORDS_RE's scale words, read in the text folded)
_SPACES = " \t\u00a0\u202f"  # (_SP's characters)


def _word_sums(text: str):
    """``_WORDS_RE.finditer(text)``, tried only where a match can start: a match's scale word follows a run of
    spaces (all of it: a letter ends the number word before) and the number word is the whole run of word
    characters before that (no word character may stand before it), so each scale word tells the one start it can
    have (no try at every letter of the text)."""
    starts = set()
    folded = fastre.fold(text)  # (every character the pattern takes for a letter of them, as that letter)
    for scale_word in _SCALES_FOLDED:
        scale = folded.find(scale_word)
        while scale >= 0:
            spaces = scale
            while spaces > 0 and text[spaces - 1] in _SPACES:
                spaces -= 1
            word = spaces
            while word > 0 and (text[word - 1].isalnum() or text[word - 1] == "_"):  # (what \w matches)
                word -= 1
            if word < spaces < scale:
                starts.add(word)
            scale = folded.find(scale_word, scale + 1)
    match, pos = _WORDS_RE.match, 0
    for start in sorted(starts):
        if start >= pos and (found := match(text, start)) is not None:
            yield found
            pos = found.end()


# a fraction before the scale word: "half a million", "a quarter of a billion", "three quarters of a", "one and a
# half billion", "a half million" (the number word before the scale is part of it)
_FRACTION_BEFORE = fastre.compile(rf"(?i:(?:\b(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten){_SP}+and{_SP}+)?"
                                  rf"\b(?:(?P<half>half)|(?:(?:a|one){_SP}+)?quarter{_SP}+of|"
                                  rf"(?P<three>three)(?:{_SP}|-)+quarters{_SP}+of){_SP}+)$")
_HALF_AFTER = fastre.compile(rf"(?i:\b(?:(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten){_SP}+and{_SP}+)?a{_SP}+)$")


def _number_of(text: str, m: re.Match[str]) -> tuple[float | None, int]:
    """The number a sum in words tells before its scale word, and where it starts: the number word, or the fraction
    it ends ("half a million" is 0.5, "one and a half billion" 1.5, "a quarter of a billion" 0.25)."""
    word = m.group("w").lower()
    if word == "half":  # "a half million", "two and a half million"; a bare "half million" too
        before = _HALF_AFTER.search(text, max(0, m.start() - 30), m.start())
        if before is None:
            return 0.5, m.start()
        return (NUMBER_WORDS[before.group("whole").lower()] if before.group("whole") else 0) + 0.5, before.start()
    if word in ("a", "an", "one") and any(map(text[max(0, m.start() - 40):m.start()].lower().__contains__,
                                               ("half", "quarter"))):  # (in every fraction: tested first)
        before = _FRACTION_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None:
            whole = NUMBER_WORDS[before.group("whole").lower()] if before.group("whole") else 0
            return whole + (0.5 if before.group("half") else 0.75 if before.group("three") else 0.25), before.start()
    return NUMBER_WORDS.get(word) or _TENS.get(word), m.start()


def _in_words(text: str) -> list[Money]:
    out = []
    for m in _word_sums(text):
        number, start = _number_of(text, m)
        suffix = " ".join(m.group("suf").lower().split())
        currency = _SUFFIXES.get(suffix) or _CODES_AFTER_WORDS.get(suffix)
        if number and currency:
            amount = number * _SCALES[m.group("s").lower()]
            out.append(Money(float(amount), currency, start, m.end(), text[start:m.end()], None))
    return out


def find_money(text: str) -> list[Money]:
    """Every sum of money in ``text``, in order, non-overlapping."""
    worded = _in_words(text) if "illion" in text else []
    if worded:
        figures = _find_figures(text)
        return sorted(figures + [w for w in worded if not any(f.start < w.end and w.start < f.end for f in figures)],
                      key=lambda m: m.start)
    return _find_figures(text)


_UPPER = re.compile(rf"{_PREFIX}(?P<n>{_NUM})$")  # a range's upper bound with a sign of its own: "-$50"


def _find_figures(text: str) -> list[Money]:
    """Every sum written with figures, in order, non-overlapping."""
    found: list[Money] = []
    notes = [(n.start(), n.end()) for n in _RATE_NOTE.finditer(text)] if "=" in text else []
    for m in _candidates(text):
        if notes and any(s <= m.start() and m.end() <= e for s, e in notes):
            continue
        tag = m.lastgroup
        number = m.group(f"n_{tag}")
        scale = _scale_of(m, tag)
        start, end = m.span()
        if tag in ("P", "B"):
            word = m.group(f"pre_{tag}")
            currency = _PREFIXES[word]
            if word == "¥" and (y := _YUAN_AFTER_RE.match(text, end)):
                currency, end = "CNY", y.end()
        elif tag == "S":
            word = " ".join(m.group("suf").split())
            currency = _SUFFIXES.get(word.lower()) or ("CNY" if word == "RMB" else word)
        else:  # a bare "1.5 lakh crore" is always rupees
            word, currency = "", "INR"
        if word.lower() in _VAGUE and scale is None and "," not in number:
            continue
        amount = float(number.replace(",", "")) * (scale or 1.0)
        if not 0 < amount < math.inf:
            continue
        upper = _UPPER.search(m.group(f"r_{tag}")) if m.group(f"r_{tag}") else None
        if upper:  # "$30-$50bn", "$10 to $20 million": both bounds written as sums, two sums
            split = m.start(f"r_{tag}")
            high = float(upper.group("n").replace(",", "")) * (scale or 1.0)
            found.append(Money(amount, currency, start, split, text[start:split], "range"))
            found.append(Money(high, currency, split + upper.start(), end, text[split + upper.start():end], "range"))
            continue
        if m.group(f"r_{tag}"):
            qualifier = "range"
        else:
            q = _QUAL_RE.search(text, max(0, start - 30), start)
            qualifier = " ".join(q.group("q").lower().split()) if q else None
        found.append(Money(amount, currency, start, end, text[start:end], qualifier))
    if found and "illion" in text:
        found = _carried(text, found)
    return found


# a scaled figure with no currency of its own: "12.5 billion baht for data centres and 54.9 billion for EVs"
_BARE_SCALED = fastre.scanner(rf"(?<![\w$€£¥₹.,])(?P<n>{_NUM}){_SP}+(?P<s>million|billion|trillion)\b"
                              r"(?=\s+(?:for|in|to|on|into|towards|will|would|is|was|are|were|has|had|goes|went)\b)")
# (a sum put to a use, as the one before it, or the subject of what is done with it: "over 5 billion will go to ...")
_LIST_GAP = fastre.compile(r"[^.;:!?()]{0,70}?(?:,|\band\b)[^.;:!?()]{0,40}$")


def _carried(text: str, found: list[Money]) -> list[Money]:
    """Bare scaled figures in a list after a sum with a currency take that currency ("..., and 54.9 billion for
    EVs")."""
    out = list(found)
    for bare in _BARE_SCALED.finditer(text):
        if any(m.start <= bare.start() < m.end or bare.start() <= m.start < bare.end() for m in out):
            continue
        before = [m for m in out if m.end <= bare.start()]
        if not before:
            continue
        last = before[-1]
        if not _LIST_GAP.fullmatch(text, last.end, bare.start()):
            continue
        amount = float(bare.group("n").replace(",", "")) * _SCALES[bare.group("s")]
        out.append(Money(amount, last.currency, bare.start(), bare.end(), bare.group(0), None))
    return sorted(out, key=lambda m: m.start)


@functools.cache
def _ecb_table() -> CurrencyConverter:
    """The ECB's rate table, read once per process (reading it costs a second): every converter looks rates up in it."""
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


class UsdConverter:
    """Convert amounts to USD: ECB daily rates when possible, else a fixed table.

    The ECB data (``currency_converter``) and the fallback table are loaded on
    first use and kept on the instance; create one converter and reuse it.
    """

    def __init__(self) -> None:
        self._ecb = None  # currency_converter.CurrencyConverter, built lazily
        self._fallback: dict[str, float] | None = None
        self._rates: dict[tuple[str, datetime.date], float | None] = {}

    def to_usd(
        self, amount: float, currency: str, on: datetime.date | None = None
    ) -> float | None:
        """``amount`` of ``currency`` in USD on date ``on``; None if unknown."""
        currency = currency.upper()
        if currency == "USD":
            return float(amount)
        if on is not None:
            if isinstance(on, datetime.datetime):
                on = on.date()
            rate = self._ecb_rate(currency, on)
            if rate is not None:
                return amount * rate
        rate = self._fallback_rates().get(currency)
        return None if rate is None else amount * rate

    def _ecb_rate(self, currency: str, on: datetime.date) -> float | None:
        key = (currency, on)
        if key not in self._rates:  # one lookup per currency and day: articles repeat their sums
            self._rates[key] = self._ecb_lookup(currency, on)
        return self._rates[key]

    def _ecb_lookup(self, currency: str, on: datetime.date) -> float | None:
        if self._ecb is None:
            self._ecb = _ecb_table()
        ecb = self._ecb
        for code in (currency, "USD"):
            bounds = ecb.bounds.get(code)
            if bounds is None or not bounds.first_date <= on <= bounds.last_date:
                return None
        try:
            return float(ecb.convert(1.0, currency, "USD", date=on))
        except (RateNotFoundError, ValueError):
            return None

    def _fallback_rates(self) -> dict[str, float]:
        if self._fallback is None:
            path = files("pactwatch.extract") / "data" / "usd_fallback.tsv"
            rates: dict[str, float] = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if not line or line.startswith("#") or line.startswith("currency"):
                    continue  # blank, comment or header
                code, rate = line.split("\t")[:2]
                rates[code.strip().upper()] = float(rate)
            self._fallback = rates
        return self._fallback
