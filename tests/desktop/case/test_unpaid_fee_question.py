"""Approving a case whose fee is open asks once: fee notice first, or approve anyway; the choice is in the history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction
from models.case_status import CaseStatus
from models.cases import PaymentMethod
from models.db import Database
from models.documents import DocumentKind
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.counter_payments import PaymentLine, take_payment
from tests.conftest import Staff
from tests.desktop.gui_helpers import show_case
from tests.support.factories import GENERIC_FEE_SERVICE, new_case


def _approve(qtbot: QtBot, window: MainWindow) -> QMessageBox | None:
    button = window.buttons[CaseAction.APPROVE]
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return window.workflow.fee_question


def _click(box: QMessageBox, text: str) -> None:
    (button,) = [button for button in box.buttons() if button.text().replace("&", "") == text]
    button.click()


@pytest.mark.parametrize(
    ("choice", "note"),
    [("Trotzdem genehmigen", "trotzdem genehmigt"), ("Gebührenbescheid erstellen", "Gebührenbescheid erstellt")],
)
def test_the_choice_is_recorded_with_the_approval(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, choice: str, note: str
) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    show_case(qtbot, window, case.id)
    box = _approve(qtbot, window)
    assert box is not None
    assert "5,00 €" in box.text()
    with qtbot.waitSignal(window.workflow.succeeded, timeout=20_000):
        _click(box, choice)
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.case.status is CaseStatus.APPROVED
    approval = [event for event in detail.events if event.to_status is CaseStatus.APPROVED]
    assert len(approval) == 1
    assert note in (approval[0].comment or "")
    notices = [d for d in detail.documents if d.kind is DocumentKind.FEE_NOTICE]
    assert len(notices) == (1 if choice.startswith("Gebühren") else 0)


def test_a_paid_fee_approves_without_asking(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    take_payment(db, staff.clerk, [PaymentLine(case.id, 500)], PaymentMethod.CASH, workstation="Schalter 1")
    show_case(qtbot, window, case.id)
    with qtbot.waitSignal(window.workflow.succeeded, timeout=20_000):
        assert _approve(qtbot, window) is None
    assert case_detail(db, staff.clerk, case.id).case.status is CaseStatus.APPROVED


def test_cancel_keeps_the_case_as_it_was(qtbot: QtBot, db: Database, staff: Staff, window: MainWindow) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    show_case(qtbot, window, case.id)
    box = _approve(qtbot, window)
    assert box is not None
    _click(box, "Abbrechen")
    qtbot.waitUntil(lambda: window.workflow.fee_question is None)
    assert case_detail(db, staff.clerk, case.id).case.status is CaseStatus.IN_PROGRESS
