"""Read input items into documents: JSON Lines, plain text files, folders, standard input.

``iter_documents`` yields :class:`InputDocument` for every readable item and
:class:`~pactwatch.errors.InputError` for every one that is not (naming the
item and the reason), so a caller reports the error and goes on with the rest.
JSON Lines files are streamed line by line, each line read only up to the
limit: memory does not grow with the file nor with one line. Every document
passes one last check on its way out (:func:`_checked`): its text within
``--max-bytes`` however it was unpacked, no NUL characters, and a URL only if
it is an absolute http(s) one. Inside a folder, every entry that is not a
readable file (a dangling link, a FIFO, a device) is named with the reason.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..errors import InputError
from ..model import InputDocument
from ..urls import safe_url
from .documents import DEFAULT_MAX_BYTES, document_from_record, parse_date, read_jsonl
from .formats import FormatOptions, documents_from_bytes, html_document
from .published import date_from_url

if TYPE_CHECKING:
    from .fetch import Fetcher

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)  # one document, or an array of them (read whole; named explicitly, not from folders)
# What a folder is read for; each file's format is then recognised from its content, not its name.
FOLDER_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + (".html", ".htm", ".xml", ".rss", ".atom", ".csv", ".tsv",
                                                   ".warc", ".gz", "")


@dataclass
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES  # larger items are refused with a message
    formats: FormatOptions | None = None  # CSV columns, language filter (see formats.py)
    fetcher: "Fetcher | None" = None  # for URLs; None: URLs are refused with a message
    follow: bool = False  # fetch the page each feed item links to


def iter_documents(inputs: list[str], options: ReadOptions | None = None,
                   stdin: BinaryIO | None = None) -> Iterator[InputDocument | InputError]:
    """Every document of ``inputs``, in order; an :class:`InputError` in place of each item that cannot be read.

    A failure inside a reader (a library's exception, a missing optional module) ends only the item it
    happened in: it becomes an error naming that item and the reason, and the next item is read.
    """
    options = options or ReadOptions()
    for found in _items(inputs, options, stdin):
        yield found if isinstance(found, InputError) else _checked(found, options)


def _checked(doc: InputDocument, options: ReadOptions) -> InputDocument | InputError:
    """The limits every document keeps, whatever reader or unpacking produced it."""
    item = doc.source or doc.id
    size = len(doc.text.encode("utf-8", "surrogatepass"))
    if size > options.max_bytes:
        return InputError(item, f"text of {size / 1e6:.1f} MB is over the {options.max_bytes / 1e6:.1f} MB limit "
                                "for one document (--max-bytes)")
    if "\x00" in doc.text:
        doc.text = doc.text.replace("\x00", "")
        doc.warnings.append(f"{item}: NUL characters removed from the text")
        if not doc.text.strip():
            return InputError(item, "empty text")
    for name in ("id", "title", "outlet", "author"):
        value = getattr(doc, name)
        if isinstance(value, str) and "\x00" in value:
            setattr(doc, name, value.replace("\x00", ""))
    if doc.url is not None and safe_url(doc.url) is None:
        doc.warnings.append(f"{item}: URL {doc.url[:100]!r} dropped: only absolute http(s) URLs are kept")
        doc.url = None
    if doc.published is not None:
        doc.published_from = doc.published_from or "input"
    elif doc.url:  # a date in the URL's path is the publisher's own: before any date read from the text
        doc.published = date_from_url(doc.url)
        doc.published_from = "url" if doc.published else None
    return doc


def _items(inputs: list[str], options: ReadOptions, stdin: BinaryIO | None) -> Iterator[InputDocument | InputError]:
    for item in inputs:
        if item.startswith(("http://", "https://")):
            yield from _guarded(item, _read_url(item, options))
            continue
        if item == "-":
            yield from _guarded("<stdin>", _read_stream(stdin or sys.stdin.buffer, "<stdin>", "stdin", options))
            continue
        path = Path(item)
        if path.is_dir():
            files = 0
            for file, problem in _folder_files(path):
                if problem:
                    yield InputError(str(file), problem)
                    continue
                files += 1
                yield from _guarded(str(file), _read_file(file, options))
            if not files:
                yield InputError(item, "folder holds no article files (.txt, .jsonl, .html, .csv, feeds, WARC)")
        elif path.is_file() and path.suffix.lower() in JSON_SUFFIXES:
            yield from _guarded(item, _read_json(path, options))
        elif path.is_file():
            yield from _guarded(item, _read_file(path, options))
        elif path.exists():
            yield InputError(item, "not a regular file or folder")
        else:
            yield InputError(item, "no such file or folder")


def _folder_files(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """The article files under ``folder`` in name order, and each entry that is not a readable file with the
    reason it is skipped. Links to folders are not followed (no loops); a link to a file is read."""
    for root, dirs, names in os.walk(folder, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            if name.startswith(".") or path.suffix.lower() not in FOLDER_SUFFIXES:
                continue
            try:
                mode = path.stat().st_mode  # follows a link
            except FileNotFoundError:
                yield path, "skipped: a link to nothing (dangling symbolic link)"
                continue
            except OSError as error:
                yield path, f"skipped: cannot be examined ({error.strerror or error})"
                continue
            if stat.S_ISREG(mode):
                yield path, None
            elif stat.S_ISFIFO(mode):
                yield path, "skipped: a named pipe (FIFO), not a file"
            elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
                yield path, "skipped: a device, not a file"
            elif stat.S_ISSOCK(mode):
                yield path, "skipped: a socket, not a file"
            elif not stat.S_ISDIR(mode):
                yield path, "skipped: not a regular file"
            # a link to a folder: not followed


def _guarded(item: str, documents: Iterator[InputDocument | InputError]) -> Iterator[InputDocument | InputError]:
    """``documents``, with an unexpected exception turned into an error for ``item`` (what was read is kept)."""
    try:
        yield from documents
    except Exception as error:  # noqa: BLE001 - one item's failure must not end the batch
        reason = f"{type(error).__name__}: {error}"
        if isinstance(error, ImportError):
            reason = f"a module its reader needs cannot be imported ({reason}); reinstall pactwatch"
        yield InputError(item, f"cannot be read: {reason}")


def _read_file(path: Path, options: ReadOptions) -> Iterator[InputDocument | InputError]:
    name = str(path)
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from read_jsonl(handle, name, options.max_bytes)
            return
        size = path.stat().st_size
        limit = options.max_bytes * (20 if path.suffix.lower() in (".warc", ".gz", ".csv", ".xml", ".rss") else 1)
        if size > limit:
            yield InputError(name, f"{size / 1e6:.1f} MB is over the {limit / 1e6:.1f} MB limit "
                                   "for one document (--max-bytes)")
            return
        with path.open("rb") as handle:
            data = handle.read()
    except OSError as error:
        yield InputError(name, f"cannot read: {error.strerror or error}")
        return
    urls = _url_list(data)
    if urls:  # a file of URLs, one a line
        for url in urls:
            yield from _read_url(url, options)
        return
    yield from documents_from_bytes(data, name, path.stem.removesuffix(".warc"), options.formats or FormatOptions(),
                                    max_bytes=options.max_bytes)


_URL_LINE = re.compile(rb"\s*https?://\S+\s*")


def _url_list(data: bytes) -> list[str]:
    lines = [line for line in data[:2_000_000].splitlines() if line.strip() and not line.lstrip().startswith(b"#")]
    if lines and all(_URL_LINE.fullmatch(line) for line in lines):
        return [line.strip().decode("utf-8", "replace") for line in lines]
    return []


def _read_url(url: str, options: ReadOptions) -> Iterator[InputDocument | InputError]:
    from .fetch import FetchError

    if options.fetcher is None:
        yield InputError(url, "fetching URLs is not enabled here")
        return
    try:
        fetched = options.fetcher.fetch(url)
    except FetchError as error:
        yield error
        return
    formats = options.formats or FormatOptions()
    for doc in documents_from_bytes(fetched.data, url, url, formats, url=fetched.final_url,
                                    max_bytes=options.max_bytes):
        if options.follow and isinstance(doc, InputDocument) and doc.url and doc.source.startswith(f"{url}#"):
            try:  # a feed item: read the article it links to
                page = options.fetcher.fetch(doc.url)
                article = html_document(page.data, doc.url, doc.id, url=page.final_url)
                if article.published is None and doc.published is not None:
                    article.published, article.published_from = doc.published, doc.published_from
                article.title = article.title or doc.title
                yield article
            except InputError as error:
                yield error
            continue
        yield doc


def _read_json(path: Path, options: ReadOptions) -> Iterator[InputDocument | InputError]:
    name = str(path)
    try:
        if path.stat().st_size > options.max_bytes * 20:
            yield InputError(name, "JSON file too large to read whole; use JSON Lines")
            return
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as error:
        yield InputError(name, f"cannot read: {error.strerror or error}")
        return
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        yield InputError(name, f"not valid JSON ({error})")
        return
    except RecursionError:
        yield InputError(name, "not read: JSON nested too deeply")
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, 1):
        try:
            yield document_from_record(record, f"{name}[{number}]", default_id=f"{path.stem}:{number}")
        except InputError as error:
            yield error


def _read_stream(handle: BinaryIO, name: str, doc_id: str, options: ReadOptions) -> Iterator[InputDocument | InputError]:
    buffered = io.BufferedReader(handle) if not hasattr(handle, "peek") else handle
    head = buffered.peek(64)[:64].lstrip()
    if head.startswith(b"{"):
        yield from read_jsonl(buffered, name, options.max_bytes)
        return
    data = buffered.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield InputError(name, f"over the {options.max_bytes / 1e6:.1f} MB limit for one document (--max-bytes)")
        return
    yield from documents_from_bytes(data, name, doc_id, options.formats or FormatOptions(),
                                    max_bytes=options.max_bytes)


__all__ = ["DEFAULT_MAX_BYTES", "InputDocument", "ReadOptions", "document_from_record", "iter_documents", "parse_date"]
