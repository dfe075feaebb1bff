"""The lock screen (Sperrbildschirm): the workstation's windows are hidden, and only the password of the member of
staff who is logged in brings them back as they were. A wrong password counts as a failed login (five in a row lock
the account for a while, as at the login). Escape does not close it; a colleague at the same desk logs out instead."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.app.operations import log_in
from desktop.core.plain_text import plain_label
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.error_dialogs import show_crash
from models.actors import Actor


class LockDialog(QDialog):
    unlocked = Signal()
    log_out_requested = Signal()
    attempt_failed = Signal(str)  # the message shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self._workspace = workspace
        self._may_close = False
        actor = workspace.actor
        self.setWindowTitle(self.tr("Amtsstube – Locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

        title = QLabel(self.tr("This workstation is locked"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        self.who = text = plain_label(
            self.tr(
                "Logged in: {name} ({user}). Your windows and what you typed in them are kept; please enter your "
                "password to go on working."
            ).format(name=actor.display_name, user=actor.username)
        )
        text.setWordWrap(True)
        text.setMinimumWidth(480)  # the dialog's width (its layout sets the minimum size)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(label, self.password)
        self.error_label = plain_label(object_name="lockError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.error_label.hide()

        buttons = QDialogButtonBox()
        self.unlock_button: QPushButton = buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.log_out_button: QPushButton = buttons.addButton(
            self.tr("&Log out / switch user"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.log_out_button.setToolTip(
            self.tr("Closes the windows of {name} (entries not saved are lost) and shows the login.").format(
                name=actor.display_name
            )
        )
        self.log_out_button.setAutoDefault(False)
        buttons.accepted.connect(self.submit)
        self.log_out_button.clicked.connect(self.log_out_requested)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # the wrapped text is never cut off
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.unlock_button.setDefault(True)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if not self.password.text():
            return
        self.password.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self._workspace.runner.run(
            log_in(
                self._workspace.db,
                self._workspace.actor.username,
                self.password.text(),
                on_success=self._checked,
                on_failure=self._failed,
            )
        )

    def _checked(self, actor: Actor) -> None:
        if actor.user_id != self._workspace.actor.user_id:  # cannot happen: the same user name was checked
            self._failed(RuntimeError("a lock was lifted for another account"))
            return
        self.password.clear()
        self._may_close = True
        self.unlocked.emit()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.password.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.password.clear()
        message = describe_error(error)
        if message is None:
            show_crash(self, error)
            return
        self.error_label.setText(message.text)
        self.error_label.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.password.setFocus()
        self.attempt_failed.emit(message.text)

    def release(self) -> None:
        """Close without the password (the user logs out: the session's windows close as well)."""
        self._may_close = True
        self.close()

    def reject(self) -> None:  # Qt's name: Escape; nothing but the password or logging out ends the lock
        if self._may_close:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt's name
        if self._may_close:
            super().closeEvent(event)
        else:
            event.ignore()
