"""The audit log (Protokoll) for the data-protection officer: who did what with which case, searched by person,
case, user and days; exported as CSV; and checked for tampering.

Each search is recorded in the log itself (reading the log is an access to personal data too), so the search runs
when the officer asks for it (button or Return), not with every keystroke.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.audit.operations import export_audit_log, search_audit_log, verify_audit_trail
from desktop.audit.record_log_dialog import RecordLogDialog
from desktop.core.qt_dates import day_edit, from_qdate
from desktop.core.tasks import Operation
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.workspace import Workspace
from desktop.messages.audit import action_label, tampering_message
from desktop.widgets.row_table_model import TableColumn
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


class AuditLogDialog(RecordLogDialog[AuditRow]):
    verified = Signal(object)  # AuditVerification

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace,
            prefix="audit",
            context=_CONTEXT,
            columns=COLUMNS,
            stretch_column=DETAILS_COLUMN,
            parent=parent,
        )
        self.setObjectName("auditLog")
        self.setWindowTitle(self.tr("Audit log"))

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

        self.verify_button = QPushButton(self.tr("Check for &tampering"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)
        self._lay_out(filters, self.verify_button)
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
        self._show_rows(
            rows,
            MAX_RECORDS,
            self.tr("The newest {count} records; narrow the search to see older ones."),
            self.tr("{count} records."),
            select_first=True,
        )

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

    def _export_file(self) -> tuple[str, str]:
        return self.tr("Export the audit log"), self.tr("Protokoll.csv")

    def _exporter(self) -> Callable[..., Operation[Path]]:
        return partial(export_audit_log, self._workspace, self.query())

    def _saved_text(self) -> str:
        return self.tr("The audit log has been saved as {path}.")
