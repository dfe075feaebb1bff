"""Abwesenheiten: the current and planned absences of staff, a new one (clerk, first and last day, a note) and
removing one. Someone absent is not given cases and keeps none of a citizen's new ones; the dashboard flags them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.qt_dates import day_edit, from_qdate
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.supervision.clerk_choice import clerk_combo, fill_clerks
from desktop.supervision.operations import add_absence, drop_absence, load_absences, load_clerks
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_date, today
from models.operations.absences import AbsenceRow
from models.operations.reassignment import ClerkChoice

CONTEXT = "AbsencesDialog"

COLUMNS: tuple[TableColumn[AbsenceRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("AbsencesDialog", "Name"), lambda a: a.display_name),
    TableColumn(QT_TRANSLATE_NOOP("AbsencesDialog", "From"), lambda a: format_date(a.starts_on)),
    TableColumn(QT_TRANSLATE_NOOP("AbsencesDialog", "To"), lambda a: format_date(a.ends_on)),
    TableColumn(QT_TRANSLATE_NOOP("AbsencesDialog", "Note"), lambda a: a.note or "–"),
)


class AbsencesDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setObjectName("absencesDialog")
        self.setWindowTitle(self.tr("Absences"))
        fit_on_screen(self, 720, 520)

        self.rows: RowTableModel[AbsenceRow] = RowTableModel(CONTEXT, COLUMNS, self)
        self.table = record_table("absenceRows", self.rows)
        SharedColumns(self.table, {0: 2, 3: 3})
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("removeAbsence")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.chosen() is not None)
        )
        listed = QGroupBox(self.tr("Current and planned absences"))
        listed_layout = QVBoxLayout(listed)
        listed_layout.addWidget(self.table, 1)
        listed_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        day = today()
        self.clerk = clerk_combo("absenceClerk")
        self.starts_on = day_edit("absenceFrom", day)
        self.ends_on = day_edit("absenceTo", day)
        self.note = QLineEdit()
        self.note.setObjectName("absenceNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("optional, e.g. holiday, course"))
        form = QFormLayout()
        form.addRow(self.tr("&Clerk:"), self.clerk)
        form.addRow(self.tr("&From:"), self.starts_on)
        form.addRow(self.tr("&To:"), self.ends_on)
        form.addRow(self.tr("&Note:"), self.note)
        self.add_button = QPushButton(self.tr("R&ecord absence"))
        self.add_button.setObjectName("recordAbsence")
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._add)
        new = QGroupBox(self.tr("New absence"))
        new_layout = QVBoxLayout(new)
        new_layout.addLayout(form)
        new_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(listed, 1)
        layout.addWidget(new)
        layout.addWidget(buttons)
        ws = workspace
        ws.runner.run(load_clerks(ws, parent=self, on_success=self._show_clerks))
        self.reload()

    def reload(self) -> None:
        ws = self._workspace
        ws.runner.run(load_absences(ws, parent=self, on_success=self.show_rows))

    def show_rows(self, rows: tuple[AbsenceRow, ...]) -> None:
        self.rows.set_rows(rows)
        self.remove_button.setEnabled(self.chosen() is not None)

    def _show_clerks(self, clerks: tuple[ClerkChoice, ...]) -> None:
        fill_clerks(self.clerk, clerks, pool=False, absent_allowed=True)
        self.add_button.setEnabled(bool(clerks))
        self.clerk.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> AbsenceRow | None:
        index = self.table.currentIndex()
        return self.rows.row_at(index.row()) if index.isValid() else None

    def days(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.starts_on.date()), from_qdate(self.ends_on.date())

    def _add(self) -> None:
        username = self.clerk.currentData()
        if username is None:
            return
        starts_on, ends_on = self.days()
        self.add_button.setEnabled(False)
        ws = self._workspace
        ws.runner.run(
            add_absence(
                ws,
                username,
                starts_on,
                ends_on,
                self.note.text().strip(),
                parent=self,
                on_success=self._added,
                on_failure=self._refused,
            )
        )

    def _added(self, _row: AbsenceRow) -> None:
        self.add_button.setEnabled(True)
        self.note.clear()
        self.reload()

    def _refused(self, error: Exception) -> None:
        self.add_button.setEnabled(True)
        show_error(self, error)

    def _remove(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            ws = self._workspace
            ws.runner.run(drop_absence(ws, chosen.id, parent=self, on_success=lambda _none: self.reload()))
