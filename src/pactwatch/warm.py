"""Imported by the server process that worker processes are forked from (:func:`pactwatch.parallel.process_pool`):
runs the relevance gate, the extractor, the near-copy signature and merging's reading of a report's words once
over a few generated articles, so that every pattern, lexicon and rate table they build on first use is built
there, once, and each worker starts with them (instead of spending its first seconds building its own). The
objects are then frozen (``gc.freeze``): the workers' garbage collections never walk them, so their memory
pages stay shared with the server instead of being copied into every worker."""

from __future__ import annotations

import gc
import signal
import sys
import threading


def warm(documents: int = 12) -> None:
    from .model import InputDocument
    from .parallel import WorkOptions, prepare
    from .synthetic import articles

    for number, record in zip(range(documents), articles(documents, seed=1)):
        doc = InputDocument(id=f"warm-{number}", text=record["text"], title=record.get("title"))
        prepare(doc, WorkOptions())  # (an extractor of other options shares what this one built)


# Ctrl-C, sent to the whole terminal's process group, is for the process that runs the command: the server ignores
# it once started, and while it imports pactwatch and warms too (instead of dying with a traceback)
_interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN) if threading.current_thread() is threading.main_thread() \
    else None
try:
    warm()  # (which imports what the workers run, with Ctrl-C ignored)
except Exception as error:  # noqa: BLE001 - a worker that starts cold still works; a server that fails does not
    print(f"pactwatch: the workers start cold (warming them failed: {type(error).__name__}: {error})",
          file=sys.stderr)
finally:
    if _interrupt is not None:
        signal.signal(signal.SIGINT, _interrupt)
gc.freeze()  # what it built, and all it imported, stay out of the workers' garbage collections (and shared)
