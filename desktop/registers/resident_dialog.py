"""Looking up a resident (Register → Einwohner suchen): search as you type, then open one record.

The search runs a moment after the last keystroke, on the task runner; the matching rule is shown above the list
(every typed word starts a part of the name in the DIN 91379 search form). A record is opened only on request
(Return, double click or "Anzeigen"), not by moving through the list: each record shown is a read of personal data
the law asks to log, and the operation logs it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.registers.labels import address_kind_label, change_label, sex_label, transmission_label
from desktop.registers.operations import load_resident, search_residents
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.errors import InvalidInput
from models.german_format import format_date
from models.operations.counter_cases import counter_birth_date
from models.operations.residents import AddressRow, ChangeRow, ResidentMatch, ResidentRecord

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 50  # matches shown; more means the search is too broad
ERROR_STYLE = "color: #a4000f; font-weight: bold;"
CONTEXT = "ResidentDialog"
BORN_AS = QT_TRANSLATE_NOOP("ResidentDialog", "{name} (born {birth_name})")


def _day(day: dt.date | None) -> str:
    return format_date(day) if day is not None else "–"


def _family_name(match: ResidentMatch) -> str:
    if match.birth_name and match.birth_name != match.family_name:
        return translate(CONTEXT, BORN_AS).format(name=match.family_name, birth_name=match.birth_name)
    return match.family_name


def _note(match: ResidentMatch) -> str:
    notes = []
    if match.died_on is not None:
        notes.append(QT_TRANSLATE_NOOP("ResidentDialog", "died {day}"))
    if match.information_block:
        notes.append(QT_TRANSLATE_NOOP("ResidentDialog", "information block"))
    return ", ".join(translate(CONTEXT, note).format(day=_day(match.died_on)) for note in notes)


MATCH_COLUMNS: tuple[TableColumn[ResidentMatch], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Family name"), _family_name),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Given names"), lambda m: m.given_names),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Born"), lambda m: _day(m.born)),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Main residence"), lambda m: m.address or "–"),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Note"), _note),
)
ADDRESS_COLUMNS: tuple[TableColumn[AddressRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Address"), lambda a: a.line),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "District"), lambda a: a.district),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Kind"), lambda a: address_kind_label(a.kind)),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Moved in"), lambda a: _day(a.moved_in)),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Moved out"), lambda a: _day(a.moved_out)),
)
CHANGE_COLUMNS: tuple[TableColumn[ChangeRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "No."), lambda c: str(c.number), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Change"), lambda c: change_label(c.kind)),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Reason"), lambda c: c.reason),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "By"), lambda c: c.changed_by),
    TableColumn(
        QT_TRANSLATE_NOOP("ResidentDialog", "When"),
        lambda c: c.changed_at.astimezone().strftime("%d.%m.%Y %H:%M"),
    ),
)


class ResidentDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.record: ResidentRecord | None = None
        self.setObjectName("residentDialog")
        self.setWindowTitle(self.tr("Resident register"))
        fit_on_screen(self, 1200, 780)

        self.search = QLineEdit()
        self.search.setObjectName("residentSearch")
        self.search.setPlaceholderText(self.tr("Name, e.g. “weiss jürgen”"))
        self.search.setClearButtonEnabled(True)
        self.born = QLineEdit()
        self.born.setObjectName("residentBorn")
        self.born.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.born.setMaximumWidth(120)
        search_label = QLabel(self.tr("&Name:"))
        search_label.setBuddy(self.search)
        born_label = QLabel(self.tr("&Born on:"))
        born_label.setBuddy(self.born)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(born_label)
        search_row.addWidget(self.born)
        self.rule = plain_label(
            self.tr(
                "Each word you type must start a part of the name (given names, family name, birth name), compared "
                "in the DIN 91379 search form: “weiss” finds Weiß, “muller” does not find Müller but “mueller” does."
            ),
            object_name="residentSearchRule",
        )
        self.rule.setWordWrap(True)
        self.problem = plain_label(object_name="residentProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()

        self.matches = RowTableModel(CONTEXT, MATCH_COLUMNS, self)
        self.table = record_table("residentMatches", self.matches)
        SharedColumns(self.table, {0: 2, 1: 2, 3: 4})
        self.table.activated.connect(self._open_row)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("showResident")
        self.show_button.setAutoDefault(False)
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self.open_current)
        self.count = plain_label(object_name="residentCount")
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.count, 1)
        list_buttons.addWidget(self.show_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.rule)
        left_layout.addWidget(self.problem)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(list_buttons)

        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("name", self.tr("Name:")),
            ("birth_name", self.tr("Birth name:")),
            ("born", self.tr("Born:")),
            ("sex", self.tr("Sex:")),
            ("nationalities", self.tr("Nationalities:")),
            ("blocks", self.tr("Blocks:")),
            ("objections", self.tr("Objections:")),
            ("died", self.tr("Died:")),
        ):
            label = plain_label(object_name=f"resident_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = label
            self.facts.addRow(caption, label)
        facts_box = QGroupBox(self.tr("Entry"))
        facts_box.setLayout(self.facts)
        self.addresses = RowTableModel(CONTEXT, ADDRESS_COLUMNS, self)
        addresses_table = record_table("residentAddresses", self.addresses)
        SharedColumns(addresses_table, {0: 1})
        addresses_box = QGroupBox(self.tr("Addresses"))
        QVBoxLayout(addresses_box).addWidget(addresses_table)
        self.history = RowTableModel(CONTEXT, CHANGE_COLUMNS, self)
        history_table = record_table("residentHistory", self.history)
        SharedColumns(history_table, {2: 1})
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(history_table)
        self.record_pane = QWidget()
        record_layout = QVBoxLayout(self.record_pane)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(facts_box)
        record_layout.addWidget(addresses_box, 1)
        record_layout.addWidget(history_box, 1)
        self.record_pane.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.record_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Return in a search field goes to the list; it does not close
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.born.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._to_list)
        self.born.returnPressed.connect(self._to_list)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def look_for(self, name: str, born: dt.date | None = None) -> None:
        """Search for ``name`` (and the date of birth), as if typed."""
        self.born.setText(format_date(born) if born is not None else "")
        self.search.setText(name)
        self.run_search()

    # -- the search ------------------------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        self.problem.hide()
        try:
            born = counter_birth_date(self.born.text())
        except InvalidInput as error:
            self._show_problem(error)
            return
        name = self.search.text()
        ws = self._workspace
        ws.runner.run(
            search_residents(
                ws,
                name,
                born,
                limit=SEARCH_LIMIT,
                parent=self,
                on_success=lambda found: self._found(name, found),
                on_failure=self._failed,
            )
        )

    def _found(self, name: str, found: tuple[ResidentMatch, ...]) -> None:
        if name != self.search.text():
            return  # typed on meanwhile: the newer search answers
        self.matches.set_rows(found)
        self.show_button.setEnabled(bool(found))
        if found:
            self.table.selectRow(0)
        if not name.strip():
            self.count.setText("")
        elif len(found) >= SEARCH_LIMIT:
            self.count.setText(
                self.tr("The first {count} found: please search more precisely").format(count=len(found))
            )
        else:
            self.count.setText(self.tr("Residents found: {count}").format(count=len(found)))

    def _failed(self, error: Exception) -> None:
        self._show_problem(error)

    def _show_problem(self, error: Exception) -> None:
        message = describe_error(error)
        self.problem.setText(message.text if message is not None else str(error))
        self.problem.show()

    def _to_list(self) -> None:
        self.run_search()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- one record ------------------------------------------------------------------------------------------

    def _open_row(self, index: QModelIndex) -> None:
        match = self.matches.row_at(index.row())
        if match is not None:
            self.open_resident(match.id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index)

    def open_resident(self, resident_id: int) -> None:
        ws = self._workspace
        ws.runner.run(load_resident(ws, resident_id, parent=self, on_success=self.show_record))

    def show_record(self, record: ResidentRecord) -> None:
        self.record = record
        name = " ".join(part for part in (record.doctoral_degree, record.given_names, record.family_name) if part)
        born = _day(record.born) + (f", {record.birth_place}" if record.birth_place else "")
        blocks = []
        if record.information_block_until is not None:
            blocks.append(
                self.tr("information block (§ 51 BMG) until {day}: {reason}").format(
                    day=_day(record.information_block_until), reason=record.information_block_reason or "–"
                )
            )
        if record.conditional_block_reason:
            conditional = self.tr("conditional block (§ 52 BMG): {reason}")
            blocks.append(conditional.format(reason=record.conditional_block_reason))
        values = {
            "name": name,
            "birth_name": record.birth_name or "–",
            "born": born,
            "sex": sex_label(record.sex),
            "nationalities": ", ".join(record.nationalities) or "–",
            "blocks": "\n".join(blocks) or self.tr("none"),
            "objections": ", ".join(transmission_label(b) for b in record.transmission_blocks) or self.tr("none"),
            "died": _day(record.died_on),
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.addresses.set_rows(record.addresses)
        self.history.set_rows(record.history)
        self.record_pane.setEnabled(True)
