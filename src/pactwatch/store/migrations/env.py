"""Alembic environment: runs on the connection pactwatch hands it (see store/db.py)."""

from alembic import context
from sqlalchemy import create_engine

from pactwatch.store.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    """Full-text search tables are made by hand in the migrations (SQLite FTS5): not for autogenerate."""
    return not (type_ == "table" and name and name.startswith("articles_fts"))


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()


run()
