"""A walk-in case of a service charged by tariff: the counter dialog asks for the amount (within the tariff's range)
and sets the fee with "Sofort erledigen" (charged in full) or with "Speichern" (when the clerk entered one)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app.main_window import MainWindow
from desktop.counter.dialog import CounterCaseDialog
from models.case_status import CaseStatus
from models.cases import EventKind
from models.db import Database
from models.operations.case_detail import case_detail
from tests.conftest import Staff
from tests.desktop.counter.drivers import choose_service, open_counter_dialog, type_address, type_person
from tests.support.factories import GENERIC_FEE_SERVICE


def _fill_generic_form(qtbot: QtBot, dialog: CounterCaseDialog) -> None:
    form = dialog.form
    assert form is not None
    subject, *_ = form.findChildren(QLineEdit)
    qtbot.keyClicks(subject, "Eiche im Vorgarten")


def _type_amount(qtbot: QtBot, dialog: CounterCaseDialog, typed: str) -> None:
    amount = dialog.tariff.amount
    amount.setFocus()
    qtbot.waitUntil(amount.hasFocus)
    amount.selectAll()
    qtbot.keyClicks(amount, typed)


def test_the_amount_by_tariff_is_asked_for_and_charged_when_completing_now(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    dialog = open_counter_dialog(qtbot, window)
    choose_service(qtbot, dialog, "ersatz-hundest", GENERIC_FEE_SERVICE)
    assert dialog.tariff.isHidden()  # a fixed fee: nothing to set
    dialog.service_picker.search.clear()
    dialog.service_picker.search.setFocus()
    choose_service(qtbot, dialog, "baumf", "tree_felling_permit")
    assert dialog.tariff.isVisible()
    assert dialog.tariff.caption.text().replace("&", "") == "Gebühr nach Tarif:"
    assert dialog.tariff.reference.text() == "Baumschutzsatzung, Gebührentarif Nr. 2"
    assert (dialog.tariff.amount.minimum(), dialog.tariff.amount.maximum()) == (20.0, 150.0)
    type_person(qtbot, dialog, "Linde", "Karl")
    type_address(qtbot, dialog)
    _fill_generic_form(qtbot, dialog)
    _type_amount(qtbot, dialog, "200")  # beyond the tariff: the field keeps to its range
    assert dialog.tariff.cents() <= 15000
    _type_amount(qtbot, dialog, "75")
    dialog.printers.printer.clear()  # no printer here: the papers stay in the print queue
    with qtbot.waitSignal(dialog.completed, timeout=30_000) as completed:
        qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)

    done = completed.args[0]
    assert done.receipt is not None
    assert done.receipt.total_cents == 7500
    detail = case_detail(db, staff.clerk, done.case.id)
    assert detail.case.status is CaseStatus.APPROVED
    assert detail.fee_cents == detail.paid_cents == 7500
    fee_set = [event for event in detail.events if event.kind is EventKind.FEE_SET]
    assert [event.comment for event in fee_set] == [
        "Gebühr nach Tarif (Baumschutzsatzung, Gebührentarif Nr. 2) festgesetzt: 20,00 € → 75,00 €"
    ]


def test_save_sets_the_fee_only_when_the_clerk_entered_an_amount(
    qtbot: QtBot, db: Database, staff: Staff, window: MainWindow
) -> None:
    saved = []
    for typed in ("", "42,5"):
        dialog = open_counter_dialog(qtbot, window)
        choose_service(qtbot, dialog, "baumf", "tree_felling_permit")
        type_person(qtbot, dialog, "Linde", "Karl")
        _fill_generic_form(qtbot, dialog)
        if typed:
            _type_amount(qtbot, dialog, typed)
        with qtbot.waitSignal(dialog.saved, timeout=20_000) as done:
            qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        saved.append(case_detail(db, staff.clerk, done.args[0].id))
        qtbot.waitUntil(lambda: window.counter.dialog is None or not window.counter.dialog.isVisible())
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    untouched, entered = saved
    assert (untouched.fee_cents, untouched.tariff_fee_set) == (2000, False)  # still to be set, before approval
    assert untouched.case.status is CaseStatus.RECEIVED
    assert (entered.fee_cents, entered.tariff_fee_set) == (4250, True)
    assert entered.case.assignee_username == "anna"  # setting the fee took it over
