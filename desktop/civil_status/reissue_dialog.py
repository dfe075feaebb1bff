"""Neu ausstellen: a certificate of the entry printed again from the entry as it stands — after a correction, or
for one lost or spoilt — on the next sheet of this workstation's security paper; the one it replaces is revoked
(``verify`` then answers "revoked"). The reason is required and goes into the audit log.

Like recording, the dialog stays open after a refusal (a printer that is gone, no paper, no reason) with what was
typed; on success the entry's view lists the new certificate and the old one as revoked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.civil_status.operations import reissue
from desktop.core.labels import certificate_kind_label
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import show_error
from models.german_format import format_date
from models.operations.certificate_reissue import MAX_REASON_LENGTH
from models.operations.certificates import IssuedKind, IssuedRow

CONTEXT = "ReissueDialog"
PROBLEM_STYLE = "color: #a4000f; font-weight: bold;"

#: The usual reasons, offered in the reason box (the officer may write another).
REASONS = (
    QT_TRANSLATE_NOOP("ReissueDialog", "Correction of the entry"),
    QT_TRANSLATE_NOOP("ReissueDialog", "Certificate lost by its holder"),
    QT_TRANSLATE_NOOP("ReissueDialog", "Certificate damaged"),
)


class ReissueDialog(QDialog):
    reissued = Signal(object)  # the IssuedRow of the new certificate

    def __init__(self, workspace: Workspace, certificate: IssuedRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.certificate = certificate
        self.setObjectName("civilReissueDialog")
        self.setWindowTitle(self.tr("Reissue certificate {code}").format(code=certificate.verification_code))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(540)

        what = self.tr("{kind} {number}, issued on {day}, sheet {sheet}").format(
            kind=certificate_kind_label(certificate.kind),
            number=certificate.register_number,
            day=format_date(certificate.issued_on),
            sheet=certificate.sheet_serial,
        )
        explanation = plain_label(
            self.tr(
                "The certificate is printed again from the entry as it stands, on the next sheet of this "
                "workstation's security paper. The certificate it replaces is revoked: checking its code then "
                "answers that it is no longer valid."
            ),
            object_name="reissueExplanation",
        )
        explanation.setWordWrap(True)
        explanation.setMinimumWidth(500)
        explanation.setMinimumHeight(explanation.heightForWidth(500))  # shown whole: Qt's layout underestimates it
        self.reason = QComboBox()
        self.reason.setObjectName("reissueReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = QLineEdit()
        self.reason.setLineEdit(line)
        self.reason.addItem("")
        for reason in REASONS:
            self.reason.addItem(translate(CONTEXT, reason))
        line.setMaxLength(MAX_REASON_LENGTH)
        line.setPlaceholderText(self.tr("Why the certificate is printed again"))
        self.without_parents = QCheckBox(self.tr("Wit&hout the parents (§ 59 (2) PStG, on request)"))
        self.without_parents.setObjectName("reissueWithoutParents")
        self.without_parents.setVisible(certificate.kind is IssuedKind.BIRTH)
        form = QFormLayout()
        form.addRow(self.tr("Certificate:"), plain_label(what, object_name="reissueWhat"))
        form.addRow(self.tr("&Reason:"), self.reason)

        self.problem = plain_label(object_name="reissueProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.addButton(self.tr("&Print again"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("reissuePrint")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.without_parents)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # the wrapped explanation shown whole
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        reason = self.reason.currentText().strip()
        if not reason:
            self.problem.setText(self.tr("Please give the reason for printing the certificate again."))
            self.problem.show()
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.problem.hide()
        self.print_button.setEnabled(False)
        ws = self._workspace
        ws.runner.run(
            reissue(
                ws,
                self.certificate.verification_code,
                reason,
                self.without_parents.isChecked(),
                parent=self,
                on_success=self._reissued,
                on_failure=self._refused,
            )
        )

    def _reissued(self, row: IssuedRow) -> None:
        self.reissued.emit(row)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.print_button.setEnabled(True)
        show_error(self, error)
