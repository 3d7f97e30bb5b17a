"""Extraction on every core (worker processes) or on a Dask cluster, results taken back in input order.

The input is cut into chunks of documents. Each chunk goes to a worker, which runs the relevance gate and
the extractor on it (:func:`prepare_chunk`) and returns one :class:`Prepared` per document; the caller
takes the chunks back in the order they were read, so one writer can store them in input order. At most
``lookahead`` chunks are out at a time, so memory stays flat however long the input is.

Worker processes take seconds to start: they are forked from a server process that imports pactwatch and
runs the extractor once over a few articles of its own (:mod:`pactwatch.warm`), so each worker starts with
every pattern and table built. While that server starts, this process prepares the first documents itself,
in order, so a short input never waits for the workers and a long one loses no time at its start.

A worker that dies (killed, out of memory) loses nothing: the chunks it held are sent again to a fresh
pool. A chunk whose worker died twice is retried one document at a time, and a document that brings its
worker down three times is reported as failed by name, and the rest go on. Dask does the same on its
own: a task whose worker dies is run again on another.
"""

from __future__ import annotations

import multiprocessing
import itertools
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from .errors import WorkerError
from .model import Extraction, InputDocument

CHUNK = 16  # documents sent to a worker at a time
DEATHS_PER_CHUNK = 2  # a chunk whose worker died this often is retried one document at a time
DEATHS_PER_DOCUMENT = 3  # a document whose worker died this often is reported as failed


@dataclass(frozen=True)
class WorkOptions:
    """What a worker needs to know to prepare documents; the same on every worker."""

    gate: bool = True  # run the relevance gate, and extract only what passes
    convert_usd: bool = True
    signatures: bool = True  # MinHash signatures for the near-duplicate check (ingest; not extract)
    explain: bool = False  # list the instrument words that made no agreement, and why


@dataclass
class Prepared:
    """One document as a worker leaves it: its fingerprint, the gate's verdict and what was extracted."""

    digest: str | None
    relevant: bool
    signature: object = None  # numpy array of the MinHash signature (ingest only)
    result: Extraction | None = None
    error: str | None = None  # what went wrong, for a message naming the document
    features: list | None = None  # what merging reads from each agreement's own words (ingest only)


_WORKER = threading.local()  # per worker thread: the extractor and gate for one WorkOptions, built on first use


def _tools(options: WorkOptions):
    if getattr(_WORKER, "options", None) != options:
        from .extract import ExtractOptions, Extractor
        from .extract.gate import RelevanceGate

        _WORKER.tools = (Extractor(ExtractOptions(convert_usd=options.convert_usd, explain=options.explain)),
                         RelevanceGate() if options.gate else None)
        _WORKER.options = options
    return _WORKER.tools


def prepare(doc: InputDocument, options: WorkOptions, tools: tuple | None = None) -> Prepared:
    """Gate, fingerprint and extract one document (in a worker, or with the caller's ``tools``: an extractor
    and a gate or None); an exception becomes ``error``."""
    from .resolve.identity import text_features
    from .store import dedup

    extractor, gate = tools or _tools(options)
    try:
        digest = dedup.text_hash(doc.text) if options.signatures else None
        if gate is not None and not gate(doc.text, doc.title).relevant:
            return Prepared(digest, False)
        signature = dedup.signature(doc.text) if options.signatures else None
        result = extractor(doc.text, doc.published, doc.id, title=doc.title, url=doc.url)
        features = [text_features(a.name, [e.to_dict() for e in a.evidence]) for a in result.agreements] \
            if options.signatures else None  # the writer's work that needs no database, done here
        return Prepared(digest, True, signature, result, features=features)
    except Exception as error:  # noqa: BLE001 - one document's failure is reported by name; the rest go on
        return Prepared(None, True, error=f"{type(error).__name__}: {error}")


def prepare_chunk(docs: list[InputDocument], options: WorkOptions) -> list[Prepared]:
    return [prepare(doc, options) for doc in docs]


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_pool(workers: int) -> Callable[[], Executor]:
    """A factory of process pools of ``workers`` processes, forked from a clean server process (not from this
    one, whose threads and open database connections a fork would copy)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pactwatch.warm", "pactwatch.parallel", "pactwatch.extract", "pactwatch.store.dedup",
                                    "pactwatch.resolve.identity"])  # (warm first: it imports the rest, Ctrl-C ignored)

    def make() -> Executor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_watch_parent,
                                   initargs=(os.getpid(),))

    make.starts_slowly = True  # prepare here while it starts (see prepared_in_order)
    return make


def _watch_parent(pid: int) -> None:
    """In a worker: end this process when the process that started the pool is gone (killed with -9, it
    cannot stop its workers itself; without this they would wait for work forever)."""
    def watch() -> None:
        while _alive(pid):
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="pactwatch-parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] not in (b"Z", b"X")  # a zombie is gone too
    except FileNotFoundError:
        return False
    except OSError:  # no /proc here: ask the kernel whether the process exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True


class _Chunk:
    """Consecutive input items; only its documents go to a worker (errors read from the input stay here)."""

    __slots__ = ("items", "deaths", "future")

    def __init__(self, items: list, deaths: int = 0):
        self.items, self.deaths, self.future = items, deaths, None

    @property
    def docs(self) -> list[InputDocument]:
        return [item for item in self.items if isinstance(item, InputDocument)]

    def ready(self) -> bool:
        return self.future is not None and self.future.done() and self.future.exception() is None

    def pairs(self) -> Iterator[tuple[object, Prepared | None]]:
        results = iter(self.future.result())
        for item in self.items:
            yield item, next(results) if isinstance(item, InputDocument) else None


def prepared_in_order(items: Iterable, options: WorkOptions, pool: Callable[[], Executor] | None,
                      chunk: int = CHUNK, lookahead: int | None = None,
                      local: Callable[[InputDocument], Prepared] | None = None,
                      ) -> Iterator[tuple[object, Prepared | None]]:
    """Each item of ``items`` with what a worker made of it (None for an item that is not a document, such
    as an input error, passed on as it is), in input order.

    ``pool`` makes the executor (a process pool, or a Dask client's executor); None prepares here, in
    this process, with ``local`` (or tools of its own). An input of two chunks or less is prepared here
    too: starting workers would take longer. A pool that breaks (a worker killed) is replaced and the
    chunks it held are sent again."""
    source = iter(items)
    head = [item for _, item in zip(range(2 * chunk), source)]
    local = local or (lambda doc: prepare(doc, options))
    if pool is None or len(head) < 2 * chunk:
        for item in itertools.chain(head, source):
            yield item, local(item) if isinstance(item, InputDocument) else None
        return
    source = itertools.chain(head, source)
    if getattr(pool, "starts_slowly", False):  # worker processes: the first documents are prepared here meanwhile
        starting = _Starting(pool)
        try:
            while not starting.ready.is_set():
                item = next(source, _END)
                if item is _END:  # all prepared here: the workers are not waited for
                    starting.abandon()
                    return
                yield item, local(item) if isinstance(item, InputDocument) else None
            executor = starting.executor()
        except BaseException:  # the caller stopped reading, the input failed or the workers did not start
            starting.abandon()
            raise
    else:
        executor = pool()
    lookahead = lookahead or 4 * max(1, getattr(executor, "_max_workers", 2))
    pending: deque[_Chunk] = deque()

    def submit(item: _Chunk) -> None:
        item.future = executor.submit(prepare_chunk, item.docs, options)

    def refill() -> None:
        for item in pending:  # sent again after a worker died
            if item.future is None:
                submit(item)
        while len(pending) < lookahead:
            block = [item for _, item in zip(range(chunk), source)]
            if not block:
                return
            pending.append(_Chunk(block))
            submit(pending[-1])

    done = False
    try:
        while True:
            try:
                refill()
                if not pending:
                    done = True
                    return
                pending[0].future.result()
            except BrokenProcessPool:  # a worker died: a new pool, and every chunk not done sent again
                _close(executor)
                executor = pool()
                _requeue(pending)
                continue
            except Exception as error:  # noqa: BLE001 - e.g. Dask gave the chunk up: its documents fail, by name
                head = pending[0]
                head.future = Future()
                head.future.set_result([Prepared(None, True, error=f"its worker failed: {type(error).__name__}: "
                                                                   f"{error}")] * len(head.docs))
            yield from pending.popleft().pairs()
    finally:
        _close(executor, finished=done)


_END = object()


class _Starting:
    """An executor of worker processes being started in a thread of its own, ready once its workers answer
    (forked from the warm server, they are ready to work). Abandoned, it is shut down as soon as it has
    started: the caller goes on meanwhile."""

    def __init__(self, pool: Callable[[], Executor]):
        self.ready = threading.Event()
        self._lock = threading.Lock()
        self._made: Executor | None = None
        self._error: BaseException | None = None
        self._abandoned = False
        # (not a daemon: a process that ends while its workers start waits for the start, then stops them, so that no
        # worker is forked from the server for a process that is gone)
        self._thread = threading.Thread(target=self._start, args=(pool,), name="pactwatch-pool-start")
        self._thread.start()

    def _start(self, pool: Callable[[], Executor]) -> None:
        try:
            self._made = pool()
            workers = max(1, getattr(self._made, "_max_workers", 1))
            for future in [self._made.submit(os.getpid) for _ in range(workers)]:
                future.result()
        except BaseException as error:  # noqa: BLE001 - given to the caller, which raises it
            self._error = error
        finally:
            with self._lock:
                abandoned = self._abandoned
                self.ready.set()
            if abandoned and self._made is not None:
                _close(self._made)

    def executor(self) -> Executor:
        """The started executor (once ``ready``)."""
        self._thread.join()
        if self._error is not None and not isinstance(self._error, BrokenProcessPool):
            raise WorkerError(f"the worker processes could not be started: {type(self._error).__name__}: "
                              f"{self._error}") from self._error
        if self._made is None:
            raise WorkerError("the worker processes could not be started")
        return self._made  # (a worker that died at its start: the pool is replaced at the first chunk)

    def abandon(self) -> None:
        """Nobody will use the workers: they are stopped now, or by the starting thread once started."""
        with self._lock:
            self._abandoned = True
            if not self.ready.is_set():
                return
        if self._made is not None:
            _close(self._made)


def _close(executor: Executor, finished: bool = False) -> None:
    """Stop an executor without waiting for work nobody will read (a Dask client's executor takes no
    ``cancel_futures``: it cancels its futures itself). A process pool whose work is all read is shut down
    waiting for its manager thread: left running, it closes its wake-up pipe while the interpreter's exit
    writes to it ("Exception ignored ... Bad file descriptor" after a finished run)."""
    if isinstance(executor, ProcessPoolExecutor):
        executor.shutdown(wait=finished, cancel_futures=not finished)
    else:
        executor.shutdown(wait=False)


def _requeue(pending: deque[_Chunk]) -> None:
    """After a worker died: every chunk out and not done is sent again; one that was out at a death too
    often is split into single items, and a single document out at too many deaths is given up as failed."""
    chunks = list(pending)
    pending.clear()
    for item in chunks:
        if item.ready():
            pending.append(item)
            continue
        item.deaths += 1
        item.future = None
        if len(item.items) > 1 and item.deaths >= DEATHS_PER_CHUNK:
            pending.extend(_Chunk([one], item.deaths) for one in item.items)
        elif len(item.docs) == 1 and item.deaths >= DEATHS_PER_DOCUMENT:
            item.future = Future()
            item.future.set_result([Prepared(None, True, error=f"its worker process died {item.deaths} times "
                                                               "while extracting it")])
            pending.append(item)
        else:
            pending.append(item)
