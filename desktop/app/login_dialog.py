"""Logging in (Anmeldung): user name and password, checked in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
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

from desktop.app.operations import log_in
from desktop.core.plain_text import plain_label
from desktop.core.tasks import TaskRunner
from desktop.messages.error_messages import describe_error
from desktop.widgets.error_dialogs import show_crash
from models.actors import Actor
from models.db import Database


class LoginDialog(QDialog):
    """Emits :attr:`logged_in` with the actor and closes; a failed attempt keeps the typed user name.

    ``demo_hint`` (a demo start only) names the demo's accounts above the fields.
    """

    logged_in = Signal(object)  # Actor
    attempt_failed = Signal(str)  # the message shown

    def __init__(
        self, db: Database, runner: TaskRunner, *, demo_hint: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._db = db
        self._runner = runner
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Amtsstube – Login"))
        self.setMinimumWidth(440)

        title = QLabel(self.tr("Amtsstube"))
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        title.setFont(title_font)
        subtitle = QLabel(self.tr("Please log in with your user name and password."))
        subtitle.setWordWrap(True)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        username_label = QLabel(self.tr("&User name:"))
        username_label.setBuddy(self.username)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(username_label, self.username)
        form.addRow(password_label, self.password)

        self.error_label = plain_label(object_name="loginError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.error_label.hide()

        self.demo_hint = plain_label(demo_hint or "", object_name="demoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setStyleSheet(
            "background: #fff4ce; color: #3b2f00; border: 1px solid #e0c96b; border-radius: 4px; padding: 6px;"
        )
        self.demo_hint.setVisible(demo_hint is not None)

        self.buttons = QDialogButtonBox()
        self.login_button: QPushButton = self.buttons.addButton(
            self.tr("&Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter always logs in: while an attempt is checked the fields are disabled and the focus passes to
        # "Cancel", which must not become the default button on the way (Enter would then quit the application).
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._log_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.demo_hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.login_button.setDefault(True)  # once the button is in the dialog, so the dialog keeps it as its default
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.login_button):
            widget.setEnabled(not busy)
        self.login_button.setText(self.tr("Checking…") if busy else self.tr("&Log in"))
        if not busy:
            self.login_button.setDefault(True)

    def _log_in(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self._show_problem(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        if not password and self.username.hasFocus():
            self.password.setFocus()  # Return after the user name goes on to the password
            return
        self._set_busy(True)
        self.error_label.hide()
        self._runner.run(log_in(self._db, username, password, on_success=self._succeeded, on_failure=self._failed))

    def _succeeded(self, actor: Actor) -> None:
        self.actor = actor
        self.password.clear()
        self.logged_in.emit(actor)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        message = describe_error(error)
        if message is None:
            show_crash(self, error)
            return
        self.password.clear()
        self._show_problem(message.text)
        self.password.setFocus()

    def _show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        # a longer message (a locked account says until when and what to do) must not be cut off
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.attempt_failed.emit(text)
