"""A likely duplicate in the clerk's window: the case shows the link to the first case; Ctrl+Shift+Y confirms it,
and the first case's approval then decides it too; Ctrl+Shift+X unlinks another, which stays to be worked on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from models.case_status import CaseStatus
from models.cases import DuplicateState
from models.db import Database
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.transitions import UnpaidFee, transition_case
from printing.letter import render_letter
from tests.conftest import Staff
from tests.desktop.gui_helpers import show_case
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, CTRL_SHIFT)


def test_the_clerk_confirms_one_duplicate_and_unlinks_another(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    first, second, third = (new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Doppel").id for _ in range(3))
    claim_case(db, staff.clerk, first)
    first_reference = case_detail(db, staff.clerk, first).case.reference

    show_case(qtbot, window, second)
    panel = window.detail_panel
    assert panel.duplicate.isVisibleTo(panel)
    assert f"Mögliche Doppelung von Vorgang {first_reference}" in panel.duplicate.text()
    assert window.case_actions[CaseAction.CONFIRM_DUPLICATE].isEnabled()
    with qtbot.waitSignal(window.workflow.succeeded, timeout=10_000):
        _press(qtbot, window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: "wird mit jenem entschieden" in panel.duplicate.text(), timeout=10_000)
    assert not window.case_actions[CaseAction.CONFIRM_DUPLICATE].isEnabled()
    assert case_detail(db, staff.clerk, second).duplicate_state is DuplicateState.CONFIRMED

    show_case(qtbot, window, third)
    with qtbot.waitSignal(window.workflow.succeeded, timeout=10_000):
        _press(qtbot, window, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: not panel.duplicate.isVisibleTo(panel), timeout=10_000)

    show_case(qtbot, window, first)
    assert "Verknüpfte Doppelungen" in panel.duplicate.text()
    transition_case(db, staff.clerk, first, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter,
                    unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip
    assert case_detail(db, staff.clerk, second).case.status is CaseStatus.APPROVED
    assert case_detail(db, staff.clerk, third).case.status is CaseStatus.RECEIVED
