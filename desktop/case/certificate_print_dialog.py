"""Urkunden drucken: what the certificates of an order will use before a sheet of security paper is spent — the
kind and the entry, the copies, the certificate printer and the next serial with what is left — and, for a
Geburtsurkunde, the form without the parents on request (§ 59 Abs. 2 PStG); certified register printouts of the
same entry (§ 55 PStG) go with the order in the same case, letter and fee.

The dialog stays open while printing runs and after it fails (a printer that is gone prints nothing and uses no
sheet), so the officer can try again; the caller closes it on success (:meth:`CertificatePrintDialog.finish`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.labels import certificate_kind_label
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.widgets.error_dialogs import show_error
from models.operations.certificate_orders import MAX_PRINTOUTS, PrintPlan
from models.operations.certificates import IssuedKind
from models.operations.rows import CaseDetail

CONTEXT = "CertificatePrintDialog"

#: The order forms' other certificate forms: printed as the national certificate, which the officer should know.
_OTHER_FORMS = {
    "international": QT_TRANSLATE_NOOP(
        "CertificatePrintDialog", "The order asks for an international certificate (CIEC convention no. 16)."
    ),
    "eu_multilingual": QT_TRANSLATE_NOOP(
        "CertificatePrintDialog", "The order asks for a multilingual standard form (EU regulation 2016/1191)."
    ),
}


class CertificatePrintDialog(QDialog):
    submitted = Signal(bool, int)  # without the parents, register printouts

    def __init__(self, detail: CaseDetail, plan: PrintPlan, printer: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.plan = plan
        self.setObjectName("dialog_print_certificates")
        self.setWindowTitle(self.tr("Print certificates – {reference}").format(reference=detail.case.reference))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)

        what = self.tr("{kind} from entry {number}").format(
            kind=certificate_kind_label(plan.kind), number=plan.register_number
        )
        copies = str(plan.copies)
        sheet = (
            self.tr("no. {serial} ({left} sheets left at this workstation)").format(
                serial=plan.next_serial, left=plan.sheets_left
            )
            if plan.next_serial is not None
            else self.tr("none left: please load security paper first (Extras → Security paper)")
        )
        form = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, caption, value in (
            ("what", self.tr("Certificate:"), what),
            ("copies", self.tr("Copies:"), copies),
            ("printer", self.tr("Certificate printer:"), printer or self.tr("not set up")),
            ("sheet", self.tr("Next sheet:"), sheet),
        ):
            label = plain_label(value, object_name=f"printPlan_{key}")
            label.setWordWrap(True)
            self.facts[key] = label
            form.addRow(caption, label)
        self.printouts = QSpinBox()
        self.printouts.setObjectName("registerPrintouts")
        self.printouts.setRange(0, MAX_PRINTOUTS)
        self.printouts.setAccessibleName(self.tr("Certified register printouts"))
        self.printouts.valueChanged.connect(self._check_paper)
        printouts_label = QLabel(self.tr("Certified register print&outs:"))
        printouts_label.setBuddy(self.printouts)
        form.addRow(printouts_label, self.printouts)
        self.note = plain_label(
            translate(CONTEXT, _OTHER_FORMS[plan.ordered_form]) + " " + self.tr("It is printed as the national one.")
            if plan.ordered_form in _OTHER_FORMS
            else "",
            object_name="printPlanNote",
        )
        self.note.setWordWrap(True)
        self.note.setVisible(plan.ordered_form in _OTHER_FORMS)
        self.without_parents = QCheckBox(self.tr("Wit&hout the parents (§ 59 (2) PStG, on request)"))
        self.without_parents.setObjectName("withoutParents")
        self.without_parents.setVisible(plan.kind is IssuedKind.BIRTH)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.addButton(self.tr("&Print"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("printCertificates")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.status = plain_label(object_name="printStatus")
        self.status.setWordWrap(True)
        self._check_paper()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.without_parents)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.print_button.setDefault(True)
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def sheets_needed(self) -> int:
        return self.plan.copies + self.printouts.value()

    def _check_paper(self) -> None:
        enough = self.plan.sheets_left >= self.sheets_needed()
        self.print_button.setEnabled(self.plan.next_serial is not None and enough)
        short = self.plan.next_serial is not None and not enough
        self.status.setText(
            self.tr("Not enough security paper for all copies: please load a new box first.") if short else ""
        )

    def _submit(self) -> None:
        self.status.setText(self.tr("Printing…"))
        self.print_button.setEnabled(False)
        self.submitted.emit(self.without_parents.isChecked(), self.printouts.value())

    def retry(self, error: Exception) -> None:
        """Printing failed: nothing was printed, no sheet used; the reason shows over the dialog."""
        self._check_paper()
        show_error(self, error)

    def finish(self) -> None:
        self.accept()
