"""What the user does with the outgoing mail, one function per action, each building its
:class:`~desktop.core.tasks.Operation` with the standard wiring: the handlers run only while ``parent`` (the window
the action was started from) is open, and a failure without a handler of its own is shown on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.core.csv_export import write_csv
from desktop.core.tasks import FailureHandler, Operation, dialog_operation, while_alive
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import errors_shown_on
from desktop.widgets.letter_printing import print_queued_work
from desktop.widgets.printer_choice import PrinterChoice
from models.operations import mail_book, outgoing_mail
from models.operations.documents import document_pdf
from models.operations.mail_rows import MailBookFilter, MailBookRow, PrintBatchResult, QueuedDocument
from models.operations.rows import DocumentBlob


def list_print_queue(
    workspace: Workspace,
    *,
    parent: QWidget,
    on_success: Callable[[tuple[QueuedDocument, ...]], object],
    on_done: Callable[[], object],
) -> Operation[tuple[QueuedDocument, ...]]:
    return Operation(
        name="list print queue",
        work=lambda: outgoing_mail.print_queue(workspace.db, workspace.actor),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
        on_done=while_alive(parent, on_done),
    )


def preview_queued_letter(
    workspace: Workspace, document_id: int, *, parent: QWidget, on_success: Callable[[DocumentBlob], object]
) -> Operation[DocumentBlob]:
    return Operation(
        name=f"preview document {document_id}",
        work=lambda: document_pdf(workspace.db, workspace.actor, document_id),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def print_letters(
    workspace: Workspace,
    printers: PrinterChoice,
    document_ids: list[int] | None,
    *,
    parent: QWidget,
    on_success: Callable[[PrintBatchResult], object],
    on_failure: FailureHandler,
    on_done: Callable[[], object],
) -> Operation[PrintBatchResult]:
    """Print the given letters (all queued ones with ``None``) as one job on the printer chosen in ``printers``."""
    count = len(document_ids) if document_ids is not None else "all"
    return dialog_operation(
        parent,
        f"print {count} letter(s) on {printers.printer_name}",
        print_queued_work(workspace, printers, document_ids),
        on_success=on_success,
        on_failure=on_failure,
        on_done=on_done,
    )


def read_mail_book(
    workspace: Workspace,
    book_filter: MailBookFilter,
    *,
    parent: QWidget,
    on_success: Callable[[tuple[MailBookRow, ...]], object],
) -> Operation[tuple[MailBookRow, ...]]:
    return Operation(
        name="read the outgoing-mail book",
        work=lambda: mail_book.mail_book(workspace.db, workspace.actor, book_filter),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
    )


def export_mail_book(
    workspace: Workspace,
    book_filter: MailBookFilter,
    path: Path,
    *,
    parent: QWidget,
    on_success: Callable[[Path], object],
    on_done: Callable[[], object],
) -> Operation[Path]:
    """The book as filtered, written to ``path`` as CSV."""
    return Operation(
        name="export the outgoing-mail book",
        work=lambda: write_csv(mail_book.export_mail_book(workspace.db, workspace.actor, book_filter), path),
        on_success=while_alive(parent, on_success),
        on_failure=errors_shown_on(parent),
        on_done=while_alive(parent, on_done),
    )
