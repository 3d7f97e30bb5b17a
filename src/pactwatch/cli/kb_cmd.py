"""Knowledge-base commands: ingest, db, agreements, partners, commitments, show, stats, search, export, demo."""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..ingest.readers import DEFAULT_MAX_BYTES, ReadOptions, iter_documents
from .app import (AllLanguages, AllowPrivate, Cache, DateColumnOption, Follow, IdColumnOption, Rate,
                  TextColumnOption, Workers, app, clear_errors, err, fail, fetcher, format_options, worker_count)
from .render import RowFormat, print_rows

if TYPE_CHECKING:
    from ..kb import IngestOptions

db_app = typer.Typer(help="Manage the database: create or upgrade its schema, redo the merges.", no_args_is_help=True)
app.add_typer(db_app, name="db")

DbOption = Annotated[Optional[str], typer.Option("--db", help="Database URL or SQLite path (default: PACTWATCH_DB, "
                                                 "else a SQLite file in your user data folder).")]
FormatOption = Annotated[RowFormat, typer.Option("--format", "-f", help="Output format.")]
ThresholdOption = Annotated[float, typer.Option(help="Merge score a report needs to join an agreement (0-1).")]
MaxDaysOption = Annotated[int, typer.Option(help="Reports dated further apart than this are different agreements.")]


@contextmanager
def _database(url: str | None, *, write: bool = False, check: bool = True):
    """Open the database, turning library errors into a clear message and exit status 2.

    Reading never changes the schema nor creates a database; writing creates a new one. An existing database
    at an older schema is only upgraded by ``pactwatch db upgrade``."""
    from ..store import open_database

    with clear_errors():
        database = open_database(url, create=write, check=check)
    try:
        yield database
    finally:
        database.close()


@contextmanager
def _cluster(address: str | None, workers: int):
    """The Dask cluster's executors for ``--dask``, or None; an unreachable scheduler is a clear error."""
    if address is None:
        yield None
        return
    from ..cluster import ClusterError, dask_pool

    try:
        with dask_pool(address, workers) as pool:
            yield pool
    except ClusterError as error:
        fail(str(error))


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: {value!r} is not a date (YYYY-MM-DD)")


def _merge_options(threshold: float, max_days: int):
    """The merge options, each checked against its real range (a score threshold lies strictly inside 0-1)."""
    from ..analyze import terms
    from ..resolve.agreements import MergeOptions

    with clear_errors():
        terms.between(threshold, 0, 1, "--threshold", exclusive=True)
        terms.between(max_days, 0, 36_500, "--max-days")
    return MergeOptions(threshold=threshold, max_days=max_days)


def ingest_into(database, inputs: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                options: IngestOptions | None = None, progress: bool = False, console: Console | None = None,
                formats=None, fetch=None, follow: bool = False, workers: int = 1, pool=None):
    """Ingest ``inputs`` into ``database`` with a progress bar; return the summary.

    Extraction runs in ``workers`` processes (or on ``pool``, a Dask client's executor); this process writes."""
    from ..kb import Ingestor

    ingestor = Ingestor(database, options=options)
    items = iter_documents(inputs, ReadOptions(max_bytes=max_bytes, formats=formats, fetcher=fetch, follow=follow))
    with Progress(TextColumn("[bold]ingest"), BarColumn(bar_width=None), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=console or err, transient=True, disable=not progress) as bar:
        task = bar.add_task("", total=None)

        def tick(summary) -> None:
            bar.update(task, description=f"{summary.documents} documents ({summary.new} new, {summary.duplicates} "
                                         f"duplicates, {summary.irrelevant} irrelevant), {summary.agreements} "
                                         f"agreements, {len(summary.failed)} errors")

        return ingestor.ingest_all(items, on_problem=lambda message: err.print(message, markup=False),
                                   on_progress=tick, workers=workers, pool=pool)


@app.command("ingest")
def ingest_cli(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or - (the same inputs as extract).")],
    db: DbOption = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse documents larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    threshold: ThresholdOption = 0.6,
    max_days: MaxDaysOption = 45,
    progress: Annotated[Optional[bool], typer.Option(help="Show a progress bar (default: on a terminal).")] = None,
    text_column: TextColumnOption = None,
    id_column: IdColumnOption = None,
    date_column: DateColumnOption = None,
    all_languages: AllLanguages = False,
    follow: Follow = False,
    allow_private: AllowPrivate = False,
    rate: Rate = 1.0,
    cache: Cache = True,
    keep_irrelevant: Annotated[bool, typer.Option(
        help="Store articles the relevance gate finds irrelevant whole (unextracted), not only their fingerprint.")] = False,
    gate: Annotated[bool, typer.Option(help="Run the relevance gate before extraction (--no-gate: extract all).")] = True,
    workers: Workers = None,
    dask: Annotated[Optional[str], typer.Option(
        "--dask", help="Extract on a Dask cluster: the scheduler's address (tcp://host:8786), or 'local' for a "
                       "LocalCluster of --workers processes. This process stores the results, in input order.")] = None,
) -> None:
    """Extract articles and store them: duplicates recognised, reports merged into canonical agreements.

    Ingesting the same article again changes nothing; each document is stored whole or not at all. Articles
    that cannot hold a technology-cooperation fact (the relevance gate: no two parties, or no word of an
    agreement or a promise) are counted and kept only as a fingerprint of their text, unless --keep-irrelevant.
    """
    from ..kb import IngestOptions

    options = IngestOptions(merge=_merge_options(threshold, max_days), gate=gate,
                            keep_irrelevant=keep_irrelevant)
    with _database(db, write=True) as database, _cluster(dask, worker_count(workers)) as pool:
        summary = ingest_into(database, inputs, max_bytes=max_bytes, options=options,
                              progress=err.is_terminal if progress is None else progress,
                              formats=format_options(text_column, id_column, date_column, all_languages),
                              fetch=fetcher(allow_private, rate, cache), follow=follow,
                              workers=worker_count(workers), pool=pool)
    err.print(f"{summary.documents} documents: {summary.new} new, {summary.duplicates} already known or "
              f"near-copies, {summary.irrelevant} irrelevant; {summary.agreements} agreement reports; "
              f"{len(summary.failed)} failed")
    raise typer.Exit(0 if summary.ok else 1)


@db_app.command("upgrade")
def db_upgrade_cli(db: DbOption = None) -> None:
    """Create the database or bring its schema to the newest version (in one transaction)."""
    with _database(db, check=False) as database, clear_errors():
        revision = database.upgrade()
    err.print(f"database schema at revision {revision}")


@db_app.command("remerge")
def db_remerge_cli(db: DbOption = None, threshold: ThresholdOption = 0.6, max_days: MaxDaysOption = 45) -> None:
    """Redo every merge of reports into agreements with these thresholds (reports themselves are kept)."""
    from ..resolve.agreements import rebuild
    from ..resolve.commitments import relink

    options = _merge_options(threshold, max_days)
    with _database(db, write=True) as database, database.session(write=True) as session:
        count = rebuild(session, options)
        relink(session)
    err.print(f"{count} agreements after merging with threshold {threshold} and max {max_days} days")


AGREEMENT_COLUMNS = ["id", "kind", "countries", "status", "date", "usd", "sectors", "reports", "name"]


@app.command("agreements")
def agreements_cli(
    country: Annotated[Optional[str], typer.Option(
        help="A party: code (KOR, EU), name or alias (South Korea, Korea, UK).")] = None,
    with_: Annotated[Optional[str], typer.Option("--with", help="Another party, written the same ways.")] = None,
    sector: Annotated[Optional[str], typer.Option(help="ai, semiconductors (or chips), quantum, ...")] = None,
    kind: Annotated[Optional[str], typer.Option(help="mou (or memorandum), agreement, framework, fund, ...")] = None,
    status: Annotated[Optional[str], typer.Option(
        help="concluded (or signed), planned, proposed, existing, ended (or suspended)")] = None,
    since: Annotated[Optional[str], typer.Option(help="From this date on (2024, 2024-01, 2024-01-15).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Up to this date.")] = None,
    text: Annotated[Optional[str], typer.Option(help="Words in the name or the evidence.")] = None,
    sort: Annotated[str, typer.Option(help="date, reports, usd, id, name, kind or status.")] = "date",
    limit: Annotated[Optional[int], typer.Option(min=1, help="At most this many.")] = None,
    db: DbOption = None,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """List canonical agreements, filtered."""
    from ..analyze import queries

    from ..analyze import terms

    with clear_errors():
        query = queries.AgreementQuery(
            country=country and terms.country(country), with_=with_ and terms.country(with_, "--with"),
            sector=sector and terms.sector(sector), kind=kind and terms.kind(kind),
            status=status and terms.status(status), since=since and terms.period(since, "--since"),
            until=until and terms.period(until, "--until"), text=text, sort=terms.choice(sort, terms.SORTS, "--sort"),
            limit=limit)
    with _database(db) as database, database.session() as session:
        rows = queries.agreements(session, query)
    print_rows(rows, AGREEMENT_COLUMNS, fmt, title="Agreements")


@app.command("partners")
def partners_cli(country: Annotated[str, typer.Argument(help="Code, name or alias: KOR, South Korea, Korea.")],
                 db: DbOption = None, fmt: FormatOption = RowFormat.table) -> None:
    """A country's partners, ranked: agreements, money (USD) of concluded and apart of planned or proposed
    agreements, sectors, first and latest date."""
    from ..analyze import terms

    with clear_errors():
        country = terms.country(country, "COUNTRY")

    with _database(db) as database, database.session() as session:
        rows = partner_rows(session, country)
    print_rows(rows, PARTNER_COLUMNS, fmt, title=f"Partners of {country.upper()} (USD: concluded agreements, "
                                                 "planned or proposed apart, each sum whole per partner)")


PARTNER_COLUMNS = ["partner", "name", "agreements", "usd_concluded", "usd_planned", "sectors", "first", "latest"]


def partner_rows(session, country: str) -> list[dict]:
    from ..analyze.money import partners_counted

    return partners_counted(session, country)


@app.command("commitments")
def commitments_cli(
    country: Annotated[Optional[str], typer.Option(help="Who is to act: code, name or alias (KOR, Korea).")] = None,
    due_before: Annotated[Optional[str], typer.Option(help="Due before this (2027, 2027-06).")] = None,
    overdue: Annotated[bool, typer.Option(help="Only overdue ones.")] = False,
    status: Annotated[Optional[str], typer.Option(help="pending, due, overdue or fulfilled")] = None,
    as_of: Annotated[Optional[str], typer.Option(help="Status as of this date (default today).")] = None,
    due_within: Annotated[int, typer.Option(min=0, help="'due' means due within this many days.")] = 90,
    db: DbOption = None,
    fmt: FormatOption = RowFormat.table,
) -> None:
    """Commitments and their status as of a date: pending, due soon, overdue, fulfilled."""
    from ..analyze import queries, terms

    with clear_errors():
        query = queries.CommitmentQuery(
            country=country and terms.country(country),
            due_before=due_before and terms.period(due_before, "--due-before"),
            overdue=overdue, status=status and terms.choice(status, terms.COMMITMENT_STATUSES, "--status"),
            as_of=_parse_date(as_of, "--as-of"), due_within_days=due_within)
    with _database(db) as database, database.session() as session:
        rows = queries.commitments(session, query)
    print_rows(rows, ["id", "due", "status", "countries", "action", "agreement", "fulfilled_on"], fmt,
               title=f"Commitments as of {query.as_of or date.today()}")


@app.command("show")
def show_cli(agreement_id: Annotated[int, typer.Argument(help="Agreement id.", min=1, max=2**63 - 1)],
             db: DbOption = None,
             fmt: FormatOption = RowFormat.table) -> None:
    """An agreement with every report, evidence sentence and source, and why the reports were joined."""
    from ..analyze import queries

    with _database(db) as database, database.session() as session:
        data = queries.show(session, agreement_id)
    if data is None:
        fail(f"no agreement {agreement_id}", 1)
    if fmt is RowFormat.json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        return
    if fmt is RowFormat.csv:  # one row per report
        rows = [{**r, "sources": [s["url"] or s["doc_id"] for s in r["sources"]],
                 "evidence": [e["text"] for e in r["evidence"]], "merge_score": (r["merge"] or {}).get("score")}
                for r in data["reports_detail"]]
        print_rows(rows, ["report", "article", "published", "kind", "status", "date", "amounts", "merge_score",
                          "sources", "evidence"], fmt)
        return
    from .views import print_agreement

    print_agreement(Console(highlight=False), data)


@app.command("open")
def open_cli(article: Annotated[str, typer.Argument(help="Article id, or the id or URL of one of its sources.")],
             db: DbOption = None, fmt: FormatOption = RowFormat.table) -> None:
    """Read an article with every record extracted from it marked where its evidence is.

    Each span of evidence is put between ⟦ and ⟧ with the tags of its records: A1, A2... for agreement
    reports, C1... for commitments; what each tag is follows the text (-f json: the text and the spans)."""
    from ..analyze.reading import article_records, find_article
    from .views import print_article

    with _database(db) as database, database.session() as session:
        article_id = find_article(session, article)
        data = article_records(session, article_id) if article_id is not None else None
    if data is None:
        fail(f"no article {article!r} (give an article id, or a source's id or URL)", 1)
    if fmt is RowFormat.table:
        print_article(Console(highlight=False), data)
    elif fmt is RowFormat.json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
    else:  # one row per mark
        print_rows([{"article": data["id"], **m} for m in data["marks"]],
                   ["article", "tag", "record", "start", "end", "label", "text"], fmt)


@app.command("stats")
def stats_cli(db: DbOption = None, fmt: FormatOption = RowFormat.table):
    """Counts: articles, reports, agreements; agreements by year, sector, kind and country."""
    from ..analyze import queries

    with _database(db) as database, database.session() as session:
        data = queries.stats(session)
    if fmt is RowFormat.json:
        typer.echo(json.dumps(data, indent=1))
        return
    if fmt is RowFormat.csv:  # group, key, count
        rows = [{"group": "total", "key": k, "count": v} for k, v in data.items() if isinstance(v, int)]
        rows += [{"group": g.removeprefix("by_"), "key": k, "count": v} for g, values in data.items()
                 if isinstance(values, dict) for k, v in values.items()]
        print_rows(rows, ["group", "key", "count"], fmt)
        return
    console = Console(highlight=False)
    console.print("  ".join(f"{k} {data[k]}" for k in ("articles", "sources", "reports", "agreements",
                                                         "commitments", "organizations", "people")))
    for key in ("by_year", "by_kind", "by_sector", "by_country"):
        console.print(f"{key.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in data[key].items()))


@app.command("search")
def search_cli(words: Annotated[str, typer.Argument(help="Words to find in stored articles.")],
               limit: Annotated[int, typer.Option(min=1, help="At most this many.")] = 20,
               db: DbOption = None, fmt: FormatOption = RowFormat.table) -> None:
    """Full-text search over stored articles."""
    from ..analyze import queries

    with _database(db) as database, database.session() as session:
        rows = queries.search(session, words, limit)
    print_rows(rows, ["article", "published", "title", "snippet"], fmt, title=f"Articles matching {words!r}",
               marks={"snippet": "highlights"})


@app.command("export")
def export_cli(to: Annotated[str, typer.Option("--to", help="json, jsonl, parquet, csv, graphml or gexf.")],
               path: Annotated[Path, typer.Argument(help="File to write.")], db: DbOption = None) -> None:
    """Export agreements with every report behind them, entities and the country network.

    json and jsonl carry each canonical agreement with its reports: source documents (id, URL, outlet),
    evidence offsets and sentences, the report's own fields and the merge's verdict with its reasons, so
    every merge can be audited from one file. parquet and csv write agreements, reports (one row each,
    <stem>.reports.<ext>) and entities (<stem>.entities.<ext>); graphml and gexf the country network.
    """
    from ..analyze.export import export

    with _database(db) as database, database.session() as session:
        with clear_errors():
            written = export(session, to, path)
    err.print("wrote " + ", ".join(written.pop("files")) + " (" + ", ".join(f"{v} {k}" for k, v in written.items()) + ")")


def demo_url() -> str:
    """Where the demo keeps its database: ``demo.db`` beside the default database, in the user data folder."""
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('pactwatch', appauthor=False)) / 'demo.db'}"


@app.command("demo")
def demo_cli(db: Annotated[Optional[str], typer.Option(
                 "--db", help="Database URL or SQLite path (default: demo.db in your user data folder, kept "
                              "apart from your own database).")] = None,
             samples: Annotated[Optional[Path], typer.Option(help="Articles to ingest (default: the bundled samples).")] = None,
             country: Annotated[str, typer.Option(help="Whose partner network to show.")] = "KOR",
             as_of: Annotated[Optional[str], typer.Option(help="Commitments' status as of this date.")] = None) -> None:
    """Ingest the sample articles into the demo database and show what pactwatch knows.

    The database stays where it is, so the next commands can explore it; running the demo again adds
    nothing twice (articles already stored are recognised).
    """
    import shlex

    from .. import samples_folder
    from ..analyze import queries, terms

    with clear_errors():
        country = terms.country(country)
    folder = samples or samples_folder()
    if not folder.is_dir():
        fail(f"no samples folder at {folder}; pass --samples PATH")
    as_of_date = _parse_date(as_of, "--as-of")
    url = db or demo_url()
    with _database(url, write=True) as database:
        summary = ingest_into(database, [str(folder)], progress=err.is_terminal)
        err.print(f"ingested {summary.documents} documents ({summary.new} new, {summary.duplicates} already stored "
                  f"or near-copies), {summary.agreements} agreement reports, {len(summary.failed)} failed")
        with database.session() as session:
            partners = partner_rows(session, country)
            rows = queries.agreements(session, queries.AgreementQuery(sort="date"))
            due = queries.commitments(session, queries.CommitmentQuery(as_of=as_of_date))
    print_rows(partners, PARTNER_COLUMNS, RowFormat.table, title=f"Partner network of {country.upper()}")
    print_rows(rows, AGREEMENT_COLUMNS, RowFormat.table, title="Agreements")
    print_rows(due, ["id", "due", "status", "countries", "action"], RowFormat.table,
               title=f"Commitments as of {as_of or date.today()}")
    where = url.removeprefix("sqlite:///")
    option = f"--db {shlex.quote(where)}"
    err.print(f"\nThe demo database is kept at {where}. Explore it next:\n"
              f"  pactwatch agreements --country {country.upper()} {option}\n"
              f"  pactwatch show {rows[0]['id'] if rows else 1} {option}\n"
              f"  pactwatch serve {option}        (the dashboard at http://127.0.0.1:8000/)\n"
              f"or set PACTWATCH_DB={shlex.quote(where)} to make it the default.")


@app.command("serve")
def serve_cli(db: DbOption = None,
              host: Annotated[str, typer.Option(help="Address to listen on (loopback unless told otherwise).")] = "127.0.0.1",
              port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
              workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes answering requests "
                                                   "(each with its own database connections).")] = 1) -> None:
    """Serve the REST API (/api, OpenAPI at /api/openapi.json) and the dashboard.

    Reading is open. Writing (POST /api/articles) needs a bearer token equal to PACTWATCH_TOKEN; without it,
    writing is off. With --workers N, N processes share the port (for many readers at once; run it behind a
    reverse proxy that adds TLS, as README shows).
    """
    import uvicorn

    from ..api import ApiSettings, create_app, serving

    import ipaddress

    with _database(db, write=True) as database:
        settings = ApiSettings.from_env(db)
        try:
            address = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            address = None  # a host name
        shown = f"[{address}]" if address is not None and address.version == 6 else host
        where = "on all interfaces" if address is not None and address.is_unspecified else f"on {host}"
        err.print(f"serving {where} at http://{shown}:{port}/ (writing {'on' if settings.token else 'off'}"
                  + (f", {workers} processes)" if workers > 1 else ")"))
        if address is None or not address.is_loopback:
            if not settings.token:
                err.print(f"[yellow]warning:[/yellow] listening {where} with no PACTWATCH_TOKEN: anyone who can "
                          "reach this port reads the whole knowledge base (writing stays off); set a token and "
                          "prefer a reverse proxy with TLS")
            else:
                err.print(f"[yellow]warning:[/yellow] listening {where}: the bearer token travels in clear text "
                          "unless a reverse proxy adds TLS")
        options = serving.uvicorn_options(host.strip("[]"), port)
        settings.database_url = database.engine.url.render_as_string(hide_password=False)
        if workers == 1:  # the application opens its own connections, as many as it answers requests at once
            uvicorn.run(create_app(settings), **options)
            return
        # each process builds its own application from the environment: the database this one opened
        os.environ["PACTWATCH_DB"] = settings.database_url
        uvicorn.run("pactwatch.api:app_from_env", factory=True, workers=workers, **options)
