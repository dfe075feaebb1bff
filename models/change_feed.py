"""The change feed (Änderungsmeldungen): how a workstation learns of the claims, transitions and new cases of the
others, and of their sync passes' new cases, without asking the database for the whole queue.

PostgreSQL: the feed holds a connection of its own (``application_name`` :data:`APPLICATION_NAME`) that LISTENs on
:data:`~models.change_counters.CASES_CHANNEL`, to which the triggers of migration 0022 send every insert and update of
a case, and on :data:`~models.change_announcements.SYNC_CHANNEL`. SQLite: the feed reads the counter rows of
``change_counters`` (one read of a two-row table) every :data:`POLL_SECONDS`; when the case counter moved, it reads
the ids and versions of the cases updated since the last read.

A connection that drops (server restarted, network gone, the backend terminated) is opened again with a growing
pause; once back, the feed reports ``resync``, with the cases updated while it was away and the new cases the others'
sync passes announced meanwhile (read from the sync counter), so no change is lost:
whoever reads the feed reloads what it shows. :meth:`ChangeFeed.wait` blocks for at most its timeout and returns at
once when :meth:`ChangeFeed.interrupt` is called from another thread; the feed itself starts no thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import select
import socket
import time
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import exc
from sqlalchemy import select as sql_select

from models.base import utcnow
from models.cases import Case
from models.change_announcements import SYNC, SYNC_CHANNEL, SYNC_TOTAL, announced_here, origin_of, own_between
from models.change_counters import CASES, CASES_CHANNEL, ChangeCounter
from models.db import Database

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0  # SQLite: how often the counters are read (one read of two rows: cheap)
APPLICATION_NAME = "amtsstube-changes"  # PostgreSQL: the feed's connection in pg_stat_activity
HEALTH_CHECK_SECONDS = 30.0  # PostgreSQL: a quiet connection is asked whether it is still there
MAX_CHANGES = 1000  # cases read after a reconnect or a moved counter; more: "reload everything" alone
#: Writers stamp ``updated_at`` with their own clock: cases are read from this far before the last read.
CLOCK_MARGIN = dt.timedelta(seconds=30)


@dataclass(frozen=True)
class Backoff:
    """The pauses between attempts to reconnect: ``first`` seconds, doubled after each failure up to ``longest``."""

    first: float = 0.5
    longest: float = 30.0


@dataclass(frozen=True)
class CaseChange:
    """One case as another (or this) workstation left it; ``op`` is ``INSERT``/``UPDATE``, None when not known."""

    case_id: int
    version: int | None
    status: str | None = None
    assignee_id: int | None = None
    op: str | None = None


@dataclass(frozen=True)
class ChangeBatch:
    cases: tuple[CaseChange, ...] = ()
    new_cases_announced: int = 0  # new cases other workstations' sync passes brought
    resync: bool = False  # the feed may have missed changes: reload what is shown
    connected: bool = True  # False while the feed is cut off from the database

    @property
    def news(self) -> bool:
        return bool(self.cases or self.new_cases_announced or self.resync)


class ChangeFeed:
    def __init__(self, db: Database, *, poll_seconds: float = POLL_SECONDS, backoff: Backoff = Backoff()) -> None:
        self.db = db
        self.poll_seconds = poll_seconds
        self.backoff = backoff
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._closed = False
        self._origin = origin_of(db)
        self._connection: psycopg.Connection[Any] | None = None
        self._counters: dict[str, int] | None = None  # SQLite: the values last read
        self._announced_high = 0  # SQLite: announcements of others reported so far (see _announcements)
        self._sync_seen: int | None = None  # PostgreSQL: the sync counter up to which announcements are reported
        self._read_at: dt.datetime | None = None  # when the feed last knew the database's state
        self._started = False
        self._lost = False  # the connection dropped; the next success reports a resync
        self._retry_at = 0.0
        self._pause = backoff.first
        self._quiet_since = time.monotonic()

    # -- any thread ----------------------------------------------------------------------------------------------

    def interrupt(self) -> None:
        """Make a waiting :meth:`wait` return now (with what it has, maybe nothing)."""
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def close(self) -> None:
        """Release the connection; call it on the thread that waits, or once that thread has ended."""
        self._closed = True
        self._disconnect()
        self._wake_r.close()
        self._wake_w.close()

    # -- the waiting thread --------------------------------------------------------------------------------------

    def wait(self, timeout: float) -> ChangeBatch:
        """The changes since the last call, as soon as there are any, or an empty batch after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        if self.db.is_postgresql:
            return self._wait_postgresql(deadline)
        return self._wait_sqlite(deadline)

    def _sleep(self, deadline: float) -> bool:
        """Wait until ``deadline`` or an interrupt; True if interrupted."""
        remaining = max(0.0, deadline - time.monotonic())
        readable, _, _ = select.select([self._wake_r.fileno()], [], [], remaining)
        return self._drain_wake(readable)

    def _drain_wake(self, readable: list[int]) -> bool:
        if self._wake_r.fileno() not in readable:
            return False
        with contextlib.suppress(OSError):
            while self._wake_r.recv(64):
                pass
        return True

    def _failed(self, error: Exception) -> ChangeBatch:
        if not self._lost:
            log.warning("the change feed lost the database, reconnecting: %s", error)
        self._lost = True
        self._disconnect()
        self._retry_at = time.monotonic() + self._pause
        self._pause = min(self._pause * 2, self.backoff.longest)
        return ChangeBatch(connected=False)

    def _recovered(self) -> None:
        if self._lost:
            log.info("the change feed is connected again")
        self._lost = False
        self._pause = self.backoff.first

    def _changed_since(self, since: dt.datetime | None) -> tuple[tuple[CaseChange, ...], bool]:
        """Cases updated after ``since`` (less the clock margin), and whether there were too many to list."""
        if since is None:
            return (), True
        query = (
            sql_select(Case.id, Case.version, Case.status, Case.assignee_id)
            .where(Case.updated_at > since - CLOCK_MARGIN)
            .order_by(Case.updated_at)
            .limit(MAX_CHANGES + 1)
        )
        with self.db.engine.connect() as connection:  # not Database.read: a failure here is logged once, by us
            rows = connection.execute(query).all()
        changes = tuple(CaseChange(row.id, row.version, str(row.status), row.assignee_id) for row in rows)
        return changes[:MAX_CHANGES], len(changes) > MAX_CHANGES

    # -- PostgreSQL ----------------------------------------------------------------------------------------------

    def _wait_postgresql(self, deadline: float) -> ChangeBatch:
        if self._connection is None:
            batch = self._reconnect(deadline)
            if batch is not None:
                return batch
        connection = self._connection
        if connection is None:
            return ChangeBatch(connected=False)
        try:
            received = list(connection.notifies(timeout=0))  # any that came with the last exchange
            if not received:
                remaining = min(max(0.0, deadline - time.monotonic()), HEALTH_CHECK_SECONDS)
                socket_fd = connection.fileno()
                readable, _, _ = select.select([socket_fd, self._wake_r.fileno()], [], [], remaining)
                self._drain_wake(readable)
                if socket_fd in readable:
                    received = list(connection.notifies(timeout=0))
                elif not readable and time.monotonic() - self._quiet_since >= HEALTH_CHECK_SECONDS:
                    connection.execute("SELECT 1")  # a dead peer that sent nothing shows here
                    self._quiet_since = time.monotonic()
                    received = list(connection.notifies(timeout=0))
        except (psycopg.Error, OSError) as error:
            return self._failed(error)
        self._read_at = utcnow()
        if received:
            self._quiet_since = time.monotonic()
        return self._batch_of(received)

    def _reconnect(self, deadline: float) -> ChangeBatch | None:
        """Open the connection (at once the first time, after the pause later); a batch when it is news."""
        if self._closed:
            return ChangeBatch(connected=False)
        if (
            self._lost
            and time.monotonic() < self._retry_at
            and (self._sleep(min(deadline, self._retry_at)) or time.monotonic() < self._retry_at)
        ):
            return ChangeBatch(connected=False)
        try:
            self._connection = self._connect()
            changes, too_many = self._changed_since(self._read_at) if self._lost else ((), False)
            total = self._sync_total()  # after LISTEN: an announcement from now on is heard or counted here
        except (psycopg.Error, OSError, exc.SQLAlchemyError) as error:
            return self._failed(error)
        was_lost = self._lost
        self._recovered()
        self._quiet_since = time.monotonic()
        missed = self._missed_announcements(total)
        if not self._started:
            self._started = True
            self._read_at = utcnow()
            return None
        self._read_at = utcnow()
        if was_lost or too_many:
            return ChangeBatch(cases=changes, new_cases_announced=missed, resync=True)
        return None

    def _sync_total(self) -> int:
        with self.db.engine.connect() as connection:
            return int(connection.execute(SYNC_TOTAL).scalar() or 0)

    def _missed_announcements(self, total: int) -> int:
        """New cases the others announced while the connection was down: the counter's rise since it was last
        accounted for, less this workstation's own announcements (none on the first connection)."""
        seen, self._sync_seen = self._sync_seen, max(total, self._sync_seen or 0)
        if seen is None or total <= seen:
            return 0
        return max(0, total - seen - own_between(self.db, seen, total))

    def _connect(self) -> psycopg.Connection[Any]:
        _args, params = self.db.engine.dialect.create_connect_args(self.db.engine.url)
        params = {key: value for key, value in params.items() if value is not None}
        params.update(
            application_name=APPLICATION_NAME,
            connect_timeout=5,
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
        )
        connection = psycopg.connect(autocommit=True, **params)
        try:
            connection.execute(f"LISTEN {CASES_CHANNEL}")
            connection.execute(f"LISTEN {SYNC_CHANNEL}")
        except BaseException:
            connection.close()
            raise
        return connection

    def _disconnect(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                connection.close()

    def _batch_of(self, notifications: list[psycopg.Notify]) -> ChangeBatch:
        cases: list[CaseChange] = []
        announced = 0
        for notification in notifications:
            try:
                payload = json.loads(notification.payload)
                if notification.channel == CASES_CHANNEL:
                    cases.append(
                        CaseChange(
                            int(payload["id"]),
                            int(payload["version"]),
                            payload.get("status"),
                            payload.get("assignee"),
                            payload.get("op"),
                        )
                    )
                elif notification.channel == SYNC_CHANNEL:
                    announced += self._announced_by(payload)
            except (ValueError, KeyError, TypeError):
                log.warning("a notification the change feed cannot read on %s", notification.channel)
        return ChangeBatch(cases=tuple(cases), new_cases_announced=announced)

    def _announced_by(self, payload: dict[str, Any]) -> int:
        """The new cases of a sync notification to report: none of our own, none already counted from the counter
        after a reconnect (its ``total`` not above what the feed has accounted for)."""
        count = max(0, int(payload["count"]))
        total = payload.get("total")
        if type(total) is int and self._sync_seen is not None:
            if total <= self._sync_seen:
                return 0
            self._sync_seen = total
        return count if payload.get("origin") != self._origin else 0

    # -- SQLite --------------------------------------------------------------------------------------------------

    def _wait_sqlite(self, deadline: float) -> ChangeBatch:
        while True:
            if not self._lost or time.monotonic() >= self._retry_at:
                batch = self._poll()
                if batch.news or not batch.connected or self._closed:
                    return batch
            if time.monotonic() >= deadline:
                return ChangeBatch(connected=not self._lost)
            due = self._retry_at if self._lost else time.monotonic() + self.poll_seconds
            if self._sleep(min(deadline, due)):
                return ChangeBatch(connected=not self._lost)

    def _poll(self) -> ChangeBatch:
        try:
            with self.db.engine.connect() as connection:
                rows = connection.execute(sql_select(ChangeCounter.name, ChangeCounter.value)).all()
            counters = {name: value for name, value in rows}
            here = announced_here(self.db)  # after the counter: see models.change_announcements
            read_at = utcnow()
            if self._counters is None:  # the first read: what is there now is the starting point
                self._counters, self._read_at = counters, read_at
                self._announced_high = counters.get(SYNC, 0) - here
                return ChangeBatch()
            moved = counters.get(CASES, 0) != self._counters.get(CASES, 0)
            changes, too_many = self._changed_since(self._read_at) if moved or self._lost else ((), False)
        except exc.SQLAlchemyError as error:
            return self._failed(error)
        self._counters, self._read_at = counters, read_at
        resync = self._lost or too_many
        self._recovered()
        unexplained = counters.get(SYNC, 0) - here
        announced = max(0, unexplained - self._announced_high)
        self._announced_high = max(self._announced_high, unexplained)
        return ChangeBatch(cases=changes, new_cases_announced=announced, resync=resync)
