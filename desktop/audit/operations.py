"""What the data-protection officer (and an admin at login) does with the audit trail, one function per action,
each building its :class:`~desktop.core.tasks.Operation` with the standard wiring: the handlers run only while
``parent`` (the window the action was started from) is open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core.csv_export import write_csv
from desktop.core.tasks import FailureHandler, Operation, dialog_operation, while_alive
from desktop.core.workspace import Workspace
from models.operations import audit_verification
from models.operations.audit_log import AuditQuery, AuditRow, audit_records, export_audit_records
from models.operations.audit_verification import AuditVerification
from models.operations.disclosure_log import DisclosureRow, disclosure_log, export_disclosure_log


def check_audit_trail_quickly(
    workspace: Workspace,
    *,
    parent: QWidget,
    on_success: Callable[[AuditVerification], object],
    on_failure: FailureHandler,
) -> Operation[AuditVerification]:
    """The newest records of audit log and mail book, their heads and the protecting triggers. ``on_failure`` is
    called even after ``parent`` is gone (it only logs)."""
    return Operation(
        name="quick check of the audit trail",
        work=lambda: audit_verification.verify_audit_trail(workspace.db, workspace.actor, quick=True),
        on_success=while_alive(parent, on_success),
        on_failure=on_failure,
    )


def search_audit_log(
    workspace: Workspace,
    query: AuditQuery,
    *,
    parent: QWidget,
    on_success: Callable[[tuple[AuditRow, ...]], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[tuple[AuditRow, ...]]:
    """The records the query finds (the search itself is recorded in the log)."""
    return dialog_operation(
        parent,
        "read the audit log",
        lambda: audit_records(workspace.db, workspace.actor, query),
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
    )


def verify_audit_trail(
    workspace: Workspace,
    *,
    parent: QWidget,
    on_success: Callable[[AuditVerification], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[AuditVerification]:
    """The full check of audit log and outgoing-mail book for tampering."""
    return dialog_operation(
        parent,
        "verify the audit trail",
        lambda: audit_verification.verify_audit_trail(workspace.db, workspace.actor),
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
    )


def export_audit_log(
    workspace: Workspace,
    query: AuditQuery,
    path: Path,
    *,
    parent: QWidget,
    on_success: Callable[[Path], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[Path]:
    """The records the query finds, written to ``path`` as CSV."""
    return dialog_operation(
        parent,
        "export the audit log",
        lambda: write_csv(export_audit_records(workspace.db, workspace.actor, query), path),
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
    )


def read_disclosure_log(
    workspace: Workspace,
    date_from: dt.date | None,
    date_to: dt.date | None,
    *,
    parent: QWidget,
    on_success: Callable[[tuple[DisclosureRow, ...]], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[tuple[DisclosureRow, ...]]:
    """The §40 BMG log of register information answers between the days (the reading is recorded)."""
    return dialog_operation(
        parent,
        "read the disclosure log",
        lambda: disclosure_log(workspace.db, workspace.actor, date_from=date_from, date_to=date_to),
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
    )


def export_disclosures(
    workspace: Workspace,
    date_from: dt.date | None,
    date_to: dt.date | None,
    path: Path,
    *,
    parent: QWidget,
    on_success: Callable[[Path], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[Path]:
    """The answers between the days, written to ``path`` as CSV."""
    return dialog_operation(
        parent,
        "export the disclosure log",
        lambda: write_csv(
            export_disclosure_log(workspace.db, workspace.actor, date_from=date_from, date_to=date_to), path
        ),
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
    )
