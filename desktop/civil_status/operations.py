"""The civil-status operations the registry officer's screens start, each an
:class:`~desktop.core.tasks.Operation` for the task runner (handlers only while ``parent`` is open). Every search,
entry shown and retention list is logged by the operations themselves; roles are checked there too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.certificate_printer import certificate_output
from desktop.widgets.error_dialogs import errors_shown_on
from models.operations.certificate_reissue import reissue_certificate
from models.operations.certificates import IssuedRow, issued_certificates
from models.operations.civil_status import (
    AnnotationRow,
    CivilEntryMatch,
    CivilEntryRecord,
    EntryRow,
    NewEntry,
    RetentionRow,
    annotate_civil_entry,
    civil_entry_record,
    entries_past_retention,
    find_civil_entries,
    record_civil_entry,
)
from models.registers.civil_status.entries import AnnotationKind, RegisterKind
from printing.certificate_sheet import render_on_sheet

SEARCH_LIMIT = 50  # matches shown; more means the search is too broad


def search_entries(
    workspace: Workspace,
    family_name: str,
    given_names: str,
    event_date: dt.date | None,
    kind: RegisterKind | None,
    *,
    parent: QWidget,
    on_success: Callable[[tuple[CivilEntryMatch, ...]], object],
    on_failure: FailureHandler,
) -> Operation[tuple[CivilEntryMatch, ...]]:
    return Operation(
        name="search the civil-status registers",
        work=lambda: find_civil_entries(
            workspace.db,
            workspace.actor,
            family_name,
            given_names=given_names,
            event_date=event_date,
            kind=kind,
            limit=SEARCH_LIMIT,
        ),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


@dataclass(frozen=True)
class EntryWithCertificates:
    """A civil-status entry as it stands, and the certificates issued from it (newest first)."""

    record: CivilEntryRecord
    certificates: tuple[IssuedRow, ...]


def load_entry(
    workspace: Workspace, entry_id: int, *, parent: QWidget, on_success: Callable[[EntryWithCertificates], object]
) -> Operation[EntryWithCertificates]:
    def load() -> EntryWithCertificates:
        record = civil_entry_record(workspace.db, workspace.actor, entry_id)
        return EntryWithCertificates(record, issued_certificates(workspace.db, workspace.actor, entry_id))

    return Operation(
        name=f"civil-status entry {entry_id}",
        work=load,
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def record_entry(
    workspace: Workspace,
    entry: NewEntry,
    *,
    parent: QWidget,
    on_success: Callable[[EntryRow], object],
    on_failure: FailureHandler,
) -> Operation[EntryRow]:
    return Operation(
        name=f"record a {entry.kind.value} entry",
        work=lambda: record_civil_entry(workspace.db, workspace.actor, entry),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def annotate_entry(
    workspace: Workspace,
    entry_id: int,
    kind: AnnotationKind,
    recorded_on: dt.date,
    text: str,
    changes: Sequence[dict[str, Any]],
    *,
    parent: QWidget,
    on_success: Callable[[AnnotationRow], object],
    on_failure: FailureHandler,
) -> Operation[AnnotationRow]:
    return Operation(
        name=f"annotate civil-status entry {entry_id}",
        work=lambda: annotate_civil_entry(workspace.db, workspace.actor, entry_id, kind, recorded_on, text, changes),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def load_past_retention(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[tuple[RetentionRow, ...]], object]
) -> Operation[tuple[RetentionRow, ...]]:
    return Operation(
        name="civil-status entries past retention",
        work=lambda: entries_past_retention(workspace.db, workspace.actor),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def reissue(
    workspace: Workspace,
    code: str,
    reason: str,
    without_parents: bool,
    *,
    parent: QWidget,
    on_success: Callable[[IssuedRow], object],
    on_failure: FailureHandler,
) -> Operation[IssuedRow]:
    """Print the certificate ``code`` again on this workstation's certificate printer and revoke it."""

    def work() -> IssuedRow:
        output = certificate_output()
        return reissue_certificate(workspace.db, workspace.actor, code, output.workstation, render_on_sheet,
                                   reason=reason, without_parents=without_parents, deliver=output.deliver)  # fmt: skip

    return Operation(
        name=f"reissue certificate {code}",
        work=work,
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )
