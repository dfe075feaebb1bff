"""The entries whose retention (§ 7 PStG: birth 110, marriage and partnership 80, death 30 years from the
recording) has ended, by register, year and number: the list to hand to the archive. The list is logged by the
operation."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from desktop.civil_status.entry_view import day_text
from desktop.civil_status.labels import register_label
from desktop.civil_status.operations import load_past_retention
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.operations.civil_status import RetentionRow

CONTEXT = "CivilRetentionDialog"

COLUMNS: tuple[TableColumn[RetentionRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilRetentionDialog", "Register number"), lambda r: r.register_number),
    TableColumn(QT_TRANSLATE_NOOP("CivilRetentionDialog", "Register"), lambda r: register_label(r.kind)),
    TableColumn(QT_TRANSLATE_NOOP("CivilRetentionDialog", "Recorded on"), lambda r: day_text(r.recorded_on)),
    TableColumn(QT_TRANSLATE_NOOP("CivilRetentionDialog", "Kept until"), lambda r: day_text(r.retention_ends)),
)


class RetentionDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setObjectName("civilRetentionDialog")
        self.setWindowTitle(self.tr("Entries past retention"))
        fit_on_screen(self, 720, 560)
        explanation = plain_label(
            self.tr(
                "These entries are past their retention (birth register 110, marriage and partnership registers 80, "
                "death register 30 years from the recording) and are to be offered to the archive."
            )
        )
        explanation.setWordWrap(True)
        self.rows: RowTableModel[RetentionRow] = RowTableModel(CONTEXT, COLUMNS, self)
        self.table = record_table("civilRetentionRows", self.rows)
        SharedColumns(self.table, {1: 1})
        self.count = plain_label(self.tr("Loading…"), object_name="civilRetentionCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        ws = workspace
        ws.runner.run(load_past_retention(ws, parent=self, on_success=self.show_rows))

    def show_rows(self, rows: tuple[RetentionRow, ...]) -> None:
        self.rows.set_rows(rows)
        self.count.setText(self.tr("Entries past retention: {count}").format(count=len(rows)))
        if rows:
            self.table.selectRow(0)
        self.table.setFocus()
