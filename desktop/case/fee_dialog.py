"""Gebühr festsetzen: the fee of a case whose service charges by tariff, set by the clerk within the tariff's range.

The dialog stays open while the save runs and after it fails, so the amount and the note are not lost; the caller
closes it on success (:meth:`FeeDialog.finish`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.plain_text import plain_label
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.tariff_amount import TariffAmount
from models.fees import Fee, FeeRule
from models.german_format import format_euro
from models.operations.case_fees import MAX_NOTE_LENGTH
from models.operations.rows import CaseDetail


def tariff_of(detail: CaseDetail) -> Fee:
    """The tariff of the case's service as the detail carries it."""
    low = detail.tariff_min_cents or 0
    return Fee(FeeRule.TARIFF, low, max_cents=detail.tariff_max_cents, basis=detail.tariff_basis)


class FeeDialog(QDialog):
    submitted = Signal(int, object)  # the amount in cents, the note (str or None)

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setObjectName("dialog_set_fee")
        self.setWindowTitle(self.tr("Set fee – {reference}").format(reference=detail.case.reference))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        current = (
            self.tr("The fee has been set to {amount}.").format(amount=format_euro(detail.fee_cents))
            if detail.tariff_fee_set
            else self.tr("The fee has not been set yet.")
        )
        paid = (
            self.tr(" Paid so far: {amount}.").format(amount=format_euro(detail.paid_cents))
            if detail.paid_cents
            else ""
        )
        explanation = QLabel(
            self.tr("{service}: the fee is set by tariff within its range.").format(service=detail.case.service_name)
            + " "
            + current
            + paid
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.tariff = TariffAmount()
        self.tariff.set_tariff(tariff_of(detail), detail.fee_cents)
        self.note = QLineEdit()
        self.note.setObjectName("feeNote")
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("e.g. two trees, trunk circumference 90 cm"))
        note_label = QLabel(self.tr("&Note (optional):"))
        note_label.setBuddy(self.note)
        note_row = QFormLayout()
        note_row.addRow(note_label, self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("&Set fee"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("saveFee")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.status = plain_label(object_name="feeStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.tariff)
        layout.addLayout(note_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save.setDefault(True)  # Return saves (set once the button is in the dialog, else Qt forgets it)
        self.tariff.amount.setFocus(Qt.FocusReason.OtherFocusReason)
        self.tariff.amount.selectAll()

    def _submit(self) -> None:
        self.tariff.amount.interpretText()  # what is typed counts, also before the box lost focus
        amount = self.tariff.cents()
        if self.detail.tariff_fee_set and amount == self.detail.fee_cents:
            self.status.setText(self.tr("The fee already has this amount."))
            return
        self.status.setText(self.tr("Saving…"))
        self.save.setEnabled(False)
        self.submitted.emit(amount, " ".join(self.note.text().split()) or None)

    def retry(self, error: Exception) -> None:
        """The save failed: amount and note stay as typed; the reason shows over the dialog."""
        self.save.setEnabled(True)
        self.status.setText("")
        self.tariff.amount.setFocus(Qt.FocusReason.OtherFocusReason)  # where the clerk corrects it
        show_error(self, error)

    def finish(self) -> None:
        self.accept()
