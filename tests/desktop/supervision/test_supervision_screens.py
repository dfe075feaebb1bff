"""The supervisor's Disposition menu in the real main window: cases chosen in the queue go to another clerk with the
reason in each history (Ctrl+Shift+Z); an absent clerk cannot be chosen; a case another workstation changed
meanwhile refuses the whole move with the German message and the dialog keeps what was typed; absences are recorded
and removed; claims left untouched are listed and released to the pool; a clerk has no such menu."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop.app.main_window import MainWindow
from desktop.core.workspace import Workspace
from desktop.supervision.reassign_dialog import ReassignDialog
from models.cases import Case, CaseEvent, EventKind
from models.db import Database
from models.german_format import today
from models.operations.absences import list_absences, record_absence
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.working_days import working_days_before
from tests.conftest import Staff
from tests.desktop.gui_helpers import close_all_messages, open_main_window, wait_for_message
from tests.support.factories import GENERIC_FEE_SERVICE, muster_name, new_case

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _supervisor_window(qtbot: QtBot, staff: Staff, workspace: Workspace) -> MainWindow:
    return open_main_window(qtbot, Workspace(workspace.db, staff.supervisor, workspace.runner, workspace.render_letter))


def _annas_cases(db: Database, staff: Staff, count: int) -> list[int]:
    ids = []
    for number in range(count):
        row = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name=muster_name(number))
        ids.append(claim_case(db, staff.clerk, row.id).id)
    return ids


def _choose_first_rows(qtbot: QtBot, window: MainWindow, count: int) -> None:
    table = window.queue.table
    qtbot.waitUntil(lambda: window.queue.model.rowCount() >= count)
    table.setFocus()
    table.selectRow(0)
    for _ in range(count - 1):
        qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(window.queue.chosen_rows()) == count


def _open_assign(qtbot: QtBot, window: MainWindow) -> ReassignDialog:
    window.activateWindow()
    qtbot.keyClick(window.queue.table, Qt.Key.Key_Z, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.supervision.assign_dialog is not None)
    dialog = window.supervision.assign_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.assign_button.isEnabled())  # the clerks are loaded
    return dialog


def _histories(db: Database, case_ids: list[int], kind: EventKind) -> list[str]:
    with db.read() as session:
        query = select(CaseEvent.comment).where(CaseEvent.case_id.in_(case_ids), CaseEvent.kind == kind)
        return [comment or "" for comment in session.scalars(query)]


def test_chosen_cases_go_to_another_clerk_with_the_reason(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    ids = _annas_cases(db, staff, 3)
    window = _supervisor_window(qtbot, staff, workspace)
    _choose_first_rows(qtbot, window, 2)
    chosen = [row.id for row in window.queue.chosen_rows()]
    dialog = _open_assign(qtbot, window)
    assert dialog.windowTitle() == "Vorgänge zuweisen"
    assert dialog.target.currentText() == "Anna Schmitz"  # the first clerk who is here
    dialog.target.setCurrentIndex(dialog.target.findData("ben"))
    qtbot.keyClick(dialog.assign_button, Qt.Key.Key_Space)  # no reason yet: refused in the dialog
    assert dialog.problem.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.reason, "Urlaubsvertretung")
    with qtbot.waitSignal(dialog.reassigned, timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    for case_id in ids:
        expected = "ben" if case_id in chosen else "anna"
        assert case_detail(db, staff.supervisor, case_id).case.assignee_username == expected
    assert _histories(db, chosen, EventKind.CLAIM).count("zugewiesen an Ben Yılmaz: Urlaubsvertretung") == 2
    qtbot.waitUntil(lambda: "2 Vorgänge verschoben" in window.statusBar().currentMessage())


def test_an_absent_clerk_cannot_be_chosen_and_a_changed_case_refuses_the_move(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    first, second = _annas_cases(db, staff, 2)
    record_absence(db, staff.supervisor, "ben", today(), today() + dt.timedelta(days=2), "Kur")
    window = _supervisor_window(qtbot, staff, workspace)
    _choose_first_rows(qtbot, window, 2)
    dialog = _open_assign(qtbot, window)
    index = dialog.target.findData("ben")
    assert dialog.target.itemText(index) == "Ben Yılmaz (heute abwesend)"
    model = dialog.target.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(index)
    assert item is not None
    assert not item.isEnabled()
    with db.write() as session:  # another workstation changes a chosen case meanwhile
        session.execute(update(Case).where(Case.id == second).values(version=Case.version + 1))
    dialog.target.setCurrentIndex(0)  # back to the pool
    qtbot.keyClicks(dialog.reason, "Neu verteilen")
    qtbot.keyClick(dialog.assign_button, Qt.Key.Key_Space)
    message = wait_for_message(qtbot)
    assert "geändert" in message.text()
    close_all_messages()
    assert dialog.isVisible()
    assert dialog.reason.text() == "Neu verteilen"
    for case_id in (first, second):
        assert case_detail(db, staff.supervisor, case_id).case.assignee_username == "anna"  # nothing moved


def test_absences_are_recorded_and_removed(qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace) -> None:
    window = _supervisor_window(qtbot, staff, workspace)
    window.supervision.absences_action.trigger()
    dialog = window.supervision.absences_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled())
    dialog.clerk.setCurrentIndex(dialog.clerk.findData("anna"))
    dialog.ends_on.setDate(dialog.ends_on.date().addDays(4))
    qtbot.keyClicks(dialog.note, "Fortbildung")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == 1, timeout=10_000)
    assert dialog.rows.data(dialog.rows.index(0, 0)) == "Anna Schmitz"
    assert dialog.rows.data(dialog.rows.index(0, 3)) == "Fortbildung"
    (absence,) = list_absences(db, staff.supervisor)
    assert (absence.starts_on, absence.ends_on) == (today(), today() + dt.timedelta(days=4))
    dialog.ends_on.setDate(dialog.starts_on.date().addDays(-1))  # ends before it begins
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    message = wait_for_message(qtbot)
    assert "endet vor" in message.text()
    close_all_messages()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == 0, timeout=10_000)
    assert list_absences(db, staff.supervisor) == ()


def test_claims_left_untouched_are_released_to_the_pool(
    qtbot: QtBot, db: Database, staff: Staff, workspace: Workspace
) -> None:
    old, fresh = _annas_cases(db, staff, 2)
    long_ago = dt.datetime.combine(working_days_before(today(), 9), dt.time(10), dt.UTC)
    with db.write() as session:
        session.execute(update(CaseEvent).where(CaseEvent.case_id == old).values(at=long_ago))
    window = _supervisor_window(qtbot, staff, workspace)
    window.supervision.stale_action.trigger()
    dialog = window.supervision.stale_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == 1, timeout=10_000)
    row = dialog.rows.row_at(0)
    assert row is not None
    assert row.case.id == old
    assert dialog.count.text() == "1 Übernahme liegt unberührt"
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.supervision.assign_dialog is not None)
    assign = window.supervision.assign_dialog
    assert assign is not None
    qtbot.waitUntil(lambda: assign.assign_button.isEnabled())
    assert assign.target.currentData() is None  # back to the pool, as asked
    qtbot.keyClicks(assign.reason, "Liegt seit zwei Wochen")
    with qtbot.waitSignal(assign.reassigned, timeout=10_000):
        qtbot.mouseClick(assign.assign_button, Qt.MouseButton.LeftButton)
    assert case_detail(db, staff.supervisor, old).case.assignee_username is None
    assert case_detail(db, staff.supervisor, fresh).case.assignee_username == "anna"
    qtbot.waitUntil(lambda: dialog.rows.rowCount() == 0, timeout=10_000)


def test_the_clerk_has_no_supervision_menu(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    _annas_cases(db, staff, 1)
    assert not window.supervision.menu.menuAction().isVisible()
    assert not window.supervision.assign_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_Z, CTRL_SHIFT)
    assert window.supervision.assign_dialog is None
