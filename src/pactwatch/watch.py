"""Watching sources: poll feeds and pages, ingest what is new, and alert.

An alert is sent for each new canonical agreement, and for each commitment
that falls due, that matches the watch list (countries, sectors,
organizations; an empty list matches everything). Alerts are JSON objects
written to standard output, appended to a file, or POSTed to a webhook.
What was already alerted is remembered in the watched database itself (table
``watch_state``; or in a state file, when one is given), so a restart does not
repeat alerts and a new database is a new watch. An alert counts as sent on a channel only once that
channel confirmed it (the file written, the webhook answering 2xx); one that
failed is tried again at the next poll, and never marked sent before then.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

import httpx
from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from .analyze import queries
from .analyze.reading import commitment_evidence
from .errors import PactwatchError
from .ingest.fetch import Fetcher
from .ingest.readers import ReadOptions, iter_documents
from .kb import Ingestor
from .store.db import Database
from .store.models import Agreement, Commitment, WatchState

SEEN = "@seen"  # the watch_state row holding the newest agreement id already considered
CLAIMED = "claimed at "  # the value of a channel's row while a watch sends the alert on it (then None)
CLAIM_LEASE = 600.0  # seconds after which a claim whose watch never confirmed it may be taken over


class WatchError(PactwatchError):
    """A watch that cannot run (no sources, unreadable state)."""


@dataclass
class WatchList:
    countries: set[str] = field(default_factory=set)
    sectors: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)  # lower-cased names or acronyms

    def matches(self, countries: list[str], sectors: list[str], organizations: list[str]) -> bool:
        if self.countries and not self.countries & {c.upper() for c in countries}:
            return False
        if self.sectors and not self.sectors & set(sectors):
            return False
        if self.organizations and not any(o.lower() in self.organizations for o in organizations):
            return False
        return True


@dataclass
class WatchOptions:
    watch_list: WatchList = field(default_factory=WatchList)
    due_within_days: int = 30
    alert_file: Path | None = None
    webhook: str | None = None
    state_file: Path | None = None  # None: the state lives in the watched database
    follow: bool = False


@dataclass
class PollResult:
    documents: int = 0
    new_articles: int = 0
    alerts: list[dict] = field(default_factory=list)  # delivered on every channel
    problems: list[str] = field(default_factory=list)
    undelivered: int = 0  # alerts some channel failed to take: tried again at the next poll


def read_sources(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise WatchError(f"cannot read sources file {path}: {error.strerror}") from None
    sources = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not sources:
        raise WatchError(f"{path} lists no sources (one feed or page URL a line)")
    return sources


class Watcher:
    """Polls sources into a database and sends alerts; one instance for the life of a watch."""

    def __init__(self, database: Database, sources: list[str], fetcher: Fetcher, options: WatchOptions,
                 out: TextIO | None = None):
        self.db, self.sources, self.fetcher, self.options = database, sources, fetcher, options
        self.out = out or sys.stdout
        self.ingestor = Ingestor(database)
        self.seen = 0  # the newest agreement id considered for an alert (kept with the state)
        self.state = self._load_state()
        self._saved = set(self.state)

    def poll(self, today: date | None = None) -> PollResult:
        """One round: fetch every source, ingest, alert on what is new or falling due."""
        result = PollResult()
        with self.db.session() as session:
            newest = session.execute(select(func.max(Agreement.id))).scalar() or 0
        if not self.seen:
            self.seen = newest  # a first watch alerts on what is new from now on, not on the whole database
        items = iter_documents(self.sources, ReadOptions(fetcher=self.fetcher, follow=self.options.follow))
        summary = self.ingestor.ingest_all(items, on_problem=result.problems.append)
        result.documents, result.new_articles = summary.documents, summary.new
        with self.db.session() as session:
            # every agreement newer than the last one considered, and those whose alert some channel has not
            # confirmed yet (they stay "pending" until it does)
            pending = sorted({int(k.split(":")[2]) for k in self.state if k.startswith("pending:agreement:")})
            for agreement in session.execute(select(Agreement).where(
                    (Agreement.id > self.seen) | Agreement.id.in_(pending)).order_by(Agreement.id)).scalars():
                self._agreement_alert(session, agreement, result)
            for gone in set(pending) - {a for a in session.execute(select(Agreement.id).where(
                    Agreement.id.in_(pending))).scalars()}:
                self.state.discard(f"pending:agreement:{gone}")  # merged away since: nothing to alert
            self.seen = max(self.seen, session.execute(select(func.max(Agreement.id))).scalar() or 0)
            due = queries.commitments(session, queries.CommitmentQuery(
                as_of=today or date.today(), due_within_days=self.options.due_within_days, status="due"))
            for row in due:
                self._commitment_alert(session, row, result)
        self._save_state()
        return result

    def run(self, every: float, rounds: int | None = None, on_round: Callable[[PollResult], None] = lambda r: None):
        """Poll every ``every`` seconds (``rounds`` times, or until interrupted).

        A round that fails (the database unreachable, say) is reported and the watch goes on."""
        every = check_every(every)
        done = 0
        while rounds is None or done < rounds:
            try:
                result = self.poll()
            except (PactwatchError, SQLAlchemyError, OSError) as error:
                result = PollResult(problems=[f"error: this poll failed: {type(error).__name__}: {error}"])
            on_round(result)
            done += 1
            if rounds is None or done < rounds:
                time.sleep(every)

    # ------------------------------------------------------------------ alerts

    def _agreement_alert(self, session, agreement: Agreement, result: PollResult) -> None:
        key = f"agreement:{agreement.id}"
        if key in self.state or not self.options.watch_list.matches(
                agreement.countries, agreement.sectors, agreement.organizations or []):
            self.state.discard(f"pending:{key}")
            return
        detail = queries.show(session, agreement.id)
        first = detail["reports_detail"][0] if detail["reports_detail"] else {}
        self._send({"type": "agreement", "id": agreement.id, "kind": agreement.kind, "name": agreement.name,
                    "countries": agreement.countries, "sectors": agreement.sectors, "status": agreement.status,
                    "date": agreement.date, "usd": agreement.usd,
                    "evidence": (first.get("evidence") or [{}])[0].get("text"),
                    "sources": [s["url"] or s["doc_id"] for s in first.get("sources", [])]}, key, result)

    def _commitment_alert(self, session, row: dict, result: PollResult) -> None:
        key = f"commitment:{row['id']}:{row['due']}"
        commitment = session.get(Commitment, row["id"])
        instrument = session.get(Agreement, commitment.agreement_id) if commitment.agreement_id else None
        countries = sorted(set(row["countries"]) | set(instrument.countries if instrument else []))
        sectors = instrument.sectors if instrument else []
        organizations = (instrument.organizations or []) if instrument else []
        if key in self.state or not self.options.watch_list.matches(countries, sectors, organizations):
            return
        self._send({"type": "commitment_due", "id": row["id"], "due": row["due"], "countries": row["countries"],
                    "action": row["action"], "agreement": row["agreement"],
                    **commitment_evidence(session, row["id"])}, key, result)

    def _send(self, alert: dict, key: str, result: PollResult) -> None:
        """Deliver ``alert`` on every channel that has not confirmed it yet; remember each confirmation."""
        line = json.dumps(alert, ensure_ascii=False, default=str)
        channels = []
        if self.options.alert_file:
            channels.append(("file", self._to_file))
        if self.options.webhook:
            channels.append(("webhook", self._to_webhook))
        if not channels:
            channels.append(("stdout", self._to_stdout))
        missing, delivered = 0, False
        for name, deliver in channels:
            if f"{name}>{key}" in self.state:
                continue  # this channel has it from an earlier poll
            claim = self._claim(f"{name}>{key}", key)
            if claim == "done":
                return  # another watch of this database sent it on every channel
            if claim == "taken":
                return  # another watch is sending it now: its to confirm, or to try again
            if claim == "sent":
                self.state.add(f"{name}>{key}")
                continue
            problem = deliver(alert, line)
            if problem is None:
                self._settle(f"{name}>{key}", sent=True)
                delivered = True
            else:
                self._settle(f"{name}>{key}", sent=False)
                result.problems.append(f"alert {key} not delivered ({problem}): it will be tried again")
                missing += 1
        if missing:
            self.state.add(f"pending:{key}")
            result.undelivered += 1
            return
        self._done(key, [f"{name}>{key}" for name, _ in channels])
        if delivered:  # not when another watch of this database confirmed it on every channel
            result.alerts.append(alert)

    def _to_file(self, alert: dict, line: str) -> str | None:
        try:
            with self.options.alert_file.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            return f"alert file {self.options.alert_file}: {error.strerror or error}"
        return None

    def _to_webhook(self, alert: dict, line: str) -> str | None:
        try:
            response = self.fetcher.post(self.options.webhook, json=alert, timeout=10)
        except (httpx.HTTPError, PactwatchError) as error:
            return f"webhook {self.options.webhook}: {type(error).__name__}: {error}"
        if not 200 <= response.status_code < 300:
            return f"webhook {self.options.webhook}: HTTP {response.status_code}"
        return None

    def _to_stdout(self, alert: dict, line: str) -> str | None:
        try:
            self.out.write(line + "\n")
            self.out.flush()
        except (OSError, ValueError) as error:
            return f"standard output: {error}"
        return None

    # ------------------------------------------------------------------ state

    # Two watches of one database may poll at once (overlapping cron runs): each alert is claimed in
    # watch_state under the database's write lock (SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock)
    # before it is sent, so one of them sends it; the other sees the claim, or the alert done, and skips it.
    # A claim left by a watch that died mid-send is taken over after CLAIM_LEASE seconds. With a state file
    # (no database state) there is no such guard: one watch per state file.

    def _claim(self, channel: str, key: str) -> str:
        """Claim sending ``key`` on ``channel``: "yours" to send it, "sent" when that channel confirmed it
        already, "taken" when another watch is sending it now, "done" when the alert went out everywhere."""
        if self.options.state_file is not None:
            return "yours"
        with self.db.session(write=True) as session:
            rows = dict(session.execute(select(WatchState.key, WatchState.value)
                                        .where(WatchState.key.in_([key, channel]))).all())
            if key in rows:
                self.state.add(key)
                return "done"
            if channel in rows:
                held = rows[channel] or ""
                if not held.startswith(CLAIMED):
                    return "sent"
                if time.time() - float(held[len(CLAIMED):] or 0) < CLAIM_LEASE:
                    return "taken"
            session.merge(WatchState(key=channel, value=f"{CLAIMED}{time.time():.3f}"))
        return "yours"

    def _settle(self, channel: str, sent: bool) -> None:
        """A claimed channel's outcome: confirmed (kept), or failed (the claim given up, to try again)."""
        if sent:
            self.state.add(channel)
        if self.options.state_file is not None:
            return
        with self.db.session(write=True) as session:
            if sent:
                session.merge(WatchState(key=channel, value=None))
            else:
                session.execute(delete(WatchState).where(WatchState.key == channel))

    def _done(self, key: str, channels: list[str]) -> None:
        """``key`` went out on every channel: remembered as alerted, its per-channel marks and pending gone."""
        for channel in channels:
            self.state.discard(channel)
        self.state.discard(f"pending:{key}")
        self.state.add(key)
        if self.options.state_file is not None:
            return
        with self.db.session(write=True) as session:
            session.execute(delete(WatchState).where(WatchState.key.in_([*channels, f"pending:{key}"])))
            session.merge(WatchState(key=key, value=None))
        self._saved |= {key}
        self._saved -= {*channels, f"pending:{key}"}

    def _load_state(self) -> set[str]:
        path = self.options.state_file
        if path is None:
            with self.db.session() as session:
                rows = dict(session.execute(select(WatchState.key, WatchState.value)).all())
            self.seen = int(rows.pop(SEEN, None) or 0)
            return _settled(rows)
        if not path.exists():
            return set()
        try:
            data = json.loads(path.read_text())
            self.seen = int(data.get("seen", 0))
            return set(data.get("alerted", []))
        except (OSError, ValueError, TypeError, AttributeError) as error:
            raise WatchError(f"cannot read watch state {path}: {error}") from None

    def _save_state(self) -> None:
        path = self.options.state_file
        if path is None:  # in the database: only what changed, in one transaction under the write lock
            with self.db.session(write=True) as session:
                gone = sorted(self._saved - self.state)
                for start in range(0, len(gone), 500):
                    session.execute(delete(WatchState).where(WatchState.key.in_(gone[start:start + 500])))
                for key in sorted(self.state - self._saved):  # another watch may have written one already
                    session.merge(WatchState(key=key))
                # never backwards: another watch may have seen further since this one read the state
                stored = session.execute(select(WatchState.value).where(WatchState.key == SEEN)).scalar()
                self.seen = max(self.seen, int(stored or 0))
                session.merge(WatchState(key=SEEN, value=str(self.seen)))
                self.state = _settled(dict(session.execute(select(WatchState.key, WatchState.value)
                                                           .where(WatchState.key != SEEN)).all()))
            self._saved = set(self.state)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with temporary.open("w") as handle:
            handle.write(json.dumps({"alerted": sorted(self.state), "seen": self.seen}))
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)  # a crash mid-write leaves the old state, not half of the new


def _settled(rows: dict[str, str | None]) -> set[str]:
    """The keys of watch_state rows that record something done (not a watch's claim of an alert it sends)."""
    return {key for key, value in rows.items() if not (value or "").startswith(CLAIMED)}


MIN_EVERY, MAX_EVERY = 1.0, 366 * 86400.0


def parse_every(text: str) -> float:
    """"30m" -> 1800.0; units s, m, h, d; a bare number is seconds. From 1 s to 366 days."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    text = text.strip().lower()
    try:
        if text and text[-1] in units:
            value = float(text[:-1]) * units[text[-1]]
        else:
            value = float(text)
    except ValueError:
        raise WatchError(f"--every {text!r} is not a duration such as 30m, 2h or 90s") from None
    try:
        return check_every(value)
    except WatchError:
        raise WatchError(f"--every {text!r}: a poll interval must be from 1s to 366d") from None


def check_every(seconds: float) -> float:
    if not (math.isfinite(seconds) and MIN_EVERY <= seconds <= MAX_EVERY):
        raise WatchError(f"a poll interval must be from {MIN_EVERY:g} s to {MAX_EVERY:g} s, not {seconds!r}")
    return float(seconds)
