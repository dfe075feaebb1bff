"""Only one sync runs at a time across all workstations.

PostgreSQL: a session-level advisory lock held on a dedicated connection for the whole pass (released by the
server even if the process dies). SQLite: a file lock beside the database file (released by the OS on death).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import text

from models import paths
from models.db import Database, translate_connection_errors

log = logging.getLogger(__name__)

SYNC_LOCK_KEY = 5_008_002


@contextmanager
def sync_leadership(db: Database) -> Iterator[bool]:
    """Yields whether this process leads; never waits for another leader."""
    if db.is_postgresql:
        with translate_connection_errors(), db.engine.connect() as conn:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": SYNC_LOCK_KEY}).scalar())
            conn.commit()
            try:
                yield got
            finally:
                if got:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SYNC_LOCK_KEY})
                    conn.commit()
        return
    lock = FileLock(str(_lock_path(db)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def _lock_path(db: Database) -> Path:
    database = db.engine.url.database
    if database and database != ":memory:":
        return Path(database).with_name(Path(database).name + ".sync.lock")
    return paths.data_dir() / "sync.lock"
