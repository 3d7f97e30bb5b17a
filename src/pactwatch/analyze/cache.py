"""Aggregates kept between requests until something is written.

The overview's counts, the money charts and the partner network read every agreement; on a large knowledge
base that is most of a page's cost, paid again by every visitor. Each is kept here with the knowledge base's
version (``kb_state``, raised by every writing transaction of any process), and computed again only when the
version a request sees differs. Each server process keeps its own; a reading transaction sees one snapshot,
so a value and the version it is kept under always agree.
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
SIZE = 256  # aggregates kept (filtered networks count one each)

_kept: OrderedDict[tuple, tuple[int, object]] = OrderedDict()
_lock = threading.Lock()


def version(session: Session) -> int | None:
    """The knowledge base's version as this transaction sees it (None for a database without one)."""
    return session.execute(select(KbState.version).where(KbState.id == 1)).scalar_one_or_none()


def kept(session: Session, name: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or the value it gave at this version of this database."""
    now = version(session)
    if now is None:
        return compute()
    slot = (str(session.get_bind().url), name, key)
    with _lock:
        found = _kept.get(slot)
        if found is not None and found[0] == now:
            _kept.move_to_end(slot)
            return found[1]  # type: ignore[return-value]
    value = compute()
    with _lock:
        _kept[slot] = (now, value)
        _kept.move_to_end(slot)
        while len(_kept) > SIZE:
            _kept.popitem(last=False)
    return value
