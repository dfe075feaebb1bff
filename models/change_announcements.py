"""What one workstation tells the others besides the case changes the triggers report: that a sync pass brought new
cases ("12 neue Vorgänge" on every workstation's status bar).

On PostgreSQL the announcement is a notification on :data:`SYNC_CHANNEL` with ``{"count", "origin"}``; on SQLite it
raises the counter row :data:`SYNC` of ``change_counters`` by the number of new cases (the row is added on first
use). Either way the workstation that synced does not hear its own announcement: its status bar has said so already.
A workstation is one :class:`~models.db.Database` object; its origin token tells its notifications apart, and on
SQLite the cases it announced itself are subtracted from the counter (:func:`announced_here`).
"""

from __future__ import annotations

import json
import threading
import uuid
import weakref

from sqlalchemy import text, update

from models.change_counters import ChangeCounter
from models.db import Database

#: The PostgreSQL notification channel of sync announcements (payload: JSON ``{"count", "origin"}``).
SYNC_CHANNEL = "amtsstube_sync"
#: The counter row on SQLite: the total of new cases announced by all workstations.
SYNC = "sync"

_lock = threading.Lock()
_origins: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()
_announced: weakref.WeakKeyDictionary[Database, int] = weakref.WeakKeyDictionary()


def origin_of(db: Database) -> str:
    """The token that names this workstation (this ``Database`` object) in its notifications."""
    with _lock:
        token = _origins.get(db)
        if token is None:
            token = _origins[db] = uuid.uuid4().hex[:16]
        return token


def announced_here(db: Database) -> int:
    """How many new cases this workstation has announced on SQLite (counted before its transaction commits)."""
    with _lock:
        return _announced.get(db, 0)


def _count_here(db: Database, count: int) -> None:
    with _lock:
        _announced[db] = _announced.get(db, 0) + count


def announce_new_cases(db: Database, count: int) -> None:
    """Tell every other workstation that a sync pass brought ``count`` new cases."""
    if count <= 0:
        return
    if db.is_postgresql:
        payload = json.dumps({"count": count, "origin": origin_of(db)})
        with db.write() as session:
            session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": SYNC_CHANNEL, "payload": payload})
        return
    # Counted here before the commit: a feed that reads the counter first and this count second never takes our
    # own announcement for another's (it may see it as not yet made, which only delays nothing).
    _count_here(db, count)
    try:
        with db.write() as session:
            raised = session.execute(
                update(ChangeCounter).where(ChangeCounter.name == SYNC).values(value=ChangeCounter.value + count)
            )
            if getattr(raised, "rowcount", 0) == 0:
                session.add(ChangeCounter(name=SYNC, value=count))
    except Exception:
        _count_here(db, -count)
        raise
