"""``pactwatch extract``: extraction only, no database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import PactwatchError
from ..ingest.readers import DEFAULT_MAX_BYTES, ReadOptions, iter_documents
from .app import (AllLanguages, AllowPrivate, Cache, DateColumnOption, Follow, Format, IdColumnOption, Rate, fail,
                  TextColumnOption, Workers, app, err, fetcher, format_options, worker_count)


@app.command("extract")
def extract_cli(
    inputs: Annotated[list[str], typer.Argument(
        help="JSON Lines files (id, text, published, url, title), .txt files, folders of them, or - for stdin.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse documents larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    usd: Annotated[bool, typer.Option(help="Add USD values converted at the article's date.")] = True,
    progress: Annotated[Optional[bool], typer.Option(help="Show a progress bar (default: when stderr is a terminal).")] = None,
    text_column: TextColumnOption = None,
    id_column: IdColumnOption = None,
    date_column: DateColumnOption = None,
    all_languages: AllLanguages = False,
    follow: Follow = False,
    allow_private: AllowPrivate = False,
    rate: Rate = 1.0,
    cache: Cache = True,
    workers: Workers = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="Also list the instrument words that made no agreement, each with why (key 'rejected').")] = False,
) -> None:
    """Extract agreements, commitments, money, people and organizations from articles.

    One record per input document, in input order. Bad items are reported on
    standard error and skipped; the exit status is 1 when any item failed.
    """
    try:
        handle = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as error:
        fail(f"cannot write {output}: {error.strerror}")
    show_progress = err.is_terminal if progress is None else progress
    from ..kb import extract_documents
    from ..extract.pipeline import ExtractOptions, Extractor
    from ..output import Writer

    try:
        extractor = Extractor(ExtractOptions(convert_usd=usd, explain=explain))
        writer = Writer(handle, fmt.value)
        formats = format_options(text_column, id_column, date_column, all_languages)
        items = iter_documents(inputs, ReadOptions(max_bytes=max_bytes, formats=formats, follow=follow,
                                                   fetcher=fetcher(allow_private, rate, cache)))
        with Progress(TextColumn("[bold]extract"), BarColumn(bar_width=None), TextColumn("{task.description}"),
                      TimeElapsedColumn(), console=err, transient=True, disable=not show_progress) as bar:
            task = bar.add_task("", total=None)

            def tick(summary) -> None:
                bar.update(task, description=f"{summary.documents} documents, {summary.agreements} agreements, "
                                             f"{len(summary.failed)} errors")

            summary = extract_documents(items, extractor, writer.write,
                                        on_problem=lambda message: err.print(message, markup=False), on_progress=tick,
                                        workers=worker_count(workers))
        writer.close()
    except PactwatchError as error:
        fail(str(error))
    finally:
        if output:
            handle.close()
    if summary.failed or show_progress:
        err.print(f"{summary.documents} documents extracted, {summary.agreements} agreements, "
                  f"{len(summary.failed)} failed")
    raise typer.Exit(0 if summary.ok else 1)

