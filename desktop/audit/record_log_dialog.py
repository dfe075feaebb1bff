"""What the two logs of the data-protection officer share (the audit log, the §40 BMG register information log): a
table of the records read, a status line saying how many (and when only the newest are shown), an export as CSV,
and Close. Each log adds its filters above the table and its operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import translate
from desktop.core.csv_export import ask_csv_file
from desktop.core.plain_text import plain_label
from desktop.core.tasks import Operation
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn

Row = TypeVar("Row")

_CONTEXT = "RecordLogDialog"
_EXPORT = QT_TRANSLATE_NOOP("RecordLogDialog", "&Export as CSV…")


class RecordLogDialog(QDialog, Generic[Row]):
    """``prefix`` names the widgets (``<prefix>Table``, ``<prefix>Status``, ``<prefix>Export``) for tests and
    accessibility; ``stretch_column`` is the column of long text that takes the width the others leave."""

    loaded = Signal(object)  # tuple[Row, ...]
    exported = Signal(object)  # Path

    def __init__(
        self,
        workspace: Workspace,
        *,
        prefix: str,
        context: str,
        columns: Sequence[TableColumn[Row]],
        stretch_column: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(False)
        fit_on_screen(self, 1200, 700)
        self._workspace = workspace
        self.file_dialog: QFileDialog | None = None
        self.model: RowTableModel[Row] = RowTableModel(context, tuple(columns), self)
        self.table = record_table(f"{prefix}Table", self.model)
        self.columns = SharedColumns(self.table, {stretch_column: 1})
        self.status = plain_label(object_name=f"{prefix}Status")
        self.export_button = QPushButton(translate(_CONTEXT, _EXPORT))
        self.export_button.setObjectName(f"{prefix}Export")
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)

    def _lay_out(self, filters: QLayout, *action_buttons: QPushButton) -> None:
        """Filters above the table, the status line below, then the log's own buttons, the export and Close."""
        for button in (*action_buttons, self.export_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _show_rows(
        self, rows: tuple[Row, ...], limit: int, newest: str, counted: str, *, select_first: bool = False
    ) -> None:
        """The rows read; ``newest`` says so when the limit cut older ones off, else ``counted``."""
        self.model.set_rows(rows)
        self.columns.apply()
        if select_first and rows:
            self.table.selectRow(0)
        self.status.setText((newest if len(rows) >= limit else counted).format(count=len(rows)))
        self.loaded.emit(rows)

    def _failed(self, error: Exception) -> None:
        self.status.setText("")
        show_error(self, error)

    def export_csv(self, path: Path | None = None) -> None:
        """To ``path``, or to the file the user picks in the save dialog."""
        if path is not None:
            self._export_to(path)
            return
        title, file_name = self._export_file()
        dialog = ask_csv_file(self, title, file_name, self._export_to)
        dialog.finished.connect(lambda _result: setattr(self, "file_dialog", None))
        self.file_dialog = dialog

    def _export_to(self, path: Path) -> None:
        self.export_button.setEnabled(False)
        self._workspace.runner.run(
            self._exporter()(
                path,
                parent=self,
                on_success=self._exported,
                on_failure=self._failed,
                on_done=lambda: self.export_button.setEnabled(True),
            )
        )

    def _exported(self, path: Path) -> None:
        self.status.setText(self._saved_text().format(path=path))
        self.exported.emit(path)

    # What each log says and does.
    def _export_file(self) -> tuple[str, str]:
        """The save dialog's title and the proposed file name."""
        raise NotImplementedError

    def _exporter(self) -> Callable[..., Operation[Path]]:
        """The log's export operation with the filters shown bound; called with the path and the handlers."""
        raise NotImplementedError

    def _saved_text(self) -> str:
        """'… has been saved as {path}.'"""
        raise NotImplementedError
