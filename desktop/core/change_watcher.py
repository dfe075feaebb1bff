"""Live updates from the other workstations (Live-Aktualisierung): a thread of its own waits on the change feed of
:mod:`models.change_feed` and hands what it hears to the GUI thread as Qt signals.

The thread never touches a widget: it emits one private signal per batch, which Qt queues into the GUI thread's
event loop (the watcher lives there), as the task runner does with its results. There the batches of
:data:`COALESCE_MS` are merged into one ``cases_changed``: another clerk's run of quick steps costs one reload of the
queue, not one per step, and the first change is shown within a fraction of a second. The task runner's database
lane is left alone: a wait of the feed would hold up every user action behind it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core import pyside_workarounds
from models.change_feed import CaseChange, ChangeBatch, ChangeFeed
from models.db import Database

log = logging.getLogger(__name__)

pyside_workarounds.ensure_applied()  # before the first signal is emitted

COALESCE_MS = 300  # changes heard within this time after the first one are shown together
WAIT_SECONDS = 5.0  # one wait of the feed (it returns at once on news or when stopped)
STOP_WAIT_SECONDS = 1.0  # how long closing the window waits for the thread (it is a daemon: never longer)


class ChangeWatcher(QObject):
    cases_changed = Signal(object)  # tuple[CaseChange, ...]: the newest version heard of each case
    resync_needed = Signal()  # changes may have been missed (the connection was lost): reload what is shown
    new_cases_announced = Signal(int)  # another workstation's sync pass brought this many new cases
    connection_changed = Signal(bool)  # False: cut off from the database (trying again), True: back
    _heard = Signal(object)  # ChangeBatch, emitted on the watcher's thread

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        coalesce_ms: int = COALESCE_MS,
        make_feed: Callable[[Database], ChangeFeed] = ChangeFeed,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._make_feed = make_feed
        self._feed: ChangeFeed | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._connected = True
        self._pending: dict[int, CaseChange] = {}
        self._pending_resync = False
        self._pending_announced = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("changeCoalescing")
        self._timer.setSingleShot(True)
        self._timer.setInterval(coalesce_ms)
        self._timer.timeout.connect(self._flush)
        self._heard.connect(self._arrived)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def connected(self) -> bool:
        return self._connected

    def start(self) -> None:
        if self._thread is not None or self._stopping.is_set():
            return
        self._feed = self._make_feed(self._db)
        self._thread = threading.Thread(target=self._watch, args=(self._feed,), name="amtsstube-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """No more signals; the thread ends (at once: the feed's wait is interrupted) and closes the feed."""
        self._stopping.set()
        self._timer.stop()
        thread, feed = self._thread, self._feed
        if feed is not None:
            feed.interrupt()
        if thread is not None:
            thread.join(STOP_WAIT_SECONDS)
            if thread.is_alive():
                log.warning("the change watcher did not end in time; it ends on its own")

    # -- the watcher's thread ------------------------------------------------------------------------------------

    def _watch(self, feed: ChangeFeed) -> None:
        try:
            while not self._stopping.is_set():
                batch = feed.wait(WAIT_SECONDS)
                if self._stopping.is_set():
                    break
                self._heard.emit(batch)
        except Exception:  # a bug here must not go unnoticed, nor take the application with it
            log.exception("the change watcher stopped")
        finally:
            feed.close()

    # -- GUI thread ----------------------------------------------------------------------------------------------

    def _arrived(self, batch: ChangeBatch) -> None:
        if self._stopping.is_set():
            return
        if batch.connected != self._connected:
            self._connected = batch.connected
            self.connection_changed.emit(batch.connected)
        if not batch.news:
            return
        for change in batch.cases:
            known = self._pending.get(change.case_id)
            if known is None or (change.version or 0) >= (known.version or 0):
                self._pending[change.case_id] = change
        self._pending_resync = self._pending_resync or batch.resync
        self._pending_announced += batch.new_cases_announced
        if not self._timer.isActive():  # not restarted: the first change is shown after COALESCE_MS at the latest
            self._timer.start()

    def _flush(self) -> None:
        changes, self._pending = tuple(self._pending.values()), {}
        resync, self._pending_resync = self._pending_resync, False
        announced, self._pending_announced = self._pending_announced, 0
        if changes:
            self.cases_changed.emit(changes)
        if resync:
            self.resync_needed.emit()
        if announced:
            self.new_cases_announced.emit(announced)
