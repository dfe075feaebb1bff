"""Liegengebliebene Übernahmen: open cases a clerk holds whose history has had no entry for some working days
(oldest first), for the supervisor to release to the pool or give to someone else (through the assignment
dialog, with a reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.labels import status_label
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.supervision.operations import load_stale_claims
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_date, local_date
from models.operations.reassignment import StaleClaim
from models.operations.rows import CaseRow

CONTEXT = "StaleClaimsDialog"
DEFAULT_WORKING_DAYS = 5

COLUMNS: tuple[TableColumn[StaleClaim], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("StaleClaimsDialog", "Reference"), lambda s: s.case.reference),
    TableColumn(QT_TRANSLATE_NOOP("StaleClaimsDialog", "Service"), lambda s: s.case.service_name),
    TableColumn(QT_TRANSLATE_NOOP("StaleClaimsDialog", "Status"), lambda s: status_label(s.case.status)),
    TableColumn(QT_TRANSLATE_NOOP("StaleClaimsDialog", "Held by"), lambda s: s.case.assignee_name or "–"),
    TableColumn(
        QT_TRANSLATE_NOOP("StaleClaimsDialog", "Last step"), lambda s: format_date(local_date(s.last_activity))
    ),
    TableColumn(QT_TRANSLATE_NOOP("StaleClaimsDialog", "Deadline"), lambda s: format_date(s.case.due_date)),
)


class StaleClaimsDialog(QDialog):
    release_requested = Signal(object)  # tuple[CaseRow, ...]: the chosen cases, for the assignment dialog

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setObjectName("staleClaimsDialog")
        self.setWindowTitle(self.tr("Claims left untouched"))
        fit_on_screen(self, 900, 560)
        self.working_days = QSpinBox()
        self.working_days.setObjectName("staleWorkingDays")
        self.working_days.setRange(1, 250)
        self.working_days.setValue(DEFAULT_WORKING_DAYS)
        self.working_days.setSuffix(self.tr(" working days"))
        self.working_days.valueChanged.connect(lambda _value: self.reload())
        days_label = QLabel(self.tr("No step for at &least:"))
        days_label.setBuddy(self.working_days)
        top = QHBoxLayout()
        top.addWidget(days_label)
        top.addWidget(self.working_days)
        top.addStretch(1)

        self.rows: RowTableModel[StaleClaim] = RowTableModel(CONTEXT, COLUMNS, self)
        self.table = record_table("staleClaimRows", self.rows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        SharedColumns(self.table, {1: 3, 3: 2})
        self.count = plain_label(self.tr("Loading…"), object_name="staleClaimCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.release_button = QPushButton(self.tr("&Release or assign…"))
        self.release_button.setObjectName("releaseStaleClaims")
        self.release_button.setAutoDefault(False)
        self.release_button.setEnabled(False)
        self.release_button.clicked.connect(self._release)
        buttons.addButton(self.release_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.release_button.setEnabled(bool(self.chosen()))
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        ws = self._workspace
        ws.runner.run(load_stale_claims(ws, self.working_days.value(), parent=self, on_success=self.show_rows))

    def show_rows(self, rows: tuple[StaleClaim, ...]) -> None:
        self.rows.set_rows(rows)
        self.count.setText(self.tr("%n claim(s) left untouched", "", len(rows)))
        self.release_button.setEnabled(bool(self.chosen()))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> tuple[CaseRow, ...]:
        numbers = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        rows = (self.rows.row_at(number) for number in numbers)
        return tuple(row.case for row in rows if row is not None)

    def _release(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.release_requested.emit(chosen)
