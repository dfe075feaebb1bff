"""The certificates' user actions, each an :class:`~desktop.core.tasks.Operation` for the task runner (handlers
only while ``parent`` is open). The operation behind them logs each check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Operation, while_alive
from desktop.core.workspace import Workspace
from models.operations.certificates import VerificationAnswer, verify_certificate


def verify(
    workspace: Workspace,
    code: str,
    *,
    parent: QWidget,
    on_success: Callable[[VerificationAnswer], object],
    on_failure: FailureHandler,
) -> Operation[VerificationAnswer]:
    return Operation(
        name="verify a certificate",
        work=lambda: verify_certificate(workspace.db, workspace.actor, code),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )
