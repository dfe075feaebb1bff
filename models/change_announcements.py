"""What one workstation tells the others besides the case changes the triggers report: that a sync pass brought new
cases ("12 neue Vorgänge" on every workstation's status bar).

Either way the announcement raises the counter row :data:`SYNC` of ``change_counters`` by the number of new cases
(the row is added on first use). On SQLite the others' feeds read that counter; on PostgreSQL the same transaction
also sends a notification on :data:`SYNC_CHANNEL` with ``{"count", "origin", "total"}`` (``total``: the counter after
it), and a feed whose LISTEN connection was down reads the counter when it is back, so the announcements made
meanwhile are not lost, nor counted twice when their notification still comes (:func:`own_between`). The workstation
that synced does not hear its own announcement: its status bar has said so already. A workstation is one
:class:`~models.db.Database` object; its origin token tells its notifications apart, and the cases it announced
itself are subtracted from the counter (:func:`announced_here`, :func:`own_between`).
"""

from __future__ import annotations

import json
import threading
import uuid
import weakref

from sqlalchemy import select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from models.change_counters import ChangeCounter
from models.db import Database

#: The PostgreSQL notification channel of sync announcements (payload: JSON ``{"count", "origin"}``).
SYNC_CHANNEL = "amtsstube_sync"
#: The counter row on SQLite: the total of new cases announced by all workstations.
SYNC = "sync"

_lock = threading.Lock()
_origins: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()
_announced: weakref.WeakKeyDictionary[Database, int] = weakref.WeakKeyDictionary()
#: PostgreSQL: this workstation's announcements as (counter after it, count), the newest last.
_own_totals: weakref.WeakKeyDictionary[Database, list[tuple[int, int]]] = weakref.WeakKeyDictionary()
MAX_OWN_TOTALS = 1000  # a workstation's announcements remembered (a feed away for longer only announces too much)
#: The counter of all new cases announced so far (no row: none yet).
SYNC_TOTAL = select(ChangeCounter.value).where(ChangeCounter.name == SYNC)


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


def own_between(db: Database, low: int, high: int) -> int:
    """PostgreSQL: how many new cases this workstation announced with the counter going from above ``low`` to at most
    ``high`` (noted before the transaction commits, like :func:`announced_here`)."""
    with _lock:
        return sum(count for total, count in _own_totals.get(db, ()) if low < total <= high)


def _note_own(db: Database, total: int, count: int, *, made: bool) -> None:
    with _lock:
        totals = _own_totals.setdefault(db, [])
        if made:
            totals.append((total, count))
            del totals[:-MAX_OWN_TOTALS]
        elif (total, count) in totals:
            totals.remove((total, count))


def announce_new_cases(db: Database, count: int) -> None:
    """Tell every other workstation that a sync pass brought ``count`` new cases."""
    if count <= 0:
        return
    if db.is_postgresql:
        _announce_on_postgresql(db, count)
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


def _announce_on_postgresql(db: Database, count: int) -> None:
    raise_counter = (
        pg_insert(ChangeCounter)
        .values(name=SYNC, value=count)
        .on_conflict_do_update(index_elements=[ChangeCounter.name], set_={"value": ChangeCounter.value + count})
        .returning(ChangeCounter.value)
    )
    noted: int | None = None
    try:
        with db.write() as session:  # the counter's row lock orders the announcements: totals come in commit order
            total = int(session.execute(raise_counter).scalar_one())
            _note_own(db, total, count, made=True)
            noted = total
            payload = json.dumps({"count": count, "origin": origin_of(db), "total": total})
            session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": SYNC_CHANNEL, "payload": payload})
    except Exception:
        if noted is not None:
            _note_own(db, noted, count, made=False)
        raise
