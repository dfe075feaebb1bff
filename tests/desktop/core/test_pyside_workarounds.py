from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop.core import pyside_workarounds


class _Sender(QObject):
    ping = Signal(int)


def test_signals_from_python_cannot_drain_the_references_to_true() -> None:
    """A working day's worth of signals (and far more) must not crash the interpreter (PySide6 6.12.0 defect)."""
    pyside_workarounds.ensure_applied()
    sender = _Sender()
    received: list[int] = []
    sender.ping.connect(received.append)
    for number in range(50_000):
        sender.ping.emit(number)
    assert len(received) == 50_000
    assert sys.getrefcount(True) > 100_000
    assert sys.getrefcount(False) > 100_000


def test_qt_calls_without_a_result_cannot_drain_the_references_to_none() -> None:
    """Tens of thousands of void Qt calls (a day of repaints) must not free None (PySide6 6.12.0 defect)."""
    pyside_workarounds.ensure_applied()
    probe = QObject()
    for number in range(100_000):
        probe.setObjectName(f"probe{number % 7}")
    assert probe.objectName() == "probe4"
    assert sys.getrefcount(None) > 100_000
