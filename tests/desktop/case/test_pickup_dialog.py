"""Abholtermin verlegen through the real main window: Ctrl+Shift+L on an approved pickup, a new day and a reason,
Return; a day that is no pickup day of the district is refused over the dialog, which keeps what was typed."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from desktop.case.pickup_dialog import MovePickupDialog
from models.case_status import CaseStatus
from models.db import Database
from models.documents import DocumentKind
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.transitions import transition_case
from printing.letter import render_letter
from tests.conftest import Staff
from tests.desktop.gui_helpers import close_all_messages, show_case, wait_for_message, wait_for_window
from tests.support.factories import new_case


def _approved_pickup(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> tuple[int, dt.date]:
    """A case shown in the window while in progress, then approved (the queue shows open cases) and shown again."""
    case = new_case(db, staff.system)
    claimed = claim_case(db, staff.clerk, case.id)
    show_case(qtbot, window, case.id)
    transition_case(
        db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=claimed.version, render_letter=render_letter
    )
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.case.status == CaseStatus.APPROVED):
        window.load_detail(case.id)
    booked = case_detail(db, staff.clerk, case.id).pickup_date
    assert booked is not None
    return case.id, booked


def _next_pickup_day(after: dt.date, weekday: int) -> dt.date:
    day = after + dt.timedelta(days=1)
    while day.isoweekday() != weekday:
        day += dt.timedelta(days=1)
    return day


def _open_by_keyboard(qtbot: QtBot, window: MainWindow) -> MovePickupDialog:
    assert window.case_actions[CaseAction.MOVE_PICKUP].isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.queue.table, Qt.Key.Key_L, ctrl_shift)
    return wait_for_window(qtbot, MovePickupDialog, "dialog_move_pickup")


def _set_day(dialog: MovePickupDialog, day: dt.date) -> None:
    dialog.date.setDate(QDate(day.year, day.month, day.day))


def test_the_pickup_is_moved_from_the_keyboard_with_a_new_letter(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case_id, booked = _approved_pickup(qtbot, db, staff, window)
    dialog = _open_by_keyboard(qtbot, window)
    qtbot.waitUntil(dialog.date.hasFocus)  # the day is where the clerk starts
    new_day = _next_pickup_day(booked + dt.timedelta(days=6), 2)  # a Tuesday a week later: Mitte picks up then
    _set_day(dialog, new_day)
    for _section in ("day", "month", "year"):  # Tab walks through the date's parts, then on to the reason
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.reason.hasFocus()
    qtbot.keyClicks(dialog.reason, "Buerger ist verreist")
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.pickup_date == new_day):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    detail = case_detail(db, staff.clerk, case_id)
    assert detail.pickup_date == new_day
    assert [d.kind for d in detail.documents] == [DocumentKind.CONFIRMATION_LETTER] * 2
    assert any(
        e.comment and e.comment.startswith(f"Abholtermin verlegt: {booked:%d.%m.%Y} → {new_day:%d.%m.%Y}")
        for e in detail.events
    )


def test_a_day_without_pickup_is_refused_over_the_dialog_which_keeps_the_reason(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case_id, booked = _approved_pickup(qtbot, db, staff, window)
    dialog = _open_by_keyboard(qtbot, window)
    wednesday = _next_pickup_day(booked, 3)
    _set_day(dialog, wednesday)
    dialog.reason.setText("Wunsch des Bürgers")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    message = wait_for_message(qtbot)
    assert "An diesem Tag wird in diesem Abfuhrbezirk nicht abgeholt" in message.text()
    close_all_messages()
    assert shiboken6.isValid(dialog)
    assert dialog.isVisible()
    assert dialog.reason.text() == "Wunsch des Bürgers"
    assert dialog.chosen_day() == wednesday
    assert case_detail(db, staff.clerk, case_id).pickup_date == booked
