"""Worker processes start in seconds: meanwhile the caller prepares the first documents itself, in order."""

from __future__ import annotations

import threading
import time

import psutil
import pytest

from pactwatch.errors import WorkerError
from pactwatch.model import InputDocument
from pactwatch.parallel import WorkOptions, prepare, prepared_in_order, process_pool
from pactwatch.synthetic import articles, ordinary

OPTIONS = WorkOptions(signatures=False)


def _documents(count: int) -> list[InputDocument]:
    news, plain = articles(count // 2, seed=5), ordinary(count - count // 2, seed=5)
    records = [r for pair in zip(news, plain) for r in pair]
    return [InputDocument(id=r["id"], text=r["text"], title=r.get("title")) for r in records]


def _slow_pool(seconds: float):
    """The workers' pool, ready ``seconds`` later than it would be (as on a busy machine)."""
    make = process_pool(2)

    def slow():
        time.sleep(seconds)
        return make()

    slow.starts_slowly = True
    return slow


def _workers(me: psutil.Process) -> list[int]:
    """This process's pool workers: grandchildren through the fork server (a child, kept for the next pool)."""
    out = []
    for child in me.children(recursive=True):
        try:
            if child.ppid() != me.pid and child.status() != psutil.STATUS_ZOMBIE:
                out.append(child.pid)
        except psutil.NoSuchProcess:
            pass
    return out


def _no_workers_left(seconds: float = 60) -> bool:
    """True once no pool is starting (its thread done) and no worker runs, within ``seconds``."""
    me, end = psutil.Process(), time.monotonic() + seconds
    starting = lambda: any(t.name == "pactwatch-pool-start" for t in threading.enumerate())  # noqa: E731
    while (starting() or _workers(me)) and time.monotonic() < end:
        time.sleep(0.1)
    return not starting() and _workers(me) == []


def test_the_first_documents_are_prepared_here_while_the_workers_start_and_the_rest_by_them():
    docs = _documents(240)
    here: list[str] = []

    def local(doc: InputDocument):
        here.append(doc.id)
        time.sleep(0.1)  # 24 s for all: the workers, ready in a few, take the rest
        return prepare(doc, OPTIONS)

    got = list(prepared_in_order(docs, OPTIONS, _slow_pool(0.5), local=local))
    assert [item.id for item, _ in got] == [doc.id for doc in docs]  # in input order
    assert here == [doc.id for doc in docs[:len(here)]]  # the head of the input, in order
    assert 5 <= len(here) < len(docs)  # (at least the half second the pool is held back)
    alone = [prepare(doc, OPTIONS) for doc in docs]
    assert [(p.relevant, p.result) for _, p in got] == [(p.relevant, p.result) for p in alone]
    assert _no_workers_left()


def test_an_input_prepared_whole_before_the_workers_start_does_not_wait_for_them():
    docs, here = _documents(40), []

    def local(doc: InputDocument):
        here.append(doc.id)
        return prepare(doc, OPTIONS)

    began = time.monotonic()
    got = list(prepared_in_order(iter(docs), OPTIONS, _slow_pool(10), local=local))
    assert time.monotonic() - began < 8  # not the 10 s the pool takes to start
    assert [item.id for item, _ in got] == here == [doc.id for doc in docs]
    assert _no_workers_left()  # stopped once started


def test_a_caller_that_stops_reading_while_the_workers_start_is_not_kept_waiting():
    docs = _documents(200)
    stream = prepared_in_order(iter(docs), OPTIONS, _slow_pool(5))
    first = [next(stream) for _ in range(3)]
    began = time.monotonic()
    stream.close()
    assert time.monotonic() - began < 2  # not the rest of the 5 s the pool takes to start
    assert [item.id for item, _ in first] == [doc.id for doc in docs[:3]]
    assert _no_workers_left()  # stopped once started


def test_a_caller_that_stops_reading_once_the_workers_work_stops_them():
    docs, here = _documents(600), []

    def local(doc: InputDocument):
        here.append(doc.id)
        time.sleep(0.1)  # 15 s for the 150 read below: the workers, ready in a few, take part
        return prepare(doc, OPTIONS)

    stream = prepared_in_order(iter(docs), OPTIONS, process_pool(2), local=local)
    first = [next(stream) for _ in range(150)]
    assert len(here) < 150  # the workers prepared some
    stream.close()
    assert [item.id for item, _ in first] == [doc.id for doc in docs[:150]]
    assert _no_workers_left()


def test_workers_that_cannot_start_are_a_clear_error():
    def broken():
        raise OSError("no more processes")

    broken.starts_slowly = True
    with pytest.raises(WorkerError, match="could not be started: OSError: no more processes"):
        list(prepared_in_order(_documents(300), OPTIONS, broken))
