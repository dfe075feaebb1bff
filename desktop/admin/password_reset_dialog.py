"""A new password for a member of staff who forgot theirs (Extras → Benutzer → Passwort zurücksetzen): typed twice,
checked by the password policy in the operation, whose German refusal is shown under the fields (which keep what
was typed). Setting it also lifts a lock after failed logins."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.admin import operations as user_operations
from desktop.core.plain_text import plain_label
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.error_dialogs import show_error
from models.errors import InvalidInput
from models.operations.users import UserRow


def show_refusal(window: QWidget, label: QLabel, error: Exception) -> None:
    """A refused input in ``label`` of the window (what was typed stays); anything else in a message box."""
    if isinstance(error, InvalidInput):
        message = describe_error(error)
        label.setText(message.text if message is not None else str(error))
    else:
        show_error(window, error)


class PasswordResetDialog(QDialog):
    reset = Signal(object)  # UserRow
    failed = Signal(object)  # the exception of a refused password

    def __init__(self, workspace: Workspace, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordReset")
        self.setWindowTitle(self.tr("Reset password – {user}").format(user=user.username))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self._workspace = workspace
        self._user = user

        intro = plain_label(
            self.tr(
                "New password for {name} ({user}). Please tell it to them in person; they can change it later "
                "themselves. At least 10 characters, not the user name, not a common password."
            ).format(name=user.display_name, user=user.username)
        )
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password_again = QLineEdit()
        self.password_again.setObjectName("newPasswordAgain")
        form = QFormLayout()
        for text, field in ((self.tr("New &password:"), self.password), (self.tr("&Repeat:"), self.password_again)):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.status = plain_label(object_name="resetStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #a4000f;")
        buttons = QDialogButtonBox()
        self.set_button: QPushButton = buttons.addButton(
            self.tr("&Set password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.set_button.setDefault(True)
        self.password.setFocus()

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self._failed(InvalidInput("password", "mismatch"))
            return
        self.status.clear()
        self.set_button.setEnabled(False)
        username = self._user.username
        self._workspace.runner.run(
            user_operations.account_change(
                self._workspace,
                f"reset password of {username}",
                user_operations.password_reset(username, self.password.text()),
                parent=self,
                on_success=self._done,
                on_failure=self._failed,
            )
        )

    def _done(self, row: UserRow) -> None:
        self.reset.emit(row)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.set_button.setEnabled(True)
        show_refusal(self, self.status, error)
        self.password.setFocus()
        self.failed.emit(error)
