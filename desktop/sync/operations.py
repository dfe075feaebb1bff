"""The synchronisation's operations, one function per action, each building its
:class:`~desktop.core.tasks.Operation`: a sync pass (driven by :mod:`desktop.sync.controller`) and the list of
rejected and held-back applications (its handlers run only while ``parent`` is open, a failure shows on it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Lane, Operation, Progress, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import errors_shown_on
from models.operations.intake_book import HeldSubmission, IntakeRecord, held_submissions, rejected_submissions
from sync.sync_pass import SyncSummary

if TYPE_CHECKING:
    from desktop.sync.controller import Trigger  # the controller builds its passes here

IntakeLists = tuple[tuple[IntakeRecord, ...], tuple[HeldSubmission, ...]]


def sync_pass(
    trigger: Trigger,
    run_pass: Callable[[], SyncSummary],
    *,
    on_success: Callable[[SyncSummary], object],
    on_failure: FailureHandler,
    on_progress: Callable[[Progress], object],
    on_done: Callable[[], object],
) -> Operation[SyncSummary]:
    """One pass with FIT-Connect on the network lane; ``run_pass`` is the controller's (it keeps the runner)."""
    return Operation(
        name=f"sync pass ({trigger.value})",
        work=run_pass,
        on_success=on_success,
        on_failure=on_failure,
        on_progress=on_progress,
        on_done=on_done,
        lane=Lane.NETWORK,
    )


def list_rejected_submissions(
    workspace: Workspace,
    *,
    parent: QWidget,
    on_success: Callable[[IntakeLists], object],
    on_done: Callable[[], object],
) -> Operation[IntakeLists]:
    """The applications intake rejected, and those it keeps aside after a technical error."""
    return Operation(
        name="list rejected submissions",
        work=lambda: (
            rejected_submissions(workspace.db, workspace.actor),
            held_submissions(workspace.db, workspace.actor),
        ),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
        on_done=while_alive(parent, on_done),
    )
