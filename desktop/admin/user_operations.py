"""What an admin does in the users window (Extras → Benutzer), one function per action, each building its
:class:`~desktop.core.tasks.Operation`: the work (argon2id hashing included) runs on the database worker, the
handlers only while the window (``parent``) is open. The operations check the rights themselves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import errors_shown_on
from models.actors import Actor
from models.db import Database
from models.operations import users
from models.operations.users import UserRow
from models.roles import Role


@dataclass(frozen=True)
class AccountForm:
    """What the admin typed for an account (a new one, or the changes to an existing one)."""

    username: str
    display_name: str
    email: str
    phone: str
    roles: frozenset[Role]


AccountWork = Callable[[Database, Actor], UserRow]


def account_change(
    workspace: Workspace,
    name: str,
    work: AccountWork,
    *,
    parent: QWidget,
    on_success: Callable[[UserRow], object],
    on_failure: FailureHandler,
) -> Operation[UserRow]:
    """One change of an account (``work``, one of the functions below), for the logged-in admin."""
    return Operation(
        name=name,
        work=lambda: work(workspace.db, workspace.actor),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def load_users(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[tuple[UserRow, ...]], object]
) -> Operation[tuple[UserRow, ...]]:
    """Every account, deactivated ones too."""
    return Operation(
        name="list users",
        work=lambda: users.list_users(workspace.db, workspace.actor),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def creation(form: AccountForm, password: str) -> AccountWork:
    """A new account with its first password (checked by the password policy)."""
    return lambda db, actor: users.create_user(
        db, actor, form.username, form.display_name, form.roles, password=password, email=form.email, phone=form.phone
    )


def changes(form: AccountForm) -> AccountWork:
    """Name, e-mail and phone, then the roles (the last admin keeps the role: that refusal comes last)."""

    def work(db: Database, actor: Actor) -> UserRow:
        row = users.update_user(
            db, actor, form.username, display_name=form.display_name, email=form.email, phone=form.phone
        )
        if row.roles != form.roles:
            row = users.set_user_roles(db, actor, form.username, form.roles)
        return row

    return work


def activation(username: str, *, active: bool) -> AccountWork:
    """Deactivate (never delete) or activate an account."""
    change = users.activate_user if active else users.deactivate_user
    return lambda db, actor: change(db, actor, username)


def password_reset(username: str, password: str) -> AccountWork:
    """A new password for someone who forgot theirs (it also lifts a lock)."""
    return lambda db, actor: users.reset_password(db, actor, username, password)


def unlocking(username: str) -> AccountWork:
    """Lift the lock after failed logins at once."""
    return lambda db, actor: users.unlock_user(db, actor, username)
