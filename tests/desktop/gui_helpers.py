"""Finding the dialogs the application opens (they are opened non-blocking, so tests can look at them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.sync.controller import SyncSource
from models.audit import AuditRecord
from models.db import Database
from models.operations.rows import CaseRow

W = TypeVar("W", bound=QWidget)


def visible_windows(kind: type[W], object_name: str | None = None) -> list[W]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (object_name is None or w.objectName() == object_name)
    ]


def wait_for_window(qtbot: QtBot, kind: type[W], object_name: str | None = None) -> W:
    qtbot.waitUntil(lambda: bool(visible_windows(kind, object_name)))
    return visible_windows(kind, object_name)[0]


def wait_for_message(qtbot: QtBot, object_name: str = "errorMessage") -> QMessageBox:
    return wait_for_window(qtbot, QMessageBox, object_name)


def close_all_messages() -> None:
    for box in visible_windows(QMessageBox):
        box.done(0)


def open_main_window(qtbot: QtBot, workspace: Workspace, *, sync_source: SyncSource | None = None) -> MainWindow:
    window = MainWindow(workspace, sync_source=sync_source)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.queue.model.reloaded):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def open_window_without_queue(
    qtbot: QtBot, workspace: Workspace, *, sync_source: SyncSource | None = None
) -> MainWindow:
    """The main window of a role without the work queue (the IT administration)."""
    window = MainWindow(workspace, sync_source=sync_source)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def show_case(qtbot: QtBot, window: MainWindow, case: CaseRow | int) -> None:
    """Select the case (a row or its id) in the queue with the keyboard, as a clerk would, and wait for its detail."""
    case_id = case if isinstance(case, int) else case.id
    with qtbot.waitSignal(window.queue.model.reloaded):
        window.refresh_action.trigger()
    row = window.queue.model.row_of_case(case_id)
    assert row is not None
    window.activateWindow()  # the clerk goes back to the queue (from a preview, say)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.queue.table
    table.setFocus()
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.id == case_id):
        qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the first row
        for _ in range(row):
            qtbot.keyClick(table, Qt.Key.Key_Down)


D = TypeVar("D", bound=QWidget)


def open_by_shortcut(qtbot: QtBot, window: MainWindow, key: Qt.Key, opened: Callable[[], D | None]) -> D:
    """Press Ctrl+Shift+``key`` in the active main window and wait for the dialog ``opened()`` returns to be active
    (e.g. a register's look-up)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: opened() is not None)
    dialog = opened()
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def audit_count(db: Database, action: str) -> int:
    """How many audit records of ``action`` the database holds (e.g. ``resident.viewed``)."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).where(AuditRecord.action == action)) or 0)
