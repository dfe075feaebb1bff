"""The disclosure log (Protokoll der Melderegisterauskünfte, §40 BMG) for the data-protection officer: every answer
to a register information request with recipient, purpose, the data given, case and clerk; exported as CSV.

Each reading is recorded in the audit log, so the log is read when the officer asks (on opening and with the
button), not with every change of a date.
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
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.operations import export_disclosures, read_disclosure_log
from desktop.core.catalogue import translate
from desktop.core.csv_export import ask_csv_file
from desktop.core.plain_text import plain_label
from desktop.core.qt_dates import day_edit, from_qdate
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_moment
from models.german_format import today as german_today
from models.operations.disclosure_log import MAX_ENTRIES, DisclosureRow
from models.registers.residents.disclosures import DisclosureOutcome

_CONTEXT = "DisclosureLogDialog"
DEFAULT_DAYS = 30

OUTCOMES = {
    DisclosureOutcome.ANSWERED: QT_TRANSLATE_NOOP("DisclosureLogDialog", "information given"),
    DisclosureOutcome.NO_MATCH: QT_TRANSLATE_NOOP("DisclosureLogDialog", "standard answer: nobody found"),
    DisclosureOutcome.NOT_UNAMBIGUOUS: QT_TRANSLATE_NOOP("DisclosureLogDialog", "standard answer: not unambiguous"),
    DisclosureOutcome.INFORMATION_BLOCK: QT_TRANSLATE_NOOP(
        "DisclosureLogDialog", "standard answer: information block (§ 51 BMG)"
    ),
    DisclosureOutcome.REFUSED: QT_TRANSLATE_NOOP("DisclosureLogDialog", "refused"),
}


def outcome_label(outcome: DisclosureOutcome) -> str:
    return translate(_CONTEXT, OUTCOMES[outcome])


COLUMNS = (
    TableColumn[DisclosureRow](QT_TRANSLATE_NOOP("DisclosureLogDialog", "When"), lambda r: format_moment(r.at)),
    TableColumn[DisclosureRow](QT_TRANSLATE_NOOP("DisclosureLogDialog", "Case"), lambda r: r.case_reference),
    TableColumn[DisclosureRow](QT_TRANSLATE_NOOP("DisclosureLogDialog", "Outcome"), lambda r: outcome_label(r.outcome)),
    TableColumn[DisclosureRow](QT_TRANSLATE_NOOP("DisclosureLogDialog", "Recipient"), lambda r: r.recipient),
    TableColumn[DisclosureRow](QT_TRANSLATE_NOOP("DisclosureLogDialog", "Purpose"), lambda r: r.purpose),
    TableColumn[DisclosureRow](
        QT_TRANSLATE_NOOP("DisclosureLogDialog", "Data given"),
        lambda r: json.dumps(r.data_given, ensure_ascii=False) if r.data_given else "–",
    ),
    TableColumn[DisclosureRow](QT_TRANSLATE_NOOP("DisclosureLogDialog", "Clerk"), lambda r: r.clerk),
)
DATA_COLUMN = 5


class DisclosureLogDialog(QDialog):
    loaded = Signal(object)  # tuple[DisclosureRow, ...]
    exported = Signal(object)  # Path

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosureLog")
        self.setWindowTitle(self.tr("Register information log (§ 40 BMG)"))
        self.setModal(False)
        fit_on_screen(self, 1200, 700)
        self._workspace = workspace
        self.file_dialog: QFileDialog | None = None

        today = german_today()
        self.date_from = day_edit("disclosuresFrom", today - dt.timedelta(days=DEFAULT_DAYS))
        self.date_to = day_edit("disclosuresTo", today)
        self.search_button = QPushButton(self.tr("&Show"))
        self.search_button.setObjectName("disclosuresSearch")
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        filters = QHBoxLayout()
        for caption, widget in ((self.tr("&From:"), self.date_from), (self.tr("&To:"), self.date_to)):
            label = QLabel(caption)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search_button)
        filters.addStretch(1)

        self.model: RowTableModel[DisclosureRow] = RowTableModel(_CONTEXT, COLUMNS, self)
        self.table = record_table("disclosuresTable", self.model)
        self.columns = SharedColumns(self.table, {DATA_COLUMN: 1})
        self.status = plain_label(object_name="disclosuresStatus")
        self.export_button = QPushButton(self.tr("&Export as CSV…"))
        self.export_button.setObjectName("disclosuresExport")
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.search()  # the last days at once; the reading is recorded

    def _days(self) -> tuple[dt.date | None, dt.date | None]:
        return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())

    def search(self) -> None:
        date_from, date_to = self._days()
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Reading…"))
        self._workspace.runner.run(
            read_disclosure_log(
                self._workspace,
                date_from,
                date_to,
                parent=self,
                on_success=self._loaded,
                on_failure=self._failed,
                on_done=lambda: self.search_button.setEnabled(True),
            )
        )

    def _loaded(self, rows: tuple[DisclosureRow, ...]) -> None:
        self.model.set_rows(rows)
        self.columns.apply()
        if len(rows) >= MAX_ENTRIES:
            text = self.tr("The newest {count} answers; narrow the days to see older ones.")
        else:
            text = self.tr("{count} answers.")
        self.status.setText(text.format(count=len(rows)))
        self.loaded.emit(rows)

    def _failed(self, error: Exception) -> None:
        self.status.setText("")
        show_error(self, error)

    def export_csv(self, path: Path | None = None) -> None:
        if path is not None:
            self._export_to(path)
            return
        dialog = ask_csv_file(
            self, self.tr("Export the register information log"), self.tr("Auskunftsprotokoll.csv"), self._export_to
        )
        dialog.finished.connect(lambda _result: setattr(self, "file_dialog", None))
        self.file_dialog = dialog

    def _export_to(self, path: Path) -> None:
        date_from, date_to = self._days()
        self.export_button.setEnabled(False)
        self._workspace.runner.run(
            export_disclosures(
                self._workspace,
                date_from,
                date_to,
                path,
                parent=self,
                on_success=self._exported,
                on_failure=self._failed,
                on_done=lambda: self.export_button.setEnabled(True),
            )
        )

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("The register information log has been saved as {path}.").format(path=path))
        self.exported.emit(path)
