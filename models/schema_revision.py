"""Is the database's structure the one this program ships? Answered without loading Alembic.

A start of the workstation asks this every time and nearly always hears "yes"; Alembic (and Mako, which it brings)
loads only when there is something to migrate (:func:`bring_up_to_date`). The shipped head is read from the names of
the migration files, which start with their revision (``0007_hash_chains….py`` holds revision ``0007``, each one
following the one before); a test keeps the names and the revisions in the files in step.
"""

from __future__ import annotations

import importlib
import re
from importlib import resources

from sqlalchemy import inspect, text

from models.db import Database, translate_connection_errors

_MIGRATION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def shipped_revisions() -> tuple[str, ...]:
    """The revisions of the migration files, oldest first."""
    folder = resources.files("models.migrations").joinpath("versions")
    names = (entry.name for entry in folder.iterdir() if entry.is_file())
    return tuple(sorted(match.group(1) for name in names if (match := _MIGRATION_FILE.match(name))))


def shipped_head() -> str:
    return shipped_revisions()[-1]


def stored_revision(db: Database) -> str | None:
    """The revision the database was last migrated to; ``None`` for a database Amtsstube has not set up."""
    with translate_connection_errors(db.sqlite_file), db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def bring_up_to_date(db: Database) -> bool:
    """Migrate the database unless it is at the shipped head already; ``True`` if migrations ran.

    Every check of a database that is not at the head (a file of another program, a revision of a newer version)
    is :func:`models.migrate.upgrade`'s.
    """
    if stored_revision(db) == shipped_head():
        return False
    importlib.import_module("models.migrate").upgrade(db)
    return True
