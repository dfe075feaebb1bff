"""Garbage collection on the GUI thread, between events (Speicherbereinigung im GUI-Thread).

Python's cyclic garbage collector runs in whichever thread happens to allocate when a threshold is crossed: a
worker thread of the task runner in the middle of a database query, or the GUI thread deep inside a library call.
When a collected cycle holds a Qt object, its C++ destructor runs right there; Qt forbids destroying widgets
outside the GUI thread, and even on the GUI thread a widget torn down in the middle of other code can crash the
process (CI saw a segmentation fault "Garbage-collecting" inside a SQLAlchemy query). So while the desktop runs,
automatic collection is off and :class:`GuiThreadCollector` collects on the GUI thread from a timer, that is
between two events, with Python's own thresholds: the same amount of collecting, only at a safe moment. The same
remedy as other PyQt/PySide applications that use worker threads (Anki, for one).
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """While it runs, cycles are collected only here, on the GUI thread; :meth:`stop` turns automatic collection
    back on. Create it on the GUI thread, one at a time."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        gc.disable()
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count has passed its threshold (as Python would); returns how many
        objects were unreachable."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Deferred deletions first (widgets closed with WA_DeleteOnClose), then a full collection here, then
        automatic collection as before."""
        self._timer.stop()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        unreachable = gc.collect()
        log.debug("collected %s unreachable objects on the GUI thread", unreachable)
        if self._was_enabled:
            gc.enable()
