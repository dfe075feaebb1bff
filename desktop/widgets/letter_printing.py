"""Printing letters from a window (Drucken): the steps the print queue, the outgoing-mail book and the preview share.

A letter waiting in the print queue is printed with :func:`print_queued_work` (booked in the outgoing-mail book,
the printer remembered as this workstation's letter printer). A letter printed before is printed again only with a
reason (Nachdruck), asked by :func:`ask_reprint`; the reason goes into the book too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.core.translations import translate
from desktop.core.workspace import Workspace
from desktop.widgets.comment_dialog import CommentDialog
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.letter_printer import remember_letter_printer
from desktop.widgets.operations import reprint_letter
from desktop.widgets.printer_choice import PrinterChoice
from models.operations.mail_rows import PrintBatchResult
from models.operations.outgoing_mail import MAX_REASON_LENGTH, print_documents


def print_queued_work(
    workspace: Workspace, printers: PrinterChoice, document_ids: list[int] | None
) -> Callable[[], PrintBatchResult]:
    """The worker's part of printing queued letters (all visible queued ones with ``None``) on the chosen printer."""
    printer = printers.printer_name
    assert printer is not None
    deliver, db, actor = printers.deliver(), workspace.db, workspace.actor

    def work() -> PrintBatchResult:
        result = print_documents(db, actor, deliver, document_ids)
        remember_letter_printer(printer)
        return result

    return work


def printed_text(result: PrintBatchResult) -> str:
    """ "2 Schreiben (3 Seiten) auf Buergerbuero-Laser gedruckt." """
    return translate(
        "LetterPrinting", "{letters} letter(s) (%n page(s)) printed on {printer}.", None, result.pages
    ).format(letters=len(result.entries), printer=result.receipt.printer)


def ask_reprint(
    owner: QWidget,
    workspace: Workspace,
    printers: PrinterChoice,
    document: tuple[int, str, str],  # id, title, case reference
    on_printed: Callable[[PrintBatchResult], object],
) -> CommentDialog:
    """Ask why the letter is printed again; when the user confirms, it is, on the printer chosen in ``printers``.

    The dialog stays open while the letter prints and after a failure (the reason is kept for another try).
    """
    document_id, title, reference = document
    dialog = CommentDialog(
        translate("LetterPrinting", "Reprint – {title}, case {reference}").format(title=title, reference=reference),
        translate(
            "LetterPrinting",
            "Why is the letter printed again (for example: returned as undeliverable, lost in the post)? The "
            "&reason is entered in the outgoing-mail book.",
        ),
        translate("LetterPrinting", "Print &again"),
        owner,
        max_length=MAX_REASON_LENGTH,
    )
    dialog.setObjectName("reprintReason")

    def printed(result: PrintBatchResult) -> None:
        dialog.finish()
        on_printed(result)

    def failed(error: Exception) -> None:
        dialog.retry()
        show_error(dialog, error)

    def reprint(reason: str) -> None:
        if printers.printer_name is None:
            dialog.retry()
            return
        operation = reprint_letter(
            workspace, document_id, reason, printers.deliver(), parent=dialog, on_success=printed, on_failure=failed
        )
        workspace.runner.run(operation)

    dialog.submitted.connect(reprint)
    dialog.open()
    return dialog
