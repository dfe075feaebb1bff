"""The outgoing-mail book (Postausgangsbuch): what was printed and posted, when, for whom, by whom, on which printer.

Filtered in SQL by the operation (every reading is audit-logged: the book holds names and addresses); exported as
CSV for the post office's invoice check; a letter printed again (Nachdruck) needs a reason, which goes into the
book too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.csv_export import ask_csv_file
from desktop.core.labels import actor_label, postage_label
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.mail.mail_book_filter_bar import MailBookFilterBar
from desktop.mail.operations import export_mail_book, read_mail_book
from desktop.widgets.comment_dialog import CommentDialog
from desktop.widgets.letter_printing import ask_reprint
from desktop.widgets.printer_choice import PrinterChoice
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_moment
from models.operations.mail_rows import MailBookFilter, MailBookRow, PrintBatchResult
from models.permissions import Action

_CONTEXT = "MailBook"

COLUMNS: tuple[TableColumn[MailBookRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("MailBook", "Date"), lambda r: format_moment(r.printed_at)),
    TableColumn(
        QT_TRANSLATE_NOOP("MailBook", "Recipient"), lambda r: r.recipient_line, tooltip=lambda r: "\n".join(r.recipient)
    ),
    TableColumn(QT_TRANSLATE_NOOP("MailBook", "Document"), lambda r: r.document_title),
    TableColumn(QT_TRANSLATE_NOOP("MailBook", "Case"), lambda r: r.case_reference),
    TableColumn(QT_TRANSLATE_NOOP("MailBook", "Pages"), lambda r: str(r.pages), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("MailBook", "Postage"), lambda r: postage_label(r.postage_class)),
    TableColumn(QT_TRANSLATE_NOOP("MailBook", "Printed by"), lambda r: actor_label(r.printed_by_name)),
    TableColumn(
        QT_TRANSLATE_NOOP("MailBook", "Printer"),
        lambda r: r.printer,
        tooltip=lambda r: f"{r.printer} ({r.job_id})" if r.job_id else r.printer,
    ),
    TableColumn(QT_TRANSLATE_NOOP("MailBook", "Reprint reason"), lambda r: r.reprint_reason or ""),
)
RECIPIENT_COLUMN, TITLE_COLUMN, PRINTER_COLUMN, REASON_COLUMN = 1, 2, 7, 8


class MailBookDialog(QDialog):
    """A window of its own (not modal)."""

    loaded = Signal()
    exported = Signal(object)  # the Path written
    reprinted = Signal(object)  # PrintBatchResult

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailBook")
        self.setWindowTitle(self.tr("Outgoing-mail book"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_on_screen(self, 1360, 680)
        self._workspace = workspace
        self._request = 0
        self.reason_dialog: CommentDialog | None = None
        self.file_dialog: QFileDialog | None = None

        self.filters = MailBookFilterBar()
        self.model: RowTableModel[MailBookRow] = RowTableModel(_CONTEXT, COLUMNS, self)
        self.table = record_table("mailBookTable", self.model)
        # A printer may be named "PDF-Datei /a/long/path" (amtsstube print-batch --pdf): it shares the width too.
        self.columns = SharedColumns(
            self.table, {RECIPIENT_COLUMN: 4, TITLE_COLUMN: 3, PRINTER_COLUMN: 2, REASON_COLUMN: 2}
        )
        self.count = plain_label(object_name="bookCount")
        self.status = plain_label(object_name="bookStatus")  # names the file or the printer
        self.export_button = QPushButton(self.tr("&Export as CSV…"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.clicked.connect(lambda: self.export_csv())

        may_print = workspace.actor.may(Action.PRINT_MAIL)
        self.printers: PrinterChoice | None = PrinterChoice(workspace) if may_print else None
        self.reprint_button = QPushButton(self.tr("&Reprint…"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.setVisible(may_print)
        self.reprint_button.clicked.connect(lambda: self.ask_reprint())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        actions = QHBoxLayout()
        if self.printers is not None:
            actions.addWidget(self.printers, 1)
            actions.addWidget(self.reprint_button)
        else:
            actions.addStretch(1)
        actions.addSpacing(12)
        actions.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.filters.filter_changed.connect(self.load)
        self._update_buttons()
        self.filters.text.setFocus()
        self.load(self.filters.current())

    # -- the list ------------------------------------------------------------------------------------------------

    def load(self, book_filter: MailBookFilter) -> None:
        self._request += 1
        request, ws = self._request, self._workspace
        ws.runner.run(read_mail_book(ws, book_filter, parent=self, on_success=lambda rows: self._loaded(request, rows)))

    def reload(self) -> None:
        self.load(self.filters.current())

    def _loaded(self, request: int, rows: tuple[MailBookRow, ...]) -> None:
        if request != self._request:
            return  # the filter has changed since
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n entry(s)", "", len(rows)))
        if rows:
            self.table.selectRow(0)
        self._update_buttons()
        self.loaded.emit()

    def current_row(self) -> MailBookRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        self.reprint_button.setEnabled(self.current_row() is not None and self.reason_dialog is None)
        self.export_button.setEnabled(True)

    # -- export --------------------------------------------------------------------------------------------------

    def export_csv(self, path: Path | None = None) -> None:
        """Write the book as filtered to ``path``; without one, the user chooses the file first."""
        if path is not None:
            self._export_to(path)
            return
        dialog = ask_csv_file(
            self, self.tr("Export the outgoing-mail book"), self.tr("Postausgangsbuch.csv"), self._export_to
        )
        dialog.finished.connect(lambda _result: setattr(self, "file_dialog", None))
        self.file_dialog = dialog

    def _export_to(self, path: Path) -> None:
        ws, book_filter = self._workspace, self.filters.current()
        self.export_button.setEnabled(False)
        ws.runner.run(
            export_mail_book(
                ws, book_filter, path, parent=self, on_success=self._exported, on_done=self._update_buttons
            )
        )

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("The outgoing-mail book has been saved as {path}.").format(path=path))
        self.exported.emit(path)

    # -- reprint -------------------------------------------------------------------------------------------------

    def ask_reprint(self) -> CommentDialog | None:
        """Ask for the reason; the letter is printed again on the chosen printer when the user confirms."""
        entry = self.current_row()
        if entry is None or self.printers is None or self.reason_dialog is not None:
            return None
        document = (entry.document_id, entry.document_title, entry.case_reference)
        dialog = ask_reprint(self, self._workspace, self.printers, document, self._reprinted)
        dialog.finished.connect(lambda _result: self._forget_reason_dialog(dialog))
        self.reason_dialog = dialog
        self._update_buttons()
        return dialog

    def _forget_reason_dialog(self, dialog: CommentDialog) -> None:
        if self.reason_dialog is dialog:
            self.reason_dialog = None
        dialog.deleteLater()
        self._update_buttons()

    def _reprinted(self, result: PrintBatchResult) -> None:
        self.status.setText(
            self.tr("The letter has been printed again on {printer}.").format(printer=result.receipt.printer)
        )
        self.reprinted.emit(result)
        self.reload()
