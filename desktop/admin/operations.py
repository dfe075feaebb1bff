"""What an administrator does in the admin windows, one function per action, each building its
:class:`~desktop.core.tasks.Operation` with the standard wiring: the handlers run only while ``parent`` (the window
the action was started from) is open, and a failure without a handler of its own is shown on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Lane, Operation, dialog_operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import errors_shown_on
from models.actors import Actor
from models.db import Database
from models.documents import DocumentKind
from models.letter_templates import LetterTemplate
from models.letters import RenderedDocument
from models.operations import catalogue, letter_templates, users
from models.operations.catalogue import ServiceChange, ServiceEntry, list_services
from models.operations.letter_templates import TemplateEntry
from models.operations.town_settings import pending_bank_change
from models.operations.users import UserRow
from models.roles import Role
from models.settings import FitConnectSettings
from models.town_config import PendingBankChange
from sync import credentials as credentials_module
from sync.connection_check import ConnectionReport, check_connection
from sync.connection_settings import store_connection
from sync.credentials import Credentials
from sync.errors import CredentialsMissing

TemplateList = tuple[tuple[TemplateEntry, ...], dict[str, str], PendingBankChange | None]  # with service names


# -- the FIT-Connect connection ------------------------------------------------------------------------------------


def _stored_credentials() -> Credentials | None:
    """Runs on a worker: the stored access data, None when nothing (complete) is stored yet."""
    credentials_module.require_backend()
    try:
        return credentials_module.load()
    except CredentialsMissing:
        return None


def read_stored_credentials(
    *,
    parent: QWidget,
    on_success: Callable[[Credentials | None], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[Credentials | None]:
    """What the keyring holds (a desktop keyring may first ask to be unlocked)."""
    return dialog_operation(
        parent,
        "read FIT-Connect credentials",
        _stored_credentials,
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
    )


def try_connection(
    fitconnect: FitConnectSettings,
    credentials: Credentials,
    *,
    parent: QWidget,
    on_success: Callable[[ConnectionReport], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[ConnectionReport]:
    """Fetch a token and the destination with the values entered, without saving them (network lane)."""
    return dialog_operation(
        parent,
        "test FIT-Connect connection",
        lambda: check_connection(fitconnect, credentials),
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
        lane=Lane.NETWORK,
    )


def save_connection(
    workspace: Workspace,
    fitconnect: FitConnectSettings,
    changed: Credentials | None,
    *,
    parent: QWidget,
    on_success: Callable[[None], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[None]:
    """Settings to the file, access data to the keyring; ``changed`` None keeps what the keyring holds."""
    actor, db = workspace.actor, workspace.db
    return dialog_operation(
        parent,
        "save FIT-Connect connection",
        lambda: store_connection(db, actor, fitconnect, changed),
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
    )


# -- letter templates ----------------------------------------------------------------------------------------------


def list_letter_templates(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[TemplateList], object]
) -> Operation[TemplateList]:
    """Every template with the names of the services, and a change of the bank account that waits (previews show
    the town's account)."""

    def work() -> TemplateList:
        entries = letter_templates.list_letter_templates(workspace.db, workspace.actor)
        services = {service.key: service.name for service in list_services(workspace.db)}
        return entries, services, pending_bank_change(workspace.db)

    return Operation(
        name="list letter templates",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def save_letter_template(
    workspace: Workspace,
    template: LetterTemplate,
    *,
    parent: QWidget,
    on_success: Callable[[None], object],
    on_failure: FailureHandler,
) -> Operation[None]:
    return Operation(
        name=f"save letter template {template.kind.value}/{template.service_key}",
        work=lambda: letter_templates.save_letter_template(workspace.db, workspace.actor, template),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def reset_letter_template(
    workspace: Workspace,
    key: tuple[DocumentKind, str],
    *,
    parent: QWidget,
    on_success: Callable[[LetterTemplate | None], object],
) -> Operation[LetterTemplate | None]:
    """Delete the town's own text of ``key`` (kind, service), so the shipped one applies again."""
    return Operation(
        name=f"reset letter template {key[0].value}/{key[1]}",
        work=lambda: letter_templates.reset_letter_template(workspace.db, workspace.actor, *key),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def preview_letter_template(
    workspace: Workspace,
    template: LetterTemplate,
    *,
    parent: QWidget,
    on_success: Callable[[RenderedDocument], object],
    on_failure: FailureHandler,
) -> Operation[RenderedDocument]:
    """The template as typed, filled in with sample values."""
    return Operation(
        name=f"preview letter template {template.kind.value}/{template.service_key}",
        work=lambda: letter_templates.preview_letter_template(
            workspace.db, workspace.actor, template, workspace.render_letter
        ),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


# -- the service catalogue -----------------------------------------------------------------------------------------


def list_catalogue(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[tuple[ServiceEntry, ...]], object]
) -> Operation[tuple[ServiceEntry, ...]]:
    """Every service of the catalogue, switched-off ones too."""
    return Operation(
        name="list service catalogue",
        work=lambda: catalogue.catalogue_entries(workspace.db),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def save_service(
    workspace: Workspace,
    change: ServiceChange,
    *,
    parent: QWidget,
    on_success: Callable[[ServiceEntry], object],
    on_failure: FailureHandler,
) -> Operation[ServiceEntry]:
    """Store what the admin set for one service (checked, audited, refused if another admin changed it since)."""
    return Operation(
        name=f"update service {change.key}",
        work=lambda: catalogue.update_service(
            workspace.db,
            workspace.actor,
            change.key,
            expected_version=change.version,
            fee=change.fee,
            processing_days=change.processing_days,
            handling_role=change.handling_role,
            department=change.department,
            active=change.active,
        ),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


# -- the users window (Extras → Benutzer): the work (argon2id hashing included) runs on the database worker --


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
    """Name, e-mail, phone and roles in one transaction: a refused role change (the last admin keeps the role)
    changes nothing else either."""
    return lambda db, actor: users.update_user(
        db, actor, form.username, display_name=form.display_name, email=form.email, phone=form.phone, roles=form.roles
    )


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
