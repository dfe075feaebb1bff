"""Looking up a dog (Register → Hund suchen): by its tax tag number, its chip number or its keeper's name, then
one dog's record with its keeper, breed, LHundG class, tag, chip, insurance, SEPA mandate (IBAN masked) and its dog
tax of the year with the reliefs granted.

As in the resident register, the search runs a moment after the last keystroke on the task runner, and a record is
opened only on request (Return, double click or "Anzeigen"): the record shows the keeper's personal data, and the
operation logs each one shown (``dog.viewed``).
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
from desktop.registers.labels import dog_category_label, dog_sex_label
from desktop.registers.operations import load_dog, search_dogs
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_date, format_euro
from models.operations.dogs import DogMatch, DogRecord
from models.registers.dogs.breeds import DogCategory
from models.registers.dogs.dog_tax import TaxLine
from models.registers.dogs.transponder import grouped_chip

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 50
ERROR_STYLE = "color: #a4000f; font-weight: bold;"
CONTEXT = "DogDialog"
NONE = "–"


def _day(day: dt.date | None) -> str:
    return format_date(day) if day is not None else NONE


def _chip(chip: str | None) -> str:
    return grouped_chip(chip) if chip else NONE


def _status(match: DogMatch) -> str:
    if match.deregistered_on is None:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("DogDialog", "registered"))
    return translate(CONTEXT, QT_TRANSLATE_NOOP("DogDialog", "deregistered {day}")).format(
        day=_day(match.deregistered_on)
    )


def _months(line: TaxLine, year: int) -> str:
    return f"{line.first_month:02d}.{year}–{line.last_month:02d}.{year}"


MATCH_COLUMNS: tuple[TableColumn[DogMatch], ...] = (
    TableColumn(
        QT_TRANSLATE_NOOP("DogDialog", "Tag"),
        lambda m: str(m.tag_number) if m.tag_number is not None else NONE,
        numeric=True,
    ),
    TableColumn(QT_TRANSLATE_NOOP("DogDialog", "Name"), lambda m: m.name),
    TableColumn(QT_TRANSLATE_NOOP("DogDialog", "Breed"), lambda m: m.breed),
    TableColumn(QT_TRANSLATE_NOOP("DogDialog", "Chip number"), lambda m: _chip(m.chip)),
    TableColumn(QT_TRANSLATE_NOOP("DogDialog", "Keeper"), lambda m: m.keeper_name),
    TableColumn(QT_TRANSLATE_NOOP("DogDialog", "Status"), _status),
)


class DogDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.record: DogRecord | None = None
        self.setObjectName("dogDialog")
        self.setWindowTitle(self.tr("Dog register"))
        fit_on_screen(self, 1200, 780)

        self.search = QLineEdit()
        self.search.setObjectName("dogSearch")
        self.search.setPlaceholderText(self.tr("Tax tag, chip number or keeper's name"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        self.rule = plain_label(
            self.tr(
                "A number of up to nine digits is a tax tag (also one returned), a longer one the start of a chip "
                "number; anything else is the keeper's name (each word starts a part of it, DIN 91379 search form)."
            ),
            object_name="dogSearchRule",
        )
        self.rule.setWordWrap(True)
        self.problem = plain_label(object_name="dogProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()

        self.matches = RowTableModel(CONTEXT, MATCH_COLUMNS, self)
        self.table = record_table("dogMatches", self.matches)
        SharedColumns(self.table, {1: 2, 2: 3, 4: 3})
        self.table.activated.connect(self._open_row)
        self.show_button = QPushButton(self.tr("S&how"))
        self.show_button.setObjectName("showDog")
        self.show_button.setAutoDefault(False)
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self.open_current)
        self.count = plain_label(object_name="dogCount")
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

        facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("name", self.tr("Dog:")),
            ("keeper", self.tr("Keeper:")),
            ("breed", self.tr("Breed:")),
            ("born", self.tr("Born:")),
            ("acquired", self.tr("Kept since:")),
            ("previous_keeper", self.tr("Previous keeper:")),
            ("category", self.tr("LHundG NRW:")),
            ("permit", self.tr("Permit or report:")),
            ("tag", self.tr("Tax tag:")),
            ("chip", self.tr("Chip number:")),
            ("insurance", self.tr("Liability insurance:")),
            ("relief", self.tr("Tax relief:")),
            ("mandate", self.tr("SEPA mandate:")),
            ("deregistered", self.tr("Deregistered:")),
        ):
            label = plain_label(object_name=f"dog_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = label
            facts.addRow(caption, label)
        facts_box = QGroupBox(self.tr("Entry"))
        facts_box.setLayout(facts)
        self.tax = RowTableModel(CONTEXT, self._tax_columns(), self)
        tax_table = record_table("dogTax", self.tax)
        SharedColumns(tax_table, {4: 1})
        self.tax_total = plain_label(object_name="dogTaxTotal")
        self.tax_box = QGroupBox(self.tr("Dog tax"))
        tax_layout = QVBoxLayout(self.tax_box)
        tax_layout.addWidget(self.tax_total)
        tax_layout.addWidget(tax_table)
        self.record_pane = QWidget()
        record_layout = QVBoxLayout(self.record_pane)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(facts_box)
        record_layout.addWidget(self.tax_box, 1)
        self.record_pane.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.record_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Return in the search field goes to the list; it does not close
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
        self.search.returnPressed.connect(self._to_list)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tax_columns(self) -> tuple[TableColumn[TaxLine], ...]:
        return (
            TableColumn(QT_TRANSLATE_NOOP("DogDialog", "Months"), lambda line: _months(line, self._tax_year())),
            TableColumn(QT_TRANSLATE_NOOP("DogDialog", "Position"), self._position),
            TableColumn(
                QT_TRANSLATE_NOOP("DogDialog", "Annual rate"), lambda line: format_euro(line.rate_cents), numeric=True
            ),
            TableColumn(
                QT_TRANSLATE_NOOP("DogDialog", "Amount"), lambda line: format_euro(line.amount_cents), numeric=True
            ),
            TableColumn(QT_TRANSLATE_NOOP("DogDialog", "Relief"), lambda line: line.relief_reason or NONE),
        )

    def _tax_year(self) -> int:
        return self.record.tax_year if self.record is not None else 0

    def _position(self, line: TaxLine) -> str:
        if line.position is None:
            return self.tr("exempt, does not count")
        if self.record is not None and DogCategory(self.record.row.category).taxed_as_dangerous:
            return self.tr("dangerous dog")
        return self.tr("dog no. {position} of the household").format(position=line.position)

    def look_for(self, text: str) -> None:
        """Search for ``text``, as if typed."""
        self.search.setText(text)
        self.run_search()

    # -- the search ------------------------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        self.problem.hide()
        text = self.search.text()
        ws = self._workspace
        ws.runner.run(
            search_dogs(
                ws,
                text,
                limit=SEARCH_LIMIT,
                parent=self,
                on_success=lambda found: self._found(text, found),
                on_failure=self._show_problem,
            )
        )

    def _found(self, text: str, found: tuple[DogMatch, ...]) -> None:
        if text != self.search.text():
            return  # typed on meanwhile: the newer search answers
        self.matches.set_rows(found)
        self.show_button.setEnabled(bool(found))
        if found:
            self.table.selectRow(0)
        if not text.strip():
            self.count.setText("")
        elif len(found) >= SEARCH_LIMIT:
            self.count.setText(
                self.tr("The first {count} found: please search more precisely").format(count=len(found))
            )
        else:
            self.count.setText(self.tr("Dogs found: {count}").format(count=len(found)))

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
            self.open_dog(match.id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index)

    def open_dog(self, dog_id: int) -> None:
        ws = self._workspace
        ws.runner.run(load_dog(ws, dog_id, parent=self, on_success=self.show_record))

    def show_record(self, record: DogRecord) -> None:
        self.record = record
        row = record.row
        cross = self.tr(" (cross)") if record.cross else ""
        permit = record.permit_reference or NONE
        if record.permit_date is not None:
            permit = self.tr("{reference} of {day}").format(reference=permit, day=_day(record.permit_date))
        tags = [
            self.tr("no. {number} since {issued}").format(number=number, issued=_day(issued))
            if returned is None
            else self.tr("no. {number} {issued} to {returned} (returned)").format(
                number=number, issued=_day(issued), returned=_day(returned)
            )
            for number, issued, returned in reversed(record.tags)
        ]
        relief = NONE
        if record.relief_label:
            relief = self.tr("{label}; evidence: {evidence}").format(
                label=record.relief_label, evidence=record.relief_evidence or NONE
            )
        mandate = NONE
        if record.mandate_reference:
            mandate = f"{record.mandate_reference}, IBAN {record.mandate_iban or NONE}"
        keeper = record.keeper_name + (f", {record.keeper_address}" if record.keeper_address else "")
        values = {
            "name": f"{row.name}, {dog_sex_label(record.sex)}, {record.colour}",
            "keeper": keeper,
            "breed": row.breed + cross,
            "born": _day(record.born),
            "acquired": _day(record.acquired_on),
            "previous_keeper": record.previous_keeper or NONE,
            "category": dog_category_label(row.category),
            "permit": permit,
            "tag": "\n".join(tags) or NONE,
            "chip": _chip(row.chip),
            "insurance": f"{record.insurer}, {record.policy_number}",
            "relief": relief,
            "mandate": mandate,
            "deregistered": _day(row.deregistered_on),
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.tax_box.setTitle(self.tr("Dog tax {year}").format(year=record.tax_year))
        self.tax_total.setText(
            self.tr("{amount} for this dog; the household keeps {count} dog(s) taxed this year").format(
                amount=format_euro(row.annual_tax_cents), count=record.household_dogs
            )
        )
        self.tax.set_rows(record.tax_lines)
        self.record_pane.setEnabled(True)
