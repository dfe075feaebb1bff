from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.application import run_gui
from desktop.app.login_dialog import LoginDialog
from desktop.app.main_window import MainWindow
from desktop.app.startup import StartupFlow
from desktop.core.tasks import TaskRunner
from models.db import Database
from models.demo.seed import DEMO_PASSWORD, DEMO_STAFF
from models.operations.users import count_users
from printing.letter import render_letter
from tests.desktop.gui_helpers import visible_windows


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    yield db
    db.dispose()


def test_demo_start_prepares_the_database_then_logs_in_and_opens_the_queue(
    qtbot: QtBot, fresh_db: Database, runner: TaskRunner
) -> None:
    flow = StartupFlow(fresh_db, runner, demo=True, render_letter=render_letter)
    flow.start()
    assert flow.progress is not None
    assert flow.progress.isVisible()
    qtbot.waitUntil(lambda: flow.login is not None and flow.login.isVisible(), timeout=20_000)
    login = flow.login
    assert isinstance(login, LoginDialog)
    assert flow.progress is None  # closed once the login is up
    assert login.demo_hint.isVisible()
    assert "anna (Sachbearbeitung)" in login.demo_hint.text()
    assert count_users(fresh_db) == len(DEMO_STAFF) == 6
    login.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is login)
    qtbot.keyClicks(login.username, "anna")
    qtbot.keyClicks(login.password, DEMO_PASSWORD)
    with qtbot.waitSignal(flow.main_window_shown) as shown:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0)
    assert window.user_label.text() == "Angemeldet: Anna Schmitz (Sachbearbeitung)"
    with qtbot.waitSignal(flow.finished) as finished:
        window.close()
    assert finished.args == [0]


def test_an_unreachable_database_offers_try_again_and_quit(qtbot: QtBot, runner: TaskRunner) -> None:
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/amtsstube")
    try:
        flow = StartupFlow(db, runner, demo=False, render_letter=render_letter)
        flow.start()
        first = _wait_for_unavailable(qtbot, flow)
        assert first.windowTitle() == "Datenbank nicht erreichbar"
        assert "Netzwerkverbindung" in first.text()
        assert "127.0.0.1:1" in first.informativeText()
        assert "Connection refused" in first.detailedText()  # for the IT
        qtbot.mouseClick(_button(first, "&Erneut versuchen"), Qt.MouseButton.LeftButton)
        second = _wait_for_unavailable(qtbot, flow)  # tried again, still down
        assert second is not first
        with qtbot.waitSignal(flow.finished) as finished:
            qtbot.mouseClick(_button(second, "&Beenden"), Qt.MouseButton.LeftButton)
        assert finished.args == [1]
        assert visible_windows(QMessageBox) == []
    finally:
        db.dispose()


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(button for button in box.buttons() if button.text() == text)


def _wait_for_unavailable(qtbot: QtBot, flow: StartupFlow) -> QMessageBox:
    qtbot.waitUntil(lambda: flow.unavailable_box is not None and flow.unavailable_box.isVisible(), timeout=20_000)
    assert flow.unavailable_box is not None
    return flow.unavailable_box


def test_run_gui_runs_until_the_login_is_cancelled(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMTSSTUBE_DATABASE_URL", f"sqlite:///{tmp_path / 'gui.sqlite3'}")
    seen: list[str] = []

    def cancel_login() -> None:
        for dialog in visible_windows(LoginDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()

    driver = QTimer()
    driver.timeout.connect(cancel_login)
    driver.start(20)
    try:
        assert run_gui(["amtsstube"], demo=False) == 0
    finally:
        driver.stop()
        qapp.setQuitOnLastWindowClosed(True)
    assert seen == ["Amtsstube – Anmeldung"]
    assert (qapp.applicationName(), qapp.organizationName()) == ("Amtsstube", "Stadtverwaltung")
    log_file = tmp_path / "home" / "xdg_state_home" / "amtsstube" / "log" / "amtsstube.log"
    assert "Amtsstube ends with code 0" in log_file.read_text(encoding="utf-8")
