"""The supervision operations the supervisor's dialogs start, each an :class:`~desktop.core.tasks.Operation` for the
task runner (handlers only while ``parent`` is open). Roles are checked by the operations themselves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import errors_shown_on
from models.operations.absences import AbsenceRow, list_absences, record_absence, remove_absence
from models.operations.reassignment import (
    ChosenCase,
    ClerkChoice,
    StaleClaim,
    assignable_clerks,
    reassign_all_of,
    reassign_cases,
    stale_claims,
)
from models.operations.rows import CaseRow

T = TypeVar("T")


def _step(
    name: str,
    work: Callable[[], T],
    parent: QWidget,
    on_success: Callable[[T], object],
    on_failure: FailureHandler | None = None,
) -> Operation[T]:
    """An operation whose handlers run only while ``parent`` is open; failures shown over it unless handled."""
    failure = while_alive(parent, on_failure) if on_failure is not None else errors_shown_on(parent)
    return Operation(name=name, work=work, on_success=while_alive(parent, on_success), on_failure=failure)


def load_clerks(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[tuple[ClerkChoice, ...]], object]
) -> Operation[tuple[ClerkChoice, ...]]:
    return _step("clerks to assign to", lambda: assignable_clerks(workspace.db, workspace.actor), parent, on_success)


def reassign(
    workspace: Workspace,
    cases: Sequence[ChosenCase] | None,
    holder: str | None,
    to: str | None,
    reason: str,
    *,
    parent: QWidget,
    on_success: Callable[[tuple[CaseRow, ...]], object],
    on_failure: FailureHandler,
) -> Operation[tuple[CaseRow, ...]]:
    """Move ``cases`` (or, with ``holder``, all of that clerk's open cases) to ``to`` (None: the pool)."""
    db, actor = workspace.db, workspace.actor

    def work() -> tuple[CaseRow, ...]:
        if holder is not None:
            return reassign_all_of(db, actor, holder, to, reason)
        return reassign_cases(db, actor, cases or (), to, reason)

    return _step("redistribute cases", work, parent, on_success, on_failure)


def load_absences(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[tuple[AbsenceRow, ...]], object]
) -> Operation[tuple[AbsenceRow, ...]]:
    return _step("absences", lambda: list_absences(workspace.db, workspace.actor), parent, on_success)


def add_absence(
    workspace: Workspace,
    username: str,
    starts_on: dt.date,
    ends_on: dt.date,
    note: str,
    *,
    parent: QWidget,
    on_success: Callable[[AbsenceRow], object],
    on_failure: FailureHandler,
) -> Operation[AbsenceRow]:
    db, actor = workspace.db, workspace.actor
    return _step("record an absence", lambda: record_absence(db, actor, username, starts_on, ends_on, note or None),
                 parent, on_success, on_failure)  # fmt: skip


def drop_absence(
    workspace: Workspace, absence_id: int, *, parent: QWidget, on_success: Callable[[None], object]
) -> Operation[None]:
    return _step("remove an absence", lambda: remove_absence(workspace.db, workspace.actor, absence_id), parent,
                 on_success)  # fmt: skip


def load_stale_claims(
    workspace: Workspace, working_days: int, *, parent: QWidget, on_success: Callable[[tuple[StaleClaim, ...]], object]
) -> Operation[tuple[StaleClaim, ...]]:
    return _step("claims left untouched", lambda: stale_claims(workspace.db, workspace.actor, working_days), parent,
                 on_success)  # fmt: skip
