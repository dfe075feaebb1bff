"""Applying the Alembic migrations (``amtsstube db upgrade``; the app does it on start)."""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from models.db import Database, translate_connection_errors

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "models:migrations")
    return config


def upgrade(db: Database, revision: str = "head") -> None:
    config = alembic_config()
    with translate_connection_errors(), db.engine.begin() as connection:
        if db.is_postgresql:
            # Two workstations starting at once must not both run the same migration.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(5008000)")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(db: Database) -> str | None:
    with translate_connection_errors(), db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
