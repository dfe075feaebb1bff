"""The operations of the shared printing widgets: the printer list, the duplex check, printing a letter again.

Each function builds the :class:`~desktop.core.tasks.Operation` of one user action with its standard wiring: the
handlers run only while ``parent`` is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.core.tasks import FailureHandler, Lane, Operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.letter_printer import duplex_capable, printers_and_choice
from models.operations.mail_rows import PrintBatchResult
from models.operations.outgoing_mail import reprint_document
from models.print_jobs import Deliver
from printing.printer_adapter import AvailablePrinters


def list_printers(
    *, parent: QWidget, on_success: Callable[[tuple[AvailablePrinters, str | None]], object]
) -> Operation[tuple[AvailablePrinters, str | None]]:
    """The printers the system knows and the one to preselect (a network printer may be slow: network lane)."""
    return Operation(
        name="list printers",
        work=printers_and_choice,
        on_success=while_alive(parent, on_success),
        lane=Lane.NETWORK,
    )


def check_duplex(printer: str, *, parent: QWidget, on_success: Callable[[bool], object]) -> Operation[bool]:
    """Whether ``printer`` prints on both sides."""
    return Operation(
        name=f"duplex of {printer}",
        work=lambda: duplex_capable(printer),
        on_success=while_alive(parent, on_success),
        lane=Lane.NETWORK,
    )


def reprint_letter(
    workspace: Workspace,
    document_id: int,
    reason: str,
    deliver: Deliver,
    *,
    parent: QWidget,
    on_success: Callable[[PrintBatchResult], object],
    on_failure: FailureHandler,
) -> Operation[PrintBatchResult]:
    """Print a letter printed before once more, with the reason for the outgoing-mail book."""
    db, actor = workspace.db, workspace.actor
    return Operation(
        name=f"reprint document {document_id}",
        work=lambda: reprint_document(db, actor, document_id, reason, deliver),
        on_success=while_alive(parent, on_success),
        on_failure=while_alive(parent, on_failure),
    )
