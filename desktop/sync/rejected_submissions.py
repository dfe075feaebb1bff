"""Rejected online applications (Abgelehnte Anträge): what intake had to refuse, and why, for admins and supervisors.

A rejected submission never became a case; the portal told the citizen through FIT-Connect. This list is where the
town hall notices a pattern (a portal form that does not match the schema, a key that no longer fits) and can
answer a citizen who calls. Above it, while there are any, the applications kept aside after a technical error
(Zurückgestellt): the sync tries them again and rejects them after a few passes; the IT should look at the error.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.sync.operations import IntakeLists, list_rejected_submissions
from desktop.widgets.record_table import record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_moment
from models.operations.intake_book import HeldSubmission, IntakeRecord
from sync.intake import MAX_FAULTY_PASSES


class Column(enum.IntEnum):
    RECEIVED = 0
    SERVICE = 1
    SUBMISSION = 2
    PROBLEMS = 3


HEADERS = {
    Column.RECEIVED: QT_TRANSLATE_NOOP("RejectedSubmissions", "Received"),
    Column.SERVICE: QT_TRANSLATE_NOOP("RejectedSubmissions", "Service"),
    Column.SUBMISSION: QT_TRANSLATE_NOOP("RejectedSubmissions", "Submission ID"),
    Column.PROBLEMS: QT_TRANSLATE_NOOP("RejectedSubmissions", "Why it was rejected"),
}


class HeldColumn(enum.IntEnum):
    SINCE = 0
    SERVICE = 1
    SUBMISSION = 2
    ATTEMPTS = 3
    ERROR = 4


HELD_HEADERS = {
    HeldColumn.SINCE: QT_TRANSLATE_NOOP("RejectedSubmissions", "Failing since"),
    HeldColumn.SERVICE: QT_TRANSLATE_NOOP("RejectedSubmissions", "Service"),
    HeldColumn.SUBMISSION: QT_TRANSLATE_NOOP("RejectedSubmissions", "Submission ID"),
    HeldColumn.ATTEMPTS: QT_TRANSLATE_NOOP("RejectedSubmissions", "Attempts"),
    HeldColumn.ERROR: QT_TRANSLATE_NOOP("RejectedSubmissions", "Technical error"),
}


def held_submissions_model(parent: QWidget | None = None) -> RowTableModel[HeldSubmission]:
    columns = {
        HeldColumn.SINCE: TableColumn[HeldSubmission](
            HELD_HEADERS[HeldColumn.SINCE], lambda h: format_moment(h.first_failed_at)
        ),
        HeldColumn.SERVICE: TableColumn[HeldSubmission](
            HELD_HEADERS[HeldColumn.SERVICE], lambda h: h.service_name or "–"
        ),
        HeldColumn.SUBMISSION: TableColumn[HeldSubmission](
            HELD_HEADERS[HeldColumn.SUBMISSION], lambda h: h.submission_id
        ),
        HeldColumn.ATTEMPTS: TableColumn[HeldSubmission](
            HELD_HEADERS[HeldColumn.ATTEMPTS], lambda h: f"{h.attempts} / {MAX_FAULTY_PASSES}"
        ),
        HeldColumn.ERROR: TableColumn[HeldSubmission](
            HELD_HEADERS[HeldColumn.ERROR],
            lambda h: h.error.splitlines()[0] if h.error else "",
            tooltip=lambda h: h.error,
        ),
    }
    return RowTableModel("RejectedSubmissions", tuple(columns[column] for column in HeldColumn), parent)


def held_report(held: HeldSubmission) -> str:
    """Everything the IT needs about an application kept aside, for the detail pane (and a ticket)."""
    return "\n".join(
        (
            QCoreApplication.translate(
                "RejectedSubmissions", "Submission {submission}, FIT-Connect case {case}"
            ).format(submission=held.submission_id, case=held.fitconnect_case_id),
            "",
            QCoreApplication.translate(
                "RejectedSubmissions", "Kept aside since {first}, last attempt {last}, attempt {attempts} of {bound}."
            ).format(
                first=format_moment(held.first_failed_at),
                last=format_moment(held.last_failed_at),
                attempts=held.attempts,
                bound=MAX_FAULTY_PASSES,
            ),
            "",
            held.error,
        )
    )


def problem_titles(record: IntakeRecord) -> str:
    return "; ".join(str(problem.get("title") or problem.get("type") or "") for problem in record.problems)


def problem_report(record: IntakeRecord) -> str:
    """Every problem with its detail and what it concerns, for the detail pane (and for copying into a ticket)."""
    lines = [
        QCoreApplication.translate("RejectedSubmissions", "Submission {submission}, FIT-Connect case {case}").format(
            submission=record.submission_id, case=record.fitconnect_case_id
        ),
        "",
    ]
    for problem in record.problems:
        lines.append(str(problem.get("title") or problem.get("type") or ""))
        if problem.get("detail"):
            lines.append(str(problem["detail"]))
        if problem.get("instance"):
            concerns = QCoreApplication.translate("RejectedSubmissions", "Concerns: {instance}")
            lines.append(concerns.format(instance=_instance_label(str(problem["instance"]))))
        if problem.get("type"):
            lines.append(str(problem["type"]))
        lines.append("")
    return "\n".join(lines).rstrip()


def _instance_label(instance: str) -> str:
    """What a problem concerns ("data", "metadata", "attachment:<id>"), in the user's words."""
    if instance == "data":
        return QCoreApplication.translate("RejectedSubmissions", "the form data")
    if instance == "metadata":
        return QCoreApplication.translate("RejectedSubmissions", "the metadata")
    if instance.startswith("attachment:"):
        return QCoreApplication.translate("RejectedSubmissions", "attachment {id}").format(
            id=instance.removeprefix("attachment:")
        )
    return instance


def rejected_submissions_model(parent: QWidget | None = None) -> RowTableModel[IntakeRecord]:
    """The list's columns in :class:`Column` order; the problems' tooltip is the full report."""
    columns = {
        Column.RECEIVED: TableColumn[IntakeRecord](HEADERS[Column.RECEIVED], lambda r: format_moment(r.received_at)),
        Column.SERVICE: TableColumn[IntakeRecord](HEADERS[Column.SERVICE], lambda r: r.service_name or "–"),
        Column.SUBMISSION: TableColumn[IntakeRecord](HEADERS[Column.SUBMISSION], lambda r: r.submission_id),
        Column.PROBLEMS: TableColumn[IntakeRecord](HEADERS[Column.PROBLEMS], problem_titles, tooltip=problem_report),
    }
    return RowTableModel("RejectedSubmissions", tuple(columns[column] for column in Column), parent)


class RejectedSubmissionsDialog(QDialog):
    """A window of its own (not modal): the admin can keep it open next to the queue."""

    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectedSubmissions")
        self.setWindowTitle(self.tr("Rejected online applications"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_on_screen(self, 1000, 560)
        self._workspace = workspace

        intro = QLabel(
            self.tr(
                "These applications arrived through FIT-Connect but could not be accepted, so no case was created. "
                "The citizen's portal has been told why. Newest first."
            )
        )
        intro.setWordWrap(True)
        self.model = rejected_submissions_model(self)
        self.table = record_table("rejectedTable", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(Column.RECEIVED, metrics.horizontalAdvance("00.00.0000 00:00 ") + 24)
        self.table.setColumnWidth(Column.SERVICE, metrics.horizontalAdvance("Sperrmüllabholung anmelden ") + 24)
        self.table.setColumnWidth(Column.SUBMISSION, metrics.horizontalAdvance("0" * 36) + 24)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.empty = QLabel(self.tr("No application has been rejected."))
        self.empty.setObjectName("rejectedEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.held_intro = QLabel(
            self.tr(
                "Kept aside after a technical error: these applications could not be taken in. The next "
                "synchronisations try again; after {attempts} attempts an application is rejected, and the portal "
                "tells the citizen. Please pass the error on to the IT."
            ).format(attempts=MAX_FAULTY_PASSES)
        )
        self.held_intro.setObjectName("heldIntro")
        self.held_intro.setWordWrap(True)
        self.held_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.held_model = held_submissions_model(self)
        self.held_table = record_table("heldTable", self.held_model)
        held_header = self.held_table.horizontalHeader()
        held_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        held_header.setSectionResizeMode(HeldColumn.ERROR, QHeaderView.ResizeMode.Stretch)
        self.held_table.setColumnWidth(HeldColumn.SINCE, metrics.horizontalAdvance("00.00.0000 00:00 ") + 24)
        self.held_table.setColumnWidth(
            HeldColumn.SERVICE, metrics.horizontalAdvance("Sperrmüllabholung anmelden ") + 24
        )
        self.held_table.setColumnWidth(HeldColumn.SUBMISSION, metrics.horizontalAdvance("0" * 36) + 24)
        self.held_table.selectionModel().currentRowChanged.connect(self._show_current_held)
        self.held_intro.hide()
        self.held_table.hide()
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("rejectedDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Choose an application to see every problem in full."))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([330, 150])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.reload_button = QPushButton(self.tr("&Refresh"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.clicked.connect(self.reload)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.held_intro)
        layout.addWidget(self.held_table)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        ws = self._workspace
        self.reload_button.setEnabled(False)
        ws.runner.run(
            list_rejected_submissions(
                ws, parent=self, on_success=self._loaded, on_done=lambda: self.reload_button.setEnabled(True)
            )
        )

    def _loaded(self, lists: IntakeLists) -> None:
        records, held = lists
        self.held_model.set_rows(held)
        self.held_intro.setVisible(bool(held))
        self.held_table.setVisible(bool(held))
        shown_rows = min(len(held), 4)  # the list is short by nature; more than four scroll
        self.held_table.setFixedHeight(
            self.held_table.horizontalHeader().height()
            + self.held_table.verticalHeader().defaultSectionSize() * shown_rows
            + 2 * self.held_table.frameWidth()
        )
        self.model.set_rows(records)
        self.empty.setVisible(not records)
        self.detail.clear()
        if held:  # what needs the IT's attention first
            self.held_table.selectRow(0)
        elif records:
            self.table.selectRow(0)
        self.loaded.emit()

    def _show_current_held(self, current: QModelIndex, _previous: QModelIndex) -> None:
        held = self.held_model.row_at(current.row())
        if held is not None:
            self.table.clearSelection()
            self.detail.setPlainText(held_report(held))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.row_at(current.row())
        if record is not None:
            self.held_table.clearSelection()
        self.detail.setPlainText(problem_report(record) if record is not None else "")
