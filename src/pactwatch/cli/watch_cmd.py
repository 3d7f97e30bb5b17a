"""``pactwatch watch``: poll sources, ingest, alert; every line it logs starts with the time (UTC, ISO 8601)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Optional

import typer

from .app import AllowPrivate, Follow, Rate, app, clear_errors, err
from .kb_cmd import DbOption, _database


def log(message: str) -> None:
    """One line of the watch's log on standard error: the time, then the message as written."""
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    err.print(f"{stamp} {message}", markup=False, soft_wrap=True)


@app.command("watch")
def watch_cli(
    sources: Annotated[Path, typer.Argument(help="A file of feed and page URLs, one a line (# for comments).")],
    every: Annotated[str, typer.Option(help="How often to poll: 30m, 2h, 90s.")] = "30m",
    once: Annotated[bool, typer.Option(help="Poll once and stop (for cron).")] = False,
    countries: Annotated[Optional[str], typer.Option(
        help="Alert only for these parties: codes, names or aliases, e.g. KOR,Singapore.")] = None,
    sectors: Annotated[Optional[str], typer.Option(help="Alert only for these sectors, e.g. ai,chips.")] = None,
    organizations: Annotated[Optional[str], typer.Option(help="Alert only when one of these is a party.")] = None,
    due_within: Annotated[int, typer.Option(min=0, help="Alert for commitments due within this many days.")] = 30,
    alert_file: Annotated[Optional[Path], typer.Option(help="Append alerts (JSON Lines) to this file.")] = None,
    webhook: Annotated[Optional[str], typer.Option(help="POST each alert (JSON) to this URL.")] = None,
    state: Annotated[Optional[Path], typer.Option(
        help="Remember what was alerted in this file (default: in the watched database itself).")] = None,
    db: DbOption = None,
    follow: Follow = False,
    allow_private: AllowPrivate = False,
    rate: Rate = 1.0,
) -> None:
    """Poll feeds and pages, ingest what is new, and alert on new agreements and commitments falling due.

    Alerts go to standard output unless --alert-file or --webhook is given; a commitment's alert carries its
    evidence and sources. What was alerted is kept in the database, so each database is watched on its own.
    """
    from ..analyze import terms
    from ..ingest.fetch import Fetcher, FetchOptions
    from ..watch import Watcher, WatchList, WatchOptions, parse_every, read_sources

    with clear_errors():
        urls = read_sources(sources)
        seconds = parse_every(every)
        watch_list = WatchList(set(terms.countries(countries or "")), set(terms.sectors(sectors or "")),
                               {v.strip().lower() for v in (organizations or "").split(",") if v.strip()})
    options = WatchOptions(watch_list=watch_list, due_within_days=due_within, alert_file=alert_file,
                           webhook=webhook, follow=follow, state_file=state)
    fetch = Fetcher(FetchOptions(allow_private=allow_private, per_host_interval=rate, cache_dir=None))
    with _database(db, write=True) as database:
        with clear_errors():
            watcher = Watcher(database, urls, fetch, options)

        def report(result) -> None:
            for problem in result.problems:
                log(problem)
            log(f"polled {len(urls)} sources: {result.documents} documents, {result.new_articles} new, "
                f"{len(result.alerts)} alerts")

        try:
            watcher.run(seconds, rounds=1 if once else None, on_round=report)
        except KeyboardInterrupt:
            log("stopped")
        finally:
            fetch.close()
