"""Whether two reports tell of one instrument, weighed the way an analyst reads two outlets' stories.

Each report is reduced once, when it is stored, to a :class:`Profile`: its kind, the distinctive words
of its name, its parties, sectors, sums and counts, its own date (a background mention's date only
when its text gives one, never the later article's), the day its article was published, the people,
places and figures its evidence names, and where its evidence stands in its article.

:func:`compare` weighs two profiles as two questions:

- *the same event?* the dates (a report without a date of its own is bounded by its article's
  publication: a deal reported done cannot be one signed after the article appeared, and news is
  fresh), and the people, places and figures both stories name;
- *the same instrument of that event?* the family of kinds (a memorandum may be called an agreement,
  never a fund), the names, the sectors, the sums, the counts (one memorandum is not a package of
  four), the signing bodies.

Every piece of evidence adds or takes away weight and says why. Evidence that is absent weakens a
match a little instead of passing as agreement. When the parties made several instruments around the
same day (one summit, several signings), the event evidence tells nothing about *which* one, and only
the instrument evidence counts in full. Some differences rule a merge out: fewer than two shared
parties; kinds that cannot be one instrument; dates further apart than the window, unless the names
agree or a pledge was later carried out; and, within one article, two records that do not restate
each other (one article's records of one instrument do join each other).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from .wording import (TOKEN, TOPIC_WORDS, evidence_marks, evidence_sequence, kind_phrases, kind_words,
                      kinds_apart, name_tokens, norm, shared_words, told_in, wording)

GENERIC_KINDS = frozenset({"agreement", "partnership"})
# kinds one instrument is reported under by different outlets ("memorandum of cooperation", "a deal",
# "a broad partnership"); any other two different kinds are two instruments
COMPATIBLE_KINDS = frozenset(frozenset(pair) for pair in (
    ("mou", "agreement"), ("mou", "framework"), ("agreement", "framework"), ("agreement", "trade_agreement"),
    ("joint_statement", "mou"), ("joint_statement", "agreement"), ("partnership", "agreement"),
    ("partnership", "mou"), ("framework", "trade_agreement"),
))
BROAD_SECTORS = frozenset({"science", "digital"})  # words so common in these stories that they tell little

# words that say what kind of instrument a name is, or praise it, rather than which one it is
def day_range(value: str | None) -> tuple[date, date] | None:
    """First and last day an ISO date of any precision ("2024", "2024-05", "2024-05-16") may mean."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = (date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1) - date.resolution)
            return date(parts[0], parts[1], 1), last
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except (ValueError, IndexError):
        return None


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two dates of any precision (0 when the coarser one contains the other); None if unknown."""
    ra, rb = day_range(a), day_range(b)
    if ra is None or rb is None:
        return None
    if ra[1] < rb[0]:
        return (rb[0] - ra[1]).days
    if rb[1] < ra[0]:
        return (ra[0] - rb[1]).days
    return 0


@dataclass(slots=True)
class Profile:
    """What the merge compares of one report (stored with it, so candidates are weighed without re-reading)."""

    report: int
    article: int
    kind: str
    name: str | None
    tokens: frozenset[str]
    countries: frozenset[str]
    sectors: frozenset[str]
    status: str
    date: str | None  # the report's own date; None for a background mention dated only by its article
    published: str | None  # the article's publication day
    amounts: tuple[tuple[float, str, float | None], ...]
    quantity: int | None
    organizations: frozenset[str]
    seq: tuple[str, ...]  # the evidence's words in order
    marks: frozenset[str]
    signatories: frozenset[str]  # people (not heads of state or government) the evidence names
    spans: tuple[tuple[int, int], ...]
    # evidence sentences that tell of two instruments (one holding the other, or each in its own clause):
    # (start, end, kind, kind), both orders
    holds: tuple[tuple[int, int, str, str], ...] = ()

    def to_json(self) -> dict:
        """A compact JSON form (word lists as one string each: quicker to read back)."""
        return {"kind": self.kind, "name": self.name, "tokens": " ".join(sorted(self.tokens)),
                "countries": sorted(self.countries), "sectors": sorted(self.sectors), "status": self.status,
                "date": self.date, "published": self.published,
                "amounts": [list(a) for a in self.amounts], "quantity": self.quantity,
                "organizations": sorted(self.organizations), "seq": " ".join(self.seq),
                "marks": " ".join(sorted(self.marks)), "signatories": "|".join(sorted(self.signatories)),
                "spans": [list(s) for s in self.spans], "holds": [list(h) for h in self.holds],
                "v": PROFILE_VERSION}

    @classmethod
    def from_json(cls, data: dict, report: int, article: int) -> Profile:
        return cls(report, article, data["kind"], data.get("name"), frozenset(data["tokens"].split()),
                   frozenset(data["countries"]), frozenset(data["sectors"]), data["status"], data.get("date"),
                   data.get("published"), tuple((a[0], a[1], a[2]) for a in data["amounts"]), data.get("quantity"),
                   frozenset(data["organizations"]), tuple(data["seq"].split()), frozenset(data["marks"].split()),
                   frozenset(x for x in data["signatories"].split("|") if x),
                   tuple((s[0], s[1]) for s in data["spans"]), tuple(tuple(h) for h in data.get("holds", ())))


PROFILE_VERSION = 8


def own_date(status: str, value: str | None, published: date | None) -> str | None:
    """A report's date as evidence of when the instrument was made: a background mention (status
    existing) dated the day its article appeared was dated by the article, not by its text."""
    if value and status == "existing" and published is not None and value == published.isoformat():
        return None
    return value


_LEADER = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|queen|crown prince|emir|sultan|"
                     r"supreme leader|general secretary|head of state|head of government)\b", re.I)
_NOT_LEADER = re.compile(r"\b(?:vice|deputy|former|ex)\b|\bof the\b|\bat\b", re.I)
_PARTICLES = frozenset("bin bint ibn al el van von der den de da dos das del la le di du mr mrs ms dr".split())


def person_key(name: str) -> str:
    """A person as compared: the words of the name, sorted ("Motegi Toshimitsu" is "Toshimitsu Motegi")."""
    words = {norm(w) for w in TOKEN.findall(name) if len(w) >= 3 and w.lower() not in _PARTICLES}
    return " ".join(sorted(words))


def is_leader(role: str | None) -> bool:
    """Whether a role is a head of state or government: they attend every signing of a visit, so their names
    tell the event, not which of its instruments."""
    return bool(role and _LEADER.search(role) and not _NOT_LEADER.search(role))


def same_person(a: str, b: str) -> bool:
    wa, wb = set(a.split()), set(b.split())
    shared = wa & wb
    return len(shared) >= 2 or (bool(shared) and min(len(wa), len(wb)) == 1)


class TextFeatures(NamedTuple):
    """What a report's profile reads from its own words alone: the same wherever it is computed (in an
    extraction worker, beside the extraction, or in the writer)."""

    tokens: frozenset[str]  # the distinctive words of its name
    seq: tuple[str, ...]  # its evidence's words in order (evidence_sequence)
    marks: frozenset[str]  # its evidence's marks (evidence_marks), before the article's people are known
    holds: tuple  # (start, end, kind, kind) of evidence sentences telling two instruments apart


def text_features(name: str | None, evidence: list[dict]) -> TextFeatures:
    texts = [e.get("text") or "" for e in evidence]
    holds = tuple((e["start"], e["end"], x, y) for e in evidence if isinstance(e.get("start"), int)
                  for x, y in sorted(kinds_apart(e.get("text") or "")))
    return TextFeatures(name_tokens(name), evidence_sequence(texts), evidence_marks(texts), holds)


def make_profile(*, report: int, article: int, kind: str, name: str | None, countries, sectors, status: str,
                 date_value: str | None, published: date | None, amounts: list[dict], quantity: int | None,
                 organizations, evidence: list[dict],
                 people: list[tuple[int, int, str, str | None]] = (), features: TextFeatures | None = None) -> Profile:
    """``people``: (start, end, name, role) of each person named in the article; ``features``:
    :func:`text_features` of ``name`` and ``evidence``, when computed already."""
    features = features or text_features(name, evidence)
    spans = [(e["start"], e["end"]) for e in evidence if isinstance(e.get("start"), int)]
    named = [(person, role) for start, end, person, role in people
             if any(s <= start and end <= e for s, e in spans)]
    signatories = frozenset(person_key(person) for person, role in named if not is_leader(role)) - {""}
    said = {w for key in signatories for w in key.split()}
    return Profile(
        report=report, article=article, kind=kind, name=name, tokens=features.tokens,
        countries=frozenset(countries), sectors=frozenset(sectors), status=status,
        date=own_date(status, date_value, published), published=published.isoformat() if published else None,
        amounts=tuple((float(a["amount"]), a["currency"], a.get("usd")) for a in amounts if a.get("amount")),
        quantity=quantity, organizations=frozenset(organizations), seq=features.seq,
        marks=features.marks - said, signatories=signatories, spans=tuple(spans), holds=features.holds)


# ---------------------------------------------------------------- comparing two profiles

@dataclass(frozen=True)
class MergeWeights:
    """How much each piece of evidence weighs (log-odds-like: positive for one instrument, negative for two)."""

    threshold: float = 3.0  # total evidence a report needs to join (the CLI's 0.6 score)
    window_days: int = 45  # dated further apart than this: two instruments (unless named alike)
    crowded_event: float = 0.35  # share of the event evidence that counts when the day had several instruments


@dataclass(slots=True)
class Verdict:
    """The evidence for (positive) and against (negative) one instrument, or the reason it cannot be."""

    total: float | None
    items: list[tuple[str, float, str]] = field(default_factory=list)
    ruled_out: str | None = None
    ruled_by: str | None = None  # the feature that ruled it out

    def add(self, feature: str, weight: float, why: str) -> None:
        self.items.append((feature, round(weight, 2), why))

    def explain(self) -> dict:
        out: dict = {"evidence": round(self.total, 2) if self.total is not None else None,
                     "why": [list(item) for item in self.items]}
        if self.ruled_out:
            out["ruled_out"] = self.ruled_out
        return out


def kinds_fit(a: str, b: str) -> str | None:
    """'same', 'compatible', or None (two instruments)."""
    if a == b:
        return "same"
    if frozenset((a, b)) in COMPATIBLE_KINDS:
        return "compatible"
    return None


@lru_cache(maxsize=1)
def _topics() -> frozenset[str]:
    return frozenset(norm(w) for w in TOPIC_WORDS)


def name_fit(a: Profile, b: Profile, outlets: bool = True) -> tuple[float, str, bool] | None:
    """How the names compare when both have distinctive words (None when not): a share from 0 (different
    names) to 1 (the same words), the reason, and whether the match is strong enough to identify the
    instrument by itself (more than one shared word, or a word that is not a mere topic like "AI").
    ``outlets``: the names come from two stories, which word one name more or less fully; one story that gives two
    names sharing a word ("INDUS Innovation" beside "INDUS-X") tells two things apart."""
    if not (a.tokens and b.tokens):
        return None
    shared = shared_words(a.tokens, b.tokens) if len(a.tokens) <= len(b.tokens) else shared_words(b.tokens, a.tokens)
    small = min(len(a.tokens), len(b.tokens))
    strong = len(shared) >= 2 or bool(shared - _topics())
    # the same words; or the shorter name's words all in the longer one: two words or more, or one word that is
    # no mere topic ("memorandum on tourism" within "agreement on tourism and heritage")
    # ("Forum on X Cooperation" keeps only "forum", a kind word: it names no one forum)
    alone = strong and outlets and shared.isdisjoint(kind_words())
    if a.tokens == b.tokens or (len(shared) == small and (small >= 2 or alone)):
        return 1.0, f"same name words ({', '.join(sorted(shared))})", strong
    if shared:
        share = len(shared) / (len(a.tokens) + len(b.tokens) - len(shared))
        return share, f"names share {', '.join(sorted(shared))}", False
    return 0.0, f"different names (“{a.name}” / “{b.name}”)", False


def same_article(a: Profile, b: Profile) -> Verdict:
    """Two records of one article: one instrument only when the second restates the first."""
    verdict = Verdict(None)
    fit = kinds_fit(a.kind, b.kind)
    overlap = sum(max(0, min(e1, f1) - max(s1, t1)) for s1, e1 in a.spans for t1, f1 in b.spans)
    shorter = min(sum(e - s for s, e in a.spans), sum(e - s for s, e in b.spans)) or 1
    names = name_fit(a, b, outlets=False)
    count_clash = a.quantity and b.quantity and (a.quantity == 1) != (b.quantity == 1)
    sectors_clash = a.sectors and b.sectors and not a.sectors & b.sectors
    if fit and not count_clash and not sectors_clash and (names is None or names[0] >= 1.0):
        if names is not None and names[0] >= 1.0:
            verdict.total = 5.0
            verdict.add("article", 5.0, f"the same article names it twice ({names[1]})")
            return verdict
        if overlap >= 0.5 * shorter and not _told_apart(a, b):
            verdict.total = 5.0
            verdict.add("article", 5.0, "the same article tells of it in the same sentences")
            return verdict
    verdict.ruled_out = "another instrument of the same article"
    verdict.ruled_by = "article"
    return verdict


def _told_apart(a: Profile, b: Profile) -> bool:
    """Whether a sentence both records tell from tells of their two kinds as two instruments ("the partnership
    includes an agreement on chips"; "..., after they raised ties to a partnership, the two sides signed a
    memorandum on ..."): then it is not one instrument told twice."""
    kinds = (a.kind, b.kind)
    for start, end, x, y in a.holds + b.holds:
        if (x, y) == kinds and any(s < end and start < e for s, e in a.spans) \
                and any(s < end and start < e for s, e in b.spans):
            return True
    return False


def compare(a: Profile, b: Profile, weights: MergeWeights = MergeWeights(), crowded: bool = False) -> Verdict:
    """The evidence that ``a`` and ``b`` report one instrument (``crowded``: the parties made several
    instruments around that day, so the event evidence cannot tell which)."""
    if a.article == b.article:
        return same_article(a, b)
    verdict = Verdict(0.0)
    shared = a.countries & b.countries
    if len(shared) < min(2, len(a.countries), len(b.countries)):
        return _out(verdict, f"parties {'-'.join(sorted(a.countries))} vs {'-'.join(sorted(b.countries))}",
                    "parties")
    if a.countries == b.countries:
        verdict.add("parties", 1.0, f"same parties {'-'.join(sorted(shared))}")
    else:
        verdict.add("parties", 0.0, f"{'-'.join(sorted(a.countries))} ~ {'-'.join(sorted(b.countries))}: "
                                    "a party one story names and the other does not")
    names = name_fit(a, b)
    called: frozenset[tuple[str, ...]] = frozenset()
    named_alike = names is not None and names[0] >= 1.0 and names[2]
    fit = kinds_fit(a.kind, b.kind)
    if fit is None and not named_alike:
        return _out(verdict, f"{a.kind} vs {b.kind}: different kinds of instrument")
    if fit == "same":
        generic = a.kind in GENERIC_KINDS
        verdict.add("kind", 0.5 if generic else 1.5, f"both {a.kind}")
    else:
        verdict.add("kind", 0.0, f"{a.kind} ~ {b.kind} (one instrument may be called either)")
    # ----- names
    if names is not None:
        value, why, strong = names
        if value >= 1.0:
            weight = 3.0 if strong else 1.0  # "AI Alliance" and "AI Framework" share only their topic
        elif value > 0:
            weight = (1.5 if value >= 0.5 else 0.5) if strong or (a.tokens & b.tokens) - _topics() else 0.3
        else:
            weight = -2.5
        verdict.add("name", weight, why)
    elif a.tokens or b.tokens:
        named, other = (a, b) if a.tokens else (b, a)
        told = told_in(named.name, other.seq)
        if told:
            weight = 1.5 if told >= 2 else 0.8  # one word beside a kind word may be a coincidence
            verdict.add("name", weight, f"the other story tells “{named.name}” by its words "
                                        f"({', '.join(sorted(named.tokens))})")
        elif named.tokens <= set(other.seq):
            verdict.add("name", 0.3, f"the words of “{named.name}” are in the other story, not as a name")
        elif named.tokens <= _topics():  # "Memorandum of Cooperation on Semiconductor Supply Chains"
            verdict.add("name", -0.2, f"named “{named.name}” on one side only, by topic words alone (the topics weigh "
                                      "those)")
        else:
            verdict.add("name", -0.6, f"named “{named.name}” on one side only, its words not in the other story")
    else:
        called = kind_phrases(a.seq, a.kind) & kind_phrases(b.seq, b.kind)
        if called:  # "a comprehensive strategic partnership" in both: the words serve as its name
            told = " / ".join(f"“{' '.join(c)} …”" for c in sorted(called))
            verdict.add("name", 2.0, f"both call it the {told}")
        else:
            verdict.add("name", -0.3, "no name on either side")
    # ----- the event: dates, people, places, figures
    event = Verdict(0.0)
    background = "existing" in (a.status, b.status)
    if not _dates(a, b, weights, event, named_alike, background):
        return _out(verdict, event.ruled_out or "dates", "date")
    if not background:
        shared_marks = a.marks & b.marks
        if len(shared_marks) >= 4:
            event.add("named", 1.5, f"both name {', '.join(sorted(shared_marks)[:6])}")
        elif len(shared_marks) >= 2:
            event.add("named", 1.0, f"both name {', '.join(sorted(shared_marks))}")
        elif len(shared_marks) == 1:
            event.add("named", 0.3, f"both name {next(iter(shared_marks))}")
    scale = weights.crowded_event if crowded else 1.0
    for feature, weight, why in event.items:
        if weight > 0 and scale < 1.0:
            verdict.add(feature, weight * scale, why + " (several instruments that day: the event does not tell which)")
        else:
            verdict.add(feature, weight, why)
    # ----- the instrument: sectors, sums, counts, bodies
    if a.sectors and b.sectors:
        common = a.sectors & b.sectors
        union = a.sectors | b.sectors
        listed = f"{', '.join(sorted(a.sectors))} / {', '.join(sorted(b.sectors))}"
        if not common:
            broad = a.sectors <= BROAD_SECTORS or b.sectors <= BROAD_SECTORS
            verdict.add("sectors", -0.5 if broad else -2.0, f"different topics: {listed}")
        else:
            share = len(common) / len(union)
            verdict.add("sectors", 1.0 if share >= 0.99 else (0.6 if share >= 0.5 else 0.2), f"topics {listed}")
    else:
        verdict.add("sectors", -0.2, "no topic on one side")
    if a.amounts and b.amounts:
        if any(_same_sum(x, y) for x in a.amounts for y in b.amounts):
            verdict.add("amounts", 2.0, "a sum agrees")
        else:
            verdict.add("amounts", -0.3, "sums differ (kept side by side)")
    if a.quantity and b.quantity:
        qa, qb = a.quantity, b.quantity
        if qa == qb and qa > 1:
            verdict.add("quantity", 1.5, f"both count {qa}")
        elif (qa == 1) != (qb == 1):
            verdict.add("quantity", -2.0, f"one instrument vs a package of {max(qa, qb)}")
        elif qa != qb and abs(qa - qb) <= 0.15 * max(qa, qb):
            verdict.add("quantity", 0.5, f"counts {qa} and {qb} are close")
        elif qa != qb:
            verdict.add("quantity", -1.0, f"counts {qa} vs {qb}")
    elif a.quantity or b.quantity:
        counted, other = (a, b) if a.quantity else (b, a)
        if counted.quantity > 1 and str(counted.quantity) in other.marks:
            verdict.add("quantity", 1.0, f"the other story gives the figure {counted.quantity} too")
    shared_wording = wording(a.seq) & wording(b.seq)
    if shared_wording:
        # the names both stories mark count as "named", and the signatories both give are weighed on their own; a
        # name only one story capitalises ("a 'Green Hydrogen Corridor'" / "the green hydrogen corridor") is wording
        # (a person may be a signatory in one story and a mere name in the other)
        told_a = {norm(m) for m in a.marks} | {norm(w) for key in a.signatories for w in key.split()}
        told_b = {norm(m) for m in b.marks} | {norm(w) for key in b.signatories for w in key.split()}
        named = told_a & told_b
        shared_wording = {pair for pair in shared_wording if pair[0] not in named and pair[1] not in named
                          and not any(pair[0] in c and pair[1] in c for c in called)}  # weighed as the name
    if len(shared_wording) >= 2:  # "semiconductor ecosystem", "supply chain resilience": how both tell what it does
        verdict.add("wording", 1.5 if len(shared_wording) >= 4 else 0.8,
                    "both say " + ", ".join(" ".join(pair) for pair in sorted(shared_wording)[:5]))
    if a.signatories and b.signatories:
        both = sorted(x for x in a.signatories if any(same_person(x, y) for y in b.signatories))
        if both:  # one minister signs many texts over the years; the same two signing tell one signing
            # (at an event of several texts, the same two sign them all: then no more than one)
            verdict.add("signatories", 2.3 if len(both) >= 2 and not crowded else 1.2, f"both name {', '.join(both)}")
        else:
            verdict.add("signatories", -0.2, "other people named (a partial list is no veto)")
    if a.organizations and b.organizations:
        if a.organizations & b.organizations:
            verdict.add("organizations", 0.5, "a body in both: " + ", ".join(sorted(a.organizations & b.organizations)))
        else:
            verdict.add("organizations", -0.2, "other bodies named (a partial list is no veto)")
    verdict.total = sum(weight for _, weight, _ in verdict.items)
    return verdict


def _out(verdict: Verdict, why: str, feature: str = "kind") -> Verdict:
    verdict.total = None
    verdict.ruled_out = why
    verdict.ruled_by = feature
    return verdict


def _dates(a: Profile, b: Profile, weights: MergeWeights, event: Verdict, named_alike: bool,
           background: bool) -> bool:
    """Add the date evidence to ``event``; False when the dates rule one instrument out."""
    if a.date and b.date:
        days = days_apart(a.date, b.date)
        if days is None:
            event.add("date", -0.3, f"{a.date} vs {b.date}: unreadable")
            return True
        coarse = min(len(a.date), len(b.date)) < 10
        if days > weights.window_days:
            inherited = [p for p in (a, b) if p.date == p.published]
            if inherited and not _far(a, b, a.date, b.date, days, Verdict(0.0), named_alike):
                # a date that is its article's own day may be the article's, not the instrument's: the
                # story tells of something made on or before it, so it is weighed as an undated one
                later = inherited[0]
                event.add("date", -0.5 if days <= 365 else -1.5,
                          f"{a.date} vs {b.date} ({days} days apart; {later.date} is its story's own day)")
                return True
            return _far(a, b, a.date, b.date, days, event, named_alike)
        if coarse:  # (a month that holds the other's day tells more than a year that does)
            month = min(len(a.date), len(b.date)) >= 7
            event.add("date", (1.0 if month else 0.5) if days == 0 else 0.0, f"{a.date} vs {b.date}")
        elif days <= 2:
            event.add("date", 1.5, f"{a.date} vs {b.date} ({days} days apart)")
        elif days <= 10:
            event.add("date", 0.8, f"{a.date} vs {b.date} ({days} days apart)")
        else:
            event.add("date", 0.0, f"{a.date} vs {b.date} ({days} days apart)")
        return True
    if background:
        event.add("date", -0.2, "a background mention without a date of its own")
        return True
    if a.date or b.date:
        dated, undated = (a, b) if a.date else (b, a)
        if not undated.published:
            event.add("date", -0.5, f"{dated.date} vs no date")
            return True
        span = day_range(dated.date)
        published = date.fromisoformat(undated.published)
        if span is None:
            event.add("date", -0.5, f"{dated.date} vs no date")
            return True
        after = (published - span[1]).days  # how long after the dated one the undated report appeared
        if undated.status in ("planned", "proposed"):
            event.add("date", 0.0 if after >= -3 else -0.3,
                      f"{dated.date} vs a pledge in a story of {undated.published}")
            return True
        if (published - span[0]).days < -3 and undated.status == "concluded":
            return _far(a, b, dated.date, f"done by {undated.published}", -after, event, named_alike,
                        why=f"reported done on {undated.published}, before {dated.date}")
        if after <= 30:
            event.add("date", 0.5, f"{dated.date} vs a story of {undated.published}")
        elif after <= 365:
            event.add("date", -0.5, f"{dated.date} vs a story of {undated.published} ({after} days later)")
        else:
            event.add("date", -1.5, f"{dated.date} vs a story of {undated.published} (over a year later)")
        return True
    if a.published and b.published:
        gap = abs((date.fromisoformat(a.published) - date.fromisoformat(b.published)).days)
        if gap <= 10:
            event.add("date", 0.0, f"no dates; stories of {a.published} and {b.published}")
        elif gap <= 365:
            event.add("date", -0.8, f"no dates; stories {gap} days apart")
        else:
            event.add("date", -1.5, "no dates; stories over a year apart")
        return True
    event.add("date", -1.0, "no date on either side")
    return True


def _far(a: Profile, b: Profile, first: str, second: str, days: int, event: Verdict, named_alike: bool,
         why: str | None = None) -> bool:
    """Dates too far apart: kept side by side when the names agree or a pledge was carried out, else two."""
    why = why or f"{first} vs {second} ({days} days apart)"
    if named_alike:
        event.add("date", -1.0, why + "; named alike, so the dates are a disagreement kept side by side")
        return True
    pledged = [p for p in (a, b) if p.status in ("planned", "proposed")]
    done = [p for p in (a, b) if p.status == "concluded"]
    alike = a.kind == b.kind or bool(a.tokens & b.tokens)
    if alike and pledged and done and (pledged[0].date or pledged[0].published or "") <= (
            done[0].date or done[0].published or "9"):
        event.add("date", -0.5, why + "; pledged first, done later")
        return True
    event.ruled_out = why + ": two instruments"
    event.ruled_by = "date"
    return False


def _same_sum(x: tuple, y: tuple) -> bool:
    if x[1] == y[1] and abs(x[0] - y[0]) <= 0.01 * max(x[0], y[0]):
        return True
    return bool(x[2] and y[2] and abs(x[2] - y[2]) <= 0.03 * max(x[2], y[2]))


def score_of(total: float | None, weights: MergeWeights = MergeWeights()) -> float | None:
    """The evidence total as a 0-1 score: 0.6 at the threshold, rising and falling with the evidence."""
    if total is None:
        return None
    return round(1.0 / (1.0 + math.exp(-(total - weights.threshold + math.log(1.5)))), 3)


def total_for(score: float, weights: MergeWeights = MergeWeights()) -> float:
    """The evidence total a 0-1 score threshold stands for (the CLI's --threshold)."""
    score = min(max(score, 1e-6), 1 - 1e-6)
    return weights.threshold - math.log(1.5) + math.log(score / (1 - score))
