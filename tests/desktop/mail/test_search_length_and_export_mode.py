"""A search text beyond a sane length gets its own message, not "the database cannot be reached"; the mail book's CSV
export is readable by the user only (issue 9, finding 8)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from models.db import Database
from models.operations.mail_book import mail_book
from models.operations.mail_rows import MailBookFilter
from models.operations.queue import QueueFilter, list_queue
from models.operations.text_search import MAX_SEARCH_LENGTH, SearchTooLong
from tests.conftest import Staff
from tests.desktop.gui_helpers import close_all_messages, wait_for_message
from tests.desktop.mail_helpers import open_mail_book, printed_to_file, queued_fee_notices
from tests.support.factories import new_case

#: A pasted list of an e-mail (a name, then 1,500 item numbers): before the limit, 1,501 SQL conditions, which
#: SQLite refused ("expression tree is too large") and the clerk read as "the database cannot be reached".
PASTED = " ".join(["Öztürk", *(f"Pos.{n}" for n in range(1, 1501))])


def paste(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Replace the field's text by pasting, as a clerk pastes a paragraph from an e-mail (Ctrl+A, Ctrl+V)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == text


def test_the_operations_refuse_an_over_long_search_on_either_database(db: Database, staff: Staff) -> None:
    new_case(db, staff.system, family_name="Öztürk")
    with pytest.raises(SearchTooLong) as refused:
        list_queue(db, staff.clerk, QueueFilter(text=PASTED))
    assert (refused.value.length, refused.value.limit) == (len(PASTED), MAX_SEARCH_LENGTH)
    with pytest.raises(SearchTooLong):
        mail_book(db, staff.clerk, MailBookFilter(text="x" * (MAX_SEARCH_LENGTH + 1)))
    # at the limit, with as many different words as fit, the search still works on both databases
    many_words = " ".join(f"{a}{b}" for a in "abcdefghij" for b in "abcdefghij")[:MAX_SEARCH_LENGTH]
    assert len(many_words.split()) == 67
    assert list_queue(db, staff.clerk, QueueFilter(text=many_words)).total == 0
    assert list_queue(db, staff.clerk, QueueFilter(text=" ".join(["öz"] * 66))).total == 1
    assert list_queue(db, staff.clerk, QueueFilter(text=" Öztürk ".ljust(MAX_SEARCH_LENGTH + 10))).total == 1


def test_the_queue_says_the_search_text_is_too_long(qtbot: QtBot, window: MainWindow) -> None:
    paste(qtbot, window.queue.filter_bar.search, PASTED)
    box = wait_for_message(qtbot)
    assert box.windowTitle() == "Suchbegriff zu lang"
    assert f"Der Suchbegriff ist zu lang ({len(PASTED)} Zeichen, höchstens 200)" in box.text()
    assert "Datenbank" not in box.text()
    close_all_messages()
    with qtbot.waitSignal(window.queue.model.reloaded, timeout=3000):
        paste(qtbot, window.queue.filter_bar.search, "Öztürk")  # shortened: the queue searches again


def test_the_mail_book_says_the_search_text_is_too_long(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_mail_book(qtbot, window)
    paste(qtbot, dialog.filters.text, PASTED)
    box = wait_for_message(qtbot)
    assert "Der Suchbegriff ist zu lang" in box.text()
    close_all_messages()
    dialog.close()


@pytest.fixture
def umask_000() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("umask_000")
def test_the_mail_book_export_is_readable_by_the_user_only(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, tmp_path: Path
) -> None:
    printed_to_file(db, staff.clerk, queued_fee_notices(db, staff.system, ["Abel"]), tmp_path)
    target = tmp_path / "postausgang.csv"
    target.write_text("an older export, readable by all", encoding="utf-8")
    os.chmod(target, 0o666)
    dialog = open_mail_book(qtbot, window)
    today = dt.date.today()
    with qtbot.waitSignal(dialog.loaded):  # wide: the book's default period ends today in the town hall's time
        dialog.filters.set_period(today - dt.timedelta(days=7), today + dt.timedelta(days=2))
    with qtbot.waitSignal(dialog.exported):
        dialog.export_csv(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Abel" in target.read_text(encoding="utf-8-sig")
    assert QApplication.activeModalWidget() is None
    dialog.close()
