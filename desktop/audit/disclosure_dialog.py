"""The disclosure log (Protokoll der Melderegisterauskünfte, §40 BMG) for the data-protection officer: every answer
to a register information request with recipient, purpose, the data given, case and clerk; exported as CSV.

Each reading is recorded in the audit log, so the log is read when the officer asks (on opening and with the
button), not with every change of a date.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.audit.operations import export_disclosures, read_disclosure_log
from desktop.audit.record_log_dialog import RecordLogDialog
from desktop.core.catalogue import translate
from desktop.core.qt_dates import day_edit, from_qdate
from desktop.core.tasks import Operation
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.workspace import Workspace
from desktop.widgets.row_table_model import TableColumn
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


class DisclosureLogDialog(RecordLogDialog[DisclosureRow]):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace,
            prefix="disclosures",
            context=_CONTEXT,
            columns=COLUMNS,
            stretch_column=DATA_COLUMN,
            parent=parent,
        )
        self.setObjectName("disclosureLog")
        self.setWindowTitle(self.tr("Register information log (§ 40 BMG)"))

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
        self._lay_out(filters)
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
        self._show_rows(
            rows,
            MAX_ENTRIES,
            self.tr("The newest {count} answers; narrow the days to see older ones."),
            self.tr("{count} answers."),
        )

    def _export_file(self) -> tuple[str, str]:
        return self.tr("Export the register information log"), self.tr("Auskunftsprotokoll.csv")

    def _exporter(self) -> Callable[..., Operation[Path]]:
        return partial(export_disclosures, self._workspace, *self._days())

    def _saved_text(self) -> str:
        return self.tr("The register information log has been saved as {path}.")
