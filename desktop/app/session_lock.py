"""The session of the member of staff at a workstation: it locks after the town's ``lock_after_minutes`` without
keyboard or mouse (or at once, Ctrl+L), and ends with Abmelden / Benutzer wechseln (Ctrl+Shift+Q) without
restarting the program.

Locking hides every window of the session — the main window, its dialogs, their questions — and shows only the
lock screen (:mod:`desktop.app.lock_dialog`); nothing is closed, so what was typed in an open dialog is there again
after the password. Input is noticed by one application-wide event filter that restarts a single-shot timer.
Logging out closes the open windows first; one that keeps itself open (it asks about unsaved changes) stops it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QMainWindow, QMenu, QMessageBox, QWidget

from desktop.app.lock_dialog import LockDialog
from desktop.app.operations import read_lock_minutes
from desktop.core.workspace import Workspace

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
#: Keyboard, mouse and touch: what counts as someone at the workstation (not paint or timer events).
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
_RESTART_SLACK_MS = 500  # the timer is restarted at most about twice a second, not at every mouse move


class IdleWatcher(QObject):
    """Emits :attr:`idle` once ``interval_ms`` have passed without input anywhere in the application."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.idle)
        application = QApplication.instance()
        assert application is not None
        application.installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        interval = self._timer.interval()
        slack = min(_RESTART_SLACK_MS, interval // 4)
        if event.type() in INPUT_EVENTS and self._timer.isActive() and self._timer.remainingTime() < interval - slack:
            self._timer.start()
        return False


class SessionControl(QObject):
    """Lock and log out for one main window; :attr:`log_out_requested` asks the start flow for the login."""

    locked = Signal(object)  # LockDialog
    unlocked = Signal()
    log_out_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        workspace: Workspace,
        menu: QMenu,
        closed: SignalInstance,
        *,
        lock_after_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._hidden: list[QWidget] = []
        self._active: QWidget | None = None
        self.lock_dialog: LockDialog | None = None
        self.question: QMessageBox | None = None
        self.lock_action = self._action(menu, self.tr("&Lock workstation"), "Ctrl+L", "action_lock")
        self.lock_action.setToolTip(self.tr("Hide the windows until your password is entered again (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        self.log_out_action = self._action(menu, self.tr("Log out / s&witch user…"), "Ctrl+Shift+Q", "action_log_out")
        self.log_out_action.triggered.connect(self.log_out)
        self.watcher = IdleWatcher(lock_after_ms or 15 * MINUTE_MS, self)
        self.watcher.idle.connect(self.lock)
        closed.connect(self.stop)
        self._fixed = lock_after_ms is not None  # given by the caller (tests): the town's setting is not read
        if not self._fixed:
            self._read_town_setting()
        self.watcher.start()

    def _action(self, menu: QMenu, text: str, keys: str, name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        self._window.addAction(action)
        menu.addAction(action)
        return action

    def _read_town_setting(self) -> None:
        db = self._workspace.db
        self._workspace.runner.run(
            read_lock_minutes(
                db,
                owner=self,
                on_success=self._town_setting_read,
                on_failure=lambda error: log.warning("lock time not read: %s", error),
            )
        )

    def _town_setting_read(self, minutes: int) -> None:
        if not self._fixed:
            self.watcher.set_interval_ms(minutes * MINUTE_MS)

    def set_lock_after_ms(self, interval_ms: int) -> None:
        """Lock after ``interval_ms`` without input from now on (tests; the town's setting no longer applies)."""
        self._fixed = True
        self.watcher.set_interval_ms(interval_ms)

    def stop(self) -> None:
        """The window closes: no more locking, and a lock screen still shown goes with it."""
        self.watcher.stop()
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.release()
            dialog.deleteLater()

    @property
    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    # -- the lock ------------------------------------------------------------------------------------------------

    def _session_windows(self) -> list[QWidget]:
        """The visible windows of the session: the main window, its dialogs and message boxes (not menus)."""
        transient = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        return [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget.windowType() not in transient and not isinstance(widget, LockDialog)
        ]

    def lock(self) -> LockDialog:
        if self.lock_dialog is not None:
            return self.lock_dialog
        self.watcher.stop()
        self._active = QApplication.activeWindow()
        self._hidden = self._session_windows()
        for popup in QApplication.topLevelWidgets():  # an open menu or tooltip closes
            if popup.isVisible() and popup.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                popup.hide()
        for widget in reversed(self._hidden):  # the dialogs before the window they belong to
            widget.hide()
        dialog = LockDialog(self._workspace)
        dialog.unlocked.connect(self._unlocked)
        dialog.log_out_requested.connect(self._log_out_from_lock)
        self.lock_dialog = dialog
        log.info("workstation locked for %s", self._workspace.actor.username)
        dialog.show()
        dialog.activateWindow()
        self.locked.emit(dialog)
        return dialog

    def _unlocked(self) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        for widget in self._hidden:  # the window first, its dialogs above it
            if shiboken6.isValid(widget):
                widget.show()
        active = self._active
        self._hidden, self._active = [], None
        if active is not None and shiboken6.isValid(active):
            active.activateWindow()
        else:
            self._window.activateWindow()
        log.info("workstation unlocked for %s", self._workspace.actor.username)
        self.watcher.start()
        self.unlocked.emit()

    def _log_out_from_lock(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Log out"),
            self.tr(
                "Log out {name}? Their windows are closed; entries not saved are lost (a counter form is kept as a "
                "draft)."
            ).format(name=self._workspace.actor.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.lock_dialog,
        )
        box.setObjectName("confirmLogOutFromLock")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._answered(box, button, self._log_out_now))
        self.question = box
        box.open()

    def _log_out_now(self) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        self._hidden, self._active = [], None
        if dialog is not None:
            dialog.release()
            dialog.deleteLater()
        self.log_out_requested.emit()

    # -- logging out ---------------------------------------------------------------------------------------------

    def log_out(self) -> None:
        """Close the open windows (asking first), then hand over to the login."""
        others = [w for w in self._session_windows() if w is not self._window]
        if not others:
            self.log_out_requested.emit()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Log out"),
            self.tr("%n window(s) are still open. Close them and log out?", "", len(others)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("confirmLogOut")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._answered(box, button, lambda: self._close_and_log_out(others)))
        self.question = box
        box.open()

    @staticmethod
    def _answered(box: QMessageBox, button: QAbstractButton, then: Callable[[], object]) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            then()

    def _close_and_log_out(self, windows: list[QWidget]) -> None:
        for widget in windows:
            if shiboken6.isValid(widget):
                widget.close()
        if any(shiboken6.isValid(w) and w.isVisible() for w in windows):  # it asks about unsaved changes
            self._window.statusBar().showMessage(
                self.tr("Not logged out: a window has unsaved changes. Please save or discard them first."), 10000
            )
            return
        self.log_out_requested.emit()
