"""pactwatch's exceptions. Catch :class:`PactwatchError` to catch them all.

::

    PactwatchError
    ├── InputError          an input item cannot be read (names the item and the reason)
    │   └── DecodeError     its bytes are not text in a known encoding
    ├── PipelineError       the extraction pipeline is wrongly put together
    ├── StoreError          the knowledge base cannot be opened, migrated or written
    │   └── QueryTimeout    a transaction's SQL ran past its time limit and was cancelled
    └── WorkerError         the worker processes cannot be started
"""


class PactwatchError(Exception):
    """Base class of every error pactwatch raises on purpose."""


class InputError(PactwatchError):
    """An input item that cannot be processed. ``item`` names it (file, file:line, ...)."""

    def __init__(self, item: str, reason: str):
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


class DecodeError(InputError):
    """The bytes are not text: binary data or invalid UTF-8."""


class PipelineError(PactwatchError):
    """Components in the wrong order or missing."""


class StoreError(PactwatchError):
    """The knowledge base cannot be opened, migrated or written."""


class QueryTimeout(StoreError):
    """The SQL of a transaction ran past its time limit (``Database.session(timeout=...)``) and was cancelled."""


class WorkerError(PactwatchError):
    """The worker processes of ``--workers`` cannot be started (their server process died or failed)."""
