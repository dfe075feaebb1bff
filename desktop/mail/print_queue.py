"""The print queue (Postausgang): letters waiting to be printed and posted, printed as one job.

Printing runs on the task runner inside the operation's write transaction: when the printer fails, every letter
stays in the queue and the German message says what to do. A printed letter leaves the list and is in the
outgoing-mail book (Postausgangsbuch).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.labels import document_kind_label
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.mail.operations import list_print_queue, preview_queued_letter, print_letters
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.letter_printing import printed_text
from desktop.widgets.pdf_preview import PdfPane, document_info
from desktop.widgets.printer_choice import PrinterChoice
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_moment
from models.operations.mail_rows import PrintBatchResult, QueuedDocument
from models.operations.rows import DocumentBlob

PREVIEW_DELAY_MS = 150  # arrowing through the list does not fetch (and audit-log) every letter on the way
_CONTEXT = "PrintQueue"

COLUMNS: tuple[TableColumn[QueuedDocument], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("PrintQueue", "Case"), lambda d: d.case_reference),
    TableColumn(QT_TRANSLATE_NOOP("PrintQueue", "Kind"), lambda d: document_kind_label(d.kind)),
    TableColumn(QT_TRANSLATE_NOOP("PrintQueue", "Title"), lambda d: d.title),
    TableColumn(
        QT_TRANSLATE_NOOP("PrintQueue", "Recipient"),
        lambda d: ", ".join(d.recipient),
        tooltip=lambda d: "\n".join(d.recipient),
    ),
    TableColumn(QT_TRANSLATE_NOOP("PrintQueue", "Pages"), lambda d: str(d.pages), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PrintQueue", "Created"), lambda d: format_moment(d.created_at)),
)


TITLE_COLUMN, RECIPIENT_COLUMN = 2, 3


class PrintQueueDialog(QDialog):
    """A window of its own (not modal), next to the work queue."""

    loaded = Signal()  # the list has been (re)loaded
    printed = Signal(object)  # PrintBatchResult
    print_failed = Signal(object)  # the exception
    preview_shown = Signal(int)  # document id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printQueue")
        self.setWindowTitle(self.tr("Outgoing mail – print queue"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_on_screen(self, 1300, 760)
        self._workspace = workspace
        self._printing = False
        self._preview_request = 0

        intro = QLabel(
            self.tr(
                "Letters waiting to be printed, oldest first. Choose letters (Ctrl or Shift for several) and print "
                "them as one job, or print all. Printed letters are entered in the outgoing-mail book."
            )
        )
        intro.setWordWrap(True)
        self.model: RowTableModel[QueuedDocument] = RowTableModel(_CONTEXT, COLUMNS, self)
        self.table = record_table("printQueueTable", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.columns = SharedColumns(self.table, {TITLE_COLUMN: 1, RECIPIENT_COLUMN: 1})
        self.empty = QLabel(self.tr("No letter is waiting to be printed."))
        self.empty.setObjectName("printQueueEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.preview = PdfPane(stacked=True)
        self.preview.setObjectName("printQueuePreview")
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._load_preview)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._preview_timer.start())

        self.printers = PrinterChoice(workspace)
        self.print_selected = QPushButton(self.tr("Print &selection"))
        self.print_selected.setObjectName("printSelected")
        self.print_selected.clicked.connect(lambda: self.print_letters(self.selected_ids()))
        self.print_all = QPushButton(self.tr("Print &all"))
        self.print_all.setObjectName("printAll")
        self.print_all.clicked.connect(lambda: self.print_letters(None))
        self.reload_button = QPushButton(self.tr("Re&fresh"))
        self.reload_button.clicked.connect(self.reload)
        self.printers.printer.currentTextChanged.connect(lambda _name: self._update_buttons())
        self.status = plain_label(object_name="printStatus")  # names the printer

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([820, 460])
        print_row = QHBoxLayout()
        print_row.addWidget(self.printers, 1)
        print_row.addSpacing(12)
        print_row.addWidget(self.print_selected)
        print_row.addWidget(self.print_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(print_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    # -- the list ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        ws = self._workspace
        self.reload_button.setEnabled(False)
        ws.runner.run(
            list_print_queue(
                ws, parent=self, on_success=self._loaded, on_done=lambda: self.reload_button.setEnabled(True)
            )
        )

    def _loaded(self, documents: tuple[QueuedDocument, ...]) -> None:
        self.model.set_rows(documents)
        self.empty.setVisible(not documents)
        self.table.setVisible(bool(documents))
        if documents:
            self.table.selectRow(0)
        else:
            self.preview.clear()
        self._update_buttons()
        self.loaded.emit()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [document.id for row in rows if (document := self.model.row_at(row)) is not None]

    def select_documents(self, document_ids: list[int]) -> None:
        """Select exactly these letters (as Ctrl+click would)."""
        selection = QItemSelection()
        for row, document in enumerate(self.model.rows):
            if document.id in document_ids:
                selection.select(self.model.index(row, 0), self.model.index(row, len(COLUMNS) - 1))
        flags = self.table.selectionModel().SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)

    def _update_buttons(self) -> None:
        ready = not self._printing and self.printers.printer_name is not None
        count = len(self.selected_ids())
        self.print_selected.setEnabled(ready and count > 0)
        self.print_all.setEnabled(ready and self.model.rowCount() > 0)

    # -- preview -------------------------------------------------------------------------------------------------

    def _load_preview(self) -> None:
        current = self.model.row_at(self.table.currentIndex().row())
        if current is None:
            return
        self._preview_request += 1
        request, ws = self._preview_request, self._workspace
        ws.runner.run(
            preview_queued_letter(
                ws, current.id, parent=self, on_success=lambda blob: self._show_preview(request, blob)
            )
        )

    def _show_preview(self, request: int, blob: DocumentBlob) -> None:
        if request != self._preview_request:
            return
        self.preview.show_pdf(blob.pdf, document_info(blob))
        self.preview_shown.emit(blob.row.id)

    # -- printing ------------------------------------------------------------------------------------------------

    def print_letters(self, document_ids: list[int] | None) -> None:
        """Print the given letters (all queued ones with ``None``) on the chosen printer, as one job."""
        printer = self.printers.printer_name
        if self._printing or printer is None:
            return
        self._printing = True
        self._update_buttons()
        self._workspace.runner.run(
            print_letters(
                self._workspace,
                self.printers,
                document_ids,
                parent=self,
                on_success=self._printed,
                on_failure=self._print_failed,
                on_done=self._print_done,
            )
        )

    def _printed(self, result: PrintBatchResult) -> None:
        self.status.setText(printed_text(result))
        self.printed.emit(result)
        self.reload()

    def _print_failed(self, error: Exception) -> None:
        self.status.clear()
        show_error(self, error)
        self.print_failed.emit(error)
        self.reload()

    def _print_done(self) -> None:
        self._printing = False
        self._update_buttons()
