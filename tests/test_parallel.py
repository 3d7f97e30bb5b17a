"""Worker processes start in seconds: meanwhile the caller prepares the first documents itself, in order."""

from __future__ import annotations

import time

import psutil

from pactwatch.model import InputDocument
from pactwatch.parallel import WorkOptions, prepare, prepared_in_order, process_pool
from pactwatch.synthetic import articles, ordinary

OPTIONS = WorkOptions(signatures=False)


def _documents(count: int) -> list[InputDocument]:
    news, plain = articles(count // 2, seed=5), ordinary(count - count // 2, seed=5)
    records = [r for pair in zip(news, plain) for r in pair]
    return [InputDocument(id=r["id"], text=r["text"], title=r.get("title")) for r in records]


def test_the_first_documents_are_prepared_here_while_the_workers_start_and_the_rest_by_them():
    docs = _documents(240)
    here: list[str] = []

    def local(doc: InputDocument):
        here.append(doc.id)
        time.sleep(0.05)  # slower than the workers' start: the run outlasts it
        return prepare(doc, OPTIONS)

    got = list(prepared_in_order(docs, OPTIONS, process_pool(2), local=local))
    assert [item.id for item, _ in got] == [doc.id for doc in docs]  # in input order
    assert here == [doc.id for doc in docs[:len(here)]]  # the head of the input, in order
    assert 0 < len(here) < len(docs)  # the workers took the rest once started
    alone = [prepare(doc, OPTIONS) for doc in docs]
    assert [(p.relevant, p.result) for _, p in got] == [(p.relevant, p.result) for p in alone]


def test_an_input_read_whole_before_the_workers_start_stops_them_cleanly():
    docs = _documents(40)
    got = list(prepared_in_order(iter(docs), OPTIONS, process_pool(2)))
    assert [item.id for item, _ in got] == [doc.id for doc in docs]


def test_a_caller_that_stops_reading_early_stops_the_workers():
    docs = _documents(200)
    stream = prepared_in_order(iter(docs), OPTIONS, process_pool(2))
    first = [next(stream) for _ in range(40)]
    stream.close()
    assert [item.id for item, _ in first] == [doc.id for doc in docs[:40]]
    me = psutil.Process()
    end = time.monotonic() + 30
    while _workers(me) and time.monotonic() < end:  # (the fork server, a child, stays for the next pool)
        time.sleep(0.1)
    assert _workers(me) == []


def _workers(me: psutil.Process) -> list[int]:
    out = []
    for child in me.children(recursive=True):
        try:
            if child.ppid() != me.pid and child.status() != psutil.STATUS_ZOMBIE:
                out.append(child.pid)
        except psutil.NoSuchProcess:
            pass
    return out
