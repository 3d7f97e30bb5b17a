"""Opening the database: where it is, the engine, and the state of its schema.

The URL comes from ``--db``, else ``PACTWATCH_DB``, else a SQLite file in the
user's data directory. ``postgresql://`` URLs use psycopg 3. A plain path is a
SQLite file.

The schema changes only on purpose. A new (empty) database gets the newest
schema when a writing command first opens it (``create=True``); a database at
an older revision is never changed by opening it: it must be brought up to
date with ``pactwatch db upgrade`` (:meth:`Database.upgrade`), and until then
every command says so. A database written by a newer pactwatch, or another
program's database, is refused with a message saying which. Every migration
runs in one transaction on both backends (SQLite gets an explicit ``BEGIN``,
so its DDL is transactional too): a killed upgrade leaves the old schema,
whole, and running it again finishes the job.
"""

from __future__ import annotations

import os
import time
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
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import QueryTimeout, StoreError


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


def _scripts(engine: Engine) -> ScriptDirectory:
    return ScriptDirectory.from_config(_alembic_config(engine))


@dataclass
class SchemaState:
    """What a database holds: ``empty``, ``current``, ``old`` (an older revision), ``newer`` (a revision this
    pactwatch does not know) or ``foreign`` (tables, but not pactwatch's)."""

    state: str
    revision: str | None
    head: str
    tables: list[str]


@dataclass
class Database:
    """An open knowledge base: an engine and session factories (one for reading, one for writing)."""

    engine: Engine
    sessions: sessionmaker[Session]
    writers: sessionmaker[Session] | None = None
    current: bool = False  # the schema is known to be the newest (set by check and upgrade)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def where(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, write: bool = False, timeout: float | None = None) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error.

        ``write=True`` makes writers take turns: it takes the database's write lock at the start (SQLite's
        ``BEGIN IMMEDIATE``, a PostgreSQL advisory lock), so a transaction that reads and then writes sees
        everything committed before it and never collides with another writer (concurrent ingests give the
        result of one; readers are not blocked).

        ``timeout`` (seconds) bounds the SQL of the whole transaction: a statement still running when it is
        over is cancelled by the database (PostgreSQL's ``statement_timeout``, SQLite's progress handler)
        and raises :class:`QueryTimeout`, so a request nobody waits for any more stops costing."""
        factory = self.writers if write and self.writers is not None else self.sessions
        with factory() as session, session.begin():
            if write:  # what it reads may include its own changes: never kept as the version's (analyze.cache)
                session.info["pactwatch_write"] = True
            if write and self.dialect == "postgresql":
                session.execute(text(f"SELECT pg_advisory_xact_lock({_WRITE_LOCK})"))
            if timeout is None:
                yield session
            else:
                with _time_limit(session, self.dialect, timeout):
                    yield session
            if write and self.current:  # readers keeping aggregates know something may have changed
                step = _STEP.get(self.dialect, "0")
                session.execute(text(f"UPDATE kb_state SET version = version + 1 + {step} WHERE id = 1"))

    def schema(self) -> SchemaState:
        head = _scripts(self.engine).get_current_head() or ""
        with self.engine.connect() as connection:
            tables = sorted(inspect(connection).get_table_names())
            revision = MigrationContext.configure(connection).get_current_revision() \
                if "alembic_version" in tables else None
        if revision is None:
            state = "empty" if not tables or tables == ["alembic_version"] else "foreign"
        elif revision == head:
            state = "current"
        else:
            try:
                known = _scripts(self.engine).get_revision(revision) is not None
            except Exception:  # alembic raises for a revision it cannot locate
                known = False
            state = "old" if known else "newer"
        return SchemaState(state, revision, head, tables)

    def check(self, create: bool) -> None:
        """Raise :class:`StoreError` unless the schema is current; create it in an empty database if asked."""
        state = self.schema()
        if state.state == "current":
            self.current = True
            return
        if state.state == "empty" and create:
            self.upgrade()
            self.current = True
            return
        raise StoreError(_explain(state, self.where))

    def upgrade(self) -> str:
        """Bring the schema to the newest migration, in one transaction; return the revision it is at.

        Refuses another program's database and one written by a newer pactwatch."""
        state = self.schema()
        if state.state in ("foreign", "newer"):
            raise StoreError(_explain(state, self.where))
        if state.state == "current":
            return state.revision or ""
        self.migrate("head")
        return self.revision() or ""

    def migrate(self, target: str, down: bool = False) -> None:
        """Run the migrations to ``target`` (``down``: backwards) in one transaction.

        One migration runs at a time: SQLite's write lock, PostgreSQL's advisory lock, each taken at the start
        of the transaction, so a second one finds the work done. On SQLite, foreign keys are not enforced
        while tables are rebuilt (dropping a table must not cascade into its children) and are checked whole
        before the commit."""
        config = _alembic_config(self.engine)
        with self.engine.execution_options(sqlite_begin="IMMEDIATE").connect() as connection:
            sqlite = self.dialect == "sqlite"
            if sqlite:  # outside any transaction, where SQLite honours it
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            try:
                with connection.begin():
                    if self.dialect == "postgresql":
                        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
                    config.attributes["connection"] = connection
                    (command.downgrade if down else command.upgrade)(config, target)
                    if sqlite:
                        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                        if broken:
                            raise StoreError(f"migration to {target} would break {len(broken)} foreign keys "
                                             f"(first: {tuple(broken[0])}); nothing was changed")
            finally:
                if sqlite:
                    connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")

    def revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def is_current(self) -> bool:
        return self.schema().state == "current"

    def close(self) -> None:
        self.engine.dispose()


# how much a write raises the version besides 1: a random amount below 2**31, so that a database made again at
# the same URL (dropped and filled anew, a backup restored) never runs through the same versions as the one a
# server process kept values of (seen when each test made a new PostgreSQL database: a remerge's version was
# the previous database's after its ingest, and its kept totals were served)
_STEP = {"sqlite": "abs(random() % 2147483648)", "postgresql": "floor(random() * 2147483647)::bigint"}
_UPGRADE_LOCK = 0x70616374  # "pact": the advisory lock key that serialises schema upgrades on PostgreSQL
_WRITE_LOCK = 0x70616375  # and the one that makes writers take turns


def _explain(state: SchemaState, where: str) -> str:
    if state.state == "empty":
        return (f"{where} has no pactwatch database yet: store something in it (pactwatch ingest FILES --db "
                f"{where}) or create it with `pactwatch db upgrade --db {where}`")
    if state.state == "old":
        return (f"the database {where} has schema revision {state.revision}; this pactwatch needs {state.head}: "
                f"run `pactwatch db upgrade --db {where}` to bring it up to date (back it up first if you like)")
    if state.state == "newer":
        return (f"the database {where} was written by a newer pactwatch (schema revision {state.revision}; this "
                f"one knows up to {state.head}): upgrade pactwatch to use it")
    shown = ", ".join(state.tables[:8]) + (", ..." if len(state.tables) > 8 else "")
    return (f"{where} is not a pactwatch database (it has other tables: {shown}); pactwatch leaves it alone: "
            f"point --db at a new file or an empty database")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # the driver's own transaction handling is off: pactwatch begins each transaction itself (_sqlite_begin),
    # so that DDL runs inside it too (the driver leaves DDL outside any transaction)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers don't block the writer; a killed writer loses nothing committed
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    # 64 MiB of pages (the default is 2): the full-text index of the articles outgrows 2 MiB after a few thousand
    # articles, and each insert then reads its pages again (4.5-5 ms an article at 15,000 documents, 0.9 with this)
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _postgresql_session(dbapi_connection, _record) -> None:
    # every statement planned for its own values: psycopg prepares a statement run five times, and the server may
    # then keep one generic plan for it, made from the statistics of the moment; for a table that was nearly empty
    # then (a new knowledge base being filled) that plan scans the whole table, however large it grows, until the
    # next ANALYZE (the near-copy lookup took 20 ms a document instead of 0.5)
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET plan_cache_mode = force_custom_plan")
    dbapi_connection.commit()


def _sqlite_begin(connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _check_deadline(connection, cursor, statement, parameters, context, executemany) -> None:
    """Before each statement of a transaction with a time limit: refuse to start one past the deadline."""
    limit = connection.info.get("pactwatch_deadline")
    if limit is not None and time.monotonic() > limit[0]:
        raise _timed_out(limit[1])


def _timed_out(seconds: float) -> QueryTimeout:
    return QueryTimeout(f"the query took longer than {seconds:g} s and was cancelled")


@contextmanager
def _time_limit(session: Session, dialect: str, seconds: float) -> Iterator[None]:
    deadline = time.monotonic() + seconds
    connection = session.connection()
    connection.info["pactwatch_deadline"] = (deadline, seconds)
    raw = None
    if dialect == "postgresql":
        session.execute(text(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}"))
    elif dialect == "sqlite":
        raw = connection.connection.driver_connection
        raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
    try:
        yield
    except OperationalError as error:
        if "interrupted" in str(error) or "canceling statement" in str(error):  # SQLite's, PostgreSQL's words
            raise _timed_out(seconds) from None
        raise
    finally:
        connection.info.pop("pactwatch_deadline", None)
        if raw is not None:
            raw.set_progress_handler(None, 0)


def open_database(url: str | None = None, *, create: bool = True, check: bool = True,
                  connections: int | None = None) -> Database:
    """Open the knowledge base at ``url``.

    With ``check`` (the default) the schema must be current: an empty database gets it when ``create`` is
    true; anything else raises :class:`StoreError` saying what to do. A read with ``create=False`` never
    creates a SQLite file. ``check=False`` opens whatever is there (``pactwatch db upgrade``).
    ``connections``: the connections kept open (a server: one for each of its threads, so that no request waits
    for one; SQLAlchemy's default otherwise)."""
    url = normalise_url(url or default_url())
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        path = Path(url[len("sqlite:///"):].split("?", 1)[0])
        if check and not create and not path.exists():
            raise StoreError(f"no database at {path}: store something in it first (pactwatch ingest ... --db "
                             f"{path}) or create it with `pactwatch db upgrade --db {path}`")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create the folder for {path}: {error.strerror}") from None
    try:
        # a SQLite file cannot drop a connection: no test query before each use there
        pool = {"pool_size": connections, "max_overflow": 2} if connections else {}
        engine = create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"), **pool)
    except Exception as error:  # bad URL, missing driver
        raise StoreError(f"cannot open database {url!r}: {error}") from None
    # a reading transaction sees one snapshot throughout (SQLite: from its explicit BEGIN; PostgreSQL: REPEATABLE
    # READ), so a page made of several queries is consistent while a writer commits; a writing transaction
    # waits for its turn first and then reads what is committed (SQLite: BEGIN IMMEDIATE; PostgreSQL: READ
    # COMMITTED after the advisory lock)
    readers, writers = engine, None
    event.listen(engine, "before_cursor_execute", _check_deadline)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        writers = sessionmaker(engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgresql_session)
        readers = engine.execution_options(isolation_level="REPEATABLE READ")
        writers = sessionmaker(engine, expire_on_commit=False)
    database = Database(engine, sessionmaker(readers, expire_on_commit=False), writers)
    if check:
        try:
            database.check(create)
        except StoreError:
            engine.dispose()
            raise
        except Exception as error:
            engine.dispose()
            raise StoreError(f"cannot prepare database {database.where}: {type(error).__name__}: {error}") from None
    return database
