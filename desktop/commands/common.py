"""What every headless command needs: the database from the settings, migrated and with its catalogue."""

from __future__ import annotations

import logging

from models import settings
from models.db import Database
from models.migrate import upgrade
from models.operations.catalogue import ensure_catalogue

log = logging.getLogger(__name__)


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Connect (raising ``DatabaseUnavailable`` if the server does not answer) and bring the schema up to date."""
    db = Database(url or settings.load().effective_database_url())
    db.check_connection()
    if migrate:
        upgrade(db)
        ensure_catalogue(db)
    return db
