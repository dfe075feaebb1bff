"""Work-arounds for defects of the PySide6 release in use; each is detected at import and applied only if present.

PySide6 6.12.0: ``SignalInstance.emit()`` and ``SignalInstance.disconnect()`` return ``True`` without owning a
reference to it, so every call from Python drops one reference to ``True``. After a few thousand signals — an hour
of work at the counter, or one run of the test suite — the count reaches zero and CPython aborts with
"Fatal Python error: bool_dealloc". Python 3.12 made ``True`` and ``False`` immortal; on 3.11 we give them the same
protection by adding a large number of references once. Extra references to these two singletons are harmless.

The same release drops a reference to ``None`` on every call of a Qt method that returns nothing
(``QWidget.update()``, ``setEnabled()``, ``QObject.setObjectName()`` …): a few thousand calls, and CPython aborts
with "none_dealloc: deallocating None". ``None`` is pinned the same way when a probe finds it so.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_PROBES = 16
_PIN = 1 << 40  # more references than any process lifetime can drop


class _Probe(QObject):
    ping = Signal()


def signal_calls_drop_references_to_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - _PROBES // 2


def void_calls_drop_references_to_none() -> bool:
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - _PROBES // 2


def _pin(*singletons: object) -> None:
    for singleton in singletons:
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, the first field of every object
        refcount.value += _PIN


_applied: bool | None = None


def ensure_applied() -> bool:
    """Apply what this PySide6 needs (once per process); returns whether a work-around was needed."""
    global _applied
    if _applied is None:
        _applied = _apply()
    return _applied


def _apply() -> bool:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # bools and None are immortal there
    applied = False
    if signal_calls_drop_references_to_true():
        _pin(True, False)
        log.info("PySide6 drops references to True on signal calls; True and False pinned")
        applied = True
    if void_calls_drop_references_to_none():
        _pin(None)
        log.info("PySide6 drops references to None on calls of methods without a result; None pinned")
        applied = True
    return applied
