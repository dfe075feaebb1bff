"""Applying the Alembic migrations (``amtsstube db upgrade``; the app does it on start)."""

from __future__ import annotations

import logging
import os

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from models.database_errors import DatabaseFileUnusable, DatabaseNewerThanProgram
from models.db import Database, translate_connection_errors

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "models:migrations")
    return config


def upgrade(db: Database, revision: str = "head") -> None:
    config = alembic_config()
    with translate_connection_errors(db.sqlite_file), db.engine.begin() as connection:
        if db.is_postgresql:
            # Two workstations starting at once must not both run the same migration.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(5008000)")
        elif db.sqlite_file is not None:
            _refuse_foreign_sqlite_file(connection, db.sqlite_file)
        _refuse_unknown_revision(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _refuse_foreign_sqlite_file(connection: Connection, path: str) -> None:
    """A SQLite file of another program gets no Amtsstube tables added to it (a mistyped --database, say)."""
    if MigrationContext.configure(connection).get_current_revision() is not None:
        return
    tables = set(inspect(connection).get_table_names()) - {"alembic_version"}
    if tables:
        raise DatabaseFileUnusable(os.path.abspath(path), "foreign", f"tables without a revision: {sorted(tables)[:5]}")


def _refuse_unknown_revision(connection: Connection) -> None:
    """A database a newer version has migrated: this one must not work on (or "downgrade") it."""
    current = MigrationContext.configure(connection).get_current_revision()
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {revision.revision for revision in script.walk_revisions()}:
        raise DatabaseNewerThanProgram(current, script.get_current_head())


def current_revision(db: Database) -> str | None:
    with translate_connection_errors(db.sqlite_file), db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
