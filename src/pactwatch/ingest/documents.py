"""The document every reader makes, and the JSON records and JSON Lines streams it is read from.

Shared by the readers (``readers.py``) and the format recognisers (``formats.py``), which use it without
using each other's internals.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from ..errors import DecodeError, InputError
from ..model import InputDocument

DEFAULT_MAX_BYTES = 5_000_000

__all__ = ["DEFAULT_MAX_BYTES", "InputDocument", "document_from_record", "parse_date", "read_jsonl"]


def _lines(handle: BinaryIO, limit: int) -> Iterator[tuple[bytes, int]]:
    """Each line of ``handle`` with its length; a line longer than ``limit`` comes back empty with its length,
    having been read in pieces and dropped, so memory never holds more than ``limit`` bytes of it."""
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
            if not raw:
                break
            size += len(raw)
        yield b"", size


def read_jsonl(handle: BinaryIO, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[InputDocument | InputError]:
    """Each line of a JSON Lines stream as a document, or an error naming the line and the reason."""
    stem = Path(name).stem if name != "<stdin>" else "stdin"
    for number, (raw, size) in enumerate(_lines(handle, max_bytes), 1):
        item = f"{name}:{number}"
        if size > max_bytes:
            yield InputError(item, f"line of {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB "
                                   "limit for one document (--max-bytes)")
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig")
            record = json.loads(line)
        except UnicodeDecodeError as error:
            yield DecodeError(item, f"not valid UTF-8 (offset {error.start} in the line)")
            continue
        except json.JSONDecodeError as error:
            message = error.msg.removesuffix(" at")
            yield InputError(item, f"not valid JSON ({message}, column {error.colno})")
            continue
        except RecursionError:
            yield InputError(item, "not read: JSON nested too deeply")
            continue
        try:
            yield document_from_record(record, item, default_id=f"{stem}:{number}")
        except InputError as error:
            yield error


def document_from_record(record: object, item: str, default_id: str) -> InputDocument:
    """An :class:`InputDocument` from a JSON object with ``id``, ``text`` and optional ``published``, ``url``, ``title``."""
    if not isinstance(record, dict):
        raise InputError(item, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if text is None:
        raise InputError(item, "missing field 'text'")
    if not isinstance(text, str):
        raise InputError(item, f"field 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise InputError(item, "empty text")
    doc_id = record.get("id")
    doc = InputDocument(id=str(doc_id) if doc_id not in (None, "") else default_id, text=text, source=item,
                        url=_optional_str(record.get("url")), title=_optional_str(record.get("title")),
                        outlet=_optional_str(record.get("outlet")))
    published = record.get("published")
    if published not in (None, ""):
        doc.published = parse_date(published)
        if doc.published is None:
            doc.warnings.append(f"{item}: 'published' {published!r} is not an ISO date; reading the date from the text")
    return doc


def parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
