"""The GUI's start shows the same German text as the command line for files that are in the way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.application import run_gui
from desktop.app.startup import StartupFlow
from desktop.core.tasks import TaskRunner
from models.db import Database
from printing.letter import render_letter
from tests.desktop.gui_helpers import visible_windows

AMTSSTUBE = str(Path(sys.executable).with_name("amtsstube"))


def cli_stderr(*args: str) -> str:
    result = subprocess.run([AMTSSTUBE, *args], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    return result.stderr


def _button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(button for button in box.buttons() if button.text() == text)


def test_a_sqlite_file_that_is_not_a_database_gets_the_file_message_not_the_network_one(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    path = tmp_path / "kaputt.sqlite3"
    path.write_bytes(b"kein SQLite\n" * 200)
    db = Database(f"sqlite:///{path}")
    try:
        flow = StartupFlow(db, runner, demo=False, render_letter=render_letter)
        flow.start()
        qtbot.waitUntil(lambda: flow.unavailable_box is not None and flow.unavailable_box.isVisible(), timeout=20_000)
        box = flow.unavailable_box
        assert box is not None
        assert box.windowTitle() == "Datenbankdatei nicht nutzbar"
        assert f"Die Datei {path} ist keine Datenbank" in box.text()
        assert "Netzwerk" not in box.text()
        assert box.detailedText() == "file is not a database"
        assert box.text() in cli_stderr("--database", f"sqlite:///{path}", "cases")  # the same words
        with qtbot.waitSignal(flow.finished) as finished:
            qtbot.mouseClick(_button(box, "&Beenden"), Qt.MouseButton.LeftButton)
        assert finished.args == [1]
    finally:
        db.dispose()


def _run_gui_and_read_the_fatal_box(qapp: QApplication) -> tuple[int, QMessageBox | None, str]:
    seen: list[tuple[QMessageBox, str]] = []

    def close_the_box() -> None:
        for box in visible_windows(QMessageBox):
            seen.append((box, box.text()))
            box.done(QMessageBox.StandardButton.Ok)

    driver = QTimer()
    driver.timeout.connect(close_the_box)
    driver.start(20)
    try:
        code = run_gui(["amtsstube"], demo=False)
    finally:
        driver.stop()
        qapp.setQuitOnLastWindowClosed(True)
    box, text = seen[0] if seen else (None, "")
    return code, box, text


def test_a_log_folder_that_cannot_be_made_is_shown_in_a_window(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_the_way = tmp_path / "state-ist-eine-datei"
    in_the_way.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(in_the_way))
    code, box, text = _run_gui_and_read_the_fatal_box(qapp)
    assert code == 1
    assert box is not None
    assert "in seinen Protokollordner" in text
    assert "XDG_STATE_HOME" in text
    assert text in cli_stderr("cases")


def test_a_malformed_database_url_is_shown_in_a_window(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMTSSTUBE_DATABASE_URL", "datenbank-auf-dem-server")
    code, box, text = _run_gui_and_read_the_fatal_box(qapp)
    assert code == 1
    assert box is not None
    assert "„datenbank-auf-dem-server“ ist keine Datenbankadresse" in text
    assert text in cli_stderr("cases")
