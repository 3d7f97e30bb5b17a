"""The Typer application and what every command shares: the error console and output formats."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .. import __version__
from ..errors import PactwatchError

app = typer.Typer(
    help="pactwatch: technology-cooperation agreements between countries, from news, with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str, status: int = 2) -> NoReturn:
    """Print ``error: message`` (its text as written, never read as markup) and exit with ``status``."""
    err.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(status)


@contextmanager
def clear_errors(status: int = 2) -> Iterator[None]:
    """The one place library errors become messages: a :class:`PactwatchError` inside is printed, then exit."""
    try:
        yield
    except PactwatchError as error:
        fail(str(error), status)


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pactwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """Turn news about technology cooperation into a structured, evidence-linked record."""


def format_options(text_column: str | None, id_column: str | None, date_column: str | None, all_languages: bool):
    """The FormatOptions the input options of extract and ingest describe."""
    from ..ingest.formats import FormatOptions

    return FormatOptions(text_column=text_column, id_column=id_column, date_column=date_column,
                         english_only=not all_languages)


TextColumnOption = Annotated[Optional[str], typer.Option(help="CSV: the column with the article text (default: 'text').")]
IdColumnOption = Annotated[Optional[str], typer.Option(help="CSV: the column with the id (default: 'id').")]
DateColumnOption = Annotated[Optional[str], typer.Option(help="CSV: the column with the publication date.")]
AllLanguages = Annotated[bool, typer.Option(help="Also extract from texts not in English (default: skip them).")]

Follow = Annotated[bool, typer.Option(help="For feeds: fetch the article page each item links to.")]
AllowPrivate = Annotated[bool, typer.Option(help="Allow fetching private and loopback addresses.")]
Rate = Annotated[float, typer.Option(help="Seconds between two requests to one host (0: no limit).")]
Cache = Annotated[bool, typer.Option(help="Keep fetched pages in a local cache so a rerun does not fetch again.")]
Workers = Annotated[Optional[int], typer.Option(
    min=1, help="Extract in this many worker processes (default: the number of cores); results stay in input order.")]


def worker_count(workers: int | None) -> int:
    if workers is not None:
        return workers
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def fetcher(allow_private: bool, rate: float, cache: bool):
    """A Fetcher for URL inputs, made as the options say."""
    from ..ingest.fetch import Fetcher, FetchOptions

    options = FetchOptions(allow_private=allow_private, per_host_interval=rate)
    if not cache:
        options.cache_dir = None
    return Fetcher(options)
