"""What every headless command needs: the database from the settings, migrated and with its catalogue."""

from __future__ import annotations

import logging

from models import settings
from models.db import Database
from models.migrate import upgrade
from models.operations.catalogue import ensure_catalogue

log = logging.getLogger(__name__)


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Connect and bring the schema up to date.

    ``url`` is ``--database`` (an empty one is refused, not replaced by the settings). Raises
    ``DatabaseUrlInvalid``, ``DatabaseUnavailable`` (the server does not answer) or ``DatabaseFileUnusable``.
    """
    db = Database(settings.load().effective_database_url() if url is None else url)
    db.check_connection()
    if migrate:
        upgrade(db)
        ensure_catalogue(db)
    return db
