"""The main window's "Kasse" menu: taking the fee of the case shown (Ctrl+K) and the day's report (Ctrl+Shift+T)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.cash.day_dialog import CashDayDialog
from desktop.cash.payment_dialog import PaymentDialog
from desktop.core.window_size import bring_up
from desktop.core.workspace import Workspace
from models.cash_records import ReceiptRow
from models.german_format import format_euro
from models.operations.rows import CaseDetail
from models.permissions import Action

STATUS_MESSAGE_MS = 8000


class CashMenu(QObject):
    payments_changed = Signal(int)  # a case's payments changed (its id): the window reloads it

    def __init__(
        self, window: QMainWindow, workspace: Workspace, current_case: Callable[[], CaseDetail | None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = workspace
        self._current_case = current_case
        self.payment: PaymentDialog | None = None
        self.day_report: CashDayDialog | None = None
        actor = workspace.actor
        self.menu = window.menuBar().addMenu(self.tr("C&ash desk"))
        self.take_payment_action = self.menu.addAction(self.tr("&Take fee…"))
        self.take_payment_action.setObjectName("action_take_payment")
        self.take_payment_action.setShortcut(QKeySequence("Ctrl+K"))
        self.take_payment_action.setStatusTip(
            self.tr("Take the fee of the case shown, in cash or by girocard, and print the receipt (Ctrl+K)")
        )
        self.take_payment_action.setEnabled(False)
        self.take_payment_action.triggered.connect(self.open_payment)
        self.day_report_action = self.menu.addAction(self.tr("&Day report…"))
        self.day_report_action.setObjectName("action_cash_day")
        self.day_report_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.day_report_action.setEnabled(actor.may(Action.VIEW_CASH_BOOK))
        self.day_report_action.triggered.connect(self.open_day_report)
        for action in (self.take_payment_action, self.day_report_action):
            window.addAction(action)

    def case_shown(self, detail: CaseDetail | None) -> None:
        """Taking a fee makes sense for a case with a fee still open, for staff who take payments."""
        actor = self._workspace.actor
        open_fee = detail is not None and detail.fee_cents > detail.paid_cents
        self.take_payment_action.setEnabled(bool(open_fee and actor.may(Action.TAKE_PAYMENTS)))

    def open_payment(self) -> PaymentDialog | None:
        detail = self._current_case()
        if detail is None or self.payment is not None:
            return self.payment
        dialog = PaymentDialog(self._workspace, detail.case.id, self._window)
        dialog.paid.connect(lambda receipt: self._paid(detail.case.id, receipt))
        dialog.finished.connect(lambda _result: setattr(self, "payment", None))
        self.payment = dialog
        dialog.open()
        return dialog

    def _paid(self, case_id: int, receipt: ReceiptRow) -> None:
        self._window.statusBar().showMessage(
            self.tr("Receipt {number} over {amount} booked.").format(
                number=receipt.number, amount=format_euro(receipt.total_cents)
            ),
            STATUS_MESSAGE_MS,
        )
        self.payments_changed.emit(case_id)
        if self.day_report is not None:
            self.day_report.reload()

    def open_day_report(self) -> CashDayDialog:
        if self.day_report is None:
            dialog = CashDayDialog(self._workspace, self._window)
            detail = self._current_case
            dialog.changed.connect(lambda: self._reload_current(detail()))
            dialog.finished.connect(lambda _result: setattr(self, "day_report", None))
            self.day_report = dialog
        bring_up(self.day_report)
        return self.day_report

    def _reload_current(self, detail: CaseDetail | None) -> None:
        if detail is not None:
            self.payments_changed.emit(detail.case.id)

    def close_windows(self) -> None:
        for dialog in (self.payment, self.day_report):
            if dialog is not None:
                dialog.close()
