"""Opening the database: where it is, the engine, and bringing its schema up to date.

The URL comes from ``--db``, else ``PACTWATCH_DB``, else a SQLite file in the
user's data directory. ``postgresql://`` URLs use psycopg 3. A plain path is a
SQLite file. The schema is created or upgraded by Alembic on first use, and by
``pactwatch db upgrade``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from ..errors import StoreError


def default_url() -> str:
    """``PACTWATCH_DB``, else ``sqlite:///<user data dir>/pactwatch.db``."""
    env = os.environ.get("PACTWATCH_DB")
    if env:
        return env
    folder = Path(user_data_dir("pactwatch", appauthor=False))
    return f"sqlite:///{folder / 'pactwatch.db'}"


def normalise_url(url: str) -> str:
    if "://" not in url:  # a path
        return f"sqlite:///{Path(url).expanduser()}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("pactwatch.store") / "migrations"))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


@dataclass
class Database:
    """An open knowledge base: an engine and a session factory."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    def upgrade(self) -> str:
        """Bring the schema to the newest migration; return the revision it is at."""
        config = _alembic_config(self.engine)
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return self.revision() or ""

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def is_current(self) -> bool:
        head = ScriptDirectory.from_config(_alembic_config(self.engine)).get_current_head()
        return self.revision() == head

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers don't block the writer; a killed writer loses nothing committed
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default create or upgrade) the knowledge base at ``url``."""
    url = normalise_url(url or default_url())
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        path = Path(url[len("sqlite:///"):])
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the folder for {path}: {error.strerror}") from None
    try:
        engine = create_engine(url, future=True, pool_pre_ping=True)
    except Exception as error:  # bad URL, missing driver
        raise StoreError(f"cannot open database {url!r}: {error}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    database = Database(engine, sessionmaker(engine, expire_on_commit=False))
    if upgrade:
        try:
            if not database.is_current():
                database.upgrade()
        except Exception as error:
            engine.dispose()
            raise StoreError(f"cannot prepare database {engine.url.render_as_string(hide_password=True)}: "
                             f"{type(error).__name__}: {error}") from None
    return database
