"""The cash desk through the real main window: Ctrl+K takes the fees of a visit with a receipt printed through the
real CUPS queue, a refused booking keeps the form, the day report cancels, saves and closes."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.cash.day_dialog import CashDayDialog
from desktop.cash.payment_dialog import PaymentDialog
from desktop.widgets.comment_dialog import CommentDialog
from models.cases import PaymentMethod
from models.db import Database
from models.operations.case_detail import case_detail
from models.operations.cash_day import cash_day_report
from models.operations.counter_payments import PaymentLine, take_payment
from tests.conftest import Staff
from tests.desktop.gui_helpers import show_case
from tests.desktop.mail_helpers import choose_printer
from tests.support.cups_pdf import PRINTER, require_cups_queue, wait_for_cups_pdf
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

CITIZEN = {"family_name": "Weiß", "given_names": "Jürgen"}


def _open_payment(qtbot: QtBot, window: MainWindow) -> PaymentDialog:
    qtbot.waitUntil(window.cash.take_payment_action.isEnabled)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.cash.payment
    assert dialog is not None
    qtbot.waitUntil(lambda: len(dialog.rows) > 0)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


@pytest.mark.cups
def test_ctrl_k_takes_the_visits_fees_and_prints_one_receipt(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    require_cups_queue()
    first = new_case(db, staff.system, GENERIC_FEE_SERVICE, **CITIZEN)
    second = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="WEISS", given_names="Jürgen")
    show_case(qtbot, window, first)
    dialog = _open_payment(qtbot, window)
    assert [row.fee.case_id for row in dialog.rows] == [first.id, second.id]
    assert dialog.rows[0].check.isChecked()
    assert not dialog.rows[1].check.isChecked()
    assert dialog.payer.text() == "Dr. Jürgen Weiß"
    assert dialog.total.text() == "Summe: 5,00 €"
    dialog.rows[1].check.setFocus()
    qtbot.keyClick(dialog.rows[1].check, Qt.Key.Key_Space)  # the second case of the visit, by keyboard
    assert dialog.total.text() == "Summe: 10,00 €"
    dialog.cash.setFocus()
    qtbot.keyClick(dialog.cash, Qt.Key.Key_Right)  # the arrow key moves to girocard
    assert dialog.card.isChecked()
    choose_printer(qtbot, dialog.printers, window.workspace.runner, PRINTER)
    submitted_at = time.time()
    with qtbot.waitSignal(dialog.receipt_printed, timeout=30_000) as printed:
        qtbot.keyClick(dialog.book_button, Qt.Key.Key_Return)
    receipt = dialog.receipt
    assert receipt is not None
    assert receipt.method is PaymentMethod.CARD
    assert receipt.total_cents == 1000
    qtbot.waitUntil(lambda: window.cash.payment is None)
    assert case_detail(db, staff.clerk, first.id).paid_cents == 500
    assert case_detail(db, staff.clerk, second.id).paid_cents == 500
    written = wait_for_cups_pdf(printed.args[0], submitted_at)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(written.read_bytes())).pages)
    assert receipt.number in text
    assert first.reference in text
    assert second.reference in text
    assert "girocard" in text
    assert "10,00" in text  # cups-pdf re-encodes the font: the euro sign does not extract
    qtbot.waitUntil(lambda: not window.cash.take_payment_action.isEnabled())  # nothing open any more


def test_a_refused_booking_keeps_the_form_and_says_why(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE, **CITIZEN)
    show_case(qtbot, window, case)
    dialog = _open_payment(qtbot, window)
    dialog.print_receipt.setChecked(False)
    dialog.payer.setText("Jürgen ☺ Weiß")  # not a DIN 91379 name
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.problem.isVisible)
    assert "☺" in dialog.problem.text() or "Zeichen" in dialog.problem.text()
    assert dialog.payer.text() == "Jürgen ☺ Weiß"  # nothing typed is lost
    assert dialog.receipt is None
    assert case_detail(db, staff.clerk, case.id).paid_cents == 0
    # someone else takes the fee meanwhile: the booking is refused as beyond the open fee
    take_payment(db, staff.clerk2, [PaymentLine(case.id, 200)], PaymentMethod.CASH, workstation="Schalter 2")
    dialog.payer.setText("Jürgen Weiß")
    qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "geändert" in dialog.problem.text() or "offen" in dialog.problem.text())
    assert dialog.book_button.isEnabled()
    assert case_detail(db, staff.clerk, case.id).paid_cents == 200


def test_the_day_report_cancels_with_a_reason_saves_and_closes(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow, tmp_path: Path
) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE, **CITIZEN)
    show_case(qtbot, window, case)
    dialog = _open_payment(qtbot, window)
    dialog.print_receipt.setChecked(False)
    with qtbot.waitSignal(dialog.paid):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cash.payment is None)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    day = window.cash.day_report
    assert isinstance(day, CashDayDialog)
    qtbot.waitUntil(lambda: day.model.rowCount() == 1)
    assert "Summe" not in day.totals.text()
    assert "gesamt 5,00 €" in day.totals.text()
    day.table.selectRow(0)
    assert day.cancel_button.isEnabled()
    qtbot.mouseClick(day.cancel_button, Qt.MouseButton.LeftButton)
    reason = day.cancel_dialog
    assert isinstance(reason, CommentDialog)
    qtbot.keyClicks(reason.editor, "Falscher Betrag gebucht.")  # QtTest types ASCII only
    qtbot.mouseClick(reason.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: day.model.rowCount() == 2)
    assert "gesamt 0,00 €" in day.totals.text()
    assert case_detail(db, staff.clerk, case.id).paid_cents == 0

    day._save_pdf(day.report, tmp_path / "tag.pdf")  # the path a file dialog would hand over
    qtbot.waitUntil(lambda: (tmp_path / "tag.pdf").exists())
    assert "Falscher Betrag" not in pypdf.PdfReader(tmp_path / "tag.pdf").pages[0].extract_text()  # reasons in the CSV
    day._save_csv(day.report, tmp_path / "tag.csv")
    qtbot.waitUntil(lambda: (tmp_path / "tag.csv").exists())
    assert "Falscher Betrag gebucht." in (tmp_path / "tag.csv").read_text(encoding="utf-8-sig")

    qtbot.mouseClick(day.close_day_button, Qt.MouseButton.LeftButton)
    box = day.confirm_box
    assert isinstance(box, QMessageBox)
    box.buttons()[0].click()
    qtbot.waitUntil(lambda: "abgeschlossen am" in day.state.text())
    assert not day.close_day_button.isEnabled()
    assert not day.cancel_button.isEnabled()
    report = cash_day_report(db, staff.clerk, day.report.workstation if day.report else None)
    assert report.closing is not None
    QApplication.processEvents()
