"""Driving the counter dialog from the keyboard, as a clerk would (open it, pick a service, type the citizen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.counter.dialog import CounterCaseDialog


def open_counter_dialog(qtbot: QtBot, window: MainWindow) -> CounterCaseDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.counter.dialog is not None)
    dialog = window.counter.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.service_picker.index.find("a")) > 0)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def choose_service(qtbot: QtBot, dialog: CounterCaseDialog, typed: str, expected_key: str) -> None:
    qtbot.keyClicks(dialog.service_picker.search, typed)
    qtbot.keyClick(dialog.service_picker.search, Qt.Key.Key_Down)
    assert dialog.service_picker.list.hasFocus()
    current = dialog.service_picker.list.currentItem()
    assert current is not None
    qtbot.keyClick(dialog.service_picker.list, Qt.Key.Key_Return)
    assert dialog.service is not None
    assert dialog.service.key == expected_key
    assert dialog.person_picker.search.hasFocus()  # on to the citizen
    assert dialog.file_dialog is None  # Return pressed no button


def type_person(qtbot: QtBot, dialog: CounterCaseDialog, family: str, given: str) -> None:
    qtbot.keyClicks(dialog.person.edits["family_name"], family)
    qtbot.keyClicks(dialog.person.edits["given_names"], given)
    qtbot.keyClicks(dialog.person.edits["date_of_birth"], "24.12.1980")


def type_address(qtbot: QtBot, dialog: CounterCaseDialog) -> None:
    """The citizen's address, which the confirmation of "Sofort erledigen" is written to."""
    for field, text in (("street", "Lindenweg"), ("house_number", "3"), ("postcode", "59065"), ("city", "Hamm")):
        qtbot.keyClicks(dialog.person.edits[field], text)
