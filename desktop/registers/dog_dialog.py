"""Looking up a dog (Register → Hund suchen): by its tax tag number, its chip number or its keeper's name, then
one dog's record with its keeper, breed, LHundG class, tag, chip, insurance, SEPA mandate (IBAN masked) and its dog
tax of the year with the reliefs granted.

As in the resident register (the frame: :class:`desktop.registers.lookup_dialog.RegisterLookup`), the search runs a
moment after the last keystroke on the task runner, and a record is opened only on request (Return, double click or
"Anzeigen"): the record shows the keeper's personal data, and the operation logs each one shown (``dog.viewed``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.registers.labels import dog_category_label, dog_sex_label
from desktop.registers.lookup_dialog import SEARCH_LIMIT, RegisterLookup
from desktop.registers.operations import load_dog, search_dogs
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_date, format_euro
from models.operations.dogs import DogMatch, DogRecord
from models.registers.dogs.breeds import DogCategory
from models.registers.dogs.dog_tax import TaxLine
from models.registers.dogs.transponder import grouped_chip

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


class DogDialog(RegisterLookup):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("dog", CONTEXT, MATCH_COLUMNS, parent)
        self._workspace = workspace
        self.record: DogRecord | None = None
        self.show_button.setText(self.tr("S&how"))
        self.setWindowTitle(self.tr("Dog register"))
        fit_on_screen(self, 1200, 780)

        self.search, search_row, self.rule = self.search_field(
            "dog",
            self.tr("Tax tag, chip number or keeper's name"),
            self.tr(
                "A number of up to nine digits is a tax tag (also one returned), a longer one the start of a chip "
                "number; anything else is the keeper's name (each word starts a part of it, DIN 91379 search form)."
            ),
        )
        SharedColumns(self.table, {1: 2, 2: 3, 4: 3})

        facts_box, self.fact_labels = self.fact_rows(
            "dog",
            (
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
            ),
        )
        facts_box.setTitle(self.tr("Entry"))
        self.tax = RowTableModel(CONTEXT, self._tax_columns(), self)
        tax_table = record_table("dogTax", self.tax)
        SharedColumns(tax_table, {1: 2, 4: 1}, minimum=60)  # position and relief share what the others leave
        self.tax_total = plain_label(object_name="dogTaxTotal")
        self.tax_total.setWordWrap(True)
        self.tax_box = QGroupBox(self.tr("Dog tax"))
        tax_layout = QVBoxLayout(self.tax_box)
        tax_layout.addWidget(self.tax_total)
        tax_layout.addWidget(tax_table)
        record_layout = QVBoxLayout(self.record_pane)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(facts_box)
        record_layout.addWidget(self.tax_box, 1)
        self.arrange(search_row, self.rule, (self.search,), record_share=0.55)  # the tax table needs room

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
        self.search_timer.stop()
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
                on_failure=self.show_problem,
            )
        )

    def _found(self, text: str, found: tuple[DogMatch, ...]) -> None:
        if text != self.search.text():
            return  # typed on meanwhile: the newer search answers
        self.show_found(
            text,
            found,
            lambda count: self.tr("Dogs found: {count}").format(count=count),
            self.tr("The first {count} found: please search more precisely"),
        )

    # -- one record ------------------------------------------------------------------------------------------

    def open_match(self, match: DogMatch) -> None:
        self.open_dog(match.id)

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
