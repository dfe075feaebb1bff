"""The session at a workstation (issue 14, item 5): it locks after the town's minutes without input, hiding every
window; only the logged-in user's password brings them back with what was typed; Abmelden / Benutzer wechseln shows
the login and opens a window for the next member of staff without restarting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.lock_dialog import LockDialog
from desktop.app.login_dialog import LoginDialog
from desktop.app.main_window import MainWindow
from desktop.app.session_lock import MINUTE_MS
from desktop.app.startup import StartupFlow
from desktop.core.tasks import TaskRunner
from desktop.core.workspace import Workspace
from models.db import Database
from models.operations.town_settings import update_town_profile
from tests.conftest import PASSWORD, Staff
from tests.desktop.gui_helpers import wait_for_window
from tests.support.factories import RecordingRenderer

SHORT_MS = 300


def _locked_by_idling(qtbot: QtBot, window: MainWindow) -> LockDialog:
    with qtbot.waitSignal(window.session.locked, timeout=5000) as locked:
        window.session.set_lock_after_ms(SHORT_MS)
    dialog = locked.args[0]
    assert isinstance(dialog, LockDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_idling_locks_and_only_the_right_password_brings_the_windows_back_as_they_were(
    qtbot: QtBot, window: MainWindow
) -> None:
    verify = window.extras.open_verify_dialog()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is verify)
    qtbot.keyClicks(verify.code, "0GCE-HY")  # half typed when the clerk is called away
    lock = _locked_by_idling(qtbot, window)
    assert not window.isVisible()
    assert not verify.isVisible()
    assert "Angemeldet: Anna Schmitz (anna)" in lock.who.text()
    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # neither Escape nor closing ends the lock
    lock.close()
    assert lock.isVisible()

    qtbot.keyClicks(lock.password, "Falsches-Passwort-1")
    with qtbot.waitSignal(lock.attempt_failed) as failed:
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert "Passwort" in failed.args[0]
    assert lock.isVisible()
    assert not window.isVisible()

    qtbot.keyClicks(lock.password, PASSWORD)
    with qtbot.waitSignal(window.session.unlocked):
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert window.isVisible()
    assert verify.isVisible()
    assert verify.code.text() == "0GCE-HY"  # the open dialog and its text are as they were
    qtbot.waitUntil(lambda: QApplication.activeWindow() is verify)
    assert not window.session.is_locked


def test_input_keeps_the_workstation_unlocked(qtbot: QtBot, window: MainWindow) -> None:
    window.session.set_lock_after_ms(4 * SHORT_MS)
    for _ in range(8):  # twice the lock time in all, with a key pressed every half of a timer's quarter
        qtbot.keyClick(window.queue.table, Qt.Key.Key_Shift)
        qtbot.wait(SHORT_MS // 2)
    assert not window.session.is_locked
    assert window.isVisible()


def test_the_lock_time_is_the_towns_setting(qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace) -> None:
    update_town_profile(db, staff.admin, {"lock_after_minutes": "7"})
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session.watcher.interval_ms == 7 * MINUTE_MS)


def test_ctrl_l_locks_at_once(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.locked) as locked:
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    window.close()  # the program ends (a shutdown, say): the lock screen goes with the window
    assert not locked.args[0].isVisible()


def _log_in(qtbot: QtBot, flow: StartupFlow, username: str) -> MainWindow:
    qtbot.waitUntil(lambda: flow.login is not None and flow.login.isVisible(), timeout=20_000)
    login = flow.login
    assert isinstance(login, LoginDialog)
    login.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is login)
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, PASSWORD)
    with qtbot.waitSignal(flow.main_window_shown, timeout=10_000) as shown:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    return window


def _yes(box: QMessageBox) -> None:
    button = box.button(QMessageBox.StandardButton.Yes)
    assert button is not None
    button.click()


@pytest.mark.parametrize("where", ["menu", "lock screen"])
def test_switching_user_opens_a_window_for_the_next_member_of_staff(
    qtbot: QtBot, db: Database, runner: TaskRunner, renderer: RecordingRenderer, where: str
) -> None:
    flow = StartupFlow(db, runner, demo=False, render_letter=renderer)
    finished: list[int] = []
    flow.finished.connect(finished.append)
    flow.start()
    first = _log_in(qtbot, flow, "anna")
    verify = first.extras.open_verify_dialog()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is verify)
    if where == "menu":
        first.session.log_out_action.trigger()
        _yes(wait_for_window(qtbot, QMessageBox, "confirmLogOut"))
    else:
        lock = first.session.lock()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is lock)
        lock.log_out_button.click()
        _yes(wait_for_window(qtbot, QMessageBox, "confirmLogOutFromLock"))
    second = _log_in(qtbot, flow, "dieter")
    assert second is not first
    assert second.user_label.text() == "Angemeldet: Dieter Brandt (Amtsleitung)"
    assert second.workspace.actor.username == "dieter"
    assert finished == []  # the program went on
    qtbot.waitUntil(lambda: not runner.busy)  # quitting ends the event loop; here the runner would deliver on
    with qtbot.waitSignal(flow.finished):
        second.close()
    assert finished == [0]
