"""A corpus of hostile inputs in one folder: each gives one clear message naming it, the rest of the batch is
stored, and the ingest stays under 500 MB of memory.

Sizes are small in CI; tools/torture.sh makes the giant line 1 GB (PACTWATCH_TORTURE_GIANT_MB).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys

import pytest

from .kb import budget, snapshot

pytestmark = pytest.mark.torture
GIANT_MB = budget("giant_mb", 60)
MEMORY_LIMIT_MB = 500
GOOD = ("Seoul, March 3, 2025 - South Korea and Singapore signed a memorandum of understanding on artificial "
        "intelligence on Monday, the two governments said. The agreement sets up a joint research fund.")


def _good(n: int) -> dict:
    return {"id": f"good-{n}", "text": GOOD.replace("Monday", f"Monday, the {n}th meeting"),
            "published": "2025-03-03", "url": f"https://news.example/{n}"}


def _corpus(folder) -> dict[str, str]:
    """Writes the corpus; returns each hostile file's name and the words its message must contain."""
    expect = {}
    folder.mkdir()
    (folder / "a_good.jsonl").write_text(json.dumps(_good(1)) + "\n")
    # a decompression bomb of zeros, and 40 MB of text in a small .gz
    with gzip.open(folder / "b_zero_bomb.gz", "wb", compresslevel=9) as handle:
        for _ in range(200):
            handle.write(b"\0" * 1_000_000)
    expect["b_zero_bomb.gz"] = "decompresses to more than"
    with gzip.open(folder / "c_text_bomb.txt.gz", "wb", compresslevel=9) as handle:
        for _ in range(40):
            handle.write(b"South Korea and Japan agree. " * 34_000)
    expect["c_text_bomb.txt.gz"] = "--max-bytes"
    # nesting
    (folder.parent / "d_nested.json").write_text("[" * 200_000 + "]" * 200_000)  # .json: named, not in folders
    expect["d_nested.json"] = "nested too deeply"
    (folder / "e_nested_line.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                                                + json.dumps(_good(2)) + "\n")
    expect["e_nested_line.jsonl:1"] = "nested too deeply"
    # a giant line, read in pieces and refused
    with open(folder / "f_giant_line.jsonl", "wb") as handle:
        handle.write(b'{"id": "giant", "text": "')
        block = b"x" * 1_000_000
        for _ in range(GIANT_MB):
            handle.write(block)
        handle.write(b'"}\n' + json.dumps(_good(3)).encode() + b"\n")
    expect["f_giant_line.jsonl:1"] = "is over the"
    # a CSV with a field past the csv module's default limit (kept) and one past --max-bytes (refused)
    long_text = GOOD + " More detail follows." * 8_000  # ~170,000 characters
    rows = ["id,text", f"long,\"{long_text}\"", f"huge,\"{'y' * 6_000_000}\"", f"good,\"{_good(4)['text']}\""]
    (folder / "g_fields.csv").write_text("\n".join(rows) + "\n")
    expect["g_fields.csv:3"] = "CSV row cannot be read"
    # mixed encodings: UTF-8 with cp1252 quotes pasted in
    mixed = ("Seoul, March 4, 2025 - Korea’s minister and Japan’s minister signed a memorandum on quantum "
             "computing, the ministries said. ").encode() + "“It is a milestone,” she said.".encode("cp1252")
    (folder / "h_mixed.txt").write_bytes(mixed)
    expect["h_mixed.txt"] = "mixed with cp1252"
    # special files
    os.mkfifo(folder / "i_fifo.txt")
    expect["i_fifo.txt"] = "named pipe"
    os.symlink(folder / "nowhere.txt", folder / "j_dangling.txt")
    expect["j_dangling.txt"] = "dangling"
    os.symlink("/dev/zero", folder / "k_device.txt")
    expect["k_device.txt"] = "a device"
    # hostile fields: a javascript: URL, NUL characters, binary data
    (folder / "l_fields.jsonl").write_text(json.dumps({**_good(5), "url": "JavaScript:alert(1)"}) + "\n"
                                           + json.dumps({**_good(6), "text": _good(6)["text"] + "\0\0"}) + "\n")
    expect["l_fields.jsonl:1"] = "only absolute http(s) URLs"
    expect["l_fields.jsonl:2"] = "NUL characters removed"
    (folder / "m_binary.txt").write_bytes(bytes(range(256)) * 64)
    expect["m_binary.txt"] = "binary data"
    (folder / "n_feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title>'
        f'<link>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</link><description>{GOOD}</description>'
        '</item></channel></rss>')
    expect["n_feed.xml"] = "only absolute http(s) URLs"
    return expect


def test_hostile_corpus(tmp_path):
    folder = tmp_path / "hostile"
    expect = _corpus(folder)
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    # the peak resident memory of this process image (VmHWM; ru_maxrss would count the forking parent's too)
    probe = ("import atexit, runpy, sys; "
             "atexit.register(lambda: sys.stderr.write(next(l for l in open('/proc/self/status') "
             "if l.startswith('VmHWM')).replace('VmHWM:', 'MAXRSS').replace(' kB', '') + '\\n')); "
             f"sys.argv = ['pactwatch', 'ingest', {str(folder)!r}, {str(tmp_path / 'd_nested.json')!r}, '--db', {url!r}, "
             "'--no-progress']; "
             "runpy.run_module('pactwatch.cli', run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=1200)
    err = done.stderr.decode()
    assert "Traceback" not in err, err[-3000:]
    peak_mb = int(re.search(r"MAXRSS\s+(\d+)", err).group(1)) / 1024
    handled = 0
    for name, words in expect.items():
        lines = [line for line in err.splitlines() if f"{name}:" in line or line.rstrip().endswith(name)
                 or f"/{name} " in line or f"{name}#" in line]
        mentioning = [line for line in lines if words in line]
        assert mentioning, f"{name}: no message with {words!r}; got {lines or err[-1500:]}"
        handled += 1
    stored = snapshot(url)
    titles = " ".join(t or "" for _, t, _, _ in stored["articles"])
    ids = {doc_id for _, doc_id, *_ in stored["sources"]}
    assert {"good-1", "good-2", "good-3", "good", "good-5", "good-6", "long"} <= ids, sorted(ids)
    assert "h_mixed" in ids and "Korea’s minister" in titles and "“It is a milestone,”" in titles  # not garbled
    assert done.returncode == 1  # some items failed; the rest were stored
    assert peak_mb < MEMORY_LIMIT_MB, f"peak memory {peak_mb:.0f} MB"
    from .test_kill import report

    report(operation="hostile-inputs", tried=len(expect), handled=handled, peak_mb=round(peak_mb),
           giant_line_mb=GIANT_MB)
