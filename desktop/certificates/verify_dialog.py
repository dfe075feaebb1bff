"""*Extras → Urkunde prüfen*: does a certificate with this verification code exist, and is it still valid?

Anyone at the town hall may ask (a caller from an authority reads the code from the paper). The answer names the
kind, the register number and the day of issue, or that the certificate was revoked, unknown or the code mistyped —
nothing about the persons. The check runs on the task runner; the operation logs it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.certificates.operations import verify
from desktop.core.labels import certificate_kind_label
from desktop.core.plain_text import plain_label
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from models.errors import NotFound
from models.german_format import format_date
from models.operations.certificates import VerificationAnswer
from models.verification_code import MAX_TYPED_LENGTH


class VerifyCertificateDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.setObjectName("verifyCertificateDialog")
        self.code = QLineEdit()
        self.code.setObjectName("verificationCode")
        self.code.setMaxLength(MAX_TYPED_LENGTH)
        self.code.setPlaceholderText("K7QX-3M9P-2TBW")
        label = QLabel(self.tr("&Verification code:"))
        label.setBuddy(self.code)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.code, 1)
        self.hint = plain_label(
            self.tr(
                "The code is printed under the QR code of the certificate. The answer names the kind of certificate, "
                "its register number and the day of issue, nothing about the persons."
            ),
            object_name="verificationHint",
        )
        self.hint.setWordWrap(True)
        self.answer = plain_label(object_name="verificationAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setMinimumHeight(48)
        bold = self.answer.font()
        bold.setBold(True)
        self.answer.setFont(bold)  # the answer is what the caller waits for
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = buttons.addButton(self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setObjectName("checkCode")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.answer)
        layout.addWidget(buttons)
        self.code.returnPressed.connect(self.check)
        self.resize(560, 220)
        self.valid: bool | None = None  # the last answer: valid, not valid, or none yet

    def check(self) -> None:
        typed = self.code.text()
        if not typed.strip():
            self.code.setFocus()
            return
        self.check_button.setEnabled(False)
        self.answer.setText(self.tr("Checking …"))
        ws = self._workspace
        ws.runner.run(verify(ws, typed, parent=self, on_success=self._show_answer, on_failure=self._show_failure))

    def _show_answer(self, answer: VerificationAnswer) -> None:
        self.check_button.setEnabled(True)
        what = self.tr("{kind} {number}, issued on {day}").format(
            kind=certificate_kind_label(answer.kind), number=answer.register_number, day=format_date(answer.issued_on)
        )
        if answer.revoked_on is not None:
            text = self.tr("Revoked: {what}; replaced by a new certificate on {day}.").format(
                what=what, day=format_date(answer.revoked_on)
            )
        else:
            text = self.tr("Valid: {what}.").format(what=what)
        self.valid = answer.valid
        self.answer.setText(text)

    def _show_failure(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.valid = False
        if isinstance(error, NotFound):
            self.answer.setText(self.tr("Unknown: this registry office issued no certificate with this code."))
            return
        message = describe_error(error)
        if message is None:
            raise error
        self.answer.setText(message.text)
        self.code.setFocus()
        self.code.selectAll()
