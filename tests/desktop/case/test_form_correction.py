"""Angaben berichtigen through the real main window: the dialog keeps what was typed until the save succeeds."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from desktop.case.correction_dialog import CorrectionDialog
from models.cases import EventKind
from models.db import Database
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.form_corrections import correct_form_data, form_for_correction
from tests.conftest import Staff
from tests.desktop.gui_helpers import close_all_messages, show_case, wait_for_message, wait_for_window
from tests.support.factories import bulky_waste_form, new_case


def _open(qtbot: QtBot, window: MainWindow) -> CorrectionDialog:
    assert window.case_actions[CaseAction.CORRECT_FORM].isEnabled()
    qtbot.keyClick(
        window.queue.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    return wait_for_window(qtbot, CorrectionDialog, "dialog_correct_form")


def _line(dialog: CorrectionDialog, *path: str | int) -> QLineEdit:
    widget = dialog.form.field_widget(path)
    assert isinstance(widget, QLineEdit), path
    return widget


def _retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


def test_a_correction_typed_in_the_dialog_is_stored_and_shown_in_the_history(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "bulky_waste_pickup").id)
    show_case(qtbot, window, case)
    dialog = _open(qtbot, window)
    assert _line(dialog, "pickupAddress", "houseNumber").text() == "4a"  # prefilled with the case's data
    assert _line(dialog, "items", 0, "volumeM3").text() == "1,5"

    _retype(qtbot, _line(dialog, "items", 1, "quantity"), "99")
    _retype(qtbot, _line(dialog, "pickupAddress", "houseNumber"), "6")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.focusWidget() is _line(dialog, "items", 1, "quantity")
    assert "höchstens 50" in _line(dialog, "items", 1, "quantity").toolTip()
    _retype(qtbot, _line(dialog, "items", 1, "quantity"), "3")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # no reason yet
    assert dialog.reason.hasFocus()
    qtbot.keyClicks(dialog.reason, "Hausnummer laut Ausweis")
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.events[-1].kind == EventKind.FORM_CORRECTED):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and gone
    stored = form_for_correction(db, staff.clerk, case.id).data
    assert stored["pickupAddress"]["houseNumber"] == "6"
    assert stored["items"][1]["quantity"] == 3
    event = case_detail(db, staff.clerk, case.id).events[-1]
    assert event.comment == "Hausnummer laut Ausweis\nAbholadresse › Hausnummer: 4a → 6\nGegenstand 2 › Anzahl: 2 → 3"
    newest = window.detail_panel.history.topLevelItem(0)
    assert newest is not None
    assert newest.text(2) == "Angaben berichtigt"
    assert newest.child(0).text(2) == event.comment  # the old values, readable in the history


def test_a_failed_save_keeps_the_form_as_typed(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, "bulky_waste_pickup").id)
    show_case(qtbot, window, case)
    dialog = _open(qtbot, window)
    _retype(qtbot, _line(dialog, "pickupAddress", "city"), "Brueck")
    qtbot.keyClicks(dialog.reason, "Ort laut Ausweis")
    # meanwhile the case is corrected at another workstation
    correct_form_data(
        db, staff.clerk, case.id, bulky_waste_form(placementNote="im Hof"), "Hinweis laut Anruf", expected_version=None
    )

    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    message = wait_for_message(qtbot)

    assert "geändert" in message.text()
    close_all_messages()
    assert dialog.isVisible()
    assert _line(dialog, "pickupAddress", "city").text() == "Brueck"
    assert dialog.reason.text() == "Ort laut Ausweis"
    assert dialog.save.isEnabled()
    assert form_for_correction(db, staff.clerk, case.id).data["pickupAddress"]["city"] == "Lindenbrück"
    dialog.reject()
