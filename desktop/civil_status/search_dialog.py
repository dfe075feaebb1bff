"""Searching the civil-status registers (Standesamt → Register durchsuchen): by register, family name (the DIN 91379
search form, exactly), the start of given names and the day of the event. Return in a field searches and moves to
the list; Return in the list (or a double click, or "Show") opens the entry as it stands. Each search is an audit
record (the operation logs it), so the search runs on request, not on every keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.civil_status.dates import NotADay, typed_day
from desktop.civil_status.entry_view import day_text
from desktop.civil_status.labels import register_label
from desktop.civil_status.operations import SEARCH_LIMIT, search_entries
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.operations.civil_status import CivilEntryMatch
from models.registers.civil_status.entries import RegisterKind

CONTEXT = "CivilSearchDialog"
ERROR_STYLE = "color: #a4000f; font-weight: bold;"

MATCH_COLUMNS: tuple[TableColumn[CivilEntryMatch], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilSearchDialog", "Register number"), lambda m: m.register_number),
    TableColumn(QT_TRANSLATE_NOOP("CivilSearchDialog", "Register"), lambda m: register_label(m.kind)),
    TableColumn(
        QT_TRANSLATE_NOOP("CivilSearchDialog", "Persons"),
        lambda m: "; ".join(m.names),
        tooltip=lambda m: "\n".join(m.names),
    ),
    TableColumn(QT_TRANSLATE_NOOP("CivilSearchDialog", "Event date"), lambda m: day_text(m.event_date)),
    TableColumn(QT_TRANSLATE_NOOP("CivilSearchDialog", "Place"), lambda m: m.event_place),
    TableColumn(
        QT_TRANSLATE_NOOP("CivilSearchDialog", "§ 63"),
        lambda m: translate(CONTEXT, QT_TRANSLATE_NOOP("CivilSearchDialog", "blocked")) if m.restricted else "",
    ),
)


class CivilSearchDialog(QDialog):
    """The search; :attr:`entry_chosen` carries the id of the entry to open."""

    entry_chosen = Signal(int)
    searched = Signal()  # the matches of a search are shown

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setObjectName("civilSearchDialog")
        self.setWindowTitle(self.tr("Search the civil-status registers"))
        fit_on_screen(self, 1000, 620)

        self.kind = QComboBox()
        self.kind.setObjectName("civilSearchKind")
        self.kind.addItem(self.tr("all registers"), None)
        for kind in RegisterKind:
            self.kind.addItem(register_label(kind), kind)
        self.family_name = QLineEdit()
        self.family_name.setObjectName("civilSearchFamilyName")
        self.family_name.setPlaceholderText(self.tr("as recorded, e.g. “Müller” or “mueller”"))
        self.given_names = QLineEdit()
        self.given_names.setObjectName("civilSearchGivenNames")
        self.given_names.setPlaceholderText(self.tr("the start of each, optional"))
        self.event_date = QLineEdit()
        self.event_date.setObjectName("civilSearchEventDate")
        self.event_date.setPlaceholderText(self.tr("TT.MM.JJJJ, optional"))
        self.event_date.setMaximumWidth(180)
        fields = QFormLayout()
        fields.addRow(self.tr("&Register:"), self.kind)
        fields.addRow(self.tr("&Family name:"), self.family_name)
        fields.addRow(self.tr("&Given names:"), self.given_names)
        fields.addRow(self.tr("Date of the &event:"), self.event_date)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setObjectName("civilSearchRun")
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.run_search)
        for field in (self.family_name, self.given_names, self.event_date):
            field.returnPressed.connect(self._search_to_list)

        self.problem = plain_label(object_name="civilSearchProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.matches: RowTableModel[CivilEntryMatch] = RowTableModel(CONTEXT, MATCH_COLUMNS, self)
        self.table = record_table("civilSearchMatches", self.matches)
        SharedColumns(self.table, {2: 3, 4: 2})
        self.table.activated.connect(self._open_row)
        self.count = plain_label(object_name="civilSearchCount")
        self.show_button = QPushButton(self.tr("S&how"))
        self.show_button.setObjectName("civilSearchShow")
        self.show_button.setAutoDefault(False)
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self.open_current)

        top = QHBoxLayout()
        top.addLayout(fields, 1)
        top.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.show_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Return in a field searches; it does not close
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self.family_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def run_search(self) -> bool:
        """Search for what the fields hold; a day that is no date is shown as the problem, nothing is searched
        (False)."""
        self.problem.hide()
        try:
            day = typed_day(self.event_date.text())
        except NotADay:
            self.problem.setText(self.tr("Please enter the date of the event as TT.MM.JJJJ, for example 23.08.1991."))
            self.problem.show()
            self.event_date.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        chosen = self.kind.currentData()
        kind = RegisterKind(chosen) if chosen else None
        ws = self._workspace
        ws.runner.run(
            search_entries(
                ws,
                self.family_name.text(),
                self.given_names.text(),
                day,
                kind,
                parent=self,
                on_success=self._found,
                on_failure=self.show_problem,
            )
        )
        return True

    def _found(self, found: tuple[CivilEntryMatch, ...]) -> None:
        self.matches.set_rows(found)
        self.show_button.setEnabled(bool(found))
        if found:
            self.table.selectRow(0)
        if len(found) >= SEARCH_LIMIT:
            self.count.setText(
                self.tr("The first {count} found: please search more precisely").format(count=len(found))
            )
        else:
            self.count.setText(self.tr("Entries found: {count}").format(count=len(found)))
        self.searched.emit()

    def show_problem(self, error: Exception) -> None:
        message = describe_error(error)
        self.problem.setText(message.text if message is not None else str(error))
        self.problem.show()

    def _search_to_list(self) -> None:
        if self.run_search():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_row(self, index: QModelIndex) -> None:
        match = self.matches.row_at(index.row())
        if match is not None:
            self.entry_chosen.emit(match.id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index)
