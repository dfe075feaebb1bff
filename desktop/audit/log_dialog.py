"""The audit log (Protokoll) for the data-protection officer: who did what with which case, searched by person,
case, user and days; exported as CSV; and checked for tampering.

Each search is recorded in the log itself (reading the log is an access to personal data too), so the search runs
when the officer asks for it (button or Return), not with every keystroke.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.operations import export_audit_log, search_audit_log, verify_audit_trail
from desktop.core.csv_export import ask_csv_file
from desktop.core.plain_text import plain_label
from desktop.core.qt_dates import day_edit, from_qdate
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.messages.audit import action_label, tampering_message
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_moment
from models.german_format import today as german_today
from models.operations.audit_log import MAX_RECORDS, AuditQuery, AuditRow
from models.operations.audit_verification import AuditVerification

_CONTEXT = "AuditLogDialog"
DEFAULT_DAYS = 7

COLUMNS = (
    TableColumn[AuditRow](QT_TRANSLATE_NOOP("AuditLogDialog", "When"), lambda r: format_moment(r.at)),
    TableColumn[AuditRow](QT_TRANSLATE_NOOP("AuditLogDialog", "User"), lambda r: r.actor),
    TableColumn[AuditRow](
        QT_TRANSLATE_NOOP("AuditLogDialog", "Action"), lambda r: action_label(r.action), tooltip=lambda r: r.action
    ),
    TableColumn[AuditRow](QT_TRANSLATE_NOOP("AuditLogDialog", "Object"), lambda r: f"{r.object_type} {r.object_id}"),
    TableColumn[AuditRow](
        QT_TRANSLATE_NOOP("AuditLogDialog", "Details"),
        lambda r: json.dumps(r.details, ensure_ascii=False, sort_keys=True),
    ),
)
DETAILS_COLUMN = 4


class AuditLogDialog(QDialog):
    loaded = Signal(object)  # tuple[AuditRow, ...]
    verified = Signal(object)  # AuditVerification
    exported = Signal(object)  # Path

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditLog")
        self.setWindowTitle(self.tr("Audit log"))
        self.setModal(False)
        fit_on_screen(self, 1200, 700)
        self._workspace = workspace
        self.file_dialog: QFileDialog | None = None

        self.person = self._line("auditPerson", self.tr("Family or given name"))
        self.case = self._line("auditCase", self.tr("e.g. 2026-000123"))
        self.user = self._line("auditUser", self.tr("User name"))
        today = german_today()
        self.date_from = day_edit("auditFrom", today - dt.timedelta(days=DEFAULT_DAYS))
        self.date_to = day_edit("auditTo", today)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setObjectName("auditSearch")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)

        filters = QGridLayout()
        for column, (caption, widget) in enumerate(
            (
                (self.tr("&Person:"), self.person),
                (self.tr("&Case:"), self.case),
                (self.tr("&User:"), self.user),
                (self.tr("&From:"), self.date_from),
                (self.tr("&To:"), self.date_to),
            )
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
        filters.addWidget(self.search_button, 1, 5)

        self.model: RowTableModel[AuditRow] = RowTableModel(_CONTEXT, COLUMNS, self)
        self.table = record_table("auditTable", self.model)
        self.columns = SharedColumns(self.table, {DETAILS_COLUMN: 1})
        self.status = plain_label(object_name="auditStatus")
        self.verify_button = QPushButton(self.tr("Check for &tampering"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("&Export as CSV…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.person.setFocus()
        self.search()  # the last days at once; each search is recorded, as opening the log is a reading of it

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setClearButtonEnabled(True)
        edit.setPlaceholderText(placeholder)
        edit.returnPressed.connect(self.search)
        return edit

    def query(self) -> AuditQuery:
        return AuditQuery(
            person=self.person.text().strip() or None,
            case_reference=self.case.text().strip() or None,
            username=self.user.text().strip() or None,
            date_from=from_qdate(self.date_from.date()),
            date_to=from_qdate(self.date_to.date()),
        )

    def search(self) -> None:
        ws, query = self._workspace, self.query()
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Searching…"))
        ws.runner.run(
            search_audit_log(
                ws,
                query,
                parent=self,
                on_success=self._loaded,
                on_failure=self._failed,
                on_done=lambda: self.search_button.setEnabled(True),
            )
        )

    def _loaded(self, rows: tuple[AuditRow, ...]) -> None:
        self.model.set_rows(rows)
        self.columns.apply()
        if len(rows) >= MAX_RECORDS:
            text = self.tr("The newest {count} records; narrow the search to see older ones.")
        else:
            text = self.tr("{count} records.")
        self.status.setText(text.format(count=len(rows)))
        if rows:
            self.table.selectRow(0)
        self.loaded.emit(rows)

    def _failed(self, error: Exception) -> None:
        self.status.setText("")
        show_error(self, error)

    def verify(self) -> None:
        ws = self._workspace
        self.verify_button.setEnabled(False)
        self.status.setText(self.tr("Checking the audit log and the outgoing-mail book…"))
        ws.runner.run(
            verify_audit_trail(
                ws,
                parent=self,
                on_success=self._verified,
                on_failure=self._failed,
                on_done=lambda: self.verify_button.setEnabled(True),
            )
        )

    def _verified(self, verification: AuditVerification) -> None:
        broken = verification.first_broken
        if broken is None:
            records = sum(chain.records for chain in verification.chains)
            self.status.setText(
                self.tr("Unchanged: {count} records checked, every protection in place.").format(count=records)
            )
        else:
            self.status.setText(tampering_message(broken).text)
        self.verified.emit(verification)

    def export_csv(self, path: Path | None = None) -> None:
        if path is not None:
            self._export_to(path)
            return
        dialog = ask_csv_file(self, self.tr("Export the audit log"), self.tr("Protokoll.csv"), self._export_to)
        dialog.finished.connect(lambda _result: setattr(self, "file_dialog", None))
        self.file_dialog = dialog

    def _export_to(self, path: Path) -> None:
        ws, query = self._workspace, self.query()
        self.export_button.setEnabled(False)
        ws.runner.run(
            export_audit_log(
                ws,
                query,
                path,
                parent=self,
                on_success=self._exported,
                on_failure=self._failed,
                on_done=lambda: self.export_button.setEnabled(True),
            )
        )

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("The audit log has been saved as {path}.").format(path=path))
        self.exported.emit(path)
