"""Reading real-world inputs, recognised by their content rather than their file name.

``sniff`` tells HTML pages, RSS/Atom feeds, WARC archives, gzip, JSON, JSON
Lines, CSV and plain text apart from their first bytes. Each format has a
reader that turns it into :class:`InputDocument` records:

- HTML: main text, title, author, date and canonical URL with trafilatura
  (htmldate for the date); the extracted text is what is stored, so evidence
  offsets index it;
- feeds: one document per item (feedparser), the item's text taken from its
  content or summary;
- CSV: a text column, with optional id and date columns;
- WARC: every HTML response record (warcio).

Text in other encodings is decoded with charset-normalizer; articles that are
not in English are skipped with a note rather than mis-extracted.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..errors import DecodeError, InputError
from ..model import InputDocument
from .documents import DEFAULT_MAX_BYTES, document_from_record, parse_date, read_jsonl

MAX_DECOMPRESSED = 50_000_000  # at most; documents_from_bytes caps unpacking at 20 times --max-bytes
CONTAINER_FACTOR = 20  # an archive, feed or table may hold this many times the limit for one document
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_XML_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_HTML = re.compile(rb"<(?:!doctype html|html|head|body|article|div|p)\b", re.IGNORECASE)


class SkippedInput(InputError):
    """An item deliberately not processed (not English, no article text): reported as a note, not a failure."""


@dataclass
class FormatOptions:
    text_column: str | None = None  # CSV: the column holding the text (default: "text", else the longest)
    id_column: str | None = None
    date_column: str | None = None
    url_column: str | None = None
    english_only: bool = True
    max_field: int = 5_000_000  # CSV: the longest field read (the csv module's default is 131,072 characters)


def sniff(data: bytes) -> str:
    """The kind of content: gzip, warc, html, feed, json, jsonl, csv, text or binary."""
    head = data[:4096]
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        first_line = stripped.split(b"\n", 1)[0].strip()
        return "jsonl" if first_line.startswith(b"{") and first_line.endswith(b"}") and b"\n{" in stripped else "json"
    if stripped.startswith(b"<?xml") or stripped[:1] == b"<":
        if _XML_FEED.search(head):
            return "feed"
        if _HTML.search(head):
            return "html"
    if b"\x00" in head:
        return "binary"
    return "text"


def gunzip(data: bytes, name: str, limit: int = MAX_DECOMPRESSED,
           what: str = "the limit for what one file may unpack to: 20 times --max-bytes") -> bytes:
    """Decompress, refusing truncated archives and decompression bombs (more than ``limit`` bytes) by name;
    never holds more than ``limit`` bytes of output."""
    out, rest = bytearray(), data
    try:
        while rest:  # gzip files may hold several members one after another (WARC.gz does)
            decompressor = zlib.decompressobj(wbits=31)
            while True:
                out += decompressor.decompress(rest, 1 << 20)
                if len(out) > limit:
                    raise InputError(name, f"decompresses to more than {limit / 1e6:.1f} MB ({what})")
                rest = decompressor.unconsumed_tail
                if not rest or decompressor.eof:
                    break
            if not decompressor.eof:
                out += decompressor.flush()
                if len(out) > limit:
                    raise InputError(name, f"decompresses to more than {limit / 1e6:.1f} MB ({what})")
                if not decompressor.eof:
                    raise InputError(name, "truncated gzip data")
            rest = decompressor.unused_data.lstrip(b"\x00")
    except zlib.error as error:
        raise InputError(name, f"not valid gzip data ({error})") from None
    return bytes(out)


@dataclass
class Decoded:
    text: str
    encoding: str


def decode_any(data: bytes, name: str) -> Decoded:
    """Text from bytes in any common encoding: UTF-8 first, else what charset-normalizer finds."""
    if b"\x00" in data[:8192] and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise DecodeError(name, "binary data, not text (NUL bytes)")
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as error:
        position = error.start
    if _UTF8_SEQUENCE.search(data):
        # UTF-8 with stray bytes of a single-byte encoding pasted in (Windows quotes, Latin-1 accents): each
        # part read as what it is, rather than the whole guessed as one encoding and garbled
        return Decoded(data.decode("utf-8-sig", errors="pactwatch-cp1252"), "utf-8 mixed with cp1252")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is None:
        raise DecodeError(name, f"not valid UTF-8 (byte 0x{data[position]:02x} at offset {position}) "
                                "nor text in another encoding")
    return Decoded(str(best), best.encoding)


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("pactwatch-cp1252", _cp1252_bytes)


def language(text: str) -> str:
    """The ISO 639-1 code of the text's language (py3langid, a model shipped in the package)."""
    import py3langid

    return py3langid.classify(text[:5000])[0]


def english_or_note(doc: InputDocument, options: FormatOptions) -> InputDocument | SkippedInput:
    if options.english_only and len(doc.text) > 200:
        code = language(doc.text)
        if code != "en":
            return SkippedInput(doc.source or doc.id, f"skipped: the text is in '{code}', not English")
    return doc


def html_document(html: str | bytes, name: str, doc_id: str, url: str | None = None) -> InputDocument:
    """The article in an HTML page: main text without menus and adverts, with title, author, date and URL."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                             include_tables=False, favor_precision=True)
    except Exception as error:  # malformed markup the parser cannot take
        raise InputError(name, f"cannot read the HTML page ({type(error).__name__}: {error})") from None
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = (data.get("text") or "").strip()
    if not text:
        raise SkippedInput(name, "skipped: no article text found in the page")
    title = data.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    published = parse_date(data.get("date")) if data.get("date") else None
    canonical = data.get("url") or url
    doc = InputDocument(id=doc_id, text=text, published=published, url=canonical, title=title, source=name,
                        outlet=data.get("sitename"), published_from="page" if published else None)
    if data.get("author"):
        doc.author = data["author"]
    return doc


def feed_documents(data: bytes, name: str) -> Iterator[InputDocument | InputError]:
    """One document per feed item; the item's HTML content is reduced to its text."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.get("entries"):
        yield InputError(name, f"not a readable feed ({parsed.get('bozo_exception')})")
        return
    for number, entry in enumerate(parsed.entries, 1):
        item = f"{name}#{number}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        text = _html_to_text(body) if "<" in body else body
        title = entry.get("title")
        if title and not text.startswith(title):
            text = f"{title}\n{text}"
        if not text.strip():
            yield InputError(item, "feed item without text")
            continue
        published = None
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                published = parse_date("%04d-%02d-%02d" % tuple(entry[key][:3]))
                break
        yield InputDocument(id=entry.get("id") or entry.get("link") or item, text=text, published=published,
                            published_from="feed" if published else None, url=entry.get("link"), title=title,
                            source=item,
                            outlet=parsed.feed.get("title") if parsed.get("feed") else None)


def _html_to_text(fragment: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(fragment)
    except Exception:
        return re.sub(r"<[^>]+>", " ", fragment)
    for br in tree.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = [" ".join(el.text_content().split()) for el in tree.iter("p", "li", "h1", "h2", "h3")]
    return "\n".join(b for b in blocks if b) or " ".join(tree.text_content().split())


def csv_documents(text: str, name: str, options: FormatOptions) -> Iterator[InputDocument | InputError]:
    """One document per row; the text column is ``--text-column``, else "text", else the longest one."""
    try:
        dialect = csv.Sniffer().sniff(text[:5000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(csv.field_size_limit(), options.max_field))  # an article is one field
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        columns = reader.fieldnames or []
    except csv.Error as error:
        yield InputError(name, f"CSV header cannot be read ({error})")
        return
    text_column = options.text_column or ("text" if "text" in columns else None)
    if options.text_column and options.text_column not in columns:
        yield InputError(name, f"no column {options.text_column!r} (columns: {', '.join(columns)})")
        return
    for number, row in _rows(reader, name):
        if isinstance(row, InputError):
            yield row
            continue
        item = f"{name}:{number}"
        column = text_column or max(columns, key=lambda c: len(row.get(c) or ""), default=None)
        record = {"text": row.get(column) if column else None,
                  "id": row.get(options.id_column or "id") or f"{name.rsplit('/', 1)[-1]}:{number}",
                  "published": row.get(options.date_column or "published") or None,
                  "url": row.get(options.url_column or "url") or None, "title": row.get("title") or None}
        try:
            yield document_from_record(record, item, default_id=record["id"])
        except InputError as error:
            yield error


def _rows(reader: csv.DictReader, name: str) -> Iterator[tuple[int, dict | InputError]]:
    """The rows, numbered as before (the header is 1); a row the csv module refuses becomes an error naming it,
    and the next row is read."""
    number, failures = 1, 0
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            failures += 1
            yield number, InputError(f"{name}:{number}", f"CSV row cannot be read ({error})")
            if failures > 1000:
                yield number, InputError(name, "too many unreadable CSV rows; the rest is not read")
                return
            continue
        yield number, row


def warc_documents(data: bytes, name: str, max_bytes: int = MAX_DECOMPRESSED) -> Iterator[InputDocument | InputError]:
    """Every HTML response in a WARC archive (Common Crawl News style)."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            item = f"{name}#{number} {url}"
            content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if content_type and "html" not in content_type:
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield InputError(item, f"response over the {max_bytes / 1e6:.1f} MB limit for one document "
                                       "(--max-bytes)")
                continue
            try:
                yield html_document(body, item, doc_id=url or item, url=url)
            except InputError as error:
                yield error
    except Exception as error:  # a truncated or corrupt archive: report it, keep what was read
        yield InputError(name, f"WARC archive cannot be read further ({type(error).__name__}: {error})")


def documents_from_bytes(data: bytes, name: str, stem: str, options: FormatOptions,
                         url: str | None = None, max_bytes: int | None = None) -> Iterator[InputDocument | InputError]:
    """Documents from one item's bytes, whatever its format.

    What gzip unpacks is capped at 20 times ``max_bytes`` (a bomb is refused by name), and every document
    it holds is then held to ``max_bytes`` like any other (see readers._checked)."""

    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    options = replace(options, max_field=max(options.max_field, max_bytes))
    kind = sniff(data)
    if kind == "gzip":
        # what is inside decides the cap, read from its first 64 KB: one document may unpack to --max-bytes,
        # an archive, feed or table to 20 times that; nothing past the cap is ever held in memory
        try:
            head = zlib.decompressobj(wbits=31).decompress(data[:65536], 65536)
        except zlib.error:
            head = b""
        inner = sniff(head)
        single = inner in ("html", "json", "binary") or (
            inner == "text" and not _looks_like_csv(head[:5000].decode("utf-8", "replace"), name.removesuffix(".gz")))
        try:
            if single:
                plain = gunzip(data, name, max_bytes, what="the limit for one document (--max-bytes)")
            else:
                plain = gunzip(data, name, min(MAX_DECOMPRESSED, max_bytes * CONTAINER_FACTOR))
        except InputError as error:
            if not head.startswith(b"WARC/"):
                yield error
                return
            plain = b"WARC/"  # a cut WARC.gz: warcio reads what it can and reports the rest
        kind = sniff(plain)
        if kind != "warc":
            data = plain
    if kind == "binary":
        yield DecodeError(name, "binary data, not text")
    elif kind == "warc":
        yield from warc_documents(data, name, max_bytes)
    elif kind == "feed":
        yield from feed_documents(data, name)
    elif kind == "html":
        try:
            doc = html_document(data, name, stem, url=url)
        except InputError as error:
            yield error
            return
        yield english_or_note(doc, options)
    elif kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), name, max_bytes)
    else:
        try:
            decoded = decode_any(data, name)
        except InputError as error:
            yield error
            return
        text = decoded.text
        if kind == "json":
            yield from _json_documents(text, name, stem)
        elif _looks_like_csv(text, name):
            for doc in csv_documents(text, name, options):
                yield doc if isinstance(doc, InputError) else english_or_note(doc, options)
        elif not text.strip():
            yield InputError(name, "empty text")
        else:
            doc = InputDocument(id=stem, text=text, source=name, url=url)
            if decoded.encoding != "utf-8":
                doc.warnings.append(f"{name}: not UTF-8; decoded as {decoded.encoding}")
            yield english_or_note(doc, options)


def _looks_like_csv(text: str, name: str) -> bool:
    if name.lower().endswith((".csv", ".tsv")):
        return True
    first = text.split("\n", 1)[0]
    return bool(re.fullmatch(r"[\w \"'-]+(?:[,;\t][\w \"'-]+){1,30}", first.strip())) and "text" in first.lower()


def _json_documents(text: str, name: str, stem: str) -> Iterator[InputDocument | InputError]:
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(name, f"not valid JSON ({error.msg}, line {error.lineno})")
        return
    except RecursionError:
        yield InputError(name, "not read: JSON nested too deeply")
        return
    for number, record in enumerate(data if isinstance(data, list) else [data], 1):
        try:
            yield document_from_record(record, f"{name}[{number}]", default_id=f"{stem}:{number}")
        except InputError as error:
            yield error

