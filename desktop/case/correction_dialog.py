"""Angaben berichtigen: the case's form data in the form of its schema, to correct with a reason.

The dialog checks the form as the intake would before it hands the data on (:attr:`CorrectionDialog.submitted`);
it stays open while the save runs and after it fails, so nothing typed is lost: a refusal of the data shows at the
fields (:meth:`retry`), anything else as a message over the dialog. The caller closes it on success.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.error_dialogs import show_error
from desktop.widgets.schema_form import SchemaForm
from models.errors import FormDataInvalid
from models.operations.form_corrections import MAX_REASON_LENGTH, CorrectableForm


class CorrectionDialog(QDialog):
    submitted = Signal(object, str)  # the corrected form data (dict), the reason

    def __init__(self, correctable: CorrectableForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.correctable = correctable
        self.setObjectName("dialog_correct_form")
        self.setWindowTitle(self.tr("Correct details – {reference}").format(reference=correctable.case.reference))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(720, 640)
        explanation = QLabel(self.tr("Correct the details of the form; the old values stay in the case history."))
        explanation.setWordWrap(True)
        self.form = SchemaForm(correctable.schema)
        self.form.set_value(correctable.data)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.reason = QLineEdit()
        self.reason.setObjectName("correctionReason")
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.reason_problem = QLabel()
        self.reason_problem.setStyleSheet("color: #b00020;")
        self.reason_problem.hide()
        reason_row = QFormLayout()
        reason_row.addRow(self.tr("Reason for the correction"), self.reason)
        reason_row.addRow("", self.reason_problem)
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("saveCorrection")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(scroll, 1)
        layout.addLayout(reason_row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        problems = self.form.validate()
        reason = " ".join(self.reason.text().split())
        self.reason_problem.setVisible(not reason)
        self.reason_problem.setText(self.tr("Please give the reason for the correction.") if not reason else "")
        if problems:
            self.status.setText(self.tr("Please correct the marked fields."))
            return
        if not reason:
            self.reason.setFocus()
            return
        value: dict[str, Any] = self.form.value()
        if value == self.correctable.data:
            self.status.setText(self.tr("Nothing was changed."))
            return
        self.status.setText(self.tr("Saving…"))
        self.save.setEnabled(False)
        self.submitted.emit(value, reason)

    def retry(self, error: Exception) -> None:
        """The save failed: the form stays as typed; refused data is shown at its fields, anything else over it."""
        self.save.setEnabled(True)
        self.status.setText("")
        if isinstance(error, FormDataInvalid):
            self.form.show_problems(error.problems)
            self.status.setText(self.tr("Please correct the marked fields."))
        else:
            show_error(self, error)

    def finish(self) -> None:
        self.accept()
