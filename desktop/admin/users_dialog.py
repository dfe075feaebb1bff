"""The staff accounts for admins (Extras → Benutzer): a table of every account (user name, name, roles, active,
locked) and the form of the selected one. An admin creates accounts with a first password, changes name, contact
and roles, deactivates and activates (accounts are never deleted: the history names who did what), resets a
forgotten password and lifts a lock. The operations check everything (and the rights) themselves; a refusal is
shown below the form, which keeps what was typed."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.admin import operations as user_operations
from desktop.admin.operations import AccountForm
from desktop.admin.password_reset_dialog import PasswordResetDialog, show_refusal
from desktop.core.labels import role_label, roles_label
from desktop.core.plain_text import plain_label
from desktop.core.window_size import bring_up, fit_on_screen
from desktop.core.workspace import Workspace
from models.base import utcnow
from models.errors import InvalidInput
from models.german_format import format_clock
from models.operations.users import UserRow
from models.roles import Role

USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1


class UsersDialog(QDialog):
    loaded = Signal()
    saved = Signal(object)  # UserRow, after every change that went through
    failed = Signal(object)  # the exception of a refused change

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and roles"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_on_screen(self, 1100, 620)
        self._workspace = workspace
        self._rows: dict[str, UserRow] = {}
        self._current: str | None = None  # the account the form shows; None: a new one
        self.reset_dialog: PasswordResetDialog | None = None

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Roles"), self.tr("Active"), self.tr("Locked")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._switch)

        self.username = self._field("username")
        self.display_name = self._field("displayName")
        self.email = self._field("email")
        self.phone = self._field("phone")
        self.password = self._field("password", secret=True)
        self.password_again = self._field("passwordAgain", secret=True)
        self.role_boxes = {role: QCheckBox(role_label(role)) for role in Role}
        roles_group = QGroupBox(self.tr("Roles"))
        roles_layout = QVBoxLayout(roles_group)
        for role, box in self.role_boxes.items():
            box.setObjectName(f"role_{role.value}")
            roles_layout.addWidget(box)
        self.form = QFormLayout()
        for text, field in (
            (self.tr("&User name:"), self.username),
            (self.tr("&Name:"), self.display_name),
            (self.tr("E-&mail:"), self.email),
            (self.tr("&Telephone:"), self.phone),
        ):
            self._row(text, field)
        self.form.addRow(roles_group)
        self._row(self.tr("&Password:"), self.password)
        self._row(self.tr("Repeat pass&word:"), self.password_again)
        self.password.setToolTip(self.tr("At least 10 characters; not the user name, not a common password."))

        self.new_button = self._button(self.tr("Ne&w"), "newUser", self.new_user)
        self.save_button = self._button(self.tr("&Save"), "saveUser", self.save)
        self.active_button = self._button(self.tr("&Deactivate"), "toggleActive", self.toggle_active)
        self.reset_button = self._button(self.tr("&Reset password…"), "resetPassword", self.open_reset)
        self.unlock_button = self._button(self.tr("Un&lock"), "unlockUser", self.unlock)
        self.close_button = self._button(self.tr("&Close"), "closeUsers", self.close)
        self.save_button.setDefault(True)  # Return in the form saves; Escape closes the window
        self.status = plain_label(object_name="usersStatus")
        self.status.setWordWrap(True)

        form_side = QWidget()
        side = QVBoxLayout(form_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(self.form)
        side.addStretch(1)
        for row in ((self.new_button, self.save_button), (self.active_button, self.unlock_button)):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            side.addLayout(line)
        side.addWidget(self.reset_button)
        top = QHBoxLayout()
        top.addWidget(self.table, 3)
        top.addWidget(form_side, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)
        chain: list[QWidget] = [self.table, self.username, self.display_name, self.email, self.phone]
        chain += [*self.role_boxes.values(), self.password, self.password_again, self.save_button, self.new_button]
        chain += [self.active_button, self.unlock_button, self.reset_button, self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.new_user()
        self.table.setFocus()
        self.reload()

    def _field(self, name: str, *, secret: bool = False) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _row(self, text: str, field: QLineEdit) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the table -----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._workspace.runner.run(user_operations.load_users(self._workspace, parent=self, on_success=self._loaded))

    def _loaded(self, rows: tuple[UserRow, ...]) -> None:
        self._rows = {row.username: row for row in rows}
        wanted = self._current
        now = utcnow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            locked = row.locked_until is not None and row.locked_until > now
            cells = (
                row.username,
                row.display_name,
                roles_label(row.roles),
                self.tr("yes") if row.active else self.tr("no – deactivated"),
                self.tr("until {time}").format(time=format_clock(row.locked_until)) if locked else "",  # type: ignore[arg-type]
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(USERNAME_ROLE, row.username)
                self.table.setItem(number, column, item)
        if wanted in self._rows:
            self.select_user(wanted)  # signals still blocked: the form shows the stored row, the status stays
            self._show(self._rows[wanted])
        self.table.blockSignals(False)
        self.loaded.emit()

    def select_user(self, username: str) -> None:
        for number in range(self.table.rowCount()):
            item = self.table.item(number, 0)
            if item is not None and item.data(USERNAME_ROLE) == username:
                self.table.selectRow(number)
                return

    def _switch(self) -> None:
        items = self.table.selectedItems()
        row = self._rows.get(items[0].data(USERNAME_ROLE)) if items else None
        if row is not None:
            self._show(row)
            self.status.clear()

    def _show(self, row: UserRow) -> None:
        self._current = row.username
        self.username.setText(row.username)
        self.username.setReadOnly(True)  # the user name is the login and is in the history: it stays
        self.display_name.setText(row.display_name)
        self.email.setText(row.email or "")
        self.phone.setText(row.phone or "")
        for role, box in self.role_boxes.items():
            box.setChecked(role in row.roles)
        self._show_password_rows(False)
        self._update_buttons(row)

    def _show_password_rows(self, shown: bool) -> None:
        for field in (self.password, self.password_again):
            self.form.setRowVisible(field, shown)
            field.clear()

    def _update_buttons(self, row: UserRow | None) -> None:
        for button in (self.active_button, self.reset_button, self.unlock_button):
            button.setEnabled(row is not None)
        active = row is None or row.active
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("&Activate"))
        self.active_button.setToolTip(
            self.tr(
                "Accounts are never deleted: the case history, the audit log and the outgoing-mail book name who did "
                "what. A deactivated account cannot log in; its open sessions end at their next step."
            )
            if active
            else self.tr("The account may log in again, with the roles it has.")
        )
        locked = row is not None and row.locked_until is not None and row.locked_until > utcnow()
        self.unlock_button.setEnabled(locked)

    # -- changes -------------------------------------------------------------------------------------------------

    def new_user(self) -> None:
        """An empty form for a new account."""
        self._current = None
        self.table.clearSelection()
        for field in (self.username, self.display_name, self.email, self.phone):
            field.clear()
        self.username.setReadOnly(False)
        for box in self.role_boxes.values():
            box.setChecked(False)
        self._show_password_rows(True)
        self._update_buttons(None)
        self.status.setText(self.tr("New account: user name, name, roles and a first password."))
        self.username.setFocus()

    def account_form(self) -> AccountForm:
        roles = frozenset(role for role, box in self.role_boxes.items() if box.isChecked())
        texts = (self.username, self.display_name, self.email, self.phone)
        username, name, email, phone = (field.text() for field in texts)
        return AccountForm(username.strip(), name, email, phone, roles)

    def save(self) -> None:
        form = self.account_form()
        self.status.clear()
        if self._current is not None:
            self._run(f"change user {form.username}", user_operations.changes(form))
        elif self.password.text() != self.password_again.text():
            self._failed(InvalidInput("password", "mismatch"))
        else:
            self._run(f"create user {form.username}", user_operations.creation(form, self.password.text()))

    def toggle_active(self) -> None:
        row = self._rows.get(self._current or "")
        if row is not None:
            verb = "activate" if not row.active else "deactivate"
            self._run(f"{verb} user {row.username}", user_operations.activation(row.username, active=not row.active))

    def unlock(self) -> None:
        if self._current is not None:
            self._run(f"unlock user {self._current}", user_operations.unlocking(self._current))

    def _run(self, name: str, work: user_operations.AccountWork) -> None:
        self._workspace.runner.run(
            user_operations.account_change(
                self._workspace, name, work, parent=self, on_success=self._saved, on_failure=self._failed
            )
        )

    def open_reset(self) -> PasswordResetDialog | None:
        row = self._rows.get(self._current or "")
        if row is None:
            return None
        if self.reset_dialog is not None:
            self.reset_dialog.close()
        dialog = PasswordResetDialog(self._workspace, row, self)
        dialog.reset.connect(self._password_reset)
        dialog.destroyed.connect(lambda: setattr(self, "reset_dialog", None))
        self.reset_dialog = dialog
        bring_up(dialog)
        return dialog

    def _saved(self, row: UserRow) -> None:
        self._current = row.username
        self.status.setText(self._saved_text(row))
        self.saved.emit(row)
        self.reload()

    def _password_reset(self, row: UserRow) -> None:
        self._saved(row)
        self.status.setText(
            self.tr("The password of {user} has been reset, and a lock after failed logins lifted.").format(
                user=row.username
            )
        )

    def _saved_text(self, row: UserRow) -> str:
        if not row.active:
            return self.tr("{user} is deactivated: no more logins; the account and its history stay.").format(
                user=row.username
            )
        return self.tr("{user} ({name}) has been saved: {roles}.").format(
            user=row.username, name=row.display_name, roles=roles_label(row.roles)
        )

    def _failed(self, error: Exception) -> None:
        show_refusal(self, self.status, error)
        self.failed.emit(error)
