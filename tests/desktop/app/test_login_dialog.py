from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.demo_start import demo_hint_text
from desktop.app.login_dialog import LoginDialog
from desktop.core.tasks import TaskRunner
from models.db import Database
from models.demo.seed import DEMO_PASSWORD
from tests.conftest import PASSWORD


def _dialog(qtbot: QtBot, db: Database, runner: TaskRunner, *, demo: bool = False) -> LoginDialog:
    dialog = LoginDialog(db, runner, demo_hint=demo_hint_text() if demo else None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.username.hasFocus()
    return dialog


def test_wrong_password_shows_the_german_message_and_keeps_the_user_name(
    qtbot: QtBot, db: Database, runner: TaskRunner
) -> None:
    dialog = _dialog(qtbot, db, runner)
    qtbot.keyClicks(dialog.username, "anna")
    qtbot.keyClicks(dialog.password, "falsch-geraten")
    with qtbot.waitSignal(dialog.attempt_failed) as failed:
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert "Benutzername oder Passwort ist falsch" in failed.args[0]
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == failed.args[0]
    assert dialog.username.text() == "anna"
    assert dialog.password.text() == ""
    assert dialog.password.hasFocus()
    assert dialog.isVisible()
    assert dialog.actor is None


def test_right_password_logs_in_with_the_keyboard(qtbot: QtBot, db: Database, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, db, runner, demo=True)
    assert dialog.demo_hint.isVisible()
    assert DEMO_PASSWORD in dialog.demo_hint.text()
    qtbot.keyClicks(dialog.username, "ben")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)  # on to the password, not a failed attempt
    assert dialog.password.hasFocus()
    assert not dialog.error_label.isVisible()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.username.hasFocus()
    qtbot.keyClick(dialog.username, Qt.Key.Key_Tab)
    assert dialog.password.hasFocus()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.logged_in) as logged_in:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    actor = logged_in.args[0]
    assert actor.username == "ben"
    assert actor.display_name == "Ben Yılmaz"
    assert dialog.result() == LoginDialog.DialogCode.Accepted


def test_an_empty_user_name_is_not_sent(qtbot: QtBot, db: Database, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, db, runner)
    with qtbot.waitSignal(dialog.attempt_failed) as failed:
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == "Bitte geben Sie Ihren Benutzernamen ein."
    assert not runner.busy


def test_enter_logs_in_after_a_failed_attempt(qtbot: QtBot, db: Database, runner: TaskRunner) -> None:
    """While the first attempt is checked the login button is disabled; Enter must not fall to "Cancel" after it."""
    dialog = _dialog(qtbot, db, runner)
    qtbot.keyClicks(dialog.username, "anna")
    qtbot.keyClicks(dialog.password, "falsch-geraten")
    with qtbot.waitSignal(dialog.attempt_failed):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.password.hasFocus()
    qtbot.keyClicks(dialog.password, PASSWORD)
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.actor is not None or bool(rejected))
    assert not rejected, "Enter cancelled the login (the application would have quit)"
    assert dialog.actor is not None
    assert dialog.actor.username == "anna"
    assert dialog.result() == LoginDialog.DialogCode.Accepted
