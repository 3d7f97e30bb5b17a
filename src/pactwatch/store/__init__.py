"""The knowledge base: articles, reports, canonical agreements and entities in SQLite or PostgreSQL."""

from .db import Database, default_url, open_database

__all__ = ["Database", "default_url", "open_database"]
