"""One canonical agreement however many outlets report it.

A report is compared with every canonical agreement of its parties whose kind could be the same
instrument, report by report (:mod:`pactwatch.resolve.identity` weighs each pair), and joins the one
with the most evidence when that evidence reaches the threshold (``MergeOptions``); otherwise it
starts a new one. A candidate is judged by its member that fits best, so a canonical agreement never
grows by the union of its reports' features; within one article, a record joins another only when it
restates it. Each report keeps its verdict: the evidence for and against, the member it matched, and
the other candidates with why they lost or were ruled out, which ``pactwatch show`` and the exports
print. Reports are facts and canonical agreements are derived from them, so ``rebuild`` redoes all
merges, in the order the reports were stored, with other thresholds.
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta

from sqlalchemy import and_, any_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from ..store.models import (Agreement, AgreementPair, AgreementParty, AgreementSector, AgreementToken, Article,
                            Mention, Person, Report)
from ..store.writes import NewAgreement, execute_core, insert_agreement, insert_pairs, insert_report
from .identity import (GENERIC_KINDS, PROFILE_VERSION, MergeWeights, Profile, TextFeatures, Verdict, compare,
                       day_range, kinds_fit, make_profile, own_date, score_of, total_for)

STATUS_ORDER = ("concluded", "planned", "proposed", "existing", "ended")  # the first present is the canonical one
KINDS = ("mou", "agreement", "framework", "joint_statement", "action_plan", "partnership", "fund", "dialogue",
         "centre", "trade_agreement")
CROWD_DAYS = 2  # canonical agreements of the same parties this close in time were made at one event
# a report is weighed against the agreements whose reports tell of days this close to its own (reports over a
# year apart weigh against one instrument, or rule it out), and against those named alike whatever their days
NEAR_DAYS = 400
PLEDGE_DAYS = 5 * 366  # and against the pledges of its kind made this long before it was done
MEMBERS_WEIGHED = 32  # an agreement told by more reports is judged by its latest ones (they tell all it is)
AMBIGUOUS = 1.0  # a report that fits two instruments of one event within this much evidence joins neither
_SUMMARY_FIELDS = (Report.id, Report.kind, Report.name, Report.countries, Report.sectors, Report.status, Report.date,
                   Report.quantity, Report.amounts, Report.organizations)  # what a canonical agreement sums up


@dataclass(frozen=True)
class MergeOptions:
    threshold: float = 0.6  # a report joins an agreement whose score (0-1) reaches this
    max_days: int = 45  # dates further apart than this are two instruments (unless named alike)

    @property
    def weights(self) -> MergeWeights:
        return MergeWeights(window_days=self.max_days)

    @property
    def needed(self) -> float:
        """The evidence total the threshold stands for."""
        return total_for(self.threshold, self.weights)


def profile_for(session: Session, report: Report) -> Profile:
    """The report's stored profile, made (and stored) when missing or made by an older pactwatch."""
    data = report.profile
    if data and data.get("v") == PROFILE_VERSION:
        return Profile.from_json(data, report.id, report.article_id)
    published, people = _article_facts(session, report.article_id)
    profile = make_profile(report=report.id, article=report.article_id, kind=report.kind, name=report.name,
                           countries=report.countries, sectors=report.sectors, status=report.status,
                           date_value=report.date, published=published, amounts=report.amounts,
                           quantity=report.quantity, organizations=report.organizations, evidence=report.evidence,
                           people=people)
    report.profile = profile.to_json()
    return profile


def _article_facts(session: Session, article_id: int) -> tuple:
    """An article's publication day and the people it names (start, end, name, role), read once per article."""
    cache = session.info.setdefault("pactwatch_article_facts", {})
    if article_id not in cache:
        if len(cache) > 64:
            cache.clear()
        published = session.execute(select(Article.published).where(Article.id == article_id)).scalar_one()
        mentions = session.execute(select(Mention.start, Mention.end, Mention.entity_id).where(
            Mention.article_id == article_id, Mention.entity_type == "person").order_by(Mention.id)).all()
        ids = {int(m.entity_id) for m in mentions if m.entity_id.isdigit()}
        people = dict(session.execute(select(Person.id, Person).where(Person.id.in_(ids))).all()) if ids else {}
        cache[article_id] = (published, [(m.start, m.end, people[int(m.entity_id)].name, people[int(m.entity_id)].role)
                                         for m in mentions if m.entity_id.isdigit() and int(m.entity_id) in people])
    return cache[article_id]


class ProfileCache:
    """Profiles already read, by report id, for one writer's run (a report's profile never changes once it is
    stored). Drop it after a rolled-back transaction: the ids it knows may be given to other reports."""

    def __init__(self, size: int = 200_000) -> None:
        self.size = size
        self.known: dict[int, tuple[int, Profile]] = {}

    def get(self, report_id: int, article_id: int) -> Profile | None:
        found = self.known.get(report_id)
        return found[1] if found is not None and found[0] == article_id else None

    def put(self, profile: Profile) -> None:
        if len(self.known) >= self.size:
            self.known.clear()
        self.known[profile.report] = (profile.article, profile)


_older = aliased(Report)
# the id of an agreement's MEMBERS_WEIGHED-th latest report (None when it has fewer), from the end of its key
_CUTOFF = select(_older.id).where(_older.agreement_id == Agreement.id).order_by(_older.id.desc()) \
    .offset(MEMBERS_WEIGHED - 1).limit(1).scalar_subquery()
# the latest MEMBERS_WEIGHED reports of each agreement, read from its end of the reports' key (agreement, id): not
# every report of the agreement (numbered in a window, as before), which grow with the knowledge base
_LATEST_MEMBERS = select(Report.id, Report.agreement_id, Report.article_id).select_from(Agreement) \
    .join(Report, and_(Report.agreement_id == Agreement.id, Report.id >= func.coalesce(_CUTOFF, 0))) \
    .where(Agreement.id.in_(bindparam("ids", expanding=True))).order_by(Report.id)
_STORED_PROFILES = select(Report.id, Report.profile).where(Report.id.in_(bindparam("ids", expanding=True)))


def _members(session: Session, ids: list[int], cache: ProfileCache | None) -> dict[int, list[Profile]]:
    """The profiles of the reports of these canonical agreements, the latest MEMBERS_WEIGHED of each (a profile
    column read only when not cached)."""
    out: dict[int, list[Profile]] = defaultdict(list)
    if not ids:
        return out
    rows = execute_core(session, _LATEST_MEMBERS, {"ids": ids}).all()
    cached = {r.id: cache.get(r.id, r.article_id) for r in rows} if cache is not None else {}
    missing = [r.id for r in rows if cached.get(r.id) is None]
    stored = dict(execute_core(session, _STORED_PROFILES, {"ids": missing}).all()) if missing else {}
    for report_id, agreement_id, article_id in rows:
        profile = cached.get(report_id)
        if profile is None:
            data = stored.get(report_id)
            if data and data.get("v") == PROFILE_VERSION:
                profile = Profile.from_json(data, report_id, article_id)
            else:  # stored by an older pactwatch: made now, and kept
                profile = profile_for(session, session.get(Report, report_id))
            if cache is not None:
                cache.put(profile)
        out[agreement_id].append(profile)
    return out


def _crowd(candidate: int, when: str | None, days: dict[str, list[int]]) -> list[int]:
    """The parties' other canonical agreements dated at the same event as ``when`` (within CROWD_DAYS);
    ``days``: the canonical agreements of the parties by day."""
    if not when or len(when) < 10:
        return []
    try:
        day = date.fromisoformat(when)
    except ValueError:
        return []
    out = []
    for shift in range(-CROWD_DAYS, CROWD_DAYS + 1):
        out += [i for i in days.get((day + timedelta(days=shift)).isoformat(), ()) if i != candidate]
    return out


def judge(profile: Profile, candidate: int, members: list[Profile], dates: dict[int, str | None],
          kinds: dict[int, str], days: dict[str, list[int]], options: MergeOptions) -> tuple[Verdict, int | None]:
    """The verdict on ``profile`` joining ``candidate``: from its best-fitting member; a record of the same
    article that is another instrument rules the candidate out. When the parties made several instruments
    at that event, the event tells little, but being the only one of its kind there tells a lot."""
    same = [m for m in members if m.article == profile.article]
    pool = same or members
    crowd = [] if same else _crowd(candidate, profile.date or dates.get(candidate), days)
    # the event tells little only when another instrument made there could be this one: a fund signed beside an
    # agreement does not make the agreement's date less telling
    crowded = any(kinds_fit(profile.kind, kinds.get(c, "")) is not None for c in crowd)
    only_kind = crowded and kinds.get(candidate) == profile.kind and all(kinds.get(c) != profile.kind for c in crowd)
    best: tuple[Verdict, int | None] | None = None
    first_out: tuple[Verdict, int | None] | None = None
    dated = timely = 0
    for member in pool:
        verdict = compare(profile, member, options.weights, crowded=crowded)
        if member.date:
            dated += 1
            timely += verdict.ruled_by != "date"
        if verdict.total is None:
            if same:
                return verdict, member.report
            first_out = first_out or (verdict, member.report)
            continue
        if best is None or verdict.total > best[0].total:
            best = (verdict, member.report)
    if dated and not timely and first_out is not None:  # the instrument's known dates all rule it out
        return first_out
    if best is not None and only_kind:
        best[0].add("kind", 1.0, f"the only {profile.kind} of the {len(crowd) + 1} instruments of that event")
        best[0].total += 1.0
    return best or first_out or (Verdict(None, ruled_out="no report to compare"), None)


def merge_report(session: Session, report: Report, options: MergeOptions,
                 cache: ProfileCache | None = None) -> Agreement:
    """Attach ``report`` to the best-fitting canonical agreement, or start one; refresh that agreement.
    ``cache``: profiles already read in this run (they are read again from the database without it)."""
    profile = profile_for(session, report)
    if cache is not None:
        cache.put(profile)
    joined, score, why = _decide(session, profile, report, options, cache)
    agreement = session.get(Agreement, joined) if joined is not None else _new_agreement(session, report)
    report.agreement_id, report.merge_score, report.merge_reason = agreement.id, score, why
    session.flush()
    refresh(session, agreement, report)
    _add_tokens(session, agreement.id, profile.tokens)
    return agreement


def merge_new_report(session: Session, report: Report, facts: tuple, options: MergeOptions,
                     cache: ProfileCache | None = None, features: TextFeatures | None = None) -> Agreement:
    """:func:`merge_report` for a report not stored yet (a transient row, without id): its profile and its merge
    are decided first, so that it is written once, whole (``writes.insert_report``). ``facts``: its article's
    publication day and people (start, end, name, role), as :func:`_article_facts` would read them;
    ``features``: what its profile reads from its own words, when an extraction worker computed it already."""
    published, people = facts
    profile = make_profile(report=0, article=report.article_id, kind=report.kind, name=report.name,
                           countries=report.countries, sectors=report.sectors, status=report.status,
                           date_value=report.date, published=published, amounts=report.amounts,
                           quantity=report.quantity, organizations=report.organizations, evidence=report.evidence,
                           people=people, features=features)
    joined, score, why = _decide(session, profile, report, options, cache)
    # a new agreement is summed up before it is written (one INSERT), so the report goes first and is then linked
    agreement = session.get(Agreement, joined) if joined is not None else _new_agreement(session, report, add=False)
    report.agreement_id, report.merge_score, report.merge_reason = joined, score, why
    report.profile = profile.to_json()
    profile.report = insert_report(session, report)
    if cache is not None:
        cache.put(profile)
    refresh(session, agreement, report, told=_Told(report.id, report.kind, report.name, report.countries,
                                                   report.sectors, report.status, report.date, report.quantity,
                                                   report.amounts, report.organizations, published))
    if joined is None:  # new: written now, whole, with its parties, sectors, name words and its report's link
        insert_agreement(session, agreement, report.id, sorted({t for t in profile.tokens if len(t) <= 100}))
        report.agreement_id = agreement.id
    else:
        _add_tokens(session, agreement.id, profile.tokens)
    return agreement


# a report's fields as refresh reads them back (_SUMMARY_FIELDS and its article's day)
_Told = namedtuple("_Told", "id kind name countries sectors status date quantity amounts organizations published")


def _new_agreement(session: Session, report: Report, add: bool = True) -> Agreement:
    """A new canonical agreement for ``report``, written now (``add``) or by :func:`refresh`, once summed up."""
    made = Agreement if add else NewAgreement
    agreement = made(kind=report.kind, countries=sorted(set(report.countries)), sectors=[], status=report.status,
                     amounts=[], report_count=0, organizations=[], statuses=[])
    if add:
        session.add(agreement)
        session.flush()
    return agreement


def _decide(session: Session, profile: Profile, report: Report, options: MergeOptions,
            cache: ProfileCache | None) -> tuple[int | None, float | None, dict]:
    """Where ``report`` goes: the canonical agreement it joins (None: a new one), its merge score and reason."""
    countries = sorted(set(report.countries))
    dates: dict[int, str | None] = {}
    kinds: dict[int, str] = {}
    if countries:
        pair, many = len(countries) == 2, len(countries) > 2
        params = {"one": countries[0], "other": countries[1]} if pair else {"countries": countries} if many \
            else {"countries": countries, "need": 1}
        query = _weighed(_near(profile, options, params), session.get_bind().dialect.name == "postgresql", pair,
                         many)
        for agreement_id, kind, when in execute_core(session, query, params):
            dates[agreement_id], kinds[agreement_id] = when, kind
    candidates = [i for i in dates if kinds_fit(report.kind, kinds[i])]  # only kinds that could be one instrument
    members = _members(session, candidates, cache)
    days: dict[str, list[int]] = defaultdict(list)
    for agreement_id, when in dates.items():
        if when and len(when) == 10:
            days[when].append(agreement_id)
    judged = []
    for candidate in candidates:
        verdict, member = judge(profile, candidate, members[candidate], dates, kinds, days, options)
        judged.append((candidate, verdict, member))
    fitting = [j for j in judged if j[1].total is not None]
    fitting.sort(key=lambda j: (-j[1].total, j[0]))  # ties: the oldest
    needed = options.needed
    others = [_candidate(c, v, m, options) for c, v, m in
              fitting[:4] + [j for j in judged if j[1].total is None][:4]]
    ambiguous = None
    if len(fitting) > 1 and fitting[1][1].total >= needed and fitting[0][1].total - fitting[1][1].total < AMBIGUOUS:
        first, second = fitting[0][0], fitting[1][0]
        if second in _crowd(first, dates.get(first), days):  # two instruments of one event, told apart by nothing
            ambiguous = second
    if fitting and fitting[0][1].total >= needed and ambiguous is None:
        candidate, verdict, member = fitting[0]
        return candidate, score_of(verdict.total, options.weights), {
            **_reason(verdict, member, options), "joined": True, "agreement": candidate, "candidates": others[1:]}
    why = {"joined": False, "threshold": options.threshold, "candidates": others}
    if fitting:
        why["best_candidate"] = others[0]
    if ambiguous is not None:
        why["ambiguous"] = (f"fits agreements {fitting[0][0]} and {ambiguous}, two instruments of one event, "
                            "alike: it joins neither")
    return None, None, why


def _near(profile: Profile, options: MergeOptions, params: dict) -> tuple[bool, bool] | None:
    """Which conditions a canonical agreement must meet to be weighed against ``profile`` besides its parties, their
    values put in ``params``: None (none: the report tells of no time, or is a background mention without a date
    of its own), else its days, and (named alike, a pledge of its kind) whether those count too."""
    if not profile.date and profile.status == "existing":
        return None
    days = _days_told(profile.date, date.fromisoformat(profile.published) if profile.published else None)
    if days is None:
        return None
    reach = timedelta(days=max(NEAR_DAYS, options.max_days) + CROWD_DAYS)
    params["last"], params["first"] = days[1] + reach, days[0] - reach
    if profile.tokens:
        params["tokens"] = sorted(profile.tokens)
    if profile.status == "concluded":  # a pledge of the same kind made in the years before, carried out now?
        params.update(kind=profile.kind, pledged_last=days[1], pledged_first=days[0] - timedelta(days=PLEDGE_DAYS))
    return bool(profile.tokens), profile.status == "concluded"


@lru_cache(maxsize=None)
def _weighed(near: tuple[bool, bool] | None, postgres: bool = False, pair: bool = False, many: bool = False):
    """The query for the canonical agreements weighed against a report (see :func:`_near`), made once per shape.
    The parties' agreements: for a ``pair`` (two countries, the usual report), those of ``one`` and ``other``, one
    range of the pair table's key (not every agreement of one of them, which grows with the knowledge base);
    for ``many`` (three or more ``countries``), those with two of them, the ranges of their pairs (not the
    counted rows of every agreement of each); else those of the one country in ``countries``."""
    if pair:
        ids = select(AgreementPair.agreement_id).where(AgreementPair.a == bindparam("one"),
                                                       AgreementPair.b == bindparam("other"))
    elif many:  # at least two of three or more parties: the union of their pairs' ranges
        codes = bindparam("countries", expanding=True)
        ids = select(AgreementPair.agreement_id).where(AgreementPair.a.in_(codes), AgreementPair.b.in_(codes))
    else:
        ids = select(AgreementParty.agreement_id) \
            .where(AgreementParty.country.in_(bindparam("countries", expanding=True))) \
            .group_by(AgreementParty.agreement_id).having(func.count() >= bindparam("need"))
    # PostgreSQL: the parties' agreements gathered first, then read by id; given IN (subquery), its planner reads
    # the whole agreements table for every report (a hash join), slower as the knowledge base grows
    among = Agreement.id == any_(func.array(ids.scalar_subquery())) if postgres else Agreement.id.in_(ids)
    conditions = []
    if near is not None:
        named, pledged = near
        condition = or_(Agreement.span_start.is_(None), and_(Agreement.span_start <= bindparam("last"),
                                                             Agreement.span_end >= bindparam("first")))
        if named:  # looked up in the name words' key for each agreement of the parties (not every agreement
            # named with one of these words, whatever its parties: a list that grows with the knowledge base)
            condition = or_(condition, select(AgreementToken.agreement_id).where(
                AgreementToken.agreement_id == Agreement.id,
                AgreementToken.token.in_(bindparam("tokens", expanding=True))).exists())
        if pledged:
            condition = or_(condition, and_(Agreement.kind == bindparam("kind"),
                                            Agreement.pledged <= bindparam("pledged_last"),
                                            Agreement.pledged >= bindparam("pledged_first")))
        conditions.append(condition)
    return select(Agreement.id, Agreement.kind, Agreement.date).where(among, *conditions).order_by(Agreement.id)


def _days_told(own: str | None, published: date | None) -> tuple[date, date] | None:
    """The days a report tells of: those its own date may mean, else its article's day."""
    return day_range(own) if own else (published, published) if published else None


def _add_tokens(session: Session, agreement_id: int, tokens) -> None:
    """Index the distinctive words of a name the agreement's reports give (those it has already stay)."""
    tokens = {t for t in tokens if len(t) <= 100}
    if tokens:
        known = set(execute_core(session, select(AgreementToken.token).where(
            AgreementToken.agreement_id == agreement_id, AgreementToken.token.in_(sorted(tokens)))).scalars())
        if tokens - known:
            execute_core(session, insert(AgreementToken.__table__),
                         [{"agreement_id": agreement_id, "token": t} for t in sorted(tokens - known)])


def _reason(verdict: Verdict, member: int | None, options: MergeOptions) -> dict:
    out = {"score": score_of(verdict.total, options.weights), "threshold": options.threshold,
           "with_report": member, **verdict.explain()}
    for feature, weight, why in verdict.items:  # one line per feature, for readers of the older summary
        out.setdefault(feature, f"{why} ({weight:+g})")
    return out


def _candidate(agreement: int, verdict: Verdict, member: int | None, options: MergeOptions) -> dict:
    return {"agreement": agreement, "with_report": member, "score": score_of(verdict.total, options.weights),
            **verdict.explain()}


def refresh(session: Session, agreement: Agreement, report: Report | None = None, told: _Told | None = None) -> None:
    """Bring a canonical agreement's summary up to date; conflicting values are kept with their sources.

    With ``report`` (just added, the newest of its reports), the summary is updated from that report and the
    agreement's tally (counts of the values its reports give); otherwise, or when the tally is missing or
    behind, it is recomputed from every report. ``told``: ``report``'s row as it would be read back (not read)."""
    tally = agreement.tally
    if report is not None and tally and tally.get("n") == agreement.report_count and tally.get("last", 0) < report.id:
        rows = [told] if told is not None else session.execute(
            select(*_SUMMARY_FIELDS, Article.published).join(Article).where(Report.id == report.id)).all()
        tally = {**tally, **{key: [list(entry) for entry in tally[key]] for key in _TALLIED}}
    else:
        if told is not None and not tally and not agreement.report_count:  # a new agreement: its one report
            rows = [told]
        else:
            rows = session.execute(select(*_SUMMARY_FIELDS, Article.published).join(Article)
                                   .where(Report.agreement_id == agreement.id).order_by(Report.id)).all()
        if not rows:
            session.execute(delete(AgreementToken).where(AgreementToken.agreement_id == agreement.id))
            session.delete(agreement)
            return
        tally = {"n": 0, "last": 0, **{key: [] for key in _TALLIED}}
        agreement.amounts, agreement.organizations, agreement.statuses = [], [], []
        agreement.first_reported = agreement.last_reported = None
        agreement.span_start = agreement.span_end = agreement.pledged = None
        if agreement.report_count:  # written by an older pactwatch: its name words are indexed now
            for member in session.execute(select(Report).where(Report.agreement_id == agreement.id)).scalars():
                _add_tokens(session, agreement.id, profile_for(session, member).tokens)
    first = not agreement.report_count  # a new agreement: its party and sector rows are not written yet
    sectors = set(agreement.sectors if tally["n"] else ())
    amounts = [dict(a, reports=list(a["reports"])) for a in agreement.amounts]
    organizations = list(agreement.organizations)
    statuses = list(agreement.statuses)
    for r in rows:
        _count(tally["kinds"], r.kind)
        if r.name:
            _count(tally["names"], r.name)
        _count(tally["sets"], sorted(set(r.countries)))
        when = own_date(r.status, r.date, r.published)
        if when:  # the order of first report, for ties
            _count(tally["dates"], when, tally["n"])
        told = _days_told(when, r.published)
        if told is not None:
            agreement.span_start = min(agreement.span_start or told[0], told[0])
            agreement.span_end = max(agreement.span_end or told[1], told[1])
            if r.status in ("planned", "proposed"):
                agreement.pledged = min(agreement.pledged or told[0], told[0])
        if r.quantity:
            _count(tally["quantities"], r.quantity)
        sectors.update(r.sectors)
        for amount in r.amounts:
            same = next((a for a in amounts if _same_amount(a, amount)), None)
            if same is None:
                amounts.append({**amount, "reports": [r.id]})
            elif r.id not in same["reports"]:
                same["reports"].append(r.id)
        for organization in r.organizations:
            if organization not in organizations:
                organizations.append(organization)
        statuses.append([r.status, r.date])
        if r.published:
            agreement.first_reported = min(agreement.first_reported or r.published, r.published)
            agreement.last_reported = max(agreement.last_reported or r.published, r.published)
        tally["n"], tally["last"] = tally["n"] + 1, r.id
    # the kind most reports give; on a tie, the more precise word ("mou" over "agreement"), then the first given
    agreement.kind = max(tally["kinds"], key=lambda e: (e[1], e[0] not in GENERIC_KINDS))[0]
    agreement.name = max(tally["names"], key=lambda e: (e[1], len(e[0])))[0] if tally["names"] else None
    countries = list(max(tally["sets"], key=lambda e: e[1])[0])
    present = {status for status, _ in statuses}
    agreement.status = next((s for s in STATUS_ORDER if s in present), statuses[0][0])
    # the date the reports give most (a background mention's article date is no date of the instrument);
    # on a tie, the more precise, then the first reported
    agreement.date = max(tally["dates"], key=lambda e: (e[1], len(e[0]), -e[2]))[0] if tally["dates"] else None
    agreement.quantity = max(tally["quantities"], key=lambda e: e[1])[0] if tally["quantities"] else None
    agreement.amounts = amounts
    usd = [a["usd"] for a in amounts if a.get("usd")]
    # a sum restated in a second currency, or reported differently, is one commitment: count the largest once
    agreement.usd = max(usd) if usd else None
    agreement.report_count = tally["n"]
    agreement.organizations, agreement.statuses, agreement.tally = organizations, statuses, tally
    sectors = sorted(sectors)
    parties_changed, sectors_changed = countries != agreement.countries or first, sectors != agreement.sectors or first
    agreement.countries, agreement.sectors = countries, sectors  # before the statements below flush it: one UPDATE
    if agreement.id is None:  # new (merge_new_report): written by the caller, whole
        return
    if parties_changed:
        if not first:
            session.execute(delete(AgreementParty).where(AgreementParty.agreement_id == agreement.id))
            session.execute(delete(AgreementPair).where(AgreementPair.agreement_id == agreement.id))
        session.execute(insert(AgreementParty.__table__), [{"agreement_id": agreement.id, "country": c}
                                                          for c in countries])
        insert_pairs(session, agreement.id, countries)
    if sectors_changed:
        if not first:
            session.execute(delete(AgreementSector).where(AgreementSector.agreement_id == agreement.id))
        if sectors:
            session.execute(insert(AgreementSector.__table__), [{"agreement_id": agreement.id, "sector": s}
                                                                for s in sectors])
    session.flush()


_TALLIED = ("kinds", "names", "sets", "dates", "quantities")


def _count(entries: list[list], value, *extra) -> None:
    """Count ``value`` in a tally's ``[value, count, *extra]`` entries, kept in order of first appearance
    (``extra``, such as the position of the first report giving it, is kept from that first one)."""
    for entry in entries:
        if entry[0] == value:
            entry[1] += 1
            return
    entries.append([value, 1, *extra])


def _same_amount(a: dict, b: dict) -> bool:
    return a["currency"] == b["currency"] and abs(a["amount"] - b["amount"]) <= 0.01 * max(a["amount"], b["amount"])


def rebuild(session: Session, options: MergeOptions) -> int:
    """Redo every merge from the stored reports, in the order they were stored (what ingest did); return the
    agreement count."""
    session.execute(update(Report).values(agreement_id=None, merge_score=None, merge_reason=None))
    session.execute(delete(AgreementParty))
    session.execute(delete(AgreementPair))
    session.execute(delete(AgreementSector))
    session.execute(delete(AgreementToken))
    session.execute(delete(Agreement))
    session.flush()
    cache = ProfileCache()
    for report in session.execute(select(Report).order_by(Report.id)).scalars():
        merge_report(session, report, options, cache)
    return session.execute(select(func.count(Agreement.id))).scalar_one()
