"""The certificates' user actions, each an :class:`~desktop.core.tasks.Operation` for the task runner (handlers
only while ``parent`` is open). The operation behind them logs each check."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.core.workstation import workstation_name
from desktop.widgets.error_dialogs import errors_shown_on
from models.operations.certificates import VerificationAnswer, verify_certificate
from models.operations.security_paper import PaperStock, load_paper, paper_stock, spoil_sheet


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


@dataclass(frozen=True)
class PaperAtWorkstation:
    """This workstation's name and its security paper."""

    workstation: str
    stock: PaperStock


def load_paper_stock(
    workspace: Workspace, *, parent: QWidget, on_success: Callable[[PaperAtWorkstation], object]
) -> Operation[PaperAtWorkstation]:
    def load() -> PaperAtWorkstation:
        name = workstation_name()
        return PaperAtWorkstation(name, paper_stock(workspace.db, workspace.actor, name))

    return Operation(
        name="security paper stock",
        work=load,
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def record_loaded_paper(
    workspace: Workspace,
    workstation: str,
    first: int,
    last: int,
    *,
    parent: QWidget,
    on_success: Callable[[object], object],
    on_failure: FailureHandler,
) -> Operation[object]:
    return Operation(
        name="load security paper",
        work=lambda: load_paper(workspace.db, workspace.actor, workstation, first, last),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )


def record_spoiled_sheet(
    workspace: Workspace,
    workstation: str,
    serial: int,
    reason: str,
    *,
    parent: QWidget,
    on_success: Callable[[object], object],
    on_failure: FailureHandler,
) -> Operation[object]:
    return Operation(
        name="log a spoiled sheet",
        work=lambda: spoil_sheet(workspace.db, workspace.actor, workstation, serial, reason),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )
