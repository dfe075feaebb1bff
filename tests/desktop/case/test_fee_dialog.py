"""Gebühr festsetzen through the real main window: from the keyboard to the stored fee, shown in the detail; an
approval of a tariff case without its fee opens the dialog first; a refused save keeps what was typed."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.case.actions import CaseAction, available_actions
from desktop.case.fee_dialog import FeeDialog
from models.case_status import CaseStatus
from models.cases import EventKind, PaymentMethod
from models.db import Database
from models.operations.case_detail import case_detail
from models.operations.case_fees import set_tariff_fee
from models.operations.claims import claim_case
from models.operations.payments import record_payment
from models.operations.transitions import transition_case
from tests.conftest import Staff
from tests.desktop.gui_helpers import close_all_messages, show_case, wait_for_message, wait_for_window
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

TREE = "tree_felling_permit"  # Baumschutzsatzung, Gebührentarif Nr. 2: 20–150 €


def _shortcut(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.queue.table, key, modifiers)


def _open_by_keyboard(qtbot: QtBot, window: MainWindow) -> FeeDialog:
    assert window.case_actions[CaseAction.SET_FEE].isEnabled()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _shortcut(qtbot, window, Qt.Key.Key_G, ctrl_shift)
    return wait_for_window(qtbot, FeeDialog, "dialog_set_fee")


def _type_amount(qtbot: QtBot, dialog: FeeDialog, typed: str) -> None:
    amount = dialog.tariff.amount
    dialog.activateWindow()  # back from a message over it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(amount.hasFocus)  # the amount is where the clerk starts typing
    amount.selectAll()
    qtbot.keyClicks(amount, typed)


def test_the_fee_typed_in_the_dialog_is_stored_and_shown_in_the_detail(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = new_case(db, staff.system, TREE)
    show_case(qtbot, window, case)
    assert window.detail_panel.fees.text() == "nach Tarif: 20,00 € – 150,00 € (noch festzusetzen)"
    dialog = _open_by_keyboard(qtbot, window)
    assert dialog.tariff.reference.text() == "Baumschutzsatzung, Gebührentarif Nr. 2"
    assert dialog.tariff.range.text() == "von 20,00 € bis 150,00 €"
    assert (dialog.tariff.amount.minimum(), dialog.tariff.amount.maximum()) == (20.0, 150.0)

    _type_amount(qtbot, dialog, "45,5")
    dialog.note.setText("Zwei Bäume, Stammumfang 90 cm")  # keyClicks cannot type "ä"
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.tariff_fee_set):
        qtbot.keyClick(dialog.tariff.amount, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and gone
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.fee_cents == 4550
    assert detail.case.assignee_username == "anna"  # setting the fee took the case over
    assert window.detail_panel.fees.text() == "Gebühr 45,50 € (nach Tarif, 20,00 € – 150,00 €), bezahlt 0,00 €"
    newest = window.detail_panel.history.topLevelItem(0)
    assert newest is not None
    assert newest.text(2) == "Gebühr nach Tarif festgesetzt"
    assert newest.child(0).text(2) == (
        "Gebühr nach Tarif (Baumschutzsatzung, Gebührentarif Nr. 2) festgesetzt: 20,00 € → 45,50 €\n"
        "Zwei Bäume, Stammumfang 90 cm"
    )


def test_approving_a_tariff_case_without_its_fee_opens_the_fee_dialog_first(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, TREE).id)
    record_payment(db, staff.clerk, case.id, 2000, PaymentMethod.CASH)  # the lowest amount, paid in advance
    show_case(qtbot, window, case.id)
    _shortcut(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # Genehmigen
    dialog = wait_for_window(qtbot, FeeDialog, "dialog_set_fee")
    assert window.workflow.fee_question is None  # nothing approved, nothing asked yet
    assert case_detail(db, staff.clerk, case.id).case.status is CaseStatus.IN_PROGRESS

    _type_amount(qtbot, dialog, "20")  # the lowest amount is a fee set, too
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.tariff_fee_set):
        qtbot.keyClick(dialog.tariff.amount, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.workflow.succeeded, timeout=20_000):  # paid in full: approved without asking
        _shortcut(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.case.status is CaseStatus.APPROVED
    assert [e.kind for e in detail.events].count(EventKind.FEE_SET) == 1


def test_a_refused_save_keeps_the_dialog_with_what_was_typed(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, TREE).id)
    set_tariff_fee(db, staff.clerk, case.id, 8000, expected_version=None)
    record_payment(db, staff.clerk, case.id, 6000, PaymentMethod.CARD)
    show_case(qtbot, window, case.id)
    dialog = _open_by_keyboard(qtbot, window)
    assert dialog.tariff.amount.value() == 80.0  # starts at the fee as set
    _type_amount(qtbot, dialog, "50")
    dialog.note.setText("Nur ein Baum")
    dialog.save.click()

    message = wait_for_message(qtbot)
    assert "bereits mehr als dieser Betrag bezahlt" in message.text()
    assert isinstance(message, QMessageBox)
    close_all_messages()
    assert dialog.isVisible()
    assert (dialog.tariff.amount.value(), dialog.note.text()) == (50.0, "Nur ein Baum")
    assert dialog.save.isEnabled()
    assert case_detail(db, staff.clerk, case.id).fee_cents == 8000

    _type_amount(qtbot, dialog, "60")  # exactly what was paid
    with qtbot.waitSignal(window.detail_shown, check_params_cb=lambda d: d.fee_cents == 6000):
        dialog.save.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))


def test_set_fee_is_offered_for_an_open_tariff_case_of_the_clerk_or_nobody(db: Database, staff: Staff) -> None:
    def offered(case_id: int) -> bool:
        return CaseAction.SET_FEE in available_actions(staff.clerk, case_detail(db, staff.clerk, case_id))

    free = new_case(db, staff.system, TREE)
    assert offered(free.id)
    mine = claim_case(db, staff.clerk, new_case(db, staff.system, TREE).id)
    assert offered(mine.id)
    notice = CaseAction.FEE_NOTICE
    assert notice not in available_actions(staff.clerk, case_detail(db, staff.clerk, mine.id))  # fee not set yet
    theirs = claim_case(db, staff.clerk2, new_case(db, staff.system, TREE).id)
    assert not offered(theirs.id)
    assert not offered(claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id).id)
    set_tariff_fee(db, staff.clerk, mine.id, 3000, expected_version=None)
    assert notice in available_actions(staff.clerk, case_detail(db, staff.clerk, mine.id))
    transition_case(db, staff.clerk, mine.id, CaseStatus.APPROVED, expected_version=None)
    assert not offered(mine.id)  # decided: the fee stays as set
