"""A letter of a case in a window of its own (Vorschau), with printing.

The window follows the case on screen: when the clerk selects another case, it shows that case's newest letter, or
says that the case has none -- it never keeps showing a letter of a case that is no longer on screen. "Drucken"
prints through the same steps as the print queue and the outgoing-mail book (:mod:`desktop.widgets.letter_printing`): a
letter that waits in the print queue is printed and entered in the book; a letter printed before is printed again
with a reason.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.case.operations import print_letter
from desktop.core.labels import document_status_label
from desktop.core.plain_text import plain_label
from desktop.core.workspace import Workspace
from desktop.widgets.comment_dialog import CommentDialog
from desktop.widgets.letter_printing import ask_reprint, printed_text
from desktop.widgets.pdf_preview import PdfPreviewDialog, document_info
from desktop.widgets.printer_choice import PrinterChoice
from models.documents import DocumentStatus
from models.operations.mail_rows import PrintBatchResult
from models.operations.rows import DocumentBlob, DocumentRow
from models.permissions import Action


class DocumentPreviewDialog(PdfPreviewDialog):
    printed = Signal(object)  # PrintBatchResult
    shown = Signal(object)  # the DocumentRow now shown, or None when the window shows no letter

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(None, self.tr("Letter preview"), "", parent)
        self.setObjectName("documentPreview")
        self._workspace = workspace
        self.row: DocumentRow | None = None  # the letter shown
        self.case_id: int | None = None  # the case whose letter is (or would be) shown
        self._printing = False
        self.reason_dialog: CommentDialog | None = None

        self.printers: PrinterChoice | None = None
        self.print_button = QPushButton(self.tr("&Print"))
        self.print_button.setObjectName("printDocument")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_document)
        self.status = plain_label(object_name="previewStatus")
        if workspace.actor.may(Action.PRINT_MAIL):
            self.printers = PrinterChoice(workspace)
            self.printers.printer.currentTextChanged.connect(lambda _name: self._update_buttons())
            self.printers.loaded.connect(self._update_buttons)
            print_row = QHBoxLayout()
            print_row.addWidget(self.printers, 1)
            print_row.addSpacing(12)
            print_row.addWidget(self.print_button)
            self.main_layout.insertLayout(1, print_row)
        else:
            self.print_button.hide()
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.status)
        self._update_buttons()

    # -- what is shown -------------------------------------------------------------------------------------------

    def show_document(self, blob: DocumentBlob) -> None:
        row = blob.row
        self.row, self.case_id = row, row.case_id
        self.pane.show_pdf(blob.pdf, document_info(blob))
        self.setWindowTitle(self.tr("{title} – {reference}").format(title=row.title, reference=row.case_reference))
        self._show_status(row)
        self._update_buttons()
        self.shown.emit(row)

    def show_message(self, case_id: int, reference: str, message: str) -> None:
        """No letter: the case on screen has none (or its letter is still loading)."""
        self.row, self.case_id = None, case_id
        self.pane.clear(message)
        self.setWindowTitle(self.tr("Letter preview – {reference}").format(reference=reference))
        self.status.clear()
        self._update_buttons()
        self.shown.emit(None)

    def update_row(self, row: DocumentRow) -> None:
        """The letter shown has changed elsewhere (printed from the print queue, say)."""
        if self.row is not None and row.id == self.row.id and row != self.row:
            self.row = row
            self._show_status(row)
            self._update_buttons()

    def _show_status(self, row: DocumentRow) -> None:
        self.status.setText(self.tr("Status: {status}").format(status=document_status_label(row.status)))

    def _update_buttons(self) -> None:
        row = self.row
        again = row is not None and row.status == DocumentStatus.PRINTED
        self.print_button.setText(self.tr("Print &again…") if again else self.tr("&Print"))
        ready = self.printers is not None and self.printers.printer_name is not None
        busy = self._printing or self.reason_dialog is not None
        self.print_button.setEnabled(row is not None and ready and not busy)

    # -- printing ------------------------------------------------------------------------------------------------

    def print_document(self) -> None:
        """Print the letter shown on the chosen printer: from the print queue, or again with a reason."""
        row, printers = self.row, self.printers
        if row is None or printers is None or printers.printer_name is None or self._printing:
            return
        if row.status == DocumentStatus.PRINTED:
            self._ask_reprint(row, printers)
            return
        self._printing = True
        self._update_buttons()
        self._workspace.runner.run(
            print_letter(
                self._workspace,
                printers,
                row,
                parent=self,
                on_success=lambda result: self._printed(row, result),
                on_done=self._print_done,
            )
        )

    def _ask_reprint(self, row: DocumentRow, printers: PrinterChoice) -> None:
        if self.reason_dialog is not None:
            return
        document = (row.id, row.title, row.case_reference)
        dialog = ask_reprint(self, self._workspace, printers, document, lambda result: self._printed(row, result))
        dialog.finished.connect(lambda _result: self._forget_reason_dialog(dialog))
        self.reason_dialog = dialog
        self._update_buttons()

    def _forget_reason_dialog(self, dialog: CommentDialog) -> None:
        if self.reason_dialog is dialog:
            self.reason_dialog = None
        dialog.deleteLater()
        self._update_buttons()

    def _printed(self, row: DocumentRow, result: PrintBatchResult) -> None:
        if self.row is not None and self.row.id == row.id:
            self.row = dataclasses.replace(self.row, status=DocumentStatus.PRINTED)
        self._update_buttons()
        self.status.setText(printed_text(result))
        self.printed.emit(result)

    def _print_done(self) -> None:
        self._printing = False
        self._update_buttons()
