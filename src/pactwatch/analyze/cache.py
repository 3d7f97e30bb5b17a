"""Aggregates kept between requests until something is written.

The overview's counts, the money charts, the partner network and the totals of filtered lists read many
agreements; on a large knowledge base that is most of a page's cost, paid again by every visitor. Each is kept
here with the knowledge base's version (``kb_state``, raised by every writing transaction of any process), and
computed again only when the version a request sees differs. Each server process keeps its own; a reading
transaction sees one snapshot, so a value and the version it is kept under always agree.

When many requests want the same missing value at once (the first visitors after a write), one computes it and
the others wait for it, rather than all paying for it together. A writing transaction never uses nor fills the
store: what it reads may include its own changes, not yet the version's.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import KbState

T = TypeVar("T")
SIZE = 1024  # values kept (each filtered network or list total counts one)
WAIT = 60.0  # seconds a request waits for another computing the same value, before computing it itself

_kept: OrderedDict[tuple, tuple[int, object]] = OrderedDict()
_running: dict[tuple, threading.Event] = {}  # (slot, version) being computed
_lock = threading.Lock()


def version(session: Session) -> int | None:
    """The knowledge base's version as this transaction sees it (None for a database without one); read once a
    transaction."""
    if "pactwatch_version" not in session.info:
        session.info["pactwatch_version"] = session.execute(
            select(KbState.version).where(KbState.id == 1)).scalar_one_or_none()
    return session.info["pactwatch_version"]


def kept(session: Session, name: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or the value it gave at this version of this database."""
    if session.info.get("pactwatch_write"):
        return compute()
    now = version(session)
    if now is None:
        return compute()
    slot = (str(session.get_bind().url), name, key)
    while True:
        with _lock:
            found = _kept.get(slot)
            if found is not None and found[0] == now:
                _kept.move_to_end(slot)
                return found[1]  # type: ignore[return-value]
            running = _running.get((slot, now))
            if running is None:
                running = _running[(slot, now)] = threading.Event()
                break
        running.wait(WAIT)  # then it is kept, or its computation failed and this one tries
        with _lock:
            if _running.get((slot, now)) is running:  # still not done after WAIT: compute it here too
                break
    try:
        value = compute()
        with _lock:
            # the version a request saw last is kept, even a lower one: a database restored from a copy, or made
            # again at the same address, goes back to an older version and is kept again from its first visit
            _kept[slot] = (now, value)
            _kept.move_to_end(slot)
            while len(_kept) > SIZE:
                _kept.popitem(last=False)
        return value
    finally:
        with _lock:
            if _running.get((slot, now)) is running:
                del _running[(slot, now)]
        running.set()
