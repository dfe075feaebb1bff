"""The day at the cash desk (Kasse → Tagesabschluss): this workstation's bookings of a day with the totals per
method, cancelling a receipt with a reason, printing a receipt again, saving the report as PDF or CSV, and closing
the day. A window of its own, next to the work queue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cash.operations import (
    cancel_receipt,
    close_day,
    export_day_csv,
    load_day,
    print_receipt,
    save_day_pdf,
)
from desktop.core.csv_export import ask_csv_file, ask_pdf_file
from desktop.core.plain_text import plain_label
from desktop.core.qt_dates import from_qdate, to_qdate
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.comment_dialog import CommentDialog
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.printer_choice import PrinterChoice
from desktop.widgets.record_table import record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.cash import ReceiptKind
from models.cash_records import CashDayReport, ReceiptRow
from models.german_format import format_date, format_euro, format_moment, today
from models.operations.counter_payments import MAX_REASON_LENGTH
from models.payment_methods import METHOD_NAMES
from models.permissions import Action

_CONTEXT = "CashDay"


def _kind(receipt: ReceiptRow) -> str:
    if receipt.kind is ReceiptKind.CANCELLATION:
        return translate("CashDay", "Cancellation of {number}").format(number=receipt.cancels_number)
    if receipt.cancelled_by_number:
        return translate("CashDay", "Receipt (cancelled by {number})").format(number=receipt.cancelled_by_number)
    return translate("CashDay", "Receipt")


COLUMNS: tuple[TableColumn[ReceiptRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CashDay", "Number"), lambda r: r.number),
    TableColumn(QT_TRANSLATE_NOOP("CashDay", "Time"), lambda r: format_moment(r.issued_at)[-5:]),
    TableColumn(QT_TRANSLATE_NOOP("CashDay", "Kind"), _kind),
    TableColumn(QT_TRANSLATE_NOOP("CashDay", "Paid by"), lambda r: r.payer_name),
    TableColumn(
        QT_TRANSLATE_NOOP("CashDay", "Cases"),
        lambda r: ", ".join(line.case_reference for line in r.lines),
        tooltip=lambda r: "\n".join(f"{line.case_reference} {line.service_name}" for line in r.lines),
    ),
    TableColumn(QT_TRANSLATE_NOOP("CashDay", "Method"), lambda r: METHOD_NAMES[r.method]),
    TableColumn(QT_TRANSLATE_NOOP("CashDay", "Amount"), lambda r: format_euro(r.total_cents), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("CashDay", "Clerk"), lambda r: r.clerk_name),
)


class CashDayDialog(QDialog):
    changed = Signal()  # a cancellation or the closing changed what cases show (their payments)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.report: CashDayReport | None = None
        self.file_dialog: QFileDialog | None = None
        self.cancel_dialog: CommentDialog | None = None
        self.setWindowTitle(self.tr("Cash desk – day report"))
        fit_on_screen(self, 1100, 640)
        actor = workspace.actor
        takes_payments = actor.may(Action.TAKE_PAYMENTS)

        self.day = QDateEdit(to_qdate(today()))
        self.day.setObjectName("cashDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setMaximumDate(to_qdate(today()))
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day)
        self.everywhere = QCheckBox(self.tr("&All workstations"))
        self.everywhere.setObjectName("allWorkstations")
        self.state = plain_label(object_name="cashDayState")
        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day)
        top.addWidget(self.everywhere)
        top.addWidget(self.state, 1)

        self.model: RowTableModel[ReceiptRow] = RowTableModel(_CONTEXT, COLUMNS, self)
        self.table = record_table("cashDayTable", self.model, self)
        self.totals = plain_label(object_name="cashDayTotals")
        self.totals.setWordWrap(True)
        self.printers = PrinterChoice(workspace)
        self.status = plain_label(object_name="cashDayStatus")
        self.status.setWordWrap(True)

        self.cancel_button = QPushButton(self.tr("Ca&ncel receipt…"))
        self.cancel_button.setObjectName("cancelReceipt")
        self.reprint_button = QPushButton(self.tr("&Print receipt again"))
        self.reprint_button.setObjectName("reprintReceipt")
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("saveCashDayPdf")
        self.csv_button = QPushButton(self.tr("E&xport CSV…"))
        self.csv_button.setObjectName("exportCashDayCsv")
        self.close_day_button = QPushButton(self.tr("&Close the day…"))
        self.close_day_button.setObjectName("closeCashDay")
        done = QPushButton(self.tr("Close &window"))
        done.setAutoDefault(False)
        buttons = QHBoxLayout()
        for button in (self.cancel_button, self.reprint_button, self.pdf_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_day_button)
        buttons.addWidget(done)
        for button in (self.cancel_button, self.reprint_button, self.close_day_button):
            button.setVisible(takes_payments)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.printers)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.day.dateChanged.connect(lambda _date: self.reload())
        self.everywhere.toggled.connect(lambda _checked: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.cancel_button.clicked.connect(self._ask_cancellation)
        self.reprint_button.clicked.connect(self._reprint)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.csv_button.clicked.connect(self._ask_csv)
        self.close_day_button.clicked.connect(self._ask_close)
        done.clicked.connect(self.close)
        self._update_buttons()
        self.reload()

    # -- loading ---------------------------------------------------------------------------------------------

    @property
    def chosen_day(self) -> dt.date:
        return from_qdate(self.day.date())

    def reload(self) -> None:
        ws = self._workspace
        ws.runner.run(load_day(ws, self.everywhere.isChecked(), self.chosen_day, parent=self, on_success=self._loaded))

    def _loaded(self, report: CashDayReport) -> None:
        if report.day != self.chosen_day or (report.workstation is None) != self.everywhere.isChecked():
            return  # an older request: the user chose another day meanwhile
        self.report = report
        self.model.set_rows(report.receipts)
        self.table.resizeColumnsToContents()
        station = report.workstation or self.tr("all workstations")
        if report.closing is not None:
            state = self.tr("{station}: closed on {moment} by {user}").format(
                station=station, moment=format_moment(report.closing.closed_at), user=report.closing.closed_by
            )
        else:
            state = self.tr("{station}: not closed").format(station=station)
        self.state.setText(state)
        totals = ", ".join(f"{METHOD_NAMES[method]} {format_euro(cents)}" for method, cents in report.totals.items())
        self.totals.setText(
            self.tr(
                "%n booking(s) · {totals} · cancellations: {cancellations} ({cancelled}) · total {total}",
                "",
                len(report.receipts),
            ).format(
                totals=totals,
                cancellations=report.cancellations,
                cancelled=format_euro(report.cancelled_cents),
                total=format_euro(report.total_cents),
            )
        )
        self._update_buttons()

    def selected_receipt(self) -> ReceiptRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_receipt(self, number: str) -> None:
        for row, receipt in enumerate(self.model.rows):
            if receipt.number == number:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        receipt = self.selected_receipt()
        report = self.report
        own_day = report is not None and report.workstation is not None
        open_day = own_day and report is not None and report.closing is None and report.day == today()
        cancellable = (
            receipt is not None
            and receipt.kind is ReceiptKind.PAYMENT
            and receipt.cancelled_by_number is None
            and receipt.visible
        )
        self.cancel_button.setEnabled(bool(cancellable and open_day))
        self.reprint_button.setEnabled(receipt is not None and receipt.visible)
        self.close_day_button.setEnabled(bool(own_day and report is not None and report.closing is None))
        self.pdf_button.setEnabled(report is not None)
        self.csv_button.setEnabled(report is not None)

    # -- actions ---------------------------------------------------------------------------------------------

    def _ask_cancellation(self) -> None:
        receipt = self.selected_receipt()
        if receipt is None:
            return
        dialog = CommentDialog(
            self.tr("Cancel receipt {number}").format(number=receipt.number),
            self.tr(
                "The receipt over {amount} is cancelled by a cancellation receipt with the negative amounts; the "
                "receipt itself stays in the cash book. Please give the reason:"
            ).format(amount=format_euro(receipt.total_cents)),
            self.tr("&Cancel receipt"),
            self,
            max_length=MAX_REASON_LENGTH,
        )
        dialog.setObjectName("cancelReceiptDialog")
        dialog.submitted.connect(lambda reason: self._cancel(dialog, receipt, reason))
        dialog.finished.connect(lambda _result: setattr(self, "cancel_dialog", None))
        self.cancel_dialog = dialog
        dialog.open()

    def _cancel(self, dialog: CommentDialog, receipt: ReceiptRow, reason: str) -> None:
        ws = self._workspace

        def cancelled(storno: ReceiptRow) -> None:
            dialog.finish()
            self.status.setText(
                self.tr("Receipt {number} cancelled by {storno}.").format(number=receipt.number, storno=storno.number)
            )
            self.changed.emit()
            self.reload()

        def refused(error: Exception) -> None:
            dialog.retry()  # the reason typed stays
            show_error(dialog, error)

        ws.runner.run(cancel_receipt(ws, receipt.number, reason, parent=self, on_success=cancelled, on_failure=refused))

    def _reprint(self) -> None:
        receipt, printer = self.selected_receipt(), self.printers.printer_name
        if receipt is None:
            return
        if printer is None:
            self.status.setText(self.tr("Please choose a printer."))
            return
        ws = self._workspace

        def printed(_job: str) -> None:
            self.status.setText(
                self.tr("Receipt {number} printed on {printer}.").format(number=receipt.number, printer=printer)
            )

        def failed(error: Exception) -> None:
            message = describe_error(error)
            self.status.setText(message.text if message is not None else str(error))

        ws.runner.run(print_receipt(ws, receipt, printer, parent=self, on_success=printed, on_failure=failed))

    def _file_name(self, suffix: str) -> str:
        assert self.report is not None
        station = (self.report.workstation or "alle").replace("/", "-")
        return f"Tagesabschluss {self.report.day.isoformat()} {station}.{suffix}"

    def _ask_pdf(self) -> None:
        if self.report is None:
            return
        report = self.report
        self.file_dialog = ask_pdf_file(
            self, self.tr("Save the day report"), self._file_name("pdf"), lambda path: self._save_pdf(report, path)
        )

    def _save_pdf(self, report: CashDayReport, path: Path) -> None:
        ws = self._workspace
        ws.runner.run(save_day_pdf(ws, report, path, parent=self, on_success=self._saved))

    def _ask_csv(self) -> None:
        if self.report is None:
            return
        report = self.report
        self.file_dialog = ask_csv_file(
            self, self.tr("Export the day report"), self._file_name("csv"), lambda path: self._save_csv(report, path)
        )

    def _save_csv(self, report: CashDayReport, path: Path) -> None:
        ws = self._workspace
        ws.runner.run(export_day_csv(ws, report, path, parent=self, on_success=self._saved))

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("The day report has been saved as {path}.").format(path=path))

    def _ask_close(self) -> None:
        report = self.report
        if report is None or report.workstation is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the day"),
            self.tr(
                "Close the cash day {day} of “{station}” with {total}? Afterwards it takes no more bookings at this "
                "workstation and its report stays as it is."
            ).format(day=format_date(report.day), station=report.workstation, total=format_euro(report.total_cents)),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        confirm = box.addButton(self.tr("&Close the day"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Ca&ncel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(confirm)
        box.setObjectName("confirmCloseDay")
        box.finished.connect(lambda _result: self._close_day(report.day) if box.clickedButton() is confirm else None)
        box.open()
        self.confirm_box = box

    def _close_day(self, day: dt.date) -> None:
        ws = self._workspace

        def closed(report: CashDayReport) -> None:
            self._loaded(report)
            self.status.setText(self.tr("The cash day has been closed."))

        ws.runner.run(close_day(ws, day, parent=self, on_success=closed))
