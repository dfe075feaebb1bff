"""Taking the fee at the counter (Gebühr kassieren): the chosen case and the citizen's other open fees, cash or
girocard, one receipt printed for the citizen.

Keyboard first: the amounts are preset to what is open, Tab walks the cases, Alt+B / Alt+G choose the method,
Enter books. A refused booking keeps everything entered and says why under the form; a booked payment whose
receipt does not print stays booked (the receipt can be printed again here or from the day's report).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cash.operations import load_visit, print_receipt, take_payment
from desktop.core.plain_text import plain_label
from desktop.core.translations import translate
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.error_dialogs import show_crash
from desktop.widgets.euro_box import cents, euro_box
from desktop.widgets.printer_choice import PrinterChoice
from models.cash_records import ReceiptRow
from models.german_format import format_euro
from models.operations.counter_payments import OpenFee, PaymentLine
from models.payment_methods import PaymentMethod

ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class FeeRow:
    """One case of the visit: whether it is paid now, and how much."""

    def __init__(self, fee: OpenFee, *, chosen: bool) -> None:
        self.fee = fee
        payable = fee.open_cents > 0 and not fee.fee_to_set
        state = (
            translate("PaymentDialog", "fee by tariff not set yet")
            if fee.fee_to_set
            else translate("PaymentDialog", "open: {amount}").format(amount=format_euro(fee.open_cents))
        )
        self.check = QCheckBox(f"{fee.reference} · {fee.service_name} · {state}")
        self.check.setObjectName(f"pay_{fee.reference}")
        self.check.setChecked(chosen and payable)
        self.check.setEnabled(payable)
        self.amount = euro_box(f"amount_{fee.reference}", 0, fee.open_cents)
        self.amount.setValue(fee.open_cents / 100)
        self.amount.setEnabled(self.check.isChecked())
        self.check.toggled.connect(self.amount.setEnabled)

    @property
    def line(self) -> PaymentLine | None:
        if not self.check.isChecked() or cents(self.amount) <= 0:
            return None
        return PaymentLine(self.fee.case_id, cents(self.amount), self.fee.version)


class PaymentDialog(QDialog):
    """Emits :attr:`paid` with the receipt once the payment is booked (printed or not)."""

    paid = Signal(object)  # ReceiptRow
    receipt_printed = Signal(str)  # the print job id

    def __init__(self, workspace: Workspace, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.receipt: ReceiptRow | None = None
        self.rows: list[FeeRow] = []
        self.setWindowTitle(self.tr("Take fee"))
        self.setMinimumWidth(560)

        self.cases_box = QGroupBox(self.tr("Cases of this visit"))
        self.cases = QGridLayout(self.cases_box)
        self.loading = QLabel(self.tr("Loading the open fees…"))
        self.cases.addWidget(self.loading, 0, 0)

        method_box = QGroupBox(self.tr("Payment method"))
        self.cash = QRadioButton(self.tr("&Cash"))
        self.cash.setObjectName("methodCash")
        self.card = QRadioButton(self.tr("&girocard"))
        self.card.setObjectName("methodCard")
        self.cash.setChecked(True)
        self.methods = QButtonGroup(self)
        self.methods.addButton(self.cash)
        self.methods.addButton(self.card)
        method_row = QHBoxLayout(method_box)
        method_row.addWidget(self.cash)
        method_row.addWidget(self.card)
        method_row.addStretch(1)

        self.payer = QLineEdit()
        self.payer.setObjectName("payer")
        payer_label = QLabel(self.tr("Paid &by:"))
        payer_label.setBuddy(self.payer)
        payer_row = QHBoxLayout()
        payer_row.addWidget(payer_label)
        payer_row.addWidget(self.payer, 1)

        self.total = plain_label(object_name="paymentTotal")
        total_font = self.total.font()
        total_font.setBold(True)
        total_font.setPointSizeF(total_font.pointSizeF() * 1.2)
        self.total.setFont(total_font)

        self.print_receipt = QCheckBox(self.tr("&Print the receipt"))
        self.print_receipt.setObjectName("printReceipt")
        self.print_receipt.setChecked(True)
        self.printers = PrinterChoice(workspace)
        self.print_receipt.toggled.connect(self.printers.setEnabled)

        self.problem = plain_label(object_name="paymentProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.status = plain_label(object_name="paymentStatus")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.book_button: QPushButton = self.buttons.addButton(self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book_button.setObjectName("bookPayment")
        self.book_button.setEnabled(False)
        self.reprint_button: QPushButton = self.buttons.addButton(
            self.tr("Print &again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reprint_button.hide()
        self.close_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._book)
        self.buttons.rejected.connect(self.reject)
        self.reprint_button.clicked.connect(self._print)

        layout = QVBoxLayout(self)
        layout.addWidget(self.cases_box)
        layout.addWidget(method_box)
        layout.addLayout(payer_row)
        layout.addWidget(self.total)
        layout.addWidget(self.print_receipt)
        layout.addWidget(self.printers)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.book_button.setDefault(True)
        workspace.runner.run(load_visit(workspace, case_id, parent=self, on_success=self._loaded))

    # -- the form --------------------------------------------------------------------------------------------

    def _loaded(self, fees: tuple[OpenFee, ...]) -> None:
        self.loading.deleteLater()
        for number, fee in enumerate(fees):
            row = FeeRow(fee, chosen=number == 0)
            self.cases.addWidget(row.check, number, 0)
            self.cases.addWidget(row.amount, number, 1)
            row.check.toggled.connect(self._update_total)
            row.amount.valueChanged.connect(self._update_total)
            self.rows.append(row)
        if fees and not self.payer.text():
            self.payer.setText(fees[0].applicant_name)
        self._update_total()
        first = self.rows[0].amount if self.rows and self.rows[0].amount.isEnabled() else self.payer
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        if fees and fees[0].fee_to_set:
            self._show_problem(
                self.tr("The fee of case {reference} is set by tariff: please set it first (Ctrl+Shift+G).").format(
                    reference=fees[0].reference
                )
            )
        elif fees and fees[0].open_cents == 0:
            self._show_problem(self.tr("The fee of case {reference} is paid.").format(reference=fees[0].reference))

    def lines(self) -> list[PaymentLine]:
        return [line for row in self.rows if (line := row.line) is not None]

    def method(self) -> PaymentMethod:
        return PaymentMethod.CARD if self.card.isChecked() else PaymentMethod.CASH

    def _update_total(self) -> None:
        total = sum(line.amount_cents for line in self.lines())
        self.total.setText(self.tr("Total: {amount}").format(amount=format_euro(total)))
        self.book_button.setEnabled(self.receipt is None and total > 0)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.cases_box, self.cash, self.card, self.payer, self.book_button):
            widget.setEnabled(not busy)

    # -- booking and printing --------------------------------------------------------------------------------

    def _book(self) -> None:
        lines = self.lines()
        if not lines or self.receipt is not None:
            return
        self.problem.hide()
        self._set_busy(True)
        self.status.setText(self.tr("Booking…"))
        operation = take_payment(
            self._workspace,
            lines,
            self.method(),
            self.payer.text(),
            parent=self,
            on_success=self._booked,
            on_failure=self._refused,
        )
        self._workspace.runner.run(operation)

    def _refused(self, error: Exception) -> None:
        self._set_busy(False)
        self.status.clear()
        message = describe_error(error)
        if message is None:
            show_crash(self, error)
            return
        self._show_problem(message.text)  # everything entered stays

    def _booked(self, receipt: ReceiptRow) -> None:
        self.receipt = receipt
        self.cases_box.setEnabled(False)
        self.payer.setEnabled(False)
        self.cash.setEnabled(False)
        self.card.setEnabled(False)
        self.book_button.setEnabled(False)
        self.close_button.setText(self.tr("&Close"))
        self.status.setText(
            self.tr("Booked: receipt {number} over {amount}.").format(
                number=receipt.number, amount=format_euro(receipt.total_cents)
            )
        )
        self.paid.emit(receipt)
        if self.print_receipt.isChecked() and self.printers.printer_name:
            self._print()
        else:
            self.accept()

    def _print(self) -> None:
        receipt, printer = self.receipt, self.printers.printer_name
        if receipt is None or printer is None:
            return
        self.reprint_button.setEnabled(False)
        operation = print_receipt(
            self._workspace, receipt, printer, parent=self, on_success=self._printed, on_failure=self._not_printed
        )
        self._workspace.runner.run(operation)

    def _printed(self, job_id: str) -> None:
        self.receipt_printed.emit(job_id)
        self.accept()

    def _not_printed(self, error: Exception) -> None:
        message = describe_error(error)
        if message is None:
            show_crash(self, error)
            message_text = ""
        else:
            message_text = message.text
        assert self.receipt is not None
        self._show_problem(
            self.tr("The payment is booked, but the receipt {number} was not printed. {problem}").format(
                number=self.receipt.number, problem=message_text
            )
        )
        self.reprint_button.show()
        self.reprint_button.setEnabled(True)
        self.reprint_button.setDefault(True)
