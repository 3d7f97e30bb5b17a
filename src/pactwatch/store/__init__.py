"""The knowledge base: articles, reports, canonical agreements and entities in SQLite or PostgreSQL."""

from __future__ import annotations

__all__ = ["Database", "default_url", "open_database"]


def __getattr__(name: str):
    """The database layer (SQLAlchemy, Alembic) is imported when first asked for: a worker process that only
    fingerprints texts (:mod:`pactwatch.store.dedup`) starts without it."""
    if name in __all__:
        from . import db

        return getattr(db, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
